//! Reading a number at a token: digits ("12,400", "1.2"), digits with a scale
//! ("3.5 billion", "3.5bn", "$5m"), number words ("Fifteen", "twenty-five",
//! "two hundred and fifty", "a dozen", "half a million").

use super::tokens::Token;

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

fn unit_word(word: &str) -> Option<f64> {
    let mut buf = [0u8; 16];
    let w = crate::words::ascii_lower_short(word, &mut buf)?;
    let v = match w {
        "zero" | "no" => return None,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    };
    Some(v as f64)
}

/// A number word, including hyphenated compounds ("twenty-five").
pub fn small_number_word(word: &str) -> Option<f64> {
    if let Some((tens, units)) = word.split_once('-') {
        let t = unit_word(tens)?;
        let u = unit_word(units)?;
        return (t >= 20.0 && t % 10.0 == 0.0 && u < 10.0).then_some(t + u);
    }
    unit_word(word)
}

/// The multiplier of a scale word written apart ("million") or, when
/// `money` is set, an abbreviation written against the number ("bn", "m").
pub fn scale_word(token: &Token, money: bool) -> Option<f64> {
    let mut buf = [0u8; 16];
    let w = crate::words::ascii_lower_short(token.text, &mut buf)?;
    let v = match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        "mln" | "mn" if money => 1e6,
        "m" if money && token.joined => 1e6,
        "bn" | "bln" => 1e9,
        "tn" | "trn" if money => 1e12,
        "k" if token.joined => 1e3,
        _ => return None,
    };
    Some(v)
}

/// Reads a number starting at token `i`.
pub fn read(tokens: &[Token], i: usize, money: bool) -> Option<Number> {
    let token = tokens.get(i)?;
    if token.is_number() {
        let mut value = token.number_value()?;
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
        if let Some(v) = t.is_word().then(|| small_number_word(t.text)).flatten() {
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
            && tokens
                .get(j + 1)
                .is_some_and(|n| small_number_word(n.text).is_some())
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
    use crate::document::Span;
    use crate::expressions::tokens::tokenize;

    fn value(text: &str) -> Option<(f64, usize)> {
        let toks = tokenize(text, Span::new(0, text.len()));
        read(&toks, 0, text.starts_with('$') || text.contains("bn")).map(|n| (n.value, n.end))
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
}
