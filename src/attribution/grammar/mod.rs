//! Grammar patterns that find attributions in one sentence: a cue, the phrase
//! that names its speaker, and the content the cue governs. No trained model:
//! closed word classes (`crate::lexicon`'s, one file a class, because they
//! are English grammar) and the cue lexicon (`lexicon/cues.toml`, because
//! newsrooms extend it).
//!
//! A sentence is read so: the cue gate (`cue_gate`) marks the tokens a
//! pattern may start at, or rules the sentence out; `quoted` says which
//! tokens stand inside a quotation; `find` tries the cue patterns
//! (`patterns`, one file each, in the order `patterns::stages` gives) at
//! the tokens marked. The patterns read speaker phrases (`speaker_phrase`)
//! and the subjects of verbs (`subject`) with the token tests of the closed
//! word classes (`word_classes`, `pronouns`).

mod cue_gate;
mod find;
mod found;
mod patterns;
pub mod pronouns;
mod quoted;
#[cfg(test)]
mod reference;
pub mod speaker_phrase;
mod subject;
#[cfg(test)]
mod test_texts;
pub mod word_classes;

pub use cue_gate::{cue_bits, cues};
pub use find::find;
pub use found::{CueKind, Found};
pub use quoted::quoted_tokens;
