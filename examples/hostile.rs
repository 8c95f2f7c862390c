//! Writes the large hostile inputs of the robustness benchmarks
//! (`benches/support/inputs.rs` says what they are) into a directory, each of
//! about the size given in megabytes, made from the project's fixtures and
//! any JSON Lines files with a `text` field, as `corpus` takes. Nothing it
//! writes is committed.
//!
//!     cargo run --release --example hostile -- OUT_DIR MEGABYTES [FILE.jsonl ...]

use std::path::PathBuf;

#[path = "../benches/support/inputs.rs"]
mod inputs;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: hostile OUT_DIR MEGABYTES [FILE.jsonl ...]";
    let out = PathBuf::from(args.next().ok_or(usage)?);
    let megabytes: f64 = args.next().ok_or(usage)?.parse()?;
    let size = (megabytes * 1_000_000.0) as usize;
    let texts = inputs::texts(false, args)?;
    std::fs::create_dir_all(&out)?;
    for (name, bytes) in inputs::hostile_inputs(&texts, size) {
        std::fs::write(out.join(name), &bytes)?;
        println!("{name}: {} bytes", bytes.len());
    }
    Ok(())
}
