//! The colon cue: a speaker's name and a colon open the sentence, as in a
//! transcript (`WALLACE: Let's start …`) or a headline (`Pat Caddell:
//! Democrat Voters Worried …`).

use super::content::{trim, words_between};
use super::input::PatternInput;
use crate::attribution::grammar::found::{CueKind, Found};
use crate::attribution::grammar::speaker_phrase::np_forward;
use crate::attribution::grammar::word_classes::{is_determiner, is_function, is_quote};

/// `WALLACE: Let's start …`, `Pat Caddell: Democrat Voters Worried …` — a
/// name and a colon open the sentence.
pub(super) fn colon_cue(input: &PatternInput) -> Option<Found> {
    let PatternInput {
        tokens,
        sentence,
        lex,
        ..
    } = *input;
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
