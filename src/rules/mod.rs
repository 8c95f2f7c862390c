//! Rules: one file a rule, each declaring itself (`RuleMeta`: id, category,
//! default severity, description, examples) with its typed `Params`;
//! `registry.rs` lists them, one line each. The files in `rules/` (embedded)
//! and a `--rules DIR` set a rule's severity, `enabled` and parameters only
//! (`set.rs`); the lexicons the rules read are `crate::lexicon`'s. Adding a
//! rule: CONTRIBUTING.md.

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
