//! Where a time lies and which event it is the time of: placing a date on
//! the calendar or the statement point, lengths, and attaching a time to
//! the mention nearest it.

use chrono::{Datelike, NaiveDate};

use super::super::constraint::{Anchor, Raw};
use super::super::mention::{Aspect, Mention, Mode};
use super::at::At;
use super::grammar::{is_past_form, names_event, STATEMENT};
use super::placed::Placed;
use super::words::Sentence;
use crate::expressions::{TimeExpr, TimeKind};
use crate::lexicon::auxiliaries::AUXILIARIES;
use crate::text::tokens::Token;
use crate::text::Span;

pub(super) fn days(d: NaiveDate) -> i64 {
    d.num_days_from_ce() as i64
}

/// The token range of a span.
pub(super) fn token_range(tokens: &[Token], span: Span) -> (usize, usize) {
    let start = tokens
        .iter()
        .position(|t| t.span.start >= span.start)
        .unwrap_or(tokens.len());
    let end = tokens
        .iter()
        .rposition(|t| t.span.end <= span.end)
        .map_or(start, |k| k + 1)
        .max(start);
    (start, end)
}

/// The event of mention `m` still goes on at the statement: its end is not
/// before the article's reference point.
pub(super) fn goes_on(article: usize, m: usize, note: super::super::constraint::NoteDraft) -> Raw {
    Raw {
        from: Anchor::Reference(article),
        to: Anchor::End(m),
        min: Some(0),
        max: None,
        note,
    }
}

/// The event of mention `m` was under way in the days `[lo, hi]` from
/// `base`: begun by their end, not ended before their start.
pub(super) fn under_way(
    base: Anchor,
    lo: i64,
    hi: i64,
    m: usize,
    note: super::super::constraint::NoteDraft,
) -> [Raw; 2] {
    [
        Raw {
            from: base,
            to: Anchor::Start(m),
            min: None,
            max: Some(hi),
            note,
        },
        Raw {
            from: base,
            to: Anchor::End(m),
            min: Some(lo),
            max: None,
            note,
        },
    ]
}

/// The point an event is over at, for what comes after it: its end,
/// unless the mention speaks of its start ("after the strike began").
pub(super) fn done_point(m: &Mention, global: usize) -> Anchor {
    if m.aspect == Aspect::Start {
        Anchor::Start(global)
    } else {
        Anchor::End(global)
    }
}

pub(super) fn mode_span(s: &Sentence, m: &Mention) -> Span {
    match m.verb.or(m.clause_verb) {
        Some(v) if v < s.tokens.len() => m.span.cover(s.tokens[v].span),
        _ => m.span,
    }
}

pub(super) fn is_dateline(t: &TimeExpr, at: &At) -> bool {
    at.sentence < 3
        && t.span.start < 300
        && !t.relative
        && t.kind == TimeKind::Date
        && t.start.is_some()
        && t.start == at.dateline
}

pub(super) fn has_year(s: &Sentence, p: &Placed) -> bool {
    (p.from..p.to).any(|k| s.tokens[k].is_number() && s.tokens[k].text.len() == 4)
}

/// Where a date or period lies: the point it is measured from (the
/// calendar, or the article's statement point when the article has no
/// reference date and the time is relative) and its bounds in days from
/// it. A relative time read against the stand-in date is widened by how
/// much the calendar position mattered to it: a weekday may be any of the
/// seven days before the statement (or after it, when to come), a week or
/// a month shifts with the weekday or the day of the month.
pub(super) fn place(p: &Placed, s: &Sentence, at: &At) -> (Anchor, i64, i64) {
    let t = p.time;
    let (Some(start), end) = (t.start, t.end) else {
        return (Anchor::Calendar, 0, 0);
    };
    let end = end.unwrap_or(start);
    if at.reference.is_none() && !t.relative && !has_year(s, p) {
        // "lifted off on May 20, 2025 … By June 14": the year stated once.
        if let Some(y) = at.known_year {
            let (Some(a), Some(b)) = (start.with_year(y), end.with_year(y)) else {
                return (Anchor::Calendar, days(start), days(end));
            };
            let b = if b < a {
                b.with_year(y + 1).unwrap_or(b)
            } else {
                b
            };
            return (Anchor::Calendar, days(a), days(b));
        }
        // A date with no year in an article with no date: its day of the
        // year, from the article's year point (all such dates are taken to
        // be of one year).
        // (Counted in a leap year, whatever year the date was parsed in, so
        // that two such dates compare alike and 29 February has a day.)
        let first = NaiveDate::from_ymd_opt(2000, start.month(), start.day())
            .map_or(start.ordinal0(), |d| d.ordinal0()) as i64;
        return (
            Anchor::Year(at.article),
            first,
            first + (days(end) - days(start)),
        );
    }
    if at.reference.is_some() || !t.relative {
        return (Anchor::Calendar, days(start), days(end));
    }
    let r = days(at.stand_in);
    let (d0, d1) = (days(start) - r, days(end) - r);
    let weekday = (p.from..p.to).any(|k| {
        matches!(
            s.word(k),
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        )
    });
    let length = d1 - d0;
    let (lo, hi) = if weekday && length == 0 {
        if d0 <= 0 {
            (-6, 0)
        } else {
            (1, 7)
        }
    } else if length >= 27 {
        (d0 - 31, d1 + 31)
    } else if length >= 5 {
        (d0 - 6, d1 + 6)
    } else {
        (d0, d1)
    };
    // A past time stays past, a time to come stays to come.
    let (lo, hi) = if d1 < 0 {
        (lo, hi.min(-1))
    } else if d0 > 0 {
        (lo.max(1), hi)
    } else {
        (lo, hi)
    };
    (Anchor::Reference(at.article), lo, hi)
}

pub(super) fn duration_bounds(
    d: crate::expressions::DurationDays,
    hedged: bool,
    share: f64,
) -> (Option<i64>, Option<i64>) {
    let mut min = d.min.map(|x| {
        let x = if d.min_exclusive { x + 1.0 } else { x };
        x.floor() as i64
    });
    let mut max = d.max.map(|x| {
        let x = if d.max_exclusive { x - 1.0 } else { x };
        x.ceil() as i64
    });
    if hedged {
        min = min.map(|x| ((x as f64) * (1.0 - share)).floor() as i64);
        max = max.map(|x| ((x as f64) * (1.0 + share)).ceil() as i64 + 1);
    }
    (min, max)
}

/// Whether a mention names its event by a verb's past form ("walked out",
/// "closed", "be heard"): a lowercase noun with no determiner ("concerts
/// on Saturday") is read as a verb too, but names no onset.
pub(super) fn names_by_verb(s: &Sentence, m: &Mention) -> bool {
    let (from, to) = token_range(s.tokens, m.span);
    m.verbal && (from..to).any(|k| is_past_form(s.word(k)))
}

/// The mention nearest before `i`, else after it.
pub(super) fn nearest_mention(mentions: &[Mention], i: usize) -> Option<usize> {
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| names_event(m))
        .filter(|(_, m)| m.at < i)
        .max_by_key(|(_, m)| m.at)
        .or_else(|| {
            mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| names_event(m) && m.at > i)
                .min_by_key(|(_, m)| m.at)
        })
        .map(|(k, _)| k)
}

/// A date of the sentence that no mention has taken and that stands for the
/// statement's time ("On Thursday, the talks entered their fifth day").
pub(super) fn statement_time(placed: &[Placed], used: &[bool]) -> Option<usize> {
    placed
        .iter()
        .enumerate()
        .find(|(k, p)| !used[*k] && p.time.kind == TimeKind::Date && p.time.start.is_some())
        .map(|(k, _)| k)
}

/// The event a date belongs to: the mention nearest it in its clause, a
/// verbal mention before it first; a noun only when the date follows it
/// closely ("the vote on May 10") or it has an aspect verb. `dated` marks
/// the mentions already dated (those past its end are not).
pub(super) fn attach(
    mentions: &[Mention],
    p: &Placed,
    dated: &[bool],
    s: &Sentence,
    at: &At,
) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    // A time just after a verb that is no event's ("leaked in February") is
    // that verb's.
    let mut g = p.from;
    while g > 0
        && matches!(
            s.word(g - 1),
            "in" | "on" | "at" | "during" | "from" | "by" | "until" | "last" | "this"
        )
    {
        g -= 1;
    }
    if g > 0 {
        let w = g - 1;
        let owned = mentions
            .iter()
            .any(|m| m.at == w || m.dating_verb().is_some_and(|v| (v..v + 4).contains(&w)));
        if !owned && is_past_form(s.word(w)) && !AUXILIARIES.contains(&s.word(w)) {
            return None;
        }
    }
    // The nearest cue of saying: a time next to it dates the statement.
    let cue_distance = at
        .cues
        .iter()
        .map(|c| token_range(s.tokens, *c))
        .map(|(a, b)| {
            if b <= p.from {
                p.from - b + 1
            } else if a >= p.to {
                a - p.to + 1
            } else {
                0
            }
        })
        .min();
    // Where the time lies against the statement: a past time is not the
    // date of an event still to come, nor a time to come that of one done.
    let (base, lo, hi) = place(p, s, at);
    let offset = match (base, at.reference) {
        (Anchor::Reference(_), _) => Some((lo, hi)),
        (_, Some(r)) => Some((lo - days(r), hi - days(r))),
        _ => None,
    };
    for (k, m) in mentions.iter().enumerate() {
        if dated.get(k).copied().unwrap_or(false) {
            continue;
        }
        let verb = m.dating_verb();
        let anchor = verb.unwrap_or(m.at);
        let distance = if anchor < p.from {
            p.from - anchor
        } else if anchor >= p.to {
            // ("lifted off on May 20, and docked two days later": a verb
            // after "and" opens a clause of its own.)
            let coordinated =
                m.verbal && (p.to..anchor).any(|j| matches!(s.word(j), "and" | "but"));
            (anchor - p.to) + 2 + if coordinated { 10 } else { 0 }
        } else {
            continue;
        };
        // (A noun's short modifier may stand between: "its arrival in port
        // on Feb. 12".)
        let close_noun = m.at < p.from
            && (p.from - m.at <= 2
                || p.from - m.at <= 4
                    && matches!(s.word(m.at + 1), "in" | "at" | "of" | "to" | "from")
                    && (m.at + 2..p.from).all(|j| {
                        s.tokens[j].is_word()
                            && !is_past_form(s.word(j))
                            && !AUXILIARIES.contains(&s.word(j))
                    }));
        if !m.verbal && verb.is_none() && !close_noun {
            continue;
        }
        // Not across a clause break between them, unless the noun is the
        // subject of its verb ("The strike, which …, began on").
        let (lo, hi) = if anchor < p.from {
            (anchor, p.from)
        } else {
            (p.to, anchor)
        };
        if (lo..hi).any(|j| s.tokens[j].is_punct(';')) {
            continue;
        }
        // Another verb between them has the time ("leaked in February,
        // before being released").
        let own = m.at..m.at + 1;
        let verb_phrase = verb.map_or(0..0, |v| v..v + 4);
        if (lo + 1..hi).any(|j| {
            !own.contains(&j)
                && !verb_phrase.contains(&j)
                && Some(j) != verb
                && is_past_form(s.word(j))
                && !s.word(j).contains('-')
                && !AUXILIARIES.contains(&s.word(j))
        }) {
            continue;
        }
        // (The statement's own mention is the cue: its date is its own.)
        let statement = m.key.starts_with(STATEMENT);
        if distance > 12 || !statement && cue_distance.is_some_and(|c| c < distance) {
            continue;
        }
        match (m.mode, offset) {
            (Mode::ToCome, Some((_, hi))) if hi < 0 && m.aspect != Aspect::End => continue,
            (Mode::Done, Some((lo, _))) if lo > 0 => continue,
            _ => {}
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((k, distance));
        }
    }
    best.map(|(k, _)| k)
}
