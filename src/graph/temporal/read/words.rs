//! The word classes the reader looks words up in, and the sentence as it
//! reads them: its tokens, lower-case words and the families and ordinals
//! at a token.

use std::borrow::Cow;

use super::super::params::TimelineParams;
use super::grammar::ordinal_value;
use crate::lexicon::age_words::AGE_WORDS;
use crate::lexicon::auxiliaries::{AUXILIARIES, INNER_ADVERBS};
use crate::lexicon::ordinals::EVENT_ORDINALS;
use crate::text::tokens::Token;
use crate::text::words::KeyMap;

/// The word classes of the params, looked up by the key of a word's lower
/// case (`words::lower_key`: no lower-case copy of a token to look one up).
pub struct Words {
    /// By key: every phrase of every class that opens with a word of the
    /// key (longest first; words sharing a key are told apart by comparing
    /// the words), and the key's mark (`Mark`). One lookup a token answers
    /// all the reader asks of its key.
    pub(super) keys: KeyMap<KeyWords>,
    /// Each family word or phrase with its family key and whether it names
    /// the family's end ("reopened": a closure's), by its first word's key,
    /// longest first.
    pub(super) family: KeyMap<Vec<(Vec<String>, String, bool)>>,
    /// The phrases that can state a constraint (families, aspect verbs,
    /// lengths, modes, orders; not the words that only modify one), by
    /// their first word's key: each the keys of the words after it. Ages
    /// and births are read at "born", "aged", "turned", "birthday".
    pub(super) opening_keys: KeyMap<Vec<Vec<u64>>>,
    pub hedge_share: f64,
    /// Participant classes: a word's stem → its class's name (the stem
    /// of the class's first word).
    kin: rustc_hash::FxHashMap<String, String>,
    /// The keys of the families whose events last.
    lasting: rustc_hash::FxHashSet<String>,
    /// A family verb's base form by its stem ("to open": "opened",
    /// "opens"), with its family key and whether it names the end: the
    /// lists give the forms news copy reports in, a modal or "to" takes the
    /// base.
    base: rustc_hash::FxHashMap<String, (String, bool)>,
    /// Every mention's participants and names are made, a statement's too
    /// (which no join weighs), not only those a join weighs: for the
    /// developers' listing (`Timeline::debug`).
    pub details: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Hedge,
    StartVerb,
    EndVerb,
    OccurVerb,
    Lasted,
    Ongoing,
    Prospective,
    Expected,
    Conditional,
    Negation,
    Distinct,
    After,
    Before,
    Later,
    Since,
    Ending,
    Follows,
    Precedes,
    Does,
    Orders,
    Revises,
}

/// What the reader knows of a key (`Words::keys`).
#[derive(Default)]
pub(super) struct KeyWords {
    pub(super) mark: u8,
    /// The phrases of every class that open with it, longest first, each
    /// with the keys of its words after the first: a phrase whose next
    /// word's key is not the next token's is passed over without comparing
    /// its words ("is" opens a dozen phrases, "is expected to" …).
    pub(super) phrases: Vec<(Vec<String>, Class, Vec<u64>)>,
}

/// The bits of a key's mark (`KeyWords::mark`): which word lists hold the
/// key. Each is exact (the key is in the list), so a loop that asks a list
/// may ask the bit instead and skip the tokens without it.
pub(super) struct Mark;

impl Mark {
    /// "the", which opens "the next day" (`next_days`).
    pub(super) const THE: u8 = 1;
    /// A mention can be read from it: the first word of a family word or
    /// phrase, an aspect verb or an order verb. A sentence with none (and
    /// no statement with a time) has no mention.
    pub(super) const MENTION: u8 = 1 << 1;
    /// An ordinal word ("first" … "twentieth"): with a token that opens
    /// with a digit or a sign, the only tokens an ordinal (`ordinal_at`)
    /// opens at.
    pub(super) const ORDINAL: u8 = 1 << 2;
    /// "born", or a form of "turn" ("turned 40"): where `ages` reads a
    /// birth or a birthday.
    pub(super) const BIRTH: u8 = 1 << 3;
    /// A word an age or birth is stated with (`states_age`: "born",
    /// "aged", "birthday", the forms of "turn").
    pub(super) const AGE_WORD: u8 = 1 << 4;
    /// "again": every event of the sentence is another.
    pub(super) const AGAIN: u8 = 1 << 5;
    /// "that" or "same", which open "that evening", "the same day"
    /// (`same_day_times`).
    pub(super) const THAT_SAME: u8 = 1 << 6;
}

impl Class {
    /// The class's bit in a token's set of classes.
    pub(super) fn bit(self) -> u32 {
        1 << (self as u8)
    }
}

impl Words {
    pub fn new(p: &TimelineParams) -> Words {
        let mut keys: KeyMap<KeyWords> = KeyMap::default();
        let lists: [(&Vec<String>, Class); 21] = [
            (&p.follows, Class::Follows),
            (&p.precedes, Class::Precedes),
            (&p.hedges, Class::Hedge),
            (&p.start_verbs, Class::StartVerb),
            (&p.end_verbs, Class::EndVerb),
            (&p.occur_verbs, Class::OccurVerb),
            (&p.lasted, Class::Lasted),
            (&p.ongoing, Class::Ongoing),
            (&p.prospective, Class::Prospective),
            (&p.expected, Class::Expected),
            (&p.conditional, Class::Conditional),
            (&p.negation, Class::Negation),
            (&p.distinct, Class::Distinct),
            (&p.after, Class::After),
            (&p.before, Class::Before),
            (&p.later, Class::Later),
            (&p.since, Class::Since),
            (&p.ending, Class::Ending),
            (&p.does, Class::Does),
            (&p.orders, Class::Orders),
            (&p.revises, Class::Revises),
        ];
        for (list, class) in lists {
            for phrase in list {
                let words = phrase_words(phrase);
                if let Some(first) = words.first() {
                    let rest = words[1..]
                        .iter()
                        .map(|w| crate::text::keys::key(w))
                        .collect();
                    keys.entry_or_default(crate::text::keys::key(first))
                        .phrases
                        .push((words, class, rest));
                }
            }
        }
        // Longest phrases first, so that "is expected to" wins over "is".
        for k in keys.values_mut() {
            k.phrases
                .sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        }
        let mut family: KeyMap<Vec<(Vec<String>, String, bool)>> = KeyMap::default();
        // (And each one-word inflected form's stem, for its base form: see
        // `base`.)
        let mut base = rustc_hash::FxHashMap::default();
        for f in &p.family {
            let named = f.words.iter().map(|w| (w, false));
            for (phrase, end) in named.chain(f.ends.iter().map(|w| (w, true))) {
                let inflected = ["ed", "es", "s", "ing"].iter().any(|x| phrase.ends_with(x));
                if inflected && !phrase.contains(' ') {
                    base.entry(crate::text::stems::stem(phrase))
                        .or_insert_with(|| (f.key.clone(), end));
                }
                let words = phrase_words(phrase);
                if let Some(first) = words.first() {
                    family
                        .entry_or_default(crate::text::keys::key(first))
                        .push((words, f.key.clone(), end));
                }
            }
        }
        for list in family.values_mut() {
            list.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        }
        let mut opening_keys: KeyMap<Vec<Vec<u64>>> = KeyMap::default();
        let stating = keys
            .values()
            .flat_map(|k| &k.phrases)
            .filter(|(_, c, _)| {
                !matches!(
                    c,
                    Class::Hedge
                        | Class::Conditional
                        | Class::Negation
                        | Class::Distinct
                        | Class::Later
                        | Class::Since
                        | Class::Ending
                        | Class::Does
                        | Class::Orders
                        | Class::Revises
                )
            })
            .map(|(w, _, _)| w.clone())
            .chain(family.values().flatten().map(|(w, _, _)| w.clone()))
            .chain(
                [
                    "born", "aged", "turned", "turns", "turn", "turning", "birthday",
                ]
                .map(|w| vec![w.to_string()]),
            );
        for words in stating {
            let keys: Vec<u64> = words.iter().map(|w| crate::text::keys::key(w)).collect();
            opening_keys
                .entry_or_default(keys[0])
                .push(keys[1..].to_vec());
        }
        let mut marked: Vec<(u64, u8)> = Vec::new();
        for (w, _, _) in family.values().flatten() {
            marked.push((crate::text::keys::key(&w[0]), Mark::MENTION));
        }
        for (w, c, _) in keys.values().flat_map(|k| &k.phrases) {
            if matches!(
                c,
                Class::Follows
                    | Class::Precedes
                    | Class::StartVerb
                    | Class::EndVerb
                    | Class::OccurVerb
                    | Class::Lasted
                    | Class::Ongoing
            ) {
                marked.push((crate::text::keys::key(&w[0]), Mark::MENTION));
            }
        }
        let words = |list: &[&str], bit: u8| {
            list.iter()
                .map(|w| (crate::text::keys::key(w), bit))
                .collect::<Vec<_>>()
        };
        marked.extend(words(EVENT_ORDINALS, Mark::ORDINAL));
        marked.extend(words(
            &["born", "turned", "turns", "turn", "turning"],
            Mark::BIRTH,
        ));
        marked.extend(words(AGE_WORDS, Mark::AGE_WORD));
        marked.extend(words(&["again"], Mark::AGAIN));
        marked.extend(words(&["the"], Mark::THE));
        marked.extend(words(&["that", "same"], Mark::THAT_SAME));
        for (key, bit) in marked {
            keys.entry_or_default(key).mark |= bit;
        }
        let mut kin = rustc_hash::FxHashMap::default();
        for class in &p.kin {
            let Some(name) = class.first().map(|w| crate::text::stems::stem(w)) else {
                continue;
            };
            for w in class {
                kin.insert(crate::text::stems::stem(w), name.clone());
            }
        }
        let lasting = p
            .family
            .iter()
            .filter(|f| f.lasts)
            .map(|f| f.key.clone())
            .collect();
        Words {
            base,
            lasting,
            kin,
            keys,
            family,
            opening_keys,
            details: false,
            hedge_share: if p.hedge_share > 0.0 {
                p.hedge_share
            } else {
                0.25
            },
        }
    }

    /// Whether the events of a family key last (see `Family::lasts`).
    pub fn lasts(&self, key: &str) -> bool {
        self.lasting.contains(key)
    }

    /// Participants as their classes name them ("cyclon" → "storm").
    pub fn kin_of(&self, stems: &mut [String]) {
        for p in stems.iter_mut() {
            if let Some(name) = self.kin.get(p.as_str()) {
                p.clone_from(name);
            }
        }
    }

    /// Whether a token opens any phrase or family word (by its lower-case
    /// key, no copy): a sentence with none and no time is not read.
    pub fn opens(&self, tokens: &[Token], i: usize) -> bool {
        let Some(phrases) = self
            .opening_keys
            .get(&crate::text::words::lower_key(&tokens[i]))
        else {
            return false;
        };
        let matches_from = |from: usize, rest: &[u64]| {
            rest.iter().enumerate().all(|(k, key)| {
                tokens
                    .get(from + k)
                    .is_some_and(|t| crate::text::words::lower_key(t) == *key)
            })
        };
        // (An adverb after an auxiliary is read through, as `classes_at` does.)
        let gap = tokens.get(i + 1).is_some_and(|t| {
            INNER_ADVERBS.iter().any(|a| t.text.eq_ignore_ascii_case(a))
                && AUXILIARIES
                    .iter()
                    .any(|a| tokens[i].text.eq_ignore_ascii_case(a))
        });
        phrases.iter().any(|rest| {
            matches_from(i + 1, rest) || gap && !rest.is_empty() && matches_from(i + 2, rest)
        })
    }
}

impl Words {
    /// What the reader knows of each token's key (`KeyWords`), its mark,
    /// and the key (`words::lower_key`): one lookup a token.
    pub(super) fn keys_of<'w>(&'w self, tokens: &[Token]) -> Known<'w> {
        let keys: Vec<u64> = tokens.iter().map(crate::text::words::lower_key).collect();
        let words: Vec<Option<&KeyWords>> = keys.iter().map(|k| self.keys.get(k)).collect();
        let marks = words.iter().map(|k| k.map_or(0, |k| k.mark)).collect();
        Known { words, marks, keys }
    }
}

/// What the reader knows of a sentence's tokens (`Words::keys_of`).
pub(super) struct Known<'w> {
    pub(super) words: Vec<Option<&'w KeyWords>>,
    pub(super) marks: Vec<u8>,
    pub(super) keys: Vec<u64>,
}

impl Known<'_> {
    /// The classes of the phrases that open at `i`, longest first.
    pub(super) fn classes_at(&self, s: &Sentence, i: usize) -> Vec<(Class, usize)> {
        let Some(known) = self.words[i] else {
            return Vec::new();
        };
        // "has now lasted", "have already gone on", "is still due to": an
        // adverb after a phrase's auxiliary is read through.
        let gap = AUXILIARIES.contains(&s.word(i)) && INNER_ADVERBS.contains(&s.word(i + 1));
        let mut found: Vec<(Class, usize)> = known
            .phrases
            .iter()
            // (The keys first: the words are compared only when they agree.)
            .filter(|(w, _, rest)| {
                rest.iter()
                    .enumerate()
                    .all(|(k, key)| self.keys.get(i + 1 + k) == Some(key))
                    && (0..w.len()).all(|k| s.word(i + k) == w[k])
            })
            .map(|(w, c, _)| (*c, w.len()))
            .collect();
        if gap {
            let through = known
                .phrases
                .iter()
                .filter(|(w, _, rest)| {
                    w.len() >= 2
                        && !INNER_ADVERBS.contains(&w[1].as_str())
                        && rest
                            .iter()
                            .enumerate()
                            .all(|(k, key)| self.keys.get(i + 2 + k) == Some(key))
                        && (1..w.len()).all(|k| s.word(i + 1 + k) == w[k])
                })
                .map(|(w, c, _)| (*c, w.len() + 1));
            found.extend(through);
            found.sort_by_key(|&(_, len)| std::cmp::Reverse(len));
        }
        found
    }
}

/// Whether an ordinal can open at `i` (`ordinal_at` and `ordinal_value`
/// of its word are `None` where not): an ordinal word, by its mark
/// (`marks[i]`), a number ("40" of "40th"), or a word that opens with a
/// digit or a sign ("40th").
pub(super) fn may_open_ordinal(s: &Sentence, marks: &[u8], i: usize) -> bool {
    s.tokens[i].is_number()
        || s.word(i)
            .as_bytes()
            .first()
            .is_some_and(|b| b.is_ascii_digit() || *b == b'+' || *b == b'-')
        || marks[i] & Mark::ORDINAL != 0
}

/// The lower-case words of a sentence (`LowerCase::words`: borrowed
/// where a word is lower case already).
pub struct Sentence<'s, 't> {
    pub tokens: &'s [Token<'t>],
    pub lower: &'s [&'s str],
}

/// The lower case of a sentence's words that are not lower case already,
/// made into one buffer for the sentence: one allocation a sentence, not
/// one a capitalised word.
pub struct LowerCase {
    made: String,
    /// Where each word's lower case is in `made`; `None`: the word is
    /// lower case as it stands.
    at: Vec<Option<(usize, usize)>>,
}

impl LowerCase {
    pub fn of(tokens: &[Token]) -> LowerCase {
        // (Room for every word that may need it: one allocation.)
        let room = tokens
            .iter()
            .filter(|t| !t.ascii || t.ascii_capital)
            .map(|t| t.text.len())
            .sum();
        let mut made = String::with_capacity(room);
        let at = tokens
            .iter()
            .map(|t| {
                // (An ASCII token with no capital is lower case: no scan
                // of its bytes to tell.)
                if t.ascii && !t.ascii_capital {
                    return None;
                }
                let from = made.len();
                if t.ascii {
                    made.push_str(t.text);
                    made[from..].make_ascii_lowercase();
                } else {
                    match crate::text::keys::lower(t.text) {
                        Cow::Borrowed(_) => return None,
                        Cow::Owned(w) => made.push_str(&w),
                    }
                }
                Some((from, made.len()))
            })
            .collect();
        LowerCase { made, at }
    }

    /// Each word in lower case.
    pub fn words<'x>(&'x self, tokens: &'x [Token]) -> Vec<&'x str> {
        tokens
            .iter()
            .zip(&self.at)
            .map(|(t, at)| match *at {
                Some((from, to)) => &self.made[from..to],
                None => t.text,
            })
            .collect()
    }
}

impl Sentence<'_, '_> {
    pub(super) fn len(&self) -> usize {
        self.lower.len()
    }

    pub(super) fn word(&self, i: usize) -> &str {
        self.lower.get(i).copied().unwrap_or("")
    }

    /// The event family of the word (or phrase) at `i`, with its length
    /// and whether it names the family's end.
    pub(super) fn family_at(&self, words: &Words, i: usize) -> Option<(String, usize, bool)> {
        let list = words
            .family
            .get(&crate::text::words::lower_key(&self.tokens[i]))?;
        list.iter()
            .find(|(w, _, _)| (0..w.len()).all(|k| self.word(i + k) == w[k]))
            .map(|(w, key, end)| (key.clone(), w.len(), *end))
    }

    /// A family verb in its base form after "to" or a modal ("is
    /// scheduled to open", "will close"), by its stem.
    pub(super) fn base_family_at(&self, words: &Words, i: usize) -> Option<(String, bool)> {
        let before = i.checked_sub(1).map_or("", |j| self.word(j));
        let taken = matches!(
            before,
            "to" | "will" | "would" | "shall" | "must" | "may" | "might" | "could" | "can"
        );
        if !taken || !self.tokens[i].is_word() || self.tokens[i].capitalized {
            return None;
        }
        words
            .base
            .get(&crate::text::stems::stem(self.word(i)))
            .cloned()
    }

    /// The family of a possessive at `i` ("the strike's sixth day"), a one-
    /// word family word with its "'s".
    pub(super) fn possessive_family_at(&self, words: &Words, i: usize) -> Option<(String, bool)> {
        let w = self.word(i);
        let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))?;
        let list = words.family.get(&crate::text::keys::key(stem))?;
        list.iter()
            .find(|(ws, _, _)| ws.len() == 1 && ws[0] == stem)
            .map(|(_, key, end)| (key.clone(), *end))
    }

    pub(super) fn is_clause_break(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.is_punct(',')
            || t.is_punct(';')
            || t.is_punct(':')
            || t.is_punct('—')
            || t.is_punct('(')
            || t.is_punct(')')
    }
}

/// The lower-case words of a phrase of the params (a hyphenated word,
/// "sit-in", is one word, as the tokenizer keeps it).
pub(super) fn phrase_words(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(str::to_lowercase).collect()
}

/// An ordinal at `i` and the tokens it takes: "sixth", or "40th" as the
/// tokenizer splits it ("40", "th").
pub(super) fn ordinal_at(s: &Sentence, i: usize) -> Option<(i64, usize)> {
    if let Some(v) = ordinal_value(s.word(i)) {
        return Some((v, 1));
    }
    if s.tokens.get(i).is_some_and(|t| t.is_number())
        && matches!(s.word(i + 1), "st" | "nd" | "rd" | "th")
        && s.tokens[i].span.end == s.tokens[i + 1].span.start
    {
        return Some((s.word(i).parse().ok()?, 2));
    }
    None
}
