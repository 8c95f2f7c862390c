//! `acronym-not-introduced`: an acronym whose full name the article also
//! uses, without ever tying the two together ("Syrian Democratic Forces"
//! with no "(SDF)", then "SDF" alone). Acronyms a reader knows without their
//! full name are this rule's `well_known`; an acronym with no full name in
//! the article is left alone (the reader may know it, and nothing is
//! inconsistent).

use std::sync::OnceLock;

use super::check::Check;
use super::check::Rule;
use super::context::Context;
use super::finding::Finding;
use super::rule::RuleDef;
use super::rule::{Category, Example, RuleMeta, Severity};
use crate::lexicon::name_connectors::ACRONYM_CONNECTORS;
use crate::text::tokens::Token;
use crate::text::Span;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Deserialize;

/// The rule, with its `well_known` acronyms packed once (on first use),
/// never per article.
pub struct AcronymNotIntroduced {
    params: Params,
    well_known: OnceLock<HashSet<u64>>,
}

fn is_acronym(t: &Token) -> bool {
    // All ASCII capitals, so its length in bytes is its length in letters.
    // The capital first: most words have none.
    let b = t.text.as_bytes();
    t.is_capitalized()
        && t.ascii
        && (2..=6).contains(&b.len())
        && t.is_word()
        && b.iter().all(u8::is_ascii_uppercase)
}

/// An acronym's letters as one integer (at most six ASCII capitals, so
/// they fit and no two acronyms share one): sets of acronyms are sets of
/// integers, and the initials read from a full name need no string.
fn packed(letters: &[u8]) -> u64 {
    letters
        .iter()
        .rev()
        .fold(0u64, |acc, &b| (acc << 8) | u64::from(b))
}

/// The acronyms of an article, packed (`packed`), with the set of their
/// first letters (bit `c - 'A'`), which a full name must open with.
struct Acronyms {
    packed: HashSet<u64>,
    initials: u32,
}

/// The first full name of every acronym in `acronyms`, in document order:
/// capitalised words (with connectors between them) whose initials spell it.
/// One walk from each capitalised word reads the initials of the words that
/// follow, and every prefix of two to six of them names a candidate acronym,
/// so the article is read once for all its acronyms.
fn first_expansions<'a>(
    sentences: &[impl std::ops::Deref<Target = [Token<'a>]>],
    acronyms: &Acronyms,
) -> HashMap<u64, Span> {
    let mut first: HashMap<u64, Span> = HashMap::default();
    for tokens in sentences {
        let tokens: &[Token] = tokens;
        for start in 0..tokens.len() {
            // A full name opens with a capital that opens an acronym. (The
            // token's flag first: most words have no capital, and their text
            // need not be read.)
            if !tokens[start].is_capitalized() {
                continue;
            }
            let opening = tokens[start].text.as_bytes()[0];
            if !opening.is_ascii_uppercase() || acronyms.initials & (1 << (opening - b'A')) == 0 {
                continue;
            }
            // At most six ASCII capitals, so kept on the stack.
            let mut buf = [0u8; 6];
            let mut len = 0;
            let mut i = start;
            while i < tokens.len() && len < 6 {
                let t = &tokens[i];
                if t.is_word() && t.is_capitalized() && !is_acronym(t) {
                    let Some(c) = t.text.chars().next().filter(char::is_ascii_uppercase) else {
                        break;
                    };
                    buf[len] = c as u8;
                    len += 1;
                    let initials = packed(&buf[..len]);
                    if len >= 2 && acronyms.packed.contains(&initials) {
                        first
                            .entry(initials)
                            .or_insert_with(|| tokens[start].span.cover(t.span));
                    }
                } else if len == 0 || !t.is_any(ACRONYM_CONNECTORS) {
                    break;
                }
                i += 1;
            }
        }
    }
    first
}

/// `acronym-not-introduced`'s parameters.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Params {
    /// Acronyms a reader knows without their full name ("US", "UN").
    pub well_known: Vec<String>,
}

impl Rule for AcronymNotIntroduced {
    const META: RuleMeta = RuleMeta {
        id: "acronym-not-introduced",
        kind: "acronym-not-introduced",
        category: Category::Style,
        severity: Severity::Info,
        description: "An acronym used without being introduced: the article writes the full name \
            (\"Syrian Democratic Forces\") but never ties it to the acronym (\"(SDF)\"), \
            then uses the acronym alone. Acronyms with no full name in the article, and the \
            `well_known` ones, are left alone.",
        example: Example {
            fires: "The Syrian Democratic Forces pressed on. The SDF said the town would fall.",
            passes: "The Syrian Democratic Forces (SDF) pressed on. The SDF said the town would \
                fall.",
            date: None,
        },
    };

    type Params = Params;

    fn new(params: Params) -> Result<Self, String> {
        Ok(AcronymNotIntroduced {
            params,
            well_known: OnceLock::new(),
        })
    }
}

impl Check for AcronymNotIntroduced {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        let doc = ctx.doc;
        // Only what can be an acronym (`is_acronym`) is packed: a longer
        // entry would share another's integer, and matches no token anyway.
        let well_known = self.well_known.get_or_init(|| {
            self.params
                .well_known
                .iter()
                .filter(|w| (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()))
                .map(|w| packed(w.as_bytes()))
                .collect()
        });
        let sentences: Vec<_> = (0..doc.sentences.len())
            .map(|k| ctx.sentence_tokens(k))
            .collect();
        let mut acronyms = Acronyms {
            packed: HashSet::default(),
            initials: 0,
        };
        // One pass for the acronyms (in order of use) and the words
        // introduced in parentheses: "Full Name (ACR)" or "ACR (Full
        // Name)" anywhere, or the acronym in parentheses.
        let mut used: Vec<&Token> = Vec::new();
        let mut introduced: HashSet<&str> = HashSet::default();
        for s in &sentences {
            for (j, t) in s.iter().enumerate() {
                if is_acronym(t) {
                    // A well-known acronym is never reported: its full name
                    // need not be sought, nor its initials walked from.
                    let letters = t.text.as_bytes();
                    if well_known.contains(&packed(letters)) {
                        continue;
                    }
                    acronyms.packed.insert(packed(letters));
                    acronyms.initials |= 1 << (letters[0] - b'A');
                    used.push(t);
                } else if t.is_punct('(') {
                    // "ACR (Full Name)": the word before the parenthesis.
                    if j > 0 {
                        introduced.insert(s[j - 1].text);
                    }
                    // "(ACR)": the one word inside it.
                    if s.get(j + 2).is_some_and(|c| c.is_punct(')')) {
                        introduced.insert(s[j + 1].text);
                    }
                }
            }
        }
        if acronyms.packed.is_empty() {
            return;
        }
        let full = first_expansions(&sentences, &acronyms);
        let mut seen: HashSet<&str> = HashSet::default();
        for t in used {
            if !seen.insert(t.text) {
                continue;
            }
            let Some(&first_full) = full.get(&packed(t.text.as_bytes())) else {
                continue;
            };
            if introduced.contains(t.text) {
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
