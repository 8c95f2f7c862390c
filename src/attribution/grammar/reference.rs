//! The plain readings the grammar's one-pass scans are held equal to in
//! tests: each looks at every token the obvious way. Compiled for tests only.

use super::cue_gate::{cue_bits, governs};
use super::word_classes::is_quote;
use crate::lexicon::CueLexicon;
use crate::text::tokens::Token;

/// `quoted_tokens` as first written: every token read in full.
pub(super) fn quoted_tokens_by_token(tokens: &[Token], open: bool) -> Vec<bool> {
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

/// `cues` as first written: every question asked of every token.
pub(super) fn cues_by_token(tokens: &[Token], lex: &CueLexicon) -> Option<Vec<u8>> {
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
