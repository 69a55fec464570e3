//! The `builtins` module and the methods of the built-in types.

pub mod args;
pub mod bytes;
mod classes;
pub mod codecs;
mod dicts;
mod eval;
pub mod files;
mod functions;
mod int_bytes;
pub(crate) mod lists;
mod objects;
mod op_slots;
pub mod oserror;
pub mod sets;
mod slots;
pub mod strings;

use crate::interp::Vm;
use crate::objects::func::{new_builtin, new_method_builtin, NativeFn};
use crate::objects::str::intern;
use crate::types::{all_exception_types, types};
use crate::value::Value;
use std::cell::RefCell;

thread_local! {
    static BUILD_CLASS: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// The `__build_class__` function (class statements call it).
pub fn build_class_fn() -> Value {
    BUILD_CLASS.with(|b| b.borrow_mut().get_or_insert_with(|| new_builtin("__build_class__", classes::build_class)).clone())
}

/// Registers native methods in a built-in class's namespace.
pub fn register_methods(cls: &Value, owner: &'static str, methods: &[(&'static str, NativeFn)]) {
    let Some(c) = cls.as_class() else { return };
    let Some(d) = c.dict.as_dict() else { return };
    for (name, f) in methods {
        d.set_str(intern(name), new_method_builtin(owner, name, *f));
    }
    c.modified();
}

/// Stores a plain value in a class namespace.
pub fn set_class_attr(cls: &Value, name: &str, v: Value) {
    if let Some(d) = cls.as_class().and_then(|c| c.dict.as_dict()) {
        d.set_str(intern(name), v);
    }
}

pub fn install(vm: &mut Vm) {
    let t = types();
    let b = vm.builtins.clone();
    let bd = b.as_dict().expect("builtins dict");
    for (name, f) in functions::FUNCTIONS {
        bd.set_str(intern(name), new_builtin(name, *f));
    }
    for (name, cls) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("str", &t.str_),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("enumerate", t.iter_class(crate::types::IterClass::Enumerate)),
        ("zip", t.iter_class(crate::types::IterClass::Zip)),
        ("map", t.iter_class(crate::types::IterClass::Map)),
        ("filter", t.iter_class(crate::types::IterClass::Filter)),
        ("reversed", t.iter_class(crate::types::IterClass::Reversed)),
    ] {
        bd.set_str(intern(name), cls.clone());
    }
    for (et, name) in all_exception_types() {
        bd.set_str(intern(name), t.exc(et));
    }
    // EnvironmentError and IOError are aliases of OSError.
    for alias in ["EnvironmentError", "IOError"] {
        bd.set_str(intern(alias), t.exc(crate::types::ExcType::OSError));
    }
    bd.set_str(intern("None"), Value::NONE);
    bd.set_str(intern("True"), Value::TRUE);
    bd.set_str(intern("False"), Value::FALSE);
    bd.set_str(intern("Ellipsis"), Value::ELLIPSIS);
    bd.set_str(intern("NotImplemented"), Value::NOT_IMPLEMENTED);
    bd.set_str(intern("__debug__"), Value::TRUE);
    bd.set_str(intern("__name__"), intern("builtins"));
    bd.set_str(intern("__build_class__"), build_class_fn());
    objects::install(vm);
    int_bytes::install();
    strings::install();
    lists::install();
    dicts::install();
    sets::install();
    classes::install();
    codecs::install();
    oserror::install();
    files::install();
    bytes::install();
    slots::install();
    op_slots::install();
}

/// The intrinsic a built-in function is, if the JIT computes it inline.
pub(crate) fn intrinsic_of(f: crate::objects::func::NativeFn) -> Option<crate::jit::Intrinsic> {
    use crate::jit::Intrinsic;
    let table: [(Intrinsic, crate::objects::func::NativeFn); 4] =
        [(Intrinsic::Len, functions::len), (Intrinsic::Abs, functions::abs), (Intrinsic::Min, functions::min), (Intrinsic::Max, functions::max)];
    let found = table.iter().find(|(_, g)| *g as usize == f as usize).map(|&(k, _)| k);
    found.or_else(|| crate::modules::math::is_sqrt(f).then_some(Intrinsic::Sqrt))
}
