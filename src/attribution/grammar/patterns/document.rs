//! The document that speaks: `In this poll, Trump rose …` — a document
//! opens the sentence and speaks for it.

use super::content::trim;
use super::input::PatternInput;
use crate::attribution::grammar::found::{CueKind, Found};
use crate::attribution::grammar::speaker_phrase::subject_forward;
use crate::attribution::grammar::word_classes::lower;
use crate::lexicon::document_nouns::DOCUMENT_NOUNS;

/// `In this poll, Trump rose …`: a document opens the sentence and speaks
/// for it (only when no one is said to say anything).
pub(super) fn document_cue(input: &PatternInput) -> Option<Found> {
    let PatternInput {
        tokens,
        sentence,
        lex,
        ..
    } = *input;
    let first = tokens.first()?;
    if !first.is("in") {
        return None;
    }
    let np = subject_forward(tokens, 1, lex)?;
    let comma = tokens.get(np.end)?;
    let head = tokens[np.clone()]
        .iter()
        .rev()
        .find(|t| !t.is_capitalized() && t.is_word())
        .map(lower)?;
    if !comma.is_punct(',') || !DOCUMENT_NOUNS.contains(&head.as_ref()) {
        return None;
    }
    Some(Found::new(
        CueKind::Preposition,
        first.span,
        Some(np.clone()),
        trim(tokens, np.end + 1, tokens.len(), sentence),
    ))
}
