//! The date an article states about itself: front matter or HTML metadata
//! (handed over by the readers), else a dateline near the top — a short line
//! holding a full date ("February 20, 2019", "Published 20 Feb 2019"), or a
//! wire dateline opening the first paragraphs ("BAGHOUZ, Syria, Feb. 20, 2019
//! (Reuters) -"). Only full dates (with a year) count: a reference date that
//! is a guess would mislead every relative time in the report.

use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::calendar;
use crate::text::span::Span;

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
    date_of(&first_date(text)?)
}

/// A full date found in a text: where it is, and its parts as written.
#[derive(Debug, PartialEq)]
struct DateMatch<'t> {
    start: usize,
    end: usize,
    /// Year, month and day: digits, or the month's name.
    year: &'t str,
    month: &'t str,
    day: &'t str,
    iso: bool,
}

/// The first full date in `text`, as `full_date` finds it. The pattern is
/// read by hand (compiling it cost as much as checking a hundred short
/// articles); the regular expression still reads a text with a character
/// the hand reading does not take as the pattern does (a digit other than
/// ASCII's, or the long s and Kelvin sign that case folding makes `s` and
/// `k`). A test holds the two to each other.
fn first_date(text: &str) -> Option<DateMatch<'_>> {
    if text
        .chars()
        .any(|c| !c.is_ascii() && (c.is_numeric() || matches!(c, 'ſ' | 'K')))
    {
        return full_date().captures(text).map(|caps| captured(&caps));
    }
    let bytes = text.as_bytes();
    (0..bytes.len())
        .filter(|&i| bytes[i].is_ascii_alphanumeric() && (i == 0 || !is_word_byte(bytes[i - 1])))
        .find_map(|i| {
            iso_at(text, i)
                .or_else(|| month_first_at(text, i))
                .or_else(|| day_first_at(text, i))
        })
}

fn captured<'t>(caps: &regex::Captures<'t>) -> DateMatch<'t> {
    let whole = caps.get(0).map_or(0..0, |m| m.range());
    let part = |name: &str| caps.name(name).map_or("", |m| m.as_str());
    let (year, month, day, iso) = if caps.name("iso").is_some() {
        (part("y1"), part("m1"), part("d1"), true)
    } else if caps.name("mon2").is_some() {
        (part("y2"), part("mon2"), part("d2"), false)
    } else {
        (part("y3"), part("mon3"), part("d3"), false)
    };
    DateMatch {
        start: whole.start,
        end: whole.end,
        year,
        month,
        day,
        iso,
    }
}

/// An ASCII word byte, as `(?-u:\b)` tells words apart.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Whether a word boundary stands at `i` after a word byte.
fn ends_word(bytes: &[u8], i: usize) -> bool {
    bytes.get(i).is_none_or(|&b| !is_word_byte(b))
}

/// A run of `min..=max` ASCII digits at `i` (as many as there are, up to
/// `max`; a longer run is none): where it ends.
fn digits(bytes: &[u8], i: usize, min: usize, max: usize) -> Option<usize> {
    let n = bytes[i.min(bytes.len())..]
        .iter()
        .take(max)
        .take_while(|b| b.is_ascii_digit())
        .count();
    (n >= min).then_some(i + n)
}

/// White space (`\s+`, of any kind) at `i`: where it ends.
fn spaces(text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    let end = rest
        .char_indices()
        .find(|(_, c)| !c.is_whitespace())
        .map_or(rest.len(), |(k, _)| k);
    (end > 0).then_some(i + end)
}

/// "2019-02-20", with a "T" or a word's end after it.
fn iso_at(text: &str, i: usize) -> Option<DateMatch<'_>> {
    let b = text.as_bytes();
    let y = digits(b, i, 4, 4)?;
    let m = (b.get(y) == Some(&b'-')).then(|| digits(b, y + 1, 2, 2))??;
    let d = (b.get(m) == Some(&b'-')).then(|| digits(b, m + 1, 2, 2))??;
    let end = if matches!(b.get(d), Some(b'T' | b't')) {
        d + 1
    } else if ends_word(b, d) {
        d
    } else {
        return None;
    };
    Some(DateMatch {
        start: i,
        end,
        year: &text[i..y],
        month: &text[y + 1..m],
        day: &text[m + 1..d],
        iso: true,
    })
}

/// A month's name or abbreviation at `i`, with its point: where it ends.
fn month_name(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let lower = |k: usize| b.get(k).map(u8::to_ascii_lowercase);
    let has = |at: usize, s: &[u8]| s.iter().enumerate().all(|(k, &c)| lower(at + k) == Some(c));
    // Each name's short form and what may follow it, as the pattern's
    // alternation writes them (the longest form that is written wins).
    const NAMES: [(&[u8], &[&[u8]]); 12] = [
        (b"jan", &[b"uary"]),
        (b"feb", &[b"ruary"]),
        (b"mar", &[b"ch"]),
        (b"apr", &[b"il"]),
        (b"may", &[]),
        (b"jun", &[b"e"]),
        (b"jul", &[b"y"]),
        (b"aug", &[b"ust"]),
        (b"sep", &[b"tember", b"t", b"ember"]),
        (b"oct", &[b"ober"]),
        (b"nov", &[b"ember"]),
        (b"dec", &[b"ember"]),
    ];
    let (short, tails) = NAMES.iter().find(|(short, _)| has(i, short))?;
    let mut end = i + short.len();
    if let Some(tail) = tails.iter().find(|t| has(end, t)) {
        end += tail.len();
    }
    if b.get(end) == Some(&b'.') {
        end += 1;
    }
    Some(end)
}

/// "st", "nd", "rd" or "th" at `i`, in any case: where it ends.
fn ordinal(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i..i + 2) {
        Some([a, b])
            if matches!(
                [a.to_ascii_lowercase(), b.to_ascii_lowercase()],
                [b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h']
            ) =>
        {
            i + 2
        }
        _ => i,
    }
}

/// ",", if there is one at `i`: where it ends.
fn comma(bytes: &[u8], i: usize) -> usize {
    i + usize::from(bytes.get(i) == Some(&b','))
}

/// The year after a date's month or day: spaces, four digits, a word's end.
fn year_at(text: &str, i: usize) -> Option<(usize, usize)> {
    let y = spaces(text, comma(text.as_bytes(), i))?;
    let end = digits(text.as_bytes(), y, 4, 4)?;
    ends_word(text.as_bytes(), end).then_some((y, end))
}

/// "February 20, 2019", "Feb. 20th 2019".
fn month_first_at(text: &str, i: usize) -> Option<DateMatch<'_>> {
    let b = text.as_bytes();
    let m = month_name(text, i)?;
    let d = spaces(text, m)?;
    let d_end = digits(b, d, 1, 2)?;
    let (y, end) = year_at(text, ordinal(b, d_end))?;
    Some(written(text, i..end, y, i..m, d..d_end))
}

/// A date written with its month's name: the match `whole`, its year from
/// `year` to the match's end, its month and its day.
fn written(
    text: &str,
    whole: std::ops::Range<usize>,
    year: usize,
    month: std::ops::Range<usize>,
    day: std::ops::Range<usize>,
) -> DateMatch<'_> {
    DateMatch {
        start: whole.start,
        end: whole.end,
        year: &text[year..whole.end],
        month: &text[month],
        day: &text[day],
        iso: false,
    }
}

/// "20 February 2019", "20th Feb., 2019".
fn day_first_at(text: &str, i: usize) -> Option<DateMatch<'_>> {
    let b = text.as_bytes();
    let d_end = digits(b, i, 1, 2)?;
    let m = spaces(text, ordinal(b, d_end))?;
    let m_end = month_name(text, m)?;
    let (y, end) = year_at(text, m_end)?;
    Some(written(text, i..end, y, m..m_end, i..d_end))
}

fn date_of(found: &DateMatch) -> Option<NaiveDate> {
    let year = found.year.parse().ok()?;
    let day = found.day.parse().ok()?;
    let month = if found.iso {
        found.month.parse().ok()?
    } else {
        calendar::month(found.month)?
    };
    NaiveDate::from_ymd_opt(year, month, day)
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
        let Some(found) = first_date(head) else {
            continue;
        };
        let whole = found.start..found.end;
        let short_line = text.len() <= 100 && text.lines().count() <= 2;
        let before = head[..whole.start].to_ascii_lowercase();
        let after = &head[whole.end..];
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
        // ("Wundt (August 17, 1832 - August 31, 1920) was": a bracket's
        // dates are a life's span, no dateline.)
        let bracketed = before.trim_end().ends_with('(');
        let wire = whole.start < 80
            && !bracketed
            && (after.trim_start().starts_with('(')
                || after.trim_start().starts_with('—')
                || after.trim_start().starts_with('–')
                || after.trim_start().starts_with("- ")
                || after.trim_start().starts_with("/")
                // "NAIROBI, Kenya (Wire) — Monday, June 9, 2025: Teams …":
                // the date after the place's dash, set off by a colon.
                || after.starts_with(':')
                    && (before.contains('—') || before.contains('–') || before.contains(" - ")));
        if short_line || stamp || wire {
            return date_of(&found);
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
            ("Wilhelm Wundt (August 17, 1832 - August 31, 1920) was a German physiologist and psychologist who founded the first laboratory.", None),
            ("NAIROBI, Kenya (Wire) — Monday, June 9, 2025: Teams have vaccinated goats.", d(2025, 6, 9)),
            // (A colon after a date in a sentence is no dateline's.)
            ("The council met on June 9, 2025: it voted to close the riverside road to cars from next spring, after a long debate.", None),
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

    /// The hand reading finds what the pattern finds (where, and the parts
    /// as written) in texts made of dates' pieces, spaces, marks and
    /// words, in every case, at every offset.
    #[test]
    fn the_hand_reading_is_the_patterns() {
        let pieces = [
            "2019",
            "-",
            "02",
            "20",
            "1",
            "123",
            "T",
            "t",
            "Feb",
            "feb.",
            "February",
            "Sept",
            "Sep",
            "September",
            "Sepember",
            "Septembe",
            "May",
            "Mayday",
            "June",
            "Jun.",
            "mar",
            "March",
            "st",
            "TH",
            "nd",
            ",",
            " ",
            "  ",
            "\n",
            "\u{a0}",
            "\u{2003}",
            ".",
            "x",
            "_",
            "é",
            "—",
            "(",
            "20th",
            "2nd",
            "31st",
            "99",
            "20190",
            "2019-02-20",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            crate::xorshift(&mut seed);
            (seed % n as u64) as usize
        };
        for _ in 0..40_000 {
            let len = 1 + next(9);
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let by_pattern = full_date().captures(&text).map(|c| captured(&c));
            assert_eq!(first_date(&text), by_pattern, "{text:?}");
        }
        for text in [
            "Feb. 20, 2019 (Reuters)",
            "On 20th February, 2019 and",
            "2019-02-20T10:00",
            "x2019-02-20",
            "Published 20 Feb 2019",
            "Wednesday, Feb. 20, 2019",
            "Auguſt 5, 2019",
            "Feb. 20, ٢٠١٩",
        ] {
            let by_pattern = full_date().captures(text).map(|c| captured(&c));
            assert_eq!(first_date(text), by_pattern, "{text:?}");
        }
    }
}
