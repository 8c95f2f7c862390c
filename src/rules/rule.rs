//! What a rule is: its definition as a rule file gives it (id, kind,
//! category, severity, description, example, the parameters of its kind),
//! and the `Check` trait every kind implements.

use std::fmt;

use serde::Deserialize;

use super::context::Context;
use super::finding::Finding;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Figure,
    Timeline,
    Stance,
    Attribution,
    Style,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Figure => "figure",
            Category::Timeline => "timeline",
            Category::Stance => "stance",
            Category::Attribution => "attribution",
            Category::Style => "style",
        }
    }
}

/// An example text for a rule: one that must fire it, one that must not.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub fires: String,
    pub passes: String,
    /// Reference date for the examples, YYYY-MM-DD.
    #[serde(default)]
    pub date: Option<String>,
}

/// A rule as a rule file defines it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    pub id: String,
    pub kind: String,
    pub category: Category,
    pub severity: Severity,
    pub description: String,
    #[serde(default = "enabled")]
    pub enabled: bool,
    pub example: Example,
    /// For `house-spelling`: the names as the house writes them (a
    /// `crosscheck.toml` adds its `[style] names`).
    #[serde(default)]
    pub names: Vec<String>,
    /// For `unattributed-figure`: counted nouns that are matters of record,
    /// not claims (sports statistics: "goals", "runs", "laps").
    #[serde(default)]
    pub record_subjects: Vec<String>,
    /// For `figure-conflict`: how much of the shorter sentence's content
    /// words the other must share for two figures to be one measure when no
    /// event class ties them (0 to 1).
    #[serde(default)]
    pub min_overlap: Option<f64>,
    /// For `figure-conflict` and `figure-spread`: how far a round figure
    /// written without a hedge is widened on each side (0.05 = 5%).
    #[serde(default)]
    pub margin: Option<f64>,
    /// For `figure-spread`: how many times larger the largest figure must be
    /// than the smallest.
    #[serde(default)]
    pub min_ratio: Option<f64>,
    /// For `acronym-not-introduced`: acronyms a reader knows without their
    /// full name ("US", "UN").
    #[serde(default)]
    pub well_known: Vec<String>,
    /// For `timeline-conflict`: the words, event families and tolerances
    /// the timeline network reads (`[rule.timeline]`).
    #[serde(default)]
    pub timeline: crate::graph::temporal::TimelineParams,
}

fn enabled() -> bool {
    true
}

/// What a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// One article's text and claims (`Context::doc`).
    Article,
    /// The claim graph, which may hold several articles.
    Graph,
}

/// A rule kind: one check, one file (like a linter's lint).
pub trait Check: Send + Sync {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>);
    fn scope(&self) -> Scope {
        Scope::Article
    }
}
