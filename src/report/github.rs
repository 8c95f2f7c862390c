//! GitHub Actions workflow commands: one `::error`, `::warning` or `::notice`
//! line per finding, which the runner turns into annotations on the diff.
//! Escaping follows the runner: `%`, CR and LF in the message; also `:` and
//! `,` in property values.

use super::{relative_path, Region};
use crate::check::FileReport;
use crate::rules::Severity;

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        let file = relative_path(&r.doc().path);
        for f in &r.findings {
            let Some(primary) = f.spans.first() else {
                continue;
            };
            let command = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let g = Region::of(r.doc(), primary.span);
            let mut message = f.message.clone();
            for s in f.local().skip(1) {
                let at = Region::of(r.doc(), s.span);
                message.push_str(&format!(
                    "\n  line {}:{} — {}",
                    at.start_line, at.start_column, s.label
                ));
            }
            out.push_str(&format!(
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                escape_property(&file),
                g.start_line,
                g.start_column,
                g.end_line,
                g.end_column,
                escape_property(&format!("crosscheck {} ({})", f.rule, f.category.as_str())),
                escape_data(&message)
            ));
        }
    }
    out
}
