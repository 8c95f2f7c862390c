//! `crosscheck check`: the run of a check over the command line's articles,
//! written as each article is done for the formats that can be
//! (`check_streamed`), else from all the reports at once
//! (`check_collected`).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use rayon::prelude::*;

use crosscheck::check::{self, FileReport};
use crosscheck::config::Config;
use crosscheck::error::InputError;
use crosscheck::report::{self, stream::Streamed, Tally};
use crosscheck::rules::RuleSet;
use crosscheck::suppress::{self, Baseline};

use super::args::{CheckArgs, ColorChoice, OutputFormat};
use super::exit::{fail, finish};
use super::in_order::{check_in_order, InOrder};
use super::jobs::{Job, Jobs};

/// Runs `crosscheck check` with `args`.
pub fn run_check(args: CheckArgs) -> ExitCode {
    match args.color {
        ColorChoice::Always => colored::control::set_override(true),
        ColorChoice::Never => colored::control::set_override(false),
        ColorChoice::Auto => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            colored::control::set_override(!no_color && std::io::stdout().is_terminal());
        }
    }
    let fixed = match &args.config {
        Some(path) => match Config::load(path) {
            Ok(c) => Some(Arc::new(c)),
            Err(e) => return fail(&[e]),
        },
        None => None,
    };
    // The rules of an article with no configuration; a bad --rules folder
    // fails the run before anything is checked.
    let plain_rules = match RuleSet::load(args.rules.as_deref()) {
        Ok(r) => Arc::new(r),
        Err(e) => return fail(&[e]),
    };
    let inputs = match check::Inputs::new(args.paths.clone()) {
        Ok(i) => i,
        Err(e) => return fail(&[e]),
    };
    let mut jobs = Jobs::new(inputs, &args, fixed, plain_rules);
    let errors = jobs.check_configs();
    if !errors.is_empty() {
        return fail(&errors);
    }
    // A baseline that exists (and is not to be rewritten) is applied to each
    // article as it is checked; otherwise this run's findings make it.
    let baseline = match &args.baseline {
        Some(path) => match Baseline::load(path) {
            Ok(Some(b)) if !args.update_baseline => Some(b),
            Ok(_) => None,
            Err(e) => return fail(&[e]),
        },
        None => None,
    };
    let recording = args.baseline.is_some() && baseline.is_none();
    let streamed = match args.format {
        _ if args.together || recording => None,
        OutputFormat::Json => Some(Streamed::Json),
        OutputFormat::Jsonl => Some(Streamed::Jsonl),
        OutputFormat::Pretty => Some(Streamed::Pretty {
            claims: args.claims,
        }),
        OutputFormat::Github => Some(Streamed::Github),
        OutputFormat::Checkstyle => Some(Streamed::Checkstyle),
        OutputFormat::Sarif | OutputFormat::Junit | OutputFormat::Html | OutputFormat::Dot => None,
    };
    match streamed {
        Some(format) => check_streamed(jobs, format, baseline.as_ref()),
        None => check_collected(jobs, &args, baseline),
    }
}

/// Checks the articles on every core and writes each article's piece of the
/// report in input order as soon as it and those before it are done
/// (`in_order`).
fn check_streamed(jobs: Jobs, format: Streamed, baseline: Option<&Baseline>) -> ExitCode {
    // The pieces go to the output as they are, gathered a few to a write.
    let mut order = InOrder::new(report_output());
    order.gather(format.head().into_bytes(), 0);
    let mut o = check_in_order(jobs, order, format, |job| {
        job.and_then(|job| {
            let mut report = job.check()?;
            suppress::apply_comments(&mut report);
            if let Some(b) = baseline {
                b.apply(&mut report);
            }
            let mut t = Tally::default();
            t.add(&report);
            Ok((format.separated_piece(&report), t, job.fails(&report)))
        })
    });
    if o.closed {
        return ExitCode::SUCCESS;
    }
    let tail = format.tail(&o.tally).into_bytes();
    o.gather(tail, 0);
    if o.write_gathered().and_then(|_| o.out.flush()).is_err() {
        return ExitCode::SUCCESS;
    }
    finish(&o.errors, o.failed)
}

/// Standard output as a file of its own descriptor, where one can be had:
/// std's handle buffers by line, so a piece written to it went out in two
/// writes (the text after its last line break was kept back and copied).
fn report_output() -> Box<dyn Write + Send> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = std::io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    Box::new(std::io::stdout())
}

/// Checks every article, then renders the report from all of them: the
/// formats that need totals or the whole graph up front, `--together`, and a
/// run that records a baseline.
fn check_collected(jobs: Jobs, args: &CheckArgs, baseline: Option<Baseline>) -> ExitCode {
    let plain_rules = jobs.plain_rules();
    // Every article is found before any is checked: a walk's error (a bad
    // configuration, an empty or unreadable folder) fails the run before a
    // story graph or a baseline is made from part of it.
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for job in jobs {
        match job {
            Ok(job) => found.push(job),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return fail(&errors);
    }
    let jobs = found;
    let checked: Vec<Result<FileReport, InputError>> = jobs.par_iter().map(Job::check).collect();
    let mut reports: Vec<FileReport> = Vec::new();
    let mut own_jobs: Vec<&Job> = Vec::new();
    for (job, result) in jobs.iter().zip(checked) {
        match result {
            Ok(report) => {
                reports.push(report);
                own_jobs.push(job);
            }
            Err(e) => errors.push(e),
        }
    }
    // The rules of the first article (the graph and the SARIF rule list
    // need one set).
    let first_rules = jobs.first().map_or(plain_rules, |j| j.rules.clone());
    if args.together {
        check::together(&mut reports, &first_rules);
    }
    for report in &mut reports {
        suppress::apply_comments(report);
    }
    let baseline = match (baseline, &args.baseline) {
        (Some(b), _) => Some(b),
        (None, Some(path)) => {
            // Record today's findings; later runs report only new ones.
            let b = Baseline::of(&reports);
            if let Err(e) = b.write(path) {
                return fail(&[e]);
            }
            eprintln!(
                "crosscheck: recorded {} finding{} in the baseline {}",
                b.findings.len(),
                if b.findings.len() == 1 { "" } else { "s" },
                path.display()
            );
            Some(b)
        }
        (None, None) => None,
    };
    if let Some(b) = &baseline {
        for r in &mut reports {
            b.apply(r);
        }
    }
    let out = match args.format {
        OutputFormat::Json => Streamed::Json.render(&reports),
        OutputFormat::Pretty => Streamed::Pretty {
            claims: args.claims,
        }
        .render(&reports),
        OutputFormat::Github => Streamed::Github.render(&reports),
        OutputFormat::Jsonl => Streamed::Jsonl.render(&reports),
        OutputFormat::Checkstyle => Streamed::Checkstyle.render(&reports),
        OutputFormat::Sarif => report::sarif::render(&reports, &first_rules),
        OutputFormat::Junit => report::junit::render(&reports),
        OutputFormat::Html => report::html::render(&reports),
        OutputFormat::Dot => {
            if args.together {
                check::graph_of(&reports, &first_rules).to_dot()
            } else {
                reports
                    .iter()
                    .map(|r| check::graph_of(std::slice::from_ref(r), &first_rules).to_dot())
                    .collect()
            }
        }
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
    let failed = reports.iter().zip(own_jobs).any(|(r, job)| job.fails(r));
    finish(&errors, failed)
}
