//! Event mentions: each event phrase of a sentence, with its negation and
//! its mode (done, still to come, expected, in a condition), and the first
//! time the sentence places.

use std::cell::OnceCell;

use chrono::NaiveDate;

use super::claim_read::{ClaimRead, SentenceContext};
use super::token_spans::before;
use crate::expressions::TimeKind;
use crate::text::tokens::Token;
use crate::text::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Reported as having happened (or happening).
    Done,
    /// Still to come ("are preparing to evacuate", "will leave").
    Prospective,
    /// Hoped for or expected, not reported as done ("were hoping to make").
    Expected,
    /// In a condition or a possibility ("if they surrendered").
    Conditional,
}

/// An event a sentence reports.
#[derive(Debug, Clone)]
pub struct EventMention {
    pub article: usize,
    /// The claim of the sentence, if the sentence is one.
    pub claim: Option<usize>,
    pub sentence: usize,
    /// The event phrase, with its negation or mode words.
    pub span: Span,
    pub class: usize,
    pub negated: bool,
    pub mode: Mode,
    /// Its sentence in the graph's, whose participants are read on first
    /// use (`ClaimGraph::participants`).
    pub(crate) words: usize,
    /// The first token of the event phrase.
    pub(crate) at: usize,
    /// Who acts, read on first use (`ClaimGraph::actor`).
    pub(crate) actor: OnceCell<Option<String>>,
    /// The first resolved date or period of the sentence.
    pub time: Option<(NaiveDate, NaiveDate, TimeKind, Span)>,
}

fn is_negation(t: &Token) -> bool {
    t.is_any(&["not", "never", "no", "n't", "nor"]) || t.text.ends_with("n't")
}

/// Reads the sentence's event phrases (found by its scan) into `mentions`.
pub(super) fn read(input: &ClaimRead, context: &SentenceContext, mentions: &mut Vec<EventMention>) {
    let ClaimRead {
        article,
        sentence,
        tokens,
        placed_times,
        lex,
        ..
    } = *input;
    let events = &input.scanned.events[..];
    let claim_index = context.claim_index;
    // The first date or period placed against the reference date or a
    // stand-in one (`ClaimGraph::references`), for the order of events.
    let first_placed = if events.is_empty() {
        None
    } else {
        placed_times
            .get()
            .iter()
            .filter(|t| t.kind != TimeKind::Duration)
            .find_map(|t| Some((t.start?, t.end?, t.kind, t.span)))
    };
    for &(a, b, class) in events {
        let negated = tokens[a.saturating_sub(3)..a].iter().any(is_negation);
        // A condition reaches back to the clause's start ("if the remaining
        // militants estimated to be around 300 surrendered").
        let clause = tokens[a.saturating_sub(12)..a]
            .iter()
            .rev()
            .take_while(|t| !t.is_punct(',') && !t.is_punct(';'));
        let conditional = clause.into_iter().any(|t| lex.is_conditional_word(t));
        let mode = if conditional {
            Mode::Conditional
        } else if before(tokens, a, 2, &lex.prospective).is_some() {
            Mode::Prospective
        } else if before(tokens, a, 6, &lex.expectation).is_some() {
            Mode::Expected
        } else {
            Mode::Done
        };
        let start = if negated {
            tokens[a.saturating_sub(3)..a]
                .iter()
                .position(is_negation)
                .map(|k| a.saturating_sub(3) + k)
                .unwrap_or(a)
        } else if mode == Mode::Prospective {
            before(tokens, a, 2, &lex.prospective).unwrap_or(a)
        } else {
            a
        };
        mentions.push(EventMention {
            article,
            claim: claim_index,
            sentence,
            span: tokens[start].span.cover(tokens[b - 1].span),
            class,
            negated,
            mode,
            words: 0,
            at: a,
            actor: OnceCell::new(),
            time: first_placed,
        });
    }
}
