//! What one sentence gives (`Read`): its mentions, the constraints between
//! their points, and what a later sentence takes from it (persons, the last
//! date, the stated year, the topic).

use super::super::constraint::Raw;
use super::super::mention::Mention;
use super::grammar::names_event;
use super::words::Sentence;

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
