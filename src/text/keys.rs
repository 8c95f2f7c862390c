//! Word keys: a 64-bit hash of a word's ASCII lower case, made once per token
//! when a sentence is tokenized, by which every table of words is indexed;
//! and the small case and possessive helpers the key functions share.

use std::borrow::Cow;

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

/// `key` of a text's lower case (full Unicode lower case, as
/// `to_lowercase` gives): the text's own key when it is ASCII, which needs
/// no copy. Tables keyed by lower-cased names are looked up with it, a
/// 64-bit key standing for the name as stems do (`text::stems::StemId`).
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

    #[test]
    fn numbered_ids_are_written_as_format_writes_them() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, usize::MAX] {
            assert_eq!(numbered_id('c', n), format!("c{n}"));
            assert_eq!(numbered_id('s', n), format!("s{n}"));
        }
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
}
