//! Modules: the built-in ones written in Rust (`sys`, `math`, `time`), the
//! standard-library modules written in Python and embedded in the binary
//! (`stdlib/*.py`, see [`frozen`]), and `.py` files found on `sys.path`, all
//! cached in `sys.modules`.

pub mod frozen;
pub mod gc_module;
pub mod io;
pub mod json;
pub mod math;
mod math_special;
pub mod os;
pub mod pylift;
pub mod random;
pub mod sha512;
pub mod sys;
pub mod time;
pub mod weakref;

use crate::error::{exc, PyResult};
use crate::interp::Vm;
use crate::objects::dict::new_dict;
use crate::objects::misc::new_module;
use crate::objects::str::{intern, new_str};
use crate::ops;
use crate::types::ExcType;
use crate::value::Value;

fn builtin_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let init: fn(&mut Vm, &Value) -> PyResult<()> = match name {
        "sys" => sys::init,
        "math" => math::init,
        "_time" => time::init,
        "gc" => gc_module::init,
        "_weakref" => weakref::init,
        "_io" => io::init,
        "_random" => random::init,
        "_json" => json::init,
        "posix" => os::init,
        "_pylift" => pylift::init,
        _ => return Ok(None),
    };
    let d = new_dict();
    if let Some(dd) = d.as_dict() {
        dd.set_str(intern("__name__"), intern(name));
    }
    let m = new_module(name, d.clone());
    init(vm, &d)?;
    Ok(Some(m))
}

/// The module object for a dotted name, importing it if needed.
fn import_one(vm: &mut Vm, full: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.as_dict().and_then(|d| d.get_str(&intern(full))) {
        return Ok(m);
    }
    let m = match builtin_module(vm, full)? {
        Some(m) => m,
        None => match find_source(vm, full) {
            Some(path) => load_source(vm, full, &path)?,
            // The script's directory comes first on CPython's sys.path, so a
            // sibling file may shadow a standard module; embedded modules are
            // the last place looked.
            None if frozen::source(full).is_some() => load_frozen(vm, full)?,
            None => {
                let e = exc(ExcType::ModuleNotFoundError, format!("No module named '{full}'"));
                if let Some(i) = e.0.as_instance() {
                    i.set_attr(&intern("name"), new_str(full));
                }
                return Err(e);
            }
        },
    };
    if let Some(d) = vm.modules.as_dict() {
        d.set_str(intern(full), m.clone());
    }
    // Bind a submodule as an attribute of its package.
    if let Some((parent, child)) = full.rsplit_once('.') {
        if let Some(p) = vm.modules.as_dict().and_then(|d| d.get_str(&intern(parent))) {
            if let Some(pm) = p.as_module() {
                if let Some(pd) = pm.dict.as_dict() {
                    pd.set_str(intern(child), m.clone());
                }
            }
        }
    }
    Ok(m)
}

fn search_dirs(vm: &mut Vm) -> Vec<String> {
    let path = vm.modules.as_dict().and_then(|d| d.get_str(&intern("sys"))).and_then(|s| s.as_module().and_then(|m| m.dict.as_dict().and_then(|d| d.get_str(&intern("path")))));
    match path.as_ref().and_then(|p| p.as_list()) {
        Some(l) => l.to_vec().iter().filter_map(|v| v.as_str().map(|s| s.to_string())).collect(),
        None => vec![sys::script_dir(vm)],
    }
}

fn find_source(vm: &mut Vm, full: &str) -> Option<String> {
    let rel = full.replace('.', "/");
    for dir in search_dirs(vm) {
        let base = if dir.is_empty() { ".".to_string() } else { dir };
        let file = format!("{base}/{rel}.py");
        if std::path::Path::new(&file).is_file() {
            return Some(file);
        }
        let pkg = format!("{base}/{rel}/__init__.py");
        if std::path::Path::new(&pkg).is_file() {
            return Some(pkg);
        }
    }
    None
}

fn load_source(vm: &mut Vm, name: &str, path: &str) -> PyResult<Value> {
    let text = std::fs::read_to_string(path).map_err(|e| exc(ExcType::ImportError, format!("cannot read {path}: {e}")))?;
    run_source(vm, name, path, &text)
}

fn load_frozen(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (path, text) = frozen::source(name).ok_or_else(|| exc(ExcType::ImportError, format!("No module named '{name}'")))?;
    crate::ops::exc::register_source(&path, text);
    run_source(vm, name, &path, text)
}

fn run_source(vm: &mut Vm, name: &str, path: &str, text: &str) -> PyResult<Value> {
    let code = crate::compile_source(text, path).map_err(|e| crate::syntax_error_value(&e, path))?;
    let d = new_dict();
    let m = new_module(name, d.clone());
    if let Some(dd) = d.as_dict() {
        dd.set_str(intern("__name__"), new_str(name));
        dd.set_str(intern("__file__"), new_str(path));
        dd.set_str(intern("__builtins__"), vm.builtins.clone());
        let package = if path.ends_with("__init__.py") { name.to_string() } else { name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default() };
        dd.set_str(intern("__package__"), new_str(&package));
        if path.ends_with("__init__.py") {
            let dir = std::path::Path::new(path).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
            dd.set_str(intern("__path__"), crate::objects::list::new_list(vec![new_str(&dir)]));
        }
    }
    // Register before running (circular imports see the partial module).
    if let Some(md) = vm.modules.as_dict() {
        md.set_str(intern(name), m.clone());
    }
    if let Err(e) = vm.run_module_code(code, d) {
        if let Some(md) = vm.modules.as_dict() {
            md.remove_str(&intern(name));
        }
        return Err(e);
    }
    Ok(m)
}

fn resolve_relative(vm: &Vm, name: &str, level: u32, fi: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let globals = vm.frames[fi].globals.clone();
    let package = globals.as_dict().and_then(|g| g.get_str(&intern("__package__"))).and_then(|p| p.as_str().map(|s| s.to_string())).unwrap_or_default();
    if package.is_empty() {
        return Err(exc(ExcType::ImportError, "attempted relative import with no known parent package"));
    }
    let mut parts: Vec<&str> = package.split('.').collect();
    for _ in 1..level {
        if parts.pop().is_none() {
            return Err(exc(ExcType::ImportError, "attempted relative import beyond top-level package"));
        }
    }
    let base = parts.join(".");
    Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
}

/// `import a.b.c` (returns `a`, or `a.b.c` when `leaf`).
pub fn import(vm: &mut Vm, name: &Value, level: u32, leaf: bool, fi: usize) -> PyResult<Value> {
    let full = resolve_relative(vm, name.as_str().unwrap_or(""), level, fi)?;
    let mut acc = String::new();
    let mut top = None;
    let mut last = Value::NONE;
    for part in full.split('.') {
        if !acc.is_empty() {
            acc.push('.');
        }
        acc.push_str(part);
        last = import_one(vm, &acc)?;
        if top.is_none() {
            top = Some(last.clone());
        }
    }
    Ok(if leaf { last } else { top.unwrap_or(last) })
}

/// `from m import name`.
pub fn import_from(vm: &mut Vm, module: &Value, name: &Value) -> PyResult<Value> {
    if let Some(v) = ops::attr::get_attr_opt(vm, module, name)? {
        return Ok(v);
    }
    let mname = module.as_module().and_then(|m| m.name.as_str().map(|s| s.to_string())).unwrap_or_default();
    let sub = format!("{mname}.{}", name.as_str().unwrap_or(""));
    if find_source(vm, &sub).is_some() || frozen::source(&sub).is_some() {
        return import_one(vm, &sub);
    }
    let file = module.as_module().and_then(|m| m.dict.as_dict().and_then(|d| d.get_str(&intern("__file__")))).and_then(|f| f.as_str().map(|s| s.to_string()));
    let loc = file.unwrap_or_else(|| "unknown location".into());
    Err(exc(ExcType::ImportError, format!("cannot import name '{}' from '{mname}' ({loc})", name.as_str().unwrap_or("?"))))
}

/// `from m import *`.
pub fn import_star(vm: &mut Vm, module: &Value, globals: &Value) -> PyResult<()> {
    let Some(m) = module.as_module() else { return Ok(()) };
    let d = m.dict.clone();
    let all = d.as_dict().and_then(|dd| dd.get_str(&intern("__all__")));
    let names: Vec<Value> = match all {
        Some(a) => ops::iter::collect(vm, &a)?,
        None => d.as_dict().map(|dd| dd.keys()).unwrap_or_default().into_iter().filter(|k| !k.as_str().unwrap_or("_").starts_with('_')).collect(),
    };
    for n in names {
        let key = intern(n.as_str().unwrap_or(""));
        let v = ops::attr::get_attr(vm, module, &key)?;
        if let Some(g) = globals.as_dict() {
            g.set_str(key, v);
        }
    }
    Ok(())
}

/// Calls `func` of the embedded module `module` (for objects the runtime
/// builds from Python code, e.g. `list[int]` from `_typeforms`).
pub fn call_embedded(vm: &mut Vm, module: &str, func: &str, args: &[Value]) -> PyResult<Value> {
    let m = import(vm, &intern(module), 0, true, 0)?;
    let f = ops::attr::get_attr(vm, &m, &intern(func))?;
    vm.call(&f, args)
}

/// Adds a native function to a module namespace.
pub fn add_fn(d: &Value, name: &'static str, f: crate::objects::func::NativeFn) {
    if let Some(dd) = d.as_dict() {
        dd.set_str(intern(name), crate::objects::func::new_builtin(name, f));
    }
}

pub fn add_value(d: &Value, name: &str, v: Value) {
    if let Some(dd) = d.as_dict() {
        dd.set_str(intern(name), v);
    }
}
