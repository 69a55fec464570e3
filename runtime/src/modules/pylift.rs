//! `_pylift`: hooks the embedded standard library (`stdlib/*.py`) needs
//! from the runtime and that no CPython module offers.

use super::add_fn;
use crate::builtins::args::exact;
use crate::error::{type_error, PyResult};
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::objects::misc::{new_descriptor, DescriptorData};
use crate::value::Value;

/// `set_type_name(cls, name)`: error messages name instances of `cls` as
/// `name` (e.g. 'collections.deque'), as CPython does for the classes it
/// implements in C, while `cls.__name__` stays short. Not inherited.
fn set_type_name(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "set_type_name", 2)?;
    let c = a[0].as_class().ok_or_else(|| type_error("set_type_name() argument 1 must be a class"))?;
    if !a[1].is_str() {
        return Err(type_error("set_type_name() argument 2 must be str"));
    }
    c.tp_name.replace(Some(a[1].clone()));
    Ok(Value::NONE)
}

/// `tuplegetter(index, doc)`: the native descriptor namedtuple uses for its
/// fields (reading one is a load, not a Python call).
fn tuplegetter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "tuplegetter", 2)?;
    let index = a[0].to_i64().filter(|i| *i >= 0).ok_or_else(|| type_error("tuplegetter() index must be a non-negative int"))?;
    Ok(new_descriptor(DescriptorData::TupleGetter { index: index as usize, doc: a[1].clone() }))
}

thread_local! {
    static TUPLEGETTER_CLASS: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

/// The class of `tuplegetter` objects (`_collections._tuplegetter`).
pub fn tuplegetter_class() -> Value {
    TUPLEGETTER_CLASS.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| {
                let t = crate::types::types();
                let mro = t.object.as_class().map(|c| c.mro.get().clone()).unwrap_or_default();
                let cls = crate::objects::class::new_class("_tuplegetter", vec![t.object.clone()], mro, None, crate::objects::class::NativeBase::Object, false);
                crate::builtins::set_class_attr(&cls, "__module__", crate::objects::str::intern("_collections"));
                if let Some(c) = cls.as_class() {
                    c.tp_name.replace(Some(crate::objects::str::intern("_collections._tuplegetter")));
                }
                cls
            })
            .clone()
    })
}

pub fn init(_vm: &mut Vm, d: &Value) -> PyResult<()> {
    add_fn(d, "set_type_name", set_type_name);
    add_fn(d, "tuplegetter", tuplegetter);
    Ok(())
}
