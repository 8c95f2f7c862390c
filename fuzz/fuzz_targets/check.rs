//! The whole check on any text in every format, then every report: no panic,
//! every finding span inside the file on character boundaries.
#![no_main]

use chrono::NaiveDate;
use crosscheck::check::check_text;
use crosscheck::document::Format;
use crosscheck::rules::RuleSet;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    static RULES: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
    let rules = RULES.get_or_init(RuleSet::builtin);
    for format in [Format::Plain, Format::Markdown, Format::Html] {
        for date in [None, NaiveDate::from_ymd_opt(2019, 2, 20)] {
            let report = check_text("fuzz", format, text.to_string(), date, rules);
            for f in &report.findings {
                for s in &f.spans {
                    assert!(s.span.end <= text.len());
                    assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
                }
            }
            let reports = [report];
            let _ = crosscheck::report::json::render(&reports);
            let _ = crosscheck::report::pretty::render(&reports, true);
            let _ = crosscheck::check::graph_of(&reports, rules).to_dot();
        }
    }
});
