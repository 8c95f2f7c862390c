//! `role-later`: a person first mentioned without the role that a later
//! mention gives ("Mustafa Bali said …", then "Mustafa Bali, a spokesman for
//! the Syrian Democratic Forces, …"). House style gives the role at first
//! mention, so the reader knows who speaks when they first speak.

use super::check::Check;
use super::check::Rule;
use super::context::Context;
use super::finding::Finding;
use super::rule::RuleDef;
use super::rule::{Category, Example, NoParams, RuleMeta, Severity};
use crate::attribution::SourceKind;
use crate::text::Span;

pub struct RoleLater;

/// Whether the role is written within a few words of a mention.
fn beside(ctx: &Context, mention: Span, role: &str) -> bool {
    let text = &ctx.doc.prose;
    // Only the mention's own sentence counts.
    let sentence = ctx
        .doc
        .sentences
        .iter()
        .find(|s| s.span.contains(mention))
        .map(|s| s.span)
        .unwrap_or(mention);
    let mut from = mention.start.saturating_sub(60).max(sentence.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (mention.end + 80).min(sentence.end);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    text[from..to].to_lowercase().contains(&role.to_lowercase())
}

impl Rule for RoleLater {
    const META: RuleMeta = RuleMeta {
        id: "role-later",
        kind: "role-later",
        category: Category::Style,
        severity: Severity::Info,
        description:
            "A person first mentioned without the role that a later mention gives (\"Mustafa \
            Bali said …\", then \"Mustafa Bali, a spokesman for the Syrian Democratic \
            Forces, …\"): house style gives the role at first mention.",
        example: Example {
            fires: "Mustafa Bali said the fight was over. Mustafa Bali, a spokesman for the \
                militia, said more would surrender.",
            passes: "Mustafa Bali, a spokesman for the militia, said the fight was over. Mustafa \
                Bali said more would surrender.",
            date: None,
        },
    };

    type Params = NoParams;

    fn new(_: NoParams) -> Result<Self, String> {
        Ok(RoleLater)
    }
}

impl Check for RoleLater {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        for source in &ctx.attributions.sources {
            let Some(role) = &source.role else { continue };
            if source.kind != SourceKind::Person || source.mentions.len() < 2 {
                continue;
            }
            let mut mentions = source.mentions.clone();
            mentions.sort_by_key(|s| s.start);
            let first = mentions[0];
            if beside(ctx, first, role) {
                continue;
            }
            let Some(&later) = mentions[1..].iter().find(|m| beside(ctx, **m, role)) else {
                continue;
            };
            let line = ctx.doc.locate(later).line;
            let mut finding = Finding::of_spans(
                rule,
                format!(
                    "{} is first mentioned without the role the article gives on line {line} ({role}): give it at first mention",
                    source.name
                ),
                vec![
                    (first, "first mention, no role".into()),
                    (later, format!("role given here: {role}")),
                ],
            );
            finding.sources.push(source.id.clone());
            out.push(finding);
        }
    }
}
