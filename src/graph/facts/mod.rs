//! The facts the graph holds, read off each claim's sentence: figures (a
//! count, an amount, a duration or a date, with what it counts and the event
//! it counts for), event mentions (with their mode and negation), periods
//! said to be still going on, and endings that were expected.
//!
//! One file a fact kind: counts, dates and durations, ordinals (all
//! figures), events, periods going on and expected endings; `read` reads
//! them in that order.

mod actor;
mod claim_read;
mod counts;
mod events;
mod expected_ends;
mod figure;
mod ongoing;
mod ordinals;
mod placed_times;
mod read;
mod scan;
mod times;
mod token_spans;

pub(crate) use actor::actor_before;
pub use claim_read::ClaimRead;
pub use events::{EventMention, Mode};
pub use expected_ends::ExpectedEnd;
pub use figure::{Figure, Measure};
pub use ongoing::Ongoing;
pub use placed_times::PlacedTimes;
pub use read::{read, Facts};
#[cfg(test)]
pub(crate) use scan::number_ordinal;
pub use scan::{scan, Scan};
pub(crate) use token_spans::span_text;
