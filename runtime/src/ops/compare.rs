//! Comparisons: numbers across int/big int/float exactly, strings,
//! sequences lexicographically, sets by inclusion, and rich-comparison
//! dunders with reflection (`a < b` tries `b.__gt__(a)`).

use super::arith::{num_of, Num};
use super::{call_special, lookup_special, native_of, truthy, type_name, type_of};
use crate::error::{type_error, PyResult};
use crate::frontend::ast::CmpOp;
use crate::heap::ObjKind;
use crate::interp::Vm;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use std::cmp::Ordering;

fn symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        _ => "?",
    }
}

fn dunders(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        _ => ("__ne__", "__ne__"),
    }
}

#[inline(always)]
fn ord_result(o: Option<Ordering>, op: CmpOp) -> bool {
    match o {
        None => op == CmpOp::NotEq,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::LtE => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::GtE => o != Ordering::Less,
            CmpOp::Eq => o == Ordering::Equal,
            _ => o != Ordering::Equal,
        },
    }
}

/// Cases decidable without allocation or Python code.
#[inline(always)]
pub fn compare_fast(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Some(ord_result(Some(a.as_small_int().cmp(&b.as_small_int())), op));
    }
    if a.is_float() && b.is_float() {
        return Some(ord_result(a.as_float().partial_cmp(&b.as_float()), op));
    }
    if a.is_small_int() && b.is_float() {
        return Some(ord_result((a.as_small_int() as f64).partial_cmp(&b.as_float()), op));
    }
    if a.is_float() && b.is_small_int() {
        return Some(ord_result(a.as_float().partial_cmp(&(b.as_small_int() as f64)), op));
    }
    None
}

/// Exact comparison of any two numbers (big ints against floats included).
pub fn num_cmp(x: &Num, y: &Num) -> Option<Ordering> {
    match (x, y) {
        (Num::I(a), Num::I(b)) => Some(a.cmp(b)),
        (Num::F(a), Num::F(b)) => a.partial_cmp(b),
        (Num::F(f), other) => num_cmp(other, &Num::F(*f)).map(|o| o.reverse()),
        (Num::I(i), Num::F(f)) => int_float_cmp(&BigInt::from(*i), *f),
        (Num::B(b), Num::F(f)) => int_float_cmp(b, *f),
        (a, b) => {
            let x = match a {
                Num::I(i) => BigInt::from(*i),
                Num::B(b) => b.clone(),
                Num::F(_) => return None,
            };
            let y = match b {
                Num::I(i) => BigInt::from(*i),
                Num::B(b) => b.clone(),
                Num::F(_) => return None,
            };
            Some(x.cmp(&y))
        }
    }
}

fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    // Compare against floor(f) exactly, then the fraction breaks ties.
    let fl = f.floor();
    let fi = BigInt::from_f64(fl)?;
    match i.cmp(&fi) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// Equality decidable without Python code; None when it would need some.
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        // NaN is not equal to itself, even by identity in comparisons.
        if a.is_float() && a.as_float().is_nan() {
            return Some(false);
        }
        return Some(true);
    }
    if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
        return Some(num_cmp(&x, &y) == Some(Ordering::Equal));
    }
    match (a.obj_kind(), b.obj_kind()) {
        (Some(ObjKind::Str), Some(ObjKind::Str)) => Some(crate::objects::str::str_eq(a, b)),
        (Some(ObjKind::Tuple), Some(ObjKind::Tuple)) => {
            let (x, y) = (a.as_tuple()?, b.as_tuple()?);
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !simple_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        (Some(ObjKind::Instance), _) | (_, Some(ObjKind::Instance)) => None,
        (Some(ObjKind::List | ObjKind::Dict | ObjKind::Set), _) => None,
        (None, None) => Some(false),
        (Some(_), None) | (None, Some(_)) => Some(false),
        (Some(ka), Some(kb)) if ka != kb => Some(false),
        _ => None,
    }
}

pub fn eq_bool(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = simple_eq(a, b) {
        return Ok(r);
    }
    let v = compare(vm, a, b, CmpOp::Eq)?;
    truthy(vm, &v)
}

/// `a op b` for the six rich comparisons.
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if let Some(r) = compare_fast(a, b, op) {
        return Ok(Value::bool(r));
    }
    if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
        return Ok(Value::bool(ord_result(num_cmp(&x, &y), op)));
    }
    let a_inst = a.as_instance().is_some();
    let b_inst = b.as_instance().is_some();
    if a_inst || b_inst {
        let (name, rname) = dunders(op);
        let ta = type_of(a);
        let tb = type_of(b);
        let b_first = b_inst && !ta.is(&tb) && tb.as_class().is_some_and(|c| c.is_subclass_of(&ta));
        let tries: [(bool, &Value, &Value, &str); 2] = if b_first { [(b_inst, b, a, rname), (a_inst, a, b, name)] } else { [(a_inst, a, b, name), (b_inst, b, a, rname)] };
        for (is_inst, x, y, n) in tries {
            if !is_inst {
                continue;
            }
            if let Some(f) = lookup_special(x, n) {
                let r = call_special(vm, &f, x, std::slice::from_ref(y))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            } else if n == "__ne__" && inherits_object_ne(x) {
                // Default __ne__ inverts __eq__.
                if let Some(f) = lookup_special(x, "__eq__") {
                    let r = call_special(vm, &f, x, std::slice::from_ref(y))?;
                    if !r.is_not_implemented() {
                        return Ok(Value::bool(!truthy(vm, &r)?));
                    }
                }
            }
        }
        let (na, nb) = (native_of(a), native_of(b));
        if na.is_some() || nb.is_some() {
            let x = na.unwrap_or_else(|| a.clone());
            let y = nb.unwrap_or_else(|| b.clone());
            return compare(vm, &x, &y, op);
        }
        return match op {
            CmpOp::Eq => Ok(Value::bool(a.is(b))),
            CmpOp::NotEq => Ok(Value::bool(!a.is(b))),
            _ => Err(unorderable(a, b, op)),
        };
    }
    builtin_compare(vm, a, b, op)
}

/// Whether `x`'s class gets `__ne__` from object (which inverts `__eq__`),
/// not from a built-in base such as dict, whose `!=` compares the values.
fn inherits_object_ne(x: &Value) -> bool {
    type_of(x).as_class().and_then(|c| c.lookup_str("__ne__")).is_none_or(|f| f.as_builtin().is_some_and(|b| b.owner == "object"))
}

fn unorderable(a: &Value, b: &Value, op: CmpOp) -> crate::error::PyErr {
    type_error(format!("'{}' not supported between instances of '{}' and '{}'", symbol(op), type_name(a), type_name(b)))
}

fn builtin_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match (a.obj_kind(), b.obj_kind()) {
        (Some(ObjKind::Str), Some(ObjKind::Str)) => {
            let (x, y) = (a.as_str().unwrap_or(""), b.as_str().unwrap_or(""));
            // UTF-8 byte order equals code point order.
            return Ok(Value::bool(ord_result(Some(x.cmp(y)), op)));
        }
        (Some(ObjKind::Bytes), Some(ObjKind::Bytes)) => {
            let x = a.as_bytes().map(|b| b.bytes.get().clone()).unwrap_or_default();
            let y = b.as_bytes().map(|b| b.bytes.get().clone()).unwrap_or_default();
            return Ok(Value::bool(ord_result(Some(x.cmp(&y)), op)));
        }
        (Some(ka @ (ObjKind::List | ObjKind::Tuple)), Some(kb)) if ka == kb => {
            let x: Vec<Value> = a.as_seq_slice().map(|s| s.to_vec()).unwrap_or_default();
            let y: Vec<Value> = b.as_seq_slice().map(|s| s.to_vec()).unwrap_or_default();
            return seq_compare(vm, &x, &y, op);
        }
        (Some(ObjKind::Dict), Some(ObjKind::Dict)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            let eq = dict_eq(vm, a, b)?;
            return Ok(Value::bool(eq == (op == CmpOp::Eq)));
        }
        (Some(ObjKind::Set), Some(ObjKind::Set)) => return crate::builtins::sets::set_compare(vm, a, b, op),
        (Some(ObjKind::DictView), _) | (_, Some(ObjKind::DictView)) => {
            let x = crate::builtins::sets::to_set(vm, a)?;
            let y = crate::builtins::sets::to_set(vm, b)?;
            return crate::builtins::sets::set_compare(vm, &x, &y, op);
        }
        (Some(ObjKind::Range), Some(ObjKind::Range)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            let (x, y) = (a.as_range(), b.as_range());
            let eq = match (x, y) {
                (Some(x), Some(y)) if x.big.is_none() && y.big.is_none() => {
                    let (lx, ly) = (x.len(), y.len());
                    lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
                }
                (Some(x), Some(y)) => {
                    use num_traits::{One, Zero};
                    let ([xs, _, xst], [ys, _, yst]) = (x.bounds(), y.bounds());
                    let (lx, ly) = (x.big_len(), y.big_len());
                    lx == ly && (lx.is_zero() || (xs == ys && (lx.is_one() || xst == yst)))
                }
                _ => false,
            };
            return Ok(Value::bool(eq == (op == CmpOp::Eq)));
        }
        (Some(ObjKind::BoundMethod), Some(ObjKind::BoundMethod)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            let x = a.downcast::<crate::objects::func::BoundMethodData>();
            let y = b.downcast::<crate::objects::func::BoundMethodData>();
            let eq = matches!((x, y), (Some(x), Some(y)) if x.func.is(&y.func) && x.self_.is(&y.self_));
            return Ok(Value::bool(eq == (op == CmpOp::Eq)));
        }
        (Some(ObjKind::Builtin), Some(ObjKind::Builtin)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            let (x, y) = (a.as_builtin(), b.as_builtin());
            let eq = matches!((x, y), (Some(x), Some(y)) if x.func as usize == y.func as usize && x.self_.is(&y.self_) && x.name == y.name);
            return Ok(Value::bool(eq == (op == CmpOp::Eq)));
        }
        (Some(ObjKind::Slice), Some(ObjKind::Slice)) => {
            let f = |v: &Value| v.as_slice_obj().map(|s| vec![s.start.clone(), s.stop.clone(), s.step.clone()]).unwrap_or_default();
            return seq_compare(vm, &f(a), &f(b), op);
        }
        _ => {}
    }
    match op {
        CmpOp::Eq => Ok(Value::bool(a.is(b))),
        CmpOp::NotEq => Ok(Value::bool(!a.is(b))),
        _ => Err(unorderable(a, b, op)),
    }
}

/// Lexicographic comparison: the first unequal pair decides.
pub fn seq_compare(vm: &mut Vm, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<Value> {
    // Nested containers recurse on the native stack.
    vm.check_depth()?;
    if matches!(op, CmpOp::Eq | CmpOp::NotEq) && x.len() != y.len() {
        return Ok(Value::bool(op == CmpOp::NotEq));
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if p.is(q) {
            continue;
        }
        if !eq_bool(vm, p, q)? {
            return match op {
                CmpOp::Eq => Ok(Value::FALSE),
                CmpOp::NotEq => Ok(Value::TRUE),
                _ => compare(vm, p, q, op),
            };
        }
    }
    Ok(Value::bool(ord_result(Some(x.len().cmp(&y.len())), op)))
}

fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(x), Some(y)) = (a.as_dict(), b.as_dict()) else { return Ok(false) };
    if x.len() != y.len() {
        return Ok(false);
    }
    for (k, h, v) in x.entries_hashed() {
        match b.as_dict().map(|d| d.get_hashed(vm, &k, h)).transpose()?.flatten() {
            Some(w) => {
                if !v.is(&w) && !eq_bool(vm, &v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    let _ = y;
    Ok(true)
}

/// `a < b` as a bool (sorting, min/max).
pub fn lt_bool(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = compare_fast(a, b, CmpOp::Lt) {
        return Ok(r);
    }
    let v = compare(vm, a, b, CmpOp::Lt)?;
    truthy(vm, &v)
}

pub fn bigint_to_f64_checked(b: &BigInt) -> Option<f64> {
    b.to_f64().filter(|f| f.is_finite())
}
