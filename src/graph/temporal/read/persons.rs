//! Ages and births: "Smith, 34,", "aged 62", "born in 1975", "turned 40",
//! and the names they are said of.

use super::super::constraint::{Anchor, Raw, Relation};
use super::at::At;
use super::grammar::{is_month_or_day, STATEMENT};
use super::outcome::Read;
use super::place::place;
use super::placed::Placed;
use super::words::{may_open_ordinal, ordinal_at, Mark, Sentence};
use crate::expressions::TimeKind;
use crate::lexicon::age_words::AGE_WORDS;
use crate::lexicon::determiners::NOUN_DETERMINERS;
use crate::lexicon::pronouns::THIRD_PERSON_FORMS;
use crate::text::Span;

/// Whether the sentence may state an age or a birth (what a sentence with
/// no mention can still say).
pub(super) fn states_age(s: &Sentence, marks: &[u8]) -> bool {
    // (Only a token marked as one of the words can be one.)
    (0..s.len()).any(|i| marks[i] & Mark::AGE_WORD != 0 && AGE_WORDS.contains(&s.word(i)))
        || has_age(s)
}

pub(super) fn has_age(s: &Sentence) -> bool {
    // ("-year-old" is nine bytes: a shorter token holds none.)
    s.tokens
        .iter()
        .any(|t| t.is_number() || (t.text.len() >= 9 && t.text.contains("-year-old")))
}

/// The name whose last word is at `j`: the run of capitalised words
/// ending there ("Drew Peterson"), so that two people of one surname stay
/// two people.
pub(super) fn name_ending(s: &Sentence, j: usize, known: &[String]) -> String {
    name_as(s, j, known, true)
}

/// As `name_ending`; a surname alone is taken for a known full name only
/// when `map` (a birth, said of the person an age was given for; an age
/// itself keeps the surname, since "Peterson, 53" and "Stacy Peterson, 23"
/// may be two people).
pub(super) fn name_as(s: &Sentence, j: usize, known: &[String], map: bool) -> String {
    let mut k = j;
    while k > 0 && s.tokens[k - 1].is_word() && s.tokens[k - 1].capitalized && j - k < 3 {
        k -= 1;
    }
    let name = (k..=j).map(|x| s.word(x)).collect::<Vec<_>>().join(" ");
    if k == j && map {
        let tail = format!(" {name}");
        // Only a surname one known person has: two of one family stay two.
        let mut owners = known.iter().filter(|f| f.ends_with(&tail));
        if let (Some(full), None) = (owners.next(), owners.next()) {
            return full.clone();
        }
    }
    name
}

/// The first name of two or more capitalised words before `i` that is not
/// a dateline's place (the words before a dash that opens the article).
pub(super) fn first_full_name(s: &Sentence, i: usize, known: &[String]) -> Option<String> {
    let dash = (0..i.min(s.len()))
        .find(|&k| {
            s.tokens[k].is_punct('—')
                || s.tokens[k].is_punct('–')
                || s.tokens[k].is_punct('-') && !s.tokens[k].joined
        })
        .map_or(0, |k| k + 1);
    let mut k = dash;
    while k + 1 < i {
        let run = |j: usize| {
            s.tokens[j].is_word() && s.tokens[j].capitalized && !is_month_or_day(s.word(j))
        };
        if run(k) && run(k + 1) {
            let mut e = k + 1;
            while e + 1 < i && run(e + 1) {
                e += 1;
            }
            return Some(name_ending(s, e, known));
        }
        k += 1;
    }
    None
}

/// Ages and births: "Smith, 34,", "aged 34", "a 34-year-old", "born in
/// 1975", "turned 40 on Monday", "his 40th birthday".
pub(super) fn ages(s: &Sentence, marks: &[u8], placed: &[Placed], at: &At, out: &mut Read) {
    let n = s.len();
    let note = |span: Span, relation: Relation| super::super::constraint::NoteDraft {
        article: at.article,
        sentence: at.sentence,
        claim: at.claim,
        span,
        relation,
    };
    // The person a position speaks of: the capitalised name before it (its
    // last word), else a pronoun's last person.
    let person_before = |i: usize| -> Option<String> {
        let mut j = i;
        while j > 0 && i - j < 8 {
            j -= 1;
            let t = &s.tokens[j];
            if t.is_word() && t.capitalized && j > 0 && !is_month_or_day(s.word(j)) {
                return Some(name_ending(s, j, at.known_names));
            }
            if matches!(s.word(j), "he" | "she" | "his" | "her") {
                // "Fabbri, who celebrated his 40th birthday": the name the
                // clause is said of, else the person spoken of before.
                let named = (j.saturating_sub(8)..j).rev().find(|&k| {
                    let t = &s.tokens[k];
                    // The sentence's first word only as a name before a
                    // comma or another name ("Fabbri, who …").
                    let first_ok = k > 0
                        || s.tokens
                            .get(1)
                            .is_some_and(|x| x.is_punct(',') || x.is_word() && x.capitalized)
                            && !NOUN_DETERMINERS.contains(&s.word(0))
                            && !THIRD_PERSON_FORMS.contains(&s.word(0));
                    t.is_word()
                        && t.capitalized
                        && first_ok
                        && !is_month_or_day(s.word(k))
                        && (k + 1..j).all(|x| !s.tokens[x].is_punct(';'))
                });
                return match named {
                    Some(k) => Some(name_ending(s, k, at.known_names)),
                    None => at.last_person.map(str::to_string),
                };
            }
        }
        if s.tokens
            .first()
            .is_some_and(|t| t.capitalized && t.is_word())
            && i > 0
            && s.tokens[0].text.len() > 1
        {
            let w = s.word(0);
            if matches!(w, "he" | "she") {
                return at.last_person.map(str::to_string);
            }
            if !NOUN_DETERMINERS.contains(&w) && !is_month_or_day(w) {
                return Some(name_ending(s, 0, at.known_names));
            }
        }
        None
    };
    let person_after = |i: usize| -> Option<String> {
        let mut last = None;
        for j in i..n.min(i + 4) {
            if s.tokens[j].is_word() && s.tokens[j].capitalized {
                last = Some(s.word(j).to_string());
            } else if last.is_some() {
                break;
            }
        }
        last
    };
    let as_of = |i: usize| -> (Anchor, i64, i64, Span) {
        // "then 30" with a date in the sentence: as of that date.
        if i > 0 && s.word(i - 1) == "then" {
            if let Some(p) = placed
                .iter()
                .find(|p| p.time.kind != TimeKind::Duration && p.time.start.is_some())
            {
                let (base, lo, hi) = place(p, s, at);
                return (base, lo, hi, p.time.span);
            }
        }
        (Anchor::Reference(at.article), 0, 0, s.tokens[i].span)
    };
    // Whether the sentence gives no date ("turns 40" is then a birthday
    // within the year after the statement).
    let undated = placed
        .iter()
        .all(|p| p.time.kind == TimeKind::Duration || p.time.start.is_none());
    // Only a few tokens can open anything read below: a number or an
    // ordinal (`may_open_ordinal`: "34", "40th", "fifth"), a word long
    // enough to end in "-year-old" (nine bytes), "born" or a form of
    // "turn" (`Mark::BIRTH`). Every other token is skipped without the
    // tests.
    let may_open = |i: usize| {
        marks[i] & Mark::BIRTH != 0 || may_open_ordinal(s, marks, i) || s.word(i).len() >= 9
    };
    for i in (0..n).filter(|&i| may_open(i)) {
        let t = &s.tokens[i];
        // An age: "Smith, 34," / "aged 34" / "34-year-old" / "at the age of
        // 34".
        let mut age: Option<(i64, Option<String>)> = None;
        let at_the_age_of = i >= 4
            && s.word(i - 1) == "of"
            && s.word(i - 2) == "age"
            && s.word(i - 3) == "the"
            && s.word(i - 4) == "at";
        if t.is_number() && !t.text.contains('.') && !t.text.contains(',') {
            let value: Option<i64> = t.text.parse().ok();
            if let Some(v) = value.filter(|v| (1..=115).contains(v)) {
                if i >= 2
                    && s.tokens[i - 1].is_punct(',')
                    && s.tokens[i - 2].capitalized
                    && s.tokens[i - 2].is_word()
                    && s.tokens
                        .get(i + 1)
                        .is_some_and(|x| x.is_punct(',') || x.is_punct('.'))
                    && !is_month_or_day(s.word(i - 2))
                {
                    age = Some((v, Some(name_as(s, i - 2, at.known_names, false))));
                } else if at_the_age_of {
                    // "has died at the age of 64", "retired at the age of 60".
                    age = Some((
                        v,
                        first_full_name(s, i, at.known_names).or_else(|| person_before(i - 4)),
                    ));
                } else if i >= 1 && s.word(i - 1) == "aged" {
                    // "Anil Deshpande, the industrialist who …, has died aged
                    // 62": the sentence's subject, its first full name.
                    age = Some((
                        v,
                        first_full_name(s, i, at.known_names).or_else(|| person_before(i - 1)),
                    ));
                } else if i >= 2
                    && s.word(i - 1) == "then"
                    && s.tokens[i - 2].is_punct(',')
                    && s.tokens.get(i + 1).is_some_and(|x| x.is_punct(','))
                {
                    age = Some((v, person_before(i - 2)));
                }
            }
        } else if t.is_word() {
            if let Some(num) = s.word(i).strip_suffix("-year-old") {
                if let Ok(v) = num.parse::<i64>() {
                    age = Some((v, person_after(i + 1).or_else(|| person_before(i))));
                }
            }
        }
        if let Some((v, Some(person))) = age {
            // "at the age of 64" is the age at an event: the verb's just
            // before it ("died at the age of 64"), else a date beside it
            // ("won the race at the age of 30 in 2018"), never the
            // statement's. ("has died aged 73", ", 34," are the statement's.)
            let (base, lo, hi, span) = if at_the_age_of {
                let opens = i - 4;
                let event = out.mentions.iter().position(|m| {
                    m.verbal && m.at < opens && opens - m.at <= 2 && !m.key.starts_with(STATEMENT)
                });
                let beside = placed.iter().find(|p| {
                    p.time.kind != TimeKind::Duration
                        && p.time.start.is_some()
                        && (p.from > i && p.from <= i + 3 || p.to <= opens && opens - p.to <= 2)
                });
                match (event, beside) {
                    (Some(k), _) => (
                        Anchor::Start(at.first_mention + k),
                        0,
                        0,
                        s.tokens[opens].span,
                    ),
                    (None, Some(p)) => {
                        let (base, lo, hi) = place(p, s, at);
                        (base, lo, hi, s.tokens[opens].span.cover(p.time.span))
                    }
                    (None, None) => continue,
                }
            } else {
                as_of(i)
            };
            let span = span.cover(t.span);
            // birth ∈ (as_of − (v+1) years, as_of − v years]
            out.raws.push(Raw {
                from: base,
                to: Anchor::Birth(crate::text::keys::key(&person)),
                min: Some(lo - (v + 1) * 366 + 1),
                max: Some(hi - v * 365),
                note: note(span, Relation::Age),
            });
            out.persons.push(person);
            continue;
        }
        // A birth: "born in 1975", "born on June 3, 1980".
        if marks[i] & Mark::BIRTH != 0 && s.word(i) == "born" {
            // ("born in Punta Arenas in 1985": a place may come first, within
            // the phrase.)
            let phrase_end = (i + 1..n.min(i + 9))
                .find(|&k| s.tokens[k].is_punct(',') || s.tokens[k].is_punct(';'))
                .unwrap_or(n.min(i + 9));
            let Some(p) = placed.iter().find(|p| {
                p.from > i && (p.from <= i + 3 || p.to <= phrase_end) && p.time.start.is_some()
            }) else {
                continue;
            };
            // "Born in 1978 in Bergamo, he turned professional": the subject
            // after the phrase's comma.
            let opening = i == 0 || (i == 1 && !s.tokens[0].is_word());
            let person = if opening {
                // The first comma a pronoun or a name with its verb follows
                // ("…, Co. Kerry, he won": not "Co. Kerry").
                (i + 1..n)
                    .filter(|&k| s.tokens[k].is_punct(','))
                    .find_map(|c| {
                        let w = s.word(c + 1);
                        if matches!(w, "he" | "she") {
                            return Some(at.last_person.map(str::to_string));
                        }
                        if !s
                            .tokens
                            .get(c + 1)
                            .is_some_and(|t| t.is_word() && t.capitalized)
                        {
                            return None;
                        }
                        let mut e = c + 1;
                        while e + 1 < n && s.tokens[e + 1].is_word() && s.tokens[e + 1].capitalized
                        {
                            e += 1;
                        }
                        let verb_next = s
                            .tokens
                            .get(e + 1)
                            .is_some_and(|t| t.is_word() && !t.capitalized);
                        verb_next.then(|| Some(name_ending(s, e, at.known_names)))
                    })
                    .flatten()
            } else {
                person_before(i)
            };
            let Some(person) = person else {
                continue;
            };
            let (base, lo, hi) = place(p, s, at);
            out.raws.push(Raw {
                from: base,
                to: Anchor::Birth(crate::text::keys::key(&person)),
                min: Some(lo),
                max: Some(hi),
                note: note(t.span.cover(p.time.span), Relation::Born),
            });
            out.persons.push(person);
            continue;
        }
        // "turned 40", "his 40th birthday"; "turns 40 next week", "will turn
        // 50" (with no date: a birthday within the year after the statement).
        let turns = matches!(s.word(i), "turns" | "turn" | "turning")
            && s.tokens.get(i + 1).is_some_and(|x| x.is_number());
        if turns && undated {
            let Some(v) = s.tokens[i + 1]
                .text
                .parse::<i64>()
                .ok()
                .filter(|v| (1..=115).contains(v))
            else {
                continue;
            };
            let Some(person) = person_before(i) else {
                continue;
            };
            // birthday ∈ (statement, statement + 366]: birth − statement ∈
            // (−v·366, 366 − v·365].
            out.raws.push(Raw {
                from: Anchor::Reference(at.article),
                to: Anchor::Birth(crate::text::keys::key(&person)),
                min: Some(1 - v * 366),
                max: Some(366 - v * 365),
                note: note(t.span.cover(s.tokens[i + 1].span), Relation::Birthday),
            });
            out.persons.push(person);
            continue;
        }
        let turned =
            (s.word(i) == "turned" || turns) && s.tokens.get(i + 1).is_some_and(|x| x.is_number());
        let nth = if may_open_ordinal(s, marks, i) {
            ordinal_at(s, i)
        } else {
            None
        };
        let birthday = nth.is_some_and(|(_, len)| s.word(i + len) == "birthday");
        if turned || birthday {
            let v = if turned {
                s.tokens[i + 1].text.parse::<i64>().ok()
            } else {
                nth.map(|(v, _)| v)
            };
            let Some(v) = v.filter(|v| (1..=115).contains(v)) else {
                continue;
            };
            let Some(person) = person_before(i) else {
                continue;
            };
            let (base, lo, hi, span) = match placed
                .iter()
                .find(|p| p.time.kind != TimeKind::Duration && p.time.start.is_some())
            {
                Some(p) => {
                    let (base, lo, hi) = place(p, s, at);
                    (base, lo, hi, p.time.span)
                }
                None => (Anchor::Reference(at.article), 0, 0, t.span),
            };
            // date − birth ∈ [v·365 − 1, v·366 + 1]: birth − base ∈
            // [lo − v·366 − 1, hi − v·365 + 1].
            out.raws.push(Raw {
                from: base,
                to: Anchor::Birth(crate::text::keys::key(&person)),
                min: Some(lo - v * 366 - 1),
                max: Some(hi - v * 365 + 1),
                note: note(span.cover(t.span), Relation::Birthday),
            });
            out.persons.push(person);
        }
    }
}
