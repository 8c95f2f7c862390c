//! The Parser's reader of durations: "[hedge] N units", "a week-long",
//! "48-hour", "for months", bounded by their hedges as quantities are.

use super::mention::{Reading, Value};
use super::parse::{Count, Parser};
use super::screen::HEDGES_MOST;
use super::units::{any_unit, unit_days, Unit};
use crate::expressions::model::DurationDays;
use crate::expressions::numbers;
use crate::lexicon::quantities::{Bound, Hedge};

impl Parser<'_, '_> {
    /// "[hedge] N units", "a week-long", "48-hour", "for months".
    /// `count` is `count_at(i)`.
    pub(super) fn duration(&self, i: usize, count: Option<Count>) -> Option<(Reading, usize)> {
        self.duration_value(i, count)
            .map(|(value, end)| (Reading::Stated(value), end))
    }

    fn duration_value(&self, i: usize, count: Option<Count>) -> Option<(Value, usize)> {
        let mut k = i;
        let mut hedges = Vec::new();
        while let Some((h, len)) = self.lexicon.hedge_at(self.tokens, k) {
            hedges.push(h);
            k += len;
            if hedges.len() == HEDGES_MOST {
                break;
            }
        }
        // "for days / weeks / months / years": a vague stretch.
        if hedges.is_empty() && self.is(k, "for") {
            if let Some(unit) = self
                .tok(k + 1)
                .filter(|t| t.text.ends_with('s'))
                .and_then(|t| any_unit(t.text))
            {
                if !self.tok(k + 2).is_some_and(|t| {
                    t.is_any(&["ago", "old", "later", "earlier", "before", "after"])
                }) {
                    let (min, max) = match unit {
                        Unit::Minute => (2.0 / 1440.0, 1.0 / 24.0),
                        Unit::Hour => (2.0 / 24.0, 1.0),
                        Unit::Day | Unit::Night => (2.0, 13.0),
                        Unit::Week => (14.0, 59.0),
                        Unit::Month => (60.0, 729.0),
                        _ => (730.0, 36500.0),
                    };
                    return Some((Value::Duration(DurationDays::between(min, max)), k + 2));
                }
            }
        }
        // Hyphenated adjectives: "three-day", "48-hour", "week-long".
        if let Some(t) = self.tok(k) {
            if t.is_word() {
                if let Some((first, second)) = t.text.split_once('-') {
                    let n = numbers::small_number_word(first);
                    if let (Some(n), Some(unit)) = (n, any_unit(second)) {
                        return Some((self.hedged(n, n, unit, &hedges), k + 1));
                    }
                    if second.eq_ignore_ascii_case("long") {
                        if let Some(unit) = any_unit(first) {
                            return Some((self.hedged(1.0, 1.0, unit, &hedges), k + 1));
                        }
                    }
                }
            }
            if t.is_number() && self.tok(k + 1).is_some_and(|d| d.joined && d.text == "-") {
                if let Some(unit) = self
                    .tok(k + 2)
                    .filter(|u| u.joined)
                    .and_then(|u| any_unit(u.text))
                {
                    let n = numbers::value_of(t)?;
                    return Some((self.hedged(n, n, unit, &hedges), k + 3));
                }
            }
        }
        let ((lo, hi), u) = if k == i { count } else { self.count_at(k) }?;
        let unit = self.tok(u).and_then(|t| any_unit(t.text))?;
        if self.tok(u + 1).is_some_and(|t| t.is_any(&["ago", "old"])) {
            return None;
        }
        // "a week" is a duration only with a hedge or after "for"/"lasted" etc.;
        // "a day" in "twice a day" is a rate, left alone.
        if self.is(k, "a")
            && hedges.is_empty()
            && k > 0
            && self.tokens[k - 1].is_any(&["once", "twice", "times", "per"])
        {
            return None;
        }
        Some((self.hedged(lo, hi, unit, &hedges), u + 1))
    }

    fn hedged(&self, lo: f64, hi: f64, unit: Unit, hedges: &[&Hedge]) -> Value {
        let (umin, umax) = unit_days(unit);
        let mut d = DurationDays::between(lo * umin, hi * umax);
        if let Some(h) = hedges.last() {
            match h.bound {
                Bound::Above => {
                    d = DurationDays {
                        min: Some(hi * umax),
                        max: None,
                        min_exclusive: true,
                        max_exclusive: false,
                    };
                    // "more than a month" is more than the shortest month too; take the longer reading.
                }
                Bound::AtLeast => d.max = None,
                Bound::Below => {
                    d = DurationDays {
                        min: Some(0.0),
                        max: Some(lo * umin),
                        min_exclusive: false,
                        max_exclusive: true,
                    }
                }
                Bound::AtMost => d.min = Some(0.0),
                Bound::Around => {
                    d.min = d.min.map(|m| m * (1.0 - h.margin));
                    d.max = d.max.map(|m| m * (1.0 + h.margin));
                }
                Bound::Nearly => {
                    d = DurationDays {
                        min: Some(lo * umin * (1.0 - h.margin)),
                        max: Some(hi * umax),
                        min_exclusive: false,
                        max_exclusive: true,
                    };
                }
                Bound::Exactly => {}
            }
        }
        Value::Duration(d)
    }
}
