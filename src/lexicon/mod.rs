//! The lexicons every stage reads, in one place: the open lexicons, which
//! are data a newsroom extends (`lexicon/*.toml`, embedded; a `--rules DIR`
//! adds to them: cues of attribution in `cues.rs`, subjects and events of the
//! claim graph in `events.rs`), and the closed word classes that are grammar,
//! not house style (one file a class, not configured):
//!
//! - `abbreviations`: titles and abbreviations, by what a period after them
//!   does at the end of a sentence;
//! - `age_words`: the words an age or a birth is stated with;
//! - `auxiliaries`: auxiliaries and the words that stand among them in a
//!   verb group, and between a speaker and its verb;
//! - `calendar_words`: weekdays and months in full;
//! - `determiners`: determiners, and the words that mark a noun;
//! - `document_nouns`: nouns of documents that speak for their authors;
//! - `name_connectors`: the lower-case words a full name holds;
//! - `number_words`: number and quantity words, spelled out;
//! - `ordinals`: ordinal words, and the markers of a series;
//! - `prepositions`: prepositions that open a modifier in a noun phrase;
//! - `pronouns`: pronouns;
//! - `sentence_openers`: words that open sentences;
//! - `stop_words`: words that carry no content;
//! - `suffix_lookalikes`: words whose ending looks like an inflection's;
//! - `telling_verbs`: verbs of telling;
//! - `time_words`: the words time expressions are read through.
//!
//! Where a class has more than one list, each answers its own question, and
//! its doc comment says how it differs. A list's order is kept where it is
//! read in order (the ordinals' values are their places).
//!
//! Depends on `text` only.

pub mod abbreviations;
pub mod age_words;
pub mod auxiliaries;
pub mod calendar_words;
pub mod cues;
pub mod determiners;
pub mod document_nouns;
pub mod events;
pub mod name_connectors;
pub mod number_words;
pub mod ordinals;
pub mod prepositions;
pub mod pronouns;
pub mod sentence_openers;
pub mod stop_words;
pub mod suffix_lookalikes;
pub mod telling_verbs;
pub mod time_words;

pub use cues::CueLexicon;
pub use events::EventLexicon;
