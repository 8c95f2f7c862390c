//! The time expression parser: what it reads into (a prefix before the
//! head, a `TimeMention`) and its entry point `Parser::at`, which tries
//! every reader at a token. The readers are `impl Parser` blocks of their
//! own files: `dates`, `relative` and `durations`. The parser reads no
//! reference date: it reads what the words say, and `resolve` places it.

use super::mention::{Part, Reading, Rel, TimeMention};
use super::screen::may_begin_count;
use crate::calendar;
use crate::lexicon::quantities::Lexicon;
use crate::text::tokens::Token;

/// Words before the head of a time expression.
#[derive(Debug, Clone, Copy)]
pub(super) struct Prefix {
    pub(super) len: usize,
    pub(super) since: bool,
    pub(super) part: Part,
    pub(super) rel: Rel,
}

impl Prefix {
    /// "since X" reads X from its start on.
    pub(super) fn over(self, reading: Reading) -> Reading {
        if self.since {
            Reading::Since(Box::new(reading))
        } else {
            reading
        }
    }
}

/// A count before a unit, `[low, high]`, and the token after it.
pub(super) type Count = ((f64, f64), usize);

pub(super) struct Parser<'t, 'a> {
    pub(super) tokens: &'t [Token<'a>],
    pub(super) lexicon: &'t Lexicon,
    /// Whether a reading can be placed against the reference date
    /// (`Reading::placeable`): one that cannot is no expression, and the
    /// readers after its reader are tried.
    pub(super) placeable: &'t dyn Fn(&Reading) -> bool,
}

impl<'t, 'a> Parser<'t, 'a> {
    pub(super) fn tok(&self, i: usize) -> Option<&Token<'a>> {
        self.tokens.get(i)
    }

    pub(super) fn is(&self, i: usize, word: &str) -> bool {
        self.tok(i).is_some_and(|t| t.is(word))
    }

    /// An expression starting at `i`, and the token after it.
    pub(super) fn at(&self, i: usize) -> Option<(TimeMention, usize)> {
        self.at_screened(i, true)
    }

    /// `at`, with the readers a token cannot begin passed over when
    /// `screened` (tests hold the two alike).
    pub(super) fn at_screened(&self, i: usize, screened: bool) -> Option<(TimeMention, usize)> {
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
        let (reading, end, relative) = self
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
        let tokens = &self.tokens[i..end];
        // The weekday written beside a date: looked for only in a day with
        // a number in it (and kept only where the mention is one day).
        let weekday = if tokens.iter().any(|t| t.is_number()) {
            tokens.iter().find_map(|t| {
                (t.is_capitalized() && t.text.len() > 3)
                    .then(|| calendar::weekday(t.text))
                    .flatten()
            })
        } else {
            None
        };
        let mention = TimeMention {
            span: tokens[0].span.cover(tokens[end - i - 1].span),
            reading,
            weekday,
            relative,
        };
        Some((mention, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;
    use crate::text::Span;

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
                    placeable: &|_| true,
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
}
