//! Writes a benchmark corpus of a given size from public text the project
//! may use: the project's fixtures and, when given, JSON Lines files with a
//! `text` field (ContraDoc, Apache-2.0, at ../shared/eval/contradiction/;
//! the de Marneffe pairs or PolNeAR converted into /tmp as
//! ../shared/eval/README.md says). Articles are written round-robin, one file
//! each, until the size is reached. Nothing it writes is committed.
//!
//!     cargo run --release --example corpus -- OUT_DIR MEGABYTES [FILE.jsonl ...]

use std::path::PathBuf;

#[path = "../benches/support/inputs.rs"]
mod inputs;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: corpus OUT_DIR MEGABYTES [FILE.jsonl ...]";
    let out = PathBuf::from(args.next().ok_or(usage)?);
    let megabytes: f64 = args.next().ok_or(usage)?.parse()?;
    let texts = inputs::texts(true, args)?;
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
