//! The words and tolerances the timeline network reads, as data: the
//! `[rule.timeline]` table of the `timeline-conflict` rule in
//! `rules/timeline.toml` (a `--rules DIR` with its own `timeline-conflict`
//! rule changes them).

use serde::Deserialize;

/// A family of words that name one kind of event, verbs and nouns alike
/// ("acquire", "acquisition", "takeover", "merger"): mentions of one family
/// are one event when nothing tells them apart.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Family {
    pub key: String,
    pub words: Vec<String>,
    /// Words that name the end of the family's event, not an event of
    /// their own: "reopened" ends a closure, "resumed" a suspension,
    /// "lifted" a ban.
    #[serde(default)]
    pub ends: Vec<String>,
    /// The families whose event this family's lies within, when an article
    /// has one: an inquiry's hearings begin no earlier than the inquiry and
    /// end no later.
    #[serde(default)]
    pub within: Vec<String>,
    /// The family's events last (a strike, a festival, an inquiry): a date
    /// said of one names a day it was under way, not the day it began.
    #[serde(default)]
    pub lasts: bool,
}

/// The timeline network's parameters.
#[derive(Debug, Clone, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct TimelineParams {
    /// Days every bound of a relative time is widened by on each side.
    #[serde(default)]
    pub tolerance_days: i64,
    /// How much a hedged length ("about a week") is widened, as a share.
    #[serde(default)]
    pub hedge_share: f64,
    /// The constraint kinds used (see `Relation::as_str`); empty: all.
    #[serde(default)]
    pub kinds: Vec<String>,
    /// Words before a length that make it a hedge.
    #[serde(default)]
    pub hedges: Vec<String>,
    /// Verbs whose event-noun subject starts then ("the strike began").
    #[serde(default)]
    pub start_verbs: Vec<String>,
    /// Verbs whose event-noun subject ends then ("the deal closed").
    #[serde(default)]
    pub end_verbs: Vec<String>,
    /// Verbs whose event-noun subject happens then ("was held").
    #[serde(default)]
    pub occur_verbs: Vec<String>,
    /// Phrases before a length that it has lasted up to now.
    #[serde(default)]
    pub lasted: Vec<String>,
    /// Phrases that say an event still goes on.
    #[serde(default)]
    pub ongoing: Vec<String>,
    /// Phrases before an event that put it after the statement.
    #[serde(default)]
    pub prospective: Vec<String>,
    /// Phrases before an event that say it was expected at a past time.
    #[serde(default)]
    pub expected: Vec<String>,
    /// Words that leave an event unreported (a condition, a doubt).
    #[serde(default)]
    pub conditional: Vec<String>,
    /// Words that deny an event.
    #[serde(default)]
    pub negation: Vec<String>,
    /// Modifiers that make a mention another event than the one before
    /// ("another", "second", "previous").
    #[serde(default)]
    pub distinct: Vec<String>,
    /// Words before an event that order the clause after it.
    #[serde(default)]
    pub after: Vec<String>,
    /// Words before an event that order the clause before it.
    #[serde(default)]
    pub before: Vec<String>,
    /// Words after a length that place the clause that long after the event
    /// before it ("a day later").
    #[serde(default)]
    pub later: Vec<String>,
    /// Words that bound a start ("since March").
    #[serde(default)]
    pub since: Vec<String>,
    /// Verbs that put their subject event after their object event ("his
    /// resignation followed the review").
    #[serde(default)]
    pub follows: Vec<String>,
    /// Verbs that put their subject event before their object event.
    #[serde(default)]
    pub precedes: Vec<String>,
    /// Nouns of an ending (ends hoped for: "a declaration of the end").
    #[serde(default)]
    pub ending: Vec<String>,
    /// Verbs that do the event noun after them, then: its tense and time
    /// are theirs ("made landfall on Feb. 21", "won the vote").
    #[serde(default)]
    pub does: Vec<String>,
    /// Verbs that order or call for the event noun after them: it does not
    /// begin before their time ("ordered the evacuation on Feb. 22").
    #[serde(default)]
    pub orders: Vec<String>,
    /// Words before an event noun that make it a revised one ("raised its
    /// bid", "the improved offer"): another event than the first, one with
    /// the other mentions of its revision.
    #[serde(default)]
    pub revises: Vec<String>,
    /// Participant classes: words that name one participant ("storm",
    /// "cyclone", "hurricane"), so that two mentions naming it in other
    /// words still share it.
    #[serde(default)]
    pub kin: Vec<Vec<String>>,
    /// Event families.
    #[serde(default)]
    pub family: Vec<Family>,
}

impl TimelineParams {
    /// Whether a constraint kind is used.
    pub fn uses(&self, kind: &str) -> bool {
        self.kinds.is_empty() || self.kinds.iter().any(|k| k == kind)
    }
}
