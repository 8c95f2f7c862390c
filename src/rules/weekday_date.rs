//! `weekday-date`: a weekday written beside a date that falls on another day.

use chrono::Datelike;

use chrono::Weekday;

use super::check::Check;
use super::check::Rule;
use super::context::{who, Context};
use super::finding::{Finding, Labeled};
use super::rule::RuleDef;
use super::rule::{Category, Example, NoParams, RuleMeta, Severity};
use crate::calendar::{weekday, weekday_name};
use crate::expressions::TimeExpr;
use crate::text::Span;

pub struct WeekdayDate;

/// The weekday a time written just before a bracketed date names ("on
/// Monday (June 3)"), with the date's time.
fn bracketed<'t>(
    ctx: &Context,
    times: &'t [TimeExpr],
    k: usize,
) -> Option<(Weekday, &'t TimeExpr)> {
    let (a, b) = (times.get(k)?, times.get(k + 1)?);
    if b.weekday.is_some() || b.start.is_none() || b.start != b.end {
        return None;
    }
    let between = ctx.doc.prose.get(a.span.end..b.span.start)?;
    let text = ctx.doc.prose.get(a.span.start..a.span.end)?;
    // "on Monday (June 3)", or a date set beside a weekday's noun:
    // "Tuesday's opening day, Oct. 16,".
    let beside = between.trim() == "("
        || text.ends_with("'s")
            && between.trim_end().ends_with(',')
            && between.split_whitespace().count() <= 3
            && !between
                .trim_end()
                .trim_end_matches(',')
                .contains([',', ';', '.']);
    if !beside {
        return None;
    }
    let last = text.split_whitespace().last()?.trim_end_matches("'s");
    Some((weekday(last)?, b))
}

/// The dateline's date, when a date without a year took its year from it.
fn year_source(ctx: &Context, time: &TimeExpr) -> Option<Span> {
    let reference = ctx.reference?;
    let text = ctx.doc.prose.get(time.span.start..time.span.end)?;
    let has_year = text
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4);
    if has_year {
        return None;
    }
    super::context::dateline_time(ctx.claims, Some(reference))
}

impl Rule for WeekdayDate {
    const META: RuleMeta = RuleMeta {
        id: "weekday-date-mismatch",
        kind: "weekday-date",
        category: Category::Timeline,
        severity: Severity::Warning,
        description: "A weekday written beside a date names another day of the week than the date \
            falls on (\"Tuesday, February 20, 2019\": February 20, 2019 was a Wednesday). \
            One of the two is wrong. A date without a year is checked only when the year \
            can be taken from the reference date.",
        example: Example {
            fires: "On Tuesday, February 20, 2019, the army said it had taken the town.",
            passes: "On Tuesday, February 19, 2019, the army said it had taken the town.",
            date: None,
        },
    };

    type Params = NoParams;

    fn new(_: NoParams) -> Result<Self, String> {
        Ok(WeekdayDate)
    }
}

impl Check for WeekdayDate {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        for claim in ctx.claims {
            for (k, time) in claim.times.iter().enumerate() {
                // "Tuesday, February 20", or "on Monday (June 3)".
                let (stated, time, span) = match (time.weekday, bracketed(ctx, &claim.times, k)) {
                    (Some(w), _) => (w, time, time.span),
                    (None, Some((w, date))) => {
                        let close = ctx
                            .doc
                            .prose
                            .get(date.span.end..)
                            .is_some_and(|r| r.starts_with(')'));
                        let mut span = time.span.cover(date.span);
                        span.end += usize::from(close);
                        (w, date, span)
                    }
                    _ => continue,
                };
                let Some(date) = time.start else {
                    continue;
                };
                if time.start != time.end || date.weekday() == stated {
                    continue;
                }
                let text = ctx.doc.clean_text(span);
                out.push(
                    Finding::new(
                        rule,
                        format!(
                            "{} writes \"{text}\", but {} was a {}, not a {}",
                            who(ctx, claim),
                            date.format("%B %-d, %Y"),
                            weekday_name(date.weekday()),
                            weekday_name(stated)
                        ),
                    )
                    .with_labeled(
                        std::iter::once(Labeled {
                            span,
                            label: format!(
                                "{} is a {}",
                                date.format("%Y-%m-%d"),
                                weekday_name(date.weekday())
                            ),
                            article: 0,
                            foreign: None,
                        })
                        .chain(year_source(ctx, time).map(|span| {
                            Labeled {
                                span,
                                label: format!(
                                    "the year, {}, is the dateline's",
                                    date.format("%Y")
                                ),
                                article: 0,
                                foreign: None,
                            }
                        })),
                    )
                    .with_claims(vec![claim.id.clone()]),
                );
            }
        }
    }
}
