//! Encoding and decoding between interpreter values (`str.encode`,
//! `bytes.decode`, text files), and the UnicodeDecodeError /
//! UnicodeEncodeError classes' attributes and messages. The codecs
//! themselves are in `text::codecs`.

use super::args::method;
use crate::error::{exc, new_exception, type_error, PyErr, PyResult};
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::objects::misc::new_bytes;
use crate::objects::str::{intern, new_str, new_string};
use crate::ops::{self, type_name};
use crate::text::codecs::{self, Codec, Errors};
use crate::types::{types, ExcType};
use crate::value::Value;

/// The codec named by an `encoding=` argument (default UTF-8).
pub fn codec_arg(v: Option<&Value>, fname: &str) -> PyResult<Codec> {
    let Some(v) = v.filter(|v| !v.is_none()) else { return Ok(Codec::Utf8) };
    let name = v.as_str().ok_or_else(|| type_error(format!("{fname}() argument 'encoding' must be str, not {}", type_name(v))))?;
    codec_named(name)
}

pub fn codec_named(name: &str) -> PyResult<Codec> {
    Codec::lookup(name).ok_or_else(|| exc(ExcType::LookupError, format!("unknown encoding: {name}")))
}

/// The `errors=` argument's name (default "strict"); it is looked up only
/// when an error is met, as in CPython.
pub fn errors_arg<'a>(v: Option<&'a Value>, fname: &str) -> PyResult<&'a str> {
    match v.filter(|v| !v.is_none()) {
        None => Ok("strict"),
        Some(v) => v.as_str().ok_or_else(|| type_error(format!("{fname}() argument 'errors' must be str, not {}", type_name(v)))),
    }
}

fn handler(name: &str) -> PyResult<Errors> {
    Errors::lookup(name).ok_or_else(|| exc(ExcType::LookupError, format!("unknown error handler name '{name}'")))
}

pub fn decode(codec: Codec, b: &[u8], errors: &str) -> PyResult<String> {
    let h = match Errors::lookup(errors) {
        Some(h) => h,
        None if codecs::first_decode_error(codec, b).is_none() => Errors::Strict,
        None => return Err(handler(errors).err().unwrap_or_else(|| type_error("errors"))),
    };
    if h == Errors::XmlCharRefReplace {
        if let Some(e) = codecs::first_decode_error(codec, b) {
            let _ = e;
            return Err(type_error("don't know how to handle UnicodeDecodeError in error callback"));
        }
    }
    codecs::decode(codec, b, h).map_err(|e| decode_error(codec.name(), b, e.start, e.end, e.reason))
}

pub fn encode(codec: Codec, s: &str, errors: &str) -> PyResult<Vec<u8>> {
    let h = match Errors::lookup(errors) {
        Some(h) => h,
        None if codecs::first_encode_error(codec, s).is_none() => Errors::Strict,
        None => return Err(handler(errors).err().unwrap_or_else(|| type_error("errors"))),
    };
    codecs::encode(codec, s, h).map_err(|e| encode_error(codec.name(), s, e.start, e.end, e.reason))
}

fn set_attrs(e: &Value, names: [&str; 5], vals: &[Value]) {
    if let Some(i) = e.as_instance() {
        for (n, v) in names.iter().zip(vals) {
            i.set_attr(&intern(n), v.clone());
        }
    }
}

const ATTRS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

pub fn decode_error(encoding: &str, object: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let args = vec![new_str(encoding), new_bytes(object.to_vec()), Value::int(start as i64), Value::int(end as i64), new_str(reason)];
    let e = new_exception(ExcType::UnicodeDecodeError, args.clone());
    set_attrs(&e, ATTRS, &args);
    PyErr(e)
}

pub fn encode_error(encoding: &str, object: &str, start: usize, end: usize, reason: &str) -> PyErr {
    let args = vec![new_str(encoding), new_str(object), Value::int(start as i64), Value::int(end as i64), new_str(reason)];
    let e = new_exception(ExcType::UnicodeEncodeError, args.clone());
    set_attrs(&e, ATTRS, &args);
    PyErr(e)
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)` (and the
/// encode twin): CPython requires exactly these five arguments.
fn unicode_error_init(vm: &mut Vm, args: Args<'_>, decode: bool) -> PyResult<Value> {
    let name = if decode { "UnicodeDecodeError" } else { "UnicodeEncodeError" };
    let (s, a) = method(&args, "__init__", 0, usize::MAX)?;
    if a.len() != 5 {
        return Err(type_error(format!("function takes exactly 5 arguments ({} given)", a.len())));
    }
    let want = |i: usize, ok: bool, what: &str| -> PyResult<()> {
        if ok {
            Ok(())
        } else {
            Err(type_error(format!("argument {} must be {what}, not {}", i + 1, type_name(&a[i]))))
        }
    };
    want(0, a[0].is_str(), "str")?;
    want(1, if decode { a[1].as_bytes().is_some() } else { a[1].is_str() }, if decode { "bytes-like object" } else { "str" })?;
    want(2, a[2].is_int(), "int")?;
    want(3, a[3].is_int(), "int")?;
    want(4, a[4].is_str(), "str")?;
    let _ = (vm, name);
    if let Some(st) = s.as_instance().and_then(|i| i.exc()) {
        st.args = crate::objects::tuple::new_tuple(a.to_vec());
    }
    set_attrs(s, ATTRS, a);
    Ok(Value::NONE)
}

fn decode_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unicode_error_init(vm, args, true)
}

fn encode_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unicode_error_init(vm, args, false)
}

fn attr(vm: &mut Vm, e: &Value, name: &str) -> PyResult<Value> {
    ops::attr::get_attr(vm, e, &intern(name))
}

fn unicode_error_str(vm: &mut Vm, args: Args<'_>, decode: bool) -> PyResult<Value> {
    let (s, _) = method(&args, "__str__", 0, 0)?;
    let enc = attr(vm, s, "encoding")?;
    let obj = attr(vm, s, "object")?;
    let start = attr(vm, s, "start")?.to_i64().unwrap_or(0).max(0) as usize;
    let end = attr(vm, s, "end")?.to_i64().unwrap_or(0).max(0) as usize;
    let reason = attr(vm, s, "reason")?;
    let reason = ops::to_str(vm, &reason)?;
    let enc = ops::to_str(vm, &enc)?;
    Ok(new_string(if decode {
        let b = obj.as_bytes().map(|b| b.bytes.get().clone()).unwrap_or_default();
        codecs::decode_error_message(&enc, &b, start, end, &reason)
    } else {
        codecs::encode_error_message(&enc, obj.as_str().unwrap_or(""), start, end, &reason)
    }))
}

fn decode_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unicode_error_str(vm, args, true)
}

fn encode_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unicode_error_str(vm, args, false)
}

pub fn install() {
    let t = types();
    super::register_methods(&t.exc(ExcType::UnicodeDecodeError), "UnicodeDecodeError", &[("__init__", decode_init), ("__str__", decode_str)]);
    super::register_methods(&t.exc(ExcType::UnicodeEncodeError), "UnicodeEncodeError", &[("__init__", encode_init), ("__str__", encode_str)]);
}
