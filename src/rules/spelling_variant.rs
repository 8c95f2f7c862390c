//! `spelling-variant`: one name written two ways in the same article
//! ("al-Hol" and "Al-Hol", "Hezbollah" and "HezbOllah", "Al Qaeda" and
//! "al-Qaeda"): the same letters with another case, hyphen, space or
//! apostrophe. A capital that only opens a sentence is not a variant.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;

use super::{Check, Context, Finding, RuleDef};
use crate::document::Span;
use crate::expressions::tokens::Token;

pub struct SpellingVariant;

/// A name's forms as written, each with its first span.
type Forms<'a> = Vec<(Cow<'a, str>, Span)>;

/// The letters of a name, lower case, without hyphens, spaces or apostrophes,
/// written into `out` as UTF-8 (a buffer the caller reuses: this runs for
/// every capitalised word); returns how many characters it wrote.
fn key_into(text: &str, out: &mut Vec<u8>) -> usize {
    out.clear();
    let bare = text
        .strip_suffix("'s")
        .or_else(|| text.strip_suffix("’s"))
        .unwrap_or(text);
    if bare.is_ascii() {
        // Most names: a byte is a character.
        out.extend(
            bare.bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| b.to_ascii_lowercase()),
        );
        return out.len();
    }
    let mut chars = 0;
    let mut buf = [0u8; 4];
    for c in bare.chars().filter(|c| c.is_alphanumeric()) {
        for lower in c.to_lowercase() {
            out.extend_from_slice(lower.encode_utf8(&mut buf).as_bytes());
            chars += 1;
        }
    }
    chars
}

/// Whether a word has a capital anywhere in it.
fn has_capital(t: &Token) -> bool {
    if t.is_capitalized() {
        true
    } else if t.ascii {
        t.text.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        t.text.chars().any(char::is_uppercase)
    }
}

impl Check for SpellingVariant {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        let doc = ctx.doc;
        // Each key's forms as written with their first spans, in order of
        // first use: the first form apart, since most names have only one
        // (and so no vector); `index` finds a key's entry.
        let mut index: HashMap<Vec<u8>, usize> = HashMap::default();
        let mut forms: Vec<((Cow<str>, Span), Forms)> = Vec::new();
        let mut key = Vec::new();
        let mut candidates: Forms = Vec::new();
        for k in 0..doc.sentences.len() {
            let tokens = ctx.sentence_tokens(k);
            candidates.clear();
            for (i, t) in tokens.iter().enumerate() {
                if !t.is_word() || i == 0 {
                    continue;
                }
                // A name: a capital inside the word, or a capitalised word.
                if !has_capital(t) {
                    continue;
                }
                candidates.push((Cow::Borrowed(t.text), t.span));
                // Two words that may also be written as one ("Al Hol").
                if let Some(next) = tokens
                    .get(i + 1)
                    .filter(|n| n.is_word() && n.is_capitalized())
                {
                    if t.text.chars().count() <= 3 {
                        let joined = format!("{} {}", t.text, next.text);
                        candidates.push((Cow::Owned(joined), t.span.cover(next.span)));
                    }
                }
            }
            for (text, span) in candidates.drain(..) {
                if key_into(&text, &mut key) < 3 {
                    continue;
                }
                let shown = match text {
                    Cow::Borrowed(t) => Cow::Borrowed(crate::words::without_possessive(t)),
                    Cow::Owned(t) => Cow::Owned(crate::words::without_possessive(&t).to_string()),
                };
                match index.get(&key) {
                    Some(&at) => {
                        let (first, more) = &mut forms[at];
                        if first.0 != shown && !more.iter().any(|(f, _)| *f == shown) {
                            more.push((shown, span));
                        }
                    }
                    None => {
                        index.insert(key.clone(), forms.len());
                        forms.push(((shown, span), Vec::new()));
                    }
                }
            }
        }
        // In the order of their keys, as the findings have always come.
        let mut spelled: Vec<(&Vec<u8>, Forms)> = Vec::new();
        for (key, &at) in &index {
            if !forms[at].1.is_empty() {
                let (first, more) = std::mem::take(&mut forms[at]);
                spelled.push((key, std::iter::once(first).chain(more).collect()));
            }
        }
        spelled.sort_by(|a, b| a.0.cmp(b.0));
        for (_, mut variants) in spelled {
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
