//! A time of the sentence, with the tokens it spans.

use crate::expressions::TimeExpr;

/// A time of the sentence, with where it is.
pub(super) struct Placed<'t> {
    pub(super) time: &'t TimeExpr,
    pub(super) from: usize,
    pub(super) to: usize,
}
