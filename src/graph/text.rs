//! Words as the graph compares them: English stems (Snowball, from the
//! `rust-stemmers` crate, so that "killed" meets "kill" and "sons" meets
//! "son"), the content words of a sentence (its frame), and the names in it.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::ops::Range;

use crate::lexicon::number_words::NUMBER_WORDS;
use crate::lexicon::ordinals::SERIES_MARKERS;
use crate::lexicon::sentence_openers::OPENERS_NAMING_NOTHING;
use crate::lexicon::stop_words::is_stop_token;
use crate::text::stems::{keep, stem_id_token, StemId};
use crate::text::tokens::Token;

/// Whether a token is a word that carries content.
fn is_content(token: &Token) -> bool {
    token.is_word()
        && token.text.chars().any(|c| c.is_alphabetic())
        && token.text.chars().count() > 1
        && !is_stop_token(token)
        && !crate::word_set!(NUMBER_WORDS).contains_token(token)
}

/// A token's text, lower case, if it is a marker: what tells one event of a
/// series from another, an ordinal ("first", "138th") or a year. `ordinals`
/// is `SERIES_MARKERS`' set, looked up once for a sentence, not once a token.
fn marker(t: &Token, ordinals: &crate::text::words::WordSet) -> Option<String> {
    let bytes = t.text.as_bytes();
    // Digits and then "st", "nd", "rd" or "th", in any case, or a year: both
    // open with a digit, which no ordinal word does, so most tokens (words)
    // are read against the ordinal words alone.
    let hit = if bytes.first().is_some_and(u8::is_ascii_digit) {
        let ordinal_suffix = bytes.len() > 2 && {
            let (digits, suffix) = bytes.split_at(bytes.len() - 2);
            ["st", "nd", "rd", "th"]
                .iter()
                .any(|x| suffix.eq_ignore_ascii_case(x.as_bytes()))
                && digits.iter().all(u8::is_ascii_digit)
        };
        let year = t.is_number()
            && t.text.len() == 4
            && t.text
                .parse::<u32>()
                .is_ok_and(|y| (1000..=2100).contains(&y));
        ordinal_suffix || year
    } else {
        t.is_word() && ordinals.contains_token(t)
    };
    hit.then(|| crate::text::keys::lower(t.text).into_owned())
}

/// The markers of `found` (token index, text; sorted by text) other than
/// those of the tokens `own`, sorted and without repeats.
fn select_markers(found: &[(usize, String)], own: &Range<usize>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (k, m) in found {
        if !own.contains(k) && out.last() != Some(m) {
            out.push(m.clone());
        }
    }
    out
}

/// Whether one sorted set holds the other.
pub fn nested(a: &[String], b: &[String]) -> bool {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    small.iter().all(|w| large.binary_search(w).is_ok())
}

/// The `StemId`s of the content words (`is_content`) of a sentence, each
/// with its token's index, in token order. Whether a word carries content
/// depends only on its key (its letters, ASCII case aside), so the answer
/// is kept per thread with the key, as stems are: a word seen before costs
/// one integer lookup, not a test against the stop and number words. (The
/// table is borrowed once a sentence, not once a token.)
fn content_stems(tokens: &[Token]) -> Vec<(StemId, usize)> {
    thread_local! {
        static CONTENT: RefCell<HashMap<u64, Option<StemId>>> = RefCell::new(HashMap::default());
    }
    // Room for every token (a bound) at once: grown from empty, the list
    // was copied over a few times a sentence.
    let mut content: Vec<(StemId, usize)> = Vec::with_capacity(tokens.len());
    CONTENT.with(|c| {
        let mut known = c.borrow_mut();
        for (k, token) in tokens.iter().enumerate() {
            if !token.is_word() {
                continue;
            }
            let answer = match known.get(&token.key) {
                Some(&answer) => answer,
                None => {
                    let answer = is_content(token).then(|| stem_id_token(token));
                    keep(&mut known, token.key, answer);
                    answer
                }
            };
            if let Some(stem) = answer {
                content.push((stem, k));
            }
        }
    });
    content
}

/// The stems of a sentence's words, read once for all its figures: the
/// content words (for frames) and the names, by token; `None` where a token
/// is neither. They are read on first use: most figures are never compared
/// with another closely enough to need them.
pub struct SentenceStems<'a> {
    tokens: Tokens<'a>,
    /// The stems of the content words and of the names, each with its
    /// token's index, sorted by stem: sorted once a sentence, so that each
    /// figure's frame and names are a pass over them, not a sort of their
    /// own. Each is read on its own: a figure whose names rule out a match
    /// needs no frame.
    content: OnceCell<Vec<(StemId, usize)>>,
    names: OnceCell<Vec<(StemId, usize)>>,
    /// The sentence's markers with their token indexes, sorted by text,
    /// read on first use (a sentence with several figures asks for them
    /// once a figure).
    markers: OnceCell<Vec<(usize, String)>>,
}

/// A sentence's tokens, borrowed or made again: a `Cow`, but covariant in
/// the words' lifetime (a `Cow` of a slice is not), so that a graph that
/// holds them can be lent for less time than its text lives.
enum Tokens<'a> {
    Borrowed(&'a [Token<'a>]),
    Owned(Vec<Token<'a>>),
}

impl<'a> std::ops::Deref for Tokens<'a> {
    type Target = [Token<'a>];

    fn deref(&self) -> &[Token<'a>] {
        match self {
            Tokens::Borrowed(tokens) => tokens,
            Tokens::Owned(tokens) => tokens,
        }
    }
}

impl<'a> SentenceStems<'a> {
    pub fn of(tokens: Cow<'a, [Token<'a>]>) -> SentenceStems<'a> {
        SentenceStems {
            tokens: match tokens {
                Cow::Borrowed(tokens) => Tokens::Borrowed(tokens),
                Cow::Owned(tokens) => Tokens::Owned(tokens),
            },
            content: OnceCell::new(),
            names: OnceCell::new(),
            markers: OnceCell::new(),
        }
    }

    pub fn tokens(&self) -> &[Token<'a>] {
        &self.tokens
    }

    /// The stems of the content words, other than the tokens `skip` marks
    /// and the tokens `own` (a figure's), sorted.
    pub fn frame(&self, skip: &[bool], own: &Range<usize>) -> Vec<StemId> {
        let content = self.content.get_or_init(|| {
            let mut content = content_stems(&self.tokens);
            content.sort_unstable();
            content
        });
        select(content, skip, own)
    }

    /// The sentence's markers (`marker`), other than the tokens `own` (the
    /// figure itself), sorted.
    pub fn markers(&self, own: &Range<usize>) -> Vec<String> {
        let found = self.markers.get_or_init(|| {
            let ordinals = crate::word_set!(SERIES_MARKERS);
            let mut found: Vec<(usize, String)> = Vec::new();
            for (k, t) in self.tokens.iter().enumerate() {
                if let Some(m) = marker(t, ordinals) {
                    found.push((k, m));
                }
            }
            found.sort_by(|a, b| a.1.cmp(&b.1));
            found
        });
        select_markers(found, own)
    }

    /// The stems of the names, other than the tokens `skip` marks and the
    /// tokens `own`, sorted.
    pub fn names(&self, skip: &[bool], own: &Range<usize>) -> Vec<StemId> {
        let names = self.names.get_or_init(|| {
            let tokens = &self.tokens[..];
            let mut names: Vec<(StemId, usize)> = tokens
                .iter()
                .enumerate()
                .filter(|&(k, _)| is_name(tokens, k))
                .map(|(k, t)| (stem_id_token(t), k))
                .collect();
            names.sort_unstable();
            names
        });
        select(names, skip, own)
    }
}

/// The stems of `sorted` (stem, token index; sorted by stem) whose tokens
/// `skip` and `own` leave, sorted and without repeats.
fn select(sorted: &[(StemId, usize)], skip: &[bool], own: &Range<usize>) -> Vec<StemId> {
    let mut out: Vec<StemId> = Vec::with_capacity(sorted.len());
    for &(stem, k) in sorted {
        if skip.get(k) == Some(&false) && !own.contains(&k) && out.last() != Some(&stem) {
            out.push(stem);
        }
    }
    out
}

fn is_name(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    // The capital first: most words have none.
    t.is_capitalized()
        && t.is_word()
        && (k > 0
            || !is_stop_token(t) && !crate::word_set!(OPENERS_NAMING_NOTHING).contains_token(t))
        && crate::calendar::month(t.text).is_none()
        && crate::calendar::weekday(t.text).is_none()
}

/// How many members of sorted `a` sorted `b` holds (a member `a` repeats
/// counts each time): one pass over both, not a search of `b` for each
/// member of `a`, when the two are of a size (frames and names are); a
/// search when `b` is far the larger.
fn shared_count<T: Ord>(a: &[T], b: &[T]) -> usize {
    debug_assert!(a.is_sorted() && b.is_sorted());
    if a.len().saturating_mul(8) < b.len() {
        return a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    }
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
            }
        }
    }
    shared
}

/// How much of the smaller set the larger one holds (0 when either is
/// empty). Both sorted.
pub fn containment<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = shared_count(a, b);
    shared as f64 / a.len().min(b.len()) as f64
}

/// Whether two sorted sets share a member: one pass over both, stopping at
/// the first shared.
pub fn shares<T: Ord>(a: &[T], b: &[T]) -> bool {
    debug_assert!(a.is_sorted() && b.is_sorted());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::reference::marker_each_test;
    use crate::text::stems::stem_id;
    use crate::text::tokens::tokenize;
    use crate::text::Span;
    use crate::xorshift;

    #[test]
    fn containment_and_shares_answer_as_searches_do() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..3000 {
            let set = |seed: &mut u64| {
                let len = (xorshift(seed) % 40) as usize;
                let range = 1 + xorshift(seed) % 60;
                let mut v: Vec<u64> = (0..len).map(|_| xorshift(seed) % range).collect();
                v.sort_unstable();
                if xorshift(seed) % 2 == 0 {
                    v.dedup();
                }
                v
            };
            let (a, b) = (set(&mut seed), set(&mut seed));
            let searched = if a.is_empty() || b.is_empty() {
                0.0
            } else {
                a.iter().filter(|w| b.binary_search(w).is_ok()).count() as f64
                    / a.len().min(b.len()) as f64
            };
            assert_eq!(containment(&a, &b), searched, "{a:?} {b:?}");
            let shared = a.iter().any(|w| b.binary_search(w).is_ok());
            assert_eq!(shares(&a, &b), shared, "{a:?} {b:?}");
        }
    }

    #[test]
    fn markers_answer_as_each_test_did() {
        let ordinals = crate::word_set!(SERIES_MARKERS);
        let mut texts: Vec<String> = vec![
            "The 1st, 2ND, 3rd and 138th; FIRST second Last 1992 2101 0999 1000 2100 \
             +992 12th-century 4TH 44 4 th 19a2 1e3 ١٩٩٢ 1992s Tenth latest ２０２０"
                .to_string(),
        ];
        let alphabet: Vec<char> = "0123456789stndrhfiTHSNDR -.,'+é١".chars().collect();
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..400 {
            let len = (xorshift(&mut seed) % 30) as usize;
            texts.push(
                (0..len)
                    .map(|_| alphabet[(xorshift(&mut seed) % alphabet.len() as u64) as usize])
                    .collect(),
            );
        }
        for text in &texts {
            let tokens = tokenize(text, Span::new(0, text.len()));
            for t in &tokens {
                assert_eq!(marker(t, ordinals), marker_each_test(t), "{:?}", t.text);
            }
        }
    }

    #[test]
    fn content_stems_are_kept_by_key_and_answer_as_the_tests_do() {
        let text = "The sons of THE Sons said 12 hundred x.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let expected: Vec<(StemId, usize)> = tokens
            .iter()
            .enumerate()
            .filter(|&(_, t)| is_content(t))
            .map(|(k, t)| (stem_id_token(t), k))
            .collect();
        for _ in 0..2 {
            // The second pass is answered from the cache.
            assert_eq!(content_stems(&tokens), expected);
        }
        let held: Vec<usize> = content_stems(&tokens).iter().map(|&(_, k)| k).collect();
        assert!(held.contains(&1) && held.contains(&4), "sons, Sons");
        assert!(!held.contains(&3), "THE is a stop word");
        assert_eq!(content_stems(&tokens[1..2]), vec![(stem_id("son"), 0)]);
    }

    #[test]
    fn frames_and_names() {
        let text = "Osbert had three sons in Normandy.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let skip = vec![false; tokens.len()];
        let stems = SentenceStems::of(Cow::Borrowed(&tokens));
        let f = stems.frame(&skip, &(0..0));
        assert!(f.contains(&stem_id("sons")) && f.contains(&stem_id("Normandy")));
        assert!(!f.contains(&stem_id("had")));
        // A name that opens the sentence counts; a function word does not.
        let mut expected = vec![stem_id("Normandy"), stem_id("Osbert")];
        expected.sort();
        assert_eq!(stems.names(&skip, &(0..0)), expected);
        let text = "The army reached Normandy.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        assert_eq!(
            SentenceStems::of(Cow::Borrowed(&tokens)).names(&vec![false; tokens.len()], &(0..0)),
            vec![stem_id("Normandy")]
        );
        // Inflections meet.
        let mut g = vec![stem_id("son"), stem_id("Osbert")];
        g.sort();
        assert!(containment(&f, &g) > 0.99);
    }
}
