//! The Parser's readers of absolute dates: ISO dates, weekdays, months,
//! days and months, years and decades, with the prefix before them
//! ("since early last") and the year a date without one takes.

use chrono::{NaiveDate, Weekday};

use super::mention::{MonthYear, Part, Reading, Rel, Value, YearOf};
use super::parse::{Parser, Prefix};
use super::resolve::year_parts;
use super::screen::PREFIX_MOST;
use super::tense::{tense_around, Tense};
use crate::calendar;
use crate::lexicon::time_words::{NOT_A_DAY, PREPOSITIONS};

impl Parser<'_, '_> {
    /// 2019-02-19
    pub(super) fn iso_date(&self, i: usize) -> Option<(Reading, usize)> {
        let t = self.tok(i)?;
        if !(t.is_plain_integer() && t.text.len() == 4) {
            return None;
        }
        let parts = [
            self.tok(i + 1)?,
            self.tok(i + 2)?,
            self.tok(i + 3)?,
            self.tok(i + 4)?,
        ];
        if !(parts[0].text == "-" && parts[2].text == "-" && parts.iter().all(|p| p.joined)) {
            return None;
        }
        if !(parts[1].is_plain_integer() && parts[3].is_plain_integer()) {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(
            t.text.parse().ok()?,
            parts[1].text.parse().ok()?,
            parts[3].text.parse().ok()?,
        );
        Some((Reading::Stated(Value::Day(date)), i + 5))
    }

    /// A prefix, then a weekday, a month, a day and month, or a year.
    pub(super) fn anchored(&self, i: usize) -> Option<(Reading, usize, bool)> {
        let prefix = self.prefix(i);
        let h = i + prefix.len;
        let head = self.tok(h)?;
        // The name looked up only for a capitalised word of four letters or
        // more: most heads are neither.
        if let Some(day) = (head.is_capitalized() && head.text.len() > 3)
            .then(|| calendar::weekday(head.text))
            .flatten()
        {
            // Not a day of this story: "Good Friday", "Easter Sunday", "the first Sunday", "every Monday".
            if h > 0 && crate::word_set!(NOT_A_DAY).contains_token(&self.tokens[h - 1]) {
                return None;
            }
            return self.weekday(i, h, day, prefix);
        }
        // "mid-February", "mid-2018"
        if let Some(rest) = head
            .text
            .strip_prefix("mid-")
            .or_else(|| head.text.strip_prefix("Mid-"))
        {
            if let Some(month) = calendar::month(rest) {
                let p = Prefix {
                    part: Part::Mid,
                    len: prefix.len,
                    ..prefix
                };
                return self.month(i, h, month, p, h + 1);
            }
        }
        if head.is_word() && head.is_capitalized() {
            if let Some(month) = calendar::month(head.text) {
                return self.month(i, h, month, prefix, h + 1);
            }
        }
        if head.is_plain_integer() {
            if let Some(found) = self.day_month(i, h, prefix) {
                return Some(found);
            }
            return self.year(i, h, prefix);
        }
        if head.is("the") {
            // "the 19th of February", "the 1990s"
            if let Some(found) = self.day_month(i, h + 1, prefix) {
                return Some(found);
            }
            return self.decade(h + 1, prefix);
        }
        None
    }

    fn prefix(&self, i: usize) -> Prefix {
        let mut p = Prefix {
            len: 0,
            since: false,
            part: Part::Whole,
            rel: Rel::None,
        };
        let mut j = i;
        let mut seen_prep = false;
        let mut seen_part = false;
        let mut seen_rel = false;
        while j < i + PREFIX_MOST {
            let Some(t) = self.tok(j) else { break };
            if !seen_prep && t.is_any(&["since"]) {
                p.since = true;
                seen_prep = true;
            } else if !seen_prep && crate::word_set!(PREPOSITIONS).contains_token(t) {
                seen_prep = true;
            } else if !seen_part && t.is_any(&["early", "late", "mid", "mid-"]) {
                // "late on Tuesday", "since early 2018": a preposition may come before or after.
                p.part = if t.is("early") {
                    Part::Early
                } else if t.is("late") {
                    Part::Late
                } else {
                    Part::Mid
                };
                seen_part = true;
            } else if !seen_rel && t.is_any(&["last", "next", "this", "coming"]) {
                p.rel = if t.is("last") {
                    Rel::Last
                } else if t.is("this") {
                    Rel::This
                } else {
                    Rel::Next
                };
                seen_rel = true;
                seen_prep = true;
                seen_part = true;
            } else {
                break;
            }
            j += 1;
        }
        p.len = j - i;
        p
    }

    fn weekday(
        &self,
        i: usize,
        h: usize,
        day: Weekday,
        prefix: Prefix,
    ) -> Option<(Reading, usize, bool)> {
        let mut end = h + 1;
        if self.tok(end).is_some_and(|t| {
            t.is_any(&[
                "morning",
                "afternoon",
                "evening",
                "night",
                "midday",
                "lunchtime",
            ])
        }) {
            end += 1;
        }
        // Weekday with a date: "Tuesday, February 19", "Tuesday 19 February 2019".
        let mut j = end;
        if self.tok(j).is_some_and(|t| t.text == ",") {
            j += 1;
        }
        let plain = Prefix {
            len: 0,
            since: false,
            part: Part::Whole,
            rel: Rel::None,
        };
        if let Some(t) = self.tok(j) {
            let dated = if t.is_capitalized() && calendar::month(t.text).is_some() {
                self.month(j, j, calendar::month(t.text)?, plain, j + 1)
                    .filter(|(r, _, _)| matches!(r, Reading::DayOfMonth { .. }))
            } else if t.is_plain_integer() {
                self.day_month(j, j, plain)
            } else {
                None
            };
            if let Some((reading, e, _)) = dated {
                return Some((prefix.over(reading), e, false));
            }
        }
        let reading = Reading::Weekday {
            day,
            rel: prefix.rel,
            future: tense_around(self.tokens, i, end) == Tense::Future,
        };
        Some((prefix.over(reading), end, true))
    }

    /// A month name at `h`, optionally with a day and a year after it.
    fn month(
        &self,
        i: usize,
        h: usize,
        month: u32,
        prefix: Prefix,
        mut end: usize,
    ) -> Option<(Reading, usize, bool)> {
        let head = self.tok(h)?;
        let abbreviated =
            head.text.len() <= 4 && !head.is("may") && !head.is("june") && !head.is("july");
        if abbreviated && self.tok(end).is_some_and(|t| t.text == "." && t.joined) {
            end += 1;
        }
        let day = self
            .tok(end)
            .filter(|t| t.is_plain_integer() && t.text.len() <= 2)
            .and_then(|t| t.text.parse::<u32>().ok());
        if let Some(day) = day.filter(|d| (1..=31).contains(d)) {
            end += 1;
            if self
                .tok(end)
                .is_some_and(|t| t.joined && t.is_any(&["st", "nd", "rd", "th"]))
            {
                end += 1;
            }
            let (year, e) = self.year_after(end);
            end = e;
            let year = match year {
                Some(y) => YearOf::Stated(y),
                None => YearOf::Nearest(self.clause_tense(i, end, prefix)),
            };
            let reading = Reading::DayOfMonth { day, month, year };
            return Some((prefix.over(reading), end, false));
        }
        // "May" and "March" are also words: only read as months with a prefix or a year.
        let (year, e) = self.year_after(end);
        if prefix.len == 0 && year.is_none() {
            return None;
        }
        // A month alone ("in May", "since January") needs a preposition or a
        // year; the caller has already required the capital ("may" is a verb).
        end = e;
        let relative = year.is_none();
        let year = match (year, prefix.rel) {
            (Some(y), _) => MonthYear::Stated(y),
            (None, Rel::None) => MonthYear::Nearest(self.clause_tense(i, end, prefix)),
            (None, rel) => MonthYear::Related(rel),
        };
        let reading = Reading::Month {
            month,
            year,
            part: prefix.part,
        };
        Some((prefix.over(reading), end, relative))
    }

    /// "19 February", "19th of February 2019" starting with the day at `h`.
    fn day_month(&self, i: usize, h: usize, prefix: Prefix) -> Option<(Reading, usize, bool)> {
        let t = self.tok(h)?;
        if !(t.is_plain_integer() && t.text.len() <= 2) {
            return None;
        }
        let day: u32 = t.text.parse().ok()?;
        let mut j = h + 1;
        if self
            .tok(j)
            .is_some_and(|t| t.joined && t.is_any(&["st", "nd", "rd", "th"]))
        {
            j += 1;
        }
        if self.is(j, "of") {
            j += 1;
        }
        let m = self
            .tok(j)
            .filter(|t| t.is_capitalized())
            .and_then(|t| calendar::month(t.text))?;
        let mut end = j + 1;
        if self.tok(end).is_some_and(|t| t.text == "." && t.joined) {
            end += 1;
        }
        let (year, e) = self.year_after(end);
        end = e;
        let year = match year {
            Some(y) => YearOf::Stated(y),
            None => YearOf::Nearest(self.clause_tense(i, end, prefix)),
        };
        let reading = Reading::DayOfMonth {
            day,
            month: m,
            year,
        };
        Some((prefix.over(reading), end, false))
    }

    /// A year after a date: ", 2019" or " 2019".
    fn year_after(&self, j: usize) -> (Option<i32>, usize) {
        let k = if self.tok(j).is_some_and(|t| t.text == ",") {
            j + 1
        } else {
            j
        };
        match self.tok(k) {
            Some(t) if t.is_plain_integer() && t.text.len() == 4 => (t.text.parse().ok(), k + 1),
            _ => (None, j),
        }
    }

    /// "in 2018", "since 2015", "early 2018": a year needs a prefix, or must stand where no count does.
    fn year(&self, i: usize, h: usize, prefix: Prefix) -> Option<(Reading, usize, bool)> {
        let t = self.tok(h)?;
        if !(t.is_plain_integer() && t.text.len() == 4) {
            return None;
        }
        // "on 2019-02-19": the year of a date written ISO-style is no year
        // of its own (the date is read from the year on).
        if self.iso_date(h).is_some() {
            return None;
        }
        let year: i32 = t.text.parse().ok()?;
        // With a preposition any year since 1000 ("in 1682"); alone only modern ones.
        let earliest = if prefix.len > 0 { 1000 } else { 1800 };
        if !(earliest..=2100).contains(&year) {
            return None;
        }
        let mut end = h + 1;
        // "the 1990s"
        if self.tok(end).is_some_and(|t| t.joined && t.text == "s") {
            return self.decade(h, prefix);
        }
        if self.tok(end).is_some_and(|t| t.joined && t.text == "'") && self.is(end + 1, "s") {
            end += 2;
        }
        let next_is_count = self
            .tok(h + 1)
            .is_some_and(crate::expressions::quantity::is_plural_noun);
        if prefix.len == 0 && next_is_count {
            return None;
        }
        let first = NaiveDate::from_ymd_opt(year, 1, 1)?;
        let last = NaiveDate::from_ymd_opt(year, 12, 31)?;
        let (s, e) = year_parts(first, last, prefix.part);
        let reading = Reading::Stated(Value::Range(Some(s), Some(e)));
        let _ = i;
        Some((prefix.over(reading), end, false))
    }

    /// "the 1990s" with the year token at `h`.
    fn decade(&self, h: usize, prefix: Prefix) -> Option<(Reading, usize, bool)> {
        let t = self.tok(h)?;
        let s = self.tok(h + 1)?;
        if !(t.is_plain_integer() && t.text.len() == 4 && s.joined && s.is("s")) {
            return None;
        }
        let year: i32 = t.text.parse().ok()?;
        if year % 10 != 0 {
            return None;
        }
        // "the 1700s" is a century; "the 1990s" and "the 2000s" are decades.
        let span = if year % 100 == 0 && year < 2000 {
            99
        } else {
            9
        };
        let first = NaiveDate::from_ymd_opt(year, 1, 1)?;
        let last = NaiveDate::from_ymd_opt(year + span, 12, 31)?;
        let reading = Reading::Stated(Value::Range(Some(first), Some(last)));
        Some((prefix.over(reading), h + 2, false))
    }

    /// The tense that picks a year: "since X" always looks back.
    pub(super) fn clause_tense(&self, i: usize, end: usize, prefix: Prefix) -> Tense {
        if prefix.since {
            Tense::Past
        } else {
            tense_around(self.tokens, i, end)
        }
    }
}
