//! Prepositions that open a modifier inside a noun phrase, by the stage that
//! reads the phrase. (The prepositions a time expression opens with are
//! `super::time_words::PREPOSITIONS`.)

/// The prepositions that open a noun phrase's modifier ("the strike by
/// drivers", "the sit-in outside parliament"): the timeline finds the head
/// of an event's noun phrase before them.
pub const MODIFIER_PREPOSITIONS: &[&str] = &[
    "in", "of", "at", "by", "for", "on", "from", "over", "against", "into", "outside", "inside",
    "near", "across", "around", "along", "between", "with", "off", "under", "behind", "beyond",
    "through", "toward", "towards",
];

/// Prepositions that open a phrase inside a speaker's name or description
/// ("spokesman for the ministry", "head of the agency"). Fewer than
/// `MODIFIER_PREPOSITIONS`: where the attribution grammar also reads "on",
/// "by" or "about" as opening one, it adds them itself (a "by" phrase may be
/// a passive's agent).
pub const SPEAKER_PHRASE_PREPOSITIONS: [&str; 6] = ["of", "for", "at", "from", "with", "in"];
