//! Reading a sentence: its times placed among its tokens, then its steps
//! in order: mentions, aspect verbs, modes, dated clauses, ordinal periods,
//! lengths, dates, "the next day", tense and order, ages and births.

use super::at::At;
use super::outcome::Read;
use super::persons::{ages, states_age};
use super::phrases::{next_days, same_day_times};
use super::place::{is_dateline, token_range};
use super::placed::Placed;
use super::reading::Reading;
use super::words::{Class, Mark, Sentence, Words};
use super::{aspect_verbs, dates, lengths, mentions, modes, order, periods};
use crate::expressions::{TimeExpr, TimeKind};

/// Reads a sentence.
pub fn read(words: &Words, s: &Sentence, times: &[TimeExpr], at: &At) -> Read {
    let mut out = Read::default();
    let n = s.len();
    // What each token's key can open (one lookup a token, for every loop
    // below).
    let known = words.keys_of(s.tokens);
    let marks = &known.marks;
    let same_day = same_day_times(s, marks, times);
    let next_days = next_days(s, marks);
    let placed: Vec<Placed> = times
        .iter()
        .chain(&same_day)
        .map(|t| {
            let (from, to) = token_range(s.tokens, t.span);
            Placed { time: t, from, to }
        })
        // "The next day" is the day after the story's last date, read
        // below, not the day after the statement.
        .filter(|p| !next_days.iter().any(|&(a, b, _)| p.from < b && a < p.to))
        // A dateline's date stands before a dash or a bracket, or alone on
        // its line ("LONDON, March 12, 2024 (Reuters) -"); the same date in
        // a sentence ("closed the line on February 4, 2019.") is a claim's.
        .filter(|p| {
            let lone = match s.tokens.get(p.to) {
                None => true,
                Some(next) => {
                    next.is_punct('-')
                        || next.is_punct('—')
                        || next.is_punct('–')
                        || next.is_punct('(')
                        || s.tokens[p.to - 1].span.end < next.span.start
                            && at.text_between_has_newline(
                                s.tokens[p.to - 1].span.end,
                                next.span.start,
                            )
                }
            };
            !(lone && is_dateline(p.time, at))
        })
        .filter(|p| p.from < p.to)
        .collect();
    // A sentence with no word a mention is read from (a family word, an
    // aspect or order verb), no date and no statement with a time has no
    // mention:
    // only its ages and births are read, none of the rest.
    // (A date makes a dated clause's verb an event of its own.)
    let mentionable = (!at.cues.is_empty() && !placed.is_empty())
        || placed
            .iter()
            .any(|p| p.time.kind != TimeKind::Duration && p.time.start.is_some())
        || marks.iter().any(|m| m & Mark::MENTION != 0);
    if !mentionable {
        if states_age(s, marks) {
            ages(s, marks, &placed, at, &mut out);
        }
        return out;
    }
    // Whether each token is in a time.
    let mut timed = vec![false; n];
    for p in &placed {
        for t in &mut timed[p.from..p.to.min(n)] {
            *t = true;
        }
    }
    out.times = placed.iter().map(|p| (p.from, p.to.min(n))).collect();
    // The phrases of every class, by where they open, and the classes open
    // at each token as bits: most tokens open none, and every loop over
    // the tokens below skips those at once.
    let mut classes: Vec<Vec<(Class, usize)>> = Vec::with_capacity(n);
    let mut opens: Vec<u32> = Vec::with_capacity(n);
    for i in 0..n {
        let here = known.classes_at(s, i);
        opens.push(here.iter().fold(0, |bits, (c, _)| bits | c.bit()));
        classes.push(here);
    }
    let again = (0..n).any(|i| marks[i] & Mark::AGAIN != 0 && s.word(i) == "again");
    let r = Reading {
        words,
        s,
        at,
        n,
        marks,
        placed,
        next_days,
        timed,
        classes,
        opens,
        again,
    };

    // ---- mentions: family words, and the nouns aspect verbs are said of.
    let ordered_pairs = mentions::read(&r, &mut out);
    aspect_verbs::read(&r, &mut out);
    if out.mentions.is_empty() && r.placed.is_empty() && !states_age(s, marks) {
        return out;
    }

    modes::read(&r, &mut out);
    // The statement's own time: a date the sentence gives with no event of
    // its own ("On Thursday, the talks entered their fifth day").
    let mut used = vec![false; r.placed.len()];

    dates::dated_clauses(&r, &mut out);
    periods::read(&r, &mut used, &mut out);
    lengths::read(&r, &mut used, &mut out);
    let (dated, date_owner) = dates::read(&r, &ordered_pairs, &mut used, &mut out);
    dates::stated_year(&r, &mut out);
    let stepped = dates::next_day_steps(&r, &dated, &mut out);
    dates::last_date(&r, &date_owner, stepped, &mut out);
    order::tense(&r, &dated, &mut out);
    order::order_verbs(&r, &ordered_pairs, &mut out);
    order::then(&r, &mut out);
    order::order_words(&r, &mut out);

    // ---- ages and births.
    ages(s, marks, &r.placed, at, &mut out);
    out
}
