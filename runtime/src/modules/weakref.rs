//! `_weakref`: the primitives under `weakref` (stdlib/weakref.py). A weak
//! reference is a slot number here; the slot holds the referent's address
//! without owning it. An object with weak references carries
//! `heap::FLAG_WEAKREFD`, and freeing it (`heap::free_object`) empties its
//! slots and queues the callbacks, which run at the next call like
//! `__del__` methods do.

use super::add_fn;
use crate::builtins::args::exact;
use crate::error::{type_error, PyResult};
use crate::heap::{ObjHeader, ObjKind, FLAG_WEAKREFD};
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::value::Value;
use rustc_hash::FxHashMap;
use std::cell::RefCell;

#[derive(Default)]
struct Table {
    /// Slot → referent address (0 once it died), and the callback to call
    /// with the weakref object when it dies.
    slots: Vec<(usize, Option<(Value, Value)>)>,
    free: Vec<usize>,
    /// Referent address → its slots.
    by_object: FxHashMap<usize, Vec<usize>>,
    /// Callbacks due: (callback, weakref object).
    due: Vec<(Value, Value)>,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
}

fn referenceable(v: &Value) -> bool {
    matches!(v.obj_kind(), Some(ObjKind::Instance | ObjKind::Function | ObjKind::Class | ObjKind::Set | ObjKind::BoundMethod | ObjKind::Generator | ObjKind::Module))
}

/// Called when an object with weak references is freed.
pub fn object_freed(p: *mut ObjHeader) {
    let _ = TABLE.try_with(|t| {
        let mut t = t.borrow_mut();
        let Some(slots) = t.by_object.remove(&(p as usize)) else { return };
        for s in slots {
            t.slots[s].0 = 0;
            if let Some(cb) = t.slots[s].1.take() {
                t.due.push(cb);
                crate::heap::set_finalizers_pending();
            }
        }
    });
}

/// Runs the callbacks of weak references whose referents died.
pub fn run_callbacks(vm: &mut Vm) {
    loop {
        let due = TABLE.with(|t| std::mem::take(&mut t.borrow_mut().due));
        if due.is_empty() {
            return;
        }
        for (cb, r) in due {
            if let Err(e) = vm.call(&cb, &[r]) {
                let shown = crate::ops::repr(vm, &cb).unwrap_or_default();
                let report = crate::ops::exc::format_exception(vm, &e.0);
                vm.flush_stdout();
                eprint!("Exception ignored in: {shown}\n{report}");
            }
        }
    }
}

pub fn callbacks_due() -> bool {
    TABLE.try_with(|t| !t.borrow().due.is_empty()).unwrap_or(false)
}

/// `_weakref.new(obj, callback, ref)`: a slot for a weak reference to obj.
fn new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "new", 3)?;
    let obj = &a[0];
    if !referenceable(obj) {
        return Err(type_error(format!("cannot create weak reference to '{}' object", crate::ops::type_name(obj))));
    }
    let Some(h) = obj.header() else { return Err(type_error("cannot create weak reference")) };
    h.flags.set(h.flags.get() | FLAG_WEAKREFD);
    let addr = obj.obj_ptr() as usize;
    let callback = (!a[1].is_none()).then(|| (a[1].clone(), a[2].clone()));
    let slot = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let slot = match t.free.pop() {
            Some(s) => {
                t.slots[s] = (addr, callback);
                s
            }
            None => {
                t.slots.push((addr, callback));
                t.slots.len() - 1
            }
        };
        t.by_object.entry(addr).or_default().push(slot);
        slot
    });
    Ok(Value::int(slot as i64))
}

fn slot_arg(v: &Value) -> PyResult<usize> {
    v.to_i64().filter(|&s| s >= 0).map(|s| s as usize).ok_or_else(|| type_error("bad weak reference slot"))
}

/// `_weakref.get(slot)`: the referent, or None once it died.
fn get(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "get", 1)?;
    let s = slot_arg(&a[0])?;
    let addr = TABLE.with(|t| t.borrow().slots.get(s).map_or(0, |e| e.0));
    if addr == 0 {
        return Ok(Value::NONE);
    }
    let p = addr as *mut ObjHeader;
    // SAFETY: a live slot's referent has not been freed (freeing empties it);
    // the new Value takes a reference of its own.
    unsafe { (*p).incref() };
    Ok(Value::from_obj_ptr(p))
}

/// `_weakref.drop(slot)`: the weakref object itself went away.
fn drop_slot(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "drop", 1)?;
    let s = slot_arg(&a[0])?;
    let released = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let &(addr, _) = t.slots.get(s)?;
        if let Some(list) = t.by_object.get_mut(&addr) {
            list.retain(|&x| x != s);
            if list.is_empty() {
                t.by_object.remove(&addr);
            }
        }
        let cb = t.slots[s].1.take();
        t.slots[s] = (0, None);
        t.free.push(s);
        cb
    });
    drop(released);
    Ok(Value::NONE)
}

/// `_weakref.count(obj)`: how many live weak references point at obj.
fn count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "count", 1)?;
    if !a[0].is_ptr() {
        return Ok(Value::small_int(0));
    }
    let addr = a[0].obj_ptr() as usize;
    Ok(Value::int(TABLE.with(|t| t.borrow().by_object.get(&addr).map_or(0, |l| l.len())) as i64))
}

pub fn init(_vm: &mut Vm, d: &Value) -> PyResult<()> {
    add_fn(d, "new", new);
    add_fn(d, "get", get);
    add_fn(d, "drop", drop_slot);
    add_fn(d, "count", count);
    Ok(())
}
