//! `figure-spread`: one subject class counted for related events (those who
//! surrendered, those who left, those who remain) with figures far apart:
//! "more than 150 militants handed over" against "around 300 remaining
//! militants" against "several fighters". Not a proof of error, so a warning
//! that lists every figure for the editor to review.
//!
//! Only subjects and events of the lexicon take part (`lexicon/events.toml`:
//! subject classes, event classes and their `related` groups); the figures
//! must come from at least two event classes of one group, two of them must
//! exclude each other, and the largest must be `min_ratio` times the
//! smallest.

use super::check::Check;
use super::check::Rule;
use super::context::{claim_id, sources_of, text_in, who_at, Context};
use super::finding::{Finding, Labeled};
use super::rule::{Category, Example, RuleMeta, Severity};
use super::rule::{RuleDef, Scope};
use crate::graph::comparison::interval;
use crate::graph::{Figure, Measure};
use serde::Deserialize;

pub struct FigureSpread {
    params: Params,
}

/// A figure's middle: the geometric mean of its bounds, or its one bound.
fn middle(f: &Figure) -> Option<f64> {
    match (f.low.is_finite(), f.high.is_finite()) {
        (true, true) if f.low > 0.0 => Some((f.low * f.high).sqrt()),
        (true, _) if f.low > 0.0 => Some(f.low),
        (false, true) if f.high > 0.0 => Some(f.high),
        _ => None,
    }
}

/// `figure-spread`'s parameters.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Params {
    /// How many times larger the largest figure must be than the smallest.
    pub min_ratio: f64,
    /// How far a round figure written without a hedge is widened on each
    /// side (0.05 = 5%).
    pub margin: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            min_ratio: 3.0,
            margin: 0.05,
        }
    }
}

impl Rule for FigureSpread {
    const META: RuleMeta = RuleMeta {
        id: "figure-spread",
        kind: "figure-spread",
        category: Category::Figure,
        severity: Severity::Warning,
        description:
            "One subject class counted for related events (those who surrendered, those who \
            left, those who remain: the `related` groups of events.toml) with figures far \
            apart — the largest at least `min_ratio` times the smallest, two of them \
            exclusive. It lists every figure and who gives it, for the editor to check that \
            they fit together; it is not a proof of error.",
        example: Example {
            fires: "More than 150 militants handed themselves over on Monday. The remaining \
                militants, estimated at around 300, are holed up in the town. Several \
                fighters surrendered on Tuesday.",
            passes: "More than 150 militants handed themselves over on Monday. The remaining \
                militants, estimated at around 200, are holed up in the town.",
            date: None,
        },
    };

    type Params = Params;

    fn new(params: Params) -> Result<Self, String> {
        Ok(FigureSpread { params })
    }
}

impl Check for FigureSpread {
    fn scope(&self) -> Scope {
        Scope::Graph
    }

    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        let margin = self.params.margin;
        let min_ratio = self.params.min_ratio;
        let g = ctx.graph;
        for group in g.figures_by_subject() {
            let members: Vec<&Figure> = group
                .iter()
                .map(|&k| &g.figures[k])
                .filter(|f| {
                    f.measure == Measure::Count
                        && f.subject_class.is_some()
                        && f.event.is_some()
                        && !f.partial
                        && f.unit.is_none()
                        && middle(f).is_some()
                })
                .collect();
            let Some(first) = members.first() else {
                continue;
            };
            let first_event = first.event.expect("filtered");
            // Every event must be related to the first one's group.
            let members: Vec<&Figure> = members
                .iter()
                .copied()
                .filter(|f| {
                    let e = f.event.expect("filtered");
                    e == first_event || ctx.events.related(e, first_event)
                })
                .collect();
            let mut classes: Vec<usize> = members.iter().filter_map(|f| f.event).collect();
            classes.sort_unstable();
            classes.dedup();
            if classes.len() < 2 {
                continue;
            }
            let mids: Vec<f64> = members.iter().filter_map(|f| middle(f)).collect();
            let (lo, hi) = mids
                .iter()
                .fold((f64::INFINITY, 0.0f64), |(l, h), &m| (l.min(m), h.max(m)));
            // Two figures exclude each other when the smallest upper bound
            // lies below the largest lower bound.
            let intervals: Vec<(f64, f64)> = members.iter().map(|f| interval(f, margin)).collect();
            let lowest_high = intervals.iter().map(|i| i.1).fold(f64::INFINITY, f64::min);
            let highest_low = intervals
                .iter()
                .map(|i| i.0)
                .fold(f64::NEG_INFINITY, f64::max);
            let apart = lowest_high < highest_low;
            if hi < lo * min_ratio || !apart {
                continue;
            }
            let subject = ctx
                .events
                .subject_name(first.subject_class.expect("filtered"));
            let mut spans = Vec::new();
            let mut listed = Vec::new();
            let mut claims = Vec::new();
            for f in &members {
                let who = who_at(ctx, f.article, f.claim);
                let text = text_in(ctx, f.article, f.span);
                let noun = f.noun.clone().unwrap_or_default();
                let event = f.event.map(|e| ctx.events.event_name(e)).unwrap_or("");
                listed.push(format!("{who}: \"{text}\" {noun} ({event})"));
                spans.push(Labeled {
                    span: f.span,
                    label: format!("{who}: {text} {noun}"),
                    article: f.article,
                    foreign: None,
                });
                claims.extend(claim_id(ctx, f.article, f.claim));
            }
            claims.dedup();
            out.push(Finding::new(rule, format!(
                    "the figures for {subject} range from about {} to {}: {}; check that they fit together",
                    round(lo),
                    round(hi),
                    listed.join("; ")
                )).with_labeled(spans).with_claims(claims).with_sources(sources_of(ctx, members.iter().map(|f| (f.article, f.claim)))));
        }
    }
}

fn round(v: f64) -> String {
    if v >= 100.0 {
        format!("{:.0}", (v / 10.0).round() * 10.0)
    } else {
        format!("{:.0}", v)
    }
}
