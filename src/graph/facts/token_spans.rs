//! Where spans and phrases stand among a sentence's tokens: a span's token
//! range and its text, and a phrase that ends just before a token.

use crate::text::tokens::Token;
use crate::text::words::Phrases;
use crate::text::Span;

/// Token indices of a span.
pub(super) fn token_range(tokens: &[Token], span: Span) -> Option<(usize, usize)> {
    let run = crate::text::tokens::covered_range(tokens, span);
    (!run.is_empty()).then_some((run.start, run.end))
}

/// Whether one of the phrases ends just before token `at` (within `reach`
/// tokens), and where it starts.
pub(super) fn before(
    tokens: &[Token],
    at: usize,
    reach: usize,
    phrases: &Phrases,
) -> Option<usize> {
    let from = at.saturating_sub(reach + 3);
    (from..at).rev().find(|&i| {
        phrases
            .all_at(tokens, i)
            .any(|len| i + len <= at && at - (i + len) <= reach)
    })
}

/// The text of a span within the tokens, words joined as written.
pub(crate) fn span_text(tokens: &[Token], span: Span) -> String {
    let mut out = String::new();
    for t in &tokens[crate::text::tokens::covered_range(tokens, span)] {
        if !out.is_empty() && !t.joined {
            out.push(' ');
        }
        out.push_str(t.text);
    }
    out
}
