//! Methods of `list` and `tuple`, and the stable sort they share with `sorted`.

use super::args::{int_arg, method, only_kw};
use super::register_methods;
use crate::error::{index_error, type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::objects::list::ListData;
use crate::ops::{self, compare};
use crate::types::types;
use crate::value::Value;

fn as_list(v: &Value) -> PyResult<&ListData> {
    if let Some(l) = v.as_list() {
        return Ok(l);
    }
    if let Some(inst) = v.as_instance() {
        if let Some(n) = inst.native_value() {
            if let Some(l) = n.as_list() {
                // SAFETY of lifetime: the instance owns the native value for its life.
                return Ok(unsafe { &*(l as *const ListData) });
            }
        }
    }
    Err(type_error(format!("descriptor requires a 'list' object but received a '{}'", ops::type_name(v))))
}

fn append(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "append", 1, 1)?;
    as_list(s)?.push(a[0].clone());
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "extend", 1, 1)?;
    let items = ops::iter::collect(vm, &a[0])?;
    as_list(s)?.items_mut().extend(items);
    Ok(Value::NONE)
}

fn insert(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "insert", 2, 2)?;
    let l = as_list(s)?;
    let n = l.len() as i64;
    let mut i = int_arg(&a[0], "insert")?;
    if i < 0 {
        i = (i + n).max(0);
    }
    let i = i.min(n) as usize;
    l.items_mut().insert(i, a[1].clone());
    Ok(Value::NONE)
}

fn pop(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "pop", 0, 1)?;
    let l = as_list(s)?;
    let items = l.items_mut();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let i = match a.first() {
        Some(v) => int_arg(v, "pop")?,
        None => n - 1,
    };
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(items.remove(i as usize))
}

fn find_index(vm: &mut Vm, l: &ListData, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(l.len()) {
        let Some(item) = l.get(i) else { break };
        if item.is(x) || compare::eq_bool(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "remove", 1, 1)?;
    let l = as_list(s)?;
    match find_index(vm, l, &a[0], 0, usize::MAX)? {
        Some(i) => {
            if i < l.len() {
                let old = l.items_mut().remove(i);
                drop(old);
            }
            Ok(Value::NONE)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

fn bounds(a: &[Value], n: usize) -> PyResult<(usize, usize)> {
    let clamp = |v: i64| -> usize {
        if v < 0 {
            (v + n as i64).max(0) as usize
        } else {
            (v as usize).min(n)
        }
    };
    let start = match a.get(1) {
        Some(v) => clamp(int_arg(v, "index")?),
        None => 0,
    };
    let stop = match a.get(2) {
        Some(v) => clamp(int_arg(v, "index")?),
        None => n,
    };
    Ok((start, stop))
}

/// The tuple `v` is, or that a tuple subclass instance `v` wraps.
fn tuple_of(v: &Value) -> Option<Value> {
    if v.as_tuple().is_some() {
        return Some(v.clone());
    }
    ops::native_of(v).filter(|n| n.as_tuple().is_some())
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "index", 1, 3)?;
    if let Some(t) = tuple_of(s).as_ref().and_then(|t| t.as_tuple()) {
        let items = t.items.to_vec();
        let (start, stop) = bounds(a, items.len())?;
        for (i, item) in items.iter().enumerate().take(stop).skip(start) {
            if item.is(&a[0]) || compare::eq_bool(vm, item, &a[0])? {
                return Ok(Value::int(i as i64));
            }
        }
        return Err(value_error("tuple.index(x): x not in tuple"));
    }
    let l = as_list(s)?;
    let (start, stop) = bounds(a, l.len())?;
    match find_index(vm, l, &a[0], start, stop)? {
        Some(i) => Ok(Value::int(i as i64)),
        None => {
            let r = ops::repr(vm, &a[0])?;
            Err(value_error(format!("{r} is not in list")))
        }
    }
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "count", 1, 1)?;
    let items: Vec<Value> = match tuple_of(s).as_ref().and_then(|t| t.as_tuple()) {
        Some(t) => t.items.to_vec(),
        None => as_list(s)?.to_vec(),
    };
    let mut n = 0;
    for item in &items {
        if item.is(&a[0]) || compare::eq_bool(vm, item, &a[0])? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}

fn reverse(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "reverse", 0, 0)?;
    as_list(s)?.items_mut().reverse();
    Ok(Value::NONE)
}

fn copy(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "copy", 0, 0)?;
    Ok(crate::objects::list::new_list(as_list(s)?.to_vec()))
}

fn clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "clear", 0, 0)?;
    crate::objects::list::drop_reversed(std::mem::take(as_list(s)?.items_mut()));
    Ok(Value::NONE)
}

fn sort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    only_kw(&args, "sort", &["key", "reverse"])?;
    let s = args.pos.first().ok_or_else(|| type_error("sort needs self"))?;
    if args.pos.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let l = as_list(s)?;
    let key = args.kw("key").filter(|k| !k.is_none()).cloned();
    let reverse = match args.kw("reverse") {
        Some(r) => ops::truthy(vm, r)?,
        None => false,
    };
    // Sort a detached vector (as CPython does), so the key function sees an
    // empty list and mutations during the sort are detected.
    let mut items = std::mem::take(l.items_mut());
    let r = sort_values(vm, &mut items, key.as_ref(), reverse);
    let modified = !l.items().is_empty();
    let old = std::mem::replace(l.items_mut(), items);
    drop(old);
    r?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

/// A stable merge sort whose comparisons may run Python code (and fail);
/// uniform primitive keys use Rust's sort directly.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call(f, std::slice::from_ref(it))?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let all_int = keys.iter().all(|k| k.is_small_int());
    let all_float = keys.iter().all(|k| k.is_float() && !k.as_float().is_nan());
    let all_str = keys.iter().all(|k| k.is_str());
    if all_int || all_float || all_str {
        let cmp = |a: &usize, b: &usize| -> std::cmp::Ordering {
            let (x, y) = (&keys[*a], &keys[*b]);
            let o = if all_int {
                x.as_small_int().cmp(&y.as_small_int())
            } else if all_float {
                x.as_float().partial_cmp(&y.as_float()).unwrap_or(std::cmp::Ordering::Equal)
            } else {
                x.as_str().unwrap_or("").cmp(y.as_str().unwrap_or(""))
            };
            if reverse {
                o.reverse()
            } else {
                o
            }
        };
        idx.sort_by(cmp);
    } else {
        merge_sort(vm, &mut idx, &keys, reverse)?;
    }
    let old = std::mem::take(items);
    *items = idx.iter().map(|&i| old[i].clone()).collect();
    Ok(())
}

fn merge_sort(vm: &mut Vm, idx: &mut Vec<usize>, keys: &[Value], reverse: bool) -> PyResult<()> {
    // "b goes before a" when b < a (or a < b when reversed); ties keep order.
    let before = |vm: &mut Vm, b: usize, a: usize| -> PyResult<bool> {
        if reverse {
            compare::lt_bool(vm, &keys[a], &keys[b])
        } else {
            compare::lt_bool(vm, &keys[b], &keys[a])
        }
    };
    let n = idx.len();
    let mut width;
    let mut buf = vec![0usize; n];
    // Insertion-sort small runs first.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && before(vm, idx[j], idx[j - 1])? {
                idx.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if before(vm, idx[j], idx[i])? {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                buf[k] = idx[i];
                i += 1;
                k += 1;
            }
            while j < hi {
                buf[k] = idx[j];
                j += 1;
                k += 1;
            }
            lo = hi;
        }
        std::mem::swap(idx, &mut buf);
        width *= 2;
    }
    Ok(())
}

fn list_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "list", 0, 1)?;
    let l = as_list(s)?;
    let items = match a.first() {
        Some(v) => ops::iter::collect(vm, v)?,
        None => Vec::new(),
    };
    *l.items_mut() = items;
    Ok(Value::NONE)
}

pub fn install() {
    let t = types();
    register_methods(
        &t.list,
        "list",
        &[
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("reverse", reverse),
            ("copy", copy),
            ("clear", clear),
            ("sort", sort),
            ("__init__", list_init),
        ],
    );
    register_methods(&t.tuple, "tuple", &[("index", index), ("count", count)]);
}
