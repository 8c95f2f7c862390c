//! The token tests the patterns read words with: a token's lower case,
//! quote marks, determiners, adverbs, function words, sentence openers,
//! be-forms, dashes, participles, and a word that can head a speaker phrase.
//! The closed word classes they test against are English grammar, not a
//! newsroom's lexicon, and are `crate::lexicon`'s (`determiners`,
//! `stop_words`, `sentence_openers`, `suffix_lookalikes`).

use std::borrow::Cow;

use crate::lexicon::cues::CueLexicon;
use crate::lexicon::determiners::DETERMINERS;
use crate::lexicon::sentence_openers::OPENERS_NAMING_NO_SPEAKER;
use crate::lexicon::stop_words::FUNCTION_WORDS;
use crate::lexicon::suffix_lookalikes::NOT_ADVERBS_IN_LY;
use crate::text::tokens::{Kind, Token};

pub(super) fn lower<'t>(t: &Token<'t>) -> Cow<'t, str> {
    // An ASCII token with no capital letter is its own lower case: its
    // flags say so, and its bytes are not read to find it out.
    if t.ascii && !t.ascii_capital {
        debug_assert!(matches!(crate::text::keys::lower(t.text), Cow::Borrowed(_)));
        return Cow::Borrowed(t.text);
    }
    crate::text::keys::lower(t.text)
}

pub(super) fn is_quote(t: &Token) -> bool {
    // A match on the text compiles to a test of its length and bytes, where
    // a list's `contains` compared each mark in turn.
    t.kind == Kind::Punct && matches!(t.text, "\"" | "“" | "”" | "'" | "‘" | "’" | "«" | "»")
}

pub(super) fn is_determiner(t: &Token) -> bool {
    t.is_word() && crate::word_set!(DETERMINERS).contains_token(t)
}

/// An adverb in -ly ("repeatedly", "publicly"), not a noun that ends so
/// ("family", "ally", "assembly", "rally").
pub fn is_adverb(word: &str) -> bool {
    (word.len() > 4 || word.eq_ignore_ascii_case("only"))
        && (word.ends_with("ly") || word.ends_with("LY"))
        && !NOT_ADVERBS_IN_LY
            .iter()
            .any(|n| word.eq_ignore_ascii_case(n))
}

pub fn is_function(t: &Token) -> bool {
    t.is_word() && crate::word_set!(FUNCTION_WORDS).contains_token(t)
}

pub fn is_opener_word(t: &Token) -> bool {
    crate::word_set!(OPENERS_NAMING_NO_SPEAKER).contains_token(t)
}

/// A word that can head a speaker phrase (not a function word, not a verb form).
pub(super) fn is_nominal(t: &Token, lex: &CueLexicon) -> bool {
    if !t.is_word() || is_function(t) || is_determiner(t) {
        return false;
    }
    if t.is_capitalized() {
        return true;
    }
    let w = lower(t);
    // Adverbs in -ly and verb forms do not head a speaker phrase ("the
    // militants estimated" is not a speaker "estimated").
    !(is_adverb(&w) || lex.is_verb_form(&w) && !lex.is_group(&w))
}

pub(super) fn is_be(t: &Token) -> bool {
    t.is_any(&[
        "was", "were", "is", "are", "be", "been", "being", "am", "'s", "'re",
    ])
}

pub(super) fn is_dash(t: &Token) -> bool {
    t.is_punct('-') || t.is_punct('—') || t.is_punct('–')
}

/// A lower-case participle that can modify a noun ("released", "representing").
pub(super) fn is_participle(t: &Token) -> bool {
    t.is_word()
        && !t.is_capitalized()
        && t.text.len() > 4
        && (t.text.ends_with("ed") || t.text.ends_with("ing"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;
    use crate::text::Span;

    /// A token's lower case from its flags is the plain one.
    #[test]
    fn lower_from_flags_agrees_with_the_plain_reading() {
        let text = "said Said SAID sAid al-Hol iPhone U.S. 3M x1 Dénoncé dénoncé ÉTAT \
                    état naïve straße STRASSE ß “quoted” -- , . 12,400 don't DON'T";
        for t in tokenize(text, Span::new(0, text.len())) {
            assert_eq!(lower(&t), crate::text::keys::lower(t.text), "{}", t.text);
        }
    }
}
