//! Calendar words in full: the weekdays and the months. (Dates are read by
//! the calendar module; this is the class of words, for the stages that only
//! ask whether a word is one.)

/// Weekdays and months, in full and in lower case: a capitalised one ("May",
/// "Friday") is no name of a person or a place.
pub const WEEKDAYS_AND_MONTHS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
