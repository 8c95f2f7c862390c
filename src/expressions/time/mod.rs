//! Time expressions: dates, weekdays, months and years, relative expressions
//! and durations, resolved against the reference date.
//!
//! Conventions (news usage):
//! - a bare weekday is the most recent such day on or before the reference
//!   date; in a clause about the future ("will", "is expected to", "next"),
//!   the first such day on or after it; "last Tuesday" is strictly before,
//!   "next Tuesday" strictly after;
//! - a date without a year takes the year that puts it nearest the reference
//!   date, on the side the clause's tense points to;
//! - "last week" is the previous Monday–Sunday week, "last month" and "last
//!   year" the previous calendar month and year; "the past week" is the seven
//!   days up to the reference date;
//! - "in the last few weeks" reaches back five weeks ("few" is at most five,
//!   "several" at most nine); "in recent weeks" six weeks, "recent days" a week,
//!   "recent months" six months, "recent years" five years;
//! - "N weeks ago" is that day give or take three days, "N months ago" give or
//!   take fifteen days, "N years ago" give or take half a year;
//! - early / mid / late in a month are days 1–10 / 11–20 / 21–end, in a year
//!   January–April / May–August / September–December;
//! - a duration is a number of days `{min, max}`: a month is 28–31 days, a
//!   year 365–366; hedges bound it as they bound quantities ("more than a
//!   week" is more than 7 days, exclusive).
//!
//! Without a reference date, relative expressions keep null dates.
//!
//! Times are read in two steps: the words into `TimeMention`s (what they
//! say: "last Tuesday" in a clause about the past, "19 February" without
//! a year), then each mention placed against a reference date, or none
//! (`TimeMention::resolve`). A sentence's mentions are kept: an article
//! without a date of its own has them placed against a stand-in date
//! too, without reading them again.
//!
//! `screen` says which tokens may begin an expression (its anchors and the
//! reach before them), `parse` holds the `Parser`, whose readers are split
//! over `dates`, `relative` and `durations`, and which reads into a
//! `mention`; `units` reads unit words, `resolve` places mentions on the
//! calendar, and `tense` reads a clause's tense.

mod dates;
mod durations;
mod mention;
mod parse;
mod relative;
mod resolve;
mod screen;
mod tense;
#[cfg(test)]
mod test_words;
#[cfg(test)]
mod tests;
mod units;

use chrono::NaiveDate;

use super::model::TimeExpr;
use crate::lexicon::quantities::Lexicon;
use crate::text::tokens::Token;
pub(crate) use mention::TimeMention;
use parse::Parser;
use screen::{anchor_reach, hedged_lead, may_be_figure, may_begin, FIGURE_TAIL, PLAIN_LEAD};
pub(super) use screen::{has_anchor_part, is_anchor};

/// The time expressions of `tokens` not `used` (marked used as they are
/// read), placed against `reference`.
pub(crate) fn find(
    tokens: &[Token],
    used: &mut [bool],
    lexicon: &Lexicon,
    reference: Option<NaiveDate>,
) -> Vec<TimeExpr> {
    let anchors: Vec<usize> = (0..tokens.len())
        .filter(|&k| is_anchor(&tokens[k]))
        .collect();
    let figures: Vec<usize> = (0..tokens.len())
        .filter(|&k| may_be_figure(tokens, k, lexicon))
        .collect();
    let mentions = find_near(tokens, used, lexicon, reference, &anchors, &figures);
    resolve_all(&mentions, reference)
}

/// The mentions placed against `reference`, in their order.
pub(crate) fn resolve_all(mentions: &[TimeMention], reference: Option<NaiveDate>) -> Vec<TimeExpr> {
    mentions
        .iter()
        .filter_map(|m| m.resolve(reference))
        .collect()
}

/// The mentions placed against `reference`, in the order they stand in
/// the text (a sentence with several claims holds its mentions claim by
/// claim).
pub(crate) fn placed_in_text_order<'m>(
    mentions: impl IntoIterator<Item = &'m TimeMention>,
    reference: NaiveDate,
) -> Vec<TimeExpr> {
    let mut times: Vec<TimeExpr> = mentions
        .into_iter()
        .filter_map(|m| m.resolve(Some(reference)))
        .collect();
    times.sort_by_key(|t| t.span.start);
    times
}

/// The time mentions of `tokens` not `used` (marked used as they are
/// read), as `find` reads them, given the tokens that are anchors
/// (`is_anchor`) and the tokens a count may begin its figure at
/// (`may_be_figure`, or more), in order: only the tokens within
/// `anchor_reach` before an anchor and within `plain_lead` before an
/// anchor or a figure (`hedged_lead` for a token a hedge begins at) are
/// tried. `reference` is only asked whether a reading can be placed
/// (`Reading::placeable`); each mention found can be.
pub(crate) fn find_near(
    tokens: &[Token],
    used: &mut [bool],
    lexicon: &Lexicon,
    reference: Option<NaiveDate>,
    anchors: &[usize],
    figures: &[usize],
) -> Vec<TimeMention> {
    debug_assert!((0..tokens.len()).all(|k| is_anchor(&tokens[k]) == anchors.contains(&k)));
    debug_assert!(
        (0..tokens.len()).all(|k| !may_be_figure(tokens, k, lexicon) || figures.contains(&k))
    );
    let parser = Parser {
        tokens,
        lexicon,
        placeable: &|reading| reading.placeable(reference),
    };
    let reach = anchor_reach(lexicon);
    let hedged = hedged_lead(lexicon);
    let mut out = Vec::new();
    let mut ahead = anchors.iter().copied().peekable();
    let mut counts = figures.iter().copied().peekable();
    let mut i = 0;
    while i < tokens.len() {
        while ahead.next_if(|&a| a < i).is_some() {}
        // Tokens further than `reach` before every anchor cannot begin a
        // time expression: they are passed over without a look (checked
        // against the full parse in debug builds).
        let stop = ahead
            .peek()
            .map_or(tokens.len(), |&a| a.saturating_sub(reach));
        if i < stop {
            debug_assert!(
                (i..stop).all(|j| used[j] || parser.at(j).is_none()),
                "an expression in {i}..{stop} without an anchor"
            );
            i = stop;
            continue;
        }
        if used[i] {
            i += 1;
            continue;
        }
        // Every expression reaches its first anchor or figure within
        // `PLAIN_LEAD` tokens unless it opens with a hedge ("more than half
        // a dozen days"), and within `hedged_lead` then: most of the tokens
        // within `reach` of an anchor are further ("the", "of" and "in" six
        // words before "years"), and are passed over without a look.
        while counts.next_if(|&f| f < i).is_some() {}
        let next = match (ahead.peek(), counts.peek()) {
            (Some(&a), Some(&f)) => a.min(f),
            (Some(&a), None) => a,
            (None, _) => tokens.len(),
        };
        let lead = next - i;
        if lead > PLAIN_LEAD && (lead > hedged || lexicon.hedge_at(tokens, i).is_none()) {
            debug_assert!(
                parser.at(i).is_none(),
                "an expression at {i} with its first anchor or figure {lead} tokens on"
            );
            i += 1;
            continue;
        }
        // And the tokens before it are words an expression runs through
        // (`lead_words`): "the" before a noun, "in" before "the" and a noun
        // begin none, nor does any token up to such a word.
        if let Some(other) = tokens[i..next]
            .iter()
            .position(|t| !lexicon.time_leads().contains_token(t))
        {
            debug_assert!(
                (i..=i + other).all(|j| used[j] || parser.at(j).is_none()),
                "an expression in {i}..={} through {}",
                i + other,
                tokens[i + other].text
            );
            i += other + 1;
            continue;
        }
        // Most tokens cannot begin a time expression: skip them without
        // trying every pattern (checked against the full parse in debug
        // builds).
        if !may_begin(&tokens[i], ahead.peek() == Some(&i), lexicon) {
            debug_assert!(
                parser.at(i).is_none(),
                "an expression at {i} without an anchor"
            );
            i += 1;
            continue;
        }
        // A number other than a year is a count or a day, with its unit or
        // its month at most `FIGURE_TAIL` tokens on: most numbers tried are
        // counts of people or things, with the nearest anchor further.
        let t = &tokens[i];
        if t.is_number()
            && !(t.is_plain_integer() && t.text.len() == 4)
            && ahead.peek().is_some_and(|&a| a > i + FIGURE_TAIL)
            && !lexicon.starts_hedge_or_vague(t)
        {
            debug_assert!(
                parser.at(i).is_none(),
                "an expression at the number {i} with no anchor {FIGURE_TAIL} tokens on"
            );
            i += 1;
            continue;
        }
        match parser.at(i) {
            Some((mention, end)) if end > i && (i..end).all(|j| !used[j]) => {
                used[i..end].iter_mut().for_each(|u| *u = true);
                out.push(mention);
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}
