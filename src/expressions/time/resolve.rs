//! Periods and weekdays placed on the calendar against the reference date:
//! the calendar week, month or year moved by an offset, the rolling units
//! up to the date, the weekday a bare or relative name points to, and the
//! early, middle and late parts of a month or a year.

use chrono::{Datelike, Duration as Days, NaiveDate, Weekday};

use super::parse::{Part, Rel, Value};
use super::units::{unit_days, Unit};
use crate::calendar;

/// The calendar week, weekend, month, year or decade holding the reference
/// date, moved by `offset` periods.
pub(super) fn calendar_period(
    r: NaiveDate,
    unit: Unit,
    offset: i64,
) -> Option<(NaiveDate, NaiveDate)> {
    Some(match unit {
        Unit::Week => {
            let monday = calendar::week_start(r) + Days::days(7 * offset);
            (monday, monday + Days::days(6))
        }
        Unit::Weekend => {
            // The Saturday of the week holding the reference, moved: "last
            // weekend" said on a Thursday is the Saturday five days before,
            // said on a Saturday or Sunday the one a week before.
            let saturday = calendar::week_start(r) + Days::days(5 + 7 * offset);
            (saturday, saturday + Days::days(1))
        }
        Unit::Month => {
            let first = calendar::add_months(r.with_day(1)?, offset as i32)?;
            (first, calendar::month_end(first.year(), first.month())?)
        }
        Unit::Year => {
            let y = r.year() + offset as i32;
            (
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
            )
        }
        Unit::Decade => {
            let y = r.year() - r.year().rem_euclid(10) + 10 * offset as i32;
            (
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y + 9, 12, 31)?,
            )
        }
        _ => (r, r),
    })
}

/// The `count` units up to the reference date.
pub(super) fn rolling(r: Option<NaiveDate>, count: f64, unit: Unit) -> Value {
    match r.and_then(|r| {
        Some((
            calendar::shifted(r, -(count * unit_days(unit).1).ceil())?,
            r,
        ))
    }) {
        Some((start, r)) => Value::Range(Some(start), Some(r)),
        None => Value::Range(None, None),
    }
}

pub(super) fn resolve_weekday(r: NaiveDate, day: Weekday, rel: Rel, future: bool) -> NaiveDate {
    let back =
        (7 + r.weekday().num_days_from_monday() as i64 - day.num_days_from_monday() as i64) % 7;
    let forward = (7 - back) % 7;
    match rel {
        Rel::Last => r - Days::days(if back == 0 { 7 } else { back }),
        Rel::Next => r + Days::days(if forward == 0 { 7 } else { forward }),
        Rel::This | Rel::None if future => r + Days::days(forward),
        _ => r - Days::days(back),
    }
}

pub(super) fn month_parts(first: NaiveDate, last: NaiveDate, part: Part) -> (NaiveDate, NaiveDate) {
    let day = |d: u32| first.with_day(d).unwrap_or(first);
    match part {
        Part::Whole => (first, last),
        Part::Early => (first, day(10)),
        Part::Mid => (day(11), day(20)),
        Part::Late => (day(21), last),
    }
}

pub(super) fn year_parts(first: NaiveDate, last: NaiveDate, part: Part) -> (NaiveDate, NaiveDate) {
    let y = first.year();
    let date = |m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(first);
    match part {
        Part::Whole => (first, last),
        Part::Early => (first, date(4, 30)),
        Part::Mid => (date(5, 1), date(8, 31)),
        Part::Late => (date(9, 1), last),
    }
}
