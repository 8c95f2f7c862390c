//! Words whose ending looks like an inflection's and is not one: the tests
//! of a word's form (an adverb in -ly, a past form in -ed) leave them out.

/// Words in "-ly" that are no adverbs: nouns and names ("family", "ally",
/// "assembly", "July").
pub const NOT_ADVERBS_IN_LY: &[&str] = &[
    "family",
    "ally",
    "assembly",
    "rally",
    "supply",
    "reply",
    "anomaly",
    "monopoly",
    "tally",
    "italy",
    "july",
    "folly",
    "bully",
    "belly",
    "jelly",
    "lily",
    "homily",
    "melancholy",
    "jolly",
];

/// Words in "-ed" that are no past forms ("hundred", "indeed", "naked").
pub const NOT_PAST_IN_ED: &[&str] = &[
    "hundred", "indeed", "proceed", "succeed", "exceed", "speed", "breed", "greed", "creed",
    "bleed", "naked", "sacred", "wicked", "kindred", "embed",
];
