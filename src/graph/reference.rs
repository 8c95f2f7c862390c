//! The plain readings the graph's one-pass scans are held equal to in
//! tests: each looks at every token the obvious way. Compiled for tests only.

use crate::lexicon::ordinals::SERIES_MARKERS;
use crate::text::tokens::Token;

/// `marker` as first written, each test on every token: what the tests
/// hold `marker` to.
pub(super) fn marker_each_test(t: &Token) -> Option<String> {
    let bytes = t.text.as_bytes();
    let ordinal_suffix = bytes.len() > 2 && bytes[0].is_ascii_digit() && {
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
    (ordinal_suffix || year || t.is_word() && crate::word_set!(SERIES_MARKERS).contains_token(t))
        .then(|| crate::text::keys::lower(t.text).into_owned())
}

/// The value of an ordinal at token `k`: a word ("seventh") or digits with
/// a suffix ("138th"). (`scan` reads the words by table; this is what it
/// answers, and what the tests hold it to.)
pub(super) fn ordinal_value(tokens: &[Token], k: usize) -> Option<f64> {
    let t = &tokens[k];
    if t.is_word() {
        return crate::lexicon::ordinals::RANK_ORDINALS
            .iter()
            .position(|w| t.text.eq_ignore_ascii_case(w))
            .map(|p| (p + 1) as f64);
    }
    super::facts::number_ordinal(tokens, k)
}
