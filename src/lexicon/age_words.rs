//! The words an age or a birth is stated with.

/// The words an age or a birth is stated with ("aged 54", "born in 1960",
/// "turned 30"): the timeline reads a person's age with them.
pub const AGE_WORDS: &[&str] = &[
    "born", "aged", "birthday", "turned", "turns", "turn", "turning",
];
