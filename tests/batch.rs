//! `crosscheck batch`: JSON Lines in, one report a line out, errors as
//! records, in input order.

use std::io::Write;
use std::process::{Command, Stdio};

fn batch(input: &str) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .arg("batch")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn each_record_gives_one_report_line_in_order() {
    let seed = std::fs::read_to_string("fixtures/baghouz.txt").unwrap();
    let records = [
        serde_json::json!({"id": "seed", "text": seed, "date": "2019-02-20"}),
        serde_json::json!({"id": 7, "text": "<p>More than 150 militants surrendered.</p>", "format": "html"}),
        serde_json::json!({"id": "plain", "text": "The army said 300 fighters remained."}),
    ];
    let input: String = records.iter().map(|r| r.to_string() + "\n").collect();
    let (code, out, err) = batch(&input);
    assert_eq!(code, Some(0), "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "seed");
    assert_eq!(lines[0]["report"]["reference_date"], "2019-02-20");
    assert!(lines[0]["report"]["findings"].as_array().unwrap().len() >= 5);
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(
        lines[1]["report"]["findings"][0]["rule"],
        "unattributed-figure"
    );
    assert_eq!(lines[2]["report"]["claims"][0]["attribution"], "named");
    // The report of a record is the file report `check --format json` gives.
    let check = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args([
            "check",
            "--format",
            "json",
            "--date",
            "2019-02-20",
            "fixtures/baghouz.txt",
        ])
        .output()
        .unwrap();
    let file: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(lines[0]["report"]["findings"], file["files"][0]["findings"]);
}

#[test]
fn bad_records_become_error_lines_and_a_failing_exit() {
    let input = "{\"id\": 1, \"text\": \"Around 300 remain.\"}\nnot json\n{\"id\": 3, \"text\": \"x\", \"date\": \"Feb 2\"}\n{\"id\": 4}\n\n{\"id\": 5, \"text\": \"Around 40 remain.\"}\n";
    let (code, out, err) = batch(input);
    assert_eq!(code, Some(2));
    assert!(err.contains("3 of 5 records"), "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert!(lines[0]["report"].is_object());
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("not a record"));
    assert!(lines[2]["error"].as_str().unwrap().contains("YYYY-MM-DD"));
    assert!(lines[3]["error"].as_str().unwrap().contains("text"));
    assert_eq!(lines[4]["id"], 5);
}
