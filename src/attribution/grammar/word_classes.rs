//! The closed word classes the patterns read, written here because they are
//! English grammar, not a newsroom's lexicon: determiners, function words,
//! the words that may stand between a speaker and its verb, sentence
//! openers, the objects of verbs of telling, noun markers, quantity words and
//! document nouns; and the token tests built on them (a token's lower case,
//! quote marks, adverbs, be-forms, dashes, participles, and a word that can
//! head a speaker phrase).

use std::borrow::Cow;

use crate::lexicon::cues::CueLexicon;
use crate::text::tokens::{Kind, Token};

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "both", "several", "some", "many", "another", "each", "every", "all", "most", "no", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "one", "other", "such", "any",
    "few", "more",
];

/// Words that never belong to a speaker phrase: prepositions, conjunctions,
/// auxiliaries, adverbs, and other function words.
const FUNCTION: &[&str] = &[
    "in",
    "on",
    "at",
    "to",
    "from",
    "with",
    "by",
    "about",
    "into",
    "over",
    "after",
    "before",
    "during",
    "since",
    "under",
    "between",
    "against",
    "through",
    "without",
    "within",
    "among",
    "as",
    "than",
    "like",
    "upon",
    "across",
    "toward",
    "towards",
    "via",
    "per",
    "despite",
    "amid",
    "but",
    "or",
    "nor",
    "so",
    "yet",
    "while",
    "because",
    "although",
    "though",
    "if",
    "when",
    "where",
    "whether",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "how",
    "why",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "not",
    "also",
    "now",
    "then",
    "there",
    "here",
    "just",
    "only",
    "even",
    "still",
    "very",
    "too",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "him",
    "them",
    "us",
    "me",
    "there",
    "said",
    "says",
    "say",
    "again",
    "later",
    "earlier",
    "once",
    "ago",
    "already",
    "never",
    "ever",
    "always",
    "often",
    "if",
    "unless",
    "until",
    "whereas",
    "thus",
    "however",
    "therefore",
    "meanwhile",
    "instead",
    "this",
    "these",
    "those",
    "and",
    "of",
    "for",
    "out",
    "up",
    "down",
    "off",
    "away",
    "back",
    "well",
    "much",
    "more",
    "less",
    "least",
    "few",
    "fewer",
    "some",
    "any",
    "no",
    "yes",
    "not",
    "n't",
    "get",
    "got",
    "make",
    "made",
    "take",
    "took",
    "go",
    "went",
    "come",
    "came",
    "see",
    "saw",
    "want",
    "need",
    "let",
    "become",
    "became",
    "seem",
    "seemed",
    "keep",
    "kept",
];

/// Words that may stand between a speaker and the verb ("the SDF on Monday
/// called for", "Trump has repeatedly said").
pub(super) const BETWEEN: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "later",
    "previously",
    "earlier",
    "then",
    "again",
    "repeatedly",
    "recently",
    "once",
    "publicly",
    "privately",
    "first",
    "further",
    "simply",
    "just",
    "still",
    "already",
    "often",
    "frequently",
    "long",
    "quickly",
    "immediately",
    "separately",
    "subsequently",
    "initially",
    "now",
    "has",
    "did",
    "does",
    "do",
    "always",
    "never",
    "himself",
    "herself",
    "themselves",
    "itself",
    "too",
    "both",
    "all",
    "flatly",
    "angrily",
    "openly",
    "directly",
    "explicitly",
    "formally",
    "officially",
    "reportedly",
    "apparently",
    "allegedly",
    "last",
    "yesterday",
    "today",
    "tonight",
    "on",
    "late",
    "early",
    "in",
    "at",
    "this",
    "week",
    "night",
    "is",
    "are",
    "was",
    "were",
    "morning",
    "afternoon",
    "evening",
];

/// Sentence openers that are capitalized only because they open the sentence.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "while",
    "both",
    "on",
    "near",
    "in",
    "at",
    "but",
    "and",
    "as",
    "after",
    "before",
    "when",
    "if",
    "although",
    "though",
    "since",
    "because",
    "for",
    "with",
    "by",
    "from",
    "during",
    "meanwhile",
    "however",
    "still",
    "yet",
    "so",
    "then",
    "now",
    "there",
    "this",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "some",
    "many",
    "most",
    "all",
    "one",
    "two",
    "three",
    "other",
    "another",
    "also",
    "even",
    "only",
    "just",
    "here",
    "what",
    "who",
    "how",
    "why",
    "where",
    "asked",
    "speaking",
    "according",
    "under",
    "over",
    "despite",
    "amid",
    "following",
    "earlier",
    "later",
    "last",
    "late",
    "early",
    "today",
    "yesterday",
];

/// Objects a verb of telling takes before its content ("told reporters that").
pub(super) const TELLING: &[&str] = &[
    "tell", "inform", "assure", "advise", "remind", "warn", "ask",
];

/// Words before a form that make it a noun ("his remarks", "the report").
pub(super) const NOUN_MARKERS: &[&str] = &[
    "to", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these",
    "those", "each", "every", "no", "any", "of", "such", "that", "whose", "what",
];

/// Prepositions that open a phrase inside a speaker's name or description.
pub(super) const PHRASE_PREPOSITIONS: [&str; 6] = ["of", "for", "at", "from", "with", "in"];

pub(super) const QUANTITY_WORDS: &[&str] = &[
    "hundreds",
    "thousands",
    "dozens",
    "millions",
    "scores",
    "tens",
    "many",
    "several",
    "some",
    "most",
    "few",
    "all",
    "both",
    "none",
    "more",
    "others",
    "much",
];

/// Nouns for documents that speak for their authors ("In a statement, …",
/// "In this poll, …").
pub(super) const DOCUMENTS: &[&str] = &[
    "poll",
    "survey",
    "report",
    "study",
    "statement",
    "letter",
    "interview",
    "speech",
    "column",
    "op-ed",
    "filing",
    "complaint",
    "ruling",
    "tweet",
    "post",
    "book",
    "memo",
    "analysis",
    "editorial",
    "opinion",
    "essay",
    "article",
    "review",
    "audit",
    "assessment",
    "document",
    "lawsuit",
    "suit",
    "decision",
    "order",
    "motion",
    "brief",
    "testimony",
    "video",
    "ad",
    "advertisement",
    "release",
    "transcript",
    "email",
    "message",
    "note",
    "paper",
    "data",
    "slide",
    "chart",
    "graph",
    "footage",
    "recording",
    "average",
    "tally",
];

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
    const NOUNS: &[&str] = &[
        "family",
        "ally",
        "assembly",
        "rally",
        "supply",
        "reply",
        "anomaly",
        "monopoly",
        "tally",
        "italy",
        "july",
        "folly",
        "bully",
        "belly",
        "jelly",
        "lily",
        "homily",
        "melancholy",
        "jolly",
    ];
    (word.len() > 4 || word.eq_ignore_ascii_case("only"))
        && (word.ends_with("ly") || word.ends_with("LY"))
        && !NOUNS.iter().any(|n| word.eq_ignore_ascii_case(n))
}

pub fn is_function(t: &Token) -> bool {
    t.is_word() && crate::word_set!(FUNCTION).contains_token(t)
}

pub fn is_opener_word(t: &Token) -> bool {
    crate::word_set!(OPENERS).contains_token(t)
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
