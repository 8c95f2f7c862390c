//! The JSON report's layout written by hand: serde_json's pretty layout (two
//! spaces a level, `": "` after a key, empty arrays as `[]`), for one
//! article's entry, written from its report. An article's entry is most of the report and the
//! report is about nine times the size of the article, so the generic
//! serializer (a formatter call and a key escaped at every field) was a tenth
//! of the run. Strings that need escaping past quotation marks and
//! backslashes, and fractional numbers, are still written by serde_json, so
//! escaping and number formatting are its own; a test checks the whole
//! layout against `serde_json::to_string_pretty` of the entry `json::file`
//! makes.
//!
//! An entry always stands at the same depth of the report (an element of
//! its `files` array), so every field's line, from the comma that ends the
//! value before it to the `": "` after its key, is a constant made at
//! compile time (`lines!`): written as a copy of a known length, which
//! compiles to a few moves, where a line laid out at run time took a
//! buffer filled with spaces and a call to memcpy of a length known only
//! when it runs.

use chrono::NaiveDate;

use crate::attribution::Source;
use crate::check::FileReport;
use crate::claims::Claim;
use crate::document::{Document, Located, Sentence};
use crate::expressions::{DurationDays, Quantity, TimeExpr};
use crate::rules::{Finding, Labeled};

/// The length of `template` expanded by `expand`.
const fn expanded_len(template: &[u8]) -> usize {
    let mut len = 0;
    let mut i = 0;
    while i < template.len() {
        if template[i] == b'\n' {
            let depth = template[i + 1];
            assert!(
                depth.is_ascii_digit(),
                "a line break is followed by its depth"
            );
            len += 1 + 2 * (depth - b'0') as usize;
            i += 2;
        } else {
            len += 1;
            i += 1;
        }
    }
    len
}

/// The text of `template`, in which every line break is followed by the
/// depth (a digit) of the line it starts: the break, then two spaces a level.
const fn expand<const N: usize>(template: &[u8]) -> [u8; N] {
    let mut out = [b' '; N];
    let (mut i, mut at) = (0, 0);
    while i < template.len() {
        if template[i] == b'\n' {
            out[at] = b'\n';
            at += 1 + 2 * (template[i + 1] - b'0') as usize;
            i += 2;
        } else {
            out[at] = template[i];
            at += 1;
            i += 1;
        }
    }
    assert!(at == N);
    out
}

/// A template (see `expand`) expanded at compile time, as an array
/// reference: `lines!(",\n5\"id\": ")` is a comma, a line break, ten
/// spaces and `"id": `.
macro_rules! lines {
    ($template:expr) => {{
        const TEMPLATE: &[u8] = $template.as_bytes();
        const TEXT: [u8; expanded_len(TEMPLATE)] = expand(TEMPLATE);
        &TEXT
    }};
}

/// The lines of a span object whose fields are at depth `$inner` and whose
/// closing brace is at depth `$outer`, for `Layout::span`.
macro_rules! span_lines {
    ($inner:literal, $outer:literal) => {
        (
            lines!(concat!("{\n", $inner, "\"start\": ")),
            lines!(concat!(",\n", $inner, "\"end\": ")),
            lines!(concat!(",\n", $inner, "\"line\": ")),
            lines!(concat!(",\n", $inner, "\"column\": ")),
            lines!(concat!("\n", $outer, "}")),
        )
    };
}

/// The lines of an array whose elements are at depth `$inner` and whose
/// closing bracket is at depth `$outer`, for `Layout::array`.
macro_rules! array_lines {
    ($inner:literal, $outer:literal) => {
        (
            lines!(concat!("[\n", $inner)),
            lines!(concat!(",\n", $inner)),
            lines!(concat!("\n", $outer, "]")),
        )
    };
}

/// The five lines `span_lines!` makes: the opening with the first key,
/// the other three keys, and the close.
type SpanLines<const A: usize, const B: usize, const C: usize, const D: usize, const E: usize> = (
    &'static [u8; A],
    &'static [u8; B],
    &'static [u8; C],
    &'static [u8; D],
    &'static [u8; E],
);

/// A writer of one article's entry of the report.
pub struct Layout {
    pub out: Vec<u8>,
}

impl Layout {
    pub fn new(out: Vec<u8>) -> Layout {
        Layout { out }
    }

    /// Writes a constant: a copy of a known length.
    #[inline(always)]
    fn put<const N: usize>(&mut self, text: &[u8; N]) {
        self.out.extend_from_slice(text);
    }

    fn str(&mut self, s: &str) {
        // serde_json escapes only '"', '\\' and control characters below
        // 0x20: a string with none of them (nearly every one) is written as
        // it is, between quotes, after one pass the compiler vectorises.
        if !s.bytes().fold(false, |seen, b| {
            seen | (b < 0x20) | (b == b'"') | (b == b'\\')
        }) {
            self.plain(s);
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

    /// A string that needs no escaping, between quotes: the names of
    /// kinds, categories and weekdays, which are lower-case words (or
    /// capitalised, for weekdays) the code spells, asked of no scan.
    #[inline(always)]
    fn plain(&mut self, s: &str) {
        debug_assert!(!s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\'));
        self.out.reserve(s.len() + 2);
        self.out.push(b'"');
        self.out.extend_from_slice(s.as_bytes());
        self.out.push(b'"');
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.null(),
        }
    }

    #[inline(always)]
    fn opt_plain(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.plain(s),
            None => self.null(),
        }
    }

    #[inline(always)]
    fn null(&mut self) {
        self.put(b"null");
    }

    #[inline(always)]
    fn bool(&mut self, b: bool) {
        if b {
            self.put(b"true");
        } else {
            self.put(b"false");
        }
    }

    /// The digits of `n`. Lines, columns and most offsets are below ten
    /// thousand: their digits, two at a time from a table, are put in one
    /// word with the number's first digit first, copied whole and cut to
    /// the number's length (a copy of a known length, where one of a length
    /// known only when it runs is a call to memcpy); longer numbers the
    /// same way in eight bytes, and the longest as itoa writes them.
    #[inline(always)]
    fn usize(&mut self, n: usize) {
        let pair = |k: usize| PAIRS[k];
        if n < 10_000 {
            let len = 1 + usize::from(n >= 10) + usize::from(n >= 100) + usize::from(n >= 1000);
            // Little-endian: the leading zeros are the low bytes.
            let word =
                (u32::from(pair(n / 100)) | u32::from(pair(n % 100)) << 16) >> (8 * (4 - len));
            let at = self.out.len();
            self.out.extend_from_slice(&word.to_le_bytes());
            self.out.truncate(at + len);
        } else if n < 100_000_000 {
            let (high, low) = (n / 10_000, n % 10_000);
            let [a, b] = pair(high / 100).to_le_bytes();
            let [c, d] = pair(high % 100).to_le_bytes();
            let [e, f] = pair(low / 100).to_le_bytes();
            let [g, h] = pair(low % 100).to_le_bytes();
            let len = 5
                + usize::from(n >= 100_000)
                + usize::from(n >= 1_000_000)
                + usize::from(n >= 10_000_000);
            let word = u64::from_le_bytes([a, b, c, d, e, f, g, h]) >> (8 * (8 - len));
            let at = self.out.len();
            self.out.extend_from_slice(&word.to_le_bytes());
            self.out.truncate(at + len);
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
            // Most figures: whole and not negative (-0.0 is 0 too), told by
            // a round trip through an integer, exact below 2^53, where
            // `fract` is a call to libm's `trunc`.
            Some(v) if (0.0..1e15).contains(&v) && (v as u64) as f64 == v => self.usize(v as usize),
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
                let mut quoted = [b'"'; 12];
                quoted[1..11].copy_from_slice(&ascii);
                self.put(&quoted);
            }
            Some((d, None)) => self.str(&crate::calendar::iso_date(d)),
            None => self.null(),
        }
    }

    /// An array of `items`, each written by `each`, with the lines of
    /// `array_lines!`: `[]` when empty.
    #[inline(always)]
    fn array<T, const A: usize, const B: usize, const C: usize>(
        &mut self,
        items: &[T],
        (first, next, close): (&[u8; A], &[u8; B], &[u8; C]),
        mut each: impl FnMut(&mut Layout, &T),
    ) {
        let Some((head, rest)) = items.split_first() else {
            self.put(b"[]");
            return;
        };
        self.put(first);
        each(self, head);
        for item in rest {
            self.put(next);
            each(self, item);
        }
        self.put(close);
    }

    #[inline(always)]
    fn strings<S: AsRef<str>, const A: usize, const B: usize, const C: usize>(
        &mut self,
        items: &[S],
        lines: (&[u8; A], &[u8; B], &[u8; C]),
    ) {
        self.array(items, lines, |w, s| w.str(s.as_ref()));
    }

    /// A span object with the lines of `span_lines!`: most of the report's
    /// lines are these.
    #[inline(always)]
    fn span<const A: usize, const B: usize, const C: usize, const D: usize, const E: usize>(
        &mut self,
        (start, end, line, column, close): SpanLines<A, B, C, D, E>,
        l: Located,
    ) {
        self.put(start);
        self.usize(l.start);
        self.put(end);
        self.usize(l.end);
        self.put(line);
        self.usize(l.line);
        self.put(column);
        self.usize(l.column);
        self.put(close);
    }

    /// One article's entry of the report's `files` array, at its depth
    /// there (its closing brace on a line indented by four spaces): the
    /// entry `json::file` makes of the report (and serde_json would write),
    /// but written from the report itself, with no entry built in between
    /// (its lists, its copies of figures' and times' texts, its dates as
    /// strings, its numbers as `Value`s, for every article).
    pub fn file(&mut self, r: &FileReport) {
        let doc = &r.doc;
        self.put(lines!("{\n3\"path\": "));
        self.str(&doc.path);
        self.put(lines!(",\n3\"reference_date\": "));
        self.opt_date(r.reference_date);
        self.put(lines!(",\n3\"sentences\": "));
        self.array(&doc.sentences, array_lines!(4, 3), |w, s| {
            w.sentence(doc, s)
        });
        self.put(lines!(",\n3\"sources\": "));
        self.array(&r.attributions.sources, array_lines!(4, 3), |w, s| {
            w.source(r, s)
        });
        self.put(lines!(",\n3\"claims\": "));
        self.array(&r.claims, array_lines!(4, 3), |w, c| w.claim(r, c));
        self.put(lines!(",\n3\"findings\": "));
        self.array(&r.findings, array_lines!(4, 3), |w, f| w.finding(doc, f));
        self.put(lines!(",\n3\"suppressed\": "));
        self.array(&r.suppressed, array_lines!(4, 3), |w, f| w.finding(doc, f));
        self.put(lines!(",\n3\"baselined\": "));
        self.usize(r.baselined);
        self.put(lines!("\n2}"));
    }

    fn sentence(&mut self, doc: &Document, s: &Sentence) {
        self.put(lines!("{\n5\"span\": "));
        self.span(span_lines!(6, 5), doc.locate(s.span));
        self.put(lines!(",\n5\"paragraph\": "));
        self.usize(s.paragraph);
        self.put(lines!("\n4}"));
    }

    fn source(&mut self, r: &FileReport, s: &Source) {
        let doc = &r.doc;
        self.put(lines!("{\n5\"id\": "));
        self.str(&s.id);
        self.put(lines!(",\n5\"name\": "));
        self.str(&s.name);
        self.put(lines!(",\n5\"aliases\": "));
        self.strings(&s.aliases, array_lines!(6, 5));
        self.put(lines!(",\n5\"kind\": "));
        self.plain(s.kind.as_str());
        self.put(lines!(",\n5\"role\": "));
        self.opt_str(s.role.as_deref());
        self.put(lines!(",\n5\"affiliation\": "));
        self.opt_str(s.affiliation.map(|a| r.attributions.sources[a].id.as_str()));
        self.put(lines!(",\n5\"unnamed\": "));
        self.bool(s.unnamed);
        self.put(lines!(",\n5\"mentions\": "));
        self.array(&s.mentions, array_lines!(6, 5), |w, &m| {
            w.span(span_lines!(7, 6), doc.locate(m))
        });
        self.put(lines!("\n4}"));
    }

    fn claim(&mut self, r: &FileReport, c: &Claim) {
        let doc = &r.doc;
        let a = c.attribution(&r.attributions);
        let id = |k: usize| r.attributions.sources[k].id.as_str();
        self.put(lines!("{\n5\"id\": "));
        self.str(&c.id);
        self.put(lines!(",\n5\"span\": "));
        self.span(span_lines!(6, 5), doc.locate(c.span));
        self.put(lines!(",\n5\"text\": "));
        self.str(&c.text);
        self.put(lines!(",\n5\"source\": "));
        self.opt_str(a.and_then(|a| a.source).map(id));
        self.put(lines!(",\n5\"sources\": "));
        self.array(
            a.map_or(&[][..], |a| &a.sources),
            array_lines!(6, 5),
            |w, &k| w.str(id(k)),
        );
        self.put(lines!(",\n5\"source_span\": "));
        match a.and_then(|a| a.source_span) {
            Some(s) => self.span(span_lines!(6, 5), doc.locate(s)),
            None => self.null(),
        }
        self.put(lines!(",\n5\"cue\": "));
        match a {
            Some(a) => self.span(span_lines!(6, 5), doc.locate(a.cue)),
            None => self.null(),
        }
        self.put(lines!(",\n5\"content\": "));
        match a {
            Some(a) => self.span(span_lines!(6, 5), doc.locate(a.content)),
            None => self.null(),
        }
        self.put(lines!(",\n5\"via\": "));
        self.opt_str(a.and_then(|a| a.via).map(id));
        self.put(lines!(",\n5\"attribution\": "));
        match a {
            None => self.put(b"\"none\""),
            Some(a) if a.unresolved.is_some() => self.put(b"\"ambiguous\""),
            Some(a) if a.vague => self.put(b"\"vague\""),
            Some(a) if a.source.is_some() => self.put(b"\"named\""),
            Some(_) => self.put(b"\"unknown\""),
        }
        self.put(lines!(",\n5\"cue_kind\": "));
        self.opt_plain(a.map(|a| a.kind.as_str()));
        self.put(lines!(",\n5\"quantities\": "));
        self.array(&c.quantities, array_lines!(6, 5), |w, q| w.quantity(doc, q));
        self.put(lines!(",\n5\"times\": "));
        self.array(&c.times, array_lines!(6, 5), |w, t| w.time(doc, t));
        self.put(lines!("\n4}"));
    }

    fn quantity(&mut self, doc: &Document, q: &Quantity) {
        self.put(lines!("{\n7\"span\": "));
        self.span(span_lines!(8, 7), doc.locate(q.span));
        self.put(lines!(",\n7\"text\": "));
        self.str(&doc.clean_text_cow(q.span));
        self.put(lines!(",\n7\"low\": "));
        self.num(q.low);
        self.put(lines!(",\n7\"high\": "));
        self.num(q.high);
        self.put(lines!(",\n7\"low_exclusive\": "));
        self.bool(q.low_exclusive);
        self.put(lines!(",\n7\"high_exclusive\": "));
        self.bool(q.high_exclusive);
        self.put(lines!(",\n7\"approximate\": "));
        self.bool(q.approximate);
        self.put(lines!(",\n7\"unit\": "));
        self.opt_str(q.unit.as_deref());
        self.put(lines!(",\n7\"subject\": "));
        self.opt_str(q.subject.as_deref());
        self.put(lines!(",\n7\"hedge\": "));
        self.opt_str(q.hedge.as_deref());
        self.put(lines!("\n6}"));
    }

    fn time(&mut self, doc: &Document, t: &TimeExpr) {
        self.put(lines!("{\n7\"span\": "));
        self.span(span_lines!(8, 7), doc.locate(t.span));
        self.put(lines!(",\n7\"text\": "));
        self.str(&doc.clean_text_cow(t.span));
        self.put(lines!(",\n7\"kind\": "));
        self.plain(t.kind.as_str());
        self.put(lines!(",\n7\"start\": "));
        self.opt_date(t.start);
        self.put(lines!(",\n7\"end\": "));
        self.opt_date(t.end);
        self.put(lines!(",\n7\"duration_days\": "));
        match &t.duration {
            Some(d) => self.duration(d),
            None => self.null(),
        }
        self.put(lines!(",\n7\"weekday\": "));
        self.opt_plain(t.weekday.map(crate::calendar::weekday_name));
        self.put(lines!(",\n7\"relative\": "));
        self.bool(t.relative);
        self.put(lines!("\n6}"));
    }

    fn duration(&mut self, d: &DurationDays) {
        self.put(lines!("{\n8\"min\": "));
        self.num(d.min);
        self.put(lines!(",\n8\"max\": "));
        self.num(d.max);
        self.put(lines!(",\n8\"min_exclusive\": "));
        self.bool(d.min_exclusive);
        self.put(lines!(",\n8\"max_exclusive\": "));
        self.bool(d.max_exclusive);
        self.put(lines!("\n7}"));
    }

    fn finding(&mut self, doc: &Document, f: &Finding) {
        self.put(lines!("{\n5\"rule\": "));
        self.str(&f.rule);
        self.put(lines!(",\n5\"category\": "));
        self.plain(f.category.as_str());
        self.put(lines!(",\n5\"severity\": "));
        self.plain(f.severity.as_str());
        self.put(lines!(",\n5\"message\": "));
        self.str(&f.message);
        self.put(lines!(",\n5\"spans\": "));
        self.array(&f.spans, array_lines!(6, 5), |w, s| w.labeled_span(doc, s));
        self.put(lines!(",\n5\"claims\": "));
        self.strings(&f.claims, array_lines!(6, 5));
        self.put(lines!(",\n5\"sources\": "));
        self.strings(&f.sources, array_lines!(6, 5));
        self.put(lines!(",\n5\"fingerprint\": "));
        self.str(&f.fingerprint);
        self.put(lines!("\n4}"));
    }

    /// A finding's span: a span object's fields, flattened, then its label
    /// and, for a span in another file, that file's path.
    fn labeled_span(&mut self, doc: &Document, s: &Labeled) {
        let l = match &s.foreign {
            Some(other) => Located {
                start: s.span.start,
                end: s.span.end,
                line: other.line,
                column: other.column,
            },
            None => doc.locate(s.span),
        };
        // The span object's lines but for its close, which is the label's line.
        let (start, end, line, column, _) = span_lines!(7, 6);
        self.span((start, end, line, column, lines!(",\n7\"label\": ")), l);
        self.str(&s.label);
        if let Some(other) = &s.foreign {
            self.put(lines!(",\n7\"path\": "));
            self.str(&other.path);
        }
        self.put(lines!("\n6}"));
    }
}

/// The two digits of every number below 100, for `Layout::usize`, as the
/// bytes of one `u16` in memory order: two digits are one load.
const PAIRS: [u16; 100] = {
    let mut pairs = [0; 100];
    let mut k = 0;
    while k < 100 {
        pairs[k] = u16::from_le_bytes([b'0' + (k / 10) as u8, b'0' + (k % 10) as u8]);
        k += 1;
    }
    pairs
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_text;
    use crate::document::Format;
    use crate::report::json::file;
    use crate::rules::RuleSet;

    fn layout(r: &FileReport) -> String {
        let mut w = Layout::new(Vec::new());
        w.file(r);
        String::from_utf8(w.out).unwrap()
    }

    /// serde_json's pretty text of `value` at the depth of an entry of the
    /// report's `files` (two levels in: the line breaks in serde_json's
    /// text are its layout's, for a string's are escaped).
    fn pretty_at_depth<T: serde::Serialize>(value: &T, depth: usize) -> String {
        serde_json::to_string_pretty(value)
            .unwrap()
            .replace('\n', &format!("\n{}", "  ".repeat(depth)))
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
            let mut w = Layout::new(Vec::new());
            w.str(s);
            assert_eq!(
                String::from_utf8(w.out).unwrap(),
                serde_json::to_string(s).unwrap()
            );
        }
    }

    /// Every number of up to five digits, and the bounds of every length,
    /// after other text (the digits are copied in a word and cut).
    #[test]
    fn whole_numbers_are_written_as_their_digits() {
        let mut cases: Vec<usize> = (0..100_000).chain([usize::MAX, 1 << 40]).collect();
        let mut p = 1usize;
        while let Some(next) = p.checked_mul(10) {
            cases.extend([p - 1, p, p + 1, 2 * p - 1, 5 * p, next - 1]);
            p = next;
        }
        for n in cases {
            let mut w = Layout::new(b"x".to_vec());
            w.usize(n);
            assert_eq!(String::from_utf8(w.out).unwrap(), format!("x{n}"));
        }
    }

    /// Figures are written as the `Value`s `json::num` makes of them.
    #[test]
    fn figures_are_written_as_serde_json_writes_their_values() {
        for v in [
            0.0,
            -0.0,
            1.0,
            7.0,
            42.0,
            9_999.0,
            10_000.0,
            99_999_999.0,
            100_000_000.0,
            1e15 - 1.0,
            1e15,
            8.9e15,
            9e15,
            1e300,
            -3.0,
            -12_345.0,
            1.5,
            -0.25,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            let mut w = Layout::new(Vec::new());
            w.num(Some(v));
            assert_eq!(
                String::from_utf8(w.out).unwrap(),
                serde_json::to_string(&crate::report::json::num(v)).unwrap(),
                "{v}"
            );
        }
    }

    /// A template's line breaks take the indentation of their depth.
    #[test]
    fn templates_expand_to_indented_lines() {
        assert_eq!(lines!(",\n5\"id\": "), b",\n          \"id\": ");
        assert_eq!(lines!("\n0}"), b"\n}");
        assert_eq!(lines!("[\n1"), b"[\n  ");
    }

    /// A span object is serde_json's, at every depth the report writes one
    /// and with numbers of every length.
    #[test]
    fn span_objects_are_written_as_serde_json_writes_them() {
        let l = Located {
            start: 7,
            end: 12_345,
            line: usize::MAX,
            column: 123,
        };
        let mut w = Layout::new(Vec::new());
        w.span(span_lines!(6, 5), l);
        assert_eq!(String::from_utf8(w.out).unwrap(), pretty_at_depth(&l, 5));
        let mut w = Layout::new(Vec::new());
        w.span(span_lines!(7, 6), l);
        assert_eq!(String::from_utf8(w.out).unwrap(), pretty_at_depth(&l, 6));
        let mut w = Layout::new(Vec::new());
        w.span(span_lines!(8, 7), l);
        assert_eq!(String::from_utf8(w.out).unwrap(), pretty_at_depth(&l, 7));
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
            assert_eq!(layout(&r), pretty_at_depth(&file(&r), 2), "{path:?}");
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
        claim.quantities.push(q.clone());
        q.low = Some(123_456_789.0);
        q.high = Some(-0.0);
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
        assert_eq!(written, pretty_at_depth(&file(&r), 2));
        assert!(written.contains("\"+12000-01-01\""));
        assert!(written.contains("\"path\": \"other.txt\""));
    }
}
