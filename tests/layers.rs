//! The pipeline's one-way flow, held by a test rather than by a cargo
//! workspace: every top-level module of the library has a layer, and a file
//! may name (`crate::…`) only modules of its own layer or below. A workspace
//! of seven crates would have the compiler hold the same line, at the cost
//! of seven manifests, of `pub` where `pub(crate)` serves now, and of
//! cross-crate inlining that fat LTO has to win back; this test costs a
//! read of `src/` (see CONTRIBUTING.md, "The layout").
//!
//! The binary (`src/main.rs`, `src/cli/`) stands above every layer.

use std::path::{Path, PathBuf};

/// The library's top-level modules, lowest layer first. Modules on one
/// line share a layer and do not name each other.
const LAYERS: &[&[&str]] = &[
    &["text"],
    &["calendar", "error", "lexicon"],
    &["document"],
    &["expressions"],
    &["attribution"],
    &["claims"],
    &["graph"],
    &["rules"],
    &["config"],
    &["check"],
    &["suppress"],
    &["report"],
    &["batch"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// The top-level modules a file's text names through `crate::`, skipping
/// comments (doc comments name modules in prose) and the file's unit tests
/// (which may drive the whole check, as integration tests do).
fn named_modules(text: &str) -> Vec<String> {
    let code = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => text,
    };
    let mut found = Vec::new();
    for line in code.lines() {
        let code = match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        };
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() && !found.contains(&name) {
                found.push(name);
            }
            rest = after;
        }
    }
    found
}

/// The breaches of the layers by a file of module `module`: each module it
/// names that stands in a higher layer.
fn breaches(module: &str, text: &str) -> Vec<String> {
    let Some(own) = layer_of(module) else {
        return vec![format!("`{module}` has no layer in LAYERS")];
    };
    named_modules(text)
        .into_iter()
        .filter(|named| named != module)
        .filter_map(|named| {
            let theirs = layer_of(&named)?;
            (theirs >= own).then(|| format!("`{module}` names `{named}`, which is not below it"))
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_names_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut found = Vec::new();
    for path in &files {
        let relative = path.strip_prefix(&src).unwrap();
        let first = relative.components().next().unwrap().as_os_str();
        let first = first.to_str().unwrap();
        let module = first.strip_suffix(".rs").unwrap_or(first);
        if matches!(module, "lib" | "main" | "cli") {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        for breach in breaches(module, &text) {
            found.push(format!("{}: {breach}", relative.display()));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_module_that_names_a_higher_layer_is_caught() {
    assert_eq!(
        breaches("text", "use crate::graph::ClaimGraph;\nfn f() {}\n"),
        vec!["`text` names `graph`, which is not below it".to_string()]
    );
    assert_eq!(
        breaches("graph", "use crate::rules::Finding;"),
        vec!["`graph` names `rules`, which is not below it".to_string()]
    );
    // Two modules of one layer may not lean on each other either.
    assert_eq!(breaches("lexicon", "crate::calendar::weekday(x)").len(), 1);
    // Below is fine, the module itself is fine, comments are prose.
    assert!(breaches("graph", "use crate::text::Span; use crate::graph::x;").is_empty());
    assert!(breaches("text", "//! read by `crate::graph`\n").is_empty());
    assert!(breaches(
        "text",
        "#[cfg(test)]\nmod tests {\n    use crate::check::check_text;\n}\n"
    )
    .is_empty());
    // A module missing from the table is named, not waved through.
    assert_eq!(breaches("novel", "").len(), 1);
}
