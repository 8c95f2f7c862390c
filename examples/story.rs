//! Writes N short articles about one event (a flood), each a handful of
//! sentences drawn from templates with their own figures, days and sources,
//! for timing `crosscheck check --together` as the number of articles
//! grows. The text is the project's own. A fixed seed makes the runs
//! repeatable.
//!
//!     cargo run --release --example story -- OUT_DIR ARTICLES

use std::path::PathBuf;

const SOURCES: &[&str] = &[
    "the regional governor",
    "the health ministry",
    "the Red Cross",
    "police",
    "the mayor",
    "the army",
    "the interior ministry",
    "local officials",
    "the fire service",
    "the UN",
    "Reuters",
    "AFP",
    "the coast guard",
    "the river authority",
    "the civil defence agency",
];
const DAYS: &[&str] = &[
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
];
const TEMPLATES: &[&str] = &[
    "The floods killed {n} people in the valley {day}, {src} said.",
    "{Src} said {n} civilians were evacuated from the town {day}.",
    "Rescuers are preparing to evacuate residents from the old town.",
    "About {n} residents left the town {day}, according to {src}.",
    "More than {n} homes were destroyed in the valley, {src} said.",
    "The river has been rising for more than a week, {src} said.",
    "At least {n} people were injured {day}, {src} said.",
    "{Src} said the dam had been closed {day}.",
];

/// A small linear congruential generator: repeatable, no dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: story OUT_DIR ARTICLES";
    let out = PathBuf::from(args.next().ok_or(usage)?);
    let articles: usize = args.next().ok_or(usage)?.parse()?;
    std::fs::create_dir_all(&out)?;
    let mut rng = Lcg(2019);
    for a in 0..articles {
        let mut text = String::from("Floods hit the valley\n\n");
        for _ in 0..5 + rng.next(4) {
            let template = TEMPLATES[rng.next(TEMPLATES.len())];
            let src = SOURCES[rng.next(SOURCES.len())];
            let mut capital = src.to_string();
            capital[..1].make_ascii_uppercase();
            let sentence = template
                .replace("{n}", &(10 + rng.next(490)).to_string())
                .replace("{day}", DAYS[rng.next(DAYS.len())])
                .replace("{src}", src)
                .replace("{Src}", &capital);
            text.push_str(&sentence);
            text.push_str("\n\n");
        }
        std::fs::write(out.join(format!("story{a:06}.txt")), text)?;
    }
    eprintln!("wrote {articles} articles to {}", out.display());
    Ok(())
}
