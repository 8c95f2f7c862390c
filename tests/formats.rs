//! The CI formats on the seed: SARIF against the official schema, GitHub
//! workflow commands, JSON Lines, Checkstyle and JUnit XML — each with a
//! snapshot.

use std::process::Command;

use regex::Regex;
use serde_json::Value;

fn run(format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args([
            "check",
            "--format",
            format,
            "--date",
            "2019-02-20",
            "fixtures/baghouz.txt",
        ])
        .output()
        .expect("the binary runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn sarif_of_the_seed_validates_against_the_official_schema() {
    let mut schema: Value =
        serde_json::from_str(include_str!("data/sarif/sarif-schema-2.1.0.json")).unwrap();
    // This copy of the schema keeps the log's root object under
    // `definitions/Root` and has no constraint at its top: without a reference
    // to it, every document would pass.
    assert!(schema.get("properties").is_none() && schema["definitions"]["Root"].is_object());
    schema["$ref"] = Value::from("#/definitions/Root");
    let sarif: Value = serde_json::from_str(&run("sarif")).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The validator does reject a broken log (so the check above can fail).
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]["level"] = Value::from("severe");
    assert!(!validator.is_valid(&broken));
    assert!(!validator.is_valid(&serde_json::json!({})));
    // And it carries what a dashboard needs.
    let run0 = &sarif["runs"][0];
    let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.iter().any(|r| r["id"] == "unattributed-figure"));
    for r in rules {
        for key in [
            "shortDescription",
            "fullDescription",
            "help",
            "defaultConfiguration",
        ] {
            assert!(r.get(key).is_some(), "rule {} lacks {key}", r["id"]);
        }
    }
    let results = run0["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        let loc = &r["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], "fixtures/baghouz.txt");
        for key in [
            "startLine",
            "startColumn",
            "endLine",
            "endColumn",
            "charOffset",
            "charLength",
        ] {
            assert!(loc["region"][key].is_u64(), "region lacks {key}");
        }
        assert!(r["partialFingerprints"]["crosscheck/v1"].is_string());
    }
    // A finding with several spans lists the others as related locations, each with a message.
    let related = results
        .iter()
        .find(|r| r["relatedLocations"].is_array())
        .expect("a finding with related locations");
    assert!(related["relatedLocations"][0]["message"]["text"].is_string());
}

#[test]
fn sarif_snapshot() {
    insta::assert_snapshot!(run("sarif"));
}

#[test]
fn github_lines_parse_as_workflow_commands() {
    let out = run("github");
    let command = Regex::new(
        r"^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]*)::(.+)$",
    )
    .unwrap();
    let mut n = 0;
    for line in out.lines() {
        let c = command
            .captures(line)
            .unwrap_or_else(|| panic!("not a workflow command: {line}"));
        assert_eq!(&c[2], "fixtures/baghouz.txt");
        // Data is escaped: no raw CR or LF, and every % begins an escape.
        let data = &c[8];
        assert!(!data.contains('\r'));
        for (i, _) in data.match_indices('%') {
            let esc = &data[i..(i + 3).min(data.len())];
            assert!(matches!(esc, "%25" | "%0D" | "%0A"), "bad escape in {data}");
        }
        n += 1;
    }
    assert!(n > 0);
    insta::assert_snapshot!(out);
}

#[test]
fn jsonl_has_one_finding_a_line() {
    let out = run("jsonl");
    let json = run("json");
    let report: Value = serde_json::from_str(&json).unwrap();
    let findings = report["files"][0]["findings"].as_array().unwrap();
    assert_eq!(out.lines().count(), findings.len());
    for line in out.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["path"], "fixtures/baghouz.txt");
        assert!(v["rule"].is_string() && v["fingerprint"].is_string());
    }
    insta::assert_snapshot!(out);
}

/// A small well-formedness check: every tag closes in order, attributes are quoted.
fn assert_well_formed(xml: &str) {
    let tag = Regex::new(r#"<(/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(/?)>"#).unwrap();
    let body = xml.trim_start_matches(|c| c != '>').trim_start_matches('>');
    let mut stack: Vec<String> = Vec::new();
    let mut last = 0;
    for m in tag.captures_iter(body) {
        let whole = m.get(0).unwrap();
        let between = &body[last..whole.start()];
        assert!(!between.contains('<'), "stray < in {between:?}");
        last = whole.end();
        let name = m[2].to_string();
        if &m[1] == "/" {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name.as_str()),
                "unbalanced </{name}>"
            );
        } else if &m[4] != "/" {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
}

#[test]
fn checkstyle_is_well_formed_xml() {
    let out = run("checkstyle");
    assert!(out.starts_with("<?xml"));
    assert_well_formed(&out);
    assert!(out.contains("source=\"crosscheck.unattributed-figure\""));
    insta::assert_snapshot!(out);
}

#[test]
fn junit_is_well_formed_xml() {
    let out = run("junit");
    assert_well_formed(&out);
    let failures = out.matches("<failure ").count();
    assert!(out.contains(&format!("failures=\"{failures}\"")));
    insta::assert_snapshot!(out);
}

#[test]
fn html_snapshot() {
    let out = run("html");
    assert!(out.starts_with("<!DOCTYPE html>"));
    let body = out
        .split("<body>")
        .nth(1)
        .unwrap()
        .split("<script>")
        .next()
        .unwrap();
    assert_well_formed(&format!("<?xml?>\n<body>{body}</body>"));
    insta::assert_snapshot!(out);
}
