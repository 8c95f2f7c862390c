//! The expression lexicon (`rules/lexicon.toml`): hedges, vague amounts and
//! units, with the interval each one gives. Loaded with serde; a newsroom's
//! own file is merged over the built-in one phrase by phrase.

use serde::Deserialize;

use super::tokens::{tokenize, Token};
use crate::document::Span;

/// How a hedge turns the number N it governs into an interval.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    Above,
    AtLeast,
    Below,
    AtMost,
    Around,
    Nearly,
    Exactly,
}

impl Bound {
    /// Whether a figure under this hedge is an estimate rather than a stated value.
    pub fn is_approximate(self) -> bool {
        matches!(self, Bound::Around | Bound::Nearly)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hedge {
    pub phrases: Vec<String>,
    pub bound: Bound,
    #[serde(default = "default_margin")]
    pub margin: f64,
    #[serde(default)]
    pub description: String,
}

fn default_margin() -> f64 {
    0.1
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vague {
    pub phrases: Vec<String>,
    pub low: f64,
    pub high: f64,
    #[serde(default)]
    pub scalable: bool,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub name: String,
    #[serde(default)]
    pub before: Vec<String>,
    #[serde(default)]
    pub after: Vec<String>,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    #[serde(default)]
    pub hedge: Vec<Hedge>,
    #[serde(default)]
    pub suffix: Vec<Hedge>,
    #[serde(default)]
    pub vague: Vec<Vague>,
    #[serde(default)]
    pub unit: Vec<Unit>,
}

/// The built-in lexicon file, embedded in the binary.
pub const DEFAULT_LEXICON: &str = include_str!("../../rules/lexicon.toml");

impl Lexicon {
    /// The built-in lexicon.
    pub fn builtin() -> Lexicon {
        toml::from_str(DEFAULT_LEXICON).expect("the embedded lexicon is valid (tested)")
    }

    /// Merges `other` over `self`: a phrase `other` defines is taken from it.
    pub fn merge(&mut self, other: Lexicon) {
        merge_entries(&mut self.hedge, other.hedge, |h| &mut h.phrases);
        merge_entries(&mut self.suffix, other.suffix, |h| &mut h.phrases);
        merge_entries(&mut self.vague, other.vague, |v| &mut v.phrases);
        for unit in other.unit {
            self.unit.retain(|u| u.name != unit.name);
            self.unit.push(unit);
        }
    }

    /// The longest hedge phrase starting at token `i`: the hedge and its length in tokens.
    pub fn hedge_at(&self, tokens: &[Token], i: usize) -> Option<(&Hedge, usize)> {
        longest(&self.hedge, tokens, i, |h| &h.phrases)
    }

    pub fn suffix_at(&self, tokens: &[Token], i: usize) -> Option<(&Hedge, usize)> {
        longest(&self.suffix, tokens, i, |h| &h.phrases)
    }

    pub fn vague_at(&self, tokens: &[Token], i: usize) -> Option<(&Vague, usize)> {
        longest(&self.vague, tokens, i, |v| &v.phrases)
    }

    /// A unit symbol written before a number ("$", "US$").
    pub fn unit_before(&self, tokens: &[Token], i: usize) -> Option<(&Unit, usize)> {
        longest(&self.unit, tokens, i, |u| &u.before)
    }

    /// A unit word written after a number ("percent", "%", "km").
    pub fn unit_after(&self, tokens: &[Token], i: usize) -> Option<(&Unit, usize)> {
        longest(&self.unit, tokens, i, |u| &u.after)
    }
}

fn merge_entries<T>(
    base: &mut Vec<T>,
    extra: Vec<T>,
    phrases: impl Fn(&mut T) -> &mut Vec<String>,
) {
    for mut entry in extra {
        let new: Vec<String> = phrases(&mut entry)
            .iter()
            .map(|p| p.to_lowercase())
            .collect();
        for old in base.iter_mut() {
            phrases(old).retain(|p| !new.contains(&p.to_lowercase()));
        }
        base.push(entry);
    }
    base.retain_mut(|e| !phrases(e).is_empty());
}

/// Whether the tokens at `i` spell `phrase` (case-insensitively, token by token).
pub fn phrase_matches(tokens: &[Token], i: usize, phrase: &str) -> Option<usize> {
    // Cheap first-token test before tokenizing the phrase.
    let first = tokens.get(i)?.text;
    if !phrase
        .get(..first.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(first))
    {
        return None;
    }
    let words = tokenize(phrase, Span::new(0, phrase.len()));
    if words.is_empty() || i + words.len() > tokens.len() {
        return None;
    }
    words
        .iter()
        .zip(&tokens[i..])
        .all(|(w, t)| t.text.eq_ignore_ascii_case(w.text))
        .then_some(words.len())
}

fn longest<'a, T>(
    entries: &'a [T],
    tokens: &[Token],
    i: usize,
    phrases: impl Fn(&T) -> &Vec<String>,
) -> Option<(&'a T, usize)> {
    let mut best: Option<(&T, usize)> = None;
    for entry in entries {
        for phrase in phrases(entry) {
            if let Some(len) = phrase_matches(tokens, i, phrase) {
                if best.is_none_or(|(_, l)| len > l) {
                    best = Some((entry, len));
                }
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_loads_and_documents_every_entry() {
        let lexicon = Lexicon::builtin();
        assert!(lexicon.hedge.iter().all(|h| !h.description.is_empty()));
        assert!(lexicon
            .vague
            .iter()
            .all(|v| !v.description.is_empty() && v.low <= v.high));
    }

    #[test]
    fn merge_replaces_a_phrase() {
        let mut lexicon = Lexicon::builtin();
        let extra: Lexicon = toml::from_str("[[vague]]\nphrases = [\"dozens\"]\nlow = 13\nhigh = 99\ndescription = \"house reading\"\n").unwrap();
        lexicon.merge(extra);
        let dozens: Vec<&Vague> = lexicon
            .vague
            .iter()
            .filter(|v| v.phrases.iter().any(|p| p == "dozens"))
            .collect();
        assert_eq!(dozens.len(), 1);
        assert_eq!(dozens[0].low, 13.0);
    }
}
