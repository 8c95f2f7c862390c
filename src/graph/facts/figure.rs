//! A figure: a count, an amount, a duration, a date or an ordinal, with what
//! it counts and the context it is compared in; the shape every figure kind
//! (counts, dates and durations, ordinals) is read into.

use std::cell::OnceCell;
use std::ops::Range;

use chrono::NaiveDate;

use crate::expressions::{TimeExpr, TimeKind};
use crate::text::stems::StemId;
use crate::text::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Count,
    Duration,
    Date,
}

/// A figure: a quantity, a duration or a calendar date, with its context.
#[derive(Debug, Clone)]
pub struct Figure {
    pub article: usize,
    /// Index into the article's claims (an ordinal may stand in a sentence
    /// that is no claim).
    pub claim: Option<usize>,
    pub sentence: usize,
    pub span: Span,
    /// Its tokens in the sentence, which its markers, frame and names leave out.
    pub tokens: Range<usize>,
    pub measure: Measure,
    /// The interval (days since 0001-01-01 for dates, days for durations).
    pub low: f64,
    pub high: f64,
    /// Hedged, vague or round: the interval is an estimate.
    pub approximate: bool,
    /// Written with a hedge ("around", "more than"): the interval is already wide.
    pub hedged: bool,
    pub unit: Option<String>,
    /// What it counts: the counted noun as written, lower case.
    pub noun: Option<String>,
    /// The key candidates are grouped by: a subject class, else the noun's stem.
    pub subject: String,
    pub subject_class: Option<usize>,
    pub event: Option<usize>,
    /// Modifiers that make it another measure ("original", "remaining").
    pub modifiers: Vec<String>,
    /// A part of another figure ("including 16 children").
    pub partial: bool,
    /// A change rather than a level ("rose by 5", "warmed one degree").
    pub change: bool,
    /// The other words of its noun phrase ("elderly" in "three elderly people").
    pub np_words: Vec<String>,
    /// The claim read of its sentence it comes from (`ClaimGraph::build`).
    pub(crate) read: usize,
    /// Ordinals and years of the sentence other than the figure, read on
    /// first use (`ClaimGraph::markers`).
    pub(crate) markers: OnceCell<Vec<String>>,
    /// Its frame and names, each read on first use (`ClaimGraph::frame`,
    /// `ClaimGraph::names`).
    pub(crate) frame: OnceCell<Vec<StemId>>,
    pub(crate) names: OnceCell<Vec<StemId>>,
    /// A pronoun that opens the sentence ("He", "She").
    pub pronoun: Option<String>,
    /// Who or what the figure's event is of, for dates ("Wundt" in "Wundt
    /// was born …" and in "Wundt (August 17, 1832 - …)").
    pub actor: Option<String>,
    /// The sentence's resolved dates (other than this figure), for telling
    /// apart counts of different days.
    pub dates: Vec<(NaiveDate, NaiveDate)>,
    /// The sentence names a day (other than this figure): "on Tuesday",
    /// "March 5". A count on a named day and a count on none may be of two
    /// events.
    pub has_time: bool,
}

/// Whether a time expression names a day or a stretch shorter than a year
/// ("on Tuesday", "in August"): a count then belongs to that time. A year
/// ("in 1992") is context, and a length of time is no time at all.
pub(super) fn names_a_time(t: &TimeExpr) -> bool {
    use chrono::Datelike;
    match t.kind {
        TimeKind::Date => true,
        TimeKind::Duration => false,
        TimeKind::Period => match (t.start, t.end) {
            (Some(s), Some(e)) => {
                !(s.month() == 1 && s.day() == 1 && e.month() == 12 && e.day() == 31)
            }
            _ => true,
        },
    }
}
