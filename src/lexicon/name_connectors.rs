//! The lower-case words a full name holds between its capitalised words.

/// The words (and "&") a full name may hold between the capitalised words
/// whose initials spell its acronym ("Bank of England", "Médecins du
/// Monde"): no initial of the acronym. Some are French or Arabic ("de",
/// "du", "al").
pub const ACRONYM_CONNECTORS: &[&str] =
    &["of", "the", "for", "and", "de", "du", "al", "on", "in", "&"];
