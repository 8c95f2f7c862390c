//! The registry: every rule, one line each, in the order `crosscheck rules`
//! lists them and the rules run. A rule is its own file in `src/rules/`
//! (its declaration, parameters and check) and one line here; see
//! CONTRIBUTING.md.

use serde::Deserialize;

use super::check::{Check, Rule};
use super::rule::RuleMeta;
use super::{
    acronym, ambiguous_source, entity_aliases, figure_conflict, figure_spread, hearsay,
    house_spelling, role_later, spelling_variant, stance_conflict, timeline_conflict,
    unattributed_figure, vague_source, weekday_date,
};

/// A rule as the registry holds it: its declaration, and how to make its
/// check of a table of parameters.
pub struct Entry {
    pub meta: &'static RuleMeta,
    pub make: fn(&toml::Table) -> Result<Box<dyn Check>, String>,
}

const fn entry<R: Rule>() -> Entry {
    Entry {
        meta: &R::META,
        make: make::<R>,
    }
}

/// Every rule.
pub const RULES: &[Entry] = &[
    entry::<weekday_date::WeekdayDate>(),
    entry::<timeline_conflict::TimelineConflict>(),
    entry::<unattributed_figure::UnattributedFigure>(),
    entry::<vague_source::VagueSource>(),
    entry::<ambiguous_source::AmbiguousSource>(),
    entry::<hearsay::Hearsay>(),
    entry::<house_spelling::HouseSpelling>(),
    entry::<acronym::AcronymNotIntroduced>(),
    entry::<spelling_variant::SpellingVariant>(),
    entry::<entity_aliases::EntityAliases>(),
    entry::<role_later::RoleLater>(),
    entry::<figure_conflict::FigureConflict>(),
    entry::<figure_spread::FigureSpread>(),
    entry::<stance_conflict::StanceConflict>(),
];

/// Rule `R` with the parameters of `table` (its `Params`' defaults for
/// what the table does not set); the error names what is wrong with them.
fn make<R: Rule>(table: &toml::Table) -> Result<Box<dyn Check>, String> {
    let params = R::Params::deserialize(toml::Value::Table(table.clone()))
        .map_err(|e| e.message().to_string())?;
    Ok(Box::new(R::new(params)?))
}

/// The ids of every rule, in registry order.
pub fn ids() -> impl Iterator<Item = &'static str> {
    RULES.iter().map(|e| e.meta.id)
}
