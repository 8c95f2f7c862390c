//! The closed word classes every stage reads, one file a class: the lists
//! that were kept in code beside the parser that first needed them. The
//! open lexicons (quantity units and hedges, cue verbs, events) are data in
//! `rules/*.toml`, loaded by their stages; these lists are grammar, not house
//! style, and are not configured.
//!
//! Depends on `text` only.

pub mod time_words;
