//! A speaker phrase taken apart into its name, acronym, role, affiliation
//! and head (`Phrase`); the span of a phrase's tokens, and a coordination
//! of speakers split into its phrases.

use std::ops::Range;

use crate::attribution::names::{join, join_held, strip_possessive};
use crate::lexicon::cues::CueLexicon;
use crate::lexicon::determiners::SPEAKER_PHRASE_DETERMINERS;
use crate::text::tokens::Token;
use crate::text::Span;

/// A speaker phrase, taken apart.
#[derive(Debug, Default)]
pub(super) struct Phrase {
    /// The last run of capitalised words: the name ("Mustafa Bali", "AFP").
    pub(super) name: Option<String>,
    /// An acronym given in parentheses inside the phrase.
    pub(super) acronym: Option<String>,
    /// The words before the name that give a role ("pollster", "President").
    pub(super) role: Option<String>,
    /// A capitalised run before the role ("SDF" in "SDF spokesman Mustafa Bali").
    pub(super) affiliation: Option<String>,
    /// Lower-case words after the name, the last one the head ("correspondents").
    pub(super) head: Option<String>,
    /// The whole phrase without its determiner.
    pub(super) text: String,
    /// A person's honorific was written ("Mr.", "President").
    pub(super) honorific: bool,
}

impl Phrase {
    /// A speaker phrase's tokens, taken apart.
    pub(super) fn parse(tokens: &[Token], lex: &CueLexicon) -> Phrase {
        let mut p = Phrase::default();
        let mut a = 0;
        // The set matches as `Token::is` does (ignoring ASCII case), by the
        // token's key: most first words are none of its words.
        while a < tokens.len()
            && crate::word_set!(SPEAKER_PHRASE_DETERMINERS).contains_token(&tokens[a])
        {
            a += 1;
        }
        // "Some say": the quantity word is all the phrase has.
        if a == tokens.len() && a > 0 {
            a -= 1;
        }
        let body = &tokens[a..];
        p.text = join(body);
        // Pull out "(AFP)".
        let mut words: Vec<&Token> = Vec::new();
        let mut k = 0;
        while k < body.len() {
            if body[k].is_punct('(') && k + 2 < body.len() && body[k + 2].is_punct(')') {
                p.acronym = Some(body[k + 1].text.to_string());
                k += 3;
                continue;
            }
            if body[k].is_word() {
                words.push(&body[k]);
            }
            k += 1;
        }
        let capital = |t: &Token| {
            t.is_capitalized() && !lex.is_honorific_token(t) || t.is_any(&["of", "for", "&", "and"])
        };
        // A common noun capitalised only because it opens the sentence
        // ("Sources said", "Officials said") is not a name.
        let first_is_common = words.first().is_some_and(|t| {
            t.is_capitalized()
                && (lex.is_unnamed_head_token(t) || lex.is_group_token(t) || lex.is_title_token(t))
                && !lex.is_honorific_token(t)
        });
        if first_is_common && words.iter().skip(1).all(|t| !t.is_capitalized()) {
            p.head = words.last().map(|t| t.text.to_lowercase());
            return p;
        }
        // The last capitalised run is the name.
        let Some(last_cap) = words.iter().rposition(|t| t.is_capitalized()) else {
            p.head = words.last().map(|t| t.text.to_lowercase());
            return p;
        };
        let mut first_cap = last_cap;
        while first_cap > 0 && capital(words[first_cap - 1]) {
            first_cap -= 1;
        }
        while first_cap < last_cap && words[first_cap].is_any(&["of", "for", "&", "and"]) {
            first_cap += 1;
        }
        // Joined from the words themselves (no copy of them), the
        // possessive taken off in place.
        let mut name = join_held(&words[first_cap..=last_cap]);
        name.truncate(strip_possessive(&name).len());
        p.name = Some(name);
        if last_cap + 1 < words.len() {
            p.head = words.last().map(|t| t.text.to_lowercase());
        }
        // What stands before the name: an honorific, a title, an affiliation.
        let before = &words[..first_cap];
        if let Some(h) = before.iter().rev().find(|t| lex.is_honorific_token(t)) {
            p.honorific = true;
            let h = h.text.to_lowercase();
            if !matches!(h.as_str(), "mr" | "mrs" | "ms" | "miss" | "dr" | "sir") {
                p.role = Some(h);
            }
        }
        if let Some(pos) = before
            .iter()
            .rposition(|t| !t.is_capitalized() && lex.is_title_token(t))
        {
            p.role = Some(before[pos].text.to_lowercase());
            let aff: Vec<&Token> = before[..pos]
                .iter()
                .filter(|t| t.is_capitalized())
                .copied()
                .collect();
            if !aff.is_empty() {
                p.affiliation = Some(join_held(&aff));
            }
        }
        p
    }
}

pub(super) fn span_of(tokens: &[Token], range: &Range<usize>) -> Span {
    Span::new(
        tokens[range.start].span.start,
        tokens[range.end - 1].span.end,
    )
}

/// "the SDF and United States officials" → two phrases. A phrase that ends
/// in an organisation's head word is one name ("Committee for Peace and
/// Security Council") and stays whole.
pub(super) fn split_coordination(
    tokens: &[Token],
    range: Range<usize>,
    lex: &CueLexicon,
) -> Vec<Range<usize>> {
    // The name ends at its head word, or before an acronym in parentheses.
    let mut end = range.end;
    if end >= 3 && tokens[end - 1].is_punct(')') && tokens[end - 3].is_punct('(') {
        end -= 3;
    }
    let last = &tokens[end.max(range.start + 1) - 1];
    if last.is_capitalized() && lex.is_organisation_head_token(last) {
        return vec![range];
    }
    let mut parts = Vec::new();
    let mut start = range.start;
    for k in range.clone() {
        if (tokens[k].is("and") || tokens[k].is_punct('&')) && k > start && k + 1 < range.end {
            parts.push(start..k);
            start = k + 1;
        }
    }
    parts.push(start..range.end);
    parts.retain(|p| !p.is_empty());
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    /// The determiners' set answers as the list compared word by word, in
    /// any case and for words outside ASCII.
    #[test]
    fn determiner_set_agrees_with_the_list() {
        let mut text: String = SPEAKER_PHRASE_DETERMINERS
            .iter()
            .flat_map(|d| {
                [
                    d.to_string(),
                    d.to_uppercase(),
                    format!("{d}s"),
                    format!("x{d}"),
                ]
            })
            .collect::<Vec<_>>()
            .join(" ");
        text.push_str(" The THE tHe Thé thé ÂN an. a-n , \u{201c} Both’s 2 three");
        let tokens = tokenize(&text, Span::new(0, text.len()));
        assert!(tokens.len() > 80);
        for t in &tokens {
            assert_eq!(
                crate::word_set!(SPEAKER_PHRASE_DETERMINERS).contains_token(t),
                SPEAKER_PHRASE_DETERMINERS.iter().any(|d| t.is(d)),
                "{}",
                t.text
            );
        }
    }
}
