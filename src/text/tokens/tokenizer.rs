//! The tokenizer: a text cut into tokens (`tokenize`), with the byte
//! helpers its fast path stands on (a byte's class in a table, eight bytes
//! of a word tested at once, a word's and a number's end, a token's key).

use super::token::{Kind, Token};
use crate::text::{Span, FILLER};

/// What a byte of the text begins, for the tokenizer's dispatch: one table
/// load, not a chain of range tests.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// White space between tokens, and the fillers of decoded entities.
    Skip,
    Letter,
    Digit,
    /// Any other ASCII byte: a punctuation mark of its own.
    Mark,
    /// The first byte of a character outside ASCII.
    Wide,
}

const CLASS: [Class; 256] = {
    let mut table = [Class::Mark; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte >= 0x80 {
            Class::Wide
        } else if byte.is_ascii_alphabetic() {
            Class::Letter
        } else if byte.is_ascii_digit() {
            Class::Digit
        } else if byte == b' ' || (byte >= b'\t' && byte <= b'\r') || byte == FILLER as u8 {
            Class::Skip
        } else {
            Class::Mark
        };
        b += 1;
    }
    table
};

/// The key of every one-byte token, made when the program is compiled:
/// a mark, a digit or a one-letter word is a load, not a hash.
const BYTE_KEYS: [u64; 128] = {
    let mut table = [0; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = crate::text::keys::key_ascii_capital_short(b as u64, 1).0;
        b += 1;
    }
    table
};

/// Tokenizes `text[span]`; token spans are offsets into `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    // Checks that the span is on character boundaries, as slicing does.
    let _ = &text[span.start..span.end];
    // Indexes below are offsets into `text`, the text cut at the span's end
    // (so a token's span is its indexes); eight-byte loads may read on
    // past it, and cut what they read there.
    let whole = text.as_bytes();
    let upto = &text[..span.end];
    let bytes = upto.as_bytes();
    // About one token in five bytes of prose: sized once, not grown from
    // empty at every sentence.
    let mut out = Vec::with_capacity(span.len() / 4 + 4);
    let mut i = span.start;
    let mut last_end = usize::MAX;
    // The loop reads spaces, ASCII words and ASCII marks (nearly every
    // token), and pushes each of those itself, the fields that every such
    // token shares written as constants; the rest is read out of line
    // (`other_token`), so that this loop keeps what it needs in registers.
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' {
            // Between most tokens.
            i += 1;
            continue;
        }
        let start = i;
        // Tested in the order tokens come, most first (a load and a compare
        // for a word, where a jump table took twice that).
        let class = CLASS[b as usize];
        if class == Class::Letter {
            // Most words are ASCII letters followed by a space or a mark
            // that cannot join them: the bytes loaded to find their end
            // (one or two loads of eight) are the bytes their key is
            // made of.
            let first = load8_in(whole, bytes, start);
            let (run, capitals, first_kept) = alphanumeric_run_kept(first);
            let (rest, rest_capitals, len) = if run < 8 {
                (0, 0, run)
            } else {
                // Eight letters or digits were loaded: `bytes` holds them.
                let rest = load8_in(whole, bytes, start + 8);
                let (run, capitals, kept) = alphanumeric_run_kept(rest);
                (rest & kept, capitals & kept, 8 + run)
            };
            if len < 16 && ends_word(bytes, start + len) {
                i = start + len;
                // The word's bytes of the first eight (all eight when it
                // goes on past them).
                let (first, capitals) = (first & first_kept, capitals & first_kept);
                let text = &upto[start..i];
                out.push(Token {
                    text,
                    span: Span::new(start, i),
                    kind: Kind::Word,
                    joined: last_end == start,
                    key: crate::text::keys::key_with_capitals(
                        first,
                        capitals,
                        rest,
                        rest_capitals,
                        len,
                    ),
                    ascii: true,
                    // The first letter is a capital: bit 7 of its byte.
                    capitalized: capitals & 0x80 != 0,
                    ascii_capital: capitals | rest_capitals != 0,
                    inner_mark: false,
                });
                last_end = i;
                continue;
            }
        } else if class == Class::Mark {
            // A mark of one byte: its key is a load.
            i += 1;
            let text = &upto[start..i];
            out.push(Token {
                text,
                span: Span::new(start, i),
                kind: Kind::Punct,
                joined: last_end == start,
                key: BYTE_KEYS[b as usize],
                ascii: true,
                capitalized: false,
                ascii_capital: false,
                inner_mark: false,
            });
            last_end = i;
            continue;
        } else if class == Class::Skip {
            i += 1;
            continue;
        }
        let pushed;
        (i, pushed) = other_token(&mut out, whole, upto, start, last_end == start);
        if pushed {
            last_end = i;
        }
    }
    out
}

/// Reads the token at `start` that `tokenize` does not read itself (a
/// number, a word with more than ASCII letters and digits or of sixteen
/// bytes or more, a character outside ASCII) and pushes it, or passes
/// over white space outside ASCII: where it ends, and whether it pushed.
#[inline(never)]
fn other_token<'a>(
    out: &mut Vec<Token<'a>>,
    whole: &[u8],
    upto: &'a str,
    start: usize,
    joined: bool,
) -> (usize, bool) {
    let bytes = upto.as_bytes();
    let b = bytes[start];
    let mut i;
    let kind;
    // The first character's case, for `capitalized`.
    let upper;
    let mut inner_mark = false;
    match CLASS[b as usize] {
        Class::Letter => {
            kind = Kind::Word;
            upper = b.is_ascii_uppercase();
            (i, inner_mark) = word_end(upto, start + 1);
        }
        Class::Digit => {
            kind = Kind::Number;
            upper = false;
            i = number_end(bytes, start + 1);
        }
        _ => {
            let ch = upto[start..].chars().next().unwrap_or(' ');
            i = start + ch.len_utf8();
            if ch.is_whitespace() {
                return (i, false);
            }
            if ch.is_alphabetic() {
                kind = Kind::Word;
                (i, inner_mark) = word_end(upto, i);
            } else {
                kind = Kind::Punct;
            }
            upper = ch.is_uppercase();
        }
    }
    let (key, ascii, ascii_capital) = key_of(whole, upto, start, i);
    out.push(Token {
        text: &upto[start..i],
        span: Span::new(start, i),
        kind,
        joined,
        key,
        ascii,
        capitalized: upper,
        ascii_capital,
        inner_mark,
    });
    (i, true)
}

/// Whether an ASCII word's letters and digits that end at `end` are the
/// whole word: the text ends there, or an ASCII byte that cannot join a
/// word's parts does, or a hyphen, an apostrophe or a point that an ASCII
/// byte follows that it cannot join to (`word_end` decides the rest).
#[inline(always)]
fn ends_word(bytes: &[u8], end: usize) -> bool {
    let Some(&next) = bytes.get(end) else {
        return true;
    };
    if !MAY_JOIN[next as usize] {
        return true;
    }
    let after = bytes.get(end + 1).copied().unwrap_or(b' ');
    match next {
        b'-' => after < 0x80 && !after.is_ascii_alphanumeric(),
        b'\'' | b'.' => after < 0x80 && !after.is_ascii_alphabetic(),
        _ => false,
    }
}

/// The bytes that may join the parts of a word: a hyphen, an apostrophe, a
/// point, a filler, and any byte outside ASCII.
const MAY_JOIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] =
            b >= FILLER as usize || b == b'-' as usize || b == b'\'' as usize || b == b'.' as usize;
        b += 1;
    }
    table
};

/// A mask of the low `n` bytes of a word (`n < 8`; all of it from 8 on).
#[inline(always)]
fn low_bytes(n: usize) -> u64 {
    if n < 8 {
        (1u64 << (8 * n)) - 1
    } else {
        u64::MAX
    }
}

/// `words::key_ascii_capital` of `upto[start..end]`: from one load when the
/// token is eight bytes or fewer.
#[inline(always)]
fn key_of(whole: &[u8], upto: &str, start: usize, end: usize) -> (u64, bool, bool) {
    let len = end - start;
    if len <= 8 {
        crate::text::keys::key_ascii_capital_short(
            load8(whole, start, upto.len()) & low_bytes(len),
            len,
        )
    } else {
        crate::text::keys::key_ascii_capital(&upto[start..end])
    }
}

/// The eight bytes of `whole` from `at`, little-endian, with those at `end`
/// and after it zero (`at <= end <= whole.len()`): one load, but for the
/// last few bytes before `end`.
#[inline(always)]
fn load8(whole: &[u8], at: usize, end: usize) -> u64 {
    match whole[..end].get(at..at + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
        None => load_cut(whole, at, end),
    }
}

/// `load8(whole, at, bytes.len())`, for `bytes` the start of `whole` and
/// `at <= bytes.len()`: where eight bytes from `at` are in `bytes`, a load
/// with one test of the length left (where `load8` tested its bounds and
/// an overflow at every word).
#[inline(always)]
fn load8_in(whole: &[u8], bytes: &[u8], at: usize) -> u64 {
    match bytes[at..].first_chunk::<8>() {
        Some(eight) => u64::from_le_bytes(*eight),
        None => load_cut(whole, at, bytes.len()),
    }
}

/// `load8` within eight bytes of `end`.
#[inline(never)]
fn load_cut(whole: &[u8], at: usize, end: usize) -> u64 {
    let x = match whole.get(at..at + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
        None => load_last(whole, at),
    };
    x & low_bytes(end - at)
}

/// `load8` near the end of the text, where eight bytes from `at` run past it.
#[inline(never)]
fn load_last(whole: &[u8], at: usize) -> u64 {
    let mut x = 0u64;
    for (k, &b) in whole[at.min(whole.len())..].iter().enumerate() {
        x |= u64::from(b) << (8 * k);
    }
    x
}

/// Where a word that goes on at byte `i` of `slice` ends: letters and
/// digits, and inner hyphens, apostrophes, dots and fillers that a letter
/// follows ("US-backed", "Daesh's", "U.S", "AFP&rsquo;s" decoded), or a
/// hyphen a digit follows ("COVID-19"); and whether it took a hyphen, an
/// apostrophe or a point.
#[inline(never)]
fn word_end(slice: &str, mut i: usize) -> (usize, bool) {
    let bytes = slice.as_bytes();
    let mut marked = false;
    loop {
        // Most of a word is ASCII letters: eight bytes tested at once (the
        // bytes past the text's end read as zeros, which end a run).
        loop {
            let (run, _) = alphanumeric_run(load8(bytes, i.min(bytes.len()), bytes.len()));
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
/// ASCII letters or digits, and which of them are capital letters (bit 7 of
/// each such byte, as `words::key` marks them): each byte's range tested in
/// all eight lanes at once (no carry crosses a byte, as in `words::key`).
#[inline(always)]
fn alphanumeric_run(x: u64) -> (usize, u64) {
    let (run, capitals, _) = alphanumeric_run_kept(x);
    (run, capitals)
}

/// `alphanumeric_run`, and `low_bytes` of the run: the bytes below the
/// first that is no letter or digit, from that byte's bit (all of them when
/// there is none), with no shift by a variable and no test of the length.
#[inline(always)]
fn alphanumeric_run_kept(x: u64) -> (usize, u64, u64) {
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
    // A letter is a capital when its bit 5 (0x20) is clear: shifted to bit 7.
    let capitals = letter & !(x << 2) & HIGH;
    let kept = ((other & other.wrapping_neg()) >> 7).wrapping_sub(1);
    ((other.trailing_zeros() / 8) as usize, capitals, kept)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::reference;

    /// Every field of a token, to compare tokens whole.
    type Fields<'a> = (&'a str, Span, Kind, bool, u64, bool, bool, bool, bool);

    fn fields<'a>(tokens: &[Token<'a>]) -> Vec<Fields<'a>> {
        tokens
            .iter()
            .map(|t| {
                (
                    t.text,
                    t.span,
                    t.kind,
                    t.joined,
                    t.key,
                    t.ascii,
                    t.capitalized,
                    t.ascii_capital,
                    t.inner_mark,
                )
            })
            .collect()
    }

    /// `tokenize` and the reference agree on `text[span]` for every span
    /// that starts or ends on one of the text's character boundaries.
    fn agrees_with_reference(text: &str) {
        let offsets: Vec<usize> = (0..=text.len())
            .filter(|&k| text.is_char_boundary(k))
            .collect();
        let spans = offsets
            .iter()
            .map(|&a| Span::new(a, text.len()))
            .chain(offsets.iter().map(|&b| Span::new(0, b)));
        for span in spans {
            assert_eq!(
                fields(&tokenize(text, span)),
                fields(&reference::tokenize(text, span)),
                "{:?}",
                &text[span.start..span.end]
            );
        }
    }

    /// Hostile text: outside ASCII, combining marks, digits with
    /// separators, apostrophes, hyphens, points, emoji, control characters
    /// and fillers, at every place in and around words of every length up
    /// to past two loads of eight bytes.
    #[test]
    fn tokens_are_those_of_the_reference_tokenizer() {
        let fixed = [
            "",
            " ",
            "a",
            "The U.S.-backed forces' 3.5bn (€1,200.50) on 2019-02-19, said al-Hol’s AFP\u{7f}s.",
            "Zürich naïve café CAFÉ Ærø ǅemal İstanbul ΣΊΣΥΦΟΣ straße",
            "e\u{301}cole cafe\u{301}s n\u{303}o A\u{308}B",
            "1,000-1,500 12,400 1.2.3 1,00 ,5 7. 0.25 1,234.5 2 @,@ 180 11 @.@ 14 3 @,@ x",
            "don't rock'n'roll ’tis Daesh's Daesh’s O’Neill o'- '- -' ' ’",
            "COVID-19 e-mail x-ray -x x- --x x--y twenty-five 48-hour a-\u{7f} b.'c",
            "😀 a😀b 👍🏽x 🇬🇧 \u{200b}zero\u{200b}width \u{a0}nbsp\u{a0} \u{2009}thin",
            "\u{0}\u{1}a\u{8}b\t\n\r\u{b}\u{c}\u{1f}c\u{7f}\u{7f}d \u{7f} \u{7f}x x\u{7f}",
            "中文字 ｱｲｳ ١٢٣ ½ ² Ⅻ №5 ﬁne",
            "abcdefg. abcdefgh. abcdefghi. abcdefghijklmno. abcdefghijklmnop. abcdefghijklmnopq.",
            "ABCDEFGH-ijklmnop's QRSTUVWXYZabcdef’s Internationalisation's",
            "x.y.z U.S.A. e.g. i.e., a.m. No.1 v2.0 mp3-player 4x4",
        ];
        for text in fixed {
            agrees_with_reference(text);
        }
        // Words of every length from one to twenty, each followed by every
        // kind of byte that may end or join it.
        let ends = [
            "",
            " ",
            ".",
            "..",
            ".a",
            ".A",
            ".1",
            ".é",
            ".’",
            "-",
            "-a",
            "-1",
            "-é",
            "-.",
            "'",
            "'s",
            "'1",
            "’s",
            "’",
            ",",
            "\u{7f}",
            "\u{7f}a",
            "\u{7f}\u{7f}b",
            "é",
            "😀",
            "\u{301}",
            "\u{0}",
            "1",
            "Q",
        ];
        for n in 1..=20 {
            for upper in [false, true] {
                let word: String = (0..n)
                    .map(|k| {
                        let c = (b'a' + (k * 7 % 26) as u8) as char;
                        if upper && k % 3 == 0 {
                            c.to_ascii_uppercase()
                        } else {
                            c
                        }
                    })
                    .collect();
                for end in ends {
                    agrees_with_reference(&format!("{word}{end}"));
                    agrees_with_reference(&format!("{word}{end} {word}"));
                    agrees_with_reference(&format!("9{word}{end}x"));
                }
            }
        }
        // Random strings of the same pieces (a fixed xorshift, so that a
        // failure is met again).
        let pieces = [
            "a",
            "Z",
            "word",
            "Words",
            "abcdefgh",
            "ABCDEFGHIJKLMNOPQ",
            "é",
            "É",
            "ß",
            "\u{301}",
            "0",
            "19",
            "1,000",
            "3.5",
            " @,@ ",
            " @.@ ",
            ",",
            ".",
            "'",
            "’",
            "-",
            "–",
            "—",
            " ",
            "  ",
            "\t",
            "\n",
            "\u{7f}",
            "\u{0}",
            "\u{1b}",
            "😀",
            "👍🏽",
            "\u{a0}",
            "\u{200b}",
            "中",
            "$",
            "%",
            "(",
            ")",
            "\"",
            "“",
            "”",
            "&",
            "@",
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..3_000 {
            let mut text = String::new();
            for _ in 0..12 {
                crate::xorshift(&mut state);
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            agrees_with_reference(&text);
        }
    }

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len()))
            .iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn tokens() {
        assert_eq!(
            texts("1,000-1,500 US-backed"),
            ["1,000", "-", "1,500", "US-backed"]
        );
        assert_eq!(
            texts("$3.5bn, 62%."),
            ["$", "3.5", "bn", ",", "62", "%", "."]
        );
        assert_eq!(
            texts("the U.S. and COVID-19"),
            ["the", "U.S", ".", "and", "COVID-19"]
        );
        assert_eq!(texts("Daesh's 19th"), ["Daesh's", "19", "th"]);
        assert_eq!(
            texts("twenty-five 48-hour"),
            ["twenty-five", "48", "-", "hour"]
        );
    }

    #[test]
    fn alphanumeric_runs_are_counted_as_byte_tests_count_them() {
        // Every byte value in every lane, among letters and digits.
        for b in 0..=255u8 {
            for lane in 0..8 {
                let mut bytes = *b"aZ09mQ7x";
                bytes[lane] = b;
                let expected = bytes
                    .iter()
                    .position(|c| !c.is_ascii_alphanumeric())
                    .unwrap_or(8);
                let (run, capitals) = alphanumeric_run(u64::from_le_bytes(bytes));
                assert_eq!(run, expected, "{b:#x} in lane {lane}");
                let (_, _, kept) = alphanumeric_run_kept(u64::from_le_bytes(bytes));
                assert_eq!(kept, low_bytes(run), "{b:#x} in lane {lane}");
                // Capitals are marked as they are in a word's key, at
                // least within the run.
                for (k, c) in capitals.to_le_bytes().iter().enumerate().take(run) {
                    assert_eq!(
                        *c == 0x80,
                        bytes[k].is_ascii_uppercase(),
                        "{b:#x} in lane {lane}"
                    );
                    assert!(*c == 0 || *c == 0x80);
                }
            }
        }
    }

    #[test]
    fn words_end_where_their_letters_and_inner_marks_end() {
        // Runs of eight and more, the text's end inside a run, and marks
        // that join a word only before a letter.
        assert_eq!(
            texts("Internationalisation abcdefgh abcdefghi x"),
            ["Internationalisation", "abcdefgh", "abcdefghi", "x"]
        );
        assert_eq!(
            texts("al-Hol’s U.S. don't-"),
            ["al-Hol’s", "U.S", ".", "don't", "-"]
        );
        assert_eq!(texts("Zürich naïve\u{7f}s"), ["Zürich", "naïve\u{7f}s"]);
        assert_eq!(texts("a-\u{7f} b.'c"), ["a", "-", "b", ".", "'", "c"]);
    }

    /// A word is marked when a hyphen, an apostrophe or a point is inside
    /// it, as its text holds one.
    #[test]
    fn inner_marks_are_noted() {
        let text =
            "US-backed Daesh's U.S. al-Hol’s COVID-19 AFP\u{7f}s 2019-02-19 don't- plain Zürich";
        for t in tokenize(text, Span::new(0, text.len())) {
            let marked = t.is_word() && t.text.contains(['-', '\'', '’', '.']);
            assert_eq!(t.inner_mark, marked, "{}", t.text);
        }
    }

    #[test]
    fn tokenized_separators() {
        assert_eq!(
            texts("between 735 and 2 @,@ 180 cars"),
            ["between", "735", "and", "2 @,@ 180", "cars"]
        );
        let toks = tokenize("2 @,@ 180 and 11 @.@ 14", Span::new(0, 23));
        assert_eq!(toks[0].number_value(), Some(2180.0));
        assert_eq!(toks[2].number_value(), Some(11.14));
    }
}
