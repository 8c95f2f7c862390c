//! The bytes of a piece of the JSON report as the report's writer
//! (`json_writer`) puts them down: a buffer written at a cursor, and the
//! few kinds of text serde_json's pretty layout is made of: a line break with
//! its indentation, a struct field's key, a number, a quoted string.
//!
//! The report is mostly short lines (a key and a number), so each of those
//! is written in one piece of room made sure of once: a line break and its
//! indentation are a copy of a fixed length from a run of spaces, cut to the
//! depth (a few moves, where a length known only when it runs is a call to
//! memcpy), and a key given by serde's derive is a constant there. Strings
//! are scanned for what serde_json escapes eight bytes at a time, and copied
//! whole when there is nothing (nearly all of them); the others are copied a
//! run at a time between the bytes escaped, which are escaped as serde_json
//! escapes them. Floats are serde_json's own text.
//!
//! The buffer is filled with zeros a chunk ahead of the cursor, so that the
//! room for a write is a slice of it, with no unsafe code; the zeros cost
//! about a million instructions on a 14 MB report.

use serde_json::ser::{CompactFormatter, Formatter};

/// The deepest line that `LINE` indents in one copy; deeper ones are written
/// a level at a time (the report's deepest line is at 8).
pub const MAX_DEPTH: usize = 15;

/// How many bytes of `LINE` a line's copy takes: a lead byte, the line break
/// and the indentation of `MAX_DEPTH`.
const LINE_COPY: usize = 2 + 2 * MAX_DEPTH;

/// A comma, a line break and spaces: a line's start is a copy of its first
/// `LINE_COPY` bytes (its lead byte written over), and a closing line's the
/// copy of those after the comma.
const LINE: [u8; LINE_COPY + 1] = {
    let mut line = [b' '; LINE_COPY + 1];
    line[0] = b',';
    line[1] = b'\n';
    line
};

/// The longest key `JsonOut::field` writes in one piece with its line (the
/// report's longest is 14 bytes); a longer one is written after it.
const MAX_KEY: usize = 28;

/// How much past what a write needs the buffer is filled at a time: with
/// the room of a line, less than the length from which glibc's `memset`
/// fills memory by `rep stosb` (2 KiB), which an instruction count counts a
/// byte at a time.
const CHUNK: usize = 1920;

/// The text of a piece, written at a cursor into a buffer filled with zeros
/// ahead of it (so that room is a slice of it, with no unsafe code).
pub struct JsonOut {
    /// Written up to `at`, zeros after.
    bytes: Vec<u8>,
    at: usize,
}

impl JsonOut {
    /// An empty text with room for `capacity` bytes before it grows.
    pub fn with_capacity(capacity: usize) -> JsonOut {
        JsonOut {
            bytes: Vec::with_capacity(capacity),
            at: 0,
        }
    }

    /// Everything written.
    pub fn into_bytes(mut self) -> Vec<u8> {
        self.bytes.truncate(self.at);
        self.bytes
    }

    /// Whether the buffer holds `n` bytes after the cursor. (Tested so, the
    /// bounds of the slice taken after it are known to hold.)
    #[inline(always)]
    fn has_room(&self, n: usize) -> bool {
        self.at <= self.bytes.len() && self.bytes.len() - self.at >= n
    }

    /// The next `n` bytes after the cursor, to write into.
    #[inline(always)]
    fn room(&mut self, n: usize) -> &mut [u8] {
        if self.has_room(n) {
            return &mut self.bytes[self.at..][..n];
        }
        self.grow(n);
        &mut self.bytes[self.at..][..n]
    }

    /// The next `N` bytes after the cursor, as an array: its length is its
    /// type's, so that writes into it at offsets known to be within it are
    /// not checked again.
    #[inline(always)]
    fn room_of<const N: usize>(&mut self) -> &mut [u8; N] {
        if self.has_room(N) {
            let room = self.bytes[self.at..].first_chunk_mut::<N>();
            return room.expect("room for N bytes");
        }
        self.grown_room_of::<N>()
    }

    /// `room_of` when the buffer must grow first.
    #[cold]
    #[inline(never)]
    fn grown_room_of<const N: usize>(&mut self) -> &mut [u8; N] {
        self.grow(N);
        let room = self.bytes[self.at..].first_chunk_mut::<N>();
        room.expect("grown to room for N bytes")
    }

    /// Zeros past the cursor for `n` bytes and a chunk more (the `Vec`
    /// doubles its capacity when it must).
    #[cold]
    #[inline(never)]
    fn grow(&mut self, n: usize) {
        self.bytes.resize(self.at + n + CHUNK, 0);
    }

    /// Appends `text`.
    #[inline(always)]
    pub fn bytes(&mut self, text: &[u8]) {
        let n = text.len();
        self.room(n).copy_from_slice(text);
        self.at += n;
    }

    /// `lead` (a comma, or the bracket or brace that opens the list), a line
    /// break and the indentation of `depth`: the start of an element's line.
    #[inline(always)]
    pub fn line(&mut self, lead: u8, depth: usize) {
        if depth > MAX_DEPTH {
            return self.deep_line(&[lead, b'\n'], depth, b"");
        }
        let room = self.room_of::<LINE_COPY>();
        room.copy_from_slice(&LINE[..LINE_COPY]);
        room[0] = lead;
        self.at += 2 + 2 * depth;
    }

    /// A line break, the indentation of `depth` and `close` (the bracket or
    /// brace that closes a list): a list's last line.
    #[inline(always)]
    pub fn closing_line(&mut self, depth: usize, close: u8) {
        if depth > MAX_DEPTH {
            return self.deep_line(b"\n", depth, &[close]);
        }
        let room = self.room_of::<LINE_COPY>();
        room.copy_from_slice(&LINE[1..]);
        room[1 + 2 * depth] = close;
        self.at += 2 + 2 * depth;
    }

    /// The start of a struct field's line (`line`), its key quoted and `": "`.
    /// The key is a field's name as serde's derive gives it: plain ASCII,
    /// nothing to escape, and a constant where this is inlined.
    #[inline(always)]
    pub fn field(&mut self, lead: u8, depth: usize, key: &'static str) {
        debug_assert!(
            !needs_escape(key.as_bytes()) && key.is_ascii(),
            "a field's key has nothing to escape: {key:?}"
        );
        if depth > MAX_DEPTH || key.len() > MAX_KEY {
            self.line(lead, depth);
            return self.key(key);
        }
        let key = key.as_bytes();
        let k = key.len();
        let room = self.room_of::<{ LINE_COPY + MAX_KEY + 4 }>();
        room[..LINE_COPY].copy_from_slice(&LINE[..LINE_COPY]);
        room[0] = lead;
        let at = 2 + 2 * depth;
        room[at] = b'"';
        room[at + 1..at + 1 + k].copy_from_slice(key);
        room[at + 1 + k..at + 4 + k].copy_from_slice(b"\": ");
        self.at += at + 4 + k;
    }

    /// `"key": ` for a key that may need escaping (a map's).
    pub fn key(&mut self, key: &str) {
        self.str(key);
        self.bytes(b": ");
    }

    /// `before`, a line break and the indentation of `depth` a level at a
    /// time, and `after`: a line deeper than `LINE` indents.
    #[cold]
    #[inline(never)]
    fn deep_line(&mut self, before: &[u8], depth: usize, after: &[u8]) {
        self.bytes(before);
        for _ in 0..depth {
            self.bytes(b"  ");
        }
        self.bytes(after);
    }

    #[inline(always)]
    pub fn null(&mut self) {
        self.bytes(b"null");
    }

    #[inline(always)]
    pub fn bool(&mut self, b: bool) {
        if b {
            self.bytes(b"true");
        } else {
            self.bytes(b"false");
        }
    }

    /// The digits of `n`, as itoa writes them. Most of the report's numbers
    /// (lines, columns, offsets into an article) are below ten thousand:
    /// their digits and length are one word of a table, whose four digit
    /// bytes are copied whole and cut to the number's length.
    #[inline(always)]
    pub fn u64(&mut self, n: u64) {
        if n < SMALL.len() as u64 {
            let word = SMALL[n as usize];
            *self.room_of::<4>() = (word as u32).to_le_bytes();
            self.at += (word >> 32) as usize;
        } else {
            self.large_u64(n);
        }
    }

    /// `u64` of ten thousand and more, apart so that `u64` is small enough
    /// to inline at every number.
    #[inline(never)]
    fn large_u64(&mut self, n: u64) {
        self.bytes(itoa::Buffer::new().format(n).as_bytes());
    }

    /// The digits of `n` after its sign, as itoa writes them.
    #[inline(always)]
    pub fn i64(&mut self, n: i64) {
        if n < 0 {
            self.bytes(b"-");
        }
        self.u64(n.unsigned_abs());
    }

    /// `v` as serde_json writes a float: its shortest text that reads back
    /// as it, or `null` when it is not finite.
    pub fn f64(&mut self, v: f64) {
        if !v.is_finite() {
            return self.null();
        }
        let mut text = [0u8; 40];
        let mut rest = &mut text[..];
        // Into a slice of 40 bytes, longer than any float's text.
        CompactFormatter
            .write_f64(&mut rest, v)
            .expect("a float's text fits in 40 bytes");
        let written = 40 - rest.len();
        self.bytes(&text[..written]);
    }

    /// `s` quoted, escaped as serde_json escapes it.
    #[inline(always)]
    pub fn str(&mut self, s: &str) {
        if needs_escape(s.as_bytes()) {
            return self.escaped(s);
        }
        let n = s.len();
        let room = self.room(n + 2);
        room[0] = b'"';
        copy(&mut room[1..n + 1], s.as_bytes());
        room[n + 1] = b'"';
        self.at += n + 2;
    }

    /// `s` quoted with what serde_json escapes in it escaped: the runs
    /// between copied whole.
    #[cold]
    #[inline(never)]
    fn escaped(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.bytes(b"\"");
        let mut from = 0;
        if !bytes.iter().fold(false, |seen, &b| seen | (b < 0x20)) {
            // Only quotation marks and backslashes (a claim's text with a
            // quotation in it, most of the strings escaped): each is
            // escaped by a backslash before it, and opens the next run.
            for at in memchr::memchr2_iter(b'"', b'\\', bytes) {
                self.bytes(&bytes[from..at]);
                self.bytes(b"\\");
                from = at;
            }
        } else {
            for (at, &b) in bytes.iter().enumerate() {
                let escape = ESCAPE[usize::from(b)];
                if escape == 0 {
                    continue;
                }
                self.bytes(&bytes[from..at]);
                if escape == b'u' {
                    let hex = |d: u8| HEX_DIGITS[usize::from(d)];
                    self.bytes(&[b'\\', b'u', b'0', b'0', hex(b >> 4), hex(b & 0xF)]);
                } else {
                    self.bytes(&[b'\\', escape]);
                }
                from = at + 1;
            }
        }
        self.bytes(&bytes[from..]);
        self.bytes(b"\"");
    }
}

/// Copies `from` into `to`, of the same length: most of the report's
/// strings are short (ids, kinds, labels), and one of up to 16 bytes is
/// copied as two copies of a fixed size that overlap (its first bytes and
/// its last), a load and a store each, where a length known only when it
/// runs is a call to `memcpy`.
#[inline(always)]
fn copy(to: &mut [u8], from: &[u8]) {
    let n = from.len();
    match n {
        17.. => to.copy_from_slice(from),
        8.. => overlapping::<8>(to, from),
        4.. => overlapping::<4>(to, from),
        1.. => {
            // The first, middle and last bytes are all of them.
            to[0] = from[0];
            to[n / 2] = from[n / 2];
            to[n - 1] = from[n - 1];
        }
        0 => {}
    }
}

/// `copy` of `N` to `2 * N` bytes: the first `N` and the last `N`.
#[inline(always)]
fn overlapping<const N: usize>(to: &mut [u8], from: &[u8]) {
    let n = from.len();
    if let (Some(first), Some(last)) = (from.first_chunk::<N>(), from.last_chunk::<N>()) {
        to[..N].copy_from_slice(first);
        to[n - N..n].copy_from_slice(last);
    }
}

/// Whether serde_json escapes anything in `s`: it escapes only '"', '\\'
/// and control characters below 0x20. Eight bytes at a time in a word
/// (`escapes_in`), the last eight overlapping those before them; a string
/// shorter than eight in one word of its bytes.
#[inline(always)]
fn needs_escape(s: &[u8]) -> bool {
    let Some(&last) = s.last_chunk::<8>() else {
        return short_needs_escape(s);
    };
    let mut seen = escapes_in(u64::from_le_bytes(last));
    for word in s.chunks_exact(8) {
        seen |= escapes_in(u64::from_le_bytes(word.try_into().unwrap_or_default()));
    }
    seen != 0
}

/// `needs_escape` of fewer than eight bytes: one word of them (some twice),
/// the bytes past them a letter.
#[inline(always)]
fn short_needs_escape(s: &[u8]) -> bool {
    let n = s.len();
    let word = match n {
        4.. => {
            let (Some(first), Some(last)) = (s.first_chunk::<4>(), s.last_chunk::<4>()) else {
                return false;
            };
            u64::from(u32::from_le_bytes(*first)) | u64::from(u32::from_le_bytes(*last)) << 32
        }
        1.. => {
            let letters = u64::from_le_bytes(*b"aaaaaaaa") << 24;
            letters | u64::from(s[0]) | u64::from(s[n / 2]) << 8 | u64::from(s[n - 1]) << 16
        }
        0 => return false,
    };
    escapes_in(word) != 0
}

/// Whether one of the eight bytes of `word` is one serde_json escapes: not
/// zero when a byte is below 0x20, a quotation mark or a backslash. (Each
/// test is the classic one for a byte below a bound, or for a zero byte
/// after an exclusive or: it may mark bytes after one that is, but never
/// marks a word in which none is.)
#[inline(always)]
fn escapes_in(word: u64) -> u64 {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let zero_in = |w: u64| w.wrapping_sub(ONES) & !w;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word;
    let quote = zero_in(word ^ (ONES * u64::from(b'"')));
    let backslash = zero_in(word ^ (ONES * u64::from(b'\\')));
    (below_space | quote | backslash) & HIGH
}

/// The hexadecimal digits of a `\u00XX` escape, lower case as serde_json's.
const HEX_DIGITS: [u8; 16] = *b"0123456789abcdef";

/// serde_json's escapes: for byte `b`, the letter after the backslash (`u`
/// for `\u00XX`), or 0 when it is written as it is.
const ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b'u';
        b += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0A] = b'n';
    table[0x0C] = b'f';
    table[0x0D] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

/// The digits of every number below ten thousand, as the bytes of one word
/// in memory order: the digits in the low four bytes, their count in the
/// fifth.
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn written(write: impl FnOnce(&mut JsonOut)) -> String {
        let mut out = JsonOut::with_capacity(0);
        write(&mut out);
        String::from_utf8(out.into_bytes()).unwrap()
    }

    /// Every byte below 0x80 alone, between others and doubled, and text
    /// past ASCII, is escaped as serde_json escapes it.
    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut texts: Vec<String> = Vec::new();
        for b in 0u8..0x80 {
            let c = char::from(b);
            texts.push(c.to_string());
            texts.push(format!("a{c}b"));
            texts.push(format!("{c}{c}é\"{c}"));
        }
        texts.extend(
            [
                "",
                "plain",
                "say \"hi\"",
                "a\\b\\",
                "\"",
                "tab\there\n",
                "é—ü\u{7f}\u{1f}",
            ]
            .map(String::from),
        );
        for text in &texts {
            let expected = serde_json::to_string(text).unwrap();
            assert_eq!(written(|o| o.str(text)), expected, "{text:?}");
        }
    }

    /// A byte that is escaped, or one at an edge of those, at every place
    /// of strings of every length through the short ones, the words and the
    /// runs of 32 (`needs_escape`, `copy`).
    #[test]
    fn a_byte_to_escape_is_found_anywhere_in_a_string_of_any_length() {
        for len in 0..100 {
            let plain = "é".repeat(len / 2) + &"x".repeat(len % 2);
            assert_eq!(written(|o| o.str(&plain)), format!("\"{plain}\""));
            for at in 0..len {
                for b in [0x00, 0x1f, b'"', b'\\', b' ', b'!', b'#', b'[', b']', 0x7f] {
                    let mut text = vec![b'a'; len];
                    text[at] = b;
                    let text = String::from_utf8(text).unwrap();
                    let expected = serde_json::to_string(&text).unwrap();
                    assert_eq!(written(|o| o.str(&text)), expected, "{text:?}");
                }
            }
        }
    }

    /// Numbers at the edges of the table and of their types are written as
    /// itoa writes them; floats as serde_json does, `null` for the others.
    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        for n in [
            0,
            1,
            9,
            10,
            99,
            100,
            999,
            1000,
            9999,
            10_000,
            123_456_789,
            u64::MAX,
        ] {
            assert_eq!(written(|o| o.u64(n)), n.to_string());
        }
        for n in [0, -1, -9999, -10_000, 9999, i64::MIN, i64::MAX] {
            assert_eq!(written(|o| o.i64(n)), n.to_string());
        }
        for v in [0.0, -0.0, 1.5, -0.25, 1e300, 5e-324, f64::MAX, 0.1 + 0.2] {
            assert_eq!(written(|o| o.f64(v)), serde_json::to_string(&v).unwrap());
        }
        for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(written(|o| o.f64(v)), "null");
        }
    }

    /// Lines at every depth, within what `LINE` indents whole and past it.
    #[test]
    fn lines_are_indented_by_their_depth() {
        for depth in 0..40 {
            let indent = "  ".repeat(depth);
            assert_eq!(written(|o| o.line(b',', depth)), format!(",\n{indent}"));
            assert_eq!(written(|o| o.line(b'[', depth)), format!("[\n{indent}"));
            assert_eq!(
                written(|o| o.closing_line(depth, b'}')),
                format!("\n{indent}}}")
            );
            assert_eq!(
                written(|o| o.field(b'{', depth, "key")),
                format!("{{\n{indent}\"key\": ")
            );
            let long = "a_key_longer_than_one_piece_holds";
            assert!(long.len() > MAX_KEY);
            assert_eq!(
                written(|o| o.field(b',', depth, long)),
                format!(",\n{indent}\"{long}\": ")
            );
        }
    }

    /// Writes past the buffer's room, many in a row, come out whole.
    #[test]
    fn the_buffer_grows_under_its_writes() {
        let mut expected = String::new();
        let text = written(|o| {
            for k in 0..5000u64 {
                o.field(b',', (k % 20) as usize, "start");
                o.u64(k);
                o.str("a run of text");
                expected.push_str(&format!(",\n{}\"start\": ", "  ".repeat((k % 20) as usize)));
                expected.push_str(&format!("{k}\"a run of text\""));
            }
        });
        assert_eq!(text, expected);
    }

    proptest! {
        #[test]
        fn any_string_is_escaped_as_serde_json_escapes_it(text in any::<String>()) {
            prop_assert_eq!(written(|o| o.str(&text)), serde_json::to_string(&text).unwrap());
        }

        #[test]
        fn any_number_is_written_as_serde_json_writes_it(n in any::<u64>(), i in any::<i64>(), v in any::<f64>()) {
            prop_assert_eq!(written(|o| o.u64(n)), serde_json::to_string(&n).unwrap());
            prop_assert_eq!(written(|o| o.i64(i)), serde_json::to_string(&i).unwrap());
            prop_assert_eq!(written(|o| o.f64(v)), serde_json::to_string(&v).unwrap());
        }
    }
}
