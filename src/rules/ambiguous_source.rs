//! `ambiguous-source`: a pronoun speaker ("They said …", "He said …") with
//! no single person or group it can stand for.

use super::{Check, Context, Finding, Labeled, RuleDef};

pub struct AmbiguousSource;

impl Check for AmbiguousSource {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        for claim in ctx.claims {
            let Some(a) = claim.attribution(ctx.attributions) else {
                continue;
            };
            let (Some(u), Some(span)) = (&a.unresolved, a.source_span) else {
                continue;
            };
            if a.inherited {
                continue;
            }
            let message = if u.candidates.is_empty() {
                format!(
                    "\"{} {}\": nobody named before could be \"{}\"",
                    u.pronoun,
                    ctx.doc.clean_text(a.cue),
                    u.pronoun
                )
            } else {
                format!(
                    "\"{} {}\": \"{}\" could be {}; name the source",
                    u.pronoun,
                    ctx.doc.clean_text(a.cue),
                    u.pronoun,
                    u.candidates.join(", or ")
                )
            };
            out.push(Finding {
                rule: rule.id.clone(),
                category: rule.category,
                severity: rule.severity,
                message,
                spans: vec![Labeled {
                    span: span.cover(a.cue),
                    label: "who?".to_string(),
                }],
                claims: vec![claim.id.clone()],
                sources: u
                    .candidate_sources
                    .iter()
                    .map(|&s| ctx.attributions.sources[s].id.clone())
                    .collect(),
                fingerprint: String::new(),
            });
        }
    }
}
