//! A finding: what a rule reports, with its labelled spans, the claims and
//! sources it names, and its fingerprint. Rules build findings through
//! `Finding::new` and the `with_` methods, so that every finding carries its
//! rule's id, category and severity the same way.

use super::rule::{Category, RuleDef, Severity};
use crate::text::Span;

/// One span of a finding, with the label the pretty report prints under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Labeled {
    pub span: Span,
    pub label: String,
    /// The article the span is in (an index into `Context::articles`).
    pub article: usize,
    /// Where the span is when it lies in another file than its finding's
    /// (`--together`): filled in after the rules run.
    pub foreign: Option<Foreign>,
}

/// A span's place in another file.
#[derive(Debug, Clone, PartialEq)]
pub struct Foreign {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: String,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    /// The first span is the primary one.
    pub spans: Vec<Labeled>,
    pub claims: Vec<String>,
    pub sources: Vec<String>,
    /// A stable id of the finding: its rule and the words of its spans, not
    /// their offsets, so that it survives edits elsewhere in the article
    /// (`fingerprint::assign` fills it after the rules run).
    pub fingerprint: String,
    /// For `timeline-conflict`: the constraints of the conflict's cycle.
    pub constraints: Vec<ConstraintNote>,
}

/// One time constraint of a timeline conflict, as the report shows it: the
/// span that states it, its claim and source, what relation it states, and
/// its bounds in days (from the calendar's day 0 for a date, else between
/// the points it relates).
#[derive(Debug, Clone, PartialEq)]
pub struct ConstraintNote {
    pub span: Span,
    pub article: usize,
    pub claim: Option<String>,
    pub source: String,
    pub relation: &'static str,
    pub min: Option<i64>,
    pub max: Option<i64>,
}

impl Finding {
    /// A finding of `rule` (its id, category and severity) with its
    /// message and nothing else yet: spans, claims and sources are added
    /// with the `with_` methods below, the first span added being the
    /// primary one. The fingerprint is set for every finding at once after
    /// the rules run (`fingerprint::assign`).
    pub(crate) fn new(rule: &RuleDef, message: String) -> Finding {
        Finding {
            rule: rule.id.clone(),
            category: rule.category,
            severity: rule.severity,
            message,
            spans: Vec::new(),
            claims: Vec::new(),
            sources: Vec::new(),
            fingerprint: String::new(),
            constraints: Vec::new(),
        }
    }

    /// Adds a labelled span of the checked article (or, in a graph rule,
    /// of the first article).
    pub(crate) fn with_span(self, span: Span, label: String) -> Finding {
        self.with_span_in(0, span, label)
    }

    /// Adds a labelled span of article `article` of the graph.
    pub(crate) fn with_span_in(mut self, article: usize, span: Span, label: String) -> Finding {
        self.spans.push(Labeled {
            span,
            label,
            article,
            foreign: None,
        });
        self
    }

    /// Adds labelled spans made by the rule (spans of several articles).
    pub(crate) fn with_labeled(mut self, spans: impl IntoIterator<Item = Labeled>) -> Finding {
        self.spans.extend(spans);
        self
    }

    /// Adds the claims the finding is about, by id.
    pub(crate) fn with_claims(mut self, ids: impl IntoIterator<Item = String>) -> Finding {
        self.claims.extend(ids);
        self
    }

    /// Adds the sources the finding names, by id.
    pub(crate) fn with_sources(mut self, ids: impl IntoIterator<Item = String>) -> Finding {
        self.sources.extend(ids);
        self
    }

    /// Raises or lowers the finding's severity from its rule's default
    /// (a figure conflict between two named sources is an error).
    pub(crate) fn with_severity(mut self, severity: Severity) -> Finding {
        self.severity = severity;
        self
    }

    /// A finding of an article-scoped rule that names no claim: the rule's
    /// category and severity, a message, and labelled spans (the first is
    /// the primary one).
    pub(crate) fn of_spans(rule: &RuleDef, message: String, spans: Vec<(Span, String)>) -> Finding {
        Finding::new(rule, message).with_labeled(spans.into_iter().map(|(span, label)| Labeled {
            span,
            label,
            article: 0,
            foreign: None,
        }))
    }

    /// The spans in the finding's own file (all of them, unless
    /// `--together` put spans of other files in it).
    pub fn local(&self) -> impl Iterator<Item = &Labeled> {
        self.spans.iter().filter(|s| s.foreign.is_none())
    }
}
