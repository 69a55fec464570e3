//! `posix`: the system calls behind `stdlib/os.py` (files, directories, the
//! environment, the process). Failures raise the OSError subclass CPython
//! raises for the errno, with its message and the file name.

use super::{add_fn, add_value};
use crate::builtins::args::{exact, int_arg, range};
use crate::builtins::oserror::from_io_paths;
use crate::error::{type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::dict::new_dict;
use crate::objects::func::Args;
use crate::objects::list::new_list;
use crate::objects::str::{new_str, new_string};
use crate::objects::tuple::new_tuple;
use crate::ops::{self, type_name};
use crate::value::Value;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};

/// A path argument as text: a str or an object with `__fspath__`.
fn path_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        if s.contains('\0') {
            return Err(value_error(format!("{fname}: embedded null character in path")));
        }
        return Ok(s.to_string());
    }
    if let Some(n) = ops::native_of(v).filter(|n| n.is_str()) {
        return Ok(n.as_str().unwrap_or("").to_string());
    }
    if let Some(f) = ops::lookup_special(v, "__fspath__") {
        let r = ops::call_special(vm, &f, v, &[])?;
        if let Some(s) = r.as_str() {
            return Ok(s.to_string());
        }
        return Err(type_error(format!("expected {}.__fspath__() to return str or bytes, not {}", type_name(v), type_name(&r))));
    }
    // CPython's wording names what each call accepts (some take a file
    // descriptor, listdir also None); pylift has no descriptor-based calls.
    let accepted = match fname {
        "stat" | "chdir" | "chmod" => "string, bytes, os.PathLike or integer",
        "listdir" => "string, bytes, os.PathLike, integer or None",
        _ => "string, bytes or os.PathLike",
    };
    if v.is_int() && accepted.contains("integer") {
        return Err(type_error(format!("{fname}: file descriptors are not supported by pylift")));
    }
    Err(type_error(format!("{fname}: path should be {accepted}, not {}", type_name(v))))
}

fn getcwd(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "getcwd", 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(new_string(p.to_string_lossy().into_owned())),
        Err(e) => Err(from_io_paths(&e, None, None)),
    }
}

fn chdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "chdir", 1)?;
    let p = path_arg(vm, &a[0], "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| from_io_paths(&e, Some(&a[0]), None))?;
    Ok(Value::NONE)
}

/// `listdir(path='.')`: the names in the directory, in the order the system
/// lists them (as CPython's).
fn listdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = range(&args, "listdir", 0, 1)?;
    let (p, shown) = match a.first().filter(|v| !v.is_none()) {
        Some(v) => (path_arg(vm, v, "listdir")?, v.clone()),
        None => (".".to_string(), new_str(".")),
    };
    let rd = std::fs::read_dir(&p).map_err(|e| from_io_paths(&e, Some(&shown), None))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| from_io_paths(&e, Some(&shown), None))?;
        names.push(new_string(entry.file_name().to_string_lossy().into_owned()));
    }
    Ok(new_list(names))
}

fn mkdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::args::only_kw(&args, "mkdir", &["mode", "dir_fd"])?;
    let a = args.pos;
    if a.is_empty() || a.len() > 2 {
        return Err(type_error(format!("mkdir() takes from 1 to 2 positional arguments but {} were given", a.len())));
    }
    let p = path_arg(vm, &a[0], "mkdir")?;
    let mode = match a.get(1).or(args.kw("mode")) {
        Some(m) => int_arg(m, "mode")? as u32,
        None => 0o777,
    };
    std::fs::DirBuilder::new().mode(mode).create(&p).map_err(|e| from_io_paths(&e, Some(&a[0]), None))?;
    Ok(Value::NONE)
}

fn rmdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "rmdir", 1)?;
    let p = path_arg(vm, &a[0], "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| from_io_paths(&e, Some(&a[0]), None))?;
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "remove", 1)?;
    let p = path_arg(vm, &a[0], "remove")?;
    // unlink(2), so a directory fails with EISDIR as in CPython.
    let c = std::ffi::CString::new(p).map_err(|_| value_error("remove: embedded null character in path"))?;
    // SAFETY: `c` is a valid NUL-terminated path.
    if unsafe { libc::unlink(c.as_ptr()) } != 0 {
        return Err(from_io_paths(&std::io::Error::last_os_error(), Some(&a[0]), None));
    }
    Ok(Value::NONE)
}

fn rename(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "rename", 2)?;
    let (src, dst) = (path_arg(vm, &a[0], "rename")?, path_arg(vm, &a[1], "rename")?);
    std::fs::rename(&src, &dst).map_err(|e| from_io_paths(&e, Some(&a[0]), Some(&a[1])))?;
    Ok(Value::NONE)
}

/// `stat(path, follow_symlinks)`: the fields of os.stat_result, in order:
/// mode, ino, dev, nlink, uid, gid, size, the three times as ints, as
/// floats, and in nanoseconds.
fn stat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "stat", 2)?;
    let p = path_arg(vm, &a[0], "stat")?;
    let follow = ops::truthy(vm, &a[1])?;
    let md = if follow { std::fs::metadata(&p) } else { std::fs::symlink_metadata(&p) };
    let md = md.map_err(|e| from_io_paths(&e, Some(&a[0]), None))?;
    let int = |x: i128| crate::objects::int::from_i128(x);
    let times = [(md.atime(), md.atime_nsec()), (md.mtime(), md.mtime_nsec()), (md.ctime(), md.ctime_nsec())];
    let mut fields = vec![int(md.mode() as i128), int(md.ino() as i128), int(md.dev() as i128), int(md.nlink() as i128), int(md.uid() as i128), int(md.gid() as i128), int(md.size() as i128)];
    fields.extend(times.iter().map(|(s, _)| int(*s as i128)));
    fields.extend(times.iter().map(|(s, ns)| Value::float(*s as f64 + *ns as f64 * 1e-9)));
    fields.extend(times.iter().map(|(s, ns)| int(*s as i128 * 1_000_000_000 + *ns as i128)));
    Ok(new_tuple(fields))
}

fn chmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "chmod", 2)?;
    let p = path_arg(vm, &a[0], "chmod")?;
    let mode = int_arg(&a[1], "mode")? as u32;
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).map_err(|e| from_io_paths(&e, Some(&a[0]), None))?;
    Ok(Value::NONE)
}

/// `realpath(path)`: the canonical absolute path, or None when it does not
/// resolve (os.path.realpath then normalizes the text itself).
fn realpath(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "realpath", 1)?;
    let p = path_arg(vm, &a[0], "realpath")?;
    Ok(match std::fs::canonicalize(&p) {
        Ok(r) => new_string(r.to_string_lossy().into_owned()),
        Err(_) => Value::NONE,
    })
}

fn readlink(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "readlink", 1)?;
    let p = path_arg(vm, &a[0], "readlink")?;
    let r = std::fs::read_link(&p).map_err(|e| from_io_paths(&e, Some(&a[0]), None))?;
    Ok(new_string(r.to_string_lossy().into_owned()))
}

/// `environ()`: a snapshot of the environment as a dict.
fn environ(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "environ", 0)?;
    let d = new_dict();
    if let Some(dd) = d.as_dict() {
        for (k, v) in std::env::vars_os() {
            dd.set(vm, new_string(k.to_string_lossy().into_owned()), new_string(v.to_string_lossy().into_owned()))?;
        }
    }
    Ok(d)
}

fn env_text(v: &Value, what: &str) -> PyResult<String> {
    v.as_str().map(|s| s.to_string()).ok_or_else(|| type_error(format!("str expected, not {}", type_name(v)))).and_then(|s| {
        if s.contains('\0') {
            Err(value_error("embedded null byte"))
        } else if what == "name" && (s.is_empty() || s.contains('=')) {
            Err(value_error("illegal environment variable name"))
        } else {
            Ok(s)
        }
    })
}

fn putenv(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "putenv", 2)?;
    let (k, v) = (env_text(&a[0], "name")?, env_text(&a[1], "value")?);
    std::env::set_var(k, v);
    Ok(Value::NONE)
}

fn unsetenv(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "unsetenv", 1)?;
    let k = env_text(&a[0], "name")?;
    std::env::remove_var(k);
    Ok(Value::NONE)
}

fn getpid(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "getpid", 0)?;
    Ok(Value::int(std::process::id() as i64))
}

fn cpu_count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "cpu_count", 0)?;
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 { Value::NONE } else { Value::int(n as i64) })
}

fn strerror(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "strerror", 1)?;
    let code = int_arg(&a[0], "strerror")?;
    Ok(new_string(crate::builtins::oserror::strerror(code as i32)))
}

fn urandom(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "urandom", 1)?;
    let n = int_arg(&a[0], "urandom")?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    Ok(crate::objects::misc::new_bytes(super::random::urandom_bytes(n as usize)))
}

/// `access(path, mode)`: whether the process may access the path so.
fn access(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "access", 2)?;
    let p = path_arg(vm, &a[0], "access")?;
    let mode = int_arg(&a[1], "mode")? as i32;
    let c = std::ffi::CString::new(p).map_err(|_| value_error("access: embedded null character in path"))?;
    // SAFETY: `c` is a valid NUL-terminated path.
    Ok(Value::bool(unsafe { libc::access(c.as_ptr(), mode) } == 0))
}

pub fn init(_vm: &mut Vm, d: &Value) -> PyResult<()> {
    add_fn(d, "getcwd", getcwd);
    add_fn(d, "chdir", chdir);
    add_fn(d, "listdir", listdir);
    add_fn(d, "mkdir", mkdir);
    add_fn(d, "rmdir", rmdir);
    add_fn(d, "remove", remove);
    add_fn(d, "unlink", remove);
    add_fn(d, "rename", rename);
    add_fn(d, "replace", rename);
    add_fn(d, "stat", stat);
    add_fn(d, "chmod", chmod);
    add_fn(d, "realpath", realpath);
    add_fn(d, "readlink", readlink);
    add_fn(d, "environ", environ);
    add_fn(d, "putenv", putenv);
    add_fn(d, "unsetenv", unsetenv);
    add_fn(d, "getpid", getpid);
    add_fn(d, "cpu_count", cpu_count);
    add_fn(d, "strerror", strerror);
    add_fn(d, "urandom", urandom);
    add_fn(d, "access", access);
    for (name, v) in [("F_OK", libc::F_OK), ("R_OK", libc::R_OK), ("W_OK", libc::W_OK), ("X_OK", libc::X_OK)] {
        add_value(d, name, Value::int(v as i64));
    }
    Ok(())
}
