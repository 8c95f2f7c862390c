//! Lengths of time: how long an event lasted or took ("has lasted more than
//! a week", "the three-day heatwave"), and how long after or before
//! another it came ("two days after the vote", "a day later").

use super::super::constraint::{Anchor, Raw, Relation};
use super::super::mention::{Aspect, Mode};
use super::grammar::{names_event, STATEMENT};
use super::outcome::Read;
use super::place::{duration_bounds, goes_on, nearest_mention};
use super::reading::Reading;
use super::words::Class;
use crate::expressions::TimeKind;
use crate::text::Span;

/// Reads the sentence's lengths into constraints (a time used by one is
/// marked in `used`).
pub(super) fn read(r: &Reading, used: &mut [bool], out: &mut Read) {
    let s = r.s;
    let words = r.words;
    let at = r.at;
    let n = r.n;
    let placed = &r.placed;
    let has = |i: usize, c: Class| r.has(i, c);
    let global = |k: usize| r.global(k);
    let note = |span: Span, relation: Relation| r.note(span, relation);
    let reference = r.reference();
    // ---- lengths.
    for (p, pl) in placed.iter().enumerate() {
        if pl.time.kind != TimeKind::Duration || used[p] {
            continue;
        }
        let Some(d) = pl.time.duration else { continue };
        let hedged = (pl.from.saturating_sub(2)..pl.to).any(|k| has(k, Class::Hedge).is_some());
        let (dmin, dmax) = duration_bounds(d, hedged, words.hedge_share);
        // "has lasted more than a week", "has been closed for three weeks".
        let lasted = (pl.from.saturating_sub(5)..pl.from).any(|k| has(k, Class::Lasted).is_some())
            || ((pl.from.saturating_sub(1)..pl.from).any(|k| s.word(k) == "for")
                && (pl.from.saturating_sub(6)..pl.from)
                    .any(|k| matches!(s.word(k), "has" | "have") && s.word(k + 1) == "been"));
        // "A week on, …" (not "28,000 vehicles a day on the bridge").
        // "the three-day heatwave", "a week-long standoff": the event took
        // that long, first day to last.
        let adjectival = pl.to == pl.from + 1
            && s.word(pl.from).contains('-')
            && s.tokens.get(pl.to).is_some_and(|t| t.is_word());
        if adjectival {
            if let Some(m) = out
                .mentions
                .iter()
                .position(|m| m.at >= pl.to && m.at <= pl.to + 2 && names_event(m))
            {
                used[p] = true;
                out.raws.push(Raw {
                    from: Anchor::Start(global(m)),
                    to: Anchor::End(global(m)),
                    min: dmin.map(|x| (x - 1).max(0)),
                    max: dmax,
                    note: note(pl.time.span, Relation::For),
                });
                continue;
            }
        }
        // "after more than a month of hearings", "three weeks of talks": the
        // event had gone on that long by the statement.
        // ("after nine days on strike", "40 days on the picket line".)
        if matches!(s.word(pl.to), "of" | "on") {
            let of = out
                .mentions
                .iter()
                .position(|m| m.at > pl.to && m.at <= pl.to + 3 && names_event(m));
            if let Some(m) = of {
                used[p] = true;
                // ("two weeks of fighting": the one the story speaks of.)
                out.mentions[m].definite = true;
                out.raws.push(Raw {
                    from: Anchor::Start(global(m)),
                    to: reference,
                    min: dmin,
                    max: None,
                    note: note(pl.time.span, Relation::Lasted),
                });
                continue;
            }
        }
        let later = has(pl.to, Class::Later).is_some()
            && (s.word(pl.to) != "on"
                || pl.to + 1 >= n
                || !s.tokens[pl.to + 1].is_word() && !s.tokens[pl.to + 1].is_number());
        let before_word = has(pl.to, Class::Before).is_some();
        if lasted {
            let Some(m) = nearest_mention(&out.mentions, pl.from) else {
                continue;
            };
            used[p] = true;
            out.raws.push(Raw {
                from: Anchor::Start(global(m)),
                to: reference,
                min: dmin,
                max: dmax,
                note: note(pl.time.span, Relation::Lasted),
            });
            out.raws.push(goes_on(
                at.article,
                global(m),
                note(pl.time.span, Relation::Ongoing),
            ));
        } else if later || before_word {
            // "two days after the vote", "a day later", "a week before".
            let other = if later && matches!(s.word(pl.to), "after" | "following") || before_word {
                out.mentions
                    .iter()
                    .position(|m| m.at > pl.to && m.at <= pl.to + 4)
            } else {
                None
            };
            let main = out
                .mentions
                .iter()
                .position(|m| {
                    m.at > pl.to
                        && Some(m.at) != other.map(|o| out.mentions[o].at)
                        && m.verbal
                        && !m.key.starts_with(STATEMENT)
                        && !(pl.to..m.at).any(|j| s.tokens[j].is_punct(';'))
                })
                // (Else the event nearest before: "accepted the improved deal
                // in a ballot on March 8, ten days after" is the ballot's.)
                .or_else(|| out.mentions.iter().rposition(|m| m.at < pl.from))
                .or_else(|| {
                    out.mentions
                        .iter()
                        .position(|m| Some(m.at) != other.map(|o| out.mentions[o].at))
                });
            let Some(main) = main else { continue };
            // "died in 1879, three years after the death of the only child":
            // an event ordered against one of its own kind is another.
            if let Some(o) =
                other.filter(|&o| o != main && out.mentions[o].key == out.mentions[main].key)
            {
                out.mentions[o].distinct = true;
            }
            let other_anchor = match other {
                Some(o) if o != main => Anchor::Start(global(o)),
                Some(_) => continue,
                // "A day later": after the last event dated before, when the
                // length is short enough for the two to be one story's steps.
                // ("Two weeks after the bombings" names its own event: when
                // that is no mention, nothing to count from.)
                None if before_word || s.word(pl.to) != "later" && s.word(pl.to) != "on" => {
                    continue
                }
                None => match at.last_timed {
                    Some(g) if dmax.is_some_and(|d| d <= 31) => Anchor::Start(g),
                    _ => continue,
                },
            };
            used[p] = true;
            let span = pl.time.span.cover(s.tokens[pl.to].span);
            // ("The port reopened on Sept. 1, three days after …": an end
            // word's point is the event's end.)
            let main_point = if out.mentions[main].aspect == Aspect::End {
                Anchor::End(global(main))
            } else {
                Anchor::Start(global(main))
            };
            let (from, to) = if before_word {
                (main_point, other_anchor)
            } else {
                (other_anchor, main_point)
            };
            out.raws.push(Raw {
                from,
                to,
                min: dmin,
                max: dmax,
                note: note(span, Relation::Later),
            });
        } else if pl.from > 0 && s.word(pl.from - 1) == "for" {
            let Some(m) = nearest_mention(&out.mentions, pl.from) else {
                continue;
            };
            if out.mentions[m].mode != Mode::Done {
                continue;
            }
            used[p] = true;
            out.raws.push(Raw {
                from: Anchor::Start(global(m)),
                to: Anchor::End(global(m)),
                min: dmin,
                max: dmax,
                note: note(pl.time.span, Relation::For),
            });
        }
    }
}
