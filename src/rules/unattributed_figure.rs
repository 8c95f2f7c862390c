//! `unattributed-figure`: a figure that nobody is said to have given.
//!
//! The headline counts like any sentence. A figure is taken for the article's
//! own reporting of a documented fact, and left alone, when:
//! - the same figure (same interval, same unit) is attributed elsewhere in
//!   the article — the headline restating a sourced figure is fine;
//! - an earlier sentence of the same paragraph is attributed (to a named
//!   source, or vaguely, or to a pronoun the `ambiguous-source` rule already
//!   questions): news writing lets one attribution carry through its paragraph;
//! - it is a small count below ten with no unit ("two passages", "three
//!   women"), which describes rather than asserts a tally;
//! - it is a measurement (a length, an area, a weight: "125 miles south of
//!   Dhaka"), a count of a matter of record (the rule's `record_subjects`:
//!   goals, runs, laps …), or a bare number that counts nothing named and is
//!   not an estimate ("68 off 52 balls").
//!
//! Claims with a vague source ("reportedly") are `vague-source`'s, not this
//! rule's.

use rustc_hash::FxHashMap as HashMap;

use super::check::Check;
use super::check::Rule;
use super::context::Context;
use super::finding::{Finding, Labeled};
use super::rule::RuleDef;
use super::rule::{Category, Example, RuleMeta, Severity};
use crate::attribution::CueKind;
use crate::claims::Claim;
use crate::expressions::Quantity;
use serde::Deserialize;

pub struct UnattributedFigure {
    params: Params,
}

/// The same figure: the same interval and unit, counting the same thing
/// when both say what they count.
fn same_figure(a: &Quantity, b: &Quantity) -> bool {
    a.low == b.low
        && a.high == b.high
        && a.unit == b.unit
        && (a.subject.is_none() || b.subject.is_none() || a.subject == b.subject)
}

fn is_small_count(q: &Quantity) -> bool {
    q.unit.is_none() && q.high.is_some_and(|h| h < 10.0)
}

/// Money and shares are claims; lengths, areas and weights are measurements
/// ("125 miles south of Dhaka", "a 27 km ring"), facts of record.
fn is_measurement(q: &Quantity) -> bool {
    q.unit.as_deref().is_some_and(|u| {
        !matches!(u, "percent" | "USD" | "EUR" | "GBP" | "JPY")
            && !u.chars().all(|c| c.is_ascii_uppercase())
    })
}

/// Whether a figure is a claim that wants a source: money, a share, a count
/// of something that is not a matter of record, or an estimate.
fn wants_a_source(q: &Quantity, params: &Params) -> bool {
    if is_small_count(q) || is_measurement(q) {
        return false;
    }
    if q.unit.is_some() {
        return true;
    }
    match &q.subject {
        Some(s) => !params
            .record_subjects
            .iter()
            .any(|r| r.eq_ignore_ascii_case(s)),
        // A bare number ("68 off 52 balls", "five for 34") counts nothing named.
        None => q.approximate && q.hedge.is_some(),
    }
}

impl UnattributedFigure {
    fn attributed(ctx: &Context, claim: &Claim) -> bool {
        claim
            .attribution(ctx.attributions)
            .is_some_and(|a| a.source.is_some() || a.vague || a.unresolved.is_some())
    }
}

/// What the rule needs to know of the whole article, gathered in one pass so
/// that each claim is judged in constant time.
struct Overview<'a> {
    /// A sentence with an attributed claim.
    sentence_attributed: Vec<bool>,
    /// Per paragraph, the first sentence attributed other than as a stance.
    paragraph_first: Vec<Option<usize>>,
    /// The figures of attributed claims, by interval and unit.
    attributed_figures: HashMap<FigureKey<'a>, Vec<&'a Quantity>>,
}

type FigureKey<'a> = (Option<u64>, Option<u64>, Option<&'a str>);

fn key(q: &Quantity) -> FigureKey<'_> {
    (
        q.low.map(f64::to_bits),
        q.high.map(f64::to_bits),
        q.unit.as_deref(),
    )
}

impl<'a> Overview<'a> {
    fn of(ctx: &'a Context) -> Overview<'a> {
        let doc = ctx.doc;
        let mut sentence_attributed = vec![false; doc.sentences.len()];
        let mut attributed_figures: HashMap<FigureKey, Vec<&Quantity>> = HashMap::default();
        for c in ctx.claims {
            if UnattributedFigure::attributed(ctx, c) {
                sentence_attributed[c.sentence] = true;
                for q in &c.quantities {
                    attributed_figures.entry(key(q)).or_default().push(q);
                }
            }
        }
        let paragraphs = doc
            .sentences
            .iter()
            .map(|s| s.paragraph + 1)
            .max()
            .unwrap_or(0);
        let mut paragraph_first: Vec<Option<usize>> = vec![None; paragraphs];
        for a in &ctx.attributions.items {
            if a.kind != CueKind::Stance
                && (a.source.is_some() || a.vague || a.unresolved.is_some())
            {
                let p = doc.sentences[a.sentence].paragraph;
                let first = &mut paragraph_first[p];
                *first = Some(first.map_or(a.sentence, |f| f.min(a.sentence)));
            }
        }
        Overview {
            sentence_attributed,
            paragraph_first,
            attributed_figures,
        }
    }

    /// An earlier sentence of the claim's paragraph names who says it.
    fn paragraph_attributed(&self, ctx: &Context, claim: &Claim) -> bool {
        let p = ctx.doc.sentences[claim.sentence].paragraph;
        self.paragraph_first[p].is_some_and(|first| first < claim.sentence)
    }
}

/// `unattributed-figure`'s parameters.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Params {
    /// Counted nouns that are matters of record, not claims (sports
    /// statistics: "goals", "runs", "laps"): a figure counting one needs no
    /// source.
    pub record_subjects: Vec<String>,
}

impl Rule for UnattributedFigure {
    const META: RuleMeta = RuleMeta {
        id: "unattributed-figure",
        kind: "unattributed-figure",
        category: Category::Attribution,
        severity: Severity::Warning,
        description: "A figure (a count, an amount of money, a share) that nobody is said to have \
            given — the headline included. Left alone: a figure attributed elsewhere in the \
            article (the headline may restate a sourced figure), a sentence in a paragraph \
            whose earlier sentence names its source (the attribution carries through the \
            paragraph), counts below ten with no unit, measurements (lengths, areas, \
            weights), counts of matters of record (record_subjects: sports statistics and \
            the like), and bare numbers that count nothing named unless hedged.",
        example: Example {
            fires: "More than 150 militants handed themselves over on Tuesday.",
            passes: "More than 150 militants handed themselves over on Tuesday, the army said.",
            date: None,
        },
    };

    type Params = Params;

    fn new(params: Params) -> Result<Self, String> {
        Ok(UnattributedFigure { params })
    }
}

impl Check for UnattributedFigure {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        // Most short articles state no figure: they need no overview.
        if ctx.claims.iter().all(|c| c.quantities.is_empty()) {
            return;
        }
        let overview = Overview::of(ctx);
        // Claims are one per attribution; a sentence is judged once, by all of them.
        for claim in ctx.claims {
            if overview.sentence_attributed[claim.sentence]
                || overview.paragraph_attributed(ctx, claim)
            {
                continue;
            }
            let figures: Vec<&Quantity> = claim
                .quantities
                .iter()
                .filter(|q| wants_a_source(q, &self.params))
                .filter(|q| {
                    !overview
                        .attributed_figures
                        .get(&key(q))
                        .is_some_and(|list| list.iter().any(|o| same_figure(o, q)))
                })
                .collect();
            if figures.is_empty() {
                continue;
            }
            let shown: Vec<String> = figures
                .iter()
                .map(|q| format!("\"{}\"", ctx.doc.clean_text(q.span)))
                .collect();
            let what = if ctx.doc.sentences[claim.sentence].paragraph == 0 && claim.sentence == 0 {
                "the headline states"
            } else {
                "the article states"
            };
            out.push(
                Finding::new(
                    rule,
                    format!(
                        "{what} {} without saying who gives {}",
                        shown.join(" and "),
                        if figures.len() == 1 {
                            "the figure"
                        } else {
                            "these figures"
                        }
                    ),
                )
                .with_labeled(figures.iter().map(|q| Labeled {
                    span: q.span,
                    label: "no source named".to_string(),
                    article: 0,
                    foreign: None,
                }))
                .with_claims(vec![claim.id.clone()]),
            );
        }
    }
}
