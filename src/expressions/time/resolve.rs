//! Time mentions placed on the calendar against the reference date
//! (`TimeMention::resolve`), or left with open dates without one: the
//! calendar week, month or year moved by an offset, the rolling units up
//! to the date, "N units ago", the weekday a bare or relative name points
//! to, the year a day and month without one takes, "since X", and the
//! early, middle and late parts of a month or a year.

use chrono::{Datelike, Duration as Days, NaiveDate, Weekday};

use super::mention::{CalendarPeriod, MonthYear, Part, Reading, Rel, TimeMention, Value, YearOf};
use super::tense::Tense;
use super::units::{unit_days, Unit};
use crate::calendar;
use crate::expressions::model::{TimeExpr, TimeKind};

impl TimeMention {
    /// The mention placed against `reference`; None where the reference
    /// date leaves no room for it (`Reading::placeable`).
    pub(crate) fn resolve(&self, reference: Option<NaiveDate>) -> Option<TimeExpr> {
        let span = self.span;
        let relative = self.relative;
        Some(match self.reading.place(reference)? {
            Value::Day(date) => TimeExpr {
                span,
                kind: TimeKind::Date,
                start: date,
                end: date,
                duration: None,
                weekday: self.weekday,
                relative,
            },
            Value::Range(start, end) => TimeExpr {
                span,
                kind: TimeKind::Period,
                start,
                end,
                duration: None,
                weekday: None,
                relative,
            },
            Value::Duration(d) => TimeExpr {
                span,
                kind: TimeKind::Duration,
                start: None,
                end: None,
                duration: Some(d),
                weekday: None,
                relative: false,
            },
        })
    }
}

impl Reading {
    /// Whether the reading can be placed against `reference`: all can but
    /// a calendar period a reference date at the end of the calendar has
    /// no neighbour for ("next year" in the last year chrono holds), which
    /// is no expression at all, and leaves its words to the readers after
    /// it.
    pub(super) fn placeable(&self, reference: Option<NaiveDate>) -> bool {
        match (self, reference) {
            (Reading::CalendarPeriod(p), Some(r)) if !p.coming => {
                calendar_period(r, p.unit, p.offset).is_some()
            }
            _ => true,
        }
    }

    /// The value of the reading against `reference`; None where it is not
    /// `placeable`.
    fn place(&self, reference: Option<NaiveDate>) -> Option<Value> {
        let r = reference;
        let shift = |d: i64| Value::Day(r.map(|r| r + Days::days(d)));
        Some(match *self {
            Reading::Stated(value) => value,
            Reading::DaysFromReference(d) => shift(d),
            Reading::Overnight => Value::Range(r.map(|r| r - Days::days(1)), r),
            Reading::CalendarPeriod(period) => period.place(r)?,
            Reading::PastUnits { count, unit } => rolling(r, count, unit),
            Reading::ComingUnits { count, unit } => match r {
                Some(r) => {
                    let end = calendar::shifted(r, (count * unit_days(unit).1).ceil());
                    Value::Range(end.map(|_| r), end)
                }
                None => Value::Range(None, None),
            },
            Reading::Ago {
                count,
                unit,
                from_now,
            } => match r {
                Some(r) => ago(r, count, unit, from_now),
                None => Value::Range(None, None),
            },
            Reading::Weekday { day, rel, future } => {
                Value::Day(r.map(|r| resolve_weekday(r, day, rel, future)))
            }
            Reading::DayOfMonth { day, month, year } => {
                let year = match year {
                    YearOf::Stated(y) => Some(y),
                    YearOf::Nearest(tense) => infer_year(r, month, Some(day), tense),
                };
                Value::Day(year.and_then(|y| NaiveDate::from_ymd_opt(y, month, day)))
            }
            Reading::Month { month, year, part } => {
                let year = match (year, r) {
                    (MonthYear::Stated(y), _) => Some(y),
                    (MonthYear::Related(Rel::Last), Some(r)) => Some(if month < r.month() {
                        r.year()
                    } else {
                        r.year() - 1
                    }),
                    (MonthYear::Related(Rel::Next), Some(r)) => Some(if month > r.month() {
                        r.year()
                    } else {
                        r.year() + 1
                    }),
                    (MonthYear::Related(Rel::This), Some(r)) => Some(r.year()),
                    (MonthYear::Related(_), _) => None,
                    (MonthYear::Nearest(tense), _) => infer_year(r, month, None, tense),
                };
                let range = year.and_then(|y| {
                    let first = NaiveDate::from_ymd_opt(y, month, 1)?;
                    let last = calendar::month_end(y, month)?;
                    Some(month_parts(first, last, part))
                });
                match range {
                    Some((s, e)) => Value::Range(Some(s), Some(e)),
                    None => Value::Range(None, None),
                }
            }
            Reading::Since(ref from) => since(from.place(r)?, r),
        })
    }
}

impl CalendarPeriod {
    /// The period against `r`; None where the calendar has no such period.
    fn place(self, r: Option<NaiveDate>) -> Option<Value> {
        let Some(r) = r else {
            return Some(Value::Range(None, None));
        };
        let (s, e) = if self.coming {
            (r, r + Days::days(unit_days(self.unit).1 as i64))
        } else {
            calendar_period(r, self.unit, self.offset)?
        };
        let value = match self.lead {
            Some(true) => (s, r.min(e)),
            Some(false) => (r.max(s), e),
            None => (s, e),
        }
        .into();
        Some(if self.rolling {
            rolling(Some(r), 1.0, self.unit)
        } else {
            value
        })
    }
}

/// "N units ago" (or "from now", `ahead`) against `r`: so many units back,
/// give or take a tolerance that grows with the unit.
fn ago(r: NaiveDate, (lo, hi): (f64, f64), unit: Unit, ahead: bool) -> Value {
    let (min_days, max_days) = unit_days(unit);
    if ahead {
        let (Some(first), Some(last)) = (
            calendar::shifted(r, (lo * min_days).floor()),
            calendar::shifted(r, (hi * max_days).ceil()),
        ) else {
            return Value::Range(None, None);
        };
        return if first == last {
            Value::Day(Some(first))
        } else {
            Value::Range(Some(first), Some(last))
        };
    }
    let tolerance = match unit {
        Unit::Minute | Unit::Hour | Unit::Day | Unit::Night => 0,
        Unit::Week | Unit::Weekend | Unit::Fortnight => 3,
        Unit::Month => 15,
        Unit::Year => 182,
        Unit::Decade => 1826,
    };
    let (Some(earliest), Some(latest)) = (
        calendar::shifted(r, -((hi * max_days).round() + tolerance as f64)),
        calendar::shifted(r, -((lo * min_days).floor() - tolerance as f64)),
    ) else {
        return Value::Range(None, None);
    };
    let latest = latest.min(r);
    if earliest == latest {
        return Value::Day(Some(earliest));
    }
    Value::Range(Some(earliest), Some(latest))
}

/// "since X": from the start of X to the reference date.
fn since(value: Value, reference: Option<NaiveDate>) -> Value {
    let start = match value {
        Value::Day(d) => d,
        Value::Range(s, _) => s,
        other => return other,
    };
    // A start after the reference date leaves the end open rather than inverted.
    let end = reference.filter(|r| start.is_none_or(|s| s <= *r));
    Value::Range(start, end)
}

/// The year that puts a month (and day) nearest the reference date, on
/// the side the clause's tense points to.
fn infer_year(
    reference: Option<NaiveDate>,
    month: u32,
    day: Option<u32>,
    tense: Tense,
) -> Option<i32> {
    let r = reference?;
    let mut best: Option<(i64, i32)> = None;
    for year in [r.year() - 1, r.year(), r.year() + 1] {
        let (start, end) = match day {
            Some(d) => {
                let date = NaiveDate::from_ymd_opt(year, month, d)?;
                (date, date)
            }
            None => (
                NaiveDate::from_ymd_opt(year, month, 1)?,
                calendar::month_end(year, month)?,
            ),
        };
        let on_side = match tense {
            Tense::Future => end >= r,
            Tense::Past => start <= r,
            Tense::Unknown => true,
        };
        let distance = if r < start {
            (start - r).num_days()
        } else if r > end {
            (r - end).num_days()
        } else {
            0
        };
        // A date a few weeks off the tense's side is this year's ("are
        // due to expire on Aug. 31", reported in September), not one a
        // year away: a year left unstated is the nearest.
        let penalty = if on_side || distance <= 31 { 0 } else { 1000 };
        let score = distance + penalty;
        if best.is_none_or(|(s, _)| score < s) {
            best = Some((score, year));
        }
    }
    best.map(|(_, y)| y)
}

/// The calendar week, weekend, month, year or decade holding the reference
/// date, moved by `offset` periods.
fn calendar_period(r: NaiveDate, unit: Unit, offset: i64) -> Option<(NaiveDate, NaiveDate)> {
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
fn rolling(r: Option<NaiveDate>, count: f64, unit: Unit) -> Value {
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

fn resolve_weekday(r: NaiveDate, day: Weekday, rel: Rel, future: bool) -> NaiveDate {
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
