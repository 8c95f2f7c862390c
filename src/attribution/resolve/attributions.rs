//! A document's cues to its attributions: the article's names read, then
//! each cue's speaker phrase to its sources (each part of a coordination,
//! a pronoun, a relay's original speaker), in document order.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::phrase::{span_of, split_coordination};
use super::resolver::Resolver;
use crate::attribution::grammar::pronouns::is_pronoun;
use crate::attribution::grammar::{CueKind, Found};
use crate::attribution::model::{Attribution, Attributions, SentenceTokens};
use crate::attribution::names::{is_name_word, Names};
use crate::document::Document;
use crate::lexicon::cues::CueLexicon;
use crate::text::tokens::Token;

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
        .filter(|t| {
            is_name_word(t) && !crate::attribution::grammar::word_classes::is_opener_word(t)
        })
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
            if is_name_word(t) && !crate::attribution::grammar::word_classes::is_opener_word(t) {
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
}
