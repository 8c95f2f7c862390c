//! An event mention of a sentence: where it is, its key, the words it is
//! joined on, and what its words say of it (its mode and aspect).

use crate::text::Span;

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

/// The key of an event word with no family: its stem.
pub fn event_key(word: &str) -> String {
    crate::text::stems::stem(word)
}
