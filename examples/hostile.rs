//! Writes the large hostile inputs of the robustness benchmarks
//! (`benches/support/hostile_inputs.rs` says what they are) into a directory, each of
//! about the size given in megabytes, made from the project's fixtures and
//! any JSON Lines files with a `text` field, as `corpus` takes. Nothing it
//! writes is committed.
//!
//!     cargo run --release --example hostile -- OUT_DIR MEGABYTES [FILE.jsonl ...]

use std::io::BufRead;
use std::path::{Path, PathBuf};

#[path = "../benches/support/hostile_inputs.rs"]
mod hostile_inputs;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: hostile OUT_DIR MEGABYTES [FILE.jsonl ...]";
    let out = PathBuf::from(args.next().ok_or(usage)?);
    let megabytes: f64 = args.next().ok_or(usage)?.parse()?;
    let size = (megabytes * 1_000_000.0) as usize;
    let mut texts: Vec<String> = Vec::new();
    hostile_inputs::fixtures(
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
    std::fs::create_dir_all(&out)?;
    for (name, bytes) in hostile_inputs::hostile_inputs(&texts, size) {
        std::fs::write(out.join(name), &bytes)?;
        println!("{name}: {} bytes", bytes.len());
    }
    Ok(())
}
