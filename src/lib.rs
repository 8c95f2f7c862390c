//! crosscheck: reads a news article and reports who said what, and where its
//! figures and timeline disagree.
//!
//! The pipeline runs one way through the modules:
//! [`document`] (text, paragraphs, sentences) → [`expressions`] (quantities
//! and times as intervals) → [`claims`] → [`rules`] (findings) → [`report`].

pub mod attribution;
pub mod batch;
pub mod calendar;
pub mod check;
pub mod claims;
pub mod config;
pub mod document;
pub mod error;
pub mod expressions;
pub mod graph;
pub mod lexicon;
pub mod report;
pub mod rules;
pub mod suppress;
pub mod text;

/// One step of xorshift64: the seeded random texts and spans the tests hold
/// fast paths to their plain readings with (the same sequence on every run).
#[cfg(test)]
pub(crate) fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}
