//! The scan of a sentence made once for all its claims: its event phrases
//! and its ordinals, read in one pass over its tokens; and the nearest of
//! those event phrases to a figure.

use crate::lexicon::events::EventLexicon;
use crate::text::tokens::Token;

/// Every event phrase of a sentence: (first token, end token, class), and
/// every ordinal (token, value; `graph::reference::ordinal_value`). Read in one pass, with
/// one lookup a token (`EventLexicon::openers`), and for most tokens only
/// its key's filter (`OpenerTable::may_hold`). Made once a sentence, for
/// all its claims. (Out of line: the loop over every token keeps the table
/// and the tokens in registers.)
#[inline(never)]
pub fn scan(tokens: &[Token], lex: &EventLexicon) -> Scan {
    let table = lex.opener_table();
    let mut scan = Scan {
        events: Vec::new(),
        ordinals: Vec::new(),
        next: 0,
    };
    for (i, t) in tokens.iter().enumerate() {
        if table.may_hold(t.key) {
            scan.held(tokens, i, lex);
        } else if t.is_number() {
            // No phrase opens at the token and it is no ordinal word: it
            // can only be digits with a suffix ("138th").
            if let Some(value) = number_ordinal(tokens, i) {
                scan.ordinals.push((i, value));
            }
        }
    }
    scan
}

/// What `scan` has found.
#[derive(Debug, PartialEq)]
pub struct Scan {
    pub(super) events: Vec<(usize, usize, usize)>,
    pub(super) ordinals: Vec<(usize, f64)>,
    /// Phrases do not overlap: the next may open here, and not before.
    next: usize,
}

impl Scan {
    /// Reads token `i`, whose key the openers' table may hold. (Out of
    /// line: the loop over every token stays short.)
    #[inline(never)]
    fn held(&mut self, tokens: &[Token], i: usize, lex: &EventLexicon) {
        let t = &tokens[i];
        let openers = lex.openers(t);
        let value = if t.is_word() {
            openers.and_then(|o| o.ordinal(t))
        } else {
            number_ordinal(tokens, i)
        };
        if let Some(value) = value {
            self.ordinals.push((i, value));
        }
        let Some(openers) = openers.filter(|o| i >= self.next && o.may_be_at(tokens, i)) else {
            return;
        };
        if let Some(len) = openers.ignored_at(tokens, i) {
            self.next = i + len;
        } else if let Some((len, class)) = openers.event_at(tokens, i) {
            self.events.push((i, i + len, class));
            self.next = i + len;
        }
    }
}

/// The value of digits with a suffix at token `k` ("138th").
pub(crate) fn number_ordinal(tokens: &[Token], k: usize) -> Option<f64> {
    let t = &tokens[k];
    if !t.is_number() {
        return None;
    }
    let suffix = tokens.get(k + 1)?;
    if suffix.joined && suffix.is_any(&["st", "nd", "rd", "th"]) {
        return t.number_value();
    }
    None
}

/// The nearest event phrase no more than `reach` tokens away: (its first
/// token, its class).
pub(super) fn nearest_event_within(
    events: &[(usize, usize, usize)],
    a: usize,
    b: usize,
    reach: usize,
) -> Option<(usize, usize)> {
    events
        .iter()
        .map(|(s, e, c)| (if *s >= b { s - b } else { a.saturating_sub(*e) }, *s, *c))
        .filter(|(d, _, _)| *d <= reach)
        .min_by_key(|(d, _, _)| *d)
        .map(|(_, s, c)| (s, c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::reference::ordinal_value;
    use crate::text::tokens::tokenize;
    use crate::text::Span;

    /// The event phrases as read before `scan`: a phrase to skip, else an
    /// event phrase, at each token not inside one found.
    fn event_phrases_one_by_one(
        tokens: &[Token],
        lex: &EventLexicon,
    ) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let openers = lex.openers(&tokens[i]);
            if let Some(len) = openers.and_then(|o| o.ignored_at(tokens, i)) {
                i += len;
                continue;
            }
            if let Some((len, class)) = openers.and_then(|o| o.event_at(tokens, i)) {
                out.push((i, i + len, class));
                i += len;
                continue;
            }
            i += 1;
        }
        out
    }

    #[test]
    fn scans_of_random_word_runs_find_the_phrases_one_at_a_time_does() {
        let lex = EventLexicon::builtin();
        // The lexicon's own words (so that phrases are written often), and
        // others.
        let mut words: Vec<String> = lex
            .file
            .event
            .iter()
            .flat_map(|e| e.phrases.iter())
            .chain(lex.file.ignore.iter())
            .flat_map(|p| p.split_whitespace())
            .map(str::to_string)
            .collect();
        words.extend(
            [
                "The", "LEFT", "Was", "first", "12", "th", "3rd", ",", "-", "Ninth", "x",
            ]
            .map(str::to_string),
        );
        words.sort();
        words.dedup();
        let mut seed = 0xdead_beef_cafe_f00d_u64;
        let mut next = || {
            crate::xorshift(&mut seed);
            seed
        };
        for _ in 0..2000 {
            let len = (next() % 14) as usize;
            let text = (0..len)
                .map(|_| words[(next() % words.len() as u64) as usize].as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let tokens = tokenize(&text, Span::new(0, text.len()));
            assert_scan_agrees(&tokens, &lex, &text);
        }
    }

    /// One scan finds what the event phrases read one by one and the
    /// ordinals read token by token find.
    fn assert_scan_agrees(tokens: &[Token], lex: &EventLexicon, text: &str) {
        let Scan {
            events, ordinals, ..
        } = scan(tokens, lex);
        assert_eq!(events, event_phrases_one_by_one(tokens, lex), "{text}");
        let expected: Vec<(usize, f64)> = (0..tokens.len())
            .filter_map(|k| ordinal_value(tokens, k).map(|v| (k, v)))
            .collect();
        assert_eq!(ordinals, expected, "{text}");
    }

    #[test]
    fn one_scan_reads_events_and_ordinals_as_one_at_a_time() {
        let lex = EventLexicon::builtin();
        let texts = [
            "The first attack killed 12 people on the left bank, and the second was closed in.",
            "FIRST Seventh twelfth 138th 2nd 21 st THIRD-party was left open and they fled.",
            "It was the 3rd time; the troops were killed, wounded and arrested, then released.",
            "Fourth fifth sixth eighth ninth tenth eleventh , 4th 5 th 1000th.",
            "",
        ];
        for text in texts {
            let tokens = tokenize(text, Span::new(0, text.len()));
            assert_scan_agrees(&tokens, &lex, text);
        }
    }
}
