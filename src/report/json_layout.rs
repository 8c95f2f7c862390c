//! The JSON report's layout written by hand: serde_json's pretty layout (two
//! spaces a level, `": "` after a key, empty arrays as `[]`), for the types
//! of one article's entry. An article's entry is most of the report and the
//! report is about nine times the size of the article, so the generic
//! serializer (a formatter call and a key escaped at every field) was a tenth
//! of the run. Strings and fractional numbers are still written by
//! serde_json, so escaping and number formatting are its own; a test checks
//! the whole layout against `serde_json::to_string_pretty`.

use serde_json::Value;

use super::json::{
    ClaimJson, DurationJson, FileJson, FindingJson, LabeledSpan, QuantityJson, SentenceJson,
    SourceJson, TimeJson,
};
use crate::document::Located;

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
    #[inline(always)]
    fn key(&mut self, key: &str) {
        if !self.empty {
            self.out.push(b',');
        }
        self.empty = false;
        self.newline();
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\": ");
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

    fn value(&mut self, v: Option<&Value>) {
        match v {
            Some(v) => {
                let _ = serde_json::to_writer(&mut self.out, v);
            }
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

    /// A span object: most of the report's lines are these, so its keys,
    /// commas and line breaks are written without the general layout's
    /// bookkeeping (the same bytes `open`, `key` and `close` would write).
    fn located(&mut self, l: &Located) {
        self.out.push(b'{');
        self.level += 1;
        self.span_field(b"\"start\": ", l.start, b",");
        self.span_field(b"\"end\": ", l.end, b",");
        self.span_field(b"\"line\": ", l.line, b",");
        self.span_field(b"\"column\": ", l.column, b"");
        self.level -= 1;
        self.newline();
        self.out.push(b'}');
        // The enclosing array or object holds this one.
        self.empty = false;
    }

    /// One line of a span object: its key (quoted, with `": "`), its number
    /// and what follows it.
    #[inline(always)]
    fn span_field(&mut self, key: &[u8], n: usize, then: &[u8]) {
        self.newline();
        self.out.extend_from_slice(key);
        self.usize(n);
        self.out.extend_from_slice(then);
    }

    fn opt_located(&mut self, l: Option<&Located>) {
        match l {
            Some(l) => self.located(l),
            None => self.null(),
        }
    }

    /// One article's entry of the report's `files` array.
    pub fn file(&mut self, f: &FileJson) {
        self.open(b'{');
        self.key("path");
        self.str(f.path);
        self.key("reference_date");
        self.opt_str(f.reference_date.as_deref());
        self.key("sentences");
        self.array(&f.sentences, Layout::sentence);
        self.key("sources");
        self.array(&f.sources, Layout::source);
        self.key("claims");
        self.array(&f.claims, Layout::claim);
        self.key("findings");
        self.array(&f.findings, Layout::finding);
        self.key("suppressed");
        self.array(&f.suppressed, Layout::finding);
        self.key("baselined");
        self.usize(f.baselined);
        self.close(b'}');
    }

    fn sentence(&mut self, s: &SentenceJson) {
        self.open(b'{');
        self.key("span");
        self.located(&s.span);
        self.key("paragraph");
        self.usize(s.paragraph);
        self.close(b'}');
    }

    fn source(&mut self, s: &SourceJson) {
        self.open(b'{');
        self.key("id");
        self.str(s.id);
        self.key("name");
        self.str(s.name);
        self.key("aliases");
        self.strings(s.aliases);
        self.key("kind");
        self.str(s.kind);
        self.key("role");
        self.opt_str(s.role);
        self.key("affiliation");
        self.opt_str(s.affiliation);
        self.key("unnamed");
        self.bool(s.unnamed);
        self.key("mentions");
        self.array(&s.mentions, Layout::located);
        self.close(b'}');
    }

    fn claim(&mut self, c: &ClaimJson) {
        self.open(b'{');
        self.key("id");
        self.str(c.id);
        self.key("span");
        self.located(&c.span);
        self.key("text");
        self.str(c.text);
        self.key("source");
        self.opt_str(c.source);
        self.key("sources");
        self.strings(&c.sources);
        self.key("source_span");
        self.opt_located(c.source_span.as_ref());
        self.key("cue");
        self.opt_located(c.cue.as_ref());
        self.key("content");
        self.opt_located(c.content.as_ref());
        self.key("via");
        self.opt_str(c.via);
        self.key("attribution");
        self.str(c.attribution);
        self.key("cue_kind");
        self.opt_str(c.cue_kind);
        self.key("quantities");
        self.array(&c.quantities, Layout::quantity);
        self.key("times");
        self.array(&c.times, Layout::time);
        self.close(b'}');
    }

    fn quantity(&mut self, q: &QuantityJson) {
        self.open(b'{');
        self.key("span");
        self.located(&q.span);
        self.key("text");
        self.str(&q.text);
        self.key("low");
        self.value(q.low.as_ref());
        self.key("high");
        self.value(q.high.as_ref());
        self.key("low_exclusive");
        self.bool(q.low_exclusive);
        self.key("high_exclusive");
        self.bool(q.high_exclusive);
        self.key("approximate");
        self.bool(q.approximate);
        self.key("unit");
        self.opt_str(q.unit);
        self.key("subject");
        self.opt_str(q.subject);
        self.key("hedge");
        self.opt_str(q.hedge);
        self.close(b'}');
    }

    fn time(&mut self, t: &TimeJson) {
        self.open(b'{');
        self.key("span");
        self.located(&t.span);
        self.key("text");
        self.str(&t.text);
        self.key("kind");
        self.str(t.kind);
        self.key("start");
        self.opt_str(t.start.as_deref());
        self.key("end");
        self.opt_str(t.end.as_deref());
        self.key("duration_days");
        match &t.duration_days {
            Some(d) => self.duration(d),
            None => self.null(),
        }
        self.key("weekday");
        self.opt_str(t.weekday);
        self.key("relative");
        self.bool(t.relative);
        self.close(b'}');
    }

    fn duration(&mut self, d: &DurationJson) {
        self.open(b'{');
        self.key("min");
        self.value(d.min.as_ref());
        self.key("max");
        self.value(d.max.as_ref());
        self.key("min_exclusive");
        self.bool(d.min_exclusive);
        self.key("max_exclusive");
        self.bool(d.max_exclusive);
        self.close(b'}');
    }

    fn finding(&mut self, f: &FindingJson) {
        self.open(b'{');
        self.key("rule");
        self.str(f.rule);
        self.key("category");
        self.str(f.category);
        self.key("severity");
        self.str(f.severity);
        self.key("message");
        self.str(f.message);
        self.key("spans");
        self.array(&f.spans, Layout::labeled_span);
        self.key("claims");
        self.strings(f.claims);
        self.key("sources");
        self.strings(f.sources);
        self.key("fingerprint");
        self.str(f.fingerprint);
        self.close(b'}');
    }

    fn labeled_span(&mut self, s: &LabeledSpan) {
        self.open(b'{');
        self.located_fields(&s.span);
        self.key("label");
        self.str(s.label);
        if let Some(path) = &s.path {
            self.key("path");
            self.str(path);
        }
        self.close(b'}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_text;
    use crate::document::Format;
    use crate::report::json::file;
    use crate::rules::RuleSet;

    fn layout(f: &FileJson) -> String {
        let mut w = Layout::new(Vec::new(), 0);
        w.file(f);
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
            let f = file(&r);
            assert_eq!(
                layout(&f),
                serde_json::to_string_pretty(&f).unwrap(),
                "{path:?}"
            );
        }
    }

    /// What fixtures may not hold: a span in another file, fractional and
    /// missing bounds, strings that need escaping, empty arrays.
    #[test]
    fn the_layout_is_serde_jsons_on_rare_fields() {
        let at = Located {
            start: 1,
            end: 2,
            line: 3,
            column: 4,
        };
        let claims = vec!["c1".to_string()];
        let f = FileJson {
            path: "a \"quoted\"\\path\n\u{1}é",
            reference_date: None,
            sentences: Vec::new(),
            sources: Vec::new(),
            claims: vec![ClaimJson {
                id: "c1",
                span: at,
                text: "tab\there",
                source: None,
                sources: Vec::new(),
                source_span: None,
                cue: None,
                content: Some(at),
                via: None,
                attribution: "none",
                cue_kind: None,
                quantities: vec![QuantityJson {
                    span: at,
                    text: "1.5".into(),
                    low: Some(Value::from(1.5)),
                    high: None,
                    low_exclusive: true,
                    high_exclusive: false,
                    approximate: true,
                    unit: Some("USD"),
                    subject: None,
                    hedge: None,
                }],
                times: vec![TimeJson {
                    span: at,
                    text: "more than a week".into(),
                    kind: "duration",
                    start: None,
                    end: None,
                    duration_days: Some(DurationJson {
                        min: Some(Value::from(7)),
                        max: Some(Value::from(1e300)),
                        min_exclusive: true,
                        max_exclusive: false,
                    }),
                    weekday: None,
                    relative: false,
                }],
            }],
            findings: vec![FindingJson {
                rule: "figure-conflict",
                category: "figures",
                severity: "warning",
                message: "two figures",
                spans: vec![
                    LabeledSpan {
                        span: at,
                        label: "a",
                        path: Some("other.txt"),
                    },
                    LabeledSpan {
                        span: at,
                        label: "b",
                        path: None,
                    },
                ],
                claims: &claims,
                sources: &[],
                fingerprint: "x",
            }],
            suppressed: Vec::new(),
            baselined: 7,
        };
        assert_eq!(layout(&f), serde_json::to_string_pretty(&f).unwrap());
    }
}
