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

use chrono::{Datelike, Duration as Days, NaiveDate, Weekday};

use super::lexicon::{Bound, Lexicon};
use super::numbers;
use super::{DurationDays, TimeExpr, TimeKind};
use crate::calendar;
use crate::lexicon::time_words::PREPOSITIONS;
use crate::text::tokens::Token;

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
    find_near(tokens, used, lexicon, reference, &anchors, &figures)
}

/// Whether a count's first figure may stand at token `k`: a number, a
/// number word, a scale word ("a dozen", "half a million") or the first word
/// of a vague amount, as `super::Held` marks its figures (which may mark
/// more).
fn may_be_figure(tokens: &[Token], k: usize, lexicon: &Lexicon) -> bool {
    let t = &tokens[k];
    t.is_number()
        || numbers::number_word(t).is_some()
        || numbers::SCALE_AFTER_A
            .iter()
            .any(|w| t.text.eq_ignore_ascii_case(w))
        || lexicon.vague_at(tokens, k).is_some()
}

/// As `find`, given the tokens that are anchors (`is_anchor`) and the
/// tokens a count may begin its figure at (`may_be_figure`, or more), in
/// order: only the tokens within `anchor_reach` before an anchor and
/// within `plain_lead` before an anchor or a figure (`hedged_lead` for a
/// token a hedge begins at) are tried.
pub(crate) fn find_near(
    tokens: &[Token],
    used: &mut [bool],
    lexicon: &Lexicon,
    reference: Option<NaiveDate>,
    anchors: &[usize],
    figures: &[usize],
) -> Vec<TimeExpr> {
    debug_assert!((0..tokens.len()).all(|k| is_anchor(&tokens[k]) == anchors.contains(&k)));
    debug_assert!(
        (0..tokens.len()).all(|k| !may_be_figure(tokens, k, lexicon) || figures.contains(&k))
    );
    let parser = Parser {
        tokens,
        lexicon,
        reference,
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
            Some((expr, end)) if end > i && (i..end).all(|j| !used[j]) => {
                used[i..end].iter_mut().for_each(|u| *u = true);
                if let Some(expr) = expr {
                    out.push(expr);
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// How many tokens an expression may run before its first anchor: up to
/// four words of prefix ("since early last"), two hedges of the lexicon's
/// longest and an article ("more than a week"), or a preposition, "the", a
/// relative word and a vague amount before the unit ("in the past few
/// weeks").
fn anchor_reach(lexicon: &Lexicon) -> usize {
    (3 + 2 * lexicon.longest_hedge()).max(4 + lexicon.longest_vague())
}

/// The most words of a prefix (`Parser::prefix`: "since early last").
const PREFIX_MOST: usize = 4;

/// The most tokens from a number in digits other than a year to the
/// anchor of its expression: a scale word before a unit ("5 million
/// years"), a hyphen ("48-hour"), an ordinal's ending and "of" before a
/// month ("19th of February").
const FIGURE_TAIL: usize = 3;

/// The most hedges before a duration (`Parser::duration`: "well over a
/// week" is one, "at least more than" two).
const HEDGES_MOST: usize = 2;

/// The most tokens a count (`Parser::count_at`) runs before its first
/// figure (a number, a number word, a scale word or a vague amount, as
/// `may_be_figure` reads them) or its unit: "half a" before "dozen"; "a",
/// "an", "few" and "for" stand one before a unit.
const COUNT_LEAD: usize = 2;

/// The most tokens an expression without a hedge runs before its first
/// anchor or figure: a prefix and "the" before a day ("since early last
/// the 19th" would be read), or an opener, "the" and a relative word before
/// a count ("in the past half a dozen weeks"). Every other pattern
/// reaches one sooner: "the day before yesterday", "earlier this week",
/// "two days ago", "a week", the year of an ISO date.
const PLAIN_LEAD: usize = {
    let day = PREFIX_MOST + 1;
    let period = 3 + COUNT_LEAD;
    if day > period {
        day
    } else {
        period
    }
};

/// The most tokens a duration opening with hedges runs before its first
/// anchor or figure: `HEDGES_MOST` of the lexicon's longest, then a count
/// ("more than half a dozen days").
fn hedged_lead(lexicon: &Lexicon) -> usize {
    HEDGES_MOST * lexicon.longest_hedge() + COUNT_LEAD
}

/// Words that are no number but can carry a time expression: units (as
/// `any_unit` and `calendar_unit` read them), months and weekdays (as
/// `calendar` reads them: `NAME_WORDS` and `SHORT_WEEKDAYS`), and the
/// `DEICTIC_WORDS` ("yesterday", "this morning"). One keyed lookup at every
/// token, where calling those four readers costs as much as a fifth of the
/// time parser; a test holds the lists to them.
pub(super) const UNIT_WORDS: &[&str] = &[
    "minute",
    "minutes",
    "min",
    "mins",
    "hour",
    "hours",
    "hr",
    "hrs",
    "day",
    "days",
    "night",
    "nights",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "weekend",
];

/// The names of months and weekdays that anchor a time expression as a
/// word of their own, where they are capitalised: the parser reads a
/// month or a weekday only with a capital ("may" and "march" are verbs),
/// and a weekday only of four letters or more ("Sun" is a newspaper).
pub(super) const NAME_WORDS: &[&str] = &[
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sep",
    "sept",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
    "monday",
    "tuesday",
    "tues",
    "wednesday",
    "thursday",
    "thur",
    "thurs",
    "friday",
    "saturday",
    "sunday",
];

/// The weekdays of three letters: a part of a word ("Sun.", "Wed-Fri") may
/// be one, but no word of its own is read as one.
pub(super) const SHORT_WEEKDAYS: &[&str] = &["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// The deictic anchor words: the rest of the anchors are the parser's units,
/// months and weekdays.
pub(super) const DEICTIC_WORDS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "overnight",
    "morning",
    "afternoon",
    "evening",
];

/// Whether a token anchors a time expression: every pattern of `Parser`
/// holds a unit, a month or weekday, a deictic word or a year of four
/// digits (the other numbers and the number words count only with a unit
/// or a month: "two days", "February 19"), written alone or as a part of a
/// word joined by a hyphen, an apostrophe or a point ("mid-February",
/// "week-long", "two-day", "Tuesday's", "mid-2018").
pub(super) fn is_anchor(t: &Token) -> bool {
    if t.is_number() {
        return t.is_plain_integer() && t.text.len() == 4;
    }
    t.is_word()
        && (crate::word_set!(&[UNIT_WORDS, DEICTIC_WORDS].concat()).contains_token(t)
            || t.is_capitalized() && crate::word_set!(NAME_WORDS).contains_token(t)
            || has_anchor_part(t))
}

/// Every anchor word, for the parts of a joined word ("mid-may", "Sun.").
fn anchor_words() -> &'static crate::text::words::WordSet {
    crate::word_set!(&[UNIT_WORDS, NAME_WORDS, SHORT_WEEKDAYS, DEICTIC_WORDS].concat())
}

/// Whether a word joined by hyphens, apostrophes or points has a part that
/// is an anchor: a unit, a month, a weekday, a deictic word or a year of
/// four digits. ("Syria's", "self-proclaimed", "COVID-19" and "U.S." have
/// none, and the words around them are then no time expression's
/// beginning.)
#[inline]
pub(super) fn has_anchor_part(t: &Token) -> bool {
    debug_assert_eq!(
        t.inner_mark,
        t.text.contains(['-', '\'', '’', '.']) && t.is_word()
    );
    if !t.inner_mark {
        return false;
    }
    // The parts between the marks, found byte by byte: a split at a set of
    // characters with '’' among them decodes every character first.
    let text = t.text;
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut k = 0;
    while k < bytes.len() {
        let mark = match bytes[k] {
            b'-' | b'\'' | b'.' => 1,
            // '’' (U+2019)
            0xE2 if bytes[k + 1..].starts_with(&[0x80, 0x99]) => 3,
            _ => 0,
        };
        if mark == 0 {
            k += 1;
            continue;
        }
        if is_anchor_part(&text[start..k]) {
            return true;
        }
        k += mark;
        start = k;
    }
    is_anchor_part(&text[start..])
}

/// Whether a part of a joined word is an anchor: a year of four digits or
/// an anchor word.
fn is_anchor_part(part: &str) -> bool {
    // Most parts are a possessive's "s" or longer than any anchor word:
    // their length turns them away before a key is made.
    part.len() == 4 && part.bytes().all(|b| b.is_ascii_digit())
        || (ANCHOR_SHORTEST..=ANCHOR_LONGEST).contains(&part.len()) && anchor_words().contains(part)
}

/// The shortest and the longest anchor word (`anchor_words`), in bytes.
const ANCHOR_SHORTEST: usize = word_length(false);
const ANCHOR_LONGEST: usize = word_length(true);

const fn word_length(longest: bool) -> usize {
    let lists = [UNIT_WORDS, NAME_WORDS, SHORT_WEEKDAYS, DEICTIC_WORDS];
    let mut best = if longest { 0 } else { usize::MAX };
    let mut l = 0;
    while l < lists.len() {
        let mut w = 0;
        while w < lists[l].len() {
            let len = lists[l][w].len();
            if longest && len > best || !longest && len < best {
                best = len;
            }
            w += 1;
        }
        l += 1;
    }
    best
}

/// Words that begin a time expression without being its anchor: the
/// prepositions, parts and relative words of a prefix ("since early last
/// week"), the openers of relative periods ("in the past few weeks") and of
/// counts ("a week ago", "few days").
const STARTERS: &[&str] = &[
    "since", "early", "late", "mid", "last", "next", "this", "coming", "over", "for", "within",
    "the", "earlier", "later", "past", "recent", "a", "an", "few",
];

/// Whether a time expression may begin at a token an anchor comes within
/// `anchor_reach` of: the token is an anchor, a number or number word, a
/// starter or the first word of a hedge or a vague amount.
#[inline]
fn may_begin(t: &Token, anchor: bool, lexicon: &Lexicon) -> bool {
    anchor
        || t.is_number()
        || crate::word_set!(STARTERS).contains_token(t)
        || crate::word_set!(PREPOSITIONS).contains_token(t)
        || lexicon.starts_hedge_or_vague(t)
        || numbers::number_word(t).is_some()
}

/// Whether a count (`Parser::count_at`: "a", "an", "few", a vague amount
/// or a number) or a duration (`Parser::duration`: also a hedge, "for" or a
/// hyphenated word such as "three-day") may begin at a token.
fn may_begin_count(t: &Token, lexicon: &Lexicon) -> bool {
    t.is_number()
        || t.inner_mark
        || lexicon.starts_hedge_or_vague(t)
        || t.is_any(&["a", "an", "few", "half", "for"])
        || numbers::number_word(t).is_some()
}

/// The tense of a clause, as far as its markers tell.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tense {
    Past,
    Future,
    Unknown,
}

/// Words that end the clause whose tense a time expression takes.
const CLAUSE_BREAKS: &[&str] = &[
    "that", "said", "says", "told", "added", "but", ";", ":", "while", "after", "before", "since",
    "when",
];

/// Words that put a clause in the future.
const FUTURE_WORDS: &[&str] = &["will", "shall", "won't", "upcoming", "tomorrow"];

/// Words that put a clause in the future before "to" ("is expected to").
const FUTURE_BEFORE_TO: &[&str] = &[
    "expected",
    "due",
    "set",
    "scheduled",
    "planning",
    "plans",
    "plan",
    "poised",
    "going",
    "slated",
];

/// Words that put a clause in the past.
const PAST_WORDS: &[&str] = &[
    "was", "were", "had", "did", "came", "went", "began", "took", "left", "met", "fled", "fell",
    "held", "saw", "made", "ago",
];

/// Words in "-ed" that are no past forms ("several hundred people").
const NOT_PAST: &[&str] = &[
    "hundred", "indeed", "proceed", "succeed", "exceed", "speed", "breed", "greed", "creed",
    "bleed", "naked", "sacred", "wicked", "kindred", "embed",
];

/// Words before a weekday that make it a name or a recurring day, not a date.
const NOT_A_DAY: &[&str] = &[
    "good", "easter", "palm", "black", "cyber", "super", "ash", "holy", "bloody", "maundy",
    "shrove", "fat", "whit", "trinity", "giving", "first", "second", "third", "fourth", "fifth",
    "final", "every", "each",
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    Whole,
    Early,
    Mid,
    Late,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Rel {
    None,
    Last,
    Next,
    This,
}

/// Words before the head of a time expression.
#[derive(Debug, Clone, Copy)]
struct Prefix {
    len: usize,
    since: bool,
    part: Part,
    rel: Rel,
}

/// What an expression resolves to before it becomes a `TimeExpr`.
enum Value {
    Day(Option<NaiveDate>),
    Range(Option<NaiveDate>, Option<NaiveDate>),
    Duration(DurationDays),
}

/// A count before a unit, `[low, high]`, and the token after it.
type Count = ((f64, f64), usize);

struct Parser<'t, 'a> {
    tokens: &'t [Token<'a>],
    lexicon: &'t Lexicon,
    reference: Option<NaiveDate>,
}

impl<'t, 'a> Parser<'t, 'a> {
    fn tok(&self, i: usize) -> Option<&Token<'a>> {
        self.tokens.get(i)
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.tok(i).is_some_and(|t| t.is(word))
    }

    /// An expression starting at `i`: the expression (None for a clock time,
    /// which is consumed but not reported) and the end token.
    fn at(&self, i: usize) -> Option<(Option<TimeExpr>, usize)> {
        self.at_screened(i, true)
    }

    /// `at`, with the readers a token cannot begin passed over when
    /// `screened` (tests hold the two alike).
    fn at_screened(&self, i: usize, screened: bool) -> Option<(Option<TimeExpr>, usize)> {
        let t = self.tok(i)?;
        // Most tokens tried ("the", "of", "by") begin no count and no
        // duration, whose readers cost the most of a token that begins
        // nothing.
        let counted = !screened || may_begin_count(t, self.lexicon);
        // "the" begins "the day before yesterday", "the past week", "the
        // earlier this month", "the 19th of February" and "the 1990s".
        if screened
            && !counted
            && t.is("the")
            && !self.tok(i + 1).is_some_and(|n| {
                n.is_number()
                    || n.is_any(&[
                        "day", "past", "last", "this", "next", "coming", "recent", "earlier",
                        "later",
                    ])
            })
        {
            return None;
        }
        let (value, end, relative) = self
            .iso_date(i)
            .map(|(v, e)| (v, e, false))
            .or_else(|| self.deictic(i))
            .or_else(|| self.relative_period(i))
            .or_else(|| {
                // "two days ago" and "two days" both begin with a count:
                // read once for both.
                let count = if counted { self.count_at(i) } else { None };
                self.ago(count).or_else(|| self.anchored(i)).or_else(|| {
                    counted
                        .then(|| self.duration(i, count).map(|(v, e)| (v, e, false)))
                        .flatten()
                })
            })?;
        let span = self.tokens[i].span.cover(self.tokens[end - 1].span);
        // The weekday written beside a date: looked for only in a day with
        // a number in it.
        let weekday = || {
            let tokens = &self.tokens[i..end];
            if !tokens.iter().any(|t| t.is_number()) {
                return None;
            }
            tokens.iter().find_map(|t| {
                (t.is_capitalized() && t.text.len() > 3)
                    .then(|| calendar::weekday(t.text))
                    .flatten()
            })
        };
        let expr = match value {
            Value::Day(date) => TimeExpr {
                span,
                kind: TimeKind::Date,
                start: date,
                end: date,
                duration: None,
                weekday: weekday(),
                relative,
            },
            Value::Range(start, end_date) => TimeExpr {
                span,
                kind: TimeKind::Period,
                start,
                end: end_date,
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
        };
        Some((Some(expr), end))
    }

    // ---- absolute dates -------------------------------------------------

    /// 2019-02-19
    fn iso_date(&self, i: usize) -> Option<(Value, usize)> {
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
        Some((Value::Day(date), i + 5))
    }

    /// A prefix, then a weekday, a month, a day and month, or a year.
    fn anchored(&self, i: usize) -> Option<(Value, usize, bool)> {
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
    ) -> Option<(Value, usize, bool)> {
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
                    .filter(|(v, _, _)| matches!(v, Value::Day(_)))
            } else if t.is_plain_integer() {
                self.day_month(j, j, plain)
            } else {
                None
            };
            if let Some((value, e, _)) = dated {
                let value = if prefix.since {
                    self.since(value)
                } else {
                    value
                };
                return Some((value, e, false));
            }
        }
        let date = self
            .reference
            .map(|r| resolve_weekday(r, day, prefix.rel, self.tense(i, end) == Tense::Future));
        let value = if prefix.since {
            self.since(Value::Day(date))
        } else {
            Value::Day(date)
        };
        Some((value, end, true))
    }

    /// A month name at `h`, optionally with a day and a year after it.
    fn month(
        &self,
        i: usize,
        h: usize,
        month: u32,
        prefix: Prefix,
        mut end: usize,
    ) -> Option<(Value, usize, bool)> {
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
            let year = year
                .or_else(|| self.infer_year(month, Some(day), self.clause_tense(i, end, prefix)));
            let date = year.and_then(|y| NaiveDate::from_ymd_opt(y, month, day));
            let value = if prefix.since {
                self.since(Value::Day(date))
            } else {
                Value::Day(date)
            };
            return Some((value, end, false));
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
        let year = match (year, prefix.rel, self.reference) {
            (Some(y), _, _) => Some(y),
            (None, Rel::Last, Some(r)) => Some(if month < r.month() {
                r.year()
            } else {
                r.year() - 1
            }),
            (None, Rel::Next, Some(r)) => Some(if month > r.month() {
                r.year()
            } else {
                r.year() + 1
            }),
            (None, Rel::This, Some(r)) => Some(r.year()),
            (None, _, _) => self.infer_year(month, None, self.clause_tense(i, end, prefix)),
        };
        let range = year.and_then(|y| {
            let first = NaiveDate::from_ymd_opt(y, month, 1)?;
            let last = calendar::month_end(y, month)?;
            Some(month_parts(first, last, prefix.part))
        });
        let value = match range {
            Some((s, e)) => Value::Range(Some(s), Some(e)),
            None => Value::Range(None, None),
        };
        let value = if prefix.since {
            self.since(value)
        } else {
            value
        };
        Some((value, end, relative))
    }

    /// "19 February", "19th of February 2019" starting with the day at `h`.
    fn day_month(&self, i: usize, h: usize, prefix: Prefix) -> Option<(Value, usize, bool)> {
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
        let year =
            year.or_else(|| self.infer_year(m, Some(day), self.clause_tense(i, end, prefix)));
        let date = year.and_then(|y| NaiveDate::from_ymd_opt(y, m, day));
        let value = if prefix.since {
            self.since(Value::Day(date))
        } else {
            Value::Day(date)
        };
        Some((value, end, false))
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
    fn year(&self, i: usize, h: usize, prefix: Prefix) -> Option<(Value, usize, bool)> {
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
        let next_is_count = self.tok(h + 1).is_some_and(super::quantity::is_plural_noun);
        if prefix.len == 0 && next_is_count {
            return None;
        }
        let first = NaiveDate::from_ymd_opt(year, 1, 1)?;
        let last = NaiveDate::from_ymd_opt(year, 12, 31)?;
        let (s, e) = year_parts(first, last, prefix.part);
        let value = if prefix.since {
            self.since(Value::Range(Some(s), Some(e)))
        } else {
            Value::Range(Some(s), Some(e))
        };
        let _ = i;
        Some((value, end, false))
    }

    /// "the 1990s" with the year token at `h`.
    fn decade(&self, h: usize, prefix: Prefix) -> Option<(Value, usize, bool)> {
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
        let value = Value::Range(Some(first), Some(last));
        let value = if prefix.since {
            self.since(value)
        } else {
            value
        };
        Some((value, h + 2, false))
    }

    /// "since X": from the start of X to the reference date.
    fn since(&self, value: Value) -> Value {
        let start = match value {
            Value::Day(d) => d,
            Value::Range(s, _) => s,
            other => return other,
        };
        // A start after the reference date leaves the end open rather than inverted.
        let end = self.reference.filter(|r| start.is_none_or(|s| s <= *r));
        Value::Range(start, end)
    }

    /// The tense that picks a year: "since X" always looks back.
    fn clause_tense(&self, i: usize, end: usize, prefix: Prefix) -> Tense {
        if prefix.since {
            Tense::Past
        } else {
            self.tense(i, end)
        }
    }

    /// The year that puts a month (and day) nearest the reference date, on
    /// the side the clause's tense points to.
    fn infer_year(&self, month: u32, day: Option<u32>, tense: Tense) -> Option<i32> {
        let r = self.reference?;
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

    // ---- relative expressions -------------------------------------------

    /// yesterday, today, tonight, tomorrow, overnight, last night, this morning.
    fn deictic(&self, i: usize) -> Option<(Value, usize, bool)> {
        let t = self.tok(i)?;
        let r = self.reference;
        let shift = |d: i64| Value::Day(r.map(|r| r + Days::days(d)));
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
            return Some((Value::Range(r.map(|r| r - Days::days(1)), r), i + 1, true));
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
    fn relative_period(&self, i: usize) -> Option<(Value, usize, bool)> {
        let r = self.reference;
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
                let value = match r {
                    None => Value::Range(None, None),
                    Some(r) => {
                        let (s, e) = if word.is("coming") {
                            (r, r + Days::days(unit_days(unit).1 as i64))
                        } else {
                            let offset = if word.is("last") {
                                -1
                            } else if word.is("next") {
                                1
                            } else {
                                0
                            };
                            calendar_period(r, unit, offset)?
                        };
                        match lead {
                            Some(true) => (s, r.min(e)),
                            Some(false) => (r.max(s), e),
                            None => (s, e),
                        }
                        .into()
                    }
                };
                // "the past week" is the rolling week, but "the last week" in a
                // phrase like "in the last week" reads the same way.
                let value = if the_past && word.is("last") && unit != Unit::Weekend {
                    rolling(r, 1.0, unit)
                } else {
                    value
                };
                return Some((value, j + 2, true));
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
        let value = if ahead {
            match r {
                Some(r) => {
                    let end = shifted(r, (unit_count * unit_days(unit).1).ceil());
                    Value::Range(end.map(|_| r), end)
                }
                None => Value::Range(None, None),
            }
        } else {
            rolling(r, unit_count, unit)
        };
        Some((value, k + 1, true))
    }

    /// "two days ago", "a week ago", "four years ago", "a few weeks ago", "a week from now".
    /// `count` is `count_at` where the expression begins.
    fn ago(&self, count: Option<Count>) -> Option<(Value, usize, bool)> {
        let (count, k) = count?;
        let unit = self.tok(k).and_then(|t| any_unit(t.text))?;
        // "a week from now" looks ahead by the same amount.
        let ahead = self.is(k + 1, "from") && self.is(k + 2, "now");
        if !self.is(k + 1, "ago") && !ahead {
            return None;
        }
        let end = if ahead { k + 3 } else { k + 2 };
        let Some(r) = self.reference else {
            return Some((Value::Range(None, None), end, true));
        };
        let (lo, hi) = count;
        let (min_days, max_days) = unit_days(unit);
        if ahead {
            let (Some(first), Some(last)) = (
                shifted(r, (lo * min_days).floor()),
                shifted(r, (hi * max_days).ceil()),
            ) else {
                return Some((Value::Range(None, None), end, true));
            };
            let value = if first == last {
                Value::Day(Some(first))
            } else {
                Value::Range(Some(first), Some(last))
            };
            return Some((value, end, true));
        }
        let tolerance = match unit {
            Unit::Minute | Unit::Hour | Unit::Day | Unit::Night => 0,
            Unit::Week | Unit::Weekend | Unit::Fortnight => 3,
            Unit::Month => 15,
            Unit::Year => 182,
            Unit::Decade => 1826,
        };
        let (Some(earliest), Some(latest)) = (
            shifted(r, -((hi * max_days).round() + tolerance as f64)),
            shifted(r, -((lo * min_days).floor() - tolerance as f64)),
        ) else {
            return Some((Value::Range(None, None), end, true));
        };
        let latest = latest.min(r);
        if earliest == latest {
            return Some((Value::Day(Some(earliest)), end, true));
        }
        Some((Value::Range(Some(earliest), Some(latest)), end, true))
    }

    /// A count before a unit: a number, "a"/"an", or a vague amount; as `[low, high]`.
    fn count_at(&self, i: usize) -> Option<Count> {
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

    // ---- durations ------------------------------------------------------

    /// "[hedge] N units", "a week-long", "48-hour", "for months".
    /// `count` is `count_at(i)`.
    fn duration(&self, i: usize, count: Option<Count>) -> Option<(Value, usize)> {
        let mut k = i;
        let mut hedges = Vec::new();
        while let Some((h, len)) = self.lexicon.hedge_at(self.tokens, k) {
            hedges.push(h);
            k += len;
            if hedges.len() == HEDGES_MOST {
                break;
            }
        }
        // "for days / weeks / months / years": a vague stretch.
        if hedges.is_empty() && self.is(k, "for") {
            if let Some(unit) = self
                .tok(k + 1)
                .filter(|t| t.text.ends_with('s'))
                .and_then(|t| any_unit(t.text))
            {
                if !self.tok(k + 2).is_some_and(|t| {
                    t.is_any(&["ago", "old", "later", "earlier", "before", "after"])
                }) {
                    let (min, max) = match unit {
                        Unit::Minute => (2.0 / 1440.0, 1.0 / 24.0),
                        Unit::Hour => (2.0 / 24.0, 1.0),
                        Unit::Day | Unit::Night => (2.0, 13.0),
                        Unit::Week => (14.0, 59.0),
                        Unit::Month => (60.0, 729.0),
                        _ => (730.0, 36500.0),
                    };
                    return Some((Value::Duration(DurationDays::between(min, max)), k + 2));
                }
            }
        }
        // Hyphenated adjectives: "three-day", "48-hour", "week-long".
        if let Some(t) = self.tok(k) {
            if t.is_word() {
                if let Some((first, second)) = t.text.split_once('-') {
                    let n = numbers::small_number_word(first);
                    if let (Some(n), Some(unit)) = (n, any_unit(second)) {
                        return Some((self.hedged(n, n, unit, &hedges), k + 1));
                    }
                    if second.eq_ignore_ascii_case("long") {
                        if let Some(unit) = any_unit(first) {
                            return Some((self.hedged(1.0, 1.0, unit, &hedges), k + 1));
                        }
                    }
                }
            }
            if t.is_number() && self.tok(k + 1).is_some_and(|d| d.joined && d.text == "-") {
                if let Some(unit) = self
                    .tok(k + 2)
                    .filter(|u| u.joined)
                    .and_then(|u| any_unit(u.text))
                {
                    let n = numbers::value_of(t)?;
                    return Some((self.hedged(n, n, unit, &hedges), k + 3));
                }
            }
        }
        let ((lo, hi), u) = if k == i { count } else { self.count_at(k) }?;
        let unit = self.tok(u).and_then(|t| any_unit(t.text))?;
        if self.tok(u + 1).is_some_and(|t| t.is_any(&["ago", "old"])) {
            return None;
        }
        // "a week" is a duration only with a hedge or after "for"/"lasted" etc.;
        // "a day" in "twice a day" is a rate, left alone.
        if self.is(k, "a")
            && hedges.is_empty()
            && k > 0
            && self.tokens[k - 1].is_any(&["once", "twice", "times", "per"])
        {
            return None;
        }
        Some((self.hedged(lo, hi, unit, &hedges), u + 1))
    }

    fn hedged(&self, lo: f64, hi: f64, unit: Unit, hedges: &[&super::lexicon::Hedge]) -> Value {
        let (umin, umax) = unit_days(unit);
        let mut d = DurationDays::between(lo * umin, hi * umax);
        if let Some(h) = hedges.last() {
            match h.bound {
                Bound::Above => {
                    d = DurationDays {
                        min: Some(hi * umax),
                        max: None,
                        min_exclusive: true,
                        max_exclusive: false,
                    };
                    // "more than a month" is more than the shortest month too; take the longer reading.
                }
                Bound::AtLeast => d.max = None,
                Bound::Below => {
                    d = DurationDays {
                        min: Some(0.0),
                        max: Some(lo * umin),
                        min_exclusive: false,
                        max_exclusive: true,
                    }
                }
                Bound::AtMost => d.min = Some(0.0),
                Bound::Around => {
                    d.min = d.min.map(|m| m * (1.0 - h.margin));
                    d.max = d.max.map(|m| m * (1.0 + h.margin));
                }
                Bound::Nearly => {
                    d = DurationDays {
                        min: Some(lo * umin * (1.0 - h.margin)),
                        max: Some(hi * umax),
                        min_exclusive: false,
                        max_exclusive: true,
                    };
                }
                Bound::Exactly => {}
            }
        }
        Value::Duration(d)
    }

    /// The tense of the clause around tokens `[i, end)`, read from markers
    /// between the nearest clause breaks ("that", "said", ";"): a future
    /// marker ("will", "is expected to") wins over a past one ("was", "-ed").
    fn tense(&self, i: usize, end: usize) -> Tense {
        // Each list is looked up by key, not compared word by word: the
        // window reaches from clause break to clause break.
        let is_break = |t: &Token| crate::word_set!(CLAUSE_BREAKS).contains_token(t);
        let future = |j: usize| -> bool {
            let t = &self.tokens[j];
            crate::word_set!(FUTURE_WORDS).contains_token(t)
                || t.text.ends_with("'ll")
                || t.text.ends_with("’ll")
                || (crate::word_set!(FUTURE_BEFORE_TO).contains_token(t)
                    && (self.is(j + 1, "to")
                        // "is set for Friday", "are scheduled for May 3".
                        || self.is(j + 1, "for")
                            && j > 0
                            && (self.is(j - 1, "is") || self.is(j - 1, "are"))))
        };
        let past = |j: usize| -> bool {
            let t = &self.tokens[j];
            crate::word_set!(PAST_WORDS).contains_token(t)
                || (t.is_word()
                    && t.text.len() > 4
                    && t.text.ends_with("ed")
                    && !t.is_capitalized()
                    && !crate::word_set!(NOT_PAST).contains_token(t))
        };
        // The window: from the break before `i` to the break after `end`,
        // the expression left out.
        let first = (0..i)
            .rev()
            .find(|&j| is_break(&self.tokens[j]))
            .map_or(0, |j| j + 1);
        let last = (end..self.tokens.len())
            .find(|&j| is_break(&self.tokens[j]))
            .unwrap_or(self.tokens.len());
        let window = || (first..i).chain(end..last);
        if window().any(future) {
            Tense::Future
        } else if window().any(past) {
            Tense::Past
        } else {
            Tense::Unknown
        }
    }
}

impl From<(NaiveDate, NaiveDate)> for Value {
    fn from((s, e): (NaiveDate, NaiveDate)) -> Value {
        Value::Range(Some(s), Some(e))
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Minute,
    Hour,
    Day,
    Night,
    Week,
    Weekend,
    Fortnight,
    Month,
    Year,
    Decade,
}

/// A unit word, singular or plural.
fn any_unit(word: &str) -> Option<Unit> {
    // Lower-cased in a stack buffer: no unit is longer than it.
    let mut buf = [0u8; 16];
    let w = crate::text::keys::ascii_lower_short(word, &mut buf)?;
    let singular = w.strip_suffix(b"s").unwrap_or(w);
    Some(match singular {
        b"minute" | b"min" => Unit::Minute,
        b"hour" | b"hr" => Unit::Hour,
        b"day" => Unit::Day,
        b"night" => Unit::Night,
        b"week" => Unit::Week,
        b"fortnight" => Unit::Fortnight,
        b"month" => Unit::Month,
        b"year" => Unit::Year,
        b"decade" => Unit::Decade,
        _ => return None,
    })
}

/// Units that name a calendar period after last/this/next.
fn calendar_unit(word: &str) -> Option<Unit> {
    let mut buf = [0u8; 16];
    Some(
        match crate::text::keys::ascii_lower_short(word, &mut buf)? {
            b"week" => Unit::Week,
            b"weekend" => Unit::Weekend,
            b"month" => Unit::Month,
            b"year" => Unit::Year,
            b"decade" => Unit::Decade,
            _ => return None,
        },
    )
}

/// Shortest and longest length of a unit in days.
fn unit_days(unit: Unit) -> (f64, f64) {
    match unit {
        Unit::Minute => (1.0 / 1440.0, 1.0 / 1440.0),
        Unit::Hour => (1.0 / 24.0, 1.0 / 24.0),
        Unit::Day | Unit::Night => (1.0, 1.0),
        Unit::Week => (7.0, 7.0),
        Unit::Weekend => (2.0, 2.0),
        Unit::Fortnight => (14.0, 14.0),
        Unit::Month => (28.0, 31.0),
        Unit::Year => (365.0, 366.0),
        Unit::Decade => (3652.0, 3653.0),
    }
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

/// `r` moved by `days`, or None when that leaves the calendar chrono can
/// hold ("the last 150 million weeks").
fn shifted(r: NaiveDate, days: f64) -> Option<NaiveDate> {
    if !days.is_finite() || days.abs() > 3.0e6 {
        return None;
    }
    r.checked_add_signed(Days::try_days(days as i64)?)
}

/// The `count` units up to the reference date.
fn rolling(r: Option<NaiveDate>, count: f64, unit: Unit) -> Value {
    match r.and_then(|r| Some((shifted(r, -(count * unit_days(unit).1).ceil())?, r))) {
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

fn month_parts(first: NaiveDate, last: NaiveDate, part: Part) -> (NaiveDate, NaiveDate) {
    let day = |d: u32| first.with_day(d).unwrap_or(first);
    match part {
        Part::Whole => (first, last),
        Part::Early => (first, day(10)),
        Part::Mid => (day(11), day(20)),
        Part::Late => (day(21), last),
    }
}

fn year_parts(first: NaiveDate, last: NaiveDate, part: Part) -> (NaiveDate, NaiveDate) {
    let y = first.year();
    let date = |m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(first);
    match part {
        Part::Whole => (first, last),
        Part::Early => (first, date(4, 30)),
        Part::Mid => (date(5, 1), date(8, 31)),
        Part::Late => (date(9, 1), last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;
    use crate::text::Span;

    /// A joined word is an anchor by its parts, a number only as a year; the
    /// expressions that begin at or before such words, or at a number before
    /// a unit or a month, are still found, and a possessive name or a
    /// compound with no anchor in it makes no candidate.
    #[test]
    fn anchors_are_units_months_days_and_years() {
        fn anchor(w: &str) -> bool {
            is_anchor(&tokenize(w, Span::new(0, w.len()))[0])
        }
        for w in [
            "mid-February",
            "week-long",
            "two-day",
            "Tuesday's",
            "today’s",
            "mid-2018",
            "year-end",
        ] {
            assert!(anchor(w), "{w}");
        }
        for w in [
            "Syria's",
            "self-proclaimed",
            "U.S",
            "al-Hol",
            "Kurdish-led",
            "Trump’s",
            "COVID-19",
            "twenty-five",
        ] {
            assert!(!anchor(w), "{w}");
        }
        let lexicon = Lexicon::builtin();
        let reference = NaiveDate::from_ymd_opt(2019, 2, 20);
        for (text, found) in [
            (
                "The fighting ended in mid-February, the SDF said.",
                "mid-February",
            ),
            (
                "They began a week-long strike in Syria's north.",
                "week-long",
            ),
            ("Tuesday's vote was close.", "Tuesday's"),
            // Numbers count only with a unit or a month, or as a year.
            ("It rose in 2018, officials said.", "in 2018"),
            ("Prices fell in the 1990s.", "1990s"),
            ("Two days ago the army left.", "Two days ago"),
            ("The vote is on 19 February 2019.", "19 February 2019"),
            ("The vote was on 2019-02-19.", "2019-02-19"),
            ("They waited twenty-five years.", "twenty-five years"),
        ] {
            let tokens = tokenize(text, Span::new(0, text.len()));
            let mut used = vec![false; tokens.len()];
            let times = find(&tokens, &mut used, &lexicon, reference);
            assert!(
                times
                    .iter()
                    .any(|t| text[t.span.start..t.span.end].contains(found)),
                "{text}: {times:?}"
            );
        }
        let text = "The end of Daesh's self-proclaimed caliphate came at the al-Hol camp.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        assert!(!tokens.iter().any(is_anchor), "{text}");
    }

    /// Every anchor word outside `DEICTIC_WORDS` is a unit, a month or a
    /// weekday as the parser reads them, and every unit, month and weekday
    /// form the parser reads is an anchor word.
    #[test]
    fn anchor_words_are_the_parsers_own() {
        let read = |w: &str| {
            any_unit(w).is_some()
                || calendar_unit(w).is_some()
                || calendar::month(w).is_some()
                || calendar::weekday(w).is_some()
        };
        let names = [NAME_WORDS, SHORT_WEEKDAYS].concat();
        for w in UNIT_WORDS.iter().chain(&names) {
            assert!(read(w), "{w} is no unit, month or weekday");
        }
        for w in &names {
            assert!(
                calendar::month(w).is_some() || calendar::weekday(w).is_some(),
                "{w} is no month or weekday"
            );
            assert_eq!(
                SHORT_WEEKDAYS.contains(w),
                calendar::month(w).is_none() && w.len() <= 3,
                "{w}"
            );
        }
        // The other way: each anchor word and its plural, where a reader
        // takes it, is listed.
        let anchors = [UNIT_WORDS, &names, DEICTIC_WORDS].concat();
        for w in &anchors {
            for form in [w.to_string(), format!("{w}s")] {
                if read(&form) {
                    assert!(
                        anchors.contains(&form.as_str()),
                        "{form} is read but no anchor"
                    );
                }
            }
        }
    }

    /// The screened reader (`Parser::at`) reads what the full one does at
    /// every token: the readers it passes over find nothing there.
    #[test]
    fn screened_reading_is_the_full_reading() {
        let builtin = Lexicon::builtin();
        // A lexicon whose hedges and vague amounts begin with "the" and "of".
        let mut own = Lexicon::builtin();
        own.merge(
            toml::from_str(
                "[[hedge]]\nphrases = [\"the better part of\"]\nbound = \"nearly\"\n\
                 [[vague]]\nphrases = [\"the odd\", \"of a few\"]\nlow = 1\nhigh = 3\n",
            )
            .unwrap(),
        );
        for text in [
            "The day before yesterday the army left; the past week was calm.",
            "In the last few weeks, the 19th of February and the 1990s came up.",
            "the earlier this month the later this year the coming weeks the recent days",
            "Of the 300 people, two days ago, a week ago, a few weeks ago, for days.",
            "It lasted more than a week, a three-day strike, a 48-hour curfew, a week-long march.",
            "The better part of a year; the odd day; of a few weeks; the 2019-02-19 vote.",
            "On Tuesday, February 19, by late last year, since early 2018, until mid-March.",
            "The talks, held over the past two months, end in May; the plan of the year.",
            "twenty-five years, half a day, an hour, few days, several weeks, dozens of years ago",
            "the the of of by by in in on on at at from the 5 the day the Day THE past",
        ] {
            let tokens = tokenize(text, Span::new(0, text.len()));
            for lexicon in [&builtin, &own] {
                let parser = Parser {
                    tokens: &tokens,
                    lexicon,
                    reference: NaiveDate::from_ymd_opt(2019, 2, 20),
                };
                for (i, t) in tokens.iter().enumerate() {
                    assert_eq!(
                        parser.at_screened(i, true),
                        parser.at_screened(i, false),
                        "{text} at {}",
                        t.text
                    );
                }
            }
        }
    }

    /// `has_anchor_part` as it was written first: a split at the marks.
    fn has_anchor_part_split(t: &Token) -> bool {
        t.inner_mark
            && t.text.split(['-', '\'', '’', '.']).any(|part| {
                part.len() == 4 && part.bytes().all(|b| b.is_ascii_digit())
                    || anchor_words().contains(part)
            })
    }

    /// A seeded stream of words for hostile sentences (xorshift: the same
    /// sentences at every run).
    struct Words(u64);

    impl Words {
        fn pick<'w>(&mut self, words: &[&'w str]) -> &'w str {
            crate::xorshift(&mut self.0);
            words[(self.0 % words.len() as u64) as usize]
        }
    }

    /// The words hostile sentences are made of: the parser's own, the
    /// lexicon's, numbers, names in either case, marks and fillers. Not
    /// "half": `may_begin` turns it away, though a count may begin with it
    /// ("half a dozen days" is read as "a dozen days"), and the check of
    /// debug builds stops there.
    const VOCABULARY: &[&str] = &[
        "the",
        "The",
        "of",
        "in",
        "on",
        "a",
        "an",
        "A",
        "few",
        "for",
        "since",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "coming",
        "past",
        "recent",
        "earlier",
        "later",
        "over",
        "within",
        "more",
        "than",
        "less",
        "at",
        "least",
        "about",
        "around",
        "nearly",
        "up",
        "to",
        "estimated",
        "be",
        "well",
        "just",
        "some",
        "several",
        "dozens",
        "couple",
        "handful",
        "dozen",
        "hundred",
        "thousand",
        "million",
        "tens",
        "thousands",
        "one",
        "two",
        "Three",
        "twenty-five",
        "ninety",
        "and",
        "3",
        "19",
        "19th",
        "2019",
        "1990",
        "1,000",
        "48",
        "2.5",
        "-",
        "'s",
        ",",
        ".",
        "th",
        "s",
        "day",
        "days",
        "Day",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "hours",
        "night",
        "weekend",
        "fortnight",
        "ago",
        "from",
        "now",
        "yesterday",
        "today",
        "tomorrow",
        "morning",
        "overnight",
        "before",
        "May",
        "may",
        "March",
        "march",
        "Sun",
        "sun",
        "Sat",
        "sat",
        "Wed",
        "Tuesday",
        "tuesday",
        "Tues",
        "Feb",
        "dec",
        "Dec",
        "mid-May",
        "mid-may",
        "week-long",
        "three-day",
        "Sun.",
        "2019-02-19",
        "will",
        "was",
        "said",
        "people",
        "killed",
        "militants",
        "police",
        "by",
        "until",
        "during",
        "lasted",
        "per",
        "twice",
        "every",
        "Good",
        "Friday",
    ];

    /// `has_anchor_part` reads byte by byte what the split read.
    #[test]
    fn anchor_parts_read_byte_by_byte() {
        let mut words = Words(0x9e37_79b9_7f4a_7c15);
        let marks = ["-", "'", "’", ".", "--", "’s", "é", "'’"];
        let mut texts: Vec<String> = [
            "mid-February",
            "week-long",
            "Tuesday's",
            "today’s",
            "mid-2018",
            "year-end",
            "Syria's",
            "self-proclaimed",
            "U.S",
            "al-Hol",
            "COVID-19",
            "twenty-five",
            "Sun.",
            "a-b-c-day",
            "day’",
            "’day",
            "-day-",
            "e’e’2019",
            "2019’s",
            "Wed-Fri",
            "x.y.z",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        for _ in 0..2000 {
            let n = 1 + (words.0 % 3) as usize;
            let mut w = String::new();
            for k in 0..=n {
                if k > 0 {
                    w.push_str(words.pick(&marks));
                }
                w.push_str(words.pick(VOCABULARY));
            }
            texts.push(w);
        }
        for text in &texts {
            for t in tokenize(text, Span::new(0, text.len())) {
                if t.is_word() {
                    assert_eq!(has_anchor_part(&t), has_anchor_part_split(&t), "{}", t.text);
                }
            }
        }
    }

    /// `find` as it read before the leads were bounded: every token within
    /// `anchor_reach` before an anchor (with every month and weekday name
    /// an anchor, in any case) that `may_begin` takes is tried.
    fn find_within_reach(
        tokens: &[Token],
        lexicon: &Lexicon,
        reference: Option<NaiveDate>,
    ) -> Vec<TimeExpr> {
        let anchor = |t: &Token| {
            if t.is_number() {
                t.is_plain_integer() && t.text.len() == 4
            } else {
                t.is_word() && (anchor_words().contains_token(t) || has_anchor_part(t))
            }
        };
        let parser = Parser {
            tokens,
            lexicon,
            reference,
        };
        let reach = anchor_reach(lexicon);
        let mut used = vec![false; tokens.len()];
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let next = (i..tokens.len()).find(|&k| anchor(&tokens[k]));
            if next.is_none_or(|a| a > i + reach) || used[i] {
                i += 1;
                continue;
            }
            if !may_begin(&tokens[i], next == Some(i), lexicon) {
                i += 1;
                continue;
            }
            match parser.at(i) {
                Some((expr, end)) if end > i && (i..end).all(|j| !used[j]) => {
                    used[i..end].iter_mut().for_each(|u| *u = true);
                    out.extend(expr);
                    i = end;
                }
                _ => i += 1,
            }
        }
        out
    }

    /// The bounded leads (`PLAIN_LEAD`, `hedged_lead`) and the names that
    /// anchor only with a capital pass over no expression: `find` reads
    /// what `find_within_reach` reads, in hostile sentences and in seeded
    /// random ones, with the built-in lexicon and with one of longer
    /// hedges and vague amounts.
    #[test]
    fn bounded_leads_lose_no_expression() {
        let builtin = Lexicon::builtin();
        let mut own = Lexicon::builtin();
        own.merge(
            toml::from_str(
                "[[hedge]]\nphrases = [\"the better part of\", \"may be well over\"]\n\
                 bound = \"nearly\"\n\
                 [[vague]]\nphrases = [\"the odd\", \"of a few\", \"a great many\"]\n\
                 low = 1\nhigh = 3\n",
            )
            .unwrap(),
        );
        let mut texts: Vec<String> = [
            "In the past half a dozen weeks, since early last the 19th of February.",
            "More than half a dozen days; at least more than a week; well over two years.",
            "It lasted more than an estimated a dozen days, estimated to be around 300 days.",
            "The talks may march on for days; the sun sat on May 19 and in march 2019.",
            "They will meet on Tues, on Sun, on Sun. and on Wed; in mid-may and in dec.",
            "The better part of a year; may be well over a week; the odd day; a great many weeks.",
            "In the earlier this month the day before yesterday, two days ago, a week from now.",
            "the the of of in in a a more than at least up to about the 5 years later",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        let mut words = Words(0x2545_f491_4f6c_dd1d);
        for _ in 0..3000 {
            let n = 4 + (words.0 % 24) as usize;
            let text: Vec<&str> = (0..n).map(|_| words.pick(VOCABULARY)).collect();
            texts.push(text.join(" "));
        }
        let reference = NaiveDate::from_ymd_opt(2019, 2, 20);
        let mut found = 0;
        for text in &texts {
            let tokens = tokenize(text, Span::new(0, text.len()));
            for lexicon in [&builtin, &own] {
                let mut used = vec![false; tokens.len()];
                let times = find(&tokens, &mut used, lexicon, reference);
                assert_eq!(
                    times,
                    find_within_reach(&tokens, lexicon, reference),
                    "{text}"
                );
                found += times.len();
            }
        }
        // The sentences hold expressions to lose.
        assert!(found > 5000, "{found}");
    }
}
