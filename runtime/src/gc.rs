//! The cycle collector. Reference counting frees almost everything the moment
//! it becomes unreachable; this collects what it cannot: cycles.
//!
//! The algorithm is CPython's trial deletion over the tracked containers:
//! copy each refcount, subtract the references that tracked containers hold to
//! each other, and whatever still has a positive count is referenced from
//! outside (a frame, a Rust local, the VM's tables). Everything reachable from
//! those survives; the rest is cyclic garbage. Because the counts are exact we
//! never need to find roots on the native stack, so native code and Rust code
//! may hold values freely.
//!
//! Collection runs only at interpreter safe points (`maybe_collect`), never
//! inside an allocation, so no Rust code can be in the middle of mutating a
//! container the collector traverses.

use crate::heap::ObjHeader;
use crate::objects::kinds;
use std::cell::{Cell, RefCell};

const REACHABLE: u8 = 1;

/// Set when a collection is due: native code tests this byte at loop
/// back-edges instead of calling into the runtime every iteration. (A
/// process-wide flag; with several runtime threads, as in unit tests, a
/// spurious wake-up only costs a check.)
pub static COLLECTION_DUE_FLAG: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
const MIN_THRESHOLD: usize = 10_000;

#[derive(Default)]
struct GcState {
    tracked: Vec<*mut ObjHeader>,
}

thread_local! {
    static STATE: RefCell<GcState> = RefCell::new(GcState::default());
    static ALLOCS_SINCE: Cell<usize> = const { Cell::new(0) };
    static THRESHOLD: Cell<usize> = const { Cell::new(MIN_THRESHOLD) };
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static COLLECTED_TOTAL: Cell<u64> = const { Cell::new(0) };
}

pub(crate) fn track(p: *mut ObjHeader) {
    let _ = STATE.try_with(|s| {
        let mut s = s.borrow_mut();
        // SAFETY: `p` was just allocated and is live.
        unsafe { (*p).gc_index.set(s.tracked.len() as u32) };
        s.tracked.push(p);
    });
    let _ = ALLOCS_SINCE.try_with(|a| a.set(a.get() + 1));
    if collection_due() {
        COLLECTION_DUE_FLAG.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

pub(crate) fn untrack(p: *mut ObjHeader) {
    // SAFETY: `p` is live until its payload is dropped after this call.
    let h = unsafe { &*p };
    let idx = h.gc_index.get();
    if idx == u32::MAX {
        return;
    }
    h.gc_index.set(u32::MAX);
    let _ = STATE.try_with(|s| {
        let mut s = s.borrow_mut();
        let idx = idx as usize;
        s.tracked.swap_remove(idx);
        if let Some(&moved) = s.tracked.get(idx) {
            // SAFETY: every tracked pointer is live.
            unsafe { (*moved).gc_index.set(idx as u32) };
        }
    });
}

/// True when enough containers were allocated that a collection is due.
#[inline(always)]
pub fn collection_due() -> bool {
    ALLOCS_SINCE.try_with(|a| a.get()).unwrap_or(0) >= THRESHOLD.try_with(|t| t.get()).unwrap_or(usize::MAX)
}

/// Collects if due. Call only at a safe point (see the module comment).
pub fn maybe_collect() {
    if collection_due() && ENABLED.with(|e| e.get()) {
        collect();
    }
}

pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}

pub fn is_enabled() -> bool {
    ENABLED.with(|e| e.get())
}

pub fn tracked_count() -> usize {
    STATE.with(|s| s.borrow().tracked.len())
}

pub fn collected_total() -> u64 {
    COLLECTED_TOTAL.with(|c| c.get())
}

/// Runs a full collection and returns the number of objects freed.
pub fn collect() -> usize {
    if COLLECTING.with(|c| c.replace(true)) {
        return 0;
    }
    let tracked: Vec<*mut ObjHeader> = STATE.with(|s| s.borrow().tracked.clone());
    // SAFETY: every tracked pointer is a live object; nothing runs Python code
    // or frees objects until the garbage phase below.
    let garbage = unsafe { find_garbage(&tracked) };
    drop(tracked);
    // Unreachable instances with a __del__ that has not run are finalized
    // first and not cleared this time (PEP 442): the finalizers may
    // resurrect them, and they must see their attributes intact. Once run,
    // an unreachable cycle is collected by the next collection.
    // SAFETY: the garbage objects are live.
    let finalize: Vec<*mut ObjHeader> = garbage.iter().copied().filter(|&g| unsafe { crate::heap::needs_finalizer(g) }).collect();
    if !finalize.is_empty() {
        for g in finalize {
            // SAFETY: the new reference is handed to the finalizer queue.
            unsafe {
                (*g).incref();
                crate::heap::queue_finalizer(g);
            }
        }
        COLLECTING.with(|c| c.set(false));
        return 0;
    }
    let n = garbage.len();
    // SAFETY: the garbage objects are live; holding an extra reference to each
    // keeps them alive while their contents are cleared.
    unsafe {
        for &g in &garbage {
            (*g).incref();
        }
        for &g in &garbage {
            kinds::clear_by_kind(g);
        }
        for &g in &garbage {
            crate::heap::decref(g);
        }
    }
    let live = tracked_count();
    ALLOCS_SINCE.with(|a| a.set(0));
    COLLECTION_DUE_FLAG.store(false, std::sync::atomic::Ordering::Relaxed);
    THRESHOLD.with(|t| t.set(live.max(MIN_THRESHOLD)));
    COLLECTED_TOTAL.with(|c| c.set(c.get() + n as u64));
    COLLECTING.with(|c| c.set(false));
    n
}

unsafe fn find_garbage(tracked: &[*mut ObjHeader]) -> Vec<*mut ObjHeader> {
    // SAFETY (whole function): all pointers are live tracked objects.
    unsafe {
        for &p in tracked {
            (*p).gc_refs.set((*p).refcount());
            (*p).gc_flags.set(0);
        }
        for &p in tracked {
            kinds::traverse_by_kind(p, &mut |child| {
                if let Some(h) = child.header() {
                    if h.gc_index.get() != u32::MAX {
                        h.gc_refs.set(h.gc_refs.get().saturating_sub(1));
                    }
                }
            });
        }
        let mut work: Vec<*mut ObjHeader> = Vec::new();
        for &p in tracked {
            if (*p).gc_refs.get() > 0 {
                (*p).gc_flags.set(REACHABLE);
                work.push(p);
            }
        }
        while let Some(p) = work.pop() {
            kinds::traverse_by_kind(p, &mut |child| {
                if let Some(h) = child.header() {
                    if h.gc_index.get() != u32::MAX && h.gc_flags.get() & REACHABLE == 0 {
                        h.gc_flags.set(REACHABLE);
                        work.push(child.obj_ptr());
                    }
                }
            });
        }
        tracked.iter().copied().filter(|&p| (*p).gc_flags.get() & REACHABLE == 0).collect()
    }
}
