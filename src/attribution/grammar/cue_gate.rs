//! The cue gate: one cheap pass over a sentence's tokens that says what
//! each may begin or carry for the cue patterns (`cue_bits`), and whether
//! the sentence can hold a cue at all. Most sentences of a story cannot,
//! and no pattern reads them.

use super::word_classes::is_quote;
use crate::lexicon::cues::CueLexicon;
use crate::text::tokens::Token;

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
/// token read once. (`reference::cues_by_token` is the plain reading, kept for the
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

/// Whether the tokens after `v` are "that", a colon or a quotation that a
/// verb at `v` may govern ("stressed that", "underscored: …").
pub(super) fn governs(tokens: &[Token], v: usize) -> bool {
    tokens
        .get(v + 1)
        .is_some_and(|n| n.is("that") || n.is_punct(':') || is_quote(n) && !n.joined)
        || tokens.get(v + 1).is_some_and(|n| n.is_punct(','))
            && tokens.get(v + 2).is_some_and(is_quote)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::grammar::find::find;
    use crate::attribution::grammar::quoted::quoted_tokens;
    use crate::attribution::grammar::reference::cues_by_token;
    use crate::attribution::grammar::test_texts::sample_texts;
    use crate::text::tokens::tokenize;
    use crate::text::Span;

    /// The one-pass gate gives every sentence the bits of the plain
    /// reading: the fixtures' articles sentence by sentence, and sentences
    /// made to hit each pattern, its neighbours and the ends of the slice,
    /// with a newsroom's words outside ASCII.
    #[test]
    fn one_pass_cues_agree_with_the_plain_reading() {
        let mut lex = CueLexicon::builtin();
        lex.merge(crate::lexicon::cues::CueFile {
            speech_verbs: vec!["dénoncer dénonce dénoncé".into()],
            noun_cues: vec!["thèse".into()],
            passive_cues: vec!["réputé".into()],
            vague_cues: vec!["à ce qu'il paraît".into()],
            preposition_cues: vec!["selon".into(), "d'après".into()],
            ..crate::lexicon::cues::CueFile::default()
        });
        let texts = sample_texts();
        for text in &texts {
            let tokens = tokenize(text, Span::new(0, text.len()));
            for a in [0, 1] {
                for b in [tokens.len(), tokens.len().saturating_sub(1)] {
                    let run = &tokens[a.min(b)..b];
                    assert_eq!(cues(run, &lex), cues_by_token(run, &lex), "{text:?}");
                }
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
