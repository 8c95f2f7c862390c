//! A small tokenizer for the expression parsers: words, numbers and single
//! punctuation marks, each with its byte span in the file and whether it is
//! written against the previous token (no space between, as in "3.5bn",
//! "19th", "1,000-1,500").
//!
//! `token` holds what a token is, `tokenizer` how a text is cut into them,
//! and `covered` which tokens a set of spans contains; `reference`, built
//! only for tests, is the plain tokenizer the fast one is held equal to.

mod covered;
#[cfg(test)]
mod reference;
mod token;
mod tokenizer;

pub use covered::{covered, covered_range, mark_covered};
pub use token::{Kind, Token};
pub use tokenizer::tokenize;
