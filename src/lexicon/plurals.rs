//! Plural nouns that a plural's ending does not tell: the quantity
//! reader's counted nouns are plural nouns, and these are plural without
//! an -s (the words in -s that are no plurals are
//! `suffix_lookalikes::NOT_PLURALS_IN_S`).

/// Plural nouns that do not end in -s, and collective nouns counted as plural.
pub const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "police",
    "personnel",
    "staff",
    "troops",
    "cattle",
    "sheep",
    "livestock",
    "aircraft",
    "fish",
    "deer",
    "feet",
    "teeth",
    "mice",
    "geese",
    "youth",
    "crew",
    "militia",
    "infantry",
    "clergy",
    "folk",
    "offspring",
    "data",
    "media",
    "criteria",
    "refugees",
];
