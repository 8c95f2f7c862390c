//! Byte spans and the line index that turns them into 1-based line:column.

use serde::Serialize;

/// A half-open byte range `[start, end)` into the original file text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// A span as the report prints it: byte offsets plus 1-based line and column
/// (the column counts characters, not bytes) of its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Located {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
}

/// Line starts of a text. A line ends at LF, CRLF or a lone CR.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Characters before every `CHAR_STEP`-th byte, so that a column is
    /// counted from the nearest checkpoint, not from the start of a line that
    /// may be a whole file long.
    chars_before: Vec<usize>,
    /// The whole text is ASCII (most English copy): a column is then the
    /// byte distance from the line's start, with nothing to count.
    ascii: bool,
}

/// Bytes between two character-count checkpoints. The report locates every
/// span it shows, and in a text with a curly quote each column counts up to
/// this many bytes from a checkpoint: 64 counts a quarter of what 256 did
/// (1% of a corpus run's instructions), for checkpoints of an eighth of the
/// text's size, where 256 took a thirty-second (32 saves next to nothing more).
const CHAR_STEP: usize = 64;

/// Whether a byte starts a character (is no UTF-8 continuation byte).
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        // Line breaks found with memchr (a CRLF is one break, at its LF).
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        // An ASCII text (most copy; `is_ascii` reads a word at a time) needs
        // no checkpoints: a column is a byte distance.
        let ascii = bytes.is_ascii();
        let mut chars_before = Vec::new();
        if !ascii {
            chars_before.reserve(bytes.len() / CHAR_STEP + 2);
            let mut count = 0;
            for block in bytes.chunks(CHAR_STEP) {
                chars_before.push(count);
                count += if block.is_ascii() {
                    block.len()
                } else {
                    block.iter().filter(|&&b| starts_char(b)).count()
                };
            }
            chars_before.push(count);
        }
        LineIndex {
            starts,
            ascii,
            chars_before,
        }
    }

    /// Characters of `text` (the text this index was made from) before byte
    /// `offset`, in time bounded by `CHAR_STEP`.
    pub fn char_index(&self, text: &str, offset: usize) -> usize {
        let offset = offset.min(text.len());
        if self.ascii {
            return offset;
        }
        let block = offset / CHAR_STEP;
        let Some(&before) = self.chars_before.get(block) else {
            return text.as_bytes()[..offset]
                .iter()
                .filter(|&&b| starts_char(b))
                .count();
        };
        before
            + text.as_bytes()[block * CHAR_STEP..offset]
                .iter()
                .filter(|&&b| starts_char(b))
                .count()
    }

    /// Whether every checkpoint block from the one holding `from` to the one
    /// holding `to` is ASCII (as many characters as bytes): then the bytes
    /// between are characters one for one. Most lines of English copy with a
    /// curly quote somewhere in the file are still ASCII around a span.
    fn ascii_between(&self, from: usize, to: usize) -> bool {
        let (first, last) = (from / CHAR_STEP, to / CHAR_STEP);
        match (
            self.chars_before.get(first),
            self.chars_before.get(last + 1),
        ) {
            (Some(&a), Some(&b)) => first <= last && b - a == (last + 1 - first) * CHAR_STEP,
            _ => false,
        }
    }

    /// 0-based line number holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line]
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The byte range of a 0-based line, without its line break.
    pub fn line_range(&self, text: &str, line: usize) -> Span {
        let start = self.starts[line];
        let mut end = self.starts.get(line + 1).copied().unwrap_or(text.len());
        let bytes = text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        Span::new(start, end)
    }

    /// 1-based line and character column of byte `offset`.
    pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        (line + 1, self.column_on(text, line, offset))
    }

    /// 1-based character column of byte `offset` on 0-based `line`.
    fn column_on(&self, text: &str, line: usize, offset: usize) -> usize {
        let start = self.starts[line];
        // Most lines are shorter than a checkpoint step: counting the line
        // itself reads fewer bytes than counting from two checkpoints.
        let column = if self.ascii || self.ascii_between(start, offset) {
            offset.min(text.len()).saturating_sub(start)
        } else if offset.saturating_sub(start) <= CHAR_STEP {
            let end = offset.min(text.len()).max(start);
            text.as_bytes()[start..end]
                .iter()
                .filter(|&&b| starts_char(b))
                .count()
        } else {
            self.char_index(text, offset) - self.char_index(text, start)
        };
        column + 1
    }

    /// Characters of `text` between bytes `from` and `to` (`from <= to`),
    /// each clamped to the text, counted as `column_on` counts them.
    fn chars_between(&self, text: &str, from: usize, to: usize) -> usize {
        let (from, to) = (from.min(text.len()), to.min(text.len()));
        if self.ascii || self.ascii_between(from, to) {
            to - from
        } else if to - from <= CHAR_STEP {
            text.as_bytes()[from..to]
                .iter()
                .filter(|&&b| starts_char(b))
                .count()
        } else {
            self.char_index(text, to) - self.char_index(text, from)
        }
    }

    /// `locate`, counted from `near`, a span of the same text located
    /// before: the report locates spans in runs that lie close together (a
    /// paragraph's sentences, a claim's figures on the claim's line), and a
    /// span on `near`'s line, or a line or two after it, needs no search of
    /// the line starts, and on the same line its column is `near`'s plus the
    /// characters between.
    pub fn locate_near(&self, text: &str, near: &Located, span: Span) -> Located {
        /// Lines walked forward before a search is cheaper.
        const WALK: usize = 4;
        let (from, to) = (near.start, span.start);
        let mut line = near.line - 1;
        let column = if to >= from {
            let mut walked = 0;
            while self.starts.get(line + 1).is_some_and(|&next| next <= to) {
                line += 1;
                walked += 1;
                if walked == WALK {
                    return self.locate(text, span);
                }
            }
            if walked == 0 {
                near.column + self.chars_between(text, from, to)
            } else {
                self.column_on(text, line, to)
            }
        } else if to >= self.starts[line] {
            near.column - self.chars_between(text, to, from)
        } else {
            return self.locate(text, span);
        };
        Located {
            start: span.start,
            end: span.end,
            line: line + 1,
            column,
        }
    }

    pub fn locate(&self, text: &str, span: Span) -> Located {
        let (line, column) = self.line_column(text, span.start);
        Located {
            start: span.start,
            end: span.end,
            line,
            column,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Columns count characters, also far into a line many checkpoints
    /// long, and with multi-byte characters across checkpoint bounds.
    #[test]
    fn columns_on_a_long_line_count_characters() {
        // Non-ASCII text is counted; ASCII text takes the byte distance.
        for text in [
            "é€😀 word ".repeat(2_000) + "\nnext é line",
            "plain word ".repeat(2_000) + "\nnext line",
            // ASCII stretches in a text that is not all ASCII.
            "plain word ".repeat(300) + "“quoted” " + &"more words ".repeat(300) + "\nnext é line",
        ] {
            check_columns(&text);
        }
    }

    fn check_columns(text: &str) {
        let text = text.to_string();
        let index = LineIndex::new(&text);
        for offset in (0..text.len())
            .filter(|&o| text.is_char_boundary(o))
            .step_by(37)
        {
            let (line, column) = index.line_column(&text, offset);
            let start = if line == 1 {
                0
            } else {
                text.find('\n').unwrap() + 1
            };
            assert_eq!(
                column,
                text[start..offset].chars().count() + 1,
                "at {offset}"
            );
            assert_eq!(
                index.char_index(&text, offset),
                text[..offset].chars().count()
            );
        }
    }

    #[test]
    fn line_breaks_of_every_kind() {
        let text = "ab\ncd\r\nef\rgh";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 4);
        assert_eq!(index.line_column(text, 0), (1, 1));
        assert_eq!(index.line_column(text, 4), (2, 2));
        assert_eq!(index.line_column(text, 7), (3, 1));
        assert_eq!(index.line_column(text, 10), (4, 1));
        assert_eq!(index.line_range(text, 1), Span::new(3, 5));
    }

    /// `locate_near` from any located span gives what `locate` gives, over
    /// every kind of line break, multi-byte characters, lines many
    /// checkpoints long and seeded random texts and spans.
    #[test]
    fn locating_near_a_span_is_locating_it() {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            crate::xorshift(&mut seed);
            (seed % n as u64) as usize
        };
        let pieces = [
            "a",
            "word ",
            "\n",
            "\r\n",
            "\r",
            "\n\n",
            "é",
            "€",
            "😀",
            "“q”",
            " ",
            "\r\r\n",
            "plain words here ",
        ];
        let mut texts = vec![
            String::new(),
            "ab\ncd\r\nef\rgh".to_string(),
            "é€😀 word ".repeat(200) + "\nnext é line\r\rlast",
            "plain word ".repeat(300) + "“quoted” " + &"more words ".repeat(30) + "\nnext é line",
            "short line\n".repeat(100),
            "x\r".repeat(50) + &"é\r\n".repeat(50),
        ];
        for _ in 0..60 {
            let len = next(400);
            texts.push((0..len).map(|_| pieces[next(pieces.len())]).collect());
        }
        for text in &texts {
            let index = LineIndex::new(text);
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&o| text.is_char_boundary(o))
                .collect();
            let mut near = index.locate(text, Span::new(0, 0));
            for _ in 0..400 {
                // Mostly close by, sometimes anywhere, both ways.
                let at = match next(3) {
                    0 => bounds[next(bounds.len())],
                    _ => {
                        let i = bounds.partition_point(|&b| b < near.start);
                        bounds[(i + next(40)).saturating_sub(20).min(bounds.len() - 1)]
                    }
                };
                let span = Span::new(at, at);
                let expected = index.locate(text, span);
                assert_eq!(
                    index.locate_near(text, &near, span),
                    expected,
                    "{text:?} from {near:?}"
                );
                near = expected;
            }
        }
    }

    #[test]
    fn columns_count_characters() {
        let text = "é€x";
        let index = LineIndex::new(text);
        assert_eq!(index.line_column(text, 5), (1, 3));
    }
}
