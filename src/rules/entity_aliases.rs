//! `entity-aliases`: one entity under several names in one article (IS,
//! ISIS, Islamic State, Daesh). Information for the editor, who may want one
//! name throughout. The alias groups are the `alias` lists of
//! `rules/events.toml`.

use super::{Check, Context, Finding, RuleDef};
use crate::document::Span;
use crate::expressions::tokens::tokenize;

pub struct EntityAliases;

impl Check for EntityAliases {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        let doc = ctx.doc;
        let sentences: Vec<_> = doc
            .sentences
            .iter()
            .map(|s| tokenize(&doc.prose, s.span))
            .collect();
        for group in &ctx.events.file.alias {
            let mut used: Vec<(String, Span)> = Vec::new();
            for name in &group.names {
                let words: Vec<&str> = name.split_whitespace().collect();
                let first = sentences.iter().find_map(|tokens| {
                    (0..tokens.len()).find_map(|i| {
                        let all = words.iter().enumerate().all(|(k, w)| {
                            tokens.get(i + k).is_some_and(|t| {
                                let bare = t.text.trim_end_matches("'s").trim_end_matches('\'');
                                bare == *w
                            })
                        });
                        all.then(|| tokens[i].span.cover(tokens[i + words.len() - 1].span))
                    })
                });
                if let Some(span) = first {
                    used.push((name.clone(), span));
                }
            }
            if used.len() < 2 {
                continue;
            }
            used.sort_by_key(|(_, s)| s.start);
            let list: Vec<String> = used.iter().map(|(n, _)| format!("\"{n}\"")).collect();
            out.push(Finding::of_spans(
                rule,
                format!("one entity under {} names: {}", used.len(), list.join(", ")),
                used.iter()
                    .map(|(n, s)| (*s, format!("called \"{n}\"")))
                    .collect(),
            ));
        }
    }
}
