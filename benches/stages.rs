//! Each stage of the pipeline on one corpus sample, with divan:
//! document → expressions → attribution → claims and graph → rules → report.
//!
//!     cargo bench --bench stages
//!
//! The sample is the seed article and the project's fixtures, repeated to
//! about 1 MB (`CROSSCHECK_BENCH_DIR` points it at another folder of
//! articles, such as one that `cargo run --release --example corpus` wrote).
//! Figures are in docs/performance.md.

use std::path::Path;

use crosscheck::attribution::{self, SentenceTokens};
use crosscheck::check::{check_text, graph_of, FileReport};
use crosscheck::claims;
use crosscheck::document::{Document, Format};
use crosscheck::expressions;
use crosscheck::report::stream::Streamed;
use crosscheck::rules::{Context, RuleSet};
use crosscheck::text::tokens::tokenize;
use divan::counter::BytesCount;
use divan::Bencher;

fn main() {
    divan::main();
}

/// The articles of the sample, about 1 MB in all.
fn sample() -> Vec<String> {
    let dir = std::env::var_os("CROSSCHECK_BENCH_DIR");
    let mut texts = Vec::new();
    let root = match &dir {
        Some(d) => Path::new(d).to_path_buf(),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"),
    };
    collect(&root, &mut texts);
    texts.sort();
    let base = texts.clone();
    let mut size: usize = texts.iter().map(String::len).sum();
    while size < 1_000_000 && !base.is_empty() {
        for t in &base {
            size += t.len();
            texts.push(t.clone());
        }
    }
    texts
}

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            if let Ok(t) = std::fs::read_to_string(&p) {
                out.push(t);
            }
        }
    }
}

fn documents(texts: &[String]) -> Vec<Document> {
    texts
        .iter()
        .map(|t| Document::parse("a.txt", Format::Plain, t.clone()))
        .collect()
}

fn bytes(texts: &[String]) -> BytesCount {
    BytesCount::new(texts.iter().map(String::len).sum::<usize>())
}

#[divan::bench]
fn document(bencher: Bencher) {
    let texts = sample();
    bencher.counter(bytes(&texts)).bench(|| {
        texts
            .iter()
            .map(|t| {
                Document::parse("a.txt", Format::Plain, t.clone())
                    .sentences
                    .len()
            })
            .sum::<usize>()
    });
}

#[divan::bench]
fn expressions(bencher: Bencher) {
    let texts = sample();
    let rules = RuleSet::builtin();
    let docs = documents(&texts);
    bencher.counter(bytes(&texts)).bench(|| {
        let mut n = 0;
        for doc in &docs {
            for s in &doc.sentences {
                let tokens = tokenize(&doc.prose, s.span);
                n += expressions::find_in(&tokens, None, &rules.lexicons.quantities)
                    .quantities
                    .len();
            }
        }
        n
    });
}

#[divan::bench]
fn attribution(bencher: Bencher) {
    let texts = sample();
    let rules = RuleSet::builtin();
    let docs = documents(&texts);
    bencher.counter(bytes(&texts)).bench(|| {
        let mut n = 0;
        for doc in &docs {
            let sentences: Vec<SentenceTokens> = doc
                .sentences
                .iter()
                .map(|s| {
                    let tokens = tokenize(&doc.prose, s.span);
                    let in_time = vec![false; tokens.len()];
                    SentenceTokens { tokens, in_time }
                })
                .collect();
            n += attribution::attribute(doc, &sentences, &rules.lexicons.cues)
                .items
                .len();
        }
        n
    });
}

/// Whole reports, for the stages that start from them.
fn reports(texts: &[String], rules: &RuleSet) -> Vec<FileReport> {
    texts
        .iter()
        .map(|t| check_text("a.txt", Format::Plain, t.clone(), None, rules))
        .collect()
}

#[divan::bench]
fn claims_and_graph(bencher: Bencher) {
    let texts = sample();
    let rules = RuleSet::builtin();
    let reports = reports(&texts, &rules);
    bencher.counter(bytes(&texts)).bench(|| {
        reports
            .iter()
            .map(|r| graph_of(std::slice::from_ref(r), &rules).figures.len())
            .sum::<usize>()
    });
    // Claims are extracted from the expressions and attributions above;
    // their cost is part of `check_text`.
    let _ = claims::extract;
}

#[divan::bench]
fn rules(bencher: Bencher) {
    let texts = sample();
    let rules = RuleSet::builtin();
    let reports = reports(&texts, &rules);
    // Fresh graphs for each run, made outside the timing: the rules read
    // the stems of the figures they compare on first use, into the graph.
    let graphs = || -> Vec<_> {
        reports
            .iter()
            .map(|r| graph_of(std::slice::from_ref(r), &rules))
            .collect()
    };
    bencher
        .counter(bytes(&texts))
        .with_inputs(graphs)
        .bench_local_refs(|graphs| {
            let mut n = 0;
            for (r, g) in reports.iter().zip(graphs.iter()) {
                let articles = [r.article()];
                n += rules
                    .run(&Context {
                        doc: r.doc(),
                        claims: &r.claims,
                        attributions: &r.attributions,
                        reference: r.reference_date,
                        articles: &articles,
                        graph: g,
                        events: &rules.lexicons.events,
                    })
                    .len();
            }
            n
        });
}

/// The JSON report as the binary writes it: a piece per article.
#[divan::bench]
fn report_json(bencher: Bencher) {
    let texts = sample();
    let rules = RuleSet::builtin();
    let reports = reports(&texts, &rules);
    bencher
        .counter(bytes(&texts))
        .bench(|| Streamed::Json.render(&reports).len());
}

#[divan::bench]
fn end_to_end(bencher: Bencher) {
    let texts = sample();
    let rules = RuleSet::builtin();
    bencher.counter(bytes(&texts)).bench(|| {
        let reports = reports(&texts, &rules);
        Streamed::Json.render(&reports).len()
    });
}
