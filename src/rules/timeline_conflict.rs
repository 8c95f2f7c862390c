//! `timeline-conflict`: times that cannot all hold for one event or period.
//!
//! Three checks over the claim graph:
//! - one event on two dates: two sentences that say the same thing (the
//!   shorter one's content words nearly all in the other, `min_overlap`,
//!   at least 0.8) with dates that do not overlap ("disbanded in March 1946" /
//!   "disbanded in March 1947"); a sentence that also states the other's
//!   date is left alone;
//! - still to come and already done: an event of one class stated as
//!   prospective ("are preparing to evacuate civilians") and as done on a
//!   day no earlier than the prospective statement's ("civilians left on
//!   Wednesday"), with a participant in common;
//! - an ending expected at a time that has passed ("hoping to make last
//!   week") while a period that mentions its end "has lasted" up to the
//!   reference date ("more than a week"): the expected end falls inside a
//!   period the article says is still going on.
//!
//! A weekday that does not match its date is the `weekday-date` rule.

use rustc_hash::FxHashSet as HashSet;

use chrono::{Days, NaiveDate};

use super::figure_conflict::{disjoint, interval, same_context, same_markers, same_measure_fields};
use super::{
    claim_id, sources_of, text_in, who_at, Check, Context, Finding, Labeled, RuleDef, Scope,
};
use crate::expressions::TimeKind;
use crate::graph::text::containment;
use crate::graph::{Measure, Mode};

pub struct TimelineConflict;

impl Check for TimelineConflict {
    fn scope(&self) -> Scope {
        Scope::Graph
    }

    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        one_event_two_dates(rule, ctx, out);
        to_come_and_done(rule, ctx, out);
        expected_end_in_ongoing_period(rule, ctx, out);
    }
}

fn label(
    ctx: &Context,
    article: usize,
    claim: Option<usize>,
    span: crate::document::Span,
) -> String {
    format!(
        "{}: {}",
        who_at(ctx, article, claim),
        text_in(ctx, article, span)
    )
}

fn finding(
    rule: &RuleDef,
    ctx: &Context,
    message: String,
    parts: &[(usize, Option<usize>, crate::document::Span)],
) -> Finding {
    Finding {
        rule: rule.id.clone(),
        category: rule.category,
        severity: rule.severity,
        message,
        spans: parts
            .iter()
            .map(|&(a, c, span)| Labeled {
                span,
                label: label(ctx, a, c, span),
                article: a,
                foreign: None,
            })
            .collect(),
        claims: parts
            .iter()
            .filter_map(|&(a, c, _)| claim_id(ctx, a, c))
            .collect(),
        sources: sources_of(ctx, parts.iter().map(|&(a, c, _)| (a, c))),
        fingerprint: String::new(),
    }
}

fn one_event_two_dates(rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
    let g = ctx.graph;
    // A pair is of two dates (`same_measure_fields` holds the second to
    // the first's measure): most articles have fewer, and are spared
    // walking the pairs of every subject.
    if g.figures
        .iter()
        .filter(|f| f.measure == Measure::Date)
        .nth(1)
        .is_none()
    {
        return;
    }
    let min_overlap = rule.min_overlap.unwrap_or(0.8).max(0.8);
    let mut seen: HashSet<((usize, usize), (usize, usize))> = HashSet::default();
    // A date takes part in one finding at most (see figure-conflict).
    let mut used: HashSet<usize> = HashSet::default();
    let mut conflicts: Vec<(f64, usize, usize)> = Vec::new();
    for (a, b) in g.figure_pairs() {
        let (fa, fb) = (&g.figures[a], &g.figures[b]);
        // The same statement with another date, or one event of one named
        // thing ("Wundt was born …") on two dates.
        let tied = fa.event.is_some()
            && fa.event == fb.event
            && fa.actor.is_some()
            && fa.actor == fb.actor;
        // The cheap tests first; every one must pass. (A sentence that also
        // states the other's date, `restated`, agrees with it on a date, so
        // `shares_a_date` answers for it.)
        if fa.measure != Measure::Date
            || !same_measure_fields(fa, fb)
            || !disjoint(interval(fa, 0.0), interval(fb, 0.0))
            || shares_a_date(g, fa, fb)
            || !same_markers(g, fa, fb)
            || !(tied || same_context(g, fa, fb, min_overlap))
        {
            continue;
        }
        conflicts.push((containment(g.frame(fa), g.frame(fb)), a, b));
    }
    // The closest pairs first (see figure-conflict).
    conflicts.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    for (_, a, b) in conflicts {
        if used.contains(&a) || used.contains(&b) {
            continue;
        }
        let (fa, fb) = (&g.figures[a], &g.figures[b]);
        if !seen.insert(((fa.article, fa.sentence), (fb.article, fb.sentence))) {
            continue;
        }
        used.insert(a);
        used.insert(b);
        let (ta, tb) = (
            text_in(ctx, fa.article, fa.span),
            text_in(ctx, fb.article, fb.span),
        );
        out.push(finding(
            rule,
            ctx,
            format!(
                "one event, two dates: {} says \"{ta}\", {} says \"{tb}\"",
                who_at(ctx, fa.article, fa.claim),
                who_at(ctx, fb.article, fb.claim)
            ),
            &[
                (fa.article, fa.claim, fa.span),
                (fb.article, fb.claim, fb.span),
            ],
        ));
    }
}

/// Whether the two sentences agree on some date: then their other dates
/// are of other events.
fn shares_a_date(
    g: &crate::graph::ClaimGraph,
    a: &crate::graph::Figure,
    b: &crate::graph::Figure,
) -> bool {
    let dates = |f: &crate::graph::Figure| {
        g.figures_in(f.article, f.sentence)
            .filter(|x| x.measure == Measure::Date)
            .map(|x| (x.low, x.high))
    };
    dates(a).any(|p| dates(b).any(|q| !disjoint(p, q)))
}

fn to_come_and_done(rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
    let g = ctx.graph;
    // Most articles state nothing as still to come: they are spared the
    // events by class.
    if !g
        .events
        .iter()
        .any(|m| m.mode == Mode::Prospective && !m.negated)
    {
        return;
    }
    for (_, mentions) in g.events_by_class() {
        let to_come: Vec<_> = mentions
            .iter()
            .map(|&k| &g.events[k])
            .filter(|m| m.mode == Mode::Prospective && !m.negated)
            .collect();
        for p in to_come {
            let dated = ctx.articles[p.article].reference.is_some();
            let when = p.time.map(|t| t.0).unwrap_or(g.references[p.article]);
            // Without a reference date a weekday may be any day of the last
            // week: a day named that way counts as the same week.
            let earliest = if dated || p.time.is_some() {
                when
            } else {
                when.checked_sub_days(Days::new(6)).unwrap_or(when)
            };
            let done = mentions.iter().map(|&k| &g.events[k]).find(|d| {
                d.mode == Mode::Done
                    && !d.negated
                    && (d.article, d.sentence) != (p.article, p.sentence)
                    && d.time
                        .is_some_and(|t| t.2 == TimeKind::Date && t.1 >= earliest)
                    // Last: the participants are read on first use.
                    && g.participants(d)
                        .iter()
                        .any(|x| g.participants(p).contains(x))
            });
            let Some(d) = done else { continue };
            let done_time = d.time.expect("checked");
            let (tp, td) = (
                text_in(ctx, p.article, p.span),
                text_in(ctx, d.article, d.span),
            );
            out.push(finding(
                rule,
                ctx,
                format!(
                    "still to come and already done: {} says \"{tp}\", {} says \"{td}\" {}",
                    who_at(ctx, p.article, p.claim),
                    who_at(ctx, d.article, d.claim),
                    text_in(ctx, d.article, done_time.3)
                ),
                &[
                    (p.article, p.claim, p.span),
                    (d.article, d.claim, d.span.cover(done_time.3)),
                ],
            ));
        }
    }
}

/// How many periods on each side of an expected end are weighed, nearest
/// first: the one reported is the nearest that conflicts, and a text that
/// repeats a period thousands of times is not read once per expected end.
const NEAREST_PERIODS: usize = 64;

/// Each expected end is reported once, against the nearest period (in
/// sentences) that it falls inside: an article that repeats both a thousand
/// times gets a thousand findings, not a million.
fn expected_end_in_ongoing_period(rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
    let g = ctx.graph;
    let mut periods: Vec<&crate::graph::Ongoing> =
        g.ongoing.iter().filter(|o| o.mentions_end).collect();
    periods.sort_by_key(|o| (o.article, o.sentence));
    for e in &g.expected_ends {
        let reference = g.references[e.article];
        let dated = ctx.articles[e.article].reference.is_some();
        let conflicts = |o: &crate::graph::Ongoing| {
            if o.article != e.article || o.sentence == e.sentence {
                return false;
            }
            // The period began more than `min_days` before the reference
            // date and goes on; the expected end lies inside it.
            let began_by = reference
                .checked_sub_days(Days::new(o.min_days.max(0.0) as u64))
                .unwrap_or(NaiveDate::MIN);
            e.time.1 < reference
                && e.time.1
                    >= began_by
                        .checked_sub_days(Days::new(7))
                        .unwrap_or(NaiveDate::MIN)
        };
        let at = periods.partition_point(|o| (o.article, o.sentence) < (e.article, e.sentence));
        let before = periods[..at]
            .iter()
            .rev()
            .take(NEAREST_PERIODS)
            .copied()
            .find(|o| conflicts(o));
        let after = periods[at..]
            .iter()
            .take(NEAREST_PERIODS)
            .copied()
            .find(|o| conflicts(o));
        let distance = |o: &crate::graph::Ongoing| o.sentence.abs_diff(e.sentence);
        let o = match (before, after) {
            (Some(b), Some(a)) if distance(a) < distance(b) => a,
            (Some(b), _) => b,
            (None, Some(a)) => a,
            (None, None) => continue,
        };
        out.push(finding(
                rule,
                ctx,
                format!(
                    "an end expected \"{}\"{} has passed, yet \"{}\" says the period is still going on{}: check which time is right",
                    e.text,
                    if dated {
                        format!(" ({} to {})", e.time.0.format("%B %-d"), e.time.1.format("%B %-d"))
                    } else {
                        String::new()
                    },
                    o.text,
                    if dated {
                        format!(" as of {}", reference.format("%B %-d, %Y"))
                    } else {
                        String::new()
                    },
                ),
                &[(e.article, e.claim, e.span), (o.article, o.claim, o.span)],
            ));
    }
}
