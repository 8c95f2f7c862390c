//! The English (Porter2) stemmer of Snowball, for words written in ASCII:
//! the same stems as the `rust-stemmers` crate gives (its English
//! algorithm, a port of Snowball's `english.sbl`), without its general
//! machinery. That crate reads each word through a string environment and
//! searches every suffix table by binary search, about 3,400 instructions a
//! word, and stemming was a twelfth of a run on text whose words are new;
//! this one works on the word's bytes in place. Words with any other
//! character still go to the crate, so every stem is the crate's: a test
//! holds the two equal on every word of the project's texts and on words
//! made to reach each rule.
//!
//! The steps follow the algorithm's definition
//! (<https://snowballstem.org/algorithms/english/stemmer.html>): R1 and R2,
//! the short syllable, and steps 0 to 5 with their exceptions.

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
/// the word is not ASCII.
pub fn stem(word: &str) -> Option<String> {
    if !word.is_ascii() {
        return None;
    }
    if let Some(special) = exception1(word) {
        return Some(special.to_string());
    }
    if word.len() < 3 {
        return Some(word.to_string());
    }
    let mut w: Vec<u8> = Vec::with_capacity(word.len() + 1);
    w.extend_from_slice(word.as_bytes());
    let y_found = prelude(&mut w);
    let (p1, p2) = regions(&w);
    step_1a(&mut w);
    if !exception2(&w) {
        step_1b(&mut w, p1);
        step_1c(&mut w);
        step_2(&mut w, p1);
        step_3(&mut w, p1, p2);
        step_4(&mut w, p2);
        step_5(&mut w, p1, p2);
    }
    if y_found {
        for b in &mut w {
            if *b == b'Y' {
                *b = b'y';
            }
        }
    }
    // Only ASCII bytes were written.
    String::from_utf8(w).ok()
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
fn prelude(w: &mut Vec<u8>) -> bool {
    if w.first() == Some(&b'\'') {
        w.remove(0);
    }
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

/// The longest of `suffixes` that ends the word, with its index and
/// length. (Each is asked for its last byte first: most words end in none
/// of them.)
fn longest_suffix<'s>(
    w: &[u8],
    suffixes: impl IntoIterator<Item = &'s [u8]>,
) -> Option<(usize, usize)> {
    let last = *w.last()?;
    let mut best: Option<(usize, usize)> = None;
    for (k, s) in suffixes.into_iter().enumerate() {
        let fits = s.len() <= w.len()
            && s.last().is_none_or(|&b| b == last)
            && s.iter().rev().zip(w.iter().rev()).all(|(a, b)| a == b);
        if fits && best.is_none_or(|(_, len)| s.len() > len) {
            best = Some((k, s.len()));
        }
    }
    best
}

/// `longest_suffix` of a list.
fn longest_of(w: &[u8], suffixes: &[&[u8]]) -> Option<(usize, usize)> {
    longest_suffix(w, suffixes.iter().copied())
}

/// The longest of `rules`' suffixes that ends the word: its index, where
/// it starts and what replaces it.
fn longest_rule<'r>(
    w: &[u8],
    rules: &'r [(&'static [u8], &'static [u8])],
) -> Option<(usize, usize, &'r [u8])> {
    let (k, len) = longest_suffix(w, rules.iter().map(|(s, _)| *s))?;
    Some((k, w.len() - len, rules[k].1))
}

/// Replaces the word's last `len` bytes with `with`.
fn replace_end(w: &mut Vec<u8>, len: usize, with: &[u8]) {
    w.truncate(w.len() - len);
    w.extend_from_slice(with);
}

fn has_vowel(w: &[u8]) -> bool {
    w.iter().any(|&b| is_vowel(b))
}

/// Step 0 (apostrophes) and step 1a (plurals).
fn step_1a(w: &mut Vec<u8>) {
    if let Some((_, len)) = longest_of(w, &[b"'", b"'s'", b"'s"]) {
        w.truncate(w.len() - len);
    }
    let Some((k, len)) = longest_of(w, &[b"sses", b"ied", b"ies", b"s", b"ss", b"us"]) else {
        return;
    };
    let start = w.len() - len;
    match k {
        0 => replace_end(w, len, b"ss"),
        1 | 2 => {
            let with: &[u8] = if start >= 2 { b"i" } else { b"ie" };
            replace_end(w, len, with);
        }
        // "s": taken when a vowel stands before the letter before it.
        3 if start >= 1 && has_vowel(&w[..start - 1]) => w.truncate(start),
        _ => {}
    }
}

/// Step 1b: `eed`, `ed`, `ing` and their `-ly` forms.
fn step_1b(w: &mut Vec<u8>, p1: usize) {
    let Some((k, len)) = longest_of(w, &[b"eed", b"eedly", b"ed", b"edly", b"ing", b"ingly"])
    else {
        return;
    };
    let start = w.len() - len;
    if k <= 1 {
        if start >= p1 {
            replace_end(w, len, b"ee");
        }
        return;
    }
    if !has_vowel(&w[..start]) {
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
    } else if w.len() == p1 && short_syllable(w, w.len()) {
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
fn step_2(w: &mut Vec<u8>, p1: usize) {
    const RULES: [(&[u8], &[u8]); 24] = [
        (b"tional", b"tion"),
        (b"enci", b"ence"),
        (b"anci", b"ance"),
        (b"abli", b"able"),
        (b"entli", b"ent"),
        (b"izer", b"ize"),
        (b"ization", b"ize"),
        (b"ational", b"ate"),
        (b"ation", b"ate"),
        (b"ator", b"ate"),
        (b"alism", b"al"),
        (b"aliti", b"al"),
        (b"alli", b"al"),
        (b"fulness", b"ful"),
        (b"ousli", b"ous"),
        (b"ousness", b"ous"),
        (b"iveness", b"ive"),
        (b"iviti", b"ive"),
        (b"biliti", b"ble"),
        (b"bli", b"ble"),
        (b"fulli", b"ful"),
        (b"lessli", b"less"),
        (b"ogi", b"og"),
        (b"li", b""),
    ];
    let Some((k, start, with)) = longest_rule(w, &RULES) else {
        return;
    };
    if start < p1 {
        return;
    }
    let before = start.checked_sub(1).map(|b| w[b]);
    let allowed = match k {
        22 => before == Some(b'l'),
        23 => before.is_some_and(is_valid_li),
        _ => true,
    };
    if allowed {
        replace_end(w, w.len() - start, with);
    }
}

/// Step 3: more derivational suffixes in R1 (`ative` in R2).
fn step_3(w: &mut Vec<u8>, p1: usize, p2: usize) {
    const RULES: [(&[u8], &[u8]); 9] = [
        (b"tional", b"tion"),
        (b"ational", b"ate"),
        (b"alize", b"al"),
        (b"icate", b"ic"),
        (b"iciti", b"ic"),
        (b"ical", b"ic"),
        (b"ful", b""),
        (b"ness", b""),
        (b"ative", b""),
    ];
    let Some((k, start, with)) = longest_rule(w, &RULES) else {
        return;
    };
    if start < p1 || k == 8 && start < p2 {
        return;
    }
    replace_end(w, w.len() - start, with);
}

/// Step 4: suffixes taken away in R2 (`ion` after `s` or `t`).
fn step_4(w: &mut Vec<u8>, p2: usize) {
    const SUFFIXES: [&[u8]; 18] = [
        b"al", b"ance", b"ence", b"er", b"ic", b"able", b"ible", b"ant", b"ement", b"ment", b"ent",
        b"ism", b"ate", b"iti", b"ous", b"ive", b"ize", b"ion",
    ];
    let Some((k, len)) = longest_of(w, &SUFFIXES) else {
        return;
    };
    let start = w.len() - len;
    if start < p2 {
        return;
    }
    // "ion", the last.
    if k == SUFFIXES.len() - 1 && !(start > 0 && matches!(w[start - 1], b's' | b't')) {
        return;
    }
    w.truncate(start);
}

/// Step 5: a final `e` in R2, or in R1 after no short syllable; a final `l`
/// after `l` in R2.
fn step_5(w: &mut Vec<u8>, p1: usize, p2: usize) {
    let n = w.len();
    match w.last() {
        Some(b'e') => {
            let start = n - 1;
            if start >= p2 || start >= p1 && !short_syllable(w, start) {
                w.pop();
            }
        }
        Some(b'l') => {
            let start = n - 1;
            if start >= p2 && start > 0 && w[start - 1] == b'l' {
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
                assert_eq!(fast, snowball(w), "{w:?}");
            }
        }
        assert_eq!(stem("naïve"), None);
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
                        assert_eq!(fast, snowball(&w), "{w:?}");
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
