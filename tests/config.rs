//! crosscheck.toml, suppression comments and baselines, through the binary.

use std::path::Path;
use std::process::{Command, Output};

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

const ARTICLE: &str = "AFP said 300 people reached the Al-Hol camp.\n\nMore than 150 militants surrendered.\n\nThe Observatory cited its sources as saying 40 fighters remained.\n";

#[test]
fn a_configuration_found_above_the_file_sets_rules_severity_sources_and_style() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "crosscheck.toml",
        r#"
fail-on = "error"
exclude = ["articles/old/**"]

[rules]
disable = ["hearsay"]

[severity]
unattributed-figure = "info"

[sources]
"Agence France-Presse" = ["AFP"]

[style]
names = ["al-Hol"]
"#,
    );
    write(dir.path(), "articles/a.txt", ARTICLE);
    write(dir.path(), "articles/old/b.txt", ARTICLE);
    let o = run(dir.path(), &["check", "--format", "json", "articles"]);
    // fail-on = "error": only infos remain, so the check passes.
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let files = report["files"].as_array().unwrap();
    assert_eq!(files.len(), 1, "articles/old is excluded");
    let file = &files[0];
    let rules: Vec<&str> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(!rules.contains(&"hearsay"), "{rules:?}");
    assert!(rules.contains(&"house-spelling"), "{rules:?}");
    let figure = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "unattributed-figure")
        .unwrap();
    assert_eq!(figure["severity"], "info");
    let afp = file["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Agence France-Presse");
    assert!(
        afp.is_some_and(|s| s["aliases"][0] == "AFP"),
        "{}",
        file["sources"]
    );
    // The command line wins over the configuration.
    let o = run(
        dir.path(),
        &["check", "--fail-on", "info", "articles/a.txt"],
    );
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn config_errors_name_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", ARTICLE);
    for (text, expected) in [
        (
            "colour = \"red\"\n",
            "crosscheck.toml:1:1: unknown field `colour`",
        ),
        (
            "fail-on = \"sometimes\"\n",
            "crosscheck.toml:1:11: fail-on must be",
        ),
        (
            "date = \"20 Feb\"\n",
            "crosscheck.toml:1:8: date must be YYYY-MM-DD",
        ),
        (
            "[severity]\nno-such-rule = \"error\"\n",
            "crosscheck.toml:2:16: no rule `no-such-rule`",
        ),
        (
            "[rules]\ndisable = [\"nope\"]\n",
            "crosscheck.toml:2:12: no rule `nope`",
        ),
        ("[severity]\nhearsay = \"loud\"\n", "crosscheck.toml:2:11:"),
        ("exclude = [\"a[\"]\n", "crosscheck.toml:1:12: bad glob"),
        (
            "[style]\nnames = [\"--\"]\n",
            "crosscheck.toml:2:10: house name `--` has no letters",
        ),
    ] {
        write(dir.path(), "crosscheck.toml", text);
        let o = run(dir.path(), &["check", "a.txt"]);
        assert_eq!(o.status.code(), Some(2), "{text}");
        assert!(stderr(&o).contains(expected), "{text}: {}", stderr(&o));
        assert!(stdout(&o).is_empty());
    }
}

#[test]
fn an_explicit_config_file_is_used_for_every_article() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.txt",
        "More than 150 militants surrendered.\n",
    );
    write(
        dir.path(),
        "house.toml",
        "[rules]\ndisable = [\"unattributed-figure\"]\n",
    );
    let o = run(dir.path(), &["check", "--config", "house.toml", "a.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let o = run(dir.path(), &["check", "a.txt"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn comments_silence_findings_in_markdown_and_html() {
    let dir = tempfile::tempdir().unwrap();
    let md = "# Floods\n\nMore than 150 homes were flooded.\n\n<!-- crosscheck-disable-next-line unattributed-figure -->\nMore than 300 roads were closed.\n\n<!-- crosscheck-disable unattributed-figure -->\nSome 4,000 people fled.\n\nAround 2,000 returned.\n<!-- crosscheck-enable unattributed-figure -->\n\nAbout 70 schools closed.\n\n<!-- crosscheck-disable-next-line vague-source -->\nAbout 90 shops closed.\n";
    write(dir.path(), "a.md", md);
    let o = run(dir.path(), &["check", "--format", "json", "a.md"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let file = &report["files"][0];
    let lines: Vec<u64> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["spans"][0]["line"].as_u64().unwrap())
        .collect();
    // Lines 3 and 14 are not silenced; 6 (next line), 9 and 11 (region) are;
    // 17 names another rule, so it stays.
    assert_eq!(lines, [3, 14, 17]);
    assert_eq!(file["suppressed"].as_array().unwrap().len(), 3);
    let o = run(dir.path(), &["check", "--color", "never", "a.md"]);
    assert!(
        stdout(&o).contains("3 suppressed by comments"),
        "{}",
        stdout(&o)
    );

    let html = "<html><body><p>More than 150 homes were flooded.</p>\n<!-- crosscheck-disable -->\n<p>Some 4,000 people fled.</p>\n</body></html>\n";
    write(dir.path(), "b.html", html);
    let o = run(dir.path(), &["check", "--format", "json", "b.html"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["files"][0]["findings"].as_array().unwrap().len(), 1);
    assert_eq!(
        report["files"][0]["suppressed"].as_array().unwrap().len(),
        1
    );

    // In plain text a comment is just text.
    write(
        dir.path(),
        "c.txt",
        "<!-- crosscheck-disable -->\nMore than 150 homes were flooded.\n",
    );
    let o = run(dir.path(), &["check", "--format", "json", "c.txt"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["files"][0]["findings"].as_array().unwrap().len(), 1);
}

#[test]
fn a_baseline_reports_only_new_findings_and_survives_edits_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.txt",
        "More than 150 homes were flooded.\n\nAbout 70 schools closed.\n",
    );
    let o = run(dir.path(), &["check", "--baseline", "base.json", "a.txt"]);
    assert_eq!(o.status.code(), Some(0), "the first run records");
    assert!(stderr(&o).contains("recorded 2 findings"));
    assert!(dir.path().join("base.json").is_file());
    // An edit above the old findings moves them; a new one is reported.
    write(dir.path(), "a.txt", "Rain fell all week.\n\nMore than 150 homes were flooded.\n\nAbout 70 schools closed.\n\nAbout 90 shops closed.\n");
    let o = run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--baseline",
            "base.json",
            "a.txt",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let findings = report["files"][0]["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    assert!(findings[0]["message"]
        .as_str()
        .unwrap()
        .contains("About 90"));
    assert_eq!(report["files"][0]["baselined"], 2);
    // --update-baseline takes today's findings in.
    let o = run(
        dir.path(),
        &[
            "check",
            "--baseline",
            "base.json",
            "--update-baseline",
            "a.txt",
        ],
    );
    assert_eq!(o.status.code(), Some(0));
    // A broken baseline is an input error.
    write(
        dir.path(),
        "bad.json",
        "{\"version\": 1,\n \"findings\": 3}\n",
    );
    let o = run(dir.path(), &["check", "--baseline", "bad.json", "a.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad.json:2:"), "{}", stderr(&o));
}

/// A bad configuration deeper in a walk is reported once, when the walk
/// meets it; the articles it governs are not checked, and the others are.
#[test]
fn a_bad_configuration_met_in_a_walk_is_reported_once() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "articles/a.txt", ARTICLE);
    write(dir.path(), "articles/z.txt", ARTICLE);
    write(
        dir.path(),
        "articles/desk/crosscheck.toml",
        "colour = \"red\"\n",
    );
    write(dir.path(), "articles/desk/b.txt", ARTICLE);
    write(dir.path(), "articles/desk/c.txt", ARTICLE);
    let o = run(dir.path(), &["check", "--format", "json", "articles"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.matches("unknown field `colour`").count(), 1, "{err}");
    assert!(err.contains("crosscheck.toml:1:1"), "{err}");
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("whole JSON");
    let paths: Vec<&str> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["articles/a.txt", "articles/z.txt"]);
    // A report made from all articles at once (SARIF, `--together`, a
    // baseline recorded) is not made from part of them: the run fails first.
    for args in [
        &["check", "--format", "sarif", "articles"][..],
        &["check", "--together", "--format", "json", "articles"][..],
    ] {
        let o = run(dir.path(), args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("unknown field `colour`"),
            "{}",
            stderr(&o)
        );
        assert!(stdout(&o).is_empty(), "{args:?}: {}", stdout(&o));
    }
}
