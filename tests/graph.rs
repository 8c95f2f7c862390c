//! The claim graph from the outside: `--format dot` renders with Graphviz,
//! and `--together` checks several articles as one graph.
//!
//! Without Graphviz's `dot` on the PATH the rendering test says so and
//! passes, unless CROSSCHECK_REQUIRE_DOT is set, as `.ci/run` sets it.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

fn crosscheck(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn the_seed_graph_is_dot_that_graphviz_renders() {
    let out = crosscheck(&[
        "check",
        "--format",
        "dot",
        "--date",
        "2019-02-20",
        "fixtures/baghouz.txt",
    ]);
    let dot = String::from_utf8(out.stdout).unwrap();
    assert!(dot.starts_with("digraph claims {"), "{dot}");
    // Every kind of node and edge the graph holds is there.
    for needle in [
        "source: Mustafa Bali",
        "subject: militants",
        "event: surrender",
        "time: 2019-02-19",
        "said-by",
        "counts",
        "about (done)",
        "about (to come)",
        "at-time",
        "member-of",
        "within",
    ] {
        assert!(dot.contains(needle), "no {needle:?} in the graph");
    }
    let Ok(mut child) = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    else {
        assert!(
            std::env::var_os("CROSSCHECK_REQUIRE_DOT").is_none(),
            "no Graphviz `dot` found (install Debian's graphviz)"
        );
        eprintln!("the_seed_graph_is_dot_that_graphviz_renders: no dot here, not rendered");
        return;
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let rendered = child.wait_with_output().unwrap();
    assert!(
        rendered.status.success(),
        "dot failed: {}",
        String::from_utf8_lossy(&rendered.stderr)
    );
    let svg = String::from_utf8_lossy(&rendered.stdout);
    assert!(svg.contains("<svg") && svg.contains("Mustafa Bali"));
}

#[test]
fn together_checks_a_figure_in_one_article_against_another() {
    let a = "fixtures/together/wire-a.txt";
    let b = "fixtures/together/wire-b.txt";
    let alone = crosscheck(&["check", "--format", "json", a, b]);
    let alone: Value = serde_json::from_slice(&alone.stdout).unwrap();
    let conflicts = |report: &Value| -> Vec<Value> {
        report["files"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| f["findings"].as_array().unwrap().clone())
            .filter(|f| f["rule"] == "figure-conflict")
            .collect()
    };
    assert!(
        conflicts(&alone).is_empty(),
        "each article alone is consistent"
    );
    let joint = crosscheck(&["check", "--together", "--format", "json", a, b]);
    let joint: Value = serde_json::from_slice(&joint.stdout).unwrap();
    let found = conflicts(&joint);
    assert_eq!(found.len(), 1, "{joint:#}");
    let spans = found[0]["spans"].as_array().unwrap();
    // The finding lives in the file of its first span; the span in the other
    // file names that file, with its own line and column.
    assert!(spans[0].get("path").is_none());
    assert_eq!(spans[1]["path"], b);
    assert_eq!(spans[1]["line"], 3);
    let text = std::fs::read_to_string(format!("{}/{b}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let (s, e) = (
        spans[1]["start"].as_u64().unwrap() as usize,
        spans[1]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "63");
    assert!(found[0]["message"]
        .as_str()
        .unwrap()
        .contains("interior ministry"));
    // The pretty report lists the other file's span too.
    let pretty = crosscheck(&["check", "--together", "--color", "never", a, b]);
    let pretty = String::from_utf8(pretty.stdout).unwrap();
    assert!(
        pretty.contains("+ fixtures/together/wire-b.txt:3:21: \"63\""),
        "{pretty}"
    );
}
