//! Writes a benchmark corpus of a given size from public text the project
//! may use: the project's fixtures and, when given, JSON Lines files with a
//! `text` field (ContraDoc, Apache-2.0, at ../shared/eval/contradiction/;
//! the de Marneffe pairs or PolNeAR converted into /tmp as
//! ../shared/eval/README.md says). Articles are written round-robin, one file
//! each, until the size is reached. Nothing it writes is committed.
//!
//!     cargo run --release --example corpus -- OUT_DIR MEGABYTES [FILE.jsonl ...]

use std::io::BufRead;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: corpus OUT_DIR MEGABYTES [FILE.jsonl ...]";
    let out = PathBuf::from(args.next().ok_or(usage)?);
    let megabytes: f64 = args.next().ok_or(usage)?.parse()?;
    let mut texts: Vec<String> = Vec::new();
    fixtures(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"),
        &mut texts,
    );
    for path in args {
        let file = std::io::BufReader::new(std::fs::File::open(&path)?);
        for line in file.lines() {
            let value: serde_json::Value = serde_json::from_str(&line?)?;
            if let Some(text) = value.get("text").and_then(|t| t.as_str()) {
                texts.push(text.to_string());
            }
        }
    }
    if texts.is_empty() {
        return Err("no articles to write".into());
    }
    std::fs::create_dir_all(&out)?;
    let target = (megabytes * 1_000_000.0) as usize;
    let (mut written, mut n) = (0usize, 0usize);
    while written < target {
        let text = &texts[n % texts.len()];
        std::fs::write(out.join(format!("a{n:08}.txt")), text)?;
        written += text.len();
        n += 1;
    }
    eprintln!("wrote {n} articles, {written} bytes, to {}", out.display());
    Ok(())
}

fn fixtures(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            fixtures(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            if let Ok(t) = std::fs::read_to_string(&p) {
                out.push(t);
            }
        }
    }
}
