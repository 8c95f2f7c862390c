//! Ordinal periods: "now in its sixth week", "the third day of", "day nine
//! of the search": when the event began, counted back from a date or the
//! statement.

use super::super::constraint::{Anchor, Raw, Relation};
use super::grammar::{names_event, UNITS};
use super::outcome::Read;
use super::place::{goes_on, nearest_mention, place, statement_time};
use super::reading::Reading;
use super::words::{may_open_ordinal, ordinal_at};
use crate::text::Span;

/// Reads the sentence's ordinal periods into constraints (a time used by
/// one is marked in `used`).
pub(super) fn read(r: &Reading, used: &mut [bool], out: &mut Read) {
    let s = r.s;
    let at = r.at;
    let n = r.n;
    let marks = r.marks;
    let placed = &r.placed;
    let in_time = |i: usize| r.in_time(i);
    let global = |k: usize| r.global(k);
    let note = |span: Span, relation: Relation| r.note(span, relation);
    let reference = r.reference();
    // ---- ordinal periods: "now in its sixth week", "the third day of",
    // and a period counted by a cardinal after it ("day nine of the
    // search", "Day 12 of the closure").
    // Each as (first word, N, unit word).
    let mut periods: Vec<(usize, i64, usize)> = Vec::new();
    for i in 0..n {
        if may_open_ordinal(s, marks, i) {
            let Some((nth, olen)) = ordinal_at(s, i) else {
                continue;
            };
            // "a third straight day", "its fifth consecutive week".
            let run = usize::from(matches!(
                s.word(i + olen),
                "straight" | "consecutive" | "successive" | "full"
            ));
            let unit = i + olen + run;
            // "its sixth week", "the strike's sixth day" (the possessor is the
            // event).
            let possessed = i > 0 && s.word(i - 1).ends_with("'s");
            // (A singular unit: "the first days after" is no day's count.)
            if UNITS
                .iter()
                .any(|(u, _, _)| *u == s.word(unit) && !u.ends_with('s'))
                && (possessed
                    || i > 0
                        && matches!(s.word(i - 1), "its" | "their" | "the" | "a" | "his" | "her"))
            {
                periods.push((i, nth, unit));
            }
        } else if matches!(s.word(i), "day" | "week" | "month")
            && !in_time(i)
            && !(i > 0
                && matches!(
                    s.word(i - 1),
                    "from" | "since" | "a" | "per" | "each" | "every" | "one"
                ))
        {
            // ("Day 12 of", "on day nine,": the count ends the phrase.)
            let count = s.tokens.get(i + 1).and_then(|t| {
                if t.is_number() {
                    s.word(i + 1).parse::<i64>().ok()
                } else {
                    crate::expressions::numbers::number_word(t).map(|v| v as i64)
                }
            });
            let ends = s.word(i + 2) == "of"
                || s.tokens
                    .get(i + 2)
                    .is_none_or(|t| t.is_punct(',') || t.is_punct('.'));
            if let Some(nth) = count.filter(|&c| (1..=400).contains(&c) && ends) {
                periods.push((i, nth, i));
            }
        }
    }
    for (i, nth, unit) in periods {
        let Some(&(_, lo_u, hi_u)) = UNITS.iter().find(|(u, _, _)| *u == s.word(unit)) else {
            continue;
        };
        let possessor = (i > 0 && s.word(i - 1).ends_with("'s"))
            .then(|| {
                out.mentions
                    .iter()
                    .position(|m| m.at + 2 == i || m.at + 1 == i)
            })
            .flatten();
        // The event: "of the X" after, else the nearest mention before.
        // (The cardinal's "of" comes after its count.)
        let unit = if unit == i && s.word(unit + 2) == "of" {
            unit + 1
        } else {
            unit
        };
        // ("The count in the mayoral election entered its sixth day": the
        // subject of the verb before "its".)
        let m = if possessor.is_some() {
            possessor
        } else if s.word(unit + 1) == "of" {
            out.mentions
                .iter()
                .position(|m| m.at > unit + 1 && m.at <= unit + 5)
        } else {
            None
        }
        .or_else(|| {
            out.mentions
                .iter()
                .position(|m| m.verb.is_some_and(|v| v + 2 >= i && v < i) && names_event(m))
        })
        .or_else(|| nearest_mention(&out.mentions, i));
        let Some(m) = m else { continue };
        // As of a date the sentence gives, else the statement.
        let anchor = statement_time(placed, used);
        let low = (nth - 1) * lo_u;
        let high = nth * hi_u - 1;
        let span = s.tokens[i.saturating_sub(1)]
            .span
            .cover(s.tokens[unit].span);
        match anchor {
            Some(p) => {
                used[p] = true;
                let (base, lo, hi) = place(&placed[p], s, at);
                // start = date − [low, high]
                let pspan = span.cover(placed[p].time.span);
                out.raws.push(Raw {
                    from: base,
                    to: Anchor::Start(global(m)),
                    min: Some(lo - high),
                    max: Some(hi - low),
                    note: note(pspan, Relation::Nth),
                });
                out.raws.push(Raw {
                    from: base,
                    to: Anchor::End(global(m)),
                    min: Some(lo),
                    max: None,
                    note: note(pspan, Relation::Ongoing),
                });
            }
            None => {
                out.raws.push(Raw {
                    from: Anchor::Start(global(m)),
                    to: reference,
                    min: Some(low),
                    max: Some(high),
                    note: note(span, Relation::Nth),
                });
                out.raws.push(goes_on(
                    at.article,
                    global(m),
                    note(span, Relation::Ongoing),
                ));
            }
        }
    }
}
