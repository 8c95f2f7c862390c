//! `stance-conflict`: events of one actor that exclude each other — agreed
//! to surrender against made a final stand, confirmed against denied, killed
//! against survived, opened against closed, arrested against released.
//!
//! The opposed pairs are the `opposed` groups of `lexicon/events.toml`. A
//! negated event ("did not surrender") counts as its opposite. Only events
//! reported as done take part (not "if they surrendered", "will open"), and
//! two events conflict only when their actor — the nearest counted noun class
//! or name before each — is the same, in two different sentences.

use std::sync::OnceLock;

use super::check::Check;
use super::check::Rule;
use super::context::{claim_id, sources_of, text_in, who_at, Context};
use super::finding::{Finding, Labeled};
use super::rule::{Category, Example, NoParams, RuleMeta, Severity};
use super::rule::{RuleDef, Scope};
use crate::graph::{EventMention, Mode};

/// The rule, with its opposed pairs' event classes looked up once (on first
/// use), never per article.
#[derive(Default)]
pub struct StanceConflict {
    /// (index in `opposed`, one class, the other) of every pair of two
    /// known event classes, in the order of `opposed`.
    pairs: OnceLock<Vec<(usize, usize, usize)>>,
}

impl Rule for StanceConflict {
    const META: RuleMeta = RuleMeta {
        id: "stance-conflict",
        kind: "stance-conflict",
        category: Category::Stance,
        severity: Severity::Warning,
        description: "Events of one actor that exclude each other, from the `opposed` pairs of \
            events.toml: agreed to surrender against made a final stand or fought on; \
            confirmed against denied; killed against survived; opened against closed; \
            arrested against released. A negated event (\"did not surrender\") counts as \
            its opposite. Only events reported as done take part (not \"if they \
            surrendered\" or \"will open\"), and only when the actor — the nearest counted \
            noun class or name before each event — is the same, in two different sentences.",
        example: Example {
            fires: "The observatory said the militants had agreed to surrender. Witnesses said \
                the militants made a final stand in an orchard.",
            passes: "The observatory said the militants had agreed to surrender. Witnesses said \
                the militants left the orchard.",
            date: None,
        },
    };

    type Params = NoParams;

    fn new(_: NoParams) -> Result<Self, String> {
        Ok(StanceConflict::default())
    }
}

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
        let pairs = self.pairs.get_or_init(|| {
            lex.file
                .opposed
                .iter()
                .enumerate()
                .filter(|(_, group)| group.classes.len() == 2)
                .filter_map(|(k, group)| {
                    let a = lex.event_class(&group.classes[0])?;
                    let b = lex.event_class(&group.classes[1])?;
                    Some((k, a, b))
                })
                .collect()
        });
        // A conflict takes two mentions reported as done, one on each side
        // of a pair: most articles say no pair's two sides, and are spared
        // the mentions by class and their actors (read from the sentence on
        // first use).
        let mut said: Vec<usize> = g.events.iter().filter_map(effective).collect();
        if said.len() < 2 {
            return;
        }
        said.sort_unstable();
        said.dedup();
        let is_said = |c: &usize| said.binary_search(c).is_ok();
        let mut said_pairs = pairs
            .iter()
            .filter(|(_, a, b)| is_said(a) && is_said(b))
            .peekable();
        if said_pairs.peek().is_none() {
            return;
        }
        // The same for every pair: read once.
        let by_class = g.events_by_class();
        for &(at, a, b) in said_pairs {
            let group = &lex.file.opposed[at];
            let side = |m: &EventMention| effective(m);
            // Candidates come from the two event nodes only, and only a
            // mention on a side of the pair takes part; a pair with one side
            // unsaid has no conflict, and its mentions' actors need not be
            // read.
            let on_side: Vec<&EventMention> = by_class
                .iter()
                .filter(|(c, _)| *c == a || *c == b)
                .flat_map(|(_, v)| v.iter().copied())
                .map(|k| &g.events[k])
                .filter(|m| matches!(side(m), Some(c) if c == a || c == b))
                .collect();
            if !on_side.iter().any(|m| side(m) == Some(a))
                || !on_side.iter().any(|m| side(m) == Some(b))
            {
                continue;
            }
            let mentions: Vec<&EventMention> = on_side
                .into_iter()
                .filter(|m| g.actor(m).is_some())
                .collect();
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
                out.push(
                    Finding::new(
                        rule,
                        format!(
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
                    )
                    .with_labeled(parts.iter().map(|m| Labeled {
                        span: m.span,
                        label: describe(m),
                        article: m.article,
                        foreign: None,
                    }))
                    .with_claims(
                        parts
                            .iter()
                            .filter_map(|m| claim_id(ctx, m.article, m.claim)),
                    )
                    .with_sources(sources_of(ctx, parts.iter().map(|m| (m.article, m.claim)))),
                );
            }
        }
    }
}
