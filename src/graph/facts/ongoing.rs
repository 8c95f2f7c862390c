//! Periods going on: a period said to be still going on, with the least
//! length it has lasted ("a standoff that has lasted for more than a week").

use super::claim_read::{ClaimRead, SentenceContext};
use super::token_spans::{span_text, token_range};
use crate::expressions::{TimeExpr, TimeKind};
use crate::text::Span;

/// A period said to be still going on, with its length ("a standoff that
/// has lasted for more than a week").
#[derive(Debug, Clone)]
pub struct Ongoing {
    pub article: usize,
    pub claim: Option<usize>,
    pub sentence: usize,
    pub span: Span,
    /// The shortest length it has lasted, in days.
    pub min_days: f64,
    pub text: String,
    /// The sentence speaks of an ending ("a possible end to a standoff").
    pub mentions_end: bool,
}

/// Reads the sentence's periods going on into `ongoing`.
pub(super) fn read(input: &ClaimRead, context: &SentenceContext, ongoing: &mut Vec<Ongoing>) {
    let ClaimRead {
        article,
        sentence,
        tokens,
        placed_times,
        lex,
        ..
    } = *input;
    let claim_index = context.claim_index;
    // A period still going on: an "ongoing" phrase with a duration after it.
    // (Read only when the sentence has a duration at all: most have none.
    // Times still to be read again are read only for a sentence with such
    // a phrase.)
    let is_duration = |t: &TimeExpr| t.kind == TimeKind::Duration;
    let has_duration = match placed_times.known() {
        Some(times) => times.iter().any(is_duration),
        None => {
            (0..tokens.len()).any(|i| lex.ongoing.first_at(tokens, i).is_some())
                && placed_times.get().iter().any(is_duration)
        }
    };
    let scanned = if has_duration { tokens.len() } else { 0 };
    for i in 0..scanned {
        let Some(len) = lex.ongoing.first_at(tokens, i) else {
            continue;
        };
        let after = i + len;
        let duration = placed_times.get().iter().find(|t| {
            t.kind == TimeKind::Duration
                && t.span.start >= tokens[after.min(tokens.len() - 1)].span.start
                && token_range(tokens, t.span).is_some_and(|(s, _)| s <= after + 2)
        });
        if let Some(d) = duration.and_then(|t| Some((t, t.duration?))) {
            let min = d.1.min.unwrap_or(0.0);
            ongoing.push(Ongoing {
                article,
                claim: claim_index,
                sentence,
                span: tokens[i].span.cover(d.0.span),
                min_days: min,
                text: span_text(tokens, tokens[i].span.cover(d.0.span)),
                mentions_end: tokens.iter().any(|t| t.is_word() && lex.is_ending(t)),
            });
        }
    }
}
