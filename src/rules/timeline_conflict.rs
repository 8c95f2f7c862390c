//! `timeline-conflict`: times that cannot all hold.
//!
//! Every time expression of the article (or of the story, `--together`) is a
//! difference constraint in days between points of a simple temporal
//! network (`graph::temporal`): a date bounds an event's start or end, a
//! length bounds a difference ("has lasted more than a week", "a day
//! later"), a tense or a modal puts an event before or after the statement,
//! an order word orders two events, an age relates a birth to the
//! statement's date. The times conflict exactly when the network has a
//! negative cycle; each finding is the shortest such cycle, with every
//! constraint of it named with its span and its source.
//!
//! Besides, two sentences that say the same thing (the shorter one's
//! content words nearly all in the other, `min_overlap`, at least 0.8) with
//! dates that do not overlap are one event on two dates ("disbanded in March
//! 1946" / "disbanded in March 1947"): their sameness is what ties the two
//! dates to one point, where no event word does.
//!
//! A weekday that does not match its date is the `weekday-date` rule.

use rustc_hash::FxHashSet as HashSet;

use super::check::Check;
use super::check::Rule;
use super::context::{claim_id, sources_of, text_in, who_at, Context};
use super::finding::{ConstraintNote, Finding, Labeled};
use super::rule::{Category, Example, RuleMeta, Severity};
use super::rule::{RuleDef, Scope};
use crate::graph::comparison::{
    disjoint, interval, same_context, same_markers, same_measure_fields,
};
use crate::graph::temporal::TimelineParams;
use crate::graph::temporal::{date_of_day, Relation, TimeConstraint, Timeline, Words};
use crate::graph::text::containment;
use crate::graph::Measure;
use serde::Deserialize;

pub struct TimelineConflict {
    params: Params,
    /// The rule's word classes, made on first use (once a rule, not once an
    /// article).
    words: std::sync::OnceLock<Words>,
}

/// `timeline-conflict`'s parameters.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Params {
    /// How much of the shorter sentence's content words the other must
    /// share for two dated sentences to say the same thing (0.8 to 1; less
    /// is read as 0.8).
    pub min_overlap: f64,
    /// The words, event families and tolerances the timeline network reads
    /// (`[rule.timeline]`).
    pub timeline: TimelineParams,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            min_overlap: 0.8,
            timeline: TimelineParams::default(),
        }
    }
}

impl Rule for TimelineConflict {
    const META: RuleMeta = RuleMeta {
        id: "timeline-conflict",
        kind: "timeline-conflict",
        category: Category::Timeline,
        severity: Severity::Warning,
        description: "Times that cannot all hold. Every time expression is a constraint in days \
            between points (the statement's date, each event's start and end, a person's \
            birth): a date or a weekday bounds a point (\"began on Monday\"), a length \
            bounds a difference (\"has lasted more than two weeks\", \"now in its sixth \
            week\", \"a day later\", \"for three days\"), a tense or a modal puts an event \
            before or after the statement (\"is to be held next month\" / \"voters \
            approved\"), an order word orders two events (\"two days after the vote\"), an \
            age relates a birth to the date (\"Smith, 34\" / \"born in 1975\"), an end \
            expected at a time that has passed meets a period said to go on. The times \
            conflict when the constraints close a negative cycle; the finding names every \
            constraint of the shortest one with its source. Mentions of one event family (a \
            verb or its noun: \"closed the line\" / \"the closure\") are one event unless \
            they say they are not (\"another\", \"a second\", \"again\") or name other \
            participants. Also: two sentences that say the same thing with dates that do \
            not overlap (\"disbanded in March 1946\" / \"disbanded in March 1947\").",
        example: Example {
            fires: "The rail strike began on Wednesday. The strike, now in its sixth week, has \
                shut three lines.",
            passes: "The rail strike began on January 5. The strike, now in its sixth week, has \
                shut three lines.",
            date: Some("2019-02-14"),
        },
    };

    type Params = Params;

    fn new(params: Params) -> Result<Self, String> {
        Ok(TimelineConflict {
            params,
            words: std::sync::OnceLock::new(),
        })
    }
}

impl Check for TimelineConflict {
    fn scope(&self) -> Scope {
        Scope::Graph
    }

    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        let before = out.len();
        one_event_two_dates(rule, &self.params, ctx, out);
        let words = self.words.get_or_init(|| {
            let mut words = Words::new(&self.params.timeline);
            words.details = std::env::var_os("CROSSCHECK_DEBUG_TIMELINE").is_some();
            words
        });
        let timeline = Timeline::build_with(ctx.graph, ctx.articles, &self.params.timeline, words);
        if std::env::var_os("CROSSCHECK_DEBUG_TIMELINE").is_some() {
            timeline.debug(ctx.articles);
        }
        network_conflicts(rule, ctx, &timeline, before, out);
    }

    fn timeline_params(&self) -> Option<&TimelineParams> {
        Some(&self.params.timeline)
    }
}

/// What a constraint says, in a few words, for a label.
fn says(c: &TimeConstraint) -> String {
    let reference = |d: i64| -> String {
        match date_of_day(d) {
            Some(date) => date.format("%-d %b %Y").to_string(),
            None => d.to_string(),
        }
    };
    let range = |c: &TimeConstraint| -> String {
        if c.calendar {
            match (c.min, c.max) {
                (Some(a), Some(b)) if a == b => reference(a),
                (Some(a), Some(b)) => format!("{} to {}", reference(a), reference(b)),
                (Some(a), None) => format!("on or after {}", reference(a)),
                (None, Some(b)) => format!("by {}", reference(b)),
                _ => String::new(),
            }
        } else if c.year_day {
            // A day of a year left unstated: its day and month alone.
            let day = |d: i64| {
                u32::try_from(d + 1)
                    .ok()
                    .and_then(|o| chrono::NaiveDate::from_yo_opt(2000, o))
                    .map_or(d.to_string(), |x| x.format("%-d %b").to_string())
            };
            match (c.min, c.max) {
                (Some(a), Some(b)) if a == b => format!("{} (no year given)", day(a)),
                (Some(a), Some(b)) => format!("{} to {} (no year given)", day(a), day(b)),
                _ => crate::graph::temporal::describe_days(c.min, c.max),
            }
        } else {
            crate::graph::temporal::describe_days(c.min, c.max)
        }
    };
    match c.relation {
        Relation::Date => format!("happened {}", range(c)),
        Relation::Start => format!("began {}", range(c)),
        Relation::During => match (c.calendar, c.min, c.max) {
            (true, Some(a), None) | (true, None, Some(a)) => {
                format!("was under way {}", reference(a))
            }
            _ => format!("was under way ({})", range(c)),
        },
        Relation::Ordered => match c.min {
            Some(a) if c.calendar => format!("was ordered {}, so began no earlier", reference(a)),
            _ => format!("was ordered; began {}", range(c)),
        },
        Relation::End => format!("ended {}", range(c)),
        Relation::Since => format!("began {} and goes on", range(c)),
        Relation::Lasted => format!("has lasted {}", range(c)),
        Relation::For => format!("took {}", range(c)),
        Relation::Later => format!("came {} after the other", range(c)),
        // (Counted back from a date the sentence gives, the start is a date.)
        Relation::Nth if c.calendar || c.year_day => format!("began {}", range(c)),
        Relation::Nth => format!("began {} before", range(c)),
        Relation::ToCome => "is still to come".to_string(),
        Relation::Done => "is reported done".to_string(),
        Relation::Ongoing => "still goes on".to_string(),
        Relation::Expected => format!("was expected to end {}", range(c)),
        Relation::After => "came after the other".to_string(),
        Relation::Within => "part of the larger event, within its time".to_string(),
        Relation::Before => "came before the other".to_string(),
        Relation::Age => "age at the time".to_string(),
        Relation::Born => format!("born {}", range(c)),
        Relation::Birthday => "birthday".to_string(),
        Relation::Reference => "the reference date".to_string(),
    }
}

/// The network's conflicts as findings. A conflict whose spans a finding
/// made before already covers (one event on two dates) is not told twice.
fn network_conflicts(
    rule: &RuleDef,
    ctx: &Context,
    timeline: &Timeline,
    before: usize,
    out: &mut Vec<Finding>,
) {
    let mut seen: HashSet<Vec<(usize, usize, usize)>> = HashSet::default();
    for cycle in &timeline.conflicts {
        // The constraints an article states, in the cycle's order (the
        // reference date and an event's start before its end are implied).
        let stated: Vec<&TimeConstraint> = cycle
            .iter()
            .map(|&k| &timeline.constraints[k])
            .filter(|c| c.relation != Relation::Reference && !c.span.is_empty())
            .collect();
        if stated.is_empty() {
            continue;
        }
        let mut parts: Vec<(usize, Option<usize>, crate::text::Span)> = Vec::new();
        for c in &stated {
            if !parts.iter().any(|p| p.0 == c.article && p.2 == c.span) {
                parts.push((c.article, c.claim, c.span));
            }
        }
        // One statement alone (a tense against its own date) is no
        // conflict an editor needs shown: a cycle must join two statements.
        let statements: HashSet<(usize, usize)> =
            stated.iter().map(|c| (c.article, c.sentence)).collect();
        // Within one sentence, only an order or a length against its dates
        // ("two days after the vote on May 10, … on May 9", "the ten-day
        // festival opened on April 25 and closed on April 28") is a
        // conflict; a tense against a date of its own sentence is a date
        // read to the wrong event.
        let ordered = stated.iter().any(|c| {
            matches!(
                c.relation,
                Relation::After | Relation::Before | Relation::Later | Relation::For
            )
        });
        if parts.len() < 2 || (statements.len() < 2 && !ordered) {
            continue;
        }
        let key: Vec<(usize, usize, usize)> = {
            let mut k: Vec<_> = parts.iter().map(|p| (p.0, p.2.start, p.2.end)).collect();
            k.sort();
            k
        };
        if !seen.insert(key) {
            continue;
        }
        let told = out[before..].iter().any(|f| {
            parts.iter().all(|p| {
                f.spans
                    .iter()
                    .any(|s| s.article == p.0 && s.span.start < p.2.end && p.2.start < s.span.end)
            })
        });
        if told {
            continue;
        }
        // The same constraint stated elsewhere ("remains closed" and "the
        // closure would continue" both say it goes on): shown beside the
        // one the cycle took, so the editor sees every sentence it rests on.
        let core = parts.len();
        for c in &stated {
            if !matches!(
                c.relation,
                Relation::Ongoing | Relation::Done | Relation::ToCome
            ) {
                continue;
            }
            let same = timeline.constraints.iter().filter(|x| {
                x.relation == c.relation
                    && x.event == c.event
                    && x.min == c.min
                    && x.max == c.max
                    && x.calendar == c.calendar
                    && !x.span.is_empty()
                    && x.sentence != c.sentence
            });
            for x in same.take(2) {
                if !parts.iter().any(|p| p.0 == x.article && p.2 == x.span) {
                    parts.push((x.article, x.claim, x.span));
                }
            }
        }
        // A cycle through an article's own date ("now in its fourth day"
        // against "began on Sept. 3" holds only as of the day written):
        // its dateline is shown too.
        let dated_by = |k: &usize| {
            let c = &timeline.constraints[*k];
            (c.relation == Relation::Reference && c.event.is_none()).then_some(c.article)
        };
        let mut datelines: Vec<usize> = cycle.iter().filter_map(dated_by).collect();
        datelines.sort_unstable();
        datelines.dedup();
        let mut dateline_parts = Vec::new();
        for a in datelines {
            if let Some(span) = dateline_span(ctx, a) {
                if !parts.iter().any(|p| p.0 == a && p.2 == span) {
                    dateline_parts.push(parts.len());
                    parts.push((a, None, span));
                }
            }
        }
        let pieces: Vec<String> = stated
            .iter()
            .map(|c| {
                format!(
                    "{}: \"{}\" ({})",
                    who_at(ctx, c.article, c.claim),
                    text_in(ctx, c.article, c.span),
                    says(c)
                )
            })
            .collect();
        let mut finding = finding(
            rule,
            ctx,
            format!("the times cannot all hold: {}", pieces.join(" · ")),
            &parts,
        );
        for (k, (s, c)) in finding.spans.iter_mut().zip(parts.iter()).enumerate() {
            if let Some(x) = stated.iter().find(|x| x.article == c.0 && x.span == c.2) {
                s.label = format!("{} ({})", s.label, says(x));
            } else if dateline_parts.contains(&k) {
                s.label = format!("{} (the article's date)", text_in(ctx, c.0, c.2));
            } else if k >= core {
                s.label = format!("{} (says the same)", s.label);
            }
        }
        finding.constraints = stated
            .iter()
            .map(|c| ConstraintNote {
                span: c.span,
                article: c.article,
                claim: claim_id(ctx, c.article, c.claim),
                source: who_at(ctx, c.article, c.claim),
                relation: c.relation.as_str(),
                min: c.min,
                max: c.max,
            })
            .collect();
        out.push(finding);
    }
}

/// The span of an article's dateline date.
fn dateline_span(ctx: &Context, article: usize) -> Option<crate::text::Span> {
    let a = ctx.articles.get(article)?;
    super::context::dateline_time(a.claims, a.reference)
}

fn label(ctx: &Context, article: usize, claim: Option<usize>, span: crate::text::Span) -> String {
    format!(
        "{}: {}",
        who_at(ctx, article, claim),
        text_in(ctx, article, span)
    )
}

fn finding(
    rule: &RuleDef,
    ctx: &Context,
    message: String,
    parts: &[(usize, Option<usize>, crate::text::Span)],
) -> Finding {
    Finding::new(rule, message)
        .with_labeled(parts.iter().map(|&(a, c, span)| Labeled {
            span,
            label: label(ctx, a, c, span),
            article: a,
            foreign: None,
        }))
        .with_claims(parts.iter().filter_map(|&(a, c, _)| claim_id(ctx, a, c)))
        .with_sources(sources_of(ctx, parts.iter().map(|&(a, c, _)| (a, c))))
}

fn one_event_two_dates(rule: &RuleDef, params: &Params, ctx: &Context, out: &mut Vec<Finding>) {
    let g = ctx.graph;
    // A pair is of two dates (`same_measure_fields` holds the second to
    // the first's measure): most articles have fewer, and are spared
    // walking the pairs of every subject.
    if g.figures
        .iter()
        .filter(|f| f.measure == Measure::Date)
        .nth(1)
        .is_none()
    {
        return;
    }
    let min_overlap = params.min_overlap.max(0.8);
    let mut seen: HashSet<((usize, usize), (usize, usize))> = HashSet::default();
    // A date takes part in one finding at most (see figure-conflict).
    let mut used: HashSet<usize> = HashSet::default();
    let mut conflicts: Vec<(f64, usize, usize)> = Vec::new();
    for (a, b) in g.figure_pairs() {
        let (fa, fb) = (&g.figures[a], &g.figures[b]);
        // The same statement with another date, or one event of one named
        // thing ("Wundt was born …") on two dates.
        let tied = fa.event.is_some()
            && fa.event == fb.event
            && fa.actor.is_some()
            && fa.actor == fb.actor;
        // The cheap tests first; every one must pass. (A sentence that also
        // states the other's date, `restated`, agrees with it on a date, so
        // `shares_a_date` answers for it.)
        if fa.measure != Measure::Date
            || !same_measure_fields(fa, fb)
            || !disjoint(interval(fa, 0.0), interval(fb, 0.0))
            || shares_a_date(g, fa, fb)
            || !same_markers(g, fa, fb)
            || !(tied || same_context(g, fa, fb, min_overlap))
        {
            continue;
        }
        // The dateline's date is the day the article speaks, no date of
        // the sentence it opens ("CARLISLE, March 4, 2025 — The school will
        // stay closed").
        if [fa, fb]
            .iter()
            .any(|f| dateline_span(ctx, f.article) == Some(f.span))
        {
            continue;
        }
        conflicts.push((containment(g.frame(fa), g.frame(fb)), a, b));
    }
    // The closest pairs first (see figure-conflict).
    conflicts.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    for (_, a, b) in conflicts {
        if used.contains(&a) || used.contains(&b) {
            continue;
        }
        let (fa, fb) = (&g.figures[a], &g.figures[b]);
        if !seen.insert(((fa.article, fa.sentence), (fb.article, fb.sentence))) {
            continue;
        }
        used.insert(a);
        used.insert(b);
        let (ta, tb) = (
            text_in(ctx, fa.article, fa.span),
            text_in(ctx, fb.article, fb.span),
        );
        out.push(finding(
            rule,
            ctx,
            format!(
                "one event, two dates: {} says \"{ta}\", {} says \"{tb}\"",
                who_at(ctx, fa.article, fa.claim),
                who_at(ctx, fb.article, fb.claim)
            ),
            &[
                (fa.article, fa.claim, fa.span),
                (fb.article, fb.claim, fb.span),
            ],
        ));
    }
}

/// Whether the two sentences agree on some date: then their other dates
/// are of other events.
fn shares_a_date(
    g: &crate::graph::ClaimGraph,
    a: &crate::graph::Figure,
    b: &crate::graph::Figure,
) -> bool {
    let dates = |f: &crate::graph::Figure| {
        g.figures_in(f.article, f.sentence)
            .filter(|x| x.measure == Measure::Date)
            .map(|x| (x.low, x.high))
    };
    dates(a).any(|p| dates(b).any(|q| !disjoint(p, q)))
}
