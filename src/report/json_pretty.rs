//! serde_json's pretty layout (two spaces a level, `": "` after a key,
//! empty arrays and objects as `[]` and `{}`) for a value that stands nested
//! in a larger document: the JSON report writes each article's entry of its
//! `files` array on its own, two levels in, as a piece of the whole, and
//! `serde_json::ser::PrettyFormatter` always starts at the top level.
//!
//! The formatter is serde_json's own but for where it starts, and for writing
//! each line's break and indentation in one copy from a run of spaces (the
//! report is mostly short lines; serde_json writes the indentation a level
//! at a time).

use std::io;

use serde_json::ser::Formatter;

/// A comma, a line break and the indentation of the deepest line written in
/// one copy; a deeper one is indented a level at a time after it.
const LINE: &[u8; 2 + 2 * MAX_DEPTH] = &{
    let mut line = [b' '; 2 + 2 * MAX_DEPTH];
    line[0] = b',';
    line[1] = b'\n';
    line
};

/// The deepest line `LINE` indents whole (the report's deepest is 8).
const MAX_DEPTH: usize = 16;

/// serde_json's `PrettyFormatter` with two spaces a level, for a value whose
/// first line is already written at `depth` (its opening bracket or brace
/// stands where the caller put it) and whose lines inside are indented from
/// there.
#[derive(Debug, Clone)]
pub struct NestedPrettyFormatter {
    depth: usize,
    has_value: bool,
}

impl NestedPrettyFormatter {
    /// A formatter for a value nested `depth` levels in.
    pub fn at_depth(depth: usize) -> NestedPrettyFormatter {
        NestedPrettyFormatter {
            depth,
            has_value: false,
        }
    }

    /// A line break, after a comma when `comma`, and the indentation of the
    /// current depth.
    #[inline]
    fn new_line<W: ?Sized + io::Write>(&self, writer: &mut W, comma: bool) -> io::Result<()> {
        let from = usize::from(!comma);
        let whole = self.depth.min(MAX_DEPTH);
        writer.write_all(&LINE[from..2 + 2 * whole])?;
        for _ in whole..self.depth {
            writer.write_all(b"  ")?;
        }
        Ok(())
    }
}

impl Formatter for NestedPrettyFormatter {
    #[inline]
    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(b"[")
    }

    #[inline]
    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.new_line(writer, false)?;
        }
        writer.write_all(b"]")
    }

    #[inline]
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.new_line(writer, !first)
    }

    #[inline]
    fn end_array_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    #[inline]
    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(b"{")
    }

    #[inline]
    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.new_line(writer, false)?;
        }
        writer.write_all(b"}")
    }

    #[inline]
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.new_line(writer, !first)
    }

    #[inline]
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    #[inline]
    fn end_object_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use serde_json::json;

    fn nested<T: Serialize>(value: &T, depth: usize) -> String {
        let mut out = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(
            &mut out,
            NestedPrettyFormatter::at_depth(depth),
        );
        value.serialize(&mut ser).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// At depth 0 the layout is serde_json's pretty one; deeper, it is the
    /// same with every line break indented by the depth (a string's line
    /// breaks are escaped, so every one in the text is the layout's), past
    /// the depth `LINE` indents whole too.
    #[test]
    fn the_layout_is_serde_jsons_pretty_one_shifted_by_the_depth() {
        let mut deep = json!({"leaf": [1, {"a": null}], "empty": [], "none": {}});
        for k in 0..20 {
            deep = json!({ "level": k, "inner": [deep, "a \"line\"\nbreak"] });
        }
        let values = [
            json!(null),
            json!([]),
            json!({}),
            json!([1, 2.5, -3, "x"]),
            json!({"a": {"b": [[], {}, [[]]]}, "c": true}),
            deep,
        ];
        for value in &values {
            let pretty = serde_json::to_string_pretty(value).unwrap();
            for depth in [0, 1, 2, 5, 16, 17, 30] {
                let shifted = pretty.replace('\n', &format!("\n{}", "  ".repeat(depth)));
                assert_eq!(nested(value, depth), shifted, "{value} at {depth}");
            }
        }
    }
}
