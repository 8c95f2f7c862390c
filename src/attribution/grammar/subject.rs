//! The speaker of a verb: the phrase before it, past auxiliaries, adverbs
//! and times (`speaker_before`), with a subject's appositive, a pair of
//! dashes or the modifiers of a long subject; or the subject a participle
//! or a second verb shares with its clause (`main_subject`,
//! `clause_subject_before`).

use std::ops::Range;

use super::pronouns::is_pronoun;
use super::speaker_phrase::{
    is_abbreviation_point, is_named_speaker, is_speaker, np_back, np_forward, subject_forward,
};
use super::word_classes::{
    is_adverb, is_dash, is_determiner, is_function, is_nominal, is_participle, is_quote, lower,
};
use crate::lexicon::auxiliaries::BETWEEN_SPEAKER_AND_VERB;
use crate::lexicon::cues::{CueLexicon, VerbClass};
use crate::lexicon::document_nouns::DOCUMENT_NOUNS;
use crate::lexicon::prepositions::SPEAKER_PHRASE_PREPOSITIONS;
use crate::text::tokens::{Kind, Token};

/// The speaker phrase that ends before the verb at `v`, skipping adverbs and
/// times ("the SDF on Monday called for"), and a subject's appositive
/// ("Mustafa Bali, a spokesman for the SDF, confirmed").
pub(super) fn speaker_before(
    tokens: &[Token],
    in_time: &[bool],
    v: usize,
    lex: &CueLexicon,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let mut j = v;
    loop {
        if j == 0 {
            return None;
        }
        j -= 1;
        let t = &tokens[j];
        let skippable = in_time[j]
            || t.is_word()
                && !t.is_capitalized()
                && crate::word_set!(BETWEEN_SPEAKER_AND_VERB).contains_token(t)
                // "Merkley, Brown and Menendez all suggested": a quantifier
                // after its subject.
                && (!(t.is("both") || t.is("all"))
                    || j > 0 && (tokens[j - 1].is_capitalized() || tokens[j - 1].is_punct(')')))
            || t.is("n't")
            || t.is("not")
            // "didn't", "doesn’t".
            || t.is_word() && !t.is_capitalized() && (t.text.ends_with("n't") || t.text.ends_with("n’t"))
            // "continually brags", "successfully argued".
            || t.is_word() && !t.is_capitalized() && is_adverb(t.text);
        if !skippable {
            break;
        }
    }
    let t = &tokens[j];
    if is_pronoun(t) {
        return Some((j..j + 1, None));
    }
    // "a number of cities that support the rules": a relative "that" stands
    // for the phrase before it.
    if t.is("that") && j > 0 && is_nominal(&tokens[j - 1], lex) {
        return Some((j..j + 1, None));
    }
    if t.is_punct(',') {
        return appositive_subject(tokens, j, lex);
    }
    // "Mr. Ellis -- a professor who wrote a book on debates -- said".
    if is_dash(t) {
        // A dash may be written as two hyphens: step to the first of them.
        let run_start = |k: usize| {
            if k > 0 && is_dash(&tokens[k - 1]) {
                k - 1
            } else {
                k
            }
        };
        let close = run_start(j);
        let open = (1..close).rev().find(|&k| is_dash(&tokens[k]))?;
        let np = np_back(tokens, run_start(open).checked_sub(1)?, lex)?;
        let opens = np.start == 0 || tokens[np.start - 1].kind == Kind::Punct;
        return (opens && is_speaker(tokens, &np, lex) && close - open <= 30)
            .then(|| (np, Some(open + 1..close)));
    }
    // "The poll released Friday shows": a participle closes the subject.
    if is_participle(t) {
        if let Some(long) = long_subject(tokens, in_time, j, v, lex) {
            return Some(long);
        }
    }
    // "The S.E.C. said", "Joseph R. Biden Jr. responded": the abbreviation's
    // period closes the name.
    if is_abbreviation_point(tokens, j) {
        let np = np_back(tokens, j - 1, lex)?;
        return Some((np.start..j + 1, None));
    }
    if t.is_punct(')') || is_nominal(t, lex) || is_document_noun(tokens, j) {
        let np = np_back(tokens, j, lex)?;
        // "a union representing flight attendants endorsed …": the phrase
        // found is the object inside a modifier of the real subject.
        let mut before = np.start;
        while before > 0 && (tokens[before - 1].is_number() || is_determiner(&tokens[before - 1])) {
            before -= 1;
        }
        let inside_modifier = before > 0 && {
            let p = &tokens[before - 1];
            p.is_any(&SPEAKER_PHRASE_PREPOSITIONS) || p.is_any(&["on", "by"]) || is_participle(p)
        };
        if inside_modifier {
            if let Some(long) = long_subject(tokens, in_time, j, v, lex) {
                return Some(long);
            }
        }
        return Some((np, None));
    }
    long_subject(tokens, in_time, j, v, lex)
}

/// A subject with modifiers, read from the start of its clause up to `last`:
/// "The latest Reuters/Ipsos opinion poll released Friday", "A document on
/// the campaign's website", "a 46-page analysis released by the department
/// last month". Its head (the first phrase) must be a speaker.
fn long_subject(
    tokens: &[Token],
    in_time: &[bool],
    last: usize,
    verb: usize,
    lex: &CueLexicon,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    const BOUNDARY: &[&str] = &[
        "that", "and", "but", "while", "when", "because", "as", "if", "since", "although",
        "though", "whereas",
    ];
    let start = (last.saturating_sub(16)..=last).rev().find(|&k| {
        k == 0 || {
            let p = &tokens[k - 1];
            p.kind == Kind::Punct && !p.is_punct('/') && !p.is_punct('-') || p.is_any(BOUNDARY)
        }
    })?;
    let head = np_forward(tokens, start, lex)?;
    if !is_speaker(tokens, &head, lex) || is_pronoun(&tokens[head.start]) {
        return None;
    }
    let mut pos = head.end;
    let mut steps = 0;
    // Where a participle or a time opens a modifier ("released Friday"): the
    // speaker's name ends there.
    let mut modifier = None;
    while pos <= last && steps < 10 {
        steps += 1;
        let t = &tokens[pos];
        if in_time[pos] || is_participle(t) {
            modifier.get_or_insert(pos);
        }
        if in_time[pos] {
            pos += 1;
        } else if t.is_any(&SPEAKER_PHRASE_PREPOSITIONS) || t.is_any(&["on", "by", "about", "near"])
        {
            pos = np_forward(tokens, pos + 1, lex)?.end;
        } else if is_participle(t)
            || t.is_number()
            || (t.is_punct('/') || t.is_punct('-')) && t.joined
        {
            // "released Friday", "representing flight attendants", "Reuters/Ipsos".
            pos += 1;
            if let Some(rest) = np_forward(tokens, pos, lex) {
                pos = rest.end;
            }
        } else {
            return None;
        }
    }
    // The phrase may take in the times skipped before the verb ("released Friday").
    if pos <= last || pos > verb || pos - start > 16 {
        return None;
    }
    Some(match modifier {
        Some(m) => (start..m, Some(m..pos)),
        None => (start..pos, None),
    })
}

/// A document noun that is also a verb form, used as a noun: "the report
/// says", "a new study found", "the Pentagon statement".
fn is_document_noun(tokens: &[Token], j: usize) -> bool {
    let t = &tokens[j];
    t.is_word() && DOCUMENT_NOUNS.contains(&lower(t).as_ref()) && j > 0 && {
        let p = &tokens[j - 1];
        // (A determiner or a capitalised word covers every possessor.)
        is_determiner(p) || p.is_capitalized() || p.is_word() && !is_function(p) && !is_pronoun(p)
    }
}

/// `NP , APPOSITIVE , verb`: the subject at the start of the clause —
/// "Mustafa Bali, a spokesman for the SDF, confirmed", "Schiff, 56, who has
/// served …, told", `"…," Scott Pruitt, the attorney general, said`.
fn appositive_subject(
    tokens: &[Token],
    comma: usize,
    lex: &CueLexicon,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    // The clause starts after the last closing quotation before the comma, or
    // at the sentence start.
    let mut start = (0..comma)
        .rev()
        .find(|&k| {
            is_quote(&tokens[k])
                && k > 0
                && (tokens[k - 1].is_punct(',')
                    || tokens[k - 1].is_punct('?')
                    || tokens[k - 1].is_punct('!')
                    || tokens[k - 1].is_punct('.'))
        })
        .map_or(0, |k| k + 1);
    while start < comma
        && (is_quote(&tokens[start])
            || tokens[start].kind == Kind::Punct
            || tokens[start].is_any(&["even", "also", "meanwhile", "still", "but", "and", "so"]))
    {
        start += 1;
    }
    let np = match subject_forward(tokens, start, lex) {
        Some(np)
            if tokens.get(np.end).is_some_and(|t| t.is_punct(','))
                && np.end < comma
                && is_speaker(tokens, &np, lex) =>
        {
            np
        }
        // "In a statement, one of the family's attorneys, Justin Bamberg,
        // said": the subject after an opening phrase.
        _ => match (start..comma)
            .filter(|&c| tokens[c].is_punct(',') && is_function(&tokens[start]))
            .find_map(|c| {
                subject_forward(tokens, c + 1, lex).filter(|np| {
                    np.end < comma && tokens[np.end].is_punct(',') && is_speaker(tokens, np, lex)
                })
            }) {
            Some(np) => np,
            // "… since Clinton, at Monday's debate, cited …": the subject opens a
            // clause inside the sentence.
            None => subject_after_boundary(tokens, comma, lex)?,
        },
    };
    let appositive = np.end + 1..comma;
    let has_verb = tokens[appositive.clone()].iter().enumerate().any(|(k, t)| {
        !t.is_capitalized()
            && lex
                .verb(&lower(t))
                .is_some_and(|v| v.class == VerbClass::Speech)
            && !lower(t).ends_with("ing")
            && (k == 0 || !tokens[appositive.start + k - 1].is_any(&["who", "which", "has", "had"]))
    });
    (!has_verb && appositive.len() <= 40).then_some((np, Some(appositive)))
}

/// The speaker phrase right before one of the commas before `comma` that
/// opens its clause (after "since", "when", "and", a quotation …).
fn subject_after_boundary(
    tokens: &[Token],
    comma: usize,
    lex: &CueLexicon,
) -> Option<Range<usize>> {
    const BOUNDARY: &[&str] = &[
        "since", "because", "when", "while", "as", "after", "before", "although", "though", "and",
        "but", "that", "if", "where", "whereas", "until", "once",
    ];
    for k in (1..comma).rev() {
        if !tokens[k].is_punct(',') || comma - k > 30 {
            continue;
        }
        let Some(np) = np_back(tokens, k - 1, lex) else {
            continue;
        };
        let opens = np.start == 0
            || tokens[np.start - 1].kind == Kind::Punct
            || BOUNDARY.iter().any(|b| tokens[np.start - 1].is(b));
        if opens && is_named_speaker(tokens, &np, lex) {
            return Some(np);
        }
    }
    None
}

/// The subject of the sentence's main clause, when it is a speaker: the
/// speaker of a participle (", saying …") or of a second verb ("and said").
pub(super) fn main_subject(tokens: &[Token], lex: &CueLexicon) -> Option<Range<usize>> {
    let mut s = 0;
    while s < tokens.len() && !tokens[s].is_word() {
        s += 1;
    }
    let first = tokens.get(s)?;
    if is_function(first) && !is_pronoun(first) || lex.verb_of(first).is_some() {
        // "In a speech in Fort Pierce, Clinton laid out …": after the opening phrase.
        let comma = (s..tokens.len().min(s + 16)).find(|&k| tokens[k].is_punct(','))?;
        s = comma + 1;
    }
    let np = np_forward(tokens, s, lex)?;
    is_named_speaker(tokens, &np, lex).then_some(np)
}

/// The nearest subject before `v` that a participle or a catenative verb
/// takes over: a pronoun, or a name right before a lower-case word (its
/// verb), not governed by a preposition.
pub(super) fn clause_subject_before(
    tokens: &[Token],
    v: usize,
    lex: &CueLexicon,
) -> Option<Range<usize>> {
    for k in (0..v).rev() {
        let t = &tokens[k];
        if t.is_any(&["he", "she", "they"]) {
            return Some(k..k + 1);
        }
        let followed_by_verb = tokens.get(k + 1).is_some_and(|n| {
            n.is_word() && !n.is_capitalized() && !is_function(n)
                || n.is_any(&["has", "have", "had", "was", "is", "were", "are"])
        });
        if t.is_capitalized()
            && followed_by_verb
            && (k == 0
                || !is_function(&tokens[k - 1])
                || tokens[k - 1].is_any(&["and", "but", "that"]))
        {
            let np = np_back(tokens, k, lex)?;
            if is_named_speaker(tokens, &np, lex) {
                return Some(np);
            }
        }
    }
    None
}
