//! The rules in force: the built-in rule files embedded in the binary (as
//! JSON that `build.rs` makes of `rules/*.toml`), a `--rules DIR` over them
//! (its lexicon files merged by `lexicon::Lexicons`), and the run of every
//! enabled rule over a context.

use std::path::Path;

use serde::Deserialize;

use super::check::Check;
use super::context::Context;
use super::finding::Finding;
use super::registry;
use super::rule::{RuleDef, Scope, Severity};
use crate::error::InputError;
use crate::lexicon::{builtin_json, embedded, Lexicons};

/// The built-in rule files, embedded in the binary: (file name, contents).
pub const BUILTIN_RULE_FILES: &[(&str, &str)] = &[
    ("timeline.toml", include_str!("../../rules/timeline.toml")),
    (
        "attribution.toml",
        include_str!("../../rules/attribution.toml"),
    ),
    ("style.toml", include_str!("../../rules/style.toml")),
];

/// `BUILTIN_RULE_FILES` as JSON, in the same order.
const BUILTIN_RULE_JSON: &[&str] = &[
    builtin_json!("timeline"),
    builtin_json!("attribution"),
    builtin_json!("style"),
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    rule: Vec<toml::Spanned<RuleEntry>>,
}

/// One `[[rule]]` table of a rules file: the id of a rule of the registry,
/// and what a file may change of it: its severity, whether it runs, and
/// the parameters of its `Params` (every other key).
#[derive(Debug, Deserialize)]
struct RuleEntry {
    id: String,
    #[serde(default)]
    severity: Option<Severity>,
    #[serde(default)]
    enabled: Option<bool>,
    #[serde(flatten)]
    params: toml::Table,
}

/// A built-in rule file as `build.rs` embeds it (JSON has no spans, and an
/// embedded file needs none: its errors are the tests').
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EmbeddedRuleFile {
    #[serde(default)]
    rule: Vec<RuleEntry>,
}

/// Keys of a rule's declaration, which its own file sets and no rules
/// file may (they were rule-file keys before rules declared themselves).
const DECLARED: &[&str] = &["kind", "category", "description", "example"];

/// A rule in force: its declaration with the configuration's severity and
/// on/off, the parameters it was made with, and its check.
pub struct RuleInForce {
    pub def: RuleDef,
    /// The parameters as the rule files set them (the rule's `Params`
    /// defaults fill in the rest).
    params: toml::Table,
    make: fn(&toml::Table) -> Result<Box<dyn Check>, String>,
    check: Box<dyn Check>,
}

impl RuleInForce {
    /// Makes the rule's check again with these parameters.
    fn remake(&mut self, params: toml::Table) -> Result<(), String> {
        self.check = (self.make)(&params)?;
        self.params = params;
        Ok(())
    }
}

/// `over` laid over `base`: a key of `over` replaces the key of `base`,
/// but a table is laid over a table key by key (`[rule.timeline]` sets the
/// timeline words it names and keeps the others).
fn lay_over(base: &mut toml::Table, over: toml::Table) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => lay_over(b, o),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

/// The loaded rules and lexicons.
pub struct RuleSet {
    pub rules: Vec<RuleInForce>,
    pub lexicons: Lexicons,
}

impl RuleSet {
    /// The rules and lexicon embedded in the binary.
    /// (Read from the JSON that `build.rs` makes of the TOML files; the
    /// tests hold it to the set the TOML files give, and check the TOML
    /// files as a rules directory is checked.)
    pub fn builtin() -> RuleSet {
        let mut set = RuleSet::declared(Lexicons::builtin());
        for json in BUILTIN_RULE_JSON {
            let file: EmbeddedRuleFile = embedded(json);
            for entry in file.rule {
                set.configure(entry)
                    .expect("the embedded rule files configure known rules (tested)");
            }
        }
        set
    }

    /// Every rule of the registry as it declares itself, with its default
    /// parameters, and these lexicons.
    fn declared(lexicons: Lexicons) -> RuleSet {
        RuleSet {
            rules: registry::RULES
                .iter()
                .map(|entry| RuleInForce {
                    def: RuleDef::of(entry.meta),
                    params: toml::Table::new(),
                    make: entry.make,
                    check: (entry.make)(&toml::Table::new())
                        .expect("every rule is made with its default parameters (tested)"),
                })
                .collect(),
            lexicons,
        }
    }

    /// Applies one `[[rule]]` table to the rule with its id: its severity,
    /// its on/off and its parameters, laid over what it had.
    fn configure(&mut self, entry: RuleEntry) -> Result<(), String> {
        let Some(rule) = self.rules.iter_mut().find(|r| r.def.id == entry.id) else {
            return Err(format!(
                "no rule `{}` (known rules: {}; a new rule is code: see CONTRIBUTING.md)",
                entry.id,
                registry::ids().collect::<Vec<_>>().join(", ")
            ));
        };
        if let Some(key) = DECLARED.iter().find(|k| entry.params.contains_key(**k)) {
            return Err(format!(
                "rule `{}`: `{key}` is the rule's own (declared in its code); a rules file sets \
                 only `severity`, `enabled` and the rule's parameters",
                entry.id
            ));
        }
        if let Some(severity) = entry.severity {
            rule.def.severity = severity;
        }
        if let Some(enabled) = entry.enabled {
            rule.def.enabled = enabled;
        }
        if !entry.params.is_empty() {
            let mut params = rule.params.clone();
            lay_over(&mut params, entry.params);
            rule.remake(params)
                .map_err(|message| format!("rule `{}`: {message}", entry.id))?;
        }
        Ok(())
    }

    /// Adds `values` to the list parameter `key` of rule `id` (a
    /// configuration's `[style] names` to `house-spelling`'s `names`).
    pub(crate) fn extend_list(
        &mut self,
        id: &str,
        key: &str,
        values: &[String],
    ) -> Result<(), String> {
        let Some(rule) = self.rules.iter_mut().find(|r| r.def.id == id) else {
            return Ok(());
        };
        let mut params = rule.params.clone();
        let list = params
            .entry(key.to_string())
            .or_insert_with(|| toml::Value::Array(Vec::new()));
        if let toml::Value::Array(list) = list {
            list.extend(values.iter().cloned().map(toml::Value::String));
        }
        rule.remake(params)
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
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            match self.lexicons.merge_file(name, &text) {
                Some(merged) => merged.map_err(|e| toml_error(&shown, &text, &e))?,
                None => self.add_rule_file(&shown, &text)?,
            }
        }
        Ok(())
    }

    /// Parses a rules file and applies its `[[rule]]` tables.
    pub fn add_rule_file(&mut self, path: &str, text: &str) -> Result<(), InputError> {
        let file: RuleFile = toml::from_str(text).map_err(|e| toml_error(path, text, &e))?;
        for spanned in file.rule {
            let span = spanned.span();
            let entry = spanned.into_inner();
            // An error in a parameter is placed at its key's line when the
            // message names the key (a flattened table keeps no spans).
            let keys: Vec<String> = entry.params.keys().cloned().collect();
            self.configure(entry).map_err(|message| {
                let at = keys
                    .iter()
                    .filter(|k| message.contains(&format!("`{k}`")))
                    .find_map(|k| key_offset(text, span.clone(), k))
                    .unwrap_or(span.start);
                InputError::at_offset(path, text, at, message)
            })?;
        }
        Ok(())
    }

    /// The timeline words of the enabled rule that holds them, if any.
    pub fn timeline_params(&self) -> Option<&crate::graph::temporal::TimelineParams> {
        self.rules
            .iter()
            .filter(|r| r.def.enabled)
            .find_map(|r| r.check.timeline_params())
    }

    /// Whether the rule with this id reads the claim graph.
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

/// The offset of key `key` of the `[[rule]]` table at `span` of `text`: the
/// first line of the table (or of a table under it) that sets it.
fn key_offset(text: &str, span: std::ops::Range<usize>, key: &str) -> Option<usize> {
    let table = text.get(span.clone())?;
    let mut offset = span.start;
    for line in table.split_inclusive('\n') {
        let bare = line.trim_start();
        if bare
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            return Some(offset + (line.len() - bare.len()));
        }
        offset += line.len();
    }
    None
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

    /// The JSON a run reads (`build.rs`) gives what the TOML files give
    /// (the lexicons' are held to theirs in `lexicon`).
    #[test]
    fn the_embedded_files_are_the_toml_files() {
        let set = RuleSet::builtin();
        let mut from_toml = RuleSet::declared(Lexicons::builtin());
        assert_eq!(BUILTIN_RULE_FILES.len(), BUILTIN_RULE_JSON.len());
        for (name, text) in BUILTIN_RULE_FILES {
            // Checked as a rules directory's file is.
            from_toml.add_rule_file(name, text).unwrap();
        }
        let defs = |set: &RuleSet| -> Vec<String> {
            set.rules
                .iter()
                .map(|r| format!("{:?} {:?}", r.def, r.params))
                .collect()
        };
        assert!(set.rules.len() > 10);
        assert_eq!(defs(&set), defs(&from_toml));
    }
}
