//! The markers of a clause's tense around a time expression: the words
//! that end the clause, and those that put it in the future or in the past
//! (the words in "-ed" that are no past forms are
//! `suffix_lookalikes::NOT_PAST_IN_ED`).

/// Words that end the clause whose tense a time expression takes.
pub const CLAUSE_BREAKS: &[&str] = &[
    "that", "said", "says", "told", "added", "but", ";", ":", "while", "after", "before", "since",
    "when",
];

/// Words that put a clause in the future.
pub const FUTURE_WORDS: &[&str] = &["will", "shall", "won't", "upcoming", "tomorrow"];

/// Words that put a clause in the future before "to" ("is expected to").
pub const FUTURE_BEFORE_TO: &[&str] = &[
    "expected",
    "due",
    "set",
    "scheduled",
    "planning",
    "plans",
    "plan",
    "poised",
    "going",
    "slated",
];

/// Words that put a clause in the past.
pub const PAST_WORDS: &[&str] = &[
    "was", "were", "had", "did", "came", "went", "began", "took", "left", "met", "fled", "fell",
    "held", "saw", "made", "ago",
];
