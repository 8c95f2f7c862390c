//! The cue patterns: each way a cue and its source are found in a sentence,
//! one file each, all of one signature (`input::Pattern`, a
//! `fn(&PatternInput) -> Option<Found>`), tried in the order
//! `stages::STAGES` lists them. What they share: `input` (what a pattern is
//! given) and `content` (the content span a cue governs).
//!
//! How to add a cue pattern: create `patterns/NAME.rs`, opening with a `//!`
//! line that says which sentences it reads, holding
//! `pub(super) fn NAME(input: &PatternInput) -> Option<Found>` (take what
//! it needs out of `input`: `let PatternInput { tokens, sentence, lex, at,
//! .. } = *input;`), and declare `mod NAME;` below. List it in `STAGES`
//! (`stages.rs`): in the stage whose patterns it must come after and
//! before (the first that finds something wins), or in a new stage of its
//! own at its place, with its scope (the whole sentence, or the tokens with
//! the cue bit its cue starts with — a pattern at a token with no bit the
//! gate sets is never tried: give the gate, `cue_gate.rs`, the bit and its
//! plain reading, `cues_by_token`, too), when it is tried and what is kept
//! of what it finds. Then add a sentence it must read to the `CUES` table
//! of `tests/attribution.rs` (test `cue_patterns`: the text, an anchor in
//! the claim, the source and the cue as written), add one for each pattern
//! it must not take over from, and run the golden reports: a new pattern
//! changes them only where it should.

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
