//! Closed classes of words that time expressions are read through: the
//! words that lead or begin one, the words before a weekday that make it no
//! date, and the words after a number that make it a time of day.

/// Prepositions a time expression's prefix may open with ("on Tuesday",
/// "until late February"), "since" apart.
pub const PREPOSITIONS: &[&str] = &[
    "on",
    "in",
    "until",
    "till",
    "by",
    "through",
    "from",
    "during",
    "before",
    "after",
    "of",
    "at",
    "throughout",
];

/// The words other than hedges' an expression may run through before its
/// first anchor or figure: the prepositions and the parts and relative
/// words of a prefix ("since early last"), the openers and relative words
/// of a relative period ("in the earlier this", "over the past"), "the"
/// ("the 19th", "the day before"), and the words a count opens with before
/// its figure or its unit ("a week", "few days", "half a dozen", "for
/// days").
pub const LEADS: &[&str] = &[
    "since",
    "early",
    "late",
    "mid",
    "mid-",
    "last",
    "next",
    "this",
    "coming",
    "the",
    "over",
    "during",
    "for",
    "within",
    "throughout",
    "earlier",
    "later",
    "past",
    "recent",
    "a",
    "an",
    "few",
    "half",
];

/// `LEADS`, the `PREPOSITIONS` and the words of a lexicon's hedges: the
/// words an expression may run through before its first anchor or figure.
pub fn lead_words<'a>(hedge_words: impl Iterator<Item = &'a str>) -> crate::text::words::WordSet {
    let words: Vec<&str> = LEADS
        .iter()
        .chain(PREPOSITIONS)
        .copied()
        .chain(hedge_words)
        .collect();
    crate::text::words::WordSet::new(&words)
}

/// Words that begin a time expression without being its anchor: the
/// prepositions, parts and relative words of a prefix ("since early last
/// week"), the openers of relative periods ("in the past few weeks") and of
/// counts ("a week ago", "few days").
pub const STARTERS: &[&str] = &[
    "since", "early", "late", "mid", "last", "next", "this", "coming", "over", "for", "within",
    "the", "earlier", "later", "past", "recent", "a", "an", "few",
];

/// Words before a weekday that make it a name or a recurring day, not a date.
pub const NOT_A_DAY: &[&str] = &[
    "good", "easter", "palm", "black", "cyber", "super", "ash", "holy", "bloody", "maundy",
    "shrove", "fat", "whit", "trinity", "giving", "first", "second", "third", "fourth", "fifth",
    "final", "every", "each",
];

/// Words after a number that mark it as a time of day.
pub const CLOCK_WORDS: &[&str] = &[
    "a.m", "p.m", "am", "pm", "gmt", "utc", "est", "edt", "bst", "cet", "local", "hrs", "o'clock",
];
