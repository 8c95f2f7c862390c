//! Which articles a `check` run checks, and with what: the command line's
//! paths walked into jobs, each with the rules, reference date and failure
//! threshold its configuration gives it, and a job's check of its article.

use rustc_hash::FxHashMap as HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;

use crosscheck::check::{self, FileReport};
use crosscheck::config::{Config, FailOn, Finder};
use crosscheck::error::InputError;
use crosscheck::rules::{RuleSet, Severity};

use super::args::{CheckArgs, FailOnArg, OutputFormat};

/// One article to check, with the rules, date and failure threshold its
/// configuration gives it.
pub struct Job {
    input: check::Input,
    pub rules: Arc<RuleSet>,
    date: Option<NaiveDate>,
    threshold: Option<Severity>,
    /// Whether the report shows the timeline (`--claims`, the HTML report).
    timeline: bool,
}

/// The command line's articles as jobs, made as they are needed: each
/// article's configuration is found (once per folder) and read (once), an
/// article a walk found is dropped if its configuration excludes it, and a
/// rule set is built once per configuration. A configuration that cannot be
/// read or applied is reported once, and its articles are not checked.
pub struct Jobs<'a> {
    inputs: check::Inputs,
    args: &'a CheckArgs,
    /// `--config`, for every article.
    fixed: Option<Arc<Config>>,
    finder: Finder,
    /// Each configuration file read, or `None` if it was refused.
    configs: HashMap<PathBuf, Option<Arc<Config>>>,
    /// The rule set of each configuration, or `None` if it was refused.
    rule_sets: HashMap<PathBuf, Option<Arc<RuleSet>>>,
    plain_rules: Arc<RuleSet>,
}

impl<'a> Jobs<'a> {
    /// The jobs of `inputs`, each with `fixed` (`--config`) for its
    /// configuration if given, else the one found nearest above it, and
    /// `plain_rules` where there is none.
    pub fn new(
        inputs: check::Inputs,
        args: &'a CheckArgs,
        fixed: Option<Arc<Config>>,
        plain_rules: Arc<RuleSet>,
    ) -> Jobs<'a> {
        Jobs {
            inputs,
            args,
            fixed,
            finder: Finder::default(),
            configs: HashMap::default(),
            rule_sets: HashMap::default(),
            plain_rules,
        }
    }

    /// The rules of an article with no configuration.
    pub fn plain_rules(&self) -> Arc<RuleSet> {
        self.plain_rules.clone()
    }

    /// Reads the configurations that govern the paths on the command line
    /// and builds their rule sets, so that a bad one fails the run before
    /// anything is written. (One found deeper in a walk is reported when the
    /// walk meets it.)
    pub fn check_configs(&mut self) -> Vec<InputError> {
        let mut errors = Vec::new();
        for path in &self.args.paths {
            let here = if path.as_os_str() == "-" {
                Path::new(".")
            } else {
                path.as_path()
            };
            match self.config_of(here, false) {
                Ok(config) => {
                    if let Err(Some(e)) = self.rules_of(config.as_ref()) {
                        errors.push(e);
                    }
                }
                Err(Some(e)) => errors.push(e),
                Err(None) => {}
            }
        }
        errors
    }

    /// The configuration of an article: `Err(Some(e))` the first time its
    /// file is refused, `Err(None)` after that.
    fn config_of(
        &mut self,
        file: &Path,
        walked: bool,
    ) -> Result<Option<Arc<Config>>, Option<InputError>> {
        if let Some(c) = &self.fixed {
            return Ok(Some(c.clone()));
        }
        // A walk yields only plain files, whose type it has read already.
        let found = if walked {
            self.finder.find_for_plain_file(file)
        } else {
            self.finder.find(file)
        };
        let Some(path) = found else {
            return Ok(None);
        };
        if let Some(c) = self.configs.get(&path) {
            return c.clone().map(Some).ok_or(None);
        }
        let loaded = Config::load(&path).map(Arc::new);
        self.configs.insert(path, loaded.as_ref().ok().cloned());
        loaded.map(Some).map_err(Some)
    }

    /// The rule set of a configuration, as `config_of` answers.
    fn rules_of(
        &mut self,
        config: Option<&Arc<Config>>,
    ) -> Result<Arc<RuleSet>, Option<InputError>> {
        let Some(config) = config else {
            return Ok(self.plain_rules.clone());
        };
        if let Some(r) = self.rule_sets.get(&config.path) {
            return r.clone().ok_or(None);
        }
        let built = RuleSet::load(self.args.rules.as_deref()).and_then(|mut r| {
            config.apply(&mut r)?;
            Ok(Arc::new(r))
        });
        self.rule_sets
            .insert(config.path.clone(), built.as_ref().ok().cloned());
        built.map_err(Some)
    }
}

impl Iterator for Jobs<'_> {
    type Item = Result<Job, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let found = match self.inputs.next()? {
                Ok(found) => found,
                Err(e) => return Some(Err(e)),
            };
            let here = match &found.input {
                check::Input::File(p) => p.as_path(),
                check::Input::Stdin => Path::new("."),
            };
            let config = match self.config_of(here, found.walked) {
                Ok(c) => c,
                Err(Some(e)) => return Some(Err(e)),
                Err(None) => continue,
            };
            if found.walked && config.as_ref().is_some_and(|c| !c.admits(here)) {
                continue;
            }
            let rules = match self.rules_of(config.as_ref()) {
                Ok(r) => r,
                Err(Some(e)) => return Some(Err(e)),
                Err(None) => continue,
            };
            let args = self.args;
            let date = args.date.or(config.as_ref().and_then(|c| c.date));
            let fail_on = args
                .fail_on
                .map(FailOnArg::get)
                .or(config.as_ref().and_then(|c| c.fail_on))
                .unwrap_or(FailOn::Warning);
            return Some(Ok(Job {
                input: found.input,
                rules,
                date,
                threshold: fail_on.threshold(),
                timeline: (args.claims && matches!(args.format, OutputFormat::Pretty))
                    || matches!(args.format, OutputFormat::Html),
            }));
        }
    }
}

impl Job {
    pub fn check(&self) -> Result<FileReport, InputError> {
        let shown = self.input.display();
        let (format, text) = self.input.read_shown(&shown)?;
        Ok(check::check_text_with(
            &shown,
            format,
            text,
            self.date,
            &self.rules,
            self.timeline,
        ))
    }

    /// Whether `report` has a finding at or above this article's threshold.
    pub fn fails(&self, report: &FileReport) -> bool {
        let worst = report.findings.iter().map(|f| f.severity).max();
        matches!((self.threshold, worst), (Some(t), Some(w)) if w >= t)
    }
}
