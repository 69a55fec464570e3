//! The `gc` module: the cycle collector (`crate::gc`) seen from Python.

use super::{add_fn, add_value};
use crate::builtins::args::{exact, range};
use crate::error::PyResult;
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::value::Value;

/// `gc.collect(generation=2)`: a full collection; the number of objects
/// found unreachable (then the __del__ methods that freed).
fn collect(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    range(&args, "collect", 0, 1)?;
    let mut n = crate::gc::collect();
    if crate::heap::finalizers_pending() {
        // Cycles with __del__: finalize, then collect what stays unreachable.
        vm.run_finalizers();
        n += crate::gc::collect();
    }
    Ok(Value::int(n as i64))
}

fn enable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "enable", 0)?;
    crate::gc::set_enabled(true);
    Ok(Value::NONE)
}

fn disable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "disable", 0)?;
    crate::gc::set_enabled(false);
    Ok(Value::NONE)
}

fn isenabled(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "isenabled", 0)?;
    Ok(Value::bool(crate::gc::is_enabled()))
}

/// `gc.get_count()`: pylift's collector has one generation: the tracked
/// container count is reported as generation 0.
fn get_count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "get_count", 0)?;
    Ok(crate::objects::tuple::new_tuple(vec![Value::int(crate::gc::tracked_count() as i64), Value::small_int(0), Value::small_int(0)]))
}

pub fn init(_vm: &mut Vm, d: &Value) -> PyResult<()> {
    add_fn(d, "collect", collect);
    add_fn(d, "enable", enable);
    add_fn(d, "disable", disable);
    add_fn(d, "isenabled", isenabled);
    add_fn(d, "get_count", get_count);
    add_value(d, "garbage", crate::objects::list::new_list(Vec::new()));
    Ok(())
}
