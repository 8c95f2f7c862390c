//! The expression lexicon (`lexicon/quantities.toml`): hedges, vague amounts and
//! units, with the interval each one gives. Loaded with serde; a newsroom's
//! own file is merged over the built-in one phrase by phrase.

use std::sync::OnceLock;

use serde::Deserialize;

use super::key_words::{self, KeyWords};
use crate::text::tokens::{tokenize, Token};
use crate::text::Span;

/// How a hedge turns the number N it governs into an interval.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    Above,
    AtLeast,
    Below,
    AtMost,
    Around,
    Nearly,
    Exactly,
}

impl Bound {
    /// Whether a figure under this hedge is an estimate rather than a stated value.
    pub fn is_approximate(self) -> bool {
        matches!(self, Bound::Around | Bound::Nearly)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hedge {
    pub phrases: Vec<String>,
    pub bound: Bound,
    #[serde(default = "default_margin")]
    pub margin: f64,
    #[serde(default)]
    pub description: String,
}

fn default_margin() -> f64 {
    0.1
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vague {
    pub phrases: Vec<String>,
    pub low: f64,
    pub high: f64,
    #[serde(default)]
    pub scalable: bool,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub name: String,
    #[serde(default)]
    pub before: Vec<String>,
    #[serde(default)]
    pub after: Vec<String>,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    #[serde(default)]
    pub hedge: Vec<Hedge>,
    #[serde(default)]
    pub suffix: Vec<Hedge>,
    #[serde(default)]
    pub vague: Vec<Vague>,
    #[serde(default)]
    pub unit: Vec<Unit>,
    /// The phrases indexed by their first word, built on first use (and
    /// again after a merge): matching then looks only at the phrases that
    /// can start at a token, not at every phrase.
    #[serde(skip)]
    index: OnceLock<Indexes>,
}

/// A table's phrases by the key of their first word: each phrase's entry, its words
/// (lower case) and their keys (`words::key`), which turn away a word that
/// differs before its letters are compared.
type PhraseIndex = crate::text::words::KeyMap<Vec<(usize, Vec<String>, Vec<u64>)>>;

#[derive(Debug, Clone, Default)]
struct Indexes {
    hedge: PhraseIndex,
    suffix: PhraseIndex,
    vague: PhraseIndex,
    unit_before: PhraseIndex,
    unit_after: PhraseIndex,
    /// The most words in any hedge phrase, in any vague amount and in any
    /// unit written before a number.
    longest_hedge: usize,
    longest_vague: usize,
    longest_unit_before: usize,
    /// The words expressions are built on, these vague amounts' first
    /// words among them.
    key_words: KeyWords,
    /// The words a time expression may run through before its first anchor
    /// or figure, these hedges' words among them (`super::time_words::lead_words`).
    time_leads: crate::text::words::WordSet,
    /// Each table's `Openings`, in the order above.
    hedge_openings: Openings,
    suffix_openings: Openings,
    vague_openings: Openings,
    unit_before_openings: Openings,
    unit_after_openings: Openings,
}

/// The keys of a table's phrases of one word, and of the second words of
/// the longer ones: a phrase begins only where the word, or the word after
/// it, is one of them ("a few" but not "a week", "at least" but not "at
/// the"), and most words a phrase may begin with are turned away by the
/// next word's key before the phrases are compared.
#[derive(Debug, Clone, Default)]
struct Openings {
    single: crate::text::words::KeySet,
    second: crate::text::words::KeySet,
}

impl Openings {
    fn of(index: &PhraseIndex) -> Openings {
        let phrases = || index.values().flatten().map(|(_, _, keys)| keys);
        Openings {
            single: phrases()
                .filter(|keys| keys.len() == 1)
                .map(|keys| keys[0])
                .collect(),
            second: phrases().filter_map(|keys| keys.get(1).copied()).collect(),
        }
    }

    /// Whether a phrase of the table may begin at token `i`, whose first
    /// word it holds.
    #[inline]
    fn may_open(&self, tokens: &[Token], i: usize, key: u64) -> bool {
        self.single.contains(&key)
            || tokens
                .get(i + 1)
                .is_some_and(|next| self.second.contains(&next.key))
    }
}

fn index_of<T>(entries: &[T], phrases: impl Fn(&T) -> &Vec<String>) -> PhraseIndex {
    let mut index = PhraseIndex::default();
    for (k, entry) in entries.iter().enumerate() {
        for phrase in phrases(entry) {
            let words: Vec<String> = tokenize(phrase, Span::new(0, phrase.len()))
                .iter()
                .map(|t| t.text.to_lowercase())
                .collect();
            if let Some(first) = words.first() {
                let keys = words.iter().map(|w| crate::text::keys::key(w)).collect();
                index
                    .entry_or_default(crate::text::keys::key(first))
                    .push((k, words, keys));
            }
        }
    }
    index
}

fn longest_phrase(index: &PhraseIndex) -> usize {
    index
        .values()
        .flatten()
        .map(|(_, words, _)| words.len())
        .max()
        .unwrap_or(0)
}

/// The built-in lexicon file, embedded in the binary.
pub const DEFAULT_LEXICON: &str = include_str!("../../lexicon/quantities.toml");

impl Lexicon {
    /// The built-in lexicon.
    pub fn builtin() -> Lexicon {
        toml::from_str(DEFAULT_LEXICON).expect("the embedded lexicon is valid (tested)")
    }

    fn indexes(&self) -> &Indexes {
        self.index.get_or_init(|| {
            let hedge = index_of(&self.hedge, |h| &h.phrases);
            let vague = index_of(&self.vague, |v| &v.phrases);
            let unit_before = index_of(&self.unit, |u| &u.before);
            let key_words = key_words::key_words(
                vague
                    .values()
                    .flatten()
                    .map(|(_, words, _)| words[0].as_str()),
            );
            let time_leads = super::time_words::lead_words(
                hedge
                    .values()
                    .flatten()
                    .flat_map(|(_, words, _)| words.iter().map(String::as_str)),
            );
            let suffix = index_of(&self.suffix, |h| &h.phrases);
            let unit_after = index_of(&self.unit, |u| &u.after);
            Indexes {
                key_words,
                time_leads,
                hedge_openings: Openings::of(&hedge),
                suffix_openings: Openings::of(&suffix),
                vague_openings: Openings::of(&vague),
                unit_before_openings: Openings::of(&unit_before),
                unit_after_openings: Openings::of(&unit_after),
                longest_hedge: longest_phrase(&hedge),
                longest_vague: longest_phrase(&vague),
                longest_unit_before: longest_phrase(&unit_before),
                hedge,
                suffix,
                vague,
                unit_before,
                unit_after,
            }
        })
    }

    /// The most words in any hedge phrase: how far before its number a
    /// hedged expression may begin.
    pub fn longest_hedge(&self) -> usize {
        self.indexes().longest_hedge
    }

    /// Whether a hedge or a vague amount may begin at a token.
    pub fn starts_hedge_or_vague(&self, token: &Token) -> bool {
        let indexes = self.indexes();
        indexes.hedge.contains_key(&token.key) || indexes.vague.contains_key(&token.key)
    }

    /// The words expressions are built on (`key_words::KeyWords`).
    pub(crate) fn key_words(&self) -> &KeyWords {
        &self.indexes().key_words
    }

    /// The words a time expression may run through before its first anchor
    /// or figure (`super::time_words::lead_words`).
    pub(crate) fn time_leads(&self) -> &crate::text::words::WordSet {
        &self.indexes().time_leads
    }

    /// Whether a vague amount may begin at a token.
    pub fn starts_vague(&self, token: &Token) -> bool {
        self.indexes().vague.contains_key(&token.key)
    }

    /// Whether a hedge or a unit written before a number may begin at a
    /// token.
    pub fn starts_hedge_or_unit_before(&self, token: &Token) -> bool {
        let indexes = self.indexes();
        indexes.hedge.contains_key(&token.key) || indexes.unit_before.contains_key(&token.key)
    }

    /// Whether a hedge, a unit written before a number or a vague amount
    /// may begin at a token.
    pub fn starts_figure_phrase(&self, token: &Token) -> bool {
        let indexes = self.indexes();
        indexes.hedge.contains_key(&token.key)
            || indexes.unit_before.contains_key(&token.key)
            || indexes.vague.contains_key(&token.key)
    }

    /// The most words in any vague amount.
    pub fn longest_vague(&self) -> usize {
        self.indexes().longest_vague
    }

    /// The most words in any unit written before a number ("US $").
    pub fn longest_unit_before(&self) -> usize {
        self.indexes().longest_unit_before
    }

    /// Merges `other` over `self`: a phrase `other` defines is taken from it.
    pub fn merge(&mut self, other: Lexicon) {
        self.index = OnceLock::new();
        merge_entries(&mut self.hedge, other.hedge, |h| &mut h.phrases);
        merge_entries(&mut self.suffix, other.suffix, |h| &mut h.phrases);
        merge_entries(&mut self.vague, other.vague, |v| &mut v.phrases);
        for unit in other.unit {
            self.unit.retain(|u| u.name != unit.name);
            self.unit.push(unit);
        }
    }

    /// The longest hedge phrase starting at token `i`: the hedge and its length in tokens.
    pub fn hedge_at(&self, tokens: &[Token], i: usize) -> Option<(&Hedge, usize)> {
        let indexes = self.indexes();
        longest(
            &self.hedge,
            &indexes.hedge,
            &indexes.hedge_openings,
            tokens,
            i,
        )
    }

    pub fn suffix_at(&self, tokens: &[Token], i: usize) -> Option<(&Hedge, usize)> {
        let indexes = self.indexes();
        longest(
            &self.suffix,
            &indexes.suffix,
            &indexes.suffix_openings,
            tokens,
            i,
        )
    }

    pub fn vague_at(&self, tokens: &[Token], i: usize) -> Option<(&Vague, usize)> {
        let indexes = self.indexes();
        longest(
            &self.vague,
            &indexes.vague,
            &indexes.vague_openings,
            tokens,
            i,
        )
    }

    /// A unit symbol written before a number ("$", "US$").
    pub fn unit_before(&self, tokens: &[Token], i: usize) -> Option<(&Unit, usize)> {
        let indexes = self.indexes();
        longest(
            &self.unit,
            &indexes.unit_before,
            &indexes.unit_before_openings,
            tokens,
            i,
        )
    }

    /// A unit word written after a number ("percent", "%", "km").
    pub fn unit_after(&self, tokens: &[Token], i: usize) -> Option<(&Unit, usize)> {
        let indexes = self.indexes();
        longest(
            &self.unit,
            &indexes.unit_after,
            &indexes.unit_after_openings,
            tokens,
            i,
        )
    }
}

fn merge_entries<T>(
    base: &mut Vec<T>,
    extra: Vec<T>,
    phrases: impl Fn(&mut T) -> &mut Vec<String>,
) {
    for mut entry in extra {
        let new: Vec<String> = phrases(&mut entry)
            .iter()
            .map(|p| p.to_lowercase())
            .collect();
        for old in base.iter_mut() {
            phrases(old).retain(|p| !new.contains(&p.to_lowercase()));
        }
        base.push(entry);
    }
    base.retain_mut(|e| !phrases(e).is_empty());
}

/// The longest phrase of a table starting at token `i` (the first entry
/// wins a tie): the entry and the phrase's length in tokens.
#[inline(always)]
fn longest<'a, T>(
    entries: &'a [T],
    index: &PhraseIndex,
    openings: &Openings,
    tokens: &[Token],
    i: usize,
) -> Option<(&'a T, usize)> {
    // The filter inline at every caller (most tokens begin no phrase), the
    // table out of line.
    let key = tokens.get(i)?.key;
    if !index.may_hold(key) {
        return None;
    }
    if !openings.may_open(tokens, i, key) {
        debug_assert!(longest_held(entries, index, tokens, i).is_none());
        return None;
    }
    longest_held(entries, index, tokens, i)
}

#[inline(never)]
fn longest_held<'a, T>(
    entries: &'a [T],
    index: &PhraseIndex,
    tokens: &[Token],
    i: usize,
) -> Option<(&'a T, usize)> {
    let first = tokens.get(i)?;
    let candidates = index.get(&first.key)?;
    let mut best: Option<(usize, usize)> = None;
    for (k, words, keys) in candidates {
        let len = words.len();
        // Words equal but for ASCII case share a key: a key that differs
        // rules a word out, and only a phrase whose keys all agree has its
        // words compared.
        let matches = i + len <= tokens.len()
            && keys.iter().zip(&tokens[i..]).all(|(&key, t)| t.key == key)
            && words
                .iter()
                .zip(&tokens[i..])
                .all(|(w, t)| t.text.eq_ignore_ascii_case(w));
        if matches && best.is_none_or(|(bk, l)| len > l || len == l && *k < bk) {
            best = Some((*k, len));
        }
    }
    best.map(|(k, len)| (&entries[k], len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_loads_and_documents_every_entry() {
        let lexicon = Lexicon::builtin();
        assert!(lexicon.hedge.iter().all(|h| !h.description.is_empty()));
        assert!(lexicon
            .vague
            .iter()
            .all(|v| !v.description.is_empty() && v.low <= v.high));
    }

    #[test]
    fn merge_replaces_a_phrase() {
        let mut lexicon = Lexicon::builtin();
        let extra: Lexicon = toml::from_str("[[vague]]\nphrases = [\"dozens\"]\nlow = 13\nhigh = 99\ndescription = \"house reading\"\n").unwrap();
        lexicon.merge(extra);
        let dozens: Vec<&Vague> = lexicon
            .vague
            .iter()
            .filter(|v| v.phrases.iter().any(|p| p == "dozens"))
            .collect();
        assert_eq!(dozens.len(), 1);
        assert_eq!(dozens[0].low, 13.0);
    }

    /// The tables' readers, which turn words away by the next word's key
    /// (`Openings`), read what the phrases read (`longest_held`), with the
    /// built-in lexicon and with one of other phrases, over seeded random
    /// sentences.
    #[test]
    fn phrases_turned_away_by_the_next_word_are_none() {
        let builtin = Lexicon::builtin();
        let mut own = Lexicon::builtin();
        own.merge(
            toml::from_str(
                "[[vague]]\nphrases = [\"a\", \"a great many\", \"the odd\", \"umpteen\"]\n\
                 low = 1\nhigh = 3\n\
                 [[hedge]]\nphrases = [\"more\", \"in the region of some\"]\nbound = \"around\"\n\
                 [[unit]]\nname = \"thing\"\nbefore = [\"per\", \"at the\"]\nafter = [\"per cent\", \"km\"]\n",
            )
            .unwrap(),
        );
        let vocabulary = [
            "a",
            "A",
            "an",
            "few",
            "Few",
            "couple",
            "of",
            "handful",
            "several",
            "dozens",
            "tens",
            "thousands",
            "hundreds",
            "millions",
            "scores",
            "great",
            "many",
            "the",
            "odd",
            "umpteen",
            "more",
            "than",
            "at",
            "least",
            "most",
            "in",
            "excess",
            "region",
            "as",
            "up",
            "to",
            "or",
            "so",
            "plus",
            "less",
            "over",
            "about",
            "estimated",
            "be",
            "around",
            "$",
            "US",
            "US$",
            "USD",
            "%",
            "percent",
            "km",
            "per",
            "cent",
            "-odd",
            "week",
            "people",
            ",",
            "3",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..3000 {
            let n = 1 + (state % 8) as usize;
            let words: Vec<&str> = (0..n)
                .map(|_| {
                    crate::xorshift(&mut state);
                    vocabulary[(state % vocabulary.len() as u64) as usize]
                })
                .collect();
            let text = words.join(" ");
            let tokens = tokenize(&text, Span::new(0, text.len()));
            for lexicon in [&builtin, &own] {
                let ix = lexicon.indexes();
                let read =
                    |found: Option<(&Vague, usize)>| found.map(|(v, n)| (v.phrases.clone(), n));
                let held =
                    |found: Option<(&Hedge, usize)>| found.map(|(h, n)| (h.phrases.clone(), n));
                let unit = |found: Option<(&Unit, usize)>| found.map(|(u, n)| (u.name.clone(), n));
                for i in 0..=tokens.len() {
                    let full = |index| tokens.get(i).and(Some(index));
                    // Each table's reader against the plain search of its
                    // phrases, compared by what the match names.
                    macro_rules! agrees {
                        ($name:ident, $fast:ident, $index:ident, $table:ident) => {
                            assert_eq!(
                                $name(lexicon.$fast(&tokens, i)),
                                $name(full(&ix.$index).and_then(|x| longest_held(
                                    &lexicon.$table,
                                    x,
                                    &tokens,
                                    i
                                ))),
                                "{text} at {i}"
                            )
                        };
                    }
                    agrees!(read, vague_at, vague, vague);
                    agrees!(held, hedge_at, hedge, hedge);
                    agrees!(held, suffix_at, suffix, suffix);
                    agrees!(unit, unit_before, unit_before, unit);
                    agrees!(unit, unit_after, unit_after, unit);
                }
            }
        }
    }
}
