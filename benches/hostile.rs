//! The check on hostile input at growing sizes (1, 2 and 4 MB of each kind
//! `support/inputs.rs` makes), with divan: each input is decoded, checked
//! and reported as JSON as the binary would, and a kind whose time per
//! megabyte stays flat from 1 to 4 MB is handled in linear time. Inputs the
//! check refuses (NUL bytes, invalid UTF-8) are timed to their refusal.
//!
//!     cargo bench --bench hostile
//!
//! Figures, and runs of the binary on 100 MB, are in docs/performance.md.

use std::path::Path;

use crosscheck::check::check_text;
use crosscheck::document::{decode, Format};
use crosscheck::rules::RuleSet;
use divan::counter::BytesCount;
use divan::Bencher;

#[path = "support/inputs.rs"]
mod inputs;

fn main() {
    divan::main();
}

const KINDS: &[&str] = &[
    "one-line.txt",
    "one-line-no-stops.txt",
    "one-word-sentences.txt",
    "controls.txt",
    "invalid-utf8.txt",
    "line-ends.txt",
    "scripts.txt",
    "deep-quotes.md",
    "deep-lists.md",
    "unclosed.html",
    "long-numbers.txt",
];

fn input(kind: &str, megabytes: usize) -> Vec<u8> {
    let mut texts = Vec::new();
    inputs::fixtures(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"),
        false,
        &mut texts,
    );
    inputs::hostile_inputs(&texts, megabytes * 1_000_000)
        .into_iter()
        .find(|(name, _)| *name == kind)
        .map(|(_, bytes)| bytes)
        .expect("a kind hostile_inputs makes")
}

#[divan::bench(consts = [1, 2, 4], args = KINDS, sample_count = 3, sample_size = 1)]
fn check<const MB: usize>(bencher: Bencher, kind: &str) {
    let rules = RuleSet::builtin();
    let bytes = input(kind, MB);
    let format = Format::from_path(Path::new(kind)).unwrap_or(Format::Plain);
    bencher
        .counter(BytesCount::new(bytes.len()))
        .with_inputs(|| bytes.clone())
        .bench_values(|bytes| match decode(kind, bytes) {
            Ok(text) => {
                let report = check_text(kind, format, text, None, &rules);
                crosscheck::report::json::render(std::slice::from_ref(&report)).len()
            }
            Err(e) => e.message.len(),
        });
}
