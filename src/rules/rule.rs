//! What a rule is: the declaration its own file makes (`RuleMeta`: id,
//! category, default severity, description, examples), its typed
//! parameters (`Rule::Params`), and the `Check` trait it runs by.

use std::fmt;

use serde::Deserialize;

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
/// The test suite runs both for every rule.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    pub fires: &'static str,
    pub passes: &'static str,
    /// Reference date for the examples, YYYY-MM-DD.
    pub date: Option<&'static str>,
}

/// What a rule's own file declares of it: its id, the category and default
/// severity it reports with, what it finds and leaves alone, and its
/// examples. A rules file (`rules/*.toml`, `--rules DIR`) or a
/// `crosscheck.toml` may change its severity, switch it off, and set the
/// parameters of its `Params`; nothing else.
#[derive(Debug, Clone, Copy)]
pub struct RuleMeta {
    pub id: &'static str,
    /// The name of the check, as the SARIF report's rule properties give
    /// it (the id, but for `weekday-date-mismatch`: `weekday-date`).
    pub kind: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub description: &'static str,
    pub example: Example,
}

/// A rule in force, as its findings and the reports read it: its
/// declaration with the severity and the on/off a configuration gave it.
#[derive(Debug, Clone)]
pub struct RuleDef {
    pub id: String,
    pub kind: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub description: String,
    pub enabled: bool,
    pub example: Example,
}

impl RuleDef {
    pub(crate) fn of(meta: &RuleMeta) -> RuleDef {
        RuleDef {
            id: meta.id.to_string(),
            kind: meta.kind,
            category: meta.category,
            severity: meta.severity,
            description: meta.description.to_string(),
            enabled: true,
            example: meta.example,
        }
    }
}

/// A rule's parameters for rules that have none: a rules file that sets
/// any is refused.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

/// What a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// One article's text and claims (`Context::doc`).
    Article,
    /// The claim graph, which may hold several articles.
    Graph,
}
