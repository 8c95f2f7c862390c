//! The one error type of the tool: a problem with an input (an article, a
//! rule file, an option), naming the file, the line and column where there is
//! one, and the reason.

use std::fmt;

/// A problem with an input: the file, where in it (if anywhere), and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    /// 1-based line and column, when the problem has a place.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl InputError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        InputError {
            path: path.into(),
            position: None,
            message: message.into(),
        }
    }

    pub fn at(
        path: impl Into<String>,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        InputError {
            path: path.into(),
            position: Some((line, column)),
            message: message.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => {
                write!(f, "{}:{}:{}: {}", self.path, line, column, self.message)
            }
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for InputError {}

impl InputError {
    /// An error at a byte offset of a text, located by line and column.
    pub fn at_offset(
        path: impl Into<String>,
        text: &str,
        offset: usize,
        message: impl Into<String>,
    ) -> Self {
        let offset = offset.min(text.len());
        let offset = (0..=offset)
            .rev()
            .find(|&o| text.is_char_boundary(o))
            .unwrap_or(0);
        let index = crate::text::LineIndex::new(text);
        let (line, column) = index.line_column(text, offset);
        InputError::at(path, line, column, message)
    }
}
