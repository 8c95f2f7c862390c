//! Which tokens may begin a time expression, so that the parser tries few:
//! the anchors every expression holds (units, months, weekdays, deictic
//! words, years), the words that begin one without being its anchor, the
//! tokens a count's figure may stand at, and how far before an anchor or a
//! figure an expression may begin.

use crate::expressions::numbers;
use crate::lexicon::number_words::SCALE_AFTER_A;
use crate::lexicon::quantities::Lexicon;
use crate::lexicon::time_anchors::{DEICTIC_WORDS, NAME_WORDS, SHORT_WEEKDAYS, UNIT_WORDS};
use crate::lexicon::time_words::{PREPOSITIONS, STARTERS};
use crate::text::tokens::Token;

/// Whether a count's first figure may stand at token `k`: a number, a
/// number word, a scale word ("a dozen", "half a million") or the first word
/// of a vague amount, as `expressions::Held` marks its figures (which may mark
/// more).
pub(super) fn may_be_figure(tokens: &[Token], k: usize, lexicon: &Lexicon) -> bool {
    let t = &tokens[k];
    t.is_number()
        || numbers::number_word(t).is_some()
        || SCALE_AFTER_A.iter().any(|w| t.text.eq_ignore_ascii_case(w))
        || lexicon.vague_at(tokens, k).is_some()
}

/// How many tokens an expression may run before its first anchor: up to
/// four words of prefix ("since early last"), two hedges of the lexicon's
/// longest and an article ("more than a week"), or a preposition, "the", a
/// relative word and a vague amount before the unit ("in the past few
/// weeks").
pub(super) fn anchor_reach(lexicon: &Lexicon) -> usize {
    (3 + 2 * lexicon.longest_hedge()).max(4 + lexicon.longest_vague())
}

/// The most words of a prefix (`Parser::prefix`: "since early last").
pub(super) const PREFIX_MOST: usize = 4;

/// The most tokens from a number in digits other than a year to the
/// anchor of its expression: a scale word before a unit ("5 million
/// years"), a hyphen ("48-hour"), an ordinal's ending and "of" before a
/// month ("19th of February").
pub(super) const FIGURE_TAIL: usize = 3;

/// The most hedges before a duration (`Parser::duration`: "well over a
/// week" is one, "at least more than" two).
pub(super) const HEDGES_MOST: usize = 2;

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
pub(super) const PLAIN_LEAD: usize = {
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
pub(super) fn hedged_lead(lexicon: &Lexicon) -> usize {
    HEDGES_MOST * lexicon.longest_hedge() + COUNT_LEAD
}

/// Whether a token anchors a time expression: every pattern of `Parser`
/// holds a unit, a month or weekday, a deictic word or a year of four
/// digits (the other numbers and the number words count only with a unit
/// or a month: "two days", "February 19"), written alone or as a part of a
/// word joined by a hyphen, an apostrophe or a point ("mid-February",
/// "week-long", "two-day", "Tuesday's", "mid-2018").
pub(in crate::expressions) fn is_anchor(t: &Token) -> bool {
    if t.is_number() {
        return t.is_plain_integer() && t.text.len() == 4;
    }
    t.is_word()
        && (crate::word_set!(&[UNIT_WORDS, DEICTIC_WORDS].concat()).contains_token(t)
            || t.is_capitalized() && crate::word_set!(NAME_WORDS).contains_token(t)
            || has_anchor_part(t))
}

/// Every anchor word, for the parts of a joined word ("mid-may", "Sun.").
pub(super) fn anchor_words() -> &'static crate::text::words::WordSet {
    crate::word_set!(&[UNIT_WORDS, NAME_WORDS, SHORT_WEEKDAYS, DEICTIC_WORDS].concat())
}

/// Whether a word joined by hyphens, apostrophes or points has a part that
/// is an anchor: a unit, a month, a weekday, a deictic word or a year of
/// four digits. ("Syria's", "self-proclaimed", "COVID-19" and "U.S." have
/// none, and the words around them are then no time expression's
/// beginning.)
#[inline]
pub(in crate::expressions) fn has_anchor_part(t: &Token) -> bool {
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

/// Whether a time expression may begin at a token an anchor comes within
/// `anchor_reach` of: the token is an anchor, a number or number word, a
/// starter or the first word of a hedge or a vague amount.
#[inline]
pub(super) fn may_begin(t: &Token, anchor: bool, lexicon: &Lexicon) -> bool {
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
pub(super) fn may_begin_count(t: &Token, lexicon: &Lexicon) -> bool {
    t.is_number()
        || t.inner_mark
        || lexicon.starts_hedge_or_vague(t)
        || t.is_any(&["a", "an", "few", "half", "for"])
        || numbers::number_word(t).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar;
    use crate::expressions::time::test_words::{Words, VOCABULARY};
    use crate::expressions::time::units::{any_unit, calendar_unit};
    use crate::text::tokens::tokenize;
    use crate::text::Span;

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

    /// `has_anchor_part` as it was written first: a split at the marks.
    fn has_anchor_part_split(t: &Token) -> bool {
        t.inner_mark
            && t.text.split(['-', '\'', '’', '.']).any(|part| {
                part.len() == 4 && part.bytes().all(|b| b.is_ascii_digit())
                    || anchor_words().contains(part)
            })
    }

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
}
