//! How two figures of the graph are compared, for every rule that weighs
//! one against another (figure-conflict, figure-spread, timeline-conflict):
//! the interval a figure allows, whether two can be of one measure at one
//! time, and whether their sentences speak of the same thing.

use super::text::{containment, nested, shares};
use super::{ClaimGraph, Figure, Measure};

/// The interval a figure allows, widened when it is a round estimate.
pub fn interval(f: &Figure, margin: f64) -> (f64, f64) {
    if f.approximate && !f.hedged && f.measure == Measure::Count {
        (f.low * (1.0 - margin), f.high * (1.0 + margin))
    } else {
        (f.low, f.high)
    }
}

pub fn disjoint(a: (f64, f64), b: (f64, f64)) -> bool {
    a.1 < b.0 || b.1 < a.0
}

/// Whether two figures can be of one measure at one time (everything but
/// their values), but for their sentences' markers (`same_markers`, asked
/// apart: they are read from the sentence on first use).
pub fn comparable_fields(a: &Figure, b: &Figure) -> bool {
    if !same_measure_fields(a, b) || a.has_time != b.has_time {
        return false;
    }
    // Counts of different days are different counts.
    if !a.dates.is_empty() && !b.dates.is_empty() {
        let overlap = a
            .dates
            .iter()
            .any(|x| b.dates.iter().any(|y| x.0 <= y.1 && y.0 <= x.1));
        if !overlap {
            return false;
        }
    }
    true
}

/// Whether two figures can be of one measure, whatever their times (dates
/// are compared this way: their own date is what differs), but for their
/// sentences' markers (`same_markers`, asked apart: they are read from the
/// sentence on first use).
pub fn same_measure_fields(a: &Figure, b: &Figure) -> bool {
    if a.sentence == b.sentence && a.article == b.article {
        return false;
    }
    if a.measure != b.measure || a.unit != b.unit || a.partial || b.partial {
        return false;
    }
    if a.change != b.change || a.modifiers != b.modifiers {
        return false;
    }
    match (&a.pronoun, &b.pronoun) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// The rest of one measure: neither sentence marks another event of a
/// series (an ordinal or a year) than the other does.
pub fn same_markers(g: &ClaimGraph, a: &Figure, b: &Figure) -> bool {
    nested(g.markers(a), g.markers(b))
}

/// Whether the sentences of two figures speak of the same thing.
pub fn same_context(g: &ClaimGraph, a: &Figure, b: &Figure, min_overlap: f64) -> bool {
    same_context_or_accounts(g, a, b, min_overlap, || false)
}

/// As `same_context`; `accounts` says whether the two figures come from two
/// named sources that differ: competing accounts of one event need no more
/// tie. It is asked last, when nothing else decides.
pub fn same_context_or_accounts(
    g: &ClaimGraph,
    a: &Figure,
    b: &Figure,
    min_overlap: f64,
    accounts: impl FnOnce() -> bool,
) -> bool {
    // A length of time is one measure only with what it is the length of
    // ("five hours of surgery").
    if a.measure == Measure::Duration && a.subject == "<duration>" {
        return false;
    }
    // Names in one sentence that the other lacks point at other entities.
    // (Where the first names none, the second's are never weighed: they
    // need not be read.)
    let a_names = g.names(a);
    let b_names = if a_names.is_empty() { &[] } else { g.names(b) };
    let names_agree =
        a_names.is_empty() || b_names.is_empty() || containment(a_names, b_names) >= 0.5;
    // A figure that names nothing it counts (a bare number, a date, an
    // ordinal) needs the sentences to be nearly the same, and long enough to
    // tell.
    let unnamed =
        a.subject.is_empty() || a.measure != Measure::Count || a.unit.as_deref() == Some("ordinal");
    let need = if unnamed {
        min_overlap.max(0.8)
    } else {
        min_overlap
    };
    // A short sentence is "nearly the same" as a long one only when they
    // also share a name ("Osbert had three sons").
    let shortest = if a.subject.is_empty() || !shares(a_names, b_names) {
        3
    } else {
        2
    };
    let tied_by_event =
        a.event.is_some() && a.event == b.event && !unnamed && g.markers(a) == g.markers(b);
    // Neither way can hold: the sentences' frames need not be read.
    if !names_agree && !tied_by_event {
        return false;
    }
    // Where the first frame is too short to be nearly the same as the
    // other, or empty, the second frame is not needed either way.
    let a_frame = g.frame(a);
    if a_frame.len() < shortest && !tied_by_event {
        return false;
    }
    let b_frame = if a_frame.is_empty() { &[] } else { g.frame(b) };
    let overlap = containment(a_frame, b_frame);
    // Either the sentences say nearly the same thing about the same names,
    // or one event ties the figures and something else ties the sentences.
    names_agree && a_frame.len().min(b_frame.len()) >= shortest && overlap >= need
        || tied_by_event && (shares(a_names, b_names) || overlap >= 0.5 || accounts())
}
