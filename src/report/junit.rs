//! JUnit XML, for CI test dashboards: a `<testsuite>` per article, a failing
//! `<testcase>` per finding, and one passing case for an article with none.

use super::{relative_path, xml_escape, Region};
use crate::check::FileReport;

pub fn render(reports: &[FileReport]) -> String {
    let failures: usize = reports.iter().map(|r| r.findings.len()).sum();
    let tests: usize = reports.iter().map(|r| r.findings.len().max(1)).sum();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"crosscheck\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">\n"
    );
    for r in reports {
        let path = xml_escape(&relative_path(&r.doc().path));
        out.push_str(&format!(
            "  <testsuite name=\"{path}\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n",
            r.findings.len().max(1),
            r.findings.len()
        ));
        if r.findings.is_empty() {
            out.push_str(&format!(
                "    <testcase name=\"no findings\" classname=\"{path}\"/>\n"
            ));
        }
        for f in &r.findings {
            let at = f
                .spans
                .first()
                .map(|s| Region::of(r.doc(), s.span))
                .map_or(String::new(), |g| {
                    format!(" at {}:{}", g.start_line, g.start_column)
                });
            let mut details = String::new();
            for s in f.local() {
                let g = Region::of(r.doc(), s.span);
                details.push_str(&format!(
                    "{}:{}:{}: {} — \"{}\"\n",
                    relative_path(&r.doc().path),
                    g.start_line,
                    g.start_column,
                    s.label,
                    r.doc().clean_text(s.span)
                ));
            }
            out.push_str(&format!(
                "    <testcase name=\"{}{}\" classname=\"{path}\">\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>\n",
                xml_escape(&f.rule),
                at,
                xml_escape(&f.message),
                f.severity.as_str(),
                xml_escape(&details)
            ));
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}
