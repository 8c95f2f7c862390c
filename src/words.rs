//! Word lookups that the hot loops share: a word list read case-insensitively
//! by hashing, and phrase lists indexed by their first word. Every stage asks
//! "is this token one of these words?" at every token; a linear scan of a
//! list, or a lower-cased copy of the token per question, was a large part of
//! a corpus run's profile.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::expressions::tokens::Token;

/// Calls `f` with `word` in ASCII lower case, without allocating for short
/// words. Only ASCII letters change, as `eq_ignore_ascii_case` compares.
pub fn with_ascii_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 48];
    if word.len() <= buf.len() {
        let bytes = &mut buf[..word.len()];
        bytes.copy_from_slice(word.as_bytes());
        bytes.make_ascii_lowercase();
        // Lower-casing ASCII bytes in place keeps UTF-8 valid.
        match std::str::from_utf8(bytes) {
            Ok(lower) => f(lower),
            Err(_) => f(&word.to_ascii_lowercase()),
        }
    } else {
        f(&word.to_ascii_lowercase())
    }
}

/// Calls `f` with `word` lower-cased exactly as `str::to_lowercase` does,
/// without allocating for short ASCII words.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.is_ascii() {
        with_ascii_lower(word, f)
    } else {
        f(&word.to_lowercase())
    }
}

/// A set of words matched as `Token::is` matches: ignoring ASCII case.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    words: FxHashSet<Box<str>>,
}

impl WordSet {
    pub fn new<S: AsRef<str>>(words: &[S]) -> WordSet {
        WordSet {
            words: words
                .iter()
                .map(|w| w.as_ref().to_ascii_lowercase().into_boxed_str())
                .collect(),
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        with_ascii_lower(word, |w| self.words.contains(w))
    }
}

/// A `WordSet` built once from a constant list.
#[macro_export]
macro_rules! word_set {
    ($list:expr) => {{
        static SET: std::sync::OnceLock<$crate::words::WordSet> = std::sync::OnceLock::new();
        SET.get_or_init(|| $crate::words::WordSet::new($list))
    }};
}

/// Phrases of lower-case words, in the order given, indexed by first word.
#[derive(Debug, Clone, Default)]
pub struct Phrases {
    phrases: Vec<Vec<String>>,
    by_first: FxHashMap<String, Vec<usize>>,
}

impl Phrases {
    pub fn new(phrases: Vec<Vec<String>>) -> Phrases {
        let mut by_first: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (k, p) in phrases.iter().enumerate() {
            if let Some(first) = p.first() {
                by_first
                    .entry(first.to_ascii_lowercase())
                    .or_default()
                    .push(k);
            }
        }
        Phrases { phrases, by_first }
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Vec<String>> {
        self.phrases.iter()
    }

    /// The length of the first phrase, in list order, written at `tokens[at..]`.
    pub fn first_at(&self, tokens: &[Token], at: usize) -> Option<usize> {
        self.all_at(tokens, at).next()
    }

    /// The lengths of every phrase written at `tokens[at..]`, in list order.
    pub fn all_at<'p>(
        &'p self,
        tokens: &'p [Token],
        at: usize,
    ) -> impl Iterator<Item = usize> + 'p {
        let candidates: &[usize] = tokens
            .get(at)
            .and_then(|t| with_ascii_lower(t.text, |w| self.by_first.get(w)))
            .map_or(&[], |v| v.as_slice());
        candidates
            .iter()
            .filter_map(move |&k| phrase_at(tokens, at, &self.phrases[k]))
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
    use crate::document::Span;
    use crate::expressions::tokens::tokenize;

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
    }
}
