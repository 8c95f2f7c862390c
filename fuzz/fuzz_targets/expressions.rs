//! The quantity and time parsers on any text, with and without a reference
//! date: intervals keep low <= high and spans stay inside the text.
#![no_main]

use chrono::NaiveDate;
use crosscheck::text::Span;
use crosscheck::expressions::{find, Lexicon};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    let lexicon = LEXICON.get_or_init(Lexicon::builtin);
    for date in [None, NaiveDate::from_ymd_opt(2019, 2, 20)] {
        let found = find(text, Span::new(0, text.len()), date, lexicon);
        for q in &found.quantities {
            assert!(q.span.end <= text.len());
            if let (Some(l), Some(h)) = (q.low, q.high) {
                assert!(l <= h, "{l} > {h} in {text:?}");
            }
        }
        for t in &found.times {
            assert!(t.span.end <= text.len());
            if let (Some(s), Some(e)) = (t.start, t.end) {
                assert!(s <= e, "{s} > {e} in {text:?}");
            }
        }
    }
});
