//! The passive agent: `has been endorsed by dozens of papers`, `was first
//! reported by The Washington Post` — a passive verb of saying or stance
//! names its speaker after "by".

use super::content::trim;
use super::input::PatternInput;
use crate::attribution::grammar::found::{CueKind, Found};
use crate::attribution::grammar::speaker_phrase::{is_speaker, np_forward};
use crate::attribution::grammar::word_classes::{is_adverb, is_be, lower};
use crate::lexicon::number_words::QUANTITY_WORDS;
use crate::text::Span;

/// `is supported by far fewer publications`, `has been endorsed by dozens of
/// papers`: a passive reporting or stance verb names its speaker after "by".
pub(super) fn passive_agent(input: &PatternInput) -> Option<Found> {
    let PatternInput {
        tokens,
        sentence,
        lex,
        at: v,
        ..
    } = *input;
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
