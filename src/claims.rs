//! Claims: what the article asserts, sentence by sentence. A sentence
//! becomes a claim when it carries a quantity or a time, or when something
//! attributes it to a speaker; a sentence with several attributions ("X said
//! …, while Y said …") gives one claim for each.

use crate::attribution::{Attribution, Attributions, CueKind};
use crate::document::Document;
use crate::expressions::time::TimeMention;
use crate::expressions::{Expressions, Quantity, TimeExpr};
use crate::text::Span;

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
    /// The times as read, before they were placed (`times` is each placed
    /// against the article's reference date, in the same order): placed
    /// again against a stand-in date where the article has none.
    pub(crate) time_mentions: Vec<TimeMention>,
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
    // Most sentences give at most one claim.
    let mut claims: Vec<Claim> = Vec::with_capacity(doc.sentences.len());
    let mut items = attributions.items.iter().enumerate().peekable();
    let mut own: Vec<usize> = Vec::new();
    for (index, (sentence, found)) in doc.sentences.iter().zip(expressions).enumerate() {
        own.clear();
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
        let mut text = doc.clean_text(sentence.span);
        let first = claims.len();
        // A claim for each attribution, or one without any.
        let slots = own.len().max(1);
        for n in 0..slots {
            let text = if n + 1 == slots {
                std::mem::take(&mut text)
            } else {
                text.clone()
            };
            claims.push(Claim {
                id: crate::text::keys::numbered_id('c', claims.len() + 1),
                span: sentence.span,
                text,
                sentence: index,
                attribution: own.get(n).copied(),
                quantities: Vec::new(),
                times: Vec::new(),
                time_mentions: Vec::new(),
            });
        }
        if slots == 1 {
            // The one claim holds them all, in their order: moved, not copied.
            claims[first].quantities = found.quantities;
            claims[first].times = found.times;
            claims[first].time_mentions = found.time_mentions;
            continue;
        }
        // Each expression goes to the claim whose content holds it, else the first.
        let home = |span: Span| -> usize {
            own.iter()
                .position(|&k| attributions.items[k].content.contains(span))
                .unwrap_or(0)
                + first
        };
        for q in found.quantities {
            let at = home(q.span);
            claims[at].quantities.push(q);
        }
        for (t, m) in found.times.into_iter().zip(found.time_mentions) {
            let at = home(t.span);
            claims[at].times.push(t);
            claims[at].time_mentions.push(m);
        }
    }
    claims
}
