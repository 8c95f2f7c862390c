//! A small tokenizer for the expression parsers: words, numbers and single
//! punctuation marks, each with its byte span in the file and whether it is
//! written against the previous token (no space between, as in "3.5bn",
//! "19th", "1,000-1,500").

use crate::document::{Span, FILLER};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters, with inner hyphens, apostrophes, digits and dots ("US-backed",
    /// "twenty-five", "COVID-19", "U.S").
    Word,
    /// Digits with inner thousands separators and a decimal point ("12,400", "1.2").
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token<'a> {
    pub text: &'a str,
    pub span: Span,
    pub kind: Kind,
    /// No white space between this token and the one before it.
    pub joined: bool,
    /// `words::key` of the text: what tables of words are indexed by.
    pub key: u64,
    /// The text is all ASCII (so its key is that of its lower case).
    pub ascii: bool,
    /// The text opens with a capital letter.
    pub capitalized: bool,
    /// The text has an ASCII capital letter somewhere in it (found with the
    /// key, for names such as "al-Hol" and "iPhone").
    pub ascii_capital: bool,
    /// A word with a hyphen, an apostrophe or a point between its letters
    /// ("US-backed", "Daesh's", "U.S"), noted as the word's end is found:
    /// the parts of such a word are read where a whole word is not.
    pub inner_mark: bool,
}

impl<'a> Token<'a> {
    /// Case-insensitive comparison with a word.
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_number(&self) -> bool {
        self.kind == Kind::Number
    }

    /// Whether the token is the punctuation mark `ch`.
    #[inline]
    pub fn is_punct(&self, ch: char) -> bool {
        if ch.is_ascii() {
            // Most marks asked about are ASCII: one byte to compare.
            self.kind == Kind::Punct && self.text.as_bytes() == [ch as u8]
        } else {
            let mut buf = [0u8; 4];
            self.kind == Kind::Punct && self.text == &*ch.encode_utf8(&mut buf)
        }
    }

    /// Whether the token is a punctuation mark (of any kind).
    #[inline]
    pub fn is_punct_token(&self) -> bool {
        self.kind == Kind::Punct
    }

    /// A dash or hyphen of any kind.
    pub fn is_dash(&self) -> bool {
        self.kind == Kind::Punct && matches!(self.text, "-" | "–" | "—" | "‒" | "−")
    }

    /// Whether the text opens with a capital letter (noted when the token
    /// was made: the grammar asks it of most tokens several times).
    pub fn is_capitalized(&self) -> bool {
        self.capitalized
    }

    /// The numeric value of a number token ("12,400" → 12400, "1.2" → 1.2).
    pub fn number_value(&self) -> Option<f64> {
        if self.kind != Kind::Number {
            return None;
        }
        // Most numbers are digits with at most a point ("12", "3.5"): the
        // text is what is parsed, with no copy made.
        if !self.text.bytes().any(|b| b == b',' || b == b'@') {
            return self.text.parse::<f64>().ok().filter(|v| v.is_finite());
        }
        // Tokenized text writes separators apart: "2 @,@ 180", "11 @.@ 5".
        let joined;
        let text = if self.text.contains('@') {
            joined = self.text.replace(" @,@ ", ",").replace(" @.@ ", ".");
            joined.as_str()
        } else {
            self.text
        };
        let (int, frac) = match text.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (text, None),
        };
        // Thousands separators must group by three: "1,000" but not "1,00".
        let mut groups = int.split(',');
        let first = groups.next().unwrap_or_default();
        if int.contains(',')
            && (first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3))
        {
            return None;
        }
        let mut digits = String::with_capacity(text.len());
        int.split(',').for_each(|g| digits.push_str(g));
        if let Some(f) = frac {
            digits.push('.');
            digits.push_str(f);
        }
        digits.parse::<f64>().ok().filter(|v| v.is_finite())
    }

    /// Digits only, no separator or decimal point.
    pub fn is_plain_integer(&self) -> bool {
        self.kind == Kind::Number && self.text.bytes().all(|b| b.is_ascii_digit())
    }
}

/// Marks, in `marks` (one per token), the tokens that one of `spans`
/// contains. Tokens come in order and do not overlap, so a span's tokens are
/// a run found by a binary search, not a test of every token against every
/// span (a sentence's times and attribution are read this way at each of
/// its tokens).
pub fn mark_covered(tokens: &[Token], spans: impl IntoIterator<Item = Span>, marks: &mut [bool]) {
    for s in spans {
        for mark in &mut marks[covered_range(tokens, s)] {
            *mark = true;
        }
    }
}

/// The indexes of the tokens that `span` contains: a run (empty when it
/// contains none), as tokens come in order and do not overlap.
pub fn covered_range(tokens: &[Token], span: Span) -> std::ops::Range<usize> {
    let first = tokens.partition_point(|t| t.span.start < span.start);
    let run = tokens[first..]
        .iter()
        .take_while(|t| t.span.end <= span.end)
        .count();
    first..first + run
}

/// The tokens that one of `spans` contains (`mark_covered`).
pub fn covered(tokens: &[Token], spans: impl IntoIterator<Item = Span>) -> Vec<bool> {
    let mut marks = vec![false; tokens.len()];
    mark_covered(tokens, spans, &mut marks);
    marks
}

/// Tokenizes `text[span]`; token spans are offsets into `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
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
                crate::words::key_ascii_capital_short(u64::from_le_bytes(word) & cut, len)
            }
            _ => crate::words::key_ascii_capital(text),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `covered` marks what testing every token against every span marks,
    /// for every span of a sentence (one, two and three at a time, in any
    /// order, overlapping or not, on token boundaries or inside tokens).
    #[test]
    fn covered_marks_what_every_span_contains() {
        let text = "“More than 150,” he said – al-Hol’s 3.5bn (U.S.) late on Tuesday.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let offsets: Vec<usize> = (0..=text.len())
            .filter(|&k| text.is_char_boundary(k))
            .collect();
        let spans: Vec<Span> = offsets
            .iter()
            .flat_map(|&a| {
                offsets
                    .iter()
                    .filter(move |&&b| b >= a)
                    .map(move |&b| Span::new(a, b))
            })
            .collect();
        let naive = |chosen: &[Span]| -> Vec<bool> {
            tokens
                .iter()
                .map(|t| chosen.iter().any(|s| s.contains(t.span)))
                .collect()
        };
        for (k, &a) in spans.iter().enumerate() {
            assert_eq!(covered(&tokens, [a]), naive(&[a]), "{a:?}");
            let b = spans[(k * 7919 + 13) % spans.len()];
            let c = spans[(k * 104_729 + 5) % spans.len()];
            assert_eq!(
                covered(&tokens, [a, b, c]),
                naive(&[a, b, c]),
                "{a:?} {b:?} {c:?}"
            );
            assert_eq!(covered(&tokens, [c, a]), naive(&[c, a]), "{c:?} {a:?}");
        }
        assert_eq!(covered(&tokens, []), vec![false; tokens.len()]);
        for &a in &spans {
            let run = covered_range(&tokens, a);
            let held: Vec<usize> = (0..tokens.len())
                .filter(|&k| a.contains(tokens[k].span))
                .collect();
            assert_eq!(run.clone().collect::<Vec<_>>(), held, "{a:?}");
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
                assert_eq!(
                    alphanumeric_run(u64::from_le_bytes(bytes)),
                    expected,
                    "{b:#x} in lane {lane}"
                );
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

    #[test]
    fn number_values() {
        let text = "12,400 1.2 1,00 30,000 1234,567 ,5 7 0.25 1,234.5 1,2345";
        let toks = tokenize(text, Span::new(0, text.len()));
        let values: Vec<Option<f64>> = toks.iter().map(|t| t.number_value()).collect();
        assert_eq!(
            values,
            [
                Some(12400.0),
                Some(1.2),
                None,
                Some(30000.0),
                None,
                None,
                Some(5.0),
                Some(7.0),
                Some(0.25),
                Some(1234.5),
                None
            ]
        );
    }
}
