//! `ambiguous-source`: a pronoun speaker ("They said …") with several people
//! or groups it could stand for, and nothing to choose between them.

use super::check::Check;
use super::check::Rule;
use super::context::Context;
use super::finding::Finding;
use super::rule::RuleDef;
use super::rule::{Category, Example, NoParams, RuleMeta, Severity};
use crate::attribution::CueKind;

pub struct AmbiguousSource;

impl Rule for AmbiguousSource {
    const META: RuleMeta = RuleMeta {
        id: "ambiguous-source",
        kind: "ambiguous-source",
        category: Category::Attribution,
        severity: Severity::Warning,
        description: "A pronoun speaker of a claim (\"They said …\") with several candidates and \
            nothing to choose between them: \"they\" with more than one plural or \
            organisational speaker or plural noun for people in the sentences before. The \
            finding names the candidates. A pronoun with no candidate is left alone (it may \
            be an expletive \"it\" or a person who is not a source), and so is the subject \
            of a stance (\"they want\").",
        example: Example {
            fires: "The ministry said troops had opened two passages for residents. They said \
                the trucks carried hundreds of people.",
            passes: "Western diplomats met the ministry on Monday. They said the trucks carried \
                hundreds of people.",
            date: None,
        },
    };

    type Params = NoParams;

    fn new(_: NoParams) -> Result<Self, String> {
        Ok(AmbiguousSource)
    }
}

impl Check for AmbiguousSource {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        for claim in ctx.claims {
            let Some(a) = claim.attribution(ctx.attributions) else {
                continue;
            };
            let (Some(u), Some(span)) = (&a.unresolved, a.source_span) else {
                continue;
            };
            // Only a claim of saying whose pronoun has two or more candidates:
            // with none, "it"/"he" may be an expletive or someone who is not a
            // source ("it seems", "he continues"), and a stance ("they want")
            // is not a quotation an editor must pin on someone.
            if a.inherited || u.candidates.len() < 2 || a.kind == CueKind::Stance {
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
            out.push(
                Finding::new(rule, message)
                    .with_span(span.cover(a.cue), "who?".to_string())
                    .with_claims([claim.id.clone()])
                    .with_sources(
                        u.candidate_sources
                            .iter()
                            .map(|&s| ctx.attributions.sources[s].id.clone()),
                    ),
            );
        }
    }
}
