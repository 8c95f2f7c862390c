//! Number and quantity words, spelled out, by the question a stage asks of
//! them: whether a word is a figure (the claim graph), and whether it heads a
//! noun phrase in place of its noun (the attribution grammar).

/// Number words: a figure, not what the sentence is about (the claim
/// graph's content words leave them out, as they do `stop_words::STOP_WORDS`).
pub const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "dozen",
    "dozens",
    "several",
    "half",
];

/// Quantity words that may head a noun phrase in place of its noun
/// ("hundreds said", "dozens of papers", "some say"): no speaker by
/// themselves. Unlike `NUMBER_WORDS`, plurals and quantifiers, not figures.
pub const QUANTITY_WORDS: &[&str] = &[
    "hundreds",
    "thousands",
    "dozens",
    "millions",
    "scores",
    "tens",
    "many",
    "several",
    "some",
    "most",
    "few",
    "all",
    "both",
    "none",
    "more",
    "others",
    "much",
];
