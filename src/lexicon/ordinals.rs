//! Ordinal words, by the question a stage asks of them: a figure's rank, an
//! event's place in its series, and the words that tell one event of a
//! series from another. Where a list's values are read, a word's value is its
//! place in the list, plus one.

/// Ordinal words, with their values: a figure's rank or place in a series
/// ("the seventh time"), as the claim graph's facts read it. It stops at
/// "twelfth" (a rank past it is read from digits only, "138th"), where
/// `EVENT_ORDINALS` go on to "twentieth".
pub const RANK_ORDINALS: [&str; 12] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
];

/// Ordinal words, first to twentieth, with their values: an event's place
/// in its series or a day's in a run ("the third strike", "its sixth day"),
/// as the timeline reads them.
pub const EVENT_ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// Ordinal words to "tenth" and the relative words of a series ("last",
/// "latest", "earlier"): markers that tell one event of a series from
/// another ("the first strike", "the latest poll"), as the claim graph
/// compares claims; no values are read from them.
pub const SERIES_MARKERS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "last", "final", "next", "previous", "latest", "earlier", "later",
];
