//! The opening participle: `Bemoaning the "phony system," Trump accused …`
//! — a participle of saying or stance opens the sentence, and its speaker
//! is the subject after the comma.

use super::content::trim;
use super::input::PatternInput;
use crate::attribution::grammar::found::{CueKind, Found};
use crate::attribution::grammar::speaker_phrase::{is_named_speaker, np_forward};
use crate::attribution::grammar::word_classes::{is_function, lower};

/// `Bemoaning the "phony system," Trump accused …`: a participle opens the
/// sentence and its speaker is the subject after the comma.
pub(super) fn opening_participle(input: &PatternInput) -> Option<Found> {
    let PatternInput {
        tokens,
        in_time,
        sentence,
        lex,
        ..
    } = *input;
    let first = tokens.first()?;
    // The ending is read on the word as written first: the first word of
    // nearly every sentence is capitalised, and its lower-case copy was
    // made for every one. (No letter outside ASCII lower-cases into "ing".)
    let ending = first
        .text
        .len()
        .checked_sub(3)
        .map(|k| &first.text.as_bytes()[k..]);
    if !first.is_word() || !ending.is_some_and(|e| e.eq_ignore_ascii_case(b"ing")) {
        return None;
    }
    let w = lower(first);
    if !w.ends_with("ing") || w.len() < 6 || is_function(first) || in_time[0] {
        return None;
    }
    // "Bracing for the worst" is a participle too, but only a verb of saying
    // or of stance makes it an attribution.
    lex.verb(&w)?;
    let comma = (1..tokens.len().min(25)).find(|&k| tokens[k].is_punct(','))?;
    let np = np_forward(tokens, comma + 1, lex)?;
    if !is_named_speaker(tokens, &np, lex) {
        return None;
    }
    Some(Found::new(
        CueKind::Stance,
        first.span,
        Some(np),
        trim(tokens, 1, comma, sentence),
    ))
}
