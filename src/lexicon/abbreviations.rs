//! Abbreviations a period follows, by what their period does at the end of a
//! sentence, as the sentence splitter reads them. In lower case: the splitter
//! looks words up ignoring ASCII case.

/// Titles and abbreviations after which a period never ends a sentence
/// ("Mr.", "Gen.", "No.").
pub const NEVER_FINAL_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep", "rev",
    "prof", "st", "adm", "cmdr", "brig", "pres", "amb", "hon", "messrs", "mt", "ft", "no", "nos",
    "vs", "v", "fig", "vol", "pp", "approx", "dept", "est", "cpl", "pvt", "supt", "insp", "det",
    "atty", "gens", "lieut",
];

/// Month abbreviations: not final before a number ("Feb. 19").
pub const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Abbreviations that may end a sentence: final only before a typical
/// opener (`super::sentence_openers::TYPICAL_OPENERS`).
pub const MAYBE_FINAL_ABBREVIATIONS: &[&str] = &[
    "inc", "corp", "ltd", "co", "jr", "sr", "bros", "etc", "plc", "llc",
];
