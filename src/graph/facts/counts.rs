//! Counts and amounts: the figures of a claim's quantities, with the noun
//! they count, the event they count for, and what makes one another
//! measure, a part of another or a change.

use std::cell::OnceCell;
use std::ops::Range;

use super::claim_read::{ClaimRead, SentenceContext};
use super::figure::{names_a_time, Figure, Measure};
use super::scan::nearest_event_within;
use super::token_spans::{before, token_range};
use crate::expressions::Quantity;
use crate::lexicon::stop_words::{is_stop, is_stop_token};
use crate::text::stems::stem;

/// Reads the figures of the claim's quantities into `figures`.
pub(super) fn read(input: &ClaimRead, context: &SentenceContext, figures: &mut Vec<Figure>) {
    let ClaimRead {
        claim,
        tokens,
        sentence_times,
        ..
    } = *input;
    let quantities = match claim {
        Some((_, c)) => &c.quantities[..],
        None => &[][..],
    };
    for q in quantities {
        let Some((qa, qb)) = token_range(tokens, q.span) else {
            continue;
        };
        if qa < context.heading_end {
            continue;
        }
        figures.push(count_figure(
            input,
            context,
            (qa, qb),
            q,
            sentence_times.iter().any(names_a_time),
        ));
    }
}

/// The figure of quantity `q`, at tokens `qa..qb`.
fn count_figure(
    input: &ClaimRead,
    context: &SentenceContext,
    (qa, qb): (usize, usize),
    q: &Quantity,
    has_time: bool,
) -> Figure {
    let ClaimRead {
        article,
        sentence,
        tokens,
        lex,
        ..
    } = *input;
    let events = &input.scanned.events[..];
    let claim_index = context.claim_index;
    let pronoun = context.pronoun.clone();
    let resolved = &context.resolved[..];
    // Where the counted noun is: after the figure ("150 militants"), or
    // before it ("the remaining militants estimated to be around 300").
    let noun_at = q.subject.as_ref().and_then(|noun| {
        let after = (qb..tokens.len().min(qb + 6)).find(|&i| tokens[i].is(noun));
        after.or_else(|| {
            (qa.saturating_sub(8)..qa)
                .rev()
                .find(|&i| tokens[i].is(noun))
        })
    });
    let mut noun = q.subject.clone();
    let mut noun_at = noun_at;
    // A figure with no counted noun: the measure before it ("the death toll
    // stood at 48"), else a plural noun that closes a long noun phrase ("four
    // faster dual-GPU GeForce GTX 295 video cards"), else the word after it
    // ("married 5 times", "a 5-inch knife").
    if noun.is_none() {
        const LINKS: &[&str] = &[
            "stood", "was", "is", "were", "are", "rose", "reached", "climbed", "hit", "at", "to",
            "of", "has", "had", "been", "risen", "stands", "now",
        ];
        let mut i = qa;
        while i > 0 && qa - i < 4 && tokens[i - 1].is_any(LINKS) {
            i -= 1;
        }
        if i < qa && i > 0 {
            let w = &tokens[i - 1];
            if w.is_word() && !w.is_capitalized() && !is_stop(w.text) {
                noun = Some(w.text.to_lowercase());
            }
        }
        if noun.is_none() && q.unit.is_none() {
            let run = (qb..tokens.len().min(qb + 9))
                .take_while(|&i| {
                    let t = &tokens[i];
                    (t.is_word() && !is_stop_token(t)) || t.is_number() || t.is_dash()
                })
                .last();
            if let Some(last) = run.filter(|&i| i > qb) {
                let w = &tokens[last];
                if w.is_word() && !w.is_capitalized() && w.text.len() > 3 && w.text.ends_with('s') {
                    noun = Some(w.text.to_lowercase());
                    noun_at = Some(last);
                }
            }
        }
        let hyphenated = q.unit.is_some()
            && tokens
                .get(qa..qb)
                .is_some_and(|r| r.iter().any(|t| t.is_dash()));
        if noun.is_none() && (q.unit.is_none() || hyphenated) {
            if let Some(w) = tokens
                .get(qb)
                .filter(|w| w.is_word() && !w.is_capitalized() && !w.joined && !is_stop(w.text))
            {
                noun = Some(w.text.to_lowercase());
                noun_at = Some(qb);
            }
        }
    }
    let subject_class = noun.as_deref().and_then(|n| lex.subject_class(n));
    let subject = match (subject_class, &noun) {
        (Some(k), _) => lex.subject_name(k).to_string(),
        (None, Some(n)) => stem(n),
        (None, None) => String::new(),
    };
    // The words of the noun phrase: between the figure and its noun, or just
    // before a noun that comes first.
    // (A range: a list of its own, made for each figure, was a hot spot.)
    let np: Range<usize> = match noun_at {
        Some(n) if n >= qb => qb..n,
        Some(n) => n.saturating_sub(2)..n,
        None => 0..0,
    };
    let mut modifiers: Vec<String> = np
        .clone()
        .chain(qa.checked_sub(1))
        .map(|i| crate::text::keys::lower(tokens[i].text))
        .filter(|w| lex.is_distinguishing(w))
        .map(|w| w.into_owned())
        .collect();
    modifiers.sort();
    modifiers.dedup();
    // The event: one named inside the noun phrase, else the nearest.
    let event = events
        .iter()
        .find(|(a, _, _)| np.contains(a))
        .map(|e| e.2)
        .or_else(|| nearest_event_within(events, qa, qb, usize::MAX).map(|e| e.1));
    let partial = before(tokens, qa, 5, &lex.partial).is_some()
        || tokens
            .get(qb)
            .is_some_and(|t| t.is_any(&["more", "others", "other", "additional"]))
        || noun_at
            .and_then(|n| tokens.get(n + 1..n + 3))
            .is_some_and(|w| w[0].is("of") && w[1].is_any(&["whom", "them", "which"]))
        || tokens.get(qb).is_some_and(|t| t.is("of"))
            && tokens
                .get(qb + 1)
                .is_some_and(|t| t.is_any(&["the", "them"]));
    let change = before(tokens, qa, 3, &lex.change).is_some()
        || qa > 0 && tokens[qa - 1].is_any(&["by", "from"]);
    // A conversion in parentheses after a figure ("one million euros (about
    // $1.1 million)") restates that figure; it is not compared on its own.
    let conversion = qa >= 2
        && tokens[qa - 1].is_punct('(')
        && tokens[qa.saturating_sub(5)..qa - 1]
            .iter()
            .any(|t| t.is_number());
    let mut np_words: Vec<String> = np
        .map(|i| &tokens[i])
        .filter(|t| t.is_word() && !is_stop_token(t))
        .map(|t| t.text.to_lowercase())
        .collect();
    np_words.sort();
    np_words.dedup();
    Figure {
        article,
        claim: claim_index,
        sentence,
        span: q.span,
        tokens: qa..qb,
        measure: Measure::Count,
        low: q.low.unwrap_or(f64::NEG_INFINITY),
        high: q.high.unwrap_or(f64::INFINITY),
        approximate: q.approximate,
        hedged: q.hedge.is_some(),
        unit: q.unit.clone(),
        noun,
        subject,
        subject_class,
        event,
        modifiers,
        partial: partial || conversion,
        change,
        np_words,
        actor: None,
        read: 0,
        markers: OnceCell::new(),
        frame: OnceCell::new(),
        names: OnceCell::new(),
        pronoun,
        dates: resolved.iter().map(|r| (r.0, r.1)).collect(),
        has_time,
    }
}
