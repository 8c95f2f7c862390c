//! What one read of a sentence's facts reads (`ClaimRead`: the sentence,
//! its tokens, times and scan, the claim whose figures it reads), and what
//! is made of that once for every fact kind (`SentenceContext`).

use chrono::NaiveDate;

use super::placed_times::PlacedTimes;
use super::scan::Scan;
use crate::claims::Claim;
use crate::expressions::{TimeExpr, TimeKind};
use crate::lexicon::events::EventLexicon;
use crate::lexicon::pronouns::SUBJECT_PRONOUNS;
use crate::text::tokens::Token;
use crate::text::Span;

/// What one read of a sentence reads (`read`): the figures of `claim` (one
/// of the sentence's claims, if it has any), and, when `sentence_facts`,
/// its events, periods going on and expected endings (read once per
/// sentence). `scanned` is the sentence's `scan`, made once for all its
/// claims, with its ordinals (read only when `sentence_facts`).
#[derive(Clone, Copy)]
pub struct ClaimRead<'r> {
    pub article: usize,
    pub claim: Option<(usize, &'r Claim)>,
    pub sentence: usize,
    pub sentence_facts: bool,
    pub scanned: &'r Scan,
    pub tokens: &'r [Token<'r>],
    pub sentence_times: &'r [TimeExpr],
    pub placed_times: &'r PlacedTimes<'r>,
    /// The attribution's cue and source span, which no figure's frame or
    /// names hold.
    pub skip_attribution: &'r [Span],
    pub reference: NaiveDate,
    pub lex: &'r EventLexicon,
}

impl ClaimRead<'_> {
    /// The tokens in the sentence's times.
    pub(super) fn mark_times(&self) -> Vec<bool> {
        crate::text::tokens::covered(self.tokens, self.sentence_times.iter().map(|x| x.span))
    }
}

/// What a read makes once of its sentence for every fact kind.
pub(super) struct SentenceContext {
    /// A pronoun that opens the sentence ("He", "She").
    pub pronoun: Option<String>,
    /// Dates as the article fixes them (for telling counts of two days
    /// apart).
    pub resolved: Vec<(NaiveDate, NaiveDate, TimeKind, Span)>,
    /// The index of the claim read, if any.
    pub claim_index: Option<usize>,
    /// Where a wiki-style heading that opens the sentence ends (0 when none).
    pub heading_end: usize,
}

impl SentenceContext {
    pub(super) fn of(input: &ClaimRead) -> SentenceContext {
        let ClaimRead {
            claim,
            tokens,
            sentence_times,
            ..
        } = *input;
        let pronoun = tokens
            .first()
            .filter(|t| t.is_any(SUBJECT_PRONOUNS))
            .map(|t| t.text.to_lowercase());
        // Dates as the article fixes them (for telling counts of two days
        // apart).
        let resolved: Vec<(NaiveDate, NaiveDate, TimeKind, Span)> = sentence_times
            .iter()
            .filter(|t| t.kind != TimeKind::Duration)
            .filter_map(|t| Some((t.start?, t.end?, t.kind, t.span)))
            .collect();

        let claim_index = claim.map(|(k, _)| k);
        // A wiki-style heading ("= Title ( 1932 film ) =") states no figure.
        let heading_end = if tokens.first().is_some_and(|t| t.is_punct('=')) {
            tokens[1..]
                .iter()
                .position(|t| t.is_punct('='))
                .map_or(tokens.len(), |k| k + 2)
        } else {
            0
        };
        SentenceContext {
            pronoun,
            resolved,
            claim_index,
            heading_end,
        }
    }
}
