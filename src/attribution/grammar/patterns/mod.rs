//! The cue patterns: each way a cue and its source are found in a sentence,
//! one file each, all of one signature (`input::Pattern`, a
//! `fn(&PatternInput) -> Option<Found>`), tried in the order
//! `stages::STAGES` lists them. What they share: `input` (what a pattern is
//! given) and `content` (the content span a cue governs).
//!
//! How to add a cue pattern: create `patterns/NAME.rs`, opening with a `//!`
//! line that says which sentences it reads, and holding
//! `pub(super) fn NAME(input: &PatternInput) -> Option<Found>` (take out of
//! `input` what it reads: `let PatternInput { tokens, sentence, lex, at, .. }
//! = *input;`); declare `mod NAME;` below. List it in `STAGES`
//! (`stages.rs`) at its place in the order: in the stage whose patterns it
//! must come after and before (in a stage the first pattern that finds
//! something wins), or in a stage of its own with its scope, condition and
//! rule for what is kept. A pattern is tried only where the cue gate lets it
//! (`cue_gate.rs`): at a token with one of its stage's bits, in a sentence
//! the gate does not rule out; if no bit fits, give the gate one (the eight
//! of its `u8` are all in use), in `cues` and in its plain reading
//! `reference::cues_by_token` (the debug build asserts that the gate skips nothing a
//! pattern finds). Then add the sentences it must read to the `CUES` table
//! of `tests/attribution.rs` (test `cue_patterns`: text, an anchor in the
//! claim, source, cue as written), with one for a pattern it must not take
//! over from, and run the golden reports: they change only where the new
//! pattern should.

mod act_of_named;
mod agentless_passive;
mod colon;
mod content;
mod cue_without_speaker;
mod dash;
mod document;
pub(super) mod input;
mod noun;
mod opening_participle;
mod passive_agent;
mod preposition;
pub(super) mod stages;
mod vague;
mod verb;
