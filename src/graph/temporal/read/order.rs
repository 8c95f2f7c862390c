//! The order of events: a tense or a mode puts an event before or after
//! the statement; an order verb, "then" and an order word ("after the
//! vote") put one event before another.

use super::super::constraint::{Anchor, Raw, Relation};
use super::super::mention::{Aspect, Mention, Mode};
use super::grammar::{is_past_form, STATEMENT};
use super::outcome::Read;
use super::place::{done_point, goes_on, mode_span};
use super::reading::Reading;
use super::words::Class;
use crate::expressions::TimeKind;
use crate::text::Span;

/// Puts each mention before or after the statement by its mode.
pub(super) fn tense(r: &Reading, dated: &[bool], out: &mut Read) {
    let s = r.s;
    let at = r.at;
    let global = |k: usize| r.global(k);
    let note = |span: Span, relation: Relation| r.note(span, relation);
    let reference = r.reference();
    // ---- tense and mode: before or after the statement.
    for (m, mention) in out.mentions.iter().enumerate() {
        // The point the tense speaks of: an end's for "the end of the siege".
        let point = if mention.aspect == Aspect::End {
            Anchor::End(global(m))
        } else {
            Anchor::Start(global(m))
        };
        match mention.mode {
            // A planned end with its date is weighed as expected (above),
            // not as a thing still to come against that date.
            Mode::ToCome if dated[m] && mention.aspect == Aspect::End => {}
            Mode::ToCome => out.raws.push(Raw {
                from: reference,
                to: point,
                min: Some(if dated[m] { 0 } else { 1 }),
                max: None,
                note: note(mode_span(s, mention), Relation::ToCome),
            }),
            Mode::Done
                if mention.verbal || mention.verb.is_some() || mention.clause_verb.is_some() =>
            {
                out.raws.push(Raw {
                    from: point,
                    to: reference,
                    min: Some(0),
                    max: None,
                    note: note(mode_span(s, mention), Relation::Done),
                })
            }
            Mode::Ongoing => out.raws.push(goes_on(
                at.article,
                global(m),
                note(mode_span(s, mention), Relation::Ongoing),
            )),
            _ => {}
        }
    }
}

/// Orders the pairs of an order verb.
pub(super) fn order_verbs(
    r: &Reading,
    ordered_pairs: &[(usize, usize, bool, usize)],
    out: &mut Read,
) {
    let s = r.s;
    let global = |k: usize| r.global(k);
    let note = |span: Span, relation: Relation| r.note(span, relation);
    // ---- order verbs.
    for &(subject, object, follows, v) in ordered_pairs {
        let (Some(a), Some(b)) = (
            out.mentions.iter().position(|m| m.at == subject),
            out.mentions.iter().position(|m| m.at == object),
        ) else {
            continue;
        };
        let span = s.tokens[v].span;
        let (from, to) = if follows { (b, a) } else { (a, b) };
        out.raws.push(Raw {
            from: done_point(&out.mentions[from], global(from)),
            to: Anchor::Start(global(to)),
            min: Some(0),
            max: None,
            note: note(
                span,
                if follows {
                    Relation::After
                } else {
                    Relation::Before
                },
            ),
        });
    }
}

/// Orders the event after "then" after the one before it.
pub(super) fn then(r: &Reading, out: &mut Read) {
    let s = r.s;
    let at = r.at;
    let n = r.n;
    let global = |k: usize| r.global(k);
    let note = |span: Span, relation: Relation| r.note(span, relation);
    // ---- "then": "They then searched his home", "closed the plant and
    // then reopened it": the clause's event comes after the one before it
    // in the sentence, else the last event dated before the sentence.
    for i in 1..n.saturating_sub(1) {
        if s.word(i) != "then"
            || s.tokens[i + 1].is_punct('-')
            || matches!(
                s.word(i - 1),
                "since"
                    | "until"
                    | "till"
                    | "by"
                    | "from"
                    | "the"
                    | "back"
                    | "even"
                    | "only"
                    | "just"
                    | "than"
                    | "if"
                    | "before"
            )
        {
            continue;
        }
        let Some(main) = out
            .mentions
            .iter()
            .position(|m| m.verbal && m.at > i && m.at <= i + 2 && is_past_form(s.word(m.at)))
        else {
            continue;
        };
        let before = out
            .mentions
            .iter()
            .rposition(|m| m.at < i && m.verbal && !m.key.starts_with(STATEMENT));
        let from = match before {
            Some(b) => done_point(&out.mentions[b], global(b)),
            None => match at.last_timed {
                Some(g) => Anchor::Start(g),
                None => continue,
            },
        };
        out.raws.push(Raw {
            from,
            to: Anchor::Start(global(main)),
            min: Some(0),
            max: None,
            note: note(s.tokens[i].span, Relation::After),
        });
    }
}

/// Orders the events an order word ("after", "ahead of") relates.
pub(super) fn order_words(r: &Reading, out: &mut Read) {
    let s = r.s;
    let n = r.n;
    let placed = &r.placed;
    let has = |i: usize, c: Class| r.has(i, c);
    let global = |k: usize| r.global(k);
    let note = |span: Span, relation: Relation| r.note(span, relation);
    // ---- order words: "after the vote", "ahead of the summit".
    for i in 0..n {
        let after = has(i, Class::After);
        let before = has(i, Class::Before);
        let Some(len) = after.or(before) else {
            continue;
        };
        // A length before the word was read with it.
        if i > 0
            && placed
                .iter()
                .any(|p| p.to == i && p.time.kind == TimeKind::Duration)
        {
            continue;
        }
        let Some(other) = out
            .mentions
            .iter()
            .position(|m| m.at >= i + len && m.at <= i + len + 3)
        else {
            continue;
        };
        let candidate = |k: usize, m: &Mention| {
            k != other
                && m.key != out.mentions[other].key
                && (m.at < i || m.at > out.mentions[other].at + 1)
        };
        let event_before = out
            .mentions
            .iter()
            .enumerate()
            .any(|(k, m)| candidate(k, m) && m.at < i && !m.key.starts_with(STATEMENT));
        // (An order phrase set off after its clause, "signed on Jan. 29,
        // shortly after passing the medical, and was presented …", orders
        // the event before it, not the one after.)
        let set_off = (i.saturating_sub(2)..i).any(|k| s.tokens[k].is_punct(','));
        let main = out
            .mentions
            .iter()
            .enumerate()
            .filter(|(k, m)| candidate(*k, m))
            // The event just before the word ("shut down after a fire"),
            // else the nearest after it ("Following the merger, the society
            // announced"), else one further before; a statement after the
            // word only when no event comes before it ("began on Sept. 4,
            // ahead of the storm's arrival, the government said" is the
            // evacuation's order).
            .min_by_key(|(_, m)| {
                let statement = if event_before && m.at > i && m.key.starts_with(STATEMENT) {
                    200
                } else {
                    0
                };
                statement
                    + if m.at < i && i - m.at <= 3 {
                        i - m.at
                    } else if m.at > i && !(set_off && event_before) {
                        10 + m.at - i
                    } else if m.at > i {
                        300 + m.at - i
                    } else {
                        (i - m.at) + 100
                    }
            })
            .map(|(k, _)| k);
        let Some(main) = main else { continue };
        let span = s.tokens[i].span.cover(out.mentions[other].span);
        let (from, to) = if after.is_some() {
            // After an event is after its end ("following the merger": once
            // it was completed), unless the words speak of its start.
            (
                done_point(&out.mentions[other], global(other)),
                Anchor::Start(global(main)),
            )
        } else {
            (Anchor::Start(global(main)), Anchor::Start(global(other)))
        };
        out.raws.push(Raw {
            from,
            to,
            min: Some(0),
            max: None,
            note: note(
                span,
                if after.is_some() {
                    Relation::After
                } else {
                    Relation::Before
                },
            ),
        });
    }
}
