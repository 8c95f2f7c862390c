//! The constraints of the timeline: what a constraint says (`Relation`),
//! the points it joins (`Anchor`), a constraint as read (`Raw`, with where
//! it comes from) and as the report shows it (`TimeConstraint`), and the
//! day numbers its bounds count in.

use chrono::{Datelike, NaiveDate};

use crate::text::Span;

/// What a constraint says, as the report names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Relation {
    /// The event happened on a date or in a period.
    Date,
    /// The event began then.
    Start,
    /// The event ended then (or by then).
    End,
    /// The event began at or after a time and goes on ("since March").
    Since,
    /// The event has lasted a length up to the statement.
    Lasted,
    /// The event took a length ("for three days").
    For,
    /// The event came a length after (or before) another.
    Later,
    /// The statement falls in the event's Nth day, week, month or year.
    Nth,
    /// The event is still to come at the statement.
    ToCome,
    /// The event is reported as done by the statement.
    Done,
    /// The event still goes on at the statement.
    Ongoing,
    /// An end was expected then.
    Expected,
    /// The event came after another.
    After,
    /// The event came before another.
    Before,
    /// The event was ordered or called for then: it began no earlier.
    Ordered,
    /// An event that lasts was under way then ("the festival on Saturday").
    During,
    /// The event lies within another (an inquiry's hearings).
    Within,
    /// A person's age at the statement.
    Age,
    /// A person's birth.
    Born,
    /// A person's birthday or the age they turned.
    Birthday,
    /// The article's reference date.
    Reference,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Date => "date",
            Relation::Start => "start",
            Relation::Ordered => "ordered",
            Relation::During => "during",
            Relation::Within => "within",
            Relation::End => "end",
            Relation::Since => "since",
            Relation::Lasted => "lasted",
            Relation::For => "for",
            Relation::Later => "later",
            Relation::Nth => "nth-period",
            Relation::ToCome => "to-come",
            Relation::Done => "done",
            Relation::Ongoing => "ongoing",
            Relation::Expected => "expected",
            Relation::After => "after",
            Relation::Before => "before",
            Relation::Age => "age",
            Relation::Born => "born",
            Relation::Birthday => "birthday",
            Relation::Reference => "reference",
        }
    }
}

/// A point of the network, before the points are numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Anchor {
    Calendar,
    Reference(usize),
    /// The start of the event of a mention (a global mention index).
    Start(usize),
    End(usize),
    /// A person's birth, by the key of the person's name (a surname).
    Birth(u64),
    /// The start of the year of an article's dates written without a year,
    /// when the article has no reference date.
    Year(usize),
}

/// Where a constraint comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NoteDraft {
    pub article: usize,
    pub sentence: usize,
    pub claim: Option<usize>,
    pub span: Span,
    pub relation: Relation,
}

/// A constraint as read: `to − from ∈ [min, max]` days.
#[derive(Debug, Clone)]
pub struct Raw {
    pub from: Anchor,
    pub to: Anchor,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub note: NoteDraft,
}

/// One constraint of the timeline, as the report shows it.
#[derive(Debug, Clone)]
pub struct TimeConstraint {
    pub article: usize,
    pub sentence: usize,
    pub claim: Option<usize>,
    pub span: Span,
    pub relation: Relation,
    /// The bounds are days from the calendar's day 0 (a date), not days
    /// between two points of the article.
    pub calendar: bool,
    /// The bounds are days of a year the article leaves unstated (a date
    /// with no year in an article with no date): day 0 is 1 January.
    pub year_day: bool,
    /// The bounds in days of `to − from`.
    pub min: Option<i64>,
    pub max: Option<i64>,
    /// The event it bounds, if any.
    pub event: Option<usize>,
}

/// The day number of a date (days from the calendar point).
pub fn day_number(d: NaiveDate) -> i64 {
    d.num_days_from_ce() as i64
}

/// The date of a day number.
pub fn date_of_day(n: i64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(n).ok()?)
}

/// A constraint's bounds as a reader says them ("between 3 and 5 days").
pub fn describe_days(min: Option<i64>, max: Option<i64>) -> String {
    match (min, max) {
        (Some(1), Some(1)) => "1 day".to_string(),
        (Some(-1), Some(-1)) => "-1 day".to_string(),
        (Some(a), Some(b)) if a == b => format!("{a} days"),
        (Some(a), Some(b)) => format!("{a} to {b} days"),
        (Some(a), None) => format!("at least {a} days"),
        (None, Some(b)) => format!("at most {b} days"),
        (None, None) => "any".to_string(),
    }
}
