//! The command line: a thin layer over the library. Its arguments
//! (`args`), and a module for each command: `check` (with the jobs it runs,
//! `jobs`, and the ordered parallel writer of its streamed reports,
//! `in_order`), `batch` and `list_rules`; `exit` holds how a run ends.

mod args;
mod batch;
mod check;
mod exit;
mod in_order;
mod jobs;
mod list_rules;

use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};

/// Reads the command line and runs its command.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let code = if err.use_stderr() {
                exit::EXIT_INPUT
            } else {
                0
            };
            let _ = err.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Check(args) => check::run_check(args),
        Command::Rules { rules } => list_rules::run_rules(rules),
        Command::Batch {
            rules,
            config,
            date,
        } => batch::run_batch(rules, config, date),
    }
}
