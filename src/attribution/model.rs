//! What attribution finds: sources, the attributions that tie a claim's
//! content to its cue and source, and the sentences' tokens they are read
//! from.

use crate::attribution::grammar::CueKind;
use crate::document::Document;
use crate::text::tokens::Token;
use crate::text::Span;

/// What a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Person,
    Organization,
    Group,
    Unknown,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Person => "person",
            SourceKind::Organization => "organization",
            SourceKind::Group => "group",
            SourceKind::Unknown => "unknown",
        }
    }
}

/// One real speaker, however many names the article gives it.
#[derive(Debug, Clone)]
pub struct Source {
    /// "s1", "s2", … in order of first mention as a speaker.
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: SourceKind,
    /// "spokesman", "minister", … as an appositive or title gives it.
    pub role: Option<String>,
    /// Index of the organisation the source speaks for.
    pub affiliation: Option<usize>,
    /// Every span that names it.
    pub mentions: Vec<Span>,
    /// Names no one: "officials", "a source", "sources".
    pub unnamed: bool,
}

/// The attribution of one claim.
#[derive(Debug, Clone)]
pub struct Attribution {
    pub sentence: usize,
    pub kind: CueKind,
    pub cue: Span,
    /// The mention that names the speaker in this attribution (a pronoun included).
    pub source_span: Option<Span>,
    /// The source (index into `Attributions::sources`), when it is known.
    pub source: Option<usize>,
    /// Every source when several speak together ("Both the SDF and US officials").
    pub sources: Vec<usize>,
    /// The source a relayed claim comes through ("X cited its sources as saying").
    pub via: Option<usize>,
    /// What the cue governs.
    pub content: Span,
    /// Nobody is named: a vague cue ("reportedly") or an unnamed speaker ("officials said").
    pub vague: bool,
    /// A pronoun that could not be resolved, with the candidates (names as written).
    pub unresolved: Option<Unresolved>,
    /// Carried over from another sentence of the same quotation.
    pub inherited: bool,
    /// The cue ends its sentence with a colon: the content is what follows.
    pub content_follows: bool,
    /// The sentence is only a cue ("Clinton said."): the content is before it.
    pub content_precedes: bool,
}

#[derive(Debug, Clone)]
pub struct Unresolved {
    pub pronoun: String,
    pub candidates: Vec<String>,
    pub candidate_sources: Vec<usize>,
}

/// The attributions of a document.
#[derive(Debug, Clone, Default)]
pub struct Attributions {
    pub sources: Vec<Source>,
    /// In document order; a sentence may have several.
    pub items: Vec<Attribution>,
}

impl Attributions {
    /// Who an attribution names, in a few words: "Mustafa Bali", "the SDF and
    /// United States officials", "no one named (\"reportedly\")".
    pub fn who(&self, a: &Attribution, doc: &Document) -> String {
        if let Some(u) = &a.unresolved {
            return format!("\"{}\" (unresolved)", u.pronoun);
        }
        if a.source.is_none() || a.vague {
            return match a.source_span {
                Some(span) => format!("unnamed {}", doc.clean_text(span)),
                None => format!("no one named (\"{}\")", doc.clean_text(a.cue)),
            };
        }
        let names: Vec<String> = a
            .sources
            .iter()
            .map(|&s| self.sources[s].name.clone())
            .collect();
        let mut out = names.join(" and ");
        if let Some(via) = a.via.filter(|v| Some(*v) != a.source) {
            out.push_str(&format!(" via {}", self.sources[via].name));
        }
        out
    }
}

/// A sentence's tokens, and which of them belong to a time expression.
#[derive(Debug)]
pub struct SentenceTokens<'a> {
    pub tokens: Vec<Token<'a>>,
    pub in_time: Vec<bool>,
}
