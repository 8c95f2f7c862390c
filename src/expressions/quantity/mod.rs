//! Quantity expressions: a number (digits, words, a range or a vague amount),
//! the hedge before it, its unit and the noun it counts, as an interval.
//!
//! The interval of each hedge and vague word comes from the lexicon
//! (`lexicon/quantities.toml`), which documents them. On top of the lexicon:
//! - a range ("1,000-1,500", "between 20 and 30", "20 to 30", "two or three")
//!   is `[low, high]`; a scale written once applies to both ends ("1-1.5 million");
//! - a count (no unit, whole numbers) has whole-number bounds: a strict bound
//!   steps to the next whole number, an estimate widens to whole numbers;
//! - a figure is `approximate` when hedged as an estimate, vague, or round
//!   (100 or more with at most two significant digits, like 300 or 42,000).
//!
//! Numbers that are not counts are skipped: ordinals (19th), ages ("25-year-old",
//! "aged 40", "Smith, 45,"), years (2019), clock times (10:30, 9 a.m.), names
//! ("Resolution 2254", "Flight 17") and parts of words (COVID-19).
//!
//! `screen` says which tokens may begin a figure, `read` reads one (into a
//! `figure::Reading`), with `ranges` for "1,000-1,500" and "between 20 and
//! 30", `not_a_count` for the numbers that count nothing, `bounds` for the
//! interval a hedge and whole numbers make, and `nouns` for the counted
//! noun.

mod bounds;
mod figure;
mod not_a_count;
mod nouns;
mod ranges;
mod read;
mod screen;

use super::model::Quantity;
use crate::lexicon::quantities::Lexicon;
use crate::text::tokens::Token;
use figure::Reading;
pub(crate) use nouns::is_plural_noun;
use read::{read_at, reads_nothing};
use screen::{figure_reach, may_begin};

/// The quantities of a sentence, given the tokens a figure may be built
/// on (`expressions::Held`'s figures), in order: only the tokens within
/// `figure_reach` before one are read.
pub(super) fn find(
    tokens: &[Token],
    used: &mut [bool],
    lexicon: &Lexicon,
    figures: &[usize],
) -> Vec<Quantity> {
    let reach = figure_reach(lexicon);
    let mut out = Vec::new();
    let mut ahead = figures.iter().copied().peekable();
    let mut i = 0;
    while i < tokens.len() {
        while ahead.next_if(|&f| f < i).is_some() {}
        // Tokens further than `reach` before every number, number word,
        // scale word and vague amount begin no figure (checked against the
        // full reading in debug builds).
        let stop = ahead
            .peek()
            .map_or(tokens.len(), |&f| f.saturating_sub(reach));
        if i < stop {
            debug_assert!((i..stop).all(|j| used[j] || reads_nothing(tokens, used, j, lexicon)));
            i = stop;
            continue;
        }
        if used[i] {
            i += 1;
            continue;
        }
        // A figure begins with a hedge, a unit symbol, "between", a vague
        // amount or a number, and more than three tokens before the token
        // it is built on only with a hedge or a unit symbol (`read_at`):
        // skip other tokens without trying every pattern (checked against
        // the full reading in debug builds).
        let far = ahead.peek().is_some_and(|&f| f > i + 3);
        let t = &tokens[i];
        if far && !lexicon.starts_hedge_or_unit_before(t) || !far && !may_begin(t, lexicon) {
            debug_assert!(reads_nothing(tokens, used, i, lexicon));
            i += 1;
            continue;
        }
        match read_at(tokens, used, i, lexicon, figures) {
            Reading::Quantity(q, end) => {
                used[i..end].iter_mut().for_each(|u| *u = true);
                out.push(q);
                i = end;
            }
            Reading::NotACount(end) => {
                used[i..end].iter_mut().for_each(|u| *u = true);
                i = end;
            }
            Reading::Nothing => i += 1,
        }
    }
    out
}
