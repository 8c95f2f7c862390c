//! Word lookups that the hot loops share: a word list read case-insensitively
//! by hashing, and phrase lists indexed by their first word. Every stage asks
//! "is this token one of these words?" at every token; a linear scan of a
//! list, or a lower-cased copy of the token per question, was a large part of
//! a corpus run's profile.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use crate::expressions::tokens::Token;

/// A word's key: a hash of its ASCII lower case, so that words that
/// `eq_ignore_ascii_case` holds equal have one key. Tokens carry theirs
/// (`Token::key`), made once when the sentence is tokenized; tables of words
/// and phrases are indexed by it, and every match is still checked word by
/// word, so two words sharing a key cost a comparison, never a wrong match.
pub fn key(word: &str) -> u64 {
    key_and_ascii(word).0
}

/// `key`, and whether the word is all ASCII, in the one pass.
#[inline]
pub fn key_and_ascii(word: &str) -> (u64, bool) {
    let (key, ascii, _) = key_ascii_capital(word);
    (key, ascii)
}

/// `key_and_ascii`, and whether the word has an ASCII capital letter
/// anywhere in it (the fold finds them anyway), in the one pass.
#[inline]
pub fn key_ascii_capital(word: &str) -> (u64, bool, bool) {
    let bytes = word.as_bytes();
    let mut hash = key_seed(bytes.len());
    let mut high = 0u64;
    let mut capitals = 0u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        high |= x;
        let upper = upper_bits(x);
        capitals |= upper;
        hash = key_step(hash, x, upper);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // The last bytes, little-endian and padded with zeros, one at a time
        // (a copy of a variable length would call memcpy).
        let mut x = 0u64;
        for (k, &b) in rest.iter().enumerate() {
            x |= u64::from(b) << (8 * k);
        }
        high |= x;
        let upper = upper_bits(x);
        capitals |= upper;
        hash = key_step(hash, x, upper);
    }
    (hash, high & HIGH_BITS == 0, capitals != 0)
}

/// `key_ascii_capital` of a word of at most eight bytes given as those
/// bytes, little-endian and padded with zeros (the tokenizer reads them in
/// one load from the text around the word).
#[inline(always)]
pub const fn key_ascii_capital_short(x: u64, len: usize) -> (u64, bool, bool) {
    let upper = upper_bits(x);
    (
        key_step(key_seed(len), x, upper),
        x & HIGH_BITS == 0,
        upper != 0,
    )
}

/// `key` of a word of at most sixteen bytes given as its first eight and
/// the rest (little-endian, padded with zeros; `rest` is 0 up to eight
/// bytes), with its ASCII capital letters marked as `upper_bits` marks them
/// (bit 7 of each such byte): the tokenizer finds them as it finds the
/// word's end.
#[inline(always)]
pub fn key_with_capitals(
    first: u64,
    first_capitals: u64,
    rest: u64,
    rest_capitals: u64,
    len: usize,
) -> u64 {
    let hash = key_step(key_seed(len), first, first_capitals);
    if len > 8 {
        key_step(hash, rest, rest_capitals)
    } else {
        hash
    }
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Where a key's hash starts: words of different lengths part at once.
#[inline(always)]
const fn key_seed(len: usize) -> u64 {
    (len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Bit 7 set in each byte of `x` that is an ASCII capital letter, and
/// no other bit: eight bytes tested at once.
#[inline(always)]
const fn upper_bits(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    // Bit 7 of each byte of `from_a` is set where its low seven bits are
    // 'A' or above, of `past_z` where they are past 'Z' (no carry crosses
    // a byte: 0x7f + 0x3f < 0x100).
    let from_a = (x & LOW7) + 0x3f3f_3f3f_3f3f_3f3f;
    let past_z = (x & LOW7) + 0x2525_2525_2525_2525;
    from_a & !past_z & !x & HIGH_BITS
}

/// One step of the key's hash: eight bytes at a time (a byte at a time was
/// a tenth of the tokenizer), ASCII upper case (`upper_bits` of `x`) folded
/// to lower case in all eight at once and every other byte kept as it is,
/// as `u8::to_ascii_lowercase` does.
#[inline(always)]
const fn key_step(hash: u64, x: u64, upper: u64) -> u64 {
    let lower = x | (upper >> 2);
    (hash.rotate_left(23) ^ lower).wrapping_mul(0xf135_7aea_2e62_a9c5)
}

/// A word in lower case, borrowed when it already is: most words in running
/// text are, and a lookup should not allocate a copy of each.
pub fn lower(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// An id made of a prefix and a number ("c12", "s3"): written with `itoa`,
/// not `format!`, as every claim and source gets one (the formatter's
/// machinery cost more than the rest of a claim's making).
pub fn numbered_id(prefix: char, n: usize) -> String {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(n);
    let mut id = String::with_capacity(prefix.len_utf8() + digits.len());
    id.push(prefix);
    id.push_str(digits);
    id
}

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

/// `key` of a text's lower case (full Unicode lower case, as
/// `to_lowercase` gives): the text's own key when it is ASCII, which needs
/// no copy. Tables keyed by lower-cased names are looked up with it, a
/// 64-bit key standing for the name as stems do (`graph::text::StemId`).
#[inline]
pub fn lower_key_of(text: &str) -> u64 {
    // The key tells whether the text is ASCII as it is made: no pass
    // before it to ask.
    let (key_of_text, ascii) = key_and_ascii(text);
    if ascii {
        key_of_text
    } else {
        key(&text.to_lowercase())
    }
}

/// A word without its possessive ending ("Tuesday's", "Reuters’s" → the
/// name), as `trim_end_matches("'s").trim_end_matches("’s")` gives, without
/// building a substring searcher per call.
pub fn without_possessive(word: &str) -> &str {
    let mut w = word;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix("’s") {
        w = rest;
    }
    w
}

/// A short word's bytes ASCII-lower-cased into `buf`, for matching against
/// a fixed list of short ASCII words (month and weekday names, scale words)
/// as byte strings; `None` when it is longer than the buffer, since no such
/// word is.
pub fn ascii_lower_short<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    let out = buf.get_mut(..bytes.len())?;
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    Some(out)
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
        static SET: std::sync::OnceLock<$crate::words::WordSet> = std::sync::OnceLock::new();
        SET.get_or_init(|| $crate::words::WordSet::new($list))
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

    /// `lower_key_of` is the key of the ASCII text or of its lower case,
    /// and keys of every length are made as a byte at a time makes them.
    #[test]
    fn lower_keys_are_keys_of_the_lower_case() {
        for w in [
            "",
            "a",
            "Said",
            "ÉMILE",
            "émile",
            "Zürich",
            "ABCDEFGHIJKLMNOPQRSTU",
            "al-Hol’s",
            "x1",
        ] {
            let expected = if w.is_ascii() {
                key(w)
            } else {
                key(&w.to_lowercase())
            };
            assert_eq!(lower_key_of(w), expected, "{w}");
        }
        // Keys of every length to past three loads of eight, against the
        // key made a byte at a time.
        let text = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789éÉ";
        for end in 0..=text.len() {
            let Some(w) = text.get(..end) else { continue };
            let mut hash = key_seed(w.len());
            let mut high = 0u64;
            let mut capital = false;
            for chunk in w.as_bytes().chunks(8) {
                let mut x = 0u64;
                for (k, &b) in chunk.iter().enumerate() {
                    x |= u64::from(b) << (8 * k);
                    capital |= b.is_ascii_uppercase();
                }
                high |= x;
                hash = key_step(hash, x, upper_bits(x));
            }
            assert_eq!(
                key_ascii_capital(w),
                (hash, high & HIGH_BITS == 0, capital),
                "{w}"
            );
        }
    }
    use crate::document::Span;
    use crate::expressions::tokens::tokenize;

    #[test]
    fn numbered_ids_are_written_as_format_writes_them() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, usize::MAX] {
            assert_eq!(numbered_id('c', n), format!("c{n}"));
            assert_eq!(numbered_id('s', n), format!("s{n}"));
        }
    }

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
    fn lower_borrows_only_what_is_already_lower_case() {
        assert!(matches!(lower("said"), Cow::Borrowed("said")));
        assert_eq!(lower("Said"), "said");
        assert_eq!(lower("ÉMILE"), "émile");
        let mut buf = [0u8; 16];
        assert_eq!(
            ascii_lower_short("TuEsDaY", &mut buf),
            Some(&b"tuesday"[..])
        );
        assert_eq!(ascii_lower_short("Ñame", &mut buf), Some("Ñame".as_bytes()));
        assert_eq!(ascii_lower_short(&"a".repeat(17), &mut buf), None);
    }

    #[test]
    fn possessives_come_off_as_trim_end_matches_takes_them() {
        for word in [
            "Tuesday's",
            "Reuters’s",
            "it's's",
            "boss",
            "'s",
            "Obama’s's",
            "s",
        ] {
            assert_eq!(
                without_possessive(word),
                word.trim_end_matches("'s").trim_end_matches("’s"),
                "{word}"
            );
        }
    }

    fn key_mix(hash: u64, x: u64) -> u64 {
        key_step(hash, x, upper_bits(x))
    }

    #[test]
    fn the_eight_byte_fold_is_to_ascii_lowercase() {
        // Every byte value, in every lane, with other lanes around it.
        for b in 0..=255u8 {
            for lane in 0..8 {
                let mut bytes = *b"xYzQ09a\xc3";
                bytes[lane] = b;
                let lowered = bytes.map(|c| c.to_ascii_lowercase());
                assert_eq!(
                    key_mix(7, u64::from_le_bytes(bytes)),
                    key_mix(7, u64::from_le_bytes(lowered)),
                    "{b:#x} in lane {lane}"
                );
                // The capitals found are the bytes `is_ascii_uppercase` holds.
                let capitals = upper_bits(u64::from_le_bytes(bytes)).to_le_bytes();
                for (c, byte) in capitals.iter().zip(bytes) {
                    assert_eq!(
                        *c == 0x80,
                        byte.is_ascii_uppercase(),
                        "{b:#x} in lane {lane}"
                    );
                    assert!(*c == 0 || *c == 0x80);
                }
                // And only case is folded: another byte gives another key.
                let mut other = lowered;
                other[lane] = lowered[lane].wrapping_add(1);
                assert_ne!(
                    key_mix(7, u64::from_le_bytes(lowered)),
                    key_mix(7, u64::from_le_bytes(other)),
                    "{b:#x} in lane {lane}"
                );
            }
        }
    }

    #[test]
    fn keys_fold_ascii_case_only() {
        // Every byte value in every position of a chunk, against the
        // byte-at-a-time lower case.
        for b in 0..=255u8 {
            for at in 0..10 {
                let mut word = vec![b'x'; 10];
                word[at] = b;
                let lowered = word.to_ascii_lowercase();
                if let (Ok(w), Ok(l)) = (std::str::from_utf8(&word), std::str::from_utf8(&lowered))
                {
                    assert_eq!(key(w), key(l), "{b:#x} at {at}");
                    assert_eq!(key_and_ascii(w).1, b < 0x80);
                }
            }
        }
        for (a, b) in [
            ("said", "SAID"),
            ("Émile", "Émile"),
            ("twenty-five", "Twenty-Five"),
        ] {
            assert_eq!(key(a), key(b));
        }
        for (a, b) in [
            ("said", "sad"),
            ("said", "said "),
            ("a", "a\0"),
            ("é", "É"),
            ("tuesday", "tuesdays"),
        ] {
            assert_ne!(key(a), key(b), "{a:?} {b:?}");
        }
        // The tokenizer's one-load form gives the same key.
        for w in ["", "a", "Said", "ÉMILE", "12,400", "Tuesday"] {
            let mut x = 0u64;
            for (k, &b) in w.as_bytes().iter().enumerate() {
                x |= u64::from(b) << (8 * k);
            }
            assert_eq!(
                key_ascii_capital_short(x, w.len()),
                key_ascii_capital(w),
                "{w}"
            );
        }
        // And the two-load form, for words of up to sixteen bytes.
        for w in [
            "",
            "a",
            "Said",
            "Tuesday",
            "Tuesdays",
            "Presidents",
            "iPhoneXS",
            "COVID19",
            "abcdefghijklmnop",
            "ABCDEFGHIJKLMNO",
        ] {
            let mut x = [0u64; 2];
            for (k, &b) in w.as_bytes().iter().enumerate() {
                x[k / 8] |= u64::from(b) << (8 * (k % 8));
            }
            assert_eq!(
                key_with_capitals(x[0], upper_bits(x[0]), x[1], upper_bits(x[1]), w.len()),
                key(w),
                "{w}"
            );
        }
        for w in [
            "said",
            "Said",
            "iPhone",
            "al-Hol",
            "ÉMILE",
            "émile",
            "12,400",
            "mcDONALD's",
        ] {
            assert_eq!(
                key_ascii_capital(w).2,
                w.bytes().any(|b| b.is_ascii_uppercase()),
                "{w}"
            );
        }
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
