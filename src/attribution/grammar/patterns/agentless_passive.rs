//! The agentless passive: `was accused of`, `is expected to`, `has been
//! criticised for` — a party the sentence does not name.

use super::content::trim;
use super::input::PatternInput;
use crate::attribution::grammar::found::{CueKind, Found};
use crate::attribution::grammar::word_classes::{is_adverb, is_be};

/// "was accused of", "is expected to", "has been criticised for": the
/// agentless passive of a `passive_cues` participle attributes its clause to
/// a party the sentence does not name. (With "by X", `passive_agent` names it.)
pub(super) fn agentless_passive(input: &PatternInput) -> Option<Found> {
    let PatternInput {
        tokens,
        sentence,
        lex,
        at: v,
        ..
    } = *input;
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
