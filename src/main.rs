//! The command line: a thin layer over the library.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use crosscheck::check::{self, FileReport};
use crosscheck::error::InputError;
use crosscheck::report;
use crosscheck::rules::{RuleSet, Severity};

#[derive(Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Checks news copy: who said what, and where the figures and the timeline disagree"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check articles and report their claims and findings.
    Check(CheckArgs),
    /// List the rules in force (built-in, plus --rules DIR).
    Rules {
        /// Rule files that add to or override the embedded defaults.
        #[arg(long, value_name = "DIR")]
        rules: Option<PathBuf>,
    },
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Files, directories (walked for .txt .md .markdown .html .htm) or - for stdin.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Pretty)]
    format: OutputFormat,
    /// Reference date for relative times (YYYY-MM-DD); default: the article's own dateline.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<NaiveDate>,
    /// When to colour the pretty report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Rule files that add to or override the embedded defaults.
    #[arg(long, value_name = "DIR")]
    rules: Option<PathBuf>,
    /// The lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    fail_on: FailOn,
    /// Add a table of the claims with their normalised quantities and times (pretty format).
    #[arg(long)]
    claims: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Pretty,
    Json,
    Sarif,
    Github,
    Jsonl,
    Checkstyle,
    Junit,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date in the form YYYY-MM-DD (e.g. 2019-02-20)"))
}

const EXIT_FINDINGS: u8 = 1;
const EXIT_INPUT: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let code = if err.use_stderr() { EXIT_INPUT } else { 0 };
            let _ = err.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Check(args) => run_check(args),
        Command::Rules { rules } => run_rules(rules),
    }
}

fn fail(errors: &[InputError]) -> ExitCode {
    for e in errors {
        eprintln!("crosscheck: error: {e}");
    }
    ExitCode::from(EXIT_INPUT)
}

fn run_check(args: CheckArgs) -> ExitCode {
    match args.color {
        ColorChoice::Always => colored::control::set_override(true),
        ColorChoice::Never => colored::control::set_override(false),
        ColorChoice::Auto => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            colored::control::set_override(!no_color && std::io::stdout().is_terminal());
        }
    }
    let rules = match RuleSet::load(args.rules.as_deref()) {
        Ok(r) => r,
        Err(e) => return fail(&[e]),
    };
    let inputs = match check::expand(&args.paths) {
        Ok(i) => i,
        Err(e) => return fail(&[e]),
    };
    let mut reports: Vec<FileReport> = Vec::new();
    let mut errors = Vec::new();
    for input in &inputs {
        match input.read() {
            Ok((format, text)) => reports.push(check::check_text(
                &input.display(),
                format,
                text,
                args.date,
                &rules,
            )),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return fail(&errors);
    }
    let out = match args.format {
        OutputFormat::Json => report::json::render(&reports),
        OutputFormat::Pretty => report::pretty::render(&reports, args.claims),
        OutputFormat::Sarif => report::sarif::render(&reports, &rules),
        OutputFormat::Github => report::github::render(&reports),
        OutputFormat::Jsonl => report::jsonl::render(&reports),
        OutputFormat::Checkstyle => report::checkstyle::render(&reports),
        OutputFormat::Junit => report::junit::render(&reports),
    };
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush())
        .is_err()
    {
        // A closed pipe (e.g. `| head`) is not an error of the check.
        return ExitCode::SUCCESS;
    }
    let worst = reports
        .iter()
        .flat_map(|r| r.findings.iter().map(|f| f.severity))
        .max();
    match (args.fail_on.threshold(), worst) {
        (Some(threshold), Some(worst)) if worst >= threshold => ExitCode::from(EXIT_FINDINGS),
        _ => ExitCode::SUCCESS,
    }
}

fn run_rules(dir: Option<PathBuf>) -> ExitCode {
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
