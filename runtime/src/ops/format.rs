//! `format(value, spec)` and f-string replacement fields.

use super::{call_special, lookup_special, native_of, type_name};
use crate::error::{type_error, PyResult};
use crate::interp::Vm;
use crate::objects::str::new_string;
use crate::text;
use crate::value::Value;

/// One f-string field: conversion (0 none, 1 !s, 2 !r, 3 !a), then format.
pub fn format_value(vm: &mut Vm, v: &Value, conversion: u8, spec: Option<&Value>) -> PyResult<Value> {
    let converted = match conversion {
        1 => super::str_of(vm, v)?,
        2 => new_string(super::repr(vm, v)?),
        3 => new_string(ascii_of(vm, v)?),
        _ => v.clone(),
    };
    let spec_s = spec.and_then(|s| s.as_str()).unwrap_or("");
    if spec_s.is_empty() && converted.is_str() {
        return Ok(converted);
    }
    format(vm, &converted, spec_s).map(new_string)
}

/// `format(v, spec)`.
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if v.is_bool() && spec.is_empty() {
        return Ok(if v.as_bool() { "True".into() } else { "False".into() });
    }
    if let Some(i) = v.as_int_like() {
        let tn = if v.is_bool() { "bool" } else { "int" };
        return super::repr::from_text(if v.is_bool() { text::format_int_typed(&i.into(), spec, tn) } else { text::format_i64(i, spec) });
    }
    if let Some(b) = v.as_bigint_data() {
        return super::repr::from_text(text::format_int(b, spec));
    }
    if v.is_float() {
        return super::repr::from_text(text::format_float(v.as_float(), spec));
    }
    if let Some(s) = v.as_str() {
        return super::repr::from_text(text::format_str(s, spec));
    }
    if v.as_instance().is_some() {
        if let Some(f) = lookup_special(v, "__format__") {
            let r = call_special(vm, &f, v, &[new_string(spec.to_string())])?;
            return match r.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(type_error(format!("__format__ must return a str, not {}", type_name(&r)))),
            };
        }
        if let Some(n) = native_of(v) {
            // The built-in type's __format__: its mini-language for a spec,
            // str(self) (the subclass's __str__/__repr__) for an empty one.
            if !spec.is_empty() || (lookup_special(v, "__str__").is_none() && lookup_special(v, "__repr__").is_none()) {
                return format(vm, &n, spec);
            }
        }
    }
    if spec.is_empty() {
        return super::to_str(vm, v);
    }
    Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(v))))
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
pub fn ascii_of(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(text::str_repr::ascii_repr(s));
    }
    let r = super::repr(vm, v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    Ok(out)
}
