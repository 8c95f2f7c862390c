//! Who acts in an event: the nearest subject-class noun or name before it
//! in its sentence.

use crate::lexicon::events::EventLexicon;
use crate::lexicon::stop_words::is_stop_token;
use crate::text::stems::stem;
use crate::text::tokens::Token;

use crate::lexicon::pronouns::SUBJECT_PRONOUNS;

/// The nearest subject-class noun or name before token `at`.
pub(crate) fn actor_before(tokens: &[Token], at: usize, lex: &EventLexicon) -> Option<String> {
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
        let opener = i == 0 && (is_stop_token(t) || t.is_any(SUBJECT_PRONOUNS));
        if t.is_capitalized() && !t.is_any(SUBJECT_PRONOUNS) && !opener {
            return Some(stem(t.text));
        }
        // The head of a definite noun phrase ("the squadron was disbanded").
        if i > 0 && tokens[i - 1].is_any(&["the", "this", "that"]) && !is_stop_token(t) {
            return Some(stem(t.text));
        }
    }
    None
}
