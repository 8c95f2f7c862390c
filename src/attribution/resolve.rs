//! From speaker phrases to sources: one source per real speaker. Mentions are
//! merged through acronyms (introduced in parentheses or read from initials),
//! surnames, nominals ("the ministry", "the spokesman") and appositives;
//! pronouns resolve to the nearest compatible speaker.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use super::grammar::pronouns::is_pronoun;
use super::grammar::{CueKind, Found};
use super::lexicon::CueLexicon;
use super::names::{
    appositive_role, initials, is_acronym, is_name_word, join, join_held, strip_possessive, Names,
    Role,
};
use super::{Attribution, Attributions, SentenceTokens, Source, SourceKind, Unresolved};
use crate::document::Document;
use crate::text::tokens::Token;
use crate::text::Span;

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "both",
    "several", "some", "many", "two", "three", "four", "five", "other", "one", "another",
];

struct Resolver<'a> {
    lex: &'a CueLexicon,
    names: Names<'a>,
    sources: Vec<Source>,
    /// Speakers in document order: (sentence, source).
    history: Vec<(usize, usize)>,
    /// The last speakers named together ("Aid groups and the ministry"), for "they".
    last_coordination: Option<(usize, Vec<usize>)>,
    /// Lower-case name or alias → the first source that bears it.
    /// Sources by the key of a name or alias in lower case (`words::lower_key_of`).
    index: HashMap<u64, usize>,
}

/// A speaker phrase, taken apart.
#[derive(Debug, Default)]
struct Phrase {
    /// The last run of capitalised words: the name ("Mustafa Bali", "AFP").
    name: Option<String>,
    /// An acronym given in parentheses inside the phrase.
    acronym: Option<String>,
    /// The words before the name that give a role ("pollster", "President").
    role: Option<String>,
    /// A capitalised run before the role ("SDF" in "SDF spokesman Mustafa Bali").
    affiliation: Option<String>,
    /// Lower-case words after the name, the last one the head ("correspondents").
    head: Option<String>,
    /// The whole phrase without its determiner.
    text: String,
    /// A person's honorific was written ("Mr.", "President").
    honorific: bool,
}

pub fn resolve(
    doc: &Document,
    sentences: &[SentenceTokens],
    found: &[Vec<Found>],
    lex: &CueLexicon,
) -> Attributions {
    // The names serve speakers only: an article where no cue has a speaker
    // phrase makes no source (and its pronouns none to resolve), so its
    // names, and the words it writes in lower case, are not read.
    let names = if found.iter().flatten().any(|f| f.speaker.is_some()) {
        read_names(doc, sentences, lex)
    } else {
        Names::default()
    };
    let mut r = Resolver {
        lex,
        names,
        sources: Vec::new(),
        history: Vec::new(),
        last_coordination: None,
        index: HashMap::default(),
    };
    let mut items = Vec::new();
    for (i, (st, list)) in sentences.iter().zip(found).enumerate() {
        for f in list {
            items.push(r.attribution(doc, sentences, i, &st.tokens, f));
        }
    }
    r.collect_mentions();
    Attributions {
        sources: r.sources,
        items,
    }
}

/// The names of an article, sentence by sentence.
fn read_names<'a>(doc: &'a Document, sentences: &[SentenceTokens], lex: &CueLexicon) -> Names<'a> {
    // The words the article writes in lower case, by the key of their
    // lower-case form (an ASCII token's own key): of those that open a
    // sentence, the only ones asked about, and of those only the ones
    // `Names::add_sentence` asks about (a name's word, not an opener word).
    // An article whose sentences all open otherwise reads no token for them.
    let openers: crate::text::words::KeySet = sentences
        .iter()
        .filter_map(|s| s.tokens.first())
        .filter(|t| is_name_word(t) && !super::grammar::word_classes::is_opener_word(t))
        .map(crate::text::words::lower_key)
        .collect();
    let mut common: HashSet<u64> = HashSet::default();
    if !openers.is_empty() {
        // Sentence by sentence, in plain loops: this reads every token of
        // the article, and a flattened iterator had cost a third of it.
        for s in sentences {
            for t in &s.tokens {
                // The openers' filter first, on the key every token
                // carries: an ASCII token's is its lower case's key, and
                // nearly every one is ruled out before its kind and case
                // are read. (A token outside ASCII is lower-cased to be
                // asked, as before.)
                if t.ascii && !openers.may_hold(t.key) {
                    continue;
                }
                if t.is_word() && !t.is_capitalized() {
                    let k = crate::text::words::lower_key(t);
                    if openers.contains(&k) {
                        common.insert(k);
                    }
                }
            }
        }
    }
    // The keys asked about answer as those of every sentence's first word.
    #[cfg(debug_assertions)]
    {
        let all_openers: crate::text::words::KeySet = sentences
            .iter()
            .filter_map(|s| s.tokens.first())
            .map(crate::text::words::lower_key)
            .collect();
        let all_common: HashSet<u64> = sentences
            .iter()
            .flat_map(|s| s.tokens.iter())
            .filter(|t| t.is_word() && !t.is_capitalized())
            .map(crate::text::words::lower_key)
            .filter(|k| all_openers.contains(k))
            .collect();
        for t in sentences.iter().filter_map(|s| s.tokens.first()) {
            if is_name_word(t) && !super::grammar::word_classes::is_opener_word(t) {
                let k = crate::text::words::lower_key(t);
                debug_assert_eq!(common.contains(&k), all_common.contains(&k));
            }
        }
    }
    let mut names = Names::default();
    for (i, st) in sentences.iter().enumerate() {
        names.add_sentence(&doc.prose, &st.tokens, i, lex, &common);
    }
    names
}

impl Resolver<'_> {
    fn attribution(
        &mut self,
        doc: &Document,
        sentences: &[SentenceTokens],
        sentence: usize,
        tokens: &[Token],
        f: &Found,
    ) -> Attribution {
        let mut a = Attribution {
            sentence,
            kind: f.kind,
            cue: f.cue,
            source_span: None,
            source: None,
            sources: Vec::new(),
            via: None,
            content: f.content,
            vague: f.kind == CueKind::Vague,
            unresolved: None,
            inherited: false,
            content_follows: f.content_follows,
            content_precedes: f.content_precedes,
        };
        let Some(range) = f.speaker.clone() else {
            return a;
        };
        a.source_span = Some(span_of(tokens, &range));
        let first = &tokens[range.start];
        if range.len() == 1
            && (is_pronoun(first) || first.is_any(&["his", "her", "their", "its", "that"]))
        {
            self.pronoun(doc, sentences, tokens, &range, &mut a);
        } else {
            let mut vague = true;
            for part in split_coordination(tokens, range.clone(), self.lex) {
                let appositive = f.appositive.clone().filter(|_| part.start == range.start);
                if let Some((s, unnamed)) = self.phrase_source(tokens, part, appositive, sentence) {
                    if !a.sources.contains(&s) {
                        a.sources.push(s);
                    }
                    vague &= unnamed;
                }
            }
            a.source = a.sources.first().copied();
            a.vague = a.source.is_some() && vague;
            if a.sources.len() > 1 {
                self.last_coordination = Some((sentence, a.sources.clone()));
            }
        }
        // A relay: "X cited its sources as saying" or "X quoted the minister as saying".
        if let (Some(from), Some(relayer)) = (f.relayed_from.clone(), a.source) {
            a.via = Some(relayer);
            let original = self.phrase_source(tokens, from, None, sentence);
            if let Some((s, false)) = original {
                a.source = Some(s);
                a.sources = vec![s];
            }
        }
        if a.vague {
            // "officials said": the claim has no named source.
            a.source = None;
            a.sources.clear();
        }
        if let Some(s) = a.source {
            self.history.push((sentence, s));
        }
        a
    }

    fn pronoun(
        &mut self,
        doc: &Document,
        sentences: &[SentenceTokens],
        tokens: &[Token],
        range: &Range<usize>,
        a: &mut Attribution,
    ) {
        let sentence = a.sentence;
        // A possessive ("his claim") stands for its pronoun.
        let word = match super::grammar::pronouns::pronoun_base(tokens[range.start].text).as_ref() {
            "his" => "he".to_string(),
            "her" => "she".to_string(),
            "their" => "they".to_string(),
            "its" => "it".to_string(),
            w => w.to_string(),
        };
        let found = match word.as_str() {
            "he" | "she" => self
                .latest_speaker(|s| s.kind == SourceKind::Person)
                .or_else(|| self.latest_person_named(sentence, a.cue.start)),
            "it" => self.latest_speaker(|s| s.kind == SourceKind::Organization),
            "who" | "which" | "that" => {
                // "Trump, who said …", "the Department which reported …": the
                // phrase before the relative pronoun (and its comma).
                let k = range.start;
                let end = if k >= 2 && tokens[k - 1].is_punct(',') {
                    Some(k - 2)
                } else if k >= 1 && tokens[k - 1].is_word() {
                    Some(k - 1)
                } else {
                    None
                };
                end.and_then(|e| super::grammar::speaker_phrase::np_back(tokens, e, self.lex))
                    .and_then(|np| self.phrase_source(tokens, np, None, sentence))
                    .map(|(s, _)| s)
            }
            "they"
                if self
                    .last_coordination
                    .as_ref()
                    .is_some_and(|(s, _)| *s + 1 >= sentence && *s <= sentence) =>
            {
                // "Aid groups and the ministry have said … They said …".
                let (_, all) = self.last_coordination.clone().unwrap_or_default();
                a.sources = all.clone();
                all.first().copied()
            }
            "they" => {
                let (candidates, names, ranges) = self.plural_candidates(doc, sentences, sentence);
                if candidates.len() + names.len() == 1 {
                    // One group in view: a speaker already, or the plural noun
                    // of the sentence before, which becomes one.
                    candidates.first().copied().or_else(|| {
                        let prev = &sentences[sentence - 1].tokens;
                        self.phrase_source(prev, ranges[0].clone(), None, sentence - 1)
                            .filter(|&(_, unnamed)| !unnamed)
                            .map(|(s, _)| s)
                    })
                } else {
                    let mut shown: Vec<String> = candidates
                        .iter()
                        .map(|&c| self.sources[c].name.clone())
                        .collect();
                    shown.extend(names);
                    a.unresolved = Some(Unresolved {
                        pronoun: tokens[range.start].text.to_string(),
                        candidates: shown,
                        candidate_sources: candidates,
                    });
                    None
                }
            }
            // "I" and "we" speak for the quotation's speaker; quotes.rs fills them in.
            _ => None,
        };
        if let Some(s) = found {
            a.source = Some(s);
            if !a.sources.contains(&s) {
                a.sources = vec![s];
            }
        } else if matches!(word.as_str(), "he" | "she" | "it") {
            a.unresolved = Some(Unresolved {
                pronoun: tokens[range.start].text.to_string(),
                candidates: Vec::new(),
                candidate_sources: Vec::new(),
            });
        }
    }

    fn latest_speaker(&self, ok: impl Fn(&Source) -> bool) -> Option<usize> {
        self.history
            .iter()
            .rev()
            .map(|&(_, s)| s)
            .find(|&s| ok(&self.sources[s]))
    }

    /// The last person named before `before` (when no person has spoken yet).
    fn latest_person_named(&mut self, sentence: usize, before: usize) -> Option<usize> {
        // Names are in document order: start from the last one before the cue.
        let end = self.names.all.partition_point(|n| n.span.end <= before);
        let name = self.names.all[..end]
            .iter()
            .rev()
            .filter(|n| n.sentence <= sentence)
            .find(|n| self.looks_like_person(&n.text))?
            .text
            .to_string();
        let phrase = Phrase {
            name: Some(name.clone()),
            text: name,
            ..Phrase::default()
        };
        Some(self.named(&phrase, sentence).0)
    }

    fn looks_like_person(&self, name: &str) -> bool {
        let words: Vec<&str> = name.split_whitespace().collect();
        (2..=3).contains(&words.len())
            && !is_acronym(name)
            && words.iter().all(|w| {
                !self.lex.is_organisation_head_any_case(w)
                    && w.chars().next().is_some_and(char::is_uppercase)
            })
            || self
                .names
                .roles
                .contains_key(&crate::text::keys::lower_key_of(name))
    }

    /// "They": the plural speakers of this and the previous sentence, the
    /// organisations that spoke there, and the plural nouns for people there.
    fn plural_candidates(
        &self,
        doc: &Document,
        sentences: &[SentenceTokens],
        sentence: usize,
    ) -> (Vec<usize>, Vec<String>, Vec<Range<usize>>) {
        let from = sentence.saturating_sub(1);
        let mut sources = Vec::new();
        for &(s_sentence, s) in self.history.iter().rev() {
            if s_sentence < from {
                break;
            }
            let kind = self.sources[s].kind;
            if matches!(kind, SourceKind::Group | SourceKind::Organization) && !sources.contains(&s)
            {
                sources.push(s);
            }
        }
        let mut nouns = Vec::new();
        let mut ranges = Vec::new();
        if sentence > 0
            && doc.sentences[sentence - 1].paragraph + 1 >= doc.sentences[sentence].paragraph
        {
            let prev = &sentences[sentence - 1].tokens;
            for (k, t) in prev.iter().enumerate() {
                if !t.is_word() || t.is_capitalized() {
                    continue;
                }
                if self.lex.is_group_token(t)
                    && !matches!(
                        &*crate::text::keys::lower(t.text),
                        "reports" | "figures" | "data" | "records" | "documents"
                    )
                {
                    let np = super::grammar::speaker_phrase::np_back(prev, k, self.lex)
                        .unwrap_or(k..k + 1);
                    let text = join(&prev[np.clone()]);
                    let covered = sources.iter().any(|&s| {
                        let s = &self.sources[s];
                        s.name.eq_ignore_ascii_case(&text)
                            || s.mentions.iter().any(|m| m.contains(t.span))
                    });
                    if !covered && !nouns.contains(&text) {
                        nouns.push(text);
                        ranges.push(np);
                    }
                }
            }
        }
        (sources, nouns, ranges)
    }

    /// The source a (non-pronoun) phrase names, and whether it names no one.
    fn phrase_source(
        &mut self,
        tokens: &[Token],
        range: Range<usize>,
        appositive: Option<Range<usize>>,
        sentence: usize,
    ) -> Option<(usize, bool)> {
        let phrase = self.parse(&tokens[range.clone()]);
        let span = span_of(tokens, &range);
        let (index, unnamed) = if phrase.name.is_some() {
            match phrase.head.clone() {
                Some(head) => self.headed(&phrase, &head, sentence),
                None => self.named(&phrase, sentence),
            }
        } else {
            let head = phrase.head.clone()?;
            self.nominal(&phrase, &head)
        };
        if let Some(app) = appositive {
            let start = app.start + usize::from(tokens[app.start].is_any(&["a", "an", "the"]));
            let role = appositive_role(tokens, start, self.lex);
            self.apply_role(index, role, sentence);
        }
        // Repeats are dropped when the mentions are sorted at the end
        // (`collect_mentions`); searching them all here had made a source
        // named thousands of times quadratic.
        let mentions = &mut self.sources[index].mentions;
        if mentions.last() != Some(&span) {
            mentions.push(span);
        }
        Some((index, unnamed))
    }

    fn parse(&self, tokens: &[Token]) -> Phrase {
        let mut p = Phrase::default();
        let mut a = 0;
        // The set matches as `Token::is` does (ignoring ASCII case), by the
        // token's key: most first words are none of its words.
        while a < tokens.len() && crate::word_set!(DETERMINERS).contains_token(&tokens[a]) {
            a += 1;
        }
        // "Some say": the quantity word is all the phrase has.
        if a == tokens.len() && a > 0 {
            a -= 1;
        }
        let body = &tokens[a..];
        p.text = join(body);
        // Pull out "(AFP)".
        let mut words: Vec<&Token> = Vec::new();
        let mut k = 0;
        while k < body.len() {
            if body[k].is_punct('(') && k + 2 < body.len() && body[k + 2].is_punct(')') {
                p.acronym = Some(body[k + 1].text.to_string());
                k += 3;
                continue;
            }
            if body[k].is_word() {
                words.push(&body[k]);
            }
            k += 1;
        }
        let capital = |t: &Token| {
            t.is_capitalized() && !self.lex.is_honorific_token(t)
                || t.is_any(&["of", "for", "&", "and"])
        };
        // A common noun capitalised only because it opens the sentence
        // ("Sources said", "Officials said") is not a name.
        let first_is_common = words.first().is_some_and(|t| {
            t.is_capitalized()
                && (self.lex.is_unnamed_head_token(t)
                    || self.lex.is_group_token(t)
                    || self.lex.is_title_token(t))
                && !self.lex.is_honorific_token(t)
        });
        if first_is_common && words.iter().skip(1).all(|t| !t.is_capitalized()) {
            p.head = words.last().map(|t| t.text.to_lowercase());
            return p;
        }
        // The last capitalised run is the name.
        let Some(last_cap) = words.iter().rposition(|t| t.is_capitalized()) else {
            p.head = words.last().map(|t| t.text.to_lowercase());
            return p;
        };
        let mut first_cap = last_cap;
        while first_cap > 0 && capital(words[first_cap - 1]) {
            first_cap -= 1;
        }
        while first_cap < last_cap && words[first_cap].is_any(&["of", "for", "&", "and"]) {
            first_cap += 1;
        }
        // Joined from the words themselves (no copy of them), the
        // possessive taken off in place.
        let mut name = join_held(&words[first_cap..=last_cap]);
        name.truncate(strip_possessive(&name).len());
        p.name = Some(name);
        if last_cap + 1 < words.len() {
            p.head = words.last().map(|t| t.text.to_lowercase());
        }
        // What stands before the name: an honorific, a title, an affiliation.
        let before = &words[..first_cap];
        if let Some(h) = before.iter().rev().find(|t| self.lex.is_honorific_token(t)) {
            p.honorific = true;
            let h = h.text.to_lowercase();
            if !matches!(h.as_str(), "mr" | "mrs" | "ms" | "miss" | "dr" | "sir") {
                p.role = Some(h);
            }
        }
        if let Some(pos) = before
            .iter()
            .rposition(|t| !t.is_capitalized() && self.lex.is_title_token(t))
        {
            p.role = Some(before[pos].text.to_lowercase());
            let aff: Vec<&Token> = before[..pos]
                .iter()
                .filter(|t| t.is_capitalized())
                .copied()
                .collect();
            if !aff.is_empty() {
                p.affiliation = Some(join_held(&aff));
            }
        }
        p
    }

    /// "AFP correspondents", "United States officials", "an SDF spokesman".
    fn headed(&mut self, p: &Phrase, head: &str, sentence: usize) -> (usize, bool) {
        let name = p.name.clone().unwrap_or_default();
        let org = self.is_organisation_name(&name);
        let affiliation = org.then(|| {
            let inner = Phrase {
                name: Some(name.clone()),
                text: name.clone(),
                acronym: p.acronym.clone(),
                ..Phrase::default()
            };
            let org = self.named(&inner, sentence).0;
            if self.sources[org].kind == SourceKind::Person && self.sources[org].role.is_none() {
                self.sources[org].kind = SourceKind::Organization;
            }
            org
        });
        let kind = if self.lex.is_group(head) {
            SourceKind::Group
        } else if self.lex.is_title(head) {
            SourceKind::Person
        } else if org {
            SourceKind::Organization
        } else {
            SourceKind::Unknown
        };
        let display = match (&p.acronym, affiliation) {
            (_, Some(aff)) if self.sources[aff].aliases.iter().any(|a| is_acronym(a)) => {
                let short = self.sources[aff]
                    .aliases
                    .iter()
                    .find(|a| is_acronym(a))
                    .cloned()
                    .unwrap_or_default();
                let rest = p.text.rsplit(' ').next().unwrap_or(head);
                format!("{short} {rest}")
            }
            _ => p.text.replace(" (", " ").replace(')', ""),
        };
        let index = self.find_exact(&display).unwrap_or_else(|| {
            let mut aliases = Vec::new();
            if let Some(aff) = affiliation {
                let full = format!("{} {head}", self.sources[aff].name);
                if !full.eq_ignore_ascii_case(&display) {
                    aliases.push(full);
                }
            }
            self.push(Source {
                id: String::new(),
                name: display,
                aliases,
                kind,
                role: self.lex.is_title(head).then(|| head.to_string()),
                affiliation,
                mentions: Vec::new(),
                unnamed: false,
            })
        });
        (index, false)
    }

    fn is_organisation_name(&self, name: &str) -> bool {
        let words: Vec<&str> = name.split_whitespace().collect();
        is_acronym(name)
            || words.len() >= 2
            || words
                .last()
                .is_some_and(|w| self.lex.is_organisation_head_any_case(w))
            || self
                .find_exact(name)
                .is_some_and(|s| self.sources[s].kind == SourceKind::Organization)
    }

    /// A phrase with a name and nothing after it: "Mustafa Bali", "the SDF".
    fn named(&mut self, p: &Phrase, sentence: usize) -> (usize, bool) {
        // Borrowed from the phrase: copied only where a source keeps it.
        let written: &str = p.name.as_deref().unwrap_or_default();
        let acronym = is_acronym(written);
        let full = if acronym {
            self.names
                .expand(written)
                .or_else(|| self.names.expand(&written.replace('.', "")))
        } else {
            None
        };
        let expanded = full.is_some();
        let mut name = full.unwrap_or_else(|| written.to_string());
        // A newsroom's known source: its aliases resolve to its name.
        let known = self
            .lex
            .known_source(&name)
            .or_else(|| self.lex.known_source(written))
            .map(str::to_string);
        if let Some(canonical) = &known {
            name = canonical.clone();
        }
        // The name's key, asked of the index and the roles below.
        let name_key = crate::text::keys::lower_key_of(&name);
        if let Some(s) = self.lookup(&name, name_key, written, p) {
            return (s, false);
        }
        let words = name.split_whitespace().count();
        let last = name.split_whitespace().last().unwrap_or("");
        let org_head = self.lex.is_organisation_head_any_case(last);
        let place = self.lex.is_place_any_case(&name)
            || name.split_whitespace().count() == 2 && name.starts_with("United ");
        let kind = if acronym || org_head || p.acronym.is_some() || place {
            SourceKind::Organization
        } else if p.honorific
            || p.role.is_some()
            || self.names.roles.contains_key(&name_key)
            || words <= 3
        {
            // A short name with no organisation's head word is taken for a person.
            SourceKind::Person
        } else {
            SourceKind::Organization
        };
        let mut aliases = Vec::new();
        if expanded
            || known
                .as_deref()
                .is_some_and(|k| !k.eq_ignore_ascii_case(written))
        {
            aliases.push(written.to_string());
        }
        if let Some(a) = &p.acronym {
            aliases.push(a.clone());
        } else if kind == SourceKind::Organization && !acronym {
            if let Some((acr, _)) = self
                .names
                .acronyms
                .iter()
                .find(|(_, f)| f.eq_ignore_ascii_case(&name))
            {
                aliases.push(acr.clone());
            }
        }
        let index = self.push(Source {
            id: String::new(),
            name: name.clone(),
            aliases,
            kind,
            role: p.role.clone(),
            affiliation: None,
            mentions: Vec::new(),
            unnamed: false,
        });
        if let Some(aff) = &p.affiliation {
            let role = Role {
                role: p.role.clone(),
                affiliation: Some(aff.clone()),
            };
            self.apply_role(index, role, sentence);
        }
        if let Some(role) = self.names.roles.get(&name_key).cloned() {
            self.apply_role(index, role, sentence);
        }
        (index, false)
    }

    fn find_exact(&self, name: &str) -> Option<usize> {
        self.index
            .get(&crate::text::keys::lower_key_of(name))
            .copied()
    }

    fn index_name(&mut self, name: &str, s: usize) {
        index_key(&mut self.index, crate::text::keys::lower_key_of(name), s);
    }

    /// Gives a source a fuller name; the old one stays as an alias.
    fn rename(&mut self, s: usize, name: &str) {
        let old = std::mem::replace(&mut self.sources[s].name, name.to_string());
        self.index_name(name, s);
        self.add_alias(s, &old);
    }

    /// An existing source for a name: the same name or alias, an acronym's
    /// expansion, the initials of a name, or a surname.
    /// `name_key` is the key of `name`'s lower case (`words::lower_key_of`).
    fn lookup(&mut self, name: &str, name_key: u64, written: &str, p: &Phrase) -> Option<usize> {
        // The name as written is most often the name: its key is not made twice.
        let exact = self.index.get(&name_key).copied().or_else(|| {
            (written != name)
                .then(|| self.find_exact(written))
                .flatten()
        });
        if let Some(s) = exact {
            self.add_alias(s, written);
            return Some(s);
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() >= 2 {
            // The full name of a source first met by its acronym.
            let init = initials(name);
            if init.len() >= 2 {
                if let Some(s) = self.find_exact(&init) {
                    self.rename(s, name);
                    return Some(s);
                }
            }
            // "Donald Trump" after "Trump".
            let last = words[words.len() - 1];
            if let Some(s) = self
                .sources
                .iter()
                .position(|s| s.kind == SourceKind::Person && s.name.eq_ignore_ascii_case(last))
            {
                self.rename(s, name);
                return Some(s);
            }
        } else if !is_acronym(name) {
            // "Bali" after "Mustafa Bali"; "the Observatory" after "the Syrian Observatory …".
            let lower = name.to_lowercase();
            let org_word = self.lex.is_organisation_head(&lower);
            let hit = self.sources.iter().rposition(|s| {
                let last = s.name.split_whitespace().last().unwrap_or("");
                (s.kind == SourceKind::Person && last.eq_ignore_ascii_case(&lower))
                    || (org_word
                        && s.kind == SourceKind::Organization
                        && s.name
                            .split_whitespace()
                            .any(|w| w.eq_ignore_ascii_case(&lower)))
            });
            if let Some(s) = hit {
                self.add_alias(s, written);
                return Some(s);
            }
            if p.honorific {
                return None;
            }
        }
        None
    }

    /// "the spokesman", "the ministry", "officials", "a source", "the report".
    fn nominal(&mut self, p: &Phrase, head: &str) -> (usize, bool) {
        let unnamed = self.lex.is_unnamed_head(head);
        // A description the article gave a name ("the militia" for the SDF).
        if let Some(name) = self.names.descriptions.get(head).cloned() {
            let phrase = Phrase {
                name: Some(name.clone()),
                text: name,
                ..Phrase::default()
            };
            let (s, _) = self.named(&phrase, 0);
            self.add_alias(s, &p.text);
            return (s, false);
        }
        if self.lex.is_title(head) && !unnamed {
            if let Some(s) = self
                .sources
                .iter()
                .rposition(|s| s.role.as_deref() == Some(head) && !s.unnamed)
            {
                return (s, false);
            }
        }
        if self.lex.is_organisation_head(head) {
            if let Some(s) = self.sources.iter().rposition(|s| {
                s.kind == SourceKind::Organization
                    && s.name
                        .split_whitespace()
                        .any(|w| w.eq_ignore_ascii_case(head))
            }) {
                return (s, false);
            }
        }
        let kind = if self.lex.is_organisation_head(head) {
            SourceKind::Organization
        } else if self.lex.is_group(head) {
            SourceKind::Group
        } else if self.lex.is_title(head) {
            SourceKind::Person
        } else {
            SourceKind::Unknown
        };
        if let Some(s) = self.find_exact(&p.text) {
            return (s, unnamed);
        }
        let index = self.push(Source {
            id: String::new(),
            name: p.text.clone(),
            aliases: Vec::new(),
            kind,
            role: self.lex.is_title(head).then(|| head.to_string()),
            affiliation: None,
            mentions: Vec::new(),
            unnamed,
        });
        (index, unnamed)
    }

    fn apply_role(&mut self, index: usize, role: Role, sentence: usize) {
        if let Some(r) = role.role {
            self.sources[index].role.get_or_insert(r);
            if self.sources[index].kind == SourceKind::Unknown {
                self.sources[index].kind = SourceKind::Person;
            }
        }
        if let Some(aff) = role.affiliation {
            if self.sources[index].affiliation.is_none() {
                let lower = !aff.chars().next().is_some_and(char::is_uppercase);
                let p = Phrase {
                    name: (!lower).then(|| aff.clone()),
                    head: lower.then(|| aff.clone()),
                    text: aff.clone(),
                    ..Phrase::default()
                };
                let (org, _) = if lower {
                    self.nominal(&p, &aff)
                } else {
                    self.named(&p, sentence)
                };
                if org != index {
                    self.sources[org].kind = SourceKind::Organization;
                    self.sources[index].affiliation = Some(org);
                }
            }
        }
    }

    fn add_alias(&mut self, s: usize, alias: &str) {
        let source = &mut self.sources[s];
        if !alias.is_empty()
            && !source.name.eq_ignore_ascii_case(alias)
            && !source.aliases.iter().any(|a| a.eq_ignore_ascii_case(alias))
        {
            source.aliases.push(alias.to_string());
            self.index_name(alias, s);
        }
    }

    fn push(&mut self, mut source: Source) -> usize {
        let s = self.sources.len();
        source.id = crate::text::keys::numbered_id('s', s + 1);
        // Indexed before the source is stored: no copy of its names is made
        // to index them after.
        for n in std::iter::once(&source.name).chain(&source.aliases) {
            index_key(&mut self.index, crate::text::keys::lower_key_of(n), s);
        }
        self.sources.push(source);
        s
    }

    /// Every name in the document that names a source becomes one of its mentions.
    fn collect_mentions(&mut self) {
        // A name, alias, or a person's surname, by the key of its lower case
        // (`words::lower_key_of`, as `index` is) → the sources it names. An
        // ASCII name's key is its own: neither the names nor the article's
        // names are copied to lower case to be compared.
        let mut by_key: crate::text::words::KeyMap<Vec<usize>> =
            crate::text::words::KeyMap::default();
        // The byte lengths of those names' lower case (one bit a length
        // under 64, the last bit for any longer): an ASCII name of another
        // length is its own lower case and has none of their keys (a key
        // hashes the length first), so it is not hashed to be looked up.
        // Most of an article's names name no speaker.
        let mut lengths = 0u64;
        let length_bit = |len: usize| 1u64 << len.min(63);
        for (k, s) in self.sources.iter().enumerate() {
            let mut keys: Vec<u64> = Vec::with_capacity(s.aliases.len() + 2);
            let mut words = s.name.split_whitespace();
            let surname = match (s.kind, words.next(), words.next_back()) {
                (SourceKind::Person, Some(_), Some(last)) => Some(last),
                _ => None,
            };
            for n in std::iter::once(s.name.as_str())
                .chain(s.aliases.iter().map(String::as_str))
                .chain(surname)
            {
                keys.push(crate::text::keys::lower_key_of(n));
                lengths |= if n.is_ascii() {
                    length_bit(n.len())
                } else {
                    length_bit(n.to_lowercase().len())
                };
            }
            keys.sort_unstable();
            keys.dedup();
            for key in keys {
                by_key.entry_or_default(key).push(k);
            }
        }
        for name in &self.names.all {
            if name.text.is_ascii() && lengths & length_bit(name.text.len()) == 0 {
                continue;
            }
            if let Some(list) = by_key.get(&crate::text::keys::lower_key_of(&name.text)) {
                for &k in list {
                    self.sources[k].mentions.push(name.span);
                }
            }
        }
        for s in &mut self.sources {
            // Sorted, and a mention inside another (a speaker phrase around a
            // name) kept once.
            s.mentions
                .sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
            let mut kept: Vec<Span> = Vec::with_capacity(s.mentions.len());
            for m in s.mentions.drain(..) {
                if kept.last().is_none_or(|last| !last.overlaps(m)) {
                    kept.push(m);
                }
            }
            s.mentions = kept;
        }
    }
}

/// Indexes source `s` by a name's key; the first source to bear it keeps it.
fn index_key(index: &mut HashMap<u64, usize>, key: u64, s: usize) {
    index
        .entry(key)
        .and_modify(|v| *v = (*v).min(s))
        .or_insert(s);
}

fn span_of(tokens: &[Token], range: &Range<usize>) -> Span {
    Span::new(
        tokens[range.start].span.start,
        tokens[range.end - 1].span.end,
    )
}

/// "the SDF and United States officials" → two phrases. A phrase that ends
/// in an organisation's head word is one name ("Committee for Peace and
/// Security Council") and stays whole.
fn split_coordination(
    tokens: &[Token],
    range: Range<usize>,
    lex: &CueLexicon,
) -> Vec<Range<usize>> {
    // The name ends at its head word, or before an acronym in parentheses.
    let mut end = range.end;
    if end >= 3 && tokens[end - 1].is_punct(')') && tokens[end - 3].is_punct('(') {
        end -= 3;
    }
    let last = &tokens[end.max(range.start + 1) - 1];
    if last.is_capitalized() && lex.is_organisation_head_token(last) {
        return vec![range];
    }
    let mut parts = Vec::new();
    let mut start = range.start;
    for k in range.clone() {
        if (tokens[k].is("and") || tokens[k].is_punct('&')) && k > start && k + 1 < range.end {
            parts.push(start..k);
            start = k + 1;
        }
    }
    parts.push(start..range.end);
    parts.retain(|p| !p.is_empty());
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    /// The determiners' set answers as the list compared word by word, in
    /// any case and for words outside ASCII.
    #[test]
    fn determiner_set_agrees_with_the_list() {
        let mut text: String = DETERMINERS
            .iter()
            .flat_map(|d| {
                [
                    d.to_string(),
                    d.to_uppercase(),
                    format!("{d}s"),
                    format!("x{d}"),
                ]
            })
            .collect::<Vec<_>>()
            .join(" ");
        text.push_str(" The THE tHe Thé thé ÂN an. a-n , \u{201c} Both’s 2 three");
        let tokens = tokenize(&text, Span::new(0, text.len()));
        assert!(tokens.len() > 80);
        for t in &tokens {
            assert_eq!(
                crate::word_set!(DETERMINERS).contains_token(t),
                DETERMINERS.iter().any(|d| t.is(d)),
                "{}",
                t.text
            );
        }
    }
}
