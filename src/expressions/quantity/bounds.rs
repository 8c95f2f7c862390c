//! The interval of a figure: a hedge's bound applied to it, a count's
//! bounds made whole numbers, and which figures are round.

use crate::expressions::model::Quantity;
use crate::lexicon::quantities::Bound;

/// Applies a hedge's bound to the interval.
pub(super) fn apply(q: &mut Quantity, bound: Bound, margin: f64) {
    let (low, high) = (q.low.unwrap_or(0.0), q.high.unwrap_or(low_or(q)));
    match bound {
        Bound::Above => {
            q.low = Some(high);
            q.low_exclusive = true;
            q.high = None;
        }
        Bound::AtLeast => q.high = None,
        Bound::Below => {
            q.high = Some(low);
            q.high_exclusive = true;
            q.low = None;
        }
        Bound::AtMost => q.low = None,
        Bound::Around => {
            q.low = q.low.map(|l| l * (1.0 - margin));
            q.high = q.high.map(|h| h * (1.0 + margin));
        }
        Bound::Nearly => {
            q.low = Some(low * (1.0 - margin));
            q.high = Some(high);
            q.high_exclusive = true;
        }
        Bound::Exactly => {}
    }
}

fn low_or(q: &Quantity) -> f64 {
    q.low.unwrap_or(0.0)
}

/// A count's bounds as whole numbers: strict bounds step inward, estimates widen outward.
pub(super) fn to_whole_numbers(q: &mut Quantity) {
    // Products like 1600 × 1.1 carry floating-point noise: clear it before
    // rounding. Above a billion the scaling itself would lose precision
    // (found by fuzzing: "777777777777" became [777777777777, 777777777776]).
    let clean = |x: f64| {
        if x.abs() < 1e9 {
            (x * 1e6).round() / 1e6
        } else {
            x
        }
    };
    if let Some(low) = q.low.map(clean) {
        q.low = Some(if q.low_exclusive {
            low.floor() + 1.0
        } else {
            low.ceil()
        });
        if q.low_exclusive {
            q.low_exclusive = false;
        } else if q.approximate {
            q.low = Some(low.floor());
        }
    }
    if let Some(high) = q.high.map(clean) {
        q.high = Some(if q.high_exclusive {
            high.ceil() - 1.0
        } else if q.approximate {
            high.ceil()
        } else {
            high.floor()
        });
        q.high_exclusive = false;
    }
    // Strict bounds on both sides of one whole number ("more than 5 and
    // fewer than 6") leave no whole number: keep the interval non-empty.
    if let (Some(low), Some(high)) = (q.low, q.high) {
        if high < low {
            q.high = Some(low);
        }
    }
}

/// 100 or more with at most two significant digits (300, 150, 42,000, 1.5 million).
pub(super) fn is_round(value: f64) -> bool {
    if value < 100.0 || value.fract() != 0.0 || value > 1e15 {
        return false;
    }
    let mut v = value as u64;
    while v % 10 == 0 {
        v /= 10;
    }
    v < 100
}
