//! Every rule's own examples: the one that must fire fires, the one that must
//! not does not. Also the loading of rule directories.

use chrono::NaiveDate;
use crosscheck::check::check_text;
use crosscheck::document::Format;
use crosscheck::rules::RuleSet;

fn findings_of(rules: &RuleSet, text: &str, date: Option<&str>, rule: &str) -> usize {
    let date = date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
    let report = check_text("example.txt", Format::Plain, text.to_string(), date, rules);
    report.findings.iter().filter(|f| f.rule == rule).count()
}

#[test]
fn every_rule_fires_on_its_example_and_not_on_its_counterexample() {
    let rules = RuleSet::builtin();
    assert!(!rules.rules.is_empty());
    for rule in &rules.rules {
        let def = &rule.def;
        assert!(
            !def.description.trim().is_empty(),
            "{} has no description",
            def.id
        );
        let date = def.example.date;
        if let Some(d) = date {
            assert!(
                NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok(),
                "{}: example date {d} is not YYYY-MM-DD",
                def.id
            );
        }
        assert!(
            findings_of(&rules, def.example.fires, date, &def.id) > 0,
            "{} does not fire on its example",
            def.id
        );
        assert_eq!(
            findings_of(&rules, def.example.passes, date, &def.id),
            0,
            "{} fires on its counterexample",
            def.id
        );
    }
}

#[test]
fn weekday_date_without_year_uses_the_reference_date() {
    let rules = RuleSet::builtin();
    let text = "On Tuesday, February 19, the SDF said several fighters surrendered.";
    assert_eq!(
        findings_of(&rules, text, Some("2019-02-20"), "weekday-date-mismatch"),
        0
    );
    assert_eq!(
        findings_of(&rules, text, Some("2020-02-20"), "weekday-date-mismatch"),
        1
    );
    // Without a year or a reference date there is nothing to check against.
    assert_eq!(findings_of(&rules, text, None, "weekday-date-mismatch"), 0);
}

#[test]
fn a_rules_directory_overrides_and_extends() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("house.toml"),
        r#"
[[rule]]
id = "weekday-date-mismatch"
severity = "error"

[[rule]]
id = "figure-spread"
enabled = false
"#,
    )
    .unwrap();
    std::fs::write(
        dir.path().join("lexicon.toml"),
        "[[vague]]\nphrases = [\"dozens\"]\nlow = 13\nhigh = 99\ndescription = \"house\"\n",
    )
    .unwrap();
    let rules = RuleSet::load(Some(dir.path())).unwrap();
    let rule = rules
        .rules
        .iter()
        .find(|r| r.def.id == "weekday-date-mismatch")
        .unwrap();
    assert_eq!(rule.def.severity, crosscheck::rules::Severity::Error);
    // What the file does not set stays as the rule declares it.
    assert!(rule
        .def
        .description
        .starts_with("A weekday written beside a date"));
    assert!(rule.def.enabled);
    assert!(
        !rules
            .rules
            .iter()
            .find(|r| r.def.id == "figure-spread")
            .unwrap()
            .def
            .enabled
    );
    assert_eq!(
        rules
            .rules
            .iter()
            .filter(|r| r.def.id == "weekday-date-mismatch")
            .count(),
        1
    );
    let report = check_text(
        "x.txt",
        Format::Plain,
        "Dozens of people left.".into(),
        None,
        &rules,
    );
    assert_eq!(report.claims[0].quantities[0].low, Some(13.0));
}

#[test]
fn a_quantities_file_is_merged_as_a_lexicon_file_was() {
    // The built-in expression lexicon is `lexicon/quantities.toml`; a
    // newsroom's `quantities.toml` is merged over it as `lexicon.toml` is.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("quantities.toml"),
        "[[vague]]\nphrases = [\"dozens\"]\nlow = 14\nhigh = 98\ndescription = \"house\"\n",
    )
    .unwrap();
    let rules = RuleSet::load(Some(dir.path())).unwrap();
    let report = check_text(
        "x.txt",
        Format::Plain,
        "Dozens of people left.".into(),
        None,
        &rules,
    );
    assert_eq!(report.claims[0].quantities[0].low, Some(14.0));
    assert_eq!(report.claims[0].quantities[0].high, Some(98.0));
    let builtin = check_text(
        "x.txt",
        Format::Plain,
        "Dozens of people left.".into(),
        None,
        &RuleSet::builtin(),
    );
    assert_ne!(builtin.claims[0].quantities[0].low, Some(14.0));
}

#[test]
fn a_malformed_rule_file_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    std::fs::write(&path, "[[rule]]\nid = \"x\"\nkind = \n").unwrap();
    let err = RuleSet::load(Some(dir.path()))
        .err()
        .expect("malformed file is refused");
    assert_eq!(err.path, path.display().to_string());
    assert_eq!(err.position.map(|p| p.0), Some(3));

    // A rules file configures the rules the code declares; it adds none.
    std::fs::write(&path, "[[rule]]\nid = \"x\"\nseverity = \"info\"\n").unwrap();
    let err = RuleSet::load(Some(dir.path()))
        .err()
        .expect("an unknown rule is refused");
    assert!(err.message.contains("no rule `x`"), "{}", err.message);
    assert_eq!(err.position.map(|p| p.0), Some(1));

    // A rule's declaration is its code's: a file that sets it is told so.
    std::fs::write(&path, "[[rule]]\nid = \"hearsay\"\ndescription = \"d\"\n").unwrap();
    let err = RuleSet::load(Some(dir.path()))
        .err()
        .expect("a description is refused");
    assert!(
        err.message.contains("`description` is the rule's own"),
        "{}",
        err.message
    );
    assert_eq!(err.position.map(|p| p.0), Some(3));

    // A key that is none of the rule's parameters is refused at its line.
    std::fs::write(
        &path,
        "[[rule]]\nid = \"figure-conflict\"\nmargin = 0.1\ncolour = \"red\"\n",
    )
    .unwrap();
    let err = RuleSet::load(Some(dir.path()))
        .err()
        .expect("unknown key is refused");
    assert!(err.message.contains("colour"), "{}", err.message);
    assert_eq!(err.position.map(|p| p.0), Some(4));

    // A parameter of the wrong type is refused, naming the rule.
    std::fs::write(
        &path,
        "[[rule]]\nid = \"figure-conflict\"\nmargin = \"wide\"\n",
    )
    .unwrap();
    let err = RuleSet::load(Some(dir.path()))
        .err()
        .expect("a string margin is refused");
    assert!(err.message.contains("figure-conflict"), "{}", err.message);
}

/// Rule files take no regular expressions: a key such as `pattern` is
/// refused, and a house name that looks like a catastrophic regex is matched
/// as the literal text it is, in linear time. A name too long or without
/// letters is refused where its rule begins.
#[test]
fn a_pathological_pattern_in_a_rule_file_is_refused_or_read_literally() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("house.toml");
    let rule =
        |extra: &str| format!("[[rule]]\nid = \"house-spelling\"\nseverity = \"info\"\n{extra}\n");
    std::fs::write(&path, rule("pattern = \"(a+)+$\"")).unwrap();
    let err = RuleSet::load(Some(dir.path()))
        .err()
        .expect("a regex key is refused");
    assert!(err.message.contains("pattern"), "{}", err.message);
    assert_eq!(err.position.map(|p| p.0), Some(4));

    for (name, expected) in [
        ("x".repeat(5_000), "too long"),
        ("--".to_string(), "no letters"),
    ] {
        std::fs::write(&path, rule(&format!("names = [\"{name}\"]"))).unwrap();
        let err = RuleSet::load(Some(dir.path()))
            .err()
            .expect("a name that is no name is refused");
        assert!(err.message.contains(expected), "{}", err.message);
        assert_eq!(err.path, path.display().to_string());
        assert_eq!(err.position.map(|p| p.0), Some(1));
    }

    std::fs::write(&path, rule(r#"names = ["(a+)+b", "(x|x)*y"]"#)).unwrap();
    let rules = RuleSet::load(Some(dir.path())).unwrap();
    let text = format!("{}.", "a".repeat(100_000));
    assert_eq!(findings_of(&rules, &text, None, "house-spelling"), 0);
    let text = "The group called itself (A+)+B in its statement.";
    assert_eq!(findings_of(&rules, text, None, "house-spelling"), 0);
}

#[test]
fn a_rules_directory_adds_cue_words() {
    let text = "The mayor averred 300 homes were flooded.";
    let builtin = RuleSet::builtin();
    let r = check_text("t.txt", Format::Plain, text.to_string(), None, &builtin);
    assert!(r.claims[0].attribution.is_none());
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("cues.toml"),
        "speech_verbs = [\"aver avers averred averring\"]\n",
    )
    .unwrap();
    let rules = RuleSet::load(Some(dir.path())).unwrap();
    let r = check_text("t.txt", Format::Plain, text.to_string(), None, &rules);
    let a = r.claims[0]
        .attribution(&r.attributions)
        .expect("attributed");
    assert_eq!(r.attributions.sources[a.source.unwrap()].name, "mayor");
}

#[test]
fn a_malformed_cues_file_is_an_input_error_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("cues.toml"),
        "speech_verbs = [\"opine\"]\nverbs_of_saying = 3\n",
    )
    .unwrap();
    let err = RuleSet::load(Some(dir.path())).err().expect("an error");
    let shown = err.to_string();
    assert!(shown.contains("cues.toml:2:"), "{shown}");
}

#[test]
fn a_rules_directory_adds_events_and_opposed_pairs() {
    let text = "The rebels pledged loyalty on Monday. The rebels mutinied on Monday.";
    let builtin = RuleSet::builtin();
    assert_eq!(findings_of(&builtin, text, None, "stance-conflict"), 0);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("events.toml"),
        "[[event]]\nclass = \"loyal\"\nphrases = [\"pledged loyalty\"]\n\n\
         [[event]]\nclass = \"mutiny\"\nphrases = [\"mutinied\"]\n\n\
         [[opposed]]\nclasses = [\"loyal\", \"mutiny\"]\n",
    )
    .unwrap();
    let rules = RuleSet::load(Some(dir.path())).unwrap();
    assert_eq!(findings_of(&rules, text, None, "stance-conflict"), 1);
}

#[test]
fn a_malformed_events_file_is_an_input_error_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("events.toml"),
        "prospective = [\"is poised to\"]\n\n[[event]]\nclass = \"x\"\nwords = [\"y\"]\n",
    )
    .unwrap();
    let err = RuleSet::load(Some(dir.path())).err().expect("an error");
    let shown = err.to_string();
    assert!(
        shown.contains("events.toml:3:") || shown.contains("events.toml:5:"),
        "{shown}"
    );
}
