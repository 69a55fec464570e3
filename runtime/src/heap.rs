//! Heap objects: the common header, allocation, reference counting and freeing.
//!
//! Every heap object is an `Obj<T>`: a 16-byte `ObjHeader` followed by the
//! payload `T`. The header's `kind` says which payload type follows, so a
//! `Value` can be downcast safely (`Value::downcast::<T>()`). `#[repr(C)]`
//! fixes the layout so native code can read the header and payload fields at
//! known offsets (`std::mem::offset_of!`).
//!
//! Freeing is iterative past a small depth (a "trashcan", as CPython calls
//! it): dropping the head of a million-element linked structure must not
//! overflow the native stack.

use crate::value::Value;
use std::cell::{Cell, RefCell};

/// The payload kinds. One per Rust payload type (see `objects::kinds`).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ObjKind {
    Str,
    BigInt,
    List,
    Tuple,
    Dict,
    Set,
    Range,
    Function,
    Builtin,
    BoundMethod,
    Cell,
    Class,
    Instance,
    Module,
    Generator,
    Iter,
    Slice,
    Descriptor,
    DictView,
    Super,
    Bytes,
    File,
}

#[repr(C)]
pub struct ObjHeader {
    rc: Cell<u32>,
    pub kind: ObjKind,
    /// Scratch bits for the cycle collector.
    pub(crate) gc_flags: Cell<u8>,
    /// Object state bits (`FLAG_FINALIZED`).
    pub(crate) flags: Cell<u16>,
    /// Position in the collector's list of tracked containers, or `u32::MAX`.
    pub(crate) gc_index: Cell<u32>,
    /// The collector's working copy of the reference count.
    pub(crate) gc_refs: Cell<u32>,
}

const _: () = assert!(std::mem::size_of::<ObjHeader>() == 16);

impl ObjHeader {
    #[inline(always)]
    pub fn incref(&self) {
        self.rc.set(self.rc.get() + 1);
    }
    /// Takes `n` references at once (`n` is at most 2^32, the largest
    /// repetition `repeat_items` allows, so the count only wraps where `n`
    /// separate increments would have).
    #[inline(always)]
    pub fn incref_by(&self, n: usize) {
        self.rc.set(self.rc.get().wrapping_add(n as u32));
    }
    #[inline(always)]
    pub fn refcount(&self) -> u32 {
        self.rc.get()
    }
}

#[repr(C)]
pub struct Obj<T> {
    pub header: ObjHeader,
    pub data: T,
}

/// A Rust type that can live on the Python heap.
pub trait Payload: Sized + 'static {
    const KIND: ObjKind;
    /// Containers are tracked by the cycle collector.
    const TRACKED: bool = false;
    /// Whether this object is tracked: `TRACKED`, unless the payload can
    /// see that it refers to no container (so it cannot be in a cycle).
    fn tracked(&self) -> bool {
        Self::TRACKED
    }
    /// Calls `visit` on every `Value` this object references (cycle collector).
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    /// Drops every reference this object holds, to break a garbage cycle.
    fn clear(&self) {}
    /// Frees `p`, an unreferenced, untracked object of this kind: by
    /// default deallocated; a kind may keep it for reuse (`revive`).
    /// # Safety
    /// `p` must be an unreferenced object allocated by `alloc::<Self>`,
    /// freed once.
    unsafe fn free(p: *mut ObjHeader) {
        // SAFETY: guaranteed by the caller.
        unsafe { free_as::<Self>(p) }
    }
}

/// Allocates an object and returns the owning `Value`.
#[inline(always)]
pub fn alloc<T: Payload>(data: T) -> Value {
    let tracked = data.tracked();
    let obj = Box::new(Obj { header: ObjHeader { rc: Cell::new(1), kind: T::KIND, gc_flags: Cell::new(0), flags: Cell::new(0), gc_index: Cell::new(u32::MAX), gc_refs: Cell::new(0) }, data });
    let ptr = Box::into_raw(obj) as *mut ObjHeader;
    if tracked {
        crate::gc::track(ptr);
    }
    Value::from_obj_ptr(ptr)
}

impl Value {
    /// The payload if this value is an object of kind `T::KIND`.
    #[inline(always)]
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        match self.header() {
            // SAFETY: the kind tag identifies the payload type exactly.
            Some(h) if h.kind == T::KIND => Some(unsafe { &(*(self.obj_ptr() as *const Obj<T>)).data }),
            _ => None,
        }
    }

    /// The payload, when the caller has already checked the kind.
    /// # Safety
    /// `self` must be an object of kind `T::KIND`.
    #[inline(always)]
    pub unsafe fn downcast_unchecked<T: Payload>(&self) -> &T {
        debug_assert_eq!(self.obj_kind(), Some(T::KIND));
        // SAFETY: guaranteed by the caller.
        unsafe { &(*(self.obj_ptr() as *const Obj<T>)).data }
    }
}

/// Drops one reference.
/// # Safety
/// `p` must point to a live object whose reference the caller owns.
#[inline(always)]
pub unsafe fn decref(p: *mut ObjHeader) {
    // SAFETY: the caller owns a reference, so `p` is live.
    let h = unsafe { &*p };
    let rc = h.rc.get() - 1;
    h.rc.set(rc);
    if rc == 0 {
        // SAFETY: that was the last reference.
        unsafe { dealloc(p) };
    }
}

const MAX_FREE_DEPTH: u32 = 64;

thread_local! {
    static FREE_DEPTH: Cell<u32> = const { Cell::new(0) };
    static PENDING_FREE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Frees an object whose count native code already brought to zero.
/// # Safety
/// `p` must be an object with a zero reference count, not yet freed.
pub unsafe fn decref_zero(p: *mut ObjHeader) {
    // SAFETY: guaranteed by the caller.
    unsafe { dealloc(p) };
}

/// `__del__` has run (or been queued) for this object: it runs once (PEP 442).
pub const FLAG_FINALIZED: u16 = 1;
/// Weak references point at this object (`modules/weakref.rs`).
pub const FLAG_WEAKREFD: u16 = 2;

thread_local! {
    /// Instances whose `__del__` is due, resurrected (each holds one
    /// reference) until the interpreter reaches a safe point.
    static FINALIZE: RefCell<std::collections::VecDeque<Value>> = const { RefCell::new(std::collections::VecDeque::new()) };
    static FINALIZE_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Whether `__del__` methods are waiting to run (checked at calls).
#[inline(always)]
pub fn finalizers_pending() -> bool {
    FINALIZE_PENDING.try_with(|p| p.get()).unwrap_or(false)
}

/// Marks weak-reference callbacks due (they run where finalizers run).
pub fn set_finalizers_pending() {
    let _ = FINALIZE_PENDING.try_with(|p| p.set(true));
}

/// The next object whose `__del__` is due.
pub fn next_finalizer() -> Option<Value> {
    let v = FINALIZE.try_with(|q| q.borrow_mut().pop_front()).ok().flatten();
    if v.is_none() {
        let _ = FINALIZE_PENDING.try_with(|p| p.set(false));
    }
    v
}

/// Whether `p` is an instance whose `__del__` has not run yet.
/// # Safety
/// `p` must be a live (possibly unreferenced) object.
pub unsafe fn needs_finalizer(p: *mut ObjHeader) -> bool {
    // SAFETY: guaranteed by the caller.
    let h = unsafe { &*p };
    if h.flags.get() & FLAG_FINALIZED != 0 {
        return false;
    }
    match h.kind {
        // SAFETY: the kinds name the payloads.
        ObjKind::Instance => unsafe { crate::objects::instance::has_finalizer(p) },
        // A generator suspended in a try is closed first (its finally runs).
        ObjKind::Generator => unsafe { payload_of::<crate::interp::generator::GeneratorData>(p) }.needs_close(),
        _ => false,
    }
}

/// Queues `p`'s `__del__`, giving the queue one reference the caller owns.
/// # Safety
/// `p` must be live and the caller must own the reference it passes on.
pub unsafe fn queue_finalizer(p: *mut ObjHeader) {
    // SAFETY: guaranteed by the caller.
    let h = unsafe { &*p };
    h.flags.set(h.flags.get() | FLAG_FINALIZED);
    let v = Value::from_obj_ptr(p);
    // At thread teardown the closure (and `v`) is dropped unrun and the
    // object freed on its second visit here.
    if FINALIZE.try_with(move |q| q.borrow_mut().push_back(v)).is_ok() {
        let _ = FINALIZE_PENDING.try_with(|f| f.set(true));
    }
}

#[cold]
unsafe fn dealloc(p: *mut ObjHeader) {
    // An instance whose class defines __del__ is kept alive for it, once.
    // SAFETY: `p` is unreferenced but not freed yet.
    let h = unsafe { &*p };
    if unsafe { needs_finalizer(p) } {
        h.rc.set(1);
        // SAFETY: the reference just restored is handed to the queue.
        unsafe { queue_finalizer(p) };
        return;
    }
    // During thread teardown the thread-locals may already be gone: then
    // free directly (teardown frees little, and nothing deep).
    let Ok(depth) = FREE_DEPTH.try_with(|d| d.get()) else {
        // SAFETY: the object is unreferenced and freed exactly once.
        unsafe { free_object(p) };
        return;
    };
    if depth >= MAX_FREE_DEPTH {
        if PENDING_FREE.try_with(|q| q.borrow_mut().push(p as usize)).is_err() {
            // SAFETY: as above.
            unsafe { free_object(p) };
        }
        return;
    }
    let _ = FREE_DEPTH.try_with(|d| d.set(depth + 1));
    // SAFETY: the object is unreferenced and freed exactly once.
    unsafe { free_object(p) };
    if depth == 0 {
        while let Some(q) = PENDING_FREE.try_with(|q| q.borrow_mut().pop()).ok().flatten() {
            // SAFETY: queued objects were unreferenced when queued.
            unsafe { free_object(q as *mut ObjHeader) };
        }
    }
    let _ = FREE_DEPTH.try_with(|d| d.set(depth));
}

unsafe fn free_object(p: *mut ObjHeader) {
    // SAFETY: `p` is live until freed below.
    if unsafe { (*p).flags.get() } & FLAG_WEAKREFD != 0 {
        crate::modules::weakref::object_freed(p);
    }
    crate::gc::untrack(p);
    // SAFETY: `p` was allocated by `alloc` with the payload its kind names.
    unsafe { crate::objects::kinds::free_by_kind(p) };
}

/// Makes `p`, an object its kind kept when it was freed (unreferenced,
/// untracked, its payload already reset by the caller), a new object with
/// one reference, tracked as `alloc` would.
/// # Safety
/// `p` must have been allocated by `alloc::<T>`, freed by its kind's own
/// code without being deallocated, and not revived since.
pub unsafe fn revive<T: Payload>(p: *mut Obj<T>) -> Value {
    // SAFETY: guaranteed by the caller: `p` is a valid, unused object.
    let (h, tracked) = unsafe { (&(*p).header, (*p).data.tracked()) };
    h.rc.set(1);
    h.gc_flags.set(0);
    h.flags.set(0);
    h.gc_index.set(u32::MAX);
    h.gc_refs.set(0);
    let ptr = p as *mut ObjHeader;
    if tracked {
        crate::gc::track(ptr);
    }
    Value::from_obj_ptr(ptr)
}

/// Deallocates `p` as an `Obj<T>` (`Payload::free`'s default).
/// # Safety
/// `p` must be an unreferenced object allocated by `alloc::<T>`.
pub unsafe fn free_as<T: Payload>(p: *mut ObjHeader) {
    // SAFETY: guaranteed by the caller.
    drop(unsafe { Box::from_raw(p as *mut Obj<T>) });
}

/// Runs `f` on the payload of `p`, typed by its kind; used by the collector.
/// # Safety
/// `p` must be a live object of kind `T::KIND`.
pub unsafe fn payload_of<'a, T: Payload>(p: *mut ObjHeader) -> &'a T {
    // SAFETY: guaranteed by the caller.
    unsafe { &(*(p as *const Obj<T>)).data }
}
