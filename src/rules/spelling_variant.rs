//! `spelling-variant`: one name written two ways in the same article
//! ("al-Hol" and "Al-Hol", "Hezbollah" and "HezbOllah", "Al Qaeda" and
//! "al-Qaeda"): the same letters with another case, hyphen, space or
//! apostrophe. A capital that only opens a sentence is not a variant.

use std::collections::BTreeMap;

use super::{Check, Context, Finding, RuleDef};
use crate::document::Span;

pub struct SpellingVariant;

/// The letters of a name, lower case, without hyphens, spaces or apostrophes.
fn key(text: &str) -> String {
    let bare = text
        .strip_suffix("'s")
        .or_else(|| text.strip_suffix("’s"))
        .unwrap_or(text);
    bare.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl Check for SpellingVariant {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        let doc = ctx.doc;
        // key → (form as written, first span), in order of first use.
        let mut forms: BTreeMap<String, Vec<(String, Span)>> = BTreeMap::new();
        for k in 0..doc.sentences.len() {
            let tokens = ctx.sentence_tokens(k);
            let mut candidates: Vec<(String, Span)> = Vec::new();
            for (i, t) in tokens.iter().enumerate() {
                if !t.is_word() || i == 0 {
                    continue;
                }
                // A name: a capital inside the word, or a capitalised word.
                if !t.text.chars().any(|c| c.is_uppercase()) {
                    continue;
                }
                candidates.push((t.text.to_string(), t.span));
                // Two words that may also be written as one ("Al Hol").
                if let Some(next) = tokens
                    .get(i + 1)
                    .filter(|n| n.is_word() && n.is_capitalized())
                {
                    if t.text.chars().count() <= 3 {
                        let joined = format!("{} {}", t.text, next.text);
                        candidates.push((joined, t.span.cover(next.span)));
                    }
                }
            }
            for (text, span) in candidates {
                let k = key(&text);
                if k.chars().count() < 3 {
                    continue;
                }
                let shown = crate::words::without_possessive(&text).to_string();
                let entry = forms.entry(k).or_default();
                if !entry.iter().any(|(f, _)| *f == shown) {
                    entry.push((shown, span));
                }
            }
        }
        for variants in forms.values().filter(|v| v.len() > 1) {
            let mut variants = variants.clone();
            variants.sort_by_key(|(_, s)| s.start);
            let list: Vec<String> = variants.iter().map(|(f, _)| format!("\"{f}\"")).collect();
            out.push(Finding::of_spans(
                rule,
                format!("one name spelled {} ways: {}", list.len(), list.join(", ")),
                variants
                    .iter()
                    .map(|(f, s)| (*s, format!("written \"{f}\"")))
                    .collect(),
            ));
        }
    }
}
