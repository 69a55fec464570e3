//! Methods of `dict`.

use super::args::method;
use super::register_methods;
use crate::error::{key_error, type_error, PyResult};
use crate::interp::Vm;
use crate::objects::dict::{new_dict, DictData};
use crate::objects::func::Args;
use crate::objects::misc::{new_dict_view, ViewKind};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::types;
use crate::value::Value;

/// The dict behind `v` (a dict, or a dict subclass instance) and that dict value.
fn as_dict(v: &Value) -> PyResult<Value> {
    if v.as_dict().is_some() {
        return Ok(v.clone());
    }
    if let Some(n) = ops::native_of(v) {
        if n.as_dict().is_some() {
            return Ok(n);
        }
    }
    Err(type_error(format!("descriptor requires a 'dict' object but received a '{}'", ops::type_name(v))))
}

fn d(v: &Value) -> &DictData {
    v.as_dict().expect("checked by as_dict")
}

fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "get", 1, 2)?;
    let dv = as_dict(s)?;
    Ok(d(&dv).get(vm, &a[0])?.unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::NONE)))
}

fn setdefault(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "setdefault", 1, 2)?;
    let dv = as_dict(s)?;
    if let Some(v) = d(&dv).get(vm, &a[0])? {
        return Ok(v);
    }
    let v = a.get(1).cloned().unwrap_or(Value::NONE);
    d(&dv).set(vm, a[0].clone(), v.clone())?;
    Ok(v)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "pop", 1, 2)?;
    let dv = as_dict(s)?;
    match d(&dv).remove(vm, &a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(def) => Ok(def.clone()),
            None => Err(key_error(a[0].clone())),
        },
    }
}

fn popitem(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "popitem", 0, 0)?;
    let dv = as_dict(s)?;
    match d(&dv).pop_last() {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(key_error(crate::objects::str::new_str("popitem(): dictionary is empty"))),
    }
}

fn keys(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "keys", 0, 0)?;
    Ok(new_dict_view(as_dict(s)?, ViewKind::Keys))
}

fn values(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "values", 0, 0)?;
    Ok(new_dict_view(as_dict(s)?, ViewKind::Values))
}

fn items(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "items", 0, 0)?;
    Ok(new_dict_view(as_dict(s)?, ViewKind::Items))
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = args.pos.split_first().ok_or_else(|| type_error("update needs self"))?;
    if rest.len() > 1 {
        return Err(type_error(format!("update expected at most 1 argument, got {}", rest.len())));
    }
    let dv = as_dict(s)?;
    super::classes::dict_fill(vm, &dv, rest.first(), &args)?;
    Ok(Value::NONE)
}

fn clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "clear", 0, 0)?;
    d(&as_dict(s)?).clear_all();
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "copy", 0, 0)?;
    let nd = new_dict();
    ops::dict_merge(vm, &nd, &as_dict(s)?, false)?;
    Ok(nd)
}

fn fromkeys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, a) = method(&args, "fromkeys", 1, 2)?;
    let v = a.get(1).cloned().unwrap_or(Value::NONE);
    let keys = ops::iter::collect(vm, &a[0])?;
    if !cls.is(&types().dict) && cls.as_class().is_some() {
        // A subclass gets an instance of itself, filled through its __setitem__.
        let nd = vm.call(cls, &[])?;
        for k in keys {
            ops::subscript::set_item(vm, &nd, &k, v.clone())?;
        }
        return Ok(nd);
    }
    let nd = new_dict();
    for k in keys {
        d(&nd).set(vm, k, v.clone())?;
    }
    Ok(nd)
}

fn dict_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    update(vm, args)
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "__getitem__", 1, 1)?;
    let dv = as_dict(s)?;
    match d(&dv).get(vm, &a[0])? {
        Some(v) => Ok(v),
        // A subclass's __missing__ supplies absent keys (defaultdict, Counter).
        None => match s.as_instance().and_then(|_| ops::lookup_special(s, "__missing__")) {
            Some(m) => ops::call_special(vm, &m, s, std::slice::from_ref(&a[0])),
            None => Err(key_error(a[0].clone())),
        },
    }
}

fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "__setitem__", 2, 2)?;
    let dv = as_dict(s)?;
    d(&dv).set(vm, a[0].clone(), a[1].clone())?;
    Ok(Value::NONE)
}

fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "__contains__", 1, 1)?;
    let dv = as_dict(s)?;
    Ok(Value::bool(d(&dv).get(vm, &a[0])?.is_some()))
}

pub fn install() {
    let t = types();
    register_methods(
        &t.dict,
        "dict",
        &[
            ("get", get),
            ("setdefault", setdefault),
            ("pop", pop),
            ("popitem", popitem),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("update", update),
            ("clear", clear),
            ("copy", copy),
            ("fromkeys", fromkeys),
            ("__init__", dict_init),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__contains__", contains),
        ],
    );
    // fromkeys is a classmethod.
    if let Some(f) = t.dict.as_class().and_then(|c| c.dict.as_dict()).and_then(|dd| dd.get_str(&crate::objects::str::intern("fromkeys"))) {
        super::set_class_attr(&t.dict, "fromkeys", crate::objects::misc::new_descriptor(crate::objects::misc::DescriptorData::ClassMethod(f)));
    }
}
