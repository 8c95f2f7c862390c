//! Reports: the versioned JSON contract (`json`), the terminal report
//! (`pretty`), and the formats CI systems read (`sarif`, `github`, `jsonl`,
//! `checkstyle`, `junit`). All read the same `FileReport`s; nothing here
//! changes them.

pub mod checkstyle;
pub mod github;
pub mod html;
pub mod json;
mod json_out;
mod json_writer;
pub mod jsonl;
pub mod junit;
pub mod pretty;
pub mod sarif;
pub mod stream;

use crate::check::FileReport;
use crate::document::Document;
use crate::rules::Severity;
use crate::text::Span;

/// Where a span lies, as CI formats want it: 1-based lines and columns
/// (columns count characters; the end column is exclusive), and the offset
/// and length in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub char_offset: usize,
    pub char_length: usize,
}

impl Region {
    pub fn of(doc: &Document, span: Span) -> Region {
        let (start_line, start_column) = doc.lines.line_column(&doc.text, span.start);
        let (end_line, end_column) = doc.lines.line_column(&doc.text, span.end);
        let chars = |a: usize, b: usize| {
            doc.lines.char_index(&doc.text, b) - doc.lines.char_index(&doc.text, a)
        };
        Region {
            start_line,
            start_column,
            end_line,
            end_column,
            char_offset: chars(0, span.start),
            char_length: chars(span.start, span.end),
        }
    }
}

/// A path as CI tools want it: relative to the working directory when it lies
/// under it, with forward slashes.
pub fn relative_path(path: &str) -> String {
    let p = std::path::Path::new(path);
    let rel = std::env::current_dir()
        .ok()
        .and_then(|cwd| p.strip_prefix(&cwd).ok().map(|r| r.to_path_buf()))
        .unwrap_or_else(|| p.to_path_buf());
    let s = rel.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// Escapes text for XML attributes and content.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Counts of findings by severity, over every file.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub files: usize,
    pub claims: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Silenced by the article's comments.
    pub suppressed: usize,
    /// Recorded in the baseline.
    pub baselined: usize,
}

impl Tally {
    pub fn of(reports: &[FileReport]) -> Tally {
        let mut t = Tally::default();
        for r in reports {
            t.add(r);
        }
        t
    }

    /// Counts one more article.
    pub fn add(&mut self, r: &FileReport) {
        self.files += 1;
        self.claims += r.claims.len();
        self.suppressed += r.suppressed.len();
        self.baselined += r.baselined;
        for f in &r.findings {
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
    }

    /// The totals of two parts of a run.
    pub fn merge(&mut self, other: &Tally) {
        self.files += other.files;
        self.claims += other.claims;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
        self.suppressed += other.suppressed;
        self.baselined += other.baselined;
    }

    pub fn findings(&self) -> usize {
        self.errors + self.warnings + self.infos
    }
}

/// Formats a number as the report writes it: whole numbers without a decimal point.
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}
