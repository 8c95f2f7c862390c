//! What reading a figure gives (`Reading`: a quantity, a number that
//! counts nothing, or nothing), and the figure as written before its
//! hedges are applied (`Base`).

use crate::expressions::model::Quantity;
use crate::expressions::numbers::Number;

/// What reading a figure at a token gives.
pub(super) enum Reading {
    Quantity(Quantity, usize),
    /// A number that is not a count (ordinal, age, year, clock time, name).
    NotACount(usize),
    Nothing,
}

/// What the figure is, before hedges: `[low, high]` as written.
pub(super) struct Base {
    pub(super) low: f64,
    pub(super) high: f64,
    pub(super) vague: bool,
    pub(super) spelled_one: bool,
    pub(super) round: bool,
    /// Token index of the first number, for the not-a-count filters.
    pub(super) first: Option<Number>,
}
