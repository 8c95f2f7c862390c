//! Rules: data files in `rules/` (TOML, read with serde), built-in defaults
//! embedded in the binary, and the engine that runs them over the claims.
//!
//! A rule file holds `[[rule]]` tables (see `rules/timeline.toml`); the files
//! `lexicon.toml` and `cues.toml` hold the expression and attribution
//! lexicons instead. `--rules DIR` reads every `*.toml` in DIR: a rule whose
//! `id` is already known replaces it (set `enabled = false` to switch one
//! off), other rules are added, a `lexicon.toml` is merged over the built-in
//! lexicon and a `cues.toml` adds to the built-in cues.

mod acronym;
mod ambiguous_source;
mod check;
mod context;
mod entity_aliases;
mod figure_conflict;
mod figure_spread;
mod finding;
pub mod fingerprint;
mod hearsay;
pub(crate) mod house_spelling;
pub mod registry;
mod role_later;
mod rule;
mod set;
mod spelling_variant;
mod stance_conflict;
mod timeline_conflict;
mod unattributed_figure;
mod vague_source;
mod weekday_date;

pub use check::{Check, Rule};
pub use context::Context;
pub use finding::{ConstraintNote, Finding, Foreign, Labeled};
pub use rule::{Category, Example, RuleDef, RuleMeta, Scope, Severity};
pub use set::{RuleInForce, RuleSet, BUILTIN_RULE_FILES};
