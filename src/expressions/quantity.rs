//! Quantity expressions: a number (digits, words, a range or a vague amount),
//! the hedge before it, its unit and the noun it counts, as an interval.
//!
//! The interval of each hedge and vague word comes from the lexicon
//! (`rules/lexicon.toml`), which documents them. On top of the lexicon:
//! - a range ("1,000-1,500", "between 20 and 30", "20 to 30", "two or three")
//!   is `[low, high]`; a scale written once applies to both ends ("1-1.5 million");
//! - a count (no unit, whole numbers) has whole-number bounds: a strict bound
//!   steps to the next whole number, an estimate widens to whole numbers;
//! - a figure is `approximate` when hedged as an estimate, vague, or round
//!   (100 or more with at most two significant digits, like 300 or 42,000).
//!
//! Numbers that are not counts are skipped: ordinals (19th), ages ("25-year-old",
//! "aged 40", "Smith, 45,"), years (2019), clock times (10:30, 9 a.m.), names
//! ("Resolution 2254", "Flight 17") and parts of words (COVID-19).

use super::lexicon::{Bound, Hedge, Lexicon};
use super::numbers::{self, Number};
use super::Quantity;
use crate::text::tokens::Token;

/// A unit written after a hyphen, as in a compound adjective ("a 5-inch
/// knife", "a 10-mile walk"): the unit and the number of tokens it takes,
/// the hyphen included.
fn hyphenated_unit<'l>(
    tokens: &[Token],
    at: usize,
    lexicon: &'l Lexicon,
) -> Option<(&'l super::lexicon::Unit, usize)> {
    let dash = tokens.get(at)?;
    if !(dash.is_dash() && dash.joined && tokens.get(at + 1)?.joined) {
        return None;
    }
    lexicon
        .unit_after(tokens, at + 1)
        .map(|(u, len)| (u, len + 1))
}

/// Function words that end a noun phrase.
const STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "of",
    "to",
    "from",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "into",
    "onto",
    "and",
    "or",
    "but",
    "nor",
    "as",
    "than",
    "who",
    "which",
    "whom",
    "whose",
    "what",
    "were",
    "was",
    "are",
    "is",
    "be",
    "been",
    "being",
    "had",
    "have",
    "has",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "did",
    "do",
    "does",
    "said",
    "says",
    "say",
    "told",
    "it",
    "its",
    "they",
    "them",
    "their",
    "he",
    "she",
    "his",
    "her",
    "we",
    "our",
    "you",
    "per",
    "each",
    "every",
    "more",
    "less",
    "fewer",
    "most",
    "also",
    "not",
    "no",
    "only",
    "just",
    "still",
    "about",
    "after",
    "before",
    "since",
    "until",
    "while",
    "when",
    "where",
    "during",
    "including",
    "among",
    "against",
    "between",
    "through",
    "across",
    "over",
    "under",
    "there",
    "here",
    "so",
    "then",
    "if",
    "ago",
    "later",
    "earlier",
    "old",
    "percent",
    "times",
    "out",
    "up",
    "down",
    "off",
    "away",
    "back",
    "all",
    "both",
    "some",
    "other",
    "another",
    "such",
    "like",
    "via",
    "per",
    "cent",
    "my",
    "your",
];

/// Plural nouns that do not end in -s, and collective nouns counted as plural.
const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "police",
    "personnel",
    "staff",
    "troops",
    "cattle",
    "sheep",
    "livestock",
    "aircraft",
    "fish",
    "deer",
    "feet",
    "teeth",
    "mice",
    "geese",
    "youth",
    "crew",
    "militia",
    "infantry",
    "clergy",
    "folk",
    "offspring",
    "data",
    "media",
    "criteria",
    "refugees",
];

/// Words ending in -s that are not plural nouns.
const NOT_PLURAL: &[&str] = &[
    "this",
    "its",
    "has",
    "was",
    "is",
    "does",
    "goes",
    "yes",
    "always",
    "perhaps",
    "sometimes",
    "besides",
    "towards",
    "afterwards",
    "nevertheless",
    "whereas",
    "thus",
    "gas",
    "bus",
    "plus",
    "bonus",
    "status",
    "focus",
    "virus",
    "census",
    "campus",
    "consensus",
    "chaos",
    "bias",
    "alias",
    "canvas",
    "atlas",
    "lens",
    "news",
    "various",
    "previous",
    "serious",
    "famous",
    "numerous",
    "us",
    "as",
    "less",
    "unless",
    "across",
    "process",
    "access",
    "success",
    "progress",
    "address",
    "congress",
    "press",
    "business",
    "witness",
    "loss",
    "class",
    "mass",
    "cross",
    "crisis",
    "analysis",
    "basis",
    "thesis",
    "emphasis",
    "hers",
    "ours",
    "yours",
    "theirs",
    "whereabouts",
    "overseas",
    "likes",
    "remains",
    "says",
    "means",
];

/// Lower-case words after which a number is a label, not a count.
const LABELS: &[&str] = &[
    "year",
    "no",
    "number",
    "page",
    "pages",
    "chapter",
    "article",
    "section",
    "room",
    "flight",
    "route",
    "highway",
    "gate",
    "platform",
    "episode",
    "season",
    "volume",
    "vol",
    "version",
    "grade",
    "level",
    "phase",
    "stage",
    "round",
    "category",
    "class",
    "paragraph",
    "clause",
    "item",
    "exhibit",
    "lane",
    "floor",
    "apartment",
    "unit",
    "suite",
    "box",
    "tier",
    "zone",
    "district",
    "ward",
    "precinct",
    "game",
    "match",
];

/// Words after a number that mark it as a time of day.
const CLOCK: &[&str] = &[
    "a.m", "p.m", "am", "pm", "gmt", "utc", "est", "edt", "bst", "cet", "local", "hrs", "o'clock",
];

/// A function word that ends a noun phrase (`STOP`): looked up by key,
/// not compared with each word of the list (it is asked of every word of a
/// counted noun phrase).
fn is_stop(t: &Token) -> bool {
    crate::word_set!(STOP).contains_token(t)
}

/// A word that marks a number before it as a time of day (`CLOCK`).
fn is_clock(t: &Token) -> bool {
    crate::word_set!(CLOCK).contains_token(t)
}

/// The quantities of a sentence, given the tokens a figure may be built
/// on (`super::Held`'s figures), in order: only the tokens within
/// `figure_reach` before one are read.
pub(super) fn find(
    tokens: &[Token],
    used: &mut [bool],
    lexicon: &Lexicon,
    figures: &[usize],
) -> Vec<Quantity> {
    let reach = figure_reach(lexicon);
    let mut out = Vec::new();
    let mut ahead = figures.iter().copied().peekable();
    let mut i = 0;
    while i < tokens.len() {
        while ahead.next_if(|&f| f < i).is_some() {}
        // Tokens further than `reach` before every number, number word,
        // scale word and vague amount begin no figure (checked against the
        // full reading in debug builds).
        let stop = ahead
            .peek()
            .map_or(tokens.len(), |&f| f.saturating_sub(reach));
        if i < stop {
            debug_assert!((i..stop).all(|j| used[j] || reads_nothing(tokens, used, j, lexicon)));
            i = stop;
            continue;
        }
        if used[i] {
            i += 1;
            continue;
        }
        // A figure begins with a hedge, a unit symbol, "between", a vague
        // amount or a number, and more than three tokens before the token
        // it is built on only with a hedge or a unit symbol (`read_at`):
        // skip other tokens without trying every pattern (checked against
        // the full reading in debug builds).
        let far = ahead.peek().is_some_and(|&f| f > i + 3);
        let t = &tokens[i];
        if far && !lexicon.starts_hedge_or_unit_before(t) || !far && !may_begin(t, lexicon) {
            debug_assert!(reads_nothing(tokens, used, i, lexicon));
            i += 1;
            continue;
        }
        match read_at(tokens, used, i, lexicon, figures) {
            Reading::Quantity(q, end) => {
                used[i..end].iter_mut().for_each(|u| *u = true);
                out.push(q);
                i = end;
            }
            Reading::NotACount(end) => {
                used[i..end].iter_mut().for_each(|u| *u = true);
                i = end;
            }
            Reading::Nothing => i += 1,
        }
    }
    out
}

/// How many tokens a figure may begin before the token it is built on:
/// three hedges of the lexicon's longest and a unit written before the
/// number, then "between half a" before a scale word ("between half a
/// million and a million").
fn figure_reach(lexicon: &Lexicon) -> usize {
    3 * lexicon.longest_hedge() + lexicon.longest_unit_before() + 3
}

/// Whether a figure may begin at a token: a number, a word that
/// `numbers::read` starts at (a number word, "a", "an", "half"),
/// "between", or the first word of a hedge, a unit written before the number
/// or a vague amount.
fn may_begin(t: &Token, lexicon: &Lexicon) -> bool {
    t.is_number()
        || lexicon.starts_figure_phrase(t)
        || t.is_word()
            && (numbers::number_word(t).is_some() || t.is_any(&["a", "an", "half", "between"]))
}

enum Reading {
    Quantity(Quantity, usize),
    /// A number that is not a count (ordinal, age, year, clock time, name).
    NotACount(usize),
    Nothing,
}

/// What the figure is, before hedges: `[low, high]` as written.
struct Base {
    low: f64,
    high: f64,
    vague: bool,
    spelled_one: bool,
    round: bool,
    /// Token index of the first number, for the not-a-count filters.
    first: Option<Number>,
}

/// Whether a figure read at `i` with every token taken for one that a
/// figure may be built on is nothing (for the checks of debug builds).
fn reads_nothing(tokens: &[Token], used: &[bool], i: usize, lexicon: &Lexicon) -> bool {
    let every: Vec<usize> = (0..tokens.len()).collect();
    matches!(read_at(tokens, used, i, lexicon, &every), Reading::Nothing)
}

/// The figure that begins at `i`, given the tokens a figure may be built
/// on (`super::Held`'s figures), in order.
fn read_at(
    tokens: &[Token],
    used: &[bool],
    i: usize,
    lexicon: &Lexicon,
    figures: &[usize],
) -> Reading {
    let free = |j: usize| j < tokens.len() && !used[j];
    let mut k = i;
    let mut hedges = Vec::new();
    while hedges.len() < 3 {
        match lexicon.hedge_at(tokens, k) {
            Some((hedge, len)) if (k..k + len).all(free) => {
                hedges.push(hedge);
                k += len;
            }
            _ => break,
        }
    }
    let mut unit = None;
    if let Some((u, len)) = lexicon.unit_before(tokens, k) {
        if (k..k + len).all(free) {
            unit = Some(u.name.as_str());
            k += len;
        }
    }
    if !free(k) {
        return Reading::Nothing;
    }
    // What follows the hedges and the unit is built on a token from `k`
    // to `k + 3` ("between half a million"): with none there, as at most
    // words a hedge may begin with, there is nothing to read.
    let next = figures.partition_point(|&f| f < k);
    if figures.get(next).is_none_or(|&f| f > k + 3) {
        debug_assert!(matches!(
            read_figure(tokens, used, i, k, &hedges, unit, lexicon),
            Reading::Nothing
        ));
        return Reading::Nothing;
    }
    // Nor is there at a word no figure begins with: most tokens read are
    // "in", "as", "on" or "at" a little before a number, where a hedge
    // ("in excess of", "as many as") may begin but does not.
    if !may_begin_figure(&tokens[k], lexicon) {
        debug_assert!(matches!(
            read_figure(tokens, used, i, k, &hedges, unit, lexicon),
            Reading::Nothing
        ));
        return Reading::Nothing;
    }
    read_figure(tokens, used, i, k, &hedges, unit, lexicon)
}

/// Whether `read_figure` may read a figure at a token: "between" or
/// "from" before a range, the first word of a vague amount, or a number
/// as `numbers::read` begins one (digits, a number word, "a", "an" or
/// "half" before a scale word).
fn may_begin_figure(t: &Token, lexicon: &Lexicon) -> bool {
    t.is_number()
        || lexicon.starts_vague(t)
        || t.is_word()
            && (numbers::number_word(t).is_some()
                || t.is_any(&["a", "an", "half", "between", "from"]))
}

/// The figure that begins at `i`, after the hedges and the unit written
/// before the number, which end at `k`.
fn read_figure<'l>(
    tokens: &[Token],
    used: &[bool],
    i: usize,
    k: usize,
    hedges: &[&Hedge],
    mut unit: Option<&'l str>,
    lexicon: &'l Lexicon,
) -> Reading {
    let free = |j: usize| j < tokens.len() && !used[j];
    let money = unit.is_some();
    let (base, mut end) = if tokens[k].is("between") || tokens[k].is("from") {
        // "between 20 and 30"; "from 20 to 30" is a change, not a range: the
        // numbers are read one by one.
        if !tokens[k].is("between") {
            return Reading::Nothing;
        }
        match range_between(tokens, k + 1, money, lexicon) {
            Some((base, end)) if (k..end).all(free) => (base, end),
            _ => return Reading::Nothing,
        }
    } else if let Some((vague, len)) = lexicon.vague_at(tokens, k) {
        // A hedge before a vague amount is usually a verb's particle ("hand
        // over billions"): the vague amount is read on its own.
        if !hedges.is_empty() {
            return Reading::Nothing;
        }
        let mut end = k + len;
        let (mut low, mut high) = (vague.low, vague.high);
        if vague.scalable {
            if let Some(scale) = tokens.get(end).and_then(|t| {
                if t.is("dozen") {
                    Some(12.0)
                } else {
                    numbers::scale_word(t, money)
                }
            }) {
                low *= scale;
                high *= scale;
                end += 1;
            }
        }
        if !(k..end).all(free) {
            return Reading::Nothing;
        }
        (
            Base {
                low,
                high,
                vague: true,
                spelled_one: false,
                round: false,
                first: None,
            },
            end,
        )
    } else if let Some(number) = numbers::read(tokens, k, money) {
        if !(k..number.end).all(free) {
            return Reading::Nothing;
        }
        let unit_follows = lexicon.unit_after(tokens, number.end).is_some()
            || hyphenated_unit(tokens, number.end, lexicon).is_some();
        if let Some(skip) = not_a_count(
            tokens,
            k,
            &number,
            hedges.is_empty() && unit.is_none(),
            unit_follows,
        ) {
            return Reading::NotACount(skip);
        }
        let (low, high, end) = match range_tail(tokens, &number, money, lexicon) {
            Some((low, high, end)) if (number.end..end).all(free) => (low, high, end),
            _ => (number.value, number.value, number.end),
        };
        (
            Base {
                low,
                high,
                vague: false,
                spelled_one: number.spelled && number.value == 1.0 && low == high,
                round: low == high && (is_round(low) || (number.spelled && number.scaled)),
                first: Some(number),
            },
            end,
        )
    } else {
        return Reading::Nothing;
    };

    // Unit and suffix hedge after the figure ("5 inches", "a 5-inch knife").
    if unit.is_none() {
        if let Some((u, len)) = lexicon
            .unit_after(tokens, end)
            .or_else(|| hyphenated_unit(tokens, end, lexicon))
        {
            if (end..end + len).all(free) {
                unit = Some(u.name.as_str());
                end += len;
            }
        }
    }
    let mut suffix = None;
    if let Some((h, len)) = lexicon.suffix_at(tokens, end) {
        if (end..end + len).all(free) {
            suffix = Some(h);
            end += len;
        }
    }

    // The counted noun: after the figure ("300 militants", "dozens of civilians",
    // "62 percent of voters"), else just before it ("the militants, estimated at 300").
    let after_of = tokens.get(end).is_some_and(|t| t.is("of"));
    let noun = if after_of {
        let mut j = end + 1;
        while tokens.get(j).is_some_and(|t| {
            t.is_any(&[
                "the", "their", "its", "these", "those", "them", "my", "our", "your", "his", "her",
            ])
        }) {
            j += 1;
        }
        noun_phrase(tokens, j, unit.is_some())
    } else {
        noun_phrase(tokens, end, base.spelled_one)
    };
    // A suffix hedge may follow the noun: "100 people or more".
    if let (None, Some((_, noun_end))) = (suffix, &noun) {
        if let Some((h, len)) = lexicon.suffix_at(tokens, *noun_end) {
            if (end..noun_end + len).all(free) && !after_of {
                suffix = Some(h);
                end = noun_end + len;
            }
        }
    }
    let subject = noun.map(|(s, _)| s).or_else(|| {
        if base.first.is_some_and(|n| n.value == 1.0) {
            None
        } else {
            noun_before(tokens, i)
        }
    });

    // "one" as a pronoun ("one of them", "no one") is not a count.
    if base.spelled_one && (subject.is_none() || after_of) {
        return Reading::NotACount(end);
    }
    // A bare number word with nothing counted and no hedge is usually not a figure ("the two met").
    if base.first.is_some_and(|n| n.spelled && !n.scaled)
        && subject.is_none()
        && hedges.is_empty()
        && unit.is_none()
        && suffix.is_none()
        && !tokens[k].is_capitalized()
    {
        return Reading::NotACount(end);
    }

    let count = unit.is_none() && base.low.fract() == 0.0 && base.high.fract() == 0.0;
    let mut q = Quantity {
        span: tokens[i].span.cover(tokens[end - 1].span),
        low: Some(base.low),
        high: Some(base.high),
        low_exclusive: false,
        high_exclusive: false,
        approximate: base.vague || base.round,
        unit: unit.map(str::to_string),
        subject,
        hedge: None,
    };
    // The hedge nearest the number decides the interval; any estimate marks it approximate.
    if let Some(hedge) = hedges.last() {
        apply(&mut q, hedge.bound, hedge.margin);
        q.hedge = Some(
            tokens[i..k]
                .iter()
                .map(|t| t.text.to_lowercase())
                .collect::<Vec<_>>()
                .join(" "),
        );
        q.hedge = q.hedge.map(|h| {
            h.trim_end_matches([' ', '$', '€', '£'])
                .trim_end_matches(" us")
                .to_string()
        });
    }
    q.approximate |= hedges.iter().any(|h| h.bound.is_approximate());
    if let Some(h) = suffix {
        apply(&mut q, h.bound, h.margin);
        q.approximate |= h.bound.is_approximate();
    }
    if count {
        to_whole_numbers(&mut q);
    }
    Reading::Quantity(q, end)
}

/// Applies a hedge's bound to the interval.
fn apply(q: &mut Quantity, bound: Bound, margin: f64) {
    let (low, high) = (q.low.unwrap_or(0.0), q.high.unwrap_or(low_or(q)));
    match bound {
        Bound::Above => {
            q.low = Some(high);
            q.low_exclusive = true;
            q.high = None;
        }
        Bound::AtLeast => q.high = None,
        Bound::Below => {
            q.high = Some(low);
            q.high_exclusive = true;
            q.low = None;
        }
        Bound::AtMost => q.low = None,
        Bound::Around => {
            q.low = q.low.map(|l| l * (1.0 - margin));
            q.high = q.high.map(|h| h * (1.0 + margin));
        }
        Bound::Nearly => {
            q.low = Some(low * (1.0 - margin));
            q.high = Some(high);
            q.high_exclusive = true;
        }
        Bound::Exactly => {}
    }
}

fn low_or(q: &Quantity) -> f64 {
    q.low.unwrap_or(0.0)
}

/// A count's bounds as whole numbers: strict bounds step inward, estimates widen outward.
fn to_whole_numbers(q: &mut Quantity) {
    // Products like 1600 × 1.1 carry floating-point noise: clear it before
    // rounding. Above a billion the scaling itself would lose precision
    // (found by fuzzing: "777777777777" became [777777777777, 777777777776]).
    let clean = |x: f64| {
        if x.abs() < 1e9 {
            (x * 1e6).round() / 1e6
        } else {
            x
        }
    };
    if let Some(low) = q.low.map(clean) {
        q.low = Some(if q.low_exclusive {
            low.floor() + 1.0
        } else {
            low.ceil()
        });
        if q.low_exclusive {
            q.low_exclusive = false;
        } else if q.approximate {
            q.low = Some(low.floor());
        }
    }
    if let Some(high) = q.high.map(clean) {
        q.high = Some(if q.high_exclusive {
            high.ceil() - 1.0
        } else if q.approximate {
            high.ceil()
        } else {
            high.floor()
        });
        q.high_exclusive = false;
    }
    // Strict bounds on both sides of one whole number ("more than 5 and
    // fewer than 6") leave no whole number: keep the interval non-empty.
    if let (Some(low), Some(high)) = (q.low, q.high) {
        if high < low {
            q.high = Some(low);
        }
    }
}

/// 100 or more with at most two significant digits (300, 150, 42,000, 1.5 million).
fn is_round(value: f64) -> bool {
    if value < 100.0 || value.fract() != 0.0 || value > 1e15 {
        return false;
    }
    let mut v = value as u64;
    while v % 10 == 0 {
        v /= 10;
    }
    v < 100
}

/// "between 20 and 30" starting after "between".
fn range_between(
    tokens: &[Token],
    i: usize,
    money: bool,
    lexicon: &Lexicon,
) -> Option<(Base, usize)> {
    let a = numbers::read(tokens, i, money)?;
    // "between 10% and 15%": a unit may follow the first number too.
    let mut j = a.end;
    if let Some((_, len)) = lexicon.unit_after(tokens, j) {
        j += len;
    }
    if !tokens.get(j)?.is("and") {
        return None;
    }
    let mut j = j + 1;
    if tokens
        .get(j)
        .is_some_and(|t| matches!(t.text, "$" | "€" | "£"))
    {
        j += 1;
    }
    let b = numbers::read(tokens, j, money)?;
    let (low, high) = scale_pair(&a, &b, tokens);
    (low < high).then_some((
        Base {
            low,
            high,
            vague: false,
            spelled_one: false,
            round: false,
            first: Some(a),
        },
        b.end,
    ))
}

/// The rest of a range after its first number: "-1,500", "to 30", "or three".
fn range_tail(
    tokens: &[Token],
    a: &Number,
    money: bool,
    lexicon: &Lexicon,
) -> Option<(f64, f64, usize)> {
    let sep = tokens.get(a.end)?;
    let dash = sep.is_dash() && sep.joined && tokens.get(a.end + 1).is_some_and(|t| t.joined);
    let spaced_dash = sep.is_dash() && sep.text != "-";
    let to = sep.is("to") && !(a.start > 0 && tokens[a.start - 1].is("from"));
    let or = sep.is("or");
    if !(dash || spaced_dash || to || or) {
        return None;
    }
    let mut j = a.end + 1;
    if lexicon.unit_before(tokens, j).is_some() {
        j += 1;
    }
    let b = numbers::read(tokens, j, money)?;
    if b.spelled != a.spelled && !dash {
        return None;
    }
    let (low, high) = scale_pair(a, &b, tokens);
    if low >= high || (or && high > 2.0 * low + 1.0) {
        return None;
    }
    Some((low, high, b.end))
}

/// Both ends of a range, with a scale written only after the second ("1-1.5 million").
fn scale_pair(a: &Number, b: &Number, tokens: &[Token]) -> (f64, f64) {
    let mut low = a.value;
    if !a.scaled && b.scaled && !a.spelled {
        if let Some(scale) = numbers::scale_word(&tokens[b.end - 1], true) {
            if a.value * scale <= b.value {
                low = a.value * scale;
            }
        }
    }
    (low, b.value)
}

/// Whether the number at `k` is an ordinal, age, year, clock time or part of a
/// name; returns the end of what to skip.
fn not_a_count(
    tokens: &[Token],
    k: usize,
    number: &Number,
    bare: bool,
    unit_follows: bool,
) -> Option<usize> {
    let token = &tokens[k];
    if number.spelled {
        return None;
    }
    let next = tokens.get(k + 1);
    let next2 = tokens.get(k + 2);
    // Ordinals: 19th, 2nd.
    if next.is_some_and(|t| t.joined && t.is_any(&["st", "nd", "rd", "th"])) {
        return Some(k + 2);
    }
    // Ages: "25-year-old", "25 years old", "aged 25".
    if next.is_some_and(|t| t.is_dash() && t.joined)
        && next2.is_some_and(|t| t.joined && t.text.to_ascii_lowercase().starts_with("year"))
    {
        return Some(k + 3);
    }
    if next.is_some_and(|t| t.is_any(&["year", "years"])) && next2.is_some_and(|t| t.is("old")) {
        return Some(k + 3);
    }
    if k > 0 && tokens[k - 1].is_any(&["aged", "age", "ages"]) {
        return Some(k + 1);
    }
    // A number that labels something: "year 13", "page 5", "world No. 5".
    if k > 0 && crate::word_set!(LABELS).contains_token(&tokens[k - 1])
        || k > 1
            && tokens[k - 1].text == "."
            && crate::word_set!(LABELS).contains_token(&tokens[k - 2])
    {
        return Some(k + 1);
    }
    // A ratio: "one in 5 students".
    if k > 1
        && tokens[k - 1].is("in")
        && (tokens[k - 2].is_number() || numbers::small_number_word(tokens[k - 2].text).is_some())
    {
        return Some(k + 1);
    }
    // A list marker: "1." or "2)" opening a sentence.
    if k == 0 && bare && next.is_some_and(|t| t.text == "." || t.text == ")") && tokens.len() <= 3 {
        return Some(k + 2);
    }
    // A compound adjective ("3-ounce servings", "a 400-20 vote"): the number
    // measures or scores, it does not count the noun.
    if next.is_some_and(|t| t.is_dash() && t.joined) && next2.is_some_and(|t| t.joined) {
        if let Some(second) = next2
            .filter(|t| t.is_number())
            .and_then(|t| t.number_value())
        {
            if second <= number.value {
                return Some(k + 3);
            }
        } else if next2.is_some_and(|t| t.is_word()) && !unit_follows {
            return Some(k + 3);
        }
    }
    // Digits written against letters that are neither a scale, a unit nor a
    // clock word: an identifier ("1OAK", "3D", "4G").
    if next.is_some_and(|t| t.joined && t.is_word() && !is_clock(t) && !t.is("s"))
        && !unit_follows
        && !number.scaled
    {
        return Some(k + 2);
    }
    // Clock times: 10:30, 9 a.m., 1400 GMT.
    if next.is_some_and(|t| t.joined && t.text == ":") || next.is_some_and(is_clock) {
        let mut end = k + 1;
        while tokens
            .get(end)
            .is_some_and(|t| t.joined && (t.text == ":" || t.is_number() || is_clock(t)))
        {
            end += 1;
        }
        if tokens.get(end).is_some_and(is_clock) {
            end += 1;
        }
        return Some(end);
    }
    if !bare || number.scaled {
        return None;
    }
    let plural_follows = next.is_some_and(|t| is_plural_noun(t));
    // Years standing alone: 4 digits between 1800 and 2100.
    if token.is_plain_integer()
        && token.text.len() == 4
        && (1800.0..=2100.0).contains(&number.value)
        && !plural_follows
    {
        return Some(k + 1);
    }
    // An age in apposition: "Smith, 45, said".
    if k >= 2
        && tokens[k - 1].text == ","
        && tokens[k - 2].is_capitalized()
        && next.is_some_and(|t| t.text == ",")
        && number.value < 120.0
    {
        return Some(k + 1);
    }
    // A name: "Resolution 2254", "Flight 17", "Apollo 11" (a capitalised word
    // that does not open the sentence, then a plain number, no counted noun).
    if k >= 2
        && tokens[k - 1].is_word()
        && tokens[k - 1].is_capitalized()
        && token.is_plain_integer()
        && !plural_follows
    {
        let prev = tokens[k - 1].text;
        if crate::calendar::month(prev).is_none() && numbers::small_number_word(prev).is_none() {
            return Some(k + 1);
        }
    }
    // Part of a code or identifier written against letters: "A320", "No.5".
    if token.joined && k > 0 && tokens[k - 1].is_word() {
        return Some(k + 1);
    }
    None
}

/// The counted noun starting at `i`: up to three modifiers, then a plural noun
/// (or, for "one", any noun). A product or model name among the modifiers
/// ("four GeForce GTX 295 video cards") may run longer, with its numbers.
fn noun_phrase(tokens: &[Token], i: usize, singular_ok: bool) -> Option<(String, usize)> {
    let mut j = i;
    let mut reach = i + 4;
    while j < tokens.len() && j < reach {
        let t = &tokens[j];
        if !t.is_word() {
            if t.is_dash() && (t.joined || tokens.get(j + 1).is_some_and(|n| n.is_word())) {
                reach = (reach + 1).min(i + 10);
                j += 1;
                continue;
            }
            // A model number after a name ("GTX 295").
            if t.is_number() && j > i && tokens[j - 1].is_capitalized() && j + 1 < tokens.len() {
                reach = (reach + 1).min(i + 10);
                j += 1;
                continue;
            }
            return None;
        }
        if t.is_capitalized() && j > i {
            reach = (reach + 1).min(i + 10);
        }
        // An acronym ("IS militants", "US troops") modifies the noun; "IS" is not "is".
        let acronym = t.text.len() > 1 && t.text.chars().all(|c| c.is_uppercase());
        if acronym {
            j += 1;
            continue;
        }
        if is_stop(t) {
            return None;
        }
        if is_plural_noun(t) || (singular_ok && !t.is_capitalized() && is_nounish(tokens, j)) {
            return Some((t.text.to_lowercase(), j + 1));
        }
        j += 1;
    }
    None
}

/// A word that the next word does not continue: the head of "one group reportedly made".
fn is_nounish(tokens: &[Token], j: usize) -> bool {
    match tokens.get(j + 1) {
        None => true,
        Some(next) => {
            !next.is_word()
                || is_stop(next)
                || next.text.ends_with("ed")
                || next.text.ends_with("ly")
                || next.text.ends_with('s')
        }
    }
}

/// A plural noun just before the figure: "the militants, estimated at 300".
fn noun_before(tokens: &[Token], i: usize) -> Option<String> {
    let mut j = i.checked_sub(1)?;
    if tokens[j].text == "," {
        j = j.checked_sub(1)?;
    }
    let t = &tokens[j];
    (t.is_word() && is_plural_noun(t)).then(|| t.text.to_lowercase())
}

/// Whether a word is a plural noun (by the irregular list or an -s ending).
pub(crate) fn is_plural_noun(t: &Token) -> bool {
    if !t.is_word() {
        return false;
    }
    if t.ascii {
        return is_plural_ascii(t);
    }
    let text = t.text;
    // Borrowed for a word already in lower case (most), and looked up in
    // word sets by key, not compared with each word of a list.
    let lower = crate::text::keys::lower(text);
    if crate::word_set!(IRREGULAR_PLURALS).contains(&lower) {
        return true;
    }
    // Acronyms ("IS", "ISIS") are not plurals; "IEDs" is.
    if text
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_uppercase())
    {
        return false;
    }
    lower.len() >= 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("'s")
        && !lower.ends_with("’s")
        && !crate::word_set!(NOT_PLURAL).contains(&lower)
        && !lower.contains('.')
}

/// `is_plural_noun` for a word all in ASCII: its key is its lower case's,
/// so the lists are looked up by it, and the endings are read in either
/// case, with no lower-case copy made (a capitalised word's was one
/// allocation a noun looked at).
fn is_plural_ascii(t: &Token) -> bool {
    debug_assert!(t.ascii && t.text.is_ascii());
    if crate::word_set!(IRREGULAR_PLURALS).contains_token(t) {
        return true;
    }
    let text = t.text.as_bytes();
    // Acronyms ("IS", "ISIS") are not plurals; "IEDs" is.
    if text
        .iter()
        .filter(|b| b.is_ascii_alphabetic())
        .all(|b| b.is_ascii_uppercase())
    {
        return false;
    }
    let n = text.len();
    let lower = |k: usize| text[k].to_ascii_lowercase();
    n >= 3
        && lower(n - 1) == b's'
        && !matches!(lower(n - 2), b's' | b'u' | b'\'')
        && !crate::word_set!(NOT_PLURAL).contains_token(t)
        && !text.contains(&b'.')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;
    use crate::text::Span;

    /// ASCII words take the byte path, the others the lower-case copy; both
    /// give the same answers for words that differ only in their letters.
    #[test]
    fn plural_nouns_alike_in_ascii_and_not() {
        for (word, plural) in [
            ("troops", true),
            ("People", true),
            ("IEDs", true),
            ("villages", true),
            ("Villages", true),
            ("IS", false),
            ("ISIS", false),
            ("VILLAGES", false),
            ("class", false),
            ("virus", false),
            ("famous", false),
            ("its", false),
            ("Sometimes", false),
            ("is", false),
            ("as", false),
            ("U.S", false),
            ("village", false),
            ("Reuters's", false),
            ("Reuters’s", false),
            ("cafés", true),
            ("Émigrés", true),
            ("ÉMIGRÉS", false),
            ("naïf", false),
        ] {
            let tokens = tokenize(word, Span::new(0, word.len()));
            assert_eq!(tokens.len(), 1, "{word}");
            assert_eq!(is_plural_noun(&tokens[0]), plural, "{word}");
        }
    }

    /// At a token `may_begin_figure` turns away, `read_figure` reads
    /// nothing, with money or without, in hostile sentences and in seeded
    /// random ones.
    #[test]
    fn figures_begin_where_may_begin_figure_says() {
        let lexicon = Lexicon::builtin();
        let vocabulary = [
            "a",
            "an",
            "A",
            "half",
            "between",
            "Between",
            "from",
            "and",
            "to",
            "or",
            "dozen",
            "hundred",
            "million",
            "bn",
            "m",
            "k",
            "one",
            "Two",
            "twenty-five",
            "3",
            "1,000",
            "2.5",
            "-",
            "$",
            "%",
            "percent",
            "dozens",
            "few",
            "couple",
            "of",
            "handful",
            "several",
            "tens",
            "thousands",
            "people",
            "in",
            "as",
            "on",
            "at",
            "more",
            "than",
            "about",
            "up",
            "some",
            "the",
            "years",
            "19th",
            "2019",
            ",",
            "or",
            "so",
            "odd",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut texts = vec![
            "between 20 and 30 people, from 20 to 30, a dozen, half a million, a few dozen"
                .to_string(),
            "in as on at about up some the dozens of tens of thousands 3 bn $5m".to_string(),
        ];
        for _ in 0..2000 {
            let n = 3 + (state % 12) as usize;
            let words: Vec<&str> = (0..n)
                .map(|_| {
                    crate::xorshift(&mut state);
                    vocabulary[(state % vocabulary.len() as u64) as usize]
                })
                .collect();
            texts.push(words.join(" "));
        }
        for text in &texts {
            let tokens = tokenize(text, Span::new(0, text.len()));
            let used = vec![false; tokens.len()];
            for (i, t) in tokens.iter().enumerate() {
                if may_begin_figure(t, &lexicon) {
                    continue;
                }
                for unit in [None, Some("USD")] {
                    assert!(
                        matches!(
                            read_figure(&tokens, &used, i, i, &[], unit, &lexicon),
                            Reading::Nothing
                        ),
                        "{text} at {}",
                        t.text
                    );
                }
            }
        }
    }

    /// `is_plural_noun` as it read every word: through a lower-case copy.
    fn is_plural_lowered(t: &Token) -> bool {
        if !t.is_word() {
            return false;
        }
        let text = t.text;
        let lower = crate::text::keys::lower(text);
        if crate::word_set!(IRREGULAR_PLURALS).contains(&lower) {
            return true;
        }
        if text
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase())
        {
            return false;
        }
        lower.len() >= 3
            && lower.ends_with('s')
            && !lower.ends_with("ss")
            && !lower.ends_with("us")
            && !lower.ends_with("'s")
            && !lower.ends_with("’s")
            && !crate::word_set!(NOT_PLURAL).contains(&lower)
            && !lower.contains('.')
    }

    /// The ASCII reading of plurals is the lower-case one, over the lists'
    /// words in three cases, endings and seeded random words.
    #[test]
    fn plural_ascii_reading_is_the_lowered_one() {
        let mut words: Vec<String> = Vec::new();
        for w in IRREGULAR_PLURALS.iter().chain(NOT_PLURAL).chain(STOP) {
            words.push(w.to_string());
            words.push(w.to_uppercase());
            let mut c = w.chars();
            words.extend(
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect::<String>()),
            );
        }
        for w in [
            "IEDs", "IS", "ISIS", "U.S.s", "troops", "Troops", "TROOPS", "bus", "Bus", "class",
            "CLASS", "Syria's", "SYRIA'S", "ss", "us", "s", "as", "gas", "Gas", "Mrs", "MPs",
            "a.s", "x-rays", "X-RAYS", "e.g.s", "'s", "s's", "days", "DAYS", "Days",
        ] {
            words.push(w.to_string());
        }
        let letters = b"asuSU'.-eyAEio";
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..5000 {
            crate::xorshift(&mut state);
            let len = 1 + (state % 7) as usize;
            words.push(
                (0..len)
                    .map(|k| {
                        char::from(letters[((state >> (5 * k)) % letters.len() as u64) as usize])
                    })
                    .collect(),
            );
        }
        for w in &words {
            for t in tokenize(w, Span::new(0, w.len())) {
                assert_eq!(is_plural_noun(&t), is_plural_lowered(&t), "{}", t.text);
            }
        }
    }
}
