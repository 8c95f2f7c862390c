//! The sentence splitter.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (plus any closing quotes and
//! brackets) when white space and a plausible sentence start follow, and at
//! the end of its paragraph whatever its punctuation (so a headline without a
//! final period is a sentence). A period does not end a sentence after a
//! title (Mr., Gen.), an initial (F.), a month abbreviation before a day
//! (Feb. 19), or a dotted abbreviation (U.S., a.m.) unless a word that
//! typically opens a sentence follows. Decimals and thousands separators never
//! end one: the period is not followed by white space.

use super::prose::trim;
use crate::lexicon::abbreviations::{
    MAYBE_FINAL_ABBREVIATIONS, MONTH_ABBREVIATIONS, NEVER_FINAL_ABBREVIATIONS,
};
use crate::lexicon::sentence_openers::TYPICAL_OPENERS;
use crate::text::span::Span;

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»', '›', crate::text::FILLER];

/// Splits one paragraph of the prose view into trimmed sentence spans.
pub fn split(text: &str, paragraph: Span) -> Vec<Span> {
    let mut out = Vec::new();
    split_into(text, paragraph, &mut Vec::new(), &mut out);
    out
}

/// `split`, adding the spans to `out`, with `pieces` a list to reuse from
/// one paragraph to the next (its contents are replaced).
pub fn split_into(text: &str, paragraph: Span, pieces: &mut Vec<Span>, out: &mut Vec<Span>) {
    pieces.clear();
    split_at_terminators(text, paragraph, pieces);
    for &span in pieces.iter() {
        cap_length(text, span, out);
    }
}

/// The longest sentence, in bytes. A real sentence is far shorter; a run of
/// text with no full stop (a list, a table, a file on one line) is cut at
/// the last white space before the limit, so that nothing downstream works
/// on one unbounded "sentence".
pub const MAX_SENTENCE: usize = 5_000;

fn cap_length(text: &str, span: Span, out: &mut Vec<Span>) {
    let mut start = span.start;
    while span.end - start > MAX_SENTENCE {
        let mut limit = start + MAX_SENTENCE;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let cut = text[start..limit]
            .rfind(char::is_whitespace)
            .filter(|&k| k > 0)
            .map_or(limit, |k| start + k);
        if let Some(piece) = trim(text, Span::new(start, cut)) {
            out.push(piece);
        }
        start = cut;
    }
    if let Some(piece) = trim(text, Span::new(start, span.end)) {
        out.push(piece);
    }
}

fn split_at_terminators(text: &str, paragraph: Span, out: &mut Vec<Span>) {
    let mut start = paragraph.start;
    let mut i = paragraph.start;
    let end = paragraph.end;
    let bytes = text.as_bytes();
    // The next lead byte of '…' (U+2026, E2 80 A6), which no other byte of
    // UTF-8 text can be mistaken for, at or after `i` (`end` if none): found
    // again only once `i` has passed it, so a paragraph is searched for it
    // once, not once a terminator.
    let mut e2 = i;
    let mut e2_known = false;
    while i < end {
        if !e2_known || e2 < i {
            e2 = memchr::memchr(0xe2, &bytes[i..end]).map_or(end, |p| i + p);
            e2_known = true;
        }
        // The next terminator: '.', '!' or '?' before that byte, else it.
        i = memchr::memchr3(b'.', b'!', b'?', &bytes[i..e2]).map_or(e2, |p| i + p);
        if i >= end {
            break;
        }
        if bytes[i] == 0xe2 && !text[i..end].starts_with('…') {
            i += 1;
            continue;
        }
        // The run of terminators ("?!", "...").
        let mut j = i;
        while let Some(c) = text[j..end].chars().next() {
            if matches!(c, '.' | '!' | '?' | '…') {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        let mut k = j;
        while let Some(c) = text[k..end].chars().next() {
            if CLOSERS.contains(&c) {
                k += c.len_utf8();
            } else {
                break;
            }
        }
        if k >= end {
            break;
        }
        let after = text[k..end].chars().next().unwrap_or(' ');
        if !after.is_whitespace() {
            // A space lost after a period ("in Nintendo.Kirby's Block Ball",
            // "worldwide.According to"): a lower-case word, one period, and a
            // capitalised word straight after it.
            if missing_space(text, start, i, j, k, end) {
                if let Some(span) = trim(text, Span::new(start, k)) {
                    out.push(span);
                }
                start = k;
            }
            i = j.max(i + 1);
            continue;
        }
        let next = k + (text[k..end].len() - text[k..end].trim_start().len());
        if next >= end {
            break;
        }
        if is_boundary(text, start, i, j, next, end) {
            if let Some(span) = trim(text, Span::new(start, k)) {
                out.push(span);
            }
            start = next;
        }
        i = k;
    }
    if let Some(span) = trim(text, Span::new(start, end)) {
        out.push(span);
    }
}

/// Whether the terminator run `[term, term_end)` ends a sentence, given that the
/// next sentence would start at `next`.
fn is_boundary(
    text: &str,
    sentence_start: usize,
    term: usize,
    term_end: usize,
    next: usize,
    end: usize,
) -> bool {
    let next_word = word_at(text, next, end);
    let first = text[next..end].chars().next().unwrap_or(' ');
    // A script without case (Arabic, Hebrew, Chinese, Devanagari) or an
    // emoji starts a sentence as a capital does.
    let uncased = first.is_alphabetic() && !first.is_lowercase() && !first.is_uppercase();
    let pictograph = matches!(first as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF);
    let starts_upper = first.is_uppercase()
        || uncased
        || pictograph
        || first.is_ascii_digit()
        || matches!(first, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '—' | '-');
    if !starts_upper {
        return false;
    }
    // Only a single period needs the abbreviation checks.
    if &text[term..term_end] != "." {
        return true;
    }
    let before = word_before(text, sentence_start, term);
    if before.is_empty() {
        return true;
    }
    // The word lists are in lower case: a word is looked up ignoring ASCII
    // case, as its `to_ascii_lowercase` copy was (one copy for each full
    // stop of a text).
    let listed = |list: &[&str], word: &str| list.iter().any(|w| w.eq_ignore_ascii_case(word));
    let bare = before.trim_end_matches('.');
    // A single capital letter: an initial ("John F. Kennedy").
    if before.chars().count() == 1 && before.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    if listed(NEVER_FINAL_ABBREVIATIONS, bare) {
        return false;
    }
    if listed(MONTH_ABBREVIATIONS, bare) {
        return !first.is_ascii_digit();
    }
    let opener = listed(TYPICAL_OPENERS, next_word);
    if bare.contains('.') || listed(MAYBE_FINAL_ABBREVIATIONS, bare) {
        return opener;
    }
    true
}

/// Whether a period with no space after it still ends a sentence: a word of
/// two or more letters ending in a lower-case one before it, and a capital
/// followed by a letter after it (so "U.S.A", "ALOHA.net", "3.5" and
/// "e.g.The" do not split).
fn missing_space(
    text: &str,
    start: usize,
    term: usize,
    term_end: usize,
    next: usize,
    end: usize,
) -> bool {
    if &text[term..term_end] != "." {
        return false;
    }
    let before = &text[start..term];
    let word: Vec<char> = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    if word.len() < 2 || !word[0].is_lowercase() || !word.iter().any(|c| c.is_alphabetic()) {
        return false;
    }
    if before
        .chars()
        .rev()
        .nth(word.len())
        .is_some_and(|c| c == '.')
    {
        return false;
    }
    let mut after = text[next..end].chars();
    matches!((after.next(), after.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_alphabetic())
}

/// The letters-and-periods word that ends just before byte `at`.
fn word_before(text: &str, floor: usize, at: usize) -> &str {
    let slice = &text[floor..at];
    let cut = slice
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphabetic() || *c == '.'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    &slice[cut..]
}

/// The alphabetic word starting at `at` (after any opening quote).
fn word_at(text: &str, at: usize, end: usize) -> &str {
    let slice = &text[at..end];
    let slice = slice.trim_start_matches(['"', '“', '‘', '\'', '(', '[']);
    let len = slice
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map(|(i, _)| i)
        .unwrap_or(slice.len());
    &slice[..len]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_lists_are_in_lower_case() {
        // `is_boundary` looks words up ignoring ASCII case, which matches
        // their lower-cased copies only against lower-case entries.
        for list in [
            NEVER_FINAL_ABBREVIATIONS,
            MONTH_ABBREVIATIONS,
            MAYBE_FINAL_ABBREVIATIONS,
            TYPICAL_OPENERS,
        ] {
            for w in list {
                assert_eq!(*w, w.to_ascii_lowercase());
            }
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        split(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn a_run_without_full_stops_is_cut_into_bounded_pieces() {
        let text = "word ".repeat(5_000) + "é".repeat(3_000).as_str();
        let pieces = split(&text, Span::new(0, text.len()));
        assert!(pieces.len() >= 3);
        let mut covered = 0;
        for p in &pieces {
            assert!(p.len() <= MAX_SENTENCE);
            assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
            assert!(p.start >= covered);
            covered = p.end;
        }
        assert_eq!(covered, text.len());
    }

    #[test]
    fn splitter_table() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            // Scripts without case, and emoji, start sentences too.
            (
                "The army said so. قال المتحدث إن 300 شخص غادروا. 🎉 It ended.",
                &[
                    "The army said so.",
                    "قال المتحدث إن 300 شخص غادروا.",
                    "🎉 It ended.",
                ],
            ),
            (
                "It rose 5 p.m. sharp. it fell.",
                &["It rose 5 p.m. sharp. it fell."],
            ),
            (
                "It was made by Nintendo.Kirby's game followed.",
                &["It was made by Nintendo.", "Kirby's game followed."],
            ),
            (
                "See ALOHA.net and the U.S.A today.",
                &["See ALOHA.net and the U.S.A today."],
            ),
            ("Headline without period", &["Headline without period"]),
            (
                "The U.S. military said so. It left.",
                &["The U.S. military said so.", "It left."],
            ),
            (
                "He lives in the U.S. The army left.",
                &["He lives in the U.S.", "The army left."],
            ),
            (
                "Mr. Smith and Dr. Jones met Gen. Votel.",
                &["Mr. Smith and Dr. Jones met Gen. Votel."],
            ),
            (
                "It began on Feb. 19 in the town.",
                &["It began on Feb. 19 in the town."],
            ),
            (
                "It cost 1.2 million. Then 12,400 more.",
                &["It cost 1.2 million.", "Then 12,400 more."],
            ),
            (
                "John F. Kennedy spoke. He left.",
                &["John F. Kennedy spoke.", "He left."],
            ),
            (
                "It ended at 10 p.m. on Friday.",
                &["It ended at 10 p.m. on Friday."],
            ),
            (
                "It ended at 10 p.m. The next day was quiet.",
                &["It ended at 10 p.m.", "The next day was quiet."],
            ),
            (
                "He said: \"We won.\" Then he left.",
                &["He said: \"We won.\"", "Then he left."],
            ),
            (
                "\"Is it over?\" he asked. Nobody knew.",
                &["\"Is it over?\" he asked.", "Nobody knew."],
            ),
            (
                "They said “it is over.” Others disagreed.",
                &["They said “it is over.”", "Others disagreed."],
            ),
            ("Wait... what? Yes!", &["Wait... what?", "Yes!"]),
            (
                "He left. \"We won,\" he said.",
                &["He left.", "\"We won,\" he said."],
            ),
            (
                "Acme Inc. said profits rose.",
                &["Acme Inc. said profits rose."],
            ),
            ("e.g. this one. Next.", &["e.g. this one.", "Next."]),
            ("It was No. 5 on the list.", &["It was No. 5 on the list."]),
        ];
        for (text, expected) in cases {
            assert_eq!(&sentences(text), expected, "splitting {text:?}");
        }
    }
}
