//! The resolver's state: the sources made so far, the speakers in document
//! order, the last speakers named together, and the index of the sources'
//! names and aliases; with the steps that keep the index whole (a new
//! source, a fuller name, an alias).

use rustc_hash::FxHashMap as HashMap;

use crate::attribution::model::Source;
use crate::attribution::names::Names;
use crate::lexicon::cues::CueLexicon;

/// The state of one document's resolution.
pub(super) struct Resolver<'a> {
    pub(super) lex: &'a CueLexicon,
    pub(super) names: Names<'a>,
    pub(super) sources: Vec<Source>,
    /// Speakers in document order: (sentence, source).
    pub(super) history: Vec<(usize, usize)>,
    /// The last speakers named together ("Aid groups and the ministry"), for "they".
    pub(super) last_coordination: Option<(usize, Vec<usize>)>,
    /// Lower-case name or alias → the first source that bears it.
    /// Sources by the key of a name or alias in lower case (`words::lower_key_of`).
    pub(super) index: HashMap<u64, usize>,
}

impl Resolver<'_> {
    pub(super) fn find_exact(&self, name: &str) -> Option<usize> {
        self.index
            .get(&crate::text::keys::lower_key_of(name))
            .copied()
    }

    fn index_name(&mut self, name: &str, s: usize) {
        index_key(&mut self.index, crate::text::keys::lower_key_of(name), s);
    }

    /// Gives a source a fuller name; the old one stays as an alias.
    pub(super) fn rename(&mut self, s: usize, name: &str) {
        let old = std::mem::replace(&mut self.sources[s].name, name.to_string());
        self.index_name(name, s);
        self.add_alias(s, &old);
    }

    pub(super) fn add_alias(&mut self, s: usize, alias: &str) {
        let source = &mut self.sources[s];
        if !alias.is_empty()
            && !source.name.eq_ignore_ascii_case(alias)
            && !source.aliases.iter().any(|a| a.eq_ignore_ascii_case(alias))
        {
            source.aliases.push(alias.to_string());
            self.index_name(alias, s);
        }
    }

    pub(super) fn push(&mut self, mut source: Source) -> usize {
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
}

/// Indexes source `s` by a name's key; the first source to bear it keeps it.
fn index_key(index: &mut HashMap<u64, usize>, key: u64, s: usize) {
    index
        .entry(key)
        .and_modify(|v| *v = (*v).min(s))
        .or_insert(s);
}
