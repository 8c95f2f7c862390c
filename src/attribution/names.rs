//! Names in the document: capitalised phrases, the acronyms introduced in
//! parentheses ("Agence France-Presse (AFP)"), and the roles appositives give
//! ("Mustafa Bali, a spokesman for the Syrian Democratic Forces"). Sources are
//! merged through these.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;

use super::grammar::pronouns::is_pronoun;
use crate::lexicon::calendar_words::WEEKDAYS_AND_MONTHS;
use crate::lexicon::cues::CueLexicon;
use crate::text::tokens::Token;
use crate::text::Span;

/// A capitalised phrase as written, with its span. Its text is borrowed
/// from the article where the article writes it as `join` would (single
/// spaces, nothing blanked): nearly every name, two a sentence.
#[derive(Debug, Clone)]
pub struct Name<'a> {
    pub text: Cow<'a, str>,
    pub span: Span,
    pub sentence: usize,
}

/// A role and an affiliation an appositive gives a name.
#[derive(Debug, Clone, Default)]
pub struct Role {
    pub role: Option<String>,
    pub affiliation: Option<String>,
}

#[derive(Debug, Default)]
pub struct Names<'a> {
    pub all: Vec<Name<'a>>,
    /// Acronym → the full name it was introduced for.
    pub acronyms: HashMap<String, String>,
    /// A name's key in lower case (`words::lower_key_of`) → role and affiliation.
    pub roles: HashMap<u64, Role>,
    /// A descriptive head noun → the name it describes ("militia" → "Syrian
    /// Democratic Forces").
    pub descriptions: HashMap<String, String>,
    /// Initials → the first name of two words or more they abbreviate:
    /// made when an acronym is first expanded (most articles expand none,
    /// and every name of two words would be read for its initials).
    by_initials: std::cell::OnceCell<HashMap<String, String>>,
}

/// Joins tokens as written: a space where the text has one.
pub fn join(tokens: &[Token]) -> String {
    join_held(tokens)
}

/// `join` of tokens held by value or by reference (a phrase's words,
/// picked out of it, are joined with no copy of them made).
pub fn join_held<'a, T: std::borrow::Borrow<Token<'a>>>(tokens: &[T]) -> String {
    // The tokens as joined are no longer than the text they span.
    let room = match (tokens.first(), tokens.last()) {
        (Some(a), Some(b)) => b.borrow().span.end.saturating_sub(a.borrow().span.start),
        _ => 0,
    };
    let mut out = String::with_capacity(room);
    for (k, t) in tokens.iter().enumerate() {
        let t = t.borrow();
        if k > 0 && !t.joined {
            out.push(' ');
        }
        out.push_str(t.text);
    }
    let kept = strip_possessive(&out).len();
    out.truncate(kept);
    out
}

/// `join`, borrowed from `prose` (the text the tokens' spans index) where
/// the tokens stand in it as `join` writes them: side by side where joined,
/// else one space apart.
fn join_in<'a>(prose: &'a str, tokens: &[Token]) -> Cow<'a, str> {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return Cow::Borrowed("");
    };
    let as_written = tokens.windows(2).all(|pair| {
        let (a, b) = (&pair[0], &pair[1]);
        if b.joined {
            b.span.start == a.span.end
        } else {
            b.span.start == a.span.end + 1 && prose.as_bytes()[a.span.end] == b' '
        }
    });
    match prose.get(first.span.start..last.span.end) {
        Some(text) if as_written => Cow::Borrowed(strip_possessive(text)),
        _ => Cow::Owned(join(tokens)),
    }
}

pub fn strip_possessive(s: &str) -> &str {
    // Every ending taken off ends in 's', an apostrophe or the last byte
    // of a curly one (0x99): most names end otherwise, and are passed on
    // their last byte.
    if !matches!(s.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return s;
    }
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .or_else(|| s.strip_suffix('\''))
        .or_else(|| s.strip_suffix('’'))
        .unwrap_or(s)
}

pub fn is_name_word(t: &Token) -> bool {
    // "al-" and "el-" read as bytes: most words are lower case and asked
    // this, where two string prefixes were compared. A hyphen inside a word
    // is an inner mark (`Token::inner_mark`), so a word without one is
    // passed on its flag, its text unread.
    // (The flags before the kind: most tokens fail on them.)
    (t.is_capitalized()
        || t.inner_mark && matches!(t.text.as_bytes(), [b'a' | b'e', b'l', b'-', ..]))
        && t.is_word()
        && !crate::word_set!(WEEKDAYS_AND_MONTHS).contains_token(t)
        && !is_pronoun(t)
}

/// Whether a word is all capitals (an acronym: "SDF", "U.S").
pub fn is_acronym(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    (2..=8).contains(&letters)
}

/// The initials of a name's significant words ("Syrian Observatory for Human Rights" → "SOHR").
pub fn initials(name: &str) -> String {
    if name.is_ascii() {
        return ascii_initials(name.as_bytes());
    }
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter(|w| {
            // No non-ASCII letter lower-cases into these words, so ASCII
            // case is all there is to ignore (and no copy is made).
            !["of", "for", "the", "and", "&", "on", "in", "de"]
                .iter()
                .any(|small| w.eq_ignore_ascii_case(small))
        })
        .filter_map(|w| w.chars().next())
        .collect()
}

/// `initials` of an ASCII name, read as bytes: in ASCII, white space
/// (`char::is_whitespace`) is the space, the tab, the line feed, the
/// vertical tab, the form feed and the carriage return, and a word's first
/// character is its first byte. Most names are ASCII, and each char was
/// decoded to split them.
fn ascii_initials(name: &[u8]) -> String {
    let mut out = String::new();
    for w in name.split(|&b| matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b'-')) {
        let Some(&first) = w.first() else {
            continue;
        };
        if first.is_ascii_uppercase()
            && !["of", "for", "the", "and", "&", "on", "in", "de"]
                .iter()
                .any(|small| w.eq_ignore_ascii_case(small.as_bytes()))
        {
            out.push(char::from(first));
        }
    }
    out
}

impl<'a> Names<'a> {
    /// Reads the names of one sentence; `prose` is the text its tokens' spans index.
    pub fn add_sentence(
        &mut self,
        prose: &'a str,
        tokens: &[Token],
        sentence: usize,
        lex: &CueLexicon,
        common: &rustc_hash::FxHashSet<u64>,
    ) {
        let mut i = 0;
        while i < tokens.len() {
            // The next name word: most words are not, and are passed in
            // one tight loop on their flags.
            let Some(skip) = tokens[i..].iter().position(is_name_word) else {
                break;
            };
            i += skip;
            if i == 0
                && (super::grammar::word_classes::is_opener_word(&tokens[i])
                    || common.contains(&crate::text::words::lower_key(&tokens[i])))
            {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            loop {
                match tokens.get(end) {
                    Some(t) if is_name_word(t) => end += 1,
                    Some(t)
                        if (t.is("of") || t.is("for") || t.is("and") || t.is("&"))
                            && tokens.get(end + 1).is_some_and(is_name_word)
                            && !tokens[end - 1].text.ends_with("'s") =>
                    {
                        end += 2
                    }
                    _ => break,
                }
            }
            // A possessive ends a name ("Daesh's self-proclaimed").
            if let Some(k) = (start..end)
                .find(|&k| tokens[k].text.ends_with("'s") || tokens[k].text.ends_with("’s"))
            {
                end = k + 1;
            }
            let text = join_in(prose, &tokens[start..end]);
            let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
            // "Agence France-Presse (AFP)": an acronym introduced.
            if let (Some(open), Some(acr), Some(close)) =
                (tokens.get(end), tokens.get(end + 1), tokens.get(end + 2))
            {
                if open.is_punct('(') && close.is_punct(')') && is_acronym(acr.text) {
                    self.acronyms
                        .entry(acr.text.to_string())
                        .or_insert_with(|| text.to_string());
                }
            }
            let mut after = end;
            if tokens.get(end).is_some_and(|t| t.is_punct('('))
                && tokens.get(end + 2).is_some_and(|t| t.is_punct(')'))
            {
                after = end + 3;
            }
            self.appositive(tokens, after, &text, lex);
            self.all.push(Name {
                text,
                span,
                sentence,
            });
            i = end;
        }
    }

    /// "NAME, a spokesman for ORG," → role and affiliation for NAME.
    fn appositive(&mut self, tokens: &[Token], after: usize, name: &str, lex: &CueLexicon) {
        if !tokens.get(after).is_some_and(|t| t.is_punct(',')) {
            return;
        }
        let mut k = after + 1;
        if tokens.get(k).is_some_and(|t| t.is_any(&["a", "an", "the"])) {
            k += 1;
        }
        let role = appositive_role(tokens, k, lex);
        if role.role.is_some() {
            self.roles
                .entry(crate::text::keys::lower_key_of(name))
                .or_insert(role);
            return;
        }
        // "the SDF, the US-backed militia spearheading …": a description the
        // article gives a name, which it may later use alone ("the militia said").
        if !tokens.get(after + 1).is_some_and(|t| t.is("the")) {
            return;
        }
        let mut head = None;
        while let Some(t) = tokens.get(k) {
            let w = crate::text::keys::lower(t.text);
            if !t.is_word()
                || t.is_capitalized() && head.is_some()
                || w.ends_with("ing")
                || super::grammar::word_classes::is_function(t)
            {
                break;
            }
            if !t.is_capitalized() {
                head = Some(w);
            }
            k += 1;
        }
        if let Some(h) = head.filter(|h| h.len() > 2) {
            self.descriptions
                .entry(h.into_owned())
                .or_insert_with(|| name.to_string());
        }
    }

    /// The names by their initials (every sentence is read by then).
    fn by_initials(&self) -> &HashMap<String, String> {
        self.by_initials.get_or_init(|| {
            let mut by_initials: HashMap<String, String> = HashMap::default();
            for n in &self.all {
                if n.text.split_whitespace().count() >= 2 {
                    let key = initials(&n.text);
                    if key.len() >= 2 {
                        by_initials.entry(key).or_insert_with(|| n.text.to_string());
                    }
                }
            }
            by_initials
        })
    }

    /// The full name an acronym stands for: introduced in parentheses, or the
    /// initials of a name in the document.
    pub fn expand(&self, acronym: &str) -> Option<String> {
        if let Some(full) = self.acronyms.get(acronym) {
            return Some(full.clone());
        }
        let bare: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
        if bare.len() < 2 {
            return None;
        }
        self.by_initials().get(&bare).cloned()
    }
}

/// Reads "spokesman for the Syrian Democratic Forces" from `tokens[k..]`.
pub fn appositive_role(tokens: &[Token], mut k: usize, lex: &CueLexicon) -> Role {
    let mut role = Role::default();
    // Up to three modifiers before the title ("senior military spokesman").
    let stop = (k + 4).min(tokens.len());
    while k < stop {
        let t = &tokens[k];
        if lex.is_title_token(t) {
            role.role = Some(t.text.to_lowercase());
            k += 1;
            break;
        }
        if !t.is_word() {
            return role;
        }
        k += 1;
    }
    if role.role.is_none() {
        return role;
    }
    if tokens
        .get(k)
        .is_some_and(|t| t.is_any(&["for", "of", "at", "with", "to"]))
    {
        k += 1;
        if tokens.get(k).is_some_and(|t| t.is("the")) {
            k += 1;
        }
        let start = k;
        while tokens.get(k).is_some_and(is_name_word) {
            k += 1;
            if tokens.get(k).is_some_and(|t| t.is("for") || t.is("of"))
                && tokens.get(k + 1).is_some_and(is_name_word)
            {
                k += 1;
            }
        }
        if k > start {
            role.affiliation = Some(join(&tokens[start..k]));
        } else if let Some(t) = tokens
            .get(k)
            .filter(|t| t.is_word() && !t.is_capitalized() && lex.is_organisation_head_token(t))
        {
            // "a spokesman for the ministry": the organisation named before.
            role.affiliation = Some(t.text.to_lowercase());
        }
    }
    role
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word that opens with "al-" or "el-" has an inner mark: `is_name_word`
    /// may read its flag before its text.
    #[test]
    fn al_words_have_an_inner_mark() {
        let text = "al-Hol el-Sisi al-Ḥasakah al-'Ali al- Hol el-1 al-- al.x el'x \
                    al-Qaeda's al-Hol-based alel-x al";
        let tokens = crate::text::tokens::tokenize(text, Span::new(0, text.len()));
        let mut al = 0;
        for t in &tokens {
            if t.is_word() && matches!(t.text.as_bytes(), [b'a' | b'e', b'l', b'-', ..]) {
                assert!(t.inner_mark, "{:?}", t.text);
                al += 1;
            }
        }
        assert!(al >= 6);
    }
    use crate::text::tokens::tokenize;

    /// The initials of an ASCII name, read as bytes, are those of the
    /// plain reading: white space of every ASCII kind, hyphens, small words
    /// in any case, and words that open in lower case or with a digit.
    #[test]
    fn ascii_initials_agree_with_the_plain_reading() {
        fn plain(name: &str) -> String {
            name.split(|c: char| c.is_whitespace() || c == '-')
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .filter(|w| {
                    !["of", "for", "the", "and", "&", "on", "in", "de"]
                        .iter()
                        .any(|small| w.eq_ignore_ascii_case(small))
                })
                .filter_map(|w| w.chars().next())
                .collect()
        }
        for name in [
            "Syrian Observatory for Human Rights",
            "Agence France-Presse",
            "Committee For Peace And Security Council",
            "The  Hague\tTribunal\nOf\x0bThe\x0cUnited\rNations",
            "De Gaulle-Anne",
            "al-Hol Camp",
            "3M Company",
            "-Leading- -Hyphens--",
            "IN ON AND",
            "",
            " ",
            "U.S. Department of State",
            "Écoles Françaises",
            "Société Générale",
        ] {
            assert_eq!(initials(name), plain(name), "{name:?}");
        }
    }

    /// The possessive taken off a name after a look at its last byte is
    /// the one the suffixes take off.
    #[test]
    fn possessives_agree_with_the_plain_reading() {
        fn plain(s: &str) -> &str {
            s.strip_suffix("'s")
                .or_else(|| s.strip_suffix("’s"))
                .or_else(|| s.strip_suffix('\''))
                .or_else(|| s.strip_suffix('’'))
                .unwrap_or(s)
        }
        for s in [
            "",
            "s",
            "'",
            "’",
            "'s",
            "’s",
            "Bali's",
            "Bali’s",
            "Reuters'",
            "Reuters’",
            "Reuters",
            "Bali’S",
            "Bali'S",
            "‘",
            "™",
            "Bali\u{2019}",
            "x\u{99}",
            "ss",
            "s's",
            "Daesh’s’",
            "its",
            "Ω",
            "naïve’s",
        ] {
            assert_eq!(strip_possessive(s), plain(s), "{s:?}");
        }
    }

    /// A name borrowed from the text reads as the one `join` writes, with
    /// any spacing between its words and a possessive after them.
    #[test]
    fn borrowed_names_read_as_joined_ones() {
        for text in [
            "Mustafa Bali said",
            "Mustafa  Bali said",
            "Mustafa\nBali's men",
            "al-Hol camp",
            "U.S. officials",
            "Daesh’s fighters",
            "Agence France-Presse (AFP)",
            "A \u{a0}B",
            "",
        ] {
            let tokens = tokenize(text, Span::new(0, text.len()));
            for a in 0..tokens.len() {
                for b in a + 1..=tokens.len() {
                    let run = &tokens[a..b];
                    assert_eq!(join_in(text, run), join(run), "{text:?} {a}..{b}");
                    let refs: Vec<&Token> = run.iter().collect();
                    assert_eq!(join_held(&refs), join(run), "{text:?} {a}..{b}");
                }
            }
        }
    }
}
