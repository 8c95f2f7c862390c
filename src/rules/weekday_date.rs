//! `weekday-date`: a weekday written beside a date that falls on another day.

use chrono::Datelike;

use super::{who, Check, Context, Finding, Labeled, RuleDef};
use crate::calendar::weekday_name;

pub struct WeekdayDate;

impl Check for WeekdayDate {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        for claim in ctx.claims {
            for time in &claim.times {
                let (Some(stated), Some(date)) = (time.weekday, time.start) else {
                    continue;
                };
                if time.start != time.end || date.weekday() == stated {
                    continue;
                }
                let text = ctx.doc.clean_text(time.span);
                out.push(Finding {
                    rule: rule.id.clone(),
                    category: rule.category,
                    severity: rule.severity,
                    message: format!(
                        "{} writes \"{text}\", but {} was a {}, not a {}",
                        who(ctx, claim),
                        date.format("%B %-d, %Y"),
                        weekday_name(date.weekday()),
                        weekday_name(stated)
                    ),
                    spans: vec![Labeled {
                        span: time.span,
                        label: format!(
                            "{} is a {}",
                            date.format("%Y-%m-%d"),
                            weekday_name(date.weekday())
                        ),
                        article: 0,
                        foreign: None,
                    }],
                    claims: vec![claim.id.clone()],
                    sources: Vec::new(),
                    fingerprint: String::new(),
                    constraints: Vec::new(),
                });
            }
        }
    }
}
