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

pub fn script_dir(vm: &Vm) -> String {
    let p = std::path::Path::new(&vm.main_path);
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_string_lossy().into_owned(),
        _ => String::new(),
    }
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

/// `sys.getrefcount(x)`: the object's reference count, counting the
/// argument's own reference as CPython does (immediates report a large
/// constant, like CPython's immortal objects).
fn getrefcount(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "getrefcount", 1)?;
    Ok(Value::int(match a[0].header() {
        Some(h) => h.refcount() as i64,
        None => 4294967295,
    }))
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

/// A "struct sequence" like CPython's `sys.version_info`: a tuple subclass
/// whose fields are also attributes, with a `sys.name(field=value, ...)` repr.
const STRUCTSEQ: &str = r#"
def structseq(name, fields, values):
    class S(tuple):
        __slots__ = ()
        def __repr__(self):
            return 'sys.' + name + '(' + ', '.join([f + '=' + repr(v) for f, v in zip(fields, self)]) + ')'
    for i, f in enumerate(fields):
        setattr(S, f, property(lambda self, i=i: self[i]))
    S.__name__ = name
    S.__qualname__ = name
    S.__module__ = 'sys'
    return S(values)
"#;

fn structseq(vm: &mut Vm, name: &str, fields: &[&str], values: Value) -> PyResult<Value> {
    let code = crate::compile_source(STRUCTSEQ, "<sys>").map_err(|e| crate::syntax_error_value(&e, "<sys>"))?;
    let ns = crate::objects::dict::new_dict();
    if let Some(n) = ns.as_dict() {
        n.set_str(crate::objects::str::intern("__builtins__"), vm.builtins.clone());
        n.set_str(crate::objects::str::intern("__name__"), new_str("sys"));
    }
    vm.run_code_in(code, ns.clone(), ns.clone())?;
    let f = ns.as_dict().and_then(|n| n.get_str(&crate::objects::str::intern("structseq"))).ok_or_else(|| crate::error::internal_error("structseq"))?;
    let names = new_tuple(fields.iter().map(|f| new_str(f)).collect());
    vm.call(&f, &[new_str(name), names, values])
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
    let streams: Vec<Value> = (0..3).map(crate::builtins::files::std_stream).collect();
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
    let version_info = new_tuple(vec![Value::small_int(3), Value::small_int(11), Value::small_int(7), new_str("final"), Value::small_int(0)]);
    add_value(d, "version_info", structseq(vm, "version_info", &["major", "minor", "micro", "releaselevel", "serial"], version_info)?);
    let float_info = new_tuple(vec![
        Value::float(f64::MAX),
        Value::small_int(f64::MAX_EXP as i64),
        Value::small_int(f64::MAX_10_EXP as i64),
        Value::float(f64::MIN_POSITIVE),
        Value::small_int(f64::MIN_EXP as i64),
        Value::small_int(f64::MIN_10_EXP as i64),
        Value::small_int(f64::DIGITS as i64),
        Value::small_int(f64::MANTISSA_DIGITS as i64),
        Value::float(f64::EPSILON),
        Value::small_int(f64::RADIX as i64),
        Value::small_int(1),
    ]);
    let fields = ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"];
    add_value(d, "float_info", structseq(vm, "float_info", &fields, float_info)?);
    add_value(d, "hexversion", Value::int(0x030b07f0));
    add_value(d, "executable", new_string(std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()));
    add_value(d, "implementation_name", new_str("pylift"));
    add_value(d, "maxunicode", Value::int(0x10ffff));
    add_value(d, "builtin_module_names", new_tuple(vec![new_str("sys"), new_str("math"), new_str("time")]));
    add_fn(d, "exit", exit);
    add_fn(d, "_getframemodulename", getframemodulename);
    add_fn(d, "setrecursionlimit", setrecursionlimit);
    add_fn(d, "getrecursionlimit", getrecursionlimit);
    add_fn(d, "getrefcount", getrefcount);
    add_fn(d, "exc_info", exc_info);
    add_fn(d, "intern", intern_fn);
    add_fn(d, "getsizeof", getsizeof);
    add_fn(d, "set_int_max_str_digits", set_int_max_str_digits);
    add_fn(d, "get_int_max_str_digits", get_int_max_str_digits);
    Ok(())
}
