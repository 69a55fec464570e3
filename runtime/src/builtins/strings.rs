//! Methods of `str`, `str.format` and `%`-formatting. The text algorithms
//! live in `text`; this file adapts them to Python values.

use super::args::{int_arg, method, str_arg};
use super::register_methods;
use crate::error::{index_error, key_error, type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::objects::list::new_list;
use crate::objects::str::{new_str, new_string, StrData};
use crate::objects::tuple::new_tuple;
use crate::ops::{self, repr::from_text, type_name};
use crate::text::{self, str_methods as sm};
use crate::types::types;
use crate::value::Value;

fn this(v: &Value) -> PyResult<&StrData> {
    if let Some(s) = v.as_str_data() {
        return Ok(s);
    }
    if let Some(n) = v.as_instance().and_then(|i| i.native_value()) {
        if let Some(s) = n.as_str_data() {
            // SAFETY: the instance keeps its native value alive as long as itself.
            return Ok(unsafe { &*(s as *const StrData) });
        }
    }
    Err(type_error(format!("descriptor requires a 'str' object but received a '{}'", type_name(v))))
}

fn strs(v: Vec<&str>) -> Value {
    new_list(v.into_iter().map(new_str).collect())
}

fn maxsplit_arg(args: &Args<'_>, a: &[Value], pos: usize) -> PyResult<i64> {
    match a.get(pos).or(args.kw("maxsplit")) {
        Some(v) => int_arg(v, "maxsplit"),
        None => Ok(-1),
    }
}

fn split_impl(args: Args<'_>, right: bool) -> PyResult<Value> {
    super::args::only_kw(&args, "split", &["sep", "maxsplit"])?;
    let (s, a) = args.pos.split_first().ok_or_else(|| type_error("split needs self"))?;
    let s = this(s)?.as_str();
    let sep = a.first().or(args.kw("sep")).filter(|v| !v.is_none());
    let maxsplit = maxsplit_arg(&args, a, 1)?;
    match sep {
        None => Ok(strs(if right { sm::rsplit_whitespace_py(s, maxsplit) } else { sm::split_whitespace_py(s, maxsplit) })),
        Some(sep) => {
            let sep = str_arg(sep, "must be str or None, not").map_err(|_| type_error(format!("must be str or None, not {}", type_name(sep))))?;
            let parts = from_text(if right { sm::rsplit_sep(s, sep, maxsplit) } else { sm::split_sep(s, sep, maxsplit) })?;
            Ok(strs(parts))
        }
    }
}

fn split(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_impl(args, false)
}

fn rsplit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_impl(args, true)
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "join", 1, 1)?;
    let sep = this(s)?.as_str().to_string();
    let items = match ops::iter::collect(vm, &a[0]) {
        Ok(items) => items,
        Err(e) if e.is(crate::types::ExcType::TypeError) && !ops::iter::is_iterable_type(&a[0]) => return Err(type_error("can only join an iterable")),
        Err(e) => return Err(e),
    };
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match it.as_str().or_else(|| it.as_instance().and_then(|x| x.native_value()).and_then(|n| n.as_str())) {
            Some(p) => out.push_str(p),
            None => return Err(type_error(format!("sequence item {i}: expected str instance, {} found", type_name(it)))),
        }
    }
    Ok(new_string(out))
}

fn strip_impl(args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (s, a) = method(&args, name, 0, 1)?;
    let st = this(s)?.as_str();
    let r = match a.first().filter(|v| !v.is_none()) {
        None => match (left, right) {
            (true, true) => sm::strip_py(st),
            (true, false) => sm::lstrip_py(st),
            _ => sm::rstrip_py(st),
        },
        Some(c) => {
            let chars = c.as_str().ok_or_else(|| type_error(format!("{name} arg must be None or str")))?;
            sm::strip_chars(st, chars, left, right)
        }
    };
    if r.len() == st.len() && s.is_str() {
        return Ok(s.clone());
    }
    Ok(new_str(r))
}

fn strip(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(args, "strip", true, true)
}
fn lstrip(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(args, "lstrip", true, false)
}
fn rstrip(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(args, "rstrip", false, true)
}

fn replace(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "replace", 2, 3)?;
    let st = this(s)?.as_str();
    let old = a[0].as_str().ok_or_else(|| type_error(format!("replace() argument 1 must be str, not {}", type_name(&a[0]))))?;
    let new = a[1].as_str().ok_or_else(|| type_error(format!("replace() argument 2 must be str, not {}", type_name(&a[1]))))?;
    let count = match a.get(2) {
        Some(c) => int_arg(c, "replace")?,
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            // Insert `new` between every character and at both ends.
            let mut out = String::from(new);
            for c in st.chars() {
                out.push(c);
                out.push_str(new);
            }
            return Ok(new_string(out));
        }
        return Ok(new_string(st.replace(old, new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        let mut chars = st.chars();
        loop {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            match chars.next() {
                Some(c) => out.push(c),
                None => break,
            }
            if n >= count {
                out.push_str(chars.as_str());
                break;
            }
        }
        return Ok(new_string(out));
    }
    Ok(new_string(st.replacen(old, new, count as usize)))
}

/// Resolves optional start/end (code point indexes) to a byte range.
fn sub_range(sd: &StrData, a: &[Value], from: usize) -> PyResult<(usize, usize, usize)> {
    let n = sd.char_len() as i64;
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            (v + n).max(0)
        } else {
            v.min(n)
        }
    };
    let start = match a.get(from).filter(|v| !v.is_none()) {
        Some(v) => {
            let raw = int_arg(v, "slice")?;
            if raw > n {
                return Ok((usize::MAX, 0, 0));
            }
            clamp(raw)
        }
        None => 0,
    };
    let end = match a.get(from + 1).filter(|v| !v.is_none()) {
        Some(v) => clamp(int_arg(v, "slice")?),
        None => n,
    };
    if start > end {
        return Ok((usize::MAX, 0, 0));
    }
    Ok((sd.byte_offset(start as usize), sd.byte_offset(end as usize), start as usize))
}

fn char_index(s: &str, byte: usize) -> usize {
    s[..byte].chars().count()
}

fn find_impl(args: Args<'_>, name: &str, right: bool, raise: bool) -> PyResult<Value> {
    let (s, a) = method(&args, name, 1, 3)?;
    let sd = this(s)?;
    let needle = a[0].as_str().ok_or_else(|| type_error(format!("must be str, not {}", type_name(&a[0]))))?;
    let (b0, b1, start) = sub_range(sd, a, 1)?;
    let found = if b0 == usize::MAX {
        None
    } else {
        let hay = &sd.as_str()[b0..b1];
        let r = if right { hay.rfind(needle) } else { hay.find(needle) };
        // Count code points from `start` only (not from the string's
        // beginning), so scanning a long string with find(x, i) stays linear.
        r.map(|p| if sd.is_ascii() { start + p } else { start + char_index(hay, p) })
    };
    match found {
        Some(i) => Ok(Value::int(i as i64)),
        None if raise => Err(value_error("substring not found")),
        None => Ok(Value::small_int(-1)),
    }
}

fn find(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(args, "find", false, false)
}
fn rfind(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(args, "rfind", true, false)
}
fn index(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(args, "index", false, true)
}
fn rindex(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(args, "rindex", true, true)
}

fn count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "count", 1, 3)?;
    let sd = this(s)?;
    let needle = a[0].as_str().ok_or_else(|| type_error(format!("must be str, not {}", type_name(&a[0]))))?;
    let (b0, b1, _) = sub_range(sd, a, 1)?;
    if b0 == usize::MAX {
        return Ok(Value::small_int(0));
    }
    let hay = &sd.as_str()[b0..b1];
    let n = if needle.is_empty() { hay.chars().count() + 1 } else { hay.matches(needle).count() };
    Ok(Value::int(n as i64))
}

fn affix_impl(args: Args<'_>, name: &str, end: bool) -> PyResult<Value> {
    let (s, a) = method(&args, name, 1, 3)?;
    let sd = this(s)?;
    let (b0, b1, _) = sub_range(sd, a, 1)?;
    if b0 == usize::MAX {
        return Ok(Value::FALSE);
    }
    let hay = &sd.as_str()[b0..b1];
    let test = |p: &str| if end { hay.ends_with(p) } else { hay.starts_with(p) };
    if let Some(t) = a[0].as_tuple() {
        for p in t.items.iter() {
            let p = p.as_str().ok_or_else(|| type_error(format!("tuple for {name} must only contain str, not {}", type_name(p))))?;
            if test(p) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match a[0].as_str() {
        Some(p) => Ok(Value::bool(test(p))),
        None => Err(type_error(format!("{name} first arg must be str or a tuple of str, not {}", type_name(&a[0])))),
    }
}

fn startswith(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_impl(args, "startswith", false)
}
fn endswith(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_impl(args, "endswith", true)
}

macro_rules! str_to_str {
    ($($name:ident => $f:path),*) => {$(
        fn $name(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (s, _) = method(&args, stringify!($name), 0, 0)?;
            Ok(new_string($f(this(s)?.as_str())))
        }
    )*};
}
str_to_str!(upper => sm::py_upper, lower => sm::py_lower, capitalize => sm::capitalize, title => sm::title, swapcase => sm::swapcase, casefold => sm::casefold);

macro_rules! str_pred {
    ($($name:ident => $f:path),*) => {$(
        fn $name(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (s, _) = method(&args, stringify!($name), 0, 0)?;
            Ok(Value::bool($f(this(s)?.as_str())))
        }
    )*};
}
str_pred!(isspace => sm::is_space, isdecimal => sm::is_decimal, isdigit => sm::is_digit, isnumeric => sm::is_numeric, isalpha => sm::is_alpha, isalnum => sm::is_alnum, isprintable => sm::is_printable, isidentifier => sm::is_identifier, isupper => sm::is_upper, islower => sm::is_lower, istitle => sm::is_title);

fn isascii(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "isascii", 0, 0)?;
    Ok(Value::bool(this(s)?.is_ascii()))
}

fn fill_char(a: &[Value]) -> PyResult<char> {
    match a.get(1) {
        None => Ok(' '),
        Some(f) => {
            let s = f.as_str_data().ok_or_else(|| type_error(format!("The fill character must be a unicode character, not {}", type_name(f))))?;
            if s.char_len() != 1 {
                return Err(type_error("The fill character must be exactly one character long"));
            }
            Ok(s.as_str().chars().next().unwrap_or(' '))
        }
    }
}

fn pad_impl(args: Args<'_>, name: &str, f: fn(&str, i64, char) -> text::TextResult<String>) -> PyResult<Value> {
    let (s, a) = method(&args, name, 1, 2)?;
    let w = int_arg(&a[0], name)?;
    let c = fill_char(a)?;
    Ok(new_string(from_text(f(this(s)?.as_str(), w, c))?))
}

fn center(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad_impl(args, "center", sm::center)
}
fn ljust(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad_impl(args, "ljust", sm::ljust)
}
fn rjust(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad_impl(args, "rjust", sm::rjust)
}

fn zfill(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "zfill", 1, 1)?;
    let w = int_arg(&a[0], "zfill")?;
    Ok(new_string(from_text(sm::zfill(this(s)?.as_str(), w))?))
}

fn expandtabs(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::args::only_kw(&args, "expandtabs", &["tabsize"])?;
    let (s, a) = args.pos.split_first().ok_or_else(|| type_error("expandtabs needs self"))?;
    let n = match a.first().or(args.kw("tabsize")) {
        Some(v) => int_arg(v, "expandtabs")?,
        None => 8,
    };
    Ok(new_string(from_text(sm::expandtabs(this(s)?.as_str(), n))?))
}

fn partition_impl(args: Args<'_>, name: &str, right: bool) -> PyResult<Value> {
    let (s, a) = method(&args, name, 1, 1)?;
    let st = this(s)?.as_str();
    let sep = a[0].as_str().ok_or_else(|| type_error(format!("must be str, not {}", type_name(&a[0]))))?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if right { st.rfind(sep) } else { st.find(sep) };
    Ok(match found {
        Some(p) => new_tuple(vec![new_str(&st[..p]), new_str(sep), new_str(&st[p + sep.len()..])]),
        None if right => new_tuple(vec![new_str(""), new_str(""), new_str(st)]),
        None => new_tuple(vec![new_str(st), new_str(""), new_str("")]),
    })
}

fn partition(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(args, "partition", false)
}
fn rpartition(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(args, "rpartition", true)
}

fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::args::only_kw(&args, "splitlines", &["keepends"])?;
    let (s, a) = args.pos.split_first().ok_or_else(|| type_error("splitlines needs self"))?;
    let keep = match a.first().or(args.kw("keepends")) {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    Ok(strs(sm::splitlines(this(s)?.as_str(), keep)))
}

fn removeprefix(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "removeprefix", 1, 1)?;
    let st = this(s)?.as_str();
    let p = a[0].as_str().ok_or_else(|| type_error(format!("removeprefix() argument must be str, not {}", type_name(&a[0]))))?;
    Ok(new_str(st.strip_prefix(p).unwrap_or(st)))
}

fn removesuffix(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "removesuffix", 1, 1)?;
    let st = this(s)?.as_str();
    let p = a[0].as_str().ok_or_else(|| type_error(format!("removesuffix() argument must be str, not {}", type_name(&a[0]))))?;
    Ok(new_str(if p.is_empty() { st } else { st.strip_suffix(p).unwrap_or(st) }))
}

fn encode(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::args::only_kw(&args, "encode", &["encoding", "errors"])?;
    let (s, a) = args.pos.split_first().ok_or_else(|| type_error("encode needs self"))?;
    if a.len() > 2 {
        return Err(type_error(format!("encode() takes at most 2 arguments ({} given)", a.len())));
    }
    let st = this(s)?.as_str();
    let codec = super::codecs::codec_arg(a.first().or(args.kw("encoding")), "encode")?;
    let errors = super::codecs::errors_arg(a.get(1).or(args.kw("errors")), "encode")?;
    Ok(crate::objects::misc::new_bytes(super::codecs::encode(codec, st, errors)?))
}

fn str_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, pos) = args.pos.split_first().ok_or_else(|| type_error("format needs self"))?;
    let fmt = this(s)?.as_str().to_string();
    let mut auto = 0usize;
    Ok(new_string(format_template(vm, &fmt, pos, Named::Kw(&args), &mut auto, 2)?))
}

/// `str.format_map(mapping)`: named fields are looked up as `mapping[name]`
/// (so a dict subclass's `__missing__` applies); no positional fields.
fn format_map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "format_map", 1, 1)?;
    let fmt = this(s)?.as_str().to_string();
    let mut auto = 0usize;
    Ok(new_string(format_template(vm, &fmt, &[], Named::Map(&a[0]), &mut auto, 2)?))
}

/// Where `str.format` finds named fields: the keyword arguments, or the
/// mapping of `format_map`.
#[derive(Clone, Copy)]
enum Named<'a> {
    Kw(&'a Args<'a>),
    Map(&'a Value),
}

/// The `str.format` template engine (fields, conversions, nested specs).
fn format_template(vm: &mut Vm, fmt: &str, pos: &[Value], named: Named<'_>, auto: &mut usize, depth: u32) -> PyResult<String> {
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (specs may nest one level).
            let mut j = i + 1;
            let mut level = 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                // CPython: a '{' ending the string is "single"; an open field
                // with text after it is unterminated.
                let msg = if i + 1 == chars.len() { "Single '{' encountered in format string" } else { "expected '}' before end of string" };
                return Err(value_error(msg));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&format_field(vm, &field, pos, named, auto, depth)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn format_field(vm: &mut Vm, field: &str, pos: &[Value], named: Named<'_>, auto: &mut usize, depth: u32) -> PyResult<String> {
    // field_name[!conv][:spec]
    let (name_part, spec) = match field.find(':') {
        Some(p) if !field[..p].contains('[') || field[..p].contains(']') => (&field[..p], &field[p + 1..]),
        _ => (field, ""),
    };
    let (name, conv) = match name_part.find('!') {
        Some(p) => (&name_part[..p], Some(&name_part[p + 1..])),
        None => (name_part, None),
    };
    // The first component, then .attr / [key] accessors.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        if *auto == usize::MAX {
            return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        if let Named::Map(_) = named {
            return Err(value_error("Format string contains positional fields"));
        }
        let v = pos.get(*auto).cloned().ok_or_else(|| index_error(format!("Replacement index {} out of range for positional args tuple", *auto)))?;
        *auto += 1;
        v
    } else if let (Ok(_), Named::Map(_)) = (first.parse::<usize>(), named) {
        return Err(value_error("Format string contains positional fields"));
    } else if let Ok(n) = first.parse::<usize>() {
        if *auto > 0 && *auto != usize::MAX {
            return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        *auto = usize::MAX;
        pos.get(n).cloned().ok_or_else(|| index_error(format!("Replacement index {n} out of range for positional args tuple")))?
    } else {
        match named {
            Named::Kw(args) => args.kw(first).cloned().ok_or_else(|| key_error(new_str(first)))?,
            Named::Map(m) => ops::subscript::get_item(vm, m, &new_str(first))?,
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            value = ops::attr::get_attr(vm, &value, &crate::objects::str::intern(&r[..end]))?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => Value::int(n),
                Err(_) => new_str(key),
            };
            value = ops::subscript::get_item(vm, &value, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let value = match conv {
        None => value,
        Some("s") => ops::str_of(vm, &value)?,
        Some("r") => new_string(ops::repr(vm, &value)?),
        Some("a") => new_string(ops::format::ascii_of(vm, &value)?),
        Some(other) => return Err(value_error(format!("Unknown conversion specifier {other}"))),
    };
    let spec = if spec.contains('{') {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        format_template(vm, spec, pos, named, auto, depth - 1)?
    } else {
        spec.to_string()
    };
    ops::format::format(vm, &value, &spec)
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f = this(fmt)?.as_str().to_string();
    let values: Vec<Value> = match args.as_tuple() {
        Some(t) => t.items.to_vec(),
        None => vec![args.clone()],
    };
    let mapping = args.as_dict().is_some() || (args.as_instance().is_some() && ops::lookup_special(args, "__getitem__").is_some() && args.as_tuple().is_none());
    let mut next = 0usize;
    let mut out = String::new();
    let chars: Vec<char> = f.chars().collect();
    let mut i = 0;
    let mut used_mapping = false;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut key_value: Option<Value> = None;
        if chars.get(i) == Some(&'(') {
            let end = chars[i..].iter().position(|&c| c == ')').ok_or_else(|| value_error("incomplete format key"))? + i;
            let key: String = chars[i + 1..end].iter().collect();
            if !mapping {
                return Err(type_error("format requires a mapping"));
            }
            key_value = Some(ops::subscript::get_item(vm, args, &new_string(key))?);
            used_mapping = true;
            i = end + 1;
        }
        let mut spec = text::PercentSpec::default();
        while let Some(&c) = chars.get(i) {
            match c {
                '-' => spec.left_adjust = true,
                '+' => spec.plus = true,
                ' ' => spec.blank = true,
                '#' => spec.alt = true,
                '0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        let take_arg = |next: &mut usize| -> PyResult<Value> {
            let v = values.get(*next).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
            *next += 1;
            Ok(v)
        };
        if chars.get(i) == Some(&'*') {
            let w = take_arg(&mut next)?;
            spec.width = Some(int_arg(&w, "width")?.max(0) as usize);
            i += 1;
        } else {
            let start = i;
            while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
            }
            if i > start {
                spec.width = chars[start..i].iter().collect::<String>().parse().ok();
            }
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                let p = take_arg(&mut next)?;
                spec.precision = Some(int_arg(&p, "precision")?.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
                    i += 1;
                }
                spec.precision = Some(chars[start..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(value_error("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match key_value.take() {
            Some(v) => v,
            None => {
                if mapping && !used_mapping && args.as_tuple().is_none() {
                    args.clone()
                } else {
                    take_arg(&mut next)?
                }
            }
        };
        let piece = match conv {
            's' => from_text(text::percent_pad(&ops::to_str(vm, &v)?, 's', &spec))?,
            'r' => from_text(text::percent_pad(&ops::repr(vm, &v)?, 'r', &spec))?,
            'a' => from_text(text::percent_pad(&ops::format::ascii_of(vm, &v)?, 'a', &spec))?,
            'c' => {
                let ch = if let Some(s) = v.as_str_data().filter(|s| s.char_len() == 1) {
                    s.as_str().to_string()
                } else if let Some(n) = v.to_i64() {
                    char::from_u32(n as u32).ok_or_else(|| crate::error::overflow_error("%c arg not in range(0x110000)"))?.to_string()
                } else {
                    return Err(type_error("%c requires int or char"));
                };
                from_text(text::percent_pad(&ch, 'c', &spec))?
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let n = if v.is_int() {
                    v.clone()
                } else if v.is_float() {
                    if conv == 'd' || conv == 'i' || conv == 'u' {
                        super::classes::int_from(vm, &v, None)?
                    } else {
                        return Err(type_error(format!("%{conv} format: an integer is required, not float")));
                    }
                } else if let Some(f) = ops::lookup_special(&v, "__index__").or_else(|| ops::lookup_special(&v, "__int__")) {
                    ops::call_special(vm, &f, &v, &[])?
                } else {
                    let what = if matches!(conv, 'o' | 'x' | 'X') { "an integer is required" } else { "a real number is required" };
                    return Err(type_error(format!("%{conv} format: {what}, not {}", type_name(&v))));
                };
                let conv = if conv == 'i' || conv == 'u' { 'd' } else { conv };
                match n.as_int_like() {
                    Some(x) => from_text(text::percent_format_i64(x, conv, &spec))?,
                    None => from_text(text::percent_format_int(n.as_bigint_data().ok_or_else(|| type_error("int"))?, conv, &spec))?,
                }
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match super::classes::float_from(vm, &v) {
                    Ok(x) if !v.is_str() => x,
                    _ => return Err(type_error(format!("must be real number, not {}", type_name(&v)))),
                };
                from_text(text::percent_format_float(x, conv, &spec))?
            }
            other => return Err(value_error(format!("unsupported format character '{other}' (0x{:x}) at index {}", other as u32, i - 1))),
        };
        out.push_str(&piece);
    }
    if next < values.len() && !mapping {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    Ok(new_string(out))
}

fn str_mod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "__mod__", 1, 1)?;
    percent_format(vm, s, &a[0])
}

/// `str.maketrans(x[, y[, z]])`: the translation table `str.translate`
/// takes, a dict from code points to code points, strings or None.
fn maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::args::no_kw(&args, "maketrans")?;
    let a = args.pos;
    if a.is_empty() || a.len() > 3 {
        let n = a.len();
        return Err(type_error(if n == 0 { "maketrans() missing required argument 'x' (pos 1)".to_string() } else { format!("maketrans expected at most 3 arguments, got {n}") }));
    }
    let table = crate::objects::dict::new_dict();
    let d = table.as_dict().expect("dict");
    if a.len() == 1 {
        let src = a[0].as_dict().ok_or_else(|| type_error("if you give only one argument to maketrans it must be a dict"))?;
        for (k, v) in src.items() {
            let key = if let Some(ks) = k.as_str() {
                let mut cs = ks.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => Value::int(c as i64),
                    _ => return Err(value_error("string keys in translate table must be of length 1")),
                }
            } else if k.is_int() {
                k.clone()
            } else {
                return Err(type_error("keys in translate table must be strings or integers"));
            };
            d.set(vm, key, v)?;
        }
        return Ok(table);
    }
    let x = a[0].as_str().ok_or_else(|| type_error(format!("maketrans() argument 1 must be str, not {}", type_name(&a[0]))))?;
    let y = a[1].as_str().ok_or_else(|| type_error(format!("maketrans() argument 2 must be str, not {}", type_name(&a[1]))))?;
    if x.chars().count() != y.chars().count() {
        return Err(value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        d.set(vm, Value::int(cx as i64), Value::int(cy as i64))?;
    }
    if let Some(z) = a.get(2) {
        let z = z.as_str().ok_or_else(|| type_error(format!("maketrans() argument 3 must be str, not {}", type_name(z))))?;
        for c in z.chars() {
            d.set(vm, Value::int(c as i64), Value::NONE)?;
        }
    }
    Ok(table)
}

/// `str.translate(table)`: each character is looked up as `table[ord(c)]`
/// (any object with `__getitem__`); a LookupError keeps the character, None
/// deletes it, an int or a str replaces it.
fn translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "translate", 1, 1)?;
    let st = this(s)?.as_str().to_string();
    let table = &a[0];
    let mut out = String::with_capacity(st.len());
    for c in st.chars() {
        let r = match ops::subscript::get_item(vm, table, &Value::int(c as i64)) {
            Ok(r) => r,
            Err(e) if e.is(crate::types::ExcType::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if r.is_none() {
            continue;
        }
        if let Some(i) = r.as_int_like() {
            let ch = u32::try_from(i).ok().and_then(char::from_u32).ok_or_else(|| value_error("character mapping must be in range(0x110000)"))?;
            out.push(ch);
        } else if let Some(t) = r.as_str() {
            out.push_str(t);
        } else if r.is_int() {
            return Err(value_error("character mapping must be in range(0x110000)"));
        } else {
            return Err(type_error("character mapping must return integer, None or str"));
        }
    }
    Ok(new_string(out))
}

pub fn install() {
    let t = types();
    register_methods(
        &t.str_,
        "str",
        &[
            ("split", split),
            ("rsplit", rsplit),
            ("join", join),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("replace", replace),
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("startswith", startswith),
            ("endswith", endswith),
            ("upper", upper),
            ("lower", lower),
            ("capitalize", capitalize),
            ("title", title),
            ("swapcase", swapcase),
            ("casefold", casefold),
            ("isspace", isspace),
            ("isdecimal", isdecimal),
            ("isdigit", isdigit),
            ("isnumeric", isnumeric),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isprintable", isprintable),
            ("isidentifier", isidentifier),
            ("isupper", isupper),
            ("islower", islower),
            ("istitle", istitle),
            ("isascii", isascii),
            ("center", center),
            ("ljust", ljust),
            ("rjust", rjust),
            ("zfill", zfill),
            ("expandtabs", expandtabs),
            ("partition", partition),
            ("rpartition", rpartition),
            ("splitlines", splitlines),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("encode", encode),
            ("format", str_format),
            ("format_map", format_map),
            ("translate", translate),
            ("__mod__", str_mod),
        ],
    );
    // maketrans is a staticmethod (`str.maketrans(...)`, `"".maketrans(...)`).
    let f = crate::objects::func::new_method_builtin("str", "maketrans", maketrans);
    super::set_class_attr(&t.str_, "maketrans", crate::objects::misc::new_descriptor(crate::objects::misc::DescriptorData::StaticMethod(f)));
}
