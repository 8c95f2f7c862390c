//! The content a cue governs, as the patterns cut it out: the span of a run
//! of tokens without its leading and trailing punctuation (`trim`), and the
//! words counted in a run (`words_between`).

use crate::text::tokens::{Kind, Token};
use crate::text::Span;

pub(super) fn words_between(tokens: &[Token], from: usize, to: usize) -> usize {
    tokens[from.min(to)..to]
        .iter()
        .filter(|t| t.is_word() || t.is_number())
        .count()
}

/// The span from `tokens[from]` to `tokens[to - 1]`, without leading and
/// trailing punctuation; the sentence itself when that leaves nothing.
pub(super) fn trim(tokens: &[Token], mut from: usize, mut to: usize, sentence: Span) -> Span {
    while from < to
        && !(tokens[from].is_word() || tokens[from].is_number() || tokens[from].text == "$")
    {
        from += 1;
    }
    while to > from && tokens[to - 1].kind == Kind::Punct && !tokens[to - 1].is_punct('%') {
        to -= 1;
    }
    if from >= to {
        return sentence;
    }
    Span::new(tokens[from].span.start, tokens[to - 1].span.end)
}
