//! The act of a named speaker: any verb whose subject is a named speaker
//! and that governs "that", a colon or a quotation (`Cruz has endorsed`,
//! `Caddell went on to discuss`, `X stressed that …`).

use super::content::{trim, words_between};
use super::input::PatternInput;
use crate::attribution::grammar::cue_gate::governs;
use crate::attribution::grammar::found::{CueKind, Found};
use crate::attribution::grammar::speaker_phrase::is_named_speaker;
use crate::attribution::grammar::subject::speaker_before;
use crate::attribution::grammar::word_classes::{is_adverb, is_determiner, is_function, lower};
use crate::lexicon::auxiliaries::BETWEEN_SPEAKER_AND_VERB;
use crate::lexicon::determiners::NOUN_MARKERS;
use crate::text::tokens::Kind;

/// Any verb whose subject is a named speaker: what a person or an
/// organisation does or holds ("Cruz has endorsed Trump", "Caddell went on
/// to discuss …"). A verb is recognised by its place (right after the
/// subject, adverbs and auxiliaries aside) and its form (-ed, -s, or after
/// an auxiliary).
pub(super) fn act_of_named(input: &PatternInput) -> Option<Found> {
    let PatternInput {
        tokens,
        in_time,
        sentence,
        lex,
        at: v,
        ..
    } = *input;
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
                && (crate::word_set!(BETWEEN_SPEAKER_AND_VERB).contains_token(b)
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
