//! Grammar patterns that find attributions in one sentence: a cue, the phrase
//! that names its speaker, and the content the cue governs. No trained model:
//! closed word classes (written here, because they are English grammar) and
//! the lexicon (`rules/cues.toml`, because newsrooms extend it).

use std::borrow::Cow;
use std::ops::Range;

use super::lexicon::{phrase_at, CueLexicon, VerbClass};
use crate::text::tokens::{Kind, Token};
use crate::text::Span;

/// What kind of cue attributes the claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A reporting verb ("said", "called for").
    Verb,
    /// "according to X".
    Preposition,
    /// "X cited Y as saying": the claim is relayed.
    Relay,
    /// "reportedly", "it is understood": nobody is named.
    Vague,
    /// An agentless passive ("was accused of", "is expected to"): the party
    /// is not named.
    Passive,
    /// A stance or an act of a named speaker ("Trump attacked", "Clinton
    /// wants", "the SDF were hoping"), rather than something said.
    Stance,
}

impl CueKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CueKind::Verb => "verb",
            CueKind::Preposition => "preposition",
            CueKind::Relay => "relay",
            CueKind::Vague => "vague",
            CueKind::Passive => "passive",
            CueKind::Stance => "stance",
        }
    }
}

/// One attribution found in a sentence, with token ranges into the sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub kind: CueKind,
    pub cue: Span,
    /// The phrase that names the speaker.
    pub speaker: Option<Range<usize>>,
    /// The speaker named by a relay ("its sources" in "cited its sources as saying").
    pub relayed_from: Option<Range<usize>>,
    /// An appositive after the speaker ("a spokesman for the SDF").
    pub appositive: Option<Range<usize>>,
    /// What the cue governs.
    pub content: Span,
    /// The cue ends the sentence with a colon: the content follows it.
    pub content_follows: bool,
    /// The sentence is only the cue and its speaker ("Clinton said."): the
    /// content is the sentence before.
    pub content_precedes: bool,
}

impl Found {
    /// An attribution with no relay, appositive or content elsewhere.
    fn new(kind: CueKind, cue: Span, speaker: Option<Range<usize>>, content: Span) -> Found {
        Found {
            kind,
            cue,
            speaker,
            relayed_from: None,
            appositive: None,
            content,
            content_follows: false,
            content_precedes: false,
        }
    }
}

pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "who", "which"];

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
const BETWEEN: &[&str] = &[
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
const TELLING: &[&str] = &[
    "tell", "inform", "assure", "advise", "remind", "warn", "ask",
];

fn lower<'t>(t: &Token<'t>) -> Cow<'t, str> {
    // An ASCII token with no capital letter is its own lower case: its
    // flags say so, and its bytes are not read to find it out.
    if t.ascii && !t.ascii_capital {
        debug_assert!(matches!(crate::text::keys::lower(t.text), Cow::Borrowed(_)));
        return Cow::Borrowed(t.text);
    }
    crate::text::keys::lower(t.text)
}

fn is_quote(t: &Token) -> bool {
    // A match on the text compiles to a test of its length and bytes, where
    // a list's `contains` compared each mark in turn.
    t.kind == Kind::Punct && matches!(t.text, "\"" | "“" | "”" | "'" | "‘" | "’" | "«" | "»")
}

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
        return crate::word_set!(PRONOUNS).contains_token(t);
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
        return crate::word_set!(PRONOUNS).contains_token(t);
    }
    PRONOUNS.contains(&pronoun_base(t.text).as_ref())
}

/// A pronoun without its contraction: "He's" → "he", "they're" → "they".
pub fn pronoun_base(text: &str) -> Cow<'_, str> {
    let lower = crate::text::keys::lower(text);
    match lower.find(['\'', '’']) {
        Some(i) if PRONOUNS.contains(&&lower[..i]) => Cow::Owned(lower[..i].to_string()),
        _ => lower,
    }
}

fn is_determiner(t: &Token) -> bool {
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
fn is_nominal(t: &Token, lex: &CueLexicon) -> bool {
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

/// Which tokens stand inside a quotation; `open` says whether the sentence
/// starts inside one.
pub fn quoted_tokens(tokens: &[Token], open: bool) -> Vec<bool> {
    let mut state = open;
    let mut out = Vec::with_capacity(tokens.len());
    for (k, t) in tokens.iter().enumerate() {
        // Every mark read below opens with an apostrophe, a double quote,
        // or the lead byte 0xC2 («, ») or 0xE2 (the curly ones, „): a
        // token that opens otherwise leaves the state as it is and is no
        // quote mark (most tokens). (`quoted_tokens_by_token` is the
        // plain reading, kept for the tests.)
        if !matches!(t.text.as_bytes().first(), Some(b'\'' | b'"' | 0xc2 | 0xe2)) {
            out.push(state);
            continue;
        }
        // Two apostrophes written as a double quote (''…'').
        let doubled = t.text == "'" && tokens.get(k + 1).is_some_and(|n| n.text == "'" && n.joined);
        let second_of_pair = t.text == "'" && t.joined && k > 0 && tokens[k - 1].text == "'";
        if doubled {
            state = !state;
            out.push(false);
            continue;
        }
        if second_of_pair {
            out.push(false);
            continue;
        }
        match t.text {
            "“" | "«" | "„" => state = true,
            "”" | "»" => state = false,
            // A straight quote opening a sentence that starts inside a
            // quotation reopens it (a new paragraph of the same quotation).
            "\"" if !(k == 0 && open) => state = !state,
            _ => {}
        }
        out.push(state && !is_quote(t));
    }
    out
}

/// `quoted_tokens` as first written: every token read in full.
#[cfg(test)]
fn quoted_tokens_by_token(tokens: &[Token], open: bool) -> Vec<bool> {
    let mut state = open;
    let mut out = Vec::with_capacity(tokens.len());
    for (k, t) in tokens.iter().enumerate() {
        // Two apostrophes written as a double quote (''…'').
        let doubled = t.text == "'" && tokens.get(k + 1).is_some_and(|n| n.text == "'" && n.joined);
        let second_of_pair = t.text == "'" && t.joined && k > 0 && tokens[k - 1].text == "'";
        if doubled {
            state = !state;
            out.push(false);
            continue;
        }
        if second_of_pair {
            out.push(false);
            continue;
        }
        match t.text {
            "“" | "«" | "„" => state = true,
            "”" | "»" => state = false,
            // A straight quote opening a sentence that starts inside a
            // quotation reopens it (a new paragraph of the same quotation).
            "\"" if !(k == 0 && open) => state = !state,
            _ => {}
        }
        out.push(state && !is_quote(t));
    }
    out
}

/// What a token may begin or carry for the patterns of `find`, one bit a
/// kind: each lexicon is asked once a token, and every pass of `find` skips
/// the tokens its patterns cannot start at.
pub mod cue_bits {
    /// A verb of saying or stance (`verb_of`).
    pub const VERB: u8 = 1;
    /// A noun cue ("claim", "estimate").
    pub const NOUN: u8 = 2;
    /// A participle whose agentless passive is a cue ("was accused").
    pub const PASSIVE: u8 = 4;
    /// The first word of a preposition cue ("according to").
    pub const PREPOSITION: u8 = 8;
    /// The first word of a vague cue ("reportedly").
    pub const VAGUE: u8 = 16;
    /// A dash that may open a byline after a quotation.
    pub const DASH: u8 = 32;
    /// The next tokens are "that", a colon or a quotation (a named
    /// subject's verb may govern them).
    pub const GOVERNS: u8 = 64;
    /// A colon (for the sentence's gate and `colon_cue`). A quote mark or
    /// "that" begins no pattern of `find` and is not marked: a sentence
    /// with no other bit has no attribution, and is not read.
    pub const MARK: u8 = 128;
    /// Every bit: nothing is skipped.
    pub const ALL: u8 = u8::MAX;
}

/// The cue bits of a sentence's tokens, or `None` when no pattern of
/// `find` can match in it: each needs a verb of saying or stance, a noun,
/// passive or preposition cue, a vague cue's first word, a colon, a dash,
/// a verb's "that", colon or quotation after it (`governs`), or "In"
/// opening the sentence (a document as the source). A quote mark or "that"
/// alone begins none of them. Most sentences of a story have
/// none, and `find` read each of their tokens in four passes to find
/// nothing. (Checked against `find` in debug builds.)
///
/// One pass from the end: a word the lexicon's cue filter rules out
/// (`CueLexicon::may_begin_cue`, most words) is asked nothing else, and
/// what `governs` asks of the next two tokens is carried from them, each
/// token read once. (`cues_by_token` is the plain reading, kept for the
/// tests.)
pub fn cues(tokens: &[Token], lex: &CueLexicon) -> Option<Vec<u8>> {
    use cue_bits::*;
    let mut bits = vec![0u8; tokens.len()];
    let mut any = tokens.first().is_some_and(|t| t.is("in"));
    // The classes of the tokens one and two after the current one.
    let (mut next, mut after_next) = (0u8, 0u8);
    // A word the cue filter rules out has no bit of its own and no class.
    let passed = |t: &Token| !t.is_punct_token() && !lex.may_begin_cue(t);
    let mut i = tokens.len();
    while i > 0 {
        // Two tokens of no class after it, such a word has no bit at all:
        // the run of them is passed in a tight loop, nothing written.
        if next == 0 && after_next == 0 {
            while i > 0 && passed(&tokens[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
        }
        i -= 1;
        let (mut b, class) = if passed(&tokens[i]) {
            (0, 0)
        } else {
            token_cue_bits(tokens, i, lex)
        };
        if next & LEADS != 0 || next & COMMA != 0 && after_next & QUOTE != 0 {
            b |= GOVERNS;
        }
        (next, after_next) = (class, next);
        any |= b != 0;
        bits[i] = b;
    }
    any.then_some(bits)
}

/// What `governs` asks of a token after the verb, one bit a kind.
const LEADS: u8 = 1; // "that", a colon, a quote mark not joined
const COMMA: u8 = 2;
const QUOTE: u8 = 4;

/// The cue bits of a mark or a word the cue filter lets through (but
/// `GOVERNS`, which the tokens after it give), and its class for
/// `governs`. Out of line: the loop of `cues` keeps its state in
/// registers for the words it passes.
#[inline(never)]
fn token_cue_bits(tokens: &[Token], i: usize, lex: &CueLexicon) -> (u8, u8) {
    use cue_bits::*;
    let t = &tokens[i];
    let mut b = 0;
    let mut class = 0;
    if t.is_punct_token() {
        let quote = is_quote(t);
        let colon = t.is_punct(':');
        if colon {
            b |= MARK;
        }
        if matches!(t.text, "―" | "—" | "–") {
            b |= DASH;
        }
        if colon || quote && !t.joined {
            class |= LEADS;
        }
        if quote {
            class |= QUOTE;
        }
        if t.is_punct(',') {
            class |= COMMA;
        }
    }
    if lex.may_begin_cue(t) {
        if t.is_word() {
            if t.is("that") {
                class |= LEADS;
            }
            if lex.verb_of(t).is_some() {
                b |= VERB;
            }
            if lex.is_noun_cue_token(t) {
                b |= NOUN;
            }
            if lex.is_passive_cue_token(t) {
                b |= PASSIVE;
            }
        }
        let (preposition, vague) = lex.cue_phrases_at(tokens, i);
        if preposition {
            b |= PREPOSITION;
        }
        if vague {
            b |= VAGUE;
        }
    }
    (b, class)
}

/// `cues` as first written: every question asked of every token.
#[cfg(test)]
fn cues_by_token(tokens: &[Token], lex: &CueLexicon) -> Option<Vec<u8>> {
    use cue_bits::*;
    let mut bits = vec![0u8; tokens.len()];
    let mut any = tokens.first().is_some_and(|t| t.is("in"));
    for (i, t) in tokens.iter().enumerate() {
        let mut b = 0;
        if t.is_word() {
            if lex.verb_of(t).is_some() {
                b |= VERB;
            }
            if lex.is_noun_cue_token(t) {
                b |= NOUN;
            }
            if lex.is_passive_cue_token(t) {
                b |= PASSIVE;
            }
        } else if t.is_punct_token() {
            if t.is_punct(':') {
                b |= MARK;
            }
            if matches!(t.text, "―" | "—" | "–") {
                b |= DASH;
            }
        }
        if lex.preposition_cues.first_at(tokens, i).is_some() {
            b |= PREPOSITION;
        }
        if lex.vague_cues.first_at(tokens, i).is_some() {
            b |= VAGUE;
        }
        if governs(tokens, i) {
            b |= GOVERNS;
        }
        any |= b != 0;
        bits[i] = b;
    }
    any.then_some(bits)
}

/// Whether the tokens after `v` are "that", a colon or a quotation that a
/// verb at `v` may govern ("stressed that", "underscored: …").
fn governs(tokens: &[Token], v: usize) -> bool {
    tokens
        .get(v + 1)
        .is_some_and(|n| n.is("that") || n.is_punct(':') || is_quote(n) && !n.joined)
        || tokens.get(v + 1).is_some_and(|n| n.is_punct(','))
            && tokens.get(v + 2).is_some_and(is_quote)
}

/// Finds the attributions of one sentence. `tokens` are the sentence's tokens;
/// `in_time` says which tokens belong to a time expression, `quoted` which
/// stand inside a quotation.
pub fn find(
    tokens: &[Token],
    cues: &[u8],
    in_time: &[bool],
    quoted: &[bool],
    sentence: Span,
    lex: &CueLexicon,
) -> Vec<Found> {
    use cue_bits::*;
    let mut out: Vec<Found> = Vec::new();
    let mut taken = vec![false; tokens.len()];
    // The tokens some pattern below may start at, read once: each pass
    // over the sentence reads only these (a few of its dozens of tokens),
    // and asks its own bits of them as it asked them of every token. In
    // the same pass, whether a colon is marked: most sentences have none,
    // and their tokens are not read again to find one.
    let (marked, colon) = marked_tokens(cues);
    // "Pat Caddell: Democrat Voters Worried …": a headline's speaker and colon
    // come before any verb in it.
    if let Some(f) = colon.then(|| colon_cue(tokens, sentence, lex)).flatten() {
        taken.fill(true);
        out.push(f);
    }
    for &i in &marked {
        // A cue inside a quotation belongs to the quoted speaker's own words
        // ("I think", "they say"); the quotation's attribution is outside it.
        if taken[i] || quoted[i] || cues[i] & (PREPOSITION | DASH | NOUN | VERB | GOVERNS) == 0 {
            continue;
        }
        // The patterns in order of precedence; the first that matches wins.
        let found = preposition_cue(tokens, i, sentence, lex)
            .or_else(|| dash_cue(tokens, i, sentence, lex))
            .or_else(|| noun_cue(tokens, i, sentence, lex))
            .or_else(|| verb_cue(tokens, in_time, i, sentence, lex, &out))
            .or_else(|| act_of_named(tokens, in_time, i, sentence, lex));
        if let Some(f) = found {
            mark(&mut taken, &f, tokens);
            out.push(f);
        }
    }
    if out.is_empty() {
        if let Some(f) = document_cue(tokens, sentence, lex) {
            out.push(f);
        }
    }
    if let Some(f) = opening_participle(tokens, in_time, sentence, lex) {
        if !out.iter().any(|o| o.cue.overlaps(f.cue)) {
            out.push(f);
        }
    }
    for &v in &marked {
        if quoted[v] || taken[v] || cues[v] & VERB == 0 {
            continue;
        }
        if let Some(f) = passive_agent(tokens, v, sentence, lex) {
            if !out.iter().any(|o| o.cue.overlaps(f.cue)) {
                out.push(f);
            }
        }
    }
    // A vague cue counts only where nobody is named as saying anything.
    if out
        .iter()
        .all(|f| f.speaker.is_none() || f.kind == CueKind::Stance)
    {
        for &i in marked.iter().filter(|&&i| cues[i] & VAGUE != 0) {
            for n in lex.vague_cues.all_at(tokens, i) {
                let cue = Span::new(tokens[i].span.start, tokens[i + n - 1].span.end);
                if out.iter().any(|f| f.cue.overlaps(cue)) {
                    continue;
                }
                out.push(Found {
                    kind: CueKind::Vague,
                    cue,
                    speaker: None,
                    relayed_from: None,
                    appositive: None,
                    content: trim(tokens, 0, tokens.len(), sentence),
                    content_follows: false,
                    content_precedes: false,
                });
                break;
            }
        }
    }
    // What the patterns above leave: an agentless passive ("was accused of"),
    // or a verb with its clause whose speaker they could not find.
    for &v in &marked {
        if quoted[v] || taken[v] || cues[v] & (PASSIVE | VERB) == 0 {
            continue;
        }
        let Some(f) = agentless_passive(tokens, v, sentence, lex)
            .or_else(|| cue_without_speaker(tokens, v, sentence, lex))
        else {
            continue;
        };
        // Inside what a named speaker says, it is part of their claim.
        // (Asked of a cue found, not of every token.)
        let claimed = out.iter().any(|o| {
            o.cue.overlaps(tokens[v].span)
                || o.speaker.is_some() && o.content.contains(tokens[v].span)
        });
        if !claimed {
            out.push(f);
        }
    }
    out.sort_by_key(|f| f.cue.start);
    out
}

/// The tokens whose cue bits have any bit but `MARK`, and whether any has
/// `MARK` (a colon). Read eight bits at a time: most tokens have none,
/// and eight of them are passed in one test.
fn marked_tokens(cues: &[u8]) -> (Vec<usize>, bool) {
    use cue_bits::MARK;
    // `MARK` is the top bit of a byte: the low seven of each are the rest.
    const _: () = assert!(MARK == 0x80);
    const REST: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut marked = Vec::new();
    let mut all = 0u64;
    let mut chunks = cues.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        all |= x;
        if x & REST != 0 {
            for (k, &b) in chunk.iter().enumerate() {
                if b & !MARK != 0 {
                    marked.push(base + k);
                }
            }
        }
        base += 8;
    }
    for (k, &b) in chunks.remainder().iter().enumerate() {
        all |= u64::from(b);
        if b & !MARK != 0 {
            marked.push(base + k);
        }
    }
    (marked, all & !REST != 0)
}

fn mark(taken: &mut [bool], f: &Found, tokens: &[Token]) {
    crate::text::tokens::mark_covered(tokens, [f.cue], taken);
    if let Some(r) = &f.speaker {
        for t in &mut taken[r.clone()] {
            *t = true;
        }
    }
}

/// "was accused of", "is expected to", "has been criticised for": the
/// agentless passive of a `passive_cues` participle attributes its clause to
/// a party the sentence does not name. (With "by X", `passive_agent` names it.)
fn agentless_passive(
    tokens: &[Token],
    v: usize,
    sentence: Span,
    lex: &CueLexicon,
) -> Option<Found> {
    let t = &tokens[v];
    if !t.is_word() || t.is_capitalized() || !lex.is_passive_cue_token(t) {
        return None;
    }
    let auxiliary = (0..v).rev().find(|&k| {
        !(is_adverb(tokens[k].text)
            || tokens[k].is_any(&[
                "not",
                "n't",
                "also",
                "often",
                "widely",
                "long",
                "once",
                "sometimes",
            ]))
    })?;
    if !is_be(&tokens[auxiliary]) || tokens.get(v + 1).is_some_and(|n| n.is("by")) {
        return None;
    }
    Some(Found::new(
        CueKind::Passive,
        t.span,
        None,
        trim(tokens, v + 1, tokens.len(), sentence),
    ))
}

/// "… stated that …", "… agreed that …": a reporting verb with its clause
/// whose speaker no pattern found (a subject too long or too far to read).
/// The cue stands; the source is left unnamed rather than guessed.
fn cue_without_speaker(
    tokens: &[Token],
    v: usize,
    sentence: Span,
    lex: &CueLexicon,
) -> Option<Found> {
    let t = &tokens[v];
    let clause = tokens
        .get(v + 1)
        .is_some_and(|n| n.is("that") || n.is_punct(':'));
    // The clause is asked first: it rules out nearly every token.
    if !clause || !t.is_word() || t.is_capitalized() {
        return None;
    }
    let verb = lex.verb_of(t)?;
    let noun = v.checked_sub(1).is_some_and(|p| {
        let p = &tokens[p];
        // (His, her, their and its are noun markers already.)
        crate::word_set!(NOUN_MARKERS).contains_token(p)
            || p.text.ends_with("'s")
            || p.text.ends_with("’s")
    });
    // "Having said that": a set phrase, nobody's claim.
    let set_phrase = v > 0 && tokens[v - 1].is("having");
    if noun || set_phrase {
        return None;
    }
    let kind = if verb.class == VerbClass::Speech {
        CueKind::Verb
    } else {
        CueKind::Stance
    };
    Some(Found::new(
        kind,
        t.span,
        None,
        trim(tokens, v + 2, tokens.len(), sentence),
    ))
}

/// "according to X", ", according to X." and "According to X, …".
fn preposition_cue(tokens: &[Token], i: usize, sentence: Span, lex: &CueLexicon) -> Option<Found> {
    let n = lex.preposition_cues.first_at(tokens, i)?;
    // Vague cues ("according to reports") are read elsewhere. (Asked second:
    // a preposition cue is rarer.)
    if lex.vague_cues.first_at(tokens, i).is_some() {
        return None;
    }
    let speaker = np_forward(tokens, i + n, lex)?;
    let cue = Span::new(tokens[i].span.start, tokens[i + n - 1].span.end);
    let after = speaker.end;
    let content = if i == 0 || is_quote(&tokens[i - 1]) && i == 1 {
        // "According to X, the …": the content follows the comma.
        let start = if tokens.get(after).is_some_and(|t| t.is_punct(',')) {
            after + 1
        } else {
            after
        };
        trim(tokens, start, tokens.len(), sentence)
    } else if words_between(tokens, after, tokens.len()) >= 3 {
        // "X, according to Y, said …" or "according to Y the …".
        let before = trim(tokens, 0, i, sentence);
        let rest = trim(tokens, after, tokens.len(), sentence);
        Span::new(before.start, rest.end)
    } else {
        trim(tokens, 0, i, sentence)
    };
    Some(Found {
        kind: CueKind::Preposition,
        cue,
        speaker: Some(speaker),
        relayed_from: None,
        appositive: None,
        content,
        content_follows: false,
        content_precedes: false,
    })
}

fn words_between(tokens: &[Token], from: usize, to: usize) -> usize {
    tokens[from.min(to)..to]
        .iter()
        .filter(|t| t.is_word() || t.is_number())
        .count()
}

/// The span from `tokens[from]` to `tokens[to - 1]`, without leading and
/// trailing punctuation; the sentence itself when that leaves nothing.
fn trim(tokens: &[Token], mut from: usize, mut to: usize, sentence: Span) -> Span {
    while from < to
        && !(tokens[from].is_word() || tokens[from].is_number() || tokens[from].text == "$")
    {
        from += 1;
    }
    while to > from && tokens[to - 1].kind == Kind::Punct && !tokens[to - 1].is_punct('%') {
        to -= 1;
    }
    if from >= to {
        return sentence;
    }
    Span::new(tokens[from].span.start, tokens[to - 1].span.end)
}

/// Whether only auxiliaries and adverbs stand between `from` and `to`
/// ("Clinton did not want", "the ad then references").
fn only_auxiliaries(tokens: &[Token], from: usize, to: usize) -> bool {
    tokens[from.min(to)..to].iter().all(|b| {
        b.is_word()
            && !b.is_capitalized()
            && (crate::word_set!(BETWEEN).contains_token(b)
                || is_adverb(b.text)
                || b.is_any(&[
                    "not", "n't", "would", "could", "should", "must", "can", "might", "may",
                ]))
    })
}

/// Words before a form that make it a noun ("his remarks", "the report").
const NOUN_MARKERS: &[&str] = &[
    "to", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these",
    "those", "each", "every", "no", "any", "of", "such", "that", "whose", "what",
];

fn is_be(t: &Token) -> bool {
    t.is_any(&[
        "was", "were", "is", "are", "be", "been", "being", "am", "'s", "'re",
    ])
}

/// "went on to discuss", "continued to insist", "began to argue": a verb of
/// saying after a verb that hands on its subject.
fn catenative(tokens: &[Token], v: usize) -> bool {
    v >= 2
        && tokens[v - 1].is("to")
        && (tokens[v - 2].is("on")
            || tokens[v - 2].is_any(&[
                "continued",
                "continues",
                "continue",
                "began",
                "begins",
                "begin",
                "started",
                "starts",
                "proceeded",
                "went",
                "rushed",
                "moved",
            ]))
}

/// The nearest subject before `v` that a participle or a catenative verb
/// takes over: a pronoun, or a name right before a lower-case word (its
/// verb), not governed by a preposition.
fn clause_subject_before(tokens: &[Token], v: usize, lex: &CueLexicon) -> Option<Range<usize>> {
    for k in (0..v).rev() {
        let t = &tokens[k];
        if t.is_any(&["he", "she", "they"]) {
            return Some(k..k + 1);
        }
        let followed_by_verb = tokens.get(k + 1).is_some_and(|n| {
            n.is_word() && !n.is_capitalized() && !is_function(n)
                || n.is_any(&["has", "have", "had", "was", "is", "were", "are"])
        });
        if t.is_capitalized()
            && followed_by_verb
            && (k == 0
                || !is_function(&tokens[k - 1])
                || tokens[k - 1].is_any(&["and", "but", "that"]))
        {
            let np = np_back(tokens, k, lex)?;
            if is_named_speaker(tokens, &np, lex) {
                return Some(np);
            }
        }
    }
    None
}

/// A headline in title case ("Trump Could Address Clean Energy, Lindsey Graham Says").
fn is_title_case(tokens: &[Token]) -> bool {
    let (mut words, mut capitalized) = (0, 0);
    for t in tokens.iter().filter(|t| t.is_word() && t.text.len() > 3) {
        words += 1;
        capitalized += usize::from(t.is_capitalized());
    }
    words >= 3 && capitalized * 10 >= words * 8
}

/// A speaker phrase an editor would accept as one: a pronoun, a name, or a
/// head noun the lexicon knows (officials, spokesman, ministry, poll).
fn is_speaker(tokens: &[Token], np: &Range<usize>, lex: &CueLexicon) -> bool {
    let words = &tokens[np.clone()];
    if words.len() == 1 && is_pronoun(&words[0]) {
        return true;
    }
    if words.len() == 1 && words[0].is("that") && np.start > 0 {
        return np_back(tokens, np.start - 1, lex).is_some_and(|antecedent| {
            antecedent.end == np.start && is_speaker(tokens, &antecedent, lex)
        });
    }
    // "Some say …", "others note that …": a vague speaker, but a speaker.
    if words.len() == 1 && words[0].is_any(&["some", "many", "others", "most"]) {
        return true;
    }
    let known_head = |head: &str| {
        DOCUMENTS.contains(&head)
            || lex.is_group(head)
            || lex.is_title(head)
            || lex.is_organisation_head(head)
            || lex.is_unnamed_head(head)
    };
    words
        .iter()
        .enumerate()
        .any(|(k, t)| t.is_capitalized() && !(k == 0 && np.start == 0 && is_opener_word(t)))
        || heads(words).any(|h| known_head(&h))
}

/// The heads of a phrase: its last word, and the last word before its first
/// preposition ("a lawyer for the news outlets", "the minister of the
/// economy": lawyer, minister).
fn heads<'a>(words: &'a [Token]) -> impl Iterator<Item = Cow<'a, str>> + 'a {
    let last = words.iter().rev().find(|t| t.is_word()).map(lower);
    let before_pp = words
        .iter()
        .position(|t| t.is_any(&PHRASE_PREPOSITIONS) || is_participle(t))
        .filter(|&k| k > 0 && (k + 1 < words.len() || is_participle(&words[k])))
        .and_then(|k| words[..k].iter().rev().find(|t| t.is_word()))
        .map(lower);
    last.into_iter().chain(before_pp)
}

/// Prepositions that open a phrase inside a speaker's name or description.
const PHRASE_PREPOSITIONS: [&str; 6] = ["of", "for", "at", "from", "with", "in"];

const QUANTITY_WORDS: &[&str] = &[
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

/// A speaker to whom a stance or an act is attributed: a third-person
/// pronoun, a name, or a head noun for people who speak for something
/// (officials, spokesman, ministry, experts) — not a crowd ("militants").
fn is_named_speaker(tokens: &[Token], np: &Range<usize>, lex: &CueLexicon) -> bool {
    let words: Vec<&Token> = tokens[np.clone()].iter().filter(|t| t.is_word()).collect();
    let Some(head) = words.last() else {
        return false;
    };
    // A relative "that" is as named as the phrase it stands for.
    if words.len() == 1 && head.is("that") && np.start > 0 {
        return np_back(tokens, np.start - 1, lex).is_some_and(|antecedent| {
            antecedent.end == np.start && is_named_speaker(tokens, &antecedent, lex)
        });
    }
    if words.len() == 1 && is_pronoun(head) {
        // "who" only after a comma: "Trump, who wants …", not "people who want".
        let relative_ok = np.start > 0 && tokens[np.start - 1].is_punct(',');
        let base = pronoun_base(head.text);
        // "I"/"we" outside a quotation: the writer's own stance ("I know
        // your tax returns are being audited"), a claim of the piece's author.
        return matches!(base.as_ref(), "he" | "she" | "they" | "it" | "i" | "we")
            || base == "who" && relative_ok;
    }
    // (No word outside ASCII lower-cases into one of these.)
    if crate::word_set!(QUANTITY_WORDS).contains_token(head) {
        return false;
    }
    if head.is_capitalized() {
        return !(np.start == 0 && words.len() == 1 && is_opener_word(head));
    }
    // "Air strikes": a capitalised word only because it opens the sentence.
    heads(&tokens[np.clone()]).any(|h| {
        !lex.is_crowd(&h)
            && (lex.is_group(&h)
                || lex.is_title(&h)
                || lex.is_organisation_head(&h)
                || lex.is_unnamed_head(&h))
    })
}

/// The subject of the sentence's main clause, when it is a speaker: the
/// speaker of a participle (", saying …") or of a second verb ("and said").
fn main_subject(tokens: &[Token], lex: &CueLexicon) -> Option<Range<usize>> {
    let mut s = 0;
    while s < tokens.len() && !tokens[s].is_word() {
        s += 1;
    }
    let first = tokens.get(s)?;
    if is_function(first) && !is_pronoun(first) || lex.verb_of(first).is_some() {
        // "In a speech in Fort Pierce, Clinton laid out …": after the opening phrase.
        let comma = (s..tokens.len().min(s + 16)).find(|&k| tokens[k].is_punct(','))?;
        s = comma + 1;
    }
    let np = np_forward(tokens, s, lex)?;
    is_named_speaker(tokens, &np, lex).then_some(np)
}

/// Nouns for documents that speak for their authors ("In a statement, …",
/// "In this poll, …").
const DOCUMENTS: &[&str] = &[
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

/// `In this poll, Trump rose …`: a document opens the sentence and speaks
/// for it (only when no one is said to say anything).
fn document_cue(tokens: &[Token], sentence: Span, lex: &CueLexicon) -> Option<Found> {
    let first = tokens.first()?;
    if !first.is("in") {
        return None;
    }
    let np = subject_forward(tokens, 1, lex)?;
    let comma = tokens.get(np.end)?;
    let head = tokens[np.clone()]
        .iter()
        .rev()
        .find(|t| !t.is_capitalized() && t.is_word())
        .map(lower)?;
    if !comma.is_punct(',') || !DOCUMENTS.contains(&head.as_ref()) {
        return None;
    }
    Some(Found::new(
        CueKind::Preposition,
        first.span,
        Some(np.clone()),
        trim(tokens, np.end + 1, tokens.len(), sentence),
    ))
}

/// `Bemoaning the "phony system," Trump accused …`: a participle opens the
/// sentence and its speaker is the subject after the comma.
fn opening_participle(
    tokens: &[Token],
    in_time: &[bool],
    sentence: Span,
    lex: &CueLexicon,
) -> Option<Found> {
    let first = tokens.first()?;
    // The ending is read on the word as written first: the first word of
    // nearly every sentence is capitalised, and its lower-case copy was
    // made for every one. (No letter outside ASCII lower-cases into "ing".)
    let ending = first
        .text
        .len()
        .checked_sub(3)
        .map(|k| &first.text.as_bytes()[k..]);
    if !first.is_word() || !ending.is_some_and(|e| e.eq_ignore_ascii_case(b"ing")) {
        return None;
    }
    let w = lower(first);
    if !w.ends_with("ing") || w.len() < 6 || is_function(first) || in_time[0] {
        return None;
    }
    // "Bracing for the worst" is a participle too, but only a verb of saying
    // or of stance makes it an attribution.
    lex.verb(&w)?;
    let comma = (1..tokens.len().min(25)).find(|&k| tokens[k].is_punct(','))?;
    let np = np_forward(tokens, comma + 1, lex)?;
    if !is_named_speaker(tokens, &np, lex) {
        return None;
    }
    Some(Found::new(
        CueKind::Stance,
        first.span,
        Some(np),
        trim(tokens, 1, comma, sentence),
    ))
}

/// `is supported by far fewer publications`, `has been endorsed by dozens of
/// papers`: a passive reporting or stance verb names its speaker after "by".
fn passive_agent(tokens: &[Token], v: usize, sentence: Span, lex: &CueLexicon) -> Option<Found> {
    let t = &tokens[v];
    // "by" after the verb is asked first: it rules out nearly every token.
    if !t.is_word()
        || t.is_capitalized()
        || v == 0
        || !tokens.get(v + 1).is_some_and(|n| n.is("by"))
    {
        return None;
    }
    lex.verb_of(t)?;
    let w = lower(t);
    let mut p = v - 1;
    while p > 0
        && (is_adverb(tokens[p].text)
            || tokens[p].is_any(&[
                "also",
                "not",
                "widely",
                "first",
                "already",
                "previously",
                "later",
            ]))
    {
        p -= 1;
    }
    // "…, promoted by Donald Trump": a reduced relative clause.
    let reduced = tokens[p].is_punct(',') && w.ends_with("ed");
    if !is_be(&tokens[p]) && !tokens[p].is("been") && !reduced {
        return None;
    }
    let mut np = np_forward(tokens, v + 2, lex)?;
    // "endorsed by dozens of papers": the speakers are the papers.
    if np.len() == 1
        && QUANTITY_WORDS.contains(&lower(&tokens[np.start]).as_ref())
        && tokens.get(np.end).is_some_and(|t| t.is("of"))
    {
        np = np_forward(tokens, np.end + 1, lex)?;
    }
    if !is_speaker(tokens, &np, lex) {
        return None;
    }
    Some(Found {
        kind: CueKind::Stance,
        cue: Span::new(t.span.start, tokens[v + 1].span.end),
        speaker: Some(np),
        relayed_from: None,
        appositive: None,
        content: trim(tokens, 0, p, sentence),
        content_follows: false,
        content_precedes: false,
    })
}

/// `WALLACE: Let's start …`, `Pat Caddell: Democrat Voters Worried …` — a
/// name and a colon open the sentence.
fn colon_cue(tokens: &[Token], sentence: Span, lex: &CueLexicon) -> Option<Found> {
    // Most sentences have no colon at all: no phrase to read before one.
    if !tokens.iter().any(|t| t.is_punct(':')) {
        return None;
    }
    let mut s = 0;
    while s < tokens.len() && is_quote(&tokens[s]) {
        s += 1;
    }
    let np = np_forward(tokens, s, lex)?;
    let colon = tokens.get(np.end)?;
    if !colon.is_punct(':') || np.len() > 4 || words_between(tokens, np.end, tokens.len()) < 3 {
        return None;
    }
    let names = tokens[np.clone()]
        .iter()
        .all(|t| !t.is_word() || t.is_capitalized());
    const LABELS: &[&str] = &[
        "note",
        "update",
        "updated",
        "correction",
        "editor",
        "watch",
        "read",
        "related",
        "photo",
        "video",
        "source",
        "sources",
        "update",
        "transcript",
        "excerpt",
        "warning",
        "breaking",
        "exclusive",
        "live",
        "analysis",
        "opinion",
        "q",
        "a",
        "question",
        "answer",
        "latest",
        "clarification",
        "gallery",
        "timeline",
        "explainer",
    ];
    // A speaker's name has no function word in it: "Stealth Over Health:"
    // and "The Gap Goes On:" are headlines' own labels.
    if !names
        || tokens[np.clone()].iter().any(|t| {
            crate::word_set!(LABELS).contains_token(t)
                || t.text.ends_with("'s")
                || t.text.ends_with("’s")
                || is_function(t)
                || is_determiner(t)
                || lex.verb_of(t).is_some()
        })
    {
        return None;
    }
    Some(Found::new(
        CueKind::Verb,
        colon.span,
        Some(np.clone()),
        trim(tokens, np.end + 1, tokens.len(), sentence),
    ))
}

/// `“…” ― Sonya Herridge`: a dash after a quotation, then the speaker.
fn dash_cue(tokens: &[Token], i: usize, sentence: Span, lex: &CueLexicon) -> Option<Found> {
    let t = &tokens[i];
    if !t.is_punct_token() || !matches!(t.text, "―" | "—" | "–") {
        return None;
    }
    let after_quote = i == 0
        || is_quote(&tokens[i - 1])
        || i >= 2 && tokens[i - 1].is_punct('.') && is_quote(&tokens[i - 2]);
    if !after_quote {
        return None;
    }
    let np = np_forward(tokens, i + 1, lex)?;
    let named = tokens[np.clone()]
        .iter()
        .filter(|t| t.is_word())
        .all(|t| t.is_capitalized());
    if !named || np.len() > 5 {
        return None;
    }
    let content = if i == 0 {
        sentence
    } else {
        trim(tokens, 0, i, sentence)
    };
    Some(Found {
        kind: CueKind::Verb,
        cue: t.span,
        speaker: Some(np),
        relayed_from: None,
        appositive: None,
        content,
        content_follows: false,
        content_precedes: false,
    })
}

/// `Trump's claim that …`, `his assessment of …`: a noun that carries the
/// claim of the one who owns it.
fn noun_cue(tokens: &[Token], i: usize, sentence: Span, lex: &CueLexicon) -> Option<Found> {
    let t = &tokens[i];
    if !t.is_word() || t.is_capitalized() || !lex.is_noun_cue_token(t) || i == 0 {
        return None;
    }
    // A possessor in lower case names a speaker by its head ("police's",
    // "the ministry's").
    let possessor = |t: &Token| {
        is_possessor(t) || {
            let w = lower(t);
            let stem = crate::text::keys::without_possessive(&w);
            stem.len() < w.len()
                && (lex.is_group(stem) || lex.is_organisation_head(stem) || lex.is_title(stem))
        }
    };
    // The possessor: right before, or before one adjective ("his earlier claim").
    let mut p = i - 1;
    if !possessor(&tokens[p])
        && p > 0
        && tokens[p].is_word()
        && !tokens[p].is_capitalized()
        && (!is_function(&tokens[p]) || tokens[p].is_any(&["earlier", "own", "first", "last"]))
    {
        p -= 1;
    }
    let owner = &tokens[p];
    if !possessor(owner) {
        // "warnings from his attorney", "a push from both President Obama and …".
        if tokens.get(i + 1).is_some_and(|n| n.is_any(&["from", "by"])) {
            let np = np_forward(tokens, i + 2, lex)?;
            if is_named_speaker(tokens, &np, lex) && !is_pronoun(&tokens[np.start]) {
                return Some(Found::new(CueKind::Stance, t.span, Some(np), sentence));
            }
        }
        return None;
    }
    let speaker = if owner.is_any(&["his", "her", "their", "its"]) {
        p..p + 1
    } else {
        np_back(tokens, p, lex)?
    };
    let next = tokens.get(i + 1)?;
    if !(next.is_any(&["that", "of", "about", "to", "on", "for"])
        || next.is_punct(':')
        || is_quote(next))
    {
        return None;
    }
    if words_between(tokens, i + 1, tokens.len()) < 2 {
        return None;
    }
    Some(Found::new(
        CueKind::Stance,
        t.span,
        Some(speaker),
        trim(tokens, i + 1, tokens.len(), sentence),
    ))
}

/// A possessive that can own a claim: "Trump's", "the IMF's", "his".
fn is_possessor(t: &Token) -> bool {
    t.is_any(&["his", "her", "their", "its"])
        || t.is_word() && (t.text.ends_with("'s") || t.text.ends_with("’s")) && t.is_capitalized()
}

/// Any verb whose subject is a named speaker: what a person or an
/// organisation does or holds ("Cruz has endorsed Trump", "Caddell went on
/// to discuss …"). A verb is recognised by its place (right after the
/// subject, adverbs and auxiliaries aside) and its form (-ed, -s, or after
/// an auxiliary).
fn act_of_named(
    tokens: &[Token],
    in_time: &[bool],
    v: usize,
    sentence: Span,
    lex: &CueLexicon,
) -> Option<Found> {
    // Only a verb that governs a clause or a quotation ("streesed that",
    // "underscored: …") — other verbs of a named subject are events, not
    // claims. (Tested first: it reads only the next tokens, and rules out
    // nearly every token.)
    if !governs(tokens, v) {
        return None;
    }
    let t = &tokens[v];
    if !t.is_word() || t.is_capitalized() || in_time[v] || is_function(t) || is_determiner(t) {
        return None;
    }
    let w = lower(t);
    let prev = v.checked_sub(1).map(|p| &tokens[p])?;
    let after_aux = prev.is_any(&[
        "has", "have", "had", "did", "does", "will", "would", "could", "can", "may", "might",
        "should", "must",
    ]);
    let finite = w.ends_with("ed") && w.len() > 4
        || w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && w.len() > 3
        || after_aux;
    if !finite
        || is_adverb(&w)
        || prev.is_punct(',')
        || crate::word_set!(NOUN_MARKERS).contains_token(prev)
    {
        return None;
    }
    if words_between(tokens, v + 1, tokens.len()) < 2 {
        return None;
    }
    let (np, _) = speaker_before(tokens, in_time, v, lex)?;
    if !is_named_speaker(tokens, &np, lex) {
        return None;
    }
    // The subject opens its clause: the sentence, or after a comma, "and",
    // "but", "that", "as", "when", "while", "because" or a quotation.
    let opens = np.start == 0
        || tokens[np.start - 1].kind == Kind::Punct
        || tokens[np.start - 1].is_any(&[
            "and", "but", "that", "as", "when", "while", "because", "although", "though", "since",
            "if",
        ]);
    // Between the subject and the verb: only auxiliaries, adverbs and times.
    let between_ok = tokens[np.end..v].iter().enumerate().all(|(k, b)| {
        in_time[np.end + k]
            || b.is_word()
                && !b.is_capitalized()
                && (crate::word_set!(BETWEEN).contains_token(b)
                    || is_adverb(b.text)
                    || b.is("not")
                    || b.is("n't"))
    });
    if !opens || !between_ok {
        return None;
    }
    Some(Found::new(
        CueKind::Stance,
        t.span,
        Some(np),
        trim(tokens, v + 1, tokens.len(), sentence),
    ))
}

fn verb_cue(
    tokens: &[Token],
    in_time: &[bool],
    v: usize,
    sentence: Span,
    lex: &CueLexicon,
    earlier: &[Found],
) -> Option<Found> {
    let t = &tokens[v];
    // A cue verb is written in lower case ("Islamic State" is not "state"),
    // except in a headline written in title case ("Lindsey Graham Says").
    // "Said Ellis: …": an inverted cue may open the sentence.
    // (The verb is looked up first: it rules out nearly every token, and the
    // title-case test reads the whole sentence.)
    if !t.is_word() {
        return None;
    }
    let verb = lex.verb_of(t)?;
    let word = lower(t);
    let opens_inverted = v == 0 && tokens.get(1).is_some_and(|n| n.is_capitalized());
    if t.is_capitalized() && !(v > 0 && is_title_case(tokens)) && !opens_inverted {
        return None;
    }
    // In a title-case headline only a verb of saying is a cue ("Lindsey
    // Graham Says"); "Plant Rules Face Key Test" has no speaker.
    if t.is_capitalized() && verb.class != VerbClass::Speech {
        return None;
    }
    let ing = word.ends_with("ing");
    let prev = v.checked_sub(1).map(|p| &tokens[p]);
    // "to say", "the said", "his remarks": an infinitive, an adjective, a noun.
    if prev.is_some_and(|p| {
        let possessive = (p.text.ends_with("'s") && !p.is("'s") || p.text.ends_with("’s"))
            // "He's claiming", "It’s denouncing": a pronoun and "is", not a possessive.
            && !is_pronoun(p);
        // "cities that support": "that" is a relative pronoun after a noun.
        let relative = p.is("that") && v >= 2 && is_nominal(&tokens[v - 2], lex);
        crate::word_set!(NOUN_MARKERS).contains_token(p) && !catenative(tokens, v) && !relative
            || possessive
    }) {
        return None;
    }
    // "Having said that": a set phrase, nobody's claim.
    if prev.is_some_and(|p| p.is("having")) {
        return None;
    }
    // "was told": a passive (but "is saying" is a progressive).
    if !ing && prev.is_some_and(is_be) {
        return None;
    }
    // Forms that are nouns as often as verbs ("states", "calls", "report").
    let ambiguous = !matches!(verb.lemma.as_str(), "say" | "tell")
        && (word == verb.lemma || word.ends_with('s') && !word.ends_with("ss"));
    let next = tokens.get(v + 1);
    // "she called into the program", "called in to a town hall": a phone call.
    if verb.lemma == "call" && next.is_some_and(|n| n.is_any(&["into", "in", "back", "up", "off"]))
    {
        return None;
    }
    // "a group known as", "people accused of": a participle that modifies a noun.
    if next.is_some_and(|n| n.is_any(&["as", "of"]))
        && (word.ends_with("ed") || word.ends_with("wn"))
        && prev.is_some_and(|p| {
            p.is_word() && !p.is_capitalized() && !is_pronoun(p) && !is_function(p)
        })
    {
        return None;
    }
    // "estimated to be", "expected to": raising, not reporting.
    if next.is_some_and(|n| n.is("to"))
        && tokens.get(v + 2).is_some_and(|n| n.is_any(&["be", "have"]))
    {
        return None;
    }
    let mut cue_end = v + 1;
    // "called for", and "called Friday for" with a time between.
    let mut p = v + 1;
    while p < tokens.len() && in_time[p] && p - v <= 3 {
        p += 1;
    }
    if let Some(n) = tokens.get(p) {
        if verb.particles.iter().any(|x| n.is(x)) {
            cue_end = p + 1;
        }
    }
    // "spoke about" is a cue, "spoke to reporters" is not.
    if verb.particle_required && cue_end == v + 1 {
        return None;
    }
    // Relay: "cited its sources as saying".
    let mut relayed_from = None;
    if lex.is_relay_verb(&word) {
        if let Some(np) = np_forward(tokens, cue_end, lex) {
            if let Some(n) = lex
                .relay_links
                .iter()
                .find_map(|l| phrase_at(tokens, np.end, l))
            {
                relayed_from = Some(np.clone());
                cue_end = np.end + n;
            }
        }
    }
    let cue = Span::new(t.span.start, tokens[cue_end - 1].span.end);
    let kind = if relayed_from.is_some() {
        CueKind::Relay
    } else if verb.class == VerbClass::Speech {
        CueKind::Verb
    } else {
        CueKind::Stance
    };

    // The speaker: the main clause's for a participle (", saying …") or a
    // second verb ("and said"); else before the verb, or (inverted) after it.
    // (Adverbs may stand between: ", even suggesting", "and then saying".)
    let before_adverbs = (0..v)
        .rev()
        .find(|&k| {
            !(tokens[k].is_any(&["even", "also", "then", "again", "still"])
                || is_adverb(tokens[k].text) && tokens[k].is_word() && !tokens[k].is_capitalized())
        })
        .map(|k| &tokens[k]);
    let participle = catenative(tokens, v)
        || ing
            && before_adverbs.is_some_and(|p| {
                p.is_punct(',') || p.is_any(&["by", "after", "before", "while", "when", "and"])
            });
    // "and said": a second verb of the same speaker (not "shootings and
    // protests demands", where the form is a noun as often as a verb).
    // (Auxiliaries and adverbs may stand between: "but has said".)
    let before_aux = (0..v)
        .rev()
        .find(|&k| {
            !(tokens[k].is_any(&[
                "has", "have", "had", "also", "then", "later", "would", "will",
            ]) || is_adverb(tokens[k].text) && !tokens[k].is_capitalized())
        })
        .map(|k| &tokens[k]);
    let coordinated =
        before_aux.is_some_and(|p| p.is_any(&["and", "but", "yet"])) && !ing && !ambiguous;
    let shared = (participle || coordinated)
        .then(|| {
            earlier
                .iter()
                .rev()
                .find_map(|f| f.speaker.clone().filter(|_| f.kind != CueKind::Vague))
                .or_else(|| main_subject(tokens, lex).filter(|np| np.end <= v))
                .or_else(|| clause_subject_before(tokens, v, lex))
        })
        .flatten();
    let before = if shared.is_some() || participle {
        None
    } else {
        speaker_before(tokens, in_time, v, lex)
            // "what he called", "which she described as": naming, not a claim;
            // "what that person says": nobody's claim. ("What the senators
            // said was gerrymandering" is theirs, though.)
            .filter(|(np, _)| {
                let naming = matches!(
                    verb.lemma.as_str(),
                    "call" | "describe" | "label" | "characterize" | "term" | "dub"
                );
                let head = lower(&tokens[np.end - 1]);
                let before = np.start.checked_sub(1).map(|k| {
                    if k > 0 && tokens[k].is_any(&["that", "this", "the", "a", "an"]) {
                        k - 1
                    } else {
                        k
                    }
                });
                let free_relative =
                    before.is_some_and(|k| tokens[k].is_any(&["what", "which", "whatever"]));
                !(free_relative && (naming || lex.is_unnamed_head(&head)))
            })
            // "Stein said she plans to …": a pronoun's cue inside the content
            // of an attribution already found is part of that claim.
            .filter(|(np, _)| {
                let pronoun = &tokens[np.start];
                let opens_content = earlier.iter().any(|f| {
                    f.speaker.is_some()
                        && f.content.contains(t.span)
                        && (f.content.start == pronoun.span.start
                            || np.start > 0 && tokens[np.start - 1].is("that"))
                });
                !(is_pronoun(pronoun) && !pronoun.is_any(&["who", "which"]) && opens_content)
            })
            // "anybody who complains": a restrictive relative is not a speaker
            // except of "say" and "tell".
            .filter(|(np, _)| {
                !(tokens[np.start].is("who")
                    && np.len() == 1
                    && !(np.start > 0 && tokens[np.start - 1].is_punct(','))
                    && !matches!(verb.lemma.as_str(), "say" | "tell"))
            })
            // "Trump's disrespectful comments": a noun phrase with a possessive
            // (but "the candidate's former doctor maintains": a speaker's head).
            .filter(|(np, _)| {
                !ambiguous
                    || !(tokens[np.clone()]
                        .iter()
                        .any(|x| x.text.ends_with("'s") || x.text.ends_with("’s")))
                    || {
                        let head = lower(&tokens[np.end - 1]);
                        lex.is_title(&head) || lex.is_organisation_head(&head)
                    }
            })
            // "a New York Times report", "Republican claims": a noun after a
            // name used as a modifier, not a verb after its subject.
            .filter(|(np, _)| {
                !ambiguous
                    || !{
                        let first = &tokens[np.start];
                        let head = &tokens[np.end - 1];
                        let h = lower(head);
                        first.is_any(&["a", "an"]) && head.is_capitalized()
                            || head.is_capitalized()
                                && ["an", "ic", "ian", "ese", "ish", "ground"]
                                    .iter()
                                    .any(|x| h.ends_with(x))
                                && !lex.is_organisation_head(&h)
                    }
            })
            .filter(|(np, appositive)| {
                // After an appositive or a modifier, what stands between is
                // its closing punctuation.
                let mut from = appositive.as_ref().map_or(np.end, |a| a.end);
                while from < v && tokens[from].kind == Kind::Punct {
                    from += 1;
                }
                !ambiguous
                    || is_speaker(tokens, np, lex) && only_auxiliaries(tokens, from, v)
                    || is_pronoun(&tokens[np.start])
            })
    };
    // "It was first declared by …": a be-form between subject and a past
    // participle makes a passive; its subject did not say anything.
    let before = before.filter(|(np, appositive)| {
        ing || appositive.is_some() || !tokens[np.end.min(v)..v].iter().any(is_be)
    });
    let (speaker, appositive, inverted) = match (shared, before) {
        (Some(s), _) => (Some(s), None, false),
        (None, Some((s, a))) => (Some(s), a, false),
        (None, None) if participle || ing => (None, None, false),
        (None, None) => {
            // Inverted: `"…," said Caddell.` — a finite verb of saying after
            // the content, its speaker closing the clause.
            let opened =
                v == 0 || prev.is_some_and(|p| p.is_punct(',') || is_quote(p) || p.is_punct(':'));
            let finite = verb.class == VerbClass::Speech && !word.ends_with("ing");
            let inverted = (opened && finite && relayed_from.is_none())
                .then(|| np_forward(tokens, cue_end, lex))
                .flatten()
                .filter(|np| {
                    tokens.get(np.end).is_none_or(|t| {
                        t.kind == Kind::Punct
                            || t.is_any(&[
                                "in", "on", "at", "after", "before", "during", "who", "when",
                                "adding",
                            ])
                    })
                });
            match inverted {
                Some(s) => (Some(s), None, true),
                None => (None, None, false),
            }
        }
    };
    let speaker = speaker?;

    // The content: after the cue, or before the speaker when the cue ends the sentence.
    let mut after = if inverted { speaker.end } else { cue_end };
    if TELLING.contains(&verb.lemma.as_str()) && !inverted {
        if let Some(obj) = np_forward(tokens, after, lex) {
            after = obj.end;
        }
    }
    while after < tokens.len()
        && (in_time[after]
            || tokens[after].is_any(&["that", "on", ","])
            || tokens[after].is_punct(':'))
    {
        after += 1;
    }
    let colon = tokens.get(cue_end).is_some_and(|t| t.is_punct(':'))
        || tokens.get(cue_end).is_some_and(|t| t.is_punct(','))
            && tokens.get(cue_end + 1).is_some_and(is_quote);
    let follows = words_between(tokens, after, tokens.len());
    let clause_after = tokens
        .get(cue_end)
        .is_some_and(|t| t.is("that") || is_quote(t))
        || colon;
    let start_of_speaker = speaker.start.min(v);
    // A stance or an act needs a named speaker; a clause verb without "that"
    // needs one too ("Clinton wants to …", but not "the data show …").
    let named_subject = is_named_speaker(tokens, &speaker, lex);
    // A form that is also a noun, followed by a bare noun, is a noun compound
    // ("the New York state attorney general"), not a verb and its object.
    let bare_noun_next = ambiguous
        && verb.class == VerbClass::Clause
        && !clause_after
        && tokens.get(cue_end).is_some_and(|n| {
            n.is_word()
                && !n.is_capitalized()
                && !is_function(n)
                && !is_determiner(n)
                && !is_pronoun(n)
        });
    if bare_noun_next && !inverted {
        return None;
    }
    // "a stream called Miracle Run": a name given, not a claim of the stream.
    if verb.lemma == "call"
        && cue_end == v + 1
        && tokens
            .get(v + 1)
            .is_some_and(|n| n.is_capitalized() || is_quote(n))
        && !tokens[speaker.end - 1].is_capitalized()
        && !is_pronoun(&tokens[speaker.start])
    {
        return None;
    }
    // "It backed Clinton.": one word of content is enough when it is a name.
    let named_object = tokens.get(after).is_some_and(|t| t.is_capitalized());
    if verb.class == VerbClass::Act
        && (!named_subject || inverted || follows < 2 && !(follows == 1 && named_object))
    {
        return None;
    }
    let content;
    let mut content_follows = false;
    let mut content_precedes = false;
    if follows >= 2 && !inverted {
        if verb.class == VerbClass::Clause && !clause_after && !(named_subject && follows >= 3) {
            return None;
        }
        // "The talks, he said, had failed.": the content is around the cue.
        let around = speaker.start > 0
            && tokens[speaker.start - 1].is_punct(',')
            && tokens.get(cue_end).is_some_and(|t| t.is_punct(','));
        content = if around {
            trim(tokens, 0, tokens.len(), sentence)
        } else {
            trim(tokens, after, tokens.len(), sentence)
        };
    } else if words_between(tokens, 0, start_of_speaker) >= 2 {
        content = trim(tokens, 0, start_of_speaker, sentence);
    } else if colon || follows == 0 && tokens.last().is_some_and(|t| t.is_punct(':')) {
        content = sentence;
        content_follows = true;
    } else if follows >= 2 {
        if verb.class == VerbClass::Clause && !clause_after {
            return None;
        }
        content = trim(tokens, after, tokens.len(), sentence);
    } else if verb.class == VerbClass::Speech && !ing {
        // `“How many times …?” Clinton said.` as a sentence of its own: the
        // content is the sentence before (quotes.rs moves it there).
        content = sentence;
        content_precedes = true;
    } else {
        return None;
    }
    Some(Found {
        kind,
        cue,
        speaker: Some(speaker),
        relayed_from,
        appositive,
        content,
        content_follows,
        content_precedes,
    })
}

/// The speaker phrase that ends before the verb at `v`, skipping adverbs and
/// times ("the SDF on Monday called for"), and a subject's appositive
/// ("Mustafa Bali, a spokesman for the SDF, confirmed").
fn speaker_before(
    tokens: &[Token],
    in_time: &[bool],
    v: usize,
    lex: &CueLexicon,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let mut j = v;
    loop {
        if j == 0 {
            return None;
        }
        j -= 1;
        let t = &tokens[j];
        let skippable = in_time[j]
            || t.is_word()
                && !t.is_capitalized()
                && crate::word_set!(BETWEEN).contains_token(t)
                // "Merkley, Brown and Menendez all suggested": a quantifier
                // after its subject.
                && (!(t.is("both") || t.is("all"))
                    || j > 0 && (tokens[j - 1].is_capitalized() || tokens[j - 1].is_punct(')')))
            || t.is("n't")
            || t.is("not")
            // "didn't", "doesn’t".
            || t.is_word() && !t.is_capitalized() && (t.text.ends_with("n't") || t.text.ends_with("n’t"))
            // "continually brags", "successfully argued".
            || t.is_word() && !t.is_capitalized() && is_adverb(t.text);
        if !skippable {
            break;
        }
    }
    let t = &tokens[j];
    if is_pronoun(t) {
        return Some((j..j + 1, None));
    }
    // "a number of cities that support the rules": a relative "that" stands
    // for the phrase before it.
    if t.is("that") && j > 0 && is_nominal(&tokens[j - 1], lex) {
        return Some((j..j + 1, None));
    }
    if t.is_punct(',') {
        return appositive_subject(tokens, j, lex);
    }
    // "Mr. Ellis -- a professor who wrote a book on debates -- said".
    if is_dash(t) {
        // A dash may be written as two hyphens: step to the first of them.
        let run_start = |k: usize| {
            if k > 0 && is_dash(&tokens[k - 1]) {
                k - 1
            } else {
                k
            }
        };
        let close = run_start(j);
        let open = (1..close).rev().find(|&k| is_dash(&tokens[k]))?;
        let np = np_back(tokens, run_start(open).checked_sub(1)?, lex)?;
        let opens = np.start == 0 || tokens[np.start - 1].kind == Kind::Punct;
        return (opens && is_speaker(tokens, &np, lex) && close - open <= 30)
            .then(|| (np, Some(open + 1..close)));
    }
    // "The poll released Friday shows": a participle closes the subject.
    if is_participle(t) {
        if let Some(long) = long_subject(tokens, in_time, j, v, lex) {
            return Some(long);
        }
    }
    // "The S.E.C. said", "Joseph R. Biden Jr. responded": the abbreviation's
    // period closes the name.
    if is_abbreviation_point(tokens, j) {
        let np = np_back(tokens, j - 1, lex)?;
        return Some((np.start..j + 1, None));
    }
    if t.is_punct(')') || is_nominal(t, lex) || is_document_noun(tokens, j) {
        let np = np_back(tokens, j, lex)?;
        // "a union representing flight attendants endorsed …": the phrase
        // found is the object inside a modifier of the real subject.
        let mut before = np.start;
        while before > 0 && (tokens[before - 1].is_number() || is_determiner(&tokens[before - 1])) {
            before -= 1;
        }
        let inside_modifier = before > 0 && {
            let p = &tokens[before - 1];
            p.is_any(&PHRASE_PREPOSITIONS) || p.is_any(&["on", "by"]) || is_participle(p)
        };
        if inside_modifier {
            if let Some(long) = long_subject(tokens, in_time, j, v, lex) {
                return Some(long);
            }
        }
        return Some((np, None));
    }
    long_subject(tokens, in_time, j, v, lex)
}

fn is_dash(t: &Token) -> bool {
    t.is_punct('-') || t.is_punct('—') || t.is_punct('–')
}

/// The period of an abbreviation inside a name: an initial ("R."), "Jr.",
/// "Sr." or a dotted acronym ("S.E.C.").
fn is_abbreviation_point(tokens: &[Token], j: usize) -> bool {
    j > 0 && tokens[j].is_punct('.') && tokens[j].joined && {
        let w = &tokens[j - 1];
        w.is_capitalized()
            && (w.text.chars().count() == 1 || w.is_any(&["Jr", "Sr"]) || w.text.contains('.'))
    }
}

/// A lower-case participle that can modify a noun ("released", "representing").
fn is_participle(t: &Token) -> bool {
    t.is_word()
        && !t.is_capitalized()
        && t.text.len() > 4
        && (t.text.ends_with("ed") || t.text.ends_with("ing"))
}

/// A subject with modifiers, read from the start of its clause up to `last`:
/// "The latest Reuters/Ipsos opinion poll released Friday", "A document on
/// the campaign's website", "a 46-page analysis released by the department
/// last month". Its head (the first phrase) must be a speaker.
fn long_subject(
    tokens: &[Token],
    in_time: &[bool],
    last: usize,
    verb: usize,
    lex: &CueLexicon,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    const BOUNDARY: &[&str] = &[
        "that", "and", "but", "while", "when", "because", "as", "if", "since", "although",
        "though", "whereas",
    ];
    let start = (last.saturating_sub(16)..=last).rev().find(|&k| {
        k == 0 || {
            let p = &tokens[k - 1];
            p.kind == Kind::Punct && !p.is_punct('/') && !p.is_punct('-') || p.is_any(BOUNDARY)
        }
    })?;
    let head = np_forward(tokens, start, lex)?;
    if !is_speaker(tokens, &head, lex) || is_pronoun(&tokens[head.start]) {
        return None;
    }
    let mut pos = head.end;
    let mut steps = 0;
    // Where a participle or a time opens a modifier ("released Friday"): the
    // speaker's name ends there.
    let mut modifier = None;
    while pos <= last && steps < 10 {
        steps += 1;
        let t = &tokens[pos];
        if in_time[pos] || is_participle(t) {
            modifier.get_or_insert(pos);
        }
        if in_time[pos] {
            pos += 1;
        } else if t.is_any(&PHRASE_PREPOSITIONS) || t.is_any(&["on", "by", "about", "near"]) {
            pos = np_forward(tokens, pos + 1, lex)?.end;
        } else if is_participle(t)
            || t.is_number()
            || (t.is_punct('/') || t.is_punct('-')) && t.joined
        {
            // "released Friday", "representing flight attendants", "Reuters/Ipsos".
            pos += 1;
            if let Some(rest) = np_forward(tokens, pos, lex) {
                pos = rest.end;
            }
        } else {
            return None;
        }
    }
    // The phrase may take in the times skipped before the verb ("released Friday").
    if pos <= last || pos > verb || pos - start > 16 {
        return None;
    }
    Some(match modifier {
        Some(m) => (start..m, Some(m..pos)),
        None => (start..pos, None),
    })
}

/// A document noun that is also a verb form, used as a noun: "the report
/// says", "a new study found", "the Pentagon statement".
fn is_document_noun(tokens: &[Token], j: usize) -> bool {
    let t = &tokens[j];
    t.is_word() && DOCUMENTS.contains(&lower(t).as_ref()) && j > 0 && {
        let p = &tokens[j - 1];
        // (A determiner or a capitalised word covers every possessor.)
        is_determiner(p) || p.is_capitalized() || p.is_word() && !is_function(p) && !is_pronoun(p)
    }
}

/// `NP , APPOSITIVE , verb`: the subject at the start of the clause —
/// "Mustafa Bali, a spokesman for the SDF, confirmed", "Schiff, 56, who has
/// served …, told", `"…," Scott Pruitt, the attorney general, said`.
fn appositive_subject(
    tokens: &[Token],
    comma: usize,
    lex: &CueLexicon,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    // The clause starts after the last closing quotation before the comma, or
    // at the sentence start.
    let mut start = (0..comma)
        .rev()
        .find(|&k| {
            is_quote(&tokens[k])
                && k > 0
                && (tokens[k - 1].is_punct(',')
                    || tokens[k - 1].is_punct('?')
                    || tokens[k - 1].is_punct('!')
                    || tokens[k - 1].is_punct('.'))
        })
        .map_or(0, |k| k + 1);
    while start < comma
        && (is_quote(&tokens[start])
            || tokens[start].kind == Kind::Punct
            || tokens[start].is_any(&["even", "also", "meanwhile", "still", "but", "and", "so"]))
    {
        start += 1;
    }
    let np = match subject_forward(tokens, start, lex) {
        Some(np)
            if tokens.get(np.end).is_some_and(|t| t.is_punct(','))
                && np.end < comma
                && is_speaker(tokens, &np, lex) =>
        {
            np
        }
        // "In a statement, one of the family's attorneys, Justin Bamberg,
        // said": the subject after an opening phrase.
        _ => match (start..comma)
            .filter(|&c| tokens[c].is_punct(',') && is_function(&tokens[start]))
            .find_map(|c| {
                subject_forward(tokens, c + 1, lex).filter(|np| {
                    np.end < comma && tokens[np.end].is_punct(',') && is_speaker(tokens, np, lex)
                })
            }) {
            Some(np) => np,
            // "… since Clinton, at Monday's debate, cited …": the subject opens a
            // clause inside the sentence.
            None => subject_after_boundary(tokens, comma, lex)?,
        },
    };
    let appositive = np.end + 1..comma;
    let has_verb = tokens[appositive.clone()].iter().enumerate().any(|(k, t)| {
        !t.is_capitalized()
            && lex
                .verb(&lower(t))
                .is_some_and(|v| v.class == VerbClass::Speech)
            && !lower(t).ends_with("ing")
            && (k == 0 || !tokens[appositive.start + k - 1].is_any(&["who", "which", "has", "had"]))
    });
    (!has_verb && appositive.len() <= 40).then_some((np, Some(appositive)))
}

/// The speaker phrase right before one of the commas before `comma` that
/// opens its clause (after "since", "when", "and", a quotation …).
fn subject_after_boundary(
    tokens: &[Token],
    comma: usize,
    lex: &CueLexicon,
) -> Option<Range<usize>> {
    const BOUNDARY: &[&str] = &[
        "since", "because", "when", "while", "as", "after", "before", "although", "though", "and",
        "but", "that", "if", "where", "whereas", "until", "once",
    ];
    for k in (1..comma).rev() {
        if !tokens[k].is_punct(',') || comma - k > 30 {
            continue;
        }
        let Some(np) = np_back(tokens, k - 1, lex) else {
            continue;
        };
        let opens = np.start == 0
            || tokens[np.start - 1].kind == Kind::Punct
            || BOUNDARY.iter().any(|b| tokens[np.start - 1].is(b));
        if opens && is_named_speaker(tokens, &np, lex) {
            return Some(np);
        }
    }
    None
}

/// A subject phrase read rightwards: a speaker phrase with its parenthesis
/// ("Rep. Jim Jordan (R-Ohio)") and its prepositional phrases ("A lawyer for
/// the news outlets", "Officials at Homeland Security Investigations").
fn subject_forward(tokens: &[Token], start: usize, lex: &CueLexicon) -> Option<Range<usize>> {
    // "one of the family's attorneys", "some of the senators": a part of a group.
    let partitive = tokens.get(start).is_some_and(|t| {
        t.is_any(&[
            "one", "two", "three", "some", "many", "most", "several", "each", "all", "both", "none",
        ])
    }) && tokens.get(start + 1).is_some_and(|t| t.is("of"));
    let np = if partitive {
        let group = np_forward(tokens, start + 2, lex)?;
        start..group.end
    } else {
        np_forward(tokens, start, lex)?
    };
    let mut end = np.end;
    let mut steps = 0;
    while steps < 4 {
        steps += 1;
        match tokens.get(end) {
            Some(t) if t.is_punct('(') => {
                match (end + 1..tokens.len().min(end + 10)).find(|&k| tokens[k].is_punct(')')) {
                    Some(close) => end = close + 1,
                    None => break,
                }
            }
            Some(t) if t.is_any(&["of", "for", "at", "with", "to", "from", "in"]) => {
                match np_forward(tokens, end + 1, lex) {
                    Some(pp) if !is_pronoun(&tokens[pp.start]) => end = pp.end,
                    _ => break,
                }
            }
            _ => break,
        }
    }
    Some(np.start..end)
}

/// The speaker phrase that ends at `end`, read leftwards.
pub fn np_back(tokens: &[Token], end: usize, lex: &CueLexicon) -> Option<Range<usize>> {
    let mut s = end;
    if tokens[end].is_punct(')') {
        // "the Syrian Democratic Forces (SDF) said": the name before the acronym.
        let open = (0..end).rev().find(|&k| tokens[k].is_punct('('))?;
        if open == 0 {
            return None;
        }
        s = open;
    }
    let mut lowercase = 0;
    while s > 0 {
        let p = &tokens[s - 1];
        if p.is_punct(')') {
            match (0..s - 1).rev().find(|&k| tokens[k].is_punct('(')) {
                Some(open) if open > 0 && tokens[open - 1].is_capitalized() => {
                    s = open;
                    continue;
                }
                _ => break,
            }
        }
        if !p.is_word() {
            // "44 percent would back Trump": the share of a poll speaks.
            if p.is_number() && tokens[s].is_any(&["percent", "%"]) {
                s -= 1;
                break;
            }
            if p.is_punct('.')
                && s >= 2
                && (lex.is_honorific_token(&tokens[s - 2]) || is_abbreviation_point(tokens, s - 1))
            {
                s -= 1;
                continue;
            }
            if p.is_punct('&') && s >= 2 && tokens[s - 2].is_capitalized() {
                s -= 1;
                continue;
            }
            break;
        }
        if is_determiner(p) {
            if !p.is_any(&[
                "both", "all", "other", "such", "more", "most", "some", "any", "no",
            ]) {
                s -= 1;
            }
            // "attorneys for the family", "a spokesman for the ministry": a
            // speaker's head and the phrase that says whom it speaks for.
            if s >= 2
                && tokens[s - 1].is_any(&["for", "of", "at", "with"])
                && !tokens[s - 2].is_capitalized()
                && (lex.is_title_token(&tokens[s - 2]) || lex.is_group_token(&tokens[s - 2]))
            {
                s -= 2;
                lowercase += 1;
                continue;
            }
            // "Aid groups and the ministry": a coordination of speakers.
            if s >= 2 && tokens[s - 1].is("and") && is_nominal(&tokens[s - 2], lex) && s - 1 < end {
                s -= 1;
                lowercase = 0;
                continue;
            }
            break;
        }
        // (No word outside ASCII lower-cases into one of these.)
        if p.is_any(&["of", "for", "and", "de", "al"]) {
            // Inside a name ("Observatory for Human Rights") or a coordination
            // of speakers ("the SDF and United States officials").
            let right_ok = tokens[s].is_capitalized() || is_determiner(&tokens[s]);
            let left_ok = s >= 2
                && (tokens[s - 2].is_capitalized()
                    || lex.is_title_token(&tokens[s - 2])
                    || lex.is_group_token(&tokens[s - 2]));
            if right_ok && left_ok {
                s -= 1;
                continue;
            }
            break;
        }
        if p.is_capitalized() {
            if s - 1 == 0 && is_opener_word(p) {
                break;
            }
            s -= 1;
            continue;
        }
        if !is_nominal(p, lex) || lowercase >= 3 {
            break;
        }
        // Before a name only a title ("pollster Pat Caddell", "legal analyst
        // Jeffrey Toobin"), not any word ("For 12 years Adelma Cifuentes").
        if tokens[s].is_capitalized() && !lex.is_title_token(p) {
            break;
        }
        lowercase += 1;
        s -= 1;
    }
    (s <= end).then_some(s..end + 1)
}

/// The speaker phrase that starts at `start`, read rightwards.
pub fn np_forward(tokens: &[Token], start: usize, lex: &CueLexicon) -> Option<Range<usize>> {
    let first = tokens.get(start)?;
    if is_pronoun(first) {
        return (!first.is_any(&["who", "which", "it"])).then_some(start..start + 1);
    }
    let mut e = start;
    if is_determiner(first) {
        e += 1;
    }
    let mut lowercase = 0;
    let mut words = 0;
    while let Some(t) = tokens.get(e) {
        if t.is_word() {
            // (No word outside ASCII lower-cases into one of these.)
            if t.is_any(&["of", "for", "and", "&", "de", "al"]) && words > 0 {
                let n = tokens.get(e + 1);
                let n2 = tokens.get(e + 2);
                let next_named = n.is_some_and(|n| n.is_capitalized())
                    || n.is_some_and(|n| n.is("the")) && n2.is_some_and(|n| n.is_capitalized());
                if next_named {
                    e += 1;
                    continue;
                }
                break;
            }
            if t.is_capitalized() && !(words == 0 && is_opener_word(t) && start == 0) {
                words += 1;
                e += 1;
                continue;
            }
            // A past-tense verb after the head ("correspondents reached")
            // ends the phrase.
            let w = lower(t);
            let verb_like = words > 0 && w.len() > 5 && w.ends_with("ed");
            if is_nominal(t, lex) && lowercase < 4 && !t.is_capitalized() && !verb_like {
                lowercase += 1;
                words += 1;
                e += 1;
                continue;
            }
            break;
        }
        if t.is_punct('.')
            && e > start
            && lex.is_honorific_token(&tokens[e - 1])
            && tokens.get(e + 1).is_some_and(|n| n.is_capitalized())
        {
            e += 1;
            continue;
        }
        if t.is_punct('(') && words > 0 {
            // "Agence France-Presse (AFP) correspondents".
            if let (Some(a), Some(c)) = (tokens.get(e + 1), tokens.get(e + 2)) {
                if a.is_capitalized() && c.is_punct(')') {
                    e += 3;
                    continue;
                }
            }
        }
        break;
    }
    (words > 0).then_some(start..e)
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
            return crate::word_set!(PRONOUNS).contains_token(t);
        }
        PRONOUNS.contains(&pronoun_base(t.text).as_ref())
    }
}

#[cfg(test)]
mod cue_gate_tests {
    use super::*;
    use crate::text::tokens::tokenize;
    use crate::text::Span;

    /// The marked tokens read eight bits at a time are those read one at
    /// a time, with the colon's bit, at every length and in every place.
    #[test]
    fn marked_tokens_agree_with_the_plain_reading() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            crate::xorshift(&mut seed);
            seed
        };
        for len in 0..70 {
            for round in 0..40 {
                let cues: Vec<u8> = (0..len)
                    .map(|_| {
                        let r = next();
                        // Mostly no bit, as in text; sometimes any.
                        match r % 8 {
                            0 => (r >> 8) as u8,
                            1 => cue_bits::MARK,
                            2 => 1 << ((r >> 8) % 7),
                            _ => 0,
                        }
                    })
                    .map(|b| if round == 0 { cue_bits::ALL } else { b })
                    .collect();
                let plain: Vec<usize> = (0..len)
                    .filter(|&i| cues[i] & !cue_bits::MARK != 0)
                    .collect();
                let colon = cues.iter().any(|&b| b & cue_bits::MARK != 0);
                assert_eq!(marked_tokens(&cues), (plain, colon), "{cues:?}");
            }
        }
    }

    /// A token's lower case from its flags is the plain one.
    #[test]
    fn lower_from_flags_agrees_with_the_plain_reading() {
        let text = "said Said SAID sAid al-Hol iPhone U.S. 3M x1 Dénoncé dénoncé ÉTAT \
                    état naïve straße STRASSE ß “quoted” -- , . 12,400 don't DON'T";
        for t in tokenize(text, Span::new(0, text.len())) {
            assert_eq!(lower(&t), crate::text::keys::lower(t.text), "{}", t.text);
        }
    }

    /// The one-pass gate gives every sentence the bits of the plain
    /// reading: the fixtures' articles sentence by sentence, and sentences
    /// made to hit each pattern, its neighbours and the ends of the slice,
    /// with a newsroom's words outside ASCII.
    #[test]
    fn one_pass_cues_agree_with_the_plain_reading() {
        let mut lex = CueLexicon::builtin();
        lex.merge(crate::attribution::lexicon::CueFile {
            speech_verbs: vec!["dénoncer dénonce dénoncé".into()],
            noun_cues: vec!["thèse".into()],
            passive_cues: vec!["réputé".into()],
            vague_cues: vec!["à ce qu'il paraît".into()],
            preposition_cues: vec!["selon".into(), "d'après".into()],
            ..crate::attribution::lexicon::CueFile::default()
        });
        let mut texts: Vec<String> = vec![
            "He said that the army, \"left\" the area.".into(),
            "THAT said: \u{201c}no\u{201d}, reportedly — \u{2014} – ― ok".into(),
            "In a statement, according to AFP, officials said , \"x\"".into(),
            "She stressed, \"it is understood\" ,\"".into(),
            "DÉNONCÉ Dénoncé thèse THÈSE réputé selon d'après à ce qu'il paraît".into(),
            "claims, claim: Claim that' \u{2018}quoted\u{2019} «x» were accused".into(),
            "It Was Reported IS SAID TO in the words of as reported by it is said".into(),
            "According to media reports, reports say it is; is said; in the".into(),
            "that".into(),
            ",".into(),
            "\"".into(),
            "said ,".into(),
            "\u{201c}We will win,\u{201d} that is all \u{2018}they\u{2019} know.".into(),
            "Pat Caddell: Democrat Voters Worried About the Party".into(),
            "WALLACE: Let's start with the economy tonight, please.".into(),
            "In a statement, the ministry denied it.".into(),
            "Bemoaning the \"phony system,\" Trump accused rivals.".into(),
            "'' Doubled '' quotes ' and that , \"".into(),
            "\u{201e}Low\u{201c} \u{ab}guillemets\u{bb} \u{2018}single\u{2019} '' x '' \"\" ' '"
                .into(),
            String::new(),
        ];
        let mut files = vec![];
        let mut dirs = vec![std::path::PathBuf::from("fixtures")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "txt") {
                    files.push(path);
                }
            }
        }
        assert!(files.len() > 10);
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            texts.extend(text.split(['.', '\n']).map(str::to_string));
            texts.push(text);
        }
        for text in &texts {
            let tokens = tokenize(text, Span::new(0, text.len()));
            for a in [0, 1] {
                for b in [tokens.len(), tokens.len().saturating_sub(1)] {
                    let run = &tokens[a.min(b)..b];
                    assert_eq!(cues(run, &lex), cues_by_token(run, &lex), "{text:?}");
                }
            }
        }

        // The quoted tokens from a look at each token's first byte are
        // those of the plain reading, inside a quotation or not.
        for text in &texts {
            let tokens = tokenize(text, Span::new(0, text.len()));
            for open in [false, true] {
                assert_eq!(
                    quoted_tokens(&tokens, open),
                    quoted_tokens_by_token(&tokens, open),
                    "{text:?}"
                );
            }
        }
        // What the gate passes over has no attribution, and what it lets
        // through reads the same with its bits as with every bit set (the
        // debug build asserts this of every sentence; a release run of
        // the tests does not).
        let mut gated = 0;
        for text in &texts {
            let sentence = Span::new(0, text.len());
            let tokens = tokenize(text, sentence);
            let in_time = vec![false; tokens.len()];
            let all = vec![cue_bits::ALL; tokens.len()];
            for open in [false, true] {
                let quoted = quoted_tokens(&tokens, open);
                let plain = find(&tokens, &all, &in_time, &quoted, sentence, &lex);
                match cues(&tokens, &lex) {
                    None => {
                        gated += 1;
                        assert!(plain.is_empty(), "{text:?}");
                    }
                    Some(bits) => assert_eq!(
                        find(&tokens, &bits, &in_time, &quoted, sentence, &lex),
                        plain,
                        "{text:?}"
                    ),
                }
            }
        }
        assert!(gated > 100, "{gated}");
    }
}
