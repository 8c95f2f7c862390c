//! The mode of each mention: done, still to come, expected, going on, or
//! not reported (a condition, a negation); and the revised ones.

use super::super::mention::Mode;
use super::grammar::{is_past_form, REVISED, STATEMENT};
use super::outcome::Read;
use super::phrases::{doing_verb, framing_verb, is_preposition};
use super::place::token_range;
use super::reading::Reading;
use super::words::Class;
use crate::lexicon::determiners::NOUN_DETERMINERS;

/// Reads each mention's mode, drops those not reported as happening, and
/// keys apart the revised ones.
pub(super) fn read(r: &Reading, out: &mut Read) {
    let s = r.s;
    let at = r.at;
    let has = |i: usize, c: Class| r.has(i, c);
    // ---- modes.
    let cue_before = |j: usize| at.cues.iter().any(|c| token_range(s.tokens, *c).1 <= j);
    for m in 0..out.mentions.len() {
        let head = out.mentions[m].at;
        let verb = out.mentions[m].verb.unwrap_or(head);
        let lo = head.min(verb).saturating_sub(6);
        let hi = head.max(verb);
        let mut mode = Mode::Unknown;
        // The nearest mode phrase before the verb, within its clause.
        let mut j = hi;
        while j > lo {
            j -= 1;
            if s.is_clause_break(j) && j < head.min(verb) {
                break;
            }
            if has(j, Class::Conditional).is_some() {
                // "said that the closure would continue": the future of a
                // reported statement, not a condition.
                let governs = out.mentions[m].verbal || out.mentions[m].verb.is_some();
                if s.word(j) == "would" && cue_before(j) && governs && j + 3 >= verb {
                    mode = Mode::ToCome;
                    break;
                }
                mode = Mode::Unreported;
                break;
            }
            if has(j, Class::Negation).is_some() && j + 4 >= verb {
                mode = Mode::Unreported;
                break;
            }
            if has(j, Class::Expected).is_some() {
                mode = Mode::Expected;
                break;
            }
            if has(j, Class::Prospective).is_some() {
                mode = Mode::ToCome;
                break;
            }
        }
        // "will continue", "is expected to remain": it goes on now.
        let goes_on_verb =
            has(verb, Class::Ongoing).is_some() || has(verb, Class::Lasted).is_some();
        if goes_on_verb && matches!(mode, Mode::ToCome | Mode::Expected) && verb != head {
            mode = Mode::Ongoing;
        }
        // "will stay closed for another week", "remains shut": a state the
        // event left that goes on now, not an event still to come.
        let kept = head > 0
            && out.mentions[m].verbal
            && matches!(
                s.word(head - 1),
                "stay"
                    | "stays"
                    | "staying"
                    | "remain"
                    | "remains"
                    | "remaining"
                    | "keep"
                    | "keeps"
            );
        if kept && matches!(mode, Mode::ToCome | Mode::Expected | Mode::Unknown) {
            mode = Mode::Ongoing;
        }
        // "Since lifting off, the probe has …", "since the merger": done by
        // the statement.
        let mut before = head;
        while before > 0 && head - before < 2 && NOUN_DETERMINERS.contains(&s.word(before - 1)) {
            before -= 1;
        }
        if mode == Mode::Unknown && before > 0 && has(before - 1, Class::Since).is_some() {
            mode = Mode::Done;
            out.mentions[m].clause_verb = Some(before - 1);
        }
        if mode == Mode::Unknown && !out.mentions[m].verbal && out.mentions[m].verb.is_none() {
            // "At the hearing, the judge ordered …", "In the vote, 58 percent
            // backed …": a noun the clause is set in takes its verb's tense.
            if let Some(v) = framing_verb(s, head, &has) {
                out.mentions[m].clause_verb = Some(v);
                mode = Mode::Done;
            } else if let Some(v) = doing_verb(s, head, &has, Class::Orders) {
                // "ordered the evacuation on Feb. 22": not begun before then.
                out.mentions[m].ordered_by = Some(v);
            } else if let Some(v) = doing_verb(s, head, &has, Class::Does) {
                // "made landfall", "raised its bid": done when its verb is.
                let len = has(v, Class::Does).unwrap_or(1);
                out.mentions[m].clause_verb = Some(v);
                out.mentions[m].done_by = Some(v);
                if is_past_form(s.word(v + len - 1)) || is_past_form(s.word(v)) {
                    mode = Mode::Done;
                }
            }
        }
        if mode == Mode::Unknown
            && verb >= 3
            && s.word(verb - 1) == "be"
            && s.word(verb - 2) == "to"
            && s.tokens[verb - 3].is_punct(',')
        {
            mode = Mode::ToCome;
        }
        if mode == Mode::Unknown {
            let w = s.word(verb);
            let verb_len = has(verb, Class::EndVerb)
                .or(has(verb, Class::StartVerb))
                .or(has(verb, Class::OccurVerb))
                .unwrap_or(1);
            let last = s.word(verb + verb_len - 1);
            // "were still removing rock": a family verb's progressive after
            // a phrase that says it goes on.
            let still = out.mentions[m].verbal
                && s.word(head).ends_with("ing")
                && (head.saturating_sub(3)..head)
                    .any(|j| has(j, Class::Ongoing).is_some_and(|len| j + len == head));
            if has(verb, Class::Ongoing).is_some() || has(verb, Class::Lasted).is_some() || still {
                mode = Mode::Ongoing;
            } else if is_past_form(w)
                || is_past_form(last)
                || (verb > 0 && matches!(s.word(verb - 1), "was" | "were" | "has" | "have" | "had"))
            {
                mode = Mode::Done;
            }
        }
        out.mentions[m].mode = mode;
    }
    out.mentions.retain(|m| m.mode != Mode::Unreported);
    // "raised its bid", "the improved offer": a revised one, another event
    // than the first ("first bid for the miner in March"), and one with
    // every other mention of its revision.
    // (Of a noun: "the improved offer" is read as a verb's past form
    // before it.)
    for m in out
        .mentions
        .iter_mut()
        .filter(|m| !is_past_form(s.word(m.at)) && !m.key.starts_with(STATEMENT))
    {
        let head = m.at;
        let revised = (head.saturating_sub(3)..head)
            .rev()
            .take_while(|&j| s.tokens[j].is_word() && !is_preposition(s.word(j)))
            .any(|j| has(j, Class::Revises).is_some());
        if revised {
            m.key.push_str(REVISED);
        }
    }
}
