//! The reading of a figure: its hedges, a unit before or after it, the
//! number, range or vague amount itself, a suffix hedge and the noun it
//! counts, made into a `Quantity`.

use super::bounds::{apply, is_round, to_whole_numbers};
use super::figure::{Base, Reading};
use super::not_a_count::not_a_count;
use super::nouns::{noun_before, noun_phrase};
use super::ranges::{range_between, range_tail};
use super::screen::may_begin_figure;
use crate::expressions::model::Quantity;
use crate::expressions::numbers;
use crate::lexicon::quantities::{Hedge, Lexicon};
use crate::text::tokens::Token;

/// A unit written after a hyphen, as in a compound adjective ("a 5-inch
/// knife", "a 10-mile walk"): the unit and the number of tokens it takes,
/// the hyphen included.
fn hyphenated_unit<'l>(
    tokens: &[Token],
    at: usize,
    lexicon: &'l Lexicon,
) -> Option<(&'l crate::lexicon::quantities::Unit, usize)> {
    let dash = tokens.get(at)?;
    if !(dash.is_dash() && dash.joined && tokens.get(at + 1)?.joined) {
        return None;
    }
    lexicon
        .unit_after(tokens, at + 1)
        .map(|(u, len)| (u, len + 1))
}

/// Whether a figure read at `i` with every token taken for one that a
/// figure may be built on is nothing (for the checks of debug builds).
pub(super) fn reads_nothing(tokens: &[Token], used: &[bool], i: usize, lexicon: &Lexicon) -> bool {
    let every: Vec<usize> = (0..tokens.len()).collect();
    matches!(read_at(tokens, used, i, lexicon, &every), Reading::Nothing)
}

/// The figure that begins at `i`, given the tokens a figure may be built
/// on (`expressions::Held`'s figures), in order.
pub(super) fn read_at(
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;
    use crate::text::Span;

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
}
