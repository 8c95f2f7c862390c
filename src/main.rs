//! The command line: a thin layer over the library.

use rustc_hash::FxHashMap as HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use crosscheck::check::{self, FileReport};
use crosscheck::config::{Config, FailOn, Finder};
use crosscheck::error::InputError;
use crosscheck::report::{self, stream::Streamed, Tally};
use crosscheck::rules::{RuleSet, Severity};
use crosscheck::suppress::{self, Baseline};

/// mimalloc in place of the system allocator: the pipeline makes many small,
/// short-lived allocations per sentence, and glibc's malloc and free were
/// about a sixth of the profile of a corpus run.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: Mimalloc = Mimalloc;

/// mimalloc asked for plain blocks where the alignment asked for is one
/// every block has (mimalloc's blocks are aligned to at least a machine
/// word): nearly every allocation. The `mimalloc` crate's allocator asks for
/// an aligned block every time, and that path tests the alignment and the
/// block's address at every call.
#[cfg(feature = "mimalloc")]
struct Mimalloc;

#[cfg(feature = "mimalloc")]
const WORD: usize = std::mem::size_of::<usize>();

/// A block for `layout` from `plain` (size) where a word's alignment serves,
/// else from `aligned` (size, alignment).
#[cfg(feature = "mimalloc")]
#[inline(always)]
unsafe fn mimalloc_block(
    layout: std::alloc::Layout,
    plain: unsafe extern "C" fn(usize) -> *mut std::ffi::c_void,
    aligned: unsafe extern "C" fn(usize, usize) -> *mut std::ffi::c_void,
) -> *mut u8 {
    if layout.align() <= WORD {
        plain(layout.size()).cast()
    } else {
        aligned(layout.size(), layout.align()).cast()
    }
}

// SAFETY: each call keeps GlobalAlloc's contract: a block of at least the
// size asked for, aligned as asked (mi_malloc, mi_zalloc and mi_realloc
// return blocks aligned to at least a word, and anything more is asked of
// the aligned functions), freed by mi_free, which frees blocks of either kind.
#[cfg(feature = "mimalloc")]
unsafe impl std::alloc::GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        mimalloc_block(layout, mi::mi_malloc, mi::mi_malloc_aligned)
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        mimalloc_block(layout, mi::mi_zalloc, mi::mi_zalloc_aligned)
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        libmimalloc_sys::mi_free(ptr.cast());
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        use libmimalloc_sys as mi;
        if layout.align() <= WORD {
            mi::mi_realloc(ptr.cast(), new_size).cast()
        } else {
            mi::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
        }
    }
}

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
    /// The lowest severity that makes the exit code 1 [default: warning, or the configuration's].
    #[arg(long, value_enum)]
    fail_on: Option<FailOnArg>,
    /// The configuration file [default: the nearest crosscheck.toml above each file].
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Report only findings not recorded in FILE; a missing FILE records today's findings.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Rewrite the --baseline FILE with today's findings.
    #[arg(long, requires = "baseline")]
    update_baseline: bool,
    /// Add a table of the claims with their normalised quantities and times (pretty format).
    #[arg(long)]
    claims: bool,
    /// Check the articles as one story: figures and times in one are checked against the others.
    #[arg(long)]
    together: bool,
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
    Html,
    /// The claim graph in Graphviz's DOT language (`dot -Tsvg`).
    Dot,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOnArg {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOnArg {
    fn get(self) -> FailOn {
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
        Command::Batch {
            rules,
            config,
            date,
        } => run_batch(rules, config, date),
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
    let mut jobs = Jobs {
        inputs,
        args: &args,
        fixed,
        finder: Finder::default(),
        configs: HashMap::default(),
        rule_sets: HashMap::default(),
        plain_rules,
    };
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

/// One article to check, with the rules, date and failure threshold its
/// configuration gives it.
struct Job {
    input: check::Input,
    rules: Arc<RuleSet>,
    date: Option<NaiveDate>,
    threshold: Option<Severity>,
    /// Whether the report shows the timeline (`--claims`, the HTML report).
    timeline: bool,
}

/// The command line's articles as jobs, made as they are needed: each
/// article's configuration is found (once per folder) and read (once), an
/// article a walk found is dropped if its configuration excludes it, and a
/// rule set is built once per configuration. A configuration that cannot be
/// read or applied is reported once, and its articles are not checked.
struct Jobs<'a> {
    inputs: check::Inputs,
    args: &'a CheckArgs,
    /// `--config`, for every article.
    fixed: Option<Arc<Config>>,
    finder: Finder,
    /// Each configuration file read, or `None` if it was refused.
    configs: HashMap<PathBuf, Option<Arc<Config>>>,
    /// The rule set of each configuration, or `None` if it was refused.
    rule_sets: HashMap<PathBuf, Option<Arc<RuleSet>>>,
    plain_rules: Arc<RuleSet>,
}

impl Jobs<'_> {
    /// Reads the configurations that govern the paths on the command line
    /// and builds their rule sets, so that a bad one fails the run before
    /// anything is written. (One found deeper in a walk is reported when the
    /// walk meets it.)
    fn check_configs(&mut self) -> Vec<InputError> {
        let mut errors = Vec::new();
        for path in &self.args.paths {
            let here = if path.as_os_str() == "-" {
                Path::new(".")
            } else {
                path.as_path()
            };
            match self.config_of(here, false) {
                Ok(config) => {
                    if let Err(Some(e)) = self.rules_of(config.as_ref()) {
                        errors.push(e);
                    }
                }
                Err(Some(e)) => errors.push(e),
                Err(None) => {}
            }
        }
        errors
    }

    /// The configuration of an article: `Err(Some(e))` the first time its
    /// file is refused, `Err(None)` after that.
    fn config_of(
        &mut self,
        file: &Path,
        walked: bool,
    ) -> Result<Option<Arc<Config>>, Option<InputError>> {
        if let Some(c) = &self.fixed {
            return Ok(Some(c.clone()));
        }
        // A walk yields only plain files, whose type it has read already.
        let found = if walked {
            self.finder.find_for_plain_file(file)
        } else {
            self.finder.find(file)
        };
        let Some(path) = found else {
            return Ok(None);
        };
        if let Some(c) = self.configs.get(&path) {
            return c.clone().map(Some).ok_or(None);
        }
        let loaded = Config::load(&path).map(Arc::new);
        self.configs.insert(path, loaded.as_ref().ok().cloned());
        loaded.map(Some).map_err(Some)
    }

    /// The rule set of a configuration, as `config_of` answers.
    fn rules_of(
        &mut self,
        config: Option<&Arc<Config>>,
    ) -> Result<Arc<RuleSet>, Option<InputError>> {
        let Some(config) = config else {
            return Ok(self.plain_rules.clone());
        };
        if let Some(r) = self.rule_sets.get(&config.path) {
            return r.clone().ok_or(None);
        }
        let built = RuleSet::load(self.args.rules.as_deref()).and_then(|mut r| {
            config.apply(&mut r)?;
            Ok(Arc::new(r))
        });
        self.rule_sets
            .insert(config.path.clone(), built.as_ref().ok().cloned());
        built.map_err(Some)
    }
}

impl Iterator for Jobs<'_> {
    type Item = Result<Job, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let found = match self.inputs.next()? {
                Ok(found) => found,
                Err(e) => return Some(Err(e)),
            };
            let here = match &found.input {
                check::Input::File(p) => p.as_path(),
                check::Input::Stdin => Path::new("."),
            };
            let config = match self.config_of(here, found.walked) {
                Ok(c) => c,
                Err(Some(e)) => return Some(Err(e)),
                Err(None) => continue,
            };
            if found.walked && config.as_ref().is_some_and(|c| !c.admits(here)) {
                continue;
            }
            let rules = match self.rules_of(config.as_ref()) {
                Ok(r) => r,
                Err(Some(e)) => return Some(Err(e)),
                Err(None) => continue,
            };
            let args = self.args;
            let date = args.date.or(config.as_ref().and_then(|c| c.date));
            let fail_on = args
                .fail_on
                .map(FailOnArg::get)
                .or(config.as_ref().and_then(|c| c.fail_on))
                .unwrap_or(FailOn::Warning);
            return Some(Ok(Job {
                input: found.input,
                rules,
                date,
                threshold: fail_on.threshold(),
                timeline: (args.claims && matches!(args.format, OutputFormat::Pretty))
                    || matches!(args.format, OutputFormat::Html),
            }));
        }
    }
}

impl Job {
    fn check(&self) -> Result<FileReport, InputError> {
        let shown = self.input.display();
        let (format, text) = self.input.read_shown(&shown)?;
        Ok(check::check_text_with(
            &shown,
            format,
            text,
            self.date,
            &self.rules,
            self.timeline,
        ))
    }

    /// Whether `report` has a finding at or above this article's threshold.
    fn fails(&self, report: &FileReport) -> bool {
        let worst = report.findings.iter().map(|f| f.severity).max();
        matches!((self.threshold, worst), (Some(t), Some(w)) if w >= t)
    }
}

/// How far, per thread, checking may run ahead of writing: enough to keep
/// every core busy past a slow article, few enough that memory stays flat
/// however many files there are.
const ARTICLES_PER_THREAD: usize = 16;

/// An article's piece of the report, its counts, and whether it fails the check.
type Checked = Result<(Vec<u8>, Tally, bool), InputError>;

/// The report as written so far, in input order, and the pieces that are
/// done but wait for one before them.
struct InOrder<W> {
    out: W,
    /// How many articles are written (or reported as errors).
    done: usize,
    /// Pieces done after `done`, by position: `waiting[k]` is article `done + k`.
    waiting: std::collections::VecDeque<Option<Checked>>,
    /// Text in order not yet written, each piece from an offset (the first
    /// piece goes without its separator): written together in one vectored
    /// write once it comes to `GATHERED` bytes, with no copy of it into a
    /// buffer (copying every piece shorter than a buffer was 0.5% of a run).
    gathered: Vec<(Vec<u8>, usize)>,
    gathered_len: usize,
    pieces: usize,
    tally: Tally,
    failed: bool,
    errors: Vec<InputError>,
    /// The output was closed (e.g. `| head`): nothing more is checked.
    closed: bool,
}

/// How much of the report is gathered before it is written: the size of
/// the buffer the pieces went through before, so that a piece goes out as
/// soon (most pieces are longer, and go out as they are done); short pieces
/// go several to a write.
const GATHERED: usize = 1 << 14;

impl<W: Write> InOrder<W> {
    fn new(out: W) -> InOrder<W> {
        InOrder {
            out,
            done: 0,
            waiting: std::collections::VecDeque::new(),
            gathered: Vec::new(),
            gathered_len: 0,
            pieces: 0,
            tally: Tally::default(),
            failed: false,
            errors: Vec::new(),
            closed: false,
        }
    }

    /// Places article `i`'s result and writes every piece now in order.
    /// Returns whether any was written.
    fn place(&mut self, i: usize, result: Checked, format: Streamed) -> bool {
        let slot = i - self.done;
        if self.waiting.len() <= slot {
            self.waiting.resize_with(slot + 1, || None);
        }
        self.waiting[slot] = Some(result);
        let before = self.done;
        while !self.closed && self.waiting.front().is_some_and(Option::is_some) {
            let Some(Some(result)) = self.waiting.pop_front() else {
                break;
            };
            self.done += 1;
            match result {
                Ok((piece, t, fails)) => {
                    // Each piece comes after its separator, which the first
                    // one written goes without.
                    let lead = if self.pieces > 0 {
                        0
                    } else {
                        format.separator().len()
                    };
                    self.gather(piece, lead);
                    if self.gathered_len >= GATHERED {
                        // A closed pipe is not an error of the check.
                        self.closed = self.write_gathered().is_err();
                    }
                    self.pieces += 1;
                    self.tally.merge(&t);
                    self.failed |= fails;
                }
                Err(e) => self.errors.push(e),
            }
        }
        self.done > before
    }

    /// Adds `text` from byte `from` on to what is to be written.
    fn gather(&mut self, text: Vec<u8>, from: usize) {
        self.gathered_len += text.len() - from;
        self.gathered.push((text, from));
    }

    /// Writes what is gathered, all of it.
    fn write_gathered(&mut self) -> std::io::Result<()> {
        use std::io::IoSlice;
        let mut slices: Vec<IoSlice<'_>> = self
            .gathered
            .iter()
            .map(|(text, from)| IoSlice::new(&text[*from..]))
            .collect();
        let mut rest = &mut slices[..];
        // Empty pieces (a format with no head) are passed over.
        IoSlice::advance_slices(&mut rest, 0);
        while !rest.is_empty() {
            match self.out.write_vectored(rest) {
                Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
                Ok(n) => IoSlice::advance_slices(&mut rest, n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.gathered.clear();
        self.gathered_len = 0;
        Ok(())
    }
}

/// Checks the articles on every core and writes each article's piece of the
/// report in input order as soon as it and those before it are done. Each
/// thread takes the next article, checks it, and writes what is ready; no
/// thread runs more than a window ahead of the writing, so at most a window
/// of pieces waits in memory, and no thread waits for a batch to finish.
fn check_streamed(jobs: Jobs, format: Streamed, baseline: Option<&Baseline>) -> ExitCode {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Condvar, Mutex, MutexGuard};

    // The pieces go to the output as they are, gathered a few to a write.
    let mut order = InOrder::new(report_output());
    order.gather(format.head().into_bytes(), 0);
    let threads = rayon::current_num_threads().max(1);
    let window = threads * ARTICLES_PER_THREAD;
    // The jobs, numbered as they are taken.
    let source = Mutex::new((jobs, 0usize));
    // `done` as the workers may read it without the lock, and how many
    // workers wait for it to grow (so that a signal is sent only then).
    let done = AtomicUsize::new(0);
    let sleepers = AtomicUsize::new(0);
    let grew = Condvar::new();
    let order = Mutex::new(order);
    let lock = || order.lock().unwrap_or_else(|e| e.into_inner());
    // A thread that panics leaves its article unwritten, and the others
    // would wait for it for ever: it ends the run for all of them as it
    // unwinds (the panic then ends the process, as it would have).
    struct EndOnPanic<'a, W>(&'a Mutex<InOrder<W>>, &'a Condvar);
    impl<W> Drop for EndOnPanic<'_, W> {
        fn drop(&mut self) {
            if std::thread::panicking() {
                self.0.lock().unwrap_or_else(|e| e.into_inner()).closed = true;
                self.1.notify_all();
            }
        }
    }
    let check_in_turn = || loop {
        let (i, job) = {
            let mut source = source.lock().unwrap_or_else(|e| e.into_inner());
            let Some(job) = source.0.next() else {
                break;
            };
            source.1 += 1;
            (source.1 - 1, job)
        };
        if i >= done.load(Ordering::Acquire) + window {
            let mut o: MutexGuard<_> = lock();
            while i >= o.done + window && !o.closed {
                sleepers.fetch_add(1, Ordering::SeqCst);
                o = grew.wait(o).unwrap_or_else(|e| e.into_inner());
                sleepers.fetch_sub(1, Ordering::SeqCst);
            }
            if o.closed {
                break;
            }
        }
        let result = job.and_then(|job| {
            let mut report = job.check()?;
            suppress::apply_comments(&mut report);
            if let Some(b) = baseline {
                b.apply(&mut report);
            }
            let mut t = Tally::default();
            t.add(&report);
            Ok((format.separated_piece(&report), t, job.fails(&report)))
        });
        let mut o = lock();
        let advanced = o.place(i, result, format);
        done.store(o.done, Ordering::Release);
        let closed = o.closed;
        drop(o);
        if (advanced || closed) && sleepers.load(Ordering::SeqCst) > 0 {
            grew.notify_all();
        }
        if closed {
            break;
        }
    };
    let work = || {
        let _end_on_panic = EndOnPanic(&order, &grew);
        check_in_turn();
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(work);
        }
        work();
    });
    let mut o = order.into_inner().unwrap_or_else(|e| e.into_inner());
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
    let plain_rules = jobs.plain_rules.clone();
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

/// The exit code of a run: 2 when an article could not be read (the report
/// covers the others), else 1 when a finding reached its threshold.
fn finish(errors: &[InputError], failed: bool) -> ExitCode {
    if !errors.is_empty() {
        fail(errors)
    } else if failed {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    }
}

fn run_batch(dir: Option<PathBuf>, config: Option<PathBuf>, date: Option<NaiveDate>) -> ExitCode {
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

#[cfg(all(test, feature = "mimalloc"))]
mod allocator_tests {
    use std::alloc::{GlobalAlloc, Layout};

    /// Blocks come back aligned as asked, at every alignment and size, from
    /// each entry point (the plain path below a word's alignment, the aligned
    /// one above it), and keep their bytes when they grow.
    #[test]
    fn blocks_are_aligned_as_asked_and_keep_their_bytes() {
        let a = super::Mimalloc;
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1, 7, 8, 15, 16, 100, 1000, 70_000] {
                let layout = Layout::from_size_align(size, align).unwrap();
                unsafe {
                    let p = a.alloc(layout);
                    assert!(!p.is_null() && p as usize % align == 0, "{size} {align}");
                    std::ptr::write_bytes(p, 0xab, size);
                    let q = a.realloc(p, layout, size * 3);
                    assert!(!q.is_null() && q as usize % align == 0, "{size} {align}");
                    assert!((0..size).all(|k| *q.add(k) == 0xab));
                    a.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                    let z = a.alloc_zeroed(layout);
                    assert!(!z.is_null() && z as usize % align == 0, "{size} {align}");
                    assert!((0..size).all(|k| *z.add(k) == 0));
                    a.dealloc(z, layout);
                }
            }
        }
    }
}
