//! Reading one sentence's facts: the fact kinds in the order they are read,
//! the graph's lists they are added to (`Facts`), and the tokens the
//! figures' frames and names leave out.

use super::claim_read::{ClaimRead, SentenceContext};
use super::events::EventMention;
use super::expected_ends::ExpectedEnd;
use super::figure::Figure;
use super::ongoing::Ongoing;
use super::{counts, events, expected_ends, ongoing, ordinals, times};
use crate::text::tokens::Token;
use crate::text::Span;

/// The graph's lists, which `read` adds each sentence's facts to: lists of
/// a claim read's own, made, moved over and dropped for every read (most
/// of them empty), cost more than the facts.
pub struct Facts<'g> {
    pub figures: &'g mut Vec<Figure>,
    pub events: &'g mut Vec<EventMention>,
    pub ongoing: &'g mut Vec<Ongoing>,
    pub expected_ends: &'g mut Vec<ExpectedEnd>,
}

/// Reads the facts of one sentence into the graph's lists (`out`): the
/// figures of `input.claim` (one of the sentence's claims, if it has any),
/// and, when `input.sentence_facts`, its events, periods going on and
/// expected endings (read once per sentence). Gives the tokens in a time or
/// in the attribution, which no figure's frame or names hold (none when the
/// read gave no figures).
pub fn read(input: &ClaimRead, out: &mut Facts) -> Vec<bool> {
    let first_figure = out.figures.len();
    // The tokens in the sentence's times: marked only for a sentence with
    // ordinals or figures (most have neither), once.
    let mut in_time: Option<Vec<bool>> = None;
    let context = SentenceContext::of(input);
    counts::read(input, &context, out.figures);
    times::read(input, &context, out.figures);

    // The events, ordinals, periods and endings: only when asked for.
    if input.sentence_facts {
        ordinals::read(input, &context, &mut in_time, out.figures);
        events::read(input, &context, out.events);
        ongoing::read(input, &context, out.ongoing);
        expected_ends::read(input, &context, out.expected_ends);
    }
    figure_skip(
        input.tokens,
        &out.figures[first_figure..],
        in_time,
        || input.mark_times(),
        input.skip_attribution,
    )
}

/// The tokens no figure's frame or names hold: those in a time (`in_time`)
/// or in the attribution (its cue and source). Marked only when the
/// sentence gives figures: most give none.
fn figure_skip(
    tokens: &[Token],
    figures: &[Figure],
    in_time: Option<Vec<bool>>,
    mark_times: impl FnOnce() -> Vec<bool>,
    skip_attribution: &[Span],
) -> Vec<bool> {
    if figures.is_empty() {
        return Vec::new();
    }
    let mut in_time = in_time.unwrap_or_else(mark_times);
    crate::text::tokens::mark_covered(tokens, skip_attribution.iter().copied(), &mut in_time);
    in_time
}
