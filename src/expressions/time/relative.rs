//! The Parser's readers of relative expressions: deictic words
//! ("yesterday", "this morning"), calendar and rolling periods ("last
//! week", "the past few weeks"), "N units ago", and the counts before a
//! unit.

use super::mention::{CalendarPeriod, Reading};
use super::parse::{Count, Parser};
use super::units::{any_unit, calendar_unit, Unit};
use crate::expressions::numbers;

impl Parser<'_, '_> {
    /// yesterday, today, tonight, tomorrow, overnight, last night, this morning.
    pub(super) fn deictic(&self, i: usize) -> Option<(Reading, usize, bool)> {
        let t = self.tok(i)?;
        let shift = Reading::DaysFromReference;
        if t.is("yesterday") {
            return Some((shift(-1), i + 1, true));
        }
        if t.is_any(&["today", "tonight"]) {
            return Some((shift(0), i + 1, true));
        }
        if t.is("tomorrow") {
            return Some((shift(1), i + 1, true));
        }
        if t.is("overnight") {
            return Some((Reading::Overnight, i + 1, true));
        }
        if t.is("last") && self.is(i + 1, "night") {
            return Some((shift(-1), i + 2, true));
        }
        if t.is("this")
            && self
                .tok(i + 1)
                .is_some_and(|n| n.is_any(&["morning", "afternoon", "evening"]))
        {
            return Some((shift(0), i + 2, true));
        }
        if t.is("earlier") && self.is(i + 1, "today") {
            return Some((shift(0), i + 2, true));
        }
        if t.is("the")
            && self.is(i + 1, "day")
            && self.is(i + 2, "before")
            && self.is(i + 3, "yesterday")
        {
            return Some((shift(-2), i + 4, true));
        }
        None
    }

    /// last week, this month, next year, earlier this week, later this month,
    /// the past week, in the last few weeks, over the past two months,
    /// in recent days, in past weeks, in the coming weeks.
    pub(super) fn relative_period(&self, i: usize) -> Option<(Reading, usize, bool)> {
        let mut j = i;
        let mut lead = None;
        if self
            .tok(j)
            .is_some_and(|t| t.is_any(&["in", "over", "during", "for", "within", "throughout"]))
        {
            j += 1;
        }
        if self.is(j, "the") {
            j += 1;
        }
        let t = self.tok(j)?;
        if t.is_any(&["earlier", "later"]) && self.is(j + 1, "this") {
            lead = Some(t.is("earlier"));
            j += 1;
        }
        let word = self.tok(j)?;
        // Calendar periods: last / this / next week, month, year, weekend.
        // ("the previous week" is relative to the story's own time, not to R: left alone.)
        if word.is_any(&["last", "this", "next", "coming"])
            && !(word.is("coming") && lead.is_some())
        {
            if let Some(unit) = self.tok(j + 1).and_then(|u| calendar_unit(u.text)) {
                let the_past = self.is(i, "the")
                    || self
                        .tok(i)
                        .is_some_and(|t| t.is_any(&["in", "over", "during", "for"]))
                        && self.is(i + 1, "the");
                let offset = if word.is("last") {
                    -1
                } else if word.is("next") {
                    1
                } else {
                    0
                };
                let reading = Reading::CalendarPeriod(CalendarPeriod {
                    unit,
                    offset,
                    coming: word.is("coming"),
                    lead,
                    // "the past week" is the rolling week, but "the last
                    // week" in a phrase like "in the last week" reads the
                    // same way.
                    rolling: the_past && word.is("last") && unit != Unit::Weekend,
                });
                // A period the calendar has no room for is no expression.
                if !(self.placeable)(&reading) {
                    return None;
                }
                return Some((reading, j + 2, true));
            }
            if !word.is_any(&["last", "next", "coming"]) {
                return None;
            }
        }
        // Rolling periods: (the) past / last N units, recent units, past units, coming units.
        let back = word.is_any(&["past", "last", "recent"]);
        let ahead = word.is_any(&["coming", "next"]);
        if !(back || ahead) {
            return None;
        }
        let mut k = j + 1;
        let mut count = None;
        if let Some((vague, len)) = self.lexicon.vague_at(self.tokens, k) {
            count = Some(vague.high);
            k += len;
        } else if self.is(k, "few") {
            count = Some(5.0);
            k += 1;
        } else if let Some(n) = numbers::read(self.tokens, k, false) {
            count = Some(n.value);
            k = n.end;
        }
        let unit_token = self.tok(k)?;
        let unit = any_unit(unit_token.text)?;
        // Without a count: "the past week" is one week; "recent weeks" or
        // "past weeks" reach back a documented default.
        let plural = unit_token.text.ends_with('s');
        // "the last minutes of the match" is not a stretch of the calendar.
        if count.is_none() && matches!(unit, Unit::Minute | Unit::Hour) {
            return None;
        }
        // "The schools closed the next day": the day after the one the text
        // spoke of last, not after the article's date (the timeline reads
        // it from the date before it).
        if ahead
            && count.is_none()
            && !plural
            && unit == Unit::Day
            && j > 0
            && self.is(j - 1, "the")
        {
            return None;
        }
        let unit_count = count.unwrap_or(match (plural, unit) {
            (false, _) => 1.0,
            (true, Unit::Day | Unit::Night) => 7.0,
            (true, Unit::Week) => 6.0,
            (true, Unit::Month) => 6.0,
            (true, Unit::Year) => 5.0,
            (true, _) => 3.0,
        });
        let reading = if ahead {
            Reading::ComingUnits {
                count: unit_count,
                unit,
            }
        } else {
            Reading::PastUnits {
                count: unit_count,
                unit,
            }
        };
        Some((reading, k + 1, true))
    }

    /// "two days ago", "a week ago", "four years ago", "a few weeks ago", "a week from now".
    /// `count` is `count_at` where the expression begins.
    pub(super) fn ago(&self, count: Option<Count>) -> Option<(Reading, usize, bool)> {
        let (count, k) = count?;
        let unit = self.tok(k).and_then(|t| any_unit(t.text))?;
        // "a week from now" looks ahead by the same amount.
        let ahead = self.is(k + 1, "from") && self.is(k + 2, "now");
        if !self.is(k + 1, "ago") && !ahead {
            return None;
        }
        let end = if ahead { k + 3 } else { k + 2 };
        let reading = Reading::Ago {
            count,
            unit,
            from_now: ahead,
        };
        Some((reading, end, true))
    }

    /// A count before a unit: a number, "a"/"an", or a vague amount; as `[low, high]`.
    pub(super) fn count_at(&self, i: usize) -> Option<Count> {
        // More than ten thousand units cannot be placed on a calendar ("9 bn
        // weeks ago", "millions of years ago"): not a relative date.
        const MOST: f64 = 10_000.0;
        let found = self.count_at_unbounded(i)?;
        (found.0 .1 <= MOST).then_some(found)
    }

    fn count_at_unbounded(&self, i: usize) -> Option<((f64, f64), usize)> {
        let t = self.tok(i)?;
        if t.is_any(&["a", "an"]) && self.tok(i + 1).and_then(|u| any_unit(u.text)).is_some() {
            return Some(((1.0, 1.0), i + 1));
        }
        if let Some((vague, len)) = self.lexicon.vague_at(self.tokens, i) {
            return Some(((vague.low, vague.high), i + len));
        }
        if t.is("few") {
            return Some(((2.0, 5.0), i + 1));
        }
        let n = numbers::read(self.tokens, i, false)?;
        Some(((n.value, n.value), n.end))
    }
}
