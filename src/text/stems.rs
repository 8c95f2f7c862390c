//! English stems, so that "killed" meets "kill" and "sons" meets "son":
//! Snowball's English algorithm from the `rust-stemmers` crate, with the
//! per-thread caches every stage that compares words by stem shares (the
//! graph's frames and names, the event lexicon, the timeline's mentions).

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use super::tokens::Token;

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The stem of a word, lower case. Stems are kept per thread (up to a
/// bound): a text repeats its words, and stemming is a hot spot.
pub fn stem(word: &str) -> String {
    thread_local! {
        static CACHE: RefCell<HashMap<String, String>> = RefCell::new(HashMap::default());
    }
    CACHE.with(|cache| {
        if let Some(s) = cache.borrow().get(word) {
            return s.clone();
        }
        let stemmed = stem_uncached(word);
        let mut cache = cache.borrow_mut();
        if cache.len() >= 50_000 {
            cache.clear();
        }
        cache.insert(word.to_string(), stemmed.clone());
        stemmed
    })
}

/// The stem of a word, computed afresh.
fn stem_uncached(word: &str) -> String {
    with_stem(word, str::to_string)
}

/// Hands the stem of a word, computed afresh, to `f`: for callers that keep
/// their own cache (`stem_id`), so that a word is not kept twice. The word
/// is not copied when it is already lower case.
fn with_stem<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let lower = crate::text::keys::lower(word);
    let bare = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(&lower);
    f(&stemmer().stem(bare))
}

/// A stem as frames and names hold it: a 64-bit hash of the stem, so that
/// comparing two figures' contexts compares integers, not strings (a subject
/// with many figures meets each against hundreds of others), with no table
/// to keep. Two stems share a hash with odds of about one in 10^19 per pair.
pub type StemId = u64;

/// The `StemId` of a word's stem. Kept per thread (up to a bound), as `stem` is.
pub fn stem_id(word: &str) -> StemId {
    stem_id_keyed(crate::text::keys::key(word), word)
}

/// As `stem_id`, for a token, whose key is made already. The cache is keyed
/// by the token's key (its lower-cased bytes hashed), so that a word seen
/// before costs one integer lookup: words that differ only in ASCII case
/// share a key and a stem.
pub fn stem_id_token(token: &Token) -> StemId {
    stem_id_keyed(token.key, token.text)
}

fn stem_id_keyed(key: u64, word: &str) -> StemId {
    thread_local! {
        static IDS: RefCell<HashMap<u64, StemId>> = RefCell::new(HashMap::default());
    }
    IDS.with(|ids| {
        if let Some(&id) = ids.borrow().get(&key) {
            return id;
        }
        let id = with_stem(word, |stem| {
            use std::hash::{BuildHasher, Hasher};
            let mut h = rustc_hash::FxBuildHasher.build_hasher();
            h.write(stem.as_bytes());
            h.finish()
        });
        keep(&mut ids.borrow_mut(), key, id);
        id
    })
}

/// Adds a word's answer to a per-thread table keyed by word key, emptying
/// the table first when it is full: a corpus's vocabulary outgrows any
/// bound, and 200,000 words at 16 bytes a word is about 5 MB a thread.
pub(crate) fn keep<V>(table: &mut HashMap<u64, V>, key: u64, value: V) {
    if table.len() >= 200_000 {
        table.clear();
    }
    table.insert(key, value);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("killed"), stem("kill"));
        assert_eq!(stem("sons"), stem("son"));
        assert_eq!(stem("Syria's"), stem("Syria"));
        assert_eq!(stem_id("Killed"), stem_id("kill"));
    }
}
