//! The prose view a reader makes of a file (markup blanked, every byte
//! where it was), and the trimming of spans in it.

use crate::text::Span;

/// What a reader makes of a file: the prose view, the block boundaries it
/// knows from the markup, and a date the file states about itself.
#[derive(Debug, Default)]
pub struct Prose {
    /// Same byte length as the original; non-prose blanked to spaces.
    pub text: String,
    /// Byte offsets where markup says a block (paragraph, heading, item) starts or ends.
    pub breaks: Vec<usize>,
    /// A publication date from front matter or HTML metadata, as written.
    pub metadata_date: Option<String>,
}

/// Trims white space from both ends of a span; `None` if nothing is left.
pub(crate) fn trim(text: &str, span: Span) -> Option<Span> {
    let slice = &text[span.start..span.end];
    let start = span.start + (slice.len() - slice.trim_start().len());
    let end = span.start + slice.trim_end().len();
    (start < end).then(|| Span::new(start, end))
}
