//! Rules: data files in `rules/` (TOML, read with serde), built-in defaults
//! embedded in the binary, and the engine that runs them over the claims.
//!
//! A rule file holds `[[rule]]` tables (see `rules/timeline.toml`); the files
//! `lexicon.toml` and `cues.toml` hold the expression and attribution
//! lexicons instead. `--rules DIR` reads every `*.toml` in DIR: a rule whose
//! `id` is already known replaces it (set `enabled = false` to switch one
//! off), other rules are added, a `lexicon.toml` is merged over the built-in
//! lexicon and a `cues.toml` adds to the built-in cues.

mod ambiguous_source;
pub mod fingerprint;
mod hearsay;
mod house_spelling;
mod unattributed_figure;
mod vague_source;
mod weekday_date;

use std::fmt;
use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::attribution::lexicon::CueFile;
use crate::attribution::{Attributions, CueLexicon};
use crate::claims::Claim;
use crate::document::{Document, Span};
use crate::error::InputError;
use crate::expressions::Lexicon;

/// The built-in rule files, embedded in the binary: (file name, contents).
pub const BUILTIN_RULE_FILES: &[(&str, &str)] = &[
    ("timeline.toml", include_str!("../../rules/timeline.toml")),
    (
        "attribution.toml",
        include_str!("../../rules/attribution.toml"),
    ),
    ("style.toml", include_str!("../../rules/style.toml")),
];

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
}

fn enabled() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    rule: Vec<toml::Spanned<RuleDef>>,
}

/// One span of a finding, with the label the pretty report prints under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Labeled {
    pub span: Span,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: String,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    /// The first span is the primary one.
    pub spans: Vec<Labeled>,
    pub claims: Vec<String>,
    pub sources: Vec<String>,
    /// A stable id of the finding: its rule and the words of its spans, not
    /// their offsets, so that it survives edits elsewhere in the article
    /// (`fingerprint::assign` fills it after the rules run).
    pub fingerprint: String,
}

/// What a rule reads.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub claims: &'a [Claim],
    pub attributions: &'a Attributions,
    pub reference: Option<NaiveDate>,
}

/// A rule kind: one check, one file (like a linter's lint).
pub trait Check: Send + Sync {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>);
}

/// The registry of rule kinds.
fn kind(name: &str) -> Option<Box<dyn Check>> {
    match name {
        "weekday-date" => Some(Box::new(weekday_date::WeekdayDate)),
        "unattributed-figure" => Some(Box::new(unattributed_figure::UnattributedFigure)),
        "vague-source" => Some(Box::new(vague_source::VagueSource)),
        "ambiguous-source" => Some(Box::new(ambiguous_source::AmbiguousSource)),
        "hearsay" => Some(Box::new(hearsay::Hearsay)),
        "house-spelling" => Some(Box::new(house_spelling::HouseSpelling::default())),
        _ => None,
    }
}

/// The names of every rule kind the engine knows.
pub const KINDS: &[&str] = &[
    "weekday-date",
    "unattributed-figure",
    "vague-source",
    "ambiguous-source",
    "hearsay",
    "house-spelling",
];

pub struct Rule {
    pub def: RuleDef,
    check: Box<dyn Check>,
}

/// The loaded rules and lexicon.
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub lexicon: Lexicon,
    pub cues: CueLexicon,
}

impl RuleSet {
    /// The rules and lexicon embedded in the binary.
    pub fn builtin() -> RuleSet {
        let mut set = RuleSet {
            rules: Vec::new(),
            lexicon: Lexicon::builtin(),
            cues: CueLexicon::builtin(),
        };
        for (name, text) in BUILTIN_RULE_FILES {
            set.add_rule_file(&format!("<builtin>/{name}"), text)
                .expect("the embedded rule files are valid (tested)");
        }
        set
    }

    /// The built-in set with a directory of rule files over it.
    pub fn load(dir: Option<&Path>) -> Result<RuleSet, InputError> {
        let mut set = RuleSet::builtin();
        if let Some(dir) = dir {
            set.add_dir(dir)?;
        }
        Ok(set)
    }

    fn add_dir(&mut self, dir: &Path) -> Result<(), InputError> {
        let shown = dir.display().to_string();
        let entries = std::fs::read_dir(dir).map_err(|e| {
            InputError::new(&shown, format!("cannot read the rules directory: {e}"))
        })?;
        let mut files: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(InputError::new(
                &shown,
                "the rules directory holds no .toml rule files",
            ));
        }
        for path in files {
            let shown = path.display().to_string();
            let bytes = std::fs::read(&path)
                .map_err(|e| InputError::new(&shown, format!("cannot read: {e}")))?;
            let text = String::from_utf8(bytes).map_err(|e| {
                let offset = e.utf8_error().valid_up_to();
                let valid = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
                InputError::at_offset(
                    &shown,
                    &valid,
                    offset,
                    format!("invalid UTF-8 at byte offset {offset}"),
                )
            })?;
            if path.file_name().is_some_and(|n| n == "lexicon.toml") {
                let lexicon: Lexicon =
                    toml::from_str(&text).map_err(|e| toml_error(&shown, &text, &e))?;
                self.lexicon.merge(lexicon);
            } else if path.file_name().is_some_and(|n| n == "cues.toml") {
                let cues: CueFile =
                    toml::from_str(&text).map_err(|e| toml_error(&shown, &text, &e))?;
                self.cues.merge(cues);
            } else {
                self.add_rule_file(&shown, &text)?;
            }
        }
        Ok(())
    }

    /// Parses a rule file and adds (or replaces by id) its rules.
    pub fn add_rule_file(&mut self, path: &str, text: &str) -> Result<(), InputError> {
        let file: RuleFile = toml::from_str(text).map_err(|e| toml_error(path, text, &e))?;
        for spanned in file.rule {
            let at = spanned.span().start;
            let def = spanned.into_inner();
            let Some(check) = kind(&def.kind) else {
                return Err(InputError::at_offset(
                    path,
                    text,
                    at,
                    format!(
                        "rule `{}` has unknown kind `{}` (known kinds: {})",
                        def.id,
                        def.kind,
                        KINDS.join(", ")
                    ),
                ));
            };
            if let Some(date) = &def.example.date {
                if NaiveDate::parse_from_str(date, "%Y-%m-%d").is_err() {
                    return Err(InputError::at_offset(
                        path,
                        text,
                        at,
                        format!("rule `{}`: example date `{date}` is not YYYY-MM-DD", def.id),
                    ));
                }
            }
            self.rules.retain(|r| r.def.id != def.id);
            self.rules.push(Rule { def, check });
        }
        Ok(())
    }

    /// Runs every enabled rule; findings come out in document order.
    pub fn run(&self, ctx: &Context) -> Vec<Finding> {
        let mut out = Vec::new();
        for rule in self.rules.iter().filter(|r| r.def.enabled) {
            rule.check.check(&rule.def, ctx, &mut out);
        }
        out.sort_by_key(|f| (f.spans.first().map(|s| s.span.start), f.rule.clone()));
        out
    }
}

fn toml_error(path: &str, text: &str, err: &toml::de::Error) -> InputError {
    let message = err.message().to_string();
    match err.span() {
        Some(span) => InputError::at_offset(path, text, span.start, message),
        None => InputError::new(path, message),
    }
}

/// Who makes a claim, for a finding's message: the source's name, or "the
/// article (no source named)".
pub(crate) fn who(ctx: &Context, claim: &Claim) -> String {
    match claim.attribution(ctx.attributions) {
        Some(a) if a.source.is_some() && !a.vague => ctx.attributions.who(a, ctx.doc),
        Some(a) => format!("the article ({})", ctx.attributions.who(a, ctx.doc)),
        None => "the article (no source named)".to_string(),
    }
}
