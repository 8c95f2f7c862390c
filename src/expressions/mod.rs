//! Expressions that carry facts: quantities and times, normalised to intervals.
//!
//! Each sentence is tokenized once; time expressions are read first (so the
//! numbers inside dates, years and durations are never read as counts), then
//! quantities from the tokens left over.

pub mod lexicon;
pub mod numbers;
pub mod quantity;
pub mod time;
pub mod tokens;

use chrono::{NaiveDate, Weekday};

use crate::document::Span;
pub use lexicon::Lexicon;

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

/// The expressions of one sentence.
#[derive(Debug, Default, Clone)]
pub struct Expressions {
    pub quantities: Vec<Quantity>,
    pub times: Vec<TimeExpr>,
}

/// Finds the expressions in `text[span]`; relative times are resolved against `reference`.
pub fn find(
    text: &str,
    span: Span,
    reference: Option<NaiveDate>,
    lexicon: &Lexicon,
) -> Expressions {
    let tokens = tokens::tokenize(text, span);
    find_in(&tokens, reference, lexicon)
}

/// Finds the expressions in an already tokenized sentence.
pub fn find_in(
    tokens: &[tokens::Token],
    reference: Option<NaiveDate>,
    lexicon: &Lexicon,
) -> Expressions {
    // Most sentences hold no expression, and both parsers would still
    // look at each of their tokens to find none.
    let key_words = key_words();
    if !tokens.iter().any(|t| may_hold_up(t, key_words, lexicon)) {
        debug_assert!({
            let mut used = vec![false; tokens.len()];
            time::find(tokens, &mut used, lexicon, reference).is_empty()
                && quantity::find(tokens, &mut used, lexicon).is_empty()
        });
        return Expressions::default();
    }
    let mut used = vec![false; tokens.len()];
    let times = time::find(tokens, &mut used, lexicon, reference);
    let quantities = quantity::find(tokens, &mut used, lexicon);
    Expressions { quantities, times }
}

/// Whether an expression may be built on a token: every time expression
/// holds an anchor (`time::is_anchor`: a unit, a month, a weekday, a
/// deictic word, a year), and every quantity a number, a number word, a
/// vague amount or, after "a", "an" or "half", a scale word ("a dozen",
/// "half a million"). A sentence with none of them holds no expression.
#[inline(always)]
fn may_hold_up(t: &tokens::Token, key_words: &crate::words::WordSet, lexicon: &Lexicon) -> bool {
    t.is_number()
        || key_words.contains_token(t)
        || lexicon.starts_vague(t)
        || t.inner_mark && time::has_anchor_part(t)
}

/// The anchor words of times, the number words and the scale words
/// `numbers::read` takes after "a", "an" and "half": one lookup where each
/// reader's own would be one apiece.
fn key_words() -> &'static crate::words::WordSet {
    static SET: std::sync::OnceLock<crate::words::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let mut words: Vec<String> = time::ANCHOR_WORDS
            .iter()
            .chain(time::DEICTIC_WORDS)
            .chain(numbers::SCALE_AFTER_A)
            .map(|w| w.to_string())
            .collect();
        words.extend(numbers::number_word_list().into_iter().map(|(w, _)| w));
        crate::words::WordSet::new(&words)
    })
}
