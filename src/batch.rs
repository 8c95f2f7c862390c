//! `crosscheck batch`: JSON Lines in, JSON Lines out, for engines that pipe
//! records through a program (Spark's `RDD.pipe`, Hadoop streaming, GNU
//! parallel). Each input line is `{"id", "text", "date"?, "format"?}`; each
//! output line is `{"id", "report": FILE}` (FILE as in the JSON contract) or
//! `{"id", "error", "line", "column"}`. One record is held at a time, so
//! memory stays flat however long the stream.

use std::io::{BufRead, Write};

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::check::check_text;
use crate::document::Format;
use crate::report::json;
use crate::rules::RuleSet;
use crate::suppress;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    id: Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    format: Option<String>,
}

/// What a batch run saw.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub records: usize,
    pub errors: usize,
}

/// Reads records from `input` until it ends, writing a line for each.
pub fn run(
    input: impl BufRead,
    mut output: impl Write,
    rules: &RuleSet,
    default_date: Option<NaiveDate>,
) -> std::io::Result<Summary> {
    let mut summary = Summary::default();
    for (n, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        summary.records += 1;
        let out = match serde_json::from_str::<Record>(&line) {
            Err(e) => {
                summary.errors += 1;
                json!({"id": Value::Null, "error": format!("not a record: {e}"), "line": n + 1, "column": e.column()})
            }
            Ok(rec) => match one(&rec, rules, default_date) {
                Ok(report) => json!({"id": rec.id, "report": report}),
                Err(message) => {
                    summary.errors += 1;
                    json!({"id": rec.id, "error": message, "line": n + 1, "column": 1})
                }
            },
        };
        serde_json::to_writer(&mut output, &out)?;
        output.write_all(b"\n")?;
    }
    output.flush()?;
    Ok(summary)
}

fn one(rec: &Record, rules: &RuleSet, default_date: Option<NaiveDate>) -> Result<Value, String> {
    let date = match &rec.date {
        Some(d) => Some(
            crate::calendar::parse_iso_day(d)
                .ok_or_else(|| format!("date `{d}` is not YYYY-MM-DD"))?,
        ),
        None => default_date,
    };
    let format = match rec.format.as_deref() {
        None | Some("plain") | Some("text") => Format::Plain,
        Some("markdown") | Some("md") => Format::Markdown,
        Some("html") => Format::Html,
        Some(other) => return Err(format!("format `{other}` is not plain, markdown or html")),
    };
    if rec.text.trim().is_empty() {
        return Err("the text is empty".to_string());
    }
    let path = match &rec.id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let mut report = check_text(&path, format, rec.text.clone(), date, rules);
    suppress::apply_comments(&mut report);
    serde_json::to_value(json::file(&report)).map_err(|e| e.to_string())
}
