//! Reads the built-in rule files (`rules/*.toml`) and lexicon files
//! (`lexicon/*.toml`) at build time and writes each as JSON to `OUT_DIR`,
//! where `rules::RuleSet::builtin` embeds it: TOML took more than half of a
//! run's start-up work on every run, JSON is read in a fraction of it. The TOML files stay the source; a `--rules DIR` is still
//! read as TOML (with line and column in its errors), and a test holds the
//! embedded set equal to the TOML one.

use std::path::Path;

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    for folder in ["rules", "lexicon"] {
        embed(Path::new(folder), out);
    }
}

/// Writes every `.toml` file of `folder` to `out` as JSON of the same name.
fn embed(folder: &Path, out: &Path) {
    println!("cargo:rerun-if-changed={}", folder.display());
    let mut entries: Vec<_> = std::fs::read_dir(folder)
        .expect("the rules and lexicon directories are readable")
        .map(|e| e.expect("a readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    entries.sort();
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("a readable TOML file");
        let value: serde_json::Value = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", path.display()));
        let json = serde_json::to_string(&value).expect("a TOML value is JSON");
        let name = path.with_extension("json");
        let name = name.file_name().expect("a file name");
        std::fs::write(out.join(name), json).expect("OUT_DIR is writable");
    }
}
