//! The numbers that count nothing: ordinals, ages, labels ("page 5"),
//! ratios, list markers, compound adjectives, identifiers, clock times,
//! years and names ("Resolution 2254").

use super::nouns::is_plural_noun;
use crate::expressions::numbers::{self, Number};
use crate::lexicon::time_words::CLOCK_WORDS;
use crate::text::tokens::Token;

/// Lower-case words after which a number is a label, not a count.
const LABELS: &[&str] = &[
    "year",
    "no",
    "number",
    "page",
    "pages",
    "chapter",
    "article",
    "section",
    "room",
    "flight",
    "route",
    "highway",
    "gate",
    "platform",
    "episode",
    "season",
    "volume",
    "vol",
    "version",
    "grade",
    "level",
    "phase",
    "stage",
    "round",
    "category",
    "class",
    "paragraph",
    "clause",
    "item",
    "exhibit",
    "lane",
    "floor",
    "apartment",
    "unit",
    "suite",
    "box",
    "tier",
    "zone",
    "district",
    "ward",
    "precinct",
    "game",
    "match",
];

/// A word that marks a number before it as a time of day (`CLOCK_WORDS`).
fn is_clock(t: &Token) -> bool {
    crate::word_set!(CLOCK_WORDS).contains_token(t)
}

/// Whether the number at `k` is an ordinal, age, year, clock time or part of a
/// name; returns the end of what to skip.
pub(super) fn not_a_count(
    tokens: &[Token],
    k: usize,
    number: &Number,
    bare: bool,
    unit_follows: bool,
) -> Option<usize> {
    let token = &tokens[k];
    if number.spelled {
        return None;
    }
    let next = tokens.get(k + 1);
    let next2 = tokens.get(k + 2);
    // Ordinals: 19th, 2nd.
    if next.is_some_and(|t| t.joined && t.is_any(&["st", "nd", "rd", "th"])) {
        return Some(k + 2);
    }
    // Ages: "25-year-old", "25 years old", "aged 25".
    if next.is_some_and(|t| t.is_dash() && t.joined)
        && next2.is_some_and(|t| t.joined && t.text.to_ascii_lowercase().starts_with("year"))
    {
        return Some(k + 3);
    }
    if next.is_some_and(|t| t.is_any(&["year", "years"])) && next2.is_some_and(|t| t.is("old")) {
        return Some(k + 3);
    }
    if k > 0 && tokens[k - 1].is_any(&["aged", "age", "ages"]) {
        return Some(k + 1);
    }
    // A number that labels something: "year 13", "page 5", "world No. 5".
    if k > 0 && crate::word_set!(LABELS).contains_token(&tokens[k - 1])
        || k > 1
            && tokens[k - 1].text == "."
            && crate::word_set!(LABELS).contains_token(&tokens[k - 2])
    {
        return Some(k + 1);
    }
    // A ratio: "one in 5 students".
    if k > 1
        && tokens[k - 1].is("in")
        && (tokens[k - 2].is_number() || numbers::small_number_word(tokens[k - 2].text).is_some())
    {
        return Some(k + 1);
    }
    // A list marker: "1." or "2)" opening a sentence.
    if k == 0 && bare && next.is_some_and(|t| t.text == "." || t.text == ")") && tokens.len() <= 3 {
        return Some(k + 2);
    }
    // A compound adjective ("3-ounce servings", "a 400-20 vote"): the number
    // measures or scores, it does not count the noun.
    if next.is_some_and(|t| t.is_dash() && t.joined) && next2.is_some_and(|t| t.joined) {
        if let Some(second) = next2
            .filter(|t| t.is_number())
            .and_then(|t| t.number_value())
        {
            if second <= number.value {
                return Some(k + 3);
            }
        } else if next2.is_some_and(|t| t.is_word()) && !unit_follows {
            return Some(k + 3);
        }
    }
    // Digits written against letters that are neither a scale, a unit nor a
    // clock word: an identifier ("1OAK", "3D", "4G").
    if next.is_some_and(|t| t.joined && t.is_word() && !is_clock(t) && !t.is("s"))
        && !unit_follows
        && !number.scaled
    {
        return Some(k + 2);
    }
    // Clock times: 10:30, 9 a.m., 1400 GMT.
    if next.is_some_and(|t| t.joined && t.text == ":") || next.is_some_and(is_clock) {
        let mut end = k + 1;
        while tokens
            .get(end)
            .is_some_and(|t| t.joined && (t.text == ":" || t.is_number() || is_clock(t)))
        {
            end += 1;
        }
        if tokens.get(end).is_some_and(is_clock) {
            end += 1;
        }
        return Some(end);
    }
    if !bare || number.scaled {
        return None;
    }
    let plural_follows = next.is_some_and(|t| is_plural_noun(t));
    // Years standing alone: 4 digits between 1800 and 2100.
    if token.is_plain_integer()
        && token.text.len() == 4
        && (1800.0..=2100.0).contains(&number.value)
        && !plural_follows
    {
        return Some(k + 1);
    }
    // An age in apposition: "Smith, 45, said".
    if k >= 2
        && tokens[k - 1].text == ","
        && tokens[k - 2].is_capitalized()
        && next.is_some_and(|t| t.text == ",")
        && number.value < 120.0
    {
        return Some(k + 1);
    }
    // A name: "Resolution 2254", "Flight 17", "Apollo 11" (a capitalised word
    // that does not open the sentence, then a plain number, no counted noun).
    if k >= 2
        && tokens[k - 1].is_word()
        && tokens[k - 1].is_capitalized()
        && token.is_plain_integer()
        && !plural_follows
    {
        let prev = tokens[k - 1].text;
        if crate::calendar::month(prev).is_none() && numbers::small_number_word(prev).is_none() {
            return Some(k + 1);
        }
    }
    // Part of a code or identifier written against letters: "A320", "No.5".
    if token.joined && k > 0 && tokens[k - 1].is_word() {
        return Some(k + 1);
    }
    None
}
