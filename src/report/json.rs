//! The JSON report, version 1. The contract is documented in `docs/report.md`;
//! fields may be added in later versions, never renamed or removed.

use serde::Serialize;
use serde_json::Value;

use crate::check::FileReport;
use crate::document::Document;
use crate::expressions::{DurationDays, Quantity, TimeExpr};
use crate::rules::Finding;
use crate::text::Located;

pub const VERSION: u32 = 1;

#[derive(Serialize)]
pub struct Report<'a> {
    pub version: u32,
    pub tool: Tool,
    pub files: Vec<FileJson<'a>>,
}

#[derive(Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Serialize)]
pub struct FileJson<'a> {
    pub path: &'a str,
    pub reference_date: Option<String>,
    pub sentences: Vec<SentenceJson>,
    pub sources: Vec<SourceJson<'a>>,
    pub claims: Vec<ClaimJson<'a>>,
    pub findings: Vec<FindingJson<'a>>,
    pub suppressed: Vec<FindingJson<'a>>,
    pub baselined: usize,
}

#[derive(Serialize)]
pub struct SourceJson<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub aliases: &'a [String],
    pub kind: &'static str,
    pub role: Option<&'a str>,
    pub affiliation: Option<&'a str>,
    pub unnamed: bool,
    pub mentions: Vec<Located>,
}

#[derive(Serialize)]
pub struct SentenceJson {
    pub span: Located,
    pub paragraph: usize,
}

#[derive(Serialize)]
pub struct ClaimJson<'a> {
    pub id: &'a str,
    pub span: Located,
    pub text: &'a str,
    pub source: Option<&'a str>,
    pub sources: Vec<&'a str>,
    pub source_span: Option<Located>,
    pub cue: Option<Located>,
    pub content: Option<Located>,
    pub via: Option<&'a str>,
    pub attribution: &'static str,
    pub cue_kind: Option<&'static str>,
    pub quantities: Vec<QuantityJson<'a>>,
    pub times: Vec<TimeJson>,
}

#[derive(Serialize)]
pub struct QuantityJson<'a> {
    pub span: Located,
    pub text: String,
    pub low: Option<Value>,
    pub high: Option<Value>,
    pub low_exclusive: bool,
    pub high_exclusive: bool,
    pub approximate: bool,
    pub unit: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub hedge: Option<&'a str>,
}

#[derive(Serialize)]
pub struct TimeJson {
    pub span: Located,
    pub text: String,
    pub kind: &'static str,
    pub start: Option<String>,
    pub end: Option<String>,
    pub duration_days: Option<DurationJson>,
    pub weekday: Option<&'static str>,
    pub relative: bool,
}

#[derive(Serialize)]
pub struct DurationJson {
    pub min: Option<Value>,
    pub max: Option<Value>,
    pub min_exclusive: bool,
    pub max_exclusive: bool,
}

#[derive(Serialize)]
pub struct LabeledSpan<'a> {
    #[serde(flatten)]
    pub span: Located,
    pub label: &'a str,
    /// The file the span is in, when it is not the finding's own
    /// (`--together`); the offsets, line and column are that file's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<&'a str>,
}

#[derive(Serialize)]
pub struct FindingJson<'a> {
    pub rule: &'a str,
    pub category: &'static str,
    pub severity: &'static str,
    pub message: &'a str,
    pub spans: Vec<LabeledSpan<'a>>,
    pub claims: &'a [String],
    pub sources: &'a [String],
    pub fingerprint: &'a str,
    /// For timeline conflicts: the constraints of the cycle.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub constraints: Vec<ConstraintJson<'a>>,
}

/// One constraint of a timeline conflict.
#[derive(Serialize)]
pub struct ConstraintJson<'a> {
    pub span: Located,
    /// The file the span is in, when it is not the finding's own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<&'a str>,
    pub claim: Option<&'a str>,
    pub source: &'a str,
    pub relation: &'static str,
    pub days: DaysJson,
}

/// A constraint's bounds in days (`null`: open).
#[derive(Serialize)]
pub struct DaysJson {
    pub min: Option<i64>,
    pub max: Option<i64>,
}

/// The constraints of a finding, located in its file (or in another, as its
/// labelled span of the same place is).
pub fn constraints_json<'a>(doc: &Document, f: &'a Finding) -> Vec<ConstraintJson<'a>> {
    f.constraints
        .iter()
        .map(|c| {
            let other = f
                .spans
                .iter()
                .find(|s| s.article == c.article && s.span == c.span)
                .and_then(|s| s.foreign.as_ref());
            let (span, path) = match other {
                Some(o) => (
                    Located {
                        start: c.span.start,
                        end: c.span.end,
                        line: o.line,
                        column: o.column,
                    },
                    Some(o.path.as_str()),
                ),
                None => (doc.locate(c.span), None),
            };
            ConstraintJson {
                span,
                path,
                claim: c.claim.as_deref(),
                source: &c.source,
                relation: c.relation,
                days: DaysJson {
                    min: c.min,
                    max: c.max,
                },
            }
        })
        .collect()
}

/// A number as JSON: whole numbers as integers.
pub(super) fn num(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9e15 {
        Value::from(v as i64)
    } else {
        Value::from(v)
    }
}

fn quantity<'a>(doc: &Document, q: &'a Quantity) -> QuantityJson<'a> {
    QuantityJson {
        span: doc.locate(q.span),
        text: doc.clean_text(q.span),
        low: q.low.map(num),
        high: q.high.map(num),
        low_exclusive: q.low_exclusive,
        high_exclusive: q.high_exclusive,
        approximate: q.approximate,
        unit: q.unit.as_deref(),
        subject: q.subject.as_deref(),
        hedge: q.hedge.as_deref(),
    }
}

fn duration(d: &DurationDays) -> DurationJson {
    DurationJson {
        min: d.min.map(num),
        max: d.max.map(num),
        min_exclusive: d.min_exclusive,
        max_exclusive: d.max_exclusive,
    }
}

fn time(doc: &Document, t: &TimeExpr) -> TimeJson {
    TimeJson {
        span: doc.locate(t.span),
        text: doc.clean_text(t.span),
        kind: t.kind.as_str(),
        start: t.start.map(crate::calendar::iso_date),
        end: t.end.map(crate::calendar::iso_date),
        duration_days: t.duration.as_ref().map(duration),
        weekday: t.weekday.map(crate::calendar::weekday_name),
        relative: t.relative,
    }
}

fn finding<'a>(doc: &Document, f: &'a Finding) -> FindingJson<'a> {
    FindingJson {
        rule: &f.rule,
        category: f.category.as_str(),
        severity: f.severity.as_str(),
        message: &f.message,
        spans: f
            .spans
            .iter()
            .map(|s| match &s.foreign {
                Some(other) => LabeledSpan {
                    span: Located {
                        start: s.span.start,
                        end: s.span.end,
                        line: other.line,
                        column: other.column,
                    },
                    label: &s.label,
                    path: Some(&other.path),
                },
                None => LabeledSpan {
                    span: doc.locate(s.span),
                    label: &s.label,
                    path: None,
                },
            })
            .collect(),
        claims: &f.claims,
        sources: &f.sources,
        fingerprint: &f.fingerprint,
        constraints: constraints_json(doc, f),
    }
}

pub fn file(r: &FileReport) -> FileJson<'_> {
    let doc = r.doc();
    FileJson {
        path: &doc.path,
        reference_date: r.reference_date.map(crate::calendar::iso_date),
        sentences: doc
            .sentences
            .iter()
            .map(|s| SentenceJson {
                span: doc.locate(s.span),
                paragraph: s.paragraph,
            })
            .collect(),
        sources: r
            .attributions
            .sources
            .iter()
            .map(|s| SourceJson {
                id: &s.id,
                name: &s.name,
                aliases: &s.aliases,
                kind: s.kind.as_str(),
                role: s.role.as_deref(),
                affiliation: s.affiliation.map(|a| r.attributions.sources[a].id.as_str()),
                unnamed: s.unnamed,
                mentions: s.mentions.iter().map(|&m| doc.locate(m)).collect(),
            })
            .collect(),
        claims: r
            .claims
            .iter()
            .map(|c| {
                let a = c.attribution(&r.attributions);
                let id = |k: usize| r.attributions.sources[k].id.as_str();
                ClaimJson {
                    id: &c.id,
                    span: doc.locate(c.span),
                    text: &c.text,
                    source: a.and_then(|a| a.source).map(id),
                    sources: a
                        .map(|a| a.sources.iter().map(|&k| id(k)).collect())
                        .unwrap_or_default(),
                    source_span: a.and_then(|a| a.source_span).map(|s| doc.locate(s)),
                    cue: a.map(|a| doc.locate(a.cue)),
                    content: a.map(|a| doc.locate(a.content)),
                    via: a.and_then(|a| a.via).map(id),
                    cue_kind: a.map(|a| a.kind.as_str()),
                    attribution: match a {
                        None => "none",
                        Some(a) if a.unresolved.is_some() => "ambiguous",
                        Some(a) if a.vague => "vague",
                        Some(a) if a.source.is_some() => "named",
                        Some(_) => "unknown",
                    },
                    quantities: c.quantities.iter().map(|q| quantity(doc, q)).collect(),
                    times: c.times.iter().map(|t| time(doc, t)).collect(),
                }
            })
            .collect(),
        findings: r.findings.iter().map(|f| finding(doc, f)).collect(),
        suppressed: r.suppressed.iter().map(|f| finding(doc, f)).collect(),
        baselined: r.baselined,
    }
}

pub fn report(reports: &[FileReport]) -> Report<'_> {
    Report {
        version: VERSION,
        tool: Tool {
            name: "crosscheck",
            version: env!("CARGO_PKG_VERSION"),
        },
        files: reports.iter().map(file).collect(),
    }
}

/// The report's opening, up to the `files` array, as `render` writes it.
pub fn head() -> String {
    format!(
        "{{\n  \"version\": {VERSION},\n  \"tool\": {{\n    \"name\": \"crosscheck\",\n    \"version\": \"{}\"\n  }},\n  \"files\": [",
        env!("CARGO_PKG_VERSION")
    )
}

/// One article's entry of the `files` array, indented as `render` writes it
/// (the comma between entries is the writer's). The bytes are UTF-8: keys
/// are ASCII and serde_json writes every string as valid UTF-8; they go to
/// the output as they are, with no pass to check so.
pub fn piece(report: &FileReport) -> Vec<u8> {
    piece_after(report, "")
}

/// `piece` with `lead` (the separator) before it.
pub fn piece_after(report: &FileReport, lead: &str) -> Vec<u8> {
    // An entry runs to about nine times its sentences' text (markup, which
    // the file's length counts, adds nothing), and to seventeen times for one
    // article in ten (short ones with many findings); room for twenty times
    // up front spares nearly all the copies of a buffer doubling. Bounded,
    // for one huge article, where doubling is rare anyway.
    let text: usize = report.doc().sentences.iter().map(|s| s.span.len()).sum();
    let room = text.saturating_mul(20).clamp(8192, 1 << 26);
    let mut layout = super::json_layout::Layout::new(Vec::with_capacity(room));
    layout.out.extend_from_slice(lead.as_bytes());
    layout.out.extend_from_slice(b"\n    ");
    layout.file(report);
    layout.out
}

/// The report's close after `files` entries.
pub fn tail(files: usize) -> String {
    if files == 0 {
        "]\n}\n".to_string()
    } else {
        "\n  ]\n}\n".to_string()
    }
}

/// The whole report as pretty-printed JSON.
pub fn render(reports: &[FileReport]) -> String {
    let mut s = serde_json::to_string_pretty(&report(reports))
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
