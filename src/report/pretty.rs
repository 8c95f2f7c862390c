//! The terminal report, in the style of rustc and clippy: severity and rule,
//! the message, the source lines with carets under every span and a label on
//! each, then a summary. `--claims` adds a table of claims. Colour is decided
//! by the caller (the `colored` override); the text reads the same without it.

use std::fmt::Write;

use colored::{Color, Colorize};

use super::{number, Tally};
use crate::check::FileReport;
use crate::document::Document;
use crate::expressions::{Quantity, TimeExpr, TimeKind};
use crate::rules::{Finding, Severity};
use crate::text::Span;

/// Lines longer than this many characters are shown as a window around the spans.
const MAX_LINE: usize = 110;
/// Characters of context kept on each side of the spans in a window.
const CONTEXT: usize = 30;

pub fn render(reports: &[FileReport], show_claims: bool) -> String {
    let mut out = render_files(reports, show_claims);
    out.push_str(&summary(&Tally::of(reports)));
    out
}

/// The findings (and with `show_claims` the claims) of `reports`, without the summary.
pub fn render_files(reports: &[FileReport], show_claims: bool) -> String {
    let mut out = String::new();
    for report in reports {
        for finding in &report.findings {
            render_finding(&mut out, report.doc(), finding);
        }
        if show_claims {
            render_claims(&mut out, report);
            render_timeline(&mut out, report);
        }
    }
    out
}

/// The closing line: files, claims and findings counted.
pub fn summary(tally: &Tally) -> String {
    let mut out = String::new();
    let summary = format!(
        "checked {} file{}: {} claim{}, {} finding{} ({} error{}, {} warning{}, {} info)",
        tally.files,
        plural(tally.files),
        tally.claims,
        plural(tally.claims),
        tally.findings(),
        plural(tally.findings()),
        tally.errors,
        plural(tally.errors),
        tally.warnings,
        plural(tally.warnings),
        tally.infos,
    );
    let mut summary = summary;
    if tally.suppressed > 0 {
        summary.push_str(&format!("; {} suppressed by comments", tally.suppressed));
    }
    if tally.baselined > 0 {
        summary.push_str(&format!("; {} already in the baseline", tally.baselined));
    }
    let _ = writeln!(out, "{}", summary.bold());
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn severity_color(s: Severity) -> Color {
    match s {
        Severity::Error => Color::Red,
        Severity::Warning => Color::Yellow,
        Severity::Info => Color::Cyan,
    }
}

fn render_finding(out: &mut String, doc: &Document, f: &Finding) {
    let color = severity_color(f.severity);
    let head = format!("{}[{}]", f.severity.as_str(), f.rule)
        .color(color)
        .bold();
    let _ = writeln!(out, "{head}: {}", f.message.bold());
    let Some(primary) = f.spans.first() else {
        let _ = writeln!(out);
        return;
    };
    let at = doc.locate(primary.span);
    let last_line = f
        .local()
        .map(|s| doc.lines.line_of(s.span.start) + 1)
        .max()
        .unwrap_or(1);
    let gutter = last_line.to_string().len();
    let pad = " ".repeat(gutter);
    let bar = "|".blue().bold();
    let _ = writeln!(
        out,
        "{pad}{} {}:{}:{}",
        "-->".blue().bold(),
        doc.path,
        at.line,
        at.column
    );
    let _ = writeln!(out, "{pad} {bar}");
    // Spans grouped by line, in line order; the primary keeps '^', others '-'.
    let mut by_line: Vec<(usize, Vec<(usize, &crate::rules::Labeled)>)> = Vec::new();
    for (n, s) in f.local().enumerate() {
        let line = doc.lines.line_of(s.span.start);
        match by_line.iter_mut().find(|(l, _)| *l == line) {
            Some((_, v)) => v.push((n, s)),
            None => by_line.push((line, vec![(n, s)])),
        }
    }
    by_line.sort_by_key(|(l, _)| *l);
    // Spans in other files (`--together`) are listed after this file's.
    let foreign: Vec<(&crate::rules::Labeled, &crate::rules::Foreign)> = f
        .spans
        .iter()
        .filter_map(|s| s.foreign.as_ref().map(|o| (s, o)))
        .collect();
    for (line, spans) in by_line.into_iter().flat_map(|(l, v)| {
        clusters(v)
            .into_iter()
            .map(move |c| (l, c))
            .collect::<Vec<_>>()
    }) {
        let range = near(&doc.text, doc.lines.line_range(&doc.text, line), &spans);
        let text = &doc.text[range.start..range.end];
        let clipped: Vec<Span> = spans
            .iter()
            .map(|(_, s)| Span::new(s.span.start, s.span.end.min(range.end).max(s.span.start)))
            .collect();
        let (shown, offset_chars) = window(text, range.start, &clipped);
        let number = format!("{:>gutter$}", line + 1).blue().bold();
        let _ = writeln!(out, "{number} {bar} {shown}");
        for ((n, s), span) in spans.iter().zip(&clipped) {
            let col = char_col(text, range.start, span.start).saturating_sub(offset_chars);
            let width = doc.text[span.start..span.end].chars().count().max(1);
            let mark = if *n == 0 { "^" } else { "-" }.repeat(width);
            let mark = if *n == 0 {
                mark.color(color).bold()
            } else {
                mark.blue().bold()
            };
            let label = if *n == 0 {
                s.label.color(color).bold()
            } else {
                s.label.blue().bold()
            };
            let _ = writeln!(out, "{pad} {bar} {}{mark} {label}", " ".repeat(col));
        }
    }
    for (s, other) in foreign {
        let _ = writeln!(
            out,
            "{pad} {} {}:{}:{}: \"{}\" {}",
            "+".blue().bold(),
            other.path,
            other.line,
            other.column,
            other.text,
            s.label.blue().bold()
        );
    }
    let _ = writeln!(out, "{pad} {bar}");
    let mut notes = vec![format!("category: {}", f.category.as_str())];
    if !f.claims.is_empty() {
        notes.push(format!("claims: {}", f.claims.join(", ")));
    }
    let _ = writeln!(out, "{pad} {} {}", "=".blue().bold(), notes.join("; "));
    let _ = writeln!(out);
}

/// Bytes of context kept around the spans of a long line before the window
/// is cut (in characters) by `window`.
const NEAR: usize = 512;

/// The spans of one line in groups that one window can show: spans far apart
/// on a long line (a file on one line) get windows of their own, so that the
/// text between them is not printed.
fn clusters(
    mut spans: Vec<(usize, &crate::rules::Labeled)>,
) -> Vec<Vec<(usize, &crate::rules::Labeled)>> {
    spans.sort_by_key(|(_, s)| s.span.start);
    let mut out: Vec<Vec<(usize, &crate::rules::Labeled)>> = Vec::new();
    for s in spans {
        match out.last_mut() {
            Some(group)
                if group
                    .iter()
                    .map(|(_, g)| g.span.end)
                    .max()
                    .is_some_and(|end| s.1.span.start < end + NEAR) =>
            {
                group.push(s)
            }
            _ => out.push(vec![s]),
        }
    }
    for group in &mut out {
        group.sort_by_key(|(n, _)| *n);
    }
    out
}

/// The part of a line's byte range worth reading for `spans`: the whole line
/// when it is short, else the spans with `NEAR` bytes either side (on
/// character boundaries), so that a line a whole file long is not read once
/// per finding.
fn near(text: &str, line: Span, spans: &[(usize, &crate::rules::Labeled)]) -> Span {
    if line.end - line.start <= 4 * NEAR {
        return line;
    }
    let first = spans
        .iter()
        .map(|(_, s)| s.span.start)
        .min()
        .unwrap_or(line.start);
    let last = spans
        .iter()
        .map(|(_, s)| s.span.end)
        .max()
        .unwrap_or(line.end);
    let mut start = first.saturating_sub(NEAR).max(line.start);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (last + NEAR).min(line.end);
    while !text.is_char_boundary(end) {
        end += 1;
    }
    Span::new(start, end)
}

/// Characters from the line start to byte `at`.
fn char_col(text: &str, line_start: usize, at: usize) -> usize {
    text.get(..at - line_start).map_or(0, |s| s.chars().count())
}

/// The part of a long line worth showing around the spans: the text shown and
/// how many characters were cut from its start (an ellipsis stands for them).
fn window(text: &str, line_start: usize, spans: &[Span]) -> (String, usize) {
    let chars = text.chars().count();
    let shown: String = text
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    if chars <= MAX_LINE {
        return (shown, 0);
    }
    let first = spans
        .iter()
        .map(|s| char_col(text, line_start, s.start))
        .min()
        .unwrap_or(0);
    let last = spans
        .iter()
        .map(|s| char_col(text, line_start, s.end.min(line_start + text.len())))
        .max()
        .unwrap_or(0);
    let from = first.saturating_sub(CONTEXT);
    let to = (last + CONTEXT).min(chars);
    let mut piece: String = shown.chars().skip(from).take(to - from).collect();
    let mut cut = from;
    if from > 0 {
        piece.insert(0, '…');
        // The ellipsis takes one column in place of the cut text.
        cut = from - 1;
    }
    if to < chars {
        piece.push('…');
    }
    (piece, cut)
}

fn render_claims(out: &mut String, report: &FileReport) {
    let doc = report.doc();
    let reference = report
        .reference_date
        .map_or("none".to_string(), |d| d.format("%Y-%m-%d").to_string());
    let _ = writeln!(
        out,
        "{} {} (reference date: {reference})",
        "claims in".bold(),
        doc.path.bold()
    );
    for claim in &report.claims {
        let at = doc.locate(claim.span);
        let text: String = if claim.text.chars().count() > 90 {
            claim
                .text
                .chars()
                .take(89)
                .chain(std::iter::once('…'))
                .collect()
        } else {
            claim.text.clone()
        };
        let _ = writeln!(
            out,
            "  {:<4} {:>4}:{:<3} {}",
            claim.id.bold(),
            at.line,
            at.column,
            text.dimmed()
        );
        if let Some(a) = claim.attribution(&report.attributions) {
            let mut line = format!(
                "{} — \"{}\"",
                report.attributions.who(a, doc),
                doc.clean_text(a.cue)
            );
            if a.inherited {
                line.push_str(" (the same quotation)");
            }
            if let Some(u) = &a.unresolved {
                if !u.candidates.is_empty() {
                    line.push_str(&format!("; could be {}", u.candidates.join(", ")));
                }
            }
            let _ = writeln!(out, "         {:<9} {}", "source", line);
        }
        for q in &claim.quantities {
            let _ = writeln!(
                out,
                "         {:<9} {:<24} {}",
                "quantity",
                doc.clean_text(q.span),
                describe_quantity(q)
            );
        }
        for t in &claim.times {
            let _ = writeln!(
                out,
                "         {:<9} {:<24} {}",
                "time",
                doc.clean_text(t.span),
                describe_time(t)
            );
        }
    }
    let _ = writeln!(out);
}

/// The article's events placed on the calendar, earliest first: the span of
/// days its start can fall in, its key, its first mention and who says it.
fn render_timeline(out: &mut String, report: &FileReport) {
    if report.timeline.is_empty() {
        return;
    }
    let _ = writeln!(out, "{} {}", "timeline in".bold(), report.doc().path.bold());
    for e in &report.timeline {
        let mut line = format!(
            "  {} … {}  {}  \"{}\"  ({})",
            e.earliest_start.format("%Y-%m-%d"),
            e.latest_start.format("%Y-%m-%d"),
            e.key.bold(),
            e.text,
            e.sources.join(", ")
        );
        if let (Some(lo), Some(hi)) = (e.earliest_end, e.latest_end) {
            if (lo, hi) != (e.earliest_start, e.latest_start) {
                let _ = write!(
                    line,
                    "  ends {} … {}",
                    lo.format("%Y-%m-%d"),
                    hi.format("%Y-%m-%d")
                );
            }
        }
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out);
}

/// "[151, open)  militants  approximate".
pub fn describe_quantity(q: &Quantity) -> String {
    let low = q.low.map_or("open".to_string(), number);
    let high = q.high.map_or("open".to_string(), number);
    let open = if q.low_exclusive || q.low.is_none() {
        '('
    } else {
        '['
    };
    let close = if q.high_exclusive || q.high.is_none() {
        ')'
    } else {
        ']'
    };
    let mut s = format!("{open}{low}, {high}{close}");
    if let Some(unit) = &q.unit {
        let _ = write!(s, " {unit}");
    }
    if let Some(subject) = &q.subject {
        let _ = write!(s, " {subject}");
    }
    if q.approximate {
        s.push_str(" ~approximate");
    }
    s
}

/// "date 2019-02-19", "period 2019-02-11..2019-02-17", "duration (7, open) days".
pub fn describe_time(t: &TimeExpr) -> String {
    let date = |d: Option<chrono::NaiveDate>| {
        d.map_or("?".to_string(), |d| d.format("%Y-%m-%d").to_string())
    };
    match t.kind {
        TimeKind::Date => format!("date {}", date(t.start)),
        TimeKind::Period => format!("period {}..{}", date(t.start), date(t.end)),
        TimeKind::Duration => {
            let d = t
                .duration
                .unwrap_or(crate::expressions::DurationDays::between(0.0, 0.0));
            let open = if d.min_exclusive || d.min.is_none() {
                '('
            } else {
                '['
            };
            let close = if d.max_exclusive || d.max.is_none() {
                ')'
            } else {
                ']'
            };
            format!(
                "duration {open}{}, {}{close} days",
                d.min.map_or("open".to_string(), number),
                d.max.map_or("open".to_string(), number)
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::FileReport;
    use crate::document::{Document, Format};
    use crate::rules::{Category, Labeled};

    #[test]
    fn secondary_spans_get_their_own_labels() {
        colored::control::set_override(false);
        let text = "The SDF said 300 fighters remain.\n\nAFP counted dozens of fighters.\n";
        let doc = Document::parse("t.txt", Format::Plain, text.to_string());
        let span = |needle: &str| {
            let at = text.find(needle).unwrap();
            Span::new(at, at + needle.len())
        };
        let finding = Finding {
            rule: "example".into(),
            category: Category::Figure,
            severity: Severity::Warning,
            message: "two counts of fighters disagree".into(),
            spans: vec![
                Labeled {
                    span: span("300"),
                    label: "SDF: 300 fighters".into(),
                    article: 0,
                    foreign: None,
                },
                Labeled {
                    span: span("dozens"),
                    label: "AFP: dozens of fighters".into(),
                    article: 0,
                    foreign: None,
                },
            ],
            claims: vec!["c1".into(), "c2".into()],
            sources: vec![],
            fingerprint: String::new(),
            constraints: Vec::new(),
        };
        let mut report = FileReport::of_document(doc);
        report.findings = vec![finding];
        let out = render(&[report], false);
        let expected = "\
warning[example]: two counts of fighters disagree
 --> t.txt:1:14
  |
1 | The SDF said 300 fighters remain.
  |              ^^^ SDF: 300 fighters
3 | AFP counted dozens of fighters.
  |             ------ AFP: dozens of fighters
  |
  = category: figure; claims: c1, c2

checked 1 file: 0 claims, 1 finding (0 errors, 1 warning, 0 info)
";
        assert_eq!(out, expected);
    }
}
