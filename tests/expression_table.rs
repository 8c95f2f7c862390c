//! Table-driven tests of the expression parser: quantities and times, each row
//! a sentence written for this project, the expression's anchor, and the
//! interval expected. One test per table collects every failing row.

use chrono::NaiveDate;
use crosscheck::expressions::{self, Expressions, Lexicon, Quantity, TimeExpr, TimeKind};
use crosscheck::text::Span;

const N: Option<f64> = None;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn find(text: &str, reference: Option<&str>) -> Expressions {
    expressions::find(
        text,
        Span::new(0, text.len()),
        reference.map(date),
        &Lexicon::builtin(),
    )
}

fn overlapping<'a, T>(
    items: &'a [T],
    span: fn(&T) -> Span,
    text: &str,
    anchor: &str,
) -> Option<&'a T> {
    let at = text
        .find(anchor)
        .unwrap_or_else(|| panic!("anchor {anchor:?} not in {text:?}"));
    let anchor = Span::new(at, at + anchor.len());
    items.iter().find(|item| span(item).overlaps(anchor))
}

/// (sentence, anchor, low, high, approximate, unit, subject)
type QRow = (
    &'static str,
    &'static str,
    Option<f64>,
    Option<f64>,
    Option<bool>,
    Option<&'static str>,
    Option<&'static str>,
);

#[rustfmt::skip]
const QUANTITIES: &[QRow] = &[
    // digits, separators, decimals
    ("Officials counted 12,400 ballots.", "12,400", Some(12400.0), Some(12400.0), Some(false), None, Some("ballots")),
    ("The index rose by 1.2 points.", "1.2", Some(1.2), Some(1.2), Some(false), None, Some("points")),
    ("Police arrested 62 protesters.", "62", Some(62.0), Some(62.0), Some(false), None, Some("protesters")),
    ("Some 7 people were hurt.", "Some 7", Some(6.0), Some(8.0), Some(true), None, Some("people")),
    ("The army deployed 300 soldiers.", "300", Some(300.0), Some(300.0), Some(true), None, Some("soldiers")),
    ("The camp holds 42,000 residents.", "42,000", Some(42000.0), Some(42000.0), Some(true), None, Some("residents")),
    ("The town has 1,234,567 inhabitants.", "1,234,567", Some(1234567.0), Some(1234567.0), Some(false), None, Some("inhabitants")),
    ("A total of 2.5 million people voted.", "2.5 million", Some(2.5e6), Some(2.5e6), None, None, Some("people")),
    // number words
    ("Fifteen soldiers were killed.", "Fifteen", Some(15.0), Some(15.0), Some(false), None, Some("soldiers")),
    ("Two reporters were detained.", "Two", Some(2.0), Some(2.0), None, None, Some("reporters")),
    ("Twenty-five villages were flooded.", "Twenty-five", Some(25.0), Some(25.0), None, None, Some("villages")),
    ("A dozen trucks waited at the border.", "A dozen", Some(12.0), Some(12.0), Some(true), None, Some("trucks")),
    ("Half a million refugees crossed the border.", "Half a million", Some(5e5), Some(5e5), Some(true), None, Some("refugees")),
    ("Two hundred and fifty families were moved.", "Two hundred", Some(250.0), Some(250.0), None, None, Some("families")),
    ("Three thousand workers went on strike.", "Three thousand", Some(3000.0), Some(3000.0), Some(true), None, Some("workers")),
    ("Two dozen schools closed.", "Two dozen", Some(24.0), Some(24.0), None, None, Some("schools")),
    ("One person died in the blast.", "One", Some(1.0), Some(1.0), None, None, Some("person")),
    ("Eleven miners were rescued.", "Eleven", Some(11.0), Some(11.0), None, None, Some("miners")),
    ("Ninety-nine sheep were lost.", "Ninety-nine", Some(99.0), Some(99.0), None, None, Some("sheep")),
    ("A hundred guests attended.", "A hundred", Some(100.0), Some(100.0), None, None, Some("guests")),
    ("Reuters filed over two and a half million news items.", "over two and a half million", Some(2500001.0), N, None, None, Some("items")),
    ("Not even 30 percent of my strength.", "30 percent", Some(30.0), Some(30.0), None, Some("percent"), Some("strength")),
    // scale words and money
    ("The deal is worth $3.5 billion.", "$3.5 billion", Some(3.5e9), Some(3.5e9), None, Some("USD"), None),
    ("The club paid €20m for the striker.", "€20m", Some(2e7), Some(2e7), None, Some("EUR"), None),
    ("The firm lost £3.5bn last year.", "£3.5bn", Some(3.5e9), Some(3.5e9), None, Some("GBP"), None),
    ("Aid of $500,000 arrived.", "$500,000", Some(5e5), Some(5e5), None, Some("USD"), None),
    ("The budget is 40 million dollars.", "40 million", Some(4e7), Some(4e7), None, Some("USD"), None),
    ("Donors pledged US$2 billion.", "US$2 billion", Some(2e9), Some(2e9), None, Some("USD"), None),
    ("The bill came to $1.2 trillion.", "$1.2 trillion", Some(1.2e12), Some(1.2e12), None, Some("USD"), None),
    ("Exports reached 7 billion euros.", "7 billion", Some(7e9), Some(7e9), None, Some("EUR"), None),
    ("The fine was $5m.", "$5m", Some(5e6), Some(5e6), None, Some("USD"), None),
    ("About 4 million people live there.", "About 4 million", Some(3.6e6), Some(4.4e6), Some(true), None, Some("people")),
    // ranges
    ("The SDF called for 1,000-1,500 troops.", "1,000-1,500", Some(1000.0), Some(1500.0), None, None, Some("troops")),
    ("Between 20 and 30 people were hurt.", "Between 20 and 30", Some(20.0), Some(30.0), None, None, Some("people")),
    ("Officials expect 20 to 30 arrivals a day.", "20 to 30", Some(20.0), Some(30.0), None, None, Some("arrivals")),
    ("Two or three boats capsized.", "Two or three", Some(2.0), Some(3.0), None, None, Some("boats")),
    ("It will cost $2-3 billion.", "$2-3 billion", Some(2e9), Some(3e9), None, Some("USD"), None),
    ("Estimates range from 1-1.5 million displaced.", "1-1.5 million", Some(1e6), Some(1.5e6), None, None, None),
    ("The crowd numbered 5,000–6,000 people.", "5,000–6,000", Some(5000.0), Some(6000.0), None, None, Some("people")),
    ("Between 10% and 15% of the vote.", "Between 10% and 15%", Some(10.0), Some(15.0), None, Some("percent"), None),
    ("Around 20-30 fighters remain.", "Around 20-30", Some(18.0), Some(33.0), Some(true), None, Some("fighters")),
    // bounds
    ("More than 150 militants surrendered.", "More than 150", Some(151.0), N, None, None, Some("militants")),
    ("Over 30,000 people arrived.", "Over 30,000", Some(30001.0), N, None, None, Some("people")),
    ("At least 40 people died.", "At least 40", Some(40.0), N, None, None, Some("people")),
    ("Up to 50 migrants were aboard.", "Up to 50", N, Some(50.0), None, None, Some("migrants")),
    ("Fewer than 40 voters turned out.", "Fewer than 40", N, Some(39.0), None, None, Some("voters")),
    ("Less than 10 percent of homes have power.", "Less than 10 percent", N, Some(10.0), None, Some("percent"), Some("homes")),
    ("No more than 12 guards were on duty.", "No more than 12", N, Some(12.0), None, None, Some("guards")),
    ("In excess of 5,000 troops were sent.", "In excess of 5,000", Some(5001.0), N, None, None, Some("troops")),
    ("Upwards of 200 protesters gathered.", "Upwards of 200", Some(201.0), N, None, None, Some("protesters")),
    ("As many as 80 homes burned.", "As many as 80", Some(80.0), N, None, None, Some("homes")),
    ("Under 18 candidates qualified.", "Under 18", N, Some(17.0), None, None, Some("candidates")),
    ("Above 90 percent of staff agreed.", "Above 90 percent", Some(90.0), N, None, Some("percent"), Some("staff")),
    ("100 people or more were evacuated.", "100 people or more", Some(100.0), N, None, None, Some("people")),
    ("50 or more cars were damaged.", "50 or more", Some(50.0), N, None, None, Some("cars")),
    ("More than a dozen shops were looted.", "More than a dozen", Some(13.0), N, None, None, Some("shops")),
    // estimates
    ("Around 300 militants remain.", "Around 300", Some(270.0), Some(330.0), Some(true), None, Some("militants")),
    ("About 15 trucks left.", "About 15", Some(13.0), Some(17.0), Some(true), None, Some("trucks")),
    ("Roughly 2,000 homes were destroyed.", "Roughly 2,000", Some(1800.0), Some(2200.0), Some(true), None, Some("homes")),
    ("Approximately 70 percent voted yes.", "Approximately 70 percent", Some(63.0), Some(77.0), Some(true), Some("percent"), None),
    ("Some 500 families fled.", "Some 500", Some(450.0), Some(550.0), Some(true), None, Some("families")),
    ("An estimated 1,600 people fall ill each year.", "An estimated 1,600", Some(1440.0), Some(1760.0), Some(true), None, Some("people")),
    ("The remaining militants, estimated to be around 300, refused.", "around 300", Some(270.0), Some(330.0), Some(true), None, Some("militants")),
    ("The crowd was estimated at 10,000.", "estimated at 10,000", Some(9000.0), Some(11000.0), Some(true), None, None),
    ("Close to 900 people signed.", "Close to 900", Some(810.0), Some(990.0), Some(true), None, Some("people")),
    ("Nearly 42,000 people live in the camp.", "Nearly 42,000", Some(37800.0), Some(41999.0), Some(true), None, Some("people")),
    ("Almost 20 percent of children are malnourished.", "Almost 20 percent", Some(18.0), Some(20.0), Some(true), Some("percent"), Some("children")),
    ("Just under 500 ballots were spoiled.", "Just under 500", N, Some(499.0), None, None, Some("ballots")),
    ("20 or so guards stood outside.", "20 or so", Some(18.0), Some(22.0), Some(true), None, Some("guards")),
    ("Just over 100 votes separated them.", "Just over 100", Some(101.0), N, None, None, Some("votes")),
    // vague amounts
    ("Several ISIS fighters surrendered.", "Several", Some(3.0), Some(9.0), Some(true), None, Some("fighters")),
    ("A few journalists stayed behind.", "A few", Some(2.0), Some(5.0), Some(true), None, Some("journalists")),
    ("Dozens of civilians left.", "Dozens", Some(24.0), Some(144.0), Some(true), None, Some("civilians")),
    ("Hundreds of civilians left.", "Hundreds", Some(200.0), Some(999.0), Some(true), None, Some("civilians")),
    ("Thousands of people marched.", "Thousands", Some(2000.0), Some(9999.0), Some(true), None, Some("people")),
    ("Tens of thousands of people fled.", "Tens of thousands", Some(20000.0), Some(99999.0), Some(true), None, Some("people")),
    ("Hundreds of thousands of people were displaced.", "Hundreds of thousands", Some(2e5), Some(999999.0), Some(true), None, Some("people")),
    ("A handful of soldiers guarded the gate.", "A handful", Some(2.0), Some(6.0), Some(true), None, Some("soldiers")),
    ("Several hundred protesters gathered.", "Several hundred", Some(300.0), Some(900.0), Some(true), None, Some("protesters")),
    ("A few thousand fans waited.", "A few thousand", Some(2000.0), Some(5000.0), Some(true), None, Some("fans")),
    ("Millions of viewers watched.", "Millions", Some(2e6), Some(999999999.0), Some(true), None, Some("viewers")),
    ("Scores of prisoners were paraded.", "Scores", Some(40.0), Some(199.0), Some(true), None, Some("prisoners")),
    ("Several dozen boats were seized.", "Several dozen", Some(36.0), Some(108.0), Some(true), None, Some("boats")),
    ("A couple of witnesses spoke.", "A couple of", Some(2.0), Some(5.0), Some(true), None, Some("witnesses")),
    // percentages
    ("Turnout was 62 percent.", "62 percent", Some(62.0), Some(62.0), None, Some("percent"), None),
    ("Support fell to 48%.", "48%", Some(48.0), Some(48.0), None, Some("percent"), None),
    ("Prices rose 3.5 per cent.", "3.5 per cent", Some(3.5), Some(3.5), None, Some("percent"), None),
    ("62 percent of voters backed the plan.", "62 percent", Some(62.0), Some(62.0), None, Some("percent"), Some("voters")),
    ("More than 60% of the city lacks water.", "More than 60%", Some(60.0), N, None, Some("percent"), Some("city")),
    // subjects
    ("More than 150 IS militants handed over.", "More than 150", Some(151.0), N, None, None, Some("militants")),
    ("Around 15 trucks carrying men left.", "Around 15", Some(13.0), Some(17.0), None, None, Some("trucks")),
    ("They said the trucks carried hundreds of people.", "hundreds", Some(200.0), Some(999.0), None, None, Some("people")),
    ("Over 30,000 people who left have arrived.", "Over 30,000", Some(30001.0), N, None, None, Some("people")),
    ("Police detained 40 armed men.", "40", Some(40.0), Some(40.0), None, None, Some("men")),
    ("It opened two humanitarian passages.", "two", Some(2.0), Some(2.0), None, None, Some("passages")),
    ("Some 300 displaced families returned.", "Some 300", Some(270.0), Some(330.0), None, None, Some("families")),
    ("At least 12 US troops were wounded.", "At least 12", Some(12.0), N, None, None, Some("troops")),
    ("Seven children and two women died.", "Seven", Some(7.0), Some(7.0), None, None, Some("children")),
    ("The flood killed 14 and injured dozens of others.", "dozens", Some(24.0), Some(144.0), None, None, Some("others")),
    // units
    ("The convoy travelled 40 km to the camp.", "40 km", Some(40.0), Some(40.0), None, Some("km"), None),
    // Found by fuzzing: a count above a billion kept its value (not one less).
    ("It was 777777777777 people.", "777777777777", Some(777777777777.0), Some(777777777777.0), None, None, None),
    // A measure written as a compound adjective measures the noun; it counts nothing.
    ("It sold 3-ounce cups of ice cream.", "3-ounce", Some(3.0), Some(3.0), None, Some("oz"), None),
    ("Kim stabbed Lippert with a 5-inch knife.", "5-inch", Some(5.0), Some(5.0), None, Some("in"), None),
    ("The fire burned 500 hectares.", "500 hectares", Some(500.0), Some(500.0), None, Some("ha"), None),
    ("The wall is 12 feet high.", "12 feet", Some(12.0), Some(12.0), None, Some("ft"), None),
    ("The storm brought winds of 120 mph.", "120 mph", Some(120.0), Some(120.0), None, Some("mph"), None),
    ("Output reached 2 million barrels a day.", "2 million barrels", Some(2e6), Some(2e6), None, Some("bbl"), None),
];

/// Sentences and anchors where no quantity may be reported.
#[rustfmt::skip]
const NOT_QUANTITIES: &[(&str, &str)] = &[
    ("On February 19 the SDF said so.", "19"),
    ("The attack happened in 2018.", "2018"),
    ("A 25-year-old man was arrested.", "25"),
    ("The suspect, aged 40, was held.", "40"),
    ("John Smith, 45, said he saw it.", "45"),
    ("It was the 19th attack this year.", "19"),
    ("The meeting started at 10:30.", "10"),
    ("The blast happened at 9 a.m. local time.", "9"),
    ("The Security Council passed Resolution 2254 unanimously.", "2254"),
    ("Passengers on Flight 17 were killed.", "17"),
    ("The COVID-19 wave hit the camp.", "19"),
    ("The A320 landed safely.", "320"),
    ("No one was hurt.", "one"),
    ("One of them was a doctor.", "One"),
    ("The two met in Geneva.", "two"),
    ("The bill passed in a 400-20 vote.", "400"),
    ("The rule changes in year 13 of the deal.", "13"),
    ("Staff at 1OAK saw nothing.", "1"),
    ("The siege lasted 48 hours.", "48"),
    ("They will hand over billions to the regime.", "over"),
    ("It happened four years ago.", "four"),
    ("One in 5 students there is Iraqi.", "5"),
    ("He beat world No. 5 Andy Roddick.", "5"),
    ("1.", "1"),
];

/// (sentence, reference date, anchor, kind, start, end)
type TRow = (
    &'static str,
    Option<&'static str>,
    &'static str,
    TimeKind,
    Option<&'static str>,
    Option<&'static str>,
);

const D: TimeKind = TimeKind::Date;
const P: TimeKind = TimeKind::Period;
const R: Option<&str> = Some("2019-02-20"); // a Wednesday

#[rustfmt::skip]
const TIMES: &[TRow] = &[
    // weekdays, past tense: the most recent on or before R
    ("Air strikes hit the town late on Tuesday.", R, "late on Tuesday", D, Some("2019-02-19"), Some("2019-02-19")),
    ("Strikes resumed on Tuesday night.", R, "Tuesday night", D, Some("2019-02-19"), Some("2019-02-19")),
    ("Civilians left Baghouz on Wednesday.", R, "on Wednesday", D, Some("2019-02-20"), Some("2019-02-20")),
    ("The IRC said on Monday that 62 people died.", R, "on Monday", D, Some("2019-02-18"), Some("2019-02-18")),
    ("The government opened Tuesday two passages.", R, "Tuesday", D, Some("2019-02-19"), Some("2019-02-19")),
    ("Fighting broke out early Thursday.", R, "early Thursday", D, Some("2019-02-14"), Some("2019-02-14")),
    ("He arrived on Sunday morning.", R, "Sunday morning", D, Some("2019-02-17"), Some("2019-02-17")),
    ("Talks collapsed last Wednesday.", R, "last Wednesday", D, Some("2019-02-13"), Some("2019-02-13")),
    ("They met on Friday evening.", R, "Friday evening", D, Some("2019-02-15"), Some("2019-02-15")),
    ("Saturday's vote was delayed.", R, "Saturday", D, Some("2019-02-16"), Some("2019-02-16")),
    // weekdays, future: the first on or after R
    ("The council will vote on Friday.", R, "on Friday", D, Some("2019-02-22"), Some("2019-02-22")),
    ("Talks are expected to resume on Monday.", R, "on Monday", D, Some("2019-02-25"), Some("2019-02-25")),
    ("The envoy arrives next Tuesday.", R, "next Tuesday", D, Some("2019-02-26"), Some("2019-02-26")),
    ("He said on Monday that talks will resume.", R, "on Monday", D, Some("2019-02-18"), Some("2019-02-18")),
    // dates
    ("The SDF said on February 19 it had advanced.", R, "February 19", D, Some("2019-02-19"), Some("2019-02-19")),
    ("The talks began on Feb. 19.", R, "Feb. 19", D, Some("2019-02-19"), Some("2019-02-19")),
    ("The deal was signed on 19 February 2019.", None, "19 February 2019", D, Some("2019-02-19"), Some("2019-02-19")),
    ("The report is dated 2019-02-19.", None, "2019-02-19", D, Some("2019-02-19"), Some("2019-02-19")),
    ("He was born on March 3, 1970.", None, "March 3, 1970", D, Some("1970-03-03"), Some("1970-03-03")),
    ("It was agreed on the 4th of July 2018.", None, "4th of July 2018", D, Some("2018-07-04"), Some("2018-07-04")),
    ("Elections were held on December 28.", R, "December 28", D, Some("2018-12-28"), Some("2018-12-28")),
    ("The ceasefire expires on March 5.", R, "March 5", D, Some("2019-03-05"), Some("2019-03-05")),
    ("On Sept. 11, 2001, planes struck.", None, "Sept. 11, 2001", D, Some("2001-09-11"), Some("2001-09-11")),
    // weekday with date
    ("On Tuesday, February 19, the SDF said so.", R, "On Tuesday, February 19", D, Some("2019-02-19"), Some("2019-02-19")),
    ("On Tuesday, Feb. 19, 2019, the army moved.", None, "Tuesday, Feb. 19, 2019", D, Some("2019-02-19"), Some("2019-02-19")),
    ("Talks opened Monday 18 February.", R, "Monday 18 February", D, Some("2019-02-18"), Some("2019-02-18")),
    // relative
    ("The attack happened yesterday.", R, "yesterday", D, Some("2019-02-19"), Some("2019-02-19")),
    ("The minister resigned today.", R, "today", D, Some("2019-02-20"), Some("2019-02-20")),
    ("The court rules tomorrow.", R, "tomorrow", D, Some("2019-02-21"), Some("2019-02-21")),
    ("He left two days ago.", R, "two days ago", D, Some("2019-02-18"), Some("2019-02-18")),
    ("The SDF hoped to declare victory last week.", R, "last week", P, Some("2019-02-11"), Some("2019-02-17")),
    ("Talks resume next week.", R, "next week", P, Some("2019-02-25"), Some("2019-03-03")),
    ("Prices rose this week.", R, "this week", P, Some("2019-02-18"), Some("2019-02-24")),
    ("Exports fell last month.", R, "last month", P, Some("2019-01-01"), Some("2019-01-31")),
    ("The law passed earlier this month.", R, "earlier this month", P, Some("2019-02-01"), Some("2019-02-20")),
    ("Rates rose last year.", R, "last year", P, Some("2018-01-01"), Some("2018-12-31")),
    ("Growth slowed earlier this year.", R, "earlier this year", P, Some("2019-01-01"), Some("2019-02-20")),
    ("People arrived in the last few weeks.", R, "in the last few weeks", P, Some("2019-01-16"), Some("2019-02-20")),
    ("Attacks grew in recent weeks.", R, "in recent weeks", P, Some("2019-01-09"), Some("2019-02-20")),
    ("Prices rose over the past two months.", R, "over the past two months", P, Some("2018-12-20"), Some("2019-02-20")),
    ("Ten people died in the past week.", R, "in the past week", P, Some("2019-02-13"), Some("2019-02-20")),
    ("The plant closed since January.", R, "since January", P, Some("2019-01-01"), Some("2019-02-20")),
    ("The war has raged since 2011.", R, "since 2011", P, Some("2011-01-01"), Some("2019-02-20")),
    ("The camp has stood since Tuesday.", R, "since Tuesday", P, Some("2019-02-19"), Some("2019-02-20")),
    // A start after the reference date leaves the end open, never before the start.
    ("The camp will stand since next Tuesday.", R, "since next Tuesday", P, Some("2019-02-26"), None),
    ("The camp opened in 2018.", None, "in 2018", P, Some("2018-01-01"), Some("2018-12-31")),
    ("Rebels took the town in early 2018.", None, "early 2018", P, Some("2018-01-01"), Some("2018-04-30")),
    ("The talks began in February.", R, "in February", P, Some("2019-02-01"), Some("2019-02-28")),
    ("The siege began in late January.", R, "late January", P, Some("2019-01-21"), Some("2019-01-31")),
    ("The truce held until mid-December.", R, "mid-December", P, Some("2018-12-11"), Some("2018-12-20")),
    ("Fighting began in March 2011.", None, "March 2011", P, Some("2011-03-01"), Some("2011-03-31")),
    ("The group rose in the 1990s.", None, "the 1990s", P, Some("1990-01-01"), Some("1999-12-31")),
    ("Settlers arrived in the 1700s.", None, "the 1700s", P, Some("1700-01-01"), Some("1799-12-31")),
    ("The company was founded four years ago.", R, "four years ago", P, Some("2014-08-19"), Some("2015-08-22")),
    ("It will be decided a week from now.", R, "a week from now", D, Some("2019-02-27"), Some("2019-02-27")),
    ("The storm hit overnight.", R, "overnight", P, Some("2019-02-19"), Some("2019-02-20")),
    ("Aid will arrive in the coming days.", R, "in the coming days", P, Some("2019-02-20"), Some("2019-02-27")),
    // without a reference date, relative times stay open
    ("Air strikes hit late on Tuesday.", None, "late on Tuesday", D, None, None),
    ("The SDF hoped to declare victory last week.", None, "last week", P, None, None),
    ("The talks began on February 19.", None, "February 19", D, None, None),
];

/// (sentence, anchor, min, max, min_exclusive, max_exclusive)
type DRow = (
    &'static str,
    &'static str,
    Option<f64>,
    Option<f64>,
    bool,
    bool,
);

#[rustfmt::skip]
const DURATIONS: &[DRow] = &[
    ("A standoff that has lasted for more than a week.", "more than a week", Some(7.0), N, true, false),
    ("The siege lasted three weeks.", "three weeks", Some(21.0), Some(21.0), false, false),
    ("They were held for 48 hours.", "48 hours", Some(2.0), Some(2.0), false, false),
    ("It took less than two days.", "less than two days", Some(0.0), Some(2.0), false, true),
    ("A three-day siege ended.", "three-day", Some(3.0), Some(3.0), false, false),
    ("After a 48-hour truce, fighting resumed.", "48-hour", Some(2.0), Some(2.0), false, false),
    ("The talks lasted nearly three weeks.", "nearly three weeks", Some(18.9), Some(21.0), false, true),
    ("He spent about two months in jail.", "about two months", Some(50.4), Some(68.2), false, false),
    ("The war has lasted at least five years.", "at least five years", Some(1825.0), N, false, false),
    ("A week-long festival began.", "week-long", Some(7.0), Some(7.0), false, false),
    ("They have waited for months.", "for months", Some(60.0), Some(729.0), false, false),
    ("She served two years in prison.", "two years", Some(730.0), Some(732.0), false, false),
    ("The blackout lasted six hours.", "six hours", Some(0.25), Some(0.25), false, false),
    ("It has been more than a decade.", "more than a decade", Some(3653.0), N, true, false),
    ("Up to ten days of rain are forecast.", "Up to ten days", Some(0.0), Some(10.0), false, false),
];

fn near(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() < 1e-6 * b.abs().max(1.0),
        _ => false,
    }
}

#[test]
fn quantity_table() {
    let mut failures = Vec::new();
    for (text, anchor, low, high, approximate, unit, subject) in QUANTITIES {
        let found = find(text, None);
        let Some(q) = overlapping(&found.quantities, |q: &Quantity| q.span, text, anchor) else {
            failures.push(format!("{text:?}: no quantity at {anchor:?}"));
            continue;
        };
        let ok = near(q.low, *low)
            && near(q.high, *high)
            && approximate.is_none_or(|a| q.approximate == a)
            && q.unit.as_deref() == *unit
            && (subject.is_none() || q.subject.as_deref() == *subject);
        if !ok {
            failures.push(format!(
                "{text:?} at {anchor:?}: got [{:?}, {:?}] approx={} unit={:?} subject={:?}",
                q.low, q.high, q.approximate, q.unit, q.subject
            ));
        }
    }
    for (text, anchor) in NOT_QUANTITIES {
        let found = find(text, Some("2019-02-20"));
        if let Some(q) = overlapping(&found.quantities, |q: &Quantity| q.span, text, anchor) {
            failures.push(format!("{text:?}: {anchor:?} is not a count, got {q:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing rows:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn time_table() {
    let mut failures = Vec::new();
    for (text, reference, anchor, kind, start, end) in TIMES {
        let found = find(text, *reference);
        let Some(t) = overlapping(&found.times, |t: &TimeExpr| t.span, text, anchor) else {
            failures.push(format!("{text:?}: no time at {anchor:?}"));
            continue;
        };
        let fmt = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
        if t.kind != *kind || fmt(t.start).as_deref() != *start || fmt(t.end).as_deref() != *end {
            failures.push(format!(
                "{text:?} at {anchor:?}: got {:?} {:?}..{:?}",
                t.kind,
                fmt(t.start),
                fmt(t.end)
            ));
        }
    }
    for (text, anchor, min, max, min_ex, max_ex) in DURATIONS {
        let found = find(text, R);
        let Some(t) = overlapping(&found.times, |t: &TimeExpr| t.span, text, anchor) else {
            failures.push(format!("{text:?}: no duration at {anchor:?}"));
            continue;
        };
        let ok = t.kind == TimeKind::Duration
            && t.duration.is_some_and(|d| {
                near(d.min, *min)
                    && near(d.max, *max)
                    && d.min_exclusive == *min_ex
                    && d.max_exclusive == *max_ex
            });
        if !ok {
            failures.push(format!(
                "{text:?} at {anchor:?}: got {:?} {:?}",
                t.kind, t.duration
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing rows:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_table_is_large_enough() {
    assert!(QUANTITIES.len() + NOT_QUANTITIES.len() + TIMES.len() + DURATIONS.len() >= 150);
}

/// "The next day" is the day after the one the text spoke of last, not after
/// the article's date: no calendar time (the timeline reads it from the date
/// before it). A count keeps the rolling period ("the next two days").
#[test]
fn the_next_day_is_no_calendar_time() {
    let text = "Hail hit on May 8. The schools closed the next day.";
    let found = find(text, R);
    assert!(overlapping(&found.times, |t: &TimeExpr| t.span, text, "next day").is_none());
    let text = "Aid will arrive in the next two days.";
    let found = find(text, R);
    let t = overlapping(&found.times, |t: &TimeExpr| t.span, text, "next two days");
    assert!(t.is_some_and(|t| t.start.is_some()), "{t:?}");
}
