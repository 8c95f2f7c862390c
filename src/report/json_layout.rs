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

use std::mem::MaybeUninit;

use chrono::NaiveDate;

use crate::attribution::Source;
use crate::check::FileReport;
use crate::claims::Claim;
use crate::document::{Document, Sentence};
use crate::expressions::{Quantity, TimeExpr};
use crate::rules::{Finding, Labeled};
use crate::text::{Located, Span};

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

/// The most bytes one template line takes (a comma, a line break, eight
/// levels of indentation, the longest key and its `": "`), for the room a
/// run of writes reserves.
const LINE: usize = 48;
/// The most digits of a `usize`.
const DIGITS: usize = 20;
/// The most bytes of a figure (`Room::num`): the longest float serde_json
/// writes is 24.
const FIGURE: usize = 32;
/// The most bytes of a date (`Room::opt_date`), quoted, years past 9999 too.
const DATE: usize = 24;
/// The most bytes of a span object (`Room::span`).
const SPAN: usize = 5 * LINE + 4 * DIGITS;

/// A writer of one article's entry of the report.
pub struct Layout {
    pub out: Vec<u8>,
    /// The span of the article located last: the next is located from it
    /// (`Document::locate_near`), as most lie on its line or close after.
    last: Located,
}

/// The start of every text, where a file's locating starts from.
const TEXT_START: Located = Located {
    start: 0,
    end: 0,
    line: 1,
    column: 1,
};

/// Room reserved at the end of the report's buffer for a run of writes of
/// a known greatest length (a field's line and its value, a span object):
/// one check of the buffer's capacity for the run, where
/// `Vec::extend_from_slice` checks it, and loads and stores the buffer's
/// length, at every constant and every number. The run's position stays in
/// a register; every write is still bounds-checked against the room.
struct Room<'a> {
    spare: &'a mut [MaybeUninit<u8>],
    /// How many bytes of `spare` are written: all of them, from its start.
    at: usize,
}

impl Room<'_> {
    /// Writes a constant: a copy of a known length.
    #[inline(always)]
    fn put<const N: usize>(&mut self, text: &[u8; N]) {
        let to = &mut self.spare[self.at..self.at + N];
        for (to, &b) in to.iter_mut().zip(text) {
            to.write(b);
        }
        self.at += N;
    }

    #[inline(always)]
    fn bytes(&mut self, text: &[u8]) {
        let to = &mut self.spare[self.at..self.at + text.len()];
        for (to, &b) in to.iter_mut().zip(text) {
            to.write(b);
        }
        self.at += text.len();
    }

    /// The first `len` bytes of `word`, written whole (a copy of a known
    /// length) and cut: the bytes past `len` are written over next.
    #[inline(always)]
    fn cut<const N: usize>(&mut self, word: &[u8; N], len: usize) {
        debug_assert!(len <= N);
        self.put(word);
        self.at -= N - len;
    }

    /// A string that needs no escaping, between quotes.
    #[inline(always)]
    fn plain(&mut self, s: &str) {
        debug_assert!(!needs_escape(s));
        self.put(b"\"");
        self.bytes(s.as_bytes());
        self.put(b"\"");
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
    /// thousand: their digits and length are one word of a table, whose
    /// four digit bytes are copied whole and cut to the number's length (a
    /// copy of a known length, where one of a length known only when it
    /// runs is a call to memcpy). Numbers of up to eight digits are put in
    /// eight bytes, two digits at a time from a table, and cut the same way;
    /// the longest are written as itoa writes them.
    #[inline(always)]
    fn usize(&mut self, n: usize) {
        let pair = |k: usize| PAIRS[k];
        if let Some(&word) = SMALL.get(n) {
            self.cut(&(word as u32).to_le_bytes(), (word >> 32) as usize);
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
            self.cut(&word.to_le_bytes(), len);
        } else {
            let mut buf = itoa::Buffer::new();
            self.bytes(buf.format(n).as_bytes());
        }
    }

    /// A number as `json::num` makes it: a whole one as an integer, another
    /// as serde_json writes a float, one that is not finite as `null` (the
    /// `Value` it makes of one). At most `FIGURE` bytes.
    fn num(&mut self, v: Option<f64>) {
        match v {
            // Most figures: whole and not negative (-0.0 is 0 too), told by
            // a round trip through an integer, exact below 2^53, where
            // `fract` is a call to libm's `trunc`.
            Some(v) if (0.0..1e15).contains(&v) && (v as u64) as f64 == v => self.usize(v as usize),
            Some(v) if v.fract() == 0.0 && v.abs() < 9e15 => {
                let mut buf = itoa::Buffer::new();
                self.bytes(buf.format(v as i64).as_bytes());
            }
            Some(v) if v.is_finite() => {
                // A fraction is rare: serde_json's text of it, through a String.
                self.bytes(serde_json::to_string(&v).unwrap_or_default().as_bytes());
            }
            _ => self.null(),
        }
    }

    /// A date as `calendar::iso_date` writes it, quoted: its digits, signs
    /// and hyphens need no escaping. At most `DATE` bytes.
    fn opt_date(&mut self, d: Option<NaiveDate>) {
        match d.map(|d| (d, crate::calendar::iso_date_ascii(d))) {
            Some((_, Some(ascii))) => {
                let mut quoted = [b'"'; 12];
                quoted[1..11].copy_from_slice(&ascii);
                self.put(&quoted);
            }
            Some((d, None)) => self.plain(&crate::calendar::iso_date(d)),
            None => self.null(),
        }
    }

    /// A span object with the lines of `span_lines!`: most of the report's
    /// lines are these. At most `SPAN` bytes.
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

    #[inline(always)]
    fn opt_span<const A: usize, const B: usize, const C: usize, const D: usize, const E: usize>(
        &mut self,
        lines: SpanLines<A, B, C, D, E>,
        l: Option<Located>,
    ) {
        match l {
            Some(l) => self.span(lines, l),
            None => self.null(),
        }
    }
}

/// Whether serde_json escapes anything in `s`: it escapes only '"', '\\'
/// and control characters below 0x20. One pass the compiler vectorises.
#[inline(always)]
fn needs_escape(s: &str) -> bool {
    s.bytes().fold(false, |seen, b| {
        seen | (b < 0x20) | (b == b'"') | (b == b'\\')
    })
}

impl Layout {
    pub fn new(out: Vec<u8>) -> Layout {
        Layout {
            out,
            last: TEXT_START,
        }
    }

    /// Runs `write`, which writes at most `max` bytes, in room reserved for
    /// it at the end of the buffer.
    #[inline(always)]
    fn with_room(&mut self, max: usize, write: impl FnOnce(&mut Room<'_>)) {
        self.out.reserve(max);
        let len = self.out.len();
        let mut room = Room {
            spare: &mut self.out.spare_capacity_mut()[..max],
            at: 0,
        };
        write(&mut room);
        let written = room.at;
        debug_assert!(written <= max);
        // SAFETY: a room writes only into its slice of the spare capacity
        // (every write is bounds-checked), its bytes one after another from
        // its start, and counts them in `at`: the `written` bytes after the
        // length are initialised.
        unsafe { self.out.set_len(len + written) };
    }

    /// Writes a constant.
    #[inline(always)]
    fn put<const N: usize>(&mut self, text: &[u8; N]) {
        self.out.extend_from_slice(text);
    }

    /// `before` (at most `max` bytes), then the string `s`: in one room
    /// when `s` needs no escaping (nearly every one), and after it when it
    /// does.
    #[inline(always)]
    fn then_str(&mut self, max: usize, before: impl FnOnce(&mut Room<'_>), s: &str) {
        self.then_opt_str(max, before, Some(s));
    }

    /// `then_str` of a string that may be missing (`null`).
    #[inline(always)]
    fn then_opt_str(&mut self, max: usize, before: impl FnOnce(&mut Room<'_>), s: Option<&str>) {
        let mut escape = None;
        self.with_room(max + s.map_or(4, |s| s.len() + 2), |w| {
            before(w);
            match s {
                Some(s) if needs_escape(s) => escape = Some(s),
                Some(s) => w.plain(s),
                None => w.null(),
            }
        });
        if let Some(s) = escape {
            self.escaped(s);
        }
    }

    #[cfg(test)]
    fn str(&mut self, s: &str) {
        self.then_str(0, |_| {}, s);
    }

    /// A string that needs escaping, as serde_json writes it.
    #[cold]
    fn escaped(&mut self, s: &str) {
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

    #[cfg(test)]
    fn usize(&mut self, n: usize) {
        self.with_room(DIGITS, |w| w.usize(n));
    }

    #[cfg(test)]
    fn num(&mut self, v: Option<f64>) {
        self.with_room(FIGURE, |w| w.num(v));
    }

    #[cfg(test)]
    fn span<const A: usize, const B: usize, const C: usize, const D: usize, const E: usize>(
        &mut self,
        lines: SpanLines<A, B, C, D, E>,
        l: Located,
    ) {
        self.with_room(SPAN, |w| w.span(lines, l));
    }

    /// An array of `items`, each written by `each` after its lead (the
    /// opening bracket's line for the first, a comma's for the others: the
    /// same length), with the lines of `array_lines!`: `[]` when empty.
    #[inline(always)]
    fn array<T, const A: usize, const C: usize>(
        &mut self,
        items: &[T],
        (first, next, close): (&[u8; A], &[u8; A], &[u8; C]),
        mut each: impl FnMut(&mut Layout, &T, &[u8; A]),
    ) {
        let Some((head, rest)) = items.split_first() else {
            self.put(b"[]");
            return;
        };
        each(self, head, first);
        for item in rest {
            each(self, item, next);
        }
        self.put(close);
    }

    #[inline(always)]
    fn strings<S: AsRef<str>, const A: usize, const C: usize>(
        &mut self,
        items: &[S],
        lines: (&[u8; A], &[u8; A], &[u8; C]),
    ) {
        self.array(items, lines, |w, s, lead| {
            w.then_str(A, |w| w.put(lead), s.as_ref())
        });
    }

    /// One article's entry of the report's `files` array, at its depth
    /// there (its closing brace on a line indented by four spaces): the
    /// entry `json::file` makes of the report (and serde_json would write),
    /// but written from the report itself, with no entry built in between
    /// (its lists, its copies of figures' and times' texts, its dates as
    /// strings, its numbers as `Value`s, for every article).
    pub fn file(&mut self, r: &FileReport) {
        let doc = r.doc();
        self.last = TEXT_START;
        self.then_str(LINE, |w| w.put(lines!("{\n3\"path\": ")), &doc.path);
        self.with_room(2 * LINE + DATE, |w| {
            w.put(lines!(",\n3\"reference_date\": "));
            w.opt_date(r.reference_date);
            w.put(lines!(",\n3\"sentences\": "));
        });
        self.array(&doc.sentences, array_lines!(4, 3), |w, s, lead| {
            w.sentence(doc, s, lead)
        });
        self.put(lines!(",\n3\"sources\": "));
        self.array(&r.attributions.sources, array_lines!(4, 3), |w, s, lead| {
            w.source(r, s, lead)
        });
        self.put(lines!(",\n3\"claims\": "));
        self.array(&r.claims, array_lines!(4, 3), |w, c, lead| {
            w.claim(r, c, lead)
        });
        self.put(lines!(",\n3\"findings\": "));
        self.array(&r.findings, array_lines!(4, 3), |w, f, lead| {
            w.finding(doc, f, lead)
        });
        self.put(lines!(",\n3\"suppressed\": "));
        self.array(&r.suppressed, array_lines!(4, 3), |w, f, lead| {
            w.finding(doc, f, lead)
        });
        self.with_room(2 * LINE + DIGITS, |w| {
            w.put(lines!(",\n3\"baselined\": "));
            w.usize(r.baselined);
            w.put(lines!("\n2}"));
        });
    }

    /// `doc.locate(span)`, counted from the span located last.
    fn locate(&mut self, doc: &Document, span: Span) -> Located {
        self.last = doc.locate_near(&self.last, span);
        self.last
    }

    fn sentence<const A: usize>(&mut self, doc: &Document, s: &Sentence, lead: &[u8; A]) {
        let span = self.locate(doc, s.span);
        self.with_room(A + 3 * LINE + SPAN + DIGITS, |w| {
            w.put(lead);
            w.put(lines!("{\n5\"span\": "));
            w.span(span_lines!(6, 5), span);
            w.put(lines!(",\n5\"paragraph\": "));
            w.usize(s.paragraph);
            w.put(lines!("\n4}"));
        });
    }

    fn source<const A: usize>(&mut self, r: &FileReport, s: &Source, lead: &[u8; A]) {
        let doc = r.doc();
        self.then_str(
            A + LINE,
            |w| {
                w.put(lead);
                w.put(lines!("{\n5\"id\": "));
            },
            &s.id,
        );
        self.then_str(LINE, |w| w.put(lines!(",\n5\"name\": ")), &s.name);
        self.put(lines!(",\n5\"aliases\": "));
        self.strings(&s.aliases, array_lines!(6, 5));
        let kind = s.kind.as_str();
        self.then_opt_str(
            2 * LINE + kind.len() + 2,
            |w| {
                w.put(lines!(",\n5\"kind\": "));
                w.plain(kind);
                w.put(lines!(",\n5\"role\": "));
            },
            s.role.as_deref(),
        );
        self.then_opt_str(
            LINE,
            |w| w.put(lines!(",\n5\"affiliation\": ")),
            s.affiliation.map(|a| r.attributions.sources[a].id.as_str()),
        );
        self.with_room(2 * LINE + 5, |w| {
            w.put(lines!(",\n5\"unnamed\": "));
            w.bool(s.unnamed);
            w.put(lines!(",\n5\"mentions\": "));
        });
        self.array(&s.mentions, array_lines!(6, 5), |w, &m, lead| {
            let l = w.locate(doc, m);
            w.with_room(lead.len() + SPAN, |w| {
                w.put(lead);
                w.span(span_lines!(7, 6), l);
            });
        });
        self.put(lines!("\n4}"));
    }

    fn claim<const A: usize>(&mut self, r: &FileReport, c: &Claim, lead: &[u8; A]) {
        let doc = r.doc();
        let a = c.attribution(&r.attributions);
        let id = |k: usize| r.attributions.sources[k].id.as_str();
        self.then_str(
            A + LINE,
            |w| {
                w.put(lead);
                w.put(lines!("{\n5\"id\": "));
            },
            &c.id,
        );
        let span = self.locate(doc, c.span);
        self.then_str(
            2 * LINE + SPAN,
            |w| {
                w.put(lines!(",\n5\"span\": "));
                w.span(span_lines!(6, 5), span);
                w.put(lines!(",\n5\"text\": "));
            },
            &c.text,
        );
        self.then_opt_str(
            LINE,
            |w| w.put(lines!(",\n5\"source\": ")),
            a.and_then(|a| a.source).map(id),
        );
        self.put(lines!(",\n5\"sources\": "));
        self.array(
            a.map_or(&[][..], |a| &a.sources),
            array_lines!(6, 5),
            |w, &k, lead| w.then_str(lead.len(), |w| w.put(lead), id(k)),
        );
        let source_span = a.and_then(|a| a.source_span).map(|s| self.locate(doc, s));
        let cue = a.map(|a| self.locate(doc, a.cue));
        let content = a.map(|a| self.locate(doc, a.content));
        self.then_opt_str(
            4 * LINE + 3 * SPAN,
            |w| {
                w.put(lines!(",\n5\"source_span\": "));
                w.opt_span(span_lines!(6, 5), source_span);
                w.put(lines!(",\n5\"cue\": "));
                w.opt_span(span_lines!(6, 5), cue);
                w.put(lines!(",\n5\"content\": "));
                w.opt_span(span_lines!(6, 5), content);
                w.put(lines!(",\n5\"via\": "));
            },
            a.and_then(|a| a.via).map(id),
        );
        let kind = a.map(|a| a.kind.as_str());
        self.with_room(3 * LINE + 11 + kind.map_or(4, |k| k.len() + 2), |w| {
            w.put(lines!(",\n5\"attribution\": "));
            match a {
                None => w.put(b"\"none\""),
                Some(a) if a.unresolved.is_some() => w.put(b"\"ambiguous\""),
                Some(a) if a.vague => w.put(b"\"vague\""),
                Some(a) if a.source.is_some() => w.put(b"\"named\""),
                Some(_) => w.put(b"\"unknown\""),
            }
            w.put(lines!(",\n5\"cue_kind\": "));
            w.opt_plain(kind);
            w.put(lines!(",\n5\"quantities\": "));
        });
        self.array(&c.quantities, array_lines!(6, 5), |w, q, lead| {
            w.quantity(doc, q, lead)
        });
        self.put(lines!(",\n5\"times\": "));
        self.array(&c.times, array_lines!(6, 5), |w, t, lead| {
            w.time(doc, t, lead)
        });
        self.put(lines!("\n4}"));
    }

    /// The opening of a quantity's or a time's object: its lead, its span
    /// and its text, the fields both begin with.
    fn expression_opening<const A: usize>(&mut self, doc: &Document, at: Span, lead: &[u8; A]) {
        let span = self.locate(doc, at);
        self.then_str(
            A + 2 * LINE + SPAN,
            |w| {
                w.put(lead);
                w.put(lines!("{\n7\"span\": "));
                w.span(span_lines!(8, 7), span);
                w.put(lines!(",\n7\"text\": "));
            },
            &doc.clean_text_cow(at),
        );
    }

    fn quantity<const A: usize>(&mut self, doc: &Document, q: &Quantity, lead: &[u8; A]) {
        self.expression_opening(doc, q.span, lead);
        self.then_opt_str(
            6 * LINE + 2 * FIGURE + 3 * 5,
            |w| {
                w.put(lines!(",\n7\"low\": "));
                w.num(q.low);
                w.put(lines!(",\n7\"high\": "));
                w.num(q.high);
                w.put(lines!(",\n7\"low_exclusive\": "));
                w.bool(q.low_exclusive);
                w.put(lines!(",\n7\"high_exclusive\": "));
                w.bool(q.high_exclusive);
                w.put(lines!(",\n7\"approximate\": "));
                w.bool(q.approximate);
                w.put(lines!(",\n7\"unit\": "));
            },
            q.unit.as_deref(),
        );
        self.then_opt_str(
            LINE,
            |w| w.put(lines!(",\n7\"subject\": ")),
            q.subject.as_deref(),
        );
        self.then_opt_str(
            LINE,
            |w| w.put(lines!(",\n7\"hedge\": ")),
            q.hedge.as_deref(),
        );
        self.put(lines!("\n6}"));
    }

    fn time<const A: usize>(&mut self, doc: &Document, t: &TimeExpr, lead: &[u8; A]) {
        self.expression_opening(doc, t.span, lead);
        let kind = t.kind.as_str();
        let weekday = t.weekday.map(crate::calendar::weekday_name);
        self.with_room(
            11 * LINE
                + kind.len()
                + 2
                + 2 * DATE
                + 2 * FIGURE
                + 3 * 5
                + weekday.map_or(4, |d| d.len() + 2),
            |w| {
                w.put(lines!(",\n7\"kind\": "));
                w.plain(kind);
                w.put(lines!(",\n7\"start\": "));
                w.opt_date(t.start);
                w.put(lines!(",\n7\"end\": "));
                w.opt_date(t.end);
                w.put(lines!(",\n7\"duration_days\": "));
                match &t.duration {
                    Some(d) => {
                        w.put(lines!("{\n8\"min\": "));
                        w.num(d.min);
                        w.put(lines!(",\n8\"max\": "));
                        w.num(d.max);
                        w.put(lines!(",\n8\"min_exclusive\": "));
                        w.bool(d.min_exclusive);
                        w.put(lines!(",\n8\"max_exclusive\": "));
                        w.bool(d.max_exclusive);
                        w.put(lines!("\n7}"));
                    }
                    None => w.null(),
                }
                w.put(lines!(",\n7\"weekday\": "));
                w.opt_plain(weekday);
                w.put(lines!(",\n7\"relative\": "));
                w.bool(t.relative);
                w.put(lines!("\n6}"));
            },
        );
    }

    fn finding<const A: usize>(&mut self, doc: &Document, f: &Finding, lead: &[u8; A]) {
        self.then_str(
            A + LINE,
            |w| {
                w.put(lead);
                w.put(lines!("{\n5\"rule\": "));
            },
            &f.rule,
        );
        let (category, severity) = (f.category.as_str(), f.severity.as_str());
        self.then_str(
            3 * LINE + category.len() + severity.len() + 4,
            |w| {
                w.put(lines!(",\n5\"category\": "));
                w.plain(category);
                w.put(lines!(",\n5\"severity\": "));
                w.plain(severity);
                w.put(lines!(",\n5\"message\": "));
            },
            &f.message,
        );
        self.put(lines!(",\n5\"spans\": "));
        self.array(&f.spans, array_lines!(6, 5), |w, s, lead| {
            w.labeled_span(doc, s, lead)
        });
        self.put(lines!(",\n5\"claims\": "));
        self.strings(&f.claims, array_lines!(6, 5));
        self.put(lines!(",\n5\"sources\": "));
        self.strings(&f.sources, array_lines!(6, 5));
        self.then_str(
            LINE,
            |w| w.put(lines!(",\n5\"fingerprint\": ")),
            &f.fingerprint,
        );
        if !f.constraints.is_empty() {
            // Rare (timeline conflicts only): written by serde_json, in the
            // layout's indentation.
            let list = super::json::constraints_json(doc, f);
            let text = serde_json::to_string_pretty(&list).unwrap_or_default();
            self.put(lines!(",\n5\"constraints\": "));
            for (k, line) in text.lines().enumerate() {
                if k > 0 {
                    self.out.extend_from_slice(b"\n          ");
                }
                self.out.extend_from_slice(line.as_bytes());
            }
        }
        self.put(lines!("\n4}"));
    }

    /// A finding's span: a span object's fields, flattened, then its label
    /// and, for a span in another file, that file's path.
    fn labeled_span<const A: usize>(&mut self, doc: &Document, s: &Labeled, lead: &[u8; A]) {
        let l = match &s.foreign {
            Some(other) => Located {
                start: s.span.start,
                end: s.span.end,
                line: other.line,
                column: other.column,
            },
            None => self.locate(doc, s.span),
        };
        // The span object's lines but for its close, which is the label's line.
        let (start, end, line, column, _) = span_lines!(7, 6);
        self.then_str(
            A + SPAN,
            |w| {
                w.put(lead);
                w.span((start, end, line, column, lines!(",\n7\"label\": ")), l);
            },
            &s.label,
        );
        if let Some(other) = &s.foreign {
            self.then_str(LINE, |w| w.put(lines!(",\n7\"path\": ")), &other.path);
        }
        self.put(lines!("\n6}"));
    }
}

/// The digits of every number below ten thousand, first digit first, in
/// the low four bytes of a word (in memory order), and their count in the
/// fifth: a number's digits and length in one load, for `Room::usize`.
static SMALL: [u64; 10_000] = {
    let mut table = [0; 10_000];
    let mut n = 0;
    while n < 10_000 {
        let len = 1 + (n >= 10) as usize + (n >= 100) as usize + (n >= 1000) as usize;
        let mut digits = [0u8; 8];
        let (mut k, mut rest) = (len, n);
        while k > 0 {
            k -= 1;
            digits[k] = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        digits[4] = len as u8;
        table[n] = u64::from_le_bytes(digits);
        n += 1;
    }
    table
};

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
    use crate::expressions::DurationDays;
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

    /// Strings are written as serde_json writes them, through the room
    /// or escaped: every length up to 70 with a byte to escape (or a multi-byte
    /// character) at every place, and seeded random strings.
    #[test]
    fn strings_of_every_length_are_written_as_serde_json_writes_them() {
        let mut cases = Vec::new();
        for n in 0..70 {
            let base = "abcdefghij".repeat(7)[..n].to_string();
            cases.push(base.clone());
            for at in 0..n {
                for c in ['"', '\\', '\n', '\u{1}', '\u{1f}', ' ', '\u{7f}', 'é', '“'] {
                    let mut s = base.clone();
                    s.replace_range(at..at + 1, &c.to_string());
                    cases.push(s);
                }
            }
        }
        let alphabet = [
            'a', 'Z', ' ', '"', '\\', '\t', '\u{0}', '\u{1f}', 'é', '😀', '/', '\u{7f}',
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            crate::xorshift(&mut seed);
            seed
        };
        for _ in 0..5_000 {
            let len = (next() % 80) as usize;
            // Mostly plain letters, as reports are, with a rare byte to escape.
            let s: String = (0..len)
                .map(|_| match next() % 40 {
                    k @ 0..=11 => alphabet[k as usize],
                    _ => 'q',
                })
                .collect();
            cases.push(s);
        }
        for s in cases {
            let mut w = Layout::new(b"x".to_vec());
            w.str(&s);
            let serde = serde_json::to_string(&s).unwrap();
            assert_eq!(
                String::from_utf8(w.out).unwrap(),
                format!("x{serde}"),
                "{s:?}"
            );
            assert_eq!(needs_escape(&s), serde.len() != s.len() + 2, "{s:?}");
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
            "a \"quoted\"\\path\n\u{1}é",
            Format::Plain,
            "About 300 fighters left on Tuesday, the army said.".to_string(),
            NaiveDate::from_ymd_opt(2019, 2, 20),
            &rules,
        );
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
            // A timeline conflict's constraints, one in another file.
            constraints: vec![
                crate::rules::ConstraintNote {
                    span,
                    article: 0,
                    claim: Some("c1".into()),
                    source: "AFP \"x\"".into(),
                    relation: "lasted",
                    min: Some(15),
                    max: None,
                },
                crate::rules::ConstraintNote {
                    span: crate::text::Span::default(),
                    article: 1,
                    claim: None,
                    source: "the article".into(),
                    relation: "date",
                    min: Some(737_110),
                    max: Some(737_110),
                },
            ],
        };
        r.suppressed.push(finding.clone());
        r.findings.push(finding);
        let written = layout(&r);
        assert_eq!(written, pretty_at_depth(&file(&r), 2));
        assert!(written.contains("\"+12000-01-01\""));
        assert!(written.contains("\"path\": \"other.txt\""));
    }
}
