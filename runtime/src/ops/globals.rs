//! Global and name-scope variables. Global loads are cached per instruction
//! on the globals' and builtins' key versions, so a hit is two compares and
//! an indexed load; rebinding a global changes the value in place (no
//! version change), so cached readers see it immediately.

use crate::bytecode::InlineCache;
use crate::error::{name_error, PyResult};
use crate::interp::Vm;
use crate::value::Value;

const TAG_GLOBAL: u8 = 1;
const TAG_BUILTIN: u8 = 2;

#[inline]
pub fn load_global_cached(vm: &Vm, globals: &Value, cache: &InlineCache) -> Option<Value> {
    let g = globals.as_dict()?;
    if cache.key1.get() != g.keys_version() {
        return None;
    }
    match cache.tag.get() {
        TAG_GLOBAL => g.value_at(cache.index.get() as usize),
        TAG_BUILTIN => {
            let b = vm.builtins.as_dict()?;
            if cache.key2.get() == b.keys_version() {
                b.value_at(cache.index.get() as usize)
            } else {
                None
            }
        }
        _ => None,
    }
}

pub fn load_global_slow(vm: &mut Vm, fi: usize, cache: &InlineCache) -> PyResult<Value> {
    let globals = vm.frames[fi].globals.clone();
    let name = &cache.name;
    let g = globals.as_dict().ok_or_else(|| crate::error::internal_error("globals is not a dict"))?;
    if let Some(i) = g.find_str_index(name) {
        cache.tag.set(TAG_GLOBAL);
        cache.key1.set(g.keys_version());
        cache.index.set(i as u32);
        return g.value_at(i).ok_or_else(|| name_error(name.as_str().unwrap_or("?")));
    }
    let builtins = vm.builtins.clone();
    let b = builtins.as_dict().ok_or_else(|| crate::error::internal_error("builtins is not a dict"))?;
    if let Some(i) = b.find_str_index(name) {
        cache.tag.set(TAG_BUILTIN);
        cache.key1.set(g.keys_version());
        cache.key2.set(b.keys_version());
        cache.index.set(i as u32);
        return b.value_at(i).ok_or_else(|| name_error(name.as_str().unwrap_or("?")));
    }
    Err(name_error(name.as_str().unwrap_or("?")))
}

/// Rebinding or deleting a name may free an object whose `__del__` must
/// run before the next statement (module-level `x = None`).
pub fn store_global(vm: &mut Vm, globals: &Value, name: Value, v: Value) -> PyResult<()> {
    if let Some(g) = globals.as_dict() {
        g.set_str(name, v);
    }
    vm.run_finalizers();
    Ok(())
}

pub fn delete_global(globals: &Value, name: &Value) -> PyResult<()> {
    match globals.as_dict().and_then(|g| g.remove_str(name)) {
        Some(_) => Ok(()),
        None => Err(name_error(name.as_str().unwrap_or("?"))),
    }
}

/// Class bodies (and module code): the namespace, then globals, builtins.
pub fn load_name(vm: &mut Vm, fi: usize, name: &Value) -> PyResult<Value> {
    let locals = vm.frames[fi].locals.clone();
    if let Some(d) = locals.as_dict() {
        if let Some(v) = d.get_str(name) {
            return Ok(v);
        }
    }
    let globals = vm.frames[fi].globals.clone();
    if let Some(v) = globals.as_dict().and_then(|g| g.get_str(name)) {
        return Ok(v);
    }
    if let Some(v) = vm.builtins.as_dict().and_then(|b| b.get_str(name)) {
        return Ok(v);
    }
    Err(name_error(name.as_str().unwrap_or("?")))
}

pub fn store_name(vm: &mut Vm, locals: &Value, name: Value, v: Value) -> PyResult<()> {
    if let Some(d) = locals.as_dict() {
        d.set_str(name, v);
    }
    vm.run_finalizers();
    Ok(())
}

pub fn delete_name(vm: &mut Vm, locals: &Value, name: &Value) -> PyResult<()> {
    let removed = locals.as_dict().and_then(|d| d.remove_str(name));
    match removed {
        Some(v) => {
            drop(v);
            vm.run_finalizers();
            Ok(())
        }
        None => Err(name_error(name.as_str().unwrap_or("?"))),
    }
}
