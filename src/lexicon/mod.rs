//! The lexicons every stage reads, in one place: the open lexicons, which
//! are data a newsroom extends (`lexicon/*.toml`, embedded; a `--rules DIR`
//! adds to them: hedges, vague amounts and units of the expressions in
//! `quantities.rs`, with the key-word table made of them and of the closed
//! lists in `key_words.rs`; cues of attribution in `cues.rs`; subjects and
//! events of the claim graph in `events.rs`), loaded by one loader here
//! (`Lexicons`), and the closed word classes that are grammar, not house
//! style (one file a class, not configured):
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
//! - `number_words`: number and quantity words, spelled out, and the number
//!   words below a hundred with their values;
//! - `ordinals`: ordinal words, and the markers of a series;
//! - `plurals`: plural nouns without an -s;
//! - `prepositions`: prepositions that open a modifier in a noun phrase;
//! - `pronouns`: pronouns;
//! - `sentence_openers`: words that open sentences;
//! - `stop_words`: words that carry no content, and the function words
//!   that end a counted noun phrase;
//! - `suffix_lookalikes`: words whose ending looks like an inflection's;
//! - `telling_verbs`: verbs of telling;
//! - `tense_markers`: the words that mark a clause's tense, and end it;
//! - `time_anchors`: the units, names and deictic words time expressions
//!   are anchored on;
//! - `time_words`: the other words time expressions are read through.
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
pub mod key_words;
pub mod name_connectors;
pub mod number_words;
pub mod ordinals;
pub mod plurals;
pub mod prepositions;
pub mod pronouns;
pub mod quantities;
pub mod sentence_openers;
pub mod stop_words;
pub mod suffix_lookalikes;
pub mod telling_verbs;
pub mod tense_markers;
pub mod time_anchors;
pub mod time_words;

pub use cues::CueLexicon;
pub use events::EventLexicon;

use cues::CueFile;
use events::EventFile;

/// The open lexicons a run reads: the expressions' hedges, vague amounts
/// and units, the cues of attribution, and the subjects and events of the
/// claim graph.
#[derive(Debug)]
pub struct Lexicons {
    pub quantities: quantities::Lexicon,
    pub cues: CueLexicon,
    pub events: EventLexicon,
}

/// A built-in file as JSON, which `build.rs` makes of `lexicon/*.toml` and
/// `rules/*.toml`: a run reads it in a fraction of the work TOML takes.
macro_rules! builtin_json {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $name, ".json"))
    };
}
pub(crate) use builtin_json;

/// `lexicon/quantities.toml`, `lexicon/cues.toml` and `lexicon/events.toml`
/// as JSON.
const QUANTITIES_JSON: &str = builtin_json!("quantities");
const CUES_JSON: &str = builtin_json!("cues");
const EVENTS_JSON: &str = builtin_json!("events");

impl Lexicons {
    /// The lexicons embedded in the binary (read from the JSON that
    /// `build.rs` makes of the TOML files; a test holds them to the
    /// lexicons the TOML files give).
    pub fn builtin() -> Lexicons {
        Lexicons {
            quantities: embedded(QUANTITIES_JSON),
            cues: CueLexicon::from_file(embedded(CUES_JSON)),
            events: EventLexicon::from_file(embedded(EVENTS_JSON)),
        }
    }

    /// Merges a lexicon file of a rules directory over these lexicons, the
    /// file's name saying which it is: `quantities.toml` (or `lexicon.toml`),
    /// `cues.toml` or `events.toml`. `None`: the name is no lexicon file's
    /// (a rules file's).
    pub fn merge_file(
        &mut self,
        file_name: &str,
        text: &str,
    ) -> Option<Result<(), toml::de::Error>> {
        let merged = match file_name {
            "quantities.toml" | "lexicon.toml" => {
                toml::from_str(text).map(|file| self.quantities.merge(file))
            }
            "cues.toml" => toml::from_str::<CueFile>(text).map(|file| self.cues.merge(file)),
            "events.toml" => toml::from_str::<EventFile>(text).map(|file| self.events.merge(file)),
            _ => return None,
        };
        Some(merged)
    }
}

/// An embedded JSON file (`build.rs` made it of a TOML file the tests read).
pub(crate) fn embedded<T: serde::de::DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).expect("the embedded rule and lexicon files are valid (tested)")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The JSON a run reads (`build.rs`) gives what the TOML files give,
    /// float for float (`{:?}` writes the shortest form that reads back to
    /// the same bits).
    #[test]
    fn the_embedded_lexicons_are_the_toml_files() {
        let builtin = Lexicons::builtin();
        assert_eq!(
            format!("{:?}", builtin.quantities),
            format!("{:?}", quantities::Lexicon::builtin())
        );
        let cues: CueFile = toml::from_str(include_str!("../../lexicon/cues.toml")).unwrap();
        assert_eq!(
            format!("{:?}", embedded::<CueFile>(CUES_JSON)),
            format!("{cues:?}")
        );
        let events: EventFile = toml::from_str(include_str!("../../lexicon/events.toml")).unwrap();
        assert_eq!(
            format!("{:?}", embedded::<EventFile>(EVENTS_JSON)),
            format!("{events:?}")
        );
        assert_eq!(
            format!("{:?}", builtin.events.file),
            format!("{:?}", EventLexicon::builtin().file)
        );
    }

    /// A file is merged into the lexicon its name says, and a file of
    /// another name is left to the rules.
    #[test]
    fn merge_file_goes_by_the_file_name() {
        let mut lexicons = Lexicons::builtin();
        let vague = "[[vague]]\nphrases = [\"umpteen\"]\nlow = 13\nhigh = 99\n";
        for name in ["quantities.toml", "lexicon.toml"] {
            assert!(matches!(lexicons.merge_file(name, vague), Some(Ok(()))));
        }
        assert!(lexicons
            .quantities
            .vague
            .iter()
            .any(|v| v.phrases.iter().any(|p| p == "umpteen")));
        assert!(lexicons.merge_file("style.toml", vague).is_none());
        assert!(matches!(
            lexicons.merge_file("cues.toml", vague),
            Some(Err(_))
        ));
    }
}
