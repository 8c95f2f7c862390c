//! The rule loader on any text: a rule file, an expression lexicon, a cue
//! lexicon and an events lexicon are either loaded or refused with an input
//! error, never a panic.
#![no_main]

use crosscheck::rules::RuleSet;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let dir = std::env::temp_dir().join(format!("crosscheck-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let mut set = RuleSet::builtin();
    let _ = set.add_rule_file("fuzz.toml", text);
    for name in ["lexicon.toml", "cues.toml", "events.toml", "rules.toml"] {
        let _ = std::fs::remove_dir_all(&dir);
        let _ = std::fs::create_dir_all(&dir);
        if std::fs::write(dir.join(name), text).is_ok() {
            if let Ok(rules) = RuleSet::load(Some(&dir)) {
                // What loaded must run.
                let _ = crosscheck::check::check_text(
                    "a.txt",
                    crosscheck::document::Format::Plain,
                    "The floods killed 48 people on Monday, the governor said.".to_string(),
                    None,
                    &rules,
                );
            }
        }
    }
});
