//! A new mention of the sentence (`Reading::push`): what sets it apart
//! (another, a definite noun, a verb's own object), its modifiers and the
//! clause its participants are read from; and a clause's verb as a mention
//! of its own (`Reading::push_clause`).

use super::super::mention::{Aspect, Clause, Mention, Mode};
use super::grammar::{is_past_form, ordinal_value, CLAUSE};
use super::outcome::Read;
use super::phrases::is_preposition;
use super::reading::Reading;
use super::words::{may_open_ordinal, ordinal_at, Class};
use crate::expressions::TimeKind;
use crate::lexicon::auxiliaries::AUXILIARIES;
use crate::lexicon::determiners::{DEFINITE_DETERMINERS, NOUN_DETERMINERS};

impl Reading<'_> {
    /// Adds the mention with head token `head` (of `len` tokens), or, when
    /// one has that head already, sets its aspect; gives its index.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn push(
        &self,
        out: &mut Read,
        head: usize,
        len: usize,
        key: String,
        aspect: Aspect,
        verbal: bool,
        statement: bool,
    ) -> usize {
        let s = self.s;
        let words = self.words;
        let at = self.at;
        let n = self.n;
        let marks = self.marks;
        let placed = &self.placed;
        let again = self.again;
        let has = |i: usize, c: Class| self.has(i, c);
        let in_time = |i: usize| self.in_time(i);
        if let Some(k) = out.mentions.iter().position(|m| m.at == head) {
            if aspect != Aspect::Occur {
                out.mentions[k].aspect = aspect;
            }
            return k;
        }
        let before = |k: usize| head.checked_sub(k).map(|j| s.word(j)).unwrap_or("");
        let definite = (1..=3).any(|k| DEFINITE_DETERMINERS.contains(&before(k)));
        let indefinite = !verbal && (1..=2).any(|k| matches!(before(k), "a" | "an"));
        // "re-released", "re-elected": again.
        // (Wiki text spaces the hyphen: "re - released".)
        let redone = s.word(head).starts_with("re-") || before(1) == "-" && before(2) == "re";
        let distinct = again
            || indefinite
            || redone
            // Back to the phrase's determiner: "the first Women's Boat Race"
            // (a verb's own word only: "first opened in 1998", not "the
            // first days after it opened").
            || (1..=if verbal { 1 } else { 5 })
                .take_while(|&k| {
                    head >= k
                        && !NOUN_DETERMINERS.contains(&before(k))
                        && !s.is_clause_break(head - k)
                        && (k <= 3 || s.tokens[head - k].is_word() || before(k) == "'")
                })
                .any(|k| {
                    // (`ordinal_at` reads the word's `ordinal_value` first,
                    // and opens only where `may_open_ordinal` says.)
                    !in_time(head - k) && has(head.wrapping_sub(k), Class::Distinct).is_some()
                        || may_open_ordinal(s, marks, head - k) && ordinal_at(s, head - k).is_some()
                })
            // "held a second round", "opened another": the verb's object
            // says so, right after it or after its article ("closed to new
            // admissions" is no new closure).
            || (verbal
                && (1..=3).any(|k| {
                    let j = head + len + k - 1;
                    let led = k == 1
                        || matches!(
                            s.word(j - 1),
                            "a" | "an" | "the" | "her" | "his" | "its" | "their" | "our"
                        );
                    // ("are to vote next month": a time's word says nothing.)
                    j < n
                        && led
                        && !in_time(j)
                        && (has(j, Class::Distinct).is_some()
                            || may_open_ordinal(s, marks, j) && ordinal_value(s.word(j)).is_some()
                            || s.word(j) == "a"
                            || s.word(j) == "an")
                }));
        let span = s.tokens[head]
            .span
            .cover(s.tokens[(head + len - 1).min(n - 1)].span);
        // A statement is an event of its own, never joined with another:
        // the words of its clause are never weighed (made only for the
        // developers' listing). Another mention's are made when a join
        // weighs them (`participants_of`).
        let clause = if statement && !words.details {
            Clause::Made
        } else {
            Clause::Own { len }
        };
        // A noun's modifiers between its determiner and it ("the 2003
        // hurricane season"): a definite noun is the event the article spoke
        // of only when they agree.
        let mut modifiers: Vec<String> = Vec::new();
        if !verbal {
            let mut j = head;
            while j > 0 && head - j < 4 {
                j -= 1;
                let w = s.word(j);
                // ("the three-day festival": the length is no modifier; a
                // year is, "the 2015 race".)
                if placed
                    .iter()
                    .any(|p| p.time.kind == TimeKind::Duration && (p.from..p.to).contains(&j))
                {
                    continue;
                }
                if NOUN_DETERMINERS.contains(&w)
                    || s.is_clause_break(j)
                    || !(s.tokens[j].is_word() || s.tokens[j].is_number())
                    || AUXILIARIES.contains(&w)
                    || is_past_form(w)
                    || crate::lexicon::stop_words::is_stop(w)
                {
                    break;
                }
                modifiers.push(if s.tokens[j].is_number() {
                    w.to_string()
                } else {
                    crate::text::stems::stem(w)
                });
            }
        }
        out.mentions.push(Mention {
            article: at.article,
            sentence: at.sentence,
            claim: at.claim,
            at: head,
            span,
            key,
            participants: Vec::new(),
            names: Vec::new(),
            clause,
            modifiers,
            distinct,
            definite,
            verbal,
            object: verbal
                && s.tokens.get(head + len).is_some_and(|t| t.is_word())
                && !in_time(head + len)
                && !is_preposition(s.word(head + len))
                && !matches!(
                    s.word(head + len),
                    "to" | "and"
                        | "but"
                        | "or"
                        | "for"
                        | "from"
                        | "with"
                        | "as"
                        | "that"
                        | "before"
                        | "after"
                        | "until"
                        | "since"
                        | "when"
                        | "while"
                        | "last"
                        | "this"
                        | "next"
                ),
            aspect,
            verb: None,
            mode: Mode::Unknown,
            clause_verb: None,
            done_by: None,
            ordered_by: None,
            timed: false,
            long_past: false,
        });
        out.mentions.len() - 1
    }

    // A clause's verb as an event of its own, never joined with another
    // ("was confirmed on Feb. 3", "after the storm hit the coast").
    // (`statement`: no participants needed, as for a statement.)
    pub(super) fn push_clause(&self, out: &mut Read, v: usize, statement: bool) -> usize {
        let at = self.at;
        let key = format!("{CLAUSE}{}-{v}", at.sentence);
        let k = self.push(out, v, 1, key, Aspect::Occur, true, statement);
        out.mentions[k].distinct = true;
        k
    }
}
