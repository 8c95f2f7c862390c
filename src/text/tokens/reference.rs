//! The tokenizer as it was before its fast paths (a byte test at a time,
//! every word's end and key found apart): what `tokenize` must still give,
//! field for field. Built only for tests.

use super::token::{Kind, Token};
use crate::text::{Span, FILLER};

/// Tokenizes `text[span]`; token spans are offsets into `text`.
pub(super) fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    let slice = &text[span.start..span.end];
    let bytes = slice.as_bytes();
    // About one token in five bytes of prose: sized once, not grown from
    // empty at every sentence.
    let mut out = Vec::with_capacity(slice.len() / 4 + 4);
    let mut i = 0;
    let mut last_end = usize::MAX;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' {
            // Between most tokens.
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        // The first character's case, for `capitalized`.
        let upper;
        let mut inner_mark = false;
        if b.is_ascii() {
            // Most text is ASCII: a byte is a character, classed without
            // decoding.
            if b.is_ascii_alphabetic() {
                kind = Kind::Word;
                (i, inner_mark) = word_end(slice, i + 1);
            } else if b.is_ascii_digit() {
                kind = Kind::Number;
                i = number_end(bytes, i + 1);
            } else if (b'\t'..=b'\r').contains(&b) || b == FILLER as u8 {
                i += 1;
                continue;
            } else {
                kind = Kind::Punct;
                i += 1;
            }
            upper = b.is_ascii_uppercase();
        } else {
            let ch = slice[i..].chars().next().unwrap_or(' ');
            if ch.is_whitespace() {
                i += ch.len_utf8();
                continue;
            }
            if ch.is_alphabetic() {
                kind = Kind::Word;
                (i, inner_mark) = word_end(slice, i + ch.len_utf8());
            } else {
                kind = Kind::Punct;
                i += ch.len_utf8();
            }
            upper = ch.is_uppercase();
        }
        let abs = Span::new(span.start + start, span.start + i);
        let text = &slice[start..i];
        let len = i - start;
        let (key, ascii, ascii_capital) = match bytes.get(start..start + 8) {
            // A short word with eight bytes of the sentence from its start:
            // one load, cut to the word.
            Some(eight) if len <= 8 => {
                let mut word = [0u8; 8];
                word.copy_from_slice(eight);
                let cut = if len == 8 {
                    u64::MAX
                } else {
                    (1u64 << (8 * len)) - 1
                };
                crate::text::keys::key_ascii_capital_short(u64::from_le_bytes(word) & cut, len)
            }
            _ => crate::text::keys::key_ascii_capital(text),
        };
        out.push(Token {
            text,
            span: abs,
            kind,
            joined: last_end == abs.start,
            key,
            ascii,
            capitalized: upper,
            ascii_capital,
            inner_mark,
        });
        last_end = abs.end;
    }
    out
}

/// Where a word that goes on at byte `i` of `slice` ends: letters and
/// digits, and inner hyphens, apostrophes, dots and fillers that a letter
/// follows ("US-backed", "Daesh's", "U.S", "AFP&rsquo;s" decoded), or a
/// hyphen a digit follows ("COVID-19"); and whether it took a hyphen, an
/// apostrophe or a point.
#[inline(always)]
fn word_end(slice: &str, mut i: usize) -> (usize, bool) {
    let bytes = slice.as_bytes();
    let mut marked = false;
    loop {
        // Most of a word is ASCII letters: eight bytes tested at once (the
        // last few of the text padded with zeros, which end a run).
        loop {
            let mut word = [0u8; 8];
            match bytes.get(i..i + 8) {
                Some(eight) => word.copy_from_slice(eight),
                None => {
                    let rest = &bytes[i.min(bytes.len())..];
                    word[..rest.len()].copy_from_slice(rest);
                }
            }
            let run = alphanumeric_run(u64::from_le_bytes(word));
            i += run;
            if run < 8 {
                break;
            }
        }
        let Some(&b) = bytes.get(i) else {
            return (i, marked);
        };
        // What follows a connecting mark of `width` bytes.
        let connects = |width: usize, digit_ok: bool| {
            slice[i + width..]
                .chars()
                .next()
                .is_some_and(|n| n.is_alphabetic() || (digit_ok && n.is_ascii_digit()))
        };
        let width = if b.is_ascii() {
            match b {
                b'-' if connects(1, true) => {
                    marked = true;
                    1
                }
                b'\'' | b'.' if connects(1, false) => {
                    marked = true;
                    1
                }
                // Fillers stand where an entity was decoded
                // ("AFP&rsquo;s"): inside the word.
                _ if b == FILLER as u8
                    && slice[i..]
                        .trim_start_matches(FILLER)
                        .starts_with(char::is_alphanumeric) =>
                {
                    1
                }
                _ => return (i, marked),
            }
        } else {
            let c = slice[i..].chars().next().unwrap_or(' ');
            if c.is_alphanumeric() {
                c.len_utf8()
            } else if c == '’' && connects(c.len_utf8(), false) {
                marked = true;
                c.len_utf8()
            } else {
                return (i, marked);
            }
        };
        i += width;
    }
}

/// How many of the eight bytes of `x` (little-endian) from the first are
/// ASCII letters or digits: each byte's range tested in all eight lanes at
/// once (no carry crosses a byte, as in `words::key`).
#[inline(always)]
fn alphanumeric_run(x: u64) -> usize {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn lanes(b: u8) -> u64 {
        u64::from_le_bytes([b; 8])
    }
    let seven = x & LOW7;
    // Letters: in lower case ('a' = 0x61 to 'z' = 0x7a).
    let folded = (x | lanes(0x20)) & LOW7;
    let letter = (folded + lanes(0x80 - b'a')) & !(folded + lanes(0x7f - b'z'));
    // Digits: '0' = 0x30 to '9' = 0x39.
    let digit = (seven + lanes(0x80 - b'0')) & !(seven + lanes(0x7f - b'9'));
    // Bytes of eight bits or more are never ASCII letters or digits.
    let other = !(letter | digit) & HIGH | x & HIGH;
    (other.trailing_zeros() / 8) as usize
}

/// Where a number that goes on at byte `i` ends: digits, with thousands
/// separators and one decimal point between digits, and the separators of
/// tokenized text ("2 @,@ 180").
fn number_end(bytes: &[u8], mut i: usize) -> usize {
    let mut seen_point = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            i += 1;
        } else if (b == b',' || (b == b'.' && !seen_point))
            && bytes.get(i + 1).is_some_and(|n| n.is_ascii_digit())
        {
            seen_point |= b == b'.';
            i += 2;
        } else if (bytes[i..].starts_with(b" @,@ ")
            || !seen_point && bytes[i..].starts_with(b" @.@ "))
            && bytes.get(i + 5).is_some_and(|n| n.is_ascii_digit())
        {
            // The separators of tokenized text (WikiText): "2 @,@ 180".
            seen_point |= bytes[i + 2] == b'.';
            i += 6;
        } else {
            break;
        }
    }
    i
}
