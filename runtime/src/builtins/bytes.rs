//! Methods of `bytes` and `bytearray` (one payload, `BytesData`; results of
//! a bytearray's methods are bytearrays, as in CPython). Operators,
//! indexing and slicing are in `ops`.

use super::args::{int_arg, method, only_kw};
use super::register_methods;
use crate::error::{index_error, type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::objects::list::new_list;
use crate::objects::misc::BytesData;
use crate::objects::str::new_string;
use crate::objects::tuple::new_tuple;
use crate::ops::{self, type_name};
use crate::types::types;
use crate::value::Value;

fn this(v: &Value) -> PyResult<&BytesData> {
    v.as_bytes().ok_or_else(|| type_error(format!("descriptor requires a 'bytes' object but received a '{}'", type_name(v))))
}

fn data(v: &Value) -> PyResult<Vec<u8>> {
    Ok(this(v)?.bytes.get().clone())
}

/// A new bytes, or bytearray when `like` is one.
pub fn make(like: &Value, b: Vec<u8>) -> Value {
    let mutable = like.as_bytes().is_some_and(|x| x.mutable);
    crate::heap::alloc(BytesData { bytes: crate::objects::PyCell::new(b), mutable })
}

/// Results past 16 GiB fail with MemoryError up front (CPython's allocation
/// would fail there too; Rust's would abort the process).
pub fn check_size(n: usize) -> PyResult<()> {
    if n > (1 << 34) {
        return Err(crate::error::exc(crate::types::ExcType::MemoryError, ""));
    }
    Ok(())
}

/// A bytes-like argument's contents.
pub fn buffer_arg(v: &Value) -> PyResult<Vec<u8>> {
    v.as_bytes().map(|b| b.bytes.get().clone()).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(v))))
}

/// A byte value argument (0..=255).
fn byte_arg(v: &Value) -> PyResult<u8> {
    let i = int_arg(v, "byte")?;
    u8::try_from(i).map_err(|_| value_error("byte must be in range(0, 256)"))
}

/// The needle of find/count/index: bytes-like or an int.
fn needle_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = v.as_bytes() {
        return Ok(b.bytes.get().clone());
    }
    if v.is_int() {
        return Ok(vec![byte_arg(v)?]);
    }
    Err(type_error(format!("argument should be integer or bytes-like object, not '{}'", type_name(v))))
}

/// A start/end argument: ints too big for i64 clamp, as slice indices do.
fn bound_arg(v: &Value) -> PyResult<i64> {
    if v.is_int() && v.to_i64().is_none() {
        return Ok(if v.to_bigint().is_some_and(|b| b.sign() == num_bigint::Sign::Minus) { i64::MIN } else { i64::MAX });
    }
    int_arg(v, "slice")
}

/// Optional start/end arguments clamped as slice indices: None if start > len.
fn sub_range(n: usize, a: &[Value], from: usize) -> PyResult<Option<(usize, usize)>> {
    let n = n as i64;
    let clamp = |v: i64| if v < 0 { v.saturating_add(n).max(0) } else { v.min(n) };
    let start = match a.get(from).filter(|v| !v.is_none()) {
        Some(v) => {
            let raw = bound_arg(v)?;
            if raw > n {
                return Ok(None);
            }
            clamp(raw)
        }
        None => 0,
    };
    let end = match a.get(from + 1).filter(|v| !v.is_none()) {
        Some(v) => clamp(bound_arg(v)?),
        None => n,
    };
    Ok(if start > end { None } else { Some((start as usize, end as usize)) })
}

fn find_in(hay: &[u8], needle: &[u8], right: bool) -> Option<usize> {
    if needle.is_empty() {
        return Some(if right { hay.len() } else { 0 });
    }
    if needle.len() > hay.len() {
        return None;
    }
    let mut it = hay.windows(needle.len());
    if right {
        it.rposition(|w| w == needle)
    } else {
        it.position(|w| w == needle)
    }
}

fn find_impl(args: Args<'_>, name: &str, right: bool, raise: bool) -> PyResult<Value> {
    let (s, a) = method(&args, name, 1, 3)?;
    let b = data(s)?;
    let needle = needle_arg(&a[0])?;
    let found = sub_range(b.len(), a, 1)?.and_then(|(lo, hi)| find_in(&b[lo..hi], &needle, right).map(|i| i + lo));
    match found {
        Some(i) => Ok(Value::int(i as i64)),
        None if raise => Err(value_error("subsection not found")),
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

fn count_in(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let (mut n, mut i) = (0, 0);
    while i + needle.len() <= hay.len() {
        if &hay[i..i + needle.len()] == needle {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    n
}

fn count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "count", 1, 3)?;
    let b = data(s)?;
    let needle = needle_arg(&a[0])?;
    Ok(Value::int(sub_range(b.len(), a, 1)?.map_or(0, |(lo, hi)| count_in(&b[lo..hi], &needle)) as i64))
}

fn affix_impl(args: Args<'_>, name: &str, end: bool) -> PyResult<Value> {
    let (s, a) = method(&args, name, 1, 3)?;
    let b = data(s)?;
    let candidates: Vec<Vec<u8>> = if let Some(t) = a[0].as_tuple() {
        let mut v = Vec::new();
        for x in t.items.iter() {
            v.push(x.as_bytes().map(|b| b.bytes.get().clone()).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(x))))?);
        }
        v
    } else if let Some(x) = a[0].as_bytes() {
        vec![x.bytes.get().clone()]
    } else {
        return Err(type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", type_name(&a[0]))));
    };
    let Some((lo, hi)) = sub_range(b.len(), a, 1)? else { return Ok(Value::FALSE) };
    let hay = &b[lo..hi];
    Ok(Value::bool(candidates.iter().any(|c| if end { hay.ends_with(c) } else { hay.starts_with(c) })))
}

fn startswith(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_impl(args, "startswith", false)
}
fn endswith(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_impl(args, "endswith", true)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// sep=None, maxsplit=-1 (positionally or by keyword).
fn split_args(args: &Args<'_>, a: &[Value], name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    only_kw(args, name, &["sep", "maxsplit"])?;
    if a.len() > 2 {
        return Err(type_error(format!("{name}() takes at most 2 arguments ({} given)", a.len())));
    }
    let sep = match a.first().or(args.kw("sep")).filter(|v| !v.is_none()) {
        Some(v) => {
            let s = buffer_arg(v)?;
            if s.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(s)
        }
        None => None,
    };
    let maxsplit = match a.get(1).or(args.kw("maxsplit")) {
        Some(v) => int_arg(v, name)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn split_impl(args: Args<'_>, name: &str, right: bool) -> PyResult<Value> {
    let (s, a) = args.pos.split_first().ok_or_else(|| type_error(format!("descriptor '{name}' needs an argument")))?;
    let b = data(s)?;
    let (sep, maxsplit) = split_args(&args, a, name)?;
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) => {
            if right {
                let mut end = b.len();
                while parts.len() < limit {
                    match find_in(&b[..end], &sep, true) {
                        Some(i) => {
                            parts.push(b[i + sep.len()..end].to_vec());
                            end = i;
                        }
                        None => break,
                    }
                }
                parts.push(b[..end].to_vec());
                parts.reverse();
            } else {
                let mut start = 0;
                while parts.len() < limit {
                    match find_in(&b[start..], &sep, false) {
                        Some(i) => {
                            parts.push(b[start..start + i].to_vec());
                            start += i + sep.len();
                        }
                        None => break,
                    }
                }
                parts.push(b[start..].to_vec());
            }
        }
        None => {
            // Runs of ASCII whitespace separate; none at the ends.
            let n = b.len();
            if right {
                let mut end = n;
                loop {
                    while end > 0 && is_space(b[end - 1]) {
                        end -= 1;
                    }
                    if end == 0 {
                        break;
                    }
                    if parts.len() == limit {
                        parts.push(b[..end].to_vec());
                        break;
                    }
                    let mut start = end;
                    while start > 0 && !is_space(b[start - 1]) {
                        start -= 1;
                    }
                    parts.push(b[start..end].to_vec());
                    end = start;
                }
                parts.reverse();
            } else {
                let mut start = 0;
                loop {
                    while start < n && is_space(b[start]) {
                        start += 1;
                    }
                    if start == n {
                        break;
                    }
                    if parts.len() == limit {
                        parts.push(b[start..].to_vec());
                        break;
                    }
                    let mut end = start;
                    while end < n && !is_space(b[end]) {
                        end += 1;
                    }
                    parts.push(b[start..end].to_vec());
                    start = end;
                }
            }
        }
    }
    Ok(new_list(parts.into_iter().map(|p| make(s, p)).collect()))
}

fn split(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_impl(args, "split", false)
}
fn rsplit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_impl(args, "rsplit", true)
}

fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    only_kw(&args, "splitlines", &["keepends"])?;
    let (s, a) = args.pos.split_first().ok_or_else(|| type_error("descriptor 'splitlines' needs an argument"))?;
    let keep = match a.first().or(args.kw("keepends")) {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    let b = data(s)?;
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\n' => 1,
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol > 0 {
            out.push(make(s, b[start..if keep { i + eol } else { i }].to_vec()));
            i += eol;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(make(s, b[start..].to_vec()));
    }
    Ok(new_list(out))
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "join", 1, 1)?;
    let sep = data(s)?;
    let items = ops::iter::collect(vm, &a[0])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match it.as_bytes() {
            Some(b) => out.extend_from_slice(b.bytes.get()),
            None => return Err(type_error(format!("sequence item {i}: expected a bytes-like object, {} found", type_name(it)))),
        }
    }
    Ok(make(s, out))
}

fn strip_impl(args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (s, a) = method(&args, name, 0, 1)?;
    let b = data(s)?;
    let chars = match a.first().filter(|v| !v.is_none()) {
        Some(v) => Some(buffer_arg(v)?),
        None => None,
    };
    let strip = |c: u8| match &chars {
        Some(cs) => cs.contains(&c),
        None => is_space(c),
    };
    let mut lo = 0;
    let mut hi = b.len();
    if left {
        while lo < hi && strip(b[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && strip(b[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(make(s, b[lo..hi].to_vec()))
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
    let b = data(s)?;
    let old = buffer_arg(&a[0])?;
    let new = buffer_arg(&a[1])?;
    let count = match a.get(2) {
        Some(v) => int_arg(v, "replace")?,
        None => -1,
    };
    let limit = if count < 0 { usize::MAX } else { count as usize };
    let mut out = Vec::with_capacity(b.len());
    let mut n = 0;
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if n < limit {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(c);
            let _ = i;
        }
        if n < limit {
            out.extend_from_slice(&new);
        }
        return Ok(make(s, out));
    }
    let mut i = 0;
    while i < b.len() {
        if n < limit && b[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            n += 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(make(s, out))
}

fn map_impl(args: Args<'_>, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (s, _) = method(&args, name, 0, 0)?;
    let b = data(s)?;
    Ok(make(s, f(&b)))
}

fn upper(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_impl(args, "upper", |b| b.to_ascii_uppercase())
}
fn lower(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_impl(args, "lower", |b| b.to_ascii_lowercase())
}
fn swapcase(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_impl(args, "swapcase", |b| b.iter().map(|c| if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect())
}
fn capitalize(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_impl(args, "capitalize", |b| b.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect())
}
fn title(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_impl(args, "title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred_impl(args: Args<'_>, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let (s, _) = method(&args, name, 0, 0)?;
    let b = data(s)?;
    Ok(Value::bool(f(&b)))
}

fn isdigit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred_impl(args, "isdigit", |b| !b.is_empty() && b.iter().all(|c| c.is_ascii_digit()))
}
fn isalpha(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred_impl(args, "isalpha", |b| !b.is_empty() && b.iter().all(|c| c.is_ascii_alphabetic()))
}
fn isalnum(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred_impl(args, "isalnum", |b| !b.is_empty() && b.iter().all(|c| c.is_ascii_alphanumeric()))
}
fn isspace(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred_impl(args, "isspace", |b| !b.is_empty() && b.iter().all(|&c| is_space(c)))
}
fn isascii(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred_impl(args, "isascii", |b| b.is_ascii())
}
fn isupper(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred_impl(args, "isupper", |b| b.iter().any(|c| c.is_ascii_uppercase()) && !b.iter().any(|c| c.is_ascii_lowercase()))
}
fn islower(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred_impl(args, "islower", |b| b.iter().any(|c| c.is_ascii_lowercase()) && !b.iter().any(|c| c.is_ascii_uppercase()))
}

fn partition_impl(args: Args<'_>, name: &str, right: bool) -> PyResult<Value> {
    let (s, a) = method(&args, name, 1, 1)?;
    let b = data(s)?;
    let sep = buffer_arg(&a[0])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    Ok(match find_in(&b, &sep, right) {
        Some(i) => new_tuple(vec![make(s, b[..i].to_vec()), make(s, sep.clone()), make(s, b[i + sep.len()..].to_vec())]),
        None if right => new_tuple(vec![make(s, vec![]), make(s, vec![]), make(s, b)]),
        None => new_tuple(vec![make(s, b), make(s, vec![]), make(s, vec![])]),
    })
}

fn partition(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(args, "partition", false)
}
fn rpartition(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(args, "rpartition", true)
}

fn removeprefix(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "removeprefix", 1, 1)?;
    let b = data(s)?;
    let p = buffer_arg(&a[0])?;
    Ok(make(s, b.strip_prefix(p.as_slice()).unwrap_or(&b).to_vec()))
}

fn removesuffix(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "removesuffix", 1, 1)?;
    let b = data(s)?;
    let p = buffer_arg(&a[0])?;
    Ok(make(s, if p.is_empty() { &b } else { b.strip_suffix(p.as_slice()).unwrap_or(&b) }.to_vec()))
}

fn pad_impl(args: Args<'_>, name: &str, how: u8) -> PyResult<Value> {
    let (s, a) = method(&args, name, 1, 2)?;
    let b = data(s)?;
    let width = int_arg(&a[0], name)?.max(0) as usize;
    let fill = match a.get(1) {
        Some(f) => match f.as_bytes().map(|x| x.bytes.get().clone()) {
            Some(v) if v.len() == 1 => v[0],
            _ => return Err(type_error(format!("{name}() argument 2 must be a byte string of length 1, not {}", type_name(f)))),
        },
        None => b' ',
    };
    if width <= b.len() {
        return Ok(make(s, b));
    }
    check_size(width)?;
    let pad = width - b.len();
    let (l, r) = match how {
        b'l' => (0, pad),
        b'r' => (pad, 0),
        // CPython's centering puts the odd byte on the left when the width is odd.
        _ => {
            let left = pad / 2 + (pad & width & 1);
            (left, pad - left)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&b);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(make(s, out))
}

fn ljust(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad_impl(args, "ljust", b'l')
}
fn rjust(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad_impl(args, "rjust", b'r')
}
fn center(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad_impl(args, "center", b'c')
}

fn zfill(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "zfill", 1, 1)?;
    let b = data(s)?;
    let width = int_arg(&a[0], "zfill")?.max(0) as usize;
    if width <= b.len() {
        return Ok(make(s, b));
    }
    check_size(width)?;
    let signed = matches!(b.first(), Some(b'+' | b'-'));
    let mut out = Vec::with_capacity(width);
    if signed {
        out.push(b[0]);
    }
    out.extend(std::iter::repeat_n(b'0', width - b.len()));
    out.extend_from_slice(&b[usize::from(signed)..]);
    Ok(make(s, out))
}

fn decode(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    only_kw(&args, "decode", &["encoding", "errors"])?;
    let (s, a) = args.pos.split_first().ok_or_else(|| type_error("descriptor 'decode' needs an argument"))?;
    if a.len() > 2 {
        return Err(type_error(format!("decode() takes at most 2 arguments ({} given)", a.len())));
    }
    let b = data(s)?;
    let codec = super::codecs::codec_arg(a.first().or(args.kw("encoding")), "decode")?;
    let errors = super::codecs::errors_arg(a.get(1).or(args.kw("errors")), "decode")?;
    Ok(new_string(super::codecs::decode(codec, &b, errors)?))
}

fn hex(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    only_kw(&args, "hex", &["sep", "bytes_per_sep"])?;
    let (s, a) = args.pos.split_first().ok_or_else(|| type_error("descriptor 'hex' needs an argument"))?;
    let b = data(s)?;
    let sep = match a.first().or(args.kw("sep")) {
        None => None,
        Some(v) => {
            let sv = if let Some(st) = v.as_str() { st.to_string() } else { String::from_utf8_lossy(&buffer_arg(v)?).into_owned() };
            if sv.chars().count() != 1 {
                return Err(value_error("sep must be length 1."));
            }
            Some(sv)
        }
    };
    let per = match a.get(1).or(args.kw("bytes_per_sep")) {
        Some(v) => int_arg(v, "hex")?,
        None => 1,
    };
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0 && !b.is_empty()) else { return Ok(new_string(digits.concat())) };
    let k = per.unsigned_abs() as usize;
    // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let mut end = digits.len();
        while end > 0 {
            let start = end.saturating_sub(k);
            groups.push(digits[start..end].concat());
            end = start;
        }
        groups.reverse();
    } else {
        for c in digits.chunks(k) {
            groups.push(c.concat());
        }
    }
    Ok(new_string(groups.join(&sep)))
}

fn fromhex(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, a) = method(&args, "fromhex", 1, 1)?;
    let s = a[0].as_str().ok_or_else(|| type_error(format!("fromhex() argument must be str, not {}", type_name(&a[0]))))?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")))?;
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16)).ok_or_else(|| value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let mutable = cls.is(&types().bytearray);
    Ok(crate::heap::alloc(BytesData { bytes: crate::objects::PyCell::new(out), mutable }))
}

fn copy_bytes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "copy", 0, 0)?;
    Ok(make(s, data(s)?))
}

// ---- bytearray mutators ----

fn mutable(v: &Value) -> PyResult<&mut Vec<u8>> {
    match v.as_bytes() {
        Some(b) if b.mutable => Ok(b.bytes.get_mut()),
        _ => Err(type_error(format!("descriptor requires a 'bytearray' object but received a '{}'", type_name(v)))),
    }
}

fn append(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "append", 1, 1)?;
    let x = byte_arg(&a[0])?;
    mutable(s)?.push(x);
    Ok(Value::NONE)
}

/// The bytes an iterable of ints (or a bytes-like object) stands for.
pub fn bytes_of_iterable(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = v.as_bytes() {
        return Ok(b.bytes.get().clone());
    }
    let items = ops::iter::collect(vm, v).map_err(|e| if e.is(crate::types::ExcType::TypeError) { type_error(format!("can't extend bytearray with {}", type_name(v))) } else { e })?;
    items.iter().map(byte_arg).collect()
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "extend", 1, 1)?;
    mutable(s)?;
    let more = bytes_of_iterable(vm, &a[0])?;
    mutable(s)?.extend(more);
    Ok(Value::NONE)
}

fn pop(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "pop", 0, 1)?;
    let b = mutable(s)?;
    if b.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let n = b.len() as i64;
    let i = match a.first() {
        Some(v) => int_arg(v, "pop")?,
        None => -1,
    };
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(index_error("pop index out of range"));
    }
    Ok(Value::int(b.remove(j as usize) as i64))
}

fn insert(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "insert", 2, 2)?;
    let i = int_arg(&a[0], "insert")?;
    let x = byte_arg(&a[1])?;
    let b = mutable(s)?;
    let n = b.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.insert(j as usize, x);
    Ok(Value::NONE)
}

fn remove(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "remove", 1, 1)?;
    let x = byte_arg(&a[0])?;
    let b = mutable(s)?;
    match b.iter().position(|&c| c == x) {
        Some(i) => {
            b.remove(i);
            Ok(Value::NONE)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "clear", 0, 0)?;
    mutable(s)?.clear();
    Ok(Value::NONE)
}

fn reverse(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "reverse", 0, 0)?;
    mutable(s)?.reverse();
    Ok(Value::NONE)
}

pub fn install() {
    let t = types();
    let common: &[(&'static str, crate::objects::func::NativeFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("count", count),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("startswith", startswith),
        ("endswith", endswith),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("join", join),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isascii", isascii),
        ("isupper", isupper),
        ("islower", islower),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("ljust", ljust),
        ("rjust", rjust),
        ("center", center),
        ("zfill", zfill),
    ];
    register_methods(&t.bytes, "bytes", common);
    register_methods(&t.bytearray, "bytearray", common);
    register_methods(
        &t.bytearray,
        "bytearray",
        &[("append", append), ("extend", extend), ("pop", pop), ("insert", insert), ("remove", remove), ("clear", clear), ("reverse", reverse), ("copy", copy_bytes)],
    );
    for cls in [&t.bytes, &t.bytearray] {
        let owner = if cls.is(&t.bytes) { "bytes" } else { "bytearray" };
        let f = crate::objects::func::new_method_builtin(owner, "fromhex", fromhex);
        super::set_class_attr(cls, "fromhex", crate::objects::misc::new_descriptor(crate::objects::misc::DescriptorData::ClassMethod(f)));
    }
}
