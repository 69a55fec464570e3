//! Argument checking for native functions, with CPython's messages.

use crate::error::{type_error, PyErr, PyResult};
use crate::objects::func::Args;
use crate::ops::type_name;
use crate::value::Value;

/// Exactly `n` positional arguments and no keywords.
pub fn exact<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    no_kw(args, name)?;
    if args.pos.len() != n {
        return Err(match n {
            0 => type_error(format!("{name}() takes no arguments ({} given)", args.pos.len())),
            1 => type_error(format!("{name}() takes exactly one argument ({} given)", args.pos.len())),
            _ => type_error(format!("{name} expected {n} arguments, got {}", args.pos.len())),
        });
    }
    Ok(args.pos)
}

/// Between `min` and `max` positional arguments, no keywords.
pub fn range<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_kw(args, name)?;
    let n = args.pos.len();
    if n < min {
        return Err(type_error(format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })));
    }
    if n > max {
        return Err(type_error(format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })));
    }
    Ok(args.pos)
}

/// A method's self plus between `min` and `max` further arguments.
pub fn method<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<(&'a Value, &'a [Value])> {
    no_kw(args, name)?;
    let (s, rest) = args.pos.split_first().ok_or_else(|| type_error(format!("descriptor '{name}' needs an argument")))?;
    let n = rest.len();
    if n < min || n > max {
        return Err(if min == max {
            match min {
                0 => type_error(format!("{name}() takes no arguments ({n} given)")),
                1 => type_error(format!("{name}() takes exactly one argument ({n} given)")),
                _ => type_error(format!("{name} expected {min} arguments, got {n}")),
            }
        } else if n < min {
            type_error(format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" }))
        } else {
            type_error(format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" }))
        });
    }
    Ok((s, rest))
}

pub fn no_kw(args: &Args<'_>, name: &str) -> PyResult<()> {
    if let Some(k) = args.kw_names.first() {
        let _ = k;
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Checks that only the named keywords were given.
pub fn only_kw(args: &Args<'_>, fname: &str, allowed: &[&str]) -> PyResult<()> {
    for k in args.kw_names {
        let n = k.as_str().unwrap_or("");
        if !allowed.contains(&n) {
            return Err(type_error(format!("{fname}() got an unexpected keyword argument '{n}'")));
        }
    }
    Ok(())
}

/// An int argument as an i64 (`_what` names the argument for callers'
/// readers: CPython's messages here do not).
pub fn int_arg(v: &Value, _what: &str) -> PyResult<i64> {
    if let Some(i) = v.to_i64() {
        return Ok(i);
    }
    if v.is_int() {
        return Err(crate::error::overflow_error("Python int too large to convert to C ssize_t"));
    }
    if let Some(n) = crate::ops::native_of(v) {
        return int_arg(&n, "");
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))))
}

/// An integer argument that may also be any object with `__index__`
/// (`range(obj)`, `"ab" * obj`), as CPython's index conversion accepts.
pub fn index_arg(vm: &mut crate::interp::Vm, v: &Value, what: &str) -> PyResult<i64> {
    int_arg(&via_index(vm, v)?, what)
}

/// The int an index argument stands for: `v` itself, or for an instance,
/// what its `__index__` returns, or the int an int subclass's instance
/// holds; anything else as it is (the caller says why it is no index).
pub(crate) fn via_index(vm: &mut crate::interp::Vm, v: &Value) -> PyResult<Value> {
    if v.as_instance().is_some() {
        if let Some(f) = crate::ops::lookup_special(v, "__index__") {
            let r = crate::ops::call_special(vm, &f, v, &[])?;
            if !r.is_int() {
                return Err(type_error(format!("__index__ returned non-int (type {})", type_name(&r))));
            }
            return Ok(r);
        }
        if let Some(n) = crate::ops::native_of(v).filter(|n| n.is_int()) {
            return Ok(n);
        }
    }
    Ok(v.clone())
}

/// `index_arg` of any size, as `range()` takes its arguments.
pub fn big_index_arg(vm: &mut crate::interp::Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    let v = via_index(vm, v)?;
    match v.to_bigint() {
        Some(b) => Ok(b),
        // Not an int: `int_arg` says why.
        None => int_arg(&v, "").map(num_bigint::BigInt::from),
    }
}

pub fn str_arg<'a>(v: &'a Value, fname: &str) -> Result<&'a str, PyErr> {
    v.as_str().ok_or_else(|| type_error(format!("{fname} must be str, not {}", type_name(v))))
}
