//! `list`: a growable vector of values.

use super::PyCell;
use crate::heap::{alloc, ObjKind, Payload};
use crate::value::Value;

#[repr(transparent)]
pub struct ListData {
    pub items: PyCell<Vec<Value>>,
}

impl Payload for ListData {
    const KIND: ObjKind = ObjKind::List;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.items.get().iter().for_each(visit);
    }
    fn clear(&self) {
        drop_reversed(std::mem::take(self.items.get_mut()));
    }
}

/// Releases items last to first, as CPython's list and tuple deallocation
/// and `list.clear()` do (the order is visible through `__del__`).
pub fn drop_reversed(mut items: Vec<Value>) {
    // A list of numbers and bools owns no references, so its items need no
    // drop at all; the branch-free scan costs a quarter of the drops.
    let pointers = items.iter().fold(0u64, |n, v| n + u64::from(v.is_ptr()));
    if pointers == 0 {
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
        drop_reversed(std::mem::take(self.items.get_mut()));
    }
}

impl ListData {
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.items.get().len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.get().is_empty()
    }
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.get().get(i).cloned()
    }
    pub fn push(&self, v: Value) {
        self.items.get_mut().push(v);
    }
    /// A snapshot of the items (for code that must call out while iterating).
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.get().clone()
    }
}

pub fn new_list(items: Vec<Value>) -> Value {
    alloc(ListData { items: PyCell::new(items) })
}

impl Value {
    #[inline(always)]
    pub fn as_list(&self) -> Option<&ListData> {
        self.downcast::<ListData>()
    }
}
