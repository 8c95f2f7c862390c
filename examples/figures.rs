//! Prints the figures the claim graph reads off an article, with everything
//! the figure rules compare them by: a tool for tuning the rules.
//!
//!     cargo run --release --example figures -- ARTICLE.txt [YYYY-MM-DD]

use chrono::NaiveDate;
use crosscheck::check::{check_text, graph_of};
use crosscheck::document::Format;
use crosscheck::rules::RuleSet;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: figures ARTICLE [YYYY-MM-DD]")?;
    let date = args
        .next()
        .map(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(|e| e.to_string()))
        .transpose()?;
    let text = std::fs::read_to_string(&path)?;
    let rules = RuleSet::builtin();
    let report = check_text(&path, Format::Plain, text, date, &rules);
    let graph = graph_of(std::slice::from_ref(&report), &rules);
    for (k, f) in graph.figures.iter().enumerate() {
        println!(
            "{k} sentence {} {:?} {:?} [{}, {}] subject={:?} event={:?} actor={:?} modifiers={:?} np={:?} partial={} change={} day={} markers={:?} names={:?} frame={:?}",
            f.sentence + 1,
            f.measure,
            graph.text(f),
            f.low,
            f.high,
            f.subject,
            f.event.map(|e| rules.lexicons.events.event_name(e)),
            f.actor,
            f.modifiers,
            f.np_words,
            f.partial,
            f.change,
            f.has_time,
            graph.markers(f),
            graph.names(f),
            graph.frame(f)
        );
    }
    for m in &graph.events {
        println!(
            "event sentence {} {} {:?} negated={} actor={:?}",
            m.sentence + 1,
            rules.lexicons.events.event_name(m.class),
            m.mode,
            m.negated,
            graph.actor(m)
        );
    }
    Ok(())
}
