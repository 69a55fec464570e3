//! Raising exceptions from Rust. A `PyErr` owns a Python exception instance;
//! `PyResult` is what every runtime operation returns.

use crate::objects::instance::new_instance;
use crate::objects::str::new_string;
use crate::objects::tuple::new_tuple;
use crate::types::{types, ExcType};
use crate::value::Value;

#[derive(Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn value(&self) -> &Value {
        &self.0
    }
    /// Whether this exception is an instance of the built-in class `t`.
    pub fn is(&self, t: ExcType) -> bool {
        let cls = types().exc(t);
        crate::ops::type_of(&self.0).as_class().is_some_and(|c| c.is_subclass_of(&cls))
    }
}

/// A new exception of a built-in class with the given args.
pub fn new_exception(t: ExcType, args: Vec<Value>) -> Value {
    let e = new_instance(types().exc(t));
    if let Some(st) = e.as_instance().and_then(|i| i.exc()) {
        st.args = new_tuple(args);
    }
    e
}

pub fn exc(t: ExcType, msg: impl Into<String>) -> PyErr {
    PyErr(new_exception(t, vec![new_string(msg.into())]))
}

pub fn exc_noargs(t: ExcType) -> PyErr {
    PyErr(new_exception(t, vec![]))
}

pub fn type_error(msg: impl Into<String>) -> PyErr {
    exc(ExcType::TypeError, msg)
}
pub fn value_error(msg: impl Into<String>) -> PyErr {
    exc(ExcType::ValueError, msg)
}
pub fn index_error(msg: impl Into<String>) -> PyErr {
    exc(ExcType::IndexError, msg)
}
pub fn attribute_error(msg: impl Into<String>) -> PyErr {
    exc(ExcType::AttributeError, msg)
}
pub fn zero_division(msg: impl Into<String>) -> PyErr {
    exc(ExcType::ZeroDivisionError, msg)
}
pub fn overflow_error(msg: impl Into<String>) -> PyErr {
    exc(ExcType::OverflowError, msg)
}
pub fn name_error(name: &str) -> PyErr {
    let e = exc(ExcType::NameError, format!("name '{name}' is not defined"));
    if let Some(i) = e.0.as_instance() {
        i.set_attr(&crate::objects::str::intern("name"), crate::objects::str::new_str(name));
    }
    e
}
pub fn key_error(key: Value) -> PyErr {
    PyErr(new_exception(ExcType::KeyError, vec![key]))
}
pub fn stop_iteration(value: Value) -> PyErr {
    if value.is_none() {
        exc_noargs(ExcType::StopIteration)
    } else {
        PyErr(new_exception(ExcType::StopIteration, vec![value]))
    }
}
pub fn runtime_error(msg: impl Into<String>) -> PyErr {
    exc(ExcType::RuntimeError, msg)
}
pub fn recursion_error() -> PyErr {
    exc(ExcType::RecursionError, "maximum recursion depth exceeded")
}
/// A bug in pylift, surfaced as a Python exception rather than a crash.
pub fn internal_error(what: impl Into<String>) -> PyErr {
    exc(ExcType::SystemError, format!("internal error in pylift: {} (please report this with the script that triggered it)", what.into()))
}
pub fn name_error_msg(msg: impl Into<String>) -> PyErr {
    exc(ExcType::NameError, msg)
}
