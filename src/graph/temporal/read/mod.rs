//! Reads one sentence into event mentions and the time constraints it
//! states about them: a date or a weekday bounds a point, a length bounds a
//! difference, a tense or a modal puts an event before or after the
//! statement, an order word orders two events, an age relates a birth to
//! the statement's date.
//!
//! The reading is by word classes (the lists in `TimelineParams`) over the
//! tokens, not by sentence patterns: an event is a word of an event family
//! or the noun an aspect verb ("began", "has lasted", "continues") is said
//! of; a time attaches to the event nearest it in its clause.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};

use super::constraint::{Anchor, Raw, Relation};
use super::mention::{Aspect, Clause, Mention, Mode};
use super::params::TimelineParams;
use crate::expressions::{TimeExpr, TimeKind};
use crate::text::tokens::Token;
use crate::text::words::KeyMap;
use crate::text::Span;

mod persons;
mod phrases;
mod place;
mod words;

use persons::*;
pub use phrases::participants_of;
use phrases::*;
use place::*;
pub use words::*;

/// What one sentence gives: its mentions (local to the sentence) and the
/// constraints between their points, the reference and the calendar.
#[derive(Default)]
pub struct Read {
    pub mentions: Vec<Mention>,
    pub raws: Vec<Raw>,
    /// Persons whose age or birth the sentence states, by key (for a
    /// pronoun in a later sentence).
    pub persons: Vec<String>,
    /// The sentence's last date and the mention it dates (local index), if
    /// it dates one: "A day later" in a sentence after counts from it.
    pub last_date: Option<Option<usize>>,
    /// The year of the sentence's last date written with its year.
    pub stated_year: Option<i32>,
    /// The token ranges of the sentence's times: a word in one names no
    /// participant (`participants_of`).
    pub times: Vec<(usize, usize)>,
}

/// The event a sentence spoke of first: its key, its mention (whose
/// participants a pronoun's mention takes) and head word (for the
/// pronoun's number).
#[derive(Debug, Clone)]
pub struct Topic {
    pub sentence: usize,
    pub key: String,
    /// The global index of its mention.
    pub mention: usize,
    pub word: String,
}

impl Read {
    /// The sentence's topic: its first event that is no statement, a
    /// subject before one named after its verb. `first` is the global
    /// index of the sentence's first mention.
    pub fn topic(&self, s: &Sentence, sentence: usize, first: usize) -> Option<Topic> {
        let events = || {
            self.mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| names_event(m))
        };
        let (k, m) = events()
            .find(|(_, m)| m.verb.is_some_and(|v| v > m.at))
            .or_else(|| events().next())?;
        Some(Topic {
            sentence,
            key: m.key.clone(),
            mention: first + k,
            word: s.word(m.at).to_string(),
        })
    }
}

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
    fn text_between_has_newline(&self, from: usize, to: usize) -> bool {
        self.text.get(from..to).is_some_and(|x| x.contains('\n'))
    }
}

/// A time of the sentence, with where it is.
struct Placed<'t> {
    time: &'t TimeExpr,
    from: usize,
    to: usize,
}

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
    let in_time = |i: usize| timed.get(i).copied().unwrap_or(false);
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
    let has = |i: usize, c: Class| {
        if opens.get(i).is_none_or(|bits| bits & c.bit() == 0) {
            return None;
        }
        classes[i].iter().find(|(k, _)| *k == c).map(|x| x.1)
    };
    let again = (0..n).any(|i| marks[i] & Mark::AGAIN != 0 && s.word(i) == "again");

    // ---- mentions: family words, and the nouns aspect verbs are said of.
    let push = |out: &mut Read,
                head: usize,
                len: usize,
                key: String,
                aspect: Aspect,
                verbal: bool,
                statement: bool|
     -> usize {
        if let Some(k) = out.mentions.iter().position(|m| m.at == head) {
            if aspect != Aspect::Occur {
                out.mentions[k].aspect = aspect;
            }
            return k;
        }
        let before = |k: usize| head.checked_sub(k).map(|j| s.word(j)).unwrap_or("");
        let definite = (1..=3).any(|k| DEFINITE.contains(&before(k)));
        let indefinite = !verbal && (1..=2).any(|k| matches!(before(k), "a" | "an"));
        // "re-released", "re-elected": again.
        // (Wiki text spaces the hyphen: "re - released".)
        let redone = s.word(head).starts_with("re-") || before(1) == "-" && before(2) == "re";
        let distinct = again
            || indefinite
            || redone
            // Back to the phrase's determiner: "the first Women's Boat Race"
            // (a verb's own word only: "first opened in 1998", not "the
            // first days after it opened").
            || (1..=if verbal { 1 } else { 5 })
                .take_while(|&k| {
                    head >= k
                        && !DETERMINERS.contains(&before(k))
                        && !s.is_clause_break(head - k)
                        && (k <= 3 || s.tokens[head - k].is_word() || before(k) == "'")
                })
                .any(|k| {
                    // (`ordinal_at` reads the word's `ordinal_value` first,
                    // and opens only where `may_open_ordinal` says.)
                    !in_time(head - k) && has(head.wrapping_sub(k), Class::Distinct).is_some()
                        || may_open_ordinal(s, marks, head - k) && ordinal_at(s, head - k).is_some()
                })
            // "held a second round", "opened another": the verb's object
            // says so, right after it or after its article ("closed to new
            // admissions" is no new closure).
            || (verbal
                && (1..=3).any(|k| {
                    let j = head + len + k - 1;
                    let led = k == 1
                        || matches!(
                            s.word(j - 1),
                            "a" | "an" | "the" | "her" | "his" | "its" | "their" | "our"
                        );
                    // ("are to vote next month": a time's word says nothing.)
                    j < n
                        && led
                        && !in_time(j)
                        && (has(j, Class::Distinct).is_some()
                            || may_open_ordinal(s, marks, j) && ordinal_value(s.word(j)).is_some()
                            || s.word(j) == "a"
                            || s.word(j) == "an")
                }));
        let span = s.tokens[head]
            .span
            .cover(s.tokens[(head + len - 1).min(n - 1)].span);
        // A statement is an event of its own, never joined with another:
        // the words of its clause are never weighed (made only for the
        // developers' listing). Another mention's are made when a join
        // weighs them (`participants_of`).
        let clause = if statement && !words.details {
            Clause::Made
        } else {
            Clause::Own { len }
        };
        // A noun's modifiers between its determiner and it ("the 2003
        // hurricane season"): a definite noun is the event the article spoke
        // of only when they agree.
        let mut modifiers: Vec<String> = Vec::new();
        if !verbal {
            let mut j = head;
            while j > 0 && head - j < 4 {
                j -= 1;
                let w = s.word(j);
                // ("the three-day festival": the length is no modifier; a
                // year is, "the 2015 race".)
                if placed
                    .iter()
                    .any(|p| p.time.kind == TimeKind::Duration && (p.from..p.to).contains(&j))
                {
                    continue;
                }
                if DETERMINERS.contains(&w)
                    || s.is_clause_break(j)
                    || !(s.tokens[j].is_word() || s.tokens[j].is_number())
                    || AUXILIARIES.contains(&w)
                    || is_past_form(w)
                    || crate::graph::text::is_stop(w)
                {
                    break;
                }
                modifiers.push(if s.tokens[j].is_number() {
                    w.to_string()
                } else {
                    crate::graph::text::stem(w)
                });
            }
        }
        out.mentions.push(Mention {
            article: at.article,
            sentence: at.sentence,
            claim: at.claim,
            at: head,
            span,
            key,
            participants: Vec::new(),
            names: Vec::new(),
            clause,
            modifiers,
            distinct,
            definite,
            verbal,
            object: verbal
                && s.tokens.get(head + len).is_some_and(|t| t.is_word())
                && !in_time(head + len)
                && !is_preposition(s.word(head + len))
                && !matches!(
                    s.word(head + len),
                    "to" | "and"
                        | "but"
                        | "or"
                        | "for"
                        | "from"
                        | "with"
                        | "as"
                        | "that"
                        | "before"
                        | "after"
                        | "until"
                        | "since"
                        | "when"
                        | "while"
                        | "last"
                        | "this"
                        | "next"
                ),
            aspect,
            verb: None,
            mode: Mode::Unknown,
            clause_verb: None,
            done_by: None,
            ordered_by: None,
            timed: false,
            long_past: false,
        });
        out.mentions.len() - 1
    };
    // A clause's verb as an event of its own, never joined with another
    // ("was confirmed on Feb. 3", "after the storm hit the coast").
    // (`statement`: no participants needed, as for a statement.)
    let push_clause = |out: &mut Read, v: usize, statement: bool| -> usize {
        let key = format!("{CLAUSE}{}-{v}", at.sentence);
        let k = push(out, v, 1, key, Aspect::Occur, true, statement);
        out.mentions[k].distinct = true;
        k
    };
    let mut i = 0;
    while i < n {
        // (The family table's filter rules out most words before a lookup.)
        let family = if words
            .family
            .may_hold(crate::text::words::lower_key(&s.tokens[i]))
        {
            s.family_at(words, i)
        } else {
            // "the strike's sixth day": a possessive family noun.
            s.possessive_family_at(words, i)
                .filter(|_| i > 0 && DEFINITE.contains(&s.word(i - 1)))
                .or_else(|| s.base_family_at(words, i))
                .map(|(key, end)| (key, 1, end))
        };
        if let Some((key, len, end_word)) = family {
            // A noun when a determiner opens the words before it ("the 2003
            // Pacific hurricane season"), over modifiers that are no verbs.
            let mut j = i;
            let mut determined = false;
            // "The bridge reopened": a past form after a noun is its verb.
            let past = is_past_form(s.word(i)) || is_past_form(s.word(i + len - 1));
            while j > 0 && i - j < 4 {
                j -= 1;
                let w = s.word(j);
                // "a rocket that lifted off": a relative clause's verb.
                if j + 1 == i
                    && matches!(w, "that" | "which" | "who")
                    && j > 0
                    && s.tokens[j - 1].is_word()
                {
                    break;
                }
                if DETERMINERS.contains(&w) || w.ends_with("'s") {
                    determined = !(past && j + 1 < i);
                    break;
                }
                // "a rocket that lifted off": a relative clause's verb.
                if !(s.tokens[j].is_word() || s.tokens[j].is_number())
                    || AUXILIARIES.contains(&w)
                    || is_past_form(w)
                    || matches!(w, "that" | "which" | "who")
                {
                    break;
                }
            }
            let verbal = !determined
                && (is_past_form(s.word(i + len - 1)) || i == 0 || !s.tokens[i].capitalized);
            // "recalled that …" is speech, not a recall.
            let speech = verbal && matches!(s.word(i + len), "that" | "how" | "what" | "when");
            let month = is_month_or_day(s.word(i)) && s.tokens[i].capitalized;
            // "a final debate", "the strike vote", "an arrest warrant": a
            // determined family noun before another noun modifies it; the
            // compound names the other thing. (Not before a verb: "the strike
            // ended", "the ban took effect"; a word in "s" may be either.)
            let modifier = determined && len == 1 && !s.word(i).ends_with("'s") && {
                let k = i + 1;
                s.tokens
                    .get(k)
                    .is_some_and(|t| t.is_word() && !t.capitalized)
                    && !crate::graph::text::is_stop(s.word(k))
                    && !is_past_form(s.word(k))
                    && !s.word(k).ends_with('s')
                    && !s.word(k).ends_with("ly")
                    && !s.word(k).ends_with("ing")
                    && !AUXILIARIES.contains(&s.word(k))
                    && !in_time(k)
                    && ordinal_value(s.word(k)).is_none()
                    && opens.get(k).is_none_or(|&b| b == 0)
                    && words
                        .family
                        .get(&crate::text::words::lower_key(&s.tokens[k]))
                        .is_none()
            };
            if !speech && !month && !modifier && !in_time(i) {
                // A family verb is its event ("closed the line" is the
                // closure's start); it bounds an end only as the aspect verb
                // of an event noun ("the deal closed", below).
                // "the end of the siege": the mention speaks of its end.
                let ended = !verbal
                    && (2..=4).any(|k| {
                        i >= k
                            && has(i - k, Class::Ending).is_some()
                            && (i - k + 1..i).any(|j| s.word(j) == "of")
                    });
                // "reopened": the end of a closure, not an event of its own.
                let aspect = if ended || end_word {
                    Aspect::End
                } else {
                    Aspect::Occur
                };
                push(&mut out, i, len, key, aspect, verbal, false);
            }
            i += len;
            continue;
        }
        i += 1;
    }
    // "three days after the club's relegation": an event noun an order
    // word names is a mention, so the order and a date after it have an
    // event to hold to.
    for i in 0..n {
        let Some(len) = has(i, Class::After).or(has(i, Class::Before)) else {
            continue;
        };
        let mut j = i + len;
        let skip = |j: usize| DETERMINERS.contains(&s.word(j)) || s.word(j).ends_with("'s");
        while j < n && j < i + len + 3 && skip(j) {
            j += 1;
        }
        // "after passing the medical", "after winning the vote": the event
        // is the gerund's object.
        if j + 1 < n && s.word(j).ends_with("ing") && skip(j + 1) {
            let mut k = j + 1;
            while k < n && k < j + 4 && skip(k) {
                k += 1;
            }
            if k < n && (looks_like_event(s.word(k)) || out.mentions.iter().any(|m| m.at == k)) {
                out.mentions.retain(|m| m.at != j);
                j = k;
            }
        }
        // "three days after the storm hit the coast": a clause after the
        // word, its verb the event (one of its own, as a dated clause's).
        if j + 1 < n
            && s.tokens[j].is_word()
            && !crate::graph::text::is_stop(s.word(j))
            && is_past_form(s.word(j + 1))
            && !AUXILIARIES.contains(&s.word(j + 1))
            // (Not when the clause names its event: "before the storm made
            // landfall".)
            && has(j + 1, Class::Does).is_none()
            && !out
                .mentions
                .iter()
                .any(|m| (m.at..m.at + 3).contains(&j) || m.at > j && m.at <= j + 3)
        {
            push_clause(&mut out, j + 1, false);
            continue;
        }
        if j < n
            && s.tokens[j].is_word()
            && !s.tokens[j].capitalized
            && !in_time(j)
            && looks_like_event(s.word(j))
            && !out.mentions.iter().any(|m| (m.at..m.at + 3).contains(&j))
        {
            push(
                &mut out,
                j,
                1,
                super::mention::event_key(s.word(j)),
                Aspect::Occur,
                false,
                false,
            );
        }
    }
    // Statements: a cue of saying is an event of its own (its date is the
    // statement's), never one with another.
    // (Only a sentence with a time needs them: a statement's own date.)
    for cue in at.cues.iter().filter(|_| !placed.is_empty()) {
        let (a, b) = token_range(s.tokens, *cue);
        if a < b && a < n {
            let m = push(
                &mut out,
                a,
                b - a,
                format!("{STATEMENT}{}-{a}", at.sentence),
                Aspect::Occur,
                true,
                true,
            );
            out.mentions[m].distinct = true;
        }
    }
    // Order verbs: "his resignation followed the publication of a review".
    let mut ordered_pairs: Vec<(usize, usize, bool, usize)> = Vec::new();
    for (v, &bits) in opens.iter().enumerate() {
        if bits == 0 {
            continue;
        }
        let follows = has(v, Class::Follows);
        let precedes = has(v, Class::Precedes);
        let Some(len) = follows.or(precedes) else {
            continue;
        };
        let Some(subject) = subject_head(s, v) else {
            continue;
        };
        let mut j = v + len;
        while j < n && DETERMINERS.contains(&s.word(j)) {
            j += 1;
        }
        if j >= n || !s.tokens[j].is_word() || crate::graph::text::is_stop(s.word(j)) {
            continue;
        }
        let key_of = |out: &Read, k: usize| {
            out.mentions
                .iter()
                .find(|m| m.at == k)
                .map(|m| m.key.clone())
                .unwrap_or_else(|| {
                    s.family_at(words, k)
                        .map(|(key, _, _)| key)
                        .unwrap_or_else(|| super::mention::event_key(s.word(k)))
                })
        };
        let (ks, ko) = (key_of(&out, subject), key_of(&out, j));
        let a = push(&mut out, subject, 1, ks, Aspect::Occur, false, false);
        let b = push(&mut out, j, 1, ko, Aspect::Occur, false, false);
        ordered_pairs.push((out.mentions[a].at, out.mentions[b].at, follows.is_some(), v));
    }
    // Aspect verbs: their event is the event noun before them (subject) or
    // after them (object).
    for (v, &bits) in opens.iter().enumerate() {
        // A family phrase is no aspect verb's ("lifted off" is a launch,
        // not "lifted").
        if bits == 0
            || out
                .mentions
                .iter()
                .any(|m| m.at == v && m.span.end > s.tokens[v].span.end)
        {
            continue;
        }
        let aspect = if has(v, Class::StartVerb).is_some() {
            Aspect::Start
        } else if has(v, Class::EndVerb).is_some() {
            Aspect::End
        } else if has(v, Class::OccurVerb).is_some()
            || has(v, Class::Lasted).is_some()
            || has(v, Class::Ongoing).is_some()
        {
            Aspect::Occur
        } else {
            continue;
        };
        if let Some(topic) = pronoun_subject(s, v, at) {
            // "It began on May 1": the event the sentence before spoke of,
            // when the verb takes no event of its own after it.
            // (The verb's whole phrase: "has gone on", "is now in".)
            let len = has(v, Class::EndVerb)
                .or(has(v, Class::StartVerb))
                .or(has(v, Class::Lasted))
                .or(has(v, Class::Ongoing))
                .or(has(v, Class::OccurVerb))
                .unwrap_or(1);
            let next = s.word(v + len);
            if v + len >= n
                || !s.tokens[v + len].is_word()
                || is_preposition(next)
                // ("It has lasted more than a week", "has gone on for days":
                // a time, no event.)
                || in_time(v + len)
                || matches!(next, "for" | "since" | "into" | "through")
                // ("It is now in its fifth day": its own period, no event.)
                || matches!(
                    next,
                    "last" | "this" | "next" | "until" | "from" | "early" | "late" | "its"
                        | "their"
                )
            {
                let j = subject_head_or_pronoun(s, v);
                let m = push(&mut out, j, 1, topic.key.clone(), aspect, false, false);
                out.mentions[m].clause = Clause::Topic(topic.mention);
                out.mentions[m].definite = true;
                out.mentions[m].verb = Some(v);
                continue;
            }
        }
        // "The festival opened on April 25 and closed on April 28": a verb
        // after "and" shares the subject of the aspect verb before it.
        if v > 0 && s.word(v - 1) == "and" {
            let shared = out
                .mentions
                .iter()
                .filter(|m| {
                    m.verb.is_some_and(|w| w < v)
                        && !m.verbal
                        && names_event(m)
                        && !(m.at..v).any(|j| s.tokens[j].is_punct(';'))
                })
                .max_by_key(|m| m.verb)
                .map(|m| m.key.clone());
            if let Some(key) = shared {
                let k = push(&mut out, v, 1, key.clone(), aspect, false, false);
                let m = &mut out.mentions[k];
                m.key = key;
                m.aspect = aspect;
                m.verbal = false;
                m.object = false;
                m.definite = true;
                m.distinct = false;
                m.verb = Some(v);
                continue;
            }
        }
        if let Some(head) = subject_head(s, v) {
            // "The merger of the two operators was completed": the event is
            // the noun before the "of".
            let head = out
                .mentions
                .iter()
                .filter(|m| m.at < head && head - m.at <= 5)
                .find(|m| {
                    (m.at + 1..head).any(|k| s.word(k) == "of")
                        && !(m.at + 1..head).any(|k| s.is_clause_break(k))
                })
                .map_or(head, |m| m.at);
            // "The count in Asunción's mayoral election entered its sixth
            // day": the head before the phrase's preposition, when it is an
            // event.
            // (A verb of a family is its own event over a bare noun: "The van
            // was launched" is a launch, not the van's start.)
            let family_verb = out.mentions.iter().any(|m| m.at == v && m.verbal);
            let eventish = |h: usize, out: &Read| {
                out.mentions.iter().any(|m| m.at == h)
                    || looks_like_event(s.word(h))
                    || has(h, Class::Ending).is_some()
                    || !family_verb && bare_state(s, h, v, &has)
            };
            let head = match phrase_head(s, head) {
                Some(h) if h != head && eventish(h, &out) => h,
                _ => head,
            };
            let known = out.mentions.iter().position(|m| m.at == head);
            let key = match known {
                Some(k) => out.mentions[k].key.clone(),
                None => super::mention::event_key(s.word(head)),
            };
            if eventish(head, &out) {
                let m = push(&mut out, head, 1, key, aspect, false, false);
                out.mentions[m].verb = Some(v);
                continue;
            }
        }
        // The object: an event noun just after the verb ("finish the
        // repairs", "completed the takeover").
        let len = has(v, Class::EndVerb)
            .or(has(v, Class::StartVerb))
            .unwrap_or(1);
        let mut j = v + len;
        while j < n && DETERMINERS.contains(&s.word(j)) {
            j += 1;
        }
        if j < n && j > v + len - 1 && s.tokens[j].is_word() {
            // The head of the object: the last word of a short noun run.
            let mut h = j;
            while h + 1 < n
                && s.tokens[h + 1].is_word()
                && !s.is_clause_break(h + 1)
                && !matches!(
                    s.word(h + 1),
                    "on" | "in"
                        | "by"
                        | "of"
                        | "at"
                        | "last"
                        | "next"
                        | "this"
                        | "and"
                        | "for"
                        | "to"
                        | "from"
                        | "after"
                        | "before"
                        | "until"
                )
                && !crate::graph::text::is_stop(s.word(h + 1))
                && h < j + 2
            {
                h += 1;
            }
            let known = out.mentions.iter().position(|m| m.at == h);
            if known.is_some() || looks_like_event(s.word(h)) {
                let key = match known {
                    Some(k) => out.mentions[k].key.clone(),
                    None => super::mention::event_key(s.word(h)),
                };
                let m = push(&mut out, h, 1, key, aspect, false, false);
                out.mentions[m].verb = Some(v);
                // "began counting": the activity the story is about.
                if j == v + len && s.word(h).ends_with("ing") {
                    out.mentions[m].definite = true;
                }
            }
        }
    }
    // A verb that an event noun's aspect is read from is no event of its own.
    let verbs: Vec<usize> = out.mentions.iter().filter_map(|m| m.verb).collect();
    out.mentions
        .retain(|m| m.verb.is_some() || !verbs.contains(&m.at));
    out.mentions.sort_by_key(|m| m.at);
    if out.mentions.is_empty() && placed.is_empty() && !states_age(s, marks) {
        return out;
    }

    // ---- modes.
    let cue_before = |j: usize| at.cues.iter().any(|c| token_range(s.tokens, *c).1 <= j);
    for m in 0..out.mentions.len() {
        let head = out.mentions[m].at;
        let verb = out.mentions[m].verb.unwrap_or(head);
        let lo = head.min(verb).saturating_sub(6);
        let hi = head.max(verb);
        let mut mode = Mode::Unknown;
        // The nearest mode phrase before the verb, within its clause.
        let mut j = hi;
        while j > lo {
            j -= 1;
            if s.is_clause_break(j) && j < head.min(verb) {
                break;
            }
            if has(j, Class::Conditional).is_some() {
                // "said that the closure would continue": the future of a
                // reported statement, not a condition.
                let governs = out.mentions[m].verbal || out.mentions[m].verb.is_some();
                if s.word(j) == "would" && cue_before(j) && governs && j + 3 >= verb {
                    mode = Mode::ToCome;
                    break;
                }
                mode = Mode::Unreported;
                break;
            }
            if has(j, Class::Negation).is_some() && j + 4 >= verb {
                mode = Mode::Unreported;
                break;
            }
            if has(j, Class::Expected).is_some() {
                mode = Mode::Expected;
                break;
            }
            if has(j, Class::Prospective).is_some() {
                mode = Mode::ToCome;
                break;
            }
        }
        // "will continue", "is expected to remain": it goes on now.
        let goes_on_verb =
            has(verb, Class::Ongoing).is_some() || has(verb, Class::Lasted).is_some();
        if goes_on_verb && matches!(mode, Mode::ToCome | Mode::Expected) && verb != head {
            mode = Mode::Ongoing;
        }
        // "will stay closed for another week", "remains shut": a state the
        // event left that goes on now, not an event still to come.
        let kept = head > 0
            && out.mentions[m].verbal
            && matches!(
                s.word(head - 1),
                "stay"
                    | "stays"
                    | "staying"
                    | "remain"
                    | "remains"
                    | "remaining"
                    | "keep"
                    | "keeps"
            );
        if kept && matches!(mode, Mode::ToCome | Mode::Expected | Mode::Unknown) {
            mode = Mode::Ongoing;
        }
        // "Since lifting off, the probe has …", "since the merger": done by
        // the statement.
        let mut before = head;
        while before > 0 && head - before < 2 && DETERMINERS.contains(&s.word(before - 1)) {
            before -= 1;
        }
        if mode == Mode::Unknown && before > 0 && has(before - 1, Class::Since).is_some() {
            mode = Mode::Done;
            out.mentions[m].clause_verb = Some(before - 1);
        }
        if mode == Mode::Unknown && !out.mentions[m].verbal && out.mentions[m].verb.is_none() {
            // "At the hearing, the judge ordered …", "In the vote, 58 percent
            // backed …": a noun the clause is set in takes its verb's tense.
            if let Some(v) = framing_verb(s, head, &has) {
                out.mentions[m].clause_verb = Some(v);
                mode = Mode::Done;
            } else if let Some(v) = doing_verb(s, head, &has, Class::Orders) {
                // "ordered the evacuation on Feb. 22": not begun before then.
                out.mentions[m].ordered_by = Some(v);
            } else if let Some(v) = doing_verb(s, head, &has, Class::Does) {
                // "made landfall", "raised its bid": done when its verb is.
                let len = has(v, Class::Does).unwrap_or(1);
                out.mentions[m].clause_verb = Some(v);
                out.mentions[m].done_by = Some(v);
                if is_past_form(s.word(v + len - 1)) || is_past_form(s.word(v)) {
                    mode = Mode::Done;
                }
            }
        }
        if mode == Mode::Unknown
            && verb >= 3
            && s.word(verb - 1) == "be"
            && s.word(verb - 2) == "to"
            && s.tokens[verb - 3].is_punct(',')
        {
            mode = Mode::ToCome;
        }
        if mode == Mode::Unknown {
            let w = s.word(verb);
            let verb_len = has(verb, Class::EndVerb)
                .or(has(verb, Class::StartVerb))
                .or(has(verb, Class::OccurVerb))
                .unwrap_or(1);
            let last = s.word(verb + verb_len - 1);
            // "were still removing rock": a family verb's progressive after
            // a phrase that says it goes on.
            let still = out.mentions[m].verbal
                && s.word(head).ends_with("ing")
                && (head.saturating_sub(3)..head)
                    .any(|j| has(j, Class::Ongoing).is_some_and(|len| j + len == head));
            if has(verb, Class::Ongoing).is_some() || has(verb, Class::Lasted).is_some() || still {
                mode = Mode::Ongoing;
            } else if is_past_form(w)
                || is_past_form(last)
                || (verb > 0 && matches!(s.word(verb - 1), "was" | "were" | "has" | "have" | "had"))
            {
                mode = Mode::Done;
            }
        }
        out.mentions[m].mode = mode;
    }
    out.mentions.retain(|m| m.mode != Mode::Unreported);
    // "raised its bid", "the improved offer": a revised one, another event
    // than the first ("first bid for the miner in March"), and one with
    // every other mention of its revision.
    // (Of a noun: "the improved offer" is read as a verb's past form
    // before it.)
    for m in out
        .mentions
        .iter_mut()
        .filter(|m| !is_past_form(s.word(m.at)) && !m.key.starts_with(STATEMENT))
    {
        let head = m.at;
        let revised = (head.saturating_sub(3)..head)
            .rev()
            .take_while(|&j| s.tokens[j].is_word() && !is_preposition(s.word(j)))
            .any(|j| has(j, Class::Revises).is_some());
        if revised {
            m.key.push_str(REVISED);
        }
    }
    let global = |k: usize| at.first_mention + k;

    let note = |span: Span, relation: Relation| super::constraint::NoteDraft {
        article: at.article,
        sentence: at.sentence,
        claim: at.claim,
        span,
        relation,
    };
    let reference = Anchor::Reference(at.article);
    // The statement's own time: a date the sentence gives with no event of
    // its own ("On Thursday, the talks entered their fifth day").
    let mut used = vec![false; placed.len()];

    // ---- dated clauses with no event word ("The first case was confirmed
    // on Feb. 3"): the clause's verb is an event of its own, never one with
    // another, that later times ("A week later") can count from.
    let mut made = false;
    for pl in &placed {
        if pl.time.kind == TimeKind::Duration || pl.time.start.is_none() {
            continue;
        }
        // (No mention is dated yet.)
        if attach(&out.mentions, pl, &[], s, at).is_some() {
            continue;
        }
        let Some(v) = dated_verb(s, pl, &placed, &has) else {
            continue;
        };
        if out.mentions.iter().any(|m| m.at == v || m.verb == Some(v)) {
            continue;
        }
        let k = push_clause(&mut out, v, true);
        out.mentions[k].mode = if is_past_form(s.word(v)) {
            Mode::Done
        } else {
            Mode::Unknown
        };
        made = true;
    }
    if made {
        out.mentions.sort_by_key(|m| m.at);
    }

    // ---- ordinal periods: "now in its sixth week", "the third day of",
    // and a period counted by a cardinal after it ("day nine of the
    // search", "Day 12 of the closure").
    // Each as (first word, N, unit word).
    let mut periods: Vec<(usize, i64, usize)> = Vec::new();
    for i in 0..n {
        if may_open_ordinal(s, marks, i) {
            let Some((nth, olen)) = ordinal_at(s, i) else {
                continue;
            };
            // "a third straight day", "its fifth consecutive week".
            let run = usize::from(matches!(
                s.word(i + olen),
                "straight" | "consecutive" | "successive" | "full"
            ));
            let unit = i + olen + run;
            // "its sixth week", "the strike's sixth day" (the possessor is the
            // event).
            let possessed = i > 0 && s.word(i - 1).ends_with("'s");
            // (A singular unit: "the first days after" is no day's count.)
            if UNITS
                .iter()
                .any(|(u, _, _)| *u == s.word(unit) && !u.ends_with('s'))
                && (possessed
                    || i > 0
                        && matches!(s.word(i - 1), "its" | "their" | "the" | "a" | "his" | "her"))
            {
                periods.push((i, nth, unit));
            }
        } else if matches!(s.word(i), "day" | "week" | "month")
            && !in_time(i)
            && !(i > 0
                && matches!(
                    s.word(i - 1),
                    "from" | "since" | "a" | "per" | "each" | "every" | "one"
                ))
        {
            // ("Day 12 of", "on day nine,": the count ends the phrase.)
            let count = s.tokens.get(i + 1).and_then(|t| {
                if t.is_number() {
                    s.word(i + 1).parse::<i64>().ok()
                } else {
                    crate::expressions::numbers::number_word(t).map(|v| v as i64)
                }
            });
            let ends = s.word(i + 2) == "of"
                || s.tokens
                    .get(i + 2)
                    .is_none_or(|t| t.is_punct(',') || t.is_punct('.'));
            if let Some(nth) = count.filter(|&c| (1..=400).contains(&c) && ends) {
                periods.push((i, nth, i));
            }
        }
    }
    for (i, nth, unit) in periods {
        let Some(&(_, lo_u, hi_u)) = UNITS.iter().find(|(u, _, _)| *u == s.word(unit)) else {
            continue;
        };
        let possessor = (i > 0 && s.word(i - 1).ends_with("'s"))
            .then(|| {
                out.mentions
                    .iter()
                    .position(|m| m.at + 2 == i || m.at + 1 == i)
            })
            .flatten();
        // The event: "of the X" after, else the nearest mention before.
        // (The cardinal's "of" comes after its count.)
        let unit = if unit == i && s.word(unit + 2) == "of" {
            unit + 1
        } else {
            unit
        };
        // ("The count in the mayoral election entered its sixth day": the
        // subject of the verb before "its".)
        let m = if possessor.is_some() {
            possessor
        } else if s.word(unit + 1) == "of" {
            out.mentions
                .iter()
                .position(|m| m.at > unit + 1 && m.at <= unit + 5)
        } else {
            None
        }
        .or_else(|| {
            out.mentions
                .iter()
                .position(|m| m.verb.is_some_and(|v| v + 2 >= i && v < i) && names_event(m))
        })
        .or_else(|| nearest_mention(&out.mentions, i));
        let Some(m) = m else { continue };
        // As of a date the sentence gives, else the statement.
        let anchor = statement_time(&placed, &used);
        let low = (nth - 1) * lo_u;
        let high = nth * hi_u - 1;
        let span = s.tokens[i.saturating_sub(1)]
            .span
            .cover(s.tokens[unit].span);
        match anchor {
            Some(p) => {
                used[p] = true;
                let (base, lo, hi) = place(&placed[p], s, at);
                // start = date − [low, high]
                let pspan = span.cover(placed[p].time.span);
                out.raws.push(Raw {
                    from: base,
                    to: Anchor::Start(global(m)),
                    min: Some(lo - high),
                    max: Some(hi - low),
                    note: note(pspan, Relation::Nth),
                });
                out.raws.push(Raw {
                    from: base,
                    to: Anchor::End(global(m)),
                    min: Some(lo),
                    max: None,
                    note: note(pspan, Relation::Ongoing),
                });
            }
            None => {
                out.raws.push(Raw {
                    from: Anchor::Start(global(m)),
                    to: reference,
                    min: Some(low),
                    max: Some(high),
                    note: note(span, Relation::Nth),
                });
                out.raws.push(goes_on(
                    at.article,
                    global(m),
                    note(span, Relation::Ongoing),
                ));
            }
        }
    }

    // ---- lengths.
    for (p, pl) in placed.iter().enumerate() {
        if pl.time.kind != TimeKind::Duration || used[p] {
            continue;
        }
        let Some(d) = pl.time.duration else { continue };
        let hedged = (pl.from.saturating_sub(2)..pl.to).any(|k| has(k, Class::Hedge).is_some());
        let (dmin, dmax) = duration_bounds(d, hedged, words.hedge_share);
        // "has lasted more than a week", "has been closed for three weeks".
        let lasted = (pl.from.saturating_sub(5)..pl.from).any(|k| has(k, Class::Lasted).is_some())
            || ((pl.from.saturating_sub(1)..pl.from).any(|k| s.word(k) == "for")
                && (pl.from.saturating_sub(6)..pl.from)
                    .any(|k| matches!(s.word(k), "has" | "have") && s.word(k + 1) == "been"));
        // "A week on, …" (not "28,000 vehicles a day on the bridge").
        // "the three-day heatwave", "a week-long standoff": the event took
        // that long, first day to last.
        let adjectival = pl.to == pl.from + 1
            && s.word(pl.from).contains('-')
            && s.tokens.get(pl.to).is_some_and(|t| t.is_word());
        if adjectival {
            if let Some(m) = out
                .mentions
                .iter()
                .position(|m| m.at >= pl.to && m.at <= pl.to + 2 && names_event(m))
            {
                used[p] = true;
                out.raws.push(Raw {
                    from: Anchor::Start(global(m)),
                    to: Anchor::End(global(m)),
                    min: dmin.map(|x| (x - 1).max(0)),
                    max: dmax,
                    note: note(pl.time.span, Relation::For),
                });
                continue;
            }
        }
        // "after more than a month of hearings", "three weeks of talks": the
        // event had gone on that long by the statement.
        // ("after nine days on strike", "40 days on the picket line".)
        if matches!(s.word(pl.to), "of" | "on") {
            let of = out
                .mentions
                .iter()
                .position(|m| m.at > pl.to && m.at <= pl.to + 3 && names_event(m));
            if let Some(m) = of {
                used[p] = true;
                // ("two weeks of fighting": the one the story speaks of.)
                out.mentions[m].definite = true;
                out.raws.push(Raw {
                    from: Anchor::Start(global(m)),
                    to: reference,
                    min: dmin,
                    max: None,
                    note: note(pl.time.span, Relation::Lasted),
                });
                continue;
            }
        }
        let later = has(pl.to, Class::Later).is_some()
            && (s.word(pl.to) != "on"
                || pl.to + 1 >= n
                || !s.tokens[pl.to + 1].is_word() && !s.tokens[pl.to + 1].is_number());
        let before_word = has(pl.to, Class::Before).is_some();
        if lasted {
            let Some(m) = nearest_mention(&out.mentions, pl.from) else {
                continue;
            };
            used[p] = true;
            out.raws.push(Raw {
                from: Anchor::Start(global(m)),
                to: reference,
                min: dmin,
                max: dmax,
                note: note(pl.time.span, Relation::Lasted),
            });
            out.raws.push(goes_on(
                at.article,
                global(m),
                note(pl.time.span, Relation::Ongoing),
            ));
        } else if later || before_word {
            // "two days after the vote", "a day later", "a week before".
            let other = if later && matches!(s.word(pl.to), "after" | "following") || before_word {
                out.mentions
                    .iter()
                    .position(|m| m.at > pl.to && m.at <= pl.to + 4)
            } else {
                None
            };
            let main = out
                .mentions
                .iter()
                .position(|m| {
                    m.at > pl.to
                        && Some(m.at) != other.map(|o| out.mentions[o].at)
                        && m.verbal
                        && !m.key.starts_with(STATEMENT)
                        && !(pl.to..m.at).any(|j| s.tokens[j].is_punct(';'))
                })
                // (Else the event nearest before: "accepted the improved deal
                // in a ballot on March 8, ten days after" is the ballot's.)
                .or_else(|| out.mentions.iter().rposition(|m| m.at < pl.from))
                .or_else(|| {
                    out.mentions
                        .iter()
                        .position(|m| Some(m.at) != other.map(|o| out.mentions[o].at))
                });
            let Some(main) = main else { continue };
            // "died in 1879, three years after the death of the only child":
            // an event ordered against one of its own kind is another.
            if let Some(o) =
                other.filter(|&o| o != main && out.mentions[o].key == out.mentions[main].key)
            {
                out.mentions[o].distinct = true;
            }
            let other_anchor = match other {
                Some(o) if o != main => Anchor::Start(global(o)),
                Some(_) => continue,
                // "A day later": after the last event dated before, when the
                // length is short enough for the two to be one story's steps.
                // ("Two weeks after the bombings" names its own event: when
                // that is no mention, nothing to count from.)
                None if before_word || s.word(pl.to) != "later" && s.word(pl.to) != "on" => {
                    continue
                }
                None => match at.last_timed {
                    Some(g) if dmax.is_some_and(|d| d <= 31) => Anchor::Start(g),
                    _ => continue,
                },
            };
            used[p] = true;
            let span = pl.time.span.cover(s.tokens[pl.to].span);
            // ("The port reopened on Sept. 1, three days after …": an end
            // word's point is the event's end.)
            let main_point = if out.mentions[main].aspect == Aspect::End {
                Anchor::End(global(main))
            } else {
                Anchor::Start(global(main))
            };
            let (from, to) = if before_word {
                (main_point, other_anchor)
            } else {
                (other_anchor, main_point)
            };
            out.raws.push(Raw {
                from,
                to,
                min: dmin,
                max: dmax,
                note: note(span, Relation::Later),
            });
        } else if pl.from > 0 && s.word(pl.from - 1) == "for" {
            let Some(m) = nearest_mention(&out.mentions, pl.from) else {
                continue;
            };
            if out.mentions[m].mode != Mode::Done {
                continue;
            }
            used[p] = true;
            out.raws.push(Raw {
                from: Anchor::Start(global(m)),
                to: Anchor::End(global(m)),
                min: dmin,
                max: dmax,
                note: note(pl.time.span, Relation::For),
            });
        }
    }

    // ---- dates and periods: each to the event nearest it.
    let mut dated = vec![false; out.mentions.len()];
    let mut date_owner: Vec<Option<usize>> = vec![None; placed.len()];
    for (p, pl) in placed.iter().enumerate() {
        if pl.time.kind == TimeKind::Duration || used[p] || pl.time.start.is_none() {
            continue;
        }
        // "Born in Punta Arenas in 1985, she began climbing": a birth's
        // date, no event's.
        if (pl.from.saturating_sub(8)..pl.from)
            .rev()
            .take_while(|&k| !s.tokens[k].is_punct(',') && !s.tokens[k].is_punct(';'))
            .any(|k| s.word(k) == "born")
        {
            continue;
        }
        // "Two days of hearings preceded the vote, on June 3 and June 4":
        // a date set off after an order verb's object is its subject's.
        let subject = ordered_pairs
            .iter()
            .find(|&&(_, object, _, _)| {
                pl.from > object + 1 && pl.from <= object + 3 && s.tokens[pl.from - 1].is_punct(',')
            })
            .and_then(|&(subject, _, _, _)| out.mentions.iter().position(|m| m.at == subject))
            .filter(|&k| !dated[k]);
        let Some(m) = subject.or_else(|| attach(&out.mentions, pl, &dated, s, at)) else {
            continue;
        };
        let mention = &out.mentions[m];
        let since = pl.from > 0 && has(pl.from - 1, Class::Since).is_some()
            || has(pl.from, Class::Since).is_some();
        let by = pl.from > 0 && matches!(s.word(pl.from - 1), "by") || s.word(pl.from) == "by";
        let until = pl.from > 0 && matches!(s.word(pl.from - 1), "until" | "till" | "through")
            || matches!(s.word(pl.from), "until" | "till" | "through");
        let (base, lo, hi) = place(pl, s, at);
        let mut year_shift = 0;
        if mention.mode == Mode::ToCome
            && !has_year(s, pl)
            && at.reference.is_some()
            && pl
                .time
                .end
                .is_some_and(|e| at.reference.is_some_and(|r| (r - e).num_days() > 60))
        {
            // "will open on March 3" written in November: next March. (A date
            // a few days past is this year's, and a slip worth a look.)
            year_shift = 365;
        }
        let (lo, hi) = (lo + year_shift, hi + year_shift + i64::from(year_shift > 0));
        let span = pl.time.span;
        // "will reopen on Nov. 3": an end planned then, as one expected.
        let expected = mention.mode == Mode::Expected
            || mention.mode == Mode::ToCome && mention.aspect == Aspect::End;
        match (mention.mode, since, by || until) {
            _ if mention.ordered_by.is_some() && !expected => {
                let verb = mention.ordered_by.map_or(span, |v| s.tokens[v].span);
                out.raws.push(Raw {
                    from: base,
                    to: Anchor::Start(global(m)),
                    min: Some(lo),
                    max: None,
                    note: note(span.cover(verb), Relation::Ordered),
                });
            }
            _ if expected => {
                // An end hoped for then: kept apart, weighed only against a
                // period said to go on (see `Relation::Expected`).
                if mention.aspect == Aspect::End || has(mention.at, Class::Ending).is_some() {
                    out.raws.push(Raw {
                        from: base,
                        to: Anchor::End(global(m)),
                        min: Some(lo),
                        max: Some(hi),
                        note: note(span, Relation::Expected),
                    });
                }
            }
            (_, true, _) => {
                out.raws.push(Raw {
                    from: base,
                    to: Anchor::Start(global(m)),
                    min: Some(lo),
                    max: Some(lo + 31),
                    note: note(span, Relation::Since),
                });
                out.raws.push(goes_on(
                    at.article,
                    global(m),
                    note(span, Relation::Ongoing),
                ));
            }
            (_, false, true) => {
                out.raws.push(Raw {
                    from: base,
                    to: Anchor::End(global(m)),
                    min: None,
                    max: Some(hi),
                    note: note(span, Relation::End),
                });
            }
            (Mode::Ongoing, false, false) => {
                // "On July 24, diggers were still removing rock": begun by
                // then, not ended before.
                out.raws.extend(under_way(
                    base,
                    lo,
                    hi,
                    global(m),
                    note(span, Relation::Ongoing),
                ));
            }
            _ if mention.aspect == Aspect::Occur
                && mention.mode != Mode::ToCome
                && !names_by_verb(s, mention)
                && words.lasts(&mention.key) =>
            {
                // "the festival on Saturday": an event that lasts was under
                // way then (begun by the time's end, not ended before its
                // start), not begun on it. (Its verb names its onset:
                // "walked out on Oct. 7" is the strike's start; and the date
                // of one to come, "will be heard on Nov. 20", is the day it
                // is to begin.)
                out.raws.extend(under_way(
                    base,
                    lo,
                    hi,
                    global(m),
                    note(span, Relation::During),
                ));
            }
            _ => {
                let (point, relation) = match mention.aspect {
                    Aspect::End => (Anchor::End(global(m)), Relation::End),
                    Aspect::Start => (Anchor::Start(global(m)), Relation::Start),
                    Aspect::Occur => (Anchor::Start(global(m)), Relation::Date),
                };
                out.raws.push(Raw {
                    from: base,
                    to: point,
                    min: Some(lo),
                    max: Some(hi),
                    note: note(span, relation),
                });
            }
        }
        dated[m] = true;
        used[p] = true;
        out.mentions[m].timed = true;
        if out.mentions[m].mode == Mode::Done {
            out.mentions[m].long_past = match (base, at.reference) {
                (Anchor::Calendar, Some(r)) => hi < days(r) - LONG_PAST_DAYS,
                (Anchor::Reference(_), _) => hi < -LONG_PAST_DAYS,
                _ => false,
            };
        }
        date_owner[p] = Some(out.mentions[m].at);
    }
    out.stated_year = placed
        .iter()
        .filter(|q| q.time.kind != TimeKind::Duration && has_year(s, q))
        .max_by_key(|q| q.from)
        .and_then(|q| q.time.start)
        .map(|d| d.year());
    // ---- "the next day", "the previous day": a day after (or before) the
    // last event dated before them, in the sentence or before it.
    let mut stepped: Option<usize> = None;
    for &(a, b, offset) in &next_days {
        let before = out
            .mentions
            .iter()
            .enumerate()
            .filter(|(k, m)| dated[*k] && m.at < a)
            .max_by_key(|(_, m)| m.at)
            .map(|(k, _)| global(k));
        let Some(from) = before.or(at.last_timed) else {
            continue;
        };
        let main = out
            .mentions
            .iter()
            .position(|m| m.at >= b && m.verbal)
            .or_else(|| out.mentions.iter().position(|m| m.at >= b))
            .filter(|&k| global(k) != from);
        let Some(main) = main else { continue };
        out.raws.push(Raw {
            from: Anchor::Start(from),
            to: Anchor::Start(global(main)),
            min: Some(offset),
            max: Some(offset),
            note: note(
                s.tokens[a].span.cover(s.tokens[b - 1].span),
                Relation::Later,
            ),
        });
        stepped = Some(main);
    }
    // The last date of the sentence, and whose it is.
    out.last_date = placed
        .iter()
        .enumerate()
        .filter(|(_, q)| q.time.kind != TimeKind::Duration && q.time.start.is_some())
        .max_by_key(|(_, q)| q.from)
        .map(|(p, _)| date_owner[p].and_then(|at| out.mentions.iter().position(|m| m.at == at)));
    // (A step from the last date is the story's latest point after it.)
    if out.last_date.is_none() && stepped.is_some() {
        out.last_date = Some(stepped);
    }

    // ---- tense and mode: before or after the statement.
    for (m, mention) in out.mentions.iter().enumerate() {
        // The point the tense speaks of: an end's for "the end of the siege".
        let point = if mention.aspect == Aspect::End {
            Anchor::End(global(m))
        } else {
            Anchor::Start(global(m))
        };
        match mention.mode {
            // A planned end with its date is weighed as expected (above),
            // not as a thing still to come against that date.
            Mode::ToCome if dated[m] && mention.aspect == Aspect::End => {}
            Mode::ToCome => out.raws.push(Raw {
                from: reference,
                to: point,
                min: Some(if dated[m] { 0 } else { 1 }),
                max: None,
                note: note(mode_span(s, mention), Relation::ToCome),
            }),
            Mode::Done
                if mention.verbal || mention.verb.is_some() || mention.clause_verb.is_some() =>
            {
                out.raws.push(Raw {
                    from: point,
                    to: reference,
                    min: Some(0),
                    max: None,
                    note: note(mode_span(s, mention), Relation::Done),
                })
            }
            Mode::Ongoing => out.raws.push(goes_on(
                at.article,
                global(m),
                note(mode_span(s, mention), Relation::Ongoing),
            )),
            _ => {}
        }
    }

    // ---- order verbs.
    for &(subject, object, follows, v) in &ordered_pairs {
        let (Some(a), Some(b)) = (
            out.mentions.iter().position(|m| m.at == subject),
            out.mentions.iter().position(|m| m.at == object),
        ) else {
            continue;
        };
        let span = s.tokens[v].span;
        let (from, to) = if follows { (b, a) } else { (a, b) };
        out.raws.push(Raw {
            from: done_point(&out.mentions[from], global(from)),
            to: Anchor::Start(global(to)),
            min: Some(0),
            max: None,
            note: note(
                span,
                if follows {
                    Relation::After
                } else {
                    Relation::Before
                },
            ),
        });
    }

    // ---- "then": "They then searched his home", "closed the plant and
    // then reopened it": the clause's event comes after the one before it
    // in the sentence, else the last event dated before the sentence.
    for i in 1..n.saturating_sub(1) {
        if s.word(i) != "then"
            || s.tokens[i + 1].is_punct('-')
            || matches!(
                s.word(i - 1),
                "since"
                    | "until"
                    | "till"
                    | "by"
                    | "from"
                    | "the"
                    | "back"
                    | "even"
                    | "only"
                    | "just"
                    | "than"
                    | "if"
                    | "before"
            )
        {
            continue;
        }
        let Some(main) = out
            .mentions
            .iter()
            .position(|m| m.verbal && m.at > i && m.at <= i + 2 && is_past_form(s.word(m.at)))
        else {
            continue;
        };
        let before = out
            .mentions
            .iter()
            .rposition(|m| m.at < i && m.verbal && !m.key.starts_with(STATEMENT));
        let from = match before {
            Some(b) => done_point(&out.mentions[b], global(b)),
            None => match at.last_timed {
                Some(g) => Anchor::Start(g),
                None => continue,
            },
        };
        out.raws.push(Raw {
            from,
            to: Anchor::Start(global(main)),
            min: Some(0),
            max: None,
            note: note(s.tokens[i].span, Relation::After),
        });
    }

    // ---- order words: "after the vote", "ahead of the summit".
    for i in 0..n {
        let after = has(i, Class::After);
        let before = has(i, Class::Before);
        let Some(len) = after.or(before) else {
            continue;
        };
        // A length before the word was read with it.
        if i > 0
            && placed
                .iter()
                .any(|p| p.to == i && p.time.kind == TimeKind::Duration)
        {
            continue;
        }
        let Some(other) = out
            .mentions
            .iter()
            .position(|m| m.at >= i + len && m.at <= i + len + 3)
        else {
            continue;
        };
        let candidate = |k: usize, m: &Mention| {
            k != other
                && m.key != out.mentions[other].key
                && (m.at < i || m.at > out.mentions[other].at + 1)
        };
        let event_before = out
            .mentions
            .iter()
            .enumerate()
            .any(|(k, m)| candidate(k, m) && m.at < i && !m.key.starts_with(STATEMENT));
        // (An order phrase set off after its clause, "signed on Jan. 29,
        // shortly after passing the medical, and was presented …", orders
        // the event before it, not the one after.)
        let set_off = (i.saturating_sub(2)..i).any(|k| s.tokens[k].is_punct(','));
        let main = out
            .mentions
            .iter()
            .enumerate()
            .filter(|(k, m)| candidate(*k, m))
            // The event just before the word ("shut down after a fire"),
            // else the nearest after it ("Following the merger, the society
            // announced"), else one further before; a statement after the
            // word only when no event comes before it ("began on Sept. 4,
            // ahead of the storm's arrival, the government said" is the
            // evacuation's order).
            .min_by_key(|(_, m)| {
                let statement = if event_before && m.at > i && m.key.starts_with(STATEMENT) {
                    200
                } else {
                    0
                };
                statement
                    + if m.at < i && i - m.at <= 3 {
                        i - m.at
                    } else if m.at > i && !(set_off && event_before) {
                        10 + m.at - i
                    } else if m.at > i {
                        300 + m.at - i
                    } else {
                        (i - m.at) + 100
                    }
            })
            .map(|(k, _)| k);
        let Some(main) = main else { continue };
        let span = s.tokens[i].span.cover(out.mentions[other].span);
        let (from, to) = if after.is_some() {
            // After an event is after its end ("following the merger": once
            // it was completed), unless the words speak of its start.
            (
                done_point(&out.mentions[other], global(other)),
                Anchor::Start(global(main)),
            )
        } else {
            (Anchor::Start(global(main)), Anchor::Start(global(other)))
        };
        out.raws.push(Raw {
            from,
            to,
            min: Some(0),
            max: None,
            note: note(
                span,
                if after.is_some() {
                    Relation::After
                } else {
                    Relation::Before
                },
            ),
        });
    }

    // ---- ages and births.
    ages(s, marks, &placed, at, &mut out);
    out
}
