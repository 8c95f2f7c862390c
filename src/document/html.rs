//! HTML reader: text content only. Tags, comments, doctype, `<script>`,
//! `<style>`, `<head>` (but for `<title>`), `<pre>` and `<code>` are blanked;
//! entities are decoded in place and padded with `FILLER`, so offsets stay file offsets.
//! Unclosed tags and comments never make it loop or panic: an unterminated
//! construct is blanked to the end of the file.

use super::markdown::{blank_all, blank_urls};
use super::prose::Prose;

/// Elements whose start or end tag ends a block of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "br",
    "tr",
    "td",
    "th",
    "table",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "title",
    "figcaption",
    "figure",
    "hr",
    "dd",
    "dt",
    "dl",
    "main",
    "nav",
    "aside",
    "body",
    "html",
    "caption",
    "address",
    "details",
    "summary",
];

/// Elements whose whole content is not prose.
const SKIP_CONTENT: &[&str] = &[
    "script", "style", "noscript", "template", "pre", "code", "svg", "math", "head", "iframe",
    "object",
];

pub(super) fn prose(text: &str) -> Prose {
    let bytes = text.as_bytes();
    let mut out = blank_all(text);
    let mut breaks = Vec::new();
    let mut metadata_date = None;
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        restore_text(text, &mut out, text_start, i);
        if bytes[i..].starts_with(b"<!--") {
            i = find(bytes, i + 4, b"-->").map_or(bytes.len(), |e| e + 3);
        } else if bytes[i..].starts_with(b"<!") || bytes[i..].starts_with(b"<?") {
            i = find(bytes, i + 2, b">").map_or(bytes.len(), |e| e + 1);
        } else if bytes
            .get(i + 1)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/')
        {
            let tag_end = find(bytes, i + 1, b">").map_or(bytes.len(), |e| e + 1);
            let tag = &text[i..tag_end];
            let (name, closing) = tag_name(tag);
            if BLOCK_TAGS.contains(&name.as_str()) {
                breaks.push(i);
                breaks.push(tag_end);
            }
            if !closing && (name == "meta" || name == "time") && metadata_date.is_none() {
                metadata_date = date_attribute(tag);
            }
            i = tag_end;
            if !closing && SKIP_CONTENT.contains(&name.as_str()) && !tag.ends_with("/>") {
                i = skip_element(text, i, &name, &mut breaks, &mut out, &mut metadata_date);
            }
        } else {
            // A lone '<' in text ("a < b"): it is text.
            i += 1;
            text_start = i - 1;
            continue;
        }
        text_start = i;
    }
    restore_text(text, &mut out, text_start, bytes.len());
    blank_urls(&mut out);
    Prose {
        text: String::from_utf8(out).unwrap_or_else(|_| " ".repeat(text.len())),
        breaks,
        metadata_date,
    }
}

/// Skips to the end of `</name>`; inside `<head>`, a `<title>` is still prose.
fn skip_element(
    text: &str,
    from: usize,
    name: &str,
    breaks: &mut Vec<usize>,
    out: &mut [u8],
    metadata_date: &mut Option<String>,
) -> usize {
    let bytes = text.as_bytes();
    let close = format!("</{name}");
    let end = find_ci(bytes, from, close.as_bytes()).unwrap_or(bytes.len());
    if name == "head" {
        let head = &text[from..end];
        let mut j = 0;
        while let Some(pos) = head[j..].find('<') {
            let at = from + j + pos;
            let tag_end = find(bytes, at, b">").map_or(end, |e| (e + 1).min(end));
            let (tag, closing) = tag_name(&text[at..tag_end]);
            if !closing && tag == "meta" && metadata_date.is_none() {
                *metadata_date = date_attribute(&text[at..tag_end]);
            }
            if !closing && tag == "title" {
                let title_end = find_ci(bytes, tag_end, b"</title").unwrap_or(end).min(end);
                restore_text(text, out, tag_end, title_end);
                breaks.push(tag_end);
                breaks.push(title_end);
            }
            j = tag_end - from;
            if tag_end >= end {
                break;
            }
        }
    }
    find(bytes, end, b">").map_or(bytes.len(), |e| e + 1)
}

/// Copies text content back into the prose view, decoding entities in place.
fn restore_text(text: &str, out: &mut [u8], start: usize, end: usize) {
    if start >= end {
        return;
    }
    let bytes = text.as_bytes();
    let mut i = start;
    while i < end {
        if bytes[i] == b'&' {
            if let Some((decoded, len)) = entity(&text[i..end]) {
                let mut buf = [0u8; 4];
                let encoded = decoded.encode_utf8(&mut buf);
                if encoded.len() <= len {
                    out[i..i + encoded.len()].copy_from_slice(encoded.as_bytes());
                    out[i + encoded.len()..i + len].fill(crate::text::FILLER as u8);
                    i += len;
                    continue;
                }
            }
        }
        out[i] = bytes[i];
        i += 1;
    }
}

/// Decodes an entity at the start of `s`: the character and the entity's length.
fn entity(s: &str) -> Option<(char, usize)> {
    // Entities are short ASCII: look for the ';' among the first bytes only.
    let semi = s.bytes().take(12).position(|b| b == b';')?;
    let body = &s[1..semi];
    let ch = if let Some(num) = body.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse().ok()?
        };
        char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace())?
    } else {
        match body {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "ndash" => '–',
            "mdash" => '—',
            "hellip" => '…',
            "lsquo" => '‘',
            "rsquo" => '’',
            "ldquo" => '“',
            "rdquo" => '”',
            "laquo" => '«',
            "raquo" => '»',
            "euro" => '€',
            "pound" => '£',
            "eacute" => 'é',
            "egrave" => 'è',
            "aacute" => 'á',
            "iacute" => 'í',
            "oacute" => 'ó',
            "uacute" => 'ú',
            "ntilde" => 'ñ',
            "uuml" => 'ü',
            "ouml" => 'ö',
            "auml" => 'ä',
            "ccedil" => 'ç',
            "shy" => ' ',
            _ => return None,
        }
    };
    Some((if ch == '\u{a0}' { ' ' } else { ch }, semi + 1))
}

/// The lower-cased element name of a tag and whether it is a closing tag.
fn tag_name(tag: &str) -> (String, bool) {
    let inner = tag.trim_start_matches('<');
    let closing = inner.starts_with('/');
    let name: String = inner
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (name, closing)
}

/// A publication date in `<meta property="article:published_time" content=…>`,
/// `<meta name="date" content=…>` or `<time datetime=…>`.
fn date_attribute(tag: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let wanted = [
        "article:published_time",
        "\"date\"",
        "pubdate",
        "datepublished",
        "dc.date",
    ];
    let attribute = if lower.starts_with("<time") {
        "datetime="
    } else if wanted.iter().any(|w| lower.contains(w)) {
        "content="
    } else {
        return None;
    };
    let at = lower.find(attribute)? + attribute.len();
    let rest = &tag[at..];
    let quote = rest.chars().next()?;
    let value = if quote == '"' || quote == '\'' {
        rest[1..].split(quote).next()?
    } else {
        rest.split([' ', '>']).next()?
    };
    Some(value.to_string())
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= hay.len() {
        return None;
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= hay.len() {
        return None;
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_content_only() {
        let html = "<!DOCTYPE html><html><head><title>Big &amp; news</title><meta property=\"article:published_time\" content=\"2019-02-20T10:00:00Z\"><style>p{x:1}</style></head><body><p>About 300 fighters&nbsp;left.</p><script>var n = 42;</script><!-- 17 --><p>Unclosed <b>bold";
        let prose = prose(html);
        assert_eq!(prose.text.len(), html.len());
        assert!(prose.text.contains("Big &\u{7f}\u{7f}\u{7f}\u{7f} news"));
        assert!(prose.text.contains("About 300 fighters"));
        assert!(!prose.text.contains("42"));
        assert!(!prose.text.contains("17"));
        assert!(!prose.text.contains("p{x"));
        assert!(prose.text.contains("Unclosed"));
        assert_eq!(prose.metadata_date.as_deref(), Some("2019-02-20T10:00:00Z"));
    }

    #[test]
    fn unterminated_constructs_do_not_hang() {
        for html in [
            "<p>text <!-- never closed",
            "<p>text <a href='x",
            "a < b and c > d",
            "<script>x",
            "&#99999999;",
        ] {
            let prose = prose(html);
            assert_eq!(prose.text.len(), html.len());
        }
    }
}
