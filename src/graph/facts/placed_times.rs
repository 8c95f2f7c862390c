//! The times of a sentence placed against the article's reference date or a
//! stand-in one, read again only when first asked for.

use chrono::NaiveDate;
use std::cell::OnceCell;

use crate::expressions::TimeExpr;
use crate::text::tokens::Token;

/// The times of a sentence placed against the article's reference date or
/// a stand-in one (`ClaimGraph::references`): the sentence's own times, or,
/// for relative times in an article without a date, its times read again
/// against the stand-in date, on first use (most sentences need them for
/// no event, period or ending).
pub struct PlacedTimes<'p, 't> {
    own: &'p [TimeExpr],
    again: Option<(&'p [Token<'t>], &'p crate::expressions::Lexicon, NaiveDate)>,
    made: OnceCell<Vec<TimeExpr>>,
}

impl<'p, 't> PlacedTimes<'p, 't> {
    /// The sentence's own times, placed already.
    pub fn own(times: &'p [TimeExpr]) -> Self {
        PlacedTimes {
            own: times,
            again: None,
            made: OnceCell::new(),
        }
    }

    /// The times of `tokens`, read again against `reference` when first
    /// asked for.
    pub fn again(
        tokens: &'p [Token<'t>],
        lexicon: &'p crate::expressions::Lexicon,
        reference: NaiveDate,
    ) -> Self {
        PlacedTimes {
            own: &[],
            again: Some((tokens, lexicon, reference)),
            made: OnceCell::new(),
        }
    }

    /// The times, if they need no reading.
    pub(super) fn known(&self) -> Option<&'p [TimeExpr]> {
        match self.again {
            None => Some(self.own),
            Some(_) => None,
        }
    }

    pub(super) fn get(&self) -> &[TimeExpr] {
        match self.again {
            None => self.own,
            // Only the times are read again, from the tokens made already
            // (times are found before quantities, so the quantities cannot
            // change them).
            Some((tokens, lexicon, reference)) => self.made.get_or_init(|| {
                crate::expressions::time::find(
                    tokens,
                    &mut vec![false; tokens.len()],
                    lexicon,
                    Some(reference),
                )
            }),
        }
    }
}
