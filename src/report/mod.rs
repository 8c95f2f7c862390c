//! Reports: the versioned JSON contract (`json`) and the terminal report
//! (`pretty`). Both read the same `FileReport`s; nothing here changes them.

pub mod json;
pub mod pretty;

use crate::check::FileReport;
use crate::rules::Severity;

/// Counts of findings by severity, over every file.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub files: usize,
    pub claims: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Tally {
    pub fn of(reports: &[FileReport]) -> Tally {
        let mut t = Tally {
            files: reports.len(),
            ..Tally::default()
        };
        for r in reports {
            t.claims += r.claims.len();
            for f in &r.findings {
                match f.severity {
                    Severity::Error => t.errors += 1,
                    Severity::Warning => t.warnings += 1,
                    Severity::Info => t.infos += 1,
                }
            }
        }
        t
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
