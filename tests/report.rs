//! The JSON report follows its contract (docs/report.md), and the reports of
//! the fixtures are pinned by snapshots.

use std::process::Command;

use serde_json::Value;

/// Runs `crosscheck check` with the given arguments and returns its stdout.
fn check(args: &[&str]) -> Vec<u8> {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("check")
        .args(args)
        .output()
        .unwrap()
        .stdout
}

fn json(args: &[&str]) -> Value {
    serde_json::from_slice(&check(&[&["--format", "json"], args].concat())).expect("a JSON report")
}

fn pretty(args: &[&str]) -> String {
    String::from_utf8(check(&[&["--color", "never"], args].concat())).unwrap()
}

/// The keys an object must have, each with a type test.
type Shape = &'static [(&'static str, fn(&Value) -> bool)];

fn is_int(v: &Value) -> bool {
    v.as_u64().is_some()
}
fn is_str(v: &Value) -> bool {
    v.is_string()
}
fn opt_str(v: &Value) -> bool {
    v.is_string() || v.is_null()
}
fn opt_num(v: &Value) -> bool {
    v.is_number() || v.is_null()
}
fn is_bool(v: &Value) -> bool {
    v.is_boolean()
}
fn is_arr(v: &Value) -> bool {
    v.is_array()
}
fn is_obj(v: &Value) -> bool {
    v.is_object()
}
fn opt_obj(v: &Value) -> bool {
    v.is_object() || v.is_null()
}
fn is_date(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok())
}
fn opt_date(v: &Value) -> bool {
    v.is_null() || is_date(v)
}

const SPAN: Shape = &[
    ("start", is_int),
    ("end", is_int),
    ("line", is_int),
    ("column", is_int),
];
const FILE: Shape = &[
    ("path", is_str),
    ("reference_date", opt_date),
    ("sentences", is_arr),
    ("sources", is_arr),
    ("claims", is_arr),
    ("findings", is_arr),
];
const CLAIM: Shape = &[
    ("id", is_str),
    ("span", is_obj),
    ("text", is_str),
    ("source", opt_str),
    ("source_span", opt_obj),
    ("cue", opt_obj),
    ("quantities", is_arr),
    ("times", is_arr),
];
const QUANTITY: Shape = &[
    ("span", is_obj),
    ("text", is_str),
    ("low", opt_num),
    ("high", opt_num),
    ("approximate", is_bool),
    ("unit", opt_str),
    ("subject", opt_str),
];
const TIME: Shape = &[
    ("span", is_obj),
    ("text", is_str),
    ("kind", is_str),
    ("start", opt_date),
    ("end", opt_date),
    ("duration_days", opt_obj),
];
const FINDING: Shape = &[
    ("rule", is_str),
    ("category", is_str),
    ("severity", is_str),
    ("message", is_str),
    ("spans", is_arr),
    ("claims", is_arr),
    ("sources", is_arr),
];

fn check_shape(what: &str, v: &Value, shape: Shape) {
    for (key, test) in shape {
        let field = v
            .get(*key)
            .unwrap_or_else(|| panic!("{what} lacks `{key}`: {v}"));
        assert!(test(field), "{what}.{key} has the wrong type: {field}");
    }
}

/// A span lies in the file, on character boundaries, and its line:column is right.
fn check_span(v: &Value, text: &str) {
    check_shape("span", v, SPAN);
    let (start, end) = (
        v["start"].as_u64().unwrap() as usize,
        v["end"].as_u64().unwrap() as usize,
    );
    assert!(
        start < end && end <= text.len(),
        "span {v} outside the text"
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "span {v} splits a character"
    );
    let before = &text[..start];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
    assert_eq!(
        (
            v["line"].as_u64().unwrap() as usize,
            v["column"].as_u64().unwrap() as usize
        ),
        (line, column),
        "span {v}"
    );
}

fn check_contract(report: &Value) {
    assert_eq!(report["version"], 1);
    for file in report["files"].as_array().unwrap() {
        check_shape("file", file, FILE);
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file["path"].as_str().unwrap()),
        )
        .unwrap();
        for s in file["sentences"].as_array().unwrap() {
            check_span(&s["span"], &text);
        }
        for claim in file["claims"].as_array().unwrap() {
            check_shape("claim", claim, CLAIM);
            check_span(&claim["span"], &text);
            for q in claim["quantities"].as_array().unwrap() {
                check_shape("quantity", q, QUANTITY);
                check_span(&q["span"], &text);
                if let (Some(l), Some(h)) = (q["low"].as_f64(), q["high"].as_f64()) {
                    assert!(l <= h, "low > high in {q}");
                }
            }
            for t in claim["times"].as_array().unwrap() {
                check_shape("time", t, TIME);
                check_span(&t["span"], &text);
                assert!(["date", "period", "duration"].contains(&t["kind"].as_str().unwrap()));
                if let (Some(s), Some(e)) = (t["start"].as_str(), t["end"].as_str()) {
                    assert!(s <= e, "start after end in {t}");
                }
                if t["kind"] == "duration" {
                    assert!(t["duration_days"].is_object(), "{t}");
                    assert!(
                        opt_num(&t["duration_days"]["min"]) && opt_num(&t["duration_days"]["max"])
                    );
                }
            }
        }
        for f in file["findings"].as_array().unwrap() {
            check_shape("finding", f, FINDING);
            assert!(["figure", "timeline", "stance", "attribution", "style"]
                .contains(&f["category"].as_str().unwrap()));
            assert!(["error", "warning", "info"].contains(&f["severity"].as_str().unwrap()));
            for s in f["spans"].as_array().unwrap() {
                check_span(s, &text);
            }
        }
    }
}

#[test]
fn every_fixture_report_follows_the_contract() {
    for path in [
        "fixtures/baghouz.txt",
        "fixtures/weekday-mismatch.txt",
        "fixtures/formats/dated.md",
        "fixtures/formats/dated.html",
        "fixtures/formats/wire.txt",
    ] {
        check_contract(&json(&["--date", "2019-02-20", path]));
        check_contract(&json(&[path]));
    }
}

#[test]
fn markup_is_skipped_and_spans_point_into_the_original_file() {
    for path in ["fixtures/formats/dated.md", "fixtures/formats/dated.html"] {
        let report = json(&[path]);
        let file = &report["files"][0];
        assert_eq!(file["reference_date"], "2019-02-20", "{path}");
        let text = std::fs::read_to_string(path).unwrap();
        let claims = file["claims"].as_array().unwrap();
        let quantities: Vec<&str> = claims
            .iter()
            .flat_map(|c| c["quantities"].as_array().unwrap())
            .map(|q| q["text"].as_str().unwrap())
            .collect();
        assert_eq!(
            quantities,
            ["Around 15", "more than 150"],
            "{path}: code, comments, scripts and URLs are not prose"
        );
        for q in claims
            .iter()
            .flat_map(|c| c["quantities"].as_array().unwrap())
        {
            let (s, e) = (
                q["span"]["start"].as_u64().unwrap() as usize,
                q["span"]["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[s..e], q["text"].as_str().unwrap(), "{path}");
        }
        let times: Vec<&str> = claims
            .iter()
            .flat_map(|c| c["times"].as_array().unwrap())
            .map(|t| t["start"].as_str().unwrap())
            .collect();
        assert_eq!(times, ["2019-02-19", "2019-02-11"], "{path}");
    }
}

#[test]
fn html_entities_inside_words_keep_the_word_whole() {
    let report = json(&["fixtures/formats/dated.html"]);
    let text = report["files"][0]["claims"][0]["text"].as_str().unwrap();
    assert!(text.contains("AFP’s reporters"), "{text}");
}

#[test]
fn seed_json_snapshot() {
    insta::assert_json_snapshot!(
        "seed_json",
        json(&["--date", "2019-02-20", "fixtures/baghouz.txt"])
    );
}

#[test]
fn seed_pretty_snapshot() {
    insta::assert_snapshot!(
        "seed_pretty",
        pretty(&["--date", "2019-02-20", "--claims", "fixtures/baghouz.txt"])
    );
}

#[test]
fn finding_pretty_snapshot() {
    insta::assert_snapshot!(
        "weekday_mismatch_pretty",
        pretty(&["fixtures/weekday-mismatch.txt"])
    );
}

#[test]
fn long_lines_are_windowed_around_the_span() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    let filler = "The talks dragged on without any sign of progress in the old hall by the river. "
        .repeat(3);
    std::fs::write(
        &path,
        format!("{filler}On Monday, February 20, 2019, the two sides met again. {filler}"),
    )
    .unwrap();
    let out = pretty(&[&path.display().to_string()]);
    let source_line = out.lines().find(|l| l.contains("| …")).unwrap();
    assert!(source_line.contains('…'), "{source_line}");
    let caret_line = out.lines().find(|l| l.contains('^')).unwrap();
    let caret_col = caret_line.find('^').unwrap();
    let text_col = source_line.find("On Monday").unwrap();
    assert_eq!(
        source_line[..text_col].chars().count(),
        caret_line[..caret_col].chars().count()
    );
}
