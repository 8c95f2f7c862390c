//! `acronym-not-introduced`: an acronym whose full name the article also
//! uses, without ever tying the two together ("Syrian Democratic Forces"
//! with no "(SDF)", then "SDF" alone). Acronyms a reader knows without their
//! full name are this rule's `well_known`; an acronym with no full name in
//! the article is left alone (the reader may know it, and nothing is
//! inconsistent).

use super::{Check, Context, Finding, RuleDef};
use crate::document::Span;
use crate::expressions::tokens::Token;

pub struct AcronymNotIntroduced;

const CONNECTORS: &[&str] = &["of", "the", "for", "and", "de", "du", "al", "on", "in", "&"];

fn is_acronym(t: &Token) -> bool {
    let n = t.text.chars().count();
    t.is_word() && (2..=6).contains(&n) && t.text.chars().all(|c| c.is_ascii_uppercase())
}

/// Spans of every full name of `acronym` in the tokens: capitalised words
/// (with connectors between them) whose initials spell it.
fn expansions(tokens: &[Token], acronym: &str) -> Vec<Span> {
    let letters: Vec<char> = acronym.chars().collect();
    let mut out = Vec::new();
    for start in 0..tokens.len() {
        let mut k = 0;
        let mut i = start;
        let mut last = start;
        while i < tokens.len() && k < letters.len() {
            let t = &tokens[i];
            if t.is_word() && t.is_capitalized() && !is_acronym(t) {
                let first = t.text.chars().next().unwrap_or(' ');
                if first != letters[k] {
                    break;
                }
                k += 1;
                last = i;
            } else if !(k > 0 && t.is_any(CONNECTORS)) {
                break;
            }
            i += 1;
        }
        if k == letters.len() && tokens[start].is_capitalized() {
            out.push(tokens[start].span.cover(tokens[last].span));
        }
    }
    out
}

impl Check for AcronymNotIntroduced {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        let doc = ctx.doc;
        let sentences: Vec<_> = (0..doc.sentences.len())
            .map(|k| ctx.sentence_tokens(k))
            .collect();
        let mut seen: Vec<String> = Vec::new();
        for tokens in &sentences {
            for t in tokens.iter().filter(|t| is_acronym(t)) {
                if seen.iter().any(|s| s == t.text) || rule.well_known.iter().any(|w| w == t.text) {
                    continue;
                }
                seen.push(t.text.to_string());
                let full: Vec<Span> = sentences
                    .iter()
                    .flat_map(|s| expansions(s, t.text))
                    .collect();
                let Some(&first_full) = full.first() else {
                    continue;
                };
                // Introduced: "Full Name (ACR)" or "ACR (Full Name)" anywhere,
                // or the acronym in parentheses.
                let introduced = sentences.iter().any(|s| {
                    s.windows(3)
                        .any(|w| w[0].is_punct('(') && w[1].text == t.text && w[2].is_punct(')'))
                        || s.windows(2)
                            .any(|w| w[0].text == t.text && w[1].is_punct('('))
                });
                if introduced {
                    continue;
                }
                let written = doc.clean_text(first_full);
                let name = written
                    .strip_suffix("'s")
                    .or_else(|| written.strip_suffix("’s"))
                    .unwrap_or(&written);
                out.push(Finding::of_spans(
                    rule,
                    format!(
                        "\"{}\" is used without being introduced: the article writes \"{name}\" but never \"{name} ({})\"",
                        t.text, t.text
                    ),
                    vec![
                        (t.span, format!("{} first used here", t.text)),
                        (first_full, "the full name, without the acronym".into()),
                    ],
                ));
            }
        }
    }
}
