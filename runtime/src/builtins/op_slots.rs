//! Operator slot wrappers of the numeric, sequence, set and dict types:
//! `int.__add__`, `float.__rtruediv__`, `int.__lt__`, `str.__mul__`,
//! `list.__iadd__`, `set.__or__`, `dict.__ior__`, `int.__round__`, ... for
//! explicit calls (`int.__add__(self, other)`, `super().__mul__(k)` in a
//! subclass of a built-in type, `(5).__mod__(3)`). Like `slots.rs`, each
//! applies the generic operation in `ops` to the built-in value (a subclass
//! instance's wrapped one), returns NotImplemented for operands the type
//! does not handle, as CPython's slots do, and is registered as a slot
//! wrapper, so implicit dispatch (`a + b`) never goes through it.

use super::args::method;
use crate::error::{type_error, PyResult};
use crate::frontend::ast::{BinOp, CmpOp, UnaryOp};
use crate::heap::ObjKind;
use crate::interp::Vm;
use crate::objects::func::{new_slot_builtin, Args, NativeFn};
use crate::objects::str::{intern, new_string};
use crate::ops;
use crate::types::types;
use crate::value::Value;

// Owners, as the const parameter of the generic slots.
const INT: u8 = 0;
const FLOAT: u8 = 1;
const STR: u8 = 2;
const LIST: u8 = 3;
const TUPLE: u8 = 4;
const SET: u8 = 5;
const DICT: u8 = 6;
const BOOL: u8 = 7;

fn owner_name(o: u8) -> &'static str {
    match o {
        INT => "int",
        FLOAT => "float",
        STR => "str",
        LIST => "list",
        TUPLE => "tuple",
        SET => "set",
        DICT => "dict",
        _ => "bool",
    }
}

/// The built-in value of owner kind `o` that `v` is or wraps. Ints accept
/// bools (bool is a subclass of int); sets accept frozensets (the same
/// operations, the result type follows the left operand).
fn value_of(o: u8, v: &Value) -> Option<Value> {
    let ok = |v: &Value| match o {
        INT => v.is_int(),
        BOOL => v.is_bool(),
        FLOAT => v.is_float(),
        STR => v.is_str(),
        LIST => v.obj_kind() == Some(ObjKind::List),
        TUPLE => v.obj_kind() == Some(ObjKind::Tuple),
        SET => v.obj_kind() == Some(ObjKind::Set),
        _ => v.obj_kind() == Some(ObjKind::Dict),
    };
    if ok(v) {
        return Some(v.clone());
    }
    ops::native_of(v).filter(ok)
}

fn self_value(o: u8, v: &Value, name: &str) -> PyResult<Value> {
    value_of(o, v).ok_or_else(|| type_error(format!("descriptor '{name}' requires a '{}' object but received a '{}'", owner_name(o), ops::type_name(v))))
}

/// The other operand of a numeric slot: an int for int's slots, an int or
/// a float for float's; anything else makes the slot return NotImplemented.
fn numeric_other(o: u8, v: &Value) -> Option<Value> {
    value_of(INT, v).or_else(|| if o == FLOAT { value_of(FLOAT, v) } else { None })
}

const BINOPS: [(BinOp, &str, &str); 13] = [
    (BinOp::Add, "__add__", "__radd__"),
    (BinOp::Sub, "__sub__", "__rsub__"),
    (BinOp::Mult, "__mul__", "__rmul__"),
    (BinOp::Div, "__truediv__", "__rtruediv__"),
    (BinOp::FloorDiv, "__floordiv__", "__rfloordiv__"),
    (BinOp::Mod, "__mod__", "__rmod__"),
    (BinOp::Pow, "__pow__", "__rpow__"),
    (BinOp::LShift, "__lshift__", "__rlshift__"),
    (BinOp::RShift, "__rshift__", "__rrshift__"),
    (BinOp::BitAnd, "__and__", "__rand__"),
    (BinOp::BitOr, "__or__", "__ror__"),
    (BinOp::BitXor, "__xor__", "__rxor__"),
    (BinOp::MatMult, "__matmul__", "__rmatmul__"),
];

fn slot_name(op: usize, reflected: bool) -> &'static str {
    if reflected {
        BINOPS[op].2
    } else {
        BINOPS[op].1
    }
}

/// `int.__add__(self, other)`, `float.__rsub__(self, other)`, ...; sets and
/// dicts (`set.__or__`, `dict.__or__`) take the same shape with operands of
/// their own kind.
fn binop_slot<const O: u8, const OP: usize, const R: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = slot_name(OP, R);
    let max = if BINOPS[OP].0 == BinOp::Pow && !R { 2 } else { 1 };
    let (s, a) = method(&args, name, 1, max)?;
    let x = self_value(O, s, name)?;
    let other = match O {
        INT | FLOAT | BOOL => numeric_other(O, &a[0]),
        SET => value_of(SET, &a[0]),
        _ => value_of(O, &a[0]),
    };
    let Some(y) = other else { return Ok(Value::NOT_IMPLEMENTED) };
    if let Some(m) = a.get(1).filter(|m| !m.is_none()) {
        return super::functions::pow(vm, Args::positional(&[x, y, m.clone()]));
    }
    let op = BINOPS[OP].0;
    if R {
        ops::arith::binary(vm, &y, &x, op)
    } else {
        ops::arith::binary(vm, &x, &y, op)
    }
}

fn divmod_slot<const O: u8, const R: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = if R { "__rdivmod__" } else { "__divmod__" };
    let (s, a) = method(&args, name, 1, 1)?;
    let x = self_value(O, s, name)?;
    let Some(y) = numeric_other(O, &a[0]) else { return Ok(Value::NOT_IMPLEMENTED) };
    if R {
        ops::arith::divmod(vm, &y, &x)
    } else {
        ops::arith::divmod(vm, &x, &y)
    }
}

const CMPS: [(CmpOp, &str); 6] = [(CmpOp::Eq, "__eq__"), (CmpOp::NotEq, "__ne__"), (CmpOp::Lt, "__lt__"), (CmpOp::LtE, "__le__"), (CmpOp::Gt, "__gt__"), (CmpOp::GtE, "__ge__")];

/// Rich comparison of numbers: int's slots compare with ints only (so
/// `int.__eq__(1, 1.0)` is NotImplemented, as in CPython), float's with ints
/// and floats.
fn compare_slot<const O: u8, const OP: usize>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (op, name) = CMPS[OP];
    let (s, a) = method(&args, name, 1, 1)?;
    let x = self_value(O, s, name)?;
    match numeric_other(O, &a[0]) {
        Some(y) => ops::compare::compare(vm, &x, &y, op),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// `object.__lt__` and friends: the default ordering is undefined, so they
/// always return NotImplemented (and `<` then raises its TypeError).
fn object_order_slot<const OP: usize>(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    method(&args, CMPS[OP].1, 1, 1)?;
    Ok(Value::NOT_IMPLEMENTED)
}

const UNARY: [&str; 11] = ["__neg__", "__pos__", "__invert__", "__abs__", "__bool__", "__int__", "__float__", "__index__", "__trunc__", "__floor__", "__ceil__"];

/// The unary slots of int and float.
fn unary_slot<const O: u8, const K: usize>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = UNARY[K];
    let (s, _) = method(&args, name, 0, 0)?;
    let x = self_value(O, s, name)?;
    let t = types();
    match K {
        0 => ops::arith::unary(vm, &x, UnaryOp::USub),
        1 => ops::arith::unary(vm, &x, UnaryOp::UAdd),
        2 => ops::arith::unary(vm, &x, UnaryOp::Invert),
        3 => super::functions::abs(vm, Args::positional(&[x])),
        4 => Ok(Value::bool(ops::truthy(vm, &x)?)),
        6 => vm.call(&t.float, &[x]),
        // __int__, __index__ and __trunc__ of an int are the plain int; of a
        // float, truncation (int() raises CPython's errors for inf and nan).
        5 | 7 | 8 => vm.call(&t.int, &[x]),
        _ if O == FLOAT => {
            let f = x.as_float();
            vm.call(&t.int, &[Value::float(if K == 9 { f.floor() } else { f.ceil() })])
        }
        _ => vm.call(&t.int, &[x]),
    }
}

fn round_slot<const O: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "__round__", 0, 1)?;
    let mut pos = vec![self_value(O, s, "__round__")?];
    pos.extend_from_slice(a);
    super::functions::round(vm, Args::positional(&pos))
}

/// `int.__format__`, `float.__format__`, `str.__format__`: the type's own
/// format-spec mini-language on the built-in value.
fn format_slot<const O: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "__format__", 1, 1)?;
    let x = self_value(O, s, "__format__")?;
    let spec = a[0].as_str().ok_or_else(|| type_error(format!("__format__() argument must be str, not {}", ops::type_name(&a[0]))))?;
    Ok(new_string(ops::format::format(vm, &x, spec)?))
}

/// `str.__add__`, `list.__add__`, `tuple.__add__`: only the same kind
/// concatenates (CPython raises here rather than returning NotImplemented).
fn concat_slot<const O: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "__add__", 1, 1)?;
    let x = self_value(O, s, "__add__")?;
    let o = owner_name(O);
    let y = value_of(O, &a[0]).ok_or_else(|| type_error(format!("can only concatenate {o} (not \"{}\") to {o}", ops::type_name(&a[0]))))?;
    ops::arith::binary(vm, &x, &y, BinOp::Add)
}

/// `seq.__mul__(n)` and `seq.__rmul__(n)`: repetition by an integer.
fn repeat_slot<const O: u8, const R: bool>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = if R { "__rmul__" } else { "__mul__" };
    let (s, a) = method(&args, name, 1, 1)?;
    let x = self_value(O, s, name)?;
    let n = value_of(INT, &a[0]).or_else(|| ops::lookup_special(&a[0], "__index__").map(|_| a[0].clone()));
    let n = n.ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(&a[0]))))?;
    ops::arith::binary(vm, &x, &n, BinOp::Mult)
}

/// In-place operators of the mutable types (`list.__iadd__`,
/// `set.__ior__`, `dict.__ior__`, ...): mutate the built-in value (the
/// subclass instance's storage) and return `self` itself.
fn inplace_slot<const O: u8, const OP: usize>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let op = BINOPS[OP].0;
    let name = match op {
        BinOp::Add => "__iadd__",
        BinOp::Mult => "__imul__",
        BinOp::BitOr => "__ior__",
        BinOp::BitAnd => "__iand__",
        BinOp::BitXor => "__ixor__",
        _ => "__isub__",
    };
    let (s, a) = method(&args, name, 1, 1)?;
    let x = self_value(O, s, name)?;
    let y = match O {
        // Sets combine only with sets; `list +=` takes any iterable and
        // `dict |=` any mapping or iterable of pairs.
        SET => match value_of(SET, &a[0]) {
            Some(y) => y,
            None => return Ok(Value::NOT_IMPLEMENTED),
        },
        _ => a[0].clone(),
    };
    if O == DICT {
        ops::dict_merge_call(vm, &x, &y, "update")?;
    } else {
        ops::arith::inplace(vm, &x, &y, op)?;
    }
    Ok(s.clone())
}

fn reversed_slot<const O: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "__reversed__", 0, 0)?;
    let x = self_value(O, s, "__reversed__")?;
    let rev = types().iter_class(crate::types::IterClass::Reversed).clone();
    vm.call(&rev, &[x])
}

fn register(cls: &Value, owner: &'static str, slots: &[(&'static str, NativeFn)]) {
    let Some(c) = cls.as_class() else { return };
    let Some(d) = c.dict.as_dict() else { return };
    for (name, f) in slots {
        // Methods the class already defines natively stay.
        if d.get_str(&intern(name)).is_none() {
            d.set_str(intern(name), new_slot_builtin(owner, name, *f));
        }
    }
    c.modified();
}

macro_rules! binops {
    ($o:expr, [$($op:literal),*]) => {
        vec![$((BINOPS[$op].1, binop_slot::<{ $o }, $op, false> as NativeFn), (BINOPS[$op].2, binop_slot::<{ $o }, $op, true> as NativeFn)),*]
    };
}

fn number_slots<const O: u8>() -> Vec<(&'static str, NativeFn)> {
    let mut v: Vec<(&'static str, NativeFn)> = binops!(O, [0, 1, 2, 3, 4, 5, 6]);
    if O != FLOAT {
        v.extend(binops!(O, [7, 8, 9, 10, 11]));
    }
    v.extend_from_slice(&[
        ("__divmod__", divmod_slot::<O, false> as NativeFn),
        ("__rdivmod__", divmod_slot::<O, true>),
        ("__eq__", compare_slot::<O, 0>),
        ("__ne__", compare_slot::<O, 1>),
        ("__lt__", compare_slot::<O, 2>),
        ("__le__", compare_slot::<O, 3>),
        ("__gt__", compare_slot::<O, 4>),
        ("__ge__", compare_slot::<O, 5>),
        ("__neg__", unary_slot::<O, 0>),
        ("__pos__", unary_slot::<O, 1>),
        ("__abs__", unary_slot::<O, 3>),
        ("__bool__", unary_slot::<O, 4>),
        ("__int__", unary_slot::<O, 5>),
        ("__float__", unary_slot::<O, 6>),
        ("__trunc__", unary_slot::<O, 8>),
        ("__floor__", unary_slot::<O, 9>),
        ("__ceil__", unary_slot::<O, 10>),
        ("__round__", round_slot::<O>),
        ("__format__", format_slot::<O>),
    ]);
    if O != FLOAT {
        v.extend_from_slice(&[("__invert__", unary_slot::<O, 2> as NativeFn), ("__index__", unary_slot::<O, 7>)]);
    }
    v
}

fn set_slots() -> Vec<(&'static str, NativeFn)> {
    let mut v: Vec<(&'static str, NativeFn)> = binops!(SET, [1, 9, 10, 11]);
    v.extend_from_slice(&[("__isub__", inplace_slot::<SET, 1> as NativeFn), ("__iand__", inplace_slot::<SET, 9>), ("__ior__", inplace_slot::<SET, 10>), ("__ixor__", inplace_slot::<SET, 11>)]);
    v
}

pub fn install() {
    let t = types();
    register(&t.int, "int", &number_slots::<INT>());
    // bool's &, |, ^ keep bools; the rest it inherits from int.
    register(&t.bool_, "bool", binops!(BOOL, [9, 10, 11]).as_slice());
    register(&t.float, "float", &number_slots::<FLOAT>());
    for (cls, owner, seq) in [(&t.str_, "str", STR), (&t.list, "list", LIST), (&t.tuple, "tuple", TUPLE)] {
        let slots: [(&'static str, NativeFn); 3] = match seq {
            STR => [("__add__", concat_slot::<STR>), ("__mul__", repeat_slot::<STR, false>), ("__rmul__", repeat_slot::<STR, true>)],
            LIST => [("__add__", concat_slot::<LIST>), ("__mul__", repeat_slot::<LIST, false>), ("__rmul__", repeat_slot::<LIST, true>)],
            _ => [("__add__", concat_slot::<TUPLE>), ("__mul__", repeat_slot::<TUPLE, false>), ("__rmul__", repeat_slot::<TUPLE, true>)],
        };
        register(cls, owner, &slots);
    }
    register(&t.str_, "str", &[("__format__", format_slot::<STR>)]);
    register(&t.list, "list", &[("__iadd__", inplace_slot::<LIST, 0>), ("__imul__", inplace_slot::<LIST, 2>), ("__reversed__", reversed_slot::<LIST>)]);
    register(&t.set, "set", &set_slots());
    register(&t.frozenset, "frozenset", binops!(SET, [1, 9, 10, 11]).as_slice());
    register(&t.dict, "dict", &[("__or__", binop_slot::<DICT, 10, false>), ("__ror__", binop_slot::<DICT, 10, true>), ("__ior__", inplace_slot::<DICT, 10>), ("__reversed__", reversed_slot::<DICT>)]);
    register(&t.object, "object", &[("__lt__", object_order_slot::<2>), ("__le__", object_order_slot::<3>), ("__gt__", object_order_slot::<4>), ("__ge__", object_order_slot::<5>)]);
}
