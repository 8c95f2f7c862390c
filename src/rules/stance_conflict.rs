//! `stance-conflict`: events of one actor that exclude each other — agreed
//! to surrender against made a final stand, confirmed against denied, killed
//! against survived, opened against closed, arrested against released.
//!
//! The opposed pairs are the `opposed` groups of `rules/events.toml`. A
//! negated event ("did not surrender") counts as its opposite. Only events
//! reported as done take part (not "if they surrendered", "will open"), and
//! two events conflict only when their actor — the nearest counted noun class
//! or name before each — is the same, in two different sentences.

use super::{
    claim_id, sources_of, text_in, who_at, Check, Context, Finding, Labeled, RuleDef, Scope,
};
use crate::graph::{EventMention, Mode};

pub struct StanceConflict;

impl Check for StanceConflict {
    fn scope(&self) -> Scope {
        Scope::Graph
    }

    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        let g = ctx.graph;
        let lex = ctx.events;
        // The effective class of every mention reported as done.
        let effective = |m: &EventMention| -> Option<usize> {
            if m.mode != Mode::Done {
                return None;
            }
            if m.negated {
                lex.opposite(m.class)
            } else {
                Some(m.class)
            }
        };
        // A conflict takes two mentions reported as done, each with an
        // actor: most articles have none, and are spared the opposed pairs'
        // lookups by name.
        let done_with_actor = g
            .events
            .iter()
            .filter(|m| m.mode == Mode::Done && g.actor(m).is_some())
            .take(2)
            .count();
        if done_with_actor < 2 {
            return;
        }
        // The same for every pair: read once.
        let by_class = g.events_by_class();
        for group in lex.file.opposed.iter().filter(|g| g.classes.len() == 2) {
            let (Some(a), Some(b)) = (
                lex.event_class(&group.classes[0]),
                lex.event_class(&group.classes[1]),
            ) else {
                continue;
            };
            // Candidates come from the two event nodes only.
            let mentions: Vec<&EventMention> = by_class
                .iter()
                .filter(|(c, _)| *c == a || *c == b)
                .flat_map(|(_, v)| v.iter().copied())
                .map(|k| &g.events[k])
                .filter(|m| g.actor(m).is_some())
                .collect();
            let side = |m: &EventMention| effective(m);
            let mut actors: Vec<&String> = mentions.iter().filter_map(|m| g.actor(m)).collect();
            actors.sort();
            actors.dedup();
            for actor in actors {
                let of_actor: Vec<&&EventMention> = mentions
                    .iter()
                    .filter(|m| g.actor(m) == Some(actor))
                    .collect();
                let pro: Vec<&&EventMention> = of_actor
                    .iter()
                    .copied()
                    .filter(|m| side(m) == Some(a))
                    .collect();
                let con: Vec<&&EventMention> = of_actor
                    .iter()
                    .copied()
                    .filter(|m| side(m) == Some(b))
                    .collect();
                // Keep the mentions that have an opposite in another sentence
                // (at the same time, for pairs that are a sequence otherwise).
                let apart = |x: &&EventMention, others: &[&&EventMention]| {
                    others.iter().any(|y| {
                        (y.article, y.sentence) != (x.article, x.sentence)
                            && (!group.same_time
                                || matches!((x.time, y.time), (Some(p), Some(q)) if p.0 <= q.1 && q.0 <= p.1))
                    })
                };
                let pro: Vec<&&EventMention> =
                    pro.iter().copied().filter(|x| apart(x, &con)).collect();
                let con: Vec<&&EventMention> =
                    con.iter().copied().filter(|x| apart(x, &pro)).collect();
                if pro.is_empty() || con.is_empty() {
                    continue;
                }
                let describe = |m: &EventMention| {
                    format!(
                        "{}: \"{}\"",
                        who_at(ctx, m.article, m.claim),
                        text_in(ctx, m.article, m.span)
                    )
                };
                let mut parts: Vec<&EventMention> = pro.iter().chain(&con).map(|m| **m).collect();
                parts.sort_by_key(|m| (m.article, m.span.start));
                out.push(Finding {
                    rule: rule.id.clone(),
                    category: rule.category,
                    severity: rule.severity,
                    message: format!(
                        "{actor}: {} ({}) against {} ({}); one of them cannot be so",
                        pro.iter()
                            .map(|m| describe(m))
                            .collect::<Vec<_>>()
                            .join("; "),
                        group.classes[0],
                        con.iter()
                            .map(|m| describe(m))
                            .collect::<Vec<_>>()
                            .join("; "),
                        group.classes[1],
                    ),
                    spans: parts
                        .iter()
                        .map(|m| Labeled {
                            span: m.span,
                            label: describe(m),
                            article: m.article,
                            foreign: None,
                        })
                        .collect(),
                    claims: parts
                        .iter()
                        .filter_map(|m| claim_id(ctx, m.article, m.claim))
                        .collect(),
                    sources: sources_of(ctx, parts.iter().map(|m| (m.article, m.claim))),
                    fingerprint: String::new(),
                });
            }
        }
    }
}
