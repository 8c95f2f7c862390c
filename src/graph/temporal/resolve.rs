//! The timeline where people look: each event placed on the calendar.
//!
//! In the simple temporal network an edge u → v of weight w says
//! v − u ≤ w, so the shortest path from the calendar point to a point p is
//! the latest day p can fall on, and minus the shortest path from p to the
//! calendar the earliest (Bellman-Ford, petgraph's `bellman_ford`, on the
//! component of the calendar point). An event is *resolved* when both
//! bounds of its start are finite. A component whose constraints cannot
//! all hold (a negative cycle: a timeline conflict) places none of its
//! events.

use chrono::NaiveDate;
use petgraph::algo::bellman_ford;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::unionfind::UnionFind;
use rustc_hash::FxHashMap as HashMap;

use super::constraint::date_of_day;
use super::timeline::Timeline;
use crate::graph::Article;

/// One event placed on the calendar.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedEvent {
    /// The event (an index into `Timeline::events`).
    pub event: usize,
    /// The article of its first mention.
    pub article: usize,
    pub key: String,
    /// The text of its first mention.
    pub text: String,
    /// The earliest and latest day it can have started.
    pub earliest_start: NaiveDate,
    pub latest_start: NaiveDate,
    /// The earliest and latest day it can have ended (`None`: unbounded).
    pub earliest_end: Option<NaiveDate>,
    pub latest_end: Option<NaiveDate>,
    /// Who says it: the attribution of each mention's claim, each once.
    pub sources: Vec<String>,
}

/// The bounds in day numbers (days from the calendar point) of every point:
/// `(earliest, latest)`, `None` for an open side (every point outside the
/// calendar's component is open on both), or nothing at all when the
/// calendar's component is inconsistent.
pub fn bounds(timeline: &Timeline) -> Option<Vec<(Option<i64>, Option<i64>)>> {
    let network = &timeline.network;
    let points = network.points;
    if timeline.calendar >= points {
        return None;
    }
    let mut sets = UnionFind::<usize>::new(points);
    for c in &network.constraints {
        sets.union(c.from, c.to);
    }
    let root = sets.find(timeline.calendar);
    let mut local: HashMap<usize, NodeIndex> = HashMap::default();
    let mut forward: DiGraph<usize, f64> = DiGraph::new();
    let mut node = |graph: &mut DiGraph<usize, f64>, p: usize| {
        *local.entry(p).or_insert_with(|| graph.add_node(p))
    };
    let source = node(&mut forward, timeline.calendar);
    for c in &network.constraints {
        if sets.find(c.from) != root {
            continue;
        }
        let (u, v) = (node(&mut forward, c.from), node(&mut forward, c.to));
        if let Some(max) = c.max {
            forward.add_edge(u, v, max as f64);
        }
        if let Some(min) = c.min {
            forward.add_edge(v, u, -(min as f64));
        }
    }
    // Paths from p to the calendar are paths from the calendar on the
    // reversed edges.
    let mut backward = forward.clone();
    backward.reverse();
    let latest = bellman_ford(&forward, source).ok()?.distances;
    let earliest = bellman_ford(&backward, source).ok()?.distances;
    let finite = |d: f64| d.is_finite().then_some(d.round() as i64);
    let mut out = vec![(None, None); points];
    for (&p, &n) in &local {
        out[p] = (
            finite(earliest[n.index()]).map(|d| -d),
            finite(latest[n.index()]),
        );
    }
    Some(out)
}

impl Timeline {
    /// The earliest and latest day number of each point (see `bounds`).
    pub fn bounds(&self) -> Option<Vec<(Option<i64>, Option<i64>)>> {
        bounds(self)
    }

    /// The events whose start falls between two known days, earliest start
    /// first, each with the span of days of its start and end and who says
    /// it.
    pub fn resolve(&self, articles: &[Article]) -> Vec<ResolvedEvent> {
        let Some(bounds) = self.bounds() else {
            return Vec::new();
        };
        let date = |d: Option<i64>| d.and_then(date_of_day);
        let mut out = Vec::new();
        for (k, e) in self.events.iter().enumerate() {
            let (lo, hi) = bounds[e.start];
            let (Some(earliest_start), Some(latest_start)) = (date(lo), date(hi)) else {
                continue;
            };
            let Some(first) = e.mentions.first().map(|&m| &self.mentions[m]) else {
                continue;
            };
            let (end_lo, end_hi) = bounds[e.end];
            let mut sources: Vec<String> = Vec::new();
            for &m in &e.mentions {
                let m = &self.mentions[m];
                let who = articles[m.article].who_says(m.claim);
                if !sources.contains(&who) {
                    sources.push(who);
                }
            }
            out.push(ResolvedEvent {
                event: k,
                article: first.article,
                key: e.key.clone(),
                text: articles[first.article].doc.clean_text(first.span),
                earliest_start,
                latest_start,
                earliest_end: date(end_lo),
                latest_end: date(end_hi),
                sources,
            });
        }
        out.sort_by(|a, b| {
            (a.earliest_start, a.latest_start, a.event).cmp(&(
                b.earliest_start,
                b.latest_start,
                b.event,
            ))
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::check::check_text;
    use crate::document::Format;
    use crate::graph::temporal::{date_of_day, day_number, Timeline};
    use crate::graph::{Article, ClaimGraph};
    use crate::rules::RuleSet;
    use chrono::NaiveDate;

    fn timeline_of(text: &str, date: Option<NaiveDate>, test: impl FnOnce(&Timeline, &[Article])) {
        let rules = RuleSet::builtin();
        let report = check_text("t.txt", Format::Plain, text.to_string(), date, &rules);
        let articles = [report.article()];
        let graph = ClaimGraph::build(
            &articles,
            &rules.lexicons.events,
            &rules.lexicons.quantities,
        );
        let params = rules.timeline_params().expect("the built-in timeline rule");
        test(&Timeline::build(&graph, &articles, params), &articles);
    }

    fn resolved(text: &str, date: Option<NaiveDate>) -> Vec<super::ResolvedEvent> {
        let mut out = Vec::new();
        timeline_of(text, date, |t, a| out = t.resolve(a));
        out
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_date_gives_exact_bounds() {
        // (A dateline first: an article's first date is its own date.)
        let got = resolved(
            "February 20, 2019\n\nEngineers closed the rail line on February 4, 2019. \
             The line reopened on February 11, 2019.",
            None,
        );
        let closed = got
            .iter()
            .find(|e| e.text.contains("closed"))
            .unwrap_or_else(|| panic!("{got:?}"));
        assert_eq!(closed.earliest_start, day(2019, 2, 4));
        assert_eq!(closed.latest_start, day(2019, 2, 4));
        assert_eq!(closed.key, "closure");
        assert_eq!(closed.sources, vec!["the article".to_string()]);
        // "reopened" is the closure's end, not an event of its own.
        assert!(
            !got.iter().any(|e| e.text.starts_with("reopened")),
            "{got:?}"
        );
        assert_eq!(
            (closed.earliest_end, closed.latest_end),
            (Some(day(2019, 2, 11)), Some(day(2019, 2, 11)))
        );
        // Sorted by earliest start.
        assert!(got
            .windows(2)
            .all(|w| w[0].earliest_start <= w[1].earliest_start));
    }

    #[test]
    fn a_length_up_to_the_statement_bounds_the_start_from_above() {
        let text = "The strike has lasted more than two weeks, union officials said.";
        timeline_of(text, Some(day(2019, 3, 1)), |t, articles| {
            let bounds = t.bounds().expect("consistent");
            let strike = t
                .events
                .iter()
                .find(|e| e.key.contains("strike"))
                .unwrap_or_else(|| panic!("{:?}", t.events));
            let (earliest, latest) = bounds[strike.start];
            // More than two weeks before 1 March: it began by 15 February
            // (give or take the rule's tolerance); how long before, nothing
            // says.
            assert_eq!(earliest, None);
            let latest = latest.expect("an upper bound on the start");
            assert!(
                latest < day_number(day(2019, 3, 1)) && latest >= day_number(day(2019, 2, 10)),
                "latest start {:?}",
                date_of_day(latest)
            );
            // With no lower bound the event is not resolved.
            assert!(t
                .resolve(articles)
                .iter()
                .all(|e| !e.key.contains("strike")));
        });
    }

    #[test]
    fn times_that_cannot_all_hold_place_nothing() {
        // The rule's own example: began on a Wednesday, yet in its sixth week.
        let text = "The rail strike began on Wednesday. The strike, now in its sixth week, \
                    has shut three lines. The line reopened on February 11, 2019.";
        timeline_of(text, Some(day(2019, 2, 14)), |t, articles| {
            assert!(!t.conflicts.is_empty(), "the example conflicts");
            assert_eq!(t.bounds(), None);
            assert!(t.resolve(articles).is_empty());
        });
    }
}
