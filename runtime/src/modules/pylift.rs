//! `_pylift`: hooks the embedded standard library (`stdlib/*.py`) needs
//! from the runtime and that no CPython module offers.

use super::add_fn;
use crate::builtins::args::exact;
use crate::error::{type_error, PyResult};
use crate::interp::Vm;
use crate::objects::func::Args;
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

pub fn init(_vm: &mut Vm, d: &Value) -> PyResult<()> {
    add_fn(d, "set_type_name", set_type_name);
    Ok(())
}
