//! The command line end to end: exit codes, error messages, inputs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR");
    cmd
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn seed_report_prints_its_findings_and_exits_1() {
    let o = run(&[
        "check",
        "--color",
        "never",
        "--date",
        "2019-02-20",
        "--claims",
        "fixtures/baghouz.txt",
    ]);
    // The seed has warnings (unattributed figures, a vague source): exit 1.
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("claims in fixtures/baghouz.txt (reference date: 2019-02-20)"));
    assert!(out.contains("late on Tuesday"));
    assert!(out.contains("checked 1 file"));
    assert!(
        !out.contains('\u{1b}'),
        "no colour codes with --color never"
    );
}

#[test]
fn color_always_colours_and_auto_does_not_colour_a_pipe() {
    let o = run(&[
        "check",
        "--color",
        "always",
        "fixtures/weekday-mismatch.txt",
    ]);
    assert!(stdout(&o).contains('\u{1b}'));
    let o = run(&["check", "fixtures/weekday-mismatch.txt"]);
    assert!(!stdout(&o).contains('\u{1b}'));
}

#[test]
fn fail_on_decides_the_exit_code() {
    let file = "fixtures/weekday-mismatch.txt";
    assert_eq!(run(&["check", file]).status.code(), Some(1));
    assert_eq!(
        run(&["check", "--fail-on", "info", file]).status.code(),
        Some(1)
    );
    assert_eq!(
        run(&["check", "--fail-on", "error", file]).status.code(),
        Some(0)
    );
    assert_eq!(
        run(&["check", "--fail-on", "never", file]).status.code(),
        Some(0)
    );
}

#[test]
fn json_output_parses() {
    let o = run(&[
        "check",
        "--format",
        "json",
        "--date",
        "2019-02-20",
        "fixtures/baghouz.txt",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON report");
    assert_eq!(v["version"], 1);
    assert_eq!(v["files"][0]["path"], "fixtures/baghouz.txt");
    assert_eq!(v["files"][0]["reference_date"], "2019-02-20");
}

fn assert_input_error(o: &Output, needles: &[&str]) {
    assert_eq!(
        o.status.code(),
        Some(2),
        "stdout: {} stderr: {}",
        stdout(o),
        stderr(o)
    );
    let err = stderr(o);
    for needle in needles {
        assert!(err.contains(needle), "stderr {err:?} lacks {needle:?}");
    }
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn bad_inputs_exit_2_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let empty = write(d, "empty.txt", b"");
    let blank = write(d, "blank.md", b"\n  \n\t\n");
    let invalid = write(d, "invalid.txt", b"Fine line.\nBroken \xC3\x28 here.\n");
    let binary = write(d, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    let utf16 = write(d, "utf16.txt", b"\xFF\xFEH\x00i\x00");
    let empty_dir = d.join("no-articles");
    write(&empty_dir, "notes.json", b"{}");
    let s = |p: &PathBuf| p.display().to_string();

    assert_input_error(&run(&["check", &s(&empty)]), &[&s(&empty), "empty"]);
    assert_input_error(&run(&["check", &s(&blank)]), &[&s(&blank), "empty"]);
    assert_input_error(
        &run(&["check", &s(&invalid)]),
        &[
            &format!("{}:2:8", s(&invalid)),
            "invalid UTF-8 at byte offset 18",
        ],
    );
    assert_input_error(&run(&["check", &s(&binary)]), &[&s(&binary), "binary"]);
    assert_input_error(&run(&["check", &s(&utf16)]), &[&s(&utf16), "UTF-16"]);
    assert_input_error(
        &run(&["check", &s(&empty_dir)]),
        &[&s(&empty_dir), "no articles"],
    );
    assert_input_error(
        &run(&["check", "does/not/exist.txt"]),
        &["does/not/exist.txt", "no such file"],
    );
    assert_input_error(
        &run(&["check", "--date", "2019-02-30", "fixtures/baghouz.txt"]),
        &["2019-02-30", "YYYY-MM-DD"],
    );
    assert_input_error(
        &run(&["check", "--date", "yesterday", "fixtures/baghouz.txt"]),
        &["yesterday"],
    );
    // A signed or five-digit year is no YYYY-MM-DD (and its neighbours
    // fell off the calendar: "next Friday" of +262142-12-31 panicked).
    assert_input_error(
        &run(&["check", "--date=+262142-12-31", "fixtures/baghouz.txt"]),
        &["+262142-12-31", "YYYY-MM-DD"],
    );
    assert_input_error(
        &run(&["check", "--date=-0001-01-01", "fixtures/baghouz.txt"]),
        &["-0001-01-01", "YYYY-MM-DD"],
    );
    assert_input_error(
        &run(&["check", "--format", "yaml", "fixtures/baghouz.txt"]),
        &["yaml"],
    );
    assert_input_error(&run(&["check"]), &["PATH"]);
    assert_input_error(
        &run(&["check", "--rules", &s(&empty_dir), "fixtures/baghouz.txt"]),
        &["no .toml rule files"],
    );
}

#[test]
fn one_bad_file_among_good_ones_still_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", b"About 300 fighters left on Tuesday.");
    write(dir.path(), "b.txt", b"");
    let o = run(&["check", &dir.path().display().to_string()]);
    assert_input_error(&o, &["b.txt", "empty"]);
    // The report still covers the article that could be read, and the JSON
    // is whole.
    let o = run(&[
        "check",
        "--format",
        "json",
        &dir.path().display().to_string(),
    ]);
    assert_input_error(&o, &["b.txt", "empty"]);
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).expect("whole JSON");
    let files = report["files"].as_array().unwrap();
    assert_eq!(files.len(), 1);
    assert!(files[0]["path"].as_str().unwrap().ends_with("a.txt"));
}

/// Every fixture article, checked with one thread and with several, twice:
/// the report is the same byte for byte in every format that is written
/// article by article, and in one rendered from all reports at once.
#[test]
fn the_report_is_the_same_on_every_run_and_with_any_number_of_threads() {
    for format in ["json", "jsonl", "pretty", "checkstyle", "sarif"] {
        let outputs: Vec<Vec<u8>> = ["1", "3", "1", "4"]
            .iter()
            .map(|threads| {
                let o = bin()
                    .env("RAYON_NUM_THREADS", threads)
                    .args([
                        "check",
                        "--color",
                        "never",
                        "--fail-on",
                        "never",
                        "--format",
                        format,
                        "fixtures",
                    ])
                    .output()
                    .unwrap();
                assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
                o.stdout
            })
            .collect();
        assert!(outputs[0].len() > 1000, "{format}: a real report");
        for other in &outputs[1..] {
            assert!(other == &outputs[0], "{format} differs between runs");
        }
    }
}

#[test]
fn checking_never_writes_to_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        write(
            dir.path(),
            "a.txt",
            b"Around 15 trucks left on Tuesday, February 20, 2019.\r\n",
        ),
        write(
            dir.path(),
            "b.md",
            b"# Title\n\nMore than 150 militants left last week.\n",
        ),
        write(
            dir.path(),
            "c.html",
            b"<p>Nearly 42,000 people &amp; more.</p>",
        ),
    ];
    let before: Vec<(Vec<u8>, std::time::SystemTime)> = files
        .iter()
        .map(|f| {
            (
                std::fs::read(f).unwrap(),
                std::fs::metadata(f).unwrap().modified().unwrap(),
            )
        })
        .collect();
    for format in ["pretty", "json"] {
        let o = run(&[
            "check",
            "--format",
            format,
            "--claims",
            &dir.path().display().to_string(),
        ]);
        assert!(o.status.code().is_some_and(|c| c <= 1), "{}", stderr(&o));
    }
    for (f, (bytes, mtime)) in files.iter().zip(before) {
        assert_eq!(std::fs::read(f).unwrap(), bytes);
        assert_eq!(std::fs::metadata(f).unwrap().modified().unwrap(), mtime);
    }
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 3, "no new files: {names:?}");
}

#[test]
fn directories_are_walked_sorted_skipping_hidden_and_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "b.md", b"Two men left on Monday.");
    write(d, "a.txt", b"Three men left on Monday.");
    write(d, "sub/c.html", b"<p>Four men left on Monday.</p>");
    write(d, "notes.json", b"{\"not\": \"an article\"}");
    write(d, ".hidden/d.txt", b"Five men left on Monday.");
    write(d, "skipped/e.txt", b"Six men left on Monday.");
    write(d, ".gitignore", b"skipped/\n");
    let o = run(&["check", "--format", "json", &d.display().to_string()]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let paths: Vec<String> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            Path::new(f["path"].as_str().unwrap())
                .strip_prefix(d)
                .unwrap()
                .display()
                .to_string()
        })
        .collect();
    assert_eq!(paths, ["a.txt", "b.md", "sub/c.html"]);
}

#[test]
fn stdin_is_read_with_a_dash() {
    let mut child = bin()
        .args(["check", "--format", "json", "--date", "2019-02-20", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Dozens of civilians left on Tuesday.")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["files"][0]["path"], "-");
    assert_eq!(
        v["files"][0]["claims"][0]["times"][0]["start"],
        "2019-02-19"
    );
}

#[test]
fn the_article_dateline_anchors_relative_times_unless_date_is_given() {
    let o = run(&["check", "--format", "json", "fixtures/formats/wire.txt"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["files"][0]["reference_date"], "2019-02-20");
    let o = run(&[
        "check",
        "--format",
        "json",
        "--date",
        "2019-03-01",
        "fixtures/formats/wire.txt",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["files"][0]["reference_date"], "2019-03-01");
    let o = run(&["check", "--format", "json", "fixtures/baghouz.txt"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["files"][0]["reference_date"], serde_json::Value::Null);
    let times = &v["files"][0]["claims"][1]["times"][0];
    assert_eq!(times["text"], "late on Tuesday");
    assert_eq!(times["start"], serde_json::Value::Null);
}

#[test]
fn rules_subcommand_lists_rules() {
    let o = run(&["rules"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("weekday-date-mismatch [timeline · warning]"));
}

/// Many articles behind a slow one, with several threads: the others run at
/// most a window ahead of it and wait, and the report keeps input order,
/// with an unreadable article's error in its place.
#[test]
fn many_articles_behind_a_slow_one_keep_their_order() {
    let dir = tempfile::tempdir().unwrap();
    let slow: String = "Officials said 300 fighters left the camp on Tuesday. ".repeat(4_000);
    write(dir.path(), "a000.txt", slow.as_bytes());
    for k in 1..200 {
        let text = format!("Police said {k} people were hurt on Monday.\n");
        write(dir.path(), &format!("a{k:03}.txt"), text.as_bytes());
    }
    write(dir.path(), "a100.txt", b"");
    let report = |threads: &str| {
        let o = bin()
            .env("RAYON_NUM_THREADS", threads)
            .args(["check", "--format", "json", "--fail-on", "never"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("a100.txt"), "{}", stderr(&o));
        o.stdout
    };
    let one = report("1");
    let json: serde_json::Value = serde_json::from_slice(&one).expect("whole JSON");
    let paths: Vec<String> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            f["path"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    let expected: Vec<String> = (0..200)
        .filter(|&k| k != 100)
        .map(|k| format!("a{k:03}.txt"))
        .collect();
    assert_eq!(paths, expected);
    assert!(report("3") == one, "three threads give the same report");
}

/// A reader that stops early (`| head`) ends the check quietly, whatever
/// is still being checked.
#[test]
fn a_closed_output_ends_the_check_without_error() {
    let dir = tempfile::tempdir().unwrap();
    for k in 0..300 {
        let text = format!("Police said {k} people were hurt on Monday.\n");
        write(dir.path(), &format!("a{k:03}.txt"), text.as_bytes());
    }
    let mut child = bin()
        .env("RAYON_NUM_THREADS", "3")
        .args(["check", "--format", "json", "--fail-on", "never"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

/// A walk reads each folder sorted by name, and yields articles in the
/// order of their sorted paths (component by component: `a/b.txt` before
/// `a-b/c.txt`, though `-` sorts before `/` as a byte).
#[test]
fn walked_articles_come_in_sorted_path_order() {
    let dir = tempfile::tempdir().unwrap();
    let names = [
        "ab.txt",
        "a/c/d.md",
        "a-b/c.txt",
        "A.txt",
        "a/b.txt",
        "a.b.txt",
        "a/c.txt",
        "b/a/z.html",
    ];
    for name in names {
        write(dir.path(), name, b"Police said 3 people were hurt.\n");
    }
    let o = run(&[
        "check",
        "--format",
        "json",
        "--fail-on",
        "never",
        &dir.path().display().to_string(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let seen: Vec<PathBuf> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| PathBuf::from(f["path"].as_str().unwrap()))
        .collect();
    let mut expected: Vec<PathBuf> = names.iter().map(|n| dir.path().join(n)).collect();
    expected.sort();
    assert_eq!(seen, expected);
}
