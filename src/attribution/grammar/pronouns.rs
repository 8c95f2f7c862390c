//! Pronouns that may stand for a speaker (`lexicon::pronouns`), read
//! through a contraction ("He's", "they’re", "which’ll").

use std::borrow::Cow;

use crate::text::tokens::Token;

use crate::lexicon::pronouns::SPEAKER_PRONOUNS;

#[inline]
pub fn is_pronoun(t: &Token) -> bool {
    if !t.is_word() {
        return false;
    }
    // Most words have no contraction to take off: one lookup of the key.
    // An apostrophe in a word stands between letters, where the tokenizer
    // marks it (`Token::inner_mark`), so an unmarked word has none; the
    // rest (hyphens and points mark words too) are read out of line.
    // (Every capitalised word is asked whether it is a name, and so
    // whether it is a pronoun.)
    if !t.inner_mark {
        debug_assert!(!t.text.contains(['\'', '’']), "{}", t.text);
        return crate::word_set!(SPEAKER_PRONOUNS).contains_token(t);
    }
    is_marked_pronoun(t)
}

/// `is_pronoun` of a word with a hyphen, apostrophe or point inside.
#[inline(never)]
fn is_marked_pronoun(t: &Token) -> bool {
    // A pronoun has at most five letters, before any contraction
    // ("which’ll"): a longer word with no apostrophe (nor the lead byte of
    // a curly one) in its first six bytes is none.
    let bytes = t.text.as_bytes();
    if bytes.len() > 5 && !bytes[..6].iter().any(|&b| b == b'\'' || b == 0xe2) {
        return false;
    }
    let contracted = if t.ascii {
        t.text.as_bytes().contains(&b'\'')
    } else {
        t.text.contains(['\'', '’'])
    };
    if !contracted {
        return crate::word_set!(SPEAKER_PRONOUNS).contains_token(t);
    }
    SPEAKER_PRONOUNS.contains(&pronoun_base(t.text).as_ref())
}

/// A pronoun without its contraction: "He's" → "he", "they're" → "they".
pub fn pronoun_base(text: &str) -> Cow<'_, str> {
    let lower = crate::text::keys::lower(text);
    match lower.find(['\'', '’']) {
        Some(i) if SPEAKER_PRONOUNS.contains(&&lower[..i]) => Cow::Owned(lower[..i].to_string()),
        _ => lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;
    use crate::text::Span;

    /// Pronouns with and without contractions, straight or curly, in any
    /// case; longer words that begin as pronouns do are none.
    #[test]
    fn pronouns_with_and_without_contractions() {
        let cases = [
            ("he", true),
            ("He", true),
            ("He's", true),
            ("they’re", true),
            ("THEY'RE", true),
            ("which’ll", true),
            ("Which's", true),
            ("who'd've", true),
            ("It", true),
            ("Heather", false),
            ("Theyre", false),
            ("Itself", false),
            ("whichever", false),
            ("Whichever's", false),
            ("Theirs", false),
            ("The", false),
            ("Hé's", false),
            ("We’ve", true),
            ("I", true),
            ("i", true),
            ("I'm", true),
            ("You", true),
            ("Youth", false),
            ("Whic", false),
            ("Who’s", true),
            ("Ex’s", false),
            ("Ahmed", false),
            ("Ahmad’s", false),
            ("Heyʼs", false),
            ("Hé", false),
            ("Wé’s", false),
        ];
        for (word, pronoun) in cases {
            let tokens = tokenize(word, Span::new(0, word.len()));
            assert_eq!(tokens.len(), 1, "{word}");
            assert_eq!(is_pronoun(&tokens[0]), pronoun, "{word}");
            assert_eq!(
                is_pronoun(&tokens[0]),
                is_pronoun_plainly(&tokens[0]),
                "{word}"
            );
        }
        // Every token of the fixtures, as the plain reading answers.
        let mut dirs = vec![std::path::PathBuf::from("fixtures")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "txt") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for t in tokenize(&text, Span::new(0, text.len())) {
                        assert_eq!(is_pronoun(&t), is_pronoun_plainly(&t), "{}", t.text);
                    }
                }
            }
        }
    }

    /// `is_pronoun` as first written.
    fn is_pronoun_plainly(t: &Token) -> bool {
        if !t.is_word() {
            return false;
        }
        let bytes = t.text.as_bytes();
        if bytes.len() > 5 && !bytes[..6].iter().any(|&b| b == b'\'' || b == 0xe2) {
            return false;
        }
        let contracted = if t.ascii {
            t.text.as_bytes().contains(&b'\'')
        } else {
            t.text.contains(['\'', '’'])
        };
        if !contracted {
            return crate::word_set!(SPEAKER_PRONOUNS).contains_token(t);
        }
        SPEAKER_PRONOUNS.contains(&pronoun_base(t.text).as_ref())
    }
}
