//! The timeline: the events (mentions joined), the constraints and the
//! network of one or more articles, with its conflicts; and its listing
//! for the developers.

use super::constraint::TimeConstraint;
use super::mention::Mention;
use super::network::Network;
use crate::graph::Article;

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
