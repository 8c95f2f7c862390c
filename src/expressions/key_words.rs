//! The words expressions are built on, by key, each with the marks of what
//! it may begin: one table lookup a token decides where the time and
//! quantity readers try at all.

use super::{numbers, time};

pub(super) const ANCHOR: u8 = 1;
pub(super) const FIGURE: u8 = 2;
/// The first word of one of the lexicon's vague amounts: a figure only
/// where a vague amount begins there ("a few", not "a week").
pub(super) const VAGUE_START: u8 = 4;
/// A month or weekday name (`time::NAME_WORDS`): an anchor only where it
/// is capitalised ("May", not "may").
pub(super) const NAME: u8 = 8;

/// The words expressions are built on, by key: the anchor words of times
/// (`ANCHOR`), the number words and the scale words `numbers::read` takes
/// after "a", "an" and "half" (`FIGURE`), and the first words of the
/// lexicon's vague amounts (`VAGUE_START`); one lookup where each reader's
/// own would be one apiece.
pub(crate) type KeyWords = crate::text::words::KeyMap<Vec<(Box<str>, u8)>>;

/// `KeyWords` with the first words of a lexicon's vague amounts (lower case).
pub(crate) fn key_words<'a>(vague: impl Iterator<Item = &'a str>) -> KeyWords {
    let mut table = KeyWords::default();
    let anchors = time::UNIT_WORDS.iter().chain(time::DEICTIC_WORDS);
    let numbers = numbers::number_word_list().into_iter().map(|(w, _)| w);
    let words = anchors
        .map(|w| (w.to_string(), ANCHOR))
        .chain(time::NAME_WORDS.iter().map(|w| (w.to_string(), NAME)))
        .chain(numbers.map(|w| (w, FIGURE)))
        .chain(
            numbers::SCALE_AFTER_A
                .iter()
                .map(|w| (w.to_string(), FIGURE)),
        )
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
pub(super) fn key_word(words: &KeyWords, t: &crate::text::tokens::Token) -> u8 {
    words
        .get(&t.key)
        .and_then(|ws| ws.iter().find(|(w, _)| w.eq_ignore_ascii_case(t.text)))
        .map_or(0, |&(_, marks)| marks)
}
