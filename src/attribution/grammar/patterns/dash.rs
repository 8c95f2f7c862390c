//! The byline dash: `“…” ― Sonya Herridge`, a dash after a quotation, then
//! the speaker.

use super::content::trim;
use super::input::PatternInput;
use crate::attribution::grammar::found::{CueKind, Found};
use crate::attribution::grammar::speaker_phrase::np_forward;
use crate::attribution::grammar::word_classes::is_quote;

/// `“…” ― Sonya Herridge`: a dash after a quotation, then the speaker.
pub(super) fn dash_cue(input: &PatternInput) -> Option<Found> {
    let PatternInput {
        tokens,
        sentence,
        lex,
        at: i,
        ..
    } = *input;
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
