//! Arithmetic: numeric tower (small int → big int → float), sequence
//! concatenation/repetition, set and dict operators, and the dunder protocol
//! (`__add__`, reflected `__radd__`, in-place `__iadd__`).

use super::{call_special, lookup_special, native_of, type_name, type_of};
use crate::error::{overflow_error, type_error, value_error, zero_division, PyResult};
use crate::frontend::ast::{BinOp, UnaryOp};
use crate::interp::Vm;
use crate::objects::int::from_bigint;
use crate::objects::list::new_list;
use crate::objects::str::new_string;
use crate::objects::tuple::new_tuple;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub enum Num {
    I(i64),
    B(BigInt),
    F(f64),
}

pub fn num_of(v: &Value) -> Option<Num> {
    if v.is_small_int() {
        return Some(Num::I(v.as_small_int()));
    }
    if v.is_float() {
        return Some(Num::F(v.as_float()));
    }
    if v.is_bool() {
        return Some(Num::I(v.as_bool() as i64));
    }
    if let Some(b) = v.as_bigint_data() {
        // Heap ints that still fit a machine word take the fast i64 paths.
        return Some(match b.to_i64() {
            Some(i) => Num::I(i),
            None => Num::B(b.clone()),
        });
    }
    None
}

fn num_value(n: Num) -> Value {
    match n {
        Num::I(i) => Value::int(i),
        Num::B(b) => from_bigint(b),
        Num::F(f) => Value::float(f),
    }
}

pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::MatMult => "@",
    }
}

/// The operators of the instructions `Add` to `MatMul`, in opcode order
/// (and of `Inplace`, by its `x` operand).
pub const BINOPS: [BinOp; 13] =
    [BinOp::Add, BinOp::Sub, BinOp::Mult, BinOp::Div, BinOp::FloorDiv, BinOp::Mod, BinOp::Pow, BinOp::LShift, BinOp::RShift, BinOp::BitAnd, BinOp::BitOr, BinOp::BitXor, BinOp::MatMult];

/// The operator of a binary-operator instruction (not `Inplace`).
pub fn binop_of(op: crate::bytecode::Op) -> Option<BinOp> {
    (op as usize).checked_sub(crate::bytecode::Op::Add as usize).and_then(|i| BINOPS.get(i)).copied()
}

/// The method `a op b` looks up first on `a`'s class (`__add__`...).
pub fn operator_method(op: BinOp) -> &'static str {
    dunder(op).0
}

/// The error of `a op b` when `a`'s method returned NotImplemented and
/// nothing else applies (`b` an instance of `a`'s own plain class, or an
/// int or float: no reflected method, no wrapped built-in value).
pub fn unsupported_operands(a: &Value, b: &Value, op: BinOp) -> crate::error::PyErr {
    unsupported(a, b, op, false)
}

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

/// Small-int and float cases that need no allocation and cannot fail.
#[inline]
pub fn binary_fast(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    if a.is_small_int() && b.is_small_int() {
        let (x, y) = (a.as_small_int(), b.as_small_int());
        return match op {
            BinOp::Add => Some(Value::int(x + y)),
            BinOp::Sub => Some(Value::int(x - y)),
            BinOp::Mult => x.checked_mul(y).map(Value::int),
            BinOp::FloorDiv if y != 0 => Some(Value::int(Integer::div_floor(&x, &y))),
            BinOp::Mod if y != 0 => Some(Value::int(Integer::mod_floor(&x, &y))),
            BinOp::BitAnd => Some(Value::int(x & y)),
            BinOp::BitOr => Some(Value::int(x | y)),
            BinOp::BitXor => Some(Value::int(x ^ y)),
            BinOp::RShift if y >= 0 => Some(Value::int(x >> y.min(63))),
            BinOp::LShift if (0..16).contains(&y) => Some(Value::int(x << y)),
            BinOp::Div if y != 0 && x.abs() < (1 << 53) && y.abs() < (1 << 53) => Some(Value::float(x as f64 / y as f64)),
            _ => None,
        };
    }
    if a.is_float() && b.is_float() {
        let (x, y) = (a.as_float(), b.as_float());
        return match op {
            BinOp::Add => Some(Value::float(x + y)),
            BinOp::Sub => Some(Value::float(x - y)),
            BinOp::Mult => Some(Value::float(x * y)),
            BinOp::Div if y != 0.0 => Some(Value::float(x / y)),
            _ => None,
        };
    }
    None
}

/// `a op b`.
pub fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    binary_impl(vm, a, b, op, false)
}

fn binary_impl(vm: &mut Vm, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
        let int_only = matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift | BinOp::MatMult);
        if int_only && (matches!(x, Num::F(_)) || matches!(y, Num::F(_)) || op == BinOp::MatMult) {
            // The message names the operands' own types (bool, int, float).
            return Err(unsupported(a, b, op, inplace));
        }
        let bool_bits = a.is_bool() && b.is_bool() && matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
        let r = numeric(x, y, op)?;
        if bool_bits {
            return Ok(Value::bool(r.as_int_like().unwrap_or(0) != 0));
        }
        return Ok(r);
    }
    // User-defined operators (a's first, b's reflected; b first if its class
    // is a proper subclass of a's that overrides the reflected method).
    let a_inst = a.as_instance().is_some();
    let b_inst = b.as_instance().is_some();
    if a_inst || b_inst {
        let (name, rname, _) = dunder(op);
        let ta = type_of(a);
        let tb = type_of(b);
        let b_first = b_inst && !ta.is(&tb) && tb.as_class().is_some_and(|c| c.is_subclass_of(&ta)) && lookup_special(b, rname).is_some();
        if b_first {
            if let Some(f) = lookup_special(b, rname) {
                let r = call_special(vm, &f, b, std::slice::from_ref(a))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        if a_inst {
            if let Some(f) = lookup_special(a, name) {
                let r = call_special(vm, &f, a, std::slice::from_ref(b))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        if b_inst && !b_first && !ta.is(&tb) {
            if let Some(f) = lookup_special(b, rname) {
                let r = call_special(vm, &f, b, std::slice::from_ref(a))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
        }
        // Subclasses of built-in types fall back to the wrapped value.
        let na = native_of(a);
        let nb = native_of(b);
        if na.is_some() || nb.is_some() {
            let x = na.unwrap_or_else(|| a.clone());
            let y = nb.unwrap_or_else(|| b.clone());
            // An unsupported pair still names the subclass, as CPython does.
            return binary_impl(vm, &x, &y, op, inplace).map_err(|e| if is_unsupported(&e) { unsupported(a, b, op, inplace) } else { e });
        }
        // `seq * obj` and `obj * seq` repeat by `obj.__index__()`.
        if op == BinOp::Mult {
            use crate::heap::ObjKind as K;
            let (seq, n) = if a_inst { (b, a) } else { (a, b) };
            if matches!(seq.obj_kind(), Some(K::Str | K::List | K::Tuple | K::Bytes)) {
                if lookup_special(n, "__index__").is_none() {
                    return Err(crate::error::type_error(format!("can't multiply sequence by non-int of type '{}'", super::type_name(n))));
                }
                let i = super::subscript::index_value(vm, n)?;
                return repeat(seq, i.max(0) as usize);
            }
        }
        if !a_inst {
            // `"s" + obj`: the built-in type's own error message.
            return builtin_binary(vm, a, b, op, inplace);
        }
        return Err(unsupported(a, b, op, inplace));
    }
    builtin_binary(vm, a, b, op, inplace)
}

/// `int | None`: classes and None combine into a types.UnionType.
fn type_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let operand = |v: &Value| v.as_class().is_some() || v.is_none();
    if !(operand(a) && operand(b)) || (a.is_none() && b.is_none()) {
        return Ok(None);
    }
    let r = crate::modules::call_embedded(vm, "_typeforms", "_union", &[a.clone(), b.clone()])?;
    Ok(if r.is_not_implemented() { None } else { Some(r) })
}

/// Whether `e` is the TypeError `unsupported` makes.
fn is_unsupported(e: &crate::error::PyErr) -> bool {
    let t = crate::types::types().exc(crate::types::ExcType::TypeError);
    if !super::isinstance(&e.0, &t) {
        return false;
    }
    let args = e.0.as_instance().and_then(|i| i.exc()).map(|st| st.args.clone());
    let first = args.as_ref().and_then(|a| a.as_tuple()).and_then(|t| t.items.first().cloned());
    first.as_ref().and_then(|m| m.as_str()).is_some_and(|m| m.starts_with("unsupported operand type(s)"))
}

/// `a op= b`: `__iop__` first, then the plain operator. Lists extend in place.
pub fn inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let Some(l) = a.as_list() {
        match op {
            BinOp::Add => {
                let items = super::iter::collect(vm, b)?;
                l.items_mut().extend(items);
                return Ok(a.clone());
            }
            BinOp::Mult => {
                let n = repeat_count(b)?;
                let out = repeat_items(&l.to_vec(), n)?;
                *l.items_mut() = out;
                return Ok(a.clone());
            }
            _ => {}
        }
    }
    if let Some(ba) = a.as_bytes().filter(|x| x.mutable) {
        match op {
            BinOp::Add if b.as_bytes().is_some() => {
                let more = b.as_bytes().map(|x| x.bytes.get().clone()).unwrap_or_default();
                ba.bytes.get_mut().extend(more);
                return Ok(a.clone());
            }
            BinOp::Mult if b.is_int() => {
                let n = repeat_count(b)?;
                crate::builtins::bytes::check_size(ba.bytes.get().len().saturating_mul(n))?;
                let out = ba.bytes.get().repeat(n);
                *ba.bytes.get_mut() = out;
                return Ok(a.clone());
            }
            _ => {}
        }
    }
    if let Some(s) = a.as_set() {
        if !s.frozen && b.as_set().is_some() && matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) {
            let r = builtin_binary(vm, a, b, op, true)?;
            let items = r.as_set().map(|r| r.items_hashed()).unwrap_or_default();
            s.clear_all();
            for (k, h) in items {
                s.add_hashed(vm, k, h)?;
            }
            return Ok(a.clone());
        }
    }
    if let Some(d) = a.as_dict() {
        if op == BinOp::BitOr {
            super::dict_merge(vm, a, b, false)?;
            let _ = d;
            return Ok(a.clone());
        }
    }
    if a.as_instance().is_some() {
        let (_, _, iname) = dunder(op);
        if let Some(f) = lookup_special(a, iname) {
            let r = call_special(vm, &f, a, std::slice::from_ref(b))?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
    }
    binary_impl(vm, a, b, op, true)
}

fn unsupported(a: &Value, b: &Value, op: BinOp, inplace: bool) -> crate::error::PyErr {
    let sym = if inplace { format!("{}=", op_symbol(op).trim_end_matches(" or pow()")) } else { op_symbol(op).to_string() };
    type_error(format!("unsupported operand type(s) for {sym}: '{}' and '{}'", type_name(a), type_name(b)))
}

fn repeat_count(n: &Value) -> PyResult<usize> {
    match n.to_i64() {
        Some(i) => Ok(i.max(0) as usize),
        None if n.is_int() => Err(overflow_error("cannot fit 'int' into an index-sized integer")),
        None => Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(n)))),
    }
}

fn builtin_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    use crate::heap::ObjKind as K;
    if op == BinOp::BitOr {
        if let Some(u) = type_union(vm, a, b)? {
            return Ok(u);
        }
    }
    let (ka, kb) = (a.obj_kind(), b.obj_kind());
    match (op, ka, kb) {
        (BinOp::Add, Some(K::Str), Some(K::Str)) => {
            let (x, y) = (a.as_str_data(), b.as_str_data());
            if let (Some(x), Some(y)) = (x, y) {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                return Ok(crate::objects::str::new_str_with_len(s, x.char_len() + y.char_len()));
            }
        }
        (BinOp::Add, Some(K::Str), _) => return Err(type_error(format!("can only concatenate str (not \"{}\") to str", type_name(b)))),
        (BinOp::Add, Some(K::List), Some(K::List)) => {
            let mut v = a.as_list().map(|l| l.to_vec()).unwrap_or_default();
            v.extend(b.as_list().map(|l| l.to_vec()).unwrap_or_default());
            return Ok(new_list(v));
        }
        (BinOp::Add, Some(K::List), _) => return Err(type_error(format!("can only concatenate list (not \"{}\") to list", type_name(b)))),
        (BinOp::Add, Some(K::Tuple), Some(K::Tuple)) => {
            let mut v = a.as_tuple().map(|t| t.items.to_vec()).unwrap_or_default();
            v.extend(b.as_tuple().map(|t| t.items.to_vec()).unwrap_or_default());
            return Ok(new_tuple(v));
        }
        (BinOp::Add, Some(K::Tuple), _) => return Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", type_name(b)))),
        (BinOp::Add, Some(K::Bytes), Some(K::Bytes)) => {
            let mut v = a.as_bytes().map(|x| x.bytes.get().clone()).unwrap_or_default();
            v.extend(b.as_bytes().map(|x| x.bytes.get().clone()).unwrap_or_default());
            return Ok(crate::builtins::bytes::make(a, v));
        }
        (BinOp::Add, Some(K::Bytes), _) => return Err(type_error(format!("can't concat {} to {}", type_name(b), type_name(a)))),
        (BinOp::Mult, Some(K::Str | K::List | K::Tuple | K::Bytes), _) if b.is_int() => return repeat(a, repeat_count(b)?),
        (BinOp::Mult, _, Some(K::Str | K::List | K::Tuple | K::Bytes)) if a.is_int() => return repeat(b, repeat_count(a)?),
        (BinOp::Mult, Some(K::Str | K::List | K::Tuple | K::Bytes), _) => return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(b)))),
        (BinOp::Mult, _, Some(K::Str | K::List | K::Tuple | K::Bytes)) => return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(a)))),
        (BinOp::Mod, Some(K::Str), _) => return crate::builtins::strings::percent_format(vm, a, b),
        (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Some(K::Set), Some(K::Set)) => return crate::builtins::sets::set_operator(vm, a, b, op),
        (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Some(K::DictView), _) | (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, _, Some(K::DictView)) => {
            let x = crate::builtins::sets::to_set(vm, a)?;
            let y = crate::builtins::sets::to_set(vm, b)?;
            return crate::builtins::sets::set_operator(vm, &x, &y, op);
        }
        (BinOp::BitOr, Some(K::Dict), Some(K::Dict)) => {
            let d = crate::objects::dict::new_dict();
            super::dict_merge(vm, &d, a, false)?;
            super::dict_merge(vm, &d, b, false)?;
            return Ok(d);
        }
        _ => {}
    }
    Err(unsupported(a, b, op, inplace))
}

fn repeat(seq: &Value, n: usize) -> PyResult<Value> {
    if let Some(s) = seq.as_str_data() {
        if s.as_str().len().checked_mul(n).is_none_or(|total| total > isize::MAX as usize) {
            return Err(overflow_error("repeated string is too long"));
        }
        if s.as_str().len().saturating_mul(n) > (1 << 34) {
            return Err(crate::error::exc(crate::types::ExcType::MemoryError, ""));
        }
        return Ok(crate::objects::str::new_str_with_len(s.as_str().repeat(n), s.char_len() * n));
    }
    if let Some(bytes) = seq.as_list().and_then(|l| compact_repeat(l, n)) {
        return Ok(crate::objects::list::new_compact_list(bytes?));
    }
    let items: Vec<Value> = if let Some(l) = seq.as_list() {
        l.to_vec()
    } else if let Some(t) = seq.as_tuple() {
        t.items.to_vec()
    } else if let Some(b) = seq.as_bytes() {
        crate::builtins::bytes::check_size(b.bytes.get().len().saturating_mul(n))?;
        return Ok(crate::builtins::bytes::make(seq, b.bytes.get().repeat(n)));
    } else {
        Vec::new()
    };
    let out = repeat_items(&items, n)?;
    Ok(if seq.as_list().is_some() { new_list(out) } else { new_tuple(out) })
}

/// `list * n` kept compact (see `objects::list`): a list of bools (compact
/// or not) repeated to at least `COMPACT_MIN` items.
fn compact_repeat(l: &crate::objects::list::ListData, n: usize) -> Option<PyResult<Vec<u8>>> {
    let total = l.len().saturating_mul(n);
    if total < crate::objects::list::COMPACT_MIN {
        return None;
    }
    let one: Vec<u8> = match l.compact_items() {
        Some(b) => b.to_vec(),
        None => l.items().iter().map(|v| v.is_bool().then(|| u8::from(v.as_bool()))).collect::<Option<Vec<u8>>>()?,
    };
    let mut out: Vec<u8> = match repeat_buffer(total) {
        Ok(v) => v,
        Err(e) => return Some(Err(e)),
    };
    match one.as_slice() {
        // `[False] * n`: a fill.
        [b] => out.resize(total, *b),
        _ => (0..n).for_each(|_| out.extend_from_slice(&one)),
    }
    Some(Ok(out))
}

/// Room for a repetition of `total` items (MemoryError past 2**32 items,
/// where CPython's allocation would fail too, or if the allocation fails).
fn repeat_buffer<T>(total: usize) -> PyResult<Vec<T>> {
    let memory_error = || crate::error::exc(crate::types::ExcType::MemoryError, "");
    if total > (1 << 32) {
        return Err(memory_error());
    }
    let mut out = Vec::new();
    out.try_reserve_exact(total).map_err(|_| memory_error())?;
    Ok(out)
}

/// `items * n` for lists and tuples (MemoryError past 2**32 items, where
/// CPython's allocation would fail too).
///
/// Each object item gains its `n` references with one count update, and the
/// words are then copied as bits: `[False] * 10**6` is a fill loop, not a
/// million clones (it was 9% of the sieve benchmark).
fn repeat_items(items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    let total = items.len().saturating_mul(n);
    let mut out: Vec<Value> = repeat_buffer(total)?;
    if total == 0 {
        return Ok(out);
    }
    for item in items {
        if let Some(header) = item.header() {
            header.incref_by(n);
        }
    }
    let dst = out.as_mut_ptr();
    // SAFETY: `out` has room for `total` words; every copied pointer word
    // owns one of the references taken above.
    unsafe {
        if let [item] = items {
            let bits = item.bits();
            for k in 0..total {
                dst.add(k).write(Value::from_bits(bits));
            }
        } else {
            for k in 0..n {
                std::ptr::copy_nonoverlapping(items.as_ptr(), dst.add(k * items.len()), items.len());
            }
        }
        out.set_len(total);
    }
    Ok(out)
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::B(b) => b.clone(),
        Num::F(_) => BigInt::zero(),
    }
}

pub fn to_f64(n: &Num) -> PyResult<f64> {
    match n {
        Num::I(i) => Ok(*i as f64),
        Num::F(f) => Ok(*f),
        Num::B(b) => {
            let f = b.to_f64().unwrap_or(f64::INFINITY);
            if f.is_infinite() {
                Err(overflow_error("int too large to convert to float"))
            } else {
                Ok(f)
            }
        }
    }
}

/// Arithmetic on two numbers with Python's semantics.
pub fn numeric(x: Num, y: Num, op: BinOp) -> PyResult<Value> {
    if matches!(x, Num::F(_)) || matches!(y, Num::F(_)) {
        if op == BinOp::Div {
            // int/int true division handled below; mixed goes float.
        }
        return float_op(to_f64(&x)?, to_f64(&y)?, op);
    }
    if let (Num::I(a), Num::I(b)) = (&x, &y) {
        let (a, b) = (*a, *b);
        let r: Option<i64> = match op {
            BinOp::Add => a.checked_add(b),
            BinOp::Sub => a.checked_sub(b),
            BinOp::Mult => a.checked_mul(b),
            BinOp::FloorDiv => {
                if b == 0 {
                    return Err(zero_division("integer division or modulo by zero"));
                }
                a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b))
            }
            BinOp::Mod => {
                if b == 0 {
                    return Err(zero_division("integer modulo by zero"));
                }
                a.checked_rem_euclid(b).map(|_| Integer::mod_floor(&a, &b))
            }
            BinOp::BitAnd => Some(a & b),
            BinOp::BitOr => Some(a | b),
            BinOp::BitXor => Some(a ^ b),
            BinOp::RShift => {
                if b < 0 {
                    return Err(value_error("negative shift count"));
                }
                Some(a >> b.min(63))
            }
            BinOp::LShift => {
                if b < 0 {
                    return Err(value_error("negative shift count"));
                }
                if b < 63 && (a << b) >> b == a {
                    Some(a << b)
                } else {
                    None
                }
            }
            BinOp::Div => {
                if b == 0 {
                    return Err(zero_division("division by zero"));
                }
                return Ok(Value::float(int_true_div(&BigInt::from(a), &BigInt::from(b))?));
            }
            BinOp::Pow => {
                if b < 0 {
                    return float_op(a as f64, b as f64, BinOp::Pow);
                }
                if b <= u32::MAX as i64 {
                    a.checked_pow(b as u32)
                } else {
                    None
                }
            }
            BinOp::MatMult => None,
        };
        if let Some(r) = r {
            return Ok(Value::int(r));
        }
        // Overflowed i64: one more try in i128 before going to big ints.
        let wide = match op {
            BinOp::Add => Some(a as i128 + b as i128),
            BinOp::Sub => Some(a as i128 - b as i128),
            BinOp::Mult => Some(a as i128 * b as i128),
            _ => None,
        };
        if let Some(w) = wide {
            return Ok(crate::objects::int::from_i128(w));
        }
    }
    big_op(to_big(&x), to_big(&y), op)
}

fn big_op(a: BigInt, b: BigInt, op: BinOp) -> PyResult<Value> {
    Ok(from_bigint(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => a * b,
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            a.div_floor(&b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            a.mod_floor(&b)
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::LShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let n = b.to_usize().ok_or_else(|| overflow_error("too many digits in integer"))?;
            if n > (1 << 32) && !a.is_zero() {
                return Err(overflow_error("too many digits in integer"));
            }
            a << n
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(n) => a >> n,
                None => {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::Div => {
            if b.is_zero() {
                return Err(zero_division("division by zero"));
            }
            return Ok(Value::float(int_true_div(&a, &b)?));
        }
        BinOp::Pow => {
            if b.is_negative() {
                return float_op(a.to_f64().unwrap_or(f64::INFINITY), b.to_f64().unwrap_or(f64::NEG_INFINITY), BinOp::Pow);
            }
            let e = b.to_u32().ok_or_else(|| overflow_error("exponent too large"))?;
            if a.bits() as u128 * e as u128 > (1u128 << 34) {
                return Err(crate::error::exc(crate::types::ExcType::MemoryError, ""));
            }
            num_traits::pow::Pow::pow(a, e)
        }
        BinOp::MatMult => return Err(type_error("unsupported operand type(s) for @: 'int' and 'int'")),
    }))
}

/// int / int as a float, correctly rounded (round half to even) as CPython's
/// is: exact small operands divide directly; otherwise a quotient with 55-56
/// significant bits plus a sticky bit for the remainder is rounded once, in
/// integer arithmetic, to the precision of the result (fewer bits for
/// subnormals, so there is no double rounding).
fn int_true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.abs() < (1 << 53) && y.abs() < (1 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    let neg = a.is_negative() != b.is_negative();
    let signed = |f: f64| if neg { -f } else { f };
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let too_large = || overflow_error("integer division result too large for a float");
    // a/b lies in [2^(diff-1), 2^(diff+1)).
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > 1025 {
        return Err(too_large());
    }
    if diff < -1076 {
        // Below half the smallest subnormal: rounds to zero.
        return Ok(signed(0.0));
    }
    // Scale so the quotient has 55-56 bits, but never resolve below
    // 2^-1076 (two bits under the subnormal ulp 2^-1074).
    let s = (55 - diff).min(1076);
    let (num, den) = if s >= 0 { (a << s as usize, b) } else { (a, b << (-s) as usize) };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1;
    }
    let nb = 64 - q.leading_zeros() as i64;
    let lead_exp = nb - 1 - s;
    let drop = if lead_exp >= -1022 { nb - 53 } else { s - 1074 };
    let mut exp = -s;
    if drop > 0 {
        let rem = q & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        q >>= drop;
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
        exp += drop;
    }
    // q * 2^exp is exactly representable; scale in steps that stay exact.
    let mut f = q as f64;
    let mut e = exp;
    while e < -1000 {
        f *= 2f64.powi(-1000);
        e += 1000;
    }
    while e > 1000 {
        f *= 2f64.powi(1000);
        e -= 1000;
    }
    f *= 2f64.powi(e as i32);
    if f.is_infinite() {
        return Err(too_large());
    }
    Ok(signed(f))
}

pub fn float_op(x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => return float_pow(x, y),
        _ => {
            let _ = (x, y);
            return Err(type_error(format!("unsupported operand type(s) for {}: 'float' and 'float'", op_symbol(op))));
        }
    };
    Ok(Value::float(r))
}

/// CPython's float_divmod: floor quotient and a remainder with the sign of y.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(value_error("pylift does not support complex numbers (negative number raised to a fractional power)"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

pub fn unary(vm: &mut Vm, v: &Value, op: UnaryOp) -> PyResult<Value> {
    if op == UnaryOp::Not {
        return Ok(Value::bool(!super::truthy(vm, v)?));
    }
    if let Some(n) = num_of(v) {
        return Ok(match (op, n) {
            (UnaryOp::USub, Num::I(i)) => crate::objects::int::from_i128(-(i as i128)),
            (UnaryOp::USub, Num::B(b)) => from_bigint(-b),
            (UnaryOp::USub, Num::F(f)) => Value::float(-f),
            (UnaryOp::UAdd, n) => num_value(n),
            (UnaryOp::Invert, Num::I(i)) => Value::int(!i),
            (UnaryOp::Invert, Num::B(b)) => from_bigint(-b - 1),
            (UnaryOp::Invert, Num::F(_)) => return Err(type_error("bad operand type for unary ~: 'float'")),
            (UnaryOp::Not, _) => Value::NONE,
        });
    }
    let (name, sym) = match op {
        UnaryOp::USub => ("__neg__", "-"),
        UnaryOp::UAdd => ("__pos__", "+"),
        _ => ("__invert__", "~"),
    };
    if let Some(f) = lookup_special(v, name) {
        return call_special(vm, &f, v, &[]);
    }
    if let Some(n) = native_of(v) {
        return unary(vm, &n, op);
    }
    Err(type_error(format!("bad operand type for unary {sym}: '{}'", type_name(v))))
}

/// `divmod(a, b)`.
pub fn divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
        if matches!(x, Num::F(_)) || matches!(y, Num::F(_)) {
            let (fx, fy) = (to_f64(&x)?, to_f64(&y)?);
            if fy == 0.0 {
                return Err(zero_division("float divmod()"));
            }
            let (q, r) = float_divmod(fx, fy);
            return Ok(new_tuple(vec![Value::float(q), Value::float(r)]));
        }
        let q = numeric(Num::B(to_big(&x)), Num::B(to_big(&y)), BinOp::FloorDiv)?;
        let r = numeric(x, y, BinOp::Mod)?;
        return Ok(new_tuple(vec![q, r]));
    }
    if let Some(f) = lookup_special(a, "__divmod__") {
        return call_special(vm, &f, a, std::slice::from_ref(b));
    }
    Err(type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(a), type_name(b))))
}

pub fn new_str_value(s: String) -> Value {
    new_string(s)
}
