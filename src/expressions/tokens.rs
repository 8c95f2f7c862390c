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
        let groups: Vec<&str> = int.split(',').collect();
        if groups.len() > 1
            && (groups[0].is_empty()
                || groups[0].len() > 3
                || groups[1..].iter().any(|g| g.len() != 3))
        {
            return None;
        }
        let digits: String = groups.concat();
        let text = match frac {
            Some(f) => format!("{digits}.{f}"),
            None => digits,
        };
        text.parse::<f64>().ok().filter(|v| v.is_finite())
    }

    /// Digits only, no separator or decimal point.
    pub fn is_plain_integer(&self) -> bool {
        self.kind == Kind::Number && self.text.bytes().all(|b| b.is_ascii_digit())
    }
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
    while i < slice.len() {
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        let ch = slice[i..].chars().next().unwrap_or(' ');
        if ch.is_whitespace() || ch == FILLER {
            i += ch.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        if ch.is_ascii_digit() {
            kind = Kind::Number;
            i += 1;
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
        } else if ch.is_alphabetic() {
            kind = Kind::Word;
            i += ch.len_utf8();
            while i < slice.len() {
                // Most of a word is ASCII letters: no decoding needed.
                if bytes[i].is_ascii_alphanumeric() {
                    i += 1;
                    continue;
                }
                let c = slice[i..].chars().next().unwrap_or(' ');
                // Fillers stand where an entity was decoded ("AFP&rsquo;s"): inside the word.
                let filler_inside = c == FILLER
                    && slice[i..]
                        .trim_start_matches(FILLER)
                        .starts_with(char::is_alphanumeric);
                let connects = filler_inside
                    || matches!(c, '-' | '\'' | '’' | '.')
                        && slice[i + c.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(|n| n.is_alphabetic() || (c == '-' && n.is_ascii_digit()));
                if c.is_alphanumeric() || connects {
                    i += c.len_utf8();
                } else {
                    break;
                }
            }
        } else {
            kind = Kind::Punct;
            i += ch.len_utf8();
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
            capitalized: if ascii {
                bytes[start].is_ascii_uppercase()
            } else {
                ch.is_uppercase()
            },
            ascii_capital,
        });
        last_end = abs.end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let toks = tokenize("12,400 1.2 1,00 30,000", Span::new(0, 22));
        let values: Vec<Option<f64>> = toks.iter().map(|t| t.number_value()).collect();
        assert_eq!(values, [Some(12400.0), Some(1.2), None, Some(30000.0)]);
    }
}
