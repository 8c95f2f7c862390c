//! `spelling-variant`: one name written two ways in the same article
//! ("al-Hol" and "Al-Hol", "Hezbollah" and "HezbOllah", "Al Qaeda" and
//! "al-Qaeda"): the same letters with another case, hyphen, space or
//! apostrophe. A capital that only opens a sentence is not a variant.

use std::borrow::Cow;

use std::collections::hash_map::Entry;

use rustc_hash::FxHashMap as HashMap;

use super::check::Check;
use super::check::Rule;
use super::context::Context;
use super::finding::Finding;
use super::rule::RuleDef;
use super::rule::{Category, Example, NoParams, RuleMeta, Severity};
use crate::text::tokens::Token;
use crate::text::Span;

pub struct SpellingVariant;

/// A name's forms as written, each with its first span.
type Forms<'a> = Vec<(Cow<'a, str>, Span)>;

/// A name's spelling key: `words::key` of its letters and digits, lower
/// case, without hyphens, spaces or apostrophes (and without a possessive
/// ending), with how many characters those are. Names are told apart by the
/// 64-bit key alone, as stems are (`text::stems::StemId`): two names share one
/// with odds of about one in 10^19 a pair.
struct SpellingKey {
    /// The letters of a name that is not one plain ASCII word, written here
    /// (a buffer kept for the whole article: this runs for every capitalised
    /// word).
    letters: Vec<u8>,
}

impl SpellingKey {
    /// The key of one word and its length in characters. A plain ASCII
    /// word (most names) is its own letters, so its token key serves.
    fn of_token(&mut self, t: &Token) -> (u64, usize) {
        if t.ascii && t.text.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return (t.key, t.text.len());
        }
        self.letters.clear();
        let chars = letters_into(t.text, true, &mut self.letters);
        (self.key(), chars)
    }

    /// The key of two words written as one ("Al Hol" as "al-Hol").
    fn of_pair(&mut self, first: &str, second: &str) -> (u64, usize) {
        self.letters.clear();
        let chars = letters_into(first, false, &mut self.letters)
            + letters_into(second, true, &mut self.letters);
        (self.key(), chars)
    }

    fn key(&self) -> u64 {
        // Lower-case UTF-8 from `letters_into`.
        crate::text::keys::key(std::str::from_utf8(&self.letters).unwrap_or(""))
    }
}

/// Appends the letters and digits of `text`, lower case, to `out` as UTF-8
/// (without a possessive ending where `last`: the end of the name); returns
/// how many characters it wrote.
fn letters_into(text: &str, last: bool, out: &mut Vec<u8>) -> usize {
    let bare = if last {
        text.strip_suffix("'s")
            .or_else(|| text.strip_suffix("’s"))
            .unwrap_or(text)
    } else {
        text
    };
    if bare.is_ascii() {
        // Most names: a byte is a character.
        let before = out.len();
        out.extend(
            bare.bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| b.to_ascii_lowercase()),
        );
        return out.len() - before;
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

/// Each key's forms as written with their first spans, in order of first
/// use: the first form apart, since most names have only one.
type Spellings<'a> = Vec<((Cow<'a, str>, Span), Forms<'a>)>;

/// An article's names under their spelling keys.
struct Names<'a> {
    /// Finds a key's entry in `forms`.
    index: HashMap<u64, usize>,
    forms: Spellings<'a>,
    /// What `index` is sized for at its first name: a few names a sentence
    /// (grown from empty, it was rehashed several times an article; made
    /// only at a name, it is never made for an article without one).
    room: usize,
}

impl<'a> Names<'a> {
    /// Notes a name's form under its key (`SpellingKey`), unless it is
    /// shorter than three characters or already noted. Inlined: it runs
    /// for every capitalised word, and a call passed the form and span
    /// through memory.
    #[inline(always)]
    fn note(&mut self, (key, chars): (u64, usize), shown: Cow<'a, str>, span: Span) {
        if chars < 3 {
            return;
        }
        if self.index.capacity() == 0 {
            self.index.reserve(self.room);
        }
        // One lookup, whether the name is new or not.
        match self.index.entry(key) {
            Entry::Occupied(at) => {
                let (first, more) = &mut self.forms[*at.get()];
                if first.0 != shown && !more.iter().any(|(f, _)| *f == shown) {
                    more.push((shown, span));
                }
            }
            Entry::Vacant(at) => {
                at.insert(self.forms.len());
                self.forms.push(((shown, span), Vec::new()));
            }
        }
    }
}

/// The letters of a name as `SpellingKey` reads them, for ordering findings.
fn letters(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    letters_into(text, true, &mut out);
    out
}

/// Whether a word has a capital anywhere in it.
fn has_capital(t: &Token) -> bool {
    // The two flags joined without a branch: this runs for every word.
    if t.is_capitalized() | t.ascii_capital {
        true
    } else if t.ascii {
        false
    } else {
        t.text.chars().any(char::is_uppercase)
    }
}

impl Rule for SpellingVariant {
    const META: RuleMeta = RuleMeta {
        id: "spelling-variant",
        kind: "spelling-variant",
        category: Category::Style,
        severity: Severity::Info,
        description:
            "One name written two ways in the same article: the same letters with another \
            case, hyphen, space or apostrophe (\"al-Hol\" and \"Al-Hol\"). A capital that \
            only opens a sentence is not a variant. (house-spelling checks names against \
            the house's own list.)",
        example: Example {
            fires: "Thousands arrived at the al-Hol camp. Aid groups visited the Al-Hol camp on \
                Monday.",
            passes: "Thousands arrived at the al-Hol camp. Aid groups visited the al-Hol camp on \
                Monday.",
            date: None,
        },
    };

    type Params = NoParams;

    fn new(_: NoParams) -> Result<Self, String> {
        Ok(SpellingVariant)
    }
}

impl Check for SpellingVariant {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        let doc = ctx.doc;
        let mut names = Names {
            index: HashMap::default(),
            forms: Vec::new(),
            room: 4 * doc.sentences.len(),
        };
        let mut keys = SpellingKey {
            letters: Vec::new(),
        };
        for k in 0..doc.sentences.len() {
            let tokens = ctx.sentence_tokens(k);
            // The first word's capital only opens the sentence. The others
            // are found in one tight loop, their flags read before their
            // kind: most words have no capital.
            let mut next = 1;
            while let Some(skip) = tokens
                .get(next..)
                .and_then(|rest| rest.iter().position(|t| has_capital(t) && t.is_word()))
            {
                let i = next + skip;
                next = i + 1;
                let t = &tokens[i];
                // A name: a capital inside the word, or a capitalised word.
                let shown = Cow::Borrowed(crate::text::keys::without_possessive(t.text));
                names.note(keys.of_token(t), shown, t.span);
                // Two words that may also be written as one ("Al Hol").
                if let Some(next) = tokens
                    .get(i + 1)
                    .filter(|n| n.is_word() && n.is_capitalized())
                {
                    if t.text.chars().count() <= 3 {
                        // As written when one space parts the words (nearly
                        // always): borrowed, not formatted anew.
                        let prose = &doc.prose;
                        let spaced = next.span.start == t.span.end + 1
                            && prose.as_bytes().get(t.span.end) == Some(&b' ');
                        let shown = match prose.get(t.span.start..next.span.end) {
                            Some(pair) if spaced => {
                                Cow::Borrowed(crate::text::keys::without_possessive(pair))
                            }
                            _ => {
                                let joined = format!("{} {}", t.text, next.text);
                                Cow::Owned(
                                    crate::text::keys::without_possessive(&joined).to_string(),
                                )
                            }
                        };
                        names.note(
                            keys.of_pair(t.text, next.text),
                            shown,
                            t.span.cover(next.span),
                        );
                    }
                }
            }
        }
        // In the order of their letters, as the findings have always come.
        let mut spelled: Vec<(Vec<u8>, Forms)> = Vec::new();
        for (first, more) in names.forms {
            if !more.is_empty() {
                spelled.push((
                    letters(&first.0),
                    std::iter::once(first).chain(more).collect(),
                ));
            }
        }
        spelled.sort_by(|a, b| a.0.cmp(&b.0));
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
