//! The context a sentence is read in (`At`): where it stands in its
//! article, the article's dates, and what the sentences before it passed on.

use chrono::NaiveDate;

use super::outcome::Topic;
use crate::text::Span;

/// The context a sentence is read in.
pub struct At<'a> {
    pub article: usize,
    pub sentence: usize,
    pub claim: Option<usize>,
    /// The reference date, if the article has one (else relative times are
    /// read against `stand_in` and widened).
    pub reference: Option<NaiveDate>,
    pub stand_in: NaiveDate,
    /// The article's date as its dateline states it: a time equal to it at
    /// the head of the article is the dateline, not a claim.
    pub dateline: Option<NaiveDate>,
    /// The last person named with an age or birth before this sentence.
    pub last_person: Option<&'a str>,
    /// In an article with no reference date, the year its last date with a
    /// year gave: a date written without one after it is of that year.
    pub known_year: Option<i32>,
    /// The full names of the persons met before: a surname alone is theirs.
    pub known_names: &'a [String],
    /// The last mention before this sentence that carries a time (global
    /// index), for "a day later".
    pub last_timed: Option<usize>,
    /// The global index the sentence's first mention will get.
    pub first_mention: usize,
    /// The event the sentence before spoke of first, for a pronoun that
    /// opens this one ("They are due to expire on Aug. 31").
    pub topic: Option<&'a Topic>,
    /// The spans of the sentence's cues of saying ("said", "announced"): a
    /// time nearer a cue than an event is the statement's.
    pub cues: &'a [Span],
    /// The article's text, to see where its lines end.
    pub text: &'a str,
}

impl At<'_> {
    pub(super) fn text_between_has_newline(&self, from: usize, to: usize) -> bool {
        self.text.get(from..to).is_some_and(|x| x.contains('\n'))
    }
}
