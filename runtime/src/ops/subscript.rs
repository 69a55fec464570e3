//! `obj[key]`, `obj[key] = v`, `del obj[key]`, including slices.

use super::{call_special, lookup_special, native_of, type_name};
use crate::error::{index_error, key_error, type_error, value_error, PyResult};
use crate::heap::ObjKind;
use crate::interp::Vm;
use crate::objects::list::new_list;
use crate::objects::tuple::new_tuple;
use crate::value::Value;

/// Resolved slice bounds for a sequence of length `len` (CPython's
/// `PySlice_AdjustIndices`): start, stop, step and the resulting length.
pub fn slice_indices(vm: &mut Vm, s: &Value, len: i64) -> PyResult<(i64, i64, i64, i64)> {
    let sl = s.as_slice_obj().ok_or_else(|| type_error("expected a slice"))?;
    let get = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        index_value(vm, v).map(Some)
    };
    let step = get(vm, &sl.step.clone())?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let start = get(vm, &sl.start.clone())?;
    let stop = get(vm, &sl.stop.clone())?;
    Ok(adjust_slice(start, stop, step, len))
}

/// The slice's indices when its bounds are None or small ints and its step
/// is not zero (what native code slices without the VM); `None` otherwise.
fn slice_bounds_fast(start: &Value, stop: &Value, step: &Value, len: i64) -> Option<(i64, i64, i64, i64)> {
    let get = |v: &Value| -> Option<Option<i64>> {
        if v.is_none() {
            Some(None)
        } else {
            v.is_small_int().then(|| Some(v.as_small_int()))
        }
    };
    let step = get(step)?.unwrap_or(1);
    if step == 0 {
        return None;
    }
    Some(adjust_slice(get(start)?, get(stop)?, step, len))
}

/// (start, stop, step, length) of a slice with these bounds over a
/// sequence of `len` items, clamped as CPython's `PySlice_AdjustIndices`.
fn adjust_slice(start: Option<i64>, stop: Option<i64>, step: i64, len: i64) -> (i64, i64, i64, i64) {
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < lower {
                        x = lower;
                    }
                } else if x > upper {
                    x = upper;
                }
                x
            }
        }
    };
    let start = clamp(start, if step < 0 { upper } else { lower });
    let stop = clamp(stop, if step < 0 { lower } else { upper });
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, n)
}

/// An int-like index (ints, bools, `__index__`), clamped to i64.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let v = crate::builtins::args::via_index(vm, v)?;
    if let Some(i) = v.to_i64() {
        return Ok(i);
    }
    if let Some(b) = v.as_bigint_data() {
        use num_traits::Signed;
        return Ok(if b.is_negative() { i64::MIN } else { i64::MAX });
    }
    Err(type_error("slice indices must be integers or None or have an __index__ method".to_string()))
}

fn seq_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (i >= 0 && (i as usize) < len).then_some(i as usize)
}

#[inline]
pub fn get_item_fast(o: &Value, k: &Value) -> Option<Value> {
    if !k.is_small_int() {
        return None;
    }
    let i = k.as_small_int();
    if let Some(l) = o.as_list() {
        return seq_index(i, l.len()).and_then(|i| l.get(i));
    }
    if let Some(t) = o.as_tuple() {
        return seq_index(i, t.items.len()).map(|i| t.items[i].clone());
    }
    None
}

/// The items `start + j * step` (j < n, indices in range) of list or tuple
/// `o`, as a new object of its kind.
/// A list's or tuple's length (a compact list stays compact).
fn seq_len(o: &Value) -> Option<usize> {
    match o.as_list() {
        Some(l) => Some(l.len()),
        None => o.as_tuple().map(|t| t.items.len()),
    }
}

fn seq_slice(o: &Value, start: i64, step: i64, n: i64) -> Value {
    if let (Some(l), 1) = (o.as_list(), step) {
        return l.slice(start as usize, n as usize);
    }
    let items = o.as_seq_slice().unwrap_or(&[]);
    let out: Vec<Value> = if step == 1 { items[start as usize..(start + n) as usize].to_vec() } else { (0..n).map(|j| items[(start + j * step) as usize].clone()).collect() };
    if o.obj_kind() == Some(ObjKind::List) {
        new_list(out)
    } else {
        new_tuple(out)
    }
}

/// `o[start:stop:step]` for a list or tuple `o` and None or small-int
/// bounds, with no slice object made (no VM needed: native code calls this
/// as a leaf).
pub fn get_slice_fast(o: &Value, start: &Value, stop: &Value, step: &Value) -> Option<Value> {
    if !matches!(o.obj_kind(), Some(ObjKind::List) | Some(ObjKind::Tuple)) {
        return None;
    }
    let (start, _, step, n) = slice_bounds_fast(start, stop, step, seq_len(o)? as i64)?;
    Some(seq_slice(o, start, step, n))
}

pub fn get_item(vm: &mut Vm, o: &Value, k: &Value) -> PyResult<Value> {
    let kind = o.obj_kind();
    match kind {
        Some(ObjKind::List) | Some(ObjKind::Tuple) => {
            let what = if kind == Some(ObjKind::List) { "list" } else { "tuple" };
            if k.obj_kind() == Some(ObjKind::Slice) {
                let len = seq_len(o).unwrap_or(0) as i64;
                let (start, _, step, n) = slice_indices(vm, k, len)?;
                return Ok(seq_slice(o, start, step, n));
            }
            let i = int_index(vm, k, what)?;
            let items = o.as_seq_slice().unwrap_or(&[]);
            match seq_index(i, items.len()) {
                Some(i) => Ok(items[i].clone()),
                None => Err(index_error(format!("{what} index out of range"))),
            }
        }
        Some(ObjKind::Str) => {
            let s = o.as_str_data().ok_or_else(|| type_error("str"))?;
            if k.obj_kind() == Some(ObjKind::Slice) {
                let (start, _, step, n) = slice_indices(vm, k, s.char_len() as i64)?;
                if step == 1 {
                    return Ok(crate::objects::str::new_str(s.substring(start as usize, (start + n) as usize)));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                let out: String = (0..n).map(|j| chars[(start + j * step) as usize]).collect();
                return Ok(crate::objects::str::new_string(out));
            }
            let i = match k.to_i64() {
                Some(i) => i,
                None if k.is_int() => return Err(index_error("cannot fit 'int' into an index-sized integer")),
                None => {
                    if let Some(f) = lookup_special(k, "__index__") {
                        let r = call_special(vm, &f, k, &[])?;
                        return get_item(vm, o, &r);
                    }
                    return Err(type_error(format!("string indices must be integers, not '{}'", type_name(k))));
                }
            };
            match seq_index(i, s.char_len()).and_then(|i| s.char_at(i)) {
                Some(c) => Ok(crate::objects::str::char_str(c)),
                None => Err(index_error("string index out of range")),
            }
        }
        Some(ObjKind::Dict) => {
            let d = o.as_dict().ok_or_else(|| type_error("dict"))?;
            match d.get(vm, k)? {
                Some(v) => Ok(v),
                None => Err(key_error(k.clone())),
            }
        }
        Some(ObjKind::Range) if o.as_range().is_some_and(|r| r.big.is_some()) => big_range_item(vm, o, k),
        Some(ObjKind::Range) => {
            let r = o.as_range().ok_or_else(|| type_error("range"))?;
            let (start, step, len) = (r.start, r.step, r.len());
            if k.obj_kind() == Some(ObjKind::Slice) {
                let (s0, _, st, n) = slice_indices(vm, k, len)?;
                let new_start = start + s0 * step;
                let new_step = step * st;
                return Ok(crate::objects::misc::new_range(new_start, new_start + n * new_step, new_step));
            }
            let i = int_index(vm, k, "range")?;
            match seq_index(i, len as usize) {
                Some(i) => Ok(Value::int(start + i as i64 * step)),
                None => Err(index_error("range object index out of range")),
            }
        }
        Some(ObjKind::Bytes) => {
            let b = o.as_bytes().map(|b| b.bytes.get().clone()).unwrap_or_default();
            if k.obj_kind() == Some(ObjKind::Slice) {
                let (start, _, step, n) = slice_indices(vm, k, b.len() as i64)?;
                let out: Vec<u8> = (0..n).map(|j| b[(start + j * step) as usize]).collect();
                return Ok(crate::builtins::bytes::make(o, out));
            }
            let i = int_index(vm, k, "byte")?;
            match seq_index(i, b.len()) {
                Some(i) => Ok(Value::int(b[i] as i64)),
                None => Err(index_error("index out of range")),
            }
        }
        Some(ObjKind::Instance) => {
            if let Some(f) = lookup_special(o, "__getitem__") {
                return call_special(vm, &f, o, std::slice::from_ref(k));
            }
            if let Some(n) = native_of(o) {
                if n.as_dict().is_some() {
                    if let Some(v) = n.as_dict().map(|d| d.get(vm, k)).transpose()?.flatten() {
                        return Ok(v);
                    }
                    if let Some(m) = lookup_special(o, "__missing__") {
                        return call_special(vm, &m, o, std::slice::from_ref(k));
                    }
                    return Err(key_error(k.clone()));
                }
                return get_item(vm, &n, k);
            }
            Err(type_error(format!("'{}' object is not subscriptable", type_name(o))))
        }
        Some(ObjKind::Class) => {
            if let Some(f) = super::meta_special(o, "__getitem__") {
                return call_special(vm, &f, o, std::slice::from_ref(k));
            }
            if let Some(f) = o.as_class().and_then(|c| c.lookup_str("__class_getitem__")) {
                return crate::ops::attr::descriptor_get(vm, f, &Value::UNDEF, o).and_then(|f| vm.call(&f, std::slice::from_ref(k)));
            }
            // `list[int]` and friends: a types.GenericAlias.
            let t = crate::types::types();
            if [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.type_, t.iter_class(crate::types::IterClass::Enumerate)].iter().any(|c| c.is(o)) {
                return crate::modules::call_embedded(vm, "_typeforms", "GenericAlias", &[o.clone(), k.clone()]);
            }
            Err(type_error(format!("type '{}' is not subscriptable", o.as_class().map_or("?", |c| c.name_str()))))
        }
        _ => Err(type_error(format!("'{}' object is not subscriptable", type_name(o)))),
    }
}

fn int_index(vm: &mut Vm, k: &Value, what: &str) -> PyResult<i64> {
    if let Some(i) = k.to_i64() {
        return Ok(i);
    }
    if k.is_int() {
        return Err(index_error("cannot fit 'int' into an index-sized integer".to_string()));
    }
    if let Some(f) = lookup_special(k, "__index__") {
        let r = call_special(vm, &f, k, &[])?;
        return int_index(vm, &r, what);
    }
    // An int subclass (an IntEnum member) indexes by its value.
    if let Some(n) = native_of(k).filter(|n| n.is_int()) {
        return int_index(vm, &n, what);
    }
    Err(type_error(format!("{what} indices must be integers or slices, not {}", type_name(k))))
}

#[inline]
pub fn set_item_fast(o: &Value, k: &Value, v: &Value) -> bool {
    if !k.is_small_int() {
        return false;
    }
    if let Some(l) = o.as_list() {
        if let Some(i) = seq_index(k.as_small_int(), l.len()) {
            return l.set(i, v);
        }
    }
    false
}

pub fn set_item(vm: &mut Vm, o: &Value, k: &Value, v: Value) -> PyResult<()> {
    match o.obj_kind() {
        Some(ObjKind::List) => {
            if k.obj_kind() == Some(ObjKind::Slice) {
                return set_list_slice(vm, o, k, v);
            }
            let i = int_index(vm, k, "list")?;
            let l = o.as_list().ok_or_else(|| type_error("list"))?;
            match seq_index(i, l.len()) {
                Some(i) if l.set(i, &v) => Ok(()),
                _ => Err(index_error("list assignment index out of range")),
            }
        }
        Some(ObjKind::Dict) => {
            let d = o.clone();
            d.as_dict().ok_or_else(|| type_error("dict"))?.set(vm, k.clone(), v)
        }
        Some(ObjKind::Bytes) if o.as_bytes().is_some_and(|b| b.mutable) => {
            if k.obj_kind() == Some(ObjKind::Slice) {
                return set_bytearray_slice(vm, o, k, v);
            }
            let i = int_index(vm, k, "bytearray")?;
            let byte = v.to_i64().filter(|b| (0..256).contains(b)).ok_or_else(|| value_error("byte must be in range(0, 256)"))?;
            let b = o.as_bytes().ok_or_else(|| type_error("bytes"))?;
            let bytes = b.bytes.get_mut();
            match seq_index(i, bytes.len()) {
                Some(i) => {
                    bytes[i] = byte as u8;
                    Ok(())
                }
                None => Err(index_error("bytearray index out of range")),
            }
        }
        Some(ObjKind::Instance) => {
            if let Some(f) = lookup_special(o, "__setitem__") {
                call_special(vm, &f, o, &[k.clone(), v])?;
                return Ok(());
            }
            if let Some(n) = native_of(o) {
                return set_item(vm, &n, k, v);
            }
            Err(type_error(format!("'{}' object does not support item assignment", type_name(o))))
        }
        _ => Err(type_error(format!("'{}' object does not support item assignment", type_name(o)))),
    }
}

fn set_bytearray_slice(vm: &mut Vm, o: &Value, k: &Value, v: Value) -> PyResult<()> {
    if v.is_int() {
        return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    let new = crate::builtins::bytes::bytes_of_iterable(vm, &v).map_err(|e| {
        if e.is(crate::types::ExcType::TypeError) {
            type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        } else {
            e
        }
    })?;
    let b = o.as_bytes().ok_or_else(|| type_error("bytearray"))?;
    let len = b.bytes.get().len() as i64;
    let (start, stop, step, n) = slice_indices(vm, k, len)?;
    let bytes = b.bytes.get_mut();
    if step == 1 {
        let stop = stop.max(start);
        bytes.splice(start as usize..stop as usize, new);
        return Ok(());
    }
    if new.len() as i64 != n {
        return Err(value_error(format!("attempt to assign bytes of size {} to extended slice of size {}", new.len(), n)));
    }
    for (j, x) in new.into_iter().enumerate() {
        bytes[(start + j as i64 * step) as usize] = x;
    }
    Ok(())
}

fn set_list_slice(vm: &mut Vm, o: &Value, k: &Value, v: Value) -> PyResult<()> {
    // Materialize the right side first (it may be the list itself).
    let new_items = super::iter::collect(vm, &v).map_err(|e| if e.is(crate::types::ExcType::TypeError) { type_error("can only assign an iterable") } else { e })?;
    let l = o.as_list().ok_or_else(|| type_error("list"))?;
    let len = l.len() as i64;
    let (start, stop, step, n) = slice_indices(vm, k, len)?;
    let items = l.items_mut();
    if step == 1 {
        let stop = stop.max(start);
        let removed: Vec<Value> = items.splice(start as usize..stop as usize, new_items).collect();
        drop(removed);
        return Ok(());
    }
    if new_items.len() as i64 != n {
        return Err(value_error(format!("attempt to assign sequence of size {} to extended slice of size {}", new_items.len(), n)));
    }
    for (j, item) in new_items.into_iter().enumerate() {
        let idx = (start + j as i64 * step) as usize;
        let old = std::mem::replace(&mut items[idx], item);
        drop(old);
    }
    Ok(())
}

pub fn del_item(vm: &mut Vm, o: &Value, k: &Value) -> PyResult<()> {
    match o.obj_kind() {
        Some(ObjKind::List) => {
            let l = o.as_list().ok_or_else(|| type_error("list"))?;
            if k.obj_kind() == Some(ObjKind::Slice) {
                let (start, _, step, n) = slice_indices(vm, k, l.len() as i64)?;
                let mut idx: Vec<usize> = (0..n).map(|j| (start + j * step) as usize).collect();
                idx.sort_unstable();
                let items = l.items_mut();
                let mut removed = Vec::new();
                for i in idx.into_iter().rev() {
                    removed.push(items.remove(i));
                }
                drop(removed);
                return Ok(());
            }
            let i = int_index(vm, k, "list")?;
            let items = l.items_mut();
            match seq_index(i, items.len()) {
                Some(i) => {
                    let old = items.remove(i);
                    drop(old);
                    Ok(())
                }
                None => Err(index_error("list assignment index out of range")),
            }
        }
        Some(ObjKind::Bytes) if o.as_bytes().is_some_and(|b| b.mutable) => {
            let b = o.as_bytes().ok_or_else(|| type_error("bytearray"))?;
            let len = b.bytes.get().len() as i64;
            if k.obj_kind() == Some(ObjKind::Slice) {
                let (start, _, step, n) = slice_indices(vm, k, len)?;
                let mut idx: Vec<usize> = (0..n).map(|j| (start + j * step) as usize).collect();
                idx.sort_unstable();
                let bytes = b.bytes.get_mut();
                for i in idx.into_iter().rev() {
                    bytes.remove(i);
                }
                return Ok(());
            }
            let i = int_index(vm, k, "bytearray")?;
            match seq_index(i, len as usize) {
                Some(i) => {
                    b.bytes.get_mut().remove(i);
                    Ok(())
                }
                None => Err(index_error("bytearray index out of range")),
            }
        }
        Some(ObjKind::Dict) => {
            let d = o.clone();
            match d.as_dict().ok_or_else(|| type_error("dict"))?.remove(vm, k)? {
                Some(_) => Ok(()),
                None => Err(key_error(k.clone())),
            }
        }
        Some(ObjKind::Instance) => {
            if let Some(f) = lookup_special(o, "__delitem__") {
                call_special(vm, &f, o, std::slice::from_ref(k))?;
                return Ok(());
            }
            if let Some(n) = native_of(o) {
                return del_item(vm, &n, k);
            }
            Err(type_error(format!("'{}' object does not support item deletion", type_name(o))))
        }
        _ => Err(type_error(format!("'{}' object doesn't support item deletion", type_name(o)))),
    }
}

/// `r[k]` of a range with bounds beyond i64 (`RangeData::big`): an index or
/// a slice, in big-int arithmetic as CPython computes them.
fn big_range_item(vm: &mut Vm, o: &Value, k: &Value) -> PyResult<Value> {
    use num_bigint::BigInt;
    use num_traits::{Signed, Zero};
    let r = o.as_range().ok_or_else(|| type_error("range"))?;
    let len = r.big_len();
    if let Some(s) = k.as_slice_obj() {
        let arg = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
            if v.is_none() {
                Ok(None)
            } else {
                crate::builtins::args::big_index_arg(vm, v).map(Some)
            }
        };
        let (s0, s1, st) = (arg(vm, &s.start)?, arg(vm, &s.stop)?, arg(vm, &s.step)?);
        let st = st.unwrap_or_else(|| BigInt::from(1));
        if st.is_zero() {
            return Err(crate::error::value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if st.is_negative() { (BigInt::from(-1), &len - 1u8) } else { (BigInt::zero(), len.clone()) };
        let clamp = |x: Option<BigInt>, default: &BigInt| -> BigInt {
            match x {
                None => default.clone(),
                Some(x) if x.is_negative() => (x + &len).max(lower.clone()),
                Some(x) => x.min(upper.clone()),
            }
        };
        let (first, last) = if st.is_negative() { (clamp(s0, &upper), clamp(s1, &lower)) } else { (clamp(s0, &lower), clamp(s1, &upper)) };
        let n = crate::objects::misc::big_range_len(&first, &last, &st);
        let [start, _, step] = r.bounds();
        let new_start = start + first * &step;
        let new_step = step * st;
        let new_stop = &new_start + n * &new_step;
        return Ok(crate::objects::misc::new_any_range(new_start, new_stop, new_step));
    }
    let mut i = crate::builtins::args::big_index_arg(vm, k).map_err(|_| type_error(format!("range indices must be integers or slices, not {}", type_name(k))))?;
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return Err(index_error("range object index out of range"));
    }
    Ok(crate::objects::int::from_bigint(r.big_get(&i)))
}
