//! The preposition cue: "according to X", ", according to X." and
//! "According to X, …".

use super::content::{trim, words_between};
use super::input::PatternInput;
use crate::attribution::grammar::found::{CueKind, Found};
use crate::attribution::grammar::speaker_phrase::np_forward;
use crate::attribution::grammar::word_classes::is_quote;
use crate::text::Span;

/// "according to X", ", according to X." and "According to X, …".
pub(super) fn preposition_cue(input: &PatternInput) -> Option<Found> {
    let PatternInput {
        tokens,
        sentence,
        lex,
        at: i,
        ..
    } = *input;
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
