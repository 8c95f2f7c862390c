//! Ranges: "between 20 and 30" and the rest of one after its first number
//! ("-1,500", "to 30", "or three"), with a scale written once applying to
//! both ends ("1-1.5 million").

use super::figure::Base;
use crate::expressions::numbers::{self, Number};
use crate::lexicon::quantities::Lexicon;
use crate::text::tokens::Token;

/// "between 20 and 30" starting after "between".
pub(super) fn range_between(
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
pub(super) fn range_tail(
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
