//! The registry of rule kinds: one line a kind, its name as rule files write
//! it (`kind = "…"`) and the check that runs it. A rule file's `[[rule]]`
//! names one of these; adding a kind is a file in `src/rules/` and one line
//! here (see CONTRIBUTING.md).

use super::rule::Check;
use super::{
    acronym, ambiguous_source, entity_aliases, figure_conflict, figure_spread, hearsay,
    house_spelling, role_later, spelling_variant, stance_conflict, timeline_conflict,
    unattributed_figure, vague_source, weekday_date,
};

/// Every kind the engine knows, in the order `crosscheck rules` and the
/// error for an unknown kind list them.
const KINDS: &[(&str, fn() -> Box<dyn Check>)] = &[
    ("weekday-date", || Box::new(weekday_date::WeekdayDate)),
    ("unattributed-figure", || {
        Box::new(unattributed_figure::UnattributedFigure)
    }),
    ("vague-source", || Box::new(vague_source::VagueSource)),
    ("ambiguous-source", || {
        Box::new(ambiguous_source::AmbiguousSource)
    }),
    ("hearsay", || Box::new(hearsay::Hearsay)),
    ("house-spelling", || {
        Box::new(house_spelling::HouseSpelling::default())
    }),
    ("figure-conflict", || {
        Box::new(figure_conflict::FigureConflict)
    }),
    ("figure-spread", || Box::new(figure_spread::FigureSpread)),
    ("timeline-conflict", || {
        Box::new(timeline_conflict::TimelineConflict::default())
    }),
    ("stance-conflict", || {
        Box::new(stance_conflict::StanceConflict::default())
    }),
    ("acronym-not-introduced", || {
        Box::new(acronym::AcronymNotIntroduced::default())
    }),
    ("spelling-variant", || {
        Box::new(spelling_variant::SpellingVariant)
    }),
    ("entity-aliases", || Box::new(entity_aliases::EntityAliases)),
    ("role-later", || Box::new(role_later::RoleLater)),
];

/// A new check of kind `name`, if the engine knows it.
pub(super) fn make(name: &str) -> Option<Box<dyn Check>> {
    KINDS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, make)| make())
}

/// The names of every kind, in registry order.
pub fn names() -> impl Iterator<Item = &'static str> {
    KINDS.iter().map(|(n, _)| *n)
}
