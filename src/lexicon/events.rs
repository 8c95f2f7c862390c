//! The claim graph's lexicon (`lexicon/events.toml`): subject classes, event
//! classes, opposed and related events, and the words of mode (prospective,
//! expected, conditional, ongoing). Loaded with serde; a newsroom's own
//! `events.toml` adds to every list.

use rustc_hash::FxHashMap as HashMap;

use serde::Deserialize;

use super::ordinals::RANK_ORDINALS;
use crate::text::stems::{stem_id, stem_id_token, StemId};
use crate::text::tokens::Token;
use crate::text::words::{Phrases, WordSet};

const BUILTIN: &str = include_str!("../../lexicon/events.toml");

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubjectDef {
    pub class: String,
    pub words: Vec<String>,
    #[serde(default)]
    pub broader: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventDef {
    pub class: String,
    pub phrases: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassGroup {
    pub classes: Vec<String>,
    /// For opposed pairs: the two exclude each other only at one time
    /// (arrested, then released, is no contradiction).
    #[serde(default)]
    pub same_time: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AliasGroup {
    pub names: Vec<String>,
}

/// The file as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventFile {
    #[serde(default)]
    pub subject: Vec<SubjectDef>,
    #[serde(default)]
    pub event: Vec<EventDef>,
    #[serde(default)]
    pub ignore: Vec<String>,
    #[serde(default)]
    pub related: Vec<ClassGroup>,
    #[serde(default)]
    pub opposed: Vec<ClassGroup>,
    #[serde(default)]
    pub prospective: Vec<String>,
    #[serde(default)]
    pub expectation: Vec<String>,
    #[serde(default)]
    pub conditional: Vec<String>,
    #[serde(default)]
    pub ending: Vec<String>,
    #[serde(default)]
    pub ongoing: Vec<String>,
    #[serde(default)]
    pub partial: Vec<String>,
    #[serde(default)]
    pub distinguishing: Vec<String>,
    #[serde(default)]
    pub change: Vec<String>,
    #[serde(default)]
    pub alias: Vec<AliasGroup>,
}

/// A phrase split into lower-case words, for matching on tokens.
pub type Phrase = Vec<String>;

fn phrase(text: &str) -> Phrase {
    text.split_whitespace().map(str::to_lowercase).collect()
}

/// Whether `tokens[at..]` starts with the phrase.
pub fn phrase_at(tokens: &[Token], at: usize, phrase: &Phrase) -> bool {
    phrase.len() <= tokens.len().saturating_sub(at)
        && phrase
            .iter()
            .zip(&tokens[at..])
            .all(|(w, t)| t.text.eq_ignore_ascii_case(w))
}

/// A phrase with the keys of its words (`Token::key`): a token is compared
/// with a word as written only when their keys agree, as they must when
/// the two are equal ignoring ASCII case, so that most tokens that differ
/// cost one comparison of integers.
#[derive(Debug, Clone)]
pub struct KeyedPhrase {
    words: Phrase,
    keys: Vec<u64>,
}

impl KeyedPhrase {
    fn new(words: Phrase) -> KeyedPhrase {
        let keys = words.iter().map(|w| crate::text::keys::key(w)).collect();
        KeyedPhrase { words, keys }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether `tokens[at..]` starts with the phrase (`phrase_at`).
    #[inline]
    pub fn is_at(&self, tokens: &[Token], at: usize) -> bool {
        let Some(run) = tokens.get(at..at.saturating_add(self.keys.len())) else {
            return false;
        };
        run.iter().zip(&self.keys).all(|(t, &k)| t.key == k)
            && run
                .iter()
                .zip(&self.words)
                .all(|(t, w)| t.text.eq_ignore_ascii_case(w))
    }
}

/// The names of the `alias` groups by first word, for one pass over an
/// article's tokens (made once, not for every article).
#[derive(Debug, Clone)]
pub struct AliasIndex {
    /// (group, name, words) by the name's first word.
    pub by_first: HashMap<String, Vec<(usize, usize, Vec<String>)>>,
    /// The bytes a name can begin with: most tokens are ruled out by their
    /// first byte, before any suffix is stripped or word hashed.
    pub opens: [bool; 256],
}

impl Default for AliasIndex {
    fn default() -> Self {
        AliasIndex {
            by_first: HashMap::default(),
            opens: [false; 256],
        }
    }
}

impl AliasIndex {
    fn new(groups: &[AliasGroup]) -> AliasIndex {
        let mut index = AliasIndex::default();
        for (g, group) in groups.iter().enumerate() {
            for (n, name) in group.names.iter().enumerate() {
                let words: Vec<String> = name.split_whitespace().map(str::to_string).collect();
                if let Some(first) = words.first() {
                    if let Some(&b) = first.as_bytes().first() {
                        index.opens[b as usize] = true;
                    }
                    index
                        .by_first
                        .entry(first.clone())
                        .or_default()
                        .push((g, n, words));
                }
            }
        }
        index
    }
}

/// What a sentence's read looks for at each of its words, by the word's
/// key: the phrases to skip and the event phrases that open with it, and
/// the value of an ordinal word. One table, so that each token costs one
/// lookup (most find nothing), not one for each list.
#[derive(Debug, Clone, Default)]
pub struct Openers {
    /// Phrases to skip ("closed in").
    ignore: Vec<KeyedPhrase>,
    /// Event phrases with their classes, longest first.
    events: Vec<(KeyedPhrase, usize)>,
    /// Ordinal words with their values.
    ordinals: Vec<(&'static str, f64)>,
    /// Whether a phrase of one word is among `ignore` and `events`.
    single: bool,
    /// A filter of the second words of the longer ones, by their keys' top
    /// six bits: the words that open most often ("to", "on", "was") open
    /// only longer phrases, and the word after them rules out most at once.
    seconds: u64,
}

/// A key's bit in `Openers::seconds`.
#[inline(always)]
fn second_bit(key: u64) -> u64 {
    1 << (key >> 58)
}

impl Openers {
    /// Notes the phrases' lengths and second words (`single`, `seconds`),
    /// once they are all in.
    fn index_seconds(&mut self) {
        let phrases = self.ignore.iter().chain(self.events.iter().map(|(p, _)| p));
        for p in phrases {
            match p.keys.get(1) {
                Some(&key) => self.seconds |= second_bit(key),
                None => self.single = true,
            }
        }
    }

    /// Whether a phrase to skip or an event phrase may be written at token
    /// `at`, whose key opens them: `false` is sure (`ignored_at` and
    /// `event_at` find none).
    #[inline]
    pub fn may_be_at(&self, tokens: &[Token], at: usize) -> bool {
        self.single
            || tokens
                .get(at + 1)
                .is_some_and(|t| self.seconds & second_bit(t.key) != 0)
    }

    /// The length of a phrase to skip at token `at`.
    pub fn ignored_at(&self, tokens: &[Token], at: usize) -> Option<usize> {
        self.ignore
            .iter()
            .find(|p| p.is_at(tokens, at))
            .map(KeyedPhrase::len)
    }

    /// The longest event phrase at token `at`: its length and class.
    pub fn event_at(&self, tokens: &[Token], at: usize) -> Option<(usize, usize)> {
        self.events
            .iter()
            .find(|(p, _)| p.is_at(tokens, at))
            .map(|(p, class)| (p.len(), *class))
    }

    /// The value of an ordinal word ("seventh": 7).
    pub fn ordinal(&self, token: &Token) -> Option<f64> {
        self.ordinals
            .iter()
            .find(|(w, _)| token.is(w))
            .map(|&(_, value)| value)
    }
}

/// The `Openers` by key, for a sentence's scan, which asks of every token:
/// a filter of the keys' top twelve bits (`KeyMap`'s), and for each value
/// of those bits the run of its keys in one list sorted by them. A token
/// that passes the filter is looked up by comparing a key or two, not by
/// probing a hash table: most that pass are "to", "on", "was", words that
/// open phrases to skip or event phrases.
#[derive(Debug, Clone)]
pub struct OpenerTable {
    filter: [u64; 64],
    /// Where the keys of each value of the top twelve bits start in
    /// `keys`, and (at the value after) end.
    starts: Vec<u32>,
    keys: Vec<u64>,
    openers: Vec<Openers>,
}

impl Default for OpenerTable {
    fn default() -> Self {
        OpenerTable::new(HashMap::default())
    }
}

/// A key's value of its top twelve bits, which `OpenerTable` is indexed by.
#[inline(always)]
fn top_bits(key: u64) -> usize {
    (key >> 52) as usize
}

impl OpenerTable {
    fn new(by_key: HashMap<u64, Openers>) -> OpenerTable {
        let mut entries: Vec<(u64, Openers)> = by_key.into_iter().collect();
        entries.sort_by_key(|&(key, _)| (top_bits(key), key));
        let mut filter = [0u64; 64];
        let mut starts = vec![0u32; 4097];
        for &(key, _) in &entries {
            let h = top_bits(key);
            filter[h >> 6] |= 1 << (h & 63);
            starts[h + 1] += 1;
        }
        for h in 0..4096 {
            starts[h + 1] += starts[h];
        }
        let (keys, openers) = entries.into_iter().unzip();
        OpenerTable {
            filter,
            starts,
            keys,
            openers,
        }
    }

    /// Whether the table may hold `key`: `false` is sure.
    #[inline(always)]
    pub fn may_hold(&self, key: u64) -> bool {
        let h = top_bits(key);
        self.filter[h >> 6] & (1 << (h & 63)) != 0
    }

    /// The openers of `key`, if any.
    #[inline]
    pub fn get(&self, key: u64) -> Option<&Openers> {
        let h = top_bits(key);
        let (from, to) = (self.starts[h] as usize, self.starts[h + 1] as usize);
        let at = self.keys[from..to].iter().position(|&k| k == key)?;
        Some(&self.openers[from + at])
    }
}

/// The lexicon, indexed for lookups.
#[derive(Debug, Clone, Default)]
pub struct EventLexicon {
    pub file: EventFile,
    /// Subject stem → class index.
    /// Subject classes by the `StemId` of each of their words.
    subject_by_stem: HashMap<StemId, usize>,
    /// Class index → the index of its broader class.
    broader: Vec<Option<usize>>,
    /// Event phrases and phrases to skip by first word, and ordinal words.
    openers: OpenerTable,
    /// The single words of `conditional`.
    conditional_words: WordSet,
    ending: WordSet,
    distinguishing: WordSet,
    pub prospective: Phrases,
    pub expectation: Phrases,
    pub conditional: Phrases,
    pub ongoing: Phrases,
    pub partial: Phrases,
    pub change: Phrases,
    pub aliases: AliasIndex,
}

impl EventLexicon {
    pub fn builtin() -> EventLexicon {
        let file: EventFile =
            toml::from_str(BUILTIN).expect("the embedded events.toml is valid (tested)");
        EventLexicon::from_file(file)
    }

    /// Adds a newsroom's entries to every list.
    pub fn merge(&mut self, other: EventFile) {
        let mut file = std::mem::take(&mut self.file);
        file.subject.extend(other.subject);
        file.event.extend(other.event);
        file.ignore.extend(other.ignore);
        file.related.extend(other.related);
        file.opposed.extend(other.opposed);
        file.prospective.extend(other.prospective);
        file.expectation.extend(other.expectation);
        file.conditional.extend(other.conditional);
        file.ending.extend(other.ending);
        file.ongoing.extend(other.ongoing);
        file.partial.extend(other.partial);
        file.distinguishing.extend(other.distinguishing);
        file.change.extend(other.change);
        file.alias.extend(other.alias);
        *self = EventLexicon::from_file(file);
    }

    pub fn from_file(file: EventFile) -> EventLexicon {
        let mut subject_by_stem = HashMap::default();
        for (k, def) in file.subject.iter().enumerate() {
            for word in &def.words {
                subject_by_stem.entry(stem_id(word)).or_insert(k);
            }
        }
        let broader = file
            .subject
            .iter()
            .map(|def| {
                def.broader
                    .as_ref()
                    .and_then(|b| file.subject.iter().position(|d| &d.class == b))
            })
            .collect();
        let mut openers: HashMap<u64, Openers> = HashMap::default();
        for (k, def) in file.event.iter().enumerate() {
            for p in def
                .phrases
                .iter()
                .map(|p| phrase(p))
                .filter(|p| !p.is_empty())
            {
                openers
                    .entry(crate::text::keys::key(&p[0]))
                    .or_default()
                    .events
                    .push((KeyedPhrase::new(p), k));
            }
        }
        for bucket in openers.values_mut() {
            bucket
                .events
                .sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        for p in file
            .ignore
            .iter()
            .map(|p| phrase(p))
            .filter(|p| !p.is_empty())
        {
            openers
                .entry(crate::text::keys::key(&p[0]))
                .or_default()
                .ignore
                .push(KeyedPhrase::new(p));
        }
        for (n, w) in RANK_ORDINALS.iter().enumerate() {
            openers
                .entry(crate::text::keys::key(w))
                .or_default()
                .ordinals
                .push((w, (n + 1) as f64));
        }
        for bucket in openers.values_mut() {
            bucket.index_seconds();
        }
        let conditional_words: Vec<String> = file
            .conditional
            .iter()
            .map(|p| phrase(p))
            .filter(|p| p.len() == 1)
            .map(|mut p| p.remove(0))
            .collect();
        // Indexed by first word, so that a token that opens none is passed
        // over at once (a blank entry has no first word and matches nothing).
        let list = |l: &[String]| Phrases::new(l.iter().map(|p| phrase(p)).collect());
        EventLexicon {
            subject_by_stem,
            broader,
            openers: OpenerTable::new(openers),
            conditional_words: WordSet::new(&conditional_words),
            ending: WordSet::new(&file.ending),
            distinguishing: WordSet::new(&file.distinguishing),
            prospective: list(&file.prospective),
            expectation: list(&file.expectation),
            conditional: list(&file.conditional),
            ongoing: list(&file.ongoing),
            partial: list(&file.partial),
            change: list(&file.change),
            aliases: AliasIndex::new(&file.alias),
            file,
        }
    }

    /// The phrases that may open at a token, and the ordinal it may be
    /// (`Openers`), if any.
    #[inline]
    pub fn openers(&self, token: &Token) -> Option<&Openers> {
        self.openers.get(token.key)
    }

    /// The openers' table, for a loop over a sentence's tokens.
    #[inline(always)]
    pub fn opener_table(&self) -> &OpenerTable {
        &self.openers
    }

    /// Whether a token is one of the single words of `conditional` ("if").
    pub fn is_conditional_word(&self, token: &Token) -> bool {
        self.conditional_words.contains_token(token)
    }

    /// The subject class of a counted noun.
    pub fn subject_class(&self, word: &str) -> Option<usize> {
        self.subject_by_stem.get(&stem_id(word)).copied()
    }

    /// As `subject_class`, for a token (its stem id is cached by its key).
    pub fn subject_class_of(&self, token: &Token) -> Option<usize> {
        self.subject_by_stem.get(&stem_id_token(token)).copied()
    }

    pub fn subject_name(&self, class: usize) -> &str {
        &self.file.subject[class].class
    }

    pub fn event_name(&self, class: usize) -> &str {
        &self.file.event[class].class
    }

    pub fn event_class(&self, name: &str) -> Option<usize> {
        self.file.event.iter().position(|e| e.class == name)
    }

    /// Whether `broad` includes `narrow` (directly or through other classes).
    pub fn is_broader(&self, broad: usize, narrow: usize) -> bool {
        let mut at = self.broader.get(narrow).copied().flatten();
        let mut steps = 0;
        while let Some(k) = at {
            if k == broad {
                return true;
            }
            steps += 1;
            if steps > self.broader.len() {
                return false;
            }
            at = self.broader.get(k).copied().flatten();
        }
        false
    }

    /// The event class opposed to this one, if any.
    pub fn opposite(&self, class: usize) -> Option<usize> {
        let name = self.event_name(class);
        self.file.opposed.iter().find_map(|g| {
            if g.classes.len() != 2 {
                return None;
            }
            if g.classes[0] == name {
                self.event_class(&g.classes[1])
            } else if g.classes[1] == name {
                self.event_class(&g.classes[0])
            } else {
                None
            }
        })
    }

    /// Whether two event classes belong to one related group.
    pub fn related(&self, a: usize, b: usize) -> bool {
        let (a, b) = (self.event_name(a), self.event_name(b));
        self.file
            .related
            .iter()
            .any(|g| g.classes.iter().any(|c| c == a) && g.classes.iter().any(|c| c == b))
    }

    /// Whether a word (ignoring ASCII case) is in `distinguishing`.
    pub fn is_distinguishing(&self, word: &str) -> bool {
        self.distinguishing.contains(word)
    }

    /// Whether a token (ignoring ASCII case) is in `ending`.
    pub fn is_ending(&self, token: &Token) -> bool {
        self.ending.contains_token(token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;
    use crate::text::Span;

    #[test]
    fn keyed_phrases_match_as_phrase_at_does() {
        let text = "He WAS left on The LEFT bank; was Left, Été été ÉTÉ closed in close-in.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let phrases = [
            "was left",
            "on the left",
            "left",
            "été",
            "été été",
            "closed in",
            "close",
            "in.",
            "bank ; was left",
        ];
        for p in phrases {
            let words = phrase(p);
            let keyed = KeyedPhrase::new(words.clone());
            for at in 0..=tokens.len() + 1 {
                assert_eq!(
                    keyed.is_at(&tokens, at),
                    phrase_at(&tokens, at, &words),
                    "{p:?} at {at}"
                );
            }
        }
    }

    #[test]
    fn the_opener_table_answers_as_a_hash_table() {
        // Keys chosen to share their top twelve bits in runs, and keys of
        // real words.
        let mut keys: Vec<u64> = Vec::new();
        let mut seed = 0x853c_49e6_748f_ea9b_u64;
        let mut next = || {
            crate::xorshift(&mut seed);
            seed
        };
        for _ in 0..300 {
            let k = next();
            keys.push(k);
            if k % 3 == 0 {
                // Another key of the same top bits.
                keys.push(k ^ (next() >> 12));
            }
        }
        keys.extend(["to", "on", "was", "first", "left"].map(crate::text::keys::key));
        let mut by_key: HashMap<u64, Openers> = HashMap::default();
        for (n, &k) in keys.iter().enumerate() {
            by_key.entry(k).or_default().ordinals.push(("x", n as f64));
        }
        let table = OpenerTable::new(by_key.clone());
        let mut asked = keys.clone();
        asked.extend((0..3000).map(|_| next()));
        asked.extend(keys.iter().map(|k| k ^ 1));
        for k in asked {
            let held = by_key.get(&k).map(|o| format!("{o:?}"));
            assert_eq!(table.get(k).map(|o| format!("{o:?}")), held, "{k:x}");
            if held.is_some() {
                assert!(table.may_hold(k));
            }
        }
        let empty = OpenerTable::default();
        assert!(keys
            .iter()
            .all(|&k| !empty.may_hold(k) && empty.get(k).is_none()));
    }

    #[test]
    fn the_builtin_lexicon_is_consistent() {
        let lex = EventLexicon::builtin();
        let civilians = lex.subject_class("civilians").unwrap();
        let people = lex.subject_class("people").unwrap();
        assert!(lex.is_broader(people, civilians));
        assert!(!lex.is_broader(civilians, people));
        let fighters = lex.subject_class("fighters").unwrap();
        assert_eq!(Some(fighters), lex.subject_class("militants"));
        for group in lex.file.opposed.iter().chain(&lex.file.related) {
            for class in &group.classes {
                assert!(lex.event_class(class).is_some(), "unknown class {class}");
            }
        }
        for def in &lex.file.subject {
            if let Some(b) = &def.broader {
                assert!(lex.file.subject.iter().any(|d| &d.class == b), "{b}");
            }
        }
    }
}
