//! Checking one article: read it, build the document, find the claims, run
//! the rules. Also the expansion of command-line paths into articles.

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::attribution::{self, Attributions, SentenceTokens};
use crate::claims::{self, Claim};
use crate::document::{self, Document, Format};
use crate::error::InputError;
use crate::expressions::{self, tokens::tokenize};
use crate::rules::{Context, Finding, RuleSet};

/// The result of checking one article.
#[derive(Debug)]
pub struct FileReport {
    pub doc: Document,
    /// The date relative times were resolved against (`--date`, else the article's own).
    pub reference_date: Option<NaiveDate>,
    pub attributions: Attributions,
    pub claims: Vec<Claim>,
    pub findings: Vec<Finding>,
    /// Findings silenced by the article's own comments.
    pub suppressed: Vec<Finding>,
    /// How many findings a baseline recorded already.
    pub baselined: usize,
}

/// Checks an article's text. `date` (from `--date`) wins over a date the article states.
pub fn check_text(
    path: &str,
    format: Format,
    text: String,
    date: Option<NaiveDate>,
    rules: &RuleSet,
) -> FileReport {
    let doc = Document::parse(path, format, text);
    let reference_date = date.or(doc.stated_date);
    let (attributions, expressions) = {
        let mut sentences = Vec::with_capacity(doc.sentences.len());
        let mut expressions = Vec::with_capacity(doc.sentences.len());
        for sentence in &doc.sentences {
            let tokens = tokenize(&doc.prose, sentence.span);
            let found = expressions::find_in(&tokens, reference_date, &rules.lexicon);
            let in_time = tokens
                .iter()
                .map(|t| found.times.iter().any(|x| x.span.contains(t.span)))
                .collect();
            expressions.push(found);
            sentences.push(SentenceTokens { tokens, in_time });
        }
        (
            attribution::attribute(&doc, &sentences, &rules.cues),
            expressions,
        )
    };
    let claims = claims::extract(&doc, expressions, &attributions);
    let mut findings = rules.run(&Context {
        doc: &doc,
        claims: &claims,
        attributions: &attributions,
        reference: reference_date,
    });
    crate::rules::fingerprint::assign(&doc, &mut findings);
    FileReport {
        doc,
        reference_date,
        attributions,
        claims,
        findings,
        suppressed: Vec::new(),
        baselined: 0,
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
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "-".to_string(),
        }
    }

    /// Reads and decodes the article. Nothing is ever written to it.
    pub fn read(&self) -> Result<(Format, String), InputError> {
        let shown = self.display();
        let (format, bytes) = match self {
            Input::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin().read_to_end(&mut bytes).map_err(|e| {
                    InputError::new("-", format!("cannot read standard input: {e}"))
                })?;
                (Format::Plain, bytes)
            }
            Input::File(path) => {
                let bytes =
                    std::fs::read(path).map_err(|e| InputError::new(&shown, io_reason(&e)))?;
                (Format::from_path(path).unwrap_or(Format::Plain), bytes)
            }
        };
        let text = document::decode(&shown, bytes)?;
        Ok((format, text))
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot read: {e}"),
    }
}

/// Expands command-line paths: files as given, directories walked for
/// articles (`.txt .md .markdown .html .htm`, sorted; hidden and ignored
/// entries skipped), `-` for standard input.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<Input>, InputError> {
    expand_filtered(paths, |_| true)
}

/// As `expand`, keeping of the files a directory walk finds only those
/// `admit` accepts (a configuration's include and exclude globs). Files named
/// on the command line are always checked.
pub fn expand_filtered(
    paths: &[PathBuf],
    mut admit: impl FnMut(&Path) -> bool,
) -> Result<Vec<Input>, InputError> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let shown = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|e| InputError::new(&shown, io_reason(&e)))?;
        if meta.is_dir() {
            let found = walk(path)?;
            if found.is_empty() {
                return Err(InputError::new(
                    &shown,
                    "the directory holds no articles (.txt, .md, .markdown, .html, .htm)",
                ));
            }
            out.extend(found.into_iter().filter(|f| admit(f)).map(Input::File));
        } else {
            out.push(Input::File(path.clone()));
        }
    }
    Ok(out)
}

fn walk(dir: &Path) -> Result<Vec<PathBuf>, InputError> {
    let mut files = Vec::new();
    let walker = ignore::WalkBuilder::new(dir)
        .hidden(true)
        .require_git(false)
        .build();
    for entry in walker {
        let entry = entry
            .map_err(|e| InputError::new(dir.display().to_string(), format!("cannot walk: {e}")))?;
        if entry.file_type().is_some_and(|t| t.is_file())
            && Format::from_path(entry.path()).is_some()
        {
            files.push(entry.into_path());
        }
    }
    files.sort();
    Ok(files)
}
