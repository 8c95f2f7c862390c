//! The noun cue: a noun that carries the claim of the one who owns it
//! (`Trump's claim that …`, `his assessment of …`, `warnings from his
//! attorney`).

use super::content::{trim, words_between};
use super::input::PatternInput;
use crate::attribution::grammar::found::{CueKind, Found};
use crate::attribution::grammar::pronouns::is_pronoun;
use crate::attribution::grammar::speaker_phrase::{is_named_speaker, np_back, np_forward};
use crate::attribution::grammar::word_classes::{is_function, is_quote, lower};
use crate::text::tokens::Token;

/// `Trump's claim that …`, `his assessment of …`: a noun that carries the
/// claim of the one who owns it.
pub(super) fn noun_cue(input: &PatternInput) -> Option<Found> {
    let PatternInput {
        tokens,
        sentence,
        lex,
        at: i,
        ..
    } = *input;
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
