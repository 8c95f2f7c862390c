//! Events with identity: mentions joined into events, and the parts of an
//! event that lie within another.

use rustc_hash::FxHashMap as HashMap;

use super::constraint::{Anchor, NoteDraft, Raw, Relation};
use super::mention::{Aspect, Mention, Mode};
use super::params::Family;

/// Joins mentions into events: the event of each mention, numbered from 0.
/// A mention joins the latest event of its key that nothing sets apart: it
/// is not said to be another, and the participants agree (they share a
/// word, or one side names none, or the mention is a definite noun: "the
/// closure" is the closure the article spoke of).
pub(super) fn join(mentions: &[Mention]) -> Vec<usize> {
    struct Joined<'m> {
        event: usize,
        parts: Vec<&'m str>,
        names: Vec<&'m str>,
        /// A mention says it is still to come; one says it was done weeks
        /// before the statement.
        to_come: Vec<Aspect>,
        long_past: Vec<Aspect>,
        /// The points (start, end) a verb of the event dates.
        timed_verb: Vec<Aspect>,
        /// The mode of its first mention when that said it was another
        /// ("to open her first restaurant in Europe").
        distinct_mode: Option<Mode>,
    }
    let mut event_of = Vec::with_capacity(mentions.len());
    let mut by_key: HashMap<&str, Vec<Joined>> = HashMap::default();
    let mut count = 0;
    for m in mentions {
        let list = by_key.entry(m.key.as_str()).or_default();
        let to_come = m.mode == Mode::ToCome;
        let agrees = |j: &Joined| {
            // (Of one point: a state begun long ago may end to come.)
            if to_come && j.long_past.contains(&m.aspect)
                || m.long_past && j.to_come.contains(&m.aspect)
            {
                return false;
            }
            // An event said to be another, still to come, is not one a later
            // verb with an object of its own reports done (nor the other way
            // round): "is to open her first restaurant in Europe" / "she
            // opened Raíz". (A noun refers back: "At the launch, …".)
            match (j.distinct_mode, m.mode) {
                (Some(Mode::ToCome), Mode::Done) | (Some(Mode::Done), Mode::ToCome) if m.object => {
                    return false
                }
                _ => {}
            }
            // Two dated verbs of one kind ("released in 2009", "released in
            // 2010") are one event only when they name one participant.
            // (Two dates of two points, a closure's and its reopening's,
            // are no such pair.)
            if m.timed && m.verbal && j.timed_verb.contains(&m.aspect) {
                return m.names.iter().any(|x| j.names.contains(&x.as_str()));
            }
            // A number among a noun's modifiers names its instance ("the 2003
            // season" is not "the 2000 season").
            if m.modifiers.iter().any(|x| {
                x.starts_with(|c: char| c.is_ascii_digit()) && !j.parts.contains(&x.as_str())
            }) {
                return false;
            }
            j.parts.is_empty()
                || m.participants.is_empty()
                || (m.definite && m.modifiers.iter().all(|x| j.parts.contains(&x.as_str())))
                || m.participants.iter().any(|p| j.parts.contains(&p.as_str()))
        };
        let found = if m.distinct {
            None
        } else {
            list.iter_mut().rev().find(|j| agrees(j))
        };
        match found {
            Some(j) => {
                for p in m.participants.iter().chain(&m.modifiers) {
                    if !j.parts.contains(&p.as_str()) {
                        j.parts.push(p.as_str());
                    }
                }
                j.names.extend(m.names.iter().map(String::as_str));
                if m.timed && m.verbal {
                    j.timed_verb.push(m.aspect);
                }
                if to_come {
                    j.to_come.push(m.aspect);
                }
                if m.long_past {
                    j.long_past.push(m.aspect);
                }
                event_of.push(j.event);
            }
            None => {
                event_of.push(count);
                list.push(Joined {
                    event: count,
                    parts: m
                        .participants
                        .iter()
                        .chain(&m.modifiers)
                        .map(String::as_str)
                        .collect(),
                    names: m.names.iter().map(String::as_str).collect(),
                    to_come: if to_come { vec![m.aspect] } else { Vec::new() },
                    long_past: if m.long_past {
                        vec![m.aspect]
                    } else {
                        Vec::new()
                    },
                    timed_verb: if m.timed && m.verbal {
                        vec![m.aspect]
                    } else {
                        Vec::new()
                    },
                    distinct_mode: m.distinct.then_some(m.mode),
                });
                count += 1;
            }
        }
    }
    event_of
}

/// Parts within their whole: an event of a family said to lie within
/// another ("hearings" within an "inquiry") begins no earlier than the
/// article's one event of that family and ends no later. With two or more
/// such events (two inquiries) the part is no one's.
pub(super) fn within(
    mentions: &[Mention],
    event_of: &[usize],
    families: &[Family],
    raws: &mut Vec<Raw>,
) {
    for f in families.iter().filter(|f| !f.within.is_empty()) {
        // The first mention of each part event.
        let mut parts: Vec<usize> = Vec::new();
        for (m, mention) in mentions.iter().enumerate() {
            if mention.key == f.key && !parts.iter().any(|&p| event_of[p] == event_of[m]) {
                parts.push(m);
            }
        }
        for &part in &parts {
            let article = mentions[part].article;
            let mut wholes = mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.article == article && f.within.contains(&m.key))
                .map(|(k, _)| k);
            let Some(whole) = wholes.next() else {
                continue;
            };
            if wholes.any(|k| event_of[k] != event_of[whole]) {
                continue;
            }
            let note = NoteDraft {
                article,
                sentence: mentions[part].sentence,
                claim: mentions[part].claim,
                span: mentions[part].span,
                relation: Relation::Within,
            };
            raws.push(Raw {
                from: Anchor::Start(whole),
                to: Anchor::Start(part),
                min: Some(0),
                max: None,
                note,
            });
            raws.push(Raw {
                from: Anchor::End(part),
                to: Anchor::End(whole),
                min: Some(0),
                max: None,
                note,
            });
        }
    }
}
