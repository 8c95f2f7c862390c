//! How a run ends: its exit code, and the input errors it prints on the way.

use std::process::ExitCode;

use crosscheck::error::InputError;

/// A finding reached its threshold.
const EXIT_FINDINGS: u8 = 1;
/// An input (an article, a configuration, a rule file, the command line)
/// could not be read.
pub const EXIT_INPUT: u8 = 2;

/// Prints `errors` and ends the run with `EXIT_INPUT`.
pub fn fail(errors: &[InputError]) -> ExitCode {
    for e in errors {
        eprintln!("crosscheck: error: {e}");
    }
    ExitCode::from(EXIT_INPUT)
}

/// The exit code of a run: 2 when an article could not be read (the report
/// covers the others), else 1 when a finding reached its threshold.
pub fn finish(errors: &[InputError], failed: bool) -> ExitCode {
    if !errors.is_empty() {
        fail(errors)
    } else if failed {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    }
}
