//! Determiners, by the question a stage asks of them. They are five lists
//! because the questions differ: which words never head a speaker phrase
//! (the broad class, with quantifiers and the number words to ten), which a
//! speaker phrase is stripped of before it is taken apart, which open the
//! noun phrase of a thing or an event the timeline reads (and which of those
//! make it definite), and which, before a form, make it a noun.

/// Determiners in the broad sense: articles, demonstratives, possessives,
/// quantifiers and the number words to ten. The attribution grammar's
/// `is_determiner`: such a word never heads a speaker phrase, and a phrase
/// may open with a run of them ("the two officials", "many other").
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "both", "several", "some", "many", "another", "each", "every", "all", "most", "no", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "one", "other", "such", "any",
    "few", "more",
];

/// The words a speaker phrase is stripped of at its front before it is
/// taken apart into name, role and head ("the SDF", "several officials").
/// Fewer than `DETERMINERS`: "my", "your", "each", "every", "all", "most",
/// "no", "such", "any", "few", "more" and the numbers past five stay in a
/// resolved phrase's text.
pub const SPEAKER_PHRASE_DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "both",
    "several", "some", "many", "two", "three", "four", "five", "other", "one", "another",
];

/// Articles, demonstratives and possessives: the determiners the timeline
/// reads before the noun of a thing or an event ("the strike", "its bid",
/// "that vote") and passes over to reach it. Unlike `DETERMINERS`, no
/// quantifier and no number word: a count is read apart.
pub const NOUN_DETERMINERS: &[&str] = &[
    "the", "its", "their", "his", "her", "this", "that", "these", "those", "our", "a", "an",
];

/// `NOUN_DETERMINERS` less the indefinite articles: a noun phrase that
/// opens with one names a thing already known ("the ban", "its sixth day").
pub const DEFINITE_DETERMINERS: &[&str] = &[
    "the", "its", "their", "his", "her", "this", "that", "these", "those", "our",
];

/// Words before a form that make it a noun ("his remarks", "the report"):
/// the attribution grammar reads a cue word after one as a noun, not a verb.
/// Unlike `DETERMINERS`, it holds "to", "of", "that", "whose" and "what",
/// and no quantity word or number that may stand alone as a subject ("many
/// said", "two said").
pub const NOUN_MARKERS: &[&str] = &[
    "to", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these",
    "those", "each", "every", "no", "any", "of", "such", "that", "whose", "what",
];
