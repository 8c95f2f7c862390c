//! The ground floor every stage stands on: byte spans and the line index that
//! turns them into line:column, the tokenizer, English stems, and the word keys and word sets
//! that tables of words are indexed by. It depends on no other module of the
//! crate.

pub mod keys;
pub mod span;
pub mod stems;
pub mod tokens;
pub mod words;

pub use span::{LineIndex, Located, Span};

/// Pads a decoded entity or escape up to the length of its source in the
/// prose view ("&rsquo;" becomes "’" and four fillers), so that "AFP&rsquo;s"
/// still reads as one word. Later stages skip it; plain text never holds it
/// (control characters are blanked there).
pub const FILLER: char = '\u{7f}';
