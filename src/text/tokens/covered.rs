//! Which tokens of a sentence a set of spans contains (a sentence's times
//! and attribution, to be passed over where other readers look): a run of
//! tokens found by a binary search, as tokens come in order and do not
//! overlap.

use super::token::Token;
use crate::text::Span;

/// Marks, in `marks` (one per token), the tokens that one of `spans`
/// contains. Tokens come in order and do not overlap, so a span's tokens are
/// a run found by a binary search, not a test of every token against every
/// span (a sentence's times and attribution are read this way at each of
/// its tokens).
pub fn mark_covered(tokens: &[Token], spans: impl IntoIterator<Item = Span>, marks: &mut [bool]) {
    for s in spans {
        for mark in &mut marks[covered_range(tokens, s)] {
            *mark = true;
        }
    }
}

/// The indexes of the tokens that `span` contains: a run (empty when it
/// contains none), as tokens come in order and do not overlap.
pub fn covered_range(tokens: &[Token], span: Span) -> std::ops::Range<usize> {
    let first = tokens.partition_point(|t| t.span.start < span.start);
    let run = tokens[first..]
        .iter()
        .take_while(|t| t.span.end <= span.end)
        .count();
    first..first + run
}

/// The tokens that one of `spans` contains (`mark_covered`).
pub fn covered(tokens: &[Token], spans: impl IntoIterator<Item = Span>) -> Vec<bool> {
    let mut marks = vec![false; tokens.len()];
    mark_covered(tokens, spans, &mut marks);
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenizer::tokenize;

    /// `covered` marks what testing every token against every span marks,
    /// for every span of a sentence (one, two and three at a time, in any
    /// order, overlapping or not, on token boundaries or inside tokens).
    #[test]
    fn covered_marks_what_every_span_contains() {
        let text = "“More than 150,” he said – al-Hol’s 3.5bn (U.S.) late on Tuesday.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let offsets: Vec<usize> = (0..=text.len())
            .filter(|&k| text.is_char_boundary(k))
            .collect();
        let spans: Vec<Span> = offsets
            .iter()
            .flat_map(|&a| {
                offsets
                    .iter()
                    .filter(move |&&b| b >= a)
                    .map(move |&b| Span::new(a, b))
            })
            .collect();
        let naive = |chosen: &[Span]| -> Vec<bool> {
            tokens
                .iter()
                .map(|t| chosen.iter().any(|s| s.contains(t.span)))
                .collect()
        };
        for (k, &a) in spans.iter().enumerate() {
            assert_eq!(covered(&tokens, [a]), naive(&[a]), "{a:?}");
            let b = spans[(k * 7919 + 13) % spans.len()];
            let c = spans[(k * 104_729 + 5) % spans.len()];
            assert_eq!(
                covered(&tokens, [a, b, c]),
                naive(&[a, b, c]),
                "{a:?} {b:?} {c:?}"
            );
            assert_eq!(covered(&tokens, [c, a]), naive(&[c, a]), "{c:?} {a:?}");
        }
        assert_eq!(covered(&tokens, []), vec![false; tokens.len()]);
        for &a in &spans {
            let run = covered_range(&tokens, a);
            let held: Vec<usize> = (0..tokens.len())
                .filter(|&k| a.contains(tokens[k].span))
                .collect();
            assert_eq!(run.clone().collect::<Vec<_>>(), held, "{a:?}");
        }
    }
}
