//! Quotations that run over several sentences or paragraphs keep their one
//! attribution: every sentence of the quotation, and a quotation that follows
//! an attributed one in the same paragraph, take it over. A cue that ends in
//! a colon ("Caddell continued:") attributes what follows it.

use super::model::{Attribution, Attributions};
use crate::document::Document;

const OPENING: &[char] = &['“', '«', '„'];
const CLOSING: &[char] = &['”', '»'];

/// The quotation run each sentence belongs to, if any, and whether each
/// sentence starts inside an open quotation.
pub fn quote_runs(doc: &Document) -> (Vec<Option<usize>>, Vec<bool>) {
    let mut runs = Vec::with_capacity(doc.sentences.len());
    let mut inside = Vec::with_capacity(doc.sentences.len());
    let mut open = false;
    let mut current: Option<usize> = None;
    let mut next_id = 0;
    let mut paragraph = usize::MAX;
    for s in &doc.sentences {
        // Two apostrophes written as a double quote (''…'') count as one.
        let owned;
        let mut text = &doc.prose[s.span.start..s.span.end];
        if text.contains("''") {
            owned = text.replace("''", "\"");
            text = &owned;
        }
        let first = text.trim_start().chars().next();
        let opens_with_quote = first.is_some_and(|c| OPENING.contains(&c) || c == '"');
        let new_paragraph = s.paragraph != paragraph;
        if new_paragraph {
            // A quotation over several paragraphs reopens each one with a quote mark.
            if open && !opens_with_quote {
                open = false;
                current = None;
            }
            paragraph = s.paragraph;
        }
        let starts_inside = open;
        inside.push(starts_inside);
        let mut opened = false;
        let body = text.trim_start();
        let mut mark = |c: char, k: usize| {
            if OPENING.contains(&c) {
                opened |= !open;
                open = true;
            } else if CLOSING.contains(&c) {
                open = false;
            } else if c == '"' {
                if k == 0 && starts_inside && new_paragraph {
                    // The quotation goes on in a new paragraph.
                } else if open {
                    open = false;
                } else {
                    opened = true;
                    open = true;
                }
            }
        };
        // Only '"' and the typographic marks (none of them ASCII) matter.
        if body.is_ascii() {
            // Most sentences: the straight quotes alone, found by memchr.
            for k in memchr::memchr_iter(b'"', body.as_bytes()) {
                mark('"', k);
            }
        } else {
            // A byte at a time, decoding only where a non-ASCII character
            // starts.
            for (k, b) in body.bytes().enumerate() {
                let c = match b {
                    b'"' => '"',
                    // Other ASCII, and the continuation bytes of a character.
                    0..=0xbf => continue,
                    _ => body[k..].chars().next().unwrap_or(' '),
                };
                mark(c, k);
            }
        }
        let run = if starts_inside {
            current
        } else if opened {
            next_id += 1;
            current = Some(next_id);
            current
        } else {
            None
        };
        runs.push(run);
        if !open && !opened {
            current = if starts_inside { None } else { current };
        }
    }
    (runs, inside)
}

/// Gives every sentence of an attributed quotation its attribution.
pub fn carry(doc: &Document, runs: &[Option<usize>], out: &mut Attributions) {
    let n = doc.sentences.len();
    // "Clinton said." after a quotation: the attribution belongs to the sentence before.
    let mut attributed = vec![false; n];
    for a in &out.items {
        attributed[a.sentence] = true;
    }
    for a in &mut out.items {
        let s = a.sentence;
        if a.content_precedes
            && s > 0
            && doc.sentences[s - 1].paragraph == doc.sentences[s].paragraph
            && !attributed[s - 1]
        {
            a.sentence = s - 1;
            a.content = doc.sentences[s - 1].span;
            a.content_precedes = false;
        }
    }
    out.items.retain(|a| !a.content_precedes);
    let mut own: Vec<Option<usize>> = vec![None; n];
    for (k, a) in out.items.iter().enumerate() {
        if a.source_span.is_some() && own[a.sentence].is_none() {
            own[a.sentence] = Some(k);
        }
    }
    let has_any: Vec<bool> = {
        let mut v = vec![false; n];
        for a in &out.items {
            v[a.sentence] = true;
        }
        v
    };
    let mut added: Vec<Attribution> = Vec::new();
    let mut added_at = vec![false; n];
    let inherit =
        |from: &Attribution, sentence: usize, added: &mut Vec<Attribution>, at: &mut Vec<bool>| {
            at[sentence] = true;
            let mut a = from.clone();
            a.sentence = sentence;
            a.content = doc.sentences[sentence].span;
            a.inherited = true;
            a.content_follows = false;
            a.content_precedes = false;
            added.push(a);
        };
    // A byline after a quotation ("… .” ― Sonya Herridge “…") attributes the
    // quotation before it, never the one that follows.
    // (Cleaning a cue's text only drops and collapses, so a cue with no dash
    // in its prose is none, and is not copied to be told so.)
    const DASHES: [char; 3] = ['―', '—', '–'];
    let byline = |k: usize| {
        let cue = out.items[k].cue;
        doc.prose_of(cue).contains(DASHES)
            && matches!(doc.clean_text(cue).as_str(), "―" | "—" | "–")
    };
    // The attribution of each run: the first in its sentences (for the
    // sentences before it), then the latest one met (a transcript changes
    // speaker inside one quotation).
    let mut run_attr: rustc_hash::FxHashMap<usize, usize> = rustc_hash::FxHashMap::default();
    for (s, run) in runs.iter().enumerate() {
        if let (Some(r), Some(k)) = (run, own[s]) {
            if !byline(k) {
                run_attr.entry(*r).or_insert(k);
            }
        }
    }
    let mut latest_in_run: rustc_hash::FxHashMap<usize, usize> = rustc_hash::FxHashMap::default();
    let mut last_attr_in_paragraph: Option<(usize, usize)> = None; // (paragraph, item)
    for s in 0..n {
        let paragraph = doc.sentences[s].paragraph;
        if let Some(k) = own[s] {
            if byline(k) {
                last_attr_in_paragraph = None;
                continue;
            }
            last_attr_in_paragraph = Some((paragraph, k));
            if let Some(r) = runs[s] {
                latest_in_run.insert(r, k);
            }
            // "Caddell continued:" — the next sentence, and its quotation.
            if out.items[k].content_follows && s + 1 < n && !has_any[s + 1] {
                let target_run = runs[s + 1];
                for t in s + 1..n {
                    let same = t == s + 1 || target_run.is_some() && runs[t] == target_run;
                    if !same || has_any[t] {
                        break;
                    }
                    inherit(&out.items[k], t, &mut added, &mut added_at);
                }
            }
            continue;
        }
        if has_any[s] || added_at[s] {
            continue;
        }
        let Some(run) = runs[s] else {
            continue;
        };
        let from = latest_in_run
            .get(&run)
            .or_else(|| run_attr.get(&run))
            .copied()
            .or_else(|| {
                // A new quotation right after an attributed one, in the same paragraph.
                last_attr_in_paragraph
                    .filter(|&(p, _)| p == paragraph)
                    .map(|(_, k)| k)
                    .filter(|&k| runs[out.items[k].sentence].is_some())
            });
        if let Some(k) = from {
            inherit(&out.items[k], s, &mut added, &mut added_at);
        }
    }
    // A paragraph that is only a quotation, with no attribution, takes the
    // speaker of the next paragraph's first sentence (the news convention of
    // an opening quote attributed right after it).
    for s in 0..n {
        let paragraph = doc.sentences[s].paragraph;
        if s > 0 && doc.sentences[s - 1].paragraph == paragraph {
            continue;
        }
        let members: Vec<usize> = (s..n)
            .take_while(|&t| doc.sentences[t].paragraph == paragraph)
            .collect();
        let quoted = members
            .iter()
            .all(|&t| runs[t].is_some() && !has_any[t] && !added_at[t]);
        let next = members.last().map_or(n, |&l| l + 1);
        if !quoted || next >= n {
            continue;
        }
        if let Some(k) = own[next].filter(|&k| {
            out.items[k].kind == super::grammar::CueKind::Verb && out.items[k].source.is_some()
        }) {
            for &t in &members {
                inherit(&out.items[k], t, &mut added, &mut added_at);
            }
        }
    }
    out.items.extend(added);
    out.items
        .sort_by_key(|a| (a.sentence, a.inherited, a.cue.start));
}
