//! Pronouns to sources: "he"/"she" to the nearest person who spoke (else
//! the last person named), "it" to the nearest organisation that spoke,
//! "who"/"which"/"that" to the phrase before, "they" to the speakers named
//! together or the one plural speaker in view; otherwise unresolved, with
//! the candidates.

use std::ops::Range;

use super::phrase::Phrase;
use super::resolver::Resolver;
use crate::attribution::names::{is_acronym, join};
use crate::attribution::{Attribution, SentenceTokens, Source, SourceKind, Unresolved};
use crate::document::Document;
use crate::text::tokens::Token;

impl Resolver<'_> {
    pub(super) fn pronoun(
        &mut self,
        doc: &Document,
        sentences: &[SentenceTokens],
        tokens: &[Token],
        range: &Range<usize>,
        a: &mut Attribution,
    ) {
        let sentence = a.sentence;
        // A possessive ("his claim") stands for its pronoun.
        let word =
            match crate::attribution::grammar::pronouns::pronoun_base(tokens[range.start].text)
                .as_ref()
            {
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
                end.and_then(|e| {
                    crate::attribution::grammar::speaker_phrase::np_back(tokens, e, self.lex)
                })
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
                    let np =
                        crate::attribution::grammar::speaker_phrase::np_back(prev, k, self.lex)
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
}
