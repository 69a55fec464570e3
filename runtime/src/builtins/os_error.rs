//! `OSError`'s constructor and str: `OSError(errno, strerror[, filename[,
//! winerror[, filename2]]])` keeps `args == (errno, strerror)` and sets the
//! attributes, and prints as `[Errno 2] No such file or directory: 'x'`.
//! Also the mapping from an errno to the subclass CPython raises for it.

use super::args::exact;
use crate::error::{type_error, PyErr, PyResult};
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::objects::str::{intern, new_string};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::{types, ExcType};
use crate::value::Value;

const ATTRS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];

fn os_error_init(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = args.pos.split_first().ok_or_else(|| type_error("__init__ needs self"))?;
    let Some(inst) = s.as_instance() else { return Ok(Value::NONE) };
    let mut vals = [Value::NONE, Value::NONE, Value::NONE, Value::NONE];
    let args_t = if (2..=5).contains(&rest.len()) {
        vals[0] = rest[0].clone();
        vals[1] = rest[1].clone();
        if let Some(f) = rest.get(2) {
            vals[2] = f.clone();
        }
        if let Some(f2) = rest.get(4) {
            vals[3] = f2.clone();
        }
        new_tuple(rest[..2].to_vec())
    } else {
        new_tuple(rest.to_vec())
    };
    if let Some(st) = inst.exc() {
        st.args = args_t;
    }
    for (name, v) in ATTRS.iter().zip(vals) {
        inst.set_attr(&intern(name), v);
    }
    Ok(Value::NONE)
}

fn attr(v: &Value, name: &str) -> Value {
    v.as_instance().and_then(|i| i.get_attr(&intern(name))).unwrap_or(Value::NONE)
}

fn os_error_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__str__", 1)?;
    let (errno, strerror, filename, filename2) = (attr(&a[0], "errno"), attr(&a[0], "strerror"), attr(&a[0], "filename"), attr(&a[0], "filename2"));
    if !filename.is_none() {
        let e = ops::repr::to_str(vm, &errno)?;
        let s = ops::repr::to_str(vm, &strerror)?;
        let f = ops::repr(vm, &filename)?;
        if !filename2.is_none() {
            let f2 = ops::repr(vm, &filename2)?;
            return Ok(new_string(format!("[Errno {e}] {s}: {f} -> {f2}")));
        }
        return Ok(new_string(format!("[Errno {e}] {s}: {f}")));
    }
    if !errno.is_none() && !strerror.is_none() {
        let e = ops::repr::to_str(vm, &errno)?;
        let s = ops::repr::to_str(vm, &strerror)?;
        return Ok(new_string(format!("[Errno {e}] {s}")));
    }
    let base = types().exc(ExcType::BaseException);
    let f = base.as_class().and_then(|c| c.lookup(&intern("__str__"))).ok_or_else(|| type_error("BaseException.__str__"))?;
    vm.call(&f, &[a[0].clone()])
}

/// The OSError subclass CPython raises for `errno`.
pub fn class_for_errno(errno: i32) -> ExcType {
    match errno {
        libc::EEXIST => ExcType::FileExistsError,
        libc::ENOENT => ExcType::FileNotFoundError,
        libc::EISDIR => ExcType::IsADirectoryError,
        libc::ENOTDIR => ExcType::NotADirectoryError,
        libc::EACCES | libc::EPERM => ExcType::PermissionError,
        libc::ETIMEDOUT => ExcType::TimeoutError,
        _ => ExcType::OSError,
    }
}

/// `OSError(errno, strerror, ...)` called on OSError itself builds the
/// subclass for that errno (CPython's `OSError.__new__`).
pub fn class_for_args(cls: &Value, args: &[Value]) -> Option<Value> {
    let os_error = types().exc(ExcType::OSError);
    if !cls.is(&os_error) || !(2..=5).contains(&args.len()) {
        return None;
    }
    let errno = args[0].as_int_like()?;
    let t = class_for_errno(i32::try_from(errno).ok()?);
    (t != ExcType::OSError).then(|| types().exc(t))
}

/// The C library's message for `errno` ("No such file or directory").
pub fn strerror(errno: i32) -> String {
    // SAFETY: strerror returns a valid NUL-terminated string for any errno;
    // it is copied before any other libc call.
    unsafe {
        let p = libc::strerror(errno);
        if p.is_null() {
            return format!("Unknown error {errno}");
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

/// The exception for a failed system call on `filename` (and `filename2`).
pub fn from_io_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&Value>, filename2: Option<&Value>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(libc::EIO);
    let cls = types().exc(class_for_errno(errno));
    let mut args = vec![Value::int(errno as i64), new_string(strerror(errno))];
    if let Some(f) = filename {
        args.push(f.clone());
        if let Some(f2) = filename2 {
            args.push(Value::NONE);
            args.push(f2.clone());
        }
    }
    match vm.call(&cls, &args) {
        Ok(v) => PyErr(v),
        Err(e) => e,
    }
}

pub fn install() {
    let cls = types().exc(ExcType::OSError);
    super::register_methods(&cls, "OSError", &[("__init__", os_error_init), ("__str__", os_error_str)]);
    for name in ATTRS {
        super::set_class_attr(&cls, name, Value::NONE);
    }
}
