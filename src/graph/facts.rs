//! The facts the graph holds, read off each claim's sentence: figures (a
//! count, an amount, a duration or a date, with what it counts and the event
//! it counts for), event mentions (with their mode and negation), periods
//! said to be still going on, and endings that were expected.

use std::cell::OnceCell;
use std::ops::Range;

use chrono::NaiveDate;

use super::lexicon::EventLexicon;
use super::text::{stem, StemId};
use crate::claims::Claim;
use crate::expressions::{Quantity, TimeExpr, TimeKind};
use crate::text::tokens::Token;
use crate::text::words::Phrases;
use crate::text::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Count,
    Duration,
    Date,
}

/// A figure: a quantity, a duration or a calendar date, with its context.
#[derive(Debug, Clone)]
pub struct Figure {
    pub article: usize,
    /// Index into the article's claims (an ordinal may stand in a sentence
    /// that is no claim).
    pub claim: Option<usize>,
    pub sentence: usize,
    pub span: Span,
    /// Its tokens in the sentence, which its markers, frame and names leave out.
    pub tokens: Range<usize>,
    pub measure: Measure,
    /// The interval (days since 0001-01-01 for dates, days for durations).
    pub low: f64,
    pub high: f64,
    /// Hedged, vague or round: the interval is an estimate.
    pub approximate: bool,
    /// Written with a hedge ("around", "more than"): the interval is already wide.
    pub hedged: bool,
    pub unit: Option<String>,
    /// What it counts: the counted noun as written, lower case.
    pub noun: Option<String>,
    /// The key candidates are grouped by: a subject class, else the noun's stem.
    pub subject: String,
    pub subject_class: Option<usize>,
    pub event: Option<usize>,
    /// Modifiers that make it another measure ("original", "remaining").
    pub modifiers: Vec<String>,
    /// A part of another figure ("including 16 children").
    pub partial: bool,
    /// A change rather than a level ("rose by 5", "warmed one degree").
    pub change: bool,
    /// The other words of its noun phrase ("elderly" in "three elderly people").
    pub np_words: Vec<String>,
    /// The claim read of its sentence it comes from (`ClaimGraph::build`).
    pub(super) read: usize,
    /// Ordinals and years of the sentence other than the figure, read on
    /// first use (`ClaimGraph::markers`).
    pub(super) markers: OnceCell<Vec<String>>,
    /// Its frame and names, each read on first use (`ClaimGraph::frame`,
    /// `ClaimGraph::names`).
    pub(super) frame: OnceCell<Vec<StemId>>,
    pub(super) names: OnceCell<Vec<StemId>>,
    /// A pronoun that opens the sentence ("He", "She").
    pub pronoun: Option<String>,
    /// Who or what the figure's event is of, for dates ("Wundt" in "Wundt
    /// was born …" and in "Wundt (August 17, 1832 - …)").
    pub actor: Option<String>,
    /// The sentence's resolved dates (other than this figure), for telling
    /// apart counts of different days.
    pub dates: Vec<(NaiveDate, NaiveDate)>,
    /// The sentence names a day (other than this figure): "on Tuesday",
    /// "March 5". A count on a named day and a count on none may be of two
    /// events.
    pub has_time: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Reported as having happened (or happening).
    Done,
    /// Still to come ("are preparing to evacuate", "will leave").
    Prospective,
    /// Hoped for or expected, not reported as done ("were hoping to make").
    Expected,
    /// In a condition or a possibility ("if they surrendered").
    Conditional,
}

/// An event a sentence reports.
#[derive(Debug, Clone)]
pub struct EventMention {
    pub article: usize,
    /// The claim of the sentence, if the sentence is one.
    pub claim: Option<usize>,
    pub sentence: usize,
    /// The event phrase, with its negation or mode words.
    pub span: Span,
    pub class: usize,
    pub negated: bool,
    pub mode: Mode,
    /// Its sentence in the graph's, whose participants are read on first
    /// use (`ClaimGraph::participants`).
    pub(super) words: usize,
    /// The first token of the event phrase.
    pub(super) at: usize,
    /// Who acts, read on first use (`ClaimGraph::actor`).
    pub(super) actor: OnceCell<Option<String>>,
    /// The first resolved date or period of the sentence.
    pub time: Option<(NaiveDate, NaiveDate, TimeKind, Span)>,
}

/// A period said to be still going on, with its length ("a standoff that
/// has lasted for more than a week").
#[derive(Debug, Clone)]
pub struct Ongoing {
    pub article: usize,
    pub claim: Option<usize>,
    pub sentence: usize,
    pub span: Span,
    /// The shortest length it has lasted, in days.
    pub min_days: f64,
    pub text: String,
    /// The sentence speaks of an ending ("a possible end to a standoff").
    pub mentions_end: bool,
}

/// An ending that was hoped for or expected at a time that has passed ("a
/// declaration of the end … that the SDF were hoping to make last week").
#[derive(Debug, Clone)]
pub struct ExpectedEnd {
    pub article: usize,
    pub claim: Option<usize>,
    pub sentence: usize,
    pub span: Span,
    pub time: (NaiveDate, NaiveDate),
    pub text: String,
}

/// The graph's lists, which `read` adds each sentence's facts to: lists of
/// a claim read's own, made, moved over and dropped for every read (most
/// of them empty), cost more than the facts.
pub struct Facts<'g> {
    pub figures: &'g mut Vec<Figure>,
    pub events: &'g mut Vec<EventMention>,
    pub ongoing: &'g mut Vec<Ongoing>,
    pub expected_ends: &'g mut Vec<ExpectedEnd>,
}

/// Token indices of a span.
fn token_range(tokens: &[Token], span: Span) -> Option<(usize, usize)> {
    let run = crate::text::tokens::covered_range(tokens, span);
    (!run.is_empty()).then_some((run.start, run.end))
}

/// Every event phrase of a sentence: (first token, end token, class), and
/// every ordinal (token, value; `ordinal_value`). Read in one pass, with
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
    events: Vec<(usize, usize, usize)>,
    ordinals: Vec<(usize, f64)>,
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

/// Whether one of the phrases ends just before token `at` (within `reach`
/// tokens), and where it starts.
fn before(tokens: &[Token], at: usize, reach: usize, phrases: &Phrases) -> Option<usize> {
    let from = at.saturating_sub(reach + 3);
    (from..at).rev().find(|&i| {
        phrases
            .all_at(tokens, i)
            .any(|len| i + len <= at && at - (i + len) <= reach)
    })
}

fn is_negation(t: &Token) -> bool {
    t.is_any(&["not", "never", "no", "n't", "nor"]) || t.text.ends_with("n't")
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// Reads the facts of one sentence into the graph's lists (`out`): the
/// figures of `claim` (one of the sentence's claims, if it has any), and,
/// when `sentence_facts`, its events, periods going on and expected endings
/// (read once per sentence). Gives the tokens in a time or in the
/// attribution, which no figure's frame or names hold (none when the read
/// gave no figures). `scanned` is the
/// sentence's `scan`, made once for all its claims, with its ordinals
/// (read only when `sentence_facts`).
#[allow(clippy::too_many_arguments)]
pub fn read(
    out: &mut Facts,
    article: usize,
    claim: Option<(usize, &Claim)>,
    sentence: usize,
    sentence_facts: bool,
    scanned: &Scan,
    tokens: &[Token],
    sentence_times: &[TimeExpr],
    placed_times: &PlacedTimes,
    skip_attribution: &[Span],
    reference: NaiveDate,
    lex: &EventLexicon,
) -> Vec<bool> {
    let first_figure = out.figures.len();
    // The tokens in the sentence's times: marked only for a sentence with
    // ordinals or figures (most have neither), once.
    let mut in_time: Option<Vec<bool>> = None;
    let mark_times = || crate::text::tokens::covered(tokens, sentence_times.iter().map(|x| x.span));
    let Scan {
        events, ordinals, ..
    } = scanned;
    let pronoun = tokens
        .first()
        .filter(|t| t.is_any(PRONOUNS))
        .map(|t| t.text.to_lowercase());
    // Dates as the article fixes them (for telling counts of two days
    // apart).
    let resolved: Vec<(NaiveDate, NaiveDate, TimeKind, Span)> = sentence_times
        .iter()
        .filter(|t| t.kind != TimeKind::Duration)
        .filter_map(|t| Some((t.start?, t.end?, t.kind, t.span)))
        .collect();

    let (claim_index, quantities, times) = match claim {
        Some((k, c)) => (Some(k), &c.quantities[..], &c.times[..]),
        None => (None, &[][..], &[][..]),
    };
    // A wiki-style heading ("= Title ( 1932 film ) =") states no figure.
    let heading_end = if tokens.first().is_some_and(|t| t.is_punct('=')) {
        tokens[1..]
            .iter()
            .position(|t| t.is_punct('='))
            .map_or(tokens.len(), |k| k + 2)
    } else {
        0
    };
    for q in quantities {
        let Some((qa, qb)) = token_range(tokens, q.span) else {
            continue;
        };
        if qa < heading_end {
            continue;
        }
        out.figures.push(count_figure(
            article,
            claim_index,
            sentence,
            tokens,
            (qa, qb),
            q,
            events,
            lex,
            pronoun.clone(),
            &resolved,
            sentence_times.iter().any(names_a_time),
        ));
    }
    for t in times {
        let Some((ta, tb)) = token_range(tokens, t.span) else {
            continue;
        };
        if ta < heading_end {
            continue;
        }
        let (measure, low, high) = match t.kind {
            TimeKind::Duration => {
                let Some(d) = t.duration else { continue };
                let (Some(min), Some(max)) = (d.min, d.max) else {
                    continue;
                };
                (Measure::Duration, min, max)
            }
            _ if t.relative => continue,
            _ => {
                let (Some(s), Some(e)) = (t.start, t.end) else {
                    continue;
                };
                (Measure::Date, day_number(s), day_number(e))
            }
        };
        let (subject, noun) = match measure {
            Measure::Duration => {
                // "five hours of surgery": what the length is of.
                let of = tokens
                    .get(tb)
                    .filter(|x| x.is("of"))
                    .and(tokens.get(tb + 1));
                let noun = of.filter(|x| x.is_word()).map(|x| x.text.to_lowercase());
                (
                    format!(
                        "<duration>{}",
                        noun.as_deref().map(stem).unwrap_or_default()
                    ),
                    noun,
                )
            }
            _ => ("<date>".to_string(), None),
        };
        out.figures.push(Figure {
            article,
            claim: claim_index,
            sentence,
            span: t.span,
            tokens: ta..tb,
            measure,
            low,
            high,
            approximate: false,
            hedged: false,
            unit: None,
            noun,
            subject,
            subject_class: None,
            event: lifespan(tokens, ta, tb, lex)
                .or_else(|| nearest_event_within(events, ta, tb, 8).map(|e| e.1)),
            actor: match lifespan(tokens, ta, tb, lex) {
                Some(_) => {
                    let paren = (ta.saturating_sub(13)..ta)
                        .rev()
                        .find(|&k| tokens[k].is_punct('('));
                    paren
                        .and_then(|k| k.checked_sub(1))
                        .map(|k| stem(tokens[k].text))
                }
                None => nearest_event_within(events, ta, tb, 8)
                    .and_then(|(start, _)| actor_before(tokens, start, lex)),
            },
            modifiers: Vec::new(),
            partial: false,
            change: false,
            np_words: Vec::new(),
            read: 0,
            markers: OnceCell::new(),
            frame: OnceCell::new(),
            names: OnceCell::new(),
            pronoun: pronoun.clone(),
            dates: resolved
                .iter()
                .filter(|r| r.3 != t.span)
                .map(|r| (r.0, r.1))
                .collect(),
            has_time: sentence_times
                .iter()
                .any(|x| x.span != t.span && names_a_time(x)),
        });
    }

    // The events, ordinals, periods and endings: only when asked for.
    if sentence_facts {
        // Ordinals: a rank or a place in a series ("the first poem", "ranked
        // seventh"), compared like figures of their own kind.
        for &(k, value) in ordinals {
            if k < heading_end || in_time.get_or_insert_with(mark_times)[k] {
                continue;
            }
            let t = &tokens[k];
            let end = if t.is_number() { k + 2 } else { k + 1 };
            let span = t.span.cover(tokens[end.min(tokens.len()) - 1].span);
            out.figures.push(Figure {
                article,
                claim: claim_index,
                sentence,
                span,
                tokens: k..end.min(tokens.len()),
                measure: Measure::Count,
                low: value,
                high: value,
                approximate: false,
                hedged: false,
                unit: Some("ordinal".to_string()),
                noun: None,
                subject: "<ordinal>".to_string(),
                subject_class: None,
                event: None,
                modifiers: Vec::new(),
                partial: false,
                change: false,
                np_words: Vec::new(),
                read: 0,
                markers: OnceCell::new(),
                frame: OnceCell::new(),
                names: OnceCell::new(),
                pronoun: pronoun.clone(),
                actor: None,
                dates: resolved.iter().map(|r| (r.0, r.1)).collect(),
                has_time: sentence_times.iter().any(names_a_time),
            });
        }
        // The first date or period placed against the reference date or a
        // stand-in one (`ClaimGraph::references`), for the order of events.
        let first_placed = if events.is_empty() {
            None
        } else {
            placed_times
                .get()
                .iter()
                .filter(|t| t.kind != TimeKind::Duration)
                .find_map(|t| Some((t.start?, t.end?, t.kind, t.span)))
        };
        for &(a, b, class) in events {
            let negated = tokens[a.saturating_sub(3)..a].iter().any(is_negation);
            // A condition reaches back to the clause's start ("if the remaining
            // militants estimated to be around 300 surrendered").
            let clause = tokens[a.saturating_sub(12)..a]
                .iter()
                .rev()
                .take_while(|t| !t.is_punct(',') && !t.is_punct(';'));
            let conditional = clause.into_iter().any(|t| lex.is_conditional_word(t));
            let mode = if conditional {
                Mode::Conditional
            } else if before(tokens, a, 2, &lex.prospective).is_some() {
                Mode::Prospective
            } else if before(tokens, a, 6, &lex.expectation).is_some() {
                Mode::Expected
            } else {
                Mode::Done
            };
            let start = if negated {
                tokens[a.saturating_sub(3)..a]
                    .iter()
                    .position(is_negation)
                    .map(|k| a.saturating_sub(3) + k)
                    .unwrap_or(a)
            } else if mode == Mode::Prospective {
                before(tokens, a, 2, &lex.prospective).unwrap_or(a)
            } else {
                a
            };
            out.events.push(EventMention {
                article,
                claim: claim_index,
                sentence,
                span: tokens[start].span.cover(tokens[b - 1].span),
                class,
                negated,
                mode,
                words: 0,
                at: a,
                actor: OnceCell::new(),
                time: first_placed,
            });
        }

        // A period still going on: an "ongoing" phrase with a duration after it.
        // (Read only when the sentence has a duration at all: most have none.
        // Times still to be read again are read only for a sentence with such
        // a phrase.)
        let is_duration = |t: &TimeExpr| t.kind == TimeKind::Duration;
        let has_duration = match placed_times.known() {
            Some(times) => times.iter().any(is_duration),
            None => {
                (0..tokens.len()).any(|i| lex.ongoing.first_at(tokens, i).is_some())
                    && placed_times.get().iter().any(is_duration)
            }
        };
        let scanned = if has_duration { tokens.len() } else { 0 };
        for i in 0..scanned {
            let Some(len) = lex.ongoing.first_at(tokens, i) else {
                continue;
            };
            let after = i + len;
            let duration = placed_times.get().iter().find(|t| {
                t.kind == TimeKind::Duration
                    && t.span.start >= tokens[after.min(tokens.len() - 1)].span.start
                    && token_range(tokens, t.span).is_some_and(|(s, _)| s <= after + 2)
            });
            if let Some(d) = duration.and_then(|t| Some((t, t.duration?))) {
                let min = d.1.min.unwrap_or(0.0);
                out.ongoing.push(Ongoing {
                    article,
                    claim: claim_index,
                    sentence,
                    span: tokens[i].span.cover(d.0.span),
                    min_days: min,
                    text: span_text(tokens, tokens[i].span.cover(d.0.span)),
                    mentions_end: tokens.iter().any(|t| t.is_word() && lex.is_ending(t)),
                });
            }
        }

        // An ending hoped for at a time that has passed (the time first: most
        // sentences have none; but the words first when the times are still to
        // be read again).
        fn past(times: &[TimeExpr], reference: NaiveDate) -> Option<&TimeExpr> {
            times.iter().find(|t| {
                t.relative && t.kind != TimeKind::Duration && t.end.is_some_and(|e| e < reference)
            })
        }
        let ending = || tokens.iter().any(|t| t.is_word() && lex.is_ending(t));
        let expectation =
            || (0..tokens.len()).any(|i| lex.expectation.first_at(tokens, i).is_some());
        let expected = match placed_times.known() {
            Some(times) => past(times, reference).filter(|_| ending() && expectation()),
            None if ending() && expectation() => past(placed_times.get(), reference),
            None => None,
        };
        if let Some(t) = expected {
            if let (Some(s), Some(end)) = (t.start, t.end) {
                out.expected_ends.push(ExpectedEnd {
                    article,
                    claim: claim_index,
                    sentence,
                    span: t.span,
                    time: (s, end),
                    text: span_text(tokens, t.span),
                });
            }
        }
    }
    figure_skip(
        tokens,
        &out.figures[first_figure..],
        in_time,
        mark_times,
        skip_attribution,
    )
}

/// The times of a sentence placed against the article's reference date or
/// a stand-in one (`ClaimGraph::references`): the sentence's own times, or,
/// for relative times in an article without a date, its times read again
/// against the stand-in date, on first use (most sentences need them for
/// no event, period or ending).
pub struct PlacedTimes<'p, 't> {
    own: &'p [TimeExpr],
    again: Option<(&'p [Token<'t>], &'p crate::expressions::Lexicon, NaiveDate)>,
    made: OnceCell<Vec<TimeExpr>>,
}

impl<'p, 't> PlacedTimes<'p, 't> {
    /// The sentence's own times, placed already.
    pub fn own(times: &'p [TimeExpr]) -> Self {
        PlacedTimes {
            own: times,
            again: None,
            made: OnceCell::new(),
        }
    }

    /// The times of `tokens`, read again against `reference` when first
    /// asked for.
    pub fn again(
        tokens: &'p [Token<'t>],
        lexicon: &'p crate::expressions::Lexicon,
        reference: NaiveDate,
    ) -> Self {
        PlacedTimes {
            own: &[],
            again: Some((tokens, lexicon, reference)),
            made: OnceCell::new(),
        }
    }

    /// The times, if they need no reading.
    fn known(&self) -> Option<&'p [TimeExpr]> {
        match self.again {
            None => Some(self.own),
            Some(_) => None,
        }
    }

    fn get(&self) -> &[TimeExpr] {
        match self.again {
            None => self.own,
            // Only the times are read again, from the tokens made already
            // (times are found before quantities, so the quantities cannot
            // change them).
            Some((tokens, lexicon, reference)) => self.made.get_or_init(|| {
                crate::expressions::time::find(
                    tokens,
                    &mut vec![false; tokens.len()],
                    lexicon,
                    Some(reference),
                )
            }),
        }
    }
}

/// The tokens no figure's frame or names hold: those in a time (`in_time`)
/// or in the attribution (its cue and source). Marked only when the
/// sentence gives figures: most give none.
fn figure_skip(
    tokens: &[Token],
    figures: &[Figure],
    in_time: Option<Vec<bool>>,
    mark_times: impl FnOnce() -> Vec<bool>,
    skip_attribution: &[Span],
) -> Vec<bool> {
    if figures.is_empty() {
        return Vec::new();
    }
    let mut in_time = in_time.unwrap_or_else(mark_times);
    crate::text::tokens::mark_covered(tokens, skip_attribution.iter().copied(), &mut in_time);
    in_time
}

#[allow(clippy::too_many_arguments)]
fn count_figure(
    article: usize,
    claim_index: Option<usize>,
    sentence: usize,
    tokens: &[Token],
    (qa, qb): (usize, usize),
    q: &Quantity,
    events: &[(usize, usize, usize)],
    lex: &EventLexicon,
    pronoun: Option<String>,
    resolved: &[(NaiveDate, NaiveDate, TimeKind, Span)],
    has_time: bool,
) -> Figure {
    // Where the counted noun is: after the figure ("150 militants"), or
    // before it ("the remaining militants estimated to be around 300").
    let noun_at = q.subject.as_ref().and_then(|noun| {
        let after = (qb..tokens.len().min(qb + 6)).find(|&i| tokens[i].is(noun));
        after.or_else(|| {
            (qa.saturating_sub(8)..qa)
                .rev()
                .find(|&i| tokens[i].is(noun))
        })
    });
    let mut noun = q.subject.clone();
    let mut noun_at = noun_at;
    // A figure with no counted noun: the measure before it ("the death toll
    // stood at 48"), else a plural noun that closes a long noun phrase ("four
    // faster dual-GPU GeForce GTX 295 video cards"), else the word after it
    // ("married 5 times", "a 5-inch knife").
    if noun.is_none() {
        const LINKS: &[&str] = &[
            "stood", "was", "is", "were", "are", "rose", "reached", "climbed", "hit", "at", "to",
            "of", "has", "had", "been", "risen", "stands", "now",
        ];
        let mut i = qa;
        while i > 0 && qa - i < 4 && tokens[i - 1].is_any(LINKS) {
            i -= 1;
        }
        if i < qa && i > 0 {
            let w = &tokens[i - 1];
            if w.is_word() && !w.is_capitalized() && !super::text::is_stop(w.text) {
                noun = Some(w.text.to_lowercase());
            }
        }
        if noun.is_none() && q.unit.is_none() {
            let run = (qb..tokens.len().min(qb + 9))
                .take_while(|&i| {
                    let t = &tokens[i];
                    (t.is_word() && !super::text::is_stop_token(t)) || t.is_number() || t.is_dash()
                })
                .last();
            if let Some(last) = run.filter(|&i| i > qb) {
                let w = &tokens[last];
                if w.is_word() && !w.is_capitalized() && w.text.len() > 3 && w.text.ends_with('s') {
                    noun = Some(w.text.to_lowercase());
                    noun_at = Some(last);
                }
            }
        }
        let hyphenated = q.unit.is_some()
            && tokens
                .get(qa..qb)
                .is_some_and(|r| r.iter().any(|t| t.is_dash()));
        if noun.is_none() && (q.unit.is_none() || hyphenated) {
            if let Some(w) = tokens.get(qb).filter(|w| {
                w.is_word() && !w.is_capitalized() && !w.joined && !super::text::is_stop(w.text)
            }) {
                noun = Some(w.text.to_lowercase());
                noun_at = Some(qb);
            }
        }
    }
    let subject_class = noun.as_deref().and_then(|n| lex.subject_class(n));
    let subject = match (subject_class, &noun) {
        (Some(k), _) => lex.subject_name(k).to_string(),
        (None, Some(n)) => stem(n),
        (None, None) => String::new(),
    };
    // The words of the noun phrase: between the figure and its noun, or just
    // before a noun that comes first.
    // (A range: a list of its own, made for each figure, was a hot spot.)
    let np: Range<usize> = match noun_at {
        Some(n) if n >= qb => qb..n,
        Some(n) => n.saturating_sub(2)..n,
        None => 0..0,
    };
    let mut modifiers: Vec<String> = np
        .clone()
        .chain(qa.checked_sub(1))
        .map(|i| crate::text::keys::lower(tokens[i].text))
        .filter(|w| lex.is_distinguishing(w))
        .map(|w| w.into_owned())
        .collect();
    modifiers.sort();
    modifiers.dedup();
    // The event: one named inside the noun phrase, else the nearest.
    let event = events
        .iter()
        .find(|(a, _, _)| np.contains(a))
        .map(|e| e.2)
        .or_else(|| nearest_event_within(events, qa, qb, usize::MAX).map(|e| e.1));
    let partial = before(tokens, qa, 5, &lex.partial).is_some()
        || tokens
            .get(qb)
            .is_some_and(|t| t.is_any(&["more", "others", "other", "additional"]))
        || noun_at
            .and_then(|n| tokens.get(n + 1..n + 3))
            .is_some_and(|w| w[0].is("of") && w[1].is_any(&["whom", "them", "which"]))
        || tokens.get(qb).is_some_and(|t| t.is("of"))
            && tokens
                .get(qb + 1)
                .is_some_and(|t| t.is_any(&["the", "them"]));
    let change = before(tokens, qa, 3, &lex.change).is_some()
        || qa > 0 && tokens[qa - 1].is_any(&["by", "from"]);
    // A conversion in parentheses after a figure ("one million euros (about
    // $1.1 million)") restates that figure; it is not compared on its own.
    let conversion = qa >= 2
        && tokens[qa - 1].is_punct('(')
        && tokens[qa.saturating_sub(5)..qa - 1]
            .iter()
            .any(|t| t.is_number());
    let mut np_words: Vec<String> = np
        .map(|i| &tokens[i])
        .filter(|t| t.is_word() && !super::text::is_stop_token(t))
        .map(|t| t.text.to_lowercase())
        .collect();
    np_words.sort();
    np_words.dedup();
    Figure {
        article,
        claim: claim_index,
        sentence,
        span: q.span,
        tokens: qa..qb,
        measure: Measure::Count,
        low: q.low.unwrap_or(f64::NEG_INFINITY),
        high: q.high.unwrap_or(f64::INFINITY),
        approximate: q.approximate,
        hedged: q.hedge.is_some(),
        unit: q.unit.clone(),
        noun,
        subject,
        subject_class,
        event,
        modifiers,
        partial: partial || conversion,
        change,
        np_words,
        actor: None,
        read: 0,
        markers: OnceCell::new(),
        frame: OnceCell::new(),
        names: OnceCell::new(),
        pronoun,
        dates: resolved.iter().map(|r| (r.0, r.1)).collect(),
        has_time,
    }
}

/// Whether a time expression names a day or a stretch shorter than a year
/// ("on Tuesday", "in August"): a count then belongs to that time. A year
/// ("in 1992") is context, and a length of time is no time at all.
fn names_a_time(t: &TimeExpr) -> bool {
    use chrono::Datelike;
    match t.kind {
        TimeKind::Date => true,
        TimeKind::Duration => false,
        TimeKind::Period => match (t.start, t.end) {
            (Some(s), Some(e)) => {
                !(s.month() == 1 && s.day() == 1 && e.month() == 12 && e.day() == 31)
            }
            _ => true,
        },
    }
}

/// The value of an ordinal at token `k`: a word ("seventh") or digits with
/// a suffix ("138th"). (`scan` reads the words by table; this is what it
/// answers, and what the tests hold it to.)
#[cfg(test)]
fn ordinal_value(tokens: &[Token], k: usize) -> Option<f64> {
    let t = &tokens[k];
    if t.is_word() {
        return super::lexicon::ORDINAL_WORDS
            .iter()
            .position(|w| t.text.eq_ignore_ascii_case(w))
            .map(|p| (p + 1) as f64);
    }
    number_ordinal(tokens, k)
}

/// The value of digits with a suffix at token `k` ("138th").
fn number_ordinal(tokens: &[Token], k: usize) -> Option<f64> {
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

/// The nearest subject-class noun or name before token `at`.
pub(super) fn actor_before(tokens: &[Token], at: usize, lex: &EventLexicon) -> Option<String> {
    let floor = at.saturating_sub(14);
    let mut i = at;
    while i > floor {
        i -= 1;
        let t = &tokens[i];
        // Skip an appositive between commas ("The first BBS, CBBS, went").
        if t.is_punct(',') {
            let open = (floor..i).rev().take(5).find(|&k| tokens[k].is_punct(','));
            if let Some(open) = open {
                if tokens[open + 1..i]
                    .iter()
                    .all(|x| x.is_word() && x.is_capitalized())
                {
                    i = open;
                }
            }
            continue;
        }
        if !t.is_word() {
            continue;
        }
        if let Some(k) = lex.subject_class_of(t) {
            return Some(lex.subject_name(k).to_string());
        }
        // Days and months say when, not who.
        if crate::calendar::month(t.text).is_some() || crate::calendar::weekday(t.text).is_some() {
            continue;
        }
        let opener = i == 0 && (super::text::is_stop_token(t) || t.is_any(PRONOUNS));
        if t.is_capitalized() && !t.is_any(PRONOUNS) && !opener {
            return Some(stem(t.text));
        }
        // The head of a definite noun phrase ("the squadron was disbanded").
        if i > 0 && tokens[i - 1].is_any(&["the", "this", "that"]) && !super::text::is_stop_token(t)
        {
            return Some(stem(t.text));
        }
    }
    None
}

/// A date in a lifespan after a name ("Wundt (August 17, 1832 - August
/// 31, 1920)"): the first is a birth, the second a death.
fn lifespan(tokens: &[Token], ta: usize, tb: usize, lex: &EventLexicon) -> Option<usize> {
    // The parenthesis follows a name.
    let named = |paren: usize| {
        paren > 0 && tokens[paren - 1].is_word() && tokens[paren - 1].is_capitalized()
    };
    let open_before = ta > 1 && tokens[ta - 1].is_punct('(') && named(ta - 1);
    let dash_after = tokens.get(tb).is_some_and(|t| t.is_dash());
    if open_before && dash_after {
        return lex.event_class("birth");
    }
    let dash_before = ta > 0 && tokens[ta - 1].is_dash();
    let close_after = tokens.get(tb).is_some_and(|t| t.is_punct(')'));
    let from = ta.saturating_sub(12);
    let opened = (from..ta).any(|k| tokens[k].is_punct('(') && named(k));
    if dash_before && close_after && opened {
        return lex.event_class("die");
    }
    None
}

/// The nearest event phrase no more than `reach` tokens away: (its first
/// token, its class).
fn nearest_event_within(
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

fn day_number(d: NaiveDate) -> f64 {
    use chrono::Datelike;
    f64::from(d.num_days_from_ce())
}

/// The text of a span within the tokens, words joined as written.
pub(super) fn span_text(tokens: &[Token], span: Span) -> String {
    let mut out = String::new();
    for t in &tokens[crate::text::tokens::covered_range(tokens, span)] {
        if !out.is_empty() && !t.joined {
            out.push(' ');
        }
        out.push_str(t.text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

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
