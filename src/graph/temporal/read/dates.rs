//! Dates and periods: a dated clause's verb as an event of its own, each
//! date to the event nearest it, the year the sentence states, "the next
//! day", and the sentence's last date.

use chrono::Datelike;

use super::super::constraint::{Anchor, Raw, Relation};
use super::super::mention::{Aspect, Mode};
use super::grammar::{is_past_form, LONG_PAST_DAYS};
use super::outcome::Read;
use super::phrases::dated_verb;
use super::place::{attach, days, goes_on, has_year, names_by_verb, place, under_way};
use super::reading::Reading;
use super::words::Class;
use crate::expressions::TimeKind;
use crate::text::Span;

/// Makes the verb of a dated clause with no event word a mention.
pub(super) fn dated_clauses(r: &Reading, out: &mut Read) {
    let s = r.s;
    let at = r.at;
    let placed = &r.placed;
    let has = |i: usize, c: Class| r.has(i, c);
    // ---- dated clauses with no event word ("The first case was confirmed
    // on Feb. 3"): the clause's verb is an event of its own, never one with
    // another, that later times ("A week later") can count from.
    let mut made = false;
    for pl in placed {
        if pl.time.kind == TimeKind::Duration || pl.time.start.is_none() {
            continue;
        }
        // (No mention is dated yet.)
        if attach(&out.mentions, pl, &[], s, at).is_some() {
            continue;
        }
        let Some(v) = dated_verb(s, pl, placed, &has) else {
            continue;
        };
        if out.mentions.iter().any(|m| m.at == v || m.verb == Some(v)) {
            continue;
        }
        let k = r.push_clause(out, v, true);
        out.mentions[k].mode = if is_past_form(s.word(v)) {
            Mode::Done
        } else {
            Mode::Unknown
        };
        made = true;
    }
    if made {
        out.mentions.sort_by_key(|m| m.at);
    }
}

/// Dates each event nearest a date or period (a time used is marked in
/// `used`); gives which mentions are dated and the mention (its head)
/// each time dates.
pub(super) fn read(
    r: &Reading,
    ordered_pairs: &[(usize, usize, bool, usize)],
    used: &mut [bool],
    out: &mut Read,
) -> (Vec<bool>, Vec<Option<usize>>) {
    let s = r.s;
    let words = r.words;
    let at = r.at;
    let placed = &r.placed;
    let has = |i: usize, c: Class| r.has(i, c);
    let global = |k: usize| r.global(k);
    let note = |span: Span, relation: Relation| r.note(span, relation);
    // ---- dates and periods: each to the event nearest it.
    let mut dated = vec![false; out.mentions.len()];
    let mut date_owner: Vec<Option<usize>> = vec![None; placed.len()];
    for (p, pl) in placed.iter().enumerate() {
        if pl.time.kind == TimeKind::Duration || used[p] || pl.time.start.is_none() {
            continue;
        }
        // "Born in Punta Arenas in 1985, she began climbing": a birth's
        // date, no event's.
        if (pl.from.saturating_sub(8)..pl.from)
            .rev()
            .take_while(|&k| !s.tokens[k].is_punct(',') && !s.tokens[k].is_punct(';'))
            .any(|k| s.word(k) == "born")
        {
            continue;
        }
        // "Two days of hearings preceded the vote, on June 3 and June 4":
        // a date set off after an order verb's object is its subject's.
        let subject = ordered_pairs
            .iter()
            .find(|&&(_, object, _, _)| {
                pl.from > object + 1 && pl.from <= object + 3 && s.tokens[pl.from - 1].is_punct(',')
            })
            .and_then(|&(subject, _, _, _)| out.mentions.iter().position(|m| m.at == subject))
            .filter(|&k| !dated[k]);
        let Some(m) = subject.or_else(|| attach(&out.mentions, pl, &dated, s, at)) else {
            continue;
        };
        let mention = &out.mentions[m];
        let since = pl.from > 0 && has(pl.from - 1, Class::Since).is_some()
            || has(pl.from, Class::Since).is_some();
        let by = pl.from > 0 && matches!(s.word(pl.from - 1), "by") || s.word(pl.from) == "by";
        let until = pl.from > 0 && matches!(s.word(pl.from - 1), "until" | "till" | "through")
            || matches!(s.word(pl.from), "until" | "till" | "through");
        let (base, lo, hi) = place(pl, s, at);
        let mut year_shift = 0;
        if mention.mode == Mode::ToCome
            && !has_year(s, pl)
            && at.reference.is_some()
            && pl
                .time
                .end
                .is_some_and(|e| at.reference.is_some_and(|r| (r - e).num_days() > 60))
        {
            // "will open on March 3" written in November: next March. (A date
            // a few days past is this year's, and a slip worth a look.)
            year_shift = 365;
        }
        let (lo, hi) = (lo + year_shift, hi + year_shift + i64::from(year_shift > 0));
        let span = pl.time.span;
        // "will reopen on Nov. 3": an end planned then, as one expected.
        let expected = mention.mode == Mode::Expected
            || mention.mode == Mode::ToCome && mention.aspect == Aspect::End;
        match (mention.mode, since, by || until) {
            _ if mention.ordered_by.is_some() && !expected => {
                let verb = mention.ordered_by.map_or(span, |v| s.tokens[v].span);
                out.raws.push(Raw {
                    from: base,
                    to: Anchor::Start(global(m)),
                    min: Some(lo),
                    max: None,
                    note: note(span.cover(verb), Relation::Ordered),
                });
            }
            _ if expected => {
                // An end hoped for then: kept apart, weighed only against a
                // period said to go on (see `Relation::Expected`).
                if mention.aspect == Aspect::End || has(mention.at, Class::Ending).is_some() {
                    out.raws.push(Raw {
                        from: base,
                        to: Anchor::End(global(m)),
                        min: Some(lo),
                        max: Some(hi),
                        note: note(span, Relation::Expected),
                    });
                }
            }
            (_, true, _) => {
                out.raws.push(Raw {
                    from: base,
                    to: Anchor::Start(global(m)),
                    min: Some(lo),
                    max: Some(lo + 31),
                    note: note(span, Relation::Since),
                });
                out.raws.push(goes_on(
                    at.article,
                    global(m),
                    note(span, Relation::Ongoing),
                ));
            }
            (_, false, true) => {
                out.raws.push(Raw {
                    from: base,
                    to: Anchor::End(global(m)),
                    min: None,
                    max: Some(hi),
                    note: note(span, Relation::End),
                });
            }
            (Mode::Ongoing, false, false) => {
                // "On July 24, diggers were still removing rock": begun by
                // then, not ended before.
                out.raws.extend(under_way(
                    base,
                    lo,
                    hi,
                    global(m),
                    note(span, Relation::Ongoing),
                ));
            }
            _ if mention.aspect == Aspect::Occur
                && mention.mode != Mode::ToCome
                && !names_by_verb(s, mention)
                && words.lasts(&mention.key) =>
            {
                // "the festival on Saturday": an event that lasts was under
                // way then (begun by the time's end, not ended before its
                // start), not begun on it. (Its verb names its onset:
                // "walked out on Oct. 7" is the strike's start; and the date
                // of one to come, "will be heard on Nov. 20", is the day it
                // is to begin.)
                out.raws.extend(under_way(
                    base,
                    lo,
                    hi,
                    global(m),
                    note(span, Relation::During),
                ));
            }
            _ => {
                let (point, relation) = match mention.aspect {
                    Aspect::End => (Anchor::End(global(m)), Relation::End),
                    Aspect::Start => (Anchor::Start(global(m)), Relation::Start),
                    Aspect::Occur => (Anchor::Start(global(m)), Relation::Date),
                };
                out.raws.push(Raw {
                    from: base,
                    to: point,
                    min: Some(lo),
                    max: Some(hi),
                    note: note(span, relation),
                });
            }
        }
        dated[m] = true;
        used[p] = true;
        out.mentions[m].timed = true;
        if out.mentions[m].mode == Mode::Done {
            out.mentions[m].long_past = match (base, at.reference) {
                (Anchor::Calendar, Some(r)) => hi < days(r) - LONG_PAST_DAYS,
                (Anchor::Reference(_), _) => hi < -LONG_PAST_DAYS,
                _ => false,
            };
        }
        date_owner[p] = Some(out.mentions[m].at);
    }
    (dated, date_owner)
}

/// The year of the sentence's last date written with its year.
pub(super) fn stated_year(r: &Reading, out: &mut Read) {
    let s = r.s;
    let placed = &r.placed;
    out.stated_year = placed
        .iter()
        .filter(|q| q.time.kind != TimeKind::Duration && has_year(s, q))
        .max_by_key(|q| q.from)
        .and_then(|q| q.time.start)
        .map(|d| d.year());
}

/// Orders "the next day" after the last dated event before it; gives the
/// mention it dates, if any.
pub(super) fn next_day_steps(r: &Reading, dated: &[bool], out: &mut Read) -> Option<usize> {
    let s = r.s;
    let at = r.at;
    let next_days = &r.next_days;
    let global = |k: usize| r.global(k);
    let note = |span: Span, relation: Relation| r.note(span, relation);
    // ---- "the next day", "the previous day": a day after (or before) the
    // last event dated before them, in the sentence or before it.
    let mut stepped: Option<usize> = None;
    for &(a, b, offset) in next_days {
        let before = out
            .mentions
            .iter()
            .enumerate()
            .filter(|(k, m)| dated[*k] && m.at < a)
            .max_by_key(|(_, m)| m.at)
            .map(|(k, _)| global(k));
        let Some(from) = before.or(at.last_timed) else {
            continue;
        };
        let main = out
            .mentions
            .iter()
            .position(|m| m.at >= b && m.verbal)
            .or_else(|| out.mentions.iter().position(|m| m.at >= b))
            .filter(|&k| global(k) != from);
        let Some(main) = main else { continue };
        out.raws.push(Raw {
            from: Anchor::Start(from),
            to: Anchor::Start(global(main)),
            min: Some(offset),
            max: Some(offset),
            note: note(
                s.tokens[a].span.cover(s.tokens[b - 1].span),
                Relation::Later,
            ),
        });
        stepped = Some(main);
    }
    stepped
}

/// The last date of the sentence and the mention it dates.
pub(super) fn last_date(
    r: &Reading,
    date_owner: &[Option<usize>],
    stepped: Option<usize>,
    out: &mut Read,
) {
    let placed = &r.placed;
    // The last date of the sentence, and whose it is.
    out.last_date = placed
        .iter()
        .enumerate()
        .filter(|(_, q)| q.time.kind != TimeKind::Duration && q.time.start.is_some())
        .max_by_key(|(_, q)| q.from)
        .map(|(p, _)| date_owner[p].and_then(|at| out.mentions.iter().position(|m| m.at == at)));
    // (A step from the last date is the story's latest point after it.)
    if out.last_date.is_none() && stepped.is_some() {
        out.last_date = Some(stepped);
    }
}
