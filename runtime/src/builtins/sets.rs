//! Methods and operators of `set` and `frozenset`, following CPython's
//! algorithms so results iterate in the same order.

use super::args::method;
use super::register_methods;
use crate::error::{key_error, type_error, PyResult};
use crate::frontend::ast::{BinOp, CmpOp};
use crate::heap::alloc;
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::objects::set::{new_set_data, SetData};
use crate::ops;
use crate::types::types;
use crate::value::Value;

fn sd(v: &Value) -> PyResult<&SetData> {
    if let Some(s) = v.as_set() {
        return Ok(s);
    }
    Err(type_error(format!("descriptor requires a 'set' object but received a '{}'", ops::type_name(v))))
}

fn set_value(v: &Value) -> Value {
    if v.as_set().is_some() {
        return v.clone();
    }
    ops::native_of(v).unwrap_or_else(|| v.clone())
}

fn new_like(frozen: bool) -> Value {
    alloc(new_set_data(frozen))
}

/// Adds every element of an iterable (sets and dicts take CPython's fast paths).
pub fn set_update_from(vm: &mut Vm, s: &Value, src: &Value) -> PyResult<()> {
    let target = sd(s)?;
    if let Some(o) = src.as_set() {
        return target.merge_set(vm, o);
    }
    if let Some(d) = src.as_dict() {
        target.reserve_for(d.len());
        for (k, h, _) in d.entries_hashed() {
            target.add_hashed(vm, k, h)?;
        }
        return Ok(());
    }
    let it = ops::iter::get_iter(vm, src)?;
    while let Some(x) = ops::iter::next(vm, &it)? {
        target.add(vm, x)?;
    }
    Ok(())
}

/// Any iterable as a set (for operators on dict views).
pub fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.as_set().is_some() {
        return Ok(v.clone());
    }
    let s = new_like(false);
    set_update_from(vm, &s, v)?;
    Ok(s)
}

fn copy_of(vm: &mut Vm, v: &Value, frozen: bool) -> PyResult<Value> {
    let s = new_like(frozen);
    set_update_from(vm, &s, v)?;
    Ok(s)
}

fn intersection(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let frozen = a.as_set().is_some_and(|s| s.frozen);
    let result = new_like(frozen);
    let (x, y) = (sd(a)?, sd(b)?);
    // Iterate over the smaller set, probing the larger (CPython's order).
    let (small, large) = if y.len() > x.len() { (a, b) } else { (b, a) };
    let items = sd(small)?.items_hashed();
    let large = large.clone();
    for (k, h) in items {
        if sd(&large)?.contains(vm, &k)? {
            sd(&result)?.add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

fn difference(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let frozen = a.as_set().is_some_and(|s| s.frozen);
    let result = new_like(frozen);
    let items = sd(a)?.items_hashed();
    for (k, h) in items {
        if !sd(b)?.contains(vm, &k)? {
            sd(&result)?.add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

fn symmetric_difference(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let frozen = a.as_set().is_some_and(|s| s.frozen);
    let result = copy_of(vm, a, frozen)?;
    let items = sd(b)?.items_hashed();
    for (k, h) in items {
        let r = sd(&result)?;
        if !r.discard(vm, &k)? {
            r.add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

pub fn set_operator(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    match op {
        BinOp::BitOr => {
            let frozen = a.as_set().is_some_and(|s| s.frozen);
            let r = copy_of(vm, a, frozen)?;
            set_update_from(vm, &r, b)?;
            Ok(r)
        }
        BinOp::BitAnd => intersection(vm, a, b),
        BinOp::Sub => difference(vm, a, b),
        _ => symmetric_difference(vm, a, b),
    }
}

fn is_subset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if sd(a)?.len() > sd(b)?.len() {
        return Ok(false);
    }
    for k in sd(a)?.items() {
        if !sd(b)?.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (la, lb) = (sd(a)?.len(), sd(b)?.len());
    let r = match op {
        CmpOp::Eq => la == lb && is_subset(vm, a, b)?,
        CmpOp::NotEq => !(la == lb && is_subset(vm, a, b)?),
        CmpOp::LtE => is_subset(vm, a, b)?,
        CmpOp::Lt => la < lb && is_subset(vm, a, b)?,
        CmpOp::GtE => is_subset(vm, b, a)?,
        CmpOp::Gt => lb < la && is_subset(vm, b, a)?,
        _ => false,
    };
    Ok(Value::bool(r))
}

fn add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "add", 1, 1)?;
    let s = set_value(s);
    sd(&s)?.add(vm, a[0].clone())?;
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "remove", 1, 1)?;
    let s = set_value(s);
    if !sd(&s)?.discard(vm, &a[0])? {
        return Err(key_error(a[0].clone()));
    }
    Ok(Value::NONE)
}

fn discard(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "discard", 1, 1)?;
    let s = set_value(s);
    sd(&s)?.discard(vm, &a[0])?;
    Ok(Value::NONE)
}

fn pop(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "pop", 0, 0)?;
    let s = set_value(s);
    sd(&s)?.pop().ok_or_else(|| key_error(crate::objects::str::new_str("pop from an empty set")))
}

fn clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "clear", 0, 0)?;
    sd(&set_value(s))?.clear_all();
    Ok(Value::NONE)
}

/// `set.__init__(iterable=())`: refills the set (a subclass instance starts
/// empty and is filled here, as in CPython).
fn set_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "set", 0, 1)?;
    let target = set_value(s);
    sd(&target)?.clear_all();
    if let Some(src) = a.first() {
        set_update_from(vm, &target, src)?;
    }
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "copy", 0, 0)?;
    let s = set_value(s);
    let frozen = sd(&s)?.frozen;
    copy_of(vm, &s, frozen)
}

/// Methods taking any number of iterables (`a.union(b, c)`).
fn multi(vm: &mut Vm, args: Args<'_>, name: &str, op: BinOp) -> PyResult<Value> {
    let (s, rest) = args.pos.split_first().ok_or_else(|| type_error(format!("{name} needs self")))?;
    let mut acc = set_value(s);
    let frozen = sd(&acc)?.frozen;
    if rest.is_empty() {
        return copy_of(vm, &acc, frozen);
    }
    for other in rest {
        let o = to_set(vm, other)?;
        acc = set_operator(vm, &acc, &o, op)?;
    }
    Ok(acc)
}

fn union(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    multi(vm, args, "union", BinOp::BitOr)
}
fn intersection_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    multi(vm, args, "intersection", BinOp::BitAnd)
}
fn difference_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    multi(vm, args, "difference", BinOp::Sub)
}
fn symdiff_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "symmetric_difference", 1, 1)?;
    let o = to_set(vm, &a[0])?;
    symmetric_difference(vm, &set_value(s), &o)
}

fn in_place(vm: &mut Vm, args: Args<'_>, name: &str, op: BinOp) -> PyResult<Value> {
    let (s, rest) = args.pos.split_first().ok_or_else(|| type_error(format!("{name} needs self")))?;
    let s = set_value(s);
    for other in rest {
        if op == BinOp::BitOr {
            set_update_from(vm, &s, other)?;
            continue;
        }
        let o = to_set(vm, other)?;
        let r = set_operator(vm, &s, &o, op)?;
        let items = sd(&r)?.items_hashed();
        let target = sd(&s)?;
        target.clear_all();
        for (k, h) in items {
            target.add_hashed(vm, k, h)?;
        }
    }
    Ok(Value::NONE)
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    in_place(vm, args, "update", BinOp::BitOr)
}
fn intersection_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    in_place(vm, args, "intersection_update", BinOp::BitAnd)
}
fn difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    in_place(vm, args, "difference_update", BinOp::Sub)
}
fn symmetric_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    in_place(vm, args, "symmetric_difference_update", BinOp::BitXor)
}

fn issubset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "issubset", 1, 1)?;
    let o = to_set(vm, &a[0])?;
    Ok(Value::bool(is_subset(vm, &set_value(s), &o)?))
}

fn issuperset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "issuperset", 1, 1)?;
    let o = to_set(vm, &a[0])?;
    Ok(Value::bool(is_subset(vm, &o, &set_value(s))?))
}

fn isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "isdisjoint", 1, 1)?;
    let o = to_set(vm, &a[0])?;
    let i = intersection(vm, &set_value(s), &o)?;
    Ok(Value::bool(sd(&i)?.is_empty()))
}

pub fn install() {
    let t = types();
    let common: &[(&'static str, crate::objects::func::NativeFn)] = &[
        ("copy", copy),
        ("union", union),
        ("intersection", intersection_m),
        ("difference", difference_m),
        ("symmetric_difference", symdiff_m),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
    ];
    register_methods(&t.set, "set", common);
    register_methods(&t.frozenset, "frozenset", common);
    register_methods(
        &t.set,
        "set",
        &[
            ("__init__", set_init),
            ("add", add),
            ("remove", remove),
            ("discard", discard),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
            ("symmetric_difference_update", symmetric_difference_update),
        ],
    );
}
