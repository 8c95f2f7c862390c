//! The tense of the clause around a time expression, as far as its markers
//! tell ("will", "is expected to", "was", "-ed"): a date without a year
//! and a bare weekday are placed on the side it points to.

use crate::lexicon::suffix_lookalikes::NOT_PAST_IN_ED;
use crate::lexicon::tense_markers::{CLAUSE_BREAKS, FUTURE_BEFORE_TO, FUTURE_WORDS, PAST_WORDS};
use crate::text::tokens::Token;

/// The tense of a clause, as far as its markers tell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Tense {
    Past,
    Future,
    Unknown,
}

/// The tense of the clause around tokens `[i, end)`, read from markers
/// between the nearest clause breaks ("that", "said", ";"): a future
/// marker ("will", "is expected to") wins over a past one ("was", "-ed").
pub(super) fn tense_around(tokens: &[Token], i: usize, end: usize) -> Tense {
    let is = |j: usize, word: &str| tokens.get(j).is_some_and(|t| t.is(word));
    // Each list is looked up by key, not compared word by word: the
    // window reaches from clause break to clause break.
    let is_break = |t: &Token| crate::word_set!(CLAUSE_BREAKS).contains_token(t);
    let future = |j: usize| -> bool {
        let t = &tokens[j];
        crate::word_set!(FUTURE_WORDS).contains_token(t)
            || t.text.ends_with("'ll")
            || t.text.ends_with("’ll")
            || (crate::word_set!(FUTURE_BEFORE_TO).contains_token(t)
                && (is(j + 1, "to")
                    // "is set for Friday", "are scheduled for May 3".
                    || is(j + 1, "for")
                        && j > 0
                        && (is(j - 1, "is") || is(j - 1, "are"))))
    };
    let past = |j: usize| -> bool {
        let t = &tokens[j];
        crate::word_set!(PAST_WORDS).contains_token(t)
            || (t.is_word()
                && t.text.len() > 4
                && t.text.ends_with("ed")
                && !t.is_capitalized()
                && !crate::word_set!(NOT_PAST_IN_ED).contains_token(t))
    };
    // The window: from the break before `i` to the break after `end`,
    // the expression left out.
    let first = (0..i)
        .rev()
        .find(|&j| is_break(&tokens[j]))
        .map_or(0, |j| j + 1);
    let last = (end..tokens.len())
        .find(|&j| is_break(&tokens[j]))
        .unwrap_or(tokens.len());
    let window = || (first..i).chain(end..last);
    if window().any(future) {
        Tense::Future
    } else if window().any(past) {
        Tense::Past
    } else {
        Tense::Unknown
    }
}
