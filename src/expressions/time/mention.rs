//! A time expression as read (`TimeMention`), before it is placed on the
//! calendar: its span and what its words say (`Reading`), a weekday with
//! its relation and the clause's tense, a day and month with or without a
//! year, a period moved from the reference date, "N units ago", a date or
//! a duration the words fix. `resolve` places a mention against a
//! reference date, or leaves its dates open without one; a mention is
//! read once and may be placed against several dates (an article without
//! a date of its own is placed against a stand-in one too).

use chrono::{NaiveDate, Weekday};

use super::tense::Tense;
use super::units::Unit;
use crate::expressions::model::DurationDays;
use crate::text::Span;

/// A time expression as read: placed by `TimeMention::resolve`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TimeMention {
    pub(super) span: Span,
    pub(super) reading: Reading,
    /// The weekday written among its words, with a number ("Tuesday,
    /// February 19"): kept where the mention is placed on one day.
    pub(super) weekday: Option<Weekday>,
    /// Whether it is placed by the reference date (`TimeExpr::relative`).
    pub(super) relative: bool,
}

/// The part of a month or a year a prefix names ("early", "mid", "late").
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Part {
    Whole,
    Early,
    Mid,
    Late,
}

/// The relation a prefix gives a weekday or a month ("last", "next", "this").
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Rel {
    None,
    Last,
    Next,
    This,
}

/// What an expression comes to on the calendar before it becomes a
/// `TimeExpr`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Value {
    Day(Option<NaiveDate>),
    Range(Option<NaiveDate>, Option<NaiveDate>),
    Duration(DurationDays),
}

impl From<(NaiveDate, NaiveDate)> for Value {
    fn from((s, e): (NaiveDate, NaiveDate)) -> Value {
        Value::Range(Some(s), Some(e))
    }
}

/// What the words of a time expression say, independent of any reference
/// date.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Reading {
    /// A day, a stretch or a duration the words fix: "2019-02-19", "early
    /// 2018", "the 1990s", "three days".
    Stated(Value),
    /// "yesterday", "today", "tomorrow", "the day before yesterday": the
    /// reference date moved by so many days.
    DaysFromReference(i64),
    /// "overnight": the day before the reference date to it.
    Overnight,
    /// "last week", "this month", "next year", "earlier this week", "the
    /// coming weekend", "in the last week".
    CalendarPeriod(CalendarPeriod),
    /// "the past two weeks", "recent days": the units up to the reference
    /// date.
    PastUnits { count: f64, unit: Unit },
    /// "the coming weeks", "the next three days": the units from the
    /// reference date on.
    ComingUnits { count: f64, unit: Unit },
    /// "two days ago", "a few weeks ago", "a week from now" (`from_now`).
    Ago {
        count: (f64, f64),
        unit: Unit,
        from_now: bool,
    },
    /// "Tuesday", "last Tuesday", "next Friday": `future` when the clause
    /// points ahead.
    Weekday {
        day: Weekday,
        rel: Rel,
        future: bool,
    },
    /// "19 February", "February 19, 2019", "the 19th of February".
    DayOfMonth { day: u32, month: u32, year: YearOf },
    /// "in May", "last March", "mid-February", "May 2019".
    Month {
        month: u32,
        year: MonthYear,
        part: Part,
    },
    /// "since X": from the start of X to the reference date.
    Since(Box<Reading>),
}

/// The period a `Reading::CalendarPeriod` names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct CalendarPeriod {
    pub(super) unit: Unit,
    /// The calendar unit holding the reference date, moved by `offset`
    /// units ("last" -1, "this" 0, "next" 1); unless `coming`, a unit's
    /// length from the reference date on.
    pub(super) offset: i64,
    pub(super) coming: bool,
    /// "earlier this" (`Some(true)`: up to the reference date) or "later
    /// this" (`Some(false)`: from it on).
    pub(super) lead: Option<bool>,
    /// "the last week" read as the rolling week up to the reference date
    /// (the calendar week must still be placeable).
    pub(super) rolling: bool,
}

/// The year of a day and month: stated, or the one nearest the reference
/// date on the side the clause's tense points to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum YearOf {
    Stated(i32),
    Nearest(Tense),
}

/// The year of a month: stated, by its relation to the reference date
/// ("last May", "next March", "this June"), or the nearest one on the side
/// of the clause's tense.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum MonthYear {
    Stated(i32),
    Related(Rel),
    Nearest(Tense),
}
