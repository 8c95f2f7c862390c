//! Markdown reader: only prose is checked. Code (fenced, indented, inline),
//! HTML blocks and comments, link destinations, images, bare URLs and front
//! matter are blanked; emphasis and other punctuation of the markup too.

use pulldown_cmark::{
    CodeBlockKind, Event, LinkType, MetadataBlockKind, Options, Parser, Tag, TagEnd,
};

use super::prose::Prose;

pub(super) fn prose(text: &str) -> Prose {
    let mut out = blank_all(text);
    let mut breaks = Vec::new();
    let mut metadata_date = None;
    // Depth counters for containers whose text is not prose.
    let mut in_code = 0usize;
    let mut in_image = 0usize;
    let mut in_autolink = 0usize;
    let mut in_metadata = false;
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_FOOTNOTES;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                match &tag {
                    Tag::CodeBlock(CodeBlockKind::Fenced(_) | CodeBlockKind::Indented) => {
                        in_code += 1
                    }
                    Tag::Image { .. } => in_image += 1,
                    Tag::Link {
                        link_type: LinkType::Autolink | LinkType::Email,
                        ..
                    } => in_autolink += 1,
                    Tag::MetadataBlock(
                        MetadataBlockKind::YamlStyle | MetadataBlockKind::PlusesStyle,
                    ) => in_metadata = true,
                    _ => {}
                }
                if is_block(&tag) {
                    breaks.push(range.start);
                    breaks.push(range.end);
                }
            }
            Event::End(end) => match end {
                TagEnd::CodeBlock => in_code = in_code.saturating_sub(1),
                TagEnd::Image => in_image = in_image.saturating_sub(1),
                TagEnd::Link if in_autolink > 0 => in_autolink -= 1,
                TagEnd::MetadataBlock(_) => in_metadata = false,
                _ => {}
            },
            Event::Text(content) => {
                if in_metadata {
                    metadata_date = metadata_date.or_else(|| front_matter_date(&content));
                } else if in_code == 0 && in_image == 0 && in_autolink == 0 {
                    restore(text, &mut out, range, &content);
                }
            }
            Event::SoftBreak | Event::HardBreak => {}
            _ => {}
        }
    }
    blank_urls(&mut out);
    Prose {
        text: String::from_utf8(out).unwrap_or_else(|_| " ".repeat(text.len())),
        breaks,
        metadata_date,
    }
}

fn is_block(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::HtmlBlock
            | Tag::List(_)
            | Tag::Item
            | Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::TableCell
            | Tag::FootnoteDefinition(_)
            | Tag::MetadataBlock(_)
    )
}

/// Every byte becomes a space except line breaks; multi-byte characters become
/// several spaces, so the result stays valid UTF-8 with the same length.
pub(super) fn blank_all(text: &str) -> Vec<u8> {
    text.bytes()
        .map(|b| if b == b'\n' || b == b'\r' { b } else { b' ' })
        .collect()
}

/// Puts a text event back into the prose view at its source range. When the
/// parser decoded something (an entity, an escape) the decoded text is written
/// in and padded with [`crate::text::FILLER`]; it is never longer than its source.
fn restore(text: &str, out: &mut [u8], range: std::ops::Range<usize>, content: &str) {
    let source = &text[range.clone()];
    if source == content {
        out[range].copy_from_slice(source.as_bytes());
    } else if content.len() <= source.len() && !content.contains(['\n', '\r']) {
        out[range.start..range.start + content.len()].copy_from_slice(content.as_bytes());
        out[range.start + content.len()..range.end].fill(crate::text::FILLER as u8);
    } else {
        out[range].copy_from_slice(source.as_bytes());
    }
}

/// Blanks bare URLs (`http://…`, `https://…`, `www.…`) that the text itself holds.
pub(super) fn blank_urls(out: &mut [u8]) {
    let mut i = 0;
    while i < out.len() {
        let rest = &out[i..];
        let is_url = rest.starts_with(b"http://")
            || rest.starts_with(b"https://")
            || rest.starts_with(b"www.");
        let at_word_start =
            i == 0 || out[i - 1].is_ascii_whitespace() || b"(<[\"'".contains(&out[i - 1]);
        if is_url && at_word_start {
            while i < out.len() && !out[i].is_ascii_whitespace() && !b")>]\"".contains(&out[i]) {
                out[i] = b' ';
                i += 1;
            }
            // A sentence-ending period that followed the URL stays.
        } else {
            i += 1;
        }
    }
}

/// `date: 2019-02-20` (or `published:`) in YAML or TOML front matter.
fn front_matter_date(block: &str) -> Option<String> {
    block.lines().find_map(|line| {
        let (key, value) = line.split_once([':', '='])?;
        let key = key.trim().to_ascii_lowercase();
        matches!(
            key.as_str(),
            "date" | "published" | "pubdate" | "publish_date" | "published_at"
        )
        .then(|| value.trim().trim_matches(['"', '\'']).to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_prose_survives() {
        let text = "---\ndate: 2019-02-20\n---\n# The *title*\n\nSee [the report](http://x.org/a.b) and `code 5`.\n\n```\nlet x = 300;\n```\n<!-- hidden 40 -->\nVisit https://example.com/1.2 now &amp; then.\n";
        let prose = prose(text);
        assert_eq!(prose.text.len(), text.len());
        assert_eq!(prose.metadata_date.as_deref(), Some("2019-02-20"));
        assert!(prose.text.contains("The  title"));
        assert!(prose.text.contains("See  the report"));
        assert!(!prose.text.contains("x.org"));
        assert!(!prose.text.contains("code 5"));
        assert!(!prose.text.contains("300"));
        assert!(!prose.text.contains("hidden"));
        assert!(!prose.text.contains("example.com"));
        assert!(prose.text.contains("now &"));
        assert!(!prose.text.contains("date:"));
    }
}
