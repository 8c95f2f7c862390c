//! The timeline: events with identity, their start and end points, and
//! every time expression as a difference constraint between points, in a
//! simple temporal network (`network`). A timeline conflict is a negative
//! cycle of the network.
//!
//! Points: the calendar (day 0 of the proleptic Gregorian calendar, so a
//! date is a distance from it), each article's reference point (the day its
//! statements are made: fixed on the calendar when the article has a
//! reference date, free otherwise), each event's start and end, and each
//! person's birth. Reading (`read`) gives each sentence's event mentions
//! and constraints; mentions are then joined into events (`join`): one
//! family key (or one stem), nothing that says they differ ("another",
//! "second", "again"), and participants that agree.

pub mod network;
pub mod params;
mod read;
pub mod resolve;

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use rustc_hash::FxHashMap as HashMap;

use crate::expressions::TimeExpr;
use crate::text::Span;
use network::Network;
pub use params::{Family, TimelineParams};
pub use read::{Aspect, Mode, Words};
pub use resolve::ResolvedEvent;

use super::{Article, ClaimGraph};

/// What a constraint says, as the report names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Relation {
    /// The event happened on a date or in a period.
    Date,
    /// The event began then.
    Start,
    /// The event ended then (or by then).
    End,
    /// The event began at or after a time and goes on ("since March").
    Since,
    /// The event has lasted a length up to the statement.
    Lasted,
    /// The event took a length ("for three days").
    For,
    /// The event came a length after (or before) another.
    Later,
    /// The statement falls in the event's Nth day, week, month or year.
    Nth,
    /// The event is still to come at the statement.
    ToCome,
    /// The event is reported as done by the statement.
    Done,
    /// The event still goes on at the statement.
    Ongoing,
    /// An end was expected then.
    Expected,
    /// The event came after another.
    After,
    /// The event came before another.
    Before,
    /// The event was ordered or called for then: it began no earlier.
    Ordered,
    /// An event that lasts was under way then ("the festival on Saturday").
    During,
    /// The event lies within another (an inquiry's hearings).
    Within,
    /// A person's age at the statement.
    Age,
    /// A person's birth.
    Born,
    /// A person's birthday or the age they turned.
    Birthday,
    /// The article's reference date.
    Reference,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Date => "date",
            Relation::Start => "start",
            Relation::Ordered => "ordered",
            Relation::During => "during",
            Relation::Within => "within",
            Relation::End => "end",
            Relation::Since => "since",
            Relation::Lasted => "lasted",
            Relation::For => "for",
            Relation::Later => "later",
            Relation::Nth => "nth-period",
            Relation::ToCome => "to-come",
            Relation::Done => "done",
            Relation::Ongoing => "ongoing",
            Relation::Expected => "expected",
            Relation::After => "after",
            Relation::Before => "before",
            Relation::Age => "age",
            Relation::Born => "born",
            Relation::Birthday => "birthday",
            Relation::Reference => "reference",
        }
    }
}

/// A point of the network, before the points are numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Anchor {
    Calendar,
    Reference(usize),
    /// The start of the event of a mention (a global mention index).
    Start(usize),
    End(usize),
    /// A person's birth, by the key of the person's name (a surname).
    Birth(u64),
    /// The start of the year of an article's dates written without a year,
    /// when the article has no reference date.
    Year(usize),
}

/// Where a constraint comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NoteDraft {
    pub article: usize,
    pub sentence: usize,
    pub claim: Option<usize>,
    pub span: Span,
    pub relation: Relation,
}

/// A constraint as read: `to − from ∈ [min, max]` days.
#[derive(Debug, Clone)]
pub struct Raw {
    pub from: Anchor,
    pub to: Anchor,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub note: NoteDraft,
}

/// An event mention of a sentence.
#[derive(Debug, Clone)]
pub struct Mention {
    pub article: usize,
    pub sentence: usize,
    pub claim: Option<usize>,
    /// Its head token in the sentence.
    pub at: usize,
    pub span: Span,
    /// The family key, or the word's stem.
    pub key: String,
    /// The stems of the names and nouns of its clause.
    pub participants: Vec<String>,
    /// The names and numbers of its clause.
    pub names: Vec<String>,
    /// Where its participants and names come from: they are made only for
    /// the mentions a join weighs (of a key two or more mentions share).
    pub clause: Clause,
    /// A noun's modifiers between its determiner and it (stems, and
    /// numbers as written).
    pub modifiers: Vec<String>,
    /// Said to be another event ("another", "second", "again").
    pub distinct: bool,
    /// Named with a definite determiner ("the closure").
    pub definite: bool,
    /// A verb (else a noun).
    pub verbal: bool,
    /// A verb with an object of its own after it ("opened Raíz", not "it
    /// opened on April 11").
    pub object: bool,
    pub aspect: Aspect,
    /// The aspect verb an event noun is the subject or object of.
    pub verb: Option<usize>,
    pub mode: Mode,
    /// The verb of the clause an event noun frames ("At the hearing, the
    /// judge ordered …"): its tense is the noun's.
    pub clause_verb: Option<usize>,
    /// The verb that does an event noun as its object ("made landfall",
    /// "raised its bid"): its time is the noun's.
    pub done_by: Option<usize>,
    /// The verb that orders an event noun ("ordered the evacuation"): the
    /// event does not begin before its time.
    pub ordered_by: Option<usize>,
    /// A date or period of its sentence is its.
    pub timed: bool,
    /// Reported done on a date weeks before the statement ("left the town
    /// last month"): not the event another mention says is still to come
    /// (a thing done before and to be done again).
    pub long_past: bool,
}

impl Mention {
    /// The verb whose time is the mention's: its aspect verb, or the verb
    /// that does or orders the noun ("made landfall", "ordered the
    /// evacuation").
    pub fn dating_verb(&self) -> Option<usize> {
        self.verb.or(self.done_by).or(self.ordered_by)
    }
}

/// Where a mention's participants and names come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clause {
    /// Made (or none: a statement's, a dated clause's).
    Made,
    /// Its own clause's words: the mention's `len` words and those around
    /// them in its sentence.
    Own { len: usize },
    /// The participants of the topic before it (a global mention index: a
    /// pronoun's mention, "It began on May 1"), and no names.
    Topic(usize),
}

/// A read sentence whose mentions' clauses may be weighed later: its
/// tokens, lower-case words and times' token ranges, kept from its reading.
struct Held<'a> {
    article: usize,
    sentence: usize,
    tokens: Cow<'a, [crate::text::tokens::Token<'a>]>,
    lower: read::LowerCase,
    times: Vec<(usize, usize)>,
}

/// A held sentence as `clauses` reads it: the sentence, its lower-case
/// words and the participant stems made so far.
type HeldWords<'h, 'a> = (&'h Held<'a>, Vec<&'h str>, Vec<Option<Option<String>>>);

/// One constraint of the timeline, as the report shows it.
#[derive(Debug, Clone)]
pub struct TimeConstraint {
    pub article: usize,
    pub sentence: usize,
    pub claim: Option<usize>,
    pub span: Span,
    pub relation: Relation,
    /// The bounds are days from the calendar's day 0 (a date), not days
    /// between two points of the article.
    pub calendar: bool,
    /// The bounds are days of a year the article leaves unstated (a date
    /// with no year in an article with no date): day 0 is 1 January.
    pub year_day: bool,
    /// The bounds in days of `to − from`.
    pub min: Option<i64>,
    pub max: Option<i64>,
    /// The event it bounds, if any.
    pub event: Option<usize>,
}

/// An event of the timeline: its mentions, joined.
#[derive(Debug, Clone)]
pub struct Event {
    pub key: String,
    pub mentions: Vec<usize>,
    pub start: usize,
    pub end: usize,
}

/// The network of one or more articles, with its conflicts.
pub struct Timeline {
    pub mentions: Vec<Mention>,
    pub events: Vec<Event>,
    pub constraints: Vec<TimeConstraint>,
    pub network: Network,
    /// Each conflict: the constraints of its cycle (indexes into
    /// `constraints`), in cycle order.
    pub conflicts: Vec<Vec<usize>>,
    /// The calendar point and each article's reference point.
    pub calendar: usize,
    pub references: Vec<usize>,
}

/// The key of an event word with no family: its stem.
pub fn event_key(word: &str) -> String {
    super::text::stem(word)
}

/// The day number of a date (days from the calendar point).
pub fn day_number(d: NaiveDate) -> i64 {
    d.num_days_from_ce() as i64
}

/// The date of a day number.
pub fn date_of_day(n: i64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(n).ok()?)
}

/// How many mentions a timeline holds at most: a text that repeats event
/// words without end is read in bounded time and memory.
const MAX_MENTIONS: usize = 20_000;

impl Timeline {
    /// Builds the timeline of the graph's articles.
    pub fn build(graph: &ClaimGraph, articles: &[Article], params: &TimelineParams) -> Timeline {
        Timeline::build_with(graph, articles, params, &Words::new(params))
    }

    /// As `build`, with the params' word classes made once (a rule keeps
    /// them for every article it checks).
    pub fn build_with(
        graph: &ClaimGraph,
        articles: &[Article],
        params: &TimelineParams,
        words: &Words,
    ) -> Timeline {
        let mut mentions: Vec<Mention> = Vec::new();
        let mut raws: Vec<Raw> = Vec::new();
        let mut held: Vec<Held> = Vec::new();
        for (a, article) in articles.iter().enumerate() {
            let stand_in = graph.references[a];
            let mut last_person: Option<String> = None;
            let mut known_names: Vec<String> = Vec::new();
            let mut last_timed: Option<usize> = None;
            let mut topic: Option<read::Topic> = None;
            let mut known_year: Option<i32> = None;
            // The claims of the article by sentence, in claim order: each
            // sentence's first claim, times and cues are a slice of these
            // (one walk over the claims, not one a sentence).
            let mut by_sentence: Vec<usize> = (0..article.claims.len()).collect();
            by_sentence.sort_by_key(|&c| article.claims[c].sentence);
            let cues: Vec<Span> = by_sentence
                .iter()
                .filter_map(|&c| article.claims[c].attribution(article.attributions))
                .map(|att| att.cue)
                .collect();
            // Where each claim's cues start in `cues`.
            let mut cue_at = Vec::with_capacity(by_sentence.len() + 1);
            let mut count = 0;
            for &c in &by_sentence {
                cue_at.push(count);
                count += usize::from(article.claims[c].attribution.is_some());
            }
            cue_at.push(count);
            let mut next = 0;
            for k in 0..article.doc.sentences.len() {
                if mentions.len() >= MAX_MENTIONS {
                    break;
                }
                // The claims of sentence `k`: `by_sentence[first..last]`.
                while next < by_sentence.len() && article.claims[by_sentence[next]].sentence < k {
                    next += 1;
                }
                let first = next;
                let mut last = first;
                while last < by_sentence.len() && article.claims[by_sentence[last]].sentence == k {
                    last += 1;
                }
                let claims = &by_sentence[first..last];
                // The sentence's times, in claim order: borrowed when one
                // claim holds them all (most sentences), else gathered.
                let mut timed = claims
                    .iter()
                    .map(|&c| &article.claims[c].times)
                    .filter(|t| !t.is_empty());
                let own: Option<Cow<[TimeExpr]>> = match (timed.next(), timed.next()) {
                    (None, _) => None,
                    (Some(one), None) => Some(Cow::Borrowed(one)),
                    (Some(a), Some(b)) => {
                        let mut all = a.clone();
                        all.extend(b.iter().cloned());
                        for t in timed {
                            all.extend(t.iter().cloned());
                        }
                        Some(Cow::Owned(all))
                    }
                };
                let tokens = article.sentence_tokens(k);
                if k == 0 && is_headline(article, &tokens) {
                    continue;
                }
                // A sentence with no time, no word of the classes and no age
                // (", 34,") states nothing the network reads.
                let age_like = |i: usize| {
                    tokens[i].is_number()
                        && i > 0
                        && tokens[i - 1].is_punct(',')
                        && tokens
                            .get(i + 1)
                            .is_some_and(|t| t.is_punct(',') || t.is_punct('.'))
                };
                // (One pass over the tokens. "-year-old" is nine bytes: a
                // shorter token holds none.)
                if own.is_none()
                    && !(0..tokens.len()).any(|i| {
                        words.opens(&tokens, i)
                            || (tokens[i].text.len() >= 9 && tokens[i].text.contains("-year-old"))
                            || age_like(i)
                    })
                {
                    continue;
                }
                // Lower case, borrowed where the word already is.
                let lower_case = read::LowerCase::of(&tokens);
                let lower = lower_case.words(&tokens);
                // Relative times of an article with no reference date are
                // placed against the stand-in date, then widened.
                let again;
                let times: &[TimeExpr] = match own.as_deref() {
                    Some(own)
                        if article.reference.is_none()
                            && own.iter().any(|t| {
                                t.relative
                                    || (t.start.is_none()
                                        && t.kind != crate::expressions::TimeKind::Duration)
                            }) =>
                    {
                        again = crate::expressions::time::find(
                            &tokens,
                            &mut vec![false; tokens.len()],
                            graph.expressions,
                            Some(stand_in),
                        );
                        &again
                    }
                    Some(own) => own,
                    None => &[],
                };
                let sentence = read::Sentence {
                    tokens: &tokens,
                    lower: &lower,
                };
                let at = read::At {
                    article: a,
                    sentence: k,
                    claim: claims.first().copied(),
                    reference: article.reference,
                    stand_in,
                    dateline: article.doc.stated_date,
                    last_person: last_person.as_deref(),
                    known_names: &known_names,
                    known_year: if article.reference.is_none() {
                        known_year
                    } else {
                        None
                    },
                    last_timed,
                    first_mention: mentions.len(),
                    topic: topic.as_ref(),
                    text: &article.doc.prose,
                    cues: &cues[cue_at[first]..cue_at[last]],
                };
                let mut got = read::read(words, &sentence, times, &at);
                topic = got.topic(&sentence, k, mentions.len());
                known_year = got.stated_year.or(known_year);
                if let Some(p) = got.persons.last() {
                    last_person = Some(p.clone());
                }
                for p in &got.persons {
                    if p.contains(' ') && !known_names.contains(p) {
                        known_names.push(p.clone());
                    }
                }
                let first = mentions.len();
                // "A day later" counts from the last date before it, and
                // only when that date is an event's.
                match got.last_date {
                    Some(Some(k)) => last_timed = Some(first + k),
                    Some(None) => last_timed = None,
                    None => {}
                }
                if got
                    .mentions
                    .iter()
                    .any(|m| matches!(m.clause, Clause::Own { .. }))
                {
                    held.push(Held {
                        article: a,
                        sentence: k,
                        tokens,
                        lower: lower_case,
                        times: std::mem::take(&mut got.times),
                    });
                }
                mentions.extend(got.mentions);
                raws.extend(
                    got.raws
                        .into_iter()
                        .filter(|r| params.uses(r.note.relation.as_str())),
                );
            }
        }
        clauses(&mut mentions, held, words);
        Timeline::from_read(graph, articles, mentions, raws, &params.family)
    }

    fn from_read(
        graph: &ClaimGraph,
        articles: &[Article],
        mentions: Vec<Mention>,
        mut raws: Vec<Raw>,
        families: &[Family],
    ) -> Timeline {
        let event_of = join(&mentions);
        let events_count = event_of.iter().copied().max().map_or(0, |m| m + 1);
        within(&mentions, &event_of, families, &mut raws);
        // The old facts of an ending hoped for and a period going on that
        // speaks of an end: one event a article, the story's end.
        let story_end = |a: usize| Anchor::Birth(u64::MAX - a as u64);
        for e in &graph.expected_ends {
            let reference = graph.references[e.article];
            let dated = articles[e.article].reference.is_some();
            let (lo, hi) = (
                day_number(e.time.0) - day_number(reference),
                day_number(e.time.1) - day_number(reference),
            );
            let (lo, hi) = if dated {
                (lo, hi)
            } else {
                (lo - 6, (hi + 6).min(-1))
            };
            raws.push(Raw {
                from: Anchor::Reference(e.article),
                to: story_end(e.article),
                min: Some(lo),
                max: Some(hi),
                note: NoteDraft {
                    article: e.article,
                    sentence: e.sentence,
                    claim: e.claim,
                    span: e.span,
                    relation: Relation::Expected,
                },
            });
        }
        for o in graph.ongoing.iter().filter(|o| o.mentions_end) {
            if !graph.expected_ends.iter().any(|e| e.article == o.article) {
                continue;
            }
            raws.push(Raw {
                from: Anchor::Reference(o.article),
                to: story_end(o.article),
                min: Some(0),
                max: None,
                note: NoteDraft {
                    article: o.article,
                    sentence: o.sentence,
                    claim: o.claim,
                    span: o.span,
                    relation: Relation::Ongoing,
                },
            });
        }
        // Points: the calendar, the references, each event's start and end,
        // each birth.
        let mut network = Network::new(0);
        let calendar = network.point();
        let references: Vec<usize> = articles.iter().map(|_| network.point()).collect();
        let years: Vec<usize> = articles.iter().map(|_| network.point()).collect();
        let mut events: Vec<Event> = (0..events_count)
            .map(|_| Event {
                key: String::new(),
                mentions: Vec::new(),
                start: network.point(),
                end: network.point(),
            })
            .collect();
        for (m, &e) in event_of.iter().enumerate() {
            events[e].mentions.push(m);
            if events[e].key.is_empty() {
                events[e].key = mentions[m].key.clone();
            }
        }
        let mut births: HashMap<u64, usize> = HashMap::default();
        let mut constraints: Vec<TimeConstraint> = Vec::new();
        // The reference dates.
        for (a, article) in articles.iter().enumerate() {
            if let Some(r) = article.reference {
                let d = day_number(r);
                network.constrain(calendar, references[a], Some(d), Some(d), constraints.len());
                constraints.push(TimeConstraint {
                    article: a,
                    sentence: 0,
                    claim: None,
                    span: Span::default(),
                    relation: Relation::Reference,
                    calendar: false,
                    year_day: false,
                    min: Some(d),
                    max: Some(d),
                    event: None,
                });
            }
        }
        // An event ends no earlier than it starts (for the events anything
        // bounds: the others cannot conflict).
        let mut bounded = vec![false; events.len()];
        for r in &raws {
            for a in [&r.from, &r.to] {
                if let Anchor::Start(m) | Anchor::End(m) = a {
                    bounded[event_of[*m]] = true;
                }
            }
        }
        for (k, e) in events.iter().enumerate().filter(|(k, _)| bounded[*k]) {
            network.constrain(e.start, e.end, Some(0), None, constraints.len());
            constraints.push(TimeConstraint {
                article: mentions[e.mentions[0]].article,
                sentence: mentions[e.mentions[0]].sentence,
                claim: None,
                span: Span::default(),
                relation: Relation::Reference,
                calendar: false,
                year_day: false,
                min: Some(0),
                max: None,
                event: Some(k),
            });
        }
        // An end expected at a time is weighed only against an event said to
        // go on: an event said to have ended (or done) keeps its expected
        // end out (a delay is no contradiction).
        let ended: Vec<bool> = {
            let mut ended = vec![false; events.len()];
            for r in &raws {
                if let Anchor::End(m) = r.to {
                    if matches!(r.note.relation, Relation::End) {
                        ended[event_of[m]] = true;
                    }
                }
            }
            ended
        };
        let ongoing: Vec<bool> = {
            let mut ongoing = vec![false; events.len()];
            for r in &raws {
                if let Anchor::End(m) = r.to {
                    if matches!(r.note.relation, Relation::Ongoing) {
                        ongoing[event_of[m]] = true;
                    }
                }
            }
            ongoing
        };
        let mut point = |anchor: &Anchor, network: &mut Network| -> (usize, Option<usize>) {
            match anchor {
                Anchor::Calendar => (calendar, None),
                Anchor::Reference(a) => (references[*a], None),
                Anchor::Year(a) => (years[*a], None),
                Anchor::Start(m) => (events[event_of[*m]].start, Some(event_of[*m])),
                Anchor::End(m) => (events[event_of[*m]].end, Some(event_of[*m])),
                Anchor::Birth(p) => (*births.entry(*p).or_insert_with(|| network.point()), None),
            }
        };
        for r in &raws {
            let event = [&r.from, &r.to].iter().find_map(|x| match x {
                Anchor::Start(m) | Anchor::End(m) => Some(event_of[*m]),
                _ => None,
            });
            if r.note.relation == Relation::Expected {
                if let Some(e) = event {
                    if ended[e] || !ongoing[e] {
                        continue;
                    }
                }
            }
            let (from, _) = point(&r.from, &mut network);
            let (to, _) = point(&r.to, &mut network);
            network.constrain(from, to, r.min, r.max, constraints.len());
            constraints.push(TimeConstraint {
                article: r.note.article,
                sentence: r.note.sentence,
                claim: r.note.claim,
                span: r.note.span,
                relation: r.note.relation,
                calendar: r.from == Anchor::Calendar,
                year_day: matches!(r.from, Anchor::Year(_)),
                min: r.min,
                max: r.max,
                event,
            });
        }
        let conflicts = network
            .conflicts()
            .into_iter()
            .map(|cycle| {
                cycle
                    .iter()
                    .map(|e| network.constraints[e.constraint].note)
                    .collect()
            })
            .collect();
        Timeline {
            mentions,
            events,
            constraints,
            network,
            conflicts,
            calendar,
            references,
        }
    }
}

impl Timeline {
    /// Prints the mentions, events and constraints to standard error (for
    /// the developers: `CROSSCHECK_DEBUG_TIMELINE=1`).
    pub fn debug(&self, articles: &[Article]) {
        for (k, m) in self.mentions.iter().enumerate() {
            let text = articles[m.article].doc.clean_text(m.span);
            eprintln!(
                "mention {k} s{} {text:?} key={} mode={:?} aspect={:?} verbal={} distinct={} parts={:?} mods={:?}",
                m.sentence, m.key, m.mode, m.aspect, m.verbal, m.distinct, m.participants, m.modifiers
            );
        }
        for (k, e) in self.events.iter().enumerate() {
            eprintln!("event {k} {} mentions={:?}", e.key, e.mentions);
        }
        for (k, cycle) in self.conflicts.iter().enumerate() {
            eprintln!(
                "conflict {k}: {:?}",
                cycle
                    .iter()
                    .map(|&c| (self.constraints[c].relation, self.constraints[c].sentence))
                    .collect::<Vec<_>>()
            );
        }
        for c in &self.constraints {
            if c.span.is_empty() {
                continue;
            }
            let text = articles[c.article].doc.clean_text(c.span);
            eprintln!(
                "constraint s{} {:?} {:?} [{:?}, {:?}] event={:?}",
                c.sentence, text, c.relation, c.min, c.max, c.event
            );
        }
    }
}

/// Joins mentions into events: the event of each mention, numbered from 0.
/// A mention joins the latest event of its key that nothing sets apart: it
/// is not said to be another, and the participants agree (they share a
/// word, or one side names none, or the mention is a definite noun: "the
/// closure" is the closure the article spoke of).
fn join(mentions: &[Mention]) -> Vec<usize> {
    struct Joined<'m> {
        event: usize,
        parts: Vec<&'m str>,
        names: Vec<&'m str>,
        /// A mention says it is still to come; one says it was done weeks
        /// before the statement.
        to_come: Vec<read::Aspect>,
        long_past: Vec<read::Aspect>,
        /// The points (start, end) a verb of the event dates.
        timed_verb: Vec<read::Aspect>,
        /// The mode of its first mention when that said it was another
        /// ("to open her first restaurant in Europe").
        distinct_mode: Option<Mode>,
    }
    let mut event_of = Vec::with_capacity(mentions.len());
    let mut by_key: HashMap<&str, Vec<Joined>> = HashMap::default();
    let mut count = 0;
    for m in mentions {
        let list = by_key.entry(m.key.as_str()).or_default();
        let to_come = m.mode == Mode::ToCome;
        let agrees = |j: &Joined| {
            // (Of one point: a state begun long ago may end to come.)
            if to_come && j.long_past.contains(&m.aspect)
                || m.long_past && j.to_come.contains(&m.aspect)
            {
                return false;
            }
            // An event said to be another, still to come, is not one a later
            // verb with an object of its own reports done (nor the other way
            // round): "is to open her first restaurant in Europe" / "she
            // opened Raíz". (A noun refers back: "At the launch, …".)
            match (j.distinct_mode, m.mode) {
                (Some(Mode::ToCome), Mode::Done) | (Some(Mode::Done), Mode::ToCome) if m.object => {
                    return false
                }
                _ => {}
            }
            // Two dated verbs of one kind ("released in 2009", "released in
            // 2010") are one event only when they name one participant.
            // (Two dates of two points, a closure's and its reopening's,
            // are no such pair.)
            if m.timed && m.verbal && j.timed_verb.contains(&m.aspect) {
                return m.names.iter().any(|x| j.names.contains(&x.as_str()));
            }
            // A number among a noun's modifiers names its instance ("the 2003
            // season" is not "the 2000 season").
            if m.modifiers.iter().any(|x| {
                x.starts_with(|c: char| c.is_ascii_digit()) && !j.parts.contains(&x.as_str())
            }) {
                return false;
            }
            j.parts.is_empty()
                || m.participants.is_empty()
                || (m.definite && m.modifiers.iter().all(|x| j.parts.contains(&x.as_str())))
                || m.participants.iter().any(|p| j.parts.contains(&p.as_str()))
        };
        let found = if m.distinct {
            None
        } else {
            list.iter_mut().rev().find(|j| agrees(j))
        };
        match found {
            Some(j) => {
                for p in m.participants.iter().chain(&m.modifiers) {
                    if !j.parts.contains(&p.as_str()) {
                        j.parts.push(p.as_str());
                    }
                }
                j.names.extend(m.names.iter().map(String::as_str));
                if m.timed && m.verbal {
                    j.timed_verb.push(m.aspect);
                }
                if to_come {
                    j.to_come.push(m.aspect);
                }
                if m.long_past {
                    j.long_past.push(m.aspect);
                }
                event_of.push(j.event);
            }
            None => {
                event_of.push(count);
                list.push(Joined {
                    event: count,
                    parts: m
                        .participants
                        .iter()
                        .chain(&m.modifiers)
                        .map(String::as_str)
                        .collect(),
                    names: m.names.iter().map(String::as_str).collect(),
                    to_come: if to_come { vec![m.aspect] } else { Vec::new() },
                    long_past: if m.long_past {
                        vec![m.aspect]
                    } else {
                        Vec::new()
                    },
                    timed_verb: if m.timed && m.verbal {
                        vec![m.aspect]
                    } else {
                        Vec::new()
                    },
                    distinct_mode: m.distinct.then_some(m.mode),
                });
                count += 1;
            }
        }
    }
    event_of
}

/// Whether the article's first sentence is a headline: a paragraph of its
/// own, short, with no final stop. A headline names the story's events
/// with no tense or time ("Hospital deaths inquiry"); read as a mention it
/// would make the body's first "An inquiry" another one.
fn is_headline(article: &Article, tokens: &[crate::text::tokens::Token]) -> bool {
    let sentences = &article.doc.sentences;
    let own_paragraph = sentences
        .get(1)
        .is_some_and(|next| next.paragraph != sentences[0].paragraph);
    let words = tokens.iter().filter(|t| t.is_word()).count();
    let stop = tokens
        .last()
        .is_some_and(|t| t.is_punct('.') || t.is_punct('!') || t.is_punct('?'));
    own_paragraph && words <= 14 && !stop
}

/// Parts within their whole: an event of a family said to lie within
/// another ("hearings" within an "inquiry") begins no earlier than the
/// article's one event of that family and ends no later. With two or more
/// such events (two inquiries) the part is no one's.
fn within(mentions: &[Mention], event_of: &[usize], families: &[Family], raws: &mut Vec<Raw>) {
    for f in families.iter().filter(|f| !f.within.is_empty()) {
        // The first mention of each part event.
        let mut parts: Vec<usize> = Vec::new();
        for (m, mention) in mentions.iter().enumerate() {
            if mention.key == f.key && !parts.iter().any(|&p| event_of[p] == event_of[m]) {
                parts.push(m);
            }
        }
        for &part in &parts {
            let article = mentions[part].article;
            let mut wholes = mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.article == article && f.within.contains(&m.key))
                .map(|(k, _)| k);
            let Some(whole) = wholes.next() else {
                continue;
            };
            if wholes.any(|k| event_of[k] != event_of[whole]) {
                continue;
            }
            let note = NoteDraft {
                article,
                sentence: mentions[part].sentence,
                claim: mentions[part].claim,
                span: mentions[part].span,
                relation: Relation::Within,
            };
            raws.push(Raw {
                from: Anchor::Start(whole),
                to: Anchor::Start(part),
                min: Some(0),
                max: None,
                note,
            });
            raws.push(Raw {
                from: Anchor::End(part),
                to: Anchor::End(whole),
                min: Some(0),
                max: None,
                note,
            });
        }
    }
}

/// Makes the participants and names of the mentions a join weighs: those
/// of a key two or more mentions share (or all, for the developers'
/// listing), and the topics a pronoun's mention among them takes its
/// participants from. A key only one mention has starts an event no other
/// mention weighs.
fn clauses(mentions: &mut [Mention], held: Vec<Held>, words: &Words) {
    let mut want: Vec<bool> = if words.details {
        vec![true; mentions.len()]
    } else {
        let mut count: HashMap<&str, usize> = HashMap::default();
        for m in mentions.iter() {
            *count.entry(m.key.as_str()).or_default() += 1;
        }
        mentions.iter().map(|m| count[m.key.as_str()] > 1).collect()
    };
    // (A topic comes before the mention that takes it.)
    for k in (0..mentions.len()).rev() {
        if let (true, Clause::Topic(t)) = (want[k], mentions[k].clause) {
            want[t] = true;
        }
    }
    // The sentence of the mentions at hand, with its lower-case words and
    // their stems (the mentions of one sentence are together, in the order
    // of `held`).
    let mut rest = held.iter();
    let mut here: Option<HeldWords> = None;
    for k in 0..mentions.len() {
        if !want[k] {
            continue;
        }
        match mentions[k].clause {
            Clause::Made => {}
            Clause::Topic(t) => {
                mentions[k].participants = mentions[t].participants.clone();
            }
            Clause::Own { len } => {
                let place = (mentions[k].article, mentions[k].sentence);
                if here
                    .as_ref()
                    .is_none_or(|(h, _, _)| (h.article, h.sentence) != place)
                {
                    here = rest
                        .by_ref()
                        .find(|h| (h.article, h.sentence) == place)
                        .map(|h| (h, h.lower.words(&h.tokens), vec![None; h.tokens.len()]));
                }
                let Some((h, lower, stems)) = here.as_mut() else {
                    continue;
                };
                let sentence = read::Sentence {
                    tokens: &h.tokens,
                    lower,
                };
                let (mut participants, names) =
                    read::participants_of(&sentence, mentions[k].at, len, &h.times, stems);
                // "the cyclone" and "the storm" are one participant.
                words.kin_of(&mut participants);
                participants.sort();
                participants.dedup();
                words.kin_of(&mut mentions[k].modifiers);
                mentions[k].participants = participants;
                mentions[k].names = names;
            }
        }
    }
}

/// A constraint's bounds as a reader says them ("between 3 and 5 days").
pub fn describe_days(min: Option<i64>, max: Option<i64>) -> String {
    match (min, max) {
        (Some(1), Some(1)) => "1 day".to_string(),
        (Some(-1), Some(-1)) => "-1 day".to_string(),
        (Some(a), Some(b)) if a == b => format!("{a} days"),
        (Some(a), Some(b)) => format!("{a} to {b} days"),
        (Some(a), None) => format!("at least {a} days"),
        (None, Some(b)) => format!("at most {b} days"),
        (None, None) => "any".to_string(),
    }
}
