//! Word lookups that the hot loops share: a word list read case-insensitively
//! by hashing, and phrase lists indexed by their first word. Every stage asks
//! "is this token one of these words?" at every token; a linear scan of a
//! list, or a lower-cased copy of the token per question, was a large part of
//! a corpus run's profile.

use rustc_hash::FxHashMap;

use crate::text::keys::{key, lower_key_of};
use crate::text::tokens::Token;

/// `key` of a token's lower-case form: the token's own key when it is ASCII
/// (a key ignores ASCII case), else that of its lower-cased copy. A table
/// keyed by lower-case words is looked up with it exactly.
#[inline]
pub fn lower_key(token: &Token) -> u64 {
    if token.ascii {
        token.key
    } else {
        lower_key_of(token.text)
    }
}

/// Bits in a `KeyMap`'s filter: 4,096, so that a table of a few hundred
/// words lets through a few percent of the words it does not hold.
const FILTER_WORDS: usize = 64;

/// A map by word key (`key`) with a bit filter in front of it. Nearly every
/// lookup in running text is for a word the table does not hold ("is this
/// token a cue verb? a number word? the first word of a hedge?"), and the
/// filter answers most of those with one multiply and one bit, where the
/// hash table would probe. A set bit only sends the lookup on to the table,
/// so the filter never changes an answer.
#[derive(Debug, Clone)]
pub struct KeyMap<V> {
    filter: [u64; FILTER_WORDS],
    map: FxHashMap<u64, V>,
}

impl<V> Default for KeyMap<V> {
    fn default() -> Self {
        KeyMap {
            filter: [0; FILTER_WORDS],
            map: FxHashMap::default(),
        }
    }
}

/// A key's bit in a filter: its word and its mask, from the key's top
/// twelve bits. Every key ends its hash with a multiply (`key_step`), whose
/// top bits depend on every bit of the word, so they serve as they are
/// (another multiply here was one more on the path of every lookup).
#[inline(always)]
fn filter_bit(key: u64) -> (usize, u64) {
    let h = (key >> 52) as usize;
    (h >> 6, 1 << (h & 63))
}

impl<V> KeyMap<V> {
    /// Whether the map may hold `key`: `false` is sure, `true` only says
    /// to look. For callers that test this inline and read the table out of
    /// line (most lookups end here).
    #[inline(always)]
    pub fn may_hold(&self, key: u64) -> bool {
        let (word, mask) = filter_bit(key);
        self.filter[word] & mask != 0
    }

    #[inline]
    pub fn get(&self, key: &u64) -> Option<&V> {
        if self.may_hold(*key) {
            self.map.get(key)
        } else {
            None
        }
    }

    #[inline]
    pub fn contains_key(&self, key: &u64) -> bool {
        self.may_hold(*key) && self.map.contains_key(key)
    }

    pub fn insert(&mut self, key: u64, value: V) -> Option<V> {
        let (word, mask) = filter_bit(key);
        self.filter[word] |= mask;
        self.map.insert(key, value)
    }

    /// The value at `key`, made with `V::default()` if there is none.
    pub fn entry_or_default(&mut self, key: u64) -> &mut V
    where
        V: Default,
    {
        let (word, mask) = filter_bit(key);
        self.filter[word] |= mask;
        self.map.entry(key).or_default()
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.map.values()
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.map.values_mut()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// A set of word keys, filtered as `KeyMap` is.
pub type KeySet = KeyMap<()>;

impl KeySet {
    #[inline]
    pub fn contains(&self, key: &u64) -> bool {
        self.contains_key(key)
    }
}

impl FromIterator<u64> for KeySet {
    fn from_iter<I: IntoIterator<Item = u64>>(keys: I) -> Self {
        let mut set = KeySet::default();
        for k in keys {
            set.insert(k, ());
        }
        set
    }
}

/// A set of words matched as `Token::is` matches: ignoring ASCII case.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    words: KeyMap<Vec<Box<str>>>,
}

impl WordSet {
    pub fn new<S: AsRef<str>>(words: &[S]) -> WordSet {
        let mut set: KeyMap<Vec<Box<str>>> = KeyMap::default();
        for w in words {
            let w = w.as_ref();
            set.entry_or_default(key(w)).push(w.into());
        }
        WordSet { words: set }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.contains_keyed(key(word), word)
    }

    /// Whether the set holds `word` as it is written (not ignoring case).
    pub fn contains_exactly(&self, word: &str) -> bool {
        self.words
            .get(&key(word))
            .is_some_and(|ws| ws.iter().any(|w| **w == *word))
    }

    /// As `contains`, for a token, whose key is made already.
    pub fn contains_token(&self, token: &Token) -> bool {
        self.contains_keyed(token.key, token.text)
    }

    /// The filter inline at every caller (most words are not in a set, and
    /// it says so in a few instructions), the table out of line.
    #[inline(always)]
    fn contains_keyed(&self, key: u64, word: &str) -> bool {
        self.words.may_hold(key) && self.holds(key, word)
    }

    #[inline(never)]
    fn holds(&self, key: u64, word: &str) -> bool {
        self.words
            .map
            .get(&key)
            .is_some_and(|ws| ws.iter().any(|w| w.eq_ignore_ascii_case(word)))
    }
}

/// A `WordSet` built once from a constant list.
#[macro_export]
macro_rules! word_set {
    ($list:expr) => {{
        static SET: std::sync::OnceLock<$crate::text::words::WordSet> = std::sync::OnceLock::new();
        SET.get_or_init(|| $crate::text::words::WordSet::new($list))
    }};
}

/// Phrases of lower-case words, in the order given, indexed by first word.
#[derive(Debug, Clone, Default)]
pub struct Phrases {
    phrases: Vec<Vec<String>>,
    /// Each phrase's words' keys: a token whose key differs is not the
    /// word (words that `Token::is` holds equal have one key), so most
    /// phrases that begin at a token are ruled out by comparing numbers,
    /// not words.
    keys: Vec<Vec<u64>>,
    by_first: KeyMap<Vec<usize>>,
}

impl Phrases {
    pub fn new(phrases: Vec<Vec<String>>) -> Phrases {
        let mut by_first: KeyMap<Vec<usize>> = KeyMap::default();
        for (k, p) in phrases.iter().enumerate() {
            if let Some(first) = p.first() {
                by_first.entry_or_default(key(first)).push(k);
            }
        }
        let keys = phrases
            .iter()
            .map(|p| p.iter().map(|w| key(w)).collect())
            .collect();
        Phrases {
            phrases,
            keys,
            by_first,
        }
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Vec<String>> {
        self.phrases.iter()
    }

    /// The length of the first phrase, in list order, written at `tokens[at..]`.
    #[inline(always)]
    pub fn first_at(&self, tokens: &[Token], at: usize) -> Option<usize> {
        // Most tokens begin no phrase: the key's filter says so inline, at
        // every caller; the table and the phrases are read out of line.
        let key = tokens.get(at)?.key;
        if !self.by_first.may_hold(key) {
            return None;
        }
        self.first_at_held(tokens, at, key)
    }

    #[inline(never)]
    fn first_at_held(&self, tokens: &[Token], at: usize, key: u64) -> Option<usize> {
        let candidates = self.by_first.map.get(&key)?;
        candidates
            .iter()
            .find_map(|&k| self.phrase_at(tokens, at, k))
    }

    /// The lengths of every phrase written at `tokens[at..]`, in list order.
    pub fn all_at<'p>(
        &'p self,
        tokens: &'p [Token],
        at: usize,
    ) -> impl Iterator<Item = usize> + 'p {
        let candidates: &[usize] = tokens
            .get(at)
            .and_then(|t| self.by_first.get(&t.key))
            .map_or(&[], |v| v.as_slice());
        candidates
            .iter()
            .filter_map(move |&k| self.phrase_at(tokens, at, k))
    }

    /// `phrase_at` of phrase `k`, its words' keys compared before the words.
    #[inline]
    fn phrase_at(&self, tokens: &[Token], at: usize, k: usize) -> Option<usize> {
        let (phrase, keys) = (&self.phrases[k], &self.keys[k]);
        let written = tokens.get(at..at + phrase.len())?;
        written
            .iter()
            .zip(keys)
            .all(|(t, &key)| t.key == key)
            .then(|| phrase_at(tokens, at, phrase))
            .flatten()
    }
}

/// Whether `phrase` (lower-case words) is written at `tokens[at..]`; returns its length.
pub fn phrase_at(tokens: &[Token], at: usize, phrase: &[String]) -> Option<usize> {
    if at + phrase.len() > tokens.len() {
        return None;
    }
    phrase
        .iter()
        .zip(&tokens[at..])
        .all(|(w, t)| t.is(w))
        .then_some(phrase.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::text::tokens::tokenize;
    use crate::text::Span;

    #[test]
    fn key_map_answers_as_its_table_does() {
        // Every word of a large table is found through the filter, and words
        // that are not in it are not, whichever bits they share.
        let held: Vec<String> = (0..2_000).map(|n| format!("word{n}")).collect();
        let mut map: KeyMap<usize> = KeyMap::default();
        for (n, w) in held.iter().enumerate() {
            map.insert(key(w), n);
        }
        for (n, w) in held.iter().enumerate() {
            assert_eq!(map.get(&key(w)), Some(&n), "{w}");
        }
        for n in 0..20_000 {
            let w = format!("other{n}");
            assert!(!map.contains_key(&key(&w)), "{w}");
        }
        let empty: KeySet = std::iter::empty().collect();
        assert!(!empty.contains(&key("said")));
        let set: KeySet = ["said", "told"].iter().map(|w| key(w)).collect();
        assert!(set.contains(&key("SAID")) && !set.contains(&key("sad")));
        assert_eq!(set.len(), 2);
    }

    #[test]
    fn word_sets_ignore_ascii_case_only() {
        let set = WordSet::new(&["said", "According"]);
        assert!(set.contains("SAID") && set.contains("according"));
        assert!(!set.contains("sai") && !set.contains("saïd"));
        let long = "x".repeat(100);
        assert!(!set.contains(&long));
    }

    #[test]
    fn phrases_keep_their_order() {
        let p = Phrases::new(vec![
            vec!["according".into(), "to".into(), "reports".into()],
            vec!["according".into(), "to".into()],
        ]);
        let text = "According to reports, it fell. according to him";
        let tokens = tokenize(text, Span::new(0, text.len()));
        assert_eq!(p.first_at(&tokens, 0), Some(3));
        assert_eq!(p.first_at(&tokens, 7), Some(2));
        assert_eq!(p.first_at(&tokens, 1), None);
        assert_eq!(p.all_at(&tokens, 0).collect::<Vec<_>>(), [3, 2]);
        assert_eq!(p.all_at(&tokens, 7).collect::<Vec<_>>(), [2]);
    }

    /// Phrases found by their words' keys are those found by their words,
    /// in any case, at every token.
    #[test]
    fn phrases_by_key_are_phrases_by_word() {
        let p = Phrases::new(vec![
            vec!["according".into(), "to".into(), "reports".into()],
            vec!["according".into(), "to".into()],
            vec!["it".into(), "is".into(), "said".into()],
            vec!["it".into()],
            vec!["é".into(), "to".into()],
        ]);
        let text = "ACCORDING to Reports it IS said, it is. É to é To according";
        let tokens = tokenize(text, Span::new(0, text.len()));
        for at in 0..=tokens.len() + 1 {
            let by_word = p
                .iter()
                .filter(|w| {
                    w.first()
                        .is_some_and(|f| tokens.get(at).is_some_and(|t| t.is(f)))
                })
                .filter_map(|w| phrase_at(&tokens, at, w));
            assert_eq!(
                p.all_at(&tokens, at).collect::<Vec<_>>(),
                by_word.collect::<Vec<_>>(),
                "{at}"
            );
            let first = p.iter().find_map(|w| {
                tokens
                    .get(at)
                    .is_some_and(|t| w.first().is_some_and(|f| t.is(f)))
                    .then(|| phrase_at(&tokens, at, w))
                    .flatten()
            });
            assert_eq!(p.first_at(&tokens, at), first, "{at}");
        }
    }
}
