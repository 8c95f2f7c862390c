//! How a rule runs: the `Check` trait every rule implements, and the `Rule`
//! trait that makes a rule of its declaration and typed parameters.

use super::context::Context;
use super::finding::Finding;
use super::rule::{RuleDef, RuleMeta, Scope};

/// A rule: its declaration, its typed parameters, and how it is made of
/// them. Every rule file implements it, and `registry.rs` lists it.
pub trait Rule: Check + Sized + 'static {
    const META: RuleMeta;
    /// The parameters a rules file may set, with their defaults
    /// (`Default`) and a doc comment each.
    type Params: serde::de::DeserializeOwned + Default;
    /// The rule with these parameters, or why they cannot be used.
    fn new(params: Self::Params) -> Result<Self, String>;
}

/// A rule kind: one check, one file (like a linter's lint).
pub trait Check: Send + Sync {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>);
    fn scope(&self) -> Scope {
        Scope::Article
    }
    /// The timeline network's words and tolerances, for the rule that
    /// holds them (`timeline-conflict`): the graph's timeline is built with
    /// them.
    fn timeline_params(&self) -> Option<&crate::graph::temporal::TimelineParams> {
        None
    }
}
