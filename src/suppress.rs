//! Findings a person has judged: silenced in the article itself with
//! comments (Markdown and HTML), or recorded in a baseline file so that only
//! new findings are reported.
//!
//! ```text
//! <!-- crosscheck-disable RULE [RULE …] -->   … until crosscheck-enable (no RULE: every rule)
//! <!-- crosscheck-enable RULE [RULE …] -->
//! <!-- crosscheck-disable-next-line RULE -->  the next line with text on it
//! ```

use rustc_hash::FxHashSet as HashSet;
use std::path::Path;
use std::sync::OnceLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::check::FileReport;
use crate::document::{Document, Format};
use crate::error::InputError;
use crate::rules::Finding;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Disable,
    Enable,
    DisableNextLine,
}

#[derive(Debug, Clone)]
struct Directive {
    kind: Kind,
    /// Empty: every rule.
    rules: Vec<String>,
    end: usize,
}

impl Directive {
    fn covers(&self, rule: &str) -> bool {
        self.rules.is_empty() || self.rules.iter().any(|r| r == rule)
    }
}

fn directive_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"<!--\s*crosscheck-(disable-next-line|disable|enable)\b([^>]*?)-->")
            .expect("a valid pattern")
    })
}

fn directives(doc: &Document) -> Vec<Directive> {
    if doc.format == Format::Plain {
        return Vec::new();
    }
    directive_pattern()
        .captures_iter(&doc.text)
        .map(|c| {
            let whole = c.get(0).expect("group 0");
            Directive {
                kind: match &c[1] {
                    "disable" => Kind::Disable,
                    "enable" => Kind::Enable,
                    _ => Kind::DisableNextLine,
                },
                rules: c[2]
                    .split(|ch: char| ch.is_whitespace() || ch == ',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
                end: whole.end(),
            }
        })
        .collect()
}

/// Moves the findings the article's comments silence into `suppressed`.
pub fn apply_comments(report: &mut FileReport) {
    let found = directives(report.doc());
    if found.is_empty() {
        return;
    }
    let findings = std::mem::take(&mut report.findings);
    let doc = report.doc();
    let silenced = |f: &Finding| -> bool {
        let Some(primary) = f.spans.first() else {
            return false;
        };
        let at = primary.span.start;
        // The last disable or enable before the finding decides.
        let region = found
            .iter()
            .rfind(|d| d.kind != Kind::DisableNextLine && d.end <= at && d.covers(&f.rule))
            .is_some_and(|d| d.kind == Kind::Disable);
        let line = doc.lines.line_of(at);
        let next_line = found.iter().any(|d| {
            d.kind == Kind::DisableNextLine
                && d.covers(&f.rule)
                && next_text_line(doc, d.end) == Some(line)
        });
        region || next_line
    };
    let (kept, silenced): (Vec<Finding>, Vec<Finding>) =
        findings.into_iter().partition(|f| !silenced(f));
    report.findings = kept;
    report.suppressed.extend(silenced);
}

/// The first line after `offset` that has text on it (0-based).
fn next_text_line(doc: &Document, offset: usize) -> Option<usize> {
    let first = doc.lines.line_of(offset) + 1;
    (first..doc.lines.line_count()).find(|&l| {
        let span = doc.lines.line_range(&doc.text, l);
        let text = doc.text[span.start..span.end].trim();
        !(text.is_empty() || text.starts_with("<!--") && text.ends_with("-->"))
    })
}

/// A baseline: the findings recorded on one day, by path and fingerprint.
#[derive(Debug, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<BaselineEntry>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct BaselineEntry {
    pub path: String,
    pub rule: String,
    pub fingerprint: String,
    pub message: String,
}

impl Baseline {
    pub fn of(reports: &[FileReport]) -> Baseline {
        Baseline {
            version: 1,
            findings: reports
                .iter()
                .flat_map(|r| {
                    r.findings.iter().map(|f| BaselineEntry {
                        path: r.doc().path.clone(),
                        rule: f.rule.clone(),
                        fingerprint: f.fingerprint.clone(),
                        message: f.message.clone(),
                    })
                })
                .collect(),
        }
    }

    /// Reads a baseline; `None` when the file does not exist yet.
    pub fn load(path: &Path) -> Result<Option<Baseline>, InputError> {
        let shown = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(InputError::new(
                    &shown,
                    format!("cannot read the baseline: {e}"),
                ))
            }
        };
        serde_json::from_str(&text).map(Some).map_err(|e| {
            InputError::at(
                &shown,
                e.line(),
                e.column(),
                format!("not a crosscheck baseline: {e}"),
            )
        })
    }

    pub fn write(&self, path: &Path) -> Result<(), InputError> {
        let text = serde_json::to_string_pretty(self).unwrap_or_default() + "\n";
        std::fs::write(path, text).map_err(|e| {
            InputError::new(
                path.display().to_string(),
                format!("cannot write the baseline: {e}"),
            )
        })
    }

    /// Moves the findings the baseline records into `baselined`.
    pub fn apply(&self, report: &mut FileReport) {
        let known: HashSet<(&str, &str)> = self
            .findings
            .iter()
            .filter(|e| e.path == report.doc().path)
            .map(|e| (e.rule.as_str(), e.fingerprint.as_str()))
            .collect();
        let before = report.findings.len();
        report
            .findings
            .retain(|f| !known.contains(&(f.rule.as_str(), f.fingerprint.as_str())));
        report.baselined += before - report.findings.len();
    }
}
