//! Dates and durations: the figures of a claim's times (a calendar date or
//! a length of time), with the event they are of and, for a date, whose
//! event it is.

use std::cell::OnceCell;

use chrono::NaiveDate;

use super::actor::actor_before;
use super::claim_read::{ClaimRead, SentenceContext};
use super::figure::{names_a_time, Figure, Measure};
use super::scan::nearest_event_within;
use super::token_spans::token_range;
use crate::expressions::TimeKind;
use crate::lexicon::events::EventLexicon;
use crate::text::stems::stem;
use crate::text::tokens::Token;

/// Reads the figures of the claim's times into `figures`.
pub(super) fn read(input: &ClaimRead, context: &SentenceContext, figures: &mut Vec<Figure>) {
    let ClaimRead {
        article,
        claim,
        sentence,
        tokens,
        sentence_times,
        lex,
        ..
    } = *input;
    let events = &input.scanned.events[..];
    let SentenceContext {
        ref pronoun,
        ref resolved,
        claim_index,
        heading_end,
    } = *context;
    let times = match claim {
        Some((_, c)) => &c.times[..],
        None => &[][..],
    };
    for t in times {
        let Some((ta, tb)) = token_range(tokens, t.span) else {
            continue;
        };
        if ta < heading_end {
            continue;
        }
        let (measure, low, high) = match t.kind {
            TimeKind::Duration => {
                let Some(d) = t.duration else { continue };
                let (Some(min), Some(max)) = (d.min, d.max) else {
                    continue;
                };
                (Measure::Duration, min, max)
            }
            _ if t.relative => continue,
            _ => {
                let (Some(s), Some(e)) = (t.start, t.end) else {
                    continue;
                };
                (Measure::Date, day_number(s), day_number(e))
            }
        };
        let (subject, noun) = match measure {
            Measure::Duration => {
                // "five hours of surgery": what the length is of.
                let of = tokens
                    .get(tb)
                    .filter(|x| x.is("of"))
                    .and(tokens.get(tb + 1));
                let noun = of.filter(|x| x.is_word()).map(|x| x.text.to_lowercase());
                (
                    format!(
                        "<duration>{}",
                        noun.as_deref().map(stem).unwrap_or_default()
                    ),
                    noun,
                )
            }
            _ => ("<date>".to_string(), None),
        };
        figures.push(Figure {
            article,
            claim: claim_index,
            sentence,
            span: t.span,
            tokens: ta..tb,
            measure,
            low,
            high,
            approximate: false,
            hedged: false,
            unit: None,
            noun,
            subject,
            subject_class: None,
            event: lifespan(tokens, ta, tb, lex)
                .or_else(|| nearest_event_within(events, ta, tb, 8).map(|e| e.1)),
            actor: match lifespan(tokens, ta, tb, lex) {
                Some(_) => {
                    let paren = (ta.saturating_sub(13)..ta)
                        .rev()
                        .find(|&k| tokens[k].is_punct('('));
                    paren
                        .and_then(|k| k.checked_sub(1))
                        .map(|k| stem(tokens[k].text))
                }
                None => nearest_event_within(events, ta, tb, 8)
                    .and_then(|(start, _)| actor_before(tokens, start, lex)),
            },
            modifiers: Vec::new(),
            partial: false,
            change: false,
            np_words: Vec::new(),
            read: 0,
            markers: OnceCell::new(),
            frame: OnceCell::new(),
            names: OnceCell::new(),
            pronoun: pronoun.clone(),
            dates: resolved
                .iter()
                .filter(|r| r.3 != t.span)
                .map(|r| (r.0, r.1))
                .collect(),
            has_time: sentence_times
                .iter()
                .any(|x| x.span != t.span && names_a_time(x)),
        });
    }
}

/// A date in a lifespan after a name ("Wundt (August 17, 1832 - August
/// 31, 1920)"): the first is a birth, the second a death.
fn lifespan(tokens: &[Token], ta: usize, tb: usize, lex: &EventLexicon) -> Option<usize> {
    // The parenthesis follows a name.
    let named = |paren: usize| {
        paren > 0 && tokens[paren - 1].is_word() && tokens[paren - 1].is_capitalized()
    };
    let open_before = ta > 1 && tokens[ta - 1].is_punct('(') && named(ta - 1);
    let dash_after = tokens.get(tb).is_some_and(|t| t.is_dash());
    if open_before && dash_after {
        return lex.event_class("birth");
    }
    let dash_before = ta > 0 && tokens[ta - 1].is_dash();
    let close_after = tokens.get(tb).is_some_and(|t| t.is_punct(')'));
    let from = ta.saturating_sub(12);
    let opened = (from..ta).any(|k| tokens[k].is_punct('(') && named(k));
    if dash_before && close_after && opened {
        return lex.event_class("die");
    }
    None
}

fn day_number(d: NaiveDate) -> f64 {
    use chrono::Datelike;
    f64::from(d.num_days_from_ce())
}
