//! SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure
//! DevOps, …). Validated against the OASIS schema in `tests/formats.rs`.

use serde_json::{json, Value};

use super::{relative_path, Region};
use crate::check::FileReport;
use crate::document::Document;
use crate::rules::{RuleSet, Severity};
use crate::text::Span;

pub const SCHEMA: &str =
    "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn first_sentence(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.find(". ") {
        Some(i) => flat[..=i].to_string(),
        None => flat,
    }
}

fn location(doc: &Document, uri: &str, span: Span) -> Value {
    let r = Region::of(doc, span);
    json!({
        "physicalLocation": {
            "artifactLocation": {"uri": uri},
            "region": {
                "startLine": r.start_line,
                "startColumn": r.start_column,
                "endLine": r.end_line,
                "endColumn": r.end_column,
                "charOffset": r.char_offset,
                "charLength": r.char_length,
            }
        }
    })
}

/// A related location's message names who says what it points at: the
/// label as the rule wrote it, with the source of the claim around the span
/// when the label does not name it already.
fn labelled_with_source(r: &FileReport, span: Span, label: &str) -> String {
    let who = r.claims.iter().find_map(|c| {
        let a = c.attribution(&r.attributions)?;
        let s = a.source?;
        (a.content.contains(span) || c.span.contains(span) && a.cue.end <= span.start)
            .then(|| r.attributions.sources[s].name.clone())
    });
    match who {
        Some(name) if !label.contains(&name) => format!("{name}: {label}"),
        Some(_) => label.to_string(),
        None if label.contains("source") => label.to_string(),
        None => format!("{label} (no source named)"),
    }
}

pub fn render(reports: &[FileReport], rules: &RuleSet) -> String {
    let rule_ids: Vec<&str> = rules.rules.iter().map(|r| r.def.id.as_str()).collect();
    let driver_rules: Vec<Value> = rules
        .rules
        .iter()
        .map(|r| {
            let d = &r.def;
            let full = d.description.split_whitespace().collect::<Vec<_>>().join(" ");
            json!({
                "id": d.id,
                "name": d.id,
                "shortDescription": {"text": first_sentence(&d.description)},
                "fullDescription": {"text": full},
                "help": {
                    "text": format!("{full}\n\nFires on: {}\nDoes not fire on: {}", d.example.fires, d.example.passes),
                },
                "defaultConfiguration": {"level": level(d.severity), "enabled": d.enabled},
                "properties": {"category": d.category.as_str(), "kind": d.kind},
            })
        })
        .collect();
    let mut results = Vec::new();
    for r in reports {
        let uri = relative_path(&r.doc().path);
        for f in &r.findings {
            let Some(primary) = f.spans.first() else {
                continue;
            };
            let related: Vec<Value> = f
                .local()
                .enumerate()
                .skip(1)
                .map(|(k, s)| {
                    let mut loc = location(r.doc(), &uri, s.span);
                    loc["id"] = json!(k);
                    loc["message"] = json!({"text": labelled_with_source(r, s.span, &s.label)});
                    loc
                })
                .collect();
            let mut primary_loc = location(r.doc(), &uri, primary.span);
            primary_loc["message"] = json!({"text": primary.label});
            let mut result = json!({
                "ruleId": f.rule,
                "level": level(f.severity),
                "message": {"text": f.message},
                "locations": [primary_loc],
                "partialFingerprints": {"crosscheck/v1": f.fingerprint},
                "properties": {"category": f.category.as_str(), "claims": f.claims, "sources": f.sources},
            });
            if let Some(index) = rule_ids.iter().position(|id| *id == f.rule) {
                result["ruleIndex"] = json!(index);
            }
            if !related.is_empty() {
                result["relatedLocations"] = json!(related);
            }
            results.push(result);
        }
    }
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "crosscheck",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/crosscheck-news/crosscheck",
                "rules": driver_rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    let mut out = serde_json::to_string_pretty(&log).unwrap_or_default();
    out.push('\n');
    out
}
