//! Checkstyle XML, which reviewdog, Jenkins (Warnings NG) and many CI
//! dashboards read: a `<file>` per article, an `<error>` per finding.

use super::{relative_path, xml_escape, Region};
use crate::check::FileReport;
use crate::rules::Severity;

pub const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
pub const TAIL: &str = "</checkstyle>\n";

pub fn render(reports: &[FileReport]) -> String {
    format!("{HEAD}{}{TAIL}", render_files(reports))
}

/// The `<file>` elements of `reports`.
pub fn render_files(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        out.push_str(&format!(
            "  <file name=\"{}\">\n",
            xml_escape(&relative_path(&r.doc().path))
        ));
        for f in &r.findings {
            let Some(primary) = f.spans.first() else {
                continue;
            };
            let g = Region::of(r.doc(), primary.span);
            let severity = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "info",
            };
            out.push_str(&format!(
                "    <error line=\"{}\" column=\"{}\" severity=\"{severity}\" message=\"{}\" source=\"crosscheck.{}\"/>\n",
                g.start_line,
                g.start_column,
                xml_escape(&f.message),
                xml_escape(&f.rule)
            ));
        }
        out.push_str("  </file>\n");
    }
    out
}
