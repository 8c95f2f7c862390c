use crosscheck::check::{check_text, graph_of};
use crosscheck::document::Format;
use crosscheck::rules::RuleSet;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let rules = RuleSet::builtin();
    let r = check_text(&path, Format::Plain, text, None, &rules);
    let g = graph_of(std::slice::from_ref(&r), &rules);
    for (i, f) in g.figures.iter().enumerate() {
        println!("{i} s{} {:?} {} [{},{}] subj={:?} ev={:?} mods={:?} np={:?} part={} chg={} mk={:?} names={:?} frame={:?} dates={:?}", f.sentence, f.measure, f.text, f.low, f.high, f.subject, f.event.map(|e| rules.events.event_name(e)), f.modifiers, f.np_words, f.partial, f.change, f.markers, f.names, f.frame, f.dates);
    }
    println!("{:?}", g.figures_across_classes());
}
