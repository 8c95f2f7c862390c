//! `crosscheck.toml`: a newsroom's own configuration. It is found from each
//! checked file's folder upward (or given with `--config FILE`), and says
//! which rules run and how loud they are, when a check fails, the reference
//! date, which files a directory walk includes, and the newsroom's own
//! lexicon: known sources and their aliases, house spellings, extra cue
//! words. Every key is documented in `docs/config.md`; an unknown key or a
//! bad value is an input error with file, line and column.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use toml::Spanned;

use crate::error::InputError;
use crate::lexicon::cues::CueFile;
use crate::rules::{RuleSet, Severity};

pub const FILE_NAME: &str = "crosscheck.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    fail_on: Option<Spanned<String>>,
    date: Option<Spanned<String>>,
    #[serde(default)]
    include: Vec<Spanned<String>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    #[serde(default)]
    rules: RulesSection,
    #[serde(default)]
    severity: BTreeMap<String, Spanned<Severity>>,
    #[serde(default)]
    sources: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    style: StyleSection,
    #[serde(default)]
    cues: CueFile,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesSection {
    #[serde(default)]
    enable: Vec<Spanned<String>>,
    #[serde(default)]
    disable: Vec<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct StyleSection {
    #[serde(default)]
    names: Vec<Spanned<String>>,
}

/// The lowest severity that makes a check fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    pub fn parse(s: &str) -> Option<FailOn> {
        match s {
            "error" => Some(FailOn::Error),
            "warning" => Some(FailOn::Warning),
            "info" => Some(FailOn::Info),
            "never" => Some(FailOn::Never),
            _ => None,
        }
    }

    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

/// A loaded configuration file.
#[derive(Debug)]
pub struct Config {
    pub path: PathBuf,
    pub fail_on: Option<FailOn>,
    pub date: Option<NaiveDate>,
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
    raw: RawConfig,
    text: String,
}

/// The nearest `crosscheck.toml` in a folder or a folder above it.
fn nearest_from(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// `Config::find` for many files, asking the file system once per folder:
/// a walk of a million files in a few folders would otherwise resolve the
/// same folders and look for the same missing files a million times (most
/// of a corpus run's system time).
#[derive(Default)]
pub struct Finder {
    by_folder: rustc_hash::FxHashMap<PathBuf, Option<PathBuf>>,
    /// The folder asked about last, and its answer: a walk yields a
    /// folder's files one after another, and comparing its bytes is cheaper
    /// than hashing a path (which `Path` does component by component).
    last: Option<(PathBuf, Option<PathBuf>)>,
}

impl Finder {
    pub fn find(&mut self, file: &Path) -> Option<PathBuf> {
        // Only a plain file is governed by the folder it is listed in: a
        // symbolic link by the folder of what it points to, and a folder by
        // itself; those are looked up afresh.
        if std::fs::symlink_metadata(file).is_ok_and(|m| m.file_type().is_file()) {
            self.find_for_plain_file(file)
        } else {
            Config::find(file)
        }
    }

    /// As `find`, for a file known to be a plain file (no link, no folder):
    /// one a directory walk found, which has read its type already.
    pub fn find_for_plain_file(&mut self, file: &Path) -> Option<PathBuf> {
        let Some(folder) = file.parent() else {
            return Config::find(file);
        };
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        if let Some((last, found)) = &self.last {
            if last.as_os_str() == folder.as_os_str() {
                return found.clone();
            }
        }
        let found = match self.by_folder.get(folder) {
            Some(found) => found.clone(),
            None => {
                let resolved =
                    std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf());
                let found = nearest_from(&resolved);
                self.by_folder.insert(folder.to_path_buf(), found.clone());
                found
            }
        };
        self.last = Some((folder.to_path_buf(), found.clone()));
        found
    }
}

impl Config {
    /// The configuration that governs a file: the nearest `crosscheck.toml`
    /// in its folder or a folder above.
    pub fn find(start: &Path) -> Option<PathBuf> {
        let start = std::fs::canonicalize(start).unwrap_or_else(|_| start.to_path_buf());
        let dir = if start.is_dir() {
            start.as_path()
        } else {
            start.parent()?
        };
        nearest_from(dir)
    }

    pub fn load(path: &Path) -> Result<Config, InputError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| InputError::new(&shown, format!("cannot read the configuration: {e}")))?;
        Config::parse(&shown, text)
    }

    pub fn parse(shown: &str, text: String) -> Result<Config, InputError> {
        let raw: RawConfig = toml::from_str(&text).map_err(|e| {
            let message = e.message().to_string();
            match e.span() {
                Some(span) => InputError::at_offset(shown, &text, span.start, message),
                None => InputError::new(shown, message),
            }
        })?;
        let at =
            |offset: usize, message: String| InputError::at_offset(shown, &text, offset, message);
        let fail_on = match &raw.fail_on {
            Some(v) => Some(FailOn::parse(v.get_ref()).ok_or_else(|| {
                at(
                    v.span().start,
                    format!(
                        "fail-on must be error, warning, info or never, not `{}`",
                        v.get_ref()
                    ),
                )
            })?),
            None => None,
        };
        let date = match &raw.date {
            Some(v) => Some(crate::calendar::parse_iso_day(v.get_ref()).ok_or_else(|| {
                at(
                    v.span().start,
                    format!("date must be YYYY-MM-DD, not `{}`", v.get_ref()),
                )
            })?),
            None => None,
        };
        let globs = |list: &[Spanned<String>]| -> Result<Option<GlobSet>, InputError> {
            if list.is_empty() {
                return Ok(None);
            }
            let mut b = GlobSetBuilder::new();
            for g in list {
                let glob = Glob::new(g.get_ref())
                    .map_err(|e| at(g.span().start, format!("bad glob `{}`: {e}", g.get_ref())))?;
                b.add(glob);
            }
            b.build()
                .map(Some)
                .map_err(|e| InputError::new(shown, format!("bad globs: {e}")))
        };
        for name in &raw.style.names {
            if let Some(message) = crate::rules::house_spelling::name_error(name.get_ref()) {
                return Err(at(name.span().start, message));
            }
        }
        let include = globs(&raw.include)?;
        let exclude = globs(&raw.exclude)?;
        Ok(Config {
            path: PathBuf::from(shown),
            fail_on,
            date,
            include,
            exclude,
            raw,
            text,
        })
    }

    /// Applies the configuration to a rule set: rules on and off, severities,
    /// known sources, house spellings and cue words.
    pub fn apply(&self, rules: &mut RuleSet) -> Result<(), InputError> {
        let shown = self.path.display().to_string();
        let at = |offset: usize, message: String| {
            InputError::at_offset(&shown, &self.text, offset, message)
        };
        let known = |rules: &RuleSet, id: &str| rules.rules.iter().any(|r| r.def.id == id);
        for (list, on) in [
            (&self.raw.rules.enable, true),
            (&self.raw.rules.disable, false),
        ] {
            for id in list {
                if !known(rules, id.get_ref()) {
                    return Err(at(
                        id.span().start,
                        format!("no rule `{}` (see `crosscheck rules`)", id.get_ref()),
                    ));
                }
                for r in rules.rules.iter_mut().filter(|r| r.def.id == *id.get_ref()) {
                    r.def.enabled = on;
                }
            }
        }
        for (id, severity) in &self.raw.severity {
            if !known(rules, id) {
                return Err(at(
                    severity.span().start,
                    format!("no rule `{id}` (see `crosscheck rules`)"),
                ));
            }
            for r in rules.rules.iter_mut().filter(|r| r.def.id == *id) {
                r.def.severity = *severity.get_ref();
            }
        }
        rules.lexicons.cues.merge(self.raw.cues.clone());
        for (name, aliases) in &self.raw.sources {
            rules.lexicons.cues.add_known_source(name, aliases);
        }
        let names: Vec<String> = self
            .raw
            .style
            .names
            .iter()
            .map(|n| n.get_ref().clone())
            .collect();
        if !names.is_empty() {
            // The names were checked as the configuration was read.
            rules
                .extend_list("house-spelling", "names", &names)
                .map_err(|message| InputError::new(&shown, message))?;
        }
        Ok(())
    }

    /// Whether a file found by walking a directory is checked: not excluded,
    /// and included when the configuration lists what to include. Globs are
    /// matched against the path relative to the configuration's folder.
    pub fn admits(&self, file: &Path) -> bool {
        let base = self
            .path
            .parent()
            .and_then(|p| std::fs::canonicalize(p).ok())
            .unwrap_or_default();
        let abs = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
        let rel = abs.strip_prefix(&base).unwrap_or(&abs);
        if self.exclude.as_ref().is_some_and(|g| g.is_match(rel)) {
            return false;
        }
        self.include.as_ref().is_none_or(|g| g.is_match(rel))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_finder_answers_as_a_fresh_lookup_does() {
        let root = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(root.path()).unwrap();
        let write = |name: &str| {
            let path = root.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, "").unwrap();
            path
        };
        let top = write(FILE_NAME);
        let inner = write(&format!("a/b/{FILE_NAME}"));
        let x = write("a/x.txt");
        let y = write("a/b/y.txt");
        let z = write("c/z.txt");
        let mut files = vec![x.clone(), y.clone(), z.clone(), x.clone()];
        #[cfg(unix)]
        {
            // A link in c/ to a file in a/b/ is governed by a/b/.
            let link = root.join("c/link.txt");
            std::os::unix::fs::symlink(&y, &link).unwrap();
            files.push(link);
        }
        let mut finder = Finder::default();
        for file in &files {
            assert_eq!(finder.find(file), Config::find(file), "{}", file.display());
        }
        assert_eq!(finder.find(&x), Some(top.clone()));
        assert_eq!(finder.find(&y), Some(inner.clone()));
        assert_eq!(finder.find(&z), Some(top));
        #[cfg(unix)]
        assert_eq!(finder.find(&root.join("c/link.txt")), Some(inner));
        // A folder is governed by itself.
        assert_eq!(
            finder.find(&root.join("a/b")),
            Config::find(&root.join("a/b"))
        );
    }
}
