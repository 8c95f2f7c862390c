//! `crosscheck batch`: the command's rules and configuration, and its run
//! over standard input (`crosscheck::batch`).

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use crosscheck::config::Config;
use crosscheck::rules::RuleSet;

use super::exit::{fail, EXIT_INPUT};

pub fn run_batch(
    dir: Option<PathBuf>,
    config: Option<PathBuf>,
    date: Option<NaiveDate>,
) -> ExitCode {
    let mut rules = match RuleSet::load(dir.as_deref()) {
        Ok(r) => r,
        Err(e) => return fail(&[e]),
    };
    let mut date = date;
    if let Some(path) = config {
        let c = match Config::load(&path) {
            Ok(c) => c,
            Err(e) => return fail(&[e]),
        };
        if let Err(e) = c.apply(&mut rules) {
            return fail(&[e]);
        }
        date = date.or(c.date);
    }
    let stdin = std::io::stdin().lock();
    let stdout = std::io::BufWriter::new(std::io::stdout().lock());
    match crosscheck::batch::run(stdin, stdout, &rules, date) {
        Ok(summary) if summary.errors > 0 => {
            eprintln!(
                "crosscheck: {} of {} record{} could not be checked (see their \"error\" lines)",
                summary.errors,
                summary.records,
                if summary.records == 1 { "" } else { "s" }
            );
            ExitCode::from(EXIT_INPUT)
        }
        Ok(_) => ExitCode::SUCCESS,
        // A closed pipe downstream ends the run quietly.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("crosscheck: error: -: {e}");
            ExitCode::from(EXIT_INPUT)
        }
    }
}
