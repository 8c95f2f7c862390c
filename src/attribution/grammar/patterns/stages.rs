//! The order the cue patterns are tried in. A sentence is read in stages,
//! one after the other: each stage is a list of patterns tried in order of
//! precedence (the first that finds something wins), either once on the
//! whole sentence or at each token the cue gate marked with one of the
//! stage's bits; a stage may wait on what the stages before it found, and
//! keeps what it finds by its own rule. `grammar::find` runs them.

use super::act_of_named::act_of_named;
use super::agentless_passive::agentless_passive;
use super::colon::colon_cue;
use super::cue_without_speaker::cue_without_speaker;
use super::dash::dash_cue;
use super::document::document_cue;
use super::input::Pattern;
use super::noun::noun_cue;
use super::opening_participle::opening_participle;
use super::passive_agent::passive_agent;
use super::preposition::preposition_cue;
use super::vague::vague_cue;
use super::verb::verb_cue;
use crate::attribution::grammar::cue_gate::cue_bits::{
    DASH, GOVERNS, NOUN, PASSIVE, PREPOSITION, VAGUE, VERB,
};

/// One stage of the reading of a sentence.
pub struct Stage {
    /// In order of precedence: the first that finds something wins.
    pub patterns: &'static [Pattern],
    pub scope: Scope,
    pub when: When,
    pub keep: Keep,
}

/// Where a stage tries its patterns.
#[derive(Clone, Copy)]
pub enum Scope {
    /// Once, on the whole sentence.
    Sentence,
    /// At each token the cue gate marked with one of `bits` (every bit a
    /// pattern of the stage needs to start at a token), in sentence order.
    /// With `outside_quotes_and_taken`, not at a token inside a quotation
    /// nor at one an attribution found before took.
    Tokens {
        bits: u8,
        outside_quotes_and_taken: bool,
    },
}

/// When a stage is tried, asked once before it.
#[derive(Clone, Copy)]
pub enum When {
    Always,
    /// The sentence has a colon (the gate's `cue_bits::MARK`).
    ColonMarked,
    /// No stage before found anything.
    NothingFound,
    /// Nothing found before names a speaker as saying anything: each has
    /// no speaker, or is a stance.
    NoSpeakerNamed,
}

/// What is kept of what a stage finds.
#[derive(Clone, Copy)]
pub enum Keep {
    /// Kept, and it takes every token of the sentence.
    TakeSentence,
    /// Kept, and it takes the tokens of its cue and its speaker.
    TakeCueAndSpeaker,
    /// Kept.
    Always,
    /// Kept unless its cue overlaps the cue of one found before.
    UnlessOverlapping,
    /// Kept unless the token it was found at is claimed: inside the cue of
    /// one found before, or inside the content of one with a speaker.
    UnlessClaimed,
}

/// The stages, in the order they are tried.
pub const STAGES: &[Stage] = &[
    // "Pat Caddell: Democrat Voters Worried …": a headline's speaker and colon
    // come before any verb in it.
    Stage {
        patterns: &[colon_cue],
        scope: Scope::Sentence,
        when: When::ColonMarked,
        keep: Keep::TakeSentence,
    },
    // A cue inside a quotation belongs to the quoted speaker's own words
    // ("I think", "they say"); the quotation's attribution is outside it.
    // The patterns in order of precedence; the first that matches wins.
    Stage {
        patterns: &[preposition_cue, dash_cue, noun_cue, verb_cue, act_of_named],
        scope: Scope::Tokens {
            bits: PREPOSITION | DASH | NOUN | VERB | GOVERNS,
            outside_quotes_and_taken: true,
        },
        when: When::Always,
        keep: Keep::TakeCueAndSpeaker,
    },
    Stage {
        patterns: &[document_cue],
        scope: Scope::Sentence,
        when: When::NothingFound,
        keep: Keep::Always,
    },
    Stage {
        patterns: &[opening_participle],
        scope: Scope::Sentence,
        when: When::Always,
        keep: Keep::UnlessOverlapping,
    },
    Stage {
        patterns: &[passive_agent],
        scope: Scope::Tokens {
            bits: VERB,
            outside_quotes_and_taken: true,
        },
        when: When::Always,
        keep: Keep::UnlessOverlapping,
    },
    // A vague cue counts only where nobody is named as saying anything.
    Stage {
        patterns: &[vague_cue],
        scope: Scope::Tokens {
            bits: VAGUE,
            outside_quotes_and_taken: false,
        },
        when: When::NoSpeakerNamed,
        keep: Keep::Always,
    },
    // What the patterns above leave: an agentless passive ("was accused of"),
    // or a verb with its clause whose speaker they could not find.
    Stage {
        patterns: &[agentless_passive, cue_without_speaker],
        scope: Scope::Tokens {
            bits: PASSIVE | VERB,
            outside_quotes_and_taken: true,
        },
        when: When::Always,
        keep: Keep::UnlessClaimed,
    },
];
