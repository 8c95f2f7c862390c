//! Speaker phrases: the noun phrase that names a speaker, read leftwards
//! from its last word (`np_back`) or rightwards from its first
//! (`np_forward`; `subject_forward` with its parenthesis and prepositional
//! phrases), and whether a phrase is one an editor would accept as a
//! speaker (`is_speaker`) or one a stance or an act can be attributed to
//! (`is_named_speaker`).

use std::borrow::Cow;
use std::ops::Range;

use super::pronouns::{is_pronoun, pronoun_base};
use super::word_classes::{is_determiner, is_nominal, is_opener_word, is_participle, lower};
use crate::lexicon::cues::CueLexicon;
use crate::lexicon::document_nouns::DOCUMENT_NOUNS;
use crate::lexicon::number_words::QUANTITY_WORDS;
use crate::lexicon::prepositions::SPEAKER_PHRASE_PREPOSITIONS;
use crate::text::tokens::Token;

/// The speaker phrase that ends at `end`, read leftwards.
pub fn np_back(tokens: &[Token], end: usize, lex: &CueLexicon) -> Option<Range<usize>> {
    let mut s = end;
    if tokens[end].is_punct(')') {
        // "the Syrian Democratic Forces (SDF) said": the name before the acronym.
        let open = (0..end).rev().find(|&k| tokens[k].is_punct('('))?;
        if open == 0 {
            return None;
        }
        s = open;
    }
    let mut lowercase = 0;
    while s > 0 {
        let p = &tokens[s - 1];
        if p.is_punct(')') {
            match (0..s - 1).rev().find(|&k| tokens[k].is_punct('(')) {
                Some(open) if open > 0 && tokens[open - 1].is_capitalized() => {
                    s = open;
                    continue;
                }
                _ => break,
            }
        }
        if !p.is_word() {
            // "44 percent would back Trump": the share of a poll speaks.
            if p.is_number() && tokens[s].is_any(&["percent", "%"]) {
                s -= 1;
                break;
            }
            if p.is_punct('.')
                && s >= 2
                && (lex.is_honorific_token(&tokens[s - 2]) || is_abbreviation_point(tokens, s - 1))
            {
                s -= 1;
                continue;
            }
            if p.is_punct('&') && s >= 2 && tokens[s - 2].is_capitalized() {
                s -= 1;
                continue;
            }
            break;
        }
        if is_determiner(p) {
            if !p.is_any(&[
                "both", "all", "other", "such", "more", "most", "some", "any", "no",
            ]) {
                s -= 1;
            }
            // "attorneys for the family", "a spokesman for the ministry": a
            // speaker's head and the phrase that says whom it speaks for.
            if s >= 2
                && tokens[s - 1].is_any(&["for", "of", "at", "with"])
                && !tokens[s - 2].is_capitalized()
                && (lex.is_title_token(&tokens[s - 2]) || lex.is_group_token(&tokens[s - 2]))
            {
                s -= 2;
                lowercase += 1;
                continue;
            }
            // "Aid groups and the ministry": a coordination of speakers.
            if s >= 2 && tokens[s - 1].is("and") && is_nominal(&tokens[s - 2], lex) && s - 1 < end {
                s -= 1;
                lowercase = 0;
                continue;
            }
            break;
        }
        // (No word outside ASCII lower-cases into one of these.)
        if p.is_any(&["of", "for", "and", "de", "al"]) {
            // Inside a name ("Observatory for Human Rights") or a coordination
            // of speakers ("the SDF and United States officials").
            let right_ok = tokens[s].is_capitalized() || is_determiner(&tokens[s]);
            let left_ok = s >= 2
                && (tokens[s - 2].is_capitalized()
                    || lex.is_title_token(&tokens[s - 2])
                    || lex.is_group_token(&tokens[s - 2]));
            if right_ok && left_ok {
                s -= 1;
                continue;
            }
            break;
        }
        if p.is_capitalized() {
            if s - 1 == 0 && is_opener_word(p) {
                break;
            }
            s -= 1;
            continue;
        }
        if !is_nominal(p, lex) || lowercase >= 3 {
            break;
        }
        // Before a name only a title ("pollster Pat Caddell", "legal analyst
        // Jeffrey Toobin"), not any word ("For 12 years Adelma Cifuentes").
        if tokens[s].is_capitalized() && !lex.is_title_token(p) {
            break;
        }
        lowercase += 1;
        s -= 1;
    }
    (s <= end).then_some(s..end + 1)
}

/// The speaker phrase that starts at `start`, read rightwards.
pub fn np_forward(tokens: &[Token], start: usize, lex: &CueLexicon) -> Option<Range<usize>> {
    let first = tokens.get(start)?;
    if is_pronoun(first) {
        return (!first.is_any(&["who", "which", "it"])).then_some(start..start + 1);
    }
    let mut e = start;
    if is_determiner(first) {
        e += 1;
    }
    let mut lowercase = 0;
    let mut words = 0;
    while let Some(t) = tokens.get(e) {
        if t.is_word() {
            // (No word outside ASCII lower-cases into one of these.)
            if t.is_any(&["of", "for", "and", "&", "de", "al"]) && words > 0 {
                let n = tokens.get(e + 1);
                let n2 = tokens.get(e + 2);
                let next_named = n.is_some_and(|n| n.is_capitalized())
                    || n.is_some_and(|n| n.is("the")) && n2.is_some_and(|n| n.is_capitalized());
                if next_named {
                    e += 1;
                    continue;
                }
                break;
            }
            if t.is_capitalized() && !(words == 0 && is_opener_word(t) && start == 0) {
                words += 1;
                e += 1;
                continue;
            }
            // A past-tense verb after the head ("correspondents reached")
            // ends the phrase.
            let w = lower(t);
            let verb_like = words > 0 && w.len() > 5 && w.ends_with("ed");
            if is_nominal(t, lex) && lowercase < 4 && !t.is_capitalized() && !verb_like {
                lowercase += 1;
                words += 1;
                e += 1;
                continue;
            }
            break;
        }
        if t.is_punct('.')
            && e > start
            && lex.is_honorific_token(&tokens[e - 1])
            && tokens.get(e + 1).is_some_and(|n| n.is_capitalized())
        {
            e += 1;
            continue;
        }
        if t.is_punct('(') && words > 0 {
            // "Agence France-Presse (AFP) correspondents".
            if let (Some(a), Some(c)) = (tokens.get(e + 1), tokens.get(e + 2)) {
                if a.is_capitalized() && c.is_punct(')') {
                    e += 3;
                    continue;
                }
            }
        }
        break;
    }
    (words > 0).then_some(start..e)
}

/// A subject phrase read rightwards: a speaker phrase with its parenthesis
/// ("Rep. Jim Jordan (R-Ohio)") and its prepositional phrases ("A lawyer for
/// the news outlets", "Officials at Homeland Security Investigations").
pub(super) fn subject_forward(
    tokens: &[Token],
    start: usize,
    lex: &CueLexicon,
) -> Option<Range<usize>> {
    // "one of the family's attorneys", "some of the senators": a part of a group.
    let partitive = tokens.get(start).is_some_and(|t| {
        t.is_any(&[
            "one", "two", "three", "some", "many", "most", "several", "each", "all", "both", "none",
        ])
    }) && tokens.get(start + 1).is_some_and(|t| t.is("of"));
    let np = if partitive {
        let group = np_forward(tokens, start + 2, lex)?;
        start..group.end
    } else {
        np_forward(tokens, start, lex)?
    };
    let mut end = np.end;
    let mut steps = 0;
    while steps < 4 {
        steps += 1;
        match tokens.get(end) {
            Some(t) if t.is_punct('(') => {
                match (end + 1..tokens.len().min(end + 10)).find(|&k| tokens[k].is_punct(')')) {
                    Some(close) => end = close + 1,
                    None => break,
                }
            }
            Some(t) if t.is_any(&["of", "for", "at", "with", "to", "from", "in"]) => {
                match np_forward(tokens, end + 1, lex) {
                    Some(pp) if !is_pronoun(&tokens[pp.start]) => end = pp.end,
                    _ => break,
                }
            }
            _ => break,
        }
    }
    Some(np.start..end)
}

/// The period of an abbreviation inside a name: an initial ("R."), "Jr.",
/// "Sr." or a dotted acronym ("S.E.C.").
pub(super) fn is_abbreviation_point(tokens: &[Token], j: usize) -> bool {
    j > 0 && tokens[j].is_punct('.') && tokens[j].joined && {
        let w = &tokens[j - 1];
        w.is_capitalized()
            && (w.text.chars().count() == 1 || w.is_any(&["Jr", "Sr"]) || w.text.contains('.'))
    }
}

/// A speaker phrase an editor would accept as one: a pronoun, a name, or a
/// head noun the lexicon knows (officials, spokesman, ministry, poll).
pub(super) fn is_speaker(tokens: &[Token], np: &Range<usize>, lex: &CueLexicon) -> bool {
    let words = &tokens[np.clone()];
    if words.len() == 1 && is_pronoun(&words[0]) {
        return true;
    }
    if words.len() == 1 && words[0].is("that") && np.start > 0 {
        return np_back(tokens, np.start - 1, lex).is_some_and(|antecedent| {
            antecedent.end == np.start && is_speaker(tokens, &antecedent, lex)
        });
    }
    // "Some say …", "others note that …": a vague speaker, but a speaker.
    if words.len() == 1 && words[0].is_any(&["some", "many", "others", "most"]) {
        return true;
    }
    let known_head = |head: &str| {
        DOCUMENT_NOUNS.contains(&head)
            || lex.is_group(head)
            || lex.is_title(head)
            || lex.is_organisation_head(head)
            || lex.is_unnamed_head(head)
    };
    words
        .iter()
        .enumerate()
        .any(|(k, t)| t.is_capitalized() && !(k == 0 && np.start == 0 && is_opener_word(t)))
        || heads(words).any(|h| known_head(&h))
}

/// The heads of a phrase: its last word, and the last word before its first
/// preposition ("a lawyer for the news outlets", "the minister of the
/// economy": lawyer, minister).
fn heads<'a>(words: &'a [Token]) -> impl Iterator<Item = Cow<'a, str>> + 'a {
    let last = words.iter().rev().find(|t| t.is_word()).map(lower);
    let before_pp = words
        .iter()
        .position(|t| t.is_any(&SPEAKER_PHRASE_PREPOSITIONS) || is_participle(t))
        .filter(|&k| k > 0 && (k + 1 < words.len() || is_participle(&words[k])))
        .and_then(|k| words[..k].iter().rev().find(|t| t.is_word()))
        .map(lower);
    last.into_iter().chain(before_pp)
}

/// A speaker to whom a stance or an act is attributed: a third-person
/// pronoun, a name, or a head noun for people who speak for something
/// (officials, spokesman, ministry, experts) — not a crowd ("militants").
pub(super) fn is_named_speaker(tokens: &[Token], np: &Range<usize>, lex: &CueLexicon) -> bool {
    let words: Vec<&Token> = tokens[np.clone()].iter().filter(|t| t.is_word()).collect();
    let Some(head) = words.last() else {
        return false;
    };
    // A relative "that" is as named as the phrase it stands for.
    if words.len() == 1 && head.is("that") && np.start > 0 {
        return np_back(tokens, np.start - 1, lex).is_some_and(|antecedent| {
            antecedent.end == np.start && is_named_speaker(tokens, &antecedent, lex)
        });
    }
    if words.len() == 1 && is_pronoun(head) {
        // "who" only after a comma: "Trump, who wants …", not "people who want".
        let relative_ok = np.start > 0 && tokens[np.start - 1].is_punct(',');
        let base = pronoun_base(head.text);
        // "I"/"we" outside a quotation: the writer's own stance ("I know
        // your tax returns are being audited"), a claim of the piece's author.
        return matches!(base.as_ref(), "he" | "she" | "they" | "it" | "i" | "we")
            || base == "who" && relative_ok;
    }
    // (No word outside ASCII lower-cases into one of these.)
    if crate::word_set!(QUANTITY_WORDS).contains_token(head) {
        return false;
    }
    if head.is_capitalized() {
        return !(np.start == 0 && words.len() == 1 && is_opener_word(head));
    }
    // "Air strikes": a capitalised word only because it opens the sentence.
    heads(&tokens[np.clone()]).any(|h| {
        !lex.is_crowd(&h)
            && (lex.is_group(&h)
                || lex.is_title(&h)
                || lex.is_organisation_head(&h)
                || lex.is_unnamed_head(&h))
    })
}
