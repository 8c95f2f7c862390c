//! Claims: the sentences that carry a fact (a quantity or a time), with the
//! expressions found in them. Attribution will give each its source.

use chrono::NaiveDate;

use crate::document::{Document, Span};
use crate::expressions::{self, Lexicon, Quantity, TimeExpr};

#[derive(Debug, Clone)]
pub struct Claim {
    /// "c1", "c2", … in document order.
    pub id: String,
    pub span: Span,
    /// The sentence's prose, white space collapsed.
    pub text: String,
    pub sentence: usize,
    pub quantities: Vec<Quantity>,
    pub times: Vec<TimeExpr>,
}

/// Every sentence that carries a quantity or a time becomes a claim.
pub fn extract(doc: &Document, reference: Option<NaiveDate>, lexicon: &Lexicon) -> Vec<Claim> {
    let mut claims = Vec::new();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let found = expressions::find(&doc.prose, sentence.span, reference, lexicon);
        if found.quantities.is_empty() && found.times.is_empty() {
            continue;
        }
        claims.push(Claim {
            id: format!("c{}", claims.len() + 1),
            span: sentence.span,
            text: doc.clean_text(sentence.span),
            sentence: index,
            quantities: found.quantities,
            times: found.times,
        });
    }
    claims
}
