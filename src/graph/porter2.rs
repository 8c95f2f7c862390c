//! The English (Porter2) stemmer of Snowball, for words written in ASCII:
//! the same stems as the `rust-stemmers` crate gives (its English
//! algorithm, a port of Snowball's `english.sbl`), without its general
//! machinery. That crate reads each word through a string environment and
//! searches every suffix table by binary search, about 3,400 instructions a
//! word, and stemming was a twelfth of a run on text whose words are new;
//! this one works on the word's bytes in place, in a buffer on the stack,
//! and each step compares the word only with its suffixes that end in the
//! word's last byte (a word was compared with all 66 of them, about 1,100
//! instructions a word; now about 550). Words with any other character
//! (and the few longer than the buffer) still go to the crate, so every stem is the crate's: a test
//! holds the two equal on every word of the project's texts and on words
//! made to reach each rule.
//!
//! The steps follow the algorithm's definition
//! (<https://snowballstem.org/algorithms/english/stemmer.html>): R1 and R2,
//! the short syllable, and steps 0 to 5 with their exceptions.

/// The longest word stemmed here, in bytes: a stem is made in a buffer of
/// this size on the stack, not in an allocation of its own. Longer words
/// (rare: run-together text, addresses) go to the crate, which gives the
/// same stems.
pub const MAX_LEN: usize = 48;

/// A word being stemmed, and then its stem: ASCII bytes in place.
pub struct Stem {
    bytes: [u8; MAX_LEN],
    len: usize,
}

impl Stem {
    fn of(word: &[u8]) -> Stem {
        let mut bytes = [0u8; MAX_LEN];
        bytes[..word.len()].copy_from_slice(word);
        Stem {
            bytes,
            len: word.len(),
        }
    }

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }

    fn as_bytes_mut(&mut self) -> &mut [u8] {
        &mut self.bytes[..self.len]
    }

    fn len(&self) -> usize {
        self.len
    }

    fn last(&self) -> Option<u8> {
        self.as_bytes().last().copied()
    }

    fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }

    /// Adds a byte. (No step makes a word longer than it came: each adds at
    /// most what it took away.)
    fn push(&mut self, b: u8) {
        self.bytes[self.len] = b;
        self.len += 1;
    }

    fn pop(&mut self) {
        self.len = self.len.saturating_sub(1);
    }

    /// Replaces the bytes from `start` on with `with`.
    fn replace_from(&mut self, start: usize, with: &[u8]) {
        self.len = start;
        for &b in with {
            self.push(b);
        }
    }

    fn ends_with(&self, suffix: &[u8]) -> bool {
        ends_with(self.as_bytes(), suffix)
    }
}

impl std::ops::Deref for Stem {
    type Target = str;

    fn deref(&self) -> &str {
        // Only ASCII bytes are ever written.
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }
}

/// A vowel of the algorithm (`y` is one; `Y`, a consonant `y` marked by the
/// prelude, is not).
fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// A vowel, `w`, `x` or a marked `Y`: what may not end a short syllable.
fn is_vowel_wxy(b: u8) -> bool {
    is_vowel(b) || matches!(b, b'w' | b'x' | b'Y')
}

/// Letters before `li` that let step 2 take it away.
fn is_valid_li(b: u8) -> bool {
    matches!(
        b,
        b'c' | b'd' | b'e' | b'g' | b'h' | b'k' | b'm' | b'n' | b'r' | b't'
    )
}

/// The stem of an ASCII word (as lower-cased by the caller), or `None` when
/// the word is not ASCII or longer than `MAX_LEN`.
pub fn stem(word: &str) -> Option<Stem> {
    if !word.is_ascii() || word.len() > MAX_LEN {
        return None;
    }
    if let Some(special) = exception1(word) {
        return Some(Stem::of(special.as_bytes()));
    }
    let mut w = Stem::of(word.as_bytes());
    if word.len() < 3 {
        return Some(w);
    }
    let y_found = prelude(&mut w);
    let (p1, p2) = regions(w.as_bytes());
    step_1a(&mut w);
    if !exception2(w.as_bytes()) {
        step_1b(&mut w, p1);
        step_1c(w.as_bytes_mut());
        step_2(&mut w, p1);
        step_3(&mut w, p1, p2);
        step_4(&mut w, p2);
        step_5(&mut w, p1, p2);
    }
    if y_found {
        for b in w.as_bytes_mut() {
            if *b == b'Y' {
                *b = b'y';
            }
        }
    }
    Some(w)
}

/// Whole words with a stem of their own, or none.
fn exception1(word: &str) -> Option<&'static str> {
    Some(match word {
        "skis" => "ski",
        "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" => "sky",
        "news" => "news",
        "howe" => "howe",
        "atlas" => "atlas",
        "cosmos" => "cosmos",
        "bias" => "bias",
        "andes" => "andes",
        _ => return None,
    })
}

/// Words left as they are after step 1a.
fn exception2(w: &[u8]) -> bool {
    matches!(
        w,
        b"inning"
            | b"outing"
            | b"canning"
            | b"herring"
            | b"earring"
            | b"proceed"
            | b"exceed"
            | b"succeed"
    )
}

/// Drops an opening apostrophe, and marks a `y` that opens the word or
/// follows a vowel as a consonant (`Y`). Says whether it marked any.
fn prelude(w: &mut Stem) -> bool {
    if w.as_bytes().first() == Some(&b'\'') {
        let n = w.len();
        w.bytes.copy_within(1..n, 0);
        w.len -= 1;
    }
    let w = w.as_bytes_mut();
    let mut found = false;
    if w.first() == Some(&b'y') {
        w[0] = b'Y';
        found = true;
    }
    for i in 1..w.len() {
        if w[i] == b'y' && is_vowel(w[i - 1]) {
            w[i] = b'Y';
            found = true;
        }
    }
    found
}

/// Where R1 and R2 begin: after the first non-vowel that follows a vowel,
/// from the start and then from R1 (R1 after `gener`, `commun` or `arsen`
/// where the word opens with one); the word's end where there is none.
fn regions(w: &[u8]) -> (usize, usize) {
    let n = w.len();
    let after_syllable = |from: usize| -> Option<usize> {
        let vowel = (from..n).find(|&i| is_vowel(w[i]))?;
        (vowel + 1..n).find(|&i| !is_vowel(w[i])).map(|i| i + 1)
    };
    let p1 = if w.starts_with(b"gener") || w.starts_with(b"arsen") {
        Some(5)
    } else if w.starts_with(b"commun") {
        Some(6)
    } else {
        after_syllable(0)
    };
    match p1 {
        Some(p1) => (p1, after_syllable(p1).unwrap_or(n)),
        None => (n, n),
    }
}

/// Whether the word's first `end` bytes end in a short syllable: a
/// non-vowel, a vowel and a non-vowel other than `w`, `x` and `Y`; or a
/// vowel and a non-vowel that are the whole of it.
fn short_syllable(w: &[u8], end: usize) -> bool {
    if end >= 3 && !is_vowel_wxy(w[end - 1]) && is_vowel(w[end - 2]) && !is_vowel(w[end - 3]) {
        return true;
    }
    end == 2 && !is_vowel(w[1]) && is_vowel(w[0])
}

/// Whether `w` ends with `suffix`, compared from the end (the last byte
/// has been matched already by the caller's choice of suffixes, so most
/// misses are found at the second).
#[inline]
fn ends_with(w: &[u8], suffix: &[u8]) -> bool {
    suffix.len() <= w.len() && suffix.iter().rev().zip(w.iter().rev()).all(|(a, b)| a == b)
}

/// A rule of steps 2 to 4: a suffix, what replaces it, and what more it
/// asks than its step's region.
type Rule = (&'static [u8], &'static [u8], Also);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Also {
    Nothing,
    /// `ogi`: after `l`.
    AfterL,
    /// `li`: after a valid `li` ending (`is_valid_li`).
    ValidLi,
    /// `ative` of step 3: in R2.
    InR2,
    /// `ion` of step 4: after `s` or `t`.
    AfterST,
}

/// The first of `rules` whose suffix ends the word: with each step's rules
/// given by their last byte, longest first, the longest that ends it, as
/// the algorithm asks.
fn first_rule(w: &[u8], rules: &'static [Rule]) -> Option<(usize, &'static [u8], Also)> {
    rules
        .iter()
        .find(|(suffix, _, _)| ends_with(w, suffix))
        .map(|&(suffix, with, also)| (w.len() - suffix.len(), with, also))
}

/// Step 0 (apostrophes) and step 1a (plurals).
fn step_1a(w: &mut Stem) {
    let apostrophe: &[&[u8]] = match w.last() {
        Some(b'\'') => &[b"'s'", b"'"],
        Some(b's') => &[b"'s"],
        _ => &[],
    };
    if let Some(s) = apostrophe.iter().find(|s| w.ends_with(s)) {
        w.truncate(w.len() - s.len());
    }
    let n = w.len();
    if w.ends_with(b"sses") {
        w.truncate(n - 2);
    } else if w.ends_with(b"ied") || w.ends_with(b"ies") {
        let start = n - 3;
        let with: &[u8] = if start >= 2 { b"i" } else { b"ie" };
        w.replace_from(start, with);
    } else if w.ends_with(b"ss") || w.ends_with(b"us") {
    } else if w.ends_with(b"s") {
        // Taken when a vowel stands before the letter before it.
        let start = n - 1;
        if start >= 1 && has_vowel(&w.as_bytes()[..start - 1]) {
            w.truncate(start);
        }
    }
}

fn has_vowel(w: &[u8]) -> bool {
    w.iter().any(|&b| is_vowel(b))
}

/// Step 1b: `eed`, `ed`, `ing` and their `-ly` forms.
fn step_1b(w: &mut Stem, p1: usize) {
    // (suffix, whether it is an `eed` form), by last byte, longest first.
    let suffixes: &[(&[u8], bool)] = match w.last() {
        Some(b'd') => &[(b"eed", true), (b"ed", false)],
        Some(b'y') => &[(b"eedly", true), (b"ingly", false), (b"edly", false)],
        Some(b'g') => &[(b"ing", false)],
        _ => return,
    };
    let Some(&(suffix, eed)) = suffixes.iter().find(|(s, _)| w.ends_with(s)) else {
        return;
    };
    let start = w.len() - suffix.len();
    if eed {
        if start >= p1 {
            w.replace_from(start, b"ee");
        }
        return;
    }
    if !has_vowel(&w.as_bytes()[..start]) {
        return;
    }
    w.truncate(start);
    const DOUBLES: [&[u8]; 9] = [
        b"bb", b"dd", b"ff", b"gg", b"mm", b"nn", b"pp", b"rr", b"tt",
    ];
    if w.ends_with(b"at") || w.ends_with(b"bl") || w.ends_with(b"iz") {
        w.push(b'e');
    } else if DOUBLES.iter().any(|d| w.ends_with(d)) {
        w.pop();
    } else if w.len() == p1 && short_syllable(w.as_bytes(), w.len()) {
        w.push(b'e');
    }
}

/// Step 1c: a final `y` after a non-vowel that does not open the word
/// becomes `i`.
fn step_1c(w: &mut [u8]) {
    let n = w.len();
    if n >= 3 && matches!(w[n - 1], b'y' | b'Y') && !is_vowel(w[n - 2]) {
        w[n - 1] = b'i';
    }
}

/// Step 2: derivational suffixes in R1, with what replaces each (`ogi`
/// only after `l`, `li` only after a valid letter).
fn step_2(w: &mut Stem, p1: usize) {
    use Also::*;
    let rules: &'static [Rule] = match w.last() {
        Some(b'l') => &[(b"ational", b"ate", Nothing), (b"tional", b"tion", Nothing)],
        Some(b'i') => &[
            (b"biliti", b"ble", Nothing),
            (b"lessli", b"less", Nothing),
            (b"entli", b"ent", Nothing),
            (b"aliti", b"al", Nothing),
            (b"ousli", b"ous", Nothing),
            (b"iviti", b"ive", Nothing),
            (b"fulli", b"ful", Nothing),
            (b"enci", b"ence", Nothing),
            (b"anci", b"ance", Nothing),
            (b"abli", b"able", Nothing),
            (b"alli", b"al", Nothing),
            (b"bli", b"ble", Nothing),
            (b"ogi", b"og", AfterL),
            (b"li", b"", ValidLi),
        ],
        Some(b'r') => &[(b"izer", b"ize", Nothing), (b"ator", b"ate", Nothing)],
        Some(b'n') => &[(b"ization", b"ize", Nothing), (b"ation", b"ate", Nothing)],
        Some(b'm') => &[(b"alism", b"al", Nothing)],
        Some(b's') => &[
            (b"fulness", b"ful", Nothing),
            (b"ousness", b"ous", Nothing),
            (b"iveness", b"ive", Nothing),
        ],
        _ => return,
    };
    let Some((start, with, also)) = first_rule(w.as_bytes(), rules) else {
        return;
    };
    if start < p1 {
        return;
    }
    let before = start.checked_sub(1).map(|b| w.as_bytes()[b]);
    let allowed = match also {
        AfterL => before == Some(b'l'),
        ValidLi => before.is_some_and(is_valid_li),
        _ => true,
    };
    if allowed {
        w.replace_from(start, with);
    }
}

/// Step 3: more derivational suffixes in R1 (`ative` in R2).
fn step_3(w: &mut Stem, p1: usize, p2: usize) {
    use Also::*;
    let rules: &'static [Rule] = match w.last() {
        Some(b'l') => &[
            (b"ational", b"ate", Nothing),
            (b"tional", b"tion", Nothing),
            (b"ical", b"ic", Nothing),
            (b"ful", b"", Nothing),
        ],
        Some(b'e') => &[
            (b"alize", b"al", Nothing),
            (b"icate", b"ic", Nothing),
            (b"ative", b"", InR2),
        ],
        Some(b'i') => &[(b"iciti", b"ic", Nothing)],
        Some(b's') => &[(b"ness", b"", Nothing)],
        _ => return,
    };
    let Some((start, with, also)) = first_rule(w.as_bytes(), rules) else {
        return;
    };
    if start < p1 || also == InR2 && start < p2 {
        return;
    }
    w.replace_from(start, with);
}

/// Step 4: suffixes taken away in R2 (`ion` after `s` or `t`).
fn step_4(w: &mut Stem, p2: usize) {
    use Also::*;
    let rules: &'static [Rule] = match w.last() {
        Some(b'l') => &[(b"al", b"", Nothing)],
        Some(b'e') => &[
            (b"ance", b"", Nothing),
            (b"ence", b"", Nothing),
            (b"able", b"", Nothing),
            (b"ible", b"", Nothing),
            (b"ate", b"", Nothing),
            (b"ive", b"", Nothing),
            (b"ize", b"", Nothing),
        ],
        Some(b'r') => &[(b"er", b"", Nothing)],
        Some(b'c') => &[(b"ic", b"", Nothing)],
        Some(b't') => &[
            (b"ement", b"", Nothing),
            (b"ment", b"", Nothing),
            (b"ant", b"", Nothing),
            (b"ent", b"", Nothing),
        ],
        Some(b'm') => &[(b"ism", b"", Nothing)],
        Some(b'i') => &[(b"iti", b"", Nothing)],
        Some(b's') => &[(b"ous", b"", Nothing)],
        Some(b'n') => &[(b"ion", b"", AfterST)],
        _ => return,
    };
    let Some((start, _, also)) = first_rule(w.as_bytes(), rules) else {
        return;
    };
    if start < p2 {
        return;
    }
    if also == AfterST && !(start > 0 && matches!(w.as_bytes()[start - 1], b's' | b't')) {
        return;
    }
    w.truncate(start);
}

/// Step 5: a final `e` in R2, or in R1 after no short syllable; a final `l`
/// after `l` in R2.
fn step_5(w: &mut Stem, p1: usize, p2: usize) {
    let n = w.len();
    match w.last() {
        Some(b'e') => {
            let start = n - 1;
            if start >= p2 || start >= p1 && !short_syllable(w.as_bytes(), start) {
                w.pop();
            }
        }
        Some(b'l') => {
            let start = n - 1;
            if start >= p2 && start > 0 && w.as_bytes()[start - 1] == b'l' {
                w.pop();
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snowball(word: &str) -> String {
        rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English)
            .stem(word)
            .into_owned()
    }

    /// Words that reach each step, exception and condition of the
    /// algorithm, with Snowball's own stems for some of them.
    #[test]
    fn stems_are_snowballs() {
        let known = [
            ("consign", "consign"),
            ("consigned", "consign"),
            ("consigning", "consign"),
            ("consignment", "consign"),
            ("consist", "consist"),
            ("consisted", "consist"),
            ("consistency", "consist"),
            ("consistent", "consist"),
            ("knack", "knack"),
            ("knackeries", "knackeri"),
            ("generously", "generous"),
            ("communism", "communism"),
            ("arsenal", "arsenal"),
            ("hopping", "hop"),
            ("hoping", "hope"),
            ("killed", "kill"),
            ("sons", "son"),
            ("skies", "sky"),
            ("dying", "die"),
            ("news", "news"),
            ("succeeding", "succeed"),
            ("succeed", "succeed"),
            ("agreed", "agre"),
            ("feed", "feed"),
            ("cries", "cri"),
            ("ties", "tie"),
            ("gas", "gas"),
            ("gaps", "gap"),
            ("kiwis", "kiwi"),
            ("'tis", "tis"),
            ("youth", "youth"),
            ("sayings", "say"),
            ("enjoyed", "enjoy"),
            ("cry", "cri"),
            ("by", "by"),
            ("say", "say"),
            ("fluently", "fluentli"),
            ("archaeology", "archaeolog"),
            ("geology", "geolog"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("rational", "ration"),
            ("valency", "valenc"),
            ("hesitancy", "hesit"),
            ("digitizer", "digit"),
            ("conformably", "conform"),
            ("radically", "radic"),
            ("differently", "differ"),
            ("vilely", "vile"),
            ("analogously", "analog"),
            ("vietnamization", "vietnam"),
            ("predication", "predic"),
            ("operator", "oper"),
            ("feudalism", "feudal"),
            ("decisiveness", "decis"),
            ("hopefulness", "hope"),
            ("callousness", "callous"),
            ("formaliti", "formal"),
            ("sensitiviti", "sensit"),
            ("sensibiliti", "sensibl"),
            ("triplicate", "triplic"),
            ("formative", "format"),
            ("formalize", "formal"),
            ("electriciti", "electr"),
            ("electrical", "electr"),
            ("hopeful", "hope"),
            ("goodness", "good"),
            ("revival", "reviv"),
            ("allowance", "allow"),
            ("inference", "infer"),
            ("airliner", "airlin"),
            ("gyroscopic", "gyroscop"),
            ("adjustable", "adjust"),
            ("defensible", "defens"),
            ("irritant", "irrit"),
            ("replacement", "replac"),
            ("adjustment", "adjust"),
            ("dependent", "depend"),
            ("adoption", "adopt"),
            ("communism", "communism"),
            ("activate", "activ"),
            ("angulariti", "angular"),
            ("homologous", "homolog"),
            ("effective", "effect"),
            ("bowdlerize", "bowdler"),
            ("probate", "probat"),
            ("rate", "rate"),
            ("cease", "ceas"),
            ("controll", "control"),
            ("roll", "roll"),
        ];
        for (word, expected) in known {
            assert_eq!(stem(word).as_deref(), Some(expected), "{word}");
            assert_eq!(snowball(word), expected, "{word} (Snowball)");
        }
    }

    /// Every word of the project's fixtures, rule files and documents,
    /// and every affix of the algorithm on stems of every shape, gives
    /// Snowball's stem.
    #[test]
    fn every_word_of_the_project_stems_as_snowball_does() {
        let mut words: Vec<String> = Vec::new();
        let mut texts = Vec::new();
        for dir in ["fixtures", "rules", "docs", "tests/data"] {
            collect(std::path::Path::new(dir), &mut texts);
        }
        for text in &texts {
            for w in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '\'' || c == '-')) {
                if !w.is_empty() {
                    words.push(w.to_ascii_lowercase());
                }
            }
        }
        assert!(words.len() > 10_000, "{} words", words.len());
        let stems = [
            "", "a", "y", "ay", "by", "cr", "gener", "commun", "arsen", "hop", "bl", "sky", "ee",
            "feed", "agre", "plan", "fix", "wax", "show", "ski", "lo", "tri", "yell", "say", "sl",
            "ha", "oo", "bb", "'", "'y", "x", "ab", "eb", "consign", "rat", "controll", "ion",
        ];
        let affixes = [
            "", "s", "'s", "'", "'s'", "sses", "ies", "ied", "us", "ss", "eed", "eedly", "ed",
            "edly", "ing", "ingly", "y", "yy", "tional", "ational", "enci", "anci", "abli",
            "entli", "izer", "ization", "ation", "ator", "alism", "aliti", "alli", "fulness",
            "ousli", "ousness", "iveness", "iviti", "biliti", "bli", "logi", "ogi", "fulli",
            "lessli", "li", "cli", "alize", "icate", "iciti", "ical", "ful", "ness", "ative", "al",
            "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism",
            "ate", "iti", "ous", "ive", "ize", "ion", "sion", "tion", "e", "l", "ll", "at", "bl",
            "iz", "bb", "tt", "yed", "ying", "ies's",
        ];
        for s in stems {
            for a in affixes {
                for b in ["", "s", "ed", "ing", "ly", "e"] {
                    words.push(format!("{s}{a}{b}"));
                }
            }
        }
        for w in &words {
            if let Some(fast) = stem(w) {
                assert_eq!(&*fast, snowball(w), "{w:?}");
            }
        }
        assert!(stem("naïve").is_none());
        let long = "a".repeat(MAX_LEN + 1);
        assert!(stem(&long).is_none(), "longer than the buffer");
        assert_eq!(stem(&long[1..]).as_deref(), Some(&long[1..]));
    }

    /// The same on every word of a corpus (a folder named by
    /// `CROSSCHECK_STEM_CORPUS`): `cargo test --lib porter2 -- --ignored`.
    #[test]
    #[ignore]
    fn every_word_of_a_corpus_stems_as_snowball_does() {
        let Ok(dir) = std::env::var("CROSSCHECK_STEM_CORPUS") else {
            return;
        };
        let mut texts = Vec::new();
        collect(std::path::Path::new(&dir), &mut texts);
        let mut seen = std::collections::HashSet::new();
        for text in &texts {
            for w in text.split(|c: char| {
                c.is_whitespace() || c.is_ascii_punctuation() && c != '\'' && c != '-'
            }) {
                let w = w.to_lowercase();
                if let Some(fast) = stem(&w) {
                    if seen.insert(w.clone()) {
                        assert_eq!(&*fast, snowball(&w), "{w:?}");
                    }
                }
            }
        }
        eprintln!("{} distinct words", seen.len());
    }

    fn collect(dir: &std::path::Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                collect(&path, out);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                out.push(text);
            }
        }
    }
}
