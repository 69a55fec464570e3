//! The iteration protocol: `iter()`, `next()`, and the helpers built on them
//! (collecting, unpacking).

use super::{call_special, lookup_special, native_of, truthy, type_name};
use crate::error::{type_error, value_error, PyResult};
use crate::heap::ObjKind;
use crate::interp::Vm;
use crate::objects::iter::{new_iter, IterState};
use crate::objects::misc::ViewKind;
use crate::types::ExcType;
use crate::value::Value;

/// The iterator of `range(start, stop, step)` (also made directly by native
/// code for `for ... in range(...)`).
pub fn range_iter(start: i64, stop: i64, step: i64) -> Value {
    new_iter(IterState::Range { next: start, stop, step })
}

/// The iterator of a built-in iterable (list, tuple, str, range, dict and
/// views, set, bytes; an iterator is its own), made without running Python
/// code; `None` for anything else (`get_iter` decides). Native code calls
/// this directly (`jit::pylift_jit_get_iter`).
pub fn builtin_iter(v: &Value) -> Option<Value> {
    let state = match v.obj_kind()? {
        ObjKind::List => IterState::List { list: v.clone(), index: 0 },
        ObjKind::Tuple => IterState::Tuple { tuple: v.clone(), index: 0 },
        ObjKind::Str => IterState::Str { s: v.clone(), pos: 0 },
        ObjKind::Range => {
            let r = v.as_range()?;
            if r.big.is_some() {
                // Item by item (`range.__getitem__` computes each).
                IterState::SeqGetItem { obj: v.clone(), index: 0 }
            } else {
                return Some(range_iter(r.start, r.stop, r.step));
            }
        }
        ObjKind::Dict => IterState::Dict { dict: v.clone(), pos: 0, len: v.as_dict().map_or(0, |d| d.len()), kind: ViewKind::Keys },
        ObjKind::DictView => {
            let dv = v.downcast::<crate::objects::misc::DictViewData>()?;
            IterState::Dict { dict: dv.dict.clone(), pos: 0, len: dv.dict.as_dict().map_or(0, |d| d.len()), kind: dv.kind }
        }
        ObjKind::Set => IterState::Set { set: v.clone(), pos: 0, len: v.as_set().map_or(0, |s| s.len()) },
        ObjKind::Bytes => IterState::Bytes { b: v.clone(), index: 0 },
        ObjKind::Iter | ObjKind::Generator => return Some(v.clone()),
        _ => return None,
    };
    Some(new_iter(state))
}

pub fn get_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(it) = builtin_iter(v) {
        return Ok(it);
    }
    let state = match v.obj_kind() {
        Some(ObjKind::Class) => match super::meta_special(v, "__iter__") {
            Some(f) => {
                let it = call_special(vm, &f, v, &[])?;
                if !is_iterator(&it) {
                    return Err(type_error(format!("iter() returned non-iterator of type '{}'", type_name(&it))));
                }
                return Ok(it);
            }
            None => return Err(not_iterable(v)),
        },
        Some(ObjKind::Instance) => {
            if let Some(f) = lookup_special(v, "__iter__") {
                let it = call_special(vm, &f, v, &[])?;
                if !is_iterator(&it) {
                    return Err(type_error(format!("iter() returned non-iterator of type '{}'", type_name(&it))));
                }
                return Ok(it);
            }
            // A subclass of a built-in iterates its value (as list.__iter__
            // would), even when it overrides __getitem__.
            if let Some(n) = native_of(v) {
                return get_iter(vm, &n);
            } else if lookup_special(v, "__getitem__").is_some() {
                IterState::SeqGetItem { obj: v.clone(), index: 0 }
            } else {
                return Err(not_iterable(v));
            }
        }
        // Other built-in kinds with a native `__iter__` (files).
        _ => match lookup_special(v, "__iter__") {
            Some(f) => return call_special(vm, &f, v, &[]),
            None => return Err(not_iterable(v)),
        },
    };
    Ok(new_iter(state))
}

/// Whether `iter(v)` could succeed (without calling anything).
pub fn is_iterable_type(v: &Value) -> bool {
    match v.obj_kind() {
        Some(ObjKind::Instance) => lookup_special(v, "__iter__").is_some() || lookup_special(v, "__getitem__").is_some() || native_of(v).is_some(),
        Some(ObjKind::Class) => super::meta_special(v, "__iter__").is_some(),
        Some(ObjKind::List | ObjKind::Tuple | ObjKind::Str | ObjKind::Range | ObjKind::Dict | ObjKind::DictView | ObjKind::Set | ObjKind::Bytes | ObjKind::Iter | ObjKind::Generator) => true,
        _ => lookup_special(v, "__iter__").is_some(),
    }
}

pub fn not_iterable(v: &Value) -> crate::error::PyErr {
    type_error(format!("'{}' object is not iterable", type_name(v)))
}

pub fn is_iterator(v: &Value) -> bool {
    matches!(v.obj_kind(), Some(ObjKind::Iter) | Some(ObjKind::Generator)) || lookup_special(v, "__next__").is_some()
}

/// The next item of a range or list iterator, which needs no call:
/// `Some(None)` when exhausted (a list iterator then stays exhausted even if
/// the list grows, as in CPython); `None` for other iterators. The
/// interpreter's `ForIter`, native code's `ForIter` helper and `next` share it.
#[inline(always)]
pub fn next_inline(state: &mut IterState) -> Option<Option<Value>> {
    match state {
        IterState::Range { next, stop, step } => {
            let cur = *next;
            Some(if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                // Past i64 is past `stop` (an i64): the range is done.
                *next = cur.checked_add(*step).unwrap_or(*stop);
                Some(Value::int(cur))
            } else {
                None
            })
        }
        IterState::List { list, index } => {
            let item = list.as_list().and_then(|l| l.get(*index));
            if item.is_some() {
                *index += 1;
            } else {
                *state = IterState::Exhausted(crate::types::IterClass::List);
            }
            Some(item)
        }
        _ => None,
    }
}

/// Whether `next_leaf` can step the iterator `it`: a built-in iterator
/// whose step runs no Python code and cannot raise (an `enumerate` or a
/// non-strict `zip` of such iterators, with a small-int count; a dict or
/// set not resized meanwhile).
pub fn leaf_steppable(it: &Value) -> bool {
    let Some(data) = it.as_iter() else { return false };
    match data.state.get() {
        IterState::Range { .. } | IterState::List { .. } | IterState::Tuple { .. } | IterState::Str { .. } | IterState::Bytes { .. } | IterState::Exhausted(_) => true,
        IterState::Dict { dict, len, .. } => dict.as_dict().is_some_and(|d| d.len() == *len),
        IterState::Set { set, len, .. } => set.as_set().is_some_and(|s| s.len() == *len),
        IterState::Enumerate { it, count } => count.is_small_int() && count.as_small_int() < crate::value::SMALL_INT_MAX && leaf_steppable(it),
        IterState::Zip { iters, strict } => !strict && !iters.is_empty() && iters.iter().all(leaf_steppable),
        _ => false,
    }
}

/// The next item of an iterator `leaf_steppable` accepted (None when
/// exhausted), as `next` would make it, running no Python code: native
/// code steps `for` loops over such iterators with no frame write-back.
pub fn next_leaf(it: &Value) -> Option<Value> {
    let data = it.as_iter()?;
    if let Some(item) = next_inline(data.state.get_mut()) {
        return item;
    }
    let (step, class) = match data.state.get_mut() {
        IterState::Tuple { tuple, index } => {
            let item = tuple.as_tuple().and_then(|t| t.items.get(*index).cloned());
            *index += 1;
            return item;
        }
        IterState::Str { s, pos } => {
            let c = s.as_str().unwrap_or("")[*pos..].chars().next()?;
            *pos += c.len_utf8();
            return Some(crate::objects::str::char_str(c));
        }
        IterState::Bytes { b, index } => {
            let item = b.as_bytes().and_then(|b| b.bytes.get().get(*index).copied());
            *index += 1;
            return item.map(|x| Value::int(x as i64));
        }
        IterState::Dict { dict, pos, kind, .. } => {
            let (p, e) = dict.as_dict()?.table.get().next_entry(*pos)?;
            *pos = p + 1;
            return Some(match kind {
                ViewKind::Keys => e.key.clone(),
                ViewKind::Values => e.value.clone(),
                ViewKind::Items => crate::objects::tuple::new_tuple(vec![e.key.clone(), e.value.clone()]),
            });
        }
        IterState::Set { set, pos, .. } => {
            let t = set.as_set()?.table.get();
            let mut p = *pos;
            while p < t.table.len() && !t.table[p].is_active() {
                p += 1;
            }
            *pos = (p + 1).min(t.table.len());
            return t.table.get(p).map(|e| e.key.clone());
        }
        IterState::Exhausted(_) => return None,
        IterState::Enumerate { it, count } => {
            let (inner, c) = (it.clone(), count.as_small_int());
            match next_leaf(&inner) {
                Some(v) => {
                    *count = Value::int(c + 1);
                    return Some(crate::objects::tuple::new_tuple(vec![Value::int(c), v]));
                }
                None => (None, crate::types::IterClass::Enumerate),
            }
        }
        IterState::Zip { iters, .. } => {
            let iters = iters.clone();
            let mut out = Vec::with_capacity(iters.len());
            for x in &iters {
                match next_leaf(x) {
                    Some(v) => out.push(v),
                    None => break,
                }
            }
            if out.len() == iters.len() {
                return Some(crate::objects::tuple::new_tuple(out));
            }
            (None, crate::types::IterClass::Zip)
        }
        _ => return None,
    };
    data.state.replace(IterState::Exhausted(class));
    step
}

/// `for a, b, ... in it` (an `n`-item unpacking of each item) over an
/// iterator `leaf_steppable` accepted, making no tuple where the iterator
/// would make one only to have it unpacked (`enumerate`, `zip`, dict
/// items) and unpacking tuples and lists of `n` items in place: `put`
/// receives the parts in order and `Some(true)` is returned;
/// `Some(false)` when exhausted (nothing put); `None`, with nothing
/// consumed, for an item that is not `n` items (the caller steps and
/// unpacks the usual way).
pub fn next_leaf_unpacked(it: &Value, n: usize, put: &mut dyn FnMut(usize, Value)) -> Option<bool> {
    /// Parts gathered before any is put: an iterator of a `zip` may be
    /// exhausted after others gave theirs (the loop's variables keep the
    /// last complete item's parts).
    const MAX_ZIP: usize = 4;
    let data = it.as_iter()?;
    match data.state.get_mut() {
        IterState::Enumerate { it: inner, count } if n == 2 => match next_leaf(inner) {
            Some(v) => {
                let c = count.as_small_int();
                *count = Value::int(c + 1);
                put(0, Value::int(c));
                put(1, v);
                Some(true)
            }
            None => {
                data.state.replace(IterState::Exhausted(crate::types::IterClass::Enumerate));
                Some(false)
            }
        },
        IterState::Zip { iters, .. } if iters.len() == n && n <= MAX_ZIP => {
            let mut parts: [Value; MAX_ZIP] = [const { Value::UNDEF }; MAX_ZIP];
            for (part, x) in parts.iter_mut().zip(iters.iter()) {
                match next_leaf(x) {
                    Some(v) => *part = v,
                    None => {
                        data.state.replace(IterState::Exhausted(crate::types::IterClass::Zip));
                        return Some(false);
                    }
                }
            }
            for (i, v) in parts.into_iter().take(n).enumerate() {
                put(i, v);
            }
            Some(true)
        }
        IterState::Dict { dict, pos, kind: ViewKind::Items, .. } if n == 2 => match dict.as_dict()?.table.get().next_entry(*pos) {
            Some((p, e)) => {
                *pos = p + 1;
                put(0, e.key.clone());
                put(1, e.value.clone());
                Some(true)
            }
            None => Some(false),
        },
        IterState::List { list, index } => {
            let l = list.as_list()?;
            let Some(item) = l.get(*index) else {
                data.state.replace(IterState::Exhausted(crate::types::IterClass::List));
                return Some(false);
            };
            match (item.as_tuple(), item.as_list()) {
                (Some(t), _) if t.items.len() == n => {
                    *index += 1;
                    for (i, v) in t.items.iter().enumerate() {
                        put(i, v.clone());
                    }
                }
                (_, Some(l)) if l.len() == n => {
                    *index += 1;
                    for i in 0..n {
                        put(i, l.get(i).unwrap_or(Value::NONE));
                    }
                }
                _ => return None,
            }
            Some(true)
        }
        _ => None,
    }
}

/// The next item, or None when exhausted.
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    Ok(next_with_value(vm, it)?.ok())
}

/// The next item, or `Err(return value)` when exhausted (generators return
/// values through StopIteration; `yield from` needs them).
pub fn next_with_value(vm: &mut Vm, it: &Value) -> PyResult<Result<Value, Value>> {
    match it.obj_kind() {
        Some(ObjKind::Iter) => {}
        Some(ObjKind::Generator) => {
            return Ok(match vm.gen_resume(it, Value::NONE, None)? {
                crate::interp::generator::Resumed::Yielded(v) => Ok(v),
                crate::interp::generator::Resumed::Returned(r) => Err(r),
            })
        }
        _ => {
            if let Some(f) = lookup_special(it, "__next__") {
                return match call_special(vm, &f, it, &[]) {
                    Ok(v) => Ok(Ok(v)),
                    Err(e) if e.is(ExcType::StopIteration) => Ok(Err(super::exc::stop_value(&e))),
                    Err(e) => Err(e),
                };
            }
            return Err(type_error(format!("'{}' object is not an iterator", type_name(it))));
        }
    }
    let data = it.as_iter().ok_or_else(|| type_error("iterator"))?;
    // States that call back into Python copy what they need first.
    if let Some(item) = next_inline(data.state.get_mut()) {
        return Ok(item.ok_or(Value::NONE));
    }
    // A dict or set resized since the iterator began raises; the other
    // built-in states step as native code steps them (`next_leaf`).
    match data.state.get_mut() {
        IterState::Dict { dict, len, .. } => {
            let d = dict.as_dict().ok_or_else(|| type_error("dict"))?;
            if d.len() != *len {
                *len = usize::MAX;
                return Err(crate::error::runtime_error("dictionary changed size during iteration"));
            }
        }
        IterState::Set { set, len, .. } => {
            let st = set.as_set().ok_or_else(|| type_error("set"))?;
            if st.len() != *len {
                *len = usize::MAX;
                return Err(crate::error::runtime_error("Set changed size during iteration"));
            }
        }
        IterState::Tuple { .. } | IterState::Str { .. } | IterState::Bytes { .. } | IterState::Exhausted(_) => {}
        _ => return next_slow(vm, it),
    }
    Ok(next_leaf(it).ok_or(Value::NONE))
}

/// Iterator states whose step runs Python code.
fn next_slow(vm: &mut Vm, it: &Value) -> PyResult<Result<Value, Value>> {
    let data = it.as_iter().ok_or_else(|| type_error("iterator"))?;
    enum Step {
        Seq(Value, i64),
        Rev(Value, i64),
        Enum(Value, Value),
        Zip(Vec<Value>, bool),
        Map(Value, Vec<Value>),
        Filter(Value, Value),
        Call(Value, Value),
    }
    let step = match data.state.get_mut() {
        IterState::SeqGetItem { obj, index } => {
            *index += 1;
            Step::Seq(obj.clone(), *index - 1)
        }
        IterState::Reversed { seq, index } => {
            *index -= 1;
            Step::Rev(seq.clone(), *index + 1)
        }
        IterState::Enumerate { it, count } => Step::Enum(it.clone(), count.clone()),
        IterState::Zip { iters, strict } => Step::Zip(iters.clone(), *strict),
        IterState::Map { func, iters } => Step::Map(func.clone(), iters.clone()),
        IterState::Filter { func, it } => Step::Filter(func.clone(), it.clone()),
        IterState::Callable { func, sentinel } => Step::Call(func.clone(), sentinel.clone()),
        _ => return Ok(Err(Value::NONE)),
    };
    let exhausted = |data: &crate::objects::iter::IterData| {
        let class = match data.state.get() {
            IterState::SeqGetItem { .. } => crate::types::IterClass::Seq,
            IterState::Reversed { seq, .. } if seq.as_list().is_some() => crate::types::IterClass::ListReversed,
            IterState::Reversed { .. } => crate::types::IterClass::Reversed,
            IterState::Enumerate { .. } => crate::types::IterClass::Enumerate,
            IterState::Zip { .. } => crate::types::IterClass::Zip,
            IterState::Map { .. } => crate::types::IterClass::Map,
            IterState::Filter { .. } => crate::types::IterClass::Filter,
            _ => crate::types::IterClass::Callable,
        };
        data.state.replace(IterState::Exhausted(class));
        Ok(Err(Value::NONE))
    };
    match step {
        Step::Seq(obj, i) => match super::subscript::get_item(vm, &obj, &Value::int(i)) {
            Ok(v) => Ok(Ok(v)),
            Err(e) if e.is(ExcType::IndexError) || e.is(ExcType::StopIteration) => exhausted(data),
            Err(e) => Err(e),
        },
        Step::Rev(seq, i) => {
            if i < 0 {
                return exhausted(data);
            }
            match super::subscript::get_item(vm, &seq, &Value::int(i)) {
                Ok(v) => Ok(Ok(v)),
                Err(e) if e.is(ExcType::IndexError) => exhausted(data),
                Err(e) => Err(e),
            }
        }
        Step::Enum(inner, count) => match next(vm, &inner)? {
            Some(v) => {
                let nextc = super::arith::binary(vm, &count, &Value::int(1), crate::frontend::ast::BinOp::Add)?;
                if let IterState::Enumerate { count: c, .. } = data.state.get_mut() {
                    *c = nextc;
                }
                Ok(Ok(crate::objects::tuple::new_tuple(vec![count, v])))
            }
            None => exhausted(data),
        },
        Step::Zip(iters, strict) => {
            let mut out = Vec::with_capacity(iters.len());
            for (i, x) in iters.iter().enumerate() {
                match next(vm, x)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict && (i > 0 || iters.iter().skip(1).any(|_| true)) {
                            if i > 0 {
                                return Err(value_error(format!(
                                    "zip() argument {} is shorter than argument{} 1{}",
                                    i + 1,
                                    if i > 1 { "s" } else { "" },
                                    if i > 1 { format!("-{i}") } else { String::new() }
                                )));
                            }
                            for (j, y) in iters.iter().enumerate().skip(1) {
                                if next(vm, y)?.is_some() {
                                    return Err(value_error(format!(
                                        "zip() argument {} is longer than argument{} 1{}",
                                        j + 1,
                                        if j > 1 { "s" } else { "" },
                                        if j > 1 { format!("-{j}") } else { String::new() }
                                    )));
                                }
                            }
                        }
                        return exhausted(data);
                    }
                }
            }
            if iters.is_empty() {
                return exhausted(data);
            }
            Ok(Ok(crate::objects::tuple::new_tuple(out)))
        }
        Step::Map(func, iters) => {
            let mut args = Vec::with_capacity(iters.len());
            for x in &iters {
                match next(vm, x)? {
                    Some(v) => args.push(v),
                    None => return exhausted(data),
                }
            }
            vm.call(&func, &args).map(Ok)
        }
        Step::Filter(func, inner) => loop {
            match next(vm, &inner)? {
                Some(v) => {
                    let keep = if func.is_none() {
                        truthy(vm, &v)?
                    } else {
                        let r = vm.call(&func, std::slice::from_ref(&v))?;
                        truthy(vm, &r)?
                    };
                    if keep {
                        return Ok(Ok(v));
                    }
                }
                None => return exhausted(data),
            }
        },
        Step::Call(func, sentinel) => {
            let v = vm.call(&func, &[])?;
            if super::compare::eq_bool(vm, &v, &sentinel)? {
                return exhausted(data);
            }
            Ok(Ok(v))
        }
    }
}

/// All items of an iterable.
pub fn collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(l) = v.as_list() {
        return Ok(l.to_vec());
    }
    if let Some(t) = v.as_tuple() {
        return Ok(t.items.to_vec());
    }
    let it = get_iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// `a, b, c = v`.
pub fn unpack(vm: &mut Vm, v: &Value, n: usize) -> PyResult<Vec<Value>> {
    if let Some(items) = v.as_tuple().map(|t| &t.items[..]).or_else(|| v.as_list().map(|l| l.items().as_slice())) {
        if items.len() == n {
            return Ok(items.to_vec());
        }
        if items.len() > n {
            return Err(value_error(format!("too many values to unpack (expected {n})")));
        }
        return Err(value_error(format!("not enough values to unpack (expected {n}, got {})", items.len())));
    }
    let it = match get_iter(vm, v) {
        Ok(it) => it,
        Err(e) if e.is(ExcType::TypeError) && v.as_instance().is_none() => return Err(type_error(format!("cannot unpack non-iterable {} object", type_name(v)))),
        Err(e) => return Err(e),
    };
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        match next(vm, &it)? {
            Some(x) => out.push(x),
            None => return Err(value_error(format!("not enough values to unpack (expected {n}, got {})", out.len()))),
        }
    }
    if next(vm, &it)?.is_some() {
        return Err(value_error(format!("too many values to unpack (expected {n})")));
    }
    Ok(out)
}

/// `a, *b, c = v`: before + [list] + after.
pub fn unpack_ex(vm: &mut Vm, v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
    let items = match collect(vm, v) {
        Ok(items) => items,
        Err(e) if e.is(ExcType::TypeError) => return Err(type_error(format!("cannot unpack non-iterable {} object", type_name(v)))),
        Err(e) => return Err(e),
    };
    if items.len() < before + after {
        return Err(value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len())));
    }
    let mut out = Vec::with_capacity(before + after + 1);
    out.extend(items[..before].iter().cloned());
    out.push(crate::objects::list::new_list(items[before..items.len() - after].to_vec()));
    out.extend(items[items.len() - after..].iter().cloned());
    Ok(out)
}
