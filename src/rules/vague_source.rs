//! `vague-source`: a claim attributed without naming anyone — "reportedly",
//! "it is understood", "according to reports", "sources said", "officials
//! said" with no organisation.

use super::{Check, Context, Finding, Labeled, RuleDef};

pub struct VagueSource;

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
            let mut spans = vec![Labeled {
                span: a.source_span.map_or(a.cue, |s| s.cover(a.cue)),
                label: "vague source".to_string(),
                article: 0,
                foreign: None,
            }];
            if !a.content.contains(a.cue) {
                spans.push(Labeled {
                    span: a.content,
                    label: "the claim".to_string(),
                    article: 0,
                    foreign: None,
                });
            }
            out.push(Finding {
                rule: rule.id.clone(),
                category: rule.category,
                severity: rule.severity,
                message,
                spans,
                claims: vec![claim.id.clone()],
                sources: a
                    .source
                    .map(|s| ctx.attributions.sources[s].id.clone())
                    .into_iter()
                    .collect(),
                fingerprint: String::new(),
                constraints: Vec::new(),
            });
        }
    }
}
