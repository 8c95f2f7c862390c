//! Expected endings: an ending that was hoped for or expected at a time
//! that has passed.

use chrono::NaiveDate;

use super::claim_read::{ClaimRead, SentenceContext};
use super::token_spans::span_text;
use crate::expressions::{TimeExpr, TimeKind};
use crate::text::Span;

/// An ending that was hoped for or expected at a time that has passed ("a
/// declaration of the end … that the SDF were hoping to make last week").
#[derive(Debug, Clone)]
pub struct ExpectedEnd {
    pub article: usize,
    pub claim: Option<usize>,
    pub sentence: usize,
    pub span: Span,
    pub time: (NaiveDate, NaiveDate),
    pub text: String,
}

/// Reads the sentence's ending expected at a past time, if any, into
/// `expected_ends`.
pub(super) fn read(
    input: &ClaimRead,
    context: &SentenceContext,
    expected_ends: &mut Vec<ExpectedEnd>,
) {
    let ClaimRead {
        article,
        sentence,
        tokens,
        placed_times,
        reference,
        lex,
        ..
    } = *input;
    let claim_index = context.claim_index;
    // An ending hoped for at a time that has passed (the time first: most
    // sentences have none; but the words first when the times are still to
    // be read again).
    fn past(times: &[TimeExpr], reference: NaiveDate) -> Option<&TimeExpr> {
        times.iter().find(|t| {
            t.relative && t.kind != TimeKind::Duration && t.end.is_some_and(|e| e < reference)
        })
    }
    let ending = || tokens.iter().any(|t| t.is_word() && lex.is_ending(t));
    let expectation = || (0..tokens.len()).any(|i| lex.expectation.first_at(tokens, i).is_some());
    let expected = match placed_times.known() {
        Some(times) => past(times, reference).filter(|_| ending() && expectation()),
        None if ending() && expectation() => past(placed_times.get(), reference),
        None => None,
    };
    if let Some(t) = expected {
        if let (Some(s), Some(end)) = (t.start, t.end) {
            expected_ends.push(ExpectedEnd {
                article,
                claim: claim_index,
                sentence,
                span: t.span,
                time: (s, end),
                text: span_text(tokens, t.span),
            });
        }
    }
}
