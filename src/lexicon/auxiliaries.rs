//! Auxiliaries and the words that stand among them in a verb group, by the
//! question a stage asks of them: what the timeline reads as a verb group
//! (`AUXILIARIES`) and as a gap inside one (`INNER_ADVERBS`), which words
//! before "to" make a plan of the verb after it, and what the attribution
//! grammar passes over between a speaker and its verb.

/// Auxiliaries, with the adverbs that stand among them before a verb ("has
/// officially ended", "was finally lifted", "will first meet"): the words of
/// a verb group as the timeline reads it, none of them an event's noun nor
/// its verb.
pub const AUXILIARIES: &[&str] = &[
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

/// Adverbs that may stand between a phrase's auxiliary and the rest of it
/// ("has now lasted", "are already due to"): after one of `AUXILIARIES`, the
/// timeline reads one as a gap in the phrase.
pub const INNER_ADVERBS: &[&str] = &[
    "now",
    "already",
    "still",
    "just",
    "also",
    "reportedly",
    "effectively",
    "officially",
    "largely",
];

/// Words before "to" that put a verb after them in a plan or an
/// expectation ("is expected to be lifted").
pub const PLAN_BEFORE_TO: &[&str] = &[
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

/// Words that may stand between a speaker and the verb ("the SDF on Monday
/// called for", "Trump has repeatedly said"): auxiliaries, adverbs,
/// reflexives and the words of a time of day. Wider than `AUXILIARIES`: the
/// attribution grammar passes over them to reach a speaker, where the
/// timeline's verb group is read word by word.
pub const BETWEEN_SPEAKER_AND_VERB: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "later",
    "previously",
    "earlier",
    "then",
    "again",
    "repeatedly",
    "recently",
    "once",
    "publicly",
    "privately",
    "first",
    "further",
    "simply",
    "just",
    "still",
    "already",
    "often",
    "frequently",
    "long",
    "quickly",
    "immediately",
    "separately",
    "subsequently",
    "initially",
    "now",
    "has",
    "did",
    "does",
    "do",
    "always",
    "never",
    "himself",
    "herself",
    "themselves",
    "itself",
    "too",
    "both",
    "all",
    "flatly",
    "angrily",
    "openly",
    "directly",
    "explicitly",
    "formally",
    "officially",
    "reportedly",
    "apparently",
    "allegedly",
    "last",
    "yesterday",
    "today",
    "tonight",
    "on",
    "late",
    "early",
    "in",
    "at",
    "this",
    "week",
    "night",
    "is",
    "are",
    "was",
    "were",
    "morning",
    "afternoon",
    "evening",
];
