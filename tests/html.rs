//! The editor's HTML report of the seed, rendered in headless Chromium
//! (Debian's `chromium` package): the page shows every source and every
//! finding, and in the browser every finding's link reaches its span. A
//! screenshot is left in `target/html-report.png` for a person to look at.
//!
//! Without a Chromium (set CHROMIUM to its path, or install Debian's
//! `chromium`) the test says so and passes, unless
//! CROSSCHECK_REQUIRE_CHROMIUM is set, as `.ci/run` sets it.

use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.is_file())
}

/// Takes a screenshot of the page at `url` for a person to review, and
/// checks the browser wrote one.
fn screenshot(browser: &Path, profile: &Path, url: &str, size: &str, name: &str) {
    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let status = headless(browser, profile)
        .arg(format!("--window-size={size}"))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(url)
        .output()
        .expect("chromium runs");
    assert!(status.status.success());
    assert!(
        std::fs::metadata(&shot).is_ok_and(|m| m.len() > 10_000),
        "no screenshot"
    );
}

fn headless(browser: &Path, profile: &Path) -> Command {
    let mut c = Command::new(browser);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    c
}

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
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn html_report_of_the_seed_in_headless_chromium() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CROSSCHECK_REQUIRE_CHROMIUM").is_none(),
            "no Chromium found (install Debian's chromium or set CHROMIUM)"
        );
        eprintln!("html_report_of_the_seed_in_headless_chromium: no Chromium here, not run");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    let html = run("html");
    // Self-contained: the only address on the page is the SVG namespace.
    assert_eq!(
        html.matches("http").count(),
        html.matches("http://www.w3.org/2000/svg").count()
    );
    assert!(
        !html.contains("<link") && !html.contains("src=\""),
        "the page loads nothing from outside"
    );
    std::fs::write(&page, &html).unwrap();
    let url = format!("file://{}", page.display());

    let dom = headless(&browser, &dir.path().join("profile"))
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&dom.stdout).into_owned();
    assert!(dom.contains("</html>"), "no page from chromium: {dom}");

    // The script ran in the browser and every link reaches its span.
    let report: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let file = &report["files"][0];
    let findings = file["findings"].as_array().unwrap();
    let links: usize = findings
        .iter()
        .map(|f| f["spans"].as_array().unwrap().len())
        .sum();
    assert!(
        dom.contains(&format!("data-links-ok=\"{links}\"")),
        "links not all checked"
    );
    assert!(dom.contains("data-links-broken=\"0\""));
    // Every source and every finding is on the page.
    // How a serialised DOM writes text.
    let as_text = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    for s in file["sources"].as_array().unwrap() {
        let name = s["name"].as_str().unwrap();
        assert!(dom.contains(&as_text(name)), "source {name} not shown");
    }
    assert_eq!(
        dom.matches("class=\"finding-item\"").count(),
        findings.len()
    );
    for f in findings {
        let message = f["message"].as_str().unwrap();
        assert!(
            dom.contains(&as_text(message)),
            "finding not shown: {message}"
        );
    }
    // Every claim with a source is highlighted.
    let attributed = file["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| !c["source"].is_null())
        .count();
    assert!(dom.matches("class=\"claim\"").count() >= attributed);

    // A screenshot for a person to review.
    screenshot(
        &browser,
        &dir.path().join("profile2"),
        &url,
        "1400,1800",
        "html-report.png",
    );
}

/// The timeline strip: an article's events placed on the calendar, each a
/// mark with a title and a text, drawn inside the strip in the browser.
#[test]
fn html_timeline_strip_shows_the_dated_events() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("rail.txt");
    std::fs::write(
        &article,
        "February 20, 2019\n\nEngineers closed the rail line on February 4, 2019. \
         The line reopened on February 11, 2019. The operator's chief executive \
         resigned on February 18, 2019.\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "--format", "html"])
        .arg(&article)
        .output()
        .expect("the binary runs");
    let html = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(html.contains("<ol class=\"strip\""), "no strip: {html}");
    let marks: Vec<&str> = html
        .lines()
        .filter(|l| l.starts_with("<li class=\"mark\""))
        .collect();
    assert_eq!(marks.len(), 2, "{marks:?}");
    // Earliest first, each with a title and a text of its key, date and source.
    // The reopening is the closure's end: one mark from Feb. 4 to Feb. 11.
    assert!(
        marks[0].contains("title=\"closure: «closed» 2019-02-04, ended 2019-02-11 — the article\"")
    );
    assert!(marks[0].contains("<b>closure</b> 2019-02-04"));
    assert!(
        marks[1].contains("title=\"resignation: «resigned» 2019-02-18 — the article\""),
        "{marks:?}"
    );
    assert!(
        marks[0].contains("left: 0.00%") && marks[1].contains("left: 93.33%"),
        "{marks:?}"
    );

    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CROSSCHECK_REQUIRE_CHROMIUM").is_none(),
            "no Chromium found (install Debian's chromium or set CHROMIUM)"
        );
        eprintln!("html_timeline_strip_shows_the_dated_events: no Chromium here, not rendered");
        return;
    };
    let page = dir.path().join("report.html");
    std::fs::write(&page, &html).unwrap();
    let url = format!("file://{}", page.display());
    let dom = headless(&browser, &dir.path().join("profile"))
        .arg("--window-size=1400,1000")
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&dom.stdout).into_owned();
    assert!(dom.contains("</html>"), "no page from chromium: {dom}");
    // Both marks are drawn, with a width, inside their strip.
    assert!(dom.contains("data-strip-marks=\"2\""), "marks not counted");
    assert!(
        dom.contains("data-strip-shown=\"2\""),
        "a mark is not drawn in its strip"
    );
    screenshot(
        &browser,
        &dir.path().join("profile2"),
        &url,
        "1400,1000",
        "html-timeline-strip.png",
    );
}
