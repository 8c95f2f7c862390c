//! The vague cue: "reportedly", "it is understood", "according to
//! reports" — a cue that names nobody (the stages try it only where nobody
//! is named as saying anything).

use super::content::trim;
use super::input::PatternInput;
use crate::attribution::grammar::found::{CueKind, Found};
use crate::text::Span;

/// The first of the vague cues that begin at the token and overlap no cue
/// found before it.
pub(super) fn vague_cue(input: &PatternInput) -> Option<Found> {
    let PatternInput {
        tokens,
        sentence,
        lex,
        at: i,
        earlier,
        ..
    } = *input;
    for n in lex.vague_cues.all_at(tokens, i) {
        let cue = Span::new(tokens[i].span.start, tokens[i + n - 1].span.end);
        if earlier.iter().any(|f| f.cue.overlaps(cue)) {
            continue;
        }
        return Some(Found {
            kind: CueKind::Vague,
            cue,
            speaker: None,
            relayed_from: None,
            appositive: None,
            content: trim(tokens, 0, tokens.len(), sentence),
            content_follows: false,
            content_precedes: false,
        });
    }
    None
}
