//! What a rule reads (`Context`: the article, its claims and attributions,
//! the graph) and the questions rules ask of it for their messages: who
//! says a claim, its id, its text.

use chrono::NaiveDate;

use crate::attribution::Attributions;
use crate::claims::Claim;
use crate::document::Document;
use crate::graph::{Article, ClaimGraph};
use crate::lexicon::EventLexicon;
use crate::text::tokens::Token;
use crate::text::Span;

/// What a rule reads.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub claims: &'a [Claim],
    pub attributions: &'a Attributions,
    pub reference: Option<NaiveDate>,
    /// Every article of the graph (one, or several with `--together`).
    pub articles: &'a [Article<'a>],
    pub graph: &'a ClaimGraph<'a>,
    pub events: &'a EventLexicon,
}

impl<'a> Context<'a> {
    /// The tokens of sentence `k` of `doc`, as the check made them.
    pub fn sentence_tokens(&self, k: usize) -> &'a [Token<'a>] {
        let article = self
            .articles
            .iter()
            .find(|a| std::ptr::eq(a.doc, self.doc))
            .expect("the context's document is one of its articles");
        article.sentence_tokens(k)
    }
}

/// Who makes claim `claim` of article `article`, for a graph rule's message:
/// the source's name, or "no source named".
pub(crate) fn who_in(ctx: &Context, article: usize, claim: usize) -> String {
    ctx.articles[article].who_says(Some(claim))
}

/// Who says a sentence that may or may not be a claim.
pub(crate) fn who_at(ctx: &Context, article: usize, claim: Option<usize>) -> String {
    match claim {
        Some(c) => who_in(ctx, article, c),
        None => "the article".to_string(),
    }
}

/// The ids of the sources a claim is attributed to (none when it has no
/// named source).
pub(crate) fn source_ids(ctx: &Context, article: usize, claim: Option<usize>) -> Vec<String> {
    let a = &ctx.articles[article];
    claim
        .and_then(|c| a.claims[c].attribution(a.attributions))
        .filter(|att| !att.vague)
        .map(|att| {
            att.sources
                .iter()
                .map(|&s| a.attributions.sources[s].id.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// The ids of the sources of several claims, each once, in order.
pub(crate) fn sources_of(
    ctx: &Context,
    parts: impl IntoIterator<Item = (usize, Option<usize>)>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (article, claim) in parts {
        for id in source_ids(ctx, article, claim) {
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    out
}

/// The id of a claim, if the sentence is one.
pub(crate) fn claim_id(ctx: &Context, article: usize, claim: Option<usize>) -> Option<String> {
    claim.map(|c| ctx.articles[article].claims[c].id.clone())
}

/// The named source of a claim, if any: (its id, its name in lower case).
pub(crate) fn named_source(
    ctx: &Context,
    article: usize,
    claim: usize,
) -> Option<(String, String)> {
    let a = &ctx.articles[article];
    let att = a.claims[claim].attribution(a.attributions)?;
    if att.vague {
        return None;
    }
    att.source.map(|s| {
        let source = &a.attributions.sources[s];
        (source.id.clone(), source.name.to_lowercase())
    })
}

/// The text of a span of an article, white space collapsed.
pub(crate) fn text_in(ctx: &Context, article: usize, span: Span) -> String {
    ctx.articles[article].doc.clean_text(span)
}

/// Who makes a claim, for a finding's message: the source's name, or "the
/// article (no source named)".
pub(crate) fn who(ctx: &Context, claim: &Claim) -> String {
    match claim.attribution(ctx.attributions) {
        Some(a) if a.source.is_some() && !a.vague => ctx.attributions.who(a, ctx.doc),
        Some(a) => format!("the article ({})", ctx.attributions.who(a, ctx.doc)),
        None => "the article (no source named)".to_string(),
    }
}

/// The span of an article's dateline date: a date of its first sentence's
/// claims (a sentence may hold several), in its opening, that is the
/// article's reference date.
pub(crate) fn dateline_time(claims: &[Claim], reference: Option<NaiveDate>) -> Option<Span> {
    let reference = reference?;
    let first = claims.first()?.sentence;
    claims
        .iter()
        .take_while(|c| c.sentence == first)
        .flat_map(|c| &c.times)
        .find(|t| {
            !t.relative
                && t.start == Some(reference)
                && t.end == Some(reference)
                && t.span.start < 300
        })
        .map(|t| t.span)
}
