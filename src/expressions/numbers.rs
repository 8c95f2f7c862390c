//! Reading a number at a token: digits ("12,400", "1.2"), digits with a scale
//! ("3.5 billion", "3.5bn", "$5m"), number words ("Fifteen", "twenty-five",
//! "two hundred and fifty", "a dozen", "half a million").

use std::sync::OnceLock;

use crate::lexicon::number_words::numbers_below_a_hundred;
use crate::text::tokens::Token;
use crate::text::words::KeyMap;

/// A number read from tokens `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub value: f64,
    pub start: usize,
    pub end: usize,
    /// Written in words ("Fifteen"), not digits.
    pub spelled: bool,
    /// Had a scale word ("million", "bn", "dozen").
    pub scaled: bool,
}

/// Every number word from one to ninety-nine, hyphenated compounds
/// ("twenty-five") included, by `words::key`: numbers are read at almost
/// every token, and one lookup of the token's key answers most with no.
fn number_words() -> &'static KeyMap<Vec<(String, f64)>> {
    static TABLE: OnceLock<KeyMap<Vec<(String, f64)>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: KeyMap<Vec<(String, f64)>> = KeyMap::default();
        for (word, value) in numbers_below_a_hundred() {
            table
                .entry_or_default(crate::text::keys::key(&word))
                .push((word, value));
        }
        table
    })
}

/// The filter inline at every caller (most words are no number), the
/// table out of line.
#[inline(always)]
fn number_word_keyed(key: u64, word: &str) -> Option<f64> {
    if !number_words().may_hold(key) {
        return None;
    }
    number_word_held(key, word)
}

#[inline(never)]
fn number_word_held(key: u64, word: &str) -> Option<f64> {
    number_words()
        .get(&key)?
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, v)| v)
}

/// A number word, including hyphenated compounds ("twenty-five").
pub fn small_number_word(word: &str) -> Option<f64> {
    number_word_keyed(crate::text::keys::key(word), word)
}

/// As `small_number_word`, for a token, whose key is made already.
pub fn number_word(token: &Token) -> Option<f64> {
    number_word_keyed(token.key, token.text)
}

/// The multiplier of a scale word written apart ("million") or, when
/// `money` is set, an abbreviation written against the number ("bn", "m").
pub fn scale_word(token: &Token, money: bool) -> Option<f64> {
    let mut buf = [0u8; 16];
    let w = crate::text::keys::ascii_lower_short(token.text, &mut buf)?;
    let v = match w {
        b"hundred" => 1e2,
        b"thousand" => 1e3,
        b"million" => 1e6,
        b"billion" => 1e9,
        b"trillion" => 1e12,
        b"mln" | b"mn" if money => 1e6,
        b"m" if money && token.joined => 1e6,
        b"bn" | b"bln" => 1e9,
        b"tn" | b"trn" if money => 1e12,
        b"k" if token.joined => 1e3,
        _ => return None,
    };
    Some(v)
}

/// The value of a number token (`Token::number_value`), with the digits
/// of most numbers ("300", "19") summed here: parsing a float is the most
/// of reading one, and a whole number below 10^15 is the same float either
/// way.
#[inline]
pub fn value_of(token: &Token) -> Option<f64> {
    let text = token.text.as_bytes();
    if token.is_number() && !text.is_empty() && text.len() <= 15 {
        let mut value: u64 = 0;
        for &b in text {
            if !b.is_ascii_digit() {
                return token.number_value();
            }
            value = value * 10 + u64::from(b - b'0');
        }
        return Some(value as f64);
    }
    token.number_value()
}

/// Reads a number starting at token `i`.
pub fn read(tokens: &[Token], i: usize, money: bool) -> Option<Number> {
    let token = tokens.get(i)?;
    if token.is_number() {
        let mut value = value_of(token)?;
        let mut end = i + 1;
        let mut scaled = false;
        if let Some(next) = tokens.get(end) {
            if let Some(scale) = scale_word(next, money) {
                value *= scale;
                end += 1;
                scaled = true;
                // "1.5 million" may be followed by a further scale only in odd text; stop here.
            }
        }
        return Some(Number {
            value,
            start: i,
            end,
            spelled: false,
            scaled,
        });
    }
    if !token.is_word() {
        return None;
    }
    // "a dozen", "a hundred", "half a million", "a million".
    if token.is_any(&["a", "an", "half"]) {
        let (factor, next) = if token.is("half") {
            match tokens.get(i + 1) {
                Some(t) if t.is_any(&["a", "an"]) => (0.5, i + 2),
                _ => (0.5, i + 1),
            }
        } else {
            (1.0, i + 1)
        };
        let scale_token = tokens.get(next)?;
        let scale = if scale_token.is("dozen") {
            Some(12.0)
        } else {
            scale_word(scale_token, false)
        };
        let scale = scale?;
        return Some(Number {
            value: factor * scale,
            start: i,
            end: next + 1,
            spelled: true,
            scaled: true,
        });
    }
    // Compound number words: "two hundred and fifty thousand".
    let mut total = 0.0;
    let mut current = 0.0;
    let mut end = i;
    let mut seen = false;
    let mut scaled = false;
    let mut j = i;
    while let Some(t) = tokens.get(j) {
        if let Some(v) = t.is_word().then(|| number_word(t)).flatten() {
            // Two small numbers in a row ("two three") are not one number.
            if seen && current != 0.0 && current % 100.0 != 0.0 {
                break;
            }
            current += v;
            seen = true;
            j += 1;
            end = j;
        } else if seen
            && current > 0.0
            && t.is("and")
            && tokens.get(j + 1).is_some_and(|a| a.is("a"))
            && tokens.get(j + 2).is_some_and(|h| h.is("half"))
            && tokens
                .get(j + 3)
                .and_then(|s| scale_word(s, false))
                .is_some()
        {
            // "two and a half million"
            current += 0.5;
            j += 3;
            end = j;
        } else if seen && t.is("dozen") {
            current *= 12.0;
            scaled = true;
            j += 1;
            end = j;
        } else if seen && t.is("hundred") {
            current = current.max(1.0) * 100.0;
            scaled = true;
            j += 1;
            end = j;
        } else if seen && scale_word(t, false).is_some_and(|s| s >= 1e3) {
            total += current.max(1.0) * scale_word(t, false).unwrap_or(1.0);
            current = 0.0;
            scaled = true;
            j += 1;
            end = j;
        } else if seen
            && t.is("and")
            && tokens.get(j + 1).is_some_and(|n| number_word(n).is_some())
            && (current >= 100.0 || total > 0.0)
        {
            j += 1;
        } else {
            break;
        }
    }
    if !seen {
        return None;
    }
    Some(Number {
        value: total + current,
        start: i,
        end,
        spelled: true,
        scaled,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;
    use crate::text::Span;

    fn value(text: &str) -> Option<(f64, usize)> {
        let toks = tokenize(text, Span::new(0, text.len()));
        read(&toks, 0, text.starts_with('$') || text.contains("bn")).map(|n| (n.value, n.end))
    }

    #[test]
    fn number_words_below_a_hundred() {
        let cases = [
            ("one", Some(1.0)),
            ("Nineteen", Some(19.0)),
            ("SEVENTY", Some(70.0)),
            ("Ninety-Nine", Some(99.0)),
            ("forty-one", Some(41.0)),
            ("zero", None),
            ("no", None),
            ("ten-five", None),
            ("twenty-ten", None),
            ("twenty-", None),
            ("onee", None),
            ("hundred", None),
        ];
        for (word, want) in cases {
            assert_eq!(small_number_word(word), want, "{word}");
        }
    }

    #[test]
    fn numbers_table() {
        let cases: &[(&str, f64, usize)] = &[
            ("12,400", 12400.0, 1),
            ("1.2", 1.2, 1),
            ("Fifteen", 15.0, 1),
            ("twenty-five", 25.0, 1),
            ("a dozen", 12.0, 2),
            ("half a million", 500000.0, 3),
            ("3.5 billion", 3.5e9, 2),
            ("two hundred and fifty", 250.0, 4),
            ("three thousand", 3000.0, 2),
            ("two dozen", 24.0, 2),
            ("a hundred", 100.0, 2),
            ("1.5 million", 1.5e6, 2),
            ("two and a half million", 2.5e6, 5),
        ];
        for (text, expected, end) in cases {
            assert_eq!(value(text), Some((*expected, *end)), "{text}");
        }
        assert_eq!(value("a few"), None);
        assert_eq!(value("one two"), Some((1.0, 1)));
    }

    /// `value_of` is `Token::number_value` for whole numbers of every
    /// length and for the other numbers.
    #[test]
    fn values_summed_are_the_parsed_ones() {
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut texts: Vec<String> = [
            "0",
            "00",
            "007",
            "1",
            "19",
            "300",
            "2019",
            "999999999999999",
            "1000000000000000",
            "12345678901234567890",
            "1,000",
            "12,400",
            "1.5",
            "3.25",
            "0.5",
            "1,00",
            "2 @,@ 180",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        for _ in 0..5000 {
            crate::xorshift(&mut state);
            let len = 1 + (state % 20) as usize;
            texts.push(
                (0..len)
                    .map(|k| char::from(b'0' + ((state >> (3 * k % 60)) % 10) as u8))
                    .collect(),
            );
        }
        for text in &texts {
            for t in tokenize(text, Span::new(0, text.len())) {
                assert_eq!(
                    value_of(&t).map(f64::to_bits),
                    t.number_value().map(f64::to_bits),
                    "{}",
                    t.text
                );
            }
        }
    }
}
