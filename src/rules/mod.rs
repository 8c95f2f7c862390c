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
mod entity_aliases;
mod figure_conflict;
mod figure_spread;
pub mod fingerprint;
mod hearsay;
pub(crate) mod house_spelling;
mod role_later;
mod spelling_variant;
mod stance_conflict;
mod timeline_conflict;
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
use crate::document::Document;
use crate::error::InputError;
use crate::expressions::Lexicon;
use crate::graph::lexicon::EventFile;
use crate::graph::{Article, ClaimGraph, EventLexicon};
use crate::text::tokens::Token;
use crate::text::Span;

/// The built-in rule files, embedded in the binary: (file name, contents).
pub const BUILTIN_RULE_FILES: &[(&str, &str)] = &[
    ("timeline.toml", include_str!("../../rules/timeline.toml")),
    (
        "attribution.toml",
        include_str!("../../rules/attribution.toml"),
    ),
    ("style.toml", include_str!("../../rules/style.toml")),
    ("figures.toml", include_str!("../../rules/figures.toml")),
    ("stance.toml", include_str!("../../rules/stance.toml")),
];

/// The built-in files as JSON, which `build.rs` makes of `rules/*.toml`:
/// a run reads them in a fraction of the work TOML takes.
macro_rules! builtin_json {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $name, ".json"))
    };
}

/// `BUILTIN_RULE_FILES` as JSON, in the same order.
const BUILTIN_RULE_JSON: &[&str] = &[
    builtin_json!("timeline"),
    builtin_json!("attribution"),
    builtin_json!("style"),
    builtin_json!("figures"),
    builtin_json!("stance"),
];

/// `rules/lexicon.toml`, `rules/cues.toml` and `rules/events.toml` as JSON.
const LEXICON_JSON: &str = builtin_json!("lexicon");
const CUES_JSON: &str = builtin_json!("cues");
const EVENTS_JSON: &str = builtin_json!("events");

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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    rule: Vec<toml::Spanned<RuleDef>>,
}

/// A built-in rule file as `build.rs` embeds it (JSON has no spans, and an
/// embedded file needs none: its errors are the tests').
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EmbeddedRuleFile {
    #[serde(default)]
    rule: Vec<RuleDef>,
}

/// One span of a finding, with the label the pretty report prints under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Labeled {
    pub span: Span,
    pub label: String,
    /// The article the span is in (an index into `Context::articles`).
    pub article: usize,
    /// Where the span is when it lies in another file than its finding's
    /// (`--together`): filled in after the rules run.
    pub foreign: Option<Foreign>,
}

/// A span's place in another file.
#[derive(Debug, Clone, PartialEq)]
pub struct Foreign {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub text: String,
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
    /// For `timeline-conflict`: the constraints of the conflict's cycle.
    pub constraints: Vec<ConstraintNote>,
}

/// One time constraint of a timeline conflict, as the report shows it: the
/// span that states it, its claim and source, what relation it states, and
/// its bounds in days (from the calendar's day 0 for a date, else between
/// the points it relates).
#[derive(Debug, Clone, PartialEq)]
pub struct ConstraintNote {
    pub span: Span,
    pub article: usize,
    pub claim: Option<String>,
    pub source: String,
    pub relation: &'static str,
    pub min: Option<i64>,
    pub max: Option<i64>,
}

impl Finding {
    /// A finding of an article-scoped rule that names no claim: the rule's
    /// category and severity, a message, and labelled spans (the first is
    /// the primary one).
    pub(crate) fn of_spans(rule: &RuleDef, message: String, spans: Vec<(Span, String)>) -> Finding {
        Finding {
            rule: rule.id.clone(),
            category: rule.category,
            severity: rule.severity,
            message,
            spans: spans
                .into_iter()
                .map(|(span, label)| Labeled {
                    span,
                    label,
                    article: 0,
                    foreign: None,
                })
                .collect(),
            claims: Vec::new(),
            sources: Vec::new(),
            fingerprint: String::new(),
            constraints: Vec::new(),
        }
    }

    /// The spans in the finding's own file (all of them, unless
    /// `--together` put spans of other files in it).
    pub fn local(&self) -> impl Iterator<Item = &Labeled> {
        self.spans.iter().filter(|s| s.foreign.is_none())
    }
}

/// What a rule reads.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub claims: &'a [Claim],
    pub attributions: &'a Attributions,
    pub reference: Option<NaiveDate>,
    /// Every article of the graph (one, or several with `--together`).
    pub articles: &'a [Article<'a>],
    pub graph: &'a ClaimGraph<'a>,
    pub events: &'a EventLexicon,
}

impl<'a> Context<'a> {
    /// The tokens of sentence `k` of `doc`, as the check made them.
    pub fn sentence_tokens(&self, k: usize) -> std::borrow::Cow<'a, [Token<'a>]> {
        let made = self
            .articles
            .iter()
            .find(|a| std::ptr::eq(a.doc, self.doc))
            .and_then(|a| a.tokens);
        crate::graph::sentence_tokens(self.doc, made, k)
    }
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

/// The registry of rule kinds.
fn kind(name: &str) -> Option<Box<dyn Check>> {
    match name {
        "weekday-date" => Some(Box::new(weekday_date::WeekdayDate)),
        "unattributed-figure" => Some(Box::new(unattributed_figure::UnattributedFigure)),
        "vague-source" => Some(Box::new(vague_source::VagueSource)),
        "ambiguous-source" => Some(Box::new(ambiguous_source::AmbiguousSource)),
        "hearsay" => Some(Box::new(hearsay::Hearsay)),
        "house-spelling" => Some(Box::new(house_spelling::HouseSpelling::default())),
        "figure-conflict" => Some(Box::new(figure_conflict::FigureConflict)),
        "figure-spread" => Some(Box::new(figure_spread::FigureSpread)),
        "timeline-conflict" => Some(Box::new(timeline_conflict::TimelineConflict::default())),
        "stance-conflict" => Some(Box::new(stance_conflict::StanceConflict::default())),
        "acronym-not-introduced" => Some(Box::new(acronym::AcronymNotIntroduced::default())),
        "spelling-variant" => Some(Box::new(spelling_variant::SpellingVariant)),
        "entity-aliases" => Some(Box::new(entity_aliases::EntityAliases)),
        "role-later" => Some(Box::new(role_later::RoleLater)),
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
    "figure-conflict",
    "figure-spread",
    "timeline-conflict",
    "stance-conflict",
    "acronym-not-introduced",
    "spelling-variant",
    "entity-aliases",
    "role-later",
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
    pub events: EventLexicon,
}

impl RuleSet {
    /// The rules and lexicon embedded in the binary.
    /// (Read from the JSON that `build.rs` makes of the TOML files; the
    /// tests hold it to the set the TOML files give, and check the TOML
    /// files as a rules directory is checked.)
    pub fn builtin() -> RuleSet {
        let mut set = RuleSet {
            rules: Vec::new(),
            lexicon: embedded(LEXICON_JSON),
            cues: CueLexicon::from_file(embedded(CUES_JSON)),
            events: EventLexicon::from_file(embedded(EVENTS_JSON)),
        };
        for json in BUILTIN_RULE_JSON {
            let file: EmbeddedRuleFile = embedded(json);
            for def in file.rule {
                let check = kind(&def.kind).expect("the embedded rules' kinds are known (tested)");
                set.put(Rule { def, check });
            }
        }
        set
    }

    /// Adds a rule, or replaces the one with its id.
    fn put(&mut self, rule: Rule) {
        self.rules.retain(|r| r.def.id != rule.def.id);
        self.rules.push(rule);
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
            } else if path.file_name().is_some_and(|n| n == "events.toml") {
                let events: EventFile =
                    toml::from_str(&text).map_err(|e| toml_error(&shown, &text, &e))?;
                self.events.merge(events);
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
            if let Some(message) = def.names.iter().find_map(|n| house_spelling::name_error(n)) {
                return Err(InputError::at_offset(
                    path,
                    text,
                    at,
                    format!("rule `{}`: {message}", def.id),
                ));
            }
            self.put(Rule { def, check });
        }
        Ok(())
    }

    /// Whether the rule with this id reads the claim graph.
    /// The timeline words of the enabled `timeline-conflict` rule, if any.
    pub fn timeline_params(&self) -> Option<&crate::graph::temporal::TimelineParams> {
        self.rules
            .iter()
            .find(|r| r.def.enabled && r.def.kind == "timeline-conflict")
            .map(|r| &r.def.timeline)
    }

    pub fn is_graph_rule(&self, id: &str) -> bool {
        self.rules
            .iter()
            .any(|r| r.def.id == id && r.check.scope() == Scope::Graph)
    }

    /// Runs every enabled rule; findings come out in document order.
    pub fn run(&self, ctx: &Context) -> Vec<Finding> {
        self.run_scoped(ctx, None)
    }

    /// Runs the enabled rules of one scope (all when `None`).
    pub fn run_scoped(&self, ctx: &Context, scope: Option<Scope>) -> Vec<Finding> {
        let mut out = Vec::new();
        for rule in self.rules.iter().filter(|r| r.def.enabled) {
            if scope.is_none_or(|s| s == rule.check.scope()) {
                rule.check.check(&rule.def, ctx, &mut out);
            }
        }
        // Compared in place: a key with the rule's id would copy it at
        // every comparison.
        out.sort_by(|a, b| {
            let at = |f: &Finding| f.spans.first().map(|s| (s.article, s.span.start));
            at(a).cmp(&at(b)).then_with(|| a.rule.cmp(&b.rule))
        });
        out
    }
}

/// An embedded JSON file (`build.rs` made it of a TOML file the tests read).
fn embedded<T: serde::de::DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).expect("the embedded rule files are valid (tested)")
}

fn toml_error(path: &str, text: &str, err: &toml::de::Error) -> InputError {
    let message = err.message().to_string();
    match err.span() {
        Some(span) => InputError::at_offset(path, text, span.start, message),
        None => InputError::new(path, message),
    }
}

/// Who makes claim `claim` of article `article`, for a graph rule's message:
/// the source's name, or "no source named".
pub(crate) fn who_in(ctx: &Context, article: usize, claim: usize) -> String {
    ctx.articles[article].who_says(Some(claim))
}

/// Who says a sentence that may or may not be a claim.
pub(crate) fn who_at(ctx: &Context, article: usize, claim: Option<usize>) -> String {
    match claim {
        Some(c) => who_in(ctx, article, c),
        None => "the article".to_string(),
    }
}

/// The ids of the sources a claim is attributed to (none when it has no
/// named source).
pub(crate) fn source_ids(ctx: &Context, article: usize, claim: Option<usize>) -> Vec<String> {
    let a = &ctx.articles[article];
    claim
        .and_then(|c| a.claims[c].attribution(a.attributions))
        .filter(|att| !att.vague)
        .map(|att| {
            att.sources
                .iter()
                .map(|&s| a.attributions.sources[s].id.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// The ids of the sources of several claims, each once, in order.
pub(crate) fn sources_of(
    ctx: &Context,
    parts: impl IntoIterator<Item = (usize, Option<usize>)>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (article, claim) in parts {
        for id in source_ids(ctx, article, claim) {
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    out
}

/// The id of a claim, if the sentence is one.
pub(crate) fn claim_id(ctx: &Context, article: usize, claim: Option<usize>) -> Option<String> {
    claim.map(|c| ctx.articles[article].claims[c].id.clone())
}

/// The named source of a claim, if any: (its id, its name in lower case).
pub(crate) fn named_source(
    ctx: &Context,
    article: usize,
    claim: usize,
) -> Option<(String, String)> {
    let a = &ctx.articles[article];
    let att = a.claims[claim].attribution(a.attributions)?;
    if att.vague {
        return None;
    }
    att.source.map(|s| {
        let source = &a.attributions.sources[s];
        (source.id.clone(), source.name.to_lowercase())
    })
}

/// The text of a span of an article, white space collapsed.
pub(crate) fn text_in(ctx: &Context, article: usize, span: Span) -> String {
    ctx.articles[article].doc.clean_text(span)
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

/// The span of an article's dateline date: a date of its first sentence's
/// claims (a sentence may hold several), in its opening, that is the
/// article's reference date.
pub(crate) fn dateline_time(claims: &[Claim], reference: Option<NaiveDate>) -> Option<Span> {
    let reference = reference?;
    let first = claims.first()?.sentence;
    claims
        .iter()
        .take_while(|c| c.sentence == first)
        .flat_map(|c| &c.times)
        .find(|t| {
            !t.relative
                && t.start == Some(reference)
                && t.end == Some(reference)
                && t.span.start < 300
        })
        .map(|t| t.span)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The JSON a run reads (`build.rs`) gives what the TOML files give,
    /// float for float (`{:?}` writes the shortest form that reads back to
    /// the same bits).
    #[test]
    fn the_embedded_files_are_the_toml_files() {
        let set = RuleSet::builtin();
        let mut from_toml = RuleSet {
            rules: Vec::new(),
            lexicon: Lexicon::builtin(),
            cues: CueLexicon::builtin(),
            events: EventLexicon::builtin(),
        };
        assert_eq!(BUILTIN_RULE_FILES.len(), BUILTIN_RULE_JSON.len());
        for (name, text) in BUILTIN_RULE_FILES {
            // Checked as a rules directory's file is.
            from_toml.add_rule_file(name, text).unwrap();
        }
        let defs = |set: &RuleSet| -> Vec<String> {
            set.rules.iter().map(|r| format!("{:?}", r.def)).collect()
        };
        assert!(set.rules.len() > 10);
        assert_eq!(defs(&set), defs(&from_toml));
        assert_eq!(
            format!("{:?}", set.lexicon),
            format!("{:?}", from_toml.lexicon)
        );
        let cues: CueFile = toml::from_str(include_str!("../../rules/cues.toml")).unwrap();
        assert_eq!(
            format!("{:?}", embedded::<CueFile>(CUES_JSON)),
            format!("{cues:?}")
        );
        let events: EventFile = toml::from_str(include_str!("../../rules/events.toml")).unwrap();
        assert_eq!(
            format!("{:?}", embedded::<EventFile>(EVENTS_JSON)),
            format!("{events:?}")
        );
        assert_eq!(
            format!("{:?}", set.events.file),
            format!("{:?}", from_toml.events.file)
        );
    }
}
