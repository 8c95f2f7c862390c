//! Names of months and weekdays, shared by the dateline finder and the time
//! expression parser, and the calendar arithmetic, in one place: a month's
//! end, a week's start, a date moved by months or by days.

use chrono::{Datelike, NaiveDate, Weekday};

/// A word without a possessive or a full stop at its end ("Tuesday's", "Feb.").
fn bare(word: &str) -> &str {
    crate::text::keys::without_possessive(word).trim_end_matches('.')
}

/// Whether a word may be one of the names below: at least three letters
/// (points and possessives may follow, any number of them), opening with one
/// of `initials` (in lower case). Asked first, as most words are none of
/// them.
#[inline(always)]
fn may_be(word: &str, initials: &[u8]) -> bool {
    word.len() >= 3 && initials.contains(&(word.as_bytes()[0] | 0x20))
}

/// Month number (1–12) of a month name or abbreviation (with or without a period).
pub fn month(word: &str) -> Option<u32> {
    if !may_be(word, b"jfmasond") {
        return None;
    }
    let mut buf = [0u8; 16];
    let w = crate::text::keys::ascii_lower_short(bare(word), &mut buf)?;
    let m = match w {
        b"january" | b"jan" => 1,
        b"february" | b"feb" => 2,
        b"march" | b"mar" => 3,
        b"april" | b"apr" => 4,
        b"may" => 5,
        b"june" | b"jun" => 6,
        b"july" | b"jul" => 7,
        b"august" | b"aug" => 8,
        b"september" | b"sep" | b"sept" => 9,
        b"october" | b"oct" => 10,
        b"november" | b"nov" => 11,
        b"december" | b"dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// The weekday a word names ("Tuesday", "Tue.", "Tues").
pub fn weekday(word: &str) -> Option<Weekday> {
    if !may_be(word, b"mtwfs") {
        return None;
    }
    let mut buf = [0u8; 16];
    let w = crate::text::keys::ascii_lower_short(bare(word), &mut buf)?;
    let d = match w {
        b"monday" | b"mon" => Weekday::Mon,
        b"tuesday" | b"tue" | b"tues" => Weekday::Tue,
        b"wednesday" | b"wed" => Weekday::Wed,
        b"thursday" | b"thu" | b"thur" | b"thurs" => Weekday::Thu,
        b"friday" | b"fri" => Weekday::Fri,
        b"saturday" | b"sat" => Weekday::Sat,
        b"sunday" | b"sun" => Weekday::Sun,
        _ => return None,
    };
    Some(d)
}

pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// A date written as `YYYY-MM-DD`: four digits of year, two of month, two
/// of day, nothing else. (chrono's `%Y` also takes a sign and more digits,
/// "+262142-12-31", a date whose neighbours fall off the calendar.)
pub fn parse_iso_day(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The last day of a month.
/// A date as `%Y-%m-%d` writes it ("2019-02-19"): years of four digits
/// written directly (chrono's formatter reads its format string at every
/// call, and the report writes a date for every time it shows), others
/// through chrono ("+10000-01-01").
pub fn iso_date(d: NaiveDate) -> String {
    match iso_date_ascii(d) {
        Some(ascii) => ascii.iter().map(|&b| char::from(b)).collect(),
        None => d.format("%Y-%m-%d").to_string(),
    }
}

/// `iso_date`'s text of a date of the years 0 to 9999 (the others are
/// chrono's), as bytes: for a writer that needs no `String` of it.
pub fn iso_date_ascii(d: NaiveDate) -> Option<[u8; 10]> {
    let year = d.year();
    if !(0..=9999).contains(&year) {
        return None;
    }
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let (y, m, day) = (year as u32, d.month(), d.day());
    Some([
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(day / 10),
        digit(day),
    ])
}

pub fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

/// The Monday of the week holding `date`.
pub fn week_start(date: NaiveDate) -> NaiveDate {
    date - chrono::Duration::days(date.weekday().num_days_from_monday() as i64)
}

/// `date` moved by whole months, the day clamped to the target month's length.
pub fn add_months(date: NaiveDate, months: i32) -> Option<NaiveDate> {
    let total = date.year() * 12 + date.month0() as i32 + months;
    let (year, month) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
    let last = month_end(year, month)?.day();
    NaiveDate::from_ymd_opt(year, month, date.day().min(last))
}

/// `r` moved by `days`, or None when that leaves the calendar chrono can
/// hold ("the last 150 million weeks").
pub fn shifted(r: NaiveDate, days: f64) -> Option<NaiveDate> {
    if !days.is_finite() || days.abs() > 3.0e6 {
        return None;
    }
    r.checked_add_signed(chrono::Duration::try_days(days as i64)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_and_weekday_names_with_their_endings() {
        for (word, m) in [
            ("September’s", Some(9)),
            ("Sept....", Some(9)),
            ("FEB.", Some(2)),
            ("may", Some(5)),
            ("Ma", None),
            ("Jun's", Some(6)),
            ("Emay", None),
        ] {
            assert_eq!(month(word), m, "{word}");
        }
        for (word, d) in [
            ("Wednesday’s", Some(Weekday::Wed)),
            ("Thurs.", Some(Weekday::Thu)),
            ("SUN", Some(Weekday::Sun)),
            ("Su", None),
            ("Monday-", None),
        ] {
            assert_eq!(weekday(word), d, "{word}");
        }
    }

    #[test]
    fn iso_dates_are_written_as_chrono_writes_them() {
        for (y, m, d) in [
            (2019, 2, 19),
            (1, 1, 1),
            (0, 12, 31),
            (999, 10, 5),
            (9999, 12, 31),
            (10_000, 1, 1),
            (-44, 3, 15),
            (2024, 2, 29),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).expect("a date");
            assert_eq!(iso_date(date), date.format("%Y-%m-%d").to_string());
        }
        // Every day of four years, a leap year among them.
        let mut day = NaiveDate::from_ymd_opt(2023, 1, 1).expect("a date");
        while day.year() < 2027 {
            assert_eq!(iso_date(day), day.format("%Y-%m-%d").to_string());
            day = day.succ_opt().expect("a next day");
        }
    }

    #[test]
    fn month_and_weekday_names_are_read_with_their_possessives_and_abbreviations() {
        let months = [
            ("February", Some(2)),
            ("Feb.", Some(2)),
            ("SEPT", Some(9)),
            ("May's", Some(5)),
            ("December’s", Some(12)),
            ("Mayday", None),
            ("Februaryyyyyyyyyyyyyyyy", None),
            ("", None),
        ];
        for (word, want) in months {
            assert_eq!(month(word), want, "{word}");
        }
        let days = [
            ("Tuesday", Some(Weekday::Tue)),
            ("Tues.", Some(Weekday::Tue)),
            ("sunday's", Some(Weekday::Sun)),
            ("Sundays", None),
            ("Thurs", Some(Weekday::Thu)),
            ("Ｔｕｅｓｄａｙ", None),
        ];
        for (word, want) in days {
            assert_eq!(weekday(word), want, "{word}");
        }
    }

    #[test]
    fn iso_days_have_four_digits_of_year_and_nothing_else() {
        assert_eq!(
            parse_iso_day("2019-02-20"),
            NaiveDate::from_ymd_opt(2019, 2, 20)
        );
        assert_eq!(
            parse_iso_day("0001-01-01"),
            NaiveDate::from_ymd_opt(1, 1, 1)
        );
        for bad in [
            "+262142-12-31",
            "-0001-01-01",
            "20190-02-20",
            "2019-2-20",
            "2019-02-30",
            "2019-02-20 ",
            "２０１９-02-20",
            "",
        ] {
            assert_eq!(parse_iso_day(bad), None, "{bad:?}");
        }
    }
}
