//! The words expressions are built on, by key, each with the marks of what
//! it may begin: one table lookup a token decides where the time and
//! quantity readers try at all. Made of the closed lists of time anchors
//! and number words and of the first words of the quantities lexicon's vague
//! amounts (`quantities::Lexicon` holds the table); read by
//! `expressions::Held`.

use super::number_words::{numbers_below_a_hundred, SCALE_AFTER_A};
use super::time_anchors::{DEICTIC_WORDS, NAME_WORDS, UNIT_WORDS};

/// A time expression's anchor word (`time_anchors`).
pub(crate) const ANCHOR: u8 = 1;
/// A number word, or a scale word after "a", "an" or "half".
pub(crate) const FIGURE: u8 = 2;
/// The first word of one of the lexicon's vague amounts: a figure only
/// where a vague amount begins there ("a few", not "a week").
pub(crate) const VAGUE_START: u8 = 4;
/// A month or weekday name (`time_anchors::NAME_WORDS`): an anchor only where it
/// is capitalised ("May", not "may").
pub(crate) const NAME: u8 = 8;

/// The words expressions are built on, by key: the anchor words of times
/// (`ANCHOR`), the number words and the scale words `expressions::numbers::read` takes
/// after "a", "an" and "half" (`FIGURE`), and the first words of the
/// lexicon's vague amounts (`VAGUE_START`); one lookup where each reader's
/// own would be one apiece.
pub(crate) type KeyWords = crate::text::words::KeyMap<Vec<(Box<str>, u8)>>;

/// `KeyWords` with the first words of a lexicon's vague amounts (lower case).
pub(crate) fn key_words<'a>(vague: impl Iterator<Item = &'a str>) -> KeyWords {
    let mut table = KeyWords::default();
    let anchors = UNIT_WORDS.iter().chain(DEICTIC_WORDS);
    let numbers = numbers_below_a_hundred().into_iter().map(|(w, _)| w);
    let words = anchors
        .map(|w| (w.to_string(), ANCHOR))
        .chain(NAME_WORDS.iter().map(|w| (w.to_string(), NAME)))
        .chain(numbers.map(|w| (w, FIGURE)))
        .chain(SCALE_AFTER_A.iter().map(|w| (w.to_string(), FIGURE)))
        .chain(vague.map(|w| (w.to_string(), VAGUE_START)));
    for (word, mark) in words {
        let entry = table.entry_or_default(crate::text::keys::key(&word));
        match entry
            .iter_mut()
            .find(|(w, _)| w.eq_ignore_ascii_case(&word))
        {
            Some((_, marks)) => *marks |= mark,
            None => entry.push((word.into(), mark)),
        }
    }
    table
}

/// The marks of a word the table may hold (out of line: most words are
/// turned away by its filter).
#[inline(never)]
pub(crate) fn key_word(words: &KeyWords, t: &crate::text::tokens::Token) -> u8 {
    words
        .get(&t.key)
        .and_then(|ws| ws.iter().find(|(w, _)| w.eq_ignore_ascii_case(t.text)))
        .map_or(0, |&(_, marks)| marks)
}
