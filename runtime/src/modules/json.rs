//! `_json`: the encoder and the scanner behind `stdlib/json.py`, with
//! CPython's output byte for byte (separators, indentation, escapes, float
//! reprs, key conversion) and its decoder's error messages and positions
//! (positions count code points, as CPython's do).

use super::add_fn;
use crate::builtins::args::exact;
use crate::error::{exc, type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::dict::new_dict;
use crate::objects::func::Args;
use crate::objects::list::new_list;
use crate::objects::str::new_string;
use crate::objects::tuple::new_tuple;
use crate::ops::{self, type_name};
use crate::types::ExcType;
use crate::value::Value;
use std::fmt::Write;

/// Nesting deeper than this is a RecursionError, as CPython's recursion
/// limit makes it (and the native stack stays bounded).
const MAX_DEPTH: usize = 990;

// ---------------------------------------------------------------- encoding

struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    check_circular: bool,
    default: Value,
    /// Containers being encoded (for "Circular reference detected").
    active: Vec<u64>,
}

/// Appends `s` as a JSON string literal.
pub fn quote(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if ensure_ascii && (c as u32) > 0x7e => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{:04x}", u);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Encoder {
    fn float(&self, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(crate::text::float_repr(x));
        }
        if !self.allow_nan {
            return Err(value_error("Out of range float values are not JSON compliant"));
        }
        Ok(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    /// The number a value of an int or float subclass wraps.
    fn number(v: &Value) -> Option<Value> {
        if v.is_int() || v.is_float() {
            return Some(v.clone());
        }
        ops::native_of(v).filter(|n| n.is_int() || n.is_float())
    }

    fn enter(&mut self, v: &Value) -> PyResult<()> {
        if self.active.len() >= MAX_DEPTH {
            return Err(exc(ExcType::RecursionError, "maximum recursion depth exceeded while encoding a JSON object"));
        }
        if self.check_circular {
            let id = v.bits();
            if self.active.contains(&id) {
                return Err(value_error("Circular reference detected"));
            }
        }
        self.active.push(v.bits());
        Ok(())
    }

    fn newline(&self, out: &mut String, level: usize) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    }

    fn encode(&mut self, vm: &mut Vm, v: &Value, out: &mut String, level: usize) -> PyResult<()> {
        if v.is_none() {
            out.push_str("null");
        } else if v.is_bool() {
            out.push_str(if v.as_bool() { "true" } else { "false" });
        } else if let Some(s) = v.as_str() {
            quote(out, s, self.ensure_ascii);
        } else if let Some(n) = Self::number(v) {
            if n.is_float() {
                out.push_str(&self.float(n.as_float())?);
            } else {
                out.push_str(&ops::repr::int_to_string(&n)?);
            }
        } else if let Some(s) = ops::native_of(v).filter(|n| n.is_str()) {
            quote(out, s.as_str().unwrap_or(""), self.ensure_ascii);
        } else if let Some(items) = v
            .as_seq_slice()
            .filter(|_| v.as_list().is_some() || v.as_tuple().is_some())
            .map(|s| s.to_vec())
            .or_else(|| ops::native_of(v).filter(|n| n.as_list().is_some() || n.as_tuple().is_some()).and_then(|n| n.as_seq_slice().map(|s| s.to_vec())))
        {
            self.array(vm, v, &items, out, level)?;
        } else if let Some(d) = v.as_dict().map(|_| v.clone()).or_else(|| ops::native_of(v).filter(|n| n.as_dict().is_some())) {
            self.object(vm, v, &d, out, level)?;
        } else {
            self.enter(v)?;
            let replacement = vm.call(&self.default, std::slice::from_ref(v))?;
            self.encode(vm, &replacement, out, level)?;
            self.active.pop();
        }
        Ok(())
    }

    fn array(&mut self, vm: &mut Vm, v: &Value, items: &[Value], out: &mut String, level: usize) -> PyResult<()> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        self.enter(v)?;
        out.push('[');
        self.newline(out, level + 1);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&self.item_sep);
                self.newline(out, level + 1);
            }
            self.encode(vm, item, out, level + 1)?;
        }
        self.newline(out, level);
        out.push(']');
        self.active.pop();
        Ok(())
    }

    /// A dict key as JSON text (None when skipped).
    fn key(&self, k: &Value) -> PyResult<Option<String>> {
        if let Some(s) = k.as_str() {
            return Ok(Some(s.to_string()));
        }
        if let Some(s) = ops::native_of(k).filter(|n| n.is_str()) {
            return Ok(Some(s.as_str().unwrap_or("").to_string()));
        }
        if k.is_bool() {
            return Ok(Some(if k.as_bool() { "true" } else { "false" }.to_string()));
        }
        if k.is_none() {
            return Ok(Some("null".to_string()));
        }
        if let Some(n) = Self::number(k) {
            return Ok(Some(if n.is_float() { self.float(n.as_float())? } else { ops::repr::int_to_string(&n)? }));
        }
        if self.skipkeys {
            return Ok(None);
        }
        Err(type_error(format!("keys must be str, int, float, bool or None, not {}", type_name(k))))
    }

    fn object(&mut self, vm: &mut Vm, v: &Value, d: &Value, out: &mut String, level: usize) -> PyResult<()> {
        let mut items = d.as_dict().map(|dd| dd.items()).unwrap_or_default();
        if items.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        self.enter(v)?;
        if self.sort_keys {
            let mut pairs: Vec<Value> = items.into_iter().map(|(k, v)| new_tuple(vec![k, v])).collect();
            crate::builtins::lists::sort_values(vm, &mut pairs, None, false)?;
            items = pairs.iter().filter_map(|p| p.as_tuple().map(|t| (t.items[0].clone(), t.items[1].clone()))).collect();
        }
        out.push('{');
        self.newline(out, level + 1);
        let mut first = true;
        for (k, val) in items {
            let Some(key) = self.key(&k)? else { continue };
            if !first {
                out.push_str(&self.item_sep);
                self.newline(out, level + 1);
            }
            first = false;
            quote(out, &key, self.ensure_ascii);
            out.push_str(&self.key_sep);
            self.encode(vm, &val, out, level + 1)?;
        }
        self.newline(out, level);
        out.push('}');
        self.active.pop();
        Ok(())
    }
}

/// `encode(obj, indent, item_sep, key_sep, sort_keys, skipkeys, ensure_ascii,
/// allow_nan, check_circular, default)`; `indent` is the indent string or None.
fn encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "encode", 10)?;
    let s = |v: &Value| v.as_str().map(|s| s.to_string()).ok_or_else(|| type_error(format!("separator must be str, not {}", type_name(v))));
    let mut enc = Encoder {
        indent: if a[1].is_none() { None } else { Some(s(&a[1])?) },
        item_sep: s(&a[2])?,
        key_sep: s(&a[3])?,
        sort_keys: ops::truthy(vm, &a[4])?,
        skipkeys: ops::truthy(vm, &a[5])?,
        ensure_ascii: ops::truthy(vm, &a[6])?,
        allow_nan: ops::truthy(vm, &a[7])?,
        check_circular: ops::truthy(vm, &a[8])?,
        default: a[9].clone(),
        active: Vec::new(),
    };
    let mut out = String::new();
    enc.encode(vm, &a[0], &mut out, 0)?;
    Ok(new_string(out))
}

/// `encode_basestring(s, ensure_ascii)`: one string literal.
fn encode_string(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "encode_basestring", 2)?;
    let s = a[0].as_str().ok_or_else(|| type_error(format!("first argument must be a string, not {}", type_name(&a[0]))))?;
    let mut out = String::new();
    quote(&mut out, s, ops::truthy(vm, &a[1])?);
    Ok(new_string(out))
}

// ---------------------------------------------------------------- decoding

/// A decoding failure: CPython's message and the code-point position.
struct Fail(&'static str, usize);

enum Error {
    Json(Fail),
    Py(crate::error::PyErr),
}

impl From<crate::error::PyErr> for Error {
    fn from(e: crate::error::PyErr) -> Self {
        Error::Py(e)
    }
}

struct Scanner<'a> {
    s: &'a [char],
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    depth: usize,
}

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

impl Scanner<'_> {
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.s.len() && is_ws(self.s[i]) {
            i += 1;
        }
        i
    }

    fn starts_with(&self, i: usize, word: &str) -> bool {
        word.chars().enumerate().all(|(k, c)| self.s.get(i + k) == Some(&c))
    }

    fn constant(&self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        if self.parse_constant.is_none() {
            return Ok(Value::float(match name {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                _ => f64::NEG_INFINITY,
            }));
        }
        vm.call(&self.parse_constant, &[crate::objects::str::new_str(name)])
    }

    /// The value starting at `i` and the index after it. "Expecting value"
    /// when nothing valid starts there.
    fn value(&mut self, vm: &mut Vm, i: usize) -> Result<(Value, usize), Error> {
        let Some(&c) = self.s.get(i) else {
            return Err(Error::Json(Fail("Expecting value", i)));
        };
        match c {
            '"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((new_string(s), end))
            }
            '{' => self.nested(vm, i, true),
            '[' => self.nested(vm, i, false),
            'n' if self.starts_with(i, "null") => Ok((Value::NONE, i + 4)),
            't' if self.starts_with(i, "true") => Ok((Value::TRUE, i + 4)),
            'f' if self.starts_with(i, "false") => Ok((Value::FALSE, i + 5)),
            'N' if self.starts_with(i, "NaN") => Ok((self.constant(vm, "NaN")?, i + 3)),
            'I' if self.starts_with(i, "Infinity") => Ok((self.constant(vm, "Infinity")?, i + 8)),
            '-' if self.starts_with(i, "-Infinity") => Ok((self.constant(vm, "-Infinity")?, i + 9)),
            _ => self.number(vm, i),
        }
    }

    fn nested(&mut self, vm: &mut Vm, i: usize, object: bool) -> Result<(Value, usize), Error> {
        if self.depth >= MAX_DEPTH {
            let what = if object { "object" } else { "array" };
            return Err(Error::Py(exc(ExcType::RecursionError, format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"))));
        }
        self.depth += 1;
        let r = if object { self.object(vm, i + 1) } else { self.array(vm, i + 1) };
        self.depth -= 1;
        r
    }

    fn digits(&self, mut i: usize) -> usize {
        while i < self.s.len() && self.s[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`
    fn number(&mut self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Error> {
        let mut i = start;
        if self.s.get(i) == Some(&'-') {
            i += 1;
        }
        match self.s.get(i) {
            Some('0') => i += 1,
            Some('1'..='9') => i = self.digits(i + 1),
            _ => return Err(Error::Json(Fail("Expecting value", start))),
        }
        let mut is_float = false;
        if self.s.get(i) == Some(&'.') && self.s.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            i = self.digits(i + 1);
            is_float = true;
        }
        if matches!(self.s.get(i), Some('e' | 'E')) {
            let mut j = i + 1;
            if matches!(self.s.get(j), Some('+' | '-')) {
                j += 1;
            }
            let k = self.digits(j);
            if k > j {
                i = k;
                is_float = true;
            }
        }
        let text: String = self.s[start..i].iter().collect();
        let hook = if is_float { &self.parse_float } else { &self.parse_int };
        if !hook.is_none() {
            return Ok((vm.call(hook, &[new_string(text)])?, i));
        }
        let v = if is_float {
            Value::float(text.parse::<f64>().unwrap_or(f64::NAN))
        } else {
            match text.parse::<i64>() {
                Ok(n) => Value::int(n),
                Err(_) => crate::objects::int::from_bigint(text.parse::<num_bigint::BigInt>().map_err(|_| value_error("invalid JSON number"))?),
            }
        };
        Ok((v, i))
    }

    /// The string whose opening quote is at `begin - 1`; returns its text and
    /// the index after the closing quote.
    fn string(&self, begin: usize) -> Result<(String, usize), Error> {
        let s = self.s;
        let mut out = String::new();
        let mut i = begin;
        loop {
            let Some(&c) = s.get(i) else {
                return Err(Error::Json(Fail("Unterminated string starting at", begin - 1)));
            };
            if c == '"' {
                return Ok((out, i + 1));
            }
            if c != '\\' {
                if self.strict && (c as u32) < 0x20 {
                    return Err(Error::Json(Fail("Invalid control character at", i)));
                }
                out.push(c);
                i += 1;
                continue;
            }
            // An escape: `i` is the backslash.
            let Some(&e) = s.get(i + 1) else {
                return Err(Error::Json(Fail("Unterminated string starting at", begin - 1)));
            };
            if e != 'u' {
                out.push(match e {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => return Err(Error::Json(Fail("Invalid \\escape", i))),
                });
                i += 2;
                continue;
            }
            // \uXXXX: CPython also wants something after the four digits.
            let hex = |at: usize| -> Option<u32> {
                if at + 4 >= s.len() {
                    return None;
                }
                let t: String = s[at..at + 4].iter().collect();
                if t.chars().all(|c| c.is_ascii_hexdigit()) {
                    u32::from_str_radix(&t, 16).ok()
                } else {
                    None
                }
            };
            let Some(mut cp) = hex(i + 2) else {
                return Err(Error::Json(Fail("Invalid \\uXXXX escape", i + 1)));
            };
            i += 6;
            if (0xd800..0xdc00).contains(&cp) && s.get(i) == Some(&'\\') && s.get(i + 1) == Some(&'u') && i + 6 < s.len() {
                let Some(lo) = hex(i + 2) else {
                    return Err(Error::Json(Fail("Invalid \\uXXXX escape", i + 1)));
                };
                if (0xdc00..0xe000).contains(&lo) {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                    i += 6;
                }
            }
            match char::from_u32(cp) {
                Some(ch) => out.push(ch),
                None => return Err(Error::Py(value_error("pylift strings cannot hold lone surrogate code points"))),
            }
        }
    }

    fn object(&mut self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Error> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(start);
        if self.s.get(i) == Some(&'}') {
            return Ok((self.finish_object(vm, pairs)?, i + 1));
        }
        loop {
            if self.s.get(i) != Some(&'"') {
                return Err(Error::Json(Fail("Expecting property name enclosed in double quotes", i)));
            }
            let (key, end) = self.string(i + 1)?;
            i = self.skip_ws(end);
            if self.s.get(i) != Some(&':') {
                return Err(Error::Json(Fail("Expecting ':' delimiter", i)));
            }
            i = self.skip_ws(i + 1);
            let (v, end) = self.value(vm, i)?;
            pairs.push((new_string(key), v));
            i = self.skip_ws(end);
            match self.s.get(i) {
                Some('}') => return Ok((self.finish_object(vm, pairs)?, i + 1)),
                Some(',') => i = self.skip_ws(i + 1),
                _ => return Err(Error::Json(Fail("Expecting ',' delimiter", i))),
            }
        }
    }

    fn finish_object(&self, vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        if !self.object_pairs_hook.is_none() {
            let list = new_list(pairs.into_iter().map(|(k, v)| new_tuple(vec![k, v])).collect());
            return vm.call(&self.object_pairs_hook, &[list]);
        }
        let d = new_dict();
        if let Some(dd) = d.as_dict() {
            for (k, v) in pairs {
                dd.set(vm, k, v)?;
            }
        }
        if !self.object_hook.is_none() {
            return vm.call(&self.object_hook, &[d]);
        }
        Ok(d)
    }

    fn array(&mut self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Error> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if self.s.get(i) == Some(&']') {
            return Ok((new_list(items), i + 1));
        }
        loop {
            let (v, end) = self.value(vm, i)?;
            items.push(v);
            i = self.skip_ws(end);
            match self.s.get(i) {
                Some(']') => return Ok((new_list(items), i + 1)),
                Some(',') => i = self.skip_ws(i + 1),
                _ => return Err(Error::Json(Fail("Expecting ',' delimiter", i))),
            }
        }
    }
}

/// `scan(doc, idx, whole, strict, object_hook, object_pairs_hook,
/// parse_float, parse_int, parse_constant)`: decodes the value at `idx` (the
/// whole document, whitespace around it allowed, when `whole`). Returns
/// `(True, value, end)` or, for malformed JSON, `(False, message, pos)` for
/// `json.py` to raise as JSONDecodeError.
fn scan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "scan", 9)?;
    let text = a[0].as_str().ok_or_else(|| type_error(format!("first argument must be a string, not {}", type_name(&a[0]))))?;
    let chars: Vec<char> = text.chars().collect();
    let idx = crate::builtins::args::int_arg(&a[1], "scan")?;
    let whole = ops::truthy(vm, &a[2])?;
    let mut sc = Scanner {
        s: &chars,
        strict: ops::truthy(vm, &a[3])?,
        object_hook: a[4].clone(),
        object_pairs_hook: a[5].clone(),
        parse_float: a[6].clone(),
        parse_int: a[7].clone(),
        parse_constant: a[8].clone(),
        depth: 0,
    };
    if idx < 0 {
        return Err(value_error("idx cannot be negative"));
    }
    let mut i = idx as usize;
    if whole {
        i = sc.skip_ws(i);
    }
    let result = sc.value(vm, i).and_then(|(v, end)| {
        if whole {
            let end = sc.skip_ws(end);
            if end != chars.len() {
                return Err(Error::Json(Fail("Extra data", end)));
            }
            return Ok((v, end));
        }
        Ok((v, end))
    });
    match result {
        Ok((v, end)) => Ok(new_tuple(vec![Value::TRUE, v, Value::int(end as i64)])),
        Err(Error::Json(Fail(msg, pos))) => Ok(new_tuple(vec![Value::FALSE, crate::objects::str::new_str(msg), Value::int(pos as i64)])),
        Err(Error::Py(e)) => Err(e),
    }
}

/// `decode_bytes(b)`: a bytes document as text (UTF-8, BOM dropped).
fn decode_bytes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "decode_bytes", 1)?;
    let b = a[0].as_bytes().map(|b| b.bytes.get().clone()).ok_or_else(|| type_error("bytes expected"))?;
    let body = b.strip_prefix(&[0xef, 0xbb, 0xbf][..]).unwrap_or(&b);
    match std::str::from_utf8(body) {
        Ok(s) => Ok(crate::objects::str::new_str(s)),
        Err(e) => {
            let at = e.valid_up_to() + if body.len() < b.len() { 3 } else { 0 };
            Err(exc(ExcType::UnicodeDecodeError, format!("'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte", b[at])))
        }
    }
}

pub fn init(_vm: &mut Vm, d: &Value) -> PyResult<()> {
    add_fn(d, "encode", encode);
    add_fn(d, "encode_basestring", encode_string);
    add_fn(d, "scan", scan);
    add_fn(d, "decode_bytes", decode_bytes);
    Ok(())
}
