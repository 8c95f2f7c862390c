//! `crosscheck rules`: the rules in force, listed.

use std::path::PathBuf;
use std::process::ExitCode;

use crosscheck::rules::RuleSet;

use super::exit::fail;

pub fn run_rules(dir: Option<PathBuf>) -> ExitCode {
    let rules = match RuleSet::load(dir.as_deref()) {
        Ok(r) => r,
        Err(e) => return fail(&[e]),
    };
    for rule in &rules.rules {
        let d = &rule.def;
        let state = if d.enabled { "" } else { " (disabled)" };
        println!(
            "{} [{} · {}]{state}\n    {}\n",
            d.id,
            d.category.as_str(),
            d.severity,
            d.description.replace('\n', " ")
        );
    }
    ExitCode::SUCCESS
}
