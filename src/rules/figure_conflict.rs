//! `figure-conflict`: two claims give figures for the same measure that
//! cannot both hold.
//!
//! Candidates come from the graph: figures with a `counts` edge into the same
//! subject node (or a subject and its broader class). A pair is one measure
//! when the figures share a unit and their modifiers, neither is a part of
//! another ("including 16 children"), the sentences name no different days,
//! and either the same event class ties them and the sentences share a name
//! or some content, or the sentences say nearly the same thing apart from the
//! figure (`min_overlap` of the shorter one's content words). A figure the
//! other sentence also states in a compatible form is left alone: that
//! sentence may just give two figures. Approximate figures are widened first
//! (a hedge's interval, else `margin` on each side of a round figure).

use rustc_hash::FxHashSet as HashSet;

use super::check::Check;
use super::check::Rule;
use super::context::{claim_id, named_source, text_in, who_at, Context};
use super::finding::Finding;
use super::rule::{Category, Example, RuleMeta, Severity};
use super::rule::{RuleDef, Scope};
use crate::graph::comparison::{
    comparable_fields, disjoint, interval, same_context_or_accounts, same_markers,
};
use crate::graph::text::containment;
use crate::graph::{ClaimGraph, Figure, Measure};
use serde::Deserialize;

pub struct FigureConflict {
    params: Params,
}

/// The conflicting figures kept per figure, the closest first.
const MAX_PARTNERS: usize = 16;

/// `figure-conflict`'s parameters.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Params {
    /// How much of the shorter sentence's content words the other must
    /// share for two figures to be one measure when no event class ties
    /// them (0 to 1).
    pub min_overlap: f64,
    /// How far a round figure written without a hedge is widened on each
    /// side (0.05 = 5%).
    pub margin: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            min_overlap: 0.6,
            margin: 0.05,
        }
    }
}

impl Rule for FigureConflict {
    const META: RuleMeta = RuleMeta {
        id: "figure-conflict",
        kind: "figure-conflict",
        category: Category::Figure,
        severity: Severity::Warning,
        description:
            "Two claims give figures for the same measure that cannot both hold: the same \
            subject class (militants / fighters / jihadists) counted for the same event \
            class, or two sentences that say nearly the same thing apart from the figure. \
            An approximate figure is widened first (its hedge's interval, else `margin` on \
            each side of a round figure), so \"more than 5,000 troops\" and \"5,200 \
            troops\" agree while \"50,000 pages\" and \"55,000 pages\" do not. A count of a \
            broader class may not be smaller than a count of a class it includes (\"28 \
            people died\" against \"more than 50 civilians were killed\"). Left alone: \
            parts of a whole (\"including 16 children\"), figures with another modifier \
            (\"12 original members\" and \"16 members\"), counts of different days, and a \
            sentence that also gives the other's figure. The severity is raised to error \
            when two named sources disagree; the message names each source and its figure.",
        example: Example {
            fires: "The bombings killed more than 180 people, officials said. The bombings \
                killed 63 people, the ministry said.",
            passes: "More than 5,000 troops were deployed to the region, officials said. The \
                ministry said 5,200 troops were deployed to the region.",
            date: None,
        },
    };

    type Params = Params;

    fn new(params: Params) -> Result<Self, String> {
        Ok(FigureConflict { params })
    }
}

impl Check for FigureConflict {
    fn scope(&self) -> Scope {
        Scope::Graph
    }

    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        let g = ctx.graph;
        // Every conflict is of two figures: most short articles have fewer,
        // and need no pairs sought.
        if g.figures.len() < 2 {
            return;
        }
        let margin = self.params.margin;
        let min_overlap = self.params.min_overlap;
        let pairs = g.figure_pairs().map(|(a, b)| (a, b, false)).chain(
            g.figures_across_classes()
                .into_iter()
                .map(|(n, b)| (n, b, true)),
        );
        let mut reported: HashSet<((usize, usize), (usize, usize))> = HashSet::default();
        // A figure takes part in one finding at most: an article that gives a
        // figure a hundred times over gets a hundred findings, not ten
        // thousand.
        let mut used: HashSet<usize> = HashSet::default();
        let mut conflicts: Vec<(f64, usize, usize, bool)> = Vec::new();
        // The conflicts of one figure with those after it, of which the
        // closest `MAX_PARTNERS` are kept (the pairs of a figure come
        // together): a figure that disagrees with hundreds is reported once
        // anyway, and text dense in one subject's figures stays linear in
        // memory.
        let mut partners: Vec<(f64, usize, usize, bool)> = Vec::new();
        let keep = |partners: &mut Vec<(f64, usize, usize, bool)>,
                    conflicts: &mut Vec<(f64, usize, usize, bool)>| {
            partners.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
            conflicts.extend(partners.drain(..).take(MAX_PARTNERS));
        };
        // Which figures stand in a sentence that compares figures (read once).
        let comparing: Vec<bool> = g.figures.iter().map(|f| compares(g, f)).collect();
        for (a, b, nested) in pairs {
            if partners.first().is_some_and(|p| (p.1, p.3) != (a, nested)) {
                keep(&mut partners, &mut conflicts);
            }
            let (fa, fb) = (&g.figures[a], &g.figures[b]);
            // Dates of one event are the timeline rule's.
            if fa.measure == Measure::Date {
                continue;
            }
            // The cheap tests first (every test must pass, so their order
            // changes nothing but the time): most pairs of a subject agree on
            // the figure, and need not have their sentences read for markers
            // or compared.
            if !comparable_fields(fa, fb) {
                continue;
            }
            if nested && fa.event != fb.event {
                continue;
            }
            // Another adjective on the counted noun is another measure
            // ("three elderly people" against "four people").
            if !nested && fa.np_words != fb.np_words {
                continue;
            }
            let (ia, ib) = (interval(fa, margin), interval(fb, margin));
            let conflict = if nested {
                // The broader count may not be smaller than the narrower one.
                ib.1 < ia.0
            } else {
                disjoint(ia, ib)
            };
            if !conflict {
                continue;
            }
            // A sentence that gives two figures of the measure compares them
            // ("$98,000, compared with females' $93,000"); another sentence
            // of the same shape compares other things.
            if !nested && (comparing[a] || comparing[b]) {
                continue;
            }
            // The sentences' markers, then the figures beside each figure,
            // then their words: each read only when the cheaper tests pass.
            if !same_markers(g, fa, fb)
                || restated(g, fa, fb, margin)
                || restated(g, fb, fa, margin)
            {
                continue;
            }
            let accounts = || {
                matches!(
                    (
                        fa.claim.and_then(|c| named_source(ctx, fa.article, c)),
                        fb.claim.and_then(|c| named_source(ctx, fb.article, c)),
                    ),
                    (Some(x), Some(y)) if x.1 != y.1
                )
            };
            if !same_context_or_accounts(g, fa, fb, min_overlap, accounts) {
                continue;
            }
            partners.push((containment(g.frame(fa), g.frame(fb)), a, b, nested));
        }
        keep(&mut partners, &mut conflicts);
        // The closest pairs first: a figure that disagrees with several is
        // reported beside the sentence most like its own.
        conflicts.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
        for (_, a, b, nested) in conflicts {
            if used.contains(&a) || used.contains(&b) {
                continue;
            }
            let (fa, fb) = (&g.figures[a], &g.figures[b]);
            let (x, y) = ((fa.article, fa.sentence), (fb.article, fb.sentence));
            if !reported.insert((x.min(y), x.max(y))) {
                continue;
            }
            used.insert(a);
            used.insert(b);
            out.push(finding(rule, ctx, fa, fb, nested));
        }
    }
}

/// Whether the sentence of a count gives another count of its subject, or
/// another amount or share in its unit ("54% …, compared to only 18%").
fn compares(g: &ClaimGraph, f: &Figure) -> bool {
    f.measure == Measure::Count
        && g.figures_in(f.article, f.sentence).any(|x| {
            (x.subject == f.subject || f.unit.is_some())
                && x.unit == f.unit
                && x.measure == f.measure
                && x.span != f.span
                && (x.low, x.high) != (f.low, f.high)
        })
}

/// Whether the sentence of `other` also gives a figure compatible with `f`
/// for the same subject: then the two sentences need not disagree.
fn restated(g: &ClaimGraph, f: &Figure, other: &Figure, margin: f64) -> bool {
    g.figures_in(other.article, other.sentence).any(|x| {
        x.subject == f.subject
            && x.measure == f.measure
            && x.unit == f.unit
            && !disjoint(interval(x, margin), interval(f, margin))
    })
}

fn finding(rule: &RuleDef, ctx: &Context, fa: &Figure, fb: &Figure, nested: bool) -> Finding {
    let who_a = who_at(ctx, fa.article, fa.claim);
    let who_b = who_at(ctx, fb.article, fb.claim);
    let what = |f: &Figure| {
        let text = text_in(ctx, f.article, f.span);
        match (&f.noun, f.measure) {
            (Some(n), Measure::Count) if !text.to_lowercase().contains(n.as_str()) => {
                format!("{text} {n}")
            }
            _ => text,
        }
    };
    let (wa, wb) = (what(fa), what(fb));
    let (sa, sb) = (
        fa.claim.and_then(|c| named_source(ctx, fa.article, c)),
        fb.claim.and_then(|c| named_source(ctx, fb.article, c)),
    );
    // Two named sources that disagree are a harder conflict than an
    // unsourced figure against a sourced one.
    let severity = match (&sa, &sb) {
        (Some(x), Some(y)) if x.1 != y.1 => Severity::Error.max(rule.severity),
        _ => rule.severity,
    };
    let measure = match fa.measure {
        Measure::Date => "dates".to_string(),
        Measure::Duration => "lengths of time".to_string(),
        Measure::Count if nested => "counts (one includes the other)".to_string(),
        Measure::Count => match &fa.noun {
            Some(n) => format!("figures for {n}"),
            None => "figures".to_string(),
        },
    };
    let message = format!(
        "conflicting {measure}: {who_a} gives \"{wa}\", {who_b} gives \"{wb}\"; both cannot hold"
    );
    Finding::new(rule, message)
        .with_severity(severity)
        .with_span_in(fa.article, fa.span, format!("{who_a}: {wa}"))
        .with_span_in(fb.article, fb.span, format!("{who_b}: {wb}"))
        .with_claims(
            [
                claim_id(ctx, fa.article, fa.claim),
                claim_id(ctx, fb.article, fb.claim),
            ]
            .into_iter()
            .flatten(),
        )
        .with_sources([sa, sb].into_iter().flatten().map(|s| s.0))
}
