//! Turning the bytes of a file into text, or into an error that names the file,
//! the line and the column of the problem.

pub use crate::error::InputError;
use crate::text::span::LineIndex;

/// Decodes a file's bytes as UTF-8 text (with or without a BOM).
///
/// Refused, with the place named: UTF-16 and UTF-32 (by their BOM), NUL bytes
/// (a binary file), invalid UTF-8, and a file with no text at all.
pub fn decode(path: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(InputError::new(
            path,
            "the file is UTF-16 (it starts with a UTF-16 byte-order mark); crosscheck reads UTF-8: convert it first, e.g. with `iconv -f UTF-16 -t UTF-8`",
        ));
    }
    // memchr reads a vector of bytes at a time: every file is asked, and
    // a byte at a time was a megabyte of instructions per megabyte read.
    if let Some(nul) = memchr::memchr(0, &bytes) {
        let (line, column) = byte_position(&bytes, nul);
        return Err(InputError::at(
            path,
            line,
            column,
            format!("this looks like a binary file, not an article: NUL byte at byte offset {nul}"),
        ));
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let offset = err.utf8_error().valid_up_to();
            let bytes = err.into_bytes();
            let (line, column) = byte_position(&bytes, offset);
            return Err(InputError::at(
                path,
                line,
                column,
                format!(
                    "invalid UTF-8 at byte offset {offset} (byte 0x{:02X}); crosscheck reads UTF-8 text",
                    bytes[offset]
                ),
            ));
        }
    };
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(InputError::new(
            path,
            "the file is empty: there is no text to check",
        ));
    }
    Ok(text)
}

/// Line and character column of a byte offset in bytes that are valid UTF-8 up to it.
fn byte_position(bytes: &[u8], offset: usize) -> (usize, usize) {
    let prefix = String::from_utf8_lossy(&bytes[..offset]);
    let index = LineIndex::new(&prefix);
    index.line_column(&prefix, prefix.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_place() {
        let err = decode("a.txt", b"ok\nab\xFFcd".to_vec()).unwrap_err();
        assert_eq!(err.position, Some((2, 3)));
        assert!(err
            .to_string()
            .starts_with("a.txt:2:3: invalid UTF-8 at byte offset 5"));
    }

    /// The first NUL is named, where it is.
    #[test]
    fn nul_bytes_are_found_where_they_are() {
        let long = [vec![b'x'; 100], vec![0, 0]].concat();
        for (bytes, offset, place) in [
            (b"\0".to_vec(), 0, (1, 1)),
            (b"ab\ncd\0e\0".to_vec(), 5, (2, 3)),
            (long, 100, (1, 101)),
        ] {
            let err = decode("a", bytes).unwrap_err();
            assert_eq!(err.position, Some(place));
            assert!(err
                .message
                .ends_with(&format!("NUL byte at byte offset {offset}")));
        }
    }

    #[test]
    fn refused_inputs() {
        assert!(decode("a", vec![]).unwrap_err().message.contains("empty"));
        assert!(decode("a", b" \n\t".to_vec())
            .unwrap_err()
            .message
            .contains("empty"));
        assert!(decode("a", vec![0xFF, 0xFE, b'a', 0])
            .unwrap_err()
            .message
            .contains("UTF-16"));
        assert!(decode("a", b"PK\x03\x04\x00\x00".to_vec())
            .unwrap_err()
            .message
            .contains("binary"));
        assert_eq!(
            decode("a", b"\xEF\xBB\xBFhi".to_vec()).unwrap(),
            "\u{feff}hi"
        );
    }
}
