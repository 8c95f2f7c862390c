//! The lexicons every stage reads, in one place: the open lexicons, which
//! are data a newsroom extends (`lexicon/*.toml`, embedded; a `--rules DIR`
//! adds to them: cues of attribution in `cues.rs`, subjects and events of the
//! claim graph in `events.rs`), and the closed word classes that are grammar,
//! not house style (one file a class, not configured).
//!
//! Depends on `text` only.

pub mod cues;
pub mod events;
pub mod pronouns;
pub mod time_words;

pub use cues::CueLexicon;
pub use events::EventLexicon;
