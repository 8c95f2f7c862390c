//! Claims: what the article asserts, sentence by sentence. A sentence
//! becomes a claim when it carries a quantity or a time, or when something
//! attributes it to a speaker; a sentence with several attributions ("X said
//! …, while Y said …") gives one claim for each.

use crate::attribution::{Attribution, Attributions, CueKind};
use crate::document::{Document, Span};
use crate::expressions::{Expressions, Quantity, TimeExpr};

#[derive(Debug, Clone)]
pub struct Claim {
    /// "c1", "c2", … in document order.
    pub id: String,
    /// The sentence.
    pub span: Span,
    /// The sentence's prose, white space collapsed.
    pub text: String,
    pub sentence: usize,
    /// Index into `Attributions::items`: who says it.
    pub attribution: Option<usize>,
    pub quantities: Vec<Quantity>,
    pub times: Vec<TimeExpr>,
}

impl Claim {
    pub fn attribution<'a>(&self, attributions: &'a Attributions) -> Option<&'a Attribution> {
        self.attribution.map(|k| &attributions.items[k])
    }
}

/// The claims of a document, from each sentence's expressions and attributions.
pub fn extract(
    doc: &Document,
    expressions: Vec<Expressions>,
    attributions: &Attributions,
) -> Vec<Claim> {
    let mut claims: Vec<Claim> = Vec::new();
    let mut items = attributions.items.iter().enumerate().peekable();
    for (index, (sentence, found)) in doc.sentences.iter().zip(expressions).enumerate() {
        let mut own: Vec<usize> = Vec::new();
        while let Some((k, _)) = items.next_if(|(_, a)| a.sentence <= index) {
            if attributions.items[k].sentence == index {
                own.push(k);
            }
        }
        // What is said comes before a stance or an act in the same sentence.
        own.sort_by_key(|&k| attributions.items[k].kind == CueKind::Stance);
        if own.is_empty() && found.quantities.is_empty() && found.times.is_empty() {
            continue;
        }
        let text = doc.clean_text(sentence.span);
        let first = claims.len();
        let slots: Vec<Option<usize>> = if own.is_empty() {
            vec![None]
        } else {
            own.iter().map(|&k| Some(k)).collect()
        };
        for slot in &slots {
            claims.push(Claim {
                id: crate::words::numbered_id('c', claims.len() + 1),
                span: sentence.span,
                text: text.clone(),
                sentence: index,
                attribution: *slot,
                quantities: Vec::new(),
                times: Vec::new(),
            });
        }
        // Each expression goes to the claim whose content holds it, else the first.
        let home = |span: Span| -> usize {
            slots
                .iter()
                .position(|s| s.is_some_and(|k| attributions.items[k].content.contains(span)))
                .unwrap_or(0)
                + first
        };
        for q in found.quantities {
            let at = home(q.span);
            claims[at].quantities.push(q);
        }
        for t in found.times {
            let at = home(t.span);
            claims[at].times.push(t);
        }
    }
    claims
}
