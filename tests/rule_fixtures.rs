//! Every built-in rule on articles written for the project
//! (`fixtures/rules/<rule id>/`): each `fires*.txt` must raise the rule, its
//! `passes.txt` (near misses: hedged figures that agree, parts of a whole,
//! other days, sequences, conditions) must not. The findings of every
//! `fires*.txt` are pinned by an insta snapshot: rule, severity, message and
//! each span with its label.

use std::path::Path;

use crosscheck::check::check_text;
use crosscheck::document::Format;
use crosscheck::rules::{Finding, RuleSet};

fn findings(path: &Path, rule: &str) -> (String, Vec<Finding>) {
    let text = std::fs::read_to_string(path).unwrap();
    let report = check_text(
        &path.display().to_string(),
        Format::Plain,
        text.clone(),
        None,
        &RuleSet::builtin(),
    );
    let mine = report
        .findings
        .into_iter()
        .filter(|f| f.rule == rule)
        .collect();
    (text, mine)
}

fn describe(text: &str, found: &[Finding]) -> String {
    let mut out = String::new();
    for f in found {
        out.push_str(&format!("{}[{}] {}\n", f.severity, f.rule, f.message));
        for s in &f.spans {
            out.push_str(&format!(
                "  {:?} — {}\n",
                &text[s.span.start..s.span.end],
                s.label
            ));
        }
    }
    out
}

#[test]
fn every_rule_fires_on_its_articles_and_not_on_its_near_misses() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/rules");
    let rules = RuleSet::builtin();
    for rule in &rules.rules {
        let kind = &rule.def.id;
        let dir = root.join(kind);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|_| panic!("no fixtures for {kind}"))
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let fires: Vec<_> = files
            .iter()
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with("fires")
            })
            .collect();
        assert!(!fires.is_empty(), "{kind} has no article that fires");
        for path in fires {
            let (text, found) = findings(path, kind);
            assert!(
                !found.is_empty(),
                "{kind} does not fire on {}",
                path.display()
            );
            let name = format!("{kind}__{}", path.file_stem().unwrap().to_string_lossy());
            insta::assert_snapshot!(name, describe(&text, &found));
        }
        // Near misses: `passes.txt`, and `passes-*.txt` for those that need
        // an article of their own (a dateline of their own).
        let passes = files.iter().filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("passes")
        });
        let mut any = false;
        for path in passes {
            any = true;
            let (text, found) = findings(path, kind);
            assert!(
                found.is_empty(),
                "{kind} fires on its near misses in {}:\n{}",
                path.display(),
                describe(&text, &found)
            );
        }
        assert!(any, "{kind} has no near misses");
    }
}
