//! The JSON report's writer: a `serde::Serializer` that writes exactly
//! serde_json's pretty layout (two spaces a level, `": "` after a key, empty
//! lists as `[]` and `{}`), for a value nested in a larger document (the
//! report writes each article's entry of its `files` array on its own, two
//! levels in). The schema is the serde derive types of `json`; this is only
//! how their text is put down (`json_out`).
//!
//! It is serde_json's layout written the report's way: a struct field's key,
//! which serde's derive gives as a constant, goes down with its line's break
//! and indentation in one write, where serde_json escapes every key a byte at
//! a time and makes a call of its formatter for each piece of the line.
//! What the report's types never serialize (byte strings, `f32`, enum
//! variants with data, maps keyed by anything but strings) is refused with
//! an error rather than written.

use std::fmt;

use serde::ser::{self, Impossible, Serialize};

use super::json_out::JsonOut;

/// A serializer of serde_json's pretty layout into a `JsonOut`.
pub struct JsonWriter {
    out: JsonOut,
    /// How many lists (arrays and objects) the value being written is in.
    depth: usize,
}

impl JsonWriter {
    /// A writer after the text of `out`, of a value whose first line is
    /// already indented to `depth` (its opening bracket or brace stands
    /// where the caller put it) and whose lines inside are indented from
    /// there.
    pub fn at_depth(out: JsonOut, depth: usize) -> JsonWriter {
        JsonWriter { out, depth }
    }

    /// Everything written.
    pub fn into_bytes(self) -> Vec<u8> {
        self.out.into_bytes()
    }
}

/// Why a value could not be written: a kind of value the report writer
/// does not write, or a type's own error. (Two words, so that a write's
/// `Result` comes back in registers, not through memory.)
#[derive(Debug)]
pub struct WriteError(Box<str>);

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for WriteError {}

impl ser::Error for WriteError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        WriteError(message.to_string().into())
    }
}

fn unsupported(what: &str) -> WriteError {
    WriteError(format!("{what} is unsupported by the report writer").into())
}

impl<'a> ser::Serializer for &'a mut JsonWriter {
    type Ok = ();
    type Error = WriteError;
    type SerializeSeq = List<'a>;
    type SerializeTuple = List<'a>;
    type SerializeTupleStruct = List<'a>;
    type SerializeTupleVariant = Impossible<(), WriteError>;
    type SerializeMap = List<'a>;
    type SerializeStruct = List<'a>;
    type SerializeStructVariant = Impossible<(), WriteError>;

    #[inline]
    fn serialize_bool(self, v: bool) -> Result<(), WriteError> {
        self.out.bool(v);
        Ok(())
    }

    #[inline]
    fn serialize_i8(self, v: i8) -> Result<(), WriteError> {
        self.serialize_i64(i64::from(v))
    }

    #[inline]
    fn serialize_i16(self, v: i16) -> Result<(), WriteError> {
        self.serialize_i64(i64::from(v))
    }

    #[inline]
    fn serialize_i32(self, v: i32) -> Result<(), WriteError> {
        self.serialize_i64(i64::from(v))
    }

    #[inline]
    fn serialize_i64(self, v: i64) -> Result<(), WriteError> {
        self.out.i64(v);
        Ok(())
    }

    #[inline]
    fn serialize_u8(self, v: u8) -> Result<(), WriteError> {
        self.serialize_u64(u64::from(v))
    }

    #[inline]
    fn serialize_u16(self, v: u16) -> Result<(), WriteError> {
        self.serialize_u64(u64::from(v))
    }

    #[inline]
    fn serialize_u32(self, v: u32) -> Result<(), WriteError> {
        self.serialize_u64(u64::from(v))
    }

    #[inline]
    fn serialize_u64(self, v: u64) -> Result<(), WriteError> {
        self.out.u64(v);
        Ok(())
    }

    fn serialize_f32(self, _v: f32) -> Result<(), WriteError> {
        Err(unsupported("an f32"))
    }

    #[inline]
    fn serialize_f64(self, v: f64) -> Result<(), WriteError> {
        self.out.f64(v);
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), WriteError> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }

    #[inline]
    fn serialize_str(self, v: &str) -> Result<(), WriteError> {
        self.out.str(v);
        Ok(())
    }

    fn serialize_bytes(self, _v: &[u8]) -> Result<(), WriteError> {
        Err(unsupported("a byte string"))
    }

    #[inline]
    fn serialize_none(self) -> Result<(), WriteError> {
        self.out.null();
        Ok(())
    }

    #[inline]
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), WriteError> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), WriteError> {
        self.serialize_none()
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), WriteError> {
        self.serialize_none()
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), WriteError> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), WriteError> {
        Err(unsupported("an enum variant with data"))
    }

    #[inline]
    fn serialize_seq(self, _len: Option<usize>) -> Result<List<'a>, WriteError> {
        Ok(List::open(self, b'[', b']'))
    }

    fn serialize_tuple(self, _len: usize) -> Result<List<'a>, WriteError> {
        Ok(List::open(self, b'[', b']'))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<List<'a>, WriteError> {
        Ok(List::open(self, b'[', b']'))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, WriteError> {
        Err(unsupported("an enum variant with data"))
    }

    #[inline]
    fn serialize_map(self, _len: Option<usize>) -> Result<List<'a>, WriteError> {
        Ok(List::open(self, b'{', b'}'))
    }

    #[inline]
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<List<'a>, WriteError> {
        Ok(List::open(self, b'{', b'}'))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, WriteError> {
        Err(unsupported("an enum variant with data"))
    }
}

/// An array or object being written. Its opening bracket or brace is
/// written with its first element's line, as that line's lead in place of
/// the comma the others have; a list with no elements is `[]` or `{}`.
pub struct List<'a> {
    writer: &'a mut JsonWriter,
    /// The depth of its elements (the writer's while they are written),
    /// kept here too: where the list is inlined this is a register, and a
    /// test of it is made once for all its elements, not reloaded after
    /// every write.
    depth: usize,
    open: u8,
    close: u8,
    /// No element written yet.
    first: bool,
}

impl<'a> List<'a> {
    #[inline(always)]
    fn open(writer: &'a mut JsonWriter, open: u8, close: u8) -> List<'a> {
        writer.depth += 1;
        List {
            depth: writer.depth,
            writer,
            open,
            close,
            first: true,
        }
    }

    /// What leads the next element's line: the opening for the first, a
    /// comma after.
    #[inline(always)]
    fn lead(&mut self) -> u8 {
        let lead = if self.first { self.open } else { b',' };
        self.first = false;
        lead
    }

    #[inline(always)]
    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), WriteError> {
        let lead = self.lead();
        self.writer.out.line(lead, self.depth);
        value.serialize(&mut *self.writer)
    }

    #[inline(always)]
    fn close(self) -> Result<(), WriteError> {
        let writer = self.writer;
        writer.depth = self.depth - 1;
        if self.first {
            writer.out.bytes(&[self.open, self.close]);
        } else {
            writer.out.closing_line(self.depth - 1, self.close);
        }
        Ok(())
    }
}

impl ser::SerializeSeq for List<'_> {
    type Ok = ();
    type Error = WriteError;

    #[inline(always)]
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), WriteError> {
        self.element(value)
    }

    #[inline(always)]
    fn end(self) -> Result<(), WriteError> {
        self.close()
    }
}

impl ser::SerializeTuple for List<'_> {
    type Ok = ();
    type Error = WriteError;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), WriteError> {
        self.element(value)
    }

    fn end(self) -> Result<(), WriteError> {
        self.close()
    }
}

impl ser::SerializeTupleStruct for List<'_> {
    type Ok = ();
    type Error = WriteError;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), WriteError> {
        self.element(value)
    }

    fn end(self) -> Result<(), WriteError> {
        self.close()
    }
}

impl ser::SerializeStruct for List<'_> {
    type Ok = ();
    type Error = WriteError;

    /// The field's line, key and `": "` in one write, then its value.
    #[inline(always)]
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        let lead = self.lead();
        self.writer.out.field(lead, self.depth, key);
        value.serialize(&mut *self.writer)
    }

    #[inline(always)]
    fn end(self) -> Result<(), WriteError> {
        self.close()
    }
}

/// A map: the report's are the objects with a struct flattened into them
/// (`#[serde(flatten)]`), whose keys come through here as strings.
impl ser::SerializeMap for List<'_> {
    type Ok = ();
    type Error = WriteError;

    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), WriteError> {
        let lead = self.lead();
        self.writer.out.line(lead, self.depth);
        key.serialize(MapKey(&mut self.writer.out))
    }

    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), WriteError> {
        self.writer.out.bytes(b": ");
        value.serialize(&mut *self.writer)
    }

    fn end(self) -> Result<(), WriteError> {
        self.close()
    }
}

/// A map's key: a string, quoted and escaped; any other is refused.
struct MapKey<'a>(&'a mut JsonOut);

fn key_not_a_string() -> WriteError {
    unsupported("a map key that is not a string")
}

/// `fn $name(self, _: $t) -> Result<(), WriteError>` refusing a key of that kind.
macro_rules! refuse_key {
    ($($name:ident($t:ty)),* $(,)?) => {
        $(fn $name(self, _v: $t) -> Result<(), WriteError> {
            Err(key_not_a_string())
        })*
    };
}

impl ser::Serializer for MapKey<'_> {
    type Ok = ();
    type Error = WriteError;
    type SerializeSeq = Impossible<(), WriteError>;
    type SerializeTuple = Impossible<(), WriteError>;
    type SerializeTupleStruct = Impossible<(), WriteError>;
    type SerializeTupleVariant = Impossible<(), WriteError>;
    type SerializeMap = Impossible<(), WriteError>;
    type SerializeStruct = Impossible<(), WriteError>;
    type SerializeStructVariant = Impossible<(), WriteError>;

    fn serialize_str(self, v: &str) -> Result<(), WriteError> {
        self.0.str(v);
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), WriteError> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }

    refuse_key!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_bytes(&[u8]),
        serialize_unit_struct(&'static str),
    );

    fn serialize_none(self) -> Result<(), WriteError> {
        Err(key_not_a_string())
    }

    fn serialize_some<T: ?Sized + Serialize>(self, _value: &T) -> Result<(), WriteError> {
        Err(key_not_a_string())
    }

    fn serialize_unit(self) -> Result<(), WriteError> {
        Err(key_not_a_string())
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), WriteError> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), WriteError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), WriteError> {
        Err(key_not_a_string())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, WriteError> {
        Err(key_not_a_string())
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, WriteError> {
        Err(key_not_a_string())
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, WriteError> {
        Err(key_not_a_string())
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, WriteError> {
        Err(key_not_a_string())
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, WriteError> {
        Err(key_not_a_string())
    }

    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, WriteError> {
        Err(key_not_a_string())
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, WriteError> {
        Err(key_not_a_string())
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;
    use std::collections::BTreeMap;

    use super::*;
    use serde::Serialize;
    use serde_json::json;

    /// What the writer writes of `value` at `depth`.
    fn written<T: ?Sized + Serialize>(value: &T, depth: usize) -> Result<String, WriteError> {
        let mut writer = JsonWriter::at_depth(JsonOut::with_capacity(0), depth);
        value.serialize(&mut writer)?;
        Ok(String::from_utf8(writer.into_bytes()).unwrap())
    }

    /// serde_json's pretty text of `value`, every line break indented by
    /// `depth` more (a string's line breaks are escaped, so every one in
    /// the text is the layout's).
    fn pretty_at<T: ?Sized + Serialize>(value: &T, depth: usize) -> String {
        let pretty = serde_json::to_string_pretty(value).unwrap();
        pretty.replace('\n', &format!("\n{}", "  ".repeat(depth)))
    }

    fn assert_as_serde_json<T: ?Sized + Serialize>(value: &T) {
        for depth in [0, 1, 2, 5, 14, 15, 16, 17, 30] {
            let expected = pretty_at(value, depth);
            assert_eq!(written(value, depth).unwrap(), expected, "at {depth}");
        }
    }

    /// Values of every kind serde_json's `Value` has (maps keyed by
    /// strings), nested deeper than `json_out::MAX_DEPTH`, at depths
    /// within it and past it.
    #[test]
    fn values_are_written_in_serde_jsons_pretty_layout_at_any_depth() {
        let mut deep = json!({"leaf": [1, {"a": null}], "empty": [], "none": {}});
        for k in 0..20 {
            deep = json!({ "level": k, "inner": [deep, "a \"line\"\nbreak"], "k\u{1}\"ey": -k });
        }
        let values = [
            json!(null),
            json!(true),
            json!([]),
            json!({}),
            json!([1, 2.5, -3, "x", false, 1e300, u64::MAX, i64::MIN]),
            json!({"a": {"b": [[], {}, [[]]]}, "c": true}),
            deep,
        ];
        for value in &values {
            assert_as_serde_json(value);
        }
    }

    #[derive(Serialize, Clone, Copy)]
    struct Point {
        start: usize,
        line: usize,
    }

    #[derive(Serialize)]
    struct Labeled<'a> {
        #[serde(flatten)]
        point: Point,
        label: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        path: Option<&'a str>,
    }

    #[derive(Serialize)]
    struct Empty {}

    #[derive(Serialize)]
    struct Skipped {
        #[serde(skip_serializing_if = "Option::is_none")]
        only: Option<u8>,
    }

    #[derive(Serialize)]
    struct Newtype(u32);

    #[derive(Serialize)]
    enum Kind {
        Named,
    }

    /// Every shape of the report's types: structs with struct, list,
    /// optional, flattened and skipped fields, lists of strings, structs
    /// and lists, empty ones, borrowed and owned strings, every number kind
    /// the report writes, and the few others the writer writes.
    #[derive(Serialize)]
    struct Shapes<'a> {
        version: u32,
        count: usize,
        days: Option<i64>,
        none: Option<i64>,
        figure: f64,
        not_finite: f64,
        flag: bool,
        text: &'a str,
        cow: Cow<'a, str>,
        escaped: String,
        kind: &'static str,
        point: Point,
        some_point: Option<Point>,
        no_point: Option<Point>,
        strings: &'a [String],
        no_strings: &'a [String],
        labeled: Vec<Labeled<'a>>,
        nested: Vec<Vec<Point>>,
        empty: Empty,
        skipped: Skipped,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        skipped_list: Vec<u8>,
        newtype: Newtype,
        unit: (),
        tuple: (u8, &'a str),
        variant: Kind,
        letter: char,
        map: BTreeMap<&'a str, i8>,
    }

    #[test]
    fn the_reports_shapes_are_written_as_serde_json_writes_them() {
        let point = Point {
            start: 12_345,
            line: 7,
        };
        let strings = ["a".to_string(), "b \"c\"".to_string()];
        let shapes = Shapes {
            version: 1,
            count: usize::MAX,
            days: Some(-15),
            none: None,
            figure: 1.5,
            not_finite: f64::NAN,
            flag: false,
            text: "plain",
            cow: Cow::Owned("owned é".into()),
            escaped: "tab\t \\ \u{1f}\n".into(),
            kind: "named",
            point,
            some_point: Some(point),
            no_point: None,
            strings: &strings,
            no_strings: &[],
            labeled: vec![
                Labeled {
                    point,
                    label: "a \"label\"",
                    path: Some("other.txt"),
                },
                Labeled {
                    point,
                    label: "",
                    path: None,
                },
            ],
            nested: vec![vec![], vec![point, point]],
            empty: Empty {},
            skipped: Skipped { only: None },
            skipped_list: Vec::new(),
            newtype: Newtype(3),
            unit: (),
            tuple: (9, "x"),
            variant: Kind::Named,
            letter: '"',
            map: BTreeMap::from([("k", -1), ("\n", 2)]),
        };
        assert_as_serde_json(&shapes);
        assert_as_serde_json(&[&shapes, &shapes][..]);
        assert_as_serde_json(&Vec::<Shapes>::new());
    }

    /// What the report's types never write is refused, not written wrong.
    #[test]
    fn kinds_the_report_never_writes_are_refused() {
        #[derive(Serialize)]
        enum WithData {
            Newtype(u8),
            Tuple(u8, u8),
            Struct { a: u8 },
        }
        for value in [
            WithData::Newtype(1),
            WithData::Tuple(1, 2),
            WithData::Struct { a: 1 },
        ] {
            let error = written(&value, 0).unwrap_err();
            assert!(error
                .to_string()
                .contains("unsupported by the report writer"));
        }
        assert!(written(&1.5f32, 0).is_err());
        assert!(written(&BTreeMap::from([(1, 2)]), 0).is_err());
        struct Bytes;
        impl Serialize for Bytes {
            fn serialize<S: ser::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_bytes(b"ab")
            }
        }
        assert!(written(&Bytes, 0).is_err());
    }
}
