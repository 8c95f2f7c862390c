//! A token of the text (`Token`) and its kind (`Kind`), with the tests the
//! parsers ask of it: which word it is, whether it is a mark, a number's
//! value.

use crate::text::Span;

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

#[cfg(test)]
mod tests {
    use crate::text::tokens::tokenizer::tokenize;
    use crate::text::Span;

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
