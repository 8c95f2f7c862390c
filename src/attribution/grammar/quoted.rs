//! Which tokens of a sentence stand inside a quotation: a cue there is the
//! quoted speaker's own words, and the patterns leave it.

use super::word_classes::is_quote;
use crate::text::tokens::Token;

/// Which tokens stand inside a quotation; `open` says whether the sentence
/// starts inside one.
pub fn quoted_tokens(tokens: &[Token], open: bool) -> Vec<bool> {
    let mut state = open;
    let mut out = Vec::with_capacity(tokens.len());
    for (k, t) in tokens.iter().enumerate() {
        // Every mark read below opens with an apostrophe, a double quote,
        // or the lead byte 0xC2 («, ») or 0xE2 (the curly ones, „): a
        // token that opens otherwise leaves the state as it is and is no
        // quote mark (most tokens). (`reference::quoted_tokens_by_token` is the
        // plain reading, kept for the tests.)
        if !matches!(t.text.as_bytes().first(), Some(b'\'' | b'"' | 0xc2 | 0xe2)) {
            out.push(state);
            continue;
        }
        // Two apostrophes written as a double quote (''…'').
        let doubled = t.text == "'" && tokens.get(k + 1).is_some_and(|n| n.text == "'" && n.joined);
        let second_of_pair = t.text == "'" && t.joined && k > 0 && tokens[k - 1].text == "'";
        if doubled {
            state = !state;
            out.push(false);
            continue;
        }
        if second_of_pair {
            out.push(false);
            continue;
        }
        match t.text {
            "“" | "«" | "„" => state = true,
            "”" | "»" => state = false,
            // A straight quote opening a sentence that starts inside a
            // quotation reopens it (a new paragraph of the same quotation).
            "\"" if !(k == 0 && open) => state = !state,
            _ => {}
        }
        out.push(state && !is_quote(t));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::grammar::reference::quoted_tokens_by_token;
    use crate::attribution::grammar::test_texts::sample_texts;
    use crate::text::tokens::tokenize;
    use crate::text::Span;

    /// The quoted tokens from a look at each token's first byte are those
    /// of the plain reading, inside a quotation or not.
    #[test]
    fn quoted_tokens_agree_with_the_plain_reading() {
        for text in &sample_texts() {
            let tokens = tokenize(text, Span::new(0, text.len()));
            for open in [false, true] {
                assert_eq!(
                    quoted_tokens(&tokens, open),
                    quoted_tokens_by_token(&tokens, open),
                    "{text:?}"
                );
            }
        }
    }
}
