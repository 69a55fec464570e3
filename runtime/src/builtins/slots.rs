//! Slot wrappers: the dunder methods of the built-in containers
//! (`dict.__repr__`, `list.__len__`, `tuple.__getitem__`, ...) for explicit
//! calls such as `dict.__repr__(self)` or `super().__eq__(other)` in a
//! subclass. Each applies the generic operation in `ops` to the built-in
//! value (a subclass instance's wrapped one), so it never re-dispatches to
//! the subclass's override. Implicit dispatch (`repr(x)`, `len(x)`, `==`)
//! does not go through them: `ops::lookup_special` skips slot wrappers and
//! the native paths handle built-in values directly.

use super::args::method;
use crate::error::{type_error, PyResult};
use crate::frontend::ast::CmpOp;
use crate::heap::ObjKind;
use crate::interp::Vm;
use crate::objects::func::{new_slot_builtin, Args, NativeFn};
use crate::objects::str::{intern, new_string};
use crate::ops;
use crate::types::types;
use crate::value::Value;

/// The built-in value `v` is or wraps, when it has kind `kind`.
fn native(v: &Value, kind: ObjKind) -> Option<Value> {
    if v.obj_kind() == Some(kind) {
        return Some(v.clone());
    }
    ops::native_of(v).filter(|n| n.obj_kind() == Some(kind))
}

/// `self` and the other arguments of a slot call taking `n` of them.
fn self_of<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<(Value, &'a [Value])> {
    let (s, rest) = method(args, name, n, n)?;
    Ok((s.clone(), rest))
}

macro_rules! owner_kind {
    ($owner:expr) => {
        match $owner {
            0 => (ObjKind::Dict, "dict"),
            1 => (ObjKind::List, "list"),
            2 => (ObjKind::Tuple, "tuple"),
            3 => (ObjKind::Set, "set"),
            4 => (ObjKind::Set, "frozenset"),
            _ => (ObjKind::Str, "str"),
        }
    };
}

fn unwrap<const O: u8>(v: &Value, name: &str) -> PyResult<Value> {
    let (kind, owner) = owner_kind!(O);
    native(v, kind).ok_or_else(|| type_error(format!("descriptor '{name}' requires a '{owner}' object but received a '{}'", ops::type_name(v))))
}

fn repr_slot<const O: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = self_of(&args, "__repr__", 0)?;
    let n = unwrap::<O>(&s, "__repr__")?;
    Ok(new_string(ops::repr(vm, &n)?))
}

fn len_slot<const O: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = self_of(&args, "__len__", 0)?;
    let n = unwrap::<O>(&s, "__len__")?;
    Ok(Value::int(ops::len(vm, &n)? as i64))
}

fn iter_slot<const O: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = self_of(&args, "__iter__", 0)?;
    let n = unwrap::<O>(&s, "__iter__")?;
    ops::iter::get_iter(vm, &n)
}

fn contains_slot<const O: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = self_of(&args, "__contains__", 1)?;
    let n = unwrap::<O>(&s, "__contains__")?;
    Ok(Value::bool(ops::contains(vm, &n, &a[0])?))
}

fn getitem_slot<const O: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = self_of(&args, "__getitem__", 1)?;
    let n = unwrap::<O>(&s, "__getitem__")?;
    ops::subscript::get_item(vm, &n, &a[0])
}

fn setitem_slot<const O: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = self_of(&args, "__setitem__", 2)?;
    let n = unwrap::<O>(&s, "__setitem__")?;
    ops::subscript::set_item(vm, &n, &a[0], a[1].clone())?;
    Ok(Value::NONE)
}

fn delitem_slot<const O: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = self_of(&args, "__delitem__", 1)?;
    let n = unwrap::<O>(&s, "__delitem__")?;
    ops::subscript::del_item(vm, &n, &a[0])?;
    Ok(Value::NONE)
}

/// Rich comparison against another value of the same built-in kind (sets
/// and frozensets compare with each other); anything else is NotImplemented.
fn compare_slot<const O: u8, const OP: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (op, name) = match OP {
        0 => (CmpOp::Eq, "__eq__"),
        1 => (CmpOp::NotEq, "__ne__"),
        2 => (CmpOp::Lt, "__lt__"),
        3 => (CmpOp::LtE, "__le__"),
        4 => (CmpOp::Gt, "__gt__"),
        _ => (CmpOp::GtE, "__ge__"),
    };
    let (s, a) = self_of(&args, name, 1)?;
    let n = unwrap::<O>(&s, name)?;
    let (kind, _) = owner_kind!(O);
    match native(&a[0], kind) {
        Some(o) => ops::compare::compare(vm, &n, &o, op),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn register(cls: &Value, owner: &'static str, slots: &[(&'static str, NativeFn)]) {
    let Some(c) = cls.as_class() else { return };
    let Some(d) = c.dict.as_dict() else { return };
    for (name, f) in slots {
        // Methods the class already defines natively (dict.__getitem__ checks
        // __missing__, for one) stay.
        if d.get_str(&intern(name)).is_none() {
            d.set_str(intern(name), new_slot_builtin(owner, name, *f));
        }
    }
    c.modified();
}

fn container_slots<const O: u8>(ordered: bool) -> Vec<(&'static str, NativeFn)> {
    let mut v: Vec<(&'static str, NativeFn)> = vec![
        ("__repr__", repr_slot::<O>),
        ("__len__", len_slot::<O>),
        ("__iter__", iter_slot::<O>),
        ("__contains__", contains_slot::<O>),
        ("__eq__", compare_slot::<O, 0>),
        ("__ne__", compare_slot::<O, 1>),
    ];
    if ordered {
        v.extend_from_slice(&[("__lt__", compare_slot::<O, 2> as NativeFn), ("__le__", compare_slot::<O, 3>), ("__gt__", compare_slot::<O, 4>), ("__ge__", compare_slot::<O, 5>)]);
    }
    v
}

pub fn install() {
    let t = types();
    let mut dict = container_slots::<0>(false);
    dict.push(("__delitem__", delitem_slot::<0>));
    register(&t.dict, "dict", &dict);
    let mut list = container_slots::<1>(true);
    list.extend_from_slice(&[("__getitem__", getitem_slot::<1> as NativeFn), ("__setitem__", setitem_slot::<1>), ("__delitem__", delitem_slot::<1>)]);
    register(&t.list, "list", &list);
    let mut tuple = container_slots::<2>(true);
    tuple.push(("__getitem__", getitem_slot::<2>));
    register(&t.tuple, "tuple", &tuple);
    register(&t.set, "set", &container_slots::<3>(true));
    register(&t.frozenset, "frozenset", &container_slots::<4>(true));
    let mut s = container_slots::<5>(true);
    s.push(("__getitem__", getitem_slot::<5>));
    register(&t.str_, "str", &s);
}
