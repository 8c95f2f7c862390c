//! Verbs of telling.

/// Verbs of telling, as lemmas: they take the one told as an object before
/// their content ("told reporters that", "assured them").
pub const TELLING_VERBS: &[&str] = &[
    "tell", "inform", "assure", "advise", "remind", "warn", "ask",
];
