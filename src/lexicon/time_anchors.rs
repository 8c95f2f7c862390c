//! The anchor words of time expressions: the units, month and weekday
//! names and deictic words one of which every time expression holds (the
//! years of four digits apart). `expressions::time` finds its anchors
//! through them, and the key-word table (`key_words`) marks them.

/// Words that are no number but can carry a time expression: units (as
/// `expressions::time`'s `any_unit` and `calendar_unit` read them), months
/// and weekdays (as `calendar` reads them: `NAME_WORDS` and
/// `SHORT_WEEKDAYS`), and the `DEICTIC_WORDS` ("yesterday", "this
/// morning"). One keyed lookup at every token, where calling those four
/// readers costs as much as a fifth of the time parser; a test of
/// `expressions::time::screen` holds the lists to them.
pub const UNIT_WORDS: &[&str] = &[
    "minute",
    "minutes",
    "min",
    "mins",
    "hour",
    "hours",
    "hr",
    "hrs",
    "day",
    "days",
    "night",
    "nights",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "weekend",
];

/// The names of months and weekdays that anchor a time expression as a
/// word of their own, where they are capitalised: the parser reads a
/// month or a weekday only with a capital ("may" and "march" are verbs),
/// and a weekday only of four letters or more ("Sun" is a newspaper).
pub const NAME_WORDS: &[&str] = &[
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sep",
    "sept",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
    "monday",
    "tuesday",
    "tues",
    "wednesday",
    "thursday",
    "thur",
    "thurs",
    "friday",
    "saturday",
    "sunday",
];

/// The weekdays of three letters: a part of a word ("Sun.", "Wed-Fri") may
/// be one, but no word of its own is read as one.
pub const SHORT_WEEKDAYS: &[&str] = &["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// The deictic anchor words: the rest of the anchors are the parser's units,
/// months and weekdays.
pub const DEICTIC_WORDS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "overnight",
    "morning",
    "afternoon",
    "evening",
];
