//! The command line's arguments, as clap reads them: the subcommands and
//! their options, and the values an option may take.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use crosscheck::config::FailOn;

#[derive(Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Checks news copy: who said what, and where the figures and the timeline disagree"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Check articles and report their claims and findings.
    Check(CheckArgs),
    /// Check a stream of JSON Lines articles ({"id", "text", "date"?, "format"?}) from stdin,
    /// writing one JSON report a line to stdout.
    Batch {
        /// Rule files that add to or override the embedded defaults.
        #[arg(long, value_name = "DIR")]
        rules: Option<PathBuf>,
        /// A configuration file (rules, severities, sources, cue words) for every record.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// Reference date for records that give none (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        date: Option<NaiveDate>,
    },
    /// List the rules in force (built-in, plus --rules DIR).
    Rules {
        /// Rule files that add to or override the embedded defaults.
        #[arg(long, value_name = "DIR")]
        rules: Option<PathBuf>,
    },
}

#[derive(clap::Args)]
pub struct CheckArgs {
    /// Files, directories (walked for .txt .md .markdown .html .htm) or - for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Pretty)]
    pub format: OutputFormat,
    /// Reference date for relative times (YYYY-MM-DD); default: the article's own dateline.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// When to colour the pretty report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Rule files that add to or override the embedded defaults.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// The lowest severity that makes the exit code 1 [default: warning, or the configuration's].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOnArg>,
    /// The configuration file [default: the nearest crosscheck.toml above each file].
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Report only findings not recorded in FILE; a missing FILE records today's findings.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Rewrite the --baseline FILE with today's findings.
    #[arg(long, requires = "baseline")]
    pub update_baseline: bool,
    /// Add a table of the claims with their normalised quantities and times (pretty format).
    #[arg(long)]
    pub claims: bool,
    /// Check the articles as one story: figures and times in one are checked against the others.
    #[arg(long)]
    pub together: bool,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum OutputFormat {
    Pretty,
    Json,
    Sarif,
    Github,
    Jsonl,
    Checkstyle,
    Junit,
    Html,
    /// The claim graph in Graphviz's DOT language (`dot -Tsvg`).
    Dot,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum FailOnArg {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOnArg {
    pub fn get(self) -> FailOn {
        match self {
            FailOnArg::Error => FailOn::Error,
            FailOnArg::Warning => FailOn::Warning,
            FailOnArg::Info => FailOn::Info,
            FailOnArg::Never => FailOn::Never,
        }
    }
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    crosscheck::calendar::parse_iso_day(s)
        .ok_or_else(|| format!("`{s}` is not a date in the form YYYY-MM-DD (e.g. 2019-02-20)"))
}
