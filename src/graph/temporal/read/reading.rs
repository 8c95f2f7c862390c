//! The reading of one sentence as its steps share it: the sentence and its
//! context, its times placed among its tokens, the tokens in a time, and
//! the phrases of every class that open at each token.

use super::super::constraint::{Anchor, NoteDraft, Relation};
use super::at::At;
use super::placed::Placed;
use super::words::{Class, Sentence, Words};
use crate::text::Span;

/// One sentence being read (`read`), for each of its steps.
pub(super) struct Reading<'r> {
    pub(super) words: &'r Words,
    pub(super) s: &'r Sentence<'r, 'r>,
    pub(super) at: &'r At<'r>,
    /// The number of the sentence's words.
    pub(super) n: usize,
    /// What each token's key can open (`Known::marks`).
    pub(super) marks: &'r [u8],
    /// The sentence's times, placed among its tokens.
    pub(super) placed: Vec<Placed<'r>>,
    /// "The next day", "the previous day": (first token, end token, days).
    pub(super) next_days: Vec<(usize, usize, i64)>,
    /// Whether each token is in a time.
    pub(super) timed: Vec<bool>,
    /// The phrases of every class, by where they open, and the classes
    /// open at each token as bits (most tokens open none).
    pub(super) classes: Vec<Vec<(Class, usize)>>,
    pub(super) opens: Vec<u32>,
    /// The sentence says "again".
    pub(super) again: bool,
}

impl Reading<'_> {
    /// The length of the phrase of class `c` that opens at token `i`, if
    /// one does.
    pub(super) fn has(&self, i: usize, c: Class) -> Option<usize> {
        if self.opens.get(i).is_none_or(|bits| bits & c.bit() == 0) {
            return None;
        }
        self.classes[i].iter().find(|(k, _)| *k == c).map(|x| x.1)
    }

    /// Whether token `i` is in a time.
    pub(super) fn in_time(&self, i: usize) -> bool {
        self.timed.get(i).copied().unwrap_or(false)
    }

    /// The global index of the sentence's mention `k`.
    pub(super) fn global(&self, k: usize) -> usize {
        self.at.first_mention + k
    }

    /// Where a constraint of the sentence comes from.
    pub(super) fn note(&self, span: Span, relation: Relation) -> NoteDraft {
        NoteDraft {
            article: self.at.article,
            sentence: self.at.sentence,
            claim: self.at.claim,
            span,
            relation,
        }
    }

    /// The statement's point: the article's reference.
    pub(super) fn reference(&self) -> Anchor {
        Anchor::Reference(self.at.article)
    }
}
