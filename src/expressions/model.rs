//! What the expression readers find: quantities as intervals over what they
//! count, and times as dates, periods or durations.

use chrono::{NaiveDate, Weekday};

use crate::text::Span;

/// A quantity: `[low, high]` (None = open end) over what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub span: Span,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// The bound itself is excluded (only for non-counts: a count's strict
    /// bound is stepped to the next whole number instead).
    pub low_exclusive: bool,
    pub high_exclusive: bool,
    /// Hedged as an estimate, vague, or a round figure.
    pub approximate: bool,
    /// "percent", "USD", "km", … or None for a count.
    pub unit: Option<String>,
    /// The counted noun, lower case as written ("militants", "people").
    pub subject: Option<String>,
    /// The hedge as written, lower case ("more than", "around").
    pub hedge: Option<String>,
}

impl Quantity {
    /// Whether a value lies in the interval.
    pub fn contains(&self, v: f64) -> bool {
        let above = match self.low {
            None => true,
            Some(l) if self.low_exclusive => v > l,
            Some(l) => v >= l,
        };
        let below = match self.high {
            None => true,
            Some(h) if self.high_exclusive => v < h,
            Some(h) => v <= h,
        };
        above && below
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeKind {
    /// One day.
    Date,
    /// A stretch of days with a start and an end.
    Period,
    /// A length of time, not placed on the calendar.
    Duration,
}

impl TimeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TimeKind::Date => "date",
            TimeKind::Period => "period",
            TimeKind::Duration => "duration",
        }
    }
}

/// A length of time in days; `None` is an open end.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DurationDays {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub min_exclusive: bool,
    pub max_exclusive: bool,
}

impl DurationDays {
    pub fn between(min: f64, max: f64) -> Self {
        DurationDays {
            min: Some(min),
            max: Some(max),
            min_exclusive: false,
            max_exclusive: false,
        }
    }
}

/// A time expression: an inclusive date interval, or a duration.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    pub span: Span,
    pub kind: TimeKind,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub duration: Option<DurationDays>,
    /// The weekday written beside a date ("Tuesday, February 19"), to check them against each other.
    pub weekday: Option<Weekday>,
    /// Resolved against the reference date (or left open for want of one).
    pub relative: bool,
}
