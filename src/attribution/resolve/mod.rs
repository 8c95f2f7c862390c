//! From speaker phrases to sources: one source per real speaker. Mentions are
//! merged through acronyms (introduced in parentheses or read from initials),
//! surnames, nominals ("the ministry", "the spokesman") and appositives;
//! pronouns resolve to the nearest compatible speaker.
//!
//! `attributions` reads a document's cues into attributions; a speaker
//! phrase is taken apart (`phrase`) and merged into a source (`merge`), or
//! a pronoun resolved (`pronouns`), in the resolver's state (`resolver`);
//! at the end every name that names a source becomes a mention of it
//! (`mentions`).

mod attributions;
mod mentions;
mod merge;
mod phrase;
mod pronouns;
mod resolver;

pub use attributions::resolve;
