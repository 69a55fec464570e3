//! The `sys` module.

use super::{add_fn, add_value};
use crate::builtins::args::{exact, range};
use crate::error::{type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::objects::list::new_list;
use crate::objects::str::{new_str, new_string};
use crate::objects::tuple::new_tuple;
use crate::types::ExcType;
use crate::value::Value;
use std::cell::RefCell;
use std::io::{Read, Write};

thread_local! {
    /// The objects standing for stdin, stdout and stderr.
    static STREAMS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// 0, 1 or 2 if `v` is one of the standard stream objects.
pub fn std_stream_fd(v: &Value) -> Option<usize> {
    STREAMS.with(|s| s.borrow().iter().position(|x| x.is(v)))
}

pub fn script_dir(vm: &Vm) -> String {
    let p = std::path::Path::new(&vm.main_path);
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_string_lossy().into_owned(),
        _ => String::new(),
    }
}

fn stream_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "write", 2)?;
    let s = a[1].as_str().ok_or_else(|| type_error(format!("write() argument must be str, not {}", crate::ops::type_name(&a[1]))))?;
    match std_stream_fd(&a[0]) {
        Some(2) => {
            vm.flush_stdout();
            let _ = std::io::stderr().write_all(s.as_bytes());
        }
        _ => {
            let _ = vm.out.write_all(s.as_bytes());
        }
    }
    Ok(Value::int(a[1].as_str_data().map_or(0, |d| d.char_len()) as i64))
}

fn stream_flush(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    vm.flush_stdout();
    Ok(Value::NONE)
}

fn stream_readline(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    vm.flush_stdout();
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    Ok(new_string(line))
}

fn stream_read(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    vm.flush_stdout();
    let mut s = String::new();
    let _ = std::io::stdin().read_to_string(&mut s);
    Ok(new_string(s))
}

fn stream_readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let all = stream_read(vm, args)?;
    let text = all.as_str().unwrap_or("").to_string();
    Ok(new_list(text.split_inclusive('\n').map(new_str).collect()))
}

fn stream_iter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::NONE))
}

fn stream_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = stream_readline(vm, args)?;
    if l.as_str().is_some_and(|s| s.is_empty()) {
        return Err(crate::error::stop_iteration(Value::NONE));
    }
    Ok(l)
}

fn exit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = range(&args, "exit", 0, 1)?;
    Err(crate::error::PyErr(crate::error::new_exception(ExcType::SystemExit, a.to_vec())))
}

fn setrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "setrecursionlimit", 1)?;
    let n = crate::builtins::args::int_arg(&a[0], "setrecursionlimit")?;
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n.min(10_000_000) as usize;
    if crate::profile::active() {
        crate::profile::reserve_frames(vm);
    }
    Ok(Value::NONE)
}

fn getrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "getrecursionlimit", 0)?;
    Ok(Value::int(vm.recursion_limit as i64))
}

fn exc_info(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "exc_info", 0)?;
    Ok(match vm.exc_stack.last() {
        Some(e) => new_tuple(vec![crate::ops::type_of(e), e.clone(), Value::NONE]),
        None => new_tuple(vec![Value::NONE, Value::NONE, Value::NONE]),
    })
}

fn intern_fn(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "intern", 1)?;
    let s = a[0].as_str().ok_or_else(|| type_error("intern() argument must be str"))?;
    Ok(crate::objects::str::intern(s))
}

fn getsizeof(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = range(&args, "getsizeof", 1, 2)?;
    let v = &a[0];
    let n = match v.obj_kind() {
        None => 24,
        Some(crate::heap::ObjKind::Str) => 49 + v.as_str().map_or(0, |s| s.len()),
        Some(crate::heap::ObjKind::List) => 56 + 8 * v.as_list().map_or(0, |l| l.len()),
        Some(crate::heap::ObjKind::Tuple) => 40 + 8 * v.as_tuple().map_or(0, |t| t.items.len()),
        _ => 48,
    };
    Ok(Value::int(n as i64))
}

fn set_int_max_str_digits(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "set_int_max_str_digits", 1)?;
    let n = crate::builtins::args::int_arg(&a[0], "set_int_max_str_digits")?;
    crate::ops::repr::from_text(crate::text::set_int_max_str_digits(n.max(0) as usize))?;
    Ok(Value::NONE)
}

fn get_int_max_str_digits(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "get_int_max_str_digits", 0)?;
    Ok(Value::int(crate::text::int_max_str_digits() as i64))
}

fn make_stream(name: &str) -> Value {
    let cls = crate::builtins::stream_class();
    let obj = crate::objects::instance::new_instance(cls);
    if let Some(i) = obj.as_instance() {
        i.set_attr(&crate::objects::str::intern("name"), new_string(format!("<{name}>")));
    }
    obj
}

pub fn install_stream_methods(cls: &Value) {
    crate::builtins::register_methods(
        cls,
        "TextIOWrapper",
        &[
            ("write", stream_write),
            ("flush", stream_flush),
            ("readline", stream_readline),
            ("read", stream_read),
            ("readlines", stream_readlines),
            ("__iter__", stream_iter),
            ("__next__", stream_next),
        ],
    );
}

/// `sys._getframemodulename(depth=0)`: the `__name__` of the module whose
/// code runs `depth` frames up the stack, or None past its bottom (as in
/// CPython 3.12; namedtuple uses it for the class's `__module__`).
fn getframemodulename(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = range(&args, "_getframemodulename", 0, 1)?;
    let depth = match a.first() {
        Some(v) => v.to_i64().ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", crate::ops::type_name(v))))?,
        None => 0,
    };
    if depth < 0 || depth as usize >= vm.frames.len() {
        return Ok(Value::NONE);
    }
    let f = &vm.frames[vm.frames.len() - 1 - depth as usize];
    Ok(f.globals.as_dict().and_then(|g| g.get_str(&crate::objects::str::intern("__name__"))).unwrap_or(Value::NONE))
}

pub fn init(vm: &mut Vm, d: &Value) -> PyResult<()> {
    let streams: Vec<Value> = ["stdin", "stdout", "stderr"].iter().map(|n| make_stream(n)).collect();
    STREAMS.with(|s| *s.borrow_mut() = streams.clone());
    add_value(d, "stdin", streams[0].clone());
    add_value(d, "stdout", streams[1].clone());
    add_value(d, "stderr", streams[2].clone());
    add_value(d, "__stdin__", streams[0].clone());
    add_value(d, "__stdout__", streams[1].clone());
    add_value(d, "__stderr__", streams[2].clone());
    add_value(d, "argv", new_list(vm.argv.iter().map(|a| new_str(a)).collect()));
    add_value(d, "path", new_list(vec![new_string(script_dir(vm))]));
    add_value(d, "modules", vm.modules.clone());
    add_value(d, "maxsize", Value::int(i64::MAX));
    add_value(d, "platform", new_str("linux"));
    add_value(d, "byteorder", new_str("little"));
    add_value(d, "version", new_str("3.11.7 (pylift) [Rust]"));
    add_value(d, "version_info", new_tuple(vec![Value::small_int(3), Value::small_int(11), Value::small_int(7), new_str("final"), Value::small_int(0)]));
    add_value(d, "hexversion", Value::int(0x030b07f0));
    add_value(d, "executable", new_string(std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()));
    add_value(d, "implementation_name", new_str("pylift"));
    add_value(d, "maxunicode", Value::int(0x10ffff));
    add_value(d, "builtin_module_names", new_tuple(vec![new_str("sys"), new_str("math"), new_str("time")]));
    add_fn(d, "exit", exit);
    add_fn(d, "_getframemodulename", getframemodulename);
    add_fn(d, "setrecursionlimit", setrecursionlimit);
    add_fn(d, "getrecursionlimit", getrecursionlimit);
    add_fn(d, "exc_info", exc_info);
    add_fn(d, "intern", intern_fn);
    add_fn(d, "getsizeof", getsizeof);
    add_fn(d, "set_int_max_str_digits", set_int_max_str_digits);
    add_fn(d, "get_int_max_str_digits", get_int_max_str_digits);
    Ok(())
}
