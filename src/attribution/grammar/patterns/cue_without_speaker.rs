//! The cue without a speaker: a reporting verb with its clause (`… agreed
//! that …`) whose speaker no pattern before could read; the cue stands and
//! the source is left unnamed rather than guessed.

use super::content::trim;
use super::input::PatternInput;
use crate::attribution::grammar::found::{CueKind, Found};
use crate::lexicon::cues::VerbClass;
use crate::lexicon::determiners::NOUN_MARKERS;

/// "… stated that …", "… agreed that …": a reporting verb with its clause
/// whose speaker no pattern found (a subject too long or too far to read).
/// The cue stands; the source is left unnamed rather than guessed.
pub(super) fn cue_without_speaker(input: &PatternInput) -> Option<Found> {
    let PatternInput {
        tokens,
        sentence,
        lex,
        at: v,
        ..
    } = *input;
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
