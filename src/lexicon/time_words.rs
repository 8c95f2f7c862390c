//! Closed classes of words that time expressions are read through.

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
