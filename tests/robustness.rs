//! Any text at all goes through the pipeline without a panic, and every span
//! it reports lies within the text on character boundaries.

use chrono::Datelike;
use crosscheck::check::check_text;
use crosscheck::document::Format;
use crosscheck::rules::RuleSet;
use proptest::prelude::*;

fn check_all_formats(text: &str) {
    let rules = RuleSet::builtin();
    for format in [Format::Plain, Format::Markdown, Format::Html] {
        let r = check_text(
            "p",
            format,
            text.to_string(),
            chrono::NaiveDate::from_ymd_opt(2019, 2, 20),
            &rules,
        );
        let ok = |s: crosscheck::text::Span| {
            s.start <= s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
        };
        for s in &r.doc().sentences {
            assert!(ok(s.span), "{format:?} sentence {:?}", s.span);
        }
        for c in &r.claims {
            assert!(ok(c.span));
            for q in &c.quantities {
                assert!(ok(q.span));
                if let (Some(l), Some(h)) = (q.low, q.high) {
                    assert!(l <= h, "{q:?} in {text:?}");
                }
            }
            for t in &c.times {
                assert!(ok(t.span));
                if let (Some(s), Some(e)) = (t.start, t.end) {
                    assert!(s <= e, "{t:?} in {text:?}");
                }
            }
        }
        // Attribution: cues, contents and mentions lie in the text, and every
        // source an attribution names exists.
        let at = &r.attributions;
        for a in &at.items {
            assert!(ok(a.cue) && ok(a.content), "{a:?} in {text:?}");
            assert!(a.source_span.is_none_or(ok));
            for &s in a.sources.iter().chain(a.source.iter()).chain(a.via.iter()) {
                assert!(s < at.sources.len());
            }
        }
        for s in &at.sources {
            assert!(s.mentions.iter().all(|&m| ok(m)));
            assert!(s.affiliation.is_none_or(|a| a < at.sources.len()));
        }
        for f in &r.findings {
            assert!(f.spans.iter().all(|l| ok(l.span)), "{f:?}");
        }
    }
}

/// Words the parsers care about, so random text exercises them.
const VOCABULARY: &[&str] = &[
    "said",
    "according",
    "to",
    "He",
    "They",
    "\u{201c}",
    "\u{201d}",
    "\"",
    "(SDF)",
    "Syrian",
    "Democratic",
    "Forces,",
    "a",
    "spokesman",
    "for",
    "cited",
    "its",
    "sources",
    "as",
    "saying",
    "reportedly",
    "Bali:",
    "\u{2015}",
    "more",
    "than",
    "around",
    "nearly",
    "150",
    "1,000",
    "-",
    "–",
    "1,500",
    "dozens",
    "of",
    "hundreds",
    "Tuesday",
    "February",
    "19",
    ",",
    "2019",
    "last",
    "week",
    "a",
    "few",
    "weeks",
    "ago",
    "since",
    "January",
    "in",
    "the",
    "$",
    "3.5",
    "bn",
    "%",
    "percent",
    "between",
    "and",
    "to",
    "or",
    "so",
    "more than",
    "at least",
    "up to",
    "U.S.",
    "Mr.",
    ".",
    "?",
    "\"",
    "“",
    "”",
    "&amp;",
    "<p>",
    "</p>",
    "<!--",
    "-->",
    "`",
    "```",
    "#",
    "*",
    "[",
    "](",
    ")",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "é",
    "🙂",
    "\u{200f}",
    "\u{301}",
    "\u{7f}",
    "half",
    "million",
    "twenty-five",
    "several",
    "militants",
    "people",
    "48-hour",
    "three-day",
    "early",
    "late",
    "mid-",
    "May",
    "9",
    "a.m.",
    "10:30",
    "19th",
    "aged",
    "25-year-old",
    "Resolution",
    "2254",
    "next",
    "this",
    "month",
    "year",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
        check_all_formats(&text);
    }

    #[test]
    fn news_like_text_never_panics(words in proptest::collection::vec(proptest::sample::select(VOCABULARY), 0..80)) {
        check_all_formats(&words.join(" "));
        check_all_formats(&words.concat());
    }
}

#[test]
fn pathological_inputs() {
    let long_number = "9".repeat(1000);
    let nested = ">".repeat(2000) + " deep";
    let list = "- ".repeat(2000) + "item";
    for text in [
        long_number.as_str(),
        &format!("More than {long_number} people left."),
        "February 30, 2019 was not a day.",
        "On Tuesday, February 29, 2019 nothing happened.",
        nested.as_str(),
        list.as_str(),
        "<p><b><i>unclosed",
        "&#x110000; &#0; &#xD800; &;",
        "\u{feff}\u{feff}BOM twice.",
        "...",
        "1.2.3.4 5,6,7 ,,, ..",
        "$ $ $ % %",
    ] {
        check_all_formats(text);
    }
}

/// Found by proptest: a count too large for the calendar ("9 bn weeks ago")
/// once overflowed chrono's date arithmetic.
#[test]
fn huge_relative_counts_are_not_dates() {
    let text = "Dinosaurs died out 66 million years ago. It began 9 bn weeks ago, and millions of years ago. In the last 150 million weeks it grew, and it will for the next 90 billion years.";
    let date = chrono::NaiveDate::from_ymd_opt(2019, 2, 20);
    let r = crosscheck::check::check_text(
        "t.txt",
        crosscheck::document::Format::Plain,
        text.to_string(),
        date,
        &crosscheck::rules::RuleSet::builtin(),
    );
    assert!(r
        .claims
        .iter()
        .flat_map(|c| &c.times)
        .all(|t| t.start.is_none() || t.start.unwrap().year() > 1000));
}

#[test]
fn a_figure_repeated_many_times_gives_findings_in_proportion() {
    // 300 sentences that each give another death toll for the same floods:
    // every figure conflicts with every other, but each takes part in one
    // finding at most, so the report grows with the article, not its square.
    let text: String = (0..300)
        .map(|k| format!("The floods killed {} people in the valley. ", 10 + k * 3))
        .collect();
    let report = check_text("many.txt", Format::Plain, text, None, &RuleSet::builtin());
    let conflicts = report
        .findings
        .iter()
        .filter(|f| f.rule == "figure-conflict")
        .count();
    assert!(conflicts > 0 && conflicts <= 150, "{conflicts} findings");
}

#[test]
fn an_expected_end_repeated_many_times_gives_findings_in_proportion() {
    // An ending hoped for "last week" and a standoff that "has lasted for
    // more than a week", 200 times over: the timeline network reports each
    // conflict once, its constraints set aside before the next is looked
    // for, and at most 32 an article (it had been every end against every
    // period, 40,000 findings).
    let pair = "The fighting will delay the declaration of the end of the siege that the \
                army were hoping to make last week. Hundreds of civilians left the town, \
                signalling a possible end to a standoff that has lasted for more than a week. ";
    let date = chrono::NaiveDate::from_ymd_opt(2019, 2, 20);
    let rules = RuleSet::builtin();
    let count = |n: usize| {
        let report = check_text("ends.txt", Format::Plain, pair.repeat(n), date, &rules);
        report
            .findings
            .iter()
            .filter(|f| f.rule == "timeline-conflict" && f.message.contains("expected to end"))
            .count()
    };
    assert_eq!(count(1), 1);
    let many = count(200);
    assert!((1..=32).contains(&many), "{many}");
}

/// Small versions of the inputs the speed-and-robustness issue lists (the
/// large ones belong to benchmarks): each is read in time linear in its size
/// and reported on character boundaries.
#[test]
fn hostile_inputs_in_small() {
    let one_word_sentences = "Yes. ".repeat(20_000);
    let controls: String = (0u8..32)
        .filter(|b| *b != b'\n')
        .map(|b| format!("Figure{} {}\u{0}", b as char, b))
        .collect();
    let line_ends = "The army left on Monday.\r\nIt came back.\rThen 300 people left.\n\r\n";
    let scripts = "قال المتحدث إن 300 شخص غادروا. e\u{301}\u{301}\u{301} 5 caf\u{65}\u{301}s. 🎉🇸🇾 15 trucks 👨‍👩‍👧 left.";
    let deep_quote = ">".repeat(10_000) + " 300 people left, the army said.";
    let deep_list: String = (0..2_000)
        .map(|k| format!("{}- item {k}\n", "  ".repeat(k)))
        .collect();
    let unclosed_html = "<div><p><b><i>".repeat(2_500) + "300 people left, the army said.";
    let long_line = "The floods killed 48 people, the governor said. ".repeat(5_000);
    // No full stop at all: found by a corpus run, where one such megabyte
    // once made every claim hold a copy of the whole "sentence".
    let no_stops = "the army said 300 people left on Monday and ".repeat(1_000);
    for text in [
        one_word_sentences.as_str(),
        controls.as_str(),
        line_ends,
        scripts,
        deep_quote.as_str(),
        deep_list.as_str(),
        unclosed_html.as_str(),
        long_line.as_str(),
        no_stops.as_str(),
    ] {
        check_all_formats(text);
    }
}

/// Every input a fuzz run found a crash on (`fuzz/regressions/<target>/`)
/// stays fixed: it goes through every format without a panic, and its
/// intervals keep low <= high.
#[test]
fn fuzz_regressions_stay_fixed() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let Ok(targets) = std::fs::read_dir(&root) else {
        return;
    };
    let mut seen = 0;
    for target in targets.flatten() {
        for file in std::fs::read_dir(target.path()).unwrap().flatten() {
            let bytes = std::fs::read(file.path()).unwrap();
            check_all_formats(&String::from_utf8_lossy(&bytes));
            seen += 1;
        }
    }
    assert!(seen > 0, "no regression inputs under {}", root.display());
}
