//! The one signature every cue pattern has, `fn(&PatternInput) ->
//! Option<Found>`: what a pattern is given of the sentence, and where in it
//! it is tried.

use crate::attribution::grammar::found::Found;
use crate::lexicon::cues::CueLexicon;
use crate::text::tokens::Token;
use crate::text::Span;

/// A sentence as a cue pattern reads it, and the token it is tried at.
#[derive(Clone, Copy)]
pub struct PatternInput<'a> {
    /// The sentence's tokens.
    pub tokens: &'a [Token<'a>],
    /// Which tokens belong to a time expression.
    pub in_time: &'a [bool],
    /// The sentence's span: the content when nothing narrower is left.
    pub sentence: Span,
    pub lex: &'a CueLexicon,
    /// The token a pattern of tokens is tried at; a pattern of the whole
    /// sentence is given 0 and does not read it.
    pub at: usize,
    /// What the patterns tried before found in this sentence, in the order
    /// they found it.
    pub earlier: &'a [Found],
}

/// A cue pattern: the attribution it finds in the sentence (at `at`, for a
/// pattern of tokens), if any.
pub type Pattern = fn(&PatternInput<'_>) -> Option<Found>;
