//! The word tests of the reader's grammar (months and days, ordinal
//! values, past forms, words that name an event by their form), the units
//! of a length, and the keys of statements and clauses. The closed word
//! classes they read (determiners, auxiliaries, ordinals, the words ages
//! are stated with) are `crate::lexicon`'s.

use super::super::mention::Mention;
use crate::lexicon::ordinals::EVENT_ORDINALS;
use crate::lexicon::suffix_lookalikes::NOT_PAST_IN_ED;

/// How long before the statement a thing done is another occurrence than
/// one still to come (days).
pub(super) const LONG_PAST_DAYS: i64 = 21;

/// The key prefix of a statement's mention (a cue of saying).
pub const STATEMENT: &str = "say#";

/// The key suffix of a revised event ("raised its bid": `bid+revised`).
pub const REVISED: &str = "+revised";

/// The key prefix of a dated clause's verb that names no event of a
/// family ("was confirmed on Feb. 3").
pub const CLAUSE: &str = "did#";

/// Whether a mention is an event word's (not a statement's or a bare
/// clause's), which lengths and ordinals can be said of.
pub(super) fn names_event(m: &Mention) -> bool {
    !m.key.starts_with(STATEMENT) && !m.key.starts_with(CLAUSE)
}

pub(super) const UNITS: &[(&str, i64, i64)] = &[
    ("day", 1, 1),
    ("days", 1, 1),
    ("week", 7, 7),
    ("weeks", 7, 7),
    ("month", 28, 31),
    ("months", 28, 31),
    ("year", 365, 366),
    ("years", 365, 366),
];
/// Whether a lower-case word names a month ("march", "sept") or a weekday
/// in full ("monday"): a capitalised one is no name of a person or place.
pub(super) fn is_month_or_day(word: &str) -> bool {
    // (The word as it stands: not "March's" nor "Feb.".)
    !word.contains(['\'', '’', '.'])
        && (crate::calendar::month(word).is_some()
            || word.ends_with("day") && crate::calendar::weekday(word).is_some())
}

pub(super) fn ordinal_value(word: &str) -> Option<i64> {
    if let Some(k) = EVENT_ORDINALS.iter().position(|o| *o == word) {
        return Some(k as i64 + 1);
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !digits.is_empty() && matches!(suffix, "st" | "nd" | "rd" | "th") {
        return digits.parse().ok();
    }
    None
}

pub(super) fn is_past_form(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed") && !NOT_PAST_IN_ED.contains(&word))
        || matches!(
            word,
            "began"
                | "begun"
                | "held"
                | "took"
                | "taken"
                | "won"
                | "lost"
                | "left"
                | "fled"
                | "met"
                | "ran"
                | "shut"
                | "struck"
                | "went"
                | "gone"
                | "came"
                | "fell"
                | "broke"
                | "hit"
                | "set"
                | "sold"
                | "bought"
                | "quit"
                | "made"
                | "brought"
                | "kept"
                | "rose"
                | "cut"
                | "put"
                | "led"
                | "sent"
                | "spent"
                | "saw"
                | "told"
                | "became"
                | "found"
        )
}

/// Whether a noun names an event by its form (a nominalisation) when no
/// family lists it.
pub(super) fn looks_like_event(word: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "tion", "sion", "ment", "ure", "ings", "ing", "age", "al", "ade", "ure", "ance", "ence",
    ];
    const NOT: &[&str] = &[
        "government",
        "department",
        "parliament",
        "management",
        "nation",
        "station",
        "region",
        "population",
        "organisation",
        "organization",
        "information",
        "capital",
        "official",
        "officials",
        "hospital",
        "local",
        "national",
        "general",
        "total",
        "animal",
        "village",
        "something",
        "nothing",
        "anything",
        "everything",
        "building",
        "morning",
        "evening",
        "spring",
        "king",
        "thing",
        "ring",
        "wing",
        "during",
        "ceiling",
        "feeling",
        "minister",
        "figure",
        "future",
        "nature",
        "picture",
        "measure",
        "average",
        "percentage",
        "page",
        "image",
        "message",
        "language",
        "stage",
        "age",
        "bridge",
    ];
    // A plural names the events ("restrictions", "hearings").
    let singular = word
        .strip_suffix('s')
        .filter(|w| !w.ends_with('s'))
        .unwrap_or(word);
    word.len() > 4
        && !NOT.contains(&word)
        && !NOT.contains(&singular)
        && SUFFIXES.iter().any(|x| singular.ends_with(x))
}
