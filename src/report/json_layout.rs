//! The JSON report's layout written by hand: serde_json's pretty layout (two
//! spaces a level, `": "` after a key, empty arrays as `[]`), for one
//! article's entry, written from its report. An article's entry is most of the report and the
//! report is about nine times the size of the article, so the generic
//! serializer (a formatter call and a key escaped at every field) was a tenth
//! of the run. Strings and fractional numbers are still written by
//! serde_json, so escaping and number formatting are its own; a test checks
//! the whole layout against `serde_json::to_string_pretty` of the entry
//! `json::file` makes.

use chrono::NaiveDate;

use crate::attribution::Source;
use crate::check::FileReport;
use crate::claims::Claim;
use crate::document::{Document, Located, Sentence};
use crate::expressions::{DurationDays, Quantity, TimeExpr};
use crate::rules::{Finding, Labeled};

/// A writer of pretty JSON at a given depth.
pub struct Layout {
    pub out: Vec<u8>,
    level: usize,
    /// Nothing written yet in the innermost open array or object.
    empty: bool,
}

impl Layout {
    pub fn new(out: Vec<u8>, level: usize) -> Layout {
        Layout {
            out,
            level,
            empty: true,
        }
    }

    #[inline(always)]
    fn newline(&mut self) {
        // A line break and the indentation of the usual depths in one copy.
        const LINE: &[u8; 33] = b"\n                                ";
        let width = 2 * self.level;
        if width < LINE.len() {
            // The whole constant line, then cut to the depth: a copy of a
            // known length compiles to a few moves, where a copy of a
            // variable length is a call to memcpy.
            let len = self.out.len();
            self.out.extend_from_slice(LINE);
            self.out.truncate(len + 1 + width);
        } else {
            self.out.push(b'\n');
            self.out.resize(self.out.len() + width, b' ');
        }
    }

    #[inline(always)]
    fn open(&mut self, bracket: u8) {
        self.out.push(bracket);
        self.level += 1;
        self.empty = true;
    }

    #[inline(always)]
    fn close(&mut self, bracket: u8) {
        self.level -= 1;
        if !self.empty {
            self.newline();
        }
        self.out.push(bracket);
        // The enclosing array or object holds this one.
        self.empty = false;
    }

    /// Starts the next member of an object: its key, quoted, and `": "`.
    /// Keys are the report's own field names, which need no escaping.
    /// The key's line is laid out in a buffer on the stack filled with
    /// spaces and copied to the output at once, as a span object is.
    #[inline(always)]
    fn key(&mut self, key: &str) {
        let comma = !self.empty;
        self.empty = false;
        let width = 2 * self.level;
        if width > KEY_INDENT_MAX || key.len() > KEY_MAX {
            if comma {
                self.out.push(b',');
            }
            self.newline();
            self.out.push(b'"');
            self.out.extend_from_slice(key.as_bytes());
            self.out.extend_from_slice(b"\": ");
            return;
        }
        let mut buf = [b' '; KEY_ROOM];
        buf[0] = b',';
        buf[1] = b'\n';
        let at = 2 + width;
        buf[at] = b'"';
        buf[at + 1..at + 1 + key.len()].copy_from_slice(key.as_bytes());
        let at = at + 1 + key.len();
        buf[at..at + 3].copy_from_slice(b"\": ");
        self.out
            .extend_from_slice(&buf[usize::from(!comma)..at + 3]);
    }

    /// Starts the next element of an array.
    #[inline(always)]
    fn element(&mut self) {
        if !self.empty {
            self.out.push(b',');
        }
        self.empty = false;
        self.newline();
    }

    fn str(&mut self, s: &str) {
        // serde_json escapes only '"', '\\' and control characters below
        // 0x20: a string with none of them (nearly every one) is written as
        // it is, between quotes, after one pass the compiler vectorises.
        if !s.bytes().fold(false, |seen, b| {
            seen | (b < 0x20) | (b == b'"') | (b == b'\\')
        }) {
            self.out.reserve(s.len() + 2);
            self.out.push(b'"');
            self.out.extend_from_slice(s.as_bytes());
            self.out.push(b'"');
            return;
        }
        let bytes = s.as_bytes();
        if !bytes.iter().fold(false, |seen, &b| seen | (b < 0x20)) {
            // Only quotation marks and backslashes to escape (a claim's text
            // with a quotation, most of those that need escaping): each is
            // escaped by a backslash before it, and the runs between are
            // copied whole, where serde_json looks every byte up in a table.
            self.out.reserve(s.len() + 8);
            self.out.push(b'"');
            let mut from = 0;
            for at in memchr::memchr2_iter(b'"', b'\\', bytes) {
                self.out.extend_from_slice(&bytes[from..at]);
                self.out.push(b'\\');
                // The escaped byte itself opens the next run.
                from = at;
            }
            self.out.extend_from_slice(&bytes[from..]);
            self.out.push(b'"');
            return;
        }
        // serde_json's escaping, into the buffer (writing to a Vec cannot fail).
        let _ = serde_json::to_writer(&mut self.out, s);
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.null(),
        }
    }

    #[inline(always)]
    fn null(&mut self) {
        self.out.extend_from_slice(b"null");
    }

    #[inline(always)]
    fn bool(&mut self, b: bool) {
        self.out
            .extend_from_slice(if b { b"true" } else { b"false" });
    }

    #[inline(always)]
    fn usize(&mut self, n: usize) {
        // Lines, columns and most offsets are short: their digits are
        // written as bytes of known count, where a copy of itoa's text (of
        // a length known only when it runs) is a call to memcpy.
        let digit = |d: usize| b'0' + (d % 10) as u8;
        if n < 10 {
            self.out.push(digit(n));
        } else if n < 100 {
            self.out.extend_from_slice(&[digit(n / 10), digit(n)]);
        } else if n < 1000 {
            self.out
                .extend_from_slice(&[digit(n / 100), digit(n / 10), digit(n)]);
        } else if n < 10_000 {
            self.out
                .extend_from_slice(&[digit(n / 1000), digit(n / 100), digit(n / 10), digit(n)]);
        } else {
            let mut buf = itoa::Buffer::new();
            self.out.extend_from_slice(buf.format(n).as_bytes());
        }
    }

    /// A number as `json::num` makes it: a whole one as an integer, another
    /// as serde_json writes a float, one that is not finite as `null` (the
    /// `Value` it makes of one).
    fn num(&mut self, v: Option<f64>) {
        match v {
            Some(v) if v.fract() == 0.0 && v.abs() < 9e15 => {
                let mut buf = itoa::Buffer::new();
                self.out.extend_from_slice(buf.format(v as i64).as_bytes());
            }
            Some(v) if v.is_finite() => {
                let _ = serde_json::to_writer(&mut self.out, &v);
            }
            _ => self.null(),
        }
    }

    /// A date as `calendar::iso_date` writes it, quoted: its digits and
    /// hyphens need no escaping.
    fn opt_date(&mut self, d: Option<NaiveDate>) {
        match d.map(|d| (d, crate::calendar::iso_date_ascii(d))) {
            Some((_, Some(ascii))) => {
                self.out.push(b'"');
                self.out.extend_from_slice(&ascii);
                self.out.push(b'"');
            }
            Some((d, None)) => self.str(&crate::calendar::iso_date(d)),
            None => self.null(),
        }
    }

    fn array<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Layout, &T)) {
        self.open(b'[');
        for item in items {
            self.element();
            each(self, item);
        }
        self.close(b']');
    }

    fn strings<S: AsRef<str>>(&mut self, items: &[S]) {
        self.array(items, |w, s| w.str(s.as_ref()));
    }

    fn located_fields(&mut self, l: &Located) {
        self.key("start");
        self.usize(l.start);
        self.key("end");
        self.usize(l.end);
        self.key("line");
        self.usize(l.line);
        self.key("column");
        self.usize(l.column);
    }

    /// A span object: most of the report's lines are these. It is laid out
    /// in a buffer on the stack filled with spaces, so that indentation is
    /// stepped over rather than written and no write asks for room in the
    /// output, then copied to the output at once: the same bytes `open`,
    /// `key` and `close` would write.
    fn located(&mut self, l: &Located) {
        let outer = 2 * self.level;
        let inner = outer + 2;
        // Deeper than the report goes: its fields as any object's.
        if inner > SPAN_INDENT_MAX {
            self.open(b'{');
            self.located_fields(l);
            self.close(b'}');
            return;
        }
        let mut buf = [b' '; SPAN_ROOM];
        buf[0] = b'{';
        let mut at = 1;
        at = span_field(&mut buf, at, inner, b"\"start\": ", l.start);
        at = span_field(&mut buf, at, inner, b"\"end\": ", l.end);
        at = span_field(&mut buf, at, inner, b"\"line\": ", l.line);
        at = span_field(&mut buf, at, inner, b"\"column\": ", l.column);
        // The last field's comma is the closing line's break.
        buf[at - 1] = b'\n';
        at += outer;
        buf[at] = b'}';
        self.out.extend_from_slice(&buf[..at + 1]);
        // The enclosing array or object holds this one.
        self.empty = false;
    }

    fn opt_located(&mut self, l: Option<&Located>) {
        match l {
            Some(l) => self.located(l),
            None => self.null(),
        }
    }

    /// One article's entry of the report's `files` array: the entry
    /// `json::file` makes of the report (and serde_json would write), but
    /// written from the report itself, with no entry built in between (its
    /// lists, its copies of figures' and times' texts, its dates as strings,
    /// its numbers as `Value`s, for every article).
    pub fn file(&mut self, r: &FileReport) {
        let doc = &r.doc;
        self.open(b'{');
        self.key("path");
        self.str(&doc.path);
        self.key("reference_date");
        self.opt_date(r.reference_date);
        self.key("sentences");
        self.array(&doc.sentences, |w, s| w.sentence(doc, s));
        self.key("sources");
        self.array(&r.attributions.sources, |w, s| w.source(r, s));
        self.key("claims");
        self.array(&r.claims, |w, c| w.claim(r, c));
        self.key("findings");
        self.array(&r.findings, |w, f| w.finding(doc, f));
        self.key("suppressed");
        self.array(&r.suppressed, |w, f| w.finding(doc, f));
        self.key("baselined");
        self.usize(r.baselined);
        self.close(b'}');
    }

    fn sentence(&mut self, doc: &Document, s: &Sentence) {
        self.open(b'{');
        self.key("span");
        self.located(&doc.locate(s.span));
        self.key("paragraph");
        self.usize(s.paragraph);
        self.close(b'}');
    }

    fn source(&mut self, r: &FileReport, s: &Source) {
        let doc = &r.doc;
        self.open(b'{');
        self.key("id");
        self.str(&s.id);
        self.key("name");
        self.str(&s.name);
        self.key("aliases");
        self.strings(&s.aliases);
        self.key("kind");
        self.str(s.kind.as_str());
        self.key("role");
        self.opt_str(s.role.as_deref());
        self.key("affiliation");
        self.opt_str(s.affiliation.map(|a| r.attributions.sources[a].id.as_str()));
        self.key("unnamed");
        self.bool(s.unnamed);
        self.key("mentions");
        self.array(&s.mentions, |w, &m| w.located(&doc.locate(m)));
        self.close(b'}');
    }

    fn claim(&mut self, r: &FileReport, c: &Claim) {
        let doc = &r.doc;
        let a = c.attribution(&r.attributions);
        let id = |k: usize| r.attributions.sources[k].id.as_str();
        self.open(b'{');
        self.key("id");
        self.str(&c.id);
        self.key("span");
        self.located(&doc.locate(c.span));
        self.key("text");
        self.str(&c.text);
        self.key("source");
        self.opt_str(a.and_then(|a| a.source).map(id));
        self.key("sources");
        self.array(a.map_or(&[][..], |a| &a.sources), |w, &k| w.str(id(k)));
        self.key("source_span");
        self.opt_located(
            a.and_then(|a| a.source_span)
                .map(|s| doc.locate(s))
                .as_ref(),
        );
        self.key("cue");
        self.opt_located(a.map(|a| doc.locate(a.cue)).as_ref());
        self.key("content");
        self.opt_located(a.map(|a| doc.locate(a.content)).as_ref());
        self.key("via");
        self.opt_str(a.and_then(|a| a.via).map(id));
        self.key("attribution");
        self.str(match a {
            None => "none",
            Some(a) if a.unresolved.is_some() => "ambiguous",
            Some(a) if a.vague => "vague",
            Some(a) if a.source.is_some() => "named",
            Some(_) => "unknown",
        });
        self.key("cue_kind");
        self.opt_str(a.map(|a| a.kind.as_str()));
        self.key("quantities");
        self.array(&c.quantities, |w, q| w.quantity(doc, q));
        self.key("times");
        self.array(&c.times, |w, t| w.time(doc, t));
        self.close(b'}');
    }

    fn quantity(&mut self, doc: &Document, q: &Quantity) {
        self.open(b'{');
        self.key("span");
        self.located(&doc.locate(q.span));
        self.key("text");
        self.str(&doc.clean_text_cow(q.span));
        self.key("low");
        self.num(q.low);
        self.key("high");
        self.num(q.high);
        self.key("low_exclusive");
        self.bool(q.low_exclusive);
        self.key("high_exclusive");
        self.bool(q.high_exclusive);
        self.key("approximate");
        self.bool(q.approximate);
        self.key("unit");
        self.opt_str(q.unit.as_deref());
        self.key("subject");
        self.opt_str(q.subject.as_deref());
        self.key("hedge");
        self.opt_str(q.hedge.as_deref());
        self.close(b'}');
    }

    fn time(&mut self, doc: &Document, t: &TimeExpr) {
        self.open(b'{');
        self.key("span");
        self.located(&doc.locate(t.span));
        self.key("text");
        self.str(&doc.clean_text_cow(t.span));
        self.key("kind");
        self.str(t.kind.as_str());
        self.key("start");
        self.opt_date(t.start);
        self.key("end");
        self.opt_date(t.end);
        self.key("duration_days");
        match &t.duration {
            Some(d) => self.duration(d),
            None => self.null(),
        }
        self.key("weekday");
        self.opt_str(t.weekday.map(crate::calendar::weekday_name));
        self.key("relative");
        self.bool(t.relative);
        self.close(b'}');
    }

    fn duration(&mut self, d: &DurationDays) {
        self.open(b'{');
        self.key("min");
        self.num(d.min);
        self.key("max");
        self.num(d.max);
        self.key("min_exclusive");
        self.bool(d.min_exclusive);
        self.key("max_exclusive");
        self.bool(d.max_exclusive);
        self.close(b'}');
    }

    fn finding(&mut self, doc: &Document, f: &Finding) {
        self.open(b'{');
        self.key("rule");
        self.str(&f.rule);
        self.key("category");
        self.str(f.category.as_str());
        self.key("severity");
        self.str(f.severity.as_str());
        self.key("message");
        self.str(&f.message);
        self.key("spans");
        self.array(&f.spans, |w, s| w.labeled_span(doc, s));
        self.key("claims");
        self.strings(&f.claims);
        self.key("sources");
        self.strings(&f.sources);
        self.key("fingerprint");
        self.str(&f.fingerprint);
        self.close(b'}');
    }

    fn labeled_span(&mut self, doc: &Document, s: &Labeled) {
        self.open(b'{');
        match &s.foreign {
            Some(other) => self.located_fields(&Located {
                start: s.span.start,
                end: s.span.end,
                line: other.line,
                column: other.column,
            }),
            None => self.located_fields(&doc.locate(s.span)),
        }
        self.key("label");
        self.str(&s.label);
        if let Some(other) = &s.foreign {
            self.key("path");
            self.str(&other.path);
        }
        self.close(b'}');
    }
}

/// The widest indentation and the longest key of a key's line laid out on
/// the stack (the report's keys are shorter), and room for the line: a
/// comma, a line break, the indentation, the key quoted, and `": `.
const KEY_INDENT_MAX: usize = 32;
const KEY_MAX: usize = 16;
const KEY_ROOM: usize = 2 + KEY_INDENT_MAX + 1 + KEY_MAX + 3;

/// The widest indentation of a span object's fields laid out on the stack.
const SPAN_INDENT_MAX: usize = 32;

/// Room for a span object's lines at that indentation: four of a line
/// break, the indentation, the longest key, twenty digits and a comma, and
/// the closing line.
const SPAN_ROOM: usize = 1 + 4 * (1 + SPAN_INDENT_MAX + 10 + 20 + 1) + SPAN_INDENT_MAX + 1;

/// One line of a span object laid out in `buf` (filled with spaces) from
/// `at`: a line break, the indentation, the key (quoted, with `": "`), the
/// number and a comma. Returns where the line ends.
#[inline(always)]
fn span_field(buf: &mut [u8], at: usize, indent: usize, key: &[u8], n: usize) -> usize {
    buf[at] = b'\n';
    let at = at + 1 + indent;
    buf[at..at + key.len()].copy_from_slice(key);
    let at = digits(buf, at + key.len(), n);
    buf[at] = b',';
    at + 1
}

/// The two digits of every number below 100, for `digits`.
const PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// The digits of `n` in `buf` from `at`; returns where they end. Short
/// numbers (lines, columns and most offsets) are written as bytes of known
/// count, two digits at a time from a table (one division by 100 where a
/// digit at a time took one by 10 for each), the others as itoa writes them.
#[inline(always)]
fn digits(buf: &mut [u8], at: usize, n: usize) -> usize {
    let pair = |k: usize| [PAIRS[2 * k], PAIRS[2 * k + 1]];
    if n < 10 {
        buf[at] = b'0' + n as u8;
        at + 1
    } else if n < 100 {
        buf[at..at + 2].copy_from_slice(&pair(n));
        at + 2
    } else if n < 1000 {
        buf[at] = b'0' + (n / 100) as u8;
        buf[at + 1..at + 3].copy_from_slice(&pair(n % 100));
        at + 3
    } else if n < 10_000 {
        buf[at..at + 2].copy_from_slice(&pair(n / 100));
        buf[at + 2..at + 4].copy_from_slice(&pair(n % 100));
        at + 4
    } else {
        let mut itoa = itoa::Buffer::new();
        let text = itoa.format(n).as_bytes();
        buf[at..at + text.len()].copy_from_slice(text);
        at + text.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_text;
    use crate::document::Format;
    use crate::report::json::file;
    use crate::rules::RuleSet;

    fn layout(r: &FileReport) -> String {
        let mut w = Layout::new(Vec::new(), 0);
        w.file(r);
        String::from_utf8(w.out).unwrap()
    }

    fn articles(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                articles(&path, out);
            } else if Format::from_path(&path).is_some() {
                out.push(path);
            }
        }
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        for s in [
            "",
            "plain",
            "say \"no\"",
            "back\\slash",
            "tab\there",
            "line\nbreak",
            "\u{1}\u{1f}\u{7f}",
            "café “quoted” 😀",
            "\"",
            "\\",
            "\"\\\"\\\\\"",
            "\"Yes,\" he said, \"it is\\was.\"",
            "a \"quote\"\nand a break",
        ] {
            let mut w = Layout::new(Vec::new(), 0);
            w.str(s);
            assert_eq!(
                String::from_utf8(w.out).unwrap(),
                serde_json::to_string(s).unwrap()
            );
        }
    }

    #[test]
    fn whole_numbers_are_written_as_their_digits() {
        let mut cases: Vec<usize> = vec![usize::MAX, 1 << 40];
        for p in [1usize, 10, 100, 1_000, 10_000, 100_000] {
            cases.extend([p - 1, p, p + 1, 2 * p - 1, 5 * p, 10 * p - 1]);
        }
        for n in cases {
            let mut w = Layout::new(Vec::new(), 0);
            w.usize(n);
            assert_eq!(String::from_utf8(w.out).unwrap(), n.to_string());
        }
    }

    #[test]
    fn digits_from_the_table_are_the_numbers() {
        for n in (0..20_000).chain([99_999, 100_000, usize::MAX]) {
            let mut buf = [b' '; 24];
            let end = digits(&mut buf, 1, n);
            assert_eq!(&buf[1..end], n.to_string().as_bytes());
        }
    }

    /// A key's line laid out on the stack is the line break, indentation,
    /// quoted key and `": ` (after a comma but for the first member), at
    /// every depth and for keys of every length.
    #[test]
    fn keys_are_written_on_their_own_lines() {
        for level in [0, 3, 16, 17, 30] {
            for key in ["id", "reference_date", "a_key_longer_than_sixteen"] {
                let mut w = Layout::new(Vec::new(), level);
                w.key(key);
                w.key(key);
                let line = format!("\n{}\"{key}\": ", " ".repeat(2 * level));
                assert_eq!(String::from_utf8(w.out).unwrap(), format!("{line},{line}"));
            }
        }
    }

    /// A span object laid out on the stack is the one the general layout
    /// writes, at every depth and with numbers of every length.
    #[test]
    fn span_objects_are_written_as_any_object() {
        let l = Located {
            start: 7,
            end: 12_345,
            line: usize::MAX,
            column: 123,
        };
        for level in [0, 1, 5, 14, 15, 16, 40] {
            let mut fast = Layout::new(b"x".to_vec(), level);
            fast.located(&l);
            let mut general = Layout::new(b"x".to_vec(), level);
            general.open(b'{');
            general.located_fields(&l);
            general.close(b'}');
            assert_eq!(fast.out, general.out, "level {level}");
            assert!(!fast.empty);
        }
    }

    /// The layout is serde_json's pretty layout, byte for byte, on every
    /// fixture article (figures, periods, durations, findings, sources).
    #[test]
    fn the_layout_is_serde_jsons_on_every_fixture() {
        let rules = RuleSet::builtin();
        let mut paths = Vec::new();
        articles(std::path::Path::new("fixtures"), &mut paths);
        assert!(paths.len() > 20);
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            let format = Format::from_path(&path).unwrap();
            let date = chrono::NaiveDate::from_ymd_opt(2019, 2, 20);
            let r = check_text(&path.display().to_string(), format, text, date, &rules);
            assert_eq!(
                layout(&r),
                serde_json::to_string_pretty(&file(&r)).unwrap(),
                "{path:?}"
            );
        }
    }

    /// What fixtures may not hold: a span in another file, fractional,
    /// negative, huge, infinite and missing bounds, a date past 9999,
    /// strings that need escaping, empty arrays.
    #[test]
    fn the_layout_is_serde_jsons_on_rare_fields() {
        let rules = RuleSet::builtin();
        let mut r = check_text(
            "a.txt",
            Format::Plain,
            "About 300 fighters left on Tuesday, the army said.".to_string(),
            NaiveDate::from_ymd_opt(2019, 2, 20),
            &rules,
        );
        r.doc.path = "a \"quoted\"\\path\n\u{1}é".into();
        r.reference_date = None;
        r.baselined = 7;
        let claim = &mut r.claims[0];
        claim.text = "tab\there".into();
        let mut q = claim.quantities[0].clone();
        q.low = Some(1.5);
        q.high = None;
        q.low_exclusive = true;
        q.unit = Some("USD".into());
        claim.quantities.push(q.clone());
        q.low = Some(-3.0);
        q.high = Some(f64::INFINITY);
        claim.quantities.push(q.clone());
        q.low = Some(f64::NAN);
        q.high = Some(1e300);
        claim.quantities.push(q);
        let mut t = claim.times[0].clone();
        t.start = NaiveDate::from_ymd_opt(12000, 1, 1);
        t.end = None;
        t.weekday = None;
        t.duration = Some(DurationDays {
            min: Some(7.0),
            max: Some(1e300),
            min_exclusive: true,
            max_exclusive: false,
        });
        claim.times.push(t);
        let span = claim.span;
        let labeled = |foreign: Option<crate::rules::Foreign>| Labeled {
            span,
            label: "a \"label\"".into(),
            article: 0,
            foreign,
        };
        let finding = Finding {
            rule: "figure-conflict".into(),
            category: crate::rules::Category::Figure,
            severity: crate::rules::Severity::Warning,
            message: "two figures".into(),
            spans: vec![
                labeled(Some(crate::rules::Foreign {
                    path: "other.txt".into(),
                    line: 3,
                    column: 4,
                    text: "x".into(),
                })),
                labeled(None),
            ],
            claims: vec!["c1".into()],
            sources: Vec::new(),
            fingerprint: "x".into(),
        };
        r.suppressed.push(finding.clone());
        r.findings.push(finding);
        let written = layout(&r);
        assert_eq!(written, serde_json::to_string_pretty(&file(&r)).unwrap());
        assert!(written.contains("\"+12000-01-01\""));
        assert!(written.contains("\"path\": \"other.txt\""));
    }
}
