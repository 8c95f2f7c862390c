//! The claim graph: sources, claims, subjects (what a figure counts), events
//! (what a claim reports) and times, as nodes of a petgraph graph, with the
//! edges said-by, member-of, counts, about and at-time.
//!
//! Rules never compare every claim with every other: they ask the graph for
//! the figures that count one subject (the claims with a `counts` edge into
//! one subject node) or the mentions of one event class, so the work grows
//! with the number of claims that could conflict, not with its square. The
//! graph can hold several articles (`--together`): sources of the same name
//! become one node.

pub mod comparison;
pub mod facts;
#[cfg(test)]
mod reference;
pub mod temporal;
pub mod text;

use rustc_hash::FxHashMap as HashMap;
use std::fmt::Write;

use chrono::NaiveDate;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;

use std::borrow::Cow;
use std::cell::OnceCell;

use crate::attribution::{Attributions, SentenceTokens};
use crate::claims::Claim;
use crate::document::Document;
use crate::expressions::TimeExpr;
use crate::lexicon::EventLexicon;
use crate::text::stems::StemId;
use crate::text::tokens::Token;
use crate::text::Span;
pub use facts::{EventMention, ExpectedEnd, Figure, Measure, Mode, Ongoing};
use text::SentenceStems;

/// The stand-in reference date of an article that states none (see
/// `ClaimGraph::references`).
pub const UNDATED_REFERENCE: NaiveDate = match NaiveDate::from_ymd_opt(2001, 1, 10) {
    Some(d) => d,
    None => panic!("a valid date"),
};

/// How many later figures of its subject each figure is compared with.
pub const PAIR_WINDOW: usize = 400;

/// One article's share of the graph.
#[derive(Clone, Copy)]
pub struct Article<'a> {
    pub doc: &'a Document,
    pub claims: &'a [Claim],
    pub attributions: &'a Attributions,
    pub reference: Option<NaiveDate>,
    /// The tokens of every sentence, as the check made them.
    pub tokens: &'a [SentenceTokens<'a>],
}

impl<'a> Article<'a> {
    /// The tokens of sentence `k`.
    pub fn sentence_tokens(&self, k: usize) -> &'a [Token<'a>] {
        &self.tokens[k].tokens
    }

    /// Who says a sentence of an article (its claim, if it is one).
    pub fn who_says(&self, claim: Option<usize>) -> String {
        let Some(claim) = claim.map(|c| &self.claims[c]) else {
            return "the article".to_string();
        };
        match claim.attribution(self.attributions) {
            Some(att) if att.source.is_some() && !att.vague => self.attributions.who(att, self.doc),
            Some(att) => match att.source_span {
                Some(span) if att.unresolved.is_none() => {
                    format!("{} (unnamed)", self.doc.clean_text(span))
                }
                _ => format!("the article (\"{}\")", self.doc.clean_text(att.cue)),
            },
            None => "the article".to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Source {
        name: String,
    },
    Claim {
        article: usize,
        claim: usize,
        id: String,
    },
    /// A sentence that is no claim (no figure, time or source) but reports an event.
    Statement {
        article: usize,
        sentence: usize,
    },
    Subject {
        name: String,
    },
    Event {
        name: String,
    },
    Time {
        label: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// Claim → source.
    SaidBy,
    /// Person → organisation.
    MemberOf,
    /// Claim → subject, for the figure with this index.
    Counts(usize),
    /// Claim → event, for the mention with this index.
    About(usize),
    /// Claim → time.
    AtTime,
    /// Subject → the broader subject that includes it.
    Within,
}

impl Edge {
    fn label(self) -> &'static str {
        match self {
            Edge::SaidBy => "said-by",
            Edge::MemberOf => "member-of",
            Edge::Counts(_) => "counts",
            Edge::About(_) => "about",
            Edge::AtTime => "at-time",
            Edge::Within => "within",
        }
    }
}

pub struct ClaimGraph<'a> {
    pub graph: DiGraph<Node, Edge>,
    pub figures: Vec<Figure>,
    pub events: Vec<EventMention>,
    pub ongoing: Vec<Ongoing>,
    pub expected_ends: Vec<ExpectedEnd>,
    /// The date each article's relative times were read against: its own
    /// reference date, else `UNDATED_REFERENCE`.
    pub references: Vec<NaiveDate>,
    subject_nodes: HashMap<String, NodeIndex>,
    event_nodes: HashMap<usize, NodeIndex>,
    /// The sentences that state figures or events, with what is read of
    /// their words when first asked for: most figures and events never
    /// meet another closely enough to need it.
    sentences: Vec<Sentence<'a>>,
    /// Each claim read that gave figures: its sentence (in `sentences`) and
    /// the tokens its figures' frames and names leave out
    /// (what `facts::read` gives).
    reads: Vec<(usize, Vec<bool>)>,
    /// Where each article's sentences' figures start in `figures`, with
    /// where the last one's end: a sentence's figures are one run, found
    /// at once (`figures_in`, asked for each pair of figures compared), not
    /// by a search over every figure.
    figure_starts: Vec<Vec<usize>>,
    lex: &'a EventLexicon,
    /// The expression lexicon the times were read with (the timeline reads
    /// relative times again against a stand-in date).
    pub expressions: &'a crate::expressions::Lexicon,
    /// Built to be drawn (`build_drawn`): with every node and edge.
    drawn: bool,
}

/// A sentence that states figures or events.
struct Sentence<'a> {
    stems: SentenceStems<'a>,
    /// The subject classes it names (who or what takes part in its
    /// events), sorted, read on first use.
    participants: OnceCell<Vec<usize>>,
}

impl<'a> ClaimGraph<'a> {
    /// Builds the graph of one or more articles for the rules: its
    /// figures, mentions, subjects and events, which are all the rules ask
    /// of it. The nodes and edges only a drawing shows (sources, claims,
    /// sentences, times; said-by, member-of, at-time; the names of
    /// subjects and events) are left out, and every counts and about edge
    /// leaves one node: the rules read only where those edges go.
    pub fn build(
        articles: &[Article<'a>],
        lex: &'a EventLexicon,
        expressions: &'a crate::expressions::Lexicon,
    ) -> ClaimGraph<'a> {
        ClaimGraph::build_as(articles, lex, expressions, false)
    }

    /// Builds the whole graph of one or more articles, to be drawn
    /// (`to_dot`).
    pub fn build_drawn(
        articles: &[Article<'a>],
        lex: &'a EventLexicon,
        expressions: &'a crate::expressions::Lexicon,
    ) -> ClaimGraph<'a> {
        ClaimGraph::build_as(articles, lex, expressions, true)
    }

    fn build_as(
        articles: &[Article<'a>],
        lex: &'a EventLexicon,
        expressions: &'a crate::expressions::Lexicon,
        drawn: bool,
    ) -> ClaimGraph<'a> {
        // The figures come mostly from the claims' quantities and times: as
        // many are made room for at once, with their nodes, edges and reads,
        // not grown (and their large items copied) a few times over an
        // article.
        let figures_hint: usize = articles
            .iter()
            .flat_map(|a| a.claims)
            .map(|c| c.quantities.len() + c.times.len())
            .sum();
        let mut g = ClaimGraph {
            graph: DiGraph::with_capacity(figures_hint, figures_hint),
            figures: Vec::with_capacity(figures_hint),
            events: Vec::new(),
            ongoing: Vec::new(),
            expected_ends: Vec::new(),
            references: Vec::with_capacity(articles.len()),
            subject_nodes: HashMap::default(),
            event_nodes: HashMap::default(),
            // At most one a sentence.
            sentences: Vec::with_capacity(articles.iter().map(|a| a.doc.sentences.len()).sum()),
            reads: Vec::with_capacity(figures_hint),
            figure_starts: Vec::with_capacity(articles.len()),
            lex,
            expressions,
            drawn,
        };
        // Undrawn, the one node every counts and about edge leaves.
        let undrawn = (!drawn).then(|| {
            g.graph.add_node(Node::Statement {
                article: 0,
                sentence: 0,
            })
        });
        let mut source_nodes: HashMap<String, NodeIndex> = HashMap::default();
        let mut time_nodes: HashMap<String, NodeIndex> = HashMap::default();
        for (a, article) in articles.iter().enumerate() {
            let reference = article.reference.unwrap_or(UNDATED_REFERENCE);
            g.references.push(reference);
            let claim_nodes = if drawn {
                g.draw_claims(a, article, &mut source_nodes, &mut time_nodes)
            } else {
                Vec::new()
            };
            // Every sentence is read, with a claim or without one: an event
            // needs no figure or source to be reported.
            // The claims of each sentence are a run of one list sorted by
            // sentence (stably: in claim order within a sentence), not a
            // list a sentence.
            let sentences = article.doc.sentences.len();
            let mut by_sentence: Vec<usize> = Vec::with_capacity(article.claims.len());
            by_sentence.extend(
                (0..article.claims.len()).filter(|&c| article.claims[c].sentence < sentences),
            );
            by_sentence.sort_by_key(|&c| article.claims[c].sentence);
            let mut rest = &by_sentence[..];
            let mut starts = Vec::with_capacity(sentences + 1);
            for index in 0..sentences {
                starts.push(g.figures.len());
                let mine = rest
                    .iter()
                    .take_while(|&&c| article.claims[c].sentence == index)
                    .count();
                let (own, after) = rest.split_at(mine);
                rest = after;
                let sentence_tokens = article.sentence_tokens(index);
                let tokens = sentence_tokens;
                let reads_before = g.reads.len();
                let mut has_events = false;
                // The times of the sentence's claims: borrowed from its one
                // claim, as most sentences have at most one.
                let sentence_times: Cow<[TimeExpr]> = match own[..] {
                    [] => Cow::Borrowed(&[]),
                    [c] => Cow::Borrowed(&article.claims[c].times),
                    _ => own
                        .iter()
                        .flat_map(|&c| article.claims[c].times.iter().cloned())
                        .collect(),
                };
                // Without a reference date, relative times are placed against
                // a stand-in one: their distances from it still hold.
                let placed =
                    if article.reference.is_some() || !sentence_times.iter().any(|t| t.relative) {
                        facts::PlacedTimes::own(&sentence_times)
                    } else {
                        facts::PlacedTimes::again(article.claims, own, reference)
                    };
                // Its event phrases and ordinals, read once for all its
                // claims (the ordinals are read with the first).
                let scanned = facts::scan(tokens, lex);
                // Each claim of the sentence, or none when it has none.
                let slots = (0..own.len().max(1)).map(|n| own.get(n).copied());
                for (n, slot) in slots.enumerate() {
                    let claim = slot.map(|c| (c, &article.claims[c]));
                    // The attribution's cue and source span, if any: at most
                    // two spans, kept on the stack.
                    let skip_spans;
                    let skip: &[Span] =
                        match claim.and_then(|(_, c)| c.attribution(article.attributions)) {
                            Some(att) => {
                                skip_spans = [att.cue, att.source_span.unwrap_or_default()];
                                &skip_spans[..1 + usize::from(att.source_span.is_some())]
                            }
                            None => &[],
                        };
                    let first_figure = g.figures.len();
                    let first_event = g.events.len();
                    let skip = facts::read(
                        &facts::ClaimRead {
                            article: a,
                            claim,
                            sentence: index,
                            sentence_facts: n == 0,
                            scanned: &scanned,
                            tokens,
                            sentence_times: &sentence_times,
                            placed_times: &placed,
                            skip_attribution: skip,
                            reference,
                            lex,
                        },
                        &mut facts::Facts {
                            figures: &mut g.figures,
                            events: &mut g.events,
                            ongoing: &mut g.ongoing,
                            expected_ends: &mut g.expected_ends,
                        },
                    );
                    let read = g.reads.len();
                    if g.figures.len() > first_figure {
                        g.reads.push((g.sentences.len(), skip));
                    }
                    let node = slot.and_then(|c| claim_nodes.get(c).copied()).or(undrawn);
                    // A sentence that is no claim still stands in the graph
                    // when it states a figure (an ordinal) or an event.
                    let mut statement: Option<NodeIndex> = None;
                    let mut statement_node = |g: &mut ClaimGraph<'a>| {
                        *statement.get_or_insert_with(|| {
                            g.graph.add_node(Node::Statement {
                                article: a,
                                sentence: index,
                            })
                        })
                    };
                    for k in first_figure..g.figures.len() {
                        g.figures[k].read = read;
                        // Lent to `subject_node` from the figure, in place.
                        let subject = std::mem::take(&mut g.figures[k].subject);
                        let sn = g.subject_node(&subject, g.figures[k].subject_class, lex);
                        g.figures[k].subject = subject;
                        let from = match node {
                            Some(n) => n,
                            None => statement_node(&mut g),
                        };
                        g.graph.add_edge(from, sn, Edge::Counts(k));
                    }
                    // The sentence's events, read into the graph's list.
                    for k in first_event..g.events.len() {
                        has_events = true;
                        let (span, class) = (g.events[k].span, g.events[k].class);
                        // The claim whose content holds the event, if several.
                        let claim = own
                            .iter()
                            .copied()
                            .find(|&c| {
                                article.claims[c]
                                    .attribution(article.attributions)
                                    .is_some_and(|att| att.content.contains(span))
                            })
                            .or(g.events[k].claim);
                        g.events[k].words = g.sentences.len();
                        g.events[k].claim = claim;
                        let en = *g.event_nodes.entry(class).or_insert_with(|| {
                            g.graph.add_node(Node::Event {
                                name: if drawn {
                                    lex.event_name(class).to_string()
                                } else {
                                    String::new()
                                },
                            })
                        });
                        let from = match claim.and_then(|c| claim_nodes.get(c).copied()).or(undrawn)
                        {
                            Some(n) => n,
                            None => statement_node(&mut g),
                        };
                        g.graph.add_edge(from, en, Edge::About(k));
                    }
                }
                if has_events || g.reads.len() > reads_before {
                    g.sentences.push(Sentence {
                        stems: SentenceStems::of(Cow::Borrowed(sentence_tokens)),
                        participants: OnceCell::new(),
                    });
                }
            }
            starts.push(g.figures.len());
            g.figure_starts.push(starts);
        }
        g
    }

    /// Adds an article's sources, claims and their times, with the edges
    /// between them, to a graph to be drawn; returns the node of each claim.
    fn draw_claims(
        &mut self,
        a: usize,
        article: &Article,
        source_nodes: &mut HashMap<String, NodeIndex>,
        time_nodes: &mut HashMap<String, NodeIndex>,
    ) -> Vec<NodeIndex> {
        let sources: Vec<NodeIndex> = article
            .attributions
            .sources
            .iter()
            .map(|s| {
                *source_nodes
                    .entry(s.name.to_lowercase())
                    .or_insert_with(|| {
                        self.graph.add_node(Node::Source {
                            name: s.name.clone(),
                        })
                    })
            })
            .collect();
        for (s, source) in article.attributions.sources.iter().enumerate() {
            if let Some(org) = source.affiliation {
                self.graph
                    .update_edge(sources[s], sources[org], Edge::MemberOf);
            }
        }
        let mut claim_nodes = Vec::with_capacity(article.claims.len());
        for (c, claim) in article.claims.iter().enumerate() {
            let node = self.graph.add_node(Node::Claim {
                article: a,
                claim: c,
                id: claim.id.clone(),
            });
            claim_nodes.push(node);
            if let Some(att) = claim.attribution(article.attributions) {
                for &s in &att.sources {
                    self.graph.add_edge(node, sources[s], Edge::SaidBy);
                }
            }
            for t in &claim.times {
                let label = match (t.start, t.end) {
                    // Written directly: chrono's formatter, run for
                    // each time of each claim, was a hot spot.
                    (Some(s), Some(e)) if s == e => crate::calendar::iso_date(s),
                    (Some(s), Some(e)) => {
                        let mut label = crate::calendar::iso_date(s);
                        label.push_str("..");
                        label.push_str(&crate::calendar::iso_date(e));
                        label
                    }
                    _ => article.doc.clean_text(t.span),
                };
                let tn = *time_nodes
                    .entry(label.clone())
                    .or_insert_with(|| self.graph.add_node(Node::Time { label }));
                self.graph.add_edge(node, tn, Edge::AtTime);
            }
        }
        claim_nodes
    }

    /// A figure as written, its words joined as in the text.
    pub fn text(&self, f: &Figure) -> String {
        let (sentence, _) = &self.reads[f.read];
        facts::span_text(self.sentences[*sentence].stems.tokens(), f.span)
    }

    /// The ordinals and years of a figure's sentence other than the figure
    /// (`text::markers`).
    pub fn markers<'f>(&self, f: &'f Figure) -> &'f [String] {
        f.markers.get_or_init(|| {
            let (sentence, _) = &self.reads[f.read];
            self.sentences[*sentence].stems.markers(&f.tokens)
        })
    }

    /// The stems of the content words of a figure's sentence, other than
    /// the figure's own and those in a time or the attribution, sorted.
    pub fn frame<'f>(&self, f: &'f Figure) -> &'f [StemId] {
        f.frame.get_or_init(|| {
            let (sentence, skip) = &self.reads[f.read];
            self.sentences[*sentence].stems.frame(skip, &f.tokens)
        })
    }

    /// The stems of the names of a figure's sentence, other than the
    /// figure's own and those in a time or the attribution, sorted.
    pub fn names<'f>(&self, f: &'f Figure) -> &'f [StemId] {
        f.names.get_or_init(|| {
            let (sentence, skip) = &self.reads[f.read];
            self.sentences[*sentence].stems.names(skip, &f.tokens)
        })
    }

    /// The subject classes named in a mention's sentence (who or what
    /// takes part), sorted.
    pub fn participants(&self, m: &EventMention) -> &[usize] {
        let sentence = &self.sentences[m.words];
        sentence.participants.get_or_init(|| {
            let mut v: Vec<usize> = sentence
                .stems
                .tokens()
                .iter()
                .filter(|t| t.is_word())
                .filter_map(|t| self.lex.subject_class_of(t))
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        })
    }

    /// Who acts in a mention: the nearest subject-class noun (its class) or
    /// name (its stem) before the event in the sentence.
    pub fn actor<'m>(&self, m: &'m EventMention) -> Option<&'m String> {
        m.actor
            .get_or_init(|| {
                let tokens = self.sentences[m.words].stems.tokens();
                facts::actor_before(tokens, m.at, self.lex)
            })
            .as_ref()
    }

    fn subject_node(&mut self, key: &str, class: Option<usize>, lex: &EventLexicon) -> NodeIndex {
        if let Some(&n) = self.subject_nodes.get(key) {
            return n;
        }
        let n = self.graph.add_node(Node::Subject {
            name: if !self.drawn {
                String::new()
            } else if key.is_empty() {
                "(unnamed)".into()
            } else {
                key.to_string()
            },
        });
        self.subject_nodes.insert(key.to_string(), n);
        // Link the class to its broader class ("civilians" within "people").
        if let Some(k) = class {
            for (b, def) in lex.file.subject.iter().enumerate() {
                if b != k && lex.is_broader(b, k) {
                    let bn = self.subject_node(&def.class, Some(b), lex);
                    self.graph.update_edge(n, bn, Edge::Within);
                }
            }
        }
        n
    }

    /// The figures of one sentence: a run of `figures`, which are in
    /// document order (articles, and their sentences, are read in order).
    pub fn figures_in(&self, article: usize, sentence: usize) -> impl Iterator<Item = &Figure> {
        let run = self
            .figure_starts
            .get(article)
            .and_then(|starts| Some(*starts.get(sentence)?..*starts.get(sentence + 1)?));
        self.figures[run.unwrap_or(0..0)].iter()
    }

    /// Pairs of figures that count one subject, each figure with the next
    /// `PAIR_WINDOW` of its group in document order: every pair in an article
    /// of ordinary length, and a bounded number on a pathological input.
    pub fn figure_pairs(&self) -> impl Iterator<Item = (usize, usize)> {
        // Made as they are read: a subject counted thousands of times has
        // hundreds of thousands of pairs, which need not all be held.
        self.figures_by_subject().into_iter().flat_map(|group| {
            let group = std::rc::Rc::new(group);
            (0..group.len()).flat_map(move |i| {
                let g = group.clone();
                let end = (i + 1 + PAIR_WINDOW).min(g.len());
                (i + 1..end).map(move |j| (g[i], g[j]))
            })
        })
    }

    /// The figures that count one subject, grouped by subject node.
    pub fn figures_by_subject(&self) -> Vec<Vec<usize>> {
        let mut out = Vec::new();
        // One list to gather each subject's figures in: most subjects have
        // one figure, and are dropped.
        let mut group: Vec<usize> = Vec::with_capacity(16);
        for &n in self.subject_nodes.values() {
            group.clear();
            group.extend(
                self.graph
                    .edges_directed(n, Direction::Incoming)
                    .filter_map(|e| match e.weight() {
                        Edge::Counts(k) => Some(*k),
                        _ => None,
                    }),
            );
            if group.len() > 1 {
                group.sort_unstable();
                out.push(group.clone());
            }
        }
        out.sort();
        out
    }

    /// Pairs of figures of a narrower and a broader subject (narrow, broad).
    pub fn figures_across_classes(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for &n in self.subject_nodes.values() {
            for within in self
                .graph
                .edges_directed(n, Direction::Outgoing)
                .filter(|e| *e.weight() == Edge::Within)
            {
                let narrow = self.counted(n);
                let mut broad = self.counted(within.target());
                broad.sort_unstable();
                // Each narrow figure meets the broad ones nearest to it in
                // the document, at most `PAIR_WINDOW` of them.
                for &a in &narrow {
                    let at = broad.partition_point(|&b| b < a);
                    let from = at.saturating_sub(PAIR_WINDOW / 2);
                    for &b in broad[from..].iter().take(PAIR_WINDOW) {
                        out.push((a, b));
                    }
                }
            }
        }
        out.sort_unstable();
        out
    }

    fn counted(&self, n: NodeIndex) -> Vec<usize> {
        self.graph
            .edges_directed(n, Direction::Incoming)
            .filter_map(|e| match e.weight() {
                Edge::Counts(k) => Some(*k),
                _ => None,
            })
            .collect()
    }

    /// The mentions of each event class: (class, mention indices).
    pub fn events_by_class(&self) -> Vec<(usize, Vec<usize>)> {
        let mut out: Vec<(usize, Vec<usize>)> = self
            .event_nodes
            .iter()
            .map(|(&class, &n)| {
                let mut v: Vec<usize> = self
                    .graph
                    .edges_directed(n, Direction::Incoming)
                    .filter_map(|e| match e.weight() {
                        Edge::About(k) => Some(*k),
                        _ => None,
                    })
                    .collect();
                v.sort_unstable();
                (class, v)
            })
            .collect();
        out.sort();
        out
    }

    /// The graph in Graphviz's DOT language (of a graph built to be
    /// drawn: `build_drawn`).
    pub fn to_dot(&self) -> String {
        debug_assert!(self.drawn, "a graph built for the rules is not drawn");
        let mut out =
            String::from("digraph claims {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n");
        for n in self.graph.node_indices() {
            let (label, shape, color) = match &self.graph[n] {
                Node::Source { name } => (format!("source: {name}"), "box", "lightblue"),
                Node::Claim { id, .. } => (format!("claim {id}"), "ellipse", "white"),
                Node::Statement { sentence, .. } => {
                    (format!("sentence {}", sentence + 1), "ellipse", "white")
                }
                Node::Subject { name } => (format!("subject: {name}"), "hexagon", "khaki"),
                Node::Event { name } => (format!("event: {name}"), "diamond", "palegreen"),
                Node::Time { label } => (format!("time: {label}"), "note", "lightgrey"),
            };
            let _ = writeln!(
                out,
                "  n{} [label=\"{}\", shape={shape}, style=filled, fillcolor={color}];",
                n.index(),
                dot_escape(&label)
            );
        }
        for e in self.graph.edge_references() {
            let label = match e.weight() {
                Edge::Counts(k) => {
                    format!("counts {}", dot_escape(&self.text(&self.figures[*k])))
                }
                Edge::About(k) => {
                    let m = &self.events[*k];
                    let mode = match m.mode {
                        Mode::Done => "done",
                        Mode::Prospective => "to come",
                        Mode::Expected => "expected",
                        Mode::Conditional => "conditional",
                    };
                    format!("about ({mode}{})", if m.negated { ", negated" } else { "" })
                }
                w => w.label().to_string(),
            };
            let _ = writeln!(
                out,
                "  n{} -> n{} [label=\"{label}\"];",
                e.source().index(),
                e.target().index()
            );
        }
        out.push_str("}\n");
        out
    }
}

fn dot_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::check::{check_text, graph_of};
    use crate::document::Format;
    use crate::rules::RuleSet;

    #[test]
    fn figures_in_answers_as_a_search_of_every_figure() {
        let rules = RuleSet::builtin();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut texts: Vec<String> = [
            "baghouz.txt",
            "weekday-mismatch.txt",
            "together/wire-a.txt",
            "together/wire-b.txt",
        ]
        .iter()
        .map(|f| std::fs::read_to_string(format!("{dir}/{f}")).unwrap())
        .collect();
        texts.push(String::new());
        texts.push("No figure here. Then 12 people died, and 3 more were hurt.".to_string());
        let reports: Vec<_> = texts
            .into_iter()
            .map(|t| check_text("t.txt", Format::Plain, t, None, &rules))
            .collect();
        let g = graph_of(&reports, &rules);
        assert!(g.figures.len() > 2);
        let most = reports.iter().map(|r| r.doc().sentences.len()).max();
        for article in 0..reports.len() + 2 {
            for sentence in 0..most.unwrap_or(0) + 3 {
                let at = |f: &super::Figure| (f.article, f.sentence);
                let from = g.figures.partition_point(|f| at(f) < (article, sentence));
                let searched: Vec<*const super::Figure> = g.figures[from..]
                    .iter()
                    .take_while(|f| at(f) == (article, sentence))
                    .map(|f| f as *const _)
                    .collect();
                let run: Vec<*const super::Figure> = g
                    .figures_in(article, sentence)
                    .map(|f| f as *const _)
                    .collect();
                assert_eq!(run, searched, "article {article}, sentence {sentence}");
            }
        }
    }
}
