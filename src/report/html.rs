//! The editor's report: one self-contained HTML page per run (no network
//! access, no external assets). Each article is shown as an editor thinks of
//! it — the text with every claim highlighted in its source's colour and its
//! cue underlined, a legend of the sources, the findings linked to their
//! spans, a timeline of the dated events, and the source–claim graph as SVG.

use std::collections::BTreeSet;
use std::fmt::Write;

use super::{number, xml_escape, Region};
use crate::attribution::Attributions;
use crate::check::FileReport;
use crate::rules::Severity;
use crate::text::Span;

const STYLE: &str = r#"
body { font: 16px/1.55 Georgia, 'Times New Roman', serif; margin: 0; color: #1d1d1f; background: #fafaf7; }
header.top { background: #1d2733; color: #fff; padding: 14px 28px; font-family: system-ui, sans-serif; }
header.top h1 { margin: 0; font-size: 20px; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(280px, 2fr); gap: 28px; padding: 20px 28px; }
section.file { margin-bottom: 40px; }
h2 { font-family: system-ui, sans-serif; font-size: 18px; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
h3 { font-family: system-ui, sans-serif; font-size: 15px; margin: 18px 0 6px; }
.article p { margin: 0 0 12px; }
.claim { border-radius: 3px; padding: 1px 0; }
.cue { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
mark.finding { background: none; outline: 2px solid #d33; outline-offset: 1px; border-radius: 2px; }
mark.finding.warning { outline-color: #e0a100; }
mark.finding.info { outline-color: #2b8bd6; }
:target { box-shadow: 0 0 0 4px #ffe066; }
aside { font-family: system-ui, sans-serif; font-size: 14px; }
table { border-collapse: collapse; width: 100%; }
td, th { text-align: left; padding: 4px 6px; border-bottom: 1px solid #e3e3e3; vertical-align: top; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px; vertical-align: middle; border: 1px solid #999; }
ol.findings { padding-left: 20px; }
ol.findings li { margin-bottom: 10px; }
.sev { font-weight: bold; text-transform: uppercase; font-size: 11px; padding: 1px 5px; border-radius: 3px; color: #fff; }
.sev.error { background: #d33; } .sev.warning { background: #c98a00; } .sev.info { background: #2b8bd6; }
.spans a { display: inline-block; margin-right: 8px; color: #1b5fa8; }
.muted { color: #666; }
svg text { font-family: system-ui, sans-serif; font-size: 11px; }
ol.strip { list-style: none; margin: 0; padding: 6px 0; border-left: 1px solid #bbb; border-right: 1px solid #bbb; background: repeating-linear-gradient(90deg, #f0f0ec 0, #f0f0ec 1px, transparent 1px, transparent 10%); }
ol.strip li.mark { position: relative; height: 38px; margin: 2px 0; }
ol.strip .bar { position: absolute; top: 0; height: 10px; min-width: 6px; background: #1b5fa8; border-radius: 3px; }
ol.strip .mark-text { position: absolute; top: 12px; white-space: nowrap; font-size: 12px; }
.strip-axis { display: flex; justify-content: space-between; font-size: 12px; color: #666; }
"#;

/// Checks in the browser that every finding's link reaches its span, and
/// says so on the page (the headless-Chromium test reads it).
const SCRIPT: &str = r#"
(function () {
  var ok = 0, broken = 0;
  document.querySelectorAll('.spans a').forEach(function (a) {
    if (document.getElementById(a.getAttribute('href').slice(1))) { ok++; } else { broken++; }
  });
  document.body.setAttribute('data-links-ok', String(ok));
  document.body.setAttribute('data-links-broken', String(broken));
  // The timeline strips: how many marks are drawn with a width inside their strip.
  var marks = 0, shown = 0;
  document.querySelectorAll('ol.strip').forEach(function (strip) {
    var box = strip.getBoundingClientRect();
    strip.querySelectorAll('.bar').forEach(function (bar) {
      var r = bar.getBoundingClientRect();
      marks++;
      if (r.width > 0 && r.height > 0 && r.left >= box.left - 1 && r.right <= box.right + 1) { shown++; }
    });
  });
  document.body.setAttribute('data-strip-marks', String(marks));
  document.body.setAttribute('data-strip-shown', String(shown));
})();
"#;

/// A light colour for source `k`, spread around the hue circle.
fn colour(k: usize) -> String {
    let hue = (k as f64 * 137.508) % 360.0;
    format!("hsl({hue:.0}, 75%, 84%)")
}

fn severity_class(s: Severity) -> &'static str {
    s.as_str()
}

/// Decorations that cover a stretch of text.
#[derive(Clone, Default, PartialEq)]
struct Marks {
    claim_source: Option<usize>,
    claim_id: Option<String>,
    cue: bool,
    findings: Vec<(usize, Severity)>,
}

pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>crosscheck report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header class=\"top\"><h1>crosscheck — who says what, and where the copy disagrees</h1></header>\n<main>\n"
    );
    let mut article_col = String::new();
    let mut side_col = String::new();
    for (n, r) in reports.iter().enumerate() {
        file_article(&mut article_col, r, n);
        file_side(&mut side_col, r, n);
    }
    let _ = write!(
        out,
        "<div class=\"articles\">{article_col}</div>\n<aside>{side_col}</aside>\n</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    out
}

fn file_article(out: &mut String, r: &FileReport, n: usize) {
    let doc = r.doc();
    let at = &r.attributions;
    let _ = write!(
        out,
        "<section class=\"file\" id=\"file{n}\">\n<h2>{}</h2>\n<div class=\"article\">\n",
        xml_escape(&doc.path)
    );
    // Every boundary where a decoration starts or ends.
    let mut cuts: BTreeSet<usize> = BTreeSet::new();
    let mut claim_spans: Vec<(Span, Option<usize>, String)> = Vec::new();
    for c in &r.claims {
        let a = c.attribution(at);
        let span = a.map_or(c.span, |a| {
            if c.span.contains(a.content) {
                a.content
            } else {
                c.span
            }
        });
        claim_spans.push((span, a.and_then(|a| a.source), c.id.clone()));
        cuts.insert(span.start);
        cuts.insert(span.end);
        if let Some(a) = a {
            if c.span.contains(a.cue) {
                cuts.insert(a.cue.start);
                cuts.insert(a.cue.end);
            }
        }
    }
    let cue_spans: Vec<Span> = r
        .claims
        .iter()
        .filter_map(|c| c.attribution(at).map(|a| a.cue))
        .collect();
    for f in &r.findings {
        for s in f.local() {
            cuts.insert(s.span.start);
            cuts.insert(s.span.end);
        }
    }
    for p in &doc.paragraphs {
        cuts.insert(p.start);
        cuts.insert(p.end);
        let _ = write!(out, "<p>");
        let points: Vec<usize> = cuts.range(p.start..=p.end).copied().collect();
        let mut anchored: BTreeSet<(usize, usize)> = BTreeSet::new();
        for w in points.windows(2) {
            let seg = Span::new(w[0], w[1]);
            if seg.is_empty() {
                continue;
            }
            let text = doc.clean_text(seg);
            let raw = &doc.prose[seg.start..seg.end];
            // Keep the white space at the edges of a segment that clean_text trims.
            // (Not before closing punctuation: markup blanked before a full
            // stop is not a space the writer put there.)
            let closes = text.starts_with(['.', ',', ';', ':', '!', '?', ')', ']', '”', '’']);
            let lead = if raw.starts_with(char::is_whitespace) && !closes {
                " "
            } else {
                ""
            };
            let trail = if raw.ends_with(char::is_whitespace) && !text.is_empty() {
                " "
            } else {
                ""
            };
            let mut m = Marks::default();
            if let Some((_, source, id)) =
                claim_spans.iter().rev().find(|(s, _, _)| s.contains(seg))
            {
                m.claim_source = *source;
                m.claim_id = Some(id.clone());
            }
            m.cue = cue_spans.iter().any(|c| c.contains(seg));
            for (k, f) in r.findings.iter().enumerate() {
                for (j, s) in f.local().enumerate() {
                    if s.span.contains(seg) {
                        m.findings.push((k * 100 + j, f.severity));
                    }
                }
            }
            let mut open = String::new();
            let mut close = String::new();
            if let Some(id) = &m.claim_id {
                let style = match m.claim_source {
                    Some(s) => format!(" style=\"background: {}\"", colour(s)),
                    None => " style=\"background: #eee\"".to_string(),
                };
                let title = match m.claim_source {
                    Some(s) => format!("{id}: {}", at.sources[s].name),
                    None => format!("{id}: no source named"),
                };
                let _ = write!(
                    open,
                    "<span class=\"claim\" data-claim=\"{id}\" title=\"{}\"{style}>",
                    xml_escape(&title)
                );
                close.insert_str(0, "</span>");
            }
            if m.cue {
                open.push_str("<span class=\"cue\">");
                close.insert_str(0, "</span>");
            }
            for (key, sev) in &m.findings {
                let (k, j) = (key / 100, key % 100);
                let id = if anchored.insert((k, j)) {
                    format!(" id=\"f{n}-{k}-{j}\"")
                } else {
                    String::new()
                };
                let _ = write!(
                    open,
                    "<mark class=\"finding {}\"{id}>",
                    severity_class(*sev)
                );
                close.insert_str(0, "</mark>");
            }
            let _ = write!(out, "{lead}{open}{}{close}{trail}", xml_escape(&text));
        }
        let _ = writeln!(out, "</p>");
    }
    let _ = writeln!(out, "</div>\n</section>");
}

fn file_side(out: &mut String, r: &FileReport, n: usize) {
    let doc = r.doc();
    let at: &Attributions = &r.attributions;
    let _ = write!(
        out,
        "<section class=\"side\" id=\"side{n}\">\n<h2>{}</h2>\n",
        xml_escape(&doc.path)
    );

    // Findings, each linked to its spans.
    let _ = writeln!(out, "<h3>Findings ({})</h3>", r.findings.len());
    if r.findings.is_empty() {
        let _ = writeln!(out, "<p class=\"muted\">No findings.</p>");
    } else {
        let _ = writeln!(out, "<ol class=\"findings\">");
        for (k, f) in r.findings.iter().enumerate() {
            let _ = write!(
                out,
                "<li class=\"finding-item\"><span class=\"sev {}\">{}</span> <code>{}</code> {}<div class=\"spans\">",
                severity_class(f.severity),
                f.severity.as_str(),
                xml_escape(&f.rule),
                xml_escape(&f.message)
            );
            for (j, s) in f.local().enumerate() {
                let g = Region::of(doc, s.span);
                let _ = write!(
                    out,
                    "<a href=\"#f{n}-{k}-{j}\">{}:{} «{}» — {}</a>",
                    g.start_line,
                    g.start_column,
                    xml_escape(&doc.clean_text(s.span)),
                    xml_escape(&s.label)
                );
            }
            let _ = writeln!(out, "</div></li>");
        }
        let _ = writeln!(out, "</ol>");
    }
    if !r.suppressed.is_empty() || r.baselined > 0 {
        let _ = writeln!(
            out,
            "<p class=\"muted\">{} suppressed by comments, {} already in the baseline.</p>",
            r.suppressed.len(),
            r.baselined
        );
    }

    // Sources.
    let _ = write!(out, "<h3>Sources ({})</h3>\n<table class=\"sources\"><tr><th>source</th><th>kind</th><th>affiliation</th><th>claims</th></tr>\n", at.sources.len());
    for (k, s) in at.sources.iter().enumerate() {
        let count = r
            .claims
            .iter()
            .filter(|c| c.attribution(at).is_some_and(|a| a.sources.contains(&k)))
            .count();
        let aliases = if s.aliases.is_empty() {
            String::new()
        } else {
            format!(
                "<br/><span class=\"muted\">also {}</span>",
                xml_escape(&s.aliases.join(", "))
            )
        };
        let role = s.role.as_ref().map_or(String::new(), |r| {
            format!(" <span class=\"muted\">({})</span>", xml_escape(r))
        });
        let aff = s
            .affiliation
            .map_or(String::new(), |a| xml_escape(&at.sources[a].name));
        let _ = writeln!(
            out,
            "<tr class=\"source\"><td><span class=\"swatch\" style=\"background: {}\"></span>{}{role}{aliases}</td><td>{}</td><td>{aff}</td><td>{count}</td></tr>",
            colour(k),
            xml_escape(&s.name),
            s.kind.as_str()
        );
    }
    let _ = writeln!(out, "</table>");

    // Timeline of dated events.
    let mut events: Vec<(
        chrono::NaiveDate,
        Option<chrono::NaiveDate>,
        String,
        String,
        String,
    )> = Vec::new();
    for c in &r.claims {
        for t in &c.times {
            if let Some(start) = t.start {
                let who = c
                    .attribution(at)
                    .and_then(|a| a.source)
                    .map_or("no source named".to_string(), |s| {
                        at.sources[s].name.clone()
                    });
                events.push((
                    start,
                    t.end.filter(|e| *e != start),
                    doc.clean_text(t.span),
                    c.text.clone(),
                    who,
                ));
            }
        }
    }
    events.sort_by_key(|e| (e.0, e.1));
    let _ = writeln!(out, "<h3>Timeline ({})</h3>", events.len());
    if events.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"muted\">No dated events (give --date to place relative times).</p>"
        );
    } else {
        let _ = writeln!(
            out,
            "<table class=\"timeline\"><tr><th>when</th><th>what</th><th>who says</th></tr>"
        );
        for (start, end, written, text, who) in &events {
            let when = match end {
                Some(e) => format!("{start} – {e}"),
                None => start.to_string(),
            };
            let short: String = text.chars().take(110).collect();
            let _ = writeln!(
                out,
                "<tr><td>{when}<br/><span class=\"muted\">{}</span></td><td>{}</td><td>{}</td></tr>",
                xml_escape(written),
                xml_escape(&short),
                xml_escape(who)
            );
        }
        let _ = writeln!(out, "</table>");
    }

    // The events placed on the calendar, as a strip.
    out.push_str(&strip(r));

    // The source–claim graph.
    let _ = writeln!(out, "<h3>Who says what</h3>");
    out.push_str(&graph_svg(r));
    let _ = writeln!(out, "</section>");
}

/// The article's resolved events as a timeline strip: one row a event, its
/// bar placed by date (left: the earliest start; width: to the latest start
/// or end), labelled with its key, its dates and who says it.
fn strip(r: &FileReport) -> String {
    let mut out = String::new();
    if r.timeline.is_empty() {
        return out;
    }
    let day = crate::graph::temporal::day_number;
    let right = |e: &crate::graph::temporal::ResolvedEvent| {
        day(e.latest_end.unwrap_or(e.latest_start).max(e.latest_start))
    };
    let first = r
        .timeline
        .iter()
        .map(|e| day(e.earliest_start))
        .min()
        .unwrap_or(0);
    let last = r.timeline.iter().map(right).max().unwrap_or(first);
    // A day more on each side, so that a one-day event has a width.
    let (lo, span) = (first, (last - first + 1).max(1) as f64);
    let pct = |d: i64| (d - lo) as f64 / span * 100.0;
    let date = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    let _ = writeln!(
        out,
        "<h3>Events on the calendar ({})</h3>\n<div class=\"strip-axis\" aria-hidden=\"true\"><span>{}</span><span>{}</span></div>\n<ol class=\"strip\" aria-label=\"the events on the calendar, earliest first\">",
        r.timeline.len(),
        date(r.timeline.iter().map(|e| e.earliest_start).min().unwrap_or_default()),
        crate::graph::temporal::date_of_day(last).map_or(String::new(), date)
    );
    for e in &r.timeline {
        let when = if e.earliest_start == e.latest_start {
            date(e.earliest_start)
        } else {
            format!("{} … {}", date(e.earliest_start), date(e.latest_start))
        };
        let ends = match (e.earliest_end, e.latest_end) {
            (Some(a), Some(b)) if (a, b) != (e.earliest_start, e.latest_start) => {
                if a == b {
                    format!(", ended {}", date(a))
                } else {
                    format!(", ended {} … {}", date(a), date(b))
                }
            }
            _ => String::new(),
        };
        let who = e.sources.join(", ");
        let title = format!("{}: «{}» {when}{ends} — {who}", e.key, e.text);
        let left = pct(day(e.earliest_start));
        let width = (pct(right(e) + 1) - left).max(0.5);
        // The label stays inside the strip: past the middle it ends at the bar's end.
        let place = if left > 50.0 {
            format!("right: {:.2}%", (100.0 - left - width).max(0.0))
        } else {
            format!("left: {left:.2}%")
        };
        let _ = writeln!(
            out,
            "<li class=\"mark\" title=\"{}\" data-start=\"{}\" data-end=\"{}\"><span class=\"bar\" style=\"left: {left:.2}%; width: {width:.2}%\"></span><span class=\"mark-text\" style=\"{place}\"><b>{}</b> {}{} <span class=\"muted\">({})</span></span></li>",
            xml_escape(&title),
            date(e.earliest_start),
            date(e.latest_start),
            xml_escape(&e.key),
            xml_escape(&when),
            xml_escape(&ends),
            xml_escape(&who)
        );
    }
    let _ = writeln!(out, "</ol>");
    out
}

/// Sources on the left, claims on the right, a line for each "said by".
fn graph_svg(r: &FileReport) -> String {
    let at = &r.attributions;
    let attributed: Vec<(usize, &crate::claims::Claim)> = r
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.attribution(at).is_some_and(|a| !a.sources.is_empty()))
        .collect();
    let rows = at.sources.len().max(attributed.len()).max(1);
    let height = 24 * rows + 20;
    let mut svg = format!(
        "<svg class=\"graph\" role=\"img\" aria-label=\"sources and their claims\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 420 {height}\" width=\"100%\">\n"
    );
    let sy = |k: usize| 20 + 24 * k;
    let cy = |k: usize| 20 + 24 * k;
    for (row, (_, c)) in attributed.iter().enumerate() {
        if let Some(a) = c.attribution(at) {
            for &s in &a.sources {
                let _ = writeln!(
                    svg,
                    "<line x1=\"150\" y1=\"{}\" x2=\"290\" y2=\"{}\" stroke=\"#888\" stroke-width=\"1.2\"/>",
                    sy(s),
                    cy(row)
                );
            }
        }
    }
    for (k, s) in at.sources.iter().enumerate() {
        let name: String = s.name.chars().take(22).collect();
        let _ = writeln!(
            svg,
            "<circle cx=\"150\" cy=\"{}\" r=\"7\" fill=\"{}\" stroke=\"#555\"/><text x=\"140\" y=\"{}\" text-anchor=\"end\">{}</text>",
            sy(k),
            colour(k),
            sy(k) + 4,
            xml_escape(&name)
        );
    }
    for (row, (_, c)) in attributed.iter().enumerate() {
        let label = match c.quantities.first() {
            Some(q) => format!("{} · {}", c.id, q.low.map_or("?".to_string(), number)),
            None => c.id.clone(),
        };
        let _ = writeln!(
            svg,
            "<rect x=\"290\" y=\"{}\" width=\"9\" height=\"9\" fill=\"#fff\" stroke=\"#555\"/><text x=\"305\" y=\"{}\">{}</text>",
            cy(row) - 4,
            cy(row) + 4,
            xml_escape(&label)
        );
    }
    svg.push_str("</svg>\n");
    svg
}
