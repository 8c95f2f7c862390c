//! The verb cue: a verb of saying, of a clause or of stance with its speaker
//! before it (`Bali said`, `the SDF on Monday called for`), after a
//! subject's appositive, inverted after the content (`"…," said Caddell.`),
//! shared with the main clause (`…, saying …`, `… and said …`), or alone in
//! its sentence after a quotation (`Clinton said.`); and the relay
//! (`X cited its sources as saying`), read from the verb's object.

use super::content::{trim, words_between};
use super::input::PatternInput;
use crate::attribution::grammar::found::{CueKind, Found};
use crate::attribution::grammar::pronouns::is_pronoun;
use crate::attribution::grammar::speaker_phrase::{is_named_speaker, is_speaker, np_forward};
use crate::attribution::grammar::subject::{clause_subject_before, main_subject, speaker_before};
use crate::attribution::grammar::word_classes::{
    is_adverb, is_be, is_determiner, is_function, is_nominal, is_quote, lower,
};
use crate::lexicon::auxiliaries::BETWEEN_SPEAKER_AND_VERB;
use crate::lexicon::cues::{phrase_at, VerbClass};
use crate::lexicon::determiners::NOUN_MARKERS;
use crate::lexicon::telling_verbs::TELLING_VERBS;
use crate::text::tokens::{Kind, Token};
use crate::text::Span;

/// A verb cue at `at`: its speaker, the relay it names if any, and the
/// content it governs.
pub(super) fn verb_cue(input: &PatternInput) -> Option<Found> {
    let PatternInput {
        tokens,
        in_time,
        sentence,
        lex,
        at: v,
        earlier,
        ..
    } = *input;
    let t = &tokens[v];
    // A cue verb is written in lower case ("Islamic State" is not "state"),
    // except in a headline written in title case ("Lindsey Graham Says").
    // "Said Ellis: …": an inverted cue may open the sentence.
    // (The verb is looked up first: it rules out nearly every token, and the
    // title-case test reads the whole sentence.)
    if !t.is_word() {
        return None;
    }
    let verb = lex.verb_of(t)?;
    let word = lower(t);
    let opens_inverted = v == 0 && tokens.get(1).is_some_and(|n| n.is_capitalized());
    if t.is_capitalized() && !(v > 0 && is_title_case(tokens)) && !opens_inverted {
        return None;
    }
    // In a title-case headline only a verb of saying is a cue ("Lindsey
    // Graham Says"); "Plant Rules Face Key Test" has no speaker.
    if t.is_capitalized() && verb.class != VerbClass::Speech {
        return None;
    }
    let ing = word.ends_with("ing");
    let prev = v.checked_sub(1).map(|p| &tokens[p]);
    // "to say", "the said", "his remarks": an infinitive, an adjective, a noun.
    if prev.is_some_and(|p| {
        let possessive = (p.text.ends_with("'s") && !p.is("'s") || p.text.ends_with("’s"))
            // "He's claiming", "It’s denouncing": a pronoun and "is", not a possessive.
            && !is_pronoun(p);
        // "cities that support": "that" is a relative pronoun after a noun.
        let relative = p.is("that") && v >= 2 && is_nominal(&tokens[v - 2], lex);
        crate::word_set!(NOUN_MARKERS).contains_token(p) && !catenative(tokens, v) && !relative
            || possessive
    }) {
        return None;
    }
    // "Having said that": a set phrase, nobody's claim.
    if prev.is_some_and(|p| p.is("having")) {
        return None;
    }
    // "was told": a passive (but "is saying" is a progressive).
    if !ing && prev.is_some_and(is_be) {
        return None;
    }
    // Forms that are nouns as often as verbs ("states", "calls", "report").
    let ambiguous = !matches!(verb.lemma.as_str(), "say" | "tell")
        && (word == verb.lemma || word.ends_with('s') && !word.ends_with("ss"));
    let next = tokens.get(v + 1);
    // "she called into the program", "called in to a town hall": a phone call.
    if verb.lemma == "call" && next.is_some_and(|n| n.is_any(&["into", "in", "back", "up", "off"]))
    {
        return None;
    }
    // "a group known as", "people accused of": a participle that modifies a noun.
    if next.is_some_and(|n| n.is_any(&["as", "of"]))
        && (word.ends_with("ed") || word.ends_with("wn"))
        && prev.is_some_and(|p| {
            p.is_word() && !p.is_capitalized() && !is_pronoun(p) && !is_function(p)
        })
    {
        return None;
    }
    // "estimated to be", "expected to": raising, not reporting.
    if next.is_some_and(|n| n.is("to"))
        && tokens.get(v + 2).is_some_and(|n| n.is_any(&["be", "have"]))
    {
        return None;
    }
    let mut cue_end = v + 1;
    // "called for", and "called Friday for" with a time between.
    let mut p = v + 1;
    while p < tokens.len() && in_time[p] && p - v <= 3 {
        p += 1;
    }
    if let Some(n) = tokens.get(p) {
        if verb.particles.iter().any(|x| n.is(x)) {
            cue_end = p + 1;
        }
    }
    // "spoke about" is a cue, "spoke to reporters" is not.
    if verb.particle_required && cue_end == v + 1 {
        return None;
    }
    // Relay: "cited its sources as saying".
    let mut relayed_from = None;
    if lex.is_relay_verb(&word) {
        if let Some(np) = np_forward(tokens, cue_end, lex) {
            if let Some(n) = lex
                .relay_links
                .iter()
                .find_map(|l| phrase_at(tokens, np.end, l))
            {
                relayed_from = Some(np.clone());
                cue_end = np.end + n;
            }
        }
    }
    let cue = Span::new(t.span.start, tokens[cue_end - 1].span.end);
    let kind = if relayed_from.is_some() {
        CueKind::Relay
    } else if verb.class == VerbClass::Speech {
        CueKind::Verb
    } else {
        CueKind::Stance
    };

    // The speaker: the main clause's for a participle (", saying …") or a
    // second verb ("and said"); else before the verb, or (inverted) after it.
    // (Adverbs may stand between: ", even suggesting", "and then saying".)
    let before_adverbs = (0..v)
        .rev()
        .find(|&k| {
            !(tokens[k].is_any(&["even", "also", "then", "again", "still"])
                || is_adverb(tokens[k].text) && tokens[k].is_word() && !tokens[k].is_capitalized())
        })
        .map(|k| &tokens[k]);
    let participle = catenative(tokens, v)
        || ing
            && before_adverbs.is_some_and(|p| {
                p.is_punct(',') || p.is_any(&["by", "after", "before", "while", "when", "and"])
            });
    // "and said": a second verb of the same speaker (not "shootings and
    // protests demands", where the form is a noun as often as a verb).
    // (Auxiliaries and adverbs may stand between: "but has said".)
    let before_aux = (0..v)
        .rev()
        .find(|&k| {
            !(tokens[k].is_any(&[
                "has", "have", "had", "also", "then", "later", "would", "will",
            ]) || is_adverb(tokens[k].text) && !tokens[k].is_capitalized())
        })
        .map(|k| &tokens[k]);
    let coordinated =
        before_aux.is_some_and(|p| p.is_any(&["and", "but", "yet"])) && !ing && !ambiguous;
    let shared = (participle || coordinated)
        .then(|| {
            earlier
                .iter()
                .rev()
                .find_map(|f| f.speaker.clone().filter(|_| f.kind != CueKind::Vague))
                .or_else(|| main_subject(tokens, lex).filter(|np| np.end <= v))
                .or_else(|| clause_subject_before(tokens, v, lex))
        })
        .flatten();
    let before = if shared.is_some() || participle {
        None
    } else {
        speaker_before(tokens, in_time, v, lex)
            // "what he called", "which she described as": naming, not a claim;
            // "what that person says": nobody's claim. ("What the senators
            // said was gerrymandering" is theirs, though.)
            .filter(|(np, _)| {
                let naming = matches!(
                    verb.lemma.as_str(),
                    "call" | "describe" | "label" | "characterize" | "term" | "dub"
                );
                let head = lower(&tokens[np.end - 1]);
                let before = np.start.checked_sub(1).map(|k| {
                    if k > 0 && tokens[k].is_any(&["that", "this", "the", "a", "an"]) {
                        k - 1
                    } else {
                        k
                    }
                });
                let free_relative =
                    before.is_some_and(|k| tokens[k].is_any(&["what", "which", "whatever"]));
                !(free_relative && (naming || lex.is_unnamed_head(&head)))
            })
            // "Stein said she plans to …": a pronoun's cue inside the content
            // of an attribution already found is part of that claim.
            .filter(|(np, _)| {
                let pronoun = &tokens[np.start];
                let opens_content = earlier.iter().any(|f| {
                    f.speaker.is_some()
                        && f.content.contains(t.span)
                        && (f.content.start == pronoun.span.start
                            || np.start > 0 && tokens[np.start - 1].is("that"))
                });
                !(is_pronoun(pronoun) && !pronoun.is_any(&["who", "which"]) && opens_content)
            })
            // "anybody who complains": a restrictive relative is not a speaker
            // except of "say" and "tell".
            .filter(|(np, _)| {
                !(tokens[np.start].is("who")
                    && np.len() == 1
                    && !(np.start > 0 && tokens[np.start - 1].is_punct(','))
                    && !matches!(verb.lemma.as_str(), "say" | "tell"))
            })
            // "Trump's disrespectful comments": a noun phrase with a possessive
            // (but "the candidate's former doctor maintains": a speaker's head).
            .filter(|(np, _)| {
                !ambiguous
                    || !(tokens[np.clone()]
                        .iter()
                        .any(|x| x.text.ends_with("'s") || x.text.ends_with("’s")))
                    || {
                        let head = lower(&tokens[np.end - 1]);
                        lex.is_title(&head) || lex.is_organisation_head(&head)
                    }
            })
            // "a New York Times report", "Republican claims": a noun after a
            // name used as a modifier, not a verb after its subject.
            .filter(|(np, _)| {
                !ambiguous
                    || !{
                        let first = &tokens[np.start];
                        let head = &tokens[np.end - 1];
                        let h = lower(head);
                        first.is_any(&["a", "an"]) && head.is_capitalized()
                            || head.is_capitalized()
                                && ["an", "ic", "ian", "ese", "ish", "ground"]
                                    .iter()
                                    .any(|x| h.ends_with(x))
                                && !lex.is_organisation_head(&h)
                    }
            })
            .filter(|(np, appositive)| {
                // After an appositive or a modifier, what stands between is
                // its closing punctuation.
                let mut from = appositive.as_ref().map_or(np.end, |a| a.end);
                while from < v && tokens[from].kind == Kind::Punct {
                    from += 1;
                }
                !ambiguous
                    || is_speaker(tokens, np, lex) && only_auxiliaries(tokens, from, v)
                    || is_pronoun(&tokens[np.start])
            })
    };
    // "It was first declared by …": a be-form between subject and a past
    // participle makes a passive; its subject did not say anything.
    let before = before.filter(|(np, appositive)| {
        ing || appositive.is_some() || !tokens[np.end.min(v)..v].iter().any(is_be)
    });
    let (speaker, appositive, inverted) = match (shared, before) {
        (Some(s), _) => (Some(s), None, false),
        (None, Some((s, a))) => (Some(s), a, false),
        (None, None) if participle || ing => (None, None, false),
        (None, None) => {
            // Inverted: `"…," said Caddell.` — a finite verb of saying after
            // the content, its speaker closing the clause.
            let opened =
                v == 0 || prev.is_some_and(|p| p.is_punct(',') || is_quote(p) || p.is_punct(':'));
            let finite = verb.class == VerbClass::Speech && !word.ends_with("ing");
            let inverted = (opened && finite && relayed_from.is_none())
                .then(|| np_forward(tokens, cue_end, lex))
                .flatten()
                .filter(|np| {
                    tokens.get(np.end).is_none_or(|t| {
                        t.kind == Kind::Punct
                            || t.is_any(&[
                                "in", "on", "at", "after", "before", "during", "who", "when",
                                "adding",
                            ])
                    })
                });
            match inverted {
                Some(s) => (Some(s), None, true),
                None => (None, None, false),
            }
        }
    };
    let speaker = speaker?;

    // The content: after the cue, or before the speaker when the cue ends the sentence.
    let mut after = if inverted { speaker.end } else { cue_end };
    if TELLING_VERBS.contains(&verb.lemma.as_str()) && !inverted {
        if let Some(obj) = np_forward(tokens, after, lex) {
            after = obj.end;
        }
    }
    while after < tokens.len()
        && (in_time[after]
            || tokens[after].is_any(&["that", "on", ","])
            || tokens[after].is_punct(':'))
    {
        after += 1;
    }
    let colon = tokens.get(cue_end).is_some_and(|t| t.is_punct(':'))
        || tokens.get(cue_end).is_some_and(|t| t.is_punct(','))
            && tokens.get(cue_end + 1).is_some_and(is_quote);
    let follows = words_between(tokens, after, tokens.len());
    let clause_after = tokens
        .get(cue_end)
        .is_some_and(|t| t.is("that") || is_quote(t))
        || colon;
    let start_of_speaker = speaker.start.min(v);
    // A stance or an act needs a named speaker; a clause verb without "that"
    // needs one too ("Clinton wants to …", but not "the data show …").
    let named_subject = is_named_speaker(tokens, &speaker, lex);
    // A form that is also a noun, followed by a bare noun, is a noun compound
    // ("the New York state attorney general"), not a verb and its object.
    let bare_noun_next = ambiguous
        && verb.class == VerbClass::Clause
        && !clause_after
        && tokens.get(cue_end).is_some_and(|n| {
            n.is_word()
                && !n.is_capitalized()
                && !is_function(n)
                && !is_determiner(n)
                && !is_pronoun(n)
        });
    if bare_noun_next && !inverted {
        return None;
    }
    // "a stream called Miracle Run": a name given, not a claim of the stream.
    if verb.lemma == "call"
        && cue_end == v + 1
        && tokens
            .get(v + 1)
            .is_some_and(|n| n.is_capitalized() || is_quote(n))
        && !tokens[speaker.end - 1].is_capitalized()
        && !is_pronoun(&tokens[speaker.start])
    {
        return None;
    }
    // "It backed Clinton.": one word of content is enough when it is a name.
    let named_object = tokens.get(after).is_some_and(|t| t.is_capitalized());
    if verb.class == VerbClass::Act
        && (!named_subject || inverted || follows < 2 && !(follows == 1 && named_object))
    {
        return None;
    }
    let content;
    let mut content_follows = false;
    let mut content_precedes = false;
    if follows >= 2 && !inverted {
        if verb.class == VerbClass::Clause && !clause_after && !(named_subject && follows >= 3) {
            return None;
        }
        // "The talks, he said, had failed.": the content is around the cue.
        let around = speaker.start > 0
            && tokens[speaker.start - 1].is_punct(',')
            && tokens.get(cue_end).is_some_and(|t| t.is_punct(','));
        content = if around {
            trim(tokens, 0, tokens.len(), sentence)
        } else {
            trim(tokens, after, tokens.len(), sentence)
        };
    } else if words_between(tokens, 0, start_of_speaker) >= 2 {
        content = trim(tokens, 0, start_of_speaker, sentence);
    } else if colon || follows == 0 && tokens.last().is_some_and(|t| t.is_punct(':')) {
        content = sentence;
        content_follows = true;
    } else if follows >= 2 {
        if verb.class == VerbClass::Clause && !clause_after {
            return None;
        }
        content = trim(tokens, after, tokens.len(), sentence);
    } else if verb.class == VerbClass::Speech && !ing {
        // `“How many times …?” Clinton said.` as a sentence of its own: the
        // content is the sentence before (quotes.rs moves it there).
        content = sentence;
        content_precedes = true;
    } else {
        return None;
    }
    Some(Found {
        kind,
        cue,
        speaker: Some(speaker),
        relayed_from,
        appositive,
        content,
        content_follows,
        content_precedes,
    })
}

/// Whether only auxiliaries and adverbs stand between `from` and `to`
/// ("Clinton did not want", "the ad then references").
fn only_auxiliaries(tokens: &[Token], from: usize, to: usize) -> bool {
    tokens[from.min(to)..to].iter().all(|b| {
        b.is_word()
            && !b.is_capitalized()
            && (crate::word_set!(BETWEEN_SPEAKER_AND_VERB).contains_token(b)
                || is_adverb(b.text)
                || b.is_any(&[
                    "not", "n't", "would", "could", "should", "must", "can", "might", "may",
                ]))
    })
}

/// "went on to discuss", "continued to insist", "began to argue": a verb of
/// saying after a verb that hands on its subject.
fn catenative(tokens: &[Token], v: usize) -> bool {
    v >= 2
        && tokens[v - 1].is("to")
        && (tokens[v - 2].is("on")
            || tokens[v - 2].is_any(&[
                "continued",
                "continues",
                "continue",
                "began",
                "begins",
                "begin",
                "started",
                "starts",
                "proceeded",
                "went",
                "rushed",
                "moved",
            ]))
}

/// A headline in title case ("Trump Could Address Clean Energy, Lindsey Graham Says").
fn is_title_case(tokens: &[Token]) -> bool {
    let (mut words, mut capitalized) = (0, 0);
    for t in tokens.iter().filter(|t| t.is_word() && t.text.len() > 3) {
        words += 1;
        capitalized += usize::from(t.is_capitalized());
    }
    words >= 3 && capitalized * 10 >= words * 8
}
