//! The attributions of one sentence: the stages of cue patterns
//! (`patterns::stages`) tried, in their order, at the tokens the cue gate
//! marked or on the whole sentence; what each stage finds kept by its rule,
//! and the tokens a find takes passed over by the stages after it.

use super::cue_gate::cue_bits;
use super::found::{CueKind, Found};
use super::patterns::input::PatternInput;
use super::patterns::stages::{Keep, Scope, When, STAGES};
use crate::lexicon::cues::CueLexicon;
use crate::text::tokens::Token;
use crate::text::Span;

/// Finds the attributions of one sentence. `tokens` are the sentence's tokens;
/// `in_time` says which tokens belong to a time expression, `quoted` which
/// stand inside a quotation.
pub fn find(
    tokens: &[Token],
    cues: &[u8],
    in_time: &[bool],
    quoted: &[bool],
    sentence: Span,
    lex: &CueLexicon,
) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut taken = vec![false; tokens.len()];
    // The tokens some pattern below may start at, read once: each pass
    // over the sentence reads only these (a few of its dozens of tokens),
    // and asks its own bits of them as it asked them of every token. In
    // the same pass, whether a colon is marked: most sentences have none,
    // and their tokens are not read again to find one.
    let (marked, colon) = marked_tokens(cues);
    for stage in STAGES {
        let tried = match stage.when {
            When::Always => true,
            When::ColonMarked => colon,
            When::NothingFound => out.is_empty(),
            When::NoSpeakerNamed => out
                .iter()
                .all(|f| f.speaker.is_none() || f.kind == CueKind::Stance),
        };
        if !tried {
            continue;
        }
        match stage.scope {
            Scope::Sentence => {
                let input = PatternInput {
                    tokens,
                    in_time,
                    sentence,
                    lex,
                    at: 0,
                    earlier: &out,
                };
                if let Some(f) = stage.patterns.iter().find_map(|p| p(&input)) {
                    keep(stage.keep, f, 0, tokens, &mut taken, &mut out);
                }
            }
            Scope::Tokens {
                bits,
                outside_quotes_and_taken,
            } => {
                for &i in &marked {
                    if outside_quotes_and_taken && (taken[i] || quoted[i]) || cues[i] & bits == 0 {
                        continue;
                    }
                    let input = PatternInput {
                        tokens,
                        in_time,
                        sentence,
                        lex,
                        at: i,
                        earlier: &out,
                    };
                    if let Some(f) = stage.patterns.iter().find_map(|p| p(&input)) {
                        keep(stage.keep, f, i, tokens, &mut taken, &mut out);
                    }
                }
            }
        }
    }
    out.sort_by_key(|f| f.cue.start);
    out
}

/// Keeps what a stage found at token `at` by the stage's rule.
fn keep(
    rule: Keep,
    f: Found,
    at: usize,
    tokens: &[Token],
    taken: &mut [bool],
    out: &mut Vec<Found>,
) {
    match rule {
        Keep::TakeSentence => {
            taken.fill(true);
            out.push(f);
        }
        Keep::TakeCueAndSpeaker => {
            mark(taken, &f, tokens);
            out.push(f);
        }
        Keep::Always => out.push(f),
        Keep::UnlessOverlapping => {
            if !out.iter().any(|o| o.cue.overlaps(f.cue)) {
                out.push(f);
            }
        }
        Keep::UnlessClaimed => {
            // Inside what a named speaker says, it is part of their claim.
            // (Asked of a cue found, not of every token.)
            let claimed = out.iter().any(|o| {
                o.cue.overlaps(tokens[at].span)
                    || o.speaker.is_some() && o.content.contains(tokens[at].span)
            });
            if !claimed {
                out.push(f);
            }
        }
    }
}

/// The tokens whose cue bits have any bit but `MARK`, and whether any has
/// `MARK` (a colon). Read eight bits at a time: most tokens have none,
/// and eight of them are passed in one test.
fn marked_tokens(cues: &[u8]) -> (Vec<usize>, bool) {
    use cue_bits::MARK;
    // `MARK` is the top bit of a byte: the low seven of each are the rest.
    const _: () = assert!(MARK == 0x80);
    const REST: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut marked = Vec::new();
    let mut all = 0u64;
    let mut chunks = cues.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        all |= x;
        if x & REST != 0 {
            for (k, &b) in chunk.iter().enumerate() {
                if b & !MARK != 0 {
                    marked.push(base + k);
                }
            }
        }
        base += 8;
    }
    for (k, &b) in chunks.remainder().iter().enumerate() {
        all |= u64::from(b);
        if b & !MARK != 0 {
            marked.push(base + k);
        }
    }
    (marked, all & !REST != 0)
}

fn mark(taken: &mut [bool], f: &Found, tokens: &[Token]) {
    crate::text::tokens::mark_covered(tokens, [f.cue], taken);
    if let Some(r) = &f.speaker {
        for t in &mut taken[r.clone()] {
            *t = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marked tokens read eight bits at a time are those read one at
    /// a time, with the colon's bit, at every length and in every place.
    #[test]
    fn marked_tokens_agree_with_the_plain_reading() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            crate::xorshift(&mut seed);
            seed
        };
        for len in 0..70 {
            for round in 0..40 {
                let cues: Vec<u8> = (0..len)
                    .map(|_| {
                        let r = next();
                        // Mostly no bit, as in text; sometimes any.
                        match r % 8 {
                            0 => (r >> 8) as u8,
                            1 => cue_bits::MARK,
                            2 => 1 << ((r >> 8) % 7),
                            _ => 0,
                        }
                    })
                    .map(|b| if round == 0 { cue_bits::ALL } else { b })
                    .collect();
                let plain: Vec<usize> = (0..len)
                    .filter(|&i| cues[i] & !cue_bits::MARK != 0)
                    .collect();
                let colon = cues.iter().any(|&b| b & cue_bits::MARK != 0);
                assert_eq!(marked_tokens(&cues), (plain, colon), "{cues:?}");
            }
        }
    }
}
