//! `list`: a growable vector of values.
//!
//! A list of bools made by repetition (`[True] * n`, a sieve's or a visited
//! table's flags) is kept compact, one byte per item, until something needs
//! its items as values (`items`/`items_mut`, which convert it for good):
//! indexing, storing bools, `len` and iteration (in the interpreter, the
//! runtime and native code) keep it compact. Such loops are bound by memory
//! traffic, which the compact form divides by eight.

use super::PyCell;
use crate::heap::{alloc, Obj, ObjHeader, ObjKind, Payload};
use crate::value::Value;

/// Repetitions of bools shorter than this stay plain lists (their memory
/// does not matter, and one form is simpler to reason about).
pub const COMPACT_MIN: usize = 64;

/// `repr(C)`: native code reads both vectors' words at offsets found at
/// startup (`jit::seq_layout`).
#[repr(C)]
pub struct ListData {
    /// The items, unless the list is compact.
    items: PyCell<Vec<Value>>,
    /// A compact list's items (0 or 1 each, never empty: a list that would
    /// become empty becomes plain first); empty otherwise.
    bools: PyCell<Vec<u8>>,
    /// What every item is known to be: `ALL_FLOATS`, `ALL_INTS` (small
    /// ints) or `ALL_BOOLS` (all three for an empty list). Native code
    /// loads the items of such a list with no type check (and overwrites
    /// them with no release of the old item: none owns a reference) after
    /// checking this once. Set when the list is made; a store or append
    /// keeps the bit of its value's kind and clears the others; a store of
    /// anything else, or any change through `items_mut`, clears all.
    kinds: std::cell::Cell<u8>,
}

/// `ListData::kinds` bits.
pub const ALL_FLOATS: u8 = 1;
pub const ALL_INTS: u8 = 2;
pub const ALL_BOOLS: u8 = 4;
/// Every kind bit (an empty list's kinds).
pub const ALL_KINDS: u8 = ALL_FLOATS | ALL_INTS | ALL_BOOLS;

/// The `ListData::kinds` bits every one of `items` has.
fn kinds_of(items: &[Value]) -> u8 {
    let mut kinds = ALL_KINDS;
    for v in items {
        kinds &= kind_bits(v);
        if kinds == 0 {
            break;
        }
    }
    kinds
}

/// The `ListData::kinds` bits a value keeps.
#[inline(always)]
pub fn kind_bits(v: &Value) -> u8 {
    if v.is_float() {
        ALL_FLOATS
    } else if v.is_small_int() {
        ALL_INTS
    } else if v.is_bool() {
        ALL_BOOLS
    } else {
        0
    }
}

impl Payload for ListData {
    const KIND: ObjKind = ObjKind::List;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.items.get().iter().for_each(visit);
    }
    fn clear(&self) {
        drop(std::mem::take(self.bools.get_mut()));
        drop_reversed(std::mem::take(self.items.get_mut()));
    }
    unsafe fn free(p: *mut ObjHeader) {
        // SAFETY: guaranteed by the caller.
        unsafe { free_list(p) }
    }
}

/// Freed lists kept, with their items' buffers, for the next small lists:
/// allocating and freeing both was a fifth of a program that copies a
/// short list in a loop (fannkuch's `count_flips(perm[:])`).
const SPARE_MAX: usize = 32;
/// The largest items buffer kept with a spare list.
const SPARE_CAPACITY: usize = 64;

thread_local! {
    static SPARE: std::cell::RefCell<Vec<*mut Obj<ListData>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Frees list `p` (unreferenced, untracked: `Payload::free`): its items
/// are released last to first, and the object is kept with its buffer
/// when it is small and there is room (`new_spare_list`), else
/// deallocated.
/// # Safety
/// `p` must be an unreferenced list allocated by `alloc`, freed once.
unsafe fn free_list(p: *mut ObjHeader) {
    let obj = p as *mut Obj<ListData>;
    // SAFETY: `p` is an unreferenced list: nothing else reads it.
    let data = unsafe { &(*obj).data };
    if data.items.get().capacity() <= SPARE_CAPACITY && data.bools.get().capacity() == 0 {
        // (Releasing may free other lists, which may be kept first.)
        let mut items = std::mem::take(data.items.get_mut());
        release_reversed(&mut items, data.kinds.get());
        *data.items.get_mut() = items;
        let kept = SPARE
            .try_with(|s| {
                let mut s = s.borrow_mut();
                let room = s.len() < SPARE_MAX;
                if room {
                    s.push(obj);
                }
                room
            })
            .unwrap_or(false);
        if kept {
            return;
        }
    }
    // SAFETY: `p` is an unreferenced list allocated by `alloc`.
    unsafe { crate::heap::free_as::<ListData>(p) };
}

/// A new list of copies of `items`, whose kinds bits (`ListData::kinds`)
/// are `kinds`: in a spare list object and buffer when one is kept.
fn new_list_of(items: &[Value], kinds: u8) -> Value {
    let spare = if items.len() <= SPARE_CAPACITY { SPARE.try_with(|s| s.borrow_mut().pop()).ok().flatten() } else { None };
    let Some(obj) = spare else {
        let mut out = Vec::with_capacity(items.len());
        copy_items(&mut out, items, kinds);
        return alloc(ListData { items: PyCell::new(out), bools: PyCell::new(Vec::new()), kinds: std::cell::Cell::new(kinds) });
    };
    // SAFETY: a spare list is unreferenced and owned by the pool, which
    // just gave it up; its items are empty and it has no compact bytes.
    let data = unsafe { &(*obj).data };
    copy_items(data.items.get_mut(), items, kinds);
    data.kinds.set(kinds);
    // SAFETY: allocated by `alloc::<ListData>`, freed by `free_list`.
    unsafe { crate::heap::revive(obj) }
}

/// Appends copies of `items` (whose kinds bits are `kinds`) to `buf`: the
/// words of numbers and bools as they are, which own no references; else
/// each taking a reference.
fn copy_items(buf: &mut Vec<Value>, items: &[Value], kinds: u8) {
    if kinds == 0 {
        buf.extend(items.iter().cloned());
        return;
    }
    buf.reserve(items.len());
    // SAFETY: no item owns a reference, so its word is copied as it is;
    // `buf` has room for them after its length.
    unsafe {
        std::ptr::copy_nonoverlapping(items.as_ptr(), buf.as_mut_ptr().add(buf.len()), items.len());
        buf.set_len(buf.len() + items.len());
    }
}

/// Releases items last to first, as CPython's list and tuple deallocation
/// and `list.clear()` do (the order is visible through `__del__`).
pub fn drop_reversed(mut items: Vec<Value>) {
    release_reversed(&mut items, 0);
}

/// Empties `items` last to first, keeping its buffer; `kinds` are the
/// items' kinds bits, if known (numbers and bools own no references).
fn release_reversed(items: &mut Vec<Value>, kinds: u8) {
    // A list of numbers and bools owns no references, so its items need no
    // drop at all; the branch-free scan costs a quarter of the drops.
    if kinds != 0 || items.iter().fold(0u64, |n, v| n + u64::from(v.is_ptr())) == 0 {
        // SAFETY: no item owns a reference, so forgetting them leaks nothing.
        unsafe { items.set_len(0) };
        return;
    }
    while let Some(v) = items.pop() {
        drop(v);
    }
}

impl Drop for ListData {
    fn drop(&mut self) {
        release_reversed(self.items.get_mut(), self.kinds.get());
    }
}

impl ListData {
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.items.get().len() + self.bools.get().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Whether the items are kept as bytes (see the module comment).
    #[inline(always)]
    pub fn is_compact(&self) -> bool {
        !self.bools.get().is_empty()
    }
    /// The items as values (a compact list becomes plain, for good).
    #[inline(always)]
    pub fn items(&self) -> &Vec<Value> {
        self.make_plain();
        self.items.get()
    }
    /// The items as values, to change (a compact list becomes plain).
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    pub fn items_mut(&self) -> &mut Vec<Value> {
        self.make_plain();
        self.kinds.set(0);
        self.items.get_mut()
    }
    #[inline(always)]
    fn make_plain(&self) {
        if self.is_compact() {
            self.make_plain_slow();
        }
    }
    #[cold]
    fn make_plain_slow(&self) {
        let bytes = std::mem::take(self.bools.get_mut());
        *self.items.get_mut() = bytes.iter().map(|&b| Value::bool(b != 0)).collect();
        self.kinds.set(ALL_BOOLS);
    }
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        if self.is_compact() {
            return self.bools.get().get(i).map(|&b| Value::bool(b != 0));
        }
        self.items.get().get(i).cloned()
    }
    /// `self[i] = v` for `i < len()`, releasing the old item; false (and
    /// nothing done) when `i` is out of range. A bool stored into a compact
    /// list keeps it compact.
    #[inline(always)]
    pub fn set(&self, i: usize, v: &Value) -> bool {
        if self.is_compact() {
            let bytes = self.bools.get_mut();
            if i >= bytes.len() {
                return false;
            }
            if v.is_bool() {
                bytes[i] = u8::from(v.as_bool());
                return true;
            }
        }
        self.make_plain();
        match self.items.get_mut().get_mut(i) {
            Some(slot) => {
                self.kinds.set(self.kinds.get() & kind_bits(v));
                let old = std::mem::replace(slot, v.clone());
                drop(old);
                true
            }
            None => false,
        }
    }
    pub fn push(&self, v: Value) {
        if self.is_compact() && v.is_bool() {
            self.bools.get_mut().push(u8::from(v.as_bool()));
            return;
        }
        self.make_plain();
        self.kinds.set(self.kinds.get() & kind_bits(&v));
        self.items.get_mut().push(v);
    }
    /// A snapshot of the items (for code that must call out while iterating).
    pub fn to_vec(&self) -> Vec<Value> {
        if self.is_compact() {
            return self.bools.get().iter().map(|&b| Value::bool(b != 0)).collect();
        }
        self.items.get().clone()
    }
    /// What every item is known to be (`ALL_FLOATS`, `ALL_INTS`, `ALL_BOOLS` bits).
    pub fn kinds(&self) -> u8 {
        self.kinds.get()
    }
    /// `self[start:start + n]` (in range) as a new list of the same form:
    /// a compact list's slice is compact; a list of numbers or bools (a
    /// kinds bit set) is copied as bits, with no reference counts to take, and its
    /// slice has the same kinds.
    pub fn slice(&self, start: usize, n: usize) -> Value {
        if self.is_compact() {
            let bytes = &self.bools.get()[start..start + n];
            return if bytes.is_empty() { new_list(Vec::new()) } else { new_compact_list(bytes.to_vec()) };
        }
        let items = &self.items.get()[start..start + n];
        let kinds = match self.kinds.get() {
            // (What the slice's items are, as `new_list` finds.)
            0 => kinds_of(items),
            k => k,
        };
        new_list_of(items, kinds)
    }
    /// The compact items, if the list is compact.
    pub fn compact_items(&self) -> Option<&[u8]> {
        self.is_compact().then(|| self.bools.get().as_slice())
    }
}

/// Where `ListData` keeps its items, its compact bytes and its kinds (for
/// `jit::seq_layout`).
pub fn field_offsets() -> (usize, usize, usize) {
    (std::mem::offset_of!(ListData, items), std::mem::offset_of!(ListData, bools), std::mem::offset_of!(ListData, kinds))
}

pub fn new_list(items: Vec<Value>) -> Value {
    let kinds = kinds_of(&items);
    alloc(ListData { items: PyCell::new(items), bools: PyCell::new(Vec::new()), kinds: std::cell::Cell::new(kinds) })
}

/// A compact list of bools (`bytes`: 0 or 1 each); an empty one is plain.
pub fn new_compact_list(bytes: Vec<u8>) -> Value {
    debug_assert!(bytes.iter().all(|&b| b <= 1));
    alloc(ListData { items: PyCell::new(Vec::new()), bools: PyCell::new(bytes), kinds: std::cell::Cell::new(0) })
}

impl Value {
    #[inline(always)]
    pub fn as_list(&self) -> Option<&ListData> {
        self.downcast::<ListData>()
    }
}
