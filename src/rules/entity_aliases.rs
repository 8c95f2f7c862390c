//! `entity-aliases`: one entity under several names in one article (IS,
//! ISIS, Islamic State, Daesh). Information for the editor, who may want one
//! name throughout. The alias groups are the `alias` lists of
//! `lexicon/events.toml`.

use rustc_hash::FxHashMap as HashMap;

use super::check::Check;
use super::check::Rule;
use super::context::Context;
use super::finding::Finding;
use super::rule::RuleDef;
use super::rule::{Category, Example, NoParams, RuleMeta, Severity};
use crate::text::tokens::Token;
use crate::text::Span;

pub struct EntityAliases;

/// A token as an alias is matched: without its possessives.
fn bare<'t>(t: &Token<'t>) -> &'t str {
    let mut w = t.text;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    w.trim_end_matches('\'')
}

impl Rule for EntityAliases {
    const META: RuleMeta = RuleMeta {
        id: "entity-aliases",
        kind: "entity-aliases",
        category: Category::Style,
        severity: Severity::Info,
        description:
            "One entity under several names in one article (IS, ISIS, Islamic State, Daesh), \
            from the `alias` groups of events.toml: the editor may want one name throughout.",
        example: Example {
            fires: "Islamic State lost its last town. Daesh fighters surrendered.",
            passes: "Islamic State lost its last town. Islamic State fighters surrendered.",
            date: None,
        },
    };

    type Params = NoParams;

    fn new(_: NoParams) -> Result<Self, String> {
        Ok(EntityAliases)
    }
}

impl Check for EntityAliases {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        let doc = ctx.doc;
        let groups = &ctx.events.file.alias;
        // Every alias by its first word, so that one pass over the tokens
        // finds them all.
        let by_first = &ctx.events.aliases.by_first;
        let opens = &ctx.events.aliases.opens;
        // Where every alias opens with an ASCII capital (the built-in ones
        // do), a token without a capital first opens none: its flag rules
        // it out without its text being read.
        // (Folded without a branch, which the compiler makes a few wide
        // operations: this runs for every article.)
        let opens_other = |bytes: &[bool]| bytes.iter().fold(false, |any, &o| any | o);
        let capital_first = !opens_other(&opens[..usize::from(b'A')])
            && !opens_other(&opens[usize::from(b'Z') + 1..]);
        // The first span of each (group, name).
        let mut first_use: HashMap<(usize, usize), Span> = HashMap::default();
        for k in 0..doc.sentences.len() {
            let tokens = ctx.sentence_tokens(k);
            let may_open = |t: &Token| {
                (t.capitalized || !capital_first)
                    && t.text
                        .as_bytes()
                        .first()
                        .is_some_and(|&b| opens[b as usize])
            };
            // The tokens that may open an alias, found in one tight loop.
            let mut next = 0;
            while let Some(skip) = tokens[next..].iter().position(may_open) {
                let i = next + skip;
                next = i + 1;
                let Some(candidates) = by_first.get(bare(&tokens[i])) else {
                    continue;
                };
                for (g, n, words) in candidates {
                    let len = words.len();
                    if i + len <= tokens.len()
                        && words.iter().zip(&tokens[i..]).all(|(w, t)| w == bare(t))
                    {
                        first_use
                            .entry((*g, *n))
                            .or_insert_with(|| tokens[i].span.cover(tokens[i + len - 1].span));
                    }
                }
            }
        }
        // A finding names two aliases of one entity: most articles use
        // fewer, and need not have every group looked up.
        if first_use.len() < 2 {
            return;
        }
        for (g, group) in groups.iter().enumerate() {
            let mut used: Vec<(String, Span)> = group
                .names
                .iter()
                .enumerate()
                .filter_map(|(n, name)| first_use.get(&(g, n)).map(|s| (name.clone(), *s)))
                .collect();
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

#[cfg(test)]
mod tests {
    use crate::text::tokens::tokenize;
    use crate::text::Span;

    /// A token whose first byte is an ASCII capital has its `capitalized`
    /// flag set: the flag may stand in for the byte.
    #[test]
    fn an_ascii_capital_first_is_capitalized() {
        let text = "IS ISIS Da'esh Daesh's (Hezbollah) \"Kyiv\" B-52 X Éa A1 Ö Hizbollah's";
        let tokens = tokenize(text, Span::new(0, text.len()));
        assert!(tokens.len() > 10);
        for t in &tokens {
            if t.text.as_bytes()[0].is_ascii_uppercase() {
                assert!(t.capitalized, "{:?}", t.text);
            }
        }
    }
}
