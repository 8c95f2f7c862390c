//! The date an article states about itself: front matter or HTML metadata
//! (handed over by the readers), else a dateline near the top — a short line
//! holding a full date ("February 20, 2019", "Published 20 Feb 2019"), or a
//! wire dateline opening the first paragraphs ("BAGHOUZ, Syria, Feb. 20, 2019
//! (Reuters) -"). Only full dates (with a year) count: a reference date that
//! is a guess would mislead every relative time in the report.

use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

use super::span::Span;
use crate::calendar;

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

fn full_date() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // Word boundaries are ASCII ones (`(?-u:\b)`): a date's edges are
        // ASCII digits and letters, and a Unicode boundary keeps the regex
        // from its fast DFA search, which this pattern runs on the head of
        // every article.
        let pattern = format!(
            r"(?i)(?-u:\b)(?:(?P<iso>(?P<y1>\d{{4}})-(?P<m1>\d{{2}})-(?P<d1>\d{{2}}))(?:T|(?-u:\b))|(?P<mon2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})(?-u:\b)|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon3>{MONTH}),?\s+(?P<y3>\d{{4}})(?-u:\b))"
        );
        Regex::new(&pattern).expect("date pattern is valid")
    })
}

/// Parses a date written on its own: ISO (with an optional time after it),
/// "February 20, 2019", "20 February 2019", "Wednesday, Feb. 20, 2019".
pub fn parse_date_text(text: &str) -> Option<NaiveDate> {
    let caps = full_date().captures(text)?;
    date_of(&caps)
}

fn date_of(caps: &regex::Captures) -> Option<NaiveDate> {
    if caps.name("iso").is_some() {
        let y = caps["y1"].parse().ok()?;
        let m = caps["m1"].parse().ok()?;
        let d = caps["d1"].parse().ok()?;
        return NaiveDate::from_ymd_opt(y, m, d);
    }
    let (mon, day, year) = if caps.name("mon2").is_some() {
        (&caps["mon2"], &caps["d2"], &caps["y2"])
    } else {
        (&caps["mon3"], &caps["d3"], &caps["y3"])
    };
    NaiveDate::from_ymd_opt(year.parse().ok()?, calendar::month(mon)?, day.parse().ok()?)
}

/// Whether `head` may hold a date the pattern reads: every form has a year
/// of four digits. Most paragraphs have none, and the pattern's search with
/// its captures cost more than the rest of an article's document stage.
/// (`\d` is any Unicode digit, so a head that is not ASCII is always
/// searched.)
fn may_hold_year(head: &str) -> bool {
    if !head.is_ascii() {
        return true;
    }
    let mut run = 0;
    for b in head.bytes() {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return true;
        }
    }
    false
}

/// Looks for a dateline in the first paragraphs of the prose view.
pub fn find(prose: &str, paragraphs: &[Span]) -> Option<NaiveDate> {
    for paragraph in paragraphs.iter().take(4) {
        let text = &prose[paragraph.start..paragraph.end];
        let head_len = text.char_indices().nth(160).map_or(text.len(), |(i, _)| i);
        let head = &text[..head_len];
        if !may_hold_year(head) {
            continue;
        }
        let Some(caps) = full_date().captures(head) else {
            continue;
        };
        let whole = caps.get(0)?;
        let short_line = text.len() <= 100 && text.lines().count() <= 2;
        let before = head[..whole.start()].to_ascii_lowercase();
        let after = &head[whole.end()..];
        let stamp = [
            "published",
            "updated",
            "posted",
            "date",
            "dated",
            "first published",
        ]
        .iter()
        .any(|w| before.trim_end_matches([':', ' ']).ends_with(w));
        let wire = whole.start() < 80
            && (after.trim_start().starts_with('(')
                || after.trim_start().starts_with('—')
                || after.trim_start().starts_with('–')
                || after.trim_start().starts_with("- ")
                || after.trim_start().starts_with("/"));
        if short_line || stamp || wire {
            return date_of(&caps);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn stated_dates() {
        assert_eq!(parse_date_text("2019-02-20T10:00:00Z"), d(2019, 2, 20));
        assert_eq!(parse_date_text("Wednesday, Feb. 20, 2019"), d(2019, 2, 20));
        assert_eq!(parse_date_text("20 February 2019"), d(2019, 2, 20));
        assert_eq!(parse_date_text("February 30, 2019"), None);
    }

    #[test]
    fn datelines() {
        let cases = [
            ("Headline\n\nFebruary 20, 2019\n\nBody text.", d(2019, 2, 20)),
            ("BAGHOUZ, Syria, Feb. 20, 2019 (Reuters) - Fighters left.", d(2019, 2, 20)),
            ("Published: 20 February 2019 by staff", d(2019, 2, 20)),
            ("The war began on March 15, 2011 and has not ended; it has cost many lives in the years since then, far more than anyone at the time expected.", None),
        ];
        for (text, expected) in cases {
            let paragraphs: Vec<Span> = text
                .split("\n\n")
                .scan(0, |pos, p| {
                    let start = *pos;
                    *pos += p.len() + 2;
                    Some(Span::new(start, start + p.len()))
                })
                .collect();
            assert_eq!(find(text, &paragraphs), expected, "{text}");
        }
    }

    /// The gate lets through every head the pattern matches in: a year of
    /// four ASCII digits, or any text that is not ASCII (its digits may be
    /// Unicode ones).
    #[test]
    fn the_year_gate_keeps_every_head_the_pattern_matches() {
        for head in [
            "Feb. 20, 2019 (Reuters)",
            "2019-02-20",
            "On 20 February 2019",
            "12345",
            "“Feb. 20, ٢٠١٩”",
            "No year: Feb. 20",
            "Route 66, 123 and 45",
            "",
        ] {
            if full_date().is_match(head) {
                assert!(may_hold_year(head), "{head}");
            }
        }
        assert!(!may_hold_year("Feb. 20, 201"));
        assert!(!may_hold_year("1 22 333 4-444"));
        assert!(may_hold_year("x1234y"));
        assert!(may_hold_year("é"));
    }
}
