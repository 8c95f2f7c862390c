//! Checking one article: read it, build the document, find the claims, run
//! the rules. Also the expansion of command-line paths into articles.

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::attribution::{self, Attributions, SentenceTokens};
use crate::claims::{self, Claim};
use crate::document::{self, Document, Format};
use crate::error::InputError;
use crate::expressions;
use crate::graph::temporal::{ResolvedEvent, Timeline};
use crate::graph::{Article, ClaimGraph};
use crate::rules::{Context, Finding, Foreign, RuleSet, Scope};
use crate::text::tokens::tokenize;

self_cell::self_cell!(
    /// An article read once: its document, and the tokens of its
    /// sentences, which borrow the document's prose. Made by the check and
    /// kept with its report, so that every later reader (the report, the
    /// drawn graph, `--together`) reads the same tokens and none makes
    /// them again. (`self_cell`: the tokens borrow the document they are
    /// kept beside.)
    struct Analysis {
        owner: Document,
        #[covariant]
        dependent: Sentences,
    }
    impl {Debug}
);

/// The tokens of every sentence of a document, in order.
type Sentences<'a> = Vec<SentenceTokens<'a>>;

/// The result of checking one article.
#[derive(Debug)]
pub struct FileReport {
    analysis: Analysis,
    /// The date relative times were resolved against (`--date`, else the article's own).
    pub reference_date: Option<NaiveDate>,
    pub attributions: Attributions,
    pub claims: Vec<Claim>,
    pub findings: Vec<Finding>,
    /// Findings silenced by the article's own comments.
    pub suppressed: Vec<Finding>,
    /// How many findings a baseline recorded already.
    pub baselined: usize,
    /// The events placed on the calendar, earliest first: made only when
    /// asked for (`--claims`, the HTML report) and the rule set has the
    /// `timeline-conflict` rule on, whose words it reads.
    pub timeline: Vec<ResolvedEvent>,
}

/// Checks an article's text. `date` (from `--date`) wins over a date the article states.
pub fn check_text(
    path: &str,
    format: Format,
    text: String,
    date: Option<NaiveDate>,
    rules: &RuleSet,
) -> FileReport {
    check_text_with(path, format, text, date, rules, false)
}

/// As `check_text`; with `timeline`, the report also places the article's
/// events on the calendar (`FileReport::timeline`).
pub fn check_text_with(
    path: &str,
    format: Format,
    text: String,
    date: Option<NaiveDate>,
    rules: &RuleSet,
    timeline: bool,
) -> FileReport {
    let doc = Document::parse(path, format, text);
    let reference_date = date.or(doc.stated_date);
    let mut expressions = Vec::with_capacity(doc.sentences.len());
    // The sentences' tokens are made once, kept with the document, and
    // read by every later stage.
    let analysis = Analysis::new(doc, |doc| {
        let mut finder = expressions::Finder::default();
        let mut sentences = Vec::with_capacity(doc.sentences.len());
        for sentence in &doc.sentences {
            let tokens = tokenize(&doc.prose, sentence.span);
            let found = finder.find(&tokens, reference_date, &rules.lexicons.quantities);
            let in_time = crate::text::tokens::covered(&tokens, found.times.iter().map(|x| x.span));
            expressions.push(found);
            sentences.push(SentenceTokens { tokens, in_time });
        }
        sentences
    });
    let (doc, sentences) = (analysis.borrow_owner(), analysis.borrow_dependent());
    let attributions = attribution::attribute(doc, sentences, &rules.lexicons.cues);
    let claims = claims::extract(doc, expressions, &attributions);
    let articles = [Article {
        doc,
        claims: &claims,
        attributions: &attributions,
        reference: reference_date,
        tokens: sentences,
    }];
    let graph = ClaimGraph::build(
        &articles,
        &rules.lexicons.events,
        &rules.lexicons.quantities,
    );
    let mut findings = rules.run(&Context {
        doc,
        claims: &claims,
        attributions: &attributions,
        reference: reference_date,
        articles: &articles,
        graph: &graph,
        events: &rules.lexicons.events,
    });
    crate::rules::fingerprint::assign(doc, &mut findings);
    let timeline = match timeline.then(|| rules.timeline_params()).flatten() {
        Some(params) => Timeline::build(&graph, &articles, params).resolve(&articles),
        None => Vec::new(),
    };
    // The graph borrows the analysis, which moves into the report.
    drop(graph);
    FileReport {
        analysis,
        reference_date,
        attributions,
        claims,
        findings,
        suppressed: Vec::new(),
        baselined: 0,
        timeline,
    }
}

impl FileReport {
    /// A report of an article read already, with no claims or findings yet
    /// (for tests of what the reports make of findings).
    #[cfg(test)]
    pub(crate) fn of_document(doc: Document) -> FileReport {
        FileReport {
            analysis: Analysis::new(doc, |doc| {
                doc.sentences
                    .iter()
                    .map(|s| {
                        let tokens = tokenize(&doc.prose, s.span);
                        let in_time = vec![false; tokens.len()];
                        SentenceTokens { tokens, in_time }
                    })
                    .collect()
            }),
            reference_date: None,
            attributions: Attributions::default(),
            claims: Vec::new(),
            findings: Vec::new(),
            suppressed: Vec::new(),
            baselined: 0,
            timeline: Vec::new(),
        }
    }

    /// The article's document.
    pub fn doc(&self) -> &Document {
        self.analysis.borrow_owner()
    }

    /// The tokens of the article's sentences, as the check made them.
    pub fn sentences(&self) -> &[SentenceTokens<'_>] {
        self.analysis.borrow_dependent()
    }

    /// This article's share of a claim graph.
    pub fn article(&self) -> Article<'_> {
        Article {
            doc: self.doc(),
            claims: &self.claims,
            attributions: &self.attributions,
            reference: self.reference_date,
            tokens: self.sentences(),
        }
    }
}

/// The whole claim graph of one or more checked articles, to be drawn.
pub fn graph_of<'r>(reports: &'r [FileReport], rules: &'r RuleSet) -> ClaimGraph<'r> {
    let articles: Vec<Article> = reports.iter().map(FileReport::article).collect();
    ClaimGraph::build_drawn(
        &articles,
        &rules.lexicons.events,
        &rules.lexicons.quantities,
    )
}

/// `--together`: checks several articles about one event as one graph. The
/// graph rules' findings of each article alone are replaced by those of the
/// joint graph; a finding goes to the article of its first span, and its
/// spans in other articles carry their file's path, line and column.
pub fn together(reports: &mut [FileReport], rules: &RuleSet) {
    if reports.len() < 2 {
        return;
    }
    let joint = {
        let articles: Vec<Article> = reports.iter().map(FileReport::article).collect();
        let graph = ClaimGraph::build(
            &articles,
            &rules.lexicons.events,
            &rules.lexicons.quantities,
        );
        let first = &reports[0];
        rules.run_scoped(
            &Context {
                doc: first.doc(),
                claims: &first.claims,
                attributions: &first.attributions,
                reference: first.reference_date,
                articles: &articles,
                graph: &graph,
                events: &rules.lexicons.events,
            },
            Some(Scope::Graph),
        )
    };
    for report in reports.iter_mut() {
        report.findings.retain(|f| !rules.is_graph_rule(&f.rule));
    }
    for mut finding in joint {
        let home = finding.spans.first().map(|s| s.article).unwrap_or(0);
        for span in &mut finding.spans {
            if span.article != home {
                let other = reports[span.article].doc();
                let at = other.locate(span.span);
                span.foreign = Some(Foreign {
                    path: other.path.clone(),
                    line: at.line,
                    column: at.column,
                    text: other.clean_text(span.span),
                });
            }
        }
        reports[home].findings.push(finding);
    }
    for report in reports.iter_mut() {
        report.findings.sort_by(|a, b| {
            let at = |f: &Finding| f.spans.first().map(|s| s.span.start);
            at(a).cmp(&at(b)).then_with(|| a.rule.cmp(&b.rule))
        });
        let FileReport {
            analysis, findings, ..
        } = report;
        crate::rules::fingerprint::assign(analysis.borrow_owner(), findings);
    }
}

/// One article to check: a file, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    pub fn display(&self) -> String {
        match self {
            // A path in UTF-8 (nearly every one) shows as it is written;
            // `Path::display` would run it through a lossy decoder and the
            // formatting machinery, for every article.
            Input::File(p) => match p.to_str() {
                Some(s) => s.to_owned(),
                None => p.display().to_string(),
            },
            Input::Stdin => "-".to_string(),
        }
    }

    /// Reads and decodes the article. Nothing is ever written to it.
    pub fn read(&self) -> Result<(Format, String), InputError> {
        self.read_shown(&self.display())
    }

    /// As `read`, for a caller that holds the article's `display` already
    /// (errors name the article by it).
    pub fn read_shown(&self, shown: &str) -> Result<(Format, String), InputError> {
        let (format, bytes) = match self {
            Input::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin().read_to_end(&mut bytes).map_err(|e| {
                    InputError::new("-", format!("cannot read standard input: {e}"))
                })?;
                (Format::Plain, bytes)
            }
            Input::File(path) => {
                let bytes = read_file(path).map_err(|e| InputError::new(shown, io_reason(&e)))?;
                (Format::from_path(path).unwrap_or(Format::Plain), bytes)
            }
        };
        let text = document::decode(shown, bytes)?;
        Ok((format, text))
    }
}

/// `std::fs::read`, in one read of the file where that reads it all.
/// Every article is a file opened, sized, read and closed, and a run reads
/// tens of thousands: `std::fs::read` reads a second time to see that
/// nothing is left, where a read with a byte of room past the size tells.
fn read_file(path: &Path) -> std::io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    // A size the file system cannot give (or a file in /proc, which says 0)
    // only costs more reads.
    let size = file
        .metadata()
        .map_or(0, |m| usize::try_from(m.len()).unwrap_or(usize::MAX));
    read_sized(file, size)
}

/// All of `reader`, whose length is probably `size`: read into `size` bytes
/// and one more, so that a read that stops at `size` with room left is at
/// the end (a file returns fewer bytes than asked for only there). A reader
/// that gives more goes on being read to its end, one that gives fewer is
/// read until it says it has ended. (Only a reader that is longer than
/// `size` and gives fewer bytes than asked for before its end, which a
/// file does not, would be cut at `size`.)
fn read_sized(mut reader: impl Read, size: usize) -> std::io::Result<Vec<u8>> {
    let room = size.saturating_add(1);
    let mut bytes = Vec::new();
    bytes
        .try_reserve_exact(room)
        .map_err(|_| std::io::Error::from(std::io::ErrorKind::OutOfMemory))?;
    bytes.resize(room, 0);
    let mut filled = 0;
    loop {
        match reader.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(n) => {
                filled += n;
                if filled == size {
                    break;
                }
                if filled == room {
                    // Longer than its size said (it grew, or it is a file
                    // whose size is not its length).
                    bytes.truncate(filled);
                    reader.read_to_end(&mut bytes)?;
                    return Ok(bytes);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    bytes.truncate(filled);
    Ok(bytes)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot read: {e}"),
    }
}

/// The articles command-line paths name, found as they are needed: files
/// as given, directories walked for articles (`.txt .md .markdown .html
/// .htm`; hidden and ignored entries skipped), `-` for standard input. A
/// walk reads each folder's entries sorted by name, so articles come in the
/// order of their sorted paths without a list of them all being held: a
/// walk of millions of files takes no more memory than one of ten.
pub struct Inputs {
    /// The paths, each with whether it is a folder (as `new` found it).
    paths: std::vec::IntoIter<(PathBuf, bool)>,
    walking: Option<Walking>,
}

struct Walking {
    root: PathBuf,
    walk: ignore::Walk,
    found: usize,
}

/// An article, and whether a directory walk found it (a configuration's
/// include and exclude globs apply only to those).
pub struct Found {
    pub input: Input,
    pub walked: bool,
}

impl Inputs {
    /// Checks that every path exists (naming the first that does not), then
    /// yields the articles.
    pub fn new(paths: Vec<PathBuf>) -> Result<Inputs, InputError> {
        let mut typed = Vec::with_capacity(paths.len());
        for path in paths {
            let folder = path.as_os_str() != "-"
                && std::fs::metadata(&path)
                    .map_err(|e| InputError::new(path.display().to_string(), io_reason(&e)))?
                    .is_dir();
            typed.push((path, folder));
        }
        Ok(Inputs {
            paths: typed.into_iter(),
            walking: None,
        })
    }
}

impl Iterator for Inputs {
    type Item = Result<Found, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(w) = &mut self.walking {
                match w.walk.next() {
                    Some(Ok(entry)) => {
                        if entry.file_type().is_some_and(|t| t.is_file())
                            && Format::from_path(entry.path()).is_some()
                        {
                            w.found += 1;
                            return Some(Ok(Found {
                                input: Input::File(entry.into_path()),
                                walked: true,
                            }));
                        }
                    }
                    // An unreadable folder or a bad ignore file: said,
                    // and the walk goes on past it.
                    Some(Err(e)) => {
                        let shown = w.root.display().to_string();
                        return Some(Err(InputError::new(shown, format!("cannot walk: {e}"))));
                    }
                    None => {
                        let w = self.walking.take()?;
                        if w.found == 0 {
                            return Some(Err(InputError::new(
                                w.root.display().to_string(),
                                "the directory holds no articles (.txt, .md, .markdown, .html, .htm)",
                            )));
                        }
                    }
                }
                continue;
            }
            let (path, folder) = self.paths.next()?;
            if path.as_os_str() == "-" {
                return Some(Ok(Found {
                    input: Input::Stdin,
                    walked: false,
                }));
            }
            if !folder {
                return Some(Ok(Found {
                    input: Input::File(path),
                    walked: false,
                }));
            }
            let walk = ignore::WalkBuilder::new(&path)
                .hidden(true)
                .require_git(false)
                // Entries are sorted within their folder, where every path
                // shares the folder's: their bytes compare as their names
                // do, without taking each path apart for its name at every
                // comparison (a folder of 100,000 articles makes 1.7 million).
                .sort_by_file_path(|a, b| a.as_os_str().cmp(b.as_os_str()))
                .build();
            self.walking = Some(Walking {
                root: path,
                walk,
                found: 0,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that gives at most `step` bytes a read, as a pipe or an
    /// interrupted read may.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.bytes.len());
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    /// Every content is read whole: whatever size it is said to have when
    /// a read gives all it is asked for but at the end (as a file does),
    /// and however few bytes a read gives when the size is not too small.
    #[test]
    fn sized_reads_give_every_byte() {
        let long: Vec<u8> = (0..100_000u32).map(|k| (k * 7 % 251) as u8).collect();
        for content in [&b""[..], b"a", b"ab\ncd", &long[..1000], &long] {
            let n = content.len();
            for size in [0, 1, n.saturating_sub(1), n, n + 1, 2 * n + 3] {
                for step in [1, 3, 4096, usize::MAX] {
                    if size < n && step != usize::MAX {
                        continue;
                    }
                    let read = read_sized(
                        Trickle {
                            bytes: content,
                            step,
                        },
                        size,
                    )
                    .unwrap();
                    assert_eq!(read, content, "size {size} of {n}, step {step}");
                }
            }
        }
    }

    /// `read_file` reads what `std::fs::read` reads: empty, small and large
    /// files, a file longer than its size says (a file in /proc says 0), and
    /// the same errors for a path that is missing or a folder.
    #[test]
    fn files_read_as_std_reads_them() {
        let dir = std::env::temp_dir().join(format!("crosscheck-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let long: Vec<u8> = (0..300_000u32).map(|k| (k * 13 % 256) as u8).collect();
        for (name, content) in [
            ("empty.txt", &b""[..]),
            ("one.txt", b"x"),
            ("small.txt", "Caf\u{e9} said 3.5bn.\n".as_bytes()),
            ("large.txt", &long[..]),
        ] {
            let path = dir.join(name);
            std::fs::write(&path, content).unwrap();
            assert_eq!(read_file(&path).unwrap(), std::fs::read(&path).unwrap());
            assert_eq!(read_file(&path).unwrap(), content);
        }
        let proc_file = Path::new("/proc/self/cmdline");
        if let Ok(expected) = std::fs::read(proc_file) {
            assert_eq!(std::fs::metadata(proc_file).unwrap().len(), 0);
            assert_eq!(read_file(proc_file).unwrap(), expected);
        }
        for bad in [dir.join("missing.txt"), dir.clone()] {
            assert_eq!(
                read_file(&bad).unwrap_err().kind(),
                std::fs::read(&bad).unwrap_err().kind()
            );
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
