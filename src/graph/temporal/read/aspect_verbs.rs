//! Aspect verbs ("began", "has lasted", "continues"): their event is the
//! event noun before them (subject) or after them (object), or the topic
//! of the sentence before for a pronoun.

use super::super::mention::{event_key, Aspect, Clause};
use super::grammar::{looks_like_event, names_event};
use super::outcome::Read;
use super::phrases::{
    bare_state, is_preposition, phrase_head, pronoun_subject, subject_head, subject_head_or_pronoun,
};
use super::reading::Reading;
use super::words::Class;
use crate::lexicon::determiners::NOUN_DETERMINERS;

/// Reads the events of the sentence's aspect verbs, then drops the verbs
/// an event noun's aspect is read from.
pub(super) fn read(r: &Reading, out: &mut Read) {
    let s = r.s;
    let at = r.at;
    let n = r.n;
    let opens = &r.opens;
    let has = |i: usize, c: Class| r.has(i, c);
    let in_time = |i: usize| r.in_time(i);
    // Aspect verbs: their event is the event noun before them (subject) or
    // after them (object).
    for (v, &bits) in opens.iter().enumerate() {
        // A family phrase is no aspect verb's ("lifted off" is a launch,
        // not "lifted").
        if bits == 0
            || out
                .mentions
                .iter()
                .any(|m| m.at == v && m.span.end > s.tokens[v].span.end)
        {
            continue;
        }
        let aspect = if has(v, Class::StartVerb).is_some() {
            Aspect::Start
        } else if has(v, Class::EndVerb).is_some() {
            Aspect::End
        } else if has(v, Class::OccurVerb).is_some()
            || has(v, Class::Lasted).is_some()
            || has(v, Class::Ongoing).is_some()
        {
            Aspect::Occur
        } else {
            continue;
        };
        if let Some(topic) = pronoun_subject(s, v, at) {
            // "It began on May 1": the event the sentence before spoke of,
            // when the verb takes no event of its own after it.
            // (The verb's whole phrase: "has gone on", "is now in".)
            let len = has(v, Class::EndVerb)
                .or(has(v, Class::StartVerb))
                .or(has(v, Class::Lasted))
                .or(has(v, Class::Ongoing))
                .or(has(v, Class::OccurVerb))
                .unwrap_or(1);
            let next = s.word(v + len);
            if v + len >= n
                || !s.tokens[v + len].is_word()
                || is_preposition(next)
                // ("It has lasted more than a week", "has gone on for days":
                // a time, no event.)
                || in_time(v + len)
                || matches!(next, "for" | "since" | "into" | "through")
                // ("It is now in its fifth day": its own period, no event.)
                || matches!(
                    next,
                    "last" | "this" | "next" | "until" | "from" | "early" | "late" | "its"
                        | "their"
                )
            {
                let j = subject_head_or_pronoun(s, v);
                let m = r.push(out, j, 1, topic.key.clone(), aspect, false, false);
                out.mentions[m].clause = Clause::Topic(topic.mention);
                out.mentions[m].definite = true;
                out.mentions[m].verb = Some(v);
                continue;
            }
        }
        // "The festival opened on April 25 and closed on April 28": a verb
        // after "and" shares the subject of the aspect verb before it.
        if v > 0 && s.word(v - 1) == "and" {
            let shared = out
                .mentions
                .iter()
                .filter(|m| {
                    m.verb.is_some_and(|w| w < v)
                        && !m.verbal
                        && names_event(m)
                        && !(m.at..v).any(|j| s.tokens[j].is_punct(';'))
                })
                .max_by_key(|m| m.verb)
                .map(|m| m.key.clone());
            if let Some(key) = shared {
                let k = r.push(out, v, 1, key.clone(), aspect, false, false);
                let m = &mut out.mentions[k];
                m.key = key;
                m.aspect = aspect;
                m.verbal = false;
                m.object = false;
                m.definite = true;
                m.distinct = false;
                m.verb = Some(v);
                continue;
            }
        }
        if let Some(head) = subject_head(s, v) {
            // "The merger of the two operators was completed": the event is
            // the noun before the "of".
            let head = out
                .mentions
                .iter()
                .filter(|m| m.at < head && head - m.at <= 5)
                .find(|m| {
                    (m.at + 1..head).any(|k| s.word(k) == "of")
                        && !(m.at + 1..head).any(|k| s.is_clause_break(k))
                })
                .map_or(head, |m| m.at);
            // "The count in Asunción's mayoral election entered its sixth
            // day": the head before the phrase's preposition, when it is an
            // event.
            // (A verb of a family is its own event over a bare noun: "The van
            // was launched" is a launch, not the van's start.)
            let family_verb = out.mentions.iter().any(|m| m.at == v && m.verbal);
            let eventish = |h: usize, out: &Read| {
                out.mentions.iter().any(|m| m.at == h)
                    || looks_like_event(s.word(h))
                    || has(h, Class::Ending).is_some()
                    || !family_verb && bare_state(s, h, v, &has)
            };
            let head = match phrase_head(s, head) {
                Some(h) if h != head && eventish(h, out) => h,
                _ => head,
            };
            let known = out.mentions.iter().position(|m| m.at == head);
            let key = match known {
                Some(k) => out.mentions[k].key.clone(),
                None => event_key(s.word(head)),
            };
            if eventish(head, out) {
                let m = r.push(out, head, 1, key, aspect, false, false);
                out.mentions[m].verb = Some(v);
                continue;
            }
        }
        // The object: an event noun just after the verb ("finish the
        // repairs", "completed the takeover").
        let len = has(v, Class::EndVerb)
            .or(has(v, Class::StartVerb))
            .unwrap_or(1);
        let mut j = v + len;
        while j < n && NOUN_DETERMINERS.contains(&s.word(j)) {
            j += 1;
        }
        if j < n && j > v + len - 1 && s.tokens[j].is_word() {
            // The head of the object: the last word of a short noun run.
            let mut h = j;
            while h + 1 < n
                && s.tokens[h + 1].is_word()
                && !s.is_clause_break(h + 1)
                && !matches!(
                    s.word(h + 1),
                    "on" | "in"
                        | "by"
                        | "of"
                        | "at"
                        | "last"
                        | "next"
                        | "this"
                        | "and"
                        | "for"
                        | "to"
                        | "from"
                        | "after"
                        | "before"
                        | "until"
                )
                && !crate::lexicon::stop_words::is_stop(s.word(h + 1))
                && h < j + 2
            {
                h += 1;
            }
            let known = out.mentions.iter().position(|m| m.at == h);
            if known.is_some() || looks_like_event(s.word(h)) {
                let key = match known {
                    Some(k) => out.mentions[k].key.clone(),
                    None => event_key(s.word(h)),
                };
                let m = r.push(out, h, 1, key, aspect, false, false);
                out.mentions[m].verb = Some(v);
                // "began counting": the activity the story is about.
                if j == v + len && s.word(h).ends_with("ing") {
                    out.mentions[m].definite = true;
                }
            }
        }
    }
    // A verb that an event noun's aspect is read from is no event of its own.
    let verbs: Vec<usize> = out.mentions.iter().filter_map(|m| m.verb).collect();
    out.mentions
        .retain(|m| m.verb.is_some() || !verbs.contains(&m.at));
    out.mentions.sort_by_key(|m| m.at);
}
