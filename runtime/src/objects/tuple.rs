//! `tuple`: an immutable sequence.

use crate::heap::{alloc, ObjKind, Payload};
use crate::value::Value;
use std::cell::RefCell;

#[repr(transparent)]
pub struct TupleData {
    pub items: Box<[Value]>,
}

impl Payload for TupleData {
    const KIND: ObjKind = ObjKind::Tuple;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.items.iter().for_each(visit);
    }
    fn clear(&self) {
        // Tuples are immutable to Python, but the collector must be able to
        // break cycles through them: overwrite the items with None in place.
        let p = self.items.as_ptr() as *mut Value;
        for i in 0..self.items.len() {
            // SAFETY: only the collector calls this, on unreachable garbage.
            unsafe { *p.add(i) = Value::NONE };
        }
    }
}

impl Drop for TupleData {
    fn drop(&mut self) {
        // Last to first, as CPython (see `list::drop_reversed`).
        crate::objects::list::drop_reversed(std::mem::take(&mut self.items).into_vec());
    }
}

thread_local! {
    static EMPTY: RefCell<Option<Value>> = const { RefCell::new(None) };
}

pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return empty_tuple();
    }
    alloc(TupleData { items: items.into_boxed_slice() })
}

pub fn empty_tuple() -> Value {
    EMPTY.with(|e| e.borrow_mut().get_or_insert_with(|| alloc(TupleData { items: Box::new([]) })).clone())
}

impl Value {
    #[inline(always)]
    pub fn as_tuple(&self) -> Option<&TupleData> {
        self.downcast::<TupleData>()
    }
    /// The items of a tuple, or of a list (snapshot-free borrow for lists: the
    /// caller must not run Python code while holding it).
    pub fn as_seq_slice(&self) -> Option<&[Value]> {
        if let Some(t) = self.as_tuple() {
            Some(&t.items)
        } else {
            self.as_list().map(|l| l.items().as_slice())
        }
    }
}
