//! The runtime side of `match` statements: the tests a pattern needs that are
//! not ordinary operations (is the subject a sequence or a mapping, look up
//! a mapping pattern's keys, take a class pattern's attributes). The compiler
//! (`compile/matching.rs`) emits one `MatchHelper` instruction per test; its
//! `x` operand is one of the kinds below.

use super::{isinstance, len, type_name};
use crate::error::{exc, type_error, PyResult};
use crate::interp::Vm;
use crate::objects::dict::new_dict;
use crate::objects::tuple::new_tuple;
use crate::types::{types, ExcType};
use crate::value::Value;

/// a = whether b is a sequence a sequence pattern may match.
pub const IS_SEQUENCE: u8 = 0;
/// a = whether b is a mapping.
pub const IS_MAPPING: u8 = 1;
/// a = len(b).
pub const LEN: u8 = 2;
/// a = the values of the keys in tuple c, as a tuple, or None if one is missing.
pub const KEYS: u8 = 3;
/// a = a new dict of b's items whose keys are not in tuple c (`**rest`).
pub const REST: u8 = 4;
/// a = a tuple of the attributes a class pattern matches against (True if it
/// names none), or None when b is not an instance. Registers c, c+1, c+2
/// hold the class, the positional count and the tuple of keyword names.
pub const CLASS: u8 = 5;

/// Runs the helper `kind` on `subject`; `extra` are the registers from c on.
pub fn helper(vm: &mut Vm, kind: u8, subject: &Value, extra: &[Value]) -> PyResult<Value> {
    Ok(match kind {
        IS_SEQUENCE => Value::bool(is_sequence(subject)),
        IS_MAPPING => Value::bool(isinstance(subject, &types().dict)),
        LEN => Value::int(len(vm, subject)? as i64),
        KEYS => keys(vm, subject, extra.first())?,
        REST => rest(vm, subject, extra.first())?,
        CLASS => class(vm, subject, extra)?,
        _ => return Err(crate::error::internal_error("unknown match helper")),
    })
}

/// CPython matches sequence patterns against the classes flagged as
/// sequences: list, tuple, range and their subclasses (plus memoryview,
/// array and deque, which pylift represents as classes that say so with a
/// `__pylift_sequence__` attribute); never str, bytes or bytearray.
fn is_sequence(v: &Value) -> bool {
    let t = types();
    if isinstance(v, &t.list) || isinstance(v, &t.tuple) || isinstance(v, &t.range) {
        return true;
    }
    v.as_instance().is_some() && super::type_of(v).as_class().is_some_and(|c| c.lookup_str("__pylift_sequence__").is_some())
}

fn key_tuple(keys: Option<&Value>) -> Vec<Value> {
    keys.and_then(|k| k.as_tuple()).map(|t| t.items.to_vec()).unwrap_or_default()
}

fn keys(vm: &mut Vm, subject: &Value, keys: Option<&Value>) -> PyResult<Value> {
    let keys = key_tuple(keys);
    let mut seen: Vec<Value> = Vec::with_capacity(keys.len());
    let mut values = Vec::with_capacity(keys.len());
    for k in keys {
        for s in &seen {
            if super::compare::eq_bool(vm, s, &k)? {
                let r = super::repr::repr(vm, &k)?;
                return Err(exc(ExcType::ValueError, format!("mapping pattern checks duplicate key ({r})")));
            }
        }
        // CPython looks keys up with `get`, so `__missing__` is not called.
        let found = match super::native_of(subject).as_ref().unwrap_or(subject).as_dict() {
            Some(d) => d.get(vm, &k)?,
            None => None,
        };
        match found {
            Some(v) => values.push(v),
            None => return Ok(Value::NONE),
        }
        seen.push(k);
    }
    Ok(new_tuple(values))
}

fn rest(vm: &mut Vm, subject: &Value, keys: Option<&Value>) -> PyResult<Value> {
    let keys = key_tuple(keys);
    let out = new_dict();
    let items = super::native_of(subject).as_ref().unwrap_or(subject).as_dict().map(|d| d.items()).unwrap_or_default();
    let Some(od) = out.as_dict() else { return Ok(out) };
    'items: for (k, v) in items {
        for m in &keys {
            if super::compare::eq_bool(vm, m, &k)? {
                continue 'items;
            }
        }
        od.set(vm, k, v)?;
    }
    Ok(out)
}

/// Built-in classes whose single positional sub-pattern matches the
/// subject itself (`case int(n):`).
fn matches_self(cls: &Value) -> bool {
    let t = types();
    let Some(c) = cls.as_class() else { return false };
    [&t.bool_, &t.bytearray, &t.bytes, &t.dict, &t.float, &t.frozenset, &t.int, &t.list, &t.set, &t.str_, &t.tuple].iter().any(|b| c.is_subclass_of(b))
}

fn class(vm: &mut Vm, subject: &Value, extra: &[Value]) -> PyResult<Value> {
    let [cls, npos, kwnames, ..] = extra else { return Err(crate::error::internal_error("class pattern operands")) };
    let Some(c) = cls.as_class() else { return Err(type_error("called match pattern must be a type")) };
    if !isinstance(subject, cls) {
        return Ok(Value::NONE);
    }
    let npos = npos.as_small_int().max(0) as usize;
    let kwnames = key_tuple(Some(kwnames));
    let cname = c.name_str().to_string();
    let mut names: Vec<Value> = Vec::with_capacity(npos + kwnames.len());
    let mut values = Vec::with_capacity(npos + kwnames.len());
    if npos > 0 {
        let declared = super::attr::get_attr_opt(vm, cls, &crate::objects::str::intern("__match_args__"))?;
        match declared {
            None if matches_self(cls) => {
                if npos > 1 {
                    return Err(type_error(format!("{cname}() accepts 1 positional sub-pattern ({npos} given)")));
                }
                values.push(subject.clone());
            }
            _ => {
                let args = match &declared {
                    None => Vec::new(),
                    Some(a) => match a.as_tuple() {
                        Some(t) => t.items.to_vec(),
                        None => return Err(type_error(format!("{cname}.__match_args__ must be a tuple (got {})", type_name(a)))),
                    },
                };
                if npos > args.len() {
                    let s = if args.len() == 1 { "" } else { "s" };
                    return Err(type_error(format!("{cname}() accepts {} positional sub-pattern{s} ({npos} given)", args.len())));
                }
                for name in &args[..npos] {
                    if name.as_str().is_none() {
                        return Err(type_error(format!("__match_args__ elements must be strings (got {})", type_name(name))));
                    }
                    names.push(name.clone());
                }
            }
        }
    }
    names.extend(kwnames);
    for (i, name) in names.iter().enumerate() {
        if names[..i].iter().any(|n| n.as_str() == name.as_str()) {
            return Err(type_error(format!("{cname}() got multiple sub-patterns for attribute '{}'", name.as_str().unwrap_or(""))));
        }
        match super::attr::get_attr_opt(vm, subject, name)? {
            Some(v) => values.push(v),
            None => return Ok(Value::NONE),
        }
    }
    Ok(if values.is_empty() { Value::TRUE } else { new_tuple(values) })
}
