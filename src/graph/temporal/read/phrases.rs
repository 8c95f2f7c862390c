//! The phrases the reader finds events and times in: subjects and their
//! heads, pronouns, framing phrases, dated clauses, "that evening", "the
//! next day", and a mention's participants.

use super::at::At;
use super::grammar::{is_month_or_day, is_past_form};
use super::outcome::Topic;
use super::placed::Placed;
use super::words::{ordinal_at, Class, Mark, Sentence};
use crate::expressions::{TimeExpr, TimeKind};
use crate::lexicon::auxiliaries::{AUXILIARIES, PLAN_BEFORE_TO};
use crate::lexicon::determiners::DEFINITE_DETERMINERS;
use crate::lexicon::ordinals::EVENT_ORDINALS;
use crate::lexicon::prepositions::MODIFIER_PREPOSITIONS;
use crate::lexicon::pronouns::THIRD_PERSON_FORMS;

/// "the next day", "the following day", "the day after" (+1), "the
/// previous day", "the day before" (−1), with no event after them ("the
/// day after the vote" is an order word's): token ranges and offsets.
pub(super) fn next_days(s: &Sentence, marks: &[u8]) -> Vec<(usize, usize, i64)> {
    let mut out = Vec::new();
    // (A token not marked "the" is none.)
    for i in (0..s.len().saturating_sub(2)).filter(|&i| marks[i] & Mark::THE != 0) {
        if s.word(i) != "the" {
            continue;
        }
        let (w1, w2) = (s.word(i + 1), s.word(i + 2));
        let offset = match (w1, w2) {
            ("next" | "following", "day" | "morning" | "evening") => 1,
            ("previous", "day" | "morning" | "evening") => -1,
            ("day", "after") => 1,
            ("day", "before") => -1,
            _ => continue,
        };
        // "the day after the vote", "the following day's": not alone.
        let next = s.tokens.get(i + 3);
        let alone = next.is_none_or(|t| {
            !t.is_word()
                || !matches!(
                    s.word(i + 3),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their"
                )
        }) && !s.word(i + 2).ends_with("'s");
        if alone {
            out.push((i, i + 3, offset));
        }
    }
    out
}

/// "that evening", "that night", "later that day", "the same day": the day
/// of the date before it in the sentence, as a time of its own.
pub(super) fn same_day_times(s: &Sentence, marks: &[u8], times: &[TimeExpr]) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    // (Only "that" and "same", marked, open one.)
    for i in (0..s.len().saturating_sub(1)).filter(|&i| marks[i] & Mark::THAT_SAME != 0) {
        let (w, next) = (s.word(i), s.word(i + 1));
        let anaphor = w == "that"
            && matches!(next, "evening" | "night" | "morning" | "afternoon" | "day")
            || w == "same" && next == "day" && i > 0 && s.word(i - 1) == "the";
        if !anaphor {
            continue;
        }
        let at = s.tokens[i].span.start;
        let Some(day) = times
            .iter()
            .filter(|t| {
                t.span.end <= at
                    && t.kind == TimeKind::Date
                    && t.start.is_some()
                    && t.start == t.end
            })
            .max_by_key(|t| t.span.end)
        else {
            continue;
        };
        let mut t = day.clone();
        t.span = s.tokens[i].span.cover(s.tokens[i + 1].span);
        t.weekday = None;
        out.push(t);
    }
    out
}

/// The verb a date of no event's belongs to: a past verb just before it
/// ("was confirmed on Feb. 3"), or, for a date that opens the sentence
/// ("A week later, on Feb. 24, the ministry declared"), the first past
/// verb after its comma.
pub(super) fn dated_verb(
    s: &Sentence,
    p: &Placed,
    placed: &[Placed],
    has: &dyn Fn(usize, Class) -> Option<usize>,
) -> Option<usize> {
    let verb_like = |j: usize| {
        let w = s.word(j);
        is_past_form(w) && !AUXILIARIES.contains(&w) && !s.tokens[j].capitalized && !w.contains('-')
    };
    let mut g = p.from;
    while g > 0
        && matches!(
            s.word(g - 1),
            "in" | "on" | "at" | "during" | "by" | "until" | "last" | "this"
        )
    {
        g -= 1;
    }
    if g > 0 && verb_like(g - 1) {
        return Some(g - 1);
    }
    // Past a short object: "issued the warning on Nov. 27", "raided a flat
    // in Beeston on May 5" (words only, no clause between).
    if g >= 3 && DEFINITE_DETERMINERS.contains(&s.word(g - 2)) && verb_like(g - 3) {
        return Some(g - 3);
    }
    let mut j = g;
    while j > 0 && g - j < 6 {
        j -= 1;
        let w = s.word(j);
        if !s.tokens[j].is_word() || matches!(w, "and" | "but" | "that" | "which" | "who") {
            break;
        }
        if verb_like(j) {
            // (A participle after its noun, "a trawler lost off", is none.)
            let object = j + 1 < g
                && matches!(
                    s.word(j + 1),
                    "a" | "an" | "the" | "his" | "her" | "its" | "their"
                );
            if object {
                return Some(j);
            }
            break;
        }
    }
    // Only times, lengths with "later" and punctuation before it: it opens
    // the sentence.
    let opens = (0..p.from).all(|k| {
        !s.tokens[k].is_word()
            || placed.iter().any(|q| (q.from..q.to).contains(&k))
            || matches!(
                s.word(k),
                "on" | "in" | "by" | "later" | "earlier" | "then" | "and"
            )
    });
    if !opens {
        return None;
    }
    let comma = (p.to..s.len().min(p.to + 3)).find(|&k| s.tokens[k].is_punct(','))?;
    for j in comma + 1..s.len().min(comma + 10) {
        if has(j, Class::Prospective).is_some()
            || has(j, Class::Conditional).is_some()
            || s.tokens[j].is_punct(',')
        {
            return None;
        }
        if verb_like(j) {
            return Some(j);
        }
    }
    None
}

/// The verb of the clause a noun at `head` is set in by a preposition
/// ("At the hearing, the judge ordered", "was read out at the hearing"):
/// a past verb first after the phrase's comma, or just before the
/// preposition; none when a modal or a future comes first.
pub(super) fn framing_verb(
    s: &Sentence,
    head: usize,
    has: &dyn Fn(usize, Class) -> Option<usize>,
) -> Option<usize> {
    // Back over two modifiers at most to the determiner, then the
    // preposition before it.
    let mut p = head;
    loop {
        if p == 0 || head - p > 2 {
            return None;
        }
        p -= 1;
        let w = s.word(p);
        if DEFINITE_DETERMINERS.contains(&w) {
            break;
        }
        if !s.tokens[p].is_word() || is_preposition(w) {
            return None;
        }
    }
    if p == 0 || !is_framing(s.word(p - 1)) {
        return None;
    }
    let prep = p - 1;
    let stops = |j: usize| {
        has(j, Class::Prospective).is_some()
            || has(j, Class::Conditional).is_some()
            || has(j, Class::Expected).is_some()
            || has(j, Class::Negation).is_some()
    };
    // (Not a present passive: "Jack is informed".)
    let past = |j: usize| {
        let w = s.word(j);
        (is_past_form(w) || matches!(w, "was" | "were" | "had"))
            && !s.tokens[j].capitalized
            && !(j > 0 && matches!(s.word(j - 1), "is" | "are" | "am" | "be" | "being"))
    };
    if prep == 0 || prep == 1 && !s.tokens[0].is_word() {
        // The phrase opens the sentence: the verb after its comma.
        let comma = (head + 1..s.len().min(head + 8)).find(|&j| s.tokens[j].is_punct(','))?;
        for j in comma + 1..s.len().min(comma + 9) {
            if stops(j) || s.is_clause_break(j) || s.tokens[j].is_punct('"') {
                return None;
            }
            if past(j) {
                return Some(j);
            }
        }
        return None;
    }
    // After its verb: "the sentence was read out at the hearing".
    (prep.saturating_sub(3)..prep)
        .rev()
        .take_while(|&j| !s.is_clause_break(j))
        .find(|&j| past(j) && !(j > 0 && stops(j - 1)))
}

/// The verb that does an event noun as its object ("made landfall on Feb.
/// 21", "raised its bid on May 16", "won the vote"): a verb of the `does`
/// list just before the noun, over a determiner or possessive and two
/// modifiers at most. The verb's tense and time are the noun's.
/// With `Class::Orders`, the verb that orders or calls for it ("ordered
/// the evacuation on Feb. 22").
pub(super) fn doing_verb(
    s: &Sentence,
    head: usize,
    has: &dyn Fn(usize, Class) -> Option<usize>,
    class: Class,
) -> Option<usize> {
    let lo = head.saturating_sub(5);
    (lo..head).rev().find(|&v| {
        let Some(len) = has(v, class) else {
            return false;
        };
        let gap = v + len..head;
        v + len <= head
            && gap.len() <= 3
            && gap.clone().all(|j| {
                let w = s.word(j);
                s.tokens[j].is_word()
                    && !is_preposition(w)
                    && !AUXILIARIES.contains(&w)
                    && !is_past_form(w)
                    && !matches!(w, "that" | "which" | "who" | "and" | "or")
            })
            // (Not a present passive or a participle of another verb's.)
            && !(v > 0 && matches!(s.word(v - 1), "is" | "are" | "be" | "being"))
    })
}

pub(super) fn is_framing(w: &str) -> bool {
    matches!(
        w,
        "at" | "in" | "during" | "after" | "following" | "throughout" | "amid"
    )
}

pub(super) fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "at" | "in" | "during" | "after" | "following" | "throughout" | "amid" | "on" | "of" | "by"
    )
}

/// The head noun an aspect verb at `v` is said of: the word before it,
/// past auxiliaries and adverbs, and past a parenthesis between commas
/// ("The closure, now in its sixth week, continues").
pub(super) fn subject_head(s: &Sentence, v: usize) -> Option<usize> {
    let mut j = v;
    loop {
        if j == 0 {
            return None;
        }
        j -= 1;
        let w = s.word(j);
        if AUXILIARIES.contains(&w) || (w.ends_with("ly") && w.len() > 4) {
            continue;
        }
        // "The inquiry, which opened on Sept. 25,": the noun before the
        // relative clause's comma.
        if matches!(w, "which" | "that")
            && j >= 2
            && s.tokens[j - 1].is_punct(',')
            && s.tokens[j - 2].is_word()
        {
            let h = j - 2;
            return (!crate::lexicon::stop_words::is_stop(s.word(h))).then_some(h);
        }
        // "a ten-day campaign that ended on Thursday": a restrictive
        // relative clause, its noun just before it (a verb there, "said
        // that", is no noun the caller takes for an event).
        if matches!(w, "which" | "that") && j >= 1 && s.tokens[j - 1].is_word() {
            let h = j - 1;
            let noun = !crate::lexicon::stop_words::is_stop(s.word(h)) && !is_past_form(s.word(h));
            return noun.then_some(h);
        }
        // "the notice is expected to be lifted": back over the phrase.
        if w == "to" && j > 0 && PLAN_BEFORE_TO.contains(&s.word(j - 1))
            || PLAN_BEFORE_TO.contains(&w) && s.word(j + 1) == "to"
        {
            continue;
        }
        // "The referendum, to be held on June 9,": the noun before the
        // infinitive's comma.
        if w == "to" && j >= 2 && s.tokens[j - 1].is_punct(',') && s.tokens[j - 2].is_word() {
            let h = j - 2;
            return (!crate::lexicon::stop_words::is_stop(s.word(h))).then_some(h);
        }
        if s.tokens[j].is_punct(',') || s.tokens[j].is_punct(')') || s.tokens[j].is_punct('—') {
            // Back over the parenthesis to the comma that opens it.
            let mut k = j;
            let mut found = None;
            while k > 0 && j - k < 14 {
                k -= 1;
                if s.tokens[k].is_punct(',')
                    || s.tokens[k].is_punct('(')
                    || s.tokens[k].is_punct('—')
                {
                    found = Some(k);
                    break;
                }
            }
            match found {
                Some(k) if k > 0 => {
                    j = k;
                    continue;
                }
                // "The referendum, held on Sunday,": a participle set after
                // its noun.
                None if s.tokens[j].is_punct(',')
                    && j > 0
                    && s.tokens[j - 1].is_word()
                    && !crate::lexicon::stop_words::is_stop(s.word(j - 1))
                    && is_past_form(s.word(v)) =>
                {
                    return Some(j - 1);
                }
                _ => return None,
            }
        }
        if !s.tokens[j].is_word() || crate::lexicon::stop_words::is_stop(w) {
            return None;
        }
        return Some(j);
    }
}

/// The head of the noun phrase whose last word is at `j`, when the phrase
/// holds a preposition: "The count in Asunción's mayoral election" →
/// "count", "The strike by nurses at three hospitals" → "strike".
pub(super) fn phrase_head(s: &Sentence, j: usize) -> Option<usize> {
    let mut head = None;
    let mut k = j;
    while k > 0 && j - k < 12 {
        k -= 1;
        let w = s.word(k);
        // ("a trawler lost off the peninsula": a participle after its noun
        // and before a preposition is the noun's modifier, no verb.)
        let participle = is_past_form(w)
            && k > 0
            && s.tokens[k - 1].is_word()
            && !crate::lexicon::stop_words::is_stop(s.word(k - 1))
            && MODIFIER_PREPOSITIONS.contains(&s.word(k + 1));
        if s.is_clause_break(k) || AUXILIARIES.contains(&w) || is_past_form(w) && !participle {
            break;
        }
        if DEFINITE_DETERMINERS.contains(&w) || matches!(w, "a" | "an") {
            // A preposition's object ("for the missing climber") goes on
            // to the phrase's own determiner.
            if k > 0 && MODIFIER_PREPOSITIONS.contains(&s.word(k - 1)) {
                continue;
            }
            // The phrase opens here: its head is the word before the first
            // preposition after it.
            return head.filter(|&h| h > k);
        }
        if MODIFIER_PREPOSITIONS.contains(&w)
            && k > 0
            && s.tokens[k - 1].is_word()
            && !crate::lexicon::stop_words::is_stop(s.word(k - 1))
        {
            head = Some(k - 1);
        }
    }
    None
}

/// Whether the subject at `h` of an aspect verb at `v` names a state or a
/// happening by the verb alone: a common noun after an article, the verb
/// taking no object after it ("the notice remains in force", "the count
/// entered its sixth day", "the outbreak began on March 3"), and no
/// person or body ("the company began").
pub(super) fn bare_state(
    s: &Sentence,
    h: usize,
    v: usize,
    has: &dyn Fn(usize, Class) -> Option<usize>,
) -> bool {
    const NOT_EVENTS: &[&str] = &[
        "man",
        "woman",
        "men",
        "women",
        "people",
        "person",
        "boy",
        "girl",
        "child",
        "children",
        "company",
        "firm",
        "group",
        "government",
        "council",
        "team",
        "club",
        "board",
        "court",
        "police",
        "army",
        "party",
        "agency",
        "ministry",
        "department",
        "union",
        "city",
        "town",
        "country",
        "state",
        "bank",
        "school",
        "hospital",
        "family",
        "player",
        "players",
        "official",
        "officials",
        "minister",
        "president",
        "leader",
        "director",
        "owner",
        "owners",
        "workers",
        "staff",
        "residents",
        "crew",
        "driver",
        "suspect",
        "victim",
        "patient",
        "patients",
        "ship",
        "plane",
        "vessel",
        "train",
        "car",
        "building",
        "bridge",
        "road",
        "line",
        "ward",
        "plant",
        "factory",
        "site",
        "museum",
        "airport",
        "station",
        "price",
        "prices",
        "rate",
        "shares",
        "number",
        "figure",
        "total",
        "water",
        "level",
        "levels",
        "temperature",
        "temperatures",
        "it",
        "they",
        "he",
        "she",
        "this",
    ];
    let w = s.word(h);
    if s.tokens[h].capitalized && h > 0 || !s.tokens[h].is_word() || NOT_EVENTS.contains(&w) {
        return false;
    }
    if !(h > 0
        && (DEFINITE_DETERMINERS.contains(&s.word(h - 1)) || matches!(s.word(h - 1), "a" | "an")))
    {
        return false;
    }
    let stating = has(v, Class::StartVerb)
        .or(has(v, Class::EndVerb))
        .or(has(v, Class::Lasted))
        .or(has(v, Class::Ongoing));
    let Some(len) = stating else {
        return false;
    };
    let next = v + len;
    // ("entered its sixth day", not "began their strike".)
    let period = matches!(s.word(next), "its" | "their") && ordinal_at(s, next + 1).is_some();
    next >= s.len()
        || !s.tokens[next].is_word()
        || period
        || is_preposition(s.word(next))
        || matches!(
            s.word(next),
            "last"
                | "this"
                | "next"
                | "until"
                | "from"
                | "more"
                | "for"
                | "early"
                | "late"
                | "in"
                | "into"
                | "force"
                | "place"
                | "effect"
        )
}

/// The pronoun before an aspect verb at `v` ("It began", "They are due
/// to expire"), past auxiliaries, when it opens its clause and the topic
/// of the sentence before agrees with it in number.
pub(super) fn pronoun_subject<'a>(s: &Sentence, v: usize, at: &At<'a>) -> Option<&'a Topic> {
    let topic = at.topic.filter(|t| t.sentence + 1 == at.sentence)?;
    let j = subject_head_or_pronoun(s, v);
    let w = s.word(j);
    let plural = topic.word.ends_with('s');
    let agrees = match w {
        "it" => !plural,
        "they" => plural,
        _ => false,
    };
    let opens = j == 0 || s.is_clause_break(j - 1) || matches!(s.word(j - 1), "and" | "but");
    (agrees && opens).then_some(topic)
}

/// The word before the verb at `v`, past auxiliaries and adverbs.
pub(super) fn subject_head_or_pronoun(s: &Sentence, v: usize) -> usize {
    let mut j = v;
    while j > 0 {
        j -= 1;
        let w = s.word(j);
        if !(AUXILIARIES.contains(&w)
            || (w.ends_with("ly") && w.len() > 4)
            || matches!(w, "due" | "expected" | "set" | "scheduled" | "to" | "still"))
        {
            return j;
        }
    }
    v
}

/// The participants and names of the mention of `len` words at `head`
/// (`participants`, `names_near`), in a sentence whose times take the
/// token ranges `times`; `stems` keeps each word's participant stem for
/// the sentence's other mentions (their clauses overlap).
pub fn participants_of(
    s: &Sentence,
    head: usize,
    len: usize,
    times: &[(usize, usize)],
    stems: &mut [Option<Option<String>>],
) -> (Vec<String>, Vec<String>) {
    let in_time = |i: usize| times.iter().any(|&(from, to)| (from..to).contains(&i));
    (
        participants(s, head, len, &in_time, stems),
        names_near(s, head, len, &in_time),
    )
}

/// The participants of a mention: the names and content nouns of its
/// clause, as stems.
pub(super) fn participants(
    s: &Sentence,
    head: usize,
    len: usize,
    in_time: &dyn Fn(usize) -> bool,
    stems: &mut [Option<Option<String>>],
) -> Vec<String> {
    let n = s.len();
    let stop = |k: usize| s.tokens[k].is_punct(';') || s.tokens[k].is_punct(':');
    let mut lo = head;
    while lo > 0 && head - lo < 9 && !stop(lo - 1) {
        lo -= 1;
    }
    let mut hi = head + len;
    while hi < n && hi - head < 9 && !stop(hi) {
        hi += 1;
    }
    let mut out: Vec<String> = (lo..hi)
        .filter(|&k| k < head || k >= head + len)
        .filter_map(|k| {
            stems[k]
                .get_or_insert_with(|| participant_stem(s, k, in_time))
                .clone()
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The stem of the word at `k` when it can name a participant: a content
/// word, not in a time.
pub(super) fn participant_stem(
    s: &Sentence,
    k: usize,
    in_time: &dyn Fn(usize) -> bool,
) -> Option<String> {
    if !s.tokens[k].is_word() || in_time(k) {
        return None;
    }
    let w = s.word(k);
    let content = w.len() > 2
        && !crate::lexicon::stop_words::is_stop(w)
        && !AUXILIARIES.contains(&w)
        && !THIRD_PERSON_FORMS.contains(&w)
        && !is_month_or_day(w)
        && !EVENT_ORDINALS.contains(&w)
        && !matches!(
            w,
            "week"
                | "weeks"
                | "month"
                | "months"
                | "year"
                | "years"
                | "day"
                | "days"
                | "last"
                | "next"
                | "ago"
                | "later"
                | "said"
                | "says"
                | "told"
                | "according"
        )
        && !is_past_form(w);
    content.then(|| crate::text::stems::stem(w))
}

/// The names (capitalised words, not the sentence's first) and numbers of
/// a mention's clause: what tells two dated events of one kind apart.
pub(super) fn names_near(
    s: &Sentence,
    head: usize,
    len: usize,
    in_time: &dyn Fn(usize) -> bool,
) -> Vec<String> {
    let n = s.len();
    let lo = head.saturating_sub(9);
    let hi = (head + len + 9).min(n);
    let mut out: Vec<String> = (lo..hi)
        .filter(|&k| k < head || k >= head + len)
        .filter(|&k| !in_time(k) && k > 0)
        .filter(|&k| {
            let t = &s.tokens[k];
            (t.is_word() && t.capitalized && !is_month_or_day(s.word(k)))
                || (t.is_number() && !in_time(k))
        })
        .map(|k| s.word(k).to_string())
        .collect();
    out.sort();
    out.dedup();
    out
}
