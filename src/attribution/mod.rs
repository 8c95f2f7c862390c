//! Attribution: who says what. For every sentence, the cues that attribute
//! it ("said", "according to", "cited its sources as saying", "reportedly"),
//! the phrase that names the speaker, and the content the cue governs; then
//! one source per real speaker, with the mentions, aliases, role and
//! affiliation the article gives it; then pronouns ("He urged", "They said")
//! and quotations that run over several sentences.
//!
//! Everything is offline and rule-based: grammar patterns in `grammar`, the
//! lexicon in `lexicon/cues.toml`, and the document's own structure.

pub mod grammar;
mod model;
pub mod names;
mod quotes;
mod resolve;

use crate::document::Document;
use crate::lexicon::CueLexicon;
pub use grammar::CueKind;
pub use model::{Attribution, Attributions, SentenceTokens, Source, SourceKind, Unresolved};
/// Finds the attributions of a document.
pub fn attribute(doc: &Document, sentences: &[SentenceTokens], lex: &CueLexicon) -> Attributions {
    let (runs, starts_inside) = quotes::quote_runs(doc);
    let mut found = Vec::with_capacity(sentences.len());
    for ((sentence, st), &inside) in doc.sentences.iter().zip(sentences).zip(&starts_inside) {
        let Some(cues) = grammar::cues(&st.tokens, lex) else {
            debug_assert!(grammar::find(
                &st.tokens,
                &vec![grammar::cue_bits::ALL; st.tokens.len()],
                &st.in_time,
                &grammar::quoted_tokens(&st.tokens, inside),
                sentence.span,
                lex,
            )
            .is_empty());
            found.push(Vec::new());
            continue;
        };
        let quoted = grammar::quoted_tokens(&st.tokens, inside);
        let list = grammar::find(&st.tokens, &cues, &st.in_time, &quoted, sentence.span, lex);
        // The bits only skip tokens no pattern starts at.
        debug_assert_eq!(
            list,
            grammar::find(
                &st.tokens,
                &vec![grammar::cue_bits::ALL; st.tokens.len()],
                &st.in_time,
                &quoted,
                sentence.span,
                lex,
            )
        );
        found.push(list);
    }
    let mut out = resolve::resolve(doc, sentences, &found, lex);
    quotes::carry(doc, &runs, &mut out);
    out
}
