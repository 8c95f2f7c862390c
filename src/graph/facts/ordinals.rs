//! Ordinals: a rank or a place in a series ("the first poem", "ranked
//! seventh"), read as figures of their own kind.

use std::cell::OnceCell;

use super::claim_read::{ClaimRead, SentenceContext};
use super::figure::{names_a_time, Figure, Measure};

/// Reads the sentence's ordinals (found by its scan) into `figures`, but
/// for those in a time: the tokens in the sentence's times (`in_time`) are
/// marked on first need, once.
pub(super) fn read(
    input: &ClaimRead,
    context: &SentenceContext,
    in_time: &mut Option<Vec<bool>>,
    figures: &mut Vec<Figure>,
) {
    let ClaimRead {
        article,
        sentence,
        tokens,
        sentence_times,
        ..
    } = *input;
    let ordinals = &input.scanned.ordinals[..];
    let SentenceContext {
        ref pronoun,
        ref resolved,
        claim_index,
        heading_end,
    } = *context;
    // Ordinals: a rank or a place in a series ("the first poem", "ranked
    // seventh"), compared like figures of their own kind.
    for &(k, value) in ordinals {
        if k < heading_end || in_time.get_or_insert_with(|| input.mark_times())[k] {
            continue;
        }
        let t = &tokens[k];
        let end = if t.is_number() { k + 2 } else { k + 1 };
        let span = t.span.cover(tokens[end.min(tokens.len()) - 1].span);
        figures.push(Figure {
            article,
            claim: claim_index,
            sentence,
            span,
            tokens: k..end.min(tokens.len()),
            measure: Measure::Count,
            low: value,
            high: value,
            approximate: false,
            hedged: false,
            unit: Some("ordinal".to_string()),
            noun: None,
            subject: "<ordinal>".to_string(),
            subject_class: None,
            event: None,
            modifiers: Vec::new(),
            partial: false,
            change: false,
            np_words: Vec::new(),
            read: 0,
            markers: OnceCell::new(),
            frame: OnceCell::new(),
            names: OnceCell::new(),
            pronoun: pronoun.clone(),
            actor: None,
            dates: resolved.iter().map(|r| (r.0, r.1)).collect(),
            has_time: sentence_times.iter().any(names_a_time),
        });
    }
}
