//! The mentions of a sentence: its family words, the event nouns an order
//! word names, its statements, and the events an order verb orders.

use super::super::mention::{event_key, Aspect};
use super::grammar::{is_month_or_day, is_past_form, looks_like_event, ordinal_value, STATEMENT};
use super::outcome::Read;
use super::phrases::subject_head;
use super::place::token_range;
use super::reading::Reading;
use super::words::Class;
use crate::lexicon::auxiliaries::AUXILIARIES;
use crate::lexicon::determiners::{DEFINITE_DETERMINERS, NOUN_DETERMINERS};

/// Reads the sentence's family words, order words' nouns, statements and
/// order verbs into mentions; gives the pairs an order verb orders:
/// (subject head, object head, whether it follows, the verb).
pub(super) fn read(r: &Reading, out: &mut Read) -> Vec<(usize, usize, bool, usize)> {
    let s = r.s;
    let words = r.words;
    let at = r.at;
    let n = r.n;
    let placed = &r.placed;
    let opens = &r.opens;
    let has = |i: usize, c: Class| r.has(i, c);
    let in_time = |i: usize| r.in_time(i);
    let mut i = 0;
    while i < n {
        // (The family table's filter rules out most words before a lookup.)
        let family = if words
            .family
            .may_hold(crate::text::words::lower_key(&s.tokens[i]))
        {
            s.family_at(words, i)
        } else {
            // "the strike's sixth day": a possessive family noun.
            s.possessive_family_at(words, i)
                .filter(|_| i > 0 && DEFINITE_DETERMINERS.contains(&s.word(i - 1)))
                .or_else(|| s.base_family_at(words, i))
                .map(|(key, end)| (key, 1, end))
        };
        if let Some((key, len, end_word)) = family {
            // A noun when a determiner opens the words before it ("the 2003
            // Pacific hurricane season"), over modifiers that are no verbs.
            let mut j = i;
            let mut determined = false;
            // "The bridge reopened": a past form after a noun is its verb.
            let past = is_past_form(s.word(i)) || is_past_form(s.word(i + len - 1));
            while j > 0 && i - j < 4 {
                j -= 1;
                let w = s.word(j);
                // "a rocket that lifted off": a relative clause's verb.
                if j + 1 == i
                    && matches!(w, "that" | "which" | "who")
                    && j > 0
                    && s.tokens[j - 1].is_word()
                {
                    break;
                }
                if NOUN_DETERMINERS.contains(&w) || w.ends_with("'s") {
                    determined = !(past && j + 1 < i);
                    break;
                }
                // "a rocket that lifted off": a relative clause's verb.
                if !(s.tokens[j].is_word() || s.tokens[j].is_number())
                    || AUXILIARIES.contains(&w)
                    || is_past_form(w)
                    || matches!(w, "that" | "which" | "who")
                {
                    break;
                }
            }
            let verbal = !determined
                && (is_past_form(s.word(i + len - 1)) || i == 0 || !s.tokens[i].capitalized);
            // "recalled that …" is speech, not a recall.
            let speech = verbal && matches!(s.word(i + len), "that" | "how" | "what" | "when");
            let month = is_month_or_day(s.word(i)) && s.tokens[i].capitalized;
            // "a final debate", "the strike vote", "an arrest warrant": a
            // determined family noun before another noun modifies it; the
            // compound names the other thing. (Not before a verb: "the strike
            // ended", "the ban took effect"; a word in "s" may be either.)
            let modifier = determined && len == 1 && !s.word(i).ends_with("'s") && {
                let k = i + 1;
                s.tokens
                    .get(k)
                    .is_some_and(|t| t.is_word() && !t.capitalized)
                    && !crate::lexicon::stop_words::is_stop(s.word(k))
                    && !is_past_form(s.word(k))
                    && !s.word(k).ends_with('s')
                    && !s.word(k).ends_with("ly")
                    && !s.word(k).ends_with("ing")
                    && !AUXILIARIES.contains(&s.word(k))
                    && !in_time(k)
                    && ordinal_value(s.word(k)).is_none()
                    && opens.get(k).is_none_or(|&b| b == 0)
                    && words
                        .family
                        .get(&crate::text::words::lower_key(&s.tokens[k]))
                        .is_none()
            };
            if !speech && !month && !modifier && !in_time(i) {
                // A family verb is its event ("closed the line" is the
                // closure's start); it bounds an end only as the aspect verb
                // of an event noun ("the deal closed", below).
                // "the end of the siege": the mention speaks of its end.
                let ended = !verbal
                    && (2..=4).any(|k| {
                        i >= k
                            && has(i - k, Class::Ending).is_some()
                            && (i - k + 1..i).any(|j| s.word(j) == "of")
                    });
                // "reopened": the end of a closure, not an event of its own.
                let aspect = if ended || end_word {
                    Aspect::End
                } else {
                    Aspect::Occur
                };
                r.push(out, i, len, key, aspect, verbal, false);
            }
            i += len;
            continue;
        }
        i += 1;
    }
    // "three days after the club's relegation": an event noun an order
    // word names is a mention, so the order and a date after it have an
    // event to hold to.
    for i in 0..n {
        let Some(len) = has(i, Class::After).or(has(i, Class::Before)) else {
            continue;
        };
        let mut j = i + len;
        let skip = |j: usize| NOUN_DETERMINERS.contains(&s.word(j)) || s.word(j).ends_with("'s");
        while j < n && j < i + len + 3 && skip(j) {
            j += 1;
        }
        // "after passing the medical", "after winning the vote": the event
        // is the gerund's object.
        if j + 1 < n && s.word(j).ends_with("ing") && skip(j + 1) {
            let mut k = j + 1;
            while k < n && k < j + 4 && skip(k) {
                k += 1;
            }
            if k < n && (looks_like_event(s.word(k)) || out.mentions.iter().any(|m| m.at == k)) {
                out.mentions.retain(|m| m.at != j);
                j = k;
            }
        }
        // "three days after the storm hit the coast": a clause after the
        // word, its verb the event (one of its own, as a dated clause's).
        if j + 1 < n
            && s.tokens[j].is_word()
            && !crate::lexicon::stop_words::is_stop(s.word(j))
            && is_past_form(s.word(j + 1))
            && !AUXILIARIES.contains(&s.word(j + 1))
            // (Not when the clause names its event: "before the storm made
            // landfall".)
            && has(j + 1, Class::Does).is_none()
            && !out
                .mentions
                .iter()
                .any(|m| (m.at..m.at + 3).contains(&j) || m.at > j && m.at <= j + 3)
        {
            r.push_clause(out, j + 1, false);
            continue;
        }
        if j < n
            && s.tokens[j].is_word()
            && !s.tokens[j].capitalized
            && !in_time(j)
            && looks_like_event(s.word(j))
            && !out.mentions.iter().any(|m| (m.at..m.at + 3).contains(&j))
        {
            r.push(out, j, 1, event_key(s.word(j)), Aspect::Occur, false, false);
        }
    }
    // Statements: a cue of saying is an event of its own (its date is the
    // statement's), never one with another.
    // (Only a sentence with a time needs them: a statement's own date.)
    for cue in at.cues.iter().filter(|_| !placed.is_empty()) {
        let (a, b) = token_range(s.tokens, *cue);
        if a < b && a < n {
            let m = r.push(
                out,
                a,
                b - a,
                format!("{STATEMENT}{}-{a}", at.sentence),
                Aspect::Occur,
                true,
                true,
            );
            out.mentions[m].distinct = true;
        }
    }
    // Order verbs: "his resignation followed the publication of a review".
    let mut ordered_pairs: Vec<(usize, usize, bool, usize)> = Vec::new();
    for (v, &bits) in opens.iter().enumerate() {
        if bits == 0 {
            continue;
        }
        let follows = has(v, Class::Follows);
        let precedes = has(v, Class::Precedes);
        let Some(len) = follows.or(precedes) else {
            continue;
        };
        let Some(subject) = subject_head(s, v) else {
            continue;
        };
        let mut j = v + len;
        while j < n && NOUN_DETERMINERS.contains(&s.word(j)) {
            j += 1;
        }
        if j >= n || !s.tokens[j].is_word() || crate::lexicon::stop_words::is_stop(s.word(j)) {
            continue;
        }
        let key_of = |out: &Read, k: usize| {
            out.mentions
                .iter()
                .find(|m| m.at == k)
                .map(|m| m.key.clone())
                .unwrap_or_else(|| {
                    s.family_at(words, k)
                        .map(|(key, _, _)| key)
                        .unwrap_or_else(|| event_key(s.word(k)))
                })
        };
        let (ks, ko) = (key_of(out, subject), key_of(out, j));
        let a = r.push(out, subject, 1, ks, Aspect::Occur, false, false);
        let b = r.push(out, j, 1, ko, Aspect::Occur, false, false);
        ordered_pairs.push((out.mentions[a].at, out.mentions[b].at, follows.is_some(), v));
    }
    ordered_pairs
}
