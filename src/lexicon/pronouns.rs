//! Pronouns, by the question a stage asks of them. They are three lists
//! because the questions differ: whether a word may stand where a speaker is
//! named, whether a clause's subject names no actor of its own, and whether
//! a word refers back to someone named before (and so is neither a name nor
//! the content word of an event).

/// Pronouns and relatives that may stand where a speaker is named ("he
/// said", "who told reporters", "which said in a statement"): the
/// attribution grammar resolves them to a speaker named before.
pub const SPEAKER_PRONOUNS: &[&str] =
    &["he", "she", "they", "it", "we", "i", "you", "who", "which"];

/// Subject pronouns: a claim that opens with one names no actor of its own
/// (its actor is the one an earlier sentence named).
pub const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// Third-person forms, subject, object and possessive, that refer back to
/// someone named before: never a name, never an event's content word.
pub const THIRD_PERSON_FORMS: &[&str] = &[
    "he", "she", "him", "his", "her", "they", "it", "its", "their",
];
