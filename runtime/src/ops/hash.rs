//! `hash()`: CPython's algorithms for numbers and tuples (so equal numbers
//! hash alike and sets iterate in CPython's order), cached hashes for str,
//! `__hash__` for user classes, identity for everything else hashable.

use super::{call_special, lookup_special, native_of, type_name};
use crate::error::{type_error, PyResult};
use crate::heap::ObjKind;
use crate::interp::Vm;
use crate::objects::int::{hash_bigint, hash_float, hash_i64};
use crate::value::Value;

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(hash_i64(v.as_small_int()));
    }
    if v.is_float() {
        return Ok(hash_float(v.as_float()));
    }
    if v.is_bool() {
        return Ok(v.as_bool() as i64);
    }
    let Some(kind) = v.obj_kind() else {
        // None, NotImplemented, Ellipsis: fixed per process.
        return Ok((v.bits() >> 4) as i64 & 0x0fff_ffff);
    };
    match kind {
        ObjKind::Str => Ok(v.as_str_data().map_or(0, |s| s.hash())),
        ObjKind::BigInt => Ok(v.as_bigint_data().map_or(0, hash_bigint)),
        ObjKind::Tuple => {
            let items: Vec<Value> = v.as_tuple().map(|t| t.items.to_vec()).unwrap_or_default();
            tuple_hash(vm, &items)
        }
        ObjKind::Set if v.as_set().is_some_and(|s| s.frozen) => frozenset_hash(v),
        ObjKind::Bytes if !v.as_bytes().is_some_and(|b| b.mutable) => {
            let b = v.as_bytes().map(|b| b.bytes.get().clone()).unwrap_or_default();
            Ok(crate::objects::str::str_hash(&String::from_utf8_lossy(&b)))
        }
        ObjKind::List | ObjKind::Dict | ObjKind::Set | ObjKind::Bytes | ObjKind::Slice | ObjKind::DictView => Err(type_error(format!("unhashable type: '{}'", type_name(v)))),
        ObjKind::Instance => {
            let cls = super::type_of(v);
            let c = cls.as_class();
            let h = c.and_then(|c| c.lookup_str("__hash__"));
            match h {
                Some(h) if h.is_none() => Err(type_error(format!("unhashable type: '{}'", type_name(v)))),
                Some(h) if h.as_builtin().is_none() => {
                    let r = call_special(vm, &h, v, &[])?;
                    match r.to_i64() {
                        Some(-1) => Ok(-2),
                        Some(i) => Ok(i),
                        None if r.is_int() => Ok(r.as_bigint_data().map_or(0, hash_bigint)),
                        None => Err(type_error("__hash__ method should return an integer")),
                    }
                }
                _ => {
                    // A class defining __eq__ without __hash__ is unhashable.
                    if lookup_special(v, "__eq__").is_some() && c.is_some_and(|c| c.lookup_str("__hash__").is_none_or(|h| h.as_builtin().is_some())) && user_defines_eq(v) {
                        return Err(type_error(format!("unhashable type: '{}'", type_name(v))));
                    }
                    if let Some(n) = native_of(v) {
                        return hash(vm, &n);
                    }
                    Ok(identity_hash(v))
                }
            }
        }
        _ => Ok(identity_hash(v)),
    }
}

fn user_defines_eq(v: &Value) -> bool {
    let cls = super::type_of(v);
    let Some(c) = cls.as_class() else { return false };
    let eq = crate::objects::str::intern("__eq__");
    let hash = crate::objects::str::intern("__hash__");
    // The class that defines __eq__ must not also define __hash__.
    for k in c.mro.get().iter() {
        if let Some(kc) = k.as_class() {
            let d = kc.dict.as_dict();
            let has_eq = d.is_some_and(|d| d.get_str(&eq).is_some());
            let has_hash = d.is_some_and(|d| d.get_str(&hash).is_some());
            if has_hash {
                return false;
            }
            if has_eq {
                return !kc.builtin;
            }
        }
    }
    false
}

pub fn identity_hash(v: &Value) -> i64 {
    let p = v.bits() & crate::value::PAYLOAD_MASK;
    p.rotate_right(4) as i64 & i64::MAX
}

pub fn tuple_hash(vm: &mut Vm, items: &[Value]) -> PyResult<i64> {
    vm.check_depth()?;
    let mut acc: u64 = XXPRIME_5;
    for it in items {
        let lane = hash(vm, it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

fn frozenset_hash(v: &Value) -> PyResult<i64> {
    let Some(s) = v.as_set() else { return Ok(0) };
    let mut hash: u64 = 0;
    for (_, h) in s.items_hashed() {
        let h = h as u64;
        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    }
    let n = s.len() as u64;
    hash ^= (n.wrapping_add(1)).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    Ok(hash as i64)
}
