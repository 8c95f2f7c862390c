//! The document model every later stage reads: the text as read, a prose view
//! of it, paragraphs and sentences with byte spans into the original file.
//!
//! Markup is never rewritten into a new string with its own offsets. Each
//! reader instead produces a *prose view*: a string of exactly the same byte
//! length as the file, in which everything that is not prose (tags, code, URLs,
//! comments, Markdown punctuation) is blanked to spaces and line breaks are
//! kept. Every offset found in the prose view is therefore an offset into the
//! file, and line:column come straight from the file's own line index.

pub mod dateline;
pub mod decode;
mod html;
mod markdown;
mod prose;
pub mod sentences;

use std::path::Path;

use crate::text::{LineIndex, Located, Span, FILLER};

pub use decode::{decode, InputError};
pub(crate) use prose::trim;
pub use prose::Prose;

/// The markup an article is written in, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Plain,
    Markdown,
    Html,
}

impl Format {
    /// The format of a path by its extension; `None` for files that are not articles.
    pub fn from_path(path: &Path) -> Option<Format> {
        // Compared without case, not lower-cased into a copy: every file of
        // a walk is asked, and every article again when it is read.
        let ext = extension(path)?;
        let is = |name: &str| ext.eq_ignore_ascii_case(name.as_bytes());
        if is("txt") {
            Some(Format::Plain)
        } else if is("md") || is("markdown") {
            Some(Format::Markdown)
        } else if is("html") || is("htm") {
            Some(Format::Html)
        } else {
            None
        }
    }
}

/// The bytes of `Path::extension`. A Unix path that ends in neither a
/// separator nor a dot (not in "." or "..") has its file name after its
/// last separator, and is cut there and at the name's last dot directly:
/// `Path::extension` takes the whole path apart into components first.
fn extension(path: &Path) -> Option<&[u8]> {
    let bytes = path.as_os_str().as_encoded_bytes();
    if cfg!(unix) && bytes.last().is_some_and(|&b| b != b'/' && b != b'.') {
        let name = match memchr::memrchr(b'/', bytes) {
            Some(slash) => &bytes[slash + 1..],
            None => bytes,
        };
        // A name that opens with its only dot (".profile") has none.
        return match memchr::memrchr(b'.', name) {
            Some(dot) if dot > 0 => Some(&name[dot + 1..]),
            _ => None,
        };
    }
    path.extension().map(|e| e.as_encoded_bytes())
}

/// A sentence: its span (trimmed of surrounding space) and its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

#[derive(Debug)]
pub struct Document {
    /// The path as given on the command line (or `-` for stdin).
    pub path: String,
    pub format: Format,
    /// The file text as read (a UTF-8 BOM, if any, is kept so offsets are file offsets).
    pub text: String,
    /// The prose view: same length as `text`, non-prose blanked.
    pub prose: String,
    pub lines: LineIndex,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    /// A date the document states about itself (metadata or dateline).
    pub stated_date: Option<chrono::NaiveDate>,
    /// The prose view is the text itself (plain text with nothing blanked,
    /// most articles): then no span's prose needs comparing with its text
    /// (`clean_text_cow`, asked for every claim and every figure's text).
    prose_is_text: bool,
}

impl Document {
    /// Builds the document model from decoded text.
    pub fn parse(path: impl Into<String>, format: Format, text: String) -> Document {
        let prose = match format {
            Format::Plain => plain(&text),
            Format::Markdown => markdown::prose(&text),
            Format::Html => html::prose(&text),
        };
        debug_assert_eq!(prose.text.len(), text.len());
        let paragraphs = paragraphs(&prose.text, &prose.breaks);
        // Room for a sentence every 64 bytes (news sentences average about
        // twice that), made at once, not grown a few times an article.
        let mut sentences = Vec::with_capacity(prose.text.len() / 64 + 1);
        // Lists reused from one paragraph to the next.
        let (mut pieces, mut spans) = (Vec::with_capacity(32), Vec::with_capacity(32));
        for (index, paragraph) in paragraphs.iter().enumerate() {
            spans.clear();
            sentences::split_into(&prose.text, *paragraph, &mut pieces, &mut spans);
            sentences.extend(spans.iter().map(|&span| Sentence {
                span,
                paragraph: index,
            }));
        }
        let stated_date = prose
            .metadata_date
            .as_deref()
            .and_then(dateline::parse_date_text)
            .or_else(|| dateline::find(&prose.text, &paragraphs));
        Document {
            path: path.into(),
            format,
            lines: LineIndex::new(&text),
            prose_is_text: prose.text == text,
            prose: prose.text,
            text,
            paragraphs,
            sentences,
            stated_date,
        }
    }

    /// The prose-view text of a span (markup blanked, never the raw markup).
    pub fn prose_of(&self, span: Span) -> &str {
        &self.prose[span.start..span.end]
    }

    /// The prose of a span with runs of white space collapsed to one space:
    /// what a claim's `text` shows.
    pub fn clean_text(&self, span: Span) -> String {
        self.clean_text_cow(span).into_owned()
    }

    /// `clean_text`, borrowed from the prose when there is nothing to
    /// collapse (most spans): for a caller that only writes it out.
    pub fn clean_text_cow(&self, span: Span) -> std::borrow::Cow<'_, str> {
        let prose = self.prose_of(span);
        if single_spaced(prose)
            && (self.prose_is_text || self.text.get(span.start..span.end) == Some(prose))
        {
            return std::borrow::Cow::Borrowed(prose);
        }
        let mut out = String::with_capacity(span.len());
        let mut gap_start: Option<usize> = None;
        let mut i = 0;
        while i < prose.len() {
            let rest = &prose[i..];
            let word_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
            if word_len == 0 {
                let c = rest.chars().next().map_or(1, char::len_utf8);
                gap_start.get_or_insert(i);
                i += c;
                continue;
            }
            let word = &rest[..word_len];
            if let Some(g) = gap_start.take() {
                // A gap that was markup in the file (a link's address, say)
                // before closing punctuation is not a space the writer typed.
                let was_markup = self
                    .text
                    .get(span.start + g..span.start + i)
                    .is_some_and(|t| !t.trim().is_empty());
                let closes = word.starts_with(['.', ',', ';', ':', '!', '?', ')', ']']);
                if !(out.is_empty() || was_markup && closes) {
                    out.push(' ');
                }
            }
            out.extend(word.chars().filter(|&c| c != FILLER));
            i += word_len;
        }
        std::borrow::Cow::Owned(out)
    }

    pub fn locate(&self, span: Span) -> Located {
        self.lines.locate(&self.text, span)
    }

    /// `locate`, counted from `near`, a span of this document located
    /// before (see `LineIndex::locate_near`).
    pub fn locate_near(&self, near: &Located, span: Span) -> Located {
        self.lines.locate_near(&self.text, near, span)
    }
}

/// Whether `prose` has nothing to collapse or drop: no control character or
/// filler, no white space but single ASCII spaces, none at either end (most
/// sentences, as written in the file).
fn single_spaced(prose: &str) -> bool {
    const UNPRINTABLE: u8 = 1;
    const NON_ASCII: u8 = 2;
    const DOUBLED: u8 = 4;
    let kind = |b: u8| ((b < 0x20) | (b == 0x7f)) as u8 | ((b >= 0x80) as u8) << 1;
    let bytes = prose.as_bytes();
    let next = bytes.get(1..).unwrap_or_default();
    // One fold with no early exit over each byte and the one before it,
    // which the compiler vectorises: every claim's text is asked, and a
    // search for two spaces and a pass by character for white space in text
    // with curly quotes cost several times this.
    let seen = bytes
        .iter()
        .zip(next)
        .fold(bytes.first().map_or(0, |&b| kind(b)), |seen, (&a, &b)| {
            seen | kind(b) | (((a == b' ') & (b == b' ')) as u8) << 2
        });
    if seen & (UNPRINTABLE | DOUBLED) != 0 || prose.starts_with(' ') || prose.ends_with(' ') {
        return false;
    }
    if seen & NON_ASCII == 0 {
        return true;
    }
    // Other white space than ASCII (U+0085, U+00A0, U+1680, U+2000..=U+200A,
    // U+2028, U+2029, U+202F, U+205F, U+3000) ends in one of these pairs of
    // bytes; curly quotes and dashes do not, and a pair that may be one is
    // asked about by character.
    let maybe_wide = bytes.iter().zip(next).fold(false, |wide, (&a, &b)| {
        wide | (a == 0xc2) & ((b == 0x85) | (b == 0xa0))
            | (a == 0x9a) & (b == 0x80)
            | (a == 0x80) & ((0x80..=0x8a).contains(&b) | (b == 0xa8) | (b == 0xa9) | (b == 0xaf))
            | (a == 0x81) & (b == 0x9f)
    });
    !(maybe_wide && prose.chars().any(|c| c != ' ' && c.is_whitespace()))
}

/// Plain text: everything is prose except a byte-order mark and control characters.
fn plain(text: &str) -> Prose {
    if !needs_blanking(text.as_bytes()) {
        return Prose {
            text: text.to_owned(),
            breaks: Vec::new(),
            metadata_date: None,
        };
    }
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if ch == '\u{feff}' || (ch.is_control() && !matches!(ch, '\n' | '\r' | '\t')) {
            for _ in 0..ch.len_utf8() {
                out.push(' ');
            }
        } else {
            out.push(ch);
        }
    }
    Prose {
        text: out,
        breaks: Vec::new(),
        metadata_date: None,
    }
}

/// Whether UTF-8 text holds a byte-order mark or a control character other
/// than a line break or a tab (C0, DEL or C1): what `plain` blanks. Read a
/// byte at a time, so that clean text (nearly all of it) is copied whole.
fn needs_blanking(bytes: &[u8]) -> bool {
    // First a pass that the compiler vectorises (comparisons folded with no
    // early exit, sixteen bytes at a time, where a table lookup took a byte
    // at a time): each byte and the one after it, for what starts what is
    // blanked, all but exactly. Nearly always it finds nothing.
    let next = bytes.get(1..).unwrap_or_default();
    let maybe = bytes.iter().zip(next).fold(false, |seen, (&a, &b)| {
        seen | (a < 0x20) & (a != b'\n') & (a != b'\r') & (a != b'\t')
            | (a == 0x7f)
            // C1 controls, U+0080 to U+009F (the byte after 0xC2 is a
            // continuation byte, 0x80 to 0xBF).
            | (a == 0xc2) & (b < 0xa0)
            // U+FEFF, and the few other characters that start so.
            | (a == 0xef) & (b == 0xbb)
    });
    // The last byte, which the pairs do not start: in UTF-8 it is a whole
    // character only when ASCII.
    let last = bytes
        .last()
        .is_some_and(|&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t') || b == 0x7f);
    if !(maybe || last) {
        return false;
    }
    bytes.iter().enumerate().any(|(k, &b)| match b {
        b'\n' | b'\r' | b'\t' => false,
        0..=0x1f | 0x7f => true,
        // C1 controls, U+0080 to U+009F.
        0xc2 => bytes.get(k + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
        // U+FEFF.
        0xef => bytes[k..].starts_with(&[0xef, 0xbb, 0xbf]),
        _ => false,
    })
}

/// Splits the prose view into paragraphs: runs of text separated by a blank
/// line or by a block break the markup reported. Spans are trimmed.
fn paragraphs(prose: &str, breaks: &[usize]) -> Vec<Span> {
    let bytes = prose.as_bytes();
    let mut cuts: Vec<usize> = breaks.to_vec();
    // Blank lines: a line break, optional horizontal space, another line break.
    // Line breaks are found with memchr: most bytes are none.
    let mut i = 0;
    while let Some(found) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
        i += found;
        let mut j = i + 1;
        if bytes[i] == b'\r' && bytes.get(j) == Some(&b'\n') {
            j += 1;
        }
        let mut k = j;
        while k < bytes.len() && matches!(bytes[k], b' ' | b'\t') {
            k += 1;
        }
        if k < bytes.len() && (bytes[k] == b'\n' || bytes[k] == b'\r') {
            cuts.push(i);
            cuts.push(k);
        }
        i = j;
    }
    cuts.push(0);
    cuts.push(bytes.len());
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    for pair in cuts.windows(2) {
        if let Some(span) = trim(prose, Span::new(pair[0], pair[1])) {
            out.push(span);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The extension read from the bytes is `Path::extension`'s, on the
    /// shapes of path it reads directly and on those it leaves to it.
    #[test]
    fn extensions_are_paths_own() {
        for p in [
            "a.txt",
            "dir/a.TXT",
            "/tmp/x/a.b.md",
            "a",
            "dir/a",
            ".profile",
            "dir/.txt",
            "dir/..txt",
            "a..txt",
            "a.",
            "dir/",
            "dir/.",
            "dir/..",
            ".",
            "..",
            "",
            "/",
            "dir.d/name",
            "dir/a.tar.gz",
            "./a.html",
            "a/./b.htm",
            "dir//a.md",
            "é/ü.txt",
        ] {
            let path = Path::new(p);
            assert_eq!(
                extension(path),
                path.extension().map(|e| e.as_encoded_bytes()),
                "{p:?}"
            );
        }
    }

    #[test]
    fn paragraphs_are_separated_by_blank_lines() {
        let doc = Document::parse(
            "t",
            Format::Plain,
            "Headline here\n\nFirst. Second.\r\n\r\nThird".into(),
        );
        assert_eq!(doc.paragraphs.len(), 3);
        let texts: Vec<&str> = doc.sentences.iter().map(|s| doc.prose_of(s.span)).collect();
        assert_eq!(texts, ["Headline here", "First.", "Second.", "Third"]);
    }

    #[test]
    fn bom_is_kept_in_offsets() {
        let doc = Document::parse("t", Format::Plain, "\u{feff}One sentence.".into());
        assert_eq!(doc.sentences[0].span.start, 3);
        assert_eq!(doc.prose_of(doc.sentences[0].span), "One sentence.");
    }

    #[test]
    fn control_characters_are_blanked_and_clean_text_is_copied_whole() {
        // C0, DEL, C1 and a byte-order mark become spaces of the same length;
        // line breaks and tabs stay.
        for (text, prose) in [
            ("a\u{0}b\tc\n", "a b\tc\n"),
            ("x\u{7f}y\u{85}z", "x y  z"),
            ("\u{feff}Hi \u{9f}", "   Hi   "),
            ("caf\u{e9} \u{2014} ok", "caf\u{e9} \u{2014} ok"),
        ] {
            assert_eq!(plain(text).text, prose, "{text:?}");
        }
        let doc = Document::parse(
            "t",
            Format::Plain,
            "One  two\u{a0}three.\n\nFour five.".into(),
        );
        let texts: Vec<String> = doc
            .sentences
            .iter()
            .map(|s| doc.clean_text(s.span))
            .collect();
        assert_eq!(texts, ["One two three.", "Four five."]);
        // Curly quotes and dashes with single spaces are copied whole; any
        // other white space among them is still collapsed.
        for (text, clean) in [
            ("“Yes,” he said — twice.", "“Yes,” he said — twice."),
            ("“Yes,”\u{a0}he said.", "“Yes,” he said."),
            ("Naïve  café\u{2009}owner’s.", "Naïve café owner’s."),
        ] {
            let doc = Document::parse("t", Format::Plain, text.into());
            assert_eq!(doc.clean_text(doc.sentences[0].span), clean, "{text:?}");
        }
        // Markup blanked inside a span is not copied whole: the space before
        // closing punctuation that was a link's address goes.
        let doc = Document::parse(
            "t",
            Format::Markdown,
            "See [the report](http://x.org).".into(),
        );
        assert_eq!(doc.clean_text(doc.sentences[0].span), "See the report.");
    }

    /// The vectorised screen for what `plain` blanks answers as asking
    /// character by character does: every control character, C1 control,
    /// byte-order mark and their neighbours (other characters that start
    /// with the same bytes), at the start, inside and at the end of a text,
    /// and on seeded random strings of them.
    #[test]
    fn needs_blanking_is_asked_as_by_character() {
        let by_character = |s: &str| {
            s.chars()
                .any(|c| c == '\u{feff}' || c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        };
        let chars: Vec<char> = (0..0xc0u32)
            .chain(0xfe00..0xff10)
            .chain([0x2014, 0x201c, 0x2028, 0x1_f600])
            .filter_map(char::from_u32)
            .collect();
        for &c in &chars {
            for text in [
                format!("{c}"),
                format!("{c}ab"),
                format!("ab{c}"),
                format!("a{c}b"),
                format!("caf\u{e9}{c}\u{a0}x"),
                format!("{}{c}", "x".repeat(40)),
            ] {
                assert_eq!(
                    needs_blanking(text.as_bytes()),
                    by_character(&text),
                    "{text:?}"
                );
            }
        }
        assert!(!needs_blanking(b""));
        let pieces = [
            "a", " ", "\n", "\r", "\t", "\u{0}", "\u{1f}", "\u{7f}", "\u{80}", "\u{9f}", "\u{a0}",
            "\u{bf}", "\u{feff}", "\u{fefe}", "\u{ff00}", "\u{ef}", "\u{c2}", "“", "—", "😀",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(state % 24) {
                crate::xorshift(&mut state);
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
                // Mostly clean text, so that a piece to blank is often alone.
                if state % 3 != 0 {
                    text.push_str("plain words ");
                }
            }
            crate::xorshift(&mut state);
            assert_eq!(
                needs_blanking(text.as_bytes()),
                by_character(&text),
                "{text:?}"
            );
        }
    }

    /// The vectorised test for text with nothing to collapse answers as
    /// asking character by character does, on every kind of white space
    /// among curly quotes, dashes and accented letters.
    #[test]
    fn single_spaced_is_asked_as_by_character() {
        let by_character = |s: &str| {
            s.chars()
                .all(|c| c == ' ' || !c.is_whitespace() && c >= ' ' && c != FILLER)
                && !s.contains("  ")
                && !s.starts_with(' ')
                && !s.ends_with(' ')
        };
        let spaces = (0..=0x3000u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace() || c.is_control());
        let others = [
            'a', ' ', '“', '”', '’', '—', '…', 'é', 'ï', 'à', '€', '†', '\u{7f}',
        ];
        for c in spaces.chain(others) {
            for text in [
                format!("{c}"),
                format!("a{c}b"),
                format!("“Yes,”{c}he said."),
                format!("{c} x"),
                format!("x {c}"),
                format!("café{c}{c}é"),
            ] {
                assert_eq!(single_spaced(&text), by_character(&text), "{text:?}");
            }
        }
        assert!(single_spaced(""));
    }
}
