//! OSError: the `errno`/`strerror`/`filename` attributes, CPython's
//! `[Errno N] text: 'name'` message, `OSError(errno, ...)` picking the
//! subclass for the errno, and raising OSErrors from Rust I/O errors.
//! Also `io.UnsupportedOperation`, which I/O objects raise.

use super::args::method;
use crate::error::{new_exception, PyErr, PyResult};
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::objects::str::{intern, new_string};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::{types, ExcType};
use crate::value::Value;
use std::cell::RefCell;

/// The OSError subclass CPython uses for an errno (PEP 3151).
pub fn class_for_errno(errno: i64) -> ExcType {
    let e = errno as i32;
    match e {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => ExcType::BlockingIOError,
        libc::ECHILD => ExcType::ChildProcessError,
        libc::EPIPE | libc::ESHUTDOWN => ExcType::BrokenPipeError,
        libc::ECONNABORTED => ExcType::ConnectionAbortedError,
        libc::ECONNREFUSED => ExcType::ConnectionRefusedError,
        libc::ECONNRESET => ExcType::ConnectionResetError,
        libc::EEXIST => ExcType::FileExistsError,
        libc::ENOENT => ExcType::FileNotFoundError,
        libc::EISDIR => ExcType::IsADirectoryError,
        libc::ENOTDIR => ExcType::NotADirectoryError,
        libc::EINTR => ExcType::InterruptedError,
        libc::EACCES | libc::EPERM => ExcType::PermissionError,
        libc::ESRCH => ExcType::ProcessLookupError,
        libc::ETIMEDOUT => ExcType::TimeoutError,
        _ => ExcType::OSError,
    }
}

/// The class `OSError(args...)` really instantiates.
pub fn constructed_class(cls: &Value, args: &[Value]) -> Value {
    let t = types();
    if cls.is(&t.exc(ExcType::OSError)) && args.len() >= 2 {
        if let Some(n) = args[0].to_i64() {
            return t.exc(class_for_errno(n));
        }
    }
    cls.clone()
}

/// The C library's text for an errno.
pub fn strerror(errno: i32) -> String {
    // Rust formats OS errors as "<strerror> (os error N)".
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn set_fields(e: &Value, errno: Value, strerror: Value, filename: Value, filename2: Value) {
    if let Some(i) = e.as_instance() {
        i.set_attr(&intern("errno"), errno);
        i.set_attr(&intern("strerror"), strerror);
        i.set_attr(&intern("filename"), filename);
        i.set_attr(&intern("filename2"), filename2);
    }
}

/// An OSError (of the errno's subclass) for errno `n`, as CPython raises
/// them: args are (errno, strerror), the filename is an attribute.
pub fn os_error(n: i32, filename: Option<Value>) -> PyErr {
    let text = new_string(strerror(n));
    let e = new_exception(class_for_errno(n as i64), vec![Value::int(n as i64), text.clone()]);
    set_fields(&e, Value::int(n as i64), text, filename.unwrap_or(Value::NONE), Value::NONE);
    PyErr(e)
}

/// An OSError for a failed system call on `filename` and `filename2`
/// (`os.rename(a, b)`: "[Errno 2] No such file or directory: 'a' -> 'b'").
pub fn from_io_paths(err: &std::io::Error, filename: Option<&Value>, filename2: Option<&Value>) -> PyErr {
    let n = err.raw_os_error().unwrap_or(libc::EIO);
    let e = os_error(n, filename.cloned());
    if let Some(f2) = filename2 {
        if let Some(i) = e.0.as_instance() {
            i.set_attr(&intern("filename2"), f2.clone());
        }
    }
    e
}

/// An OSError for a failed Rust I/O operation.
pub fn from_io(err: &std::io::Error, filename: Option<Value>) -> PyErr {
    match err.raw_os_error() {
        Some(n) => os_error(n, filename),
        None => {
            let e = new_exception(ExcType::OSError, vec![new_string(err.to_string())]);
            PyErr(e)
        }
    }
}

fn oserror_init(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "OSError", 0, usize::MAX)?;
    let Some(st) = s.as_instance().and_then(|i| i.exc()) else { return Ok(Value::NONE) };
    if (2..=5).contains(&a.len()) {
        st.args = new_tuple(a[..2].to_vec());
        let g = |i: usize| a.get(i).cloned().unwrap_or(Value::NONE);
        set_fields(s, a[0].clone(), a[1].clone(), g(2), g(4));
    } else {
        st.args = new_tuple(a.to_vec());
        set_fields(s, Value::NONE, Value::NONE, Value::NONE, Value::NONE);
    }
    Ok(Value::NONE)
}

fn field(vm: &mut Vm, e: &Value, name: &str) -> PyResult<Value> {
    Ok(ops::attr::get_attr_opt(vm, e, &intern(name))?.unwrap_or(Value::NONE))
}

fn oserror_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "__str__", 0, 0)?;
    let errno = field(vm, s, "errno")?;
    let strerror = field(vm, s, "strerror")?;
    let filename = field(vm, s, "filename")?;
    let filename2 = field(vm, s, "filename2")?;
    if !filename.is_none() {
        let (en, se, f) = (ops::to_str(vm, &errno)?, ops::to_str(vm, &strerror)?, ops::repr(vm, &filename)?);
        return Ok(new_string(if filename2.is_none() { format!("[Errno {en}] {se}: {f}") } else { format!("[Errno {en}] {se}: {f} -> {}", ops::repr(vm, &filename2)?) }));
    }
    if !errno.is_none() && !strerror.is_none() {
        return Ok(new_string(format!("[Errno {}] {}", ops::to_str(vm, &errno)?, ops::to_str(vm, &strerror)?)));
    }
    let base = types().exc(ExcType::BaseException);
    let f = base.as_class().and_then(|c| c.lookup(&intern("__str__"))).ok_or_else(|| crate::error::internal_error("BaseException.__str__"))?;
    vm.call(&f, std::slice::from_ref(s))
}

thread_local! {
    static UNSUPPORTED: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// `io.UnsupportedOperation` (a subclass of OSError and ValueError).
pub fn unsupported_operation_class() -> PyResult<Value> {
    if let Some(c) = UNSUPPORTED.with(|u| u.borrow().clone()) {
        return Ok(c);
    }
    let t = types();
    let ns = crate::objects::dict::new_dict();
    if let Some(d) = ns.as_dict() {
        d.set_str(intern("__module__"), intern("io"));
    }
    let c = super::classes::make_class("UnsupportedOperation", vec![t.exc(ExcType::OSError), t.exc(ExcType::ValueError)], ns)?;
    UNSUPPORTED.with(|u| *u.borrow_mut() = Some(c.clone()));
    Ok(c)
}

pub fn unsupported(msg: &str) -> PyErr {
    match unsupported_operation_class() {
        Ok(c) => {
            let e = crate::objects::instance::new_instance(c);
            if let Some(st) = e.as_instance().and_then(|i| i.exc()) {
                st.args = new_tuple(vec![new_string(msg.to_string())]);
            }
            set_fields(&e, Value::NONE, Value::NONE, Value::NONE, Value::NONE);
            PyErr(e)
        }
        Err(e) => e,
    }
}

pub fn install() {
    let os = types().exc(ExcType::OSError);
    super::register_methods(&os, "OSError", &[("__init__", oserror_init), ("__str__", oserror_str)]);
    // Defaults for instances whose __init__ did not run OSError's.
    for n in ["errno", "strerror", "filename", "filename2"] {
        super::set_class_attr(&os, n, Value::NONE);
    }
}
