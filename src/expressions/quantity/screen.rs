//! Which tokens may begin a figure, so that the reader tries few: how far
//! before the token a figure is built on it may begin, and the words it
//! may begin with, before its hedges and after them.

use crate::expressions::numbers;
use crate::lexicon::quantities::Lexicon;
use crate::text::tokens::Token;

/// How many tokens a figure may begin before the token it is built on:
/// three hedges of the lexicon's longest and a unit written before the
/// number, then "between half a" before a scale word ("between half a
/// million and a million").
pub(super) fn figure_reach(lexicon: &Lexicon) -> usize {
    3 * lexicon.longest_hedge() + lexicon.longest_unit_before() + 3
}

/// Whether a figure may begin at a token: a number, a word that
/// `numbers::read` starts at (a number word, "a", "an", "half"),
/// "between", or the first word of a hedge, a unit written before the number
/// or a vague amount.
pub(super) fn may_begin(t: &Token, lexicon: &Lexicon) -> bool {
    t.is_number()
        || lexicon.starts_figure_phrase(t)
        || t.is_word()
            && (numbers::number_word(t).is_some() || t.is_any(&["a", "an", "half", "between"]))
}

/// Whether `read_figure` may read a figure at a token: "between" or
/// "from" before a range, the first word of a vague amount, or a number
/// as `numbers::read` begins one (digits, a number word, "a", "an" or
/// "half" before a scale word).
pub(super) fn may_begin_figure(t: &Token, lexicon: &Lexicon) -> bool {
    t.is_number()
        || lexicon.starts_vague(t)
        || t.is_word()
            && (numbers::number_word(t).is_some()
                || t.is_any(&["a", "an", "half", "between", "from"]))
}
