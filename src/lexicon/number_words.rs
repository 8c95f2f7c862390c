//! Number and quantity words, spelled out, by the question a stage asks of
//! them: whether a word is a figure (the claim graph), whether it heads a
//! noun phrase in place of its noun (the attribution grammar), and what
//! number it is (`expressions::numbers`: the words below a hundred, and the
//! scale words read after "a").

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

/// The number words one to nineteen, in order (their values are their
/// places): with `TENS`, the words below a hundred
/// (`numbers_below_a_hundred`).
pub const ONE_TO_NINETEEN: [&str; 19] = [
    "one",
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
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// The tens from twenty to ninety, in order (their values are their places).
pub const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Every number word from one to ninety-nine, with its value.
pub fn numbers_below_a_hundred() -> Vec<(String, f64)> {
    let mut words: Vec<(String, f64)> = Vec::new();
    for (k, unit) in ONE_TO_NINETEEN.iter().enumerate() {
        words.push((unit.to_string(), (k + 1) as f64));
    }
    for (k, tens) in TENS.iter().enumerate() {
        let t = 20.0 + 10.0 * k as f64;
        words.push((tens.to_string(), t));
        for (u, unit) in ONE_TO_NINETEEN[..9].iter().enumerate() {
            words.push((format!("{tens}-{unit}"), t + (u + 1) as f64));
        }
    }
    words
}

/// The scale words `expressions::numbers::read` takes after "a", "an" and "half" ("a dozen",
/// "half a million"): `expressions::numbers::scale_word`'s, with no money, and "dozen".
pub const SCALE_AFTER_A: &[&str] = &[
    "dozen", "hundred", "thousand", "million", "billion", "trillion", "bn", "bln", "k",
];
