//! Units of time (`Unit`): the unit words the parser reads, singular or
//! plural, those that name a calendar period, and each unit's length in
//! days.

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Unit {
    Minute,
    Hour,
    Day,
    Night,
    Week,
    Weekend,
    Fortnight,
    Month,
    Year,
    Decade,
}

/// A unit word, singular or plural.
pub(super) fn any_unit(word: &str) -> Option<Unit> {
    // Lower-cased in a stack buffer: no unit is longer than it.
    let mut buf = [0u8; 16];
    let w = crate::text::keys::ascii_lower_short(word, &mut buf)?;
    let singular = w.strip_suffix(b"s").unwrap_or(w);
    Some(match singular {
        b"minute" | b"min" => Unit::Minute,
        b"hour" | b"hr" => Unit::Hour,
        b"day" => Unit::Day,
        b"night" => Unit::Night,
        b"week" => Unit::Week,
        b"fortnight" => Unit::Fortnight,
        b"month" => Unit::Month,
        b"year" => Unit::Year,
        b"decade" => Unit::Decade,
        _ => return None,
    })
}

/// Units that name a calendar period after last/this/next.
pub(super) fn calendar_unit(word: &str) -> Option<Unit> {
    let mut buf = [0u8; 16];
    Some(
        match crate::text::keys::ascii_lower_short(word, &mut buf)? {
            b"week" => Unit::Week,
            b"weekend" => Unit::Weekend,
            b"month" => Unit::Month,
            b"year" => Unit::Year,
            b"decade" => Unit::Decade,
            _ => return None,
        },
    )
}

/// Shortest and longest length of a unit in days.
pub(super) fn unit_days(unit: Unit) -> (f64, f64) {
    match unit {
        Unit::Minute => (1.0 / 1440.0, 1.0 / 1440.0),
        Unit::Hour => (1.0 / 24.0, 1.0 / 24.0),
        Unit::Day | Unit::Night => (1.0, 1.0),
        Unit::Week => (7.0, 7.0),
        Unit::Weekend => (2.0, 2.0),
        Unit::Fortnight => (14.0, 14.0),
        Unit::Month => (28.0, 31.0),
        Unit::Year => (365.0, 366.0),
        Unit::Decade => (3652.0, 3653.0),
    }
}
