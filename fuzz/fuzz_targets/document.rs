//! The document reader on any bytes: decoding (BOM, UTF-16, invalid UTF-8 are
//! input errors, never panics), then the prose view and sentences of plain
//! text, Markdown and HTML, whose spans must lie on character boundaries.
#![no_main]

use crosscheck::document::{decode, Document, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = decode("fuzz.txt", data.to_vec()) else {
        return;
    };
    for format in [Format::Plain, Format::Markdown, Format::Html] {
        let doc = Document::parse("fuzz", format, text.clone());
        assert_eq!(doc.prose.len(), doc.text.len());
        for s in &doc.sentences {
            assert!(s.span.start <= s.span.end && s.span.end <= doc.text.len());
            assert!(doc.text.is_char_boundary(s.span.start));
            assert!(doc.text.is_char_boundary(s.span.end));
        }
    }
});
