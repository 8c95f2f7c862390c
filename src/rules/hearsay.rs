//! `hearsay`: a claim relayed through another source ("X cited its sources as
//! saying …", "X quoted a commander as saying …"): the article has it second
//! hand.

use super::check::Check;
use super::check::Rule;
use super::context::Context;
use super::finding::Finding;
use super::rule::RuleDef;
use super::rule::{Category, Example, NoParams, RuleMeta, Severity};
use crate::attribution::CueKind;

pub struct Hearsay;

impl Rule for Hearsay {
    const META: RuleMeta = RuleMeta {
        id: "hearsay",
        kind: "hearsay",
        category: Category::Attribution,
        severity: Severity::Info,
        description:
            "A claim the article has second hand: one source relays what another said (\"X \
            cited its sources as saying\", \"X quoted a commander as saying\"). Not wrong, \
            but an editor may want the original.",
        example: Example {
            fires: "The Observatory cited its sources as saying the militants had agreed to \
                surrender.",
            passes: "The Observatory said the militants had agreed to surrender.",
            date: None,
        },
    };

    type Params = NoParams;

    fn new(_: NoParams) -> Result<Self, String> {
        Ok(Hearsay)
    }
}

impl Check for Hearsay {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        for claim in ctx.claims {
            let Some(a) = claim.attribution(ctx.attributions) else {
                continue;
            };
            if a.kind != CueKind::Relay || a.inherited {
                continue;
            }
            let Some(via) = a.via else {
                continue;
            };
            let relayer = &ctx.attributions.sources[via];
            let cue = ctx.doc.clean_text(a.cue);
            let message = match a.source.filter(|&s| s != via) {
                Some(original) => format!(
                    "second hand: {} relays what {} said (\"{cue}\")",
                    relayer.name, ctx.attributions.sources[original].name
                ),
                None => format!(
                    "second hand: {} relays this from sources it does not name (\"{cue}\")",
                    relayer.name
                ),
            };
            let mut sources = vec![relayer.id.clone()];
            if let Some(s) = a.source.filter(|&s| s != via) {
                sources.push(ctx.attributions.sources[s].id.clone());
            }
            out.push(
                Finding::new(rule, message)
                    .with_span(a.cue, format!("relayed by {}", relayer.name))
                    .with_span(a.content, "the relayed claim".to_string())
                    .with_claims([claim.id.clone()])
                    .with_sources(sources),
            );
        }
    }
}
