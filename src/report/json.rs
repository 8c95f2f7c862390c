//! The JSON report, version 1. The contract is documented in `docs/report.md`;
//! fields may be added in later versions, never renamed or removed.
//!
//! The structs here are the report's schema, and serde writes them. They
//! borrow the analysis and are made as they are written: an article's lists
//! are serialized element by element (`Each`), each element made from its
//! item when its turn comes, so no tree of the entry is built first. The
//! streamed report (`piece`) writes one article's entry at a time, in
//! serde_json's pretty layout two levels in, by the report's own serializer
//! (`json_writer`), which puts a field's key down with its line in one write.

use std::borrow::Cow;
use std::cell::Cell;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use super::json_out::JsonOut;
use super::json_writer::JsonWriter;
use crate::check::FileReport;
use crate::claims::Claim;
use crate::document::{Document, Sentence};
use crate::expressions::{DurationDays, Quantity, TimeExpr};
use crate::rules::{Finding, Labeled};
use crate::text::{Located, Span};

pub const VERSION: u32 = 1;

#[derive(Serialize)]
pub struct Report<'a> {
    pub version: u32,
    pub tool: Tool,
    pub files: Each<'a, (), FileReport, FileJson<'a>>,
}

#[derive(Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

/// A list written element by element: each element is made from its item
/// (with `context`) as it is written, and dropped after.
pub struct Each<'a, C, T, U> {
    context: &'a C,
    items: &'a [T],
    make: fn(&'a C, &'a T) -> U,
}

impl<'a, C, T, U> Each<'a, C, T, U> {
    fn new(context: &'a C, items: &'a [T], make: fn(&'a C, &'a T) -> U) -> Self {
        Each {
            context,
            items,
            make,
        }
    }
}

impl<C, T, U: Serialize> Serialize for Each<'_, C, T, U> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.items.iter().map(|t| (self.make)(self.context, t)))
    }
}

/// One article's entry of the report's `files`, made from its report as it
/// is written (`FileFields`).
pub struct FileJson<'a> {
    report: &'a FileReport,
    /// The span of the article located last: the next is located from it
    /// (`Document::locate_near`), as most lie on its line or close after.
    last: Cell<Located>,
}

/// The start of every text, where an article's locating starts from.
const TEXT_START: Located = Located {
    start: 0,
    end: 0,
    line: 1,
    column: 1,
};

impl<'a> FileJson<'a> {
    fn doc(&self) -> &'a Document {
        self.report.doc()
    }

    /// `doc.locate(span)`, counted from the span located last.
    fn locate(&self, span: Span) -> Located {
        let l = self.doc().locate_near(&self.last.get(), span);
        self.last.set(l);
        l
    }

    /// The id of the article's source `k`.
    fn source_id(&self, k: usize) -> &'a str {
        &self.report.attributions.sources[k].id
    }
}

impl Serialize for FileJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let r = self.report;
        self.last.set(TEXT_START);
        FileFields {
            path: &r.doc().path,
            reference_date: r.reference_date,
            sentences: Each::new(self, &r.doc().sentences, sentence),
            sources: Each::new(self, &r.attributions.sources, source),
            claims: Each::new(self, &r.claims, claim),
            findings: Each::new(self, &r.findings, finding),
            suppressed: Each::new(self, &r.suppressed, finding),
            baselined: r.baselined,
        }
        .serialize(serializer)
    }
}

/// The fields of `FileJson`, in the report's order.
#[derive(Serialize)]
struct FileFields<'a> {
    path: &'a str,
    #[serde(serialize_with = "date")]
    reference_date: Option<NaiveDate>,
    sentences: Each<'a, FileJson<'a>, Sentence, SentenceJson>,
    sources: Each<'a, FileJson<'a>, crate::attribution::Source, SourceJson<'a>>,
    claims: Each<'a, FileJson<'a>, Claim, ClaimJson<'a>>,
    findings: Each<'a, FileJson<'a>, Finding, FindingJson<'a>>,
    suppressed: Each<'a, FileJson<'a>, Finding, FindingJson<'a>>,
    baselined: usize,
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
    pub mentions: Each<'a, FileJson<'a>, Span, Located>,
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
    pub sources: Each<'a, FileJson<'a>, usize, &'a str>,
    pub source_span: Option<Located>,
    pub cue: Option<Located>,
    pub content: Option<Located>,
    pub via: Option<&'a str>,
    pub attribution: &'static str,
    pub cue_kind: Option<&'static str>,
    pub quantities: Each<'a, FileJson<'a>, Quantity, QuantityJson<'a>>,
    pub times: Each<'a, FileJson<'a>, TimeExpr, TimeJson<'a>>,
}

#[derive(Serialize)]
pub struct QuantityJson<'a> {
    pub span: Located,
    pub text: Cow<'a, str>,
    #[serde(serialize_with = "figure")]
    pub low: Option<f64>,
    #[serde(serialize_with = "figure")]
    pub high: Option<f64>,
    pub low_exclusive: bool,
    pub high_exclusive: bool,
    pub approximate: bool,
    pub unit: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub hedge: Option<&'a str>,
}

#[derive(Serialize)]
pub struct TimeJson<'a> {
    pub span: Located,
    pub text: Cow<'a, str>,
    pub kind: &'static str,
    #[serde(serialize_with = "date")]
    pub start: Option<NaiveDate>,
    #[serde(serialize_with = "date")]
    pub end: Option<NaiveDate>,
    pub duration_days: Option<DurationJson>,
    pub weekday: Option<&'static str>,
    pub relative: bool,
}

#[derive(Serialize)]
pub struct DurationJson {
    #[serde(serialize_with = "figure")]
    pub min: Option<f64>,
    #[serde(serialize_with = "figure")]
    pub max: Option<f64>,
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
    pub spans: Each<'a, FileJson<'a>, Labeled, LabeledSpan<'a>>,
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

/// A figure as the report writes it: a whole number (below 9e15) as an
/// integer, another as serde_json writes a float, one that is not finite as
/// `null`, as a missing one is.
fn figure<S: Serializer>(v: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
    match *v {
        Some(v) if v.fract() == 0.0 && v.abs() < 9e15 => serializer.serialize_i64(v as i64),
        Some(v) if v.is_finite() => serializer.serialize_f64(v),
        _ => serializer.serialize_none(),
    }
}

/// A date as `calendar::iso_date` writes it ("2019-02-20"), or `null`.
fn date<S: Serializer>(d: &Option<NaiveDate>, serializer: S) -> Result<S::Ok, S::Error> {
    let Some(d) = *d else {
        return serializer.serialize_none();
    };
    // The years 0 to 9999 from their digits (ASCII), with no String made.
    match crate::calendar::iso_date_ascii(d) {
        Some(ascii) => serializer.serialize_str(std::str::from_utf8(&ascii).unwrap_or_default()),
        None => serializer.serialize_str(&crate::calendar::iso_date(d)),
    }
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

fn sentence<'a>(f: &'a FileJson<'a>, s: &'a Sentence) -> SentenceJson {
    SentenceJson {
        span: f.locate(s.span),
        paragraph: s.paragraph,
    }
}

fn source<'a>(f: &'a FileJson<'a>, s: &'a crate::attribution::Source) -> SourceJson<'a> {
    SourceJson {
        id: &s.id,
        name: &s.name,
        aliases: &s.aliases,
        kind: s.kind.as_str(),
        role: s.role.as_deref(),
        affiliation: s.affiliation.map(|a| f.source_id(a)),
        unnamed: s.unnamed,
        mentions: Each::new(f, &s.mentions, |f, &m| f.locate(m)),
    }
}

fn claim<'a>(f: &'a FileJson<'a>, c: &'a Claim) -> ClaimJson<'a> {
    let a = c.attribution(&f.report.attributions);
    ClaimJson {
        id: &c.id,
        span: f.locate(c.span),
        text: &c.text,
        source: a.and_then(|a| a.source).map(|k| f.source_id(k)),
        sources: Each::new(f, a.map_or(&[][..], |a| &a.sources), |f, &k| f.source_id(k)),
        source_span: a.and_then(|a| a.source_span).map(|s| f.locate(s)),
        cue: a.map(|a| f.locate(a.cue)),
        content: a.map(|a| f.locate(a.content)),
        via: a.and_then(|a| a.via).map(|k| f.source_id(k)),
        attribution: match a {
            None => "none",
            Some(a) if a.unresolved.is_some() => "ambiguous",
            Some(a) if a.vague => "vague",
            Some(a) if a.source.is_some() => "named",
            Some(_) => "unknown",
        },
        cue_kind: a.map(|a| a.kind.as_str()),
        quantities: Each::new(f, &c.quantities, quantity),
        times: Each::new(f, &c.times, time),
    }
}

fn quantity<'a>(f: &'a FileJson<'a>, q: &'a Quantity) -> QuantityJson<'a> {
    QuantityJson {
        span: f.locate(q.span),
        text: f.doc().clean_text_cow(q.span),
        low: q.low,
        high: q.high,
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
        min: d.min,
        max: d.max,
        min_exclusive: d.min_exclusive,
        max_exclusive: d.max_exclusive,
    }
}

fn time<'a>(f: &'a FileJson<'a>, t: &'a TimeExpr) -> TimeJson<'a> {
    TimeJson {
        span: f.locate(t.span),
        text: f.doc().clean_text_cow(t.span),
        kind: t.kind.as_str(),
        start: t.start,
        end: t.end,
        duration_days: t.duration.as_ref().map(duration),
        weekday: t.weekday.map(crate::calendar::weekday_name),
        relative: t.relative,
    }
}

fn finding<'a>(f: &'a FileJson<'a>, x: &'a Finding) -> FindingJson<'a> {
    FindingJson {
        rule: &x.rule,
        category: x.category.as_str(),
        severity: x.severity.as_str(),
        message: &x.message,
        spans: Each::new(f, &x.spans, labeled_span),
        claims: &x.claims,
        sources: &x.sources,
        fingerprint: &x.fingerprint,
        constraints: constraints_json(f.doc(), x),
    }
}

/// A finding's span: in its own file, located there; in another, with that
/// file's line, column and path.
fn labeled_span<'a>(f: &'a FileJson<'a>, s: &'a Labeled) -> LabeledSpan<'a> {
    match &s.foreign {
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
            span: f.locate(s.span),
            label: &s.label,
            path: None,
        },
    }
}

/// One article's entry of the report.
pub fn file(r: &FileReport) -> FileJson<'_> {
    FileJson {
        report: r,
        last: Cell::new(TEXT_START),
    }
}

pub fn report(reports: &[FileReport]) -> Report<'_> {
    Report {
        version: VERSION,
        tool: Tool {
            name: "crosscheck",
            version: env!("CARGO_PKG_VERSION"),
        },
        files: Each::new(&(), reports, |_, r| file(r)),
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
/// are ASCII and the report's writer copies every string whole, or in runs
/// cut at the ASCII bytes it escapes; they go to the output as they are,
/// with no pass to check so.
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
    let mut out = JsonOut::with_capacity(room);
    out.bytes(lead.as_bytes());
    out.bytes(b"\n    ");
    // The entry stands two levels in: in `files`, in the report. The
    // writer owns the buffer, so that its writes are to it, not through a
    // reference.
    let mut writer = JsonWriter::at_depth(out, 2);
    file(report)
        .serialize(&mut writer)
        .expect("an entry serializes into memory (no field can fail)");
    writer.into_bytes()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_text;
    use crate::document::Format;
    use crate::expressions::DurationDays;
    use crate::rules::RuleSet;
    use serde_json::Value;

    /// serde_json's pretty text of `value` at the depth of an entry of the
    /// report's `files` (two levels in: the line breaks in serde_json's
    /// text are its layout's, for a string's are escaped), as a piece has it.
    fn pretty_as_a_piece<T: Serialize>(value: &T) -> String {
        let pretty = serde_json::to_string_pretty(value).unwrap();
        format!("\n    {}", pretty.replace('\n', "\n    "))
    }

    fn piece_text(r: &FileReport) -> String {
        String::from_utf8(piece(r)).unwrap()
    }

    fn articles(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                articles(&path, out);
            } else if Format::from_path(&path).is_some() {
                out.push(path);
            }
        }
    }

    /// Every span object of `value` (any object with `start` and `line`),
    /// with the line and column `doc.locate` gives its start.
    fn check_spans(doc: &Document, value: &Value, path: &std::path::Path) {
        match value {
            Value::Object(map) => {
                if let (Some(start), Some(end), Some(line), Some(column)) = (
                    &map.get("start"),
                    &map.get("end"),
                    &map.get("line"),
                    &map.get("column"),
                ) {
                    let span = Span {
                        start: start.as_u64().unwrap() as usize,
                        end: end.as_u64().unwrap() as usize,
                    };
                    let l = doc.locate(span);
                    if map.get("path").is_none() {
                        assert_eq!(line.as_u64(), Some(l.line as u64), "{path:?} {map:?}");
                        assert_eq!(column.as_u64(), Some(l.column as u64), "{path:?} {map:?}");
                    }
                }
                map.values().for_each(|v| check_spans(doc, v, path));
            }
            Value::Array(items) => items.iter().for_each(|v| check_spans(doc, v, path)),
            _ => {}
        }
    }

    /// On every fixture article: a piece is serde_json's pretty layout of
    /// the entry, two levels in, and the spans located one from the last
    /// are where `Document::locate` puts them.
    #[test]
    fn pieces_are_serde_jsons_layout_of_the_entry_on_every_fixture() {
        let rules = RuleSet::builtin();
        let mut paths = Vec::new();
        articles(std::path::Path::new("fixtures"), &mut paths);
        assert!(paths.len() > 20);
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            let format = Format::from_path(&path).unwrap();
            let date = NaiveDate::from_ymd_opt(2019, 2, 20);
            let r = check_text(&path.display().to_string(), format, text, date, &rules);
            let written = piece_text(&r);
            assert_eq!(written, pretty_as_a_piece(&file(&r)), "{path:?}");
            let parsed: Value = serde_json::from_str(&written).unwrap();
            check_spans(r.doc(), &parsed, &path);
        }
    }

    /// Figures are written as the report has always written them: whole
    /// numbers below 9e15 as integers, other finite ones as serde_json
    /// writes a float, the others as `null`.
    #[test]
    fn figures_are_whole_numbers_or_serde_jsons_floats() {
        #[derive(Serialize)]
        struct Figure(#[serde(serialize_with = "figure")] Option<f64>);
        let as_value = |v: f64| {
            if v.fract() == 0.0 && v.abs() < 9e15 {
                Value::from(v as i64)
            } else {
                Value::from(v)
            }
        };
        for v in [
            0.0,
            -0.0,
            1.0,
            42.0,
            99_999_999.0,
            1e15,
            8.9e15,
            9e15,
            1e300,
            -3.0,
            1.5,
            -0.25,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            let written = serde_json::to_string(&Figure(Some(v))).unwrap();
            assert_eq!(written, serde_json::to_string(&as_value(v)).unwrap(), "{v}");
            assert_eq!(serde_json::to_value(Figure(Some(v))).unwrap(), as_value(v));
        }
        assert_eq!(serde_json::to_string(&Figure(None)).unwrap(), "null");
        assert_eq!(serde_json::to_string(&Figure(Some(7.0))).unwrap(), "7");
        assert_eq!(serde_json::to_string(&Figure(Some(1.5))).unwrap(), "1.5");
    }

    /// What fixtures may not hold: a span in another file, fractional,
    /// negative, huge, infinite and missing bounds, a date past 9999,
    /// strings that need escaping, empty arrays, a timeline conflict's
    /// constraints.
    #[test]
    fn pieces_are_serde_jsons_layout_on_rare_fields() {
        let rules = RuleSet::builtin();
        let mut r = check_text(
            "a \"quoted\"\\path\n\u{1}é",
            Format::Plain,
            "About 300 fighters left on Tuesday, the army said.".to_string(),
            NaiveDate::from_ymd_opt(2019, 2, 20),
            &rules,
        );
        r.reference_date = None;
        r.baselined = 7;
        let claim = &mut r.claims[0];
        claim.text = "tab\there".into();
        let mut q = claim.quantities[0].clone();
        q.low = Some(1.5);
        q.high = None;
        q.low_exclusive = true;
        q.unit = Some("USD".into());
        claim.quantities.push(q.clone());
        q.low = Some(-3.0);
        q.high = Some(f64::INFINITY);
        claim.quantities.push(q.clone());
        q.low = Some(f64::NAN);
        q.high = Some(1e300);
        claim.quantities.push(q);
        let mut t = claim.times[0].clone();
        t.start = NaiveDate::from_ymd_opt(12000, 1, 1);
        t.end = None;
        t.weekday = None;
        t.duration = Some(DurationDays {
            min: Some(7.0),
            max: Some(1e300),
            min_exclusive: true,
            max_exclusive: false,
        });
        claim.times.push(t);
        let span = claim.span;
        let labeled = |foreign: Option<crate::rules::Foreign>| Labeled {
            span,
            label: "a \"label\"".into(),
            article: 0,
            foreign,
        };
        let finding = Finding {
            rule: "figure-conflict".into(),
            category: crate::rules::Category::Figure,
            severity: crate::rules::Severity::Warning,
            message: "two figures".into(),
            spans: vec![
                labeled(Some(crate::rules::Foreign {
                    path: "other.txt".into(),
                    line: 3,
                    column: 4,
                    text: "x".into(),
                })),
                labeled(None),
            ],
            claims: vec!["c1".into()],
            sources: Vec::new(),
            fingerprint: "x".into(),
            constraints: vec![
                crate::rules::ConstraintNote {
                    span,
                    article: 0,
                    claim: Some("c1".into()),
                    source: "AFP \"x\"".into(),
                    relation: "lasted",
                    min: Some(15),
                    max: None,
                },
                crate::rules::ConstraintNote {
                    span: Span::default(),
                    article: 1,
                    claim: None,
                    source: "the article".into(),
                    relation: "date",
                    min: Some(737_110),
                    max: Some(737_110),
                },
            ],
        };
        r.suppressed.push(finding.clone());
        r.findings.push(finding);
        let written = piece_text(&r);
        assert_eq!(written, pretty_as_a_piece(&file(&r)));
        for expected in [
            "\"path\": \"a \\\"quoted\\\"\\\\path\\n\\u0001é\"",
            "\"reference_date\": null",
            "\"text\": \"tab\\there\"",
            "\"low\": 1.5",
            "\"low\": -3",
            "\"high\": null",
            "\"high\": 1e+300",
            "\"start\": \"+12000-01-01\"",
            "\"path\": \"other.txt\"",
            "\"sources\": []",
            "\"days\": {",
            "\"baselined\": 7\n    }",
        ] {
            assert!(written.contains(expected), "{expected} in {written}");
        }
    }
}
