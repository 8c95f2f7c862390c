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

use super::params::TimelineParams;
use super::{Anchor, Clause, Mention, Raw, Relation};
use crate::document::Span;
use crate::expressions::tokens::Token;
use crate::expressions::{TimeExpr, TimeKind};
use crate::words::{KeyMap, KeySet};

/// The word classes of the params, looked up by the key of a word's lower
/// case (`words::lower_key`: no lower-case copy of a token to look one up).
pub struct Words {
    /// Every phrase of every class, by its first word's key (longest
    /// first; words sharing a key are told apart by comparing the words).
    phrases: KeyMap<Vec<(Vec<String>, Class)>>,
    /// Each family word or phrase with its family key and whether it names
    /// the family's end ("reopened": a closure's), by its first word's key,
    /// longest first.
    family: KeyMap<Vec<(Vec<String>, String, bool)>>,
    /// The phrases that can state a constraint (families, aspect verbs,
    /// lengths, modes, orders; not the words that only modify one), by
    /// their first word's key: each the keys of the words after it. Ages
    /// and births are read at "born", "aged", "turned", "birthday".
    opening_keys: KeyMap<Vec<Vec<u64>>>,
    /// The first words' keys of the phrases a mention is read from: family
    /// words, aspect verbs and order verbs. A sentence with none of them
    /// (and no statement with a time) has no mention.
    mention_keys: KeySet,
    /// The keys of the ordinal words ("first" … "twentieth"): with a
    /// token that opens with a digit or a sign, the only tokens an
    /// ordinal (`ordinal_at`) opens at.
    ordinal_keys: KeySet,
    pub hedge_share: f64,
    /// Every mention's participants and names are made, a statement's too
    /// (which no join weighs), not only those a join weighs: for the
    /// developers' listing (`Timeline::debug`).
    pub details: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Hedge,
    StartVerb,
    EndVerb,
    OccurVerb,
    Lasted,
    Ongoing,
    Prospective,
    Expected,
    Conditional,
    Negation,
    Distinct,
    After,
    Before,
    Later,
    Since,
    Ending,
    Follows,
    Precedes,
}

impl Class {
    /// The class's bit in a token's set of classes.
    fn bit(self) -> u32 {
        1 << (self as u8)
    }
}

impl Words {
    pub fn new(p: &TimelineParams) -> Words {
        let mut phrases: KeyMap<Vec<(Vec<String>, Class)>> = KeyMap::default();
        let lists: [(&Vec<String>, Class); 18] = [
            (&p.follows, Class::Follows),
            (&p.precedes, Class::Precedes),
            (&p.hedges, Class::Hedge),
            (&p.start_verbs, Class::StartVerb),
            (&p.end_verbs, Class::EndVerb),
            (&p.occur_verbs, Class::OccurVerb),
            (&p.lasted, Class::Lasted),
            (&p.ongoing, Class::Ongoing),
            (&p.prospective, Class::Prospective),
            (&p.expected, Class::Expected),
            (&p.conditional, Class::Conditional),
            (&p.negation, Class::Negation),
            (&p.distinct, Class::Distinct),
            (&p.after, Class::After),
            (&p.before, Class::Before),
            (&p.later, Class::Later),
            (&p.since, Class::Since),
            (&p.ending, Class::Ending),
        ];
        for (list, class) in lists {
            for phrase in list {
                let words = phrase_words(phrase);
                if let Some(first) = words.first() {
                    phrases
                        .entry_or_default(crate::words::key(first))
                        .push((words, class));
                }
            }
        }
        // Longest phrases first, so that "is expected to" wins over "is".
        for list in phrases.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        let mut family: KeyMap<Vec<(Vec<String>, String, bool)>> = KeyMap::default();
        for f in &p.family {
            let named = f.words.iter().map(|w| (w, false));
            for (phrase, end) in named.chain(f.ends.iter().map(|w| (w, true))) {
                let words = phrase_words(phrase);
                if let Some(first) = words.first() {
                    family.entry_or_default(crate::words::key(first)).push((
                        words,
                        f.key.clone(),
                        end,
                    ));
                }
            }
        }
        for list in family.values_mut() {
            list.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        }
        let mut opening_keys: KeyMap<Vec<Vec<u64>>> = KeyMap::default();
        let stating = phrases
            .values()
            .flatten()
            .filter(|(_, c)| {
                !matches!(
                    c,
                    Class::Hedge
                        | Class::Conditional
                        | Class::Negation
                        | Class::Distinct
                        | Class::Later
                        | Class::Since
                        | Class::Ending
                )
            })
            .map(|(w, _)| w.clone())
            .chain(family.values().flatten().map(|(w, _, _)| w.clone()))
            .chain(
                [
                    "born", "aged", "turned", "turns", "turn", "turning", "birthday",
                ]
                .map(|w| vec![w.to_string()]),
            );
        for words in stating {
            let keys: Vec<u64> = words.iter().map(|w| crate::words::key(w)).collect();
            opening_keys
                .entry_or_default(keys[0])
                .push(keys[1..].to_vec());
        }
        let mut mention_keys = KeySet::default();
        for (w, c) in phrases.values().flatten() {
            if matches!(
                c,
                Class::Follows
                    | Class::Precedes
                    | Class::StartVerb
                    | Class::EndVerb
                    | Class::OccurVerb
                    | Class::Lasted
                    | Class::Ongoing
            ) {
                mention_keys.insert(crate::words::key(&w[0]), ());
            }
        }
        for (w, _, _) in family.values().flatten() {
            mention_keys.insert(crate::words::key(&w[0]), ());
        }
        let ordinal_keys = ORDINALS.iter().map(|w| crate::words::key(w)).collect();
        Words {
            phrases,
            family,
            opening_keys,
            mention_keys,
            ordinal_keys,
            details: false,
            hedge_share: if p.hedge_share > 0.0 {
                p.hedge_share
            } else {
                0.25
            },
        }
    }

    /// Whether a token opens any phrase or family word (by its lower-case
    /// key, no copy): a sentence with none and no time is not read.
    pub fn opens(&self, tokens: &[Token], i: usize) -> bool {
        let Some(phrases) = self.opening_keys.get(&crate::words::lower_key(&tokens[i])) else {
            return false;
        };
        phrases.iter().any(|rest| {
            rest.iter().enumerate().all(|(k, key)| {
                tokens
                    .get(i + 1 + k)
                    .is_some_and(|t| crate::words::lower_key(t) == *key)
            })
        })
    }
}

impl Words {
    /// Whether an ordinal can open at `i` (`ordinal_at` is `None` where
    /// not): an ordinal word, by its key, a number ("40" of "40th"), or a
    /// word that opens with a digit or a sign ("40th").
    fn may_open_ordinal(&self, s: &Sentence, i: usize) -> bool {
        s.tokens[i].is_number()
            || s.word(i)
                .as_bytes()
                .first()
                .is_some_and(|b| b.is_ascii_digit() || *b == b'+' || *b == b'-')
            || self
                .ordinal_keys
                .contains(&crate::words::lower_key(&s.tokens[i]))
    }
}

/// The lower-case words of a sentence (borrowed where a word is lower
/// case already).
pub struct Sentence<'s, 't> {
    pub tokens: &'s [Token<'t>],
    pub lower: &'s [Cow<'t, str>],
}

impl Sentence<'_, '_> {
    fn len(&self) -> usize {
        self.lower.len()
    }

    fn word(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", |w| w)
    }

    /// The classes of the phrases that open at `i`, longest first.
    fn classes_at(&self, words: &Words, i: usize) -> Vec<(Class, usize)> {
        // Most words open no phrase: the key's filter tells.
        let Some(list) = words.phrases.get(&crate::words::lower_key(&self.tokens[i])) else {
            return Vec::new();
        };
        list.iter()
            .filter(|(w, _)| (0..w.len()).all(|k| self.word(i + k) == w[k]))
            .map(|(w, c)| (*c, w.len()))
            .collect()
    }

    /// The event family of the word (or phrase) at `i`, with its length
    /// and whether it names the family's end.
    fn family_at(&self, words: &Words, i: usize) -> Option<(String, usize, bool)> {
        let list = words
            .family
            .get(&crate::words::lower_key(&self.tokens[i]))?;
        list.iter()
            .find(|(w, _, _)| (0..w.len()).all(|k| self.word(i + k) == w[k]))
            .map(|(w, key, end)| (key.clone(), w.len(), *end))
    }

    fn is_clause_break(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.is_punct(',')
            || t.is_punct(';')
            || t.is_punct(':')
            || t.is_punct('—')
            || t.is_punct('(')
            || t.is_punct(')')
    }
}

/// The lower-case words of a phrase of the params (a hyphenated word,
/// "sit-in", is one word, as the tokenizer keeps it).
fn phrase_words(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(str::to_lowercase).collect()
}

/// How long before the statement a thing done is another occurrence than
/// one still to come (days).
const LONG_PAST_DAYS: i64 = 21;

/// The key prefix of a statement's mention (a cue of saying).
pub const STATEMENT: &str = "say#";

/// The key prefix of a dated clause's verb that names no event of a
/// family ("was confirmed on Feb. 3").
pub const CLAUSE: &str = "did#";

/// Whether a mention is an event word's (not a statement's or a bare
/// clause's), which lengths and ordinals can be said of.
fn names_event(m: &Mention) -> bool {
    !m.key.starts_with(STATEMENT) && !m.key.starts_with(CLAUSE)
}

const DETERMINERS: &[&str] = &[
    "the", "its", "their", "his", "her", "this", "that", "these", "those", "our", "a", "an",
];
const DEFINITE: &[&str] = &[
    "the", "its", "their", "his", "her", "this", "that", "these", "those", "our",
];
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "will",
    "would",
    "now",
    "officially",
    "finally",
    "formally",
    "only",
    "also",
    "already",
    "just",
    "then",
    "eventually",
    "first",
];
/// Words before "to" that put a verb after them in a plan or an
/// expectation ("is expected to be lifted").
const TO_VERBS: &[&str] = &[
    "expected",
    "due",
    "set",
    "scheduled",
    "likely",
    "unlikely",
    "supposed",
    "planned",
    "meant",
    "going",
    "hoped",
    "poised",
    "about",
];
const PRONOUNS: &[&str] = &[
    "he", "she", "him", "his", "her", "they", "it", "its", "their",
];
const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];
const UNITS: &[(&str, i64, i64)] = &[
    ("day", 1, 1),
    ("days", 1, 1),
    ("week", 7, 7),
    ("weeks", 7, 7),
    ("month", 28, 31),
    ("months", 28, 31),
    ("year", 365, 366),
    ("years", 365, 366),
];
const MONTHS_AND_DAYS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

fn ordinal_value(word: &str) -> Option<i64> {
    if let Some(k) = ORDINALS.iter().position(|o| *o == word) {
        return Some(k as i64 + 1);
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !digits.is_empty() && matches!(suffix, "st" | "nd" | "rd" | "th") {
        return digits.parse().ok();
    }
    None
}

/// Words in "-ed" that are no past forms.
const NOT_PAST: &[&str] = &[
    "hundred", "indeed", "proceed", "succeed", "exceed", "speed", "breed", "greed", "creed",
    "bleed", "naked", "sacred", "wicked", "kindred", "embed",
];

/// An ordinal at `i` and the tokens it takes: "sixth", or "40th" as the
/// tokenizer splits it ("40", "th").
fn ordinal_at(s: &Sentence, i: usize) -> Option<(i64, usize)> {
    if let Some(v) = ordinal_value(s.word(i)) {
        return Some((v, 1));
    }
    if s.tokens.get(i).is_some_and(|t| t.is_number())
        && matches!(s.word(i + 1), "st" | "nd" | "rd" | "th")
        && s.tokens[i].span.end == s.tokens[i + 1].span.start
    {
        return Some((s.word(i).parse().ok()?, 2));
    }
    None
}

fn is_past_form(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed") && !NOT_PAST.contains(&word))
        || matches!(
            word,
            "began"
                | "begun"
                | "held"
                | "took"
                | "taken"
                | "won"
                | "lost"
                | "left"
                | "fled"
                | "met"
                | "ran"
                | "shut"
                | "struck"
                | "went"
                | "gone"
                | "came"
                | "fell"
                | "broke"
                | "hit"
                | "set"
                | "sold"
                | "bought"
                | "quit"
                | "made"
                | "brought"
                | "kept"
                | "rose"
                | "cut"
                | "put"
                | "led"
                | "sent"
                | "spent"
                | "saw"
                | "told"
                | "became"
                | "found"
        )
}

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

fn days(d: NaiveDate) -> i64 {
    d.num_days_from_ce() as i64
}

/// The token range of a span.
fn token_range(tokens: &[Token], span: Span) -> (usize, usize) {
    let start = tokens
        .iter()
        .position(|t| t.span.start >= span.start)
        .unwrap_or(tokens.len());
    let end = tokens
        .iter()
        .rposition(|t| t.span.end <= span.end)
        .map_or(start, |k| k + 1)
        .max(start);
    (start, end)
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
    let same_day = same_day_times(s, times);
    let next_days = next_days(s);
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
        || s.tokens
            .iter()
            .any(|t| words.mention_keys.contains(&crate::words::lower_key(t)));
    if !mentionable {
        if states_age(s) {
            ages(words, s, &placed, at, &mut out);
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
        let here = s.classes_at(words, i);
        opens.push(here.iter().fold(0, |bits, (c, _)| bits | c.bit()));
        classes.push(here);
    }
    let has = |i: usize, c: Class| {
        if opens.get(i).is_none_or(|bits| bits & c.bit() == 0) {
            return None;
        }
        classes[i].iter().find(|(k, _)| *k == c).map(|x| x.1)
    };
    let again = s.lower.iter().any(|w| w == "again");

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
            // Back to the phrase's determiner: "the first Women's Boat Race".
            || (1..=5)
                .take_while(|&k| {
                    head >= k
                        && !DETERMINERS.contains(&before(k))
                        && !s.is_clause_break(head - k)
                        && (k <= 3 || s.tokens[head - k].is_word() || before(k) == "'")
                })
                .any(|k| {
                    let w = before(k);
                    has(head.wrapping_sub(k), Class::Distinct).is_some()
                        || ordinal_value(w).is_some()
                        || ordinal_at(s, head - k).is_some()
                })
            // "held a second round", "opened another": the verb's object
            // says so, right after it or after its article ("closed to new
            // admissions" is no new closure).
            || (verbal
                && (1..=3).any(|k| {
                    let j = head + len + k - 1;
                    let led = k == 1 || matches!(s.word(j - 1), "a" | "an" | "the");
                    j < n
                        && led
                        && (has(j, Class::Distinct).is_some()
                            || ordinal_value(s.word(j)).is_some()
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
            aspect,
            verb: None,
            mode: Mode::Unknown,
            clause_verb: None,
            timed: false,
            long_past: false,
        });
        out.mentions.len() - 1
    };
    let mut i = 0;
    while i < n {
        // (The family table's filter rules out most words before a lookup.)
        let family = if words.family.may_hold(crate::words::lower_key(&s.tokens[i])) {
            s.family_at(words, i)
        } else {
            None
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
            let month = MONTHS_AND_DAYS.contains(&s.word(i)) && s.tokens[i].capitalized;
            if !speech && !month && !in_time(i) {
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
                        .unwrap_or_else(|| super::event_key(s.word(k)))
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
            let len = has(v, Class::EndVerb)
                .or(has(v, Class::StartVerb))
                .unwrap_or(1);
            let next = s.word(v + len);
            if v + len >= n
                || !s.tokens[v + len].is_word()
                || is_preposition(next)
                || matches!(
                    next,
                    "last" | "this" | "next" | "until" | "from" | "early" | "late"
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
            let eventish = |h: usize, out: &Read| {
                out.mentions.iter().any(|m| m.at == h)
                    || looks_like_event(s.word(h))
                    || has(h, Class::Ending).is_some()
                    || bare_state(s, h, v, &has)
            };
            let head = match phrase_head(s, head) {
                Some(h) if h != head && eventish(h, &out) => h,
                _ => head,
            };
            let known = out.mentions.iter().position(|m| m.at == head);
            let key = match known {
                Some(k) => out.mentions[k].key.clone(),
                None => super::event_key(s.word(head)),
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
                    None => super::event_key(s.word(h)),
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
    if out.mentions.is_empty() && placed.is_empty() && !states_age(s) {
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
        if mode == Mode::Unknown && !out.mentions[m].verbal && out.mentions[m].verb.is_none() {
            // "At the hearing, the judge ordered …", "In the vote, 58 percent
            // backed …": a noun the clause is set in takes its verb's tense.
            if let Some(v) = framing_verb(s, head, &has) {
                out.mentions[m].clause_verb = Some(v);
                mode = Mode::Done;
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
            if has(verb, Class::Ongoing).is_some() || has(verb, Class::Lasted).is_some() {
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
    let global = |k: usize| at.first_mention + k;

    let note = |span: Span, relation: Relation| super::NoteDraft {
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
        if attach(&out.mentions, pl, &vec![false; out.mentions.len()], s, at).is_some() {
            continue;
        }
        let Some(v) = dated_verb(s, pl, &placed, &has) else {
            continue;
        };
        if out.mentions.iter().any(|m| m.at == v || m.verb == Some(v)) {
            continue;
        }
        // (Never joined: no participants needed, as for a statement.)
        let k = push(
            &mut out,
            v,
            1,
            format!("{CLAUSE}{}-{v}", at.sentence),
            Aspect::Occur,
            true,
            true,
        );
        out.mentions[k].distinct = true;
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

    // ---- ordinal periods: "now in its sixth week", "the third day of".
    for i in (0..n).filter(|&i| words.may_open_ordinal(s, i)) {
        let Some((nth, olen)) = ordinal_at(s, i) else {
            continue;
        };
        // "a third straight day", "its fifth consecutive week".
        let run = usize::from(matches!(
            s.word(i + olen),
            "straight" | "consecutive" | "successive" | "full"
        ));
        let Some(&(_, lo_u, hi_u)) = UNITS.iter().find(|(u, _, _)| *u == s.word(i + olen + run))
        else {
            continue;
        };
        // "its sixth week", "the strike's sixth day" (the possessor is the
        // event).
        let possessor = (i > 0 && s.word(i - 1).ends_with("'s"))
            .then(|| {
                out.mentions
                    .iter()
                    .position(|m| m.at + 2 == i || m.at + 1 == i)
            })
            .flatten();
        if !(i > 0 && matches!(s.word(i - 1), "its" | "their" | "the" | "a" | "his" | "her"))
            && possessor.is_none()
        {
            continue;
        }
        // The event: "of the X" after, else the nearest mention before.
        let unit = i + olen + run;
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
        if s.word(pl.to) == "of" {
            let of = out
                .mentions
                .iter()
                .position(|m| m.at > pl.to && m.at <= pl.to + 3 && names_event(m));
            if let Some(m) = of {
                used[p] = true;
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
                    m.at > pl.to && Some(m.at) != other.map(|o| out.mentions[o].at) && m.verbal
                })
                .or_else(|| out.mentions.iter().position(|m| m.at < pl.from))
                .or_else(|| {
                    out.mentions
                        .iter()
                        .position(|m| Some(m.at) != other.map(|o| out.mentions[o].at))
                });
            let Some(main) = main else { continue };
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
            let (from, to) = if before_word {
                (Anchor::Start(global(main)), other_anchor)
            } else {
                (other_anchor, Anchor::Start(global(main)))
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
        let Some(m) = attach(&out.mentions, pl, &dated, s, at) else {
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
        let planned_end = mention.mode == Mode::ToCome && mention.aspect == Aspect::End;
        match (mention.mode, since, by || until) {
            (Mode::Expected, _, _) | (Mode::ToCome, _, _)
                if planned_end || mention.mode == Mode::Expected =>
            {
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
                out.raws.push(Raw {
                    from: base,
                    to: Anchor::Start(global(m)),
                    min: None,
                    max: Some(hi),
                    note: note(span, Relation::Ongoing),
                });
                out.raws.push(Raw {
                    from: base,
                    to: Anchor::End(global(m)),
                    min: Some(lo),
                    max: None,
                    note: note(span, Relation::Ongoing),
                });
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
        let main = out
            .mentions
            .iter()
            .enumerate()
            .filter(|(k, m)| {
                *k != other
                    && m.key != out.mentions[other].key
                    && (m.at < i || m.at > out.mentions[other].at + 1)
            })
            // The event just before the word ("shut down after a fire"),
            // else the nearest after it ("Following the merger, the society
            // announced"), else one further before.
            .min_by_key(|(_, m)| {
                if m.at < i && i - m.at <= 3 {
                    i - m.at
                } else if m.at > i {
                    10 + m.at - i
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
    ages(words, s, &placed, at, &mut out);
    out
}

/// The event of mention `m` still goes on at the statement: its end is not
/// before the article's reference point.
fn goes_on(article: usize, m: usize, note: super::NoteDraft) -> Raw {
    Raw {
        from: Anchor::Reference(article),
        to: Anchor::End(m),
        min: Some(0),
        max: None,
        note,
    }
}

/// "the next day", "the following day", "the day after" (+1), "the
/// previous day", "the day before" (−1), with no event after them ("the
/// day after the vote" is an order word's): token ranges and offsets.
fn next_days(s: &Sentence) -> Vec<(usize, usize, i64)> {
    let mut out = Vec::new();
    for i in 0..s.len().saturating_sub(2) {
        if s.word(i) != "the" {
            continue;
        }
        let (w1, w2) = (s.word(i + 1), s.word(i + 2));
        let offset = match (w1, w2) {
            ("next" | "following", "day" | "morning" | "evening") => 1,
            ("previous", "day" | "morning" | "evening") => -1,
            ("day", "after") => 1,
            ("day", "before") => -1,
            _ => continue,
        };
        // "the day after the vote", "the following day's": not alone.
        let next = s.tokens.get(i + 3);
        let alone = next.is_none_or(|t| {
            !t.is_word()
                || !matches!(
                    s.word(i + 3),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their"
                )
        }) && !s.word(i + 2).ends_with("'s");
        if alone {
            out.push((i, i + 3, offset));
        }
    }
    out
}

/// "that evening", "that night", "later that day", "the same day": the day
/// of the date before it in the sentence, as a time of its own.
fn same_day_times(s: &Sentence, times: &[TimeExpr]) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    for i in 0..s.len().saturating_sub(1) {
        let (w, next) = (s.word(i), s.word(i + 1));
        let anaphor = w == "that"
            && matches!(next, "evening" | "night" | "morning" | "afternoon" | "day")
            || w == "same" && next == "day" && i > 0 && s.word(i - 1) == "the";
        if !anaphor {
            continue;
        }
        let at = s.tokens[i].span.start;
        let Some(day) = times
            .iter()
            .filter(|t| {
                t.span.end <= at
                    && t.kind == TimeKind::Date
                    && t.start.is_some()
                    && t.start == t.end
            })
            .max_by_key(|t| t.span.end)
        else {
            continue;
        };
        let mut t = day.clone();
        t.span = s.tokens[i].span.cover(s.tokens[i + 1].span);
        t.weekday = None;
        out.push(t);
    }
    out
}

/// The verb a date of no event's belongs to: a past verb just before it
/// ("was confirmed on Feb. 3"), or, for a date that opens the sentence
/// ("A week later, on Feb. 24, the ministry declared"), the first past
/// verb after its comma.
fn dated_verb(
    s: &Sentence,
    p: &Placed,
    placed: &[Placed],
    has: &dyn Fn(usize, Class) -> Option<usize>,
) -> Option<usize> {
    let verb_like = |j: usize| {
        let w = s.word(j);
        is_past_form(w) && !AUXILIARIES.contains(&w) && !s.tokens[j].capitalized && !w.contains('-')
    };
    let mut g = p.from;
    while g > 0
        && matches!(
            s.word(g - 1),
            "in" | "on" | "at" | "during" | "by" | "until" | "last" | "this"
        )
    {
        g -= 1;
    }
    if g > 0 && verb_like(g - 1) {
        return Some(g - 1);
    }
    // Past a short object: "issued the warning on Nov. 27".
    if g >= 3 && DEFINITE.contains(&s.word(g - 2)) && verb_like(g - 3) {
        return Some(g - 3);
    }
    // Only times, lengths with "later" and punctuation before it: it opens
    // the sentence.
    let opens = (0..p.from).all(|k| {
        !s.tokens[k].is_word()
            || placed.iter().any(|q| (q.from..q.to).contains(&k))
            || matches!(
                s.word(k),
                "on" | "in" | "by" | "later" | "earlier" | "then" | "and"
            )
    });
    if !opens {
        return None;
    }
    let comma = (p.to..s.len().min(p.to + 3)).find(|&k| s.tokens[k].is_punct(','))?;
    for j in comma + 1..s.len().min(comma + 10) {
        if has(j, Class::Prospective).is_some()
            || has(j, Class::Conditional).is_some()
            || s.tokens[j].is_punct(',')
        {
            return None;
        }
        if verb_like(j) {
            return Some(j);
        }
    }
    None
}

/// The point an event is over at, for what comes after it: its end,
/// unless the mention speaks of its start ("after the strike began").
fn done_point(m: &Mention, global: usize) -> Anchor {
    if m.aspect == Aspect::Start {
        Anchor::Start(global)
    } else {
        Anchor::End(global)
    }
}

/// The verb of the clause a noun at `head` is set in by a preposition
/// ("At the hearing, the judge ordered", "was read out at the hearing"):
/// a past verb first after the phrase's comma, or just before the
/// preposition; none when a modal or a future comes first.
fn framing_verb(
    s: &Sentence,
    head: usize,
    has: &dyn Fn(usize, Class) -> Option<usize>,
) -> Option<usize> {
    // Back over two modifiers at most to the determiner, then the
    // preposition before it.
    let mut p = head;
    loop {
        if p == 0 || head - p > 2 {
            return None;
        }
        p -= 1;
        let w = s.word(p);
        if DEFINITE.contains(&w) {
            break;
        }
        if !s.tokens[p].is_word() || is_preposition(w) {
            return None;
        }
    }
    if p == 0 || !is_framing(s.word(p - 1)) {
        return None;
    }
    let prep = p - 1;
    let stops = |j: usize| {
        has(j, Class::Prospective).is_some()
            || has(j, Class::Conditional).is_some()
            || has(j, Class::Expected).is_some()
            || has(j, Class::Negation).is_some()
    };
    // (Not a present passive: "Jack is informed".)
    let past = |j: usize| {
        let w = s.word(j);
        (is_past_form(w) || matches!(w, "was" | "were" | "had"))
            && !s.tokens[j].capitalized
            && !(j > 0 && matches!(s.word(j - 1), "is" | "are" | "am" | "be" | "being"))
    };
    if prep == 0 || prep == 1 && !s.tokens[0].is_word() {
        // The phrase opens the sentence: the verb after its comma.
        let comma = (head + 1..s.len().min(head + 8)).find(|&j| s.tokens[j].is_punct(','))?;
        for j in comma + 1..s.len().min(comma + 9) {
            if stops(j) || s.is_clause_break(j) || s.tokens[j].is_punct('"') {
                return None;
            }
            if past(j) {
                return Some(j);
            }
        }
        return None;
    }
    // After its verb: "the sentence was read out at the hearing".
    (prep.saturating_sub(3)..prep)
        .rev()
        .take_while(|&j| !s.is_clause_break(j))
        .find(|&j| past(j) && !(j > 0 && stops(j - 1)))
}

fn is_framing(w: &str) -> bool {
    matches!(
        w,
        "at" | "in" | "during" | "after" | "following" | "throughout" | "amid"
    )
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "at" | "in" | "during" | "after" | "following" | "throughout" | "amid" | "on" | "of" | "by"
    )
}

/// The mode of an event mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Unknown,
    Done,
    ToCome,
    Expected,
    Ongoing,
    Unreported,
}

/// Which point of its event a mention's time bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aspect {
    Start,
    End,
    Occur,
}

fn mode_span(s: &Sentence, m: &Mention) -> Span {
    match m.verb.or(m.clause_verb) {
        Some(v) if v < s.tokens.len() => m.span.cover(s.tokens[v].span),
        _ => m.span,
    }
}

fn is_dateline(t: &TimeExpr, at: &At) -> bool {
    at.sentence < 3
        && t.span.start < 300
        && !t.relative
        && t.kind == TimeKind::Date
        && t.start.is_some()
        && t.start == at.dateline
}

fn has_year(s: &Sentence, p: &Placed) -> bool {
    (p.from..p.to).any(|k| s.tokens[k].is_number() && s.tokens[k].text.len() == 4)
}

/// Whether the sentence may state an age or a birth (what a sentence with
/// no mention can still say).
fn states_age(s: &Sentence) -> bool {
    s.lower.iter().any(|w| {
        matches!(
            &**w,
            "born" | "aged" | "birthday" | "turned" | "turns" | "turn" | "turning"
        )
    }) || has_age(s)
}

fn has_age(s: &Sentence) -> bool {
    // ("-year-old" is nine bytes: a shorter token holds none.)
    s.tokens
        .iter()
        .any(|t| t.is_number() || (t.text.len() >= 9 && t.text.contains("-year-old")))
}

/// Where a date or period lies: the point it is measured from (the
/// calendar, or the article's statement point when the article has no
/// reference date and the time is relative) and its bounds in days from
/// it. A relative time read against the stand-in date is widened by how
/// much the calendar position mattered to it: a weekday may be any of the
/// seven days before the statement (or after it, when to come), a week or
/// a month shifts with the weekday or the day of the month.
fn place(p: &Placed, s: &Sentence, at: &At) -> (Anchor, i64, i64) {
    let t = p.time;
    let (Some(start), end) = (t.start, t.end) else {
        return (Anchor::Calendar, 0, 0);
    };
    let end = end.unwrap_or(start);
    if at.reference.is_none() && !t.relative && !has_year(s, p) {
        // "lifted off on May 20, 2025 … By June 14": the year stated once.
        if let Some(y) = at.known_year {
            let (Some(a), Some(b)) = (start.with_year(y), end.with_year(y)) else {
                return (Anchor::Calendar, days(start), days(end));
            };
            let b = if b < a {
                b.with_year(y + 1).unwrap_or(b)
            } else {
                b
            };
            return (Anchor::Calendar, days(a), days(b));
        }
        // A date with no year in an article with no date: its day of the
        // year, from the article's year point (all such dates are taken to
        // be of one year).
        // (Counted in a leap year, whatever year the date was parsed in, so
        // that two such dates compare alike and 29 February has a day.)
        let first = NaiveDate::from_ymd_opt(2000, start.month(), start.day())
            .map_or(start.ordinal0(), |d| d.ordinal0()) as i64;
        return (
            Anchor::Year(at.article),
            first,
            first + (days(end) - days(start)),
        );
    }
    if at.reference.is_some() || !t.relative {
        return (Anchor::Calendar, days(start), days(end));
    }
    let r = days(at.stand_in);
    let (d0, d1) = (days(start) - r, days(end) - r);
    let weekday = (p.from..p.to).any(|k| {
        matches!(
            s.word(k),
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        )
    });
    let length = d1 - d0;
    let (lo, hi) = if weekday && length == 0 {
        if d0 <= 0 {
            (-6, 0)
        } else {
            (1, 7)
        }
    } else if length >= 27 {
        (d0 - 31, d1 + 31)
    } else if length >= 5 {
        (d0 - 6, d1 + 6)
    } else {
        (d0, d1)
    };
    // A past time stays past, a time to come stays to come.
    let (lo, hi) = if d1 < 0 {
        (lo, hi.min(-1))
    } else if d0 > 0 {
        (lo.max(1), hi)
    } else {
        (lo, hi)
    };
    (Anchor::Reference(at.article), lo, hi)
}

fn duration_bounds(
    d: crate::expressions::DurationDays,
    hedged: bool,
    share: f64,
) -> (Option<i64>, Option<i64>) {
    let mut min = d.min.map(|x| {
        let x = if d.min_exclusive { x + 1.0 } else { x };
        x.floor() as i64
    });
    let mut max = d.max.map(|x| {
        let x = if d.max_exclusive { x - 1.0 } else { x };
        x.ceil() as i64
    });
    if hedged {
        min = min.map(|x| ((x as f64) * (1.0 - share)).floor() as i64);
        max = max.map(|x| ((x as f64) * (1.0 + share)).ceil() as i64 + 1);
    }
    (min, max)
}

/// The mention nearest before `i`, else after it.
fn nearest_mention(mentions: &[Mention], i: usize) -> Option<usize> {
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| names_event(m))
        .filter(|(_, m)| m.at < i)
        .max_by_key(|(_, m)| m.at)
        .or_else(|| {
            mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| names_event(m) && m.at > i)
                .min_by_key(|(_, m)| m.at)
        })
        .map(|(k, _)| k)
}

/// A date of the sentence that no mention has taken and that stands for the
/// statement's time ("On Thursday, the talks entered their fifth day").
fn statement_time(placed: &[Placed], used: &[bool]) -> Option<usize> {
    placed
        .iter()
        .enumerate()
        .find(|(k, p)| !used[*k] && p.time.kind == TimeKind::Date && p.time.start.is_some())
        .map(|(k, _)| k)
}

/// The event a date belongs to: the mention nearest it in its clause, a
/// verbal mention before it first; a noun only when the date follows it
/// closely ("the vote on May 10") or it has an aspect verb.
fn attach(
    mentions: &[Mention],
    p: &Placed,
    dated: &[bool],
    s: &Sentence,
    at: &At,
) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    // A time just after a verb that is no event's ("leaked in February") is
    // that verb's.
    let mut g = p.from;
    while g > 0
        && matches!(
            s.word(g - 1),
            "in" | "on" | "at" | "during" | "from" | "by" | "until" | "last" | "this"
        )
    {
        g -= 1;
    }
    if g > 0 {
        let w = g - 1;
        let owned = mentions
            .iter()
            .any(|m| m.at == w || m.verb.is_some_and(|v| (v..v + 4).contains(&w)));
        if !owned && is_past_form(s.word(w)) && !AUXILIARIES.contains(&s.word(w)) {
            return None;
        }
    }
    // The nearest cue of saying: a time next to it dates the statement.
    let cue_distance = at
        .cues
        .iter()
        .map(|c| token_range(s.tokens, *c))
        .map(|(a, b)| {
            if b <= p.from {
                p.from - b + 1
            } else if a >= p.to {
                a - p.to + 1
            } else {
                0
            }
        })
        .min();
    // Where the time lies against the statement: a past time is not the
    // date of an event still to come, nor a time to come that of one done.
    let (base, lo, hi) = place(p, s, at);
    let offset = match (base, at.reference) {
        (Anchor::Reference(_), _) => Some((lo, hi)),
        (_, Some(r)) => Some((lo - days(r), hi - days(r))),
        _ => None,
    };
    for (k, m) in mentions.iter().enumerate() {
        if dated[k] {
            continue;
        }
        let anchor = m.verb.unwrap_or(m.at);
        let distance = if anchor < p.from {
            p.from - anchor
        } else if anchor >= p.to {
            (anchor - p.to) + 2
        } else {
            continue;
        };
        let close_noun = m.at < p.from && p.from - m.at <= 2;
        if !m.verbal && m.verb.is_none() && !close_noun {
            continue;
        }
        // Not across a clause break between them, unless the noun is the
        // subject of its verb ("The strike, which …, began on").
        let (lo, hi) = if anchor < p.from {
            (anchor, p.from)
        } else {
            (p.to, anchor)
        };
        if (lo..hi).any(|j| s.tokens[j].is_punct(';')) {
            continue;
        }
        // Another verb between them has the time ("leaked in February,
        // before being released").
        let own = m.at..m.at + 1;
        let verb_phrase = m.verb.map_or(0..0, |v| v..v + 4);
        if (lo + 1..hi).any(|j| {
            !own.contains(&j)
                && !verb_phrase.contains(&j)
                && Some(j) != m.verb
                && is_past_form(s.word(j))
                && !s.word(j).contains('-')
                && !AUXILIARIES.contains(&s.word(j))
        }) {
            continue;
        }
        // (The statement's own mention is the cue: its date is its own.)
        let statement = m.key.starts_with(STATEMENT);
        if distance > 12 || !statement && cue_distance.is_some_and(|c| c < distance) {
            continue;
        }
        match (m.mode, offset) {
            (Mode::ToCome, Some((_, hi))) if hi < 0 && m.aspect != Aspect::End => continue,
            (Mode::Done, Some((lo, _))) if lo > 0 => continue,
            _ => {}
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((k, distance));
        }
    }
    best.map(|(k, _)| k)
}

/// The head noun an aspect verb at `v` is said of: the word before it,
/// past auxiliaries and adverbs, and past a parenthesis between commas
/// ("The closure, now in its sixth week, continues").
fn subject_head(s: &Sentence, v: usize) -> Option<usize> {
    let mut j = v;
    loop {
        if j == 0 {
            return None;
        }
        j -= 1;
        let w = s.word(j);
        if AUXILIARIES.contains(&w) || (w.ends_with("ly") && w.len() > 4) {
            continue;
        }
        // "The inquiry, which opened on Sept. 25,": the noun before the
        // relative clause's comma.
        if matches!(w, "which" | "that")
            && j >= 2
            && s.tokens[j - 1].is_punct(',')
            && s.tokens[j - 2].is_word()
        {
            let h = j - 2;
            return (!crate::graph::text::is_stop(s.word(h))).then_some(h);
        }
        // "the notice is expected to be lifted": back over the phrase.
        if w == "to" && j > 0 && TO_VERBS.contains(&s.word(j - 1))
            || TO_VERBS.contains(&w) && s.word(j + 1) == "to"
        {
            continue;
        }
        // "The referendum, to be held on June 9,": the noun before the
        // infinitive's comma.
        if w == "to" && j >= 2 && s.tokens[j - 1].is_punct(',') && s.tokens[j - 2].is_word() {
            let h = j - 2;
            return (!crate::graph::text::is_stop(s.word(h))).then_some(h);
        }
        if s.tokens[j].is_punct(',') || s.tokens[j].is_punct(')') || s.tokens[j].is_punct('—') {
            // Back over the parenthesis to the comma that opens it.
            let mut k = j;
            let mut found = None;
            while k > 0 && j - k < 14 {
                k -= 1;
                if s.tokens[k].is_punct(',')
                    || s.tokens[k].is_punct('(')
                    || s.tokens[k].is_punct('—')
                {
                    found = Some(k);
                    break;
                }
            }
            match found {
                Some(k) if k > 0 => {
                    j = k;
                    continue;
                }
                // "The referendum, held on Sunday,": a participle set after
                // its noun.
                None if s.tokens[j].is_punct(',')
                    && j > 0
                    && s.tokens[j - 1].is_word()
                    && !crate::graph::text::is_stop(s.word(j - 1))
                    && is_past_form(s.word(v)) =>
                {
                    return Some(j - 1);
                }
                _ => return None,
            }
        }
        if !s.tokens[j].is_word() || crate::graph::text::is_stop(w) {
            return None;
        }
        return Some(j);
    }
}

/// The head of the noun phrase whose last word is at `j`, when the phrase
/// holds a preposition: "The count in Asunción's mayoral election" →
/// "count", "The strike by nurses at three hospitals" → "strike".
fn phrase_head(s: &Sentence, j: usize) -> Option<usize> {
    let mut head = None;
    let mut k = j;
    while k > 0 && j - k < 8 {
        k -= 1;
        let w = s.word(k);
        if s.is_clause_break(k) || AUXILIARIES.contains(&w) || is_past_form(w) {
            break;
        }
        if DEFINITE.contains(&w) || matches!(w, "a" | "an") {
            // The phrase opens here: its head is the word before the first
            // preposition after it.
            return head.filter(|&h| h > k);
        }
        if matches!(
            w,
            "in" | "of" | "at" | "by" | "for" | "on" | "from" | "over" | "against"
        ) && k > 0
            && s.tokens[k - 1].is_word()
            && !crate::graph::text::is_stop(s.word(k - 1))
        {
            head = Some(k - 1);
        }
    }
    None
}

/// Whether the subject at `h` of an aspect verb at `v` names a state or a
/// happening by the verb alone: a common noun after an article, the verb
/// taking no object after it ("the notice remains in force", "the count
/// entered its sixth day", "the outbreak began on March 3"), and no
/// person or body ("the company began").
fn bare_state(
    s: &Sentence,
    h: usize,
    v: usize,
    has: &dyn Fn(usize, Class) -> Option<usize>,
) -> bool {
    const NOT_EVENTS: &[&str] = &[
        "man",
        "woman",
        "men",
        "women",
        "people",
        "person",
        "boy",
        "girl",
        "child",
        "children",
        "company",
        "firm",
        "group",
        "government",
        "council",
        "team",
        "club",
        "board",
        "court",
        "police",
        "army",
        "party",
        "agency",
        "ministry",
        "department",
        "union",
        "city",
        "town",
        "country",
        "state",
        "bank",
        "school",
        "hospital",
        "family",
        "player",
        "players",
        "official",
        "officials",
        "minister",
        "president",
        "leader",
        "director",
        "owner",
        "owners",
        "workers",
        "staff",
        "residents",
        "crew",
        "driver",
        "suspect",
        "victim",
        "patient",
        "patients",
        "ship",
        "plane",
        "vessel",
        "train",
        "car",
        "building",
        "bridge",
        "road",
        "line",
        "ward",
        "plant",
        "factory",
        "site",
        "museum",
        "airport",
        "station",
        "price",
        "prices",
        "rate",
        "shares",
        "number",
        "figure",
        "total",
        "water",
        "level",
        "levels",
        "temperature",
        "temperatures",
        "it",
        "they",
        "he",
        "she",
        "this",
    ];
    let w = s.word(h);
    if s.tokens[h].capitalized && h > 0 || !s.tokens[h].is_word() || NOT_EVENTS.contains(&w) {
        return false;
    }
    if !(h > 0 && (DEFINITE.contains(&s.word(h - 1)) || matches!(s.word(h - 1), "a" | "an"))) {
        return false;
    }
    let stating = has(v, Class::StartVerb)
        .or(has(v, Class::EndVerb))
        .or(has(v, Class::Lasted))
        .or(has(v, Class::Ongoing));
    let Some(len) = stating else {
        return false;
    };
    let next = v + len;
    // ("entered its sixth day", not "began their strike".)
    let period = matches!(s.word(next), "its" | "their") && ordinal_at(s, next + 1).is_some();
    next >= s.len()
        || !s.tokens[next].is_word()
        || period
        || is_preposition(s.word(next))
        || matches!(
            s.word(next),
            "last"
                | "this"
                | "next"
                | "until"
                | "from"
                | "more"
                | "for"
                | "early"
                | "late"
                | "in"
                | "into"
                | "force"
                | "place"
                | "effect"
        )
}

/// The pronoun before an aspect verb at `v` ("It began", "They are due
/// to expire"), past auxiliaries, when it opens its clause and the topic
/// of the sentence before agrees with it in number.
fn pronoun_subject<'a>(s: &Sentence, v: usize, at: &At<'a>) -> Option<&'a Topic> {
    let topic = at.topic.filter(|t| t.sentence + 1 == at.sentence)?;
    let j = subject_head_or_pronoun(s, v);
    let w = s.word(j);
    let plural = topic.word.ends_with('s');
    let agrees = match w {
        "it" => !plural,
        "they" => plural,
        _ => false,
    };
    let opens = j == 0 || s.is_clause_break(j - 1) || matches!(s.word(j - 1), "and" | "but");
    (agrees && opens).then_some(topic)
}

/// The word before the verb at `v`, past auxiliaries and adverbs.
fn subject_head_or_pronoun(s: &Sentence, v: usize) -> usize {
    let mut j = v;
    while j > 0 {
        j -= 1;
        let w = s.word(j);
        if !(AUXILIARIES.contains(&w)
            || (w.ends_with("ly") && w.len() > 4)
            || matches!(w, "due" | "expected" | "set" | "scheduled" | "to" | "still"))
        {
            return j;
        }
    }
    v
}

/// Whether a noun names an event by its form (a nominalisation) when no
/// family lists it.
fn looks_like_event(word: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "tion", "sion", "ment", "ure", "ings", "ing", "age", "al", "ade", "ure", "ance", "ence",
    ];
    const NOT: &[&str] = &[
        "government",
        "department",
        "parliament",
        "management",
        "nation",
        "station",
        "region",
        "population",
        "organisation",
        "organization",
        "information",
        "capital",
        "official",
        "officials",
        "hospital",
        "local",
        "national",
        "general",
        "total",
        "animal",
        "village",
        "something",
        "nothing",
        "anything",
        "everything",
        "building",
        "morning",
        "evening",
        "spring",
        "king",
        "thing",
        "ring",
        "wing",
        "during",
        "ceiling",
        "feeling",
        "minister",
        "figure",
        "future",
        "nature",
        "picture",
        "measure",
        "average",
        "percentage",
        "page",
        "image",
        "message",
        "language",
        "stage",
        "age",
        "bridge",
    ];
    // A plural names the events ("restrictions", "hearings").
    let singular = word
        .strip_suffix('s')
        .filter(|w| !w.ends_with('s'))
        .unwrap_or(word);
    word.len() > 4
        && !NOT.contains(&word)
        && !NOT.contains(&singular)
        && SUFFIXES.iter().any(|x| singular.ends_with(x))
}

/// The participants and names of the mention of `len` words at `head`
/// (`participants`, `names_near`), in a sentence whose times take the
/// token ranges `times`; `stems` keeps each word's participant stem for
/// the sentence's other mentions (their clauses overlap).
pub fn participants_of(
    s: &Sentence,
    head: usize,
    len: usize,
    times: &[(usize, usize)],
    stems: &mut [Option<Option<String>>],
) -> (Vec<String>, Vec<String>) {
    let in_time = |i: usize| times.iter().any(|&(from, to)| (from..to).contains(&i));
    (
        participants(s, head, len, &in_time, stems),
        names_near(s, head, len, &in_time),
    )
}

/// The participants of a mention: the names and content nouns of its
/// clause, as stems.
fn participants(
    s: &Sentence,
    head: usize,
    len: usize,
    in_time: &dyn Fn(usize) -> bool,
    stems: &mut [Option<Option<String>>],
) -> Vec<String> {
    let n = s.len();
    let stop = |k: usize| s.tokens[k].is_punct(';') || s.tokens[k].is_punct(':');
    let mut lo = head;
    while lo > 0 && head - lo < 9 && !stop(lo - 1) {
        lo -= 1;
    }
    let mut hi = head + len;
    while hi < n && hi - head < 9 && !stop(hi) {
        hi += 1;
    }
    let mut out: Vec<String> = (lo..hi)
        .filter(|&k| k < head || k >= head + len)
        .filter_map(|k| {
            stems[k]
                .get_or_insert_with(|| participant_stem(s, k, in_time))
                .clone()
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The stem of the word at `k` when it can name a participant: a content
/// word, not in a time.
fn participant_stem(s: &Sentence, k: usize, in_time: &dyn Fn(usize) -> bool) -> Option<String> {
    if !s.tokens[k].is_word() || in_time(k) {
        return None;
    }
    let w = s.word(k);
    let content = w.len() > 2
        && !crate::graph::text::is_stop(w)
        && !AUXILIARIES.contains(&w)
        && !PRONOUNS.contains(&w)
        && !MONTHS_AND_DAYS.contains(&w)
        && !ORDINALS.contains(&w)
        && !matches!(
            w,
            "week"
                | "weeks"
                | "month"
                | "months"
                | "year"
                | "years"
                | "day"
                | "days"
                | "last"
                | "next"
                | "ago"
                | "later"
                | "said"
                | "says"
                | "told"
                | "according"
        )
        && !is_past_form(w);
    content.then(|| crate::graph::text::stem(w))
}

/// The name whose last word is at `j`: the run of capitalised words
/// ending there ("Drew Peterson"), so that two people of one surname stay
/// two people.
fn name_ending(s: &Sentence, j: usize, known: &[String]) -> String {
    name_as(s, j, known, true)
}

/// As `name_ending`; a surname alone is taken for a known full name only
/// when `map` (a birth, said of the person an age was given for; an age
/// itself keeps the surname, since "Peterson, 53" and "Stacy Peterson, 23"
/// may be two people).
fn name_as(s: &Sentence, j: usize, known: &[String], map: bool) -> String {
    let mut k = j;
    while k > 0 && s.tokens[k - 1].is_word() && s.tokens[k - 1].capitalized && j - k < 3 {
        k -= 1;
    }
    let name = (k..=j).map(|x| s.word(x)).collect::<Vec<_>>().join(" ");
    if k == j && map {
        let tail = format!(" {name}");
        // Only a surname one known person has: two of one family stay two.
        let mut owners = known.iter().filter(|f| f.ends_with(&tail));
        if let (Some(full), None) = (owners.next(), owners.next()) {
            return full.clone();
        }
    }
    name
}

/// The names (capitalised words, not the sentence's first) and numbers of
/// a mention's clause: what tells two dated events of one kind apart.
fn names_near(
    s: &Sentence,
    head: usize,
    len: usize,
    in_time: &dyn Fn(usize) -> bool,
) -> Vec<String> {
    let n = s.len();
    let lo = head.saturating_sub(9);
    let hi = (head + len + 9).min(n);
    let mut out: Vec<String> = (lo..hi)
        .filter(|&k| k < head || k >= head + len)
        .filter(|&k| !in_time(k) && k > 0)
        .filter(|&k| {
            let t = &s.tokens[k];
            (t.is_word() && t.capitalized && !MONTHS_AND_DAYS.contains(&s.word(k)))
                || (t.is_number() && !in_time(k))
        })
        .map(|k| s.word(k).to_string())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The first name of two or more capitalised words before `i` that is not
/// a dateline's place (the words before a dash that opens the article).
fn first_full_name(s: &Sentence, i: usize, known: &[String]) -> Option<String> {
    let dash = (0..i.min(s.len()))
        .find(|&k| {
            s.tokens[k].is_punct('—')
                || s.tokens[k].is_punct('–')
                || s.tokens[k].is_punct('-') && !s.tokens[k].joined
        })
        .map_or(0, |k| k + 1);
    let mut k = dash;
    while k + 1 < i {
        let run = |j: usize| {
            s.tokens[j].is_word()
                && s.tokens[j].capitalized
                && !MONTHS_AND_DAYS.contains(&s.word(j))
        };
        if run(k) && run(k + 1) {
            let mut e = k + 1;
            while e + 1 < i && run(e + 1) {
                e += 1;
            }
            return Some(name_ending(s, e, known));
        }
        k += 1;
    }
    None
}

/// Ages and births: "Smith, 34,", "aged 34", "a 34-year-old", "born in
/// 1975", "turned 40 on Monday", "his 40th birthday".
fn ages(words: &Words, s: &Sentence, placed: &[Placed], at: &At, out: &mut Read) {
    let n = s.len();
    let note = |span: Span, relation: Relation| super::NoteDraft {
        article: at.article,
        sentence: at.sentence,
        claim: at.claim,
        span,
        relation,
    };
    // The person a position speaks of: the capitalised name before it (its
    // last word), else a pronoun's last person.
    let person_before = |i: usize| -> Option<String> {
        let mut j = i;
        while j > 0 && i - j < 8 {
            j -= 1;
            let t = &s.tokens[j];
            if t.is_word() && t.capitalized && j > 0 && !MONTHS_AND_DAYS.contains(&s.word(j)) {
                return Some(name_ending(s, j, at.known_names));
            }
            if matches!(s.word(j), "he" | "she" | "his" | "her") {
                // "Fabbri, who celebrated his 40th birthday": the name the
                // clause is said of, else the person spoken of before.
                let named = (j.saturating_sub(8)..j).rev().find(|&k| {
                    let t = &s.tokens[k];
                    // The sentence's first word only as a name before a
                    // comma or another name ("Fabbri, who …").
                    let first_ok = k > 0
                        || s.tokens
                            .get(1)
                            .is_some_and(|x| x.is_punct(',') || x.is_word() && x.capitalized)
                            && !DETERMINERS.contains(&s.word(0))
                            && !PRONOUNS.contains(&s.word(0));
                    t.is_word()
                        && t.capitalized
                        && first_ok
                        && !MONTHS_AND_DAYS.contains(&s.word(k))
                        && (k + 1..j).all(|x| !s.tokens[x].is_punct(';'))
                });
                return match named {
                    Some(k) => Some(name_ending(s, k, at.known_names)),
                    None => at.last_person.map(str::to_string),
                };
            }
        }
        if s.tokens
            .first()
            .is_some_and(|t| t.capitalized && t.is_word())
            && i > 0
            && s.tokens[0].text.len() > 1
        {
            let w = s.word(0);
            if matches!(w, "he" | "she") {
                return at.last_person.map(str::to_string);
            }
            if !DETERMINERS.contains(&w) && !MONTHS_AND_DAYS.contains(&w) {
                return Some(name_ending(s, 0, at.known_names));
            }
        }
        None
    };
    let person_after = |i: usize| -> Option<String> {
        let mut last = None;
        for j in i..n.min(i + 4) {
            if s.tokens[j].is_word() && s.tokens[j].capitalized {
                last = Some(s.word(j).to_string());
            } else if last.is_some() {
                break;
            }
        }
        last
    };
    let as_of = |i: usize| -> (Anchor, i64, i64, Span) {
        // "then 30" with a date in the sentence: as of that date.
        if i > 0 && s.word(i - 1) == "then" {
            if let Some(p) = placed
                .iter()
                .find(|p| p.time.kind != TimeKind::Duration && p.time.start.is_some())
            {
                let (base, lo, hi) = place(p, s, at);
                return (base, lo, hi, p.time.span);
            }
        }
        (Anchor::Reference(at.article), 0, 0, s.tokens[i].span)
    };
    // The words a birth is read at, by key: most words are neither.
    let born = crate::words::key("born");
    for i in 0..n {
        let t = &s.tokens[i];
        // An age: "Smith, 34," / "aged 34" / "34-year-old".
        let mut age: Option<(i64, Option<String>)> = None;
        if t.is_number() && !t.text.contains('.') && !t.text.contains(',') {
            let value: Option<i64> = t.text.parse().ok();
            if let Some(v) = value.filter(|v| (1..=115).contains(v)) {
                if i >= 2
                    && s.tokens[i - 1].is_punct(',')
                    && s.tokens[i - 2].capitalized
                    && s.tokens[i - 2].is_word()
                    && s.tokens
                        .get(i + 1)
                        .is_some_and(|x| x.is_punct(',') || x.is_punct('.'))
                    && !MONTHS_AND_DAYS.contains(&s.word(i - 2))
                {
                    age = Some((v, Some(name_as(s, i - 2, at.known_names, false))));
                } else if i >= 1 && s.word(i - 1) == "aged" {
                    // "Anil Deshpande, the industrialist who …, has died aged
                    // 62": the sentence's subject, its first full name.
                    age = Some((
                        v,
                        first_full_name(s, i, at.known_names).or_else(|| person_before(i - 1)),
                    ));
                } else if i >= 2
                    && s.word(i - 1) == "then"
                    && s.tokens[i - 2].is_punct(',')
                    && s.tokens.get(i + 1).is_some_and(|x| x.is_punct(','))
                {
                    age = Some((v, person_before(i - 2)));
                }
            }
        } else if t.is_word() {
            if let Some(num) = s.word(i).strip_suffix("-year-old") {
                if let Ok(v) = num.parse::<i64>() {
                    age = Some((v, person_after(i + 1).or_else(|| person_before(i))));
                }
            }
        }
        if let Some((v, Some(person))) = age {
            let (base, lo, hi, span) = as_of(i);
            let span = span.cover(t.span);
            // birth ∈ (as_of − (v+1) years, as_of − v years]
            out.raws.push(Raw {
                from: base,
                to: Anchor::Birth(crate::words::key(&person)),
                min: Some(lo - (v + 1) * 366 + 1),
                max: Some(hi - v * 365),
                note: note(span, Relation::Age),
            });
            out.persons.push(person);
            continue;
        }
        // A birth: "born in 1975", "born on June 3, 1980".
        let key = crate::words::lower_key(t);
        if key == born && s.word(i) == "born" {
            let Some(p) = placed
                .iter()
                .find(|p| p.from > i && p.from <= i + 3 && p.time.start.is_some())
            else {
                continue;
            };
            // "Born in 1978 in Bergamo, he turned professional": the subject
            // after the phrase's comma.
            let opening = i == 0 || (i == 1 && !s.tokens[0].is_word());
            let person = if opening {
                // The first comma a pronoun or a name with its verb follows
                // ("…, Co. Kerry, he won": not "Co. Kerry").
                (i + 1..n)
                    .filter(|&k| s.tokens[k].is_punct(','))
                    .find_map(|c| {
                        let w = s.word(c + 1);
                        if matches!(w, "he" | "she") {
                            return Some(at.last_person.map(str::to_string));
                        }
                        if !s
                            .tokens
                            .get(c + 1)
                            .is_some_and(|t| t.is_word() && t.capitalized)
                        {
                            return None;
                        }
                        let mut e = c + 1;
                        while e + 1 < n && s.tokens[e + 1].is_word() && s.tokens[e + 1].capitalized
                        {
                            e += 1;
                        }
                        let verb_next = s
                            .tokens
                            .get(e + 1)
                            .is_some_and(|t| t.is_word() && !t.capitalized);
                        verb_next.then(|| Some(name_ending(s, e, at.known_names)))
                    })
                    .flatten()
            } else {
                person_before(i)
            };
            let Some(person) = person else {
                continue;
            };
            let (base, lo, hi) = place(p, s, at);
            out.raws.push(Raw {
                from: base,
                to: Anchor::Birth(crate::words::key(&person)),
                min: Some(lo),
                max: Some(hi),
                note: note(t.span.cover(p.time.span), Relation::Born),
            });
            out.persons.push(person);
            continue;
        }
        // "turned 40", "his 40th birthday"; "turns 40 next week", "will turn
        // 50" (with no date: a birthday within the year after the statement).
        let turns = matches!(s.word(i), "turns" | "turn" | "turning")
            && s.tokens.get(i + 1).is_some_and(|x| x.is_number());
        let undated = placed
            .iter()
            .all(|p| p.time.kind == TimeKind::Duration || p.time.start.is_none());
        if turns && undated {
            let Some(v) = s.tokens[i + 1]
                .text
                .parse::<i64>()
                .ok()
                .filter(|v| (1..=115).contains(v))
            else {
                continue;
            };
            let Some(person) = person_before(i) else {
                continue;
            };
            // birthday ∈ (statement, statement + 366]: birth − statement ∈
            // (−v·366, 366 − v·365].
            out.raws.push(Raw {
                from: Anchor::Reference(at.article),
                to: Anchor::Birth(crate::words::key(&person)),
                min: Some(1 - v * 366),
                max: Some(366 - v * 365),
                note: note(t.span.cover(s.tokens[i + 1].span), Relation::Birthday),
            });
            out.persons.push(person);
            continue;
        }
        let turned =
            (s.word(i) == "turned" || turns) && s.tokens.get(i + 1).is_some_and(|x| x.is_number());
        let nth = if words.may_open_ordinal(s, i) {
            ordinal_at(s, i)
        } else {
            None
        };
        let birthday = nth.is_some_and(|(_, len)| s.word(i + len) == "birthday");
        if turned || birthday {
            let v = if turned {
                s.tokens[i + 1].text.parse::<i64>().ok()
            } else {
                nth.map(|(v, _)| v)
            };
            let Some(v) = v.filter(|v| (1..=115).contains(v)) else {
                continue;
            };
            let Some(person) = person_before(i) else {
                continue;
            };
            let (base, lo, hi, span) = match placed
                .iter()
                .find(|p| p.time.kind != TimeKind::Duration && p.time.start.is_some())
            {
                Some(p) => {
                    let (base, lo, hi) = place(p, s, at);
                    (base, lo, hi, p.time.span)
                }
                None => (Anchor::Reference(at.article), 0, 0, t.span),
            };
            // date − birth ∈ [v·365 − 1, v·366 + 1]: birth − base ∈
            // [lo − v·366 − 1, hi − v·365 + 1].
            out.raws.push(Raw {
                from: base,
                to: Anchor::Birth(crate::words::key(&person)),
                min: Some(lo - v * 366 - 1),
                max: Some(hi - v * 365 + 1),
                note: note(span.cover(t.span), Relation::Birthday),
            });
            out.persons.push(person);
        }
    }
}
