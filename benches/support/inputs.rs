//! Texts for the benchmarks and the corpus generators (shared by
//! `benches/hostile.rs`, `examples/hostile.rs` and `examples/corpus.rs`):
//! the project's fixtures and JSON Lines corpora read into memory, and the
//! hostile inputs of the robustness benchmarks made from them. Each is about `size` bytes: the sample texts run together on
//! one line, with and without full stops; "Yes. " over and over (a million
//! one-word sentences per 5 MB); control characters and NUL bytes; invalid
//! UTF-8 in the middle; CRLF and lone CR line ends; right-to-left,
//! combining characters and emoji; Markdown quotes and lists nested ten
//! thousand deep; HTML whose tags never close; numbers a thousand digits
//! long beside a date that does not exist (February 30).

use std::io::BufRead;
use std::path::{Path, PathBuf};

/// The project's fixtures (only the `.txt` ones when `plain_only`), then the
/// `text` field of every line of the JSON Lines files given.
#[allow(dead_code)] // the hostile benchmark reads the fixtures only
pub fn texts(
    plain_only: bool,
    jsonl: impl IntoIterator<Item = String>,
) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    fixtures(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"),
        plain_only,
        &mut out,
    );
    for path in jsonl {
        let file = std::io::BufReader::new(std::fs::File::open(&path)?);
        for line in file.lines() {
            let value: serde_json::Value = serde_json::from_str(&line?)?;
            if let Some(text) = value.get("text").and_then(|t| t.as_str()) {
                out.push(text.to_string());
            }
        }
    }
    Ok(out)
}

/// Every hostile input, by file name, made from `texts`.
#[allow(dead_code)] // the corpus generator writes articles, not these
pub fn hostile_inputs(texts: &[String], size: usize) -> Vec<(&'static str, Vec<u8>)> {
    let prose = |f: &dyn Fn(&str) -> String| -> String {
        let mut s = String::with_capacity(size + 10_000);
        for t in texts.iter().cycle() {
            if s.len() >= size {
                break;
            }
            s.push_str(&f(t));
            s.push(' ');
        }
        s
    };
    let repeat = |unit: &str| unit.repeat(size / unit.len().max(1) + 1);
    vec![
        (
            "one-line.txt",
            prose(&|t| t.split_whitespace().collect::<Vec<_>>().join(" ")).into_bytes(),
        ),
        (
            "one-line-no-stops.txt",
            prose(&|t| {
                t.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .replace(['.', '!', '?', ';', ':'], "")
            })
            .into_bytes(),
        ),
        ("one-word-sentences.txt", repeat("Yes. ").into_bytes()),
        (
            "controls.txt",
            prose(&|t| t.replace(". ", ".\u{0}\u{7}\u{1b} ").replace(", ", ",\u{c}\u{0} "))
                .into_bytes(),
        ),
        ("invalid-utf8.txt", {
            let mut b = prose(&|t| t.to_string()).into_bytes();
            let mid = b.len() / 2;
            b.insert(mid, 0xC3);
            b.insert(mid + 1, 0x28);
            b
        }),
        (
            "line-ends.txt",
            prose(&|t| t.replace(". ", ".\r\n").replace(", ", ",\r")).into_bytes(),
        ),
        (
            "scripts.txt",
            repeat("قال المتحدث إن 300 شخص غادروا يوم الثلاثاء. e\u{301}\u{301}\u{301} 5 caf\u{65}\u{301}s left. 🎉🇸🇾 15 trucks 👨‍👩‍👧 left on Monday, the army said. ")
                .into_bytes(),
        ),
        ("deep-quotes.md", {
            let block = ">".repeat(10_000) + " More than 300 people left, the army said.\n\n";
            repeat(&block).into_bytes()
        }),
        ("deep-lists.md", {
            let block: String = (0..10_000)
                .map(|k| format!("{}- item {k}: 300 people left\n", " ".repeat(2 * (k % 200))))
                .collect();
            repeat(&block).into_bytes()
        }),
        (
            "unclosed.html",
            repeat("<div><p><b><i>About 300 fighters left, the army said. ").into_bytes(),
        ),
        ("long-numbers.txt", {
            let n = "9".repeat(1000);
            repeat(&format!("More than {n} people left on February 30, 2019. ")).into_bytes()
        }),
    ]
}

/// The texts of every file under `dir` (only `.txt` when `plain_only`), in
/// path order.
pub fn fixtures(dir: &Path, plain_only: bool, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            fixtures(&path, plain_only, out);
        } else if plain_only && path.extension().is_none_or(|x| x != "txt") {
            continue;
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            out.push(text);
        }
    }
}
