//! A speaker phrase to its source: one already known by its name or an
//! alias, an acronym's expansion, initials, a surname, an organisation's
//! head word, a role or a description the article gave; else a new one,
//! with the kind, role and affiliation the phrase and the article give it.

use std::ops::Range;

use super::phrase::{span_of, Phrase};
use super::resolver::Resolver;
use crate::attribution::names::{appositive_role, initials, is_acronym, Role};
use crate::attribution::{Source, SourceKind};
use crate::text::tokens::Token;

impl Resolver<'_> {
    /// The source a (non-pronoun) phrase names, and whether it names no one.
    pub(super) fn phrase_source(
        &mut self,
        tokens: &[Token],
        range: Range<usize>,
        appositive: Option<Range<usize>>,
        sentence: usize,
    ) -> Option<(usize, bool)> {
        let phrase = Phrase::parse(&tokens[range.clone()], self.lex);
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
    pub(super) fn named(&mut self, p: &Phrase, sentence: usize) -> (usize, bool) {
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
}
