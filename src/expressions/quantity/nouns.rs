//! The noun a figure counts: a noun phrase after it or a plural noun
//! before it, the function words that end a phrase, and which words are
//! plural nouns.

use crate::lexicon::plurals::IRREGULAR_PLURALS;
use crate::lexicon::stop_words::NOUN_PHRASE_ENDS;
use crate::lexicon::suffix_lookalikes::NOT_PLURALS_IN_S;
use crate::text::tokens::Token;

/// A function word that ends a noun phrase (`NOUN_PHRASE_ENDS`): looked up by key,
/// not compared with each word of the list (it is asked of every word of a
/// counted noun phrase).
fn is_stop(t: &Token) -> bool {
    crate::word_set!(NOUN_PHRASE_ENDS).contains_token(t)
}

/// The counted noun starting at `i`: up to three modifiers, then a plural noun
/// (or, for "one", any noun). A product or model name among the modifiers
/// ("four GeForce GTX 295 video cards") may run longer, with its numbers.
pub(super) fn noun_phrase(
    tokens: &[Token],
    i: usize,
    singular_ok: bool,
) -> Option<(String, usize)> {
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
pub(super) fn noun_before(tokens: &[Token], i: usize) -> Option<String> {
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
        && !crate::word_set!(NOT_PLURALS_IN_S).contains(&lower)
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
        && !crate::word_set!(NOT_PLURALS_IN_S).contains_token(t)
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
            && !crate::word_set!(NOT_PLURALS_IN_S).contains(&lower)
            && !lower.contains('.')
    }

    /// The ASCII reading of plurals is the lower-case one, over the lists'
    /// words in three cases, endings and seeded random words.
    #[test]
    fn plural_ascii_reading_is_the_lowered_one() {
        let mut words: Vec<String> = Vec::new();
        for w in IRREGULAR_PLURALS
            .iter()
            .chain(NOT_PLURALS_IN_S)
            .chain(NOUN_PHRASE_ENDS)
        {
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
