//! Expressions that carry facts: quantities and times, normalised to intervals.
//!
//! Each sentence is tokenized once; time expressions are read first (so the
//! numbers inside dates, years and durations are never read as counts), then
//! quantities from the tokens left over.

mod model;
pub mod numbers;
pub mod quantity;
pub mod time;

use chrono::NaiveDate;

use crate::lexicon::key_words::{key_word, ANCHOR, FIGURE, NAME, VAGUE_START};
pub use crate::lexicon::quantities::Lexicon;
use crate::text::Span;
pub use model::{DurationDays, Quantity, TimeExpr, TimeKind};

/// The expressions of one sentence.
#[derive(Debug, Default, Clone)]
pub struct Expressions {
    pub quantities: Vec<Quantity>,
    pub times: Vec<TimeExpr>,
    /// The times as read, before they were placed: `times` is each placed
    /// against the reference date, in the same order.
    pub(crate) time_mentions: Vec<time::TimeMention>,
}

/// Finds the expressions in `text[span]`; relative times are resolved against `reference`.
pub fn find(
    text: &str,
    span: Span,
    reference: Option<NaiveDate>,
    lexicon: &Lexicon,
) -> Expressions {
    let tokens = crate::text::tokens::tokenize(text, span);
    find_in(&tokens, reference, lexicon)
}

/// Finds the expressions in an already tokenized sentence.
pub fn find_in(
    tokens: &[crate::text::tokens::Token],
    reference: Option<NaiveDate>,
    lexicon: &Lexicon,
) -> Expressions {
    Finder::default().find(tokens, reference, lexicon)
}

/// Finds the expressions of one tokenized sentence after another, with
/// the lists made for one sentence kept for the next (most sentences need
/// one or two, and they were made anew at every sentence).
#[derive(Debug, Default)]
pub struct Finder {
    held: Held,
    used: Vec<bool>,
}

impl Finder {
    pub fn find(
        &mut self,
        tokens: &[crate::text::tokens::Token],
        reference: Option<NaiveDate>,
        lexicon: &Lexicon,
    ) -> Expressions {
        let held = &mut self.held;
        held.read(tokens, lexicon);
        // A third of the sentences hold nothing an expression is built on,
        // and both parsers would still look at each of their tokens to find
        // none.
        if held.anchors.is_empty() && held.figures.is_empty() {
            debug_assert!({
                let mut used = vec![false; tokens.len()];
                let every: Vec<usize> = (0..tokens.len()).collect();
                time::find(tokens, &mut used, lexicon, reference).is_empty()
                    && quantity::find(tokens, &mut used, lexicon, &every).is_empty()
            });
            return Expressions::default();
        }
        let used = &mut self.used;
        used.clear();
        used.resize(tokens.len(), false);
        let time_mentions = time::find_near(
            tokens,
            used,
            lexicon,
            reference,
            &held.anchors,
            &held.figures,
        );
        let times = time::resolve_all(&time_mentions, reference);
        let quantities = quantity::find(tokens, used, lexicon, &held.figures);
        Expressions {
            quantities,
            times,
            time_mentions,
        }
    }
}

/// The tokens of a sentence that expressions are built on, in order: every
/// time expression holds an anchor (`time::is_anchor`: a unit, a month, a
/// weekday, a deictic word, a year, or a word with one as a part), and
/// every quantity is built on a number, a number word, a vague amount or,
/// after "a", "an" or "half", a scale word ("a dozen", "half a million").
/// The parsers try only the tokens a little before them.
#[derive(Debug, Default)]
struct Held {
    anchors: Vec<usize>,
    figures: Vec<usize>,
}

impl Held {
    fn read(&mut self, tokens: &[crate::text::tokens::Token], lexicon: &Lexicon) {
        let words = lexicon.key_words();
        self.anchors.clear();
        self.figures.clear();
        for (k, t) in tokens.iter().enumerate() {
            // One filter turns most words away.
            let mut marks = if words.may_hold(t.key) {
                key_word(words, t)
            } else {
                0
            };
            // "a" opens vague amounts ("a few", "a handful") but mostly
            // stands before other words: marked a figure at every one, it
            // had the quantity parser read at every "a" and every word a
            // little before one, to find nothing.
            if marks & NAME != 0 {
                if t.is_capitalized() {
                    marks |= ANCHOR;
                }
                marks &= !NAME;
            }
            if marks & VAGUE_START != 0 {
                if marks & FIGURE == 0 && lexicon.vague_at(tokens, k).is_some() {
                    marks |= FIGURE;
                }
                marks &= !VAGUE_START;
            }
            if t.is_number() {
                marks |= FIGURE;
                if t.text.len() == 4 && t.is_plain_integer() {
                    marks |= ANCHOR;
                }
            } else if t.inner_mark && marks & ANCHOR == 0 && time::has_anchor_part(t) {
                marks |= ANCHOR;
            }
            debug_assert_eq!(marks & ANCHOR != 0, time::is_anchor(t), "{}", t.text);
            debug_assert!(
                marks & FIGURE != 0
                    || !lexicon.starts_vague(t)
                    || lexicon.vague_at(tokens, k).is_none()
            );
            if marks == 0 {
                continue;
            }
            if marks & ANCHOR != 0 {
                self.anchors.push(k);
            }
            if marks & FIGURE != 0 {
                self.figures.push(k);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;

    /// `Finder::find`, which reads only near the tokens `Held` marks,
    /// finds what the parsers find when every token is tried for a figure.
    #[test]
    fn held_tokens_lose_no_expression() {
        let lexicon = Lexicon::builtin();
        let reference = NaiveDate::from_ymd_opt(2019, 2, 20);
        let mut finder = Finder::default();
        for text in [
            "A few weeks ago a dozen people met.",
            "He said a total of 300 people came a week later.",
            "A handful of protesters and a couple of hundred police.",
            "a couple stayed for a year, a few left",
            "A 300-strong force and half a million refugees.",
            "Between a dozen and a hundred were hurt, about a dozen badly.",
            "Tens of thousands marched; tens of people watched.",
            "Scores of homes and a lot of cars, a minimum of 40 in all.",
            "It took a while, a day or two, for a handful to return.",
            "a a a a few a couple of a handful of a",
        ] {
            let tokens = crate::text::tokens::tokenize(text, Span::new(0, text.len()));
            let found = finder.find(&tokens, reference, &lexicon);
            let mut used = vec![false; tokens.len()];
            let every: Vec<usize> = (0..tokens.len()).collect();
            let times = time::find(&tokens, &mut used, &lexicon, reference);
            let quantities = quantity::find(&tokens, &mut used, &lexicon, &every);
            assert_eq!(found.times, times, "{text}");
            assert_eq!(found.quantities, quantities, "{text}");
            assert!(!quantities.is_empty(), "{text}");
        }
    }
}
