//! The mentions of the sources: every name in the document that names a
//! source (its name, an alias, a person's surname), sorted, a mention inside
//! another kept once.

use super::resolver::Resolver;
use crate::attribution::SourceKind;
use crate::text::Span;

impl Resolver<'_> {
    /// Every name in the document that names a source becomes one of its mentions.
    pub(super) fn collect_mentions(&mut self) {
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
