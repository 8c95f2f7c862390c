//! The attribution lexicon (`lexicon/cues.toml`): reporting verbs, cue phrases,
//! vague cues, and the words that make a phrase a speaker. Loaded with serde;
//! a newsroom's own `cues.toml` adds to every list.

use crate::text::tokens::Token;
use crate::text::words::{KeyMap, KeySet, Phrases, WordSet};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde::Deserialize;

/// The file as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueFile {
    #[serde(default)]
    pub speech_verbs: Vec<String>,
    #[serde(default)]
    pub clause_verbs: Vec<String>,
    #[serde(default)]
    pub act_verbs: Vec<String>,
    #[serde(default)]
    pub passive_cues: Vec<String>,
    #[serde(default)]
    pub preposition_cues: Vec<String>,
    #[serde(default)]
    pub relay_verbs: Vec<String>,
    #[serde(default)]
    pub relay_links: Vec<String>,
    #[serde(default)]
    pub vague_cues: Vec<String>,
    #[serde(default)]
    pub unnamed_heads: Vec<String>,
    #[serde(default)]
    pub organisation_heads: Vec<String>,
    #[serde(default)]
    pub titles: Vec<String>,
    #[serde(default)]
    pub honorifics: Vec<String>,
    #[serde(default)]
    pub groups: Vec<String>,
    #[serde(default)]
    pub crowds: Vec<String>,
    #[serde(default)]
    pub noun_cues: Vec<String>,
    #[serde(default)]
    pub places: Vec<String>,
}

/// How a reporting verb attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbClass {
    /// A cue wherever it has a speaker ("said", "told", "urged").
    Speech,
    /// A cue only with a clause, colon or quotation after it, or at the end of
    /// the sentence ("found that", "believes").
    Clause,
    /// A stance or an act, a cue only with a named speaker just before it
    /// ("Trump attacked", "Clinton wants").
    Act,
}

#[derive(Debug, Clone)]
pub struct Verb {
    pub class: VerbClass,
    /// The base form ("say" for "said").
    pub lemma: String,
    /// Words that belong to the cue after the verb ("for" in "called for").
    pub particles: Vec<String>,
    /// The verb is a cue only with one of its particles ("spoke about").
    pub particle_required: bool,
}

/// The lexicon, indexed for lookup. Every word is kept lower case.
#[derive(Debug, Clone, Default)]
pub struct CueLexicon {
    file: CueFile,
    /// Every verb form (lower case) with its verb, by `words::key`: most
    /// tokens are ruled out by the key's filter, and an ASCII token finds
    /// its verb compared as written, with no lower-case copy of a
    /// capitalised word and no string hash.
    verbs: KeyMap<Vec<(Box<str>, Verb)>>,
    /// The keys of `verbs` again, in a filter of more bits than the map's
    /// own: about 800 forms set a fifth of a `KeyMap`'s 4,096 bits, and
    /// that fifth of a text's words went on to probe the table for nothing.
    verb_keys: KeyFilter,
    /// Every key a token that may begin a cue has (`grammar::cues`): a verb
    /// form, a passive or noun cue, the first word of a preposition or
    /// vague cue, and "that". An ASCII token whose key is not here begins
    /// none, and is asked nothing more.
    cue_keys: KeyFilter,
    /// The preposition and vague cues again, by their first word's key,
    /// for `cue_phrases_at`.
    cue_phrases: KeyMap<Vec<CuePhrase>>,
    /// Keys of the passive cues and of the noun cues, as `verbs` is keyed.
    passive_cue_keys: KeySet,
    noun_cue_keys: KeySet,
    relay_verbs: HashSet<String>,
    passive_cues: HashSet<String>,
    pub preposition_cues: Phrases,
    pub relay_links: Phrases,
    pub vague_cues: Phrases,
    unnamed_heads: LowerWords,
    organisation_heads: LowerWords,
    titles: LowerWords,
    honorifics: LowerWords,
    groups: LowerWords,
    crowds: LowerWords,
    noun_cues: HashSet<String>,
    places: LowerWords,
    /// A newsroom's known sources: lower-case alias → canonical name.
    known: HashMap<String, String>,
}

/// A list of lower-case words indexed by key: a token is looked up by the
/// key it carries, ignoring ASCII case, where a lower-case copy of every
/// capitalised word was made to ask the set (a speaker phrase asks of each
/// of its words whether it is an honorific, a title, a group).
#[derive(Debug, Clone, Default)]
struct LowerWords {
    by_key: WordSet,
}

impl LowerWords {
    fn new(words: HashSet<String>) -> LowerWords {
        let list: Vec<&String> = words.iter().collect();
        LowerWords {
            by_key: WordSet::new(&list),
        }
    }

    fn contains(&self, lower: &str) -> bool {
        self.by_key.contains_exactly(lower)
    }

    /// As `contains` for the text's lower case, with no lower-case copy of
    /// an ASCII text (as `contains_token`).
    fn contains_any_case(&self, text: &str) -> bool {
        if text.is_ascii() {
            self.by_key.contains(text)
        } else {
            self.contains(&text.to_lowercase())
        }
    }

    /// As `contains` for the token's lower case. An ASCII token's lower
    /// case is a listed word exactly when the word equals the token but for
    /// ASCII case (a listed word with a byte outside ASCII equals no ASCII
    /// token); any other token is lower-cased in full, as the list was.
    #[inline]
    fn contains_token(&self, token: &Token) -> bool {
        if token.ascii {
            self.by_key.contains_token(token)
        } else {
            self.contains(&token.text.to_lowercase())
        }
    }
}

/// A preposition or vague cue with the keys of its words: a phrase whose
/// first word a token matches is ruled out by the next word's key (most
/// tokens of "is", "it", "in", "as" go on with none of the cues' words),
/// where `words::phrase_at` compared the words' text, phrase by phrase.
#[derive(Debug, Clone)]
struct CuePhrase {
    keys: Box<[u64]>,
    words: Vec<String>,
    vague: bool,
}

/// A filter of word keys (`words::key`) with 65,536 bits, indexed by the
/// key's top sixteen bits (as `words::KeyMap`'s filter takes its top
/// twelve): a few hundred keys set about one bit in a hundred, so nearly
/// every word a list does not hold is ruled out in one load. `false` is
/// sure; `true` only says to look.
#[derive(Clone)]
struct KeyFilter {
    bits: Box<[u64; KeyFilter::WORDS]>,
}

impl KeyFilter {
    const WORDS: usize = 1 << 10;

    #[inline(always)]
    fn bit(key: u64) -> (usize, u64) {
        let h = (key >> 48) as usize;
        (h >> 6, 1 << (h & 63))
    }

    fn insert(&mut self, key: u64) {
        let (word, mask) = KeyFilter::bit(key);
        self.bits[word] |= mask;
    }

    #[inline(always)]
    fn may_hold(&self, key: u64) -> bool {
        let (word, mask) = KeyFilter::bit(key);
        self.bits[word] & mask != 0
    }
}

impl Default for KeyFilter {
    fn default() -> Self {
        KeyFilter {
            bits: Box::new([0; KeyFilter::WORDS]),
        }
    }
}

impl std::fmt::Debug for KeyFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set: u32 = self.bits.iter().map(|w| w.count_ones()).sum();
        write!(f, "KeyFilter({set} bits set)")
    }
}

const BUILTIN: &str = include_str!("../../lexicon/cues.toml");

impl CueLexicon {
    pub fn builtin() -> CueLexicon {
        let file: CueFile =
            toml::from_str(BUILTIN).expect("the embedded cues.toml is valid (tested)");
        CueLexicon::from_file(file)
    }

    /// Adds a newsroom's entries to every list.
    pub fn merge(&mut self, other: CueFile) {
        let known = std::mem::take(&mut self.known);
        let mut file = std::mem::take(&mut self.file);
        file.speech_verbs.extend(other.speech_verbs);
        file.clause_verbs.extend(other.clause_verbs);
        file.act_verbs.extend(other.act_verbs);
        file.passive_cues.extend(other.passive_cues);
        file.preposition_cues.extend(other.preposition_cues);
        file.relay_verbs.extend(other.relay_verbs);
        file.relay_links.extend(other.relay_links);
        file.vague_cues.extend(other.vague_cues);
        file.unnamed_heads.extend(other.unnamed_heads);
        file.organisation_heads.extend(other.organisation_heads);
        file.titles.extend(other.titles);
        file.honorifics.extend(other.honorifics);
        file.groups.extend(other.groups);
        file.crowds.extend(other.crowds);
        file.noun_cues.extend(other.noun_cues);
        file.places.extend(other.places);
        *self = CueLexicon::from_file(file);
        self.known = known;
    }

    pub(crate) fn from_file(file: CueFile) -> CueLexicon {
        let mut verbs: HashMap<String, Verb> = HashMap::default();
        // Acts first, then clause verbs, so that a verb listed twice takes the
        // broader class.
        for (class, list) in [
            (VerbClass::Act, &file.act_verbs),
            (VerbClass::Clause, &file.clause_verbs),
            (VerbClass::Speech, &file.speech_verbs),
        ] {
            for entry in list {
                let mut forms = Vec::new();
                let mut particles = Vec::new();
                let mut particle_required = false;
                for word in entry.split_whitespace() {
                    if let Some(p) = word.strip_prefix("++") {
                        particle_required = true;
                        particles.push(p.to_lowercase());
                    } else if let Some(p) = word.strip_prefix('+') {
                        particles.push(p.to_lowercase());
                    } else {
                        forms.push(word.to_lowercase());
                    }
                }
                let Some(lemma) = forms.first().cloned() else {
                    continue;
                };
                for form in forms {
                    verbs.insert(
                        form,
                        Verb {
                            class,
                            lemma: lemma.clone(),
                            particles: particles.clone(),
                            particle_required,
                        },
                    );
                }
            }
        }
        let words = |list: &[String]| -> HashSet<String> {
            list.iter()
                .flat_map(|e| e.split_whitespace())
                .map(|w| w.trim_end_matches('.').to_lowercase())
                .collect()
        };
        let phrases = |list: &[String]| -> Vec<Vec<String>> {
            let mut out: Vec<Vec<String>> = list
                .iter()
                .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
                .filter(|p: &Vec<String>| !p.is_empty())
                .collect();
            // Longest first, so that "according to reports" wins over "according to".
            out.sort_by_key(|p| std::cmp::Reverse(p.len()));
            out
        };
        let passive_cues = words(&file.passive_cues);
        let noun_cues = words(&file.noun_cues);
        let keys = |set: &HashSet<String>| set.iter().map(|w| crate::text::keys::key(w)).collect();
        let preposition_cues = Phrases::new(phrases(&file.preposition_cues));
        let vague_cues = Phrases::new(phrases(&file.vague_cues));
        let mut cue_phrases: KeyMap<Vec<CuePhrase>> = KeyMap::default();
        for (vague, list) in [(false, &preposition_cues), (true, &vague_cues)] {
            for words in list.iter() {
                let keys: Box<[u64]> = words.iter().map(|w| crate::text::keys::key(w)).collect();
                cue_phrases.entry_or_default(keys[0]).push(CuePhrase {
                    keys,
                    words: words.clone(),
                    vague,
                });
            }
        }
        let mut verb_keys = KeyFilter::default();
        let mut cue_keys = KeyFilter::default();
        let firsts = preposition_cues.iter().chain(vague_cues.iter());
        for word in verbs
            .keys()
            .chain(&passive_cues)
            .chain(&noun_cues)
            .chain(firsts.filter_map(|p| p.first()))
            .map(String::as_str)
            .chain(["that"])
        {
            cue_keys.insert(crate::text::keys::key(word));
        }
        CueLexicon {
            verbs: {
                let mut by_key: KeyMap<Vec<(Box<str>, Verb)>> = KeyMap::default();
                for (form, verb) in verbs {
                    let key = crate::text::keys::key(&form);
                    verb_keys.insert(key);
                    by_key.entry_or_default(key).push((form.into(), verb));
                }
                by_key
            },
            verb_keys,
            cue_keys,
            cue_phrases,
            passive_cue_keys: keys(&passive_cues),
            noun_cue_keys: keys(&noun_cues),
            relay_verbs: words(&file.relay_verbs),
            passive_cues,
            preposition_cues,
            relay_links: Phrases::new(phrases(&file.relay_links)),
            vague_cues,
            unnamed_heads: LowerWords::new(words(&file.unnamed_heads)),
            organisation_heads: LowerWords::new(words(&file.organisation_heads)),
            titles: LowerWords::new(words(&file.titles)),
            honorifics: LowerWords::new(words(&file.honorifics)),
            groups: LowerWords::new(words(&file.groups)),
            crowds: LowerWords::new(words(&file.crowds)),
            noun_cues,
            places: LowerWords::new(words(&file.places)),
            known: HashMap::default(),
            file,
        }
    }

    /// The reporting verb a lower-case word is a form of.
    pub fn verb(&self, word: &str) -> Option<&Verb> {
        self.verbs
            .get(&crate::text::keys::key(word))?
            .iter()
            .find(|(form, _)| **form == *word)
            .map(|(_, verb)| verb)
    }

    /// The reporting verb a token is a form of, in any case. (The key's
    /// filter inline at every caller: most words are no verb of saying.)
    #[inline(always)]
    pub fn verb_of(&self, token: &Token) -> Option<&Verb> {
        if token.ascii && !self.verb_keys.may_hold(token.key) {
            return None;
        }
        self.verb_of_held(token)
    }

    #[inline(never)]
    fn verb_of_held(&self, token: &Token) -> Option<&Verb> {
        if !token.ascii {
            return self.verb(&token.text.to_lowercase());
        }
        // An ASCII token's lower case is a form exactly when the form equals
        // the token but for ASCII case (a form with a byte outside ASCII
        // equals no ASCII token). A token with no capital letter is its own
        // lower case, and the forms are in lower case: its bytes are
        // compared as they are, where case was folded a byte at a time.
        let forms = self.verbs.get(&token.key)?;
        if token.ascii_capital {
            forms
                .iter()
                .find(|(form, _)| form.eq_ignore_ascii_case(token.text))
                .map(|(_, verb)| verb)
        } else {
            forms
                .iter()
                .find(|(form, _)| form.as_bytes() == token.text.as_bytes())
                .map(|(_, verb)| verb)
        }
    }

    pub fn is_verb_form(&self, lower: &str) -> bool {
        self.verb(lower).is_some()
    }

    /// Whether a token may begin a cue (`cue_keys`): `false` is sure, and
    /// then the token is no verb form, no passive or noun cue, begins no
    /// preposition or vague cue and is not "that".
    #[inline(always)]
    pub fn may_begin_cue(&self, token: &Token) -> bool {
        !token.ascii || self.cue_keys.may_hold(token.key)
    }

    /// Whether a preposition cue and whether a vague cue is written at
    /// `tokens[at..]`: `preposition_cues.first_at(tokens, at).is_some()` and
    /// the same of `vague_cues`. A word the text matches ignoring ASCII case
    /// has the token's key, so a phrase whose keys the tokens do not have
    /// is not written there; one whose keys they have is still compared
    /// word by word.
    pub fn cue_phrases_at(&self, tokens: &[Token], at: usize) -> (bool, bool) {
        let (mut preposition, mut vague) = (false, false);
        let Some(list) = tokens.get(at).and_then(|t| self.cue_phrases.get(&t.key)) else {
            return (false, false);
        };
        for p in list {
            let written = tokens
                .get(at..at + p.keys.len())
                .is_some_and(|run| run.iter().zip(&*p.keys).all(|(t, &k)| t.key == k))
                && phrase_at(tokens, at, &p.words).is_some();
            if written {
                if p.vague {
                    vague = true;
                } else {
                    preposition = true;
                }
            }
        }
        (preposition, vague)
    }

    /// A participle whose agentless passive is a cue ("was accused of").
    pub fn is_passive_cue(&self, lower: &str) -> bool {
        self.passive_cues.contains(lower)
    }

    /// As `is_passive_cue`, for a token in any case.
    #[inline(always)]
    pub fn is_passive_cue_token(&self, token: &Token) -> bool {
        (!token.ascii || self.passive_cue_keys.may_hold(token.key))
            && self.is_passive_cue_token_held(token)
    }

    #[inline(never)]
    fn is_passive_cue_token_held(&self, token: &Token) -> bool {
        self.passive_cue_keys
            .contains(&crate::text::words::lower_key(token))
            && self.is_passive_cue(&crate::text::keys::lower(token.text))
    }

    pub fn is_relay_verb(&self, lower: &str) -> bool {
        self.relay_verbs.contains(lower)
    }

    pub fn is_unnamed_head(&self, lower: &str) -> bool {
        self.unnamed_heads.contains(lower)
    }

    pub fn is_organisation_head(&self, lower: &str) -> bool {
        self.organisation_heads.contains(lower)
    }

    pub fn is_title(&self, lower: &str) -> bool {
        self.titles.contains(lower)
    }

    pub fn is_honorific(&self, lower: &str) -> bool {
        self.honorifics.contains(lower)
    }

    /// A plural noun for people: a speaker group or a crowd.
    pub fn is_group(&self, lower: &str) -> bool {
        self.groups.contains(lower) || self.crowds.contains(lower)
    }

    /// As `is_unnamed_head`, for a token in any case.
    pub fn is_unnamed_head_token(&self, token: &Token) -> bool {
        self.unnamed_heads.contains_token(token)
    }

    /// As `is_organisation_head`, for a token in any case.
    pub fn is_organisation_head_token(&self, token: &Token) -> bool {
        self.organisation_heads.contains_token(token)
    }

    /// As `is_organisation_head`, for a word in any case.
    pub fn is_organisation_head_any_case(&self, word: &str) -> bool {
        self.organisation_heads.contains_any_case(word)
    }

    /// As `is_title`, for a token in any case.
    pub fn is_title_token(&self, token: &Token) -> bool {
        self.titles.contains_token(token)
    }

    /// As `is_honorific`, for a token in any case.
    pub fn is_honorific_token(&self, token: &Token) -> bool {
        self.honorifics.contains_token(token)
    }

    /// As `is_group`, for a token in any case.
    pub fn is_group_token(&self, token: &Token) -> bool {
        self.groups.contains_token(token) || self.crowds.contains_token(token)
    }

    /// A newsroom's known source and its aliases ("Agence France-Presse" =
    /// ["AFP"]): every alias, and the name itself, resolve to the name.
    pub fn add_known_source(&mut self, name: &str, aliases: &[String]) {
        self.known.insert(name.to_lowercase(), name.to_string());
        for a in aliases {
            self.known.insert(a.to_lowercase(), name.to_string());
        }
    }

    /// The canonical name a newsroom gives a name or alias.
    pub fn known_source(&self, name: &str) -> Option<&str> {
        if self.known.is_empty() {
            // The embedded rules name no known source: no lower-case copy
            // of every speaker's name to make (twice a speaker phrase).
            return None;
        }
        self.known.get(&name.to_lowercase()).map(String::as_str)
    }

    /// A country or capital that speaks for its government ("Russia said").
    pub fn is_place(&self, lower: &str) -> bool {
        self.places.contains(lower)
    }

    /// As `is_place`, for a name in any case.
    pub fn is_place_any_case(&self, name: &str) -> bool {
        self.places.contains_any_case(name)
    }

    /// A noun that carries its possessor's claim ("claim", "estimate").
    pub fn is_noun_cue(&self, lower: &str) -> bool {
        self.noun_cues.contains(lower)
    }

    /// As `is_noun_cue`, for a token in any case.
    #[inline(always)]
    pub fn is_noun_cue_token(&self, token: &Token) -> bool {
        (!token.ascii || self.noun_cue_keys.may_hold(token.key))
            && self.is_noun_cue_token_held(token)
    }

    #[inline(never)]
    fn is_noun_cue_token_held(&self, token: &Token) -> bool {
        self.noun_cue_keys
            .contains(&crate::text::words::lower_key(token))
            && self.is_noun_cue(&crate::text::keys::lower(token.text))
    }

    /// People often described but seldom quoted as a body ("militants").
    pub fn is_crowd(&self, lower: &str) -> bool {
        self.crowds.contains(lower)
    }
}

pub use crate::text::words::phrase_at;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;
    use crate::text::Span;

    /// Known sources resolve in any case once added, and nothing resolves
    /// while none is (the lookup's early answer).
    #[test]
    fn known_sources_resolve_in_any_case() {
        let mut lex = CueLexicon::builtin();
        assert_eq!(lex.known_source("AFP"), None);
        lex.add_known_source("Agence France-Presse", &["AFP".to_string()]);
        assert_eq!(lex.known_source("afp"), Some("Agence France-Presse"));
        assert_eq!(
            lex.known_source("AGENCE FRANCE-PRESSE"),
            Some("Agence France-Presse")
        );
        assert_eq!(lex.known_source("Reuters"), None);
    }

    /// Token lookups answer as the lower-case lookups do, in any case and
    /// for words outside ASCII (whose keys are not their lower-case forms').
    #[test]
    fn verb_forms_in_any_case_agree_with_the_plain_reading() {
        // A token with no capital letter is compared byte for byte, one
        // with capitals ignoring case: both answer as the lower-case
        // lookup, for every form in every case, near misses and words
        // outside ASCII.
        let mut lex = CueLexicon::builtin();
        lex.merge(CueFile {
            speech_verbs: vec!["dénoncer dénonce dénoncé".into()],
            ..CueFile::default()
        });
        let mut words: Vec<String> = Vec::new();
        for entry in lex
            .file
            .speech_verbs
            .iter()
            .chain(&lex.file.clause_verbs)
            .chain(&lex.file.act_verbs)
        {
            for form in entry.split_whitespace().filter(|w| !w.starts_with('+')) {
                let title: String = form
                    .chars()
                    .enumerate()
                    .map(|(k, c)| if k == 0 { c.to_ascii_uppercase() } else { c })
                    .collect();
                let last_upper: String = {
                    let mut c: Vec<char> = form.chars().collect();
                    if let Some(l) = c.last_mut() {
                        *l = l.to_ascii_uppercase();
                    }
                    c.into_iter().collect()
                };
                words.extend([
                    form.to_string(),
                    form.to_uppercase(),
                    title,
                    last_upper,
                    format!("{form}s"),
                    format!("x{form}"),
                    form.chars().skip(1).collect(),
                ]);
            }
        }
        words.extend(["", "a", "SAID", "sAiD", "said’", "dÉnoncÉ", "Dénoncé"].map(String::from));
        let text = words.join(" ");
        let tokens = tokenize(&text, Span::new(0, text.len()));
        assert!(tokens.len() > 500);
        for t in &tokens {
            assert_eq!(
                lex.verb_of(t).map(|v| (&v.lemma, v.class)),
                lex.verb(&t.text.to_lowercase())
                    .map(|v| (&v.lemma, v.class)),
                "{}",
                t.text
            );
        }
    }

    #[test]
    fn token_lookups_agree_with_lower_case_lookups() {
        let mut lex = CueLexicon::builtin();
        lex.merge(CueFile {
            speech_verbs: vec!["dénoncé".into()],
            noun_cues: vec!["thèse".into()],
            passive_cues: vec!["réputé".into()],
            ..CueFile::default()
        });
        let text =
            "said SAID Said told walked DÉNONCÉ Dénoncé claim THÈSE thèse alleged RÉPUTÉ table";
        for t in tokenize(text, Span::new(0, text.len())) {
            let lower = t.text.to_lowercase();
            assert_eq!(
                lex.verb_of(&t).map(|v| &v.lemma),
                lex.verb(&lower).map(|v| &v.lemma),
                "{}",
                t.text
            );
            assert_eq!(
                lex.is_noun_cue_token(&t),
                lex.is_noun_cue(&lower),
                "{}",
                t.text
            );
            assert_eq!(
                lex.is_passive_cue_token(&t),
                lex.is_passive_cue(&lower),
                "{}",
                t.text
            );
        }
        // The word lists, for tokens and for words in any case.
        let text = "Spokesman SPOKESMAN minister Officials ministry MINISTRY Mr President \
                    Russia RUSSIA Stâtion stâtion militants table";
        lex.merge(CueFile {
            organisation_heads: vec!["stâtion".into()],
            ..CueFile::default()
        });
        for t in tokenize(text, Span::new(0, text.len())) {
            let lower = t.text.to_lowercase();
            let pairs = [
                (lex.is_title_token(&t), lex.is_title(&lower)),
                (lex.is_honorific_token(&t), lex.is_honorific(&lower)),
                (lex.is_group_token(&t), lex.is_group(&lower)),
                (lex.is_unnamed_head_token(&t), lex.is_unnamed_head(&lower)),
                (
                    lex.is_organisation_head_token(&t),
                    lex.is_organisation_head(&lower),
                ),
                (
                    lex.is_organisation_head_any_case(t.text),
                    lex.is_organisation_head(&lower),
                ),
                (lex.is_place_any_case(t.text), lex.is_place(&lower)),
            ];
            for (by_token, by_lower) in pairs {
                assert_eq!(by_token, by_lower, "{}", t.text);
            }
        }

        let first = |s: &'static str| tokenize(s, Span::new(0, s.len()))[0];
        assert!(lex.verb_of(&first("DÉNONCÉ")).is_some());
        assert!(lex.is_noun_cue_token(&first("THÈSE")));
        assert!(lex.verb_of(&first("Said")).is_some());
        assert!(lex.verb_of(&first("table")).is_none());
        assert!(lex.is_organisation_head_token(&first("STÂTION")));
        assert!(lex.is_title_token(&first("SPOKESMAN")));
    }
}
