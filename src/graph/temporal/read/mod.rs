//! Reads one sentence into event mentions and the time constraints it
//! states about them: a date or a weekday bounds a point, a length bounds a
//! difference, a tense or a modal puts an event before or after the
//! statement, an order word orders two events, an age relates a birth to
//! the statement's date.
//!
//! The reading is by word classes (the lists in `TimelineParams`) over the
//! tokens, not by sentence patterns: an event is a word of an event family
//! or the noun an aspect verb ("began", "has lasted", "continues") is said
//! of; a time attaches to the event nearest it in its clause.

mod aspect_verbs;
mod at;
mod dates;
mod grammar;
mod lengths;
mod mentions;
mod modes;
mod new_mention;
mod order;
mod outcome;
mod periods;
mod persons;
mod phrases;
mod place;
mod placed;
mod read_sentence;
mod reading;
mod words;

pub use at::At;
pub use outcome::Topic;
pub use phrases::participants_of;
pub use read_sentence::read;
pub use words::{LowerCase, Sentence, Words};
