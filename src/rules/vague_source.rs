//! `vague-source`: a claim attributed without naming anyone — "reportedly",
//! "it is understood", "according to reports", "sources said", "officials
//! said" with no organisation.

use super::check::Check;
use super::check::Rule;
use super::context::Context;
use super::finding::Finding;
use super::rule::RuleDef;
use super::rule::{Category, Example, NoParams, RuleMeta, Severity};

pub struct VagueSource;

impl Rule for VagueSource {
    const META: RuleMeta = RuleMeta {
        id: "vague-source",
        kind: "vague-source",
        category: Category::Attribution,
        severity: Severity::Warning,
        description:
            "A claim attributed without naming anyone: \"reportedly\", \"it is understood\", \
            \"according to reports\", or a speaker with no name and no organisation \
            (\"sources said\", \"officials said\", \"a source said\"). The cues are listed \
            in cues.toml (vague_cues, unnamed_heads).",
        example: Example {
            fires: "One group reportedly made a final stand in an orchard.",
            passes: "One group made a final stand in an orchard, the army said.",
            date: None,
        },
    };

    type Params = NoParams;

    fn new(_: NoParams) -> Result<Self, String> {
        Ok(VagueSource)
    }
}

impl Check for VagueSource {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        for claim in ctx.claims {
            let Some(a) = claim.attribution(ctx.attributions) else {
                continue;
            };
            if !a.vague || a.inherited {
                continue;
            }
            let cue = ctx.doc.clean_text(a.cue);
            let message = match a.source_span {
                Some(span) => format!(
                    "\"{}\" {cue} this, but names no one: who are they, and whom do they speak for?",
                    ctx.doc.clean_text(span)
                ),
                None => format!("\"{cue}\" attributes this to no one: who reports it?"),
            };
            let mut finding = Finding::new(rule, message).with_span(
                a.source_span.map_or(a.cue, |s| s.cover(a.cue)),
                "vague source".to_string(),
            );
            if !a.content.contains(a.cue) {
                finding = finding.with_span(a.content, "the claim".to_string());
            }
            out.push(
                finding
                    .with_claims([claim.id.clone()])
                    .with_sources(a.source.map(|s| ctx.attributions.sources[s].id.clone())),
            );
        }
    }
}
