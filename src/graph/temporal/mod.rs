//! The timeline: events with identity, their start and end points, and
//! every time expression as a difference constraint between points, in a
//! simple temporal network (`network`). A timeline conflict is a negative
//! cycle of the network.
//!
//! Points: the calendar (day 0 of the proleptic Gregorian calendar, so a
//! date is a distance from it), each article's reference point (the day its
//! statements are made: fixed on the calendar when the article has a
//! reference date, free otherwise), each event's start and end, and each
//! person's birth. Reading (`read`) gives each sentence's event mentions
//! and constraints; mentions are then joined into events (`join`): one
//! family key (or one stem), nothing that says they differ ("another",
//! "second", "again"), and participants that agree.

mod assemble;
mod build;
mod constraint;
mod join;
mod mention;
pub mod network;
pub mod params;
mod read;
pub mod resolve;
mod timeline;

pub use constraint::{
    date_of_day, day_number, describe_days, Anchor, NoteDraft, Raw, Relation, TimeConstraint,
};
pub use mention::{event_key, Aspect, Clause, Mention, Mode};
pub use params::{Family, TimelineParams};
pub use read::Words;
pub use resolve::ResolvedEvent;
pub use timeline::{Event, Timeline};
