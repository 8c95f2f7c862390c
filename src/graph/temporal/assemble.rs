//! From what was read to the network: mentions joined into events, the
//! old facts of an expected ending and a period going on added, each
//! point numbered, and every constraint put into the network and checked
//! for conflicts.

use rustc_hash::FxHashMap as HashMap;

use super::constraint::{day_number, Anchor, NoteDraft, Raw, Relation, TimeConstraint};
use super::join::{join, within};
use super::mention::Mention;
use super::network::Network;
use super::params::Family;
use super::timeline::{Event, Timeline};
use crate::graph::{Article, ClaimGraph};
use crate::text::Span;

impl Timeline {
    pub(super) fn from_read(
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
