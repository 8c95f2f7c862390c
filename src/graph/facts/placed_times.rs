//! The times of a sentence placed against the article's reference date or a
//! stand-in one, placed again only when first asked for.

use chrono::NaiveDate;
use std::cell::OnceCell;

use crate::claims::Claim;
use crate::expressions::TimeExpr;

/// The times of a sentence placed against the article's reference date or
/// a stand-in one (`ClaimGraph::references`): the sentence's own times, or,
/// for relative times in an article without a date, its time mentions
/// placed again against the stand-in date, on first use (most sentences
/// need them for no event, period or ending).
pub struct PlacedTimes<'p> {
    own: &'p [TimeExpr],
    again: Option<(&'p [Claim], &'p [usize], NaiveDate)>,
    made: OnceCell<Vec<TimeExpr>>,
}

impl<'p> PlacedTimes<'p> {
    /// The sentence's own times, placed already.
    pub fn own(times: &'p [TimeExpr]) -> Self {
        PlacedTimes {
            own: times,
            again: None,
            made: OnceCell::new(),
        }
    }

    /// The time mentions of the sentence's claims (`claims[c]` for each
    /// `c` of `own`), placed against `reference` when first asked for.
    pub fn again(claims: &'p [Claim], own: &'p [usize], reference: NaiveDate) -> Self {
        PlacedTimes {
            own: &[],
            again: Some((claims, own, reference)),
            made: OnceCell::new(),
        }
    }

    /// The times, if they need no placing.
    pub(super) fn known(&self) -> Option<&'p [TimeExpr]> {
        match self.again {
            None => Some(self.own),
            Some(_) => None,
        }
    }

    pub(super) fn get(&self) -> &[TimeExpr] {
        match self.again {
            None => self.own,
            // Only the times are placed again, from the mentions read
            // already: nothing is read twice.
            Some((claims, own, reference)) => self.made.get_or_init(|| {
                crate::expressions::time::placed_in_text_order(
                    own.iter().flat_map(|&c| &claims[c].time_mentions),
                    reference,
                )
            }),
        }
    }
}
