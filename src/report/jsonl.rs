//! JSON Lines: one finding a line, with its path, for pipes and very large
//! runs (`grep`, `jq -c`, a database loader). Each line is a FINDING of the
//! JSON contract with `path` added.

use serde_json::json;

use crate::check::FileReport;

pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        for f in &r.findings {
            let spans: Vec<serde_json::Value> = f
                .spans
                .iter()
                .map(|s| match &s.foreign {
                    Some(o) => json!({"start": s.span.start, "end": s.span.end, "line": o.line, "column": o.column, "label": s.label, "path": o.path}),
                    None => {
                        let l = r.doc().locate(s.span);
                        json!({"start": l.start, "end": l.end, "line": l.line, "column": l.column, "label": s.label})
                    }
                })
                .collect();
            let line = json!({
                "path": r.doc().path,
                "rule": f.rule,
                "category": f.category.as_str(),
                "severity": f.severity.as_str(),
                "message": f.message,
                "spans": spans,
                "claims": f.claims,
                "sources": f.sources,
                "fingerprint": f.fingerprint,
            });
            out.push_str(&line.to_string());
            out.push('\n');
        }
    }
    out
}
