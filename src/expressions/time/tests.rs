//! Tests of the time expressions as a whole: anchors found in sentences,
//! and the bounded leads of `find_near` against a reading of every token
//! within reach.

use chrono::NaiveDate;

use super::parse::Parser;
use super::screen::{anchor_reach, anchor_words, has_anchor_part, is_anchor, may_begin};
use super::test_words::{Words, VOCABULARY};
use super::{find, find_near, placed_in_text_order, resolve_all};
use crate::expressions::model::TimeExpr;
use crate::lexicon::quantities::Lexicon;
use crate::text::tokens::{tokenize, Token};
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
        placeable: &|reading| reading.placeable(reference),
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
            Some((mention, end)) if end > i && (i..end).all(|j| !used[j]) => {
                used[i..end].iter_mut().for_each(|u| *u = true);
                out.extend(mention.resolve(reference));
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

/// A mention read once places as a second reading against the date would
/// (`PlacedTimes::again`, the timeline's stand-in dates): read without a
/// reference date, the mentions are those read against one, and placed
/// against it they are its times, in hostile sentences and in seeded
/// random ones; in any order, they are placed back in the text's.
#[test]
fn mentions_read_once_place_as_a_second_reading() {
    let lexicon = Lexicon::builtin();
    let mut texts: Vec<String> = [
        "On Tuesday, February 19, by late last year, since early 2018, until mid-March.",
        "In the last few weeks, the 19th of February and the 1990s came up.",
        "Two days ago the army left; last week, earlier this month, the coming weekend.",
        "He will meet them next Friday; they met last Tuesday; the vote is on 19 February.",
        "Since last May, in March, since 2015, a week from now, overnight, the past week.",
        "It lasted more than a week, a three-day strike, for months, since Monday.",
    ]
    .iter()
    .map(|t| t.to_string())
    .collect();
    let mut words = Words(0x5d1f_0c3a_92e4_7b61);
    for _ in 0..1000 {
        let n = 4 + (words.0 % 24) as usize;
        let text: Vec<&str> = (0..n).map(|_| words.pick(VOCABULARY)).collect();
        texts.push(text.join(" "));
    }
    let mut placed = 0;
    for reference in [
        NaiveDate::from_ymd_opt(2001, 1, 10).unwrap(),
        NaiveDate::from_ymd_opt(2019, 2, 20).unwrap(),
    ] {
        for text in &texts {
            let tokens = tokenize(text, Span::new(0, text.len()));
            let anchors: Vec<usize> = (0..tokens.len())
                .filter(|&k| is_anchor(&tokens[k]))
                .collect();
            let every: Vec<usize> = (0..tokens.len()).collect();
            let mut used = vec![false; tokens.len()];
            let mentions = find_near(&tokens, &mut used, &lexicon, None, &anchors, &every);
            let mut again = vec![false; tokens.len()];
            let times = find(&tokens, &mut again, &lexicon, Some(reference));
            assert_eq!(used, again, "{text}");
            assert_eq!(resolve_all(&mentions, Some(reference)), times, "{text}");
            assert_eq!(
                placed_in_text_order(mentions.iter().rev(), reference),
                times,
                "{text}"
            );
            placed += times.len();
        }
    }
    assert!(placed > 1000, "{placed}");
}

/// A calendar period the reference date leaves no room for ("next year"
/// in the last year chrono holds) is no expression: its words are left to
/// the readers after it, as before the reading and the placing were two
/// steps.
#[test]
fn a_period_off_the_calendar_is_no_expression() {
    let lexicon = Lexicon::builtin();
    let text = "They will leave next year, officials said.";
    let tokens = tokenize(text, Span::new(0, text.len()));
    let read = |reference| find(&tokens, &mut vec![false; tokens.len()], &lexicon, reference);
    assert_eq!(read(None).len(), 1);
    assert_eq!(read(NaiveDate::from_ymd_opt(2019, 2, 20)).len(), 1);
    assert!(read(Some(NaiveDate::MAX)).is_empty());
}
