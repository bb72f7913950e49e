//! A small, strict JSON parser for untrusted feeds and configs.
//!
//! Why not serde_json: the reader only needs a tree of values to walk leniently, and this
//! parser is a fraction of serde_json's size in wasm (no visitor machinery, no float
//! parsing, objects as vectors instead of maps). It never panics: every failure is a
//! [`JsonError`] with a line and column, and nesting is bounded.

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Object),
}

/// A number as written. Integers are kept exactly; anything else keeps its text, since
/// the reader never needs the value of a fraction (no float parsing in the wasm).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Number {
    Unsigned(u64),
    Signed(i64),
    Other(String),
}

/// Members in document order. Lookups find the last member of a name, as browsers do.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Object(pub Vec<(String, Value)>);

impl Object {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(o) => o.get(key),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
    }
}

impl Number {
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Number::Unsigned(u) => Some(*u),
            _ => None,
        }
    }

    /// The integer, for integers written as such.
    pub fn integer_text(&self) -> Option<String> {
        match self {
            Number::Unsigned(u) => Some(u.to_string()),
            Number::Signed(i) => Some(i.to_string()),
            Number::Other(_) => None,
        }
    }

    /// A non-negative whole number, also when written `12.0` (exponents are not accepted).
    pub fn as_whole_u64(&self) -> Option<u64> {
        match self {
            Number::Unsigned(u) => Some(*u),
            Number::Signed(_) => None,
            Number::Other(text) => {
                let (int, frac) = text.split_once('.')?;
                if int.starts_with('-') || !frac.bytes().all(|b| b == b'0') {
                    return None;
                }
                int.parse().ok()
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The text ends in the middle of a value (a cut-off download).
    Eof,
    /// Anything else that is not JSON.
    Syntax,
    /// Deeper than [`MAX_DEPTH`].
    TooDeep,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub kind: ErrorKind,
    /// 1-based line and column (in characters) of the problem.
    pub line: usize,
    pub column: usize,
}

impl JsonError {
    /// "syntax error at line 3, column 6".
    pub fn message(&self) -> String {
        let what = match self.kind {
            ErrorKind::Eof => "the data ends too early (cut off?)",
            ErrorKind::Syntax => "syntax error",
            ErrorKind::TooDeep => "nested too deeply",
        };
        format!("{what} at line {}, column {}", self.line, self.column)
    }
}

/// Arrays and objects nested deeper than this are refused (no stack exhaustion).
pub const MAX_DEPTH: usize = 128;

/// Parses a whole document: one value, surrounded by optional white space.
/// `text` as a JSON string literal, quotes included. `<` is escaped too, so the result is
/// also safe inside an HTML `<script type="application/ld+json">`.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            c if u32::from(c) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let n = u32::from(c);
                out.push_str("\\u");
                for shift in [12, 8, 4, 0] {
                    out.push(char::from(HEX.get(((n >> shift) & 0xf) as usize).copied().unwrap_or(b'0')));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub fn parse(text: &str) -> Result<Value, JsonError> {
    let mut p = Parser { src: text, bytes: text.as_bytes(), pos: 0 };
    let value = p.value(0)?;
    p.skip_ws();
    if p.pos < p.bytes.len() {
        return Err(p.error(ErrorKind::Syntax));
    }
    Ok(value)
}

struct Parser<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, kind: ErrorKind) -> JsonError {
        let pos = self.pos.min(self.bytes.len());
        let mut line = 1;
        let mut column = 1;
        for c in self.src.get(..pos).unwrap_or(self.src).chars() {
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        JsonError { kind, line, column }
    }

    /// Eof when the text ran out, else a syntax error at the current byte.
    fn unexpected(&self) -> JsonError {
        self.error(if self.pos >= self.bytes.len() { ErrorKind::Eof } else { ErrorKind::Syntax })
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect_literal(&mut self, word: &[u8], value: Value) -> Result<Value, JsonError> {
        for &b in word {
            if self.peek() != Some(b) {
                return Err(self.unexpected());
            }
            self.pos += 1;
        }
        Ok(value)
    }

    fn value(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.skip_ws();
        match self.peek() {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b't') => self.expect_literal(b"true", Value::Bool(true)),
            Some(b'f') => self.expect_literal(b"false", Value::Bool(false)),
            Some(b'n') => self.expect_literal(b"null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.unexpected()),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error(ErrorKind::TooDeep));
        }
        self.pos += 1; // [
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.unexpected()),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error(ErrorKind::TooDeep));
        }
        self.pos += 1; // {
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(Object(members)));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.unexpected());
            }
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.unexpected());
            }
            self.pos += 1;
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(Object(members)));
                }
                _ => return Err(self.unexpected()),
            }
        }
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.pos += 1; // opening quote
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character at once.
            let start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // Boundaries are ASCII bytes, so the slice is whole characters.
            out.push_str(self.src.get(start..self.pos).unwrap_or(""));
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let c = self.unicode_escape()?;
                            out.push(c);
                            continue;
                        }
                        _ => return Err(self.unexpected()),
                    };
                    self.pos += 1;
                    out.push(c);
                }
                _ => return Err(self.unexpected()), // end of text or a raw control character
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                _ => return Err(self.unexpected()),
            };
            n = n * 16 + u32::from(digit);
            self.pos += 1;
        }
        Ok(n)
    }

    /// After `\u`: one code point, joining a surrogate pair; a lone surrogate becomes U+FFFD.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) && self.bytes.get(self.pos..self.pos + 2) == Some(b"\\u") {
            let save = self.pos;
            self.pos += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return Ok(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            self.pos = save; // not a pair: the second escape stands alone
        }
        Ok(char::from_u32(first).unwrap_or('\u{FFFD}'))
    }

    fn number(&mut self) -> Result<Value, JsonError> {
        let start = self.pos;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.unexpected()),
        }
        let mut integral = true;
        if self.peek() == Some(b'.') {
            integral = false;
            self.pos += 1;
            if !self.peek().is_some_and(|b| b.is_ascii_digit()) {
                return Err(self.unexpected());
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            integral = false;
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !self.peek().is_some_and(|b| b.is_ascii_digit()) {
                return Err(self.unexpected());
            }
            self.digits();
        }
        let text = self.src.get(start..self.pos).unwrap_or("");
        let number = match (integral, negative) {
            (true, false) => text.parse().map(Number::Unsigned).unwrap_or_else(|_| Number::Other(text.into())),
            (true, true) => text.parse().map(Number::Signed).unwrap_or_else(|_| Number::Other(text.into())),
            _ => Number::Other(text.into()),
        };
        Ok(Value::Number(number))
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Value {
        Value::String(text.into())
    }

    fn check(text: &str, expected: Value) {
        assert_eq!(parse(text), Ok(expected), "parse({text:?})");
    }

    #[test]
    fn quoting_round_trips() {
        for text in ["", "plain", "Đảng \"trích\" \\ dòng\nmới\t", "</script><!--", "\u{1}\u{1f}\u{2028}", "🙂"] {
            let quoted = quote(text);
            assert!(!quoted.contains('<'), "{quoted}");
            assert_eq!(parse(&quoted), Ok(s(text)), "quote({text:?}) = {quoted}");
        }
    }

    fn check_err(text: &str, kind: ErrorKind, line: usize, column: usize) {
        assert_eq!(parse(text), Err(JsonError { kind, line, column }), "parse({text:?})");
    }

    #[test]
    fn values() {
        use Number::*;
        check("null", Value::Null);
        check(" true ", Value::Bool(true));
        check("false", Value::Bool(false));
        check("0", Value::Number(Unsigned(0)));
        check("858", Value::Number(Unsigned(858)));
        check("-7", Value::Number(Signed(-7)));
        check("-0", Value::Number(Signed(0)));
        check("12.0", Value::Number(Other("12.0".into())));
        check("1e3", Value::Number(Other("1e3".into())));
        check("-1.5E-2", Value::Number(Other("-1.5E-2".into())));
        check("18446744073709551616", Value::Number(Other("18446744073709551616".into())));
        check(r#""Đảng - đoàn thể""#, s("Đảng - đoàn thể"));
        check(r#""a\"b\\c\/d\n\t\r\b\f""#, s("a\"b\\c/d\n\t\r\u{8}\u{c}"));
        check(r#""\u0110\u1ea3ng""#, s("Đảng"));
        check(r#""\ud83d\ude00""#, s("😀"));
        check(r#""\ud83d x""#, s("\u{FFFD} x"));
        check(r#""\udc00""#, s("\u{FFFD}"));
        check(r#""\ud83d\u0041""#, s("\u{FFFD}A"));
        check("[]", Value::Array(vec![]));
        check("[1, [2], {}]", Value::Array(vec![Value::Number(Unsigned(1)), Value::Array(vec![Value::Number(Unsigned(2))]), Value::Object(Object::default())]));
        check(r#"{"a": 1, "b": "x"}"#, Value::Object(Object(vec![("a".into(), Value::Number(Unsigned(1))), ("b".into(), s("x"))])));
    }

    #[test]
    fn errors_say_what_and_where() {
        use ErrorKind::*;
        check_err("", Eof, 1, 1);
        check_err("   ", Eof, 1, 4);
        check_err("{\n  \"items\": [\n    {,}\n  ]\n}", Syntax, 3, 6);
        check_err("<!doctype html>", Syntax, 1, 1);
        check_err(r#"{"a": "cắt"#, Eof, 1, 11);
        check_err(r#"{"a": 1,}"#, Syntax, 1, 9);
        check_err("[1 2]", Syntax, 1, 4);
        check_err("[1,]", Syntax, 1, 4);
        check_err("01", Syntax, 1, 2);
        check_err("1.", Eof, 1, 3);
        check_err("-", Eof, 1, 2);
        check_err("1e", Eof, 1, 3);
        check_err("tru", Eof, 1, 4);
        check_err("nul!", Syntax, 1, 4);
        check_err("\"a\nb\"", Syntax, 1, 3);
        check_err(r#""\x""#, Syntax, 1, 3);
        check_err(r#""\u12G4""#, Syntax, 1, 6);
        check_err("{} x", Syntax, 1, 4);
        check_err("{1: 2}", Syntax, 1, 2);
        check_err("{\"a\" 2}", Syntax, 1, 6);
        check_err("NaN", Syntax, 1, 1);
    }

    #[test]
    fn nesting_is_bounded() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(parse(&deep).map_err(|e| e.kind), Err(ErrorKind::TooDeep));
        // Far deeper than any stack would survive, answered at once.
        assert!(parse(&"{\"a\":".repeat(100_000)).is_err());
    }

    #[test]
    fn lookups_and_numbers() {
        let v = parse(r#"{"a": 1, "a": 2, "n": "x"}"#).unwrap_or(Value::Null);
        assert_eq!(v.get("a").and_then(Value::as_u64), Some(2), "last duplicate wins");
        assert_eq!(v.get("n").and_then(Value::as_str), Some("x"));
        assert_eq!(v.get("missing"), None);
        for (text, whole) in [("12", Some(12)), ("12.0", Some(12)), ("12.50", None), ("-3", None), ("-3.0", None), ("1e3", None)] {
            let Ok(Value::Number(n)) = parse(text) else { panic!("{text}") };
            assert_eq!(n.as_whole_u64(), whole, "{text}");
        }
    }

    #[test]
    fn agrees_with_serde_json_on_the_sample_feed() {
        // The same document read by both: same strings, same structure.
        let text = include_str!("../public/feed.json");
        let ours = parse(text).unwrap_or(Value::Null);
        let theirs: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
        fn same(a: &Value, b: &serde_json::Value) -> bool {
            match (a, b) {
                (Value::Null, serde_json::Value::Null) => true,
                (Value::Bool(x), serde_json::Value::Bool(y)) => x == y,
                (Value::Number(n), serde_json::Value::Number(m)) => n.integer_text() == m.as_u64().map(|u| u.to_string()),
                (Value::String(x), serde_json::Value::String(y)) => x == y,
                (Value::Array(x), serde_json::Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
                (Value::Object(x), serde_json::Value::Object(y)) => x.0.len() == y.len() && x.0.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w))),
                _ => false,
            }
        }
        assert!(same(&ours, &theirs));
    }
}
