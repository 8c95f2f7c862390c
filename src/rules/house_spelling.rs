//! `house-spelling`: a name written otherwise than the house writes it —
//! "Al Qaeda" or "al-qaeda" where the house writes "al-Qaeda". Only case,
//! hyphens, spaces and apostrophes may differ (other spellings are other
//! words); a capital that only opens a sentence is not a difference.

use std::sync::OnceLock;

use memchr::memmem;
use regex::{Regex, RegexBuilder};

use super::check::Check;
use super::check::Rule;
use super::context::Context;
use super::finding::Finding;
use super::rule::RuleDef;
use super::rule::{Category, Example, RuleMeta, Severity};
use serde::Deserialize;

/// The rule, with its names read once (on first use, after a configuration
/// has added its names), never per article.
pub struct HouseSpelling {
    params: Params,
    names: OnceLock<Vec<HouseName>>,
}

/// A house name, the piece of it an article must hold to name it, and its
/// pattern, compiled when an article first holds the piece: most articles
/// name none, and most runs never need a pattern at all.
struct HouseName {
    name: String,
    /// `piece` of the name, in lower case, found in an ASCII lower-case copy
    /// of the prose far faster than the pattern is (which opens on letters
    /// as common as "al"). `None` when the name has none: its pattern is
    /// then always searched.
    piece: Option<memmem::Finder<'static>>,
    /// `None` when the name cannot be matched (`name_error` refuses it).
    pattern: OnceLock<Option<Regex>>,
}

/// The longest house name, in characters: longer is not a name but a
/// mistake (a paragraph pasted into the list), and is refused.
pub const MAX_NAME_CHARS: usize = 200;

/// Why a house name cannot be used, if it cannot. A name is matched as
/// written (its characters escaped, never read as a regular expression), so
/// no name can make matching slower than linear; what is refused is a name
/// with no letters, and one too long to be a name.
pub fn name_error(name: &str) -> Option<String> {
    let chars = name.chars().count();
    if !name.chars().any(char::is_alphanumeric) {
        return Some(format!("house name `{name}` has no letters"));
    }
    if chars > MAX_NAME_CHARS {
        return Some(format!(
            "a house name of {chars} characters is too long (at most {MAX_NAME_CHARS})"
        ));
    }
    // A short ASCII name's pattern is always within the size limit (a test
    // holds the largest of them to it): only other names are compiled to
    // tell, which is most of what loading the built-in rules cost.
    let surely_matched = name.is_ascii() && name.len() <= SHORT_ASCII_NAME;
    if !surely_matched && pattern(name).is_none() {
        return Some(format!("house name `{name}` cannot be matched"));
    }
    None
}

/// The longest ASCII name `name_error` takes without compiling its pattern:
/// the largest patterns (a letter with three cases and a separator, over
/// and over) outgrow the size limit from about 117 characters.
const SHORT_ASCII_NAME: usize = 32;

/// A pattern that matches a name with any case and any separator, between
/// word boundaries.
fn pattern(name: &str) -> Option<Regex> {
    RegexBuilder::new(&name_pattern(name))
        .case_insensitive(true)
        .size_limit(1 << 16)
        .build()
        .ok()
}

/// The longest run of a name's ASCII letters and digits without a `k` or
/// an `s`, if it has three characters. Matched without case, such a
/// character matches only its two ASCII cases (of the ASCII letters only `k`
/// and `s` fold to others as well: the Kelvin sign, the long s), and a run
/// holds no separator; so a text where the name's pattern matches holds the
/// run, in some ASCII case.
fn piece(name: &str) -> Option<&str> {
    name.split(|c: char| !c.is_ascii_alphanumeric() || matches!(c, 'k' | 'K' | 's' | 'S'))
        .max_by_key(|p| p.len())
        .filter(|p| p.len() >= 3)
}

/// The pattern's text: the name's characters escaped, any separator
/// optional between its words, and word boundaries around it.
fn name_pattern(name: &str) -> String {
    let mut p = String::from(r"\b");
    let mut sep = false;
    for c in name.chars() {
        if c.is_whitespace() || matches!(c, '-' | '\'' | '’' | '‐') {
            sep = true;
            continue;
        }
        if sep {
            p.push_str(r"[\s\-'’‐]?");
            sep = false;
        }
        p.push_str(&regex::escape(&c.to_string()));
    }
    p.push_str(r"\b");
    p
}

/// `house-spelling`'s parameters.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Params {
    /// The names as the house writes them ("al-Qaeda"); a `crosscheck.toml`
    /// adds its `[style] names`. A name with no letters, or longer than
    /// `MAX_NAME_CHARS`, is refused (`name_error`).
    pub names: Vec<String>,
}

impl Rule for HouseSpelling {
    const META: RuleMeta = RuleMeta {
        id: "house-spelling",
        kind: "house-spelling",
        category: Category::Style,
        severity: Severity::Info,
        description: "A name written otherwise than the house writes it: the same letters with \
            another case, hyphen, space or apostrophe (\"Al Qaeda\", \"al-qaeda\" for \
            \"al-Qaeda\"). A capital that only opens a sentence is not a difference. The \
            names are this rule's `names`; a crosscheck.toml adds its own under [style] \
            names.",
        example: Example {
            fires: "The attack was claimed by Al Qaeda on Tuesday.",
            passes: "The attack was claimed by al-Qaeda on Tuesday. Al-Qaeda later denied it.",
            date: None,
        },
    };

    type Params = Params;

    fn new(params: Params) -> Result<Self, String> {
        if let Some(message) = params.names.iter().find_map(|n| name_error(n)) {
            return Err(message);
        }
        Ok(HouseSpelling {
            params,
            names: OnceLock::new(),
        })
    }
}

impl Check for HouseSpelling {
    fn check(&self, rule: &RuleDef, ctx: &Context, out: &mut Vec<Finding>) {
        let prose = &ctx.doc.prose;
        let names = self.names.get_or_init(|| {
            self.params
                .names
                .iter()
                .map(|n| HouseName {
                    name: n.clone(),
                    piece: piece(n)
                        .map(|p| memmem::Finder::new(&p.to_ascii_lowercase()).into_owned()),
                    pattern: OnceLock::new(),
                })
                .collect()
        });
        // Made for the first name with a piece, and only then.
        let mut lower: Option<Vec<u8>> = None;
        for house in names {
            if let Some(piece) = &house.piece {
                let lower = lower.get_or_insert_with(|| prose.as_bytes().to_ascii_lowercase());
                if piece.find(lower).is_none() {
                    continue;
                }
            }
            let Some(re) = house.pattern.get_or_init(|| pattern(&house.name)) else {
                continue;
            };
            let name = &house.name;
            for m in re.find_iter(prose) {
                let written = m.as_str();
                if written == name.as_str() {
                    continue;
                }
                // The sentence the match is in: the last one starting at or before it.
                let k = ctx
                    .doc
                    .sentences
                    .partition_point(|s| s.span.start <= m.start());
                let opens_sentence = k > 0 && {
                    let s = &ctx.doc.sentences[k - 1];
                    m.start() <= s.span.end
                        && ctx.doc.prose[s.span.start..m.start()]
                            .trim_start_matches(['"', '“', '\'', '‘', ' '])
                            .is_empty()
                };
                let mut expected = name.clone();
                if opens_sentence {
                    let mut chars = name.chars();
                    if let Some(first) = chars.next() {
                        expected = first.to_uppercase().chain(chars).collect();
                    }
                    if written == expected {
                        continue;
                    }
                }
                let span = crate::text::Span::new(m.start(), m.end());
                out.push(
                    Finding::new(
                        rule,
                        format!("the article writes \"{written}\"; house style is \"{name}\""),
                    )
                    .with_span(span, format!("write \"{expected}\"")),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every ASCII name of `SHORT_ASCII_NAME` characters made of a unit of
    /// up to three characters repeated, from the characters whose patterns
    /// are largest (letters with a third case, digits, separators), is
    /// matched: `name_error` need not compile one to know.
    #[test]
    fn short_ascii_names_are_always_matched() {
        let alphabet = ['k', 's', 'a', '0', ' ', '-', '\'', '.'];
        let mut units: Vec<String> = alphabet.iter().map(|c| c.to_string()).collect();
        for a in alphabet {
            for b in alphabet {
                units.push(format!("{a}{b}"));
                for c in alphabet {
                    units.push(format!("{a}{b}{c}"));
                }
            }
        }
        for unit in units {
            let name: String = unit.chars().cycle().take(SHORT_ASCII_NAME).collect();
            assert!(pattern(&name).is_some(), "{name:?}");
        }
    }
}
