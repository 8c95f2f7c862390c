//! Reports written article by article. A corpus run holds only the articles
//! being checked, not every report until the end, so its memory does not
//! grow with the number of files. The formats here have a fixed head and
//! tail around independent pieces, one per article; each piece is rendered
//! on the thread that checked its article. The other formats (SARIF, JUnit,
//! HTML, DOT) need totals or cross-file structure up front and are rendered
//! from all the reports at once.

use crate::check::FileReport;

use super::{checkstyle, github, json, jsonl, pretty, Tally};

/// A format that can be written one article at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Streamed {
    Json,
    Jsonl,
    Pretty { claims: bool },
    Github,
    Checkstyle,
}

impl Streamed {
    /// What comes before the first article.
    pub fn head(self) -> String {
        match self {
            Streamed::Json => json::head(),
            Streamed::Checkstyle => checkstyle::HEAD.to_string(),
            Streamed::Jsonl | Streamed::Pretty { .. } | Streamed::Github => String::new(),
        }
    }

    /// One article's piece.
    pub fn piece(self, report: &FileReport) -> String {
        let one = std::slice::from_ref(report);
        match self {
            Streamed::Json => json::piece(report),
            Streamed::Jsonl => jsonl::render(one),
            Streamed::Pretty { claims } => pretty::render_files(one, claims),
            Streamed::Github => github::render(one),
            Streamed::Checkstyle => checkstyle::render_files(one),
        }
    }

    /// What stands between one article's piece and the next.
    pub fn separator(self) -> &'static str {
        match self {
            Streamed::Json => ",",
            _ => "",
        }
    }

    /// What comes after the last article, given the totals of the run.
    pub fn tail(self, tally: &Tally) -> String {
        match self {
            Streamed::Json => json::tail(tally.files),
            Streamed::Pretty { .. } => pretty::summary(tally),
            Streamed::Checkstyle => checkstyle::TAIL.to_string(),
            Streamed::Jsonl | Streamed::Github => String::new(),
        }
    }

    /// The whole report of `reports`, as the pieces make it.
    pub fn render(self, reports: &[FileReport]) -> String {
        let mut out = self.head();
        for (k, r) in reports.iter().enumerate() {
            if k > 0 {
                out.push_str(self.separator());
            }
            out.push_str(&self.piece(r));
        }
        out.push_str(&self.tail(&Tally::of(reports)));
        out
    }
}
