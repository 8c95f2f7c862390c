//! The rules in force: the built-in rule files embedded in the binary (as
//! JSON that `build.rs` makes of `rules/*.toml`), a `--rules DIR` over them,
//! and the run of every enabled rule over a context.

use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;

use super::context::Context;
use super::finding::Finding;
use super::house_spelling;
use super::registry;
use super::rule::{Check, RuleDef, Scope};
use crate::attribution::lexicon::CueFile;
use crate::attribution::CueLexicon;
use crate::error::InputError;
use crate::expressions::Lexicon;
use crate::graph::lexicon::EventFile;
use crate::graph::EventLexicon;

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
                let check = registry::make(&def.kind)
                    .expect("the embedded rules' kinds are known (tested)");
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
            let Some(check) = registry::make(&def.kind) else {
                return Err(InputError::at_offset(
                    path,
                    text,
                    at,
                    format!(
                        "rule `{}` has unknown kind `{}` (known kinds: {})",
                        def.id,
                        def.kind,
                        registry::names().collect::<Vec<_>>().join(", ")
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
