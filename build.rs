//! Reads the built-in rule files (`rules/*.toml`) at build time and writes
//! each as JSON to `OUT_DIR`, where `rules::RuleSet::builtin` embeds it: TOML
//! took more than half of a run's start-up work on every run, JSON is read in
//! a fraction of it. The TOML files stay the source; a `--rules DIR` is still
//! read as TOML (with line and column in its errors), and a test holds the
//! embedded set equal to the TOML one.

use std::path::Path;

fn main() {
    let rules = Path::new("rules");
    println!("cargo:rerun-if-changed=rules");
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    let mut entries: Vec<_> = std::fs::read_dir(rules)
        .expect("the rules directory is readable")
        .map(|e| e.expect("a readable rules entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    entries.sort();
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("a readable rule file");
        let value: serde_json::Value = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", path.display()));
        let json = serde_json::to_string(&value).expect("a TOML value is JSON");
        let name = path.with_extension("json");
        let name = name.file_name().expect("a file name");
        std::fs::write(out.join(name), json).expect("OUT_DIR is writable");
    }
}
