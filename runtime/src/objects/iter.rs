//! Built-in iterators. One payload type with a state enum: `next` dispatches
//! on the variant (see `ops::iter`).

use super::PyCell;
use crate::heap::{alloc, ObjKind, Payload};
use crate::value::Value;

/// `repr(C, u8)`: a one-byte tag then the fields, so native code can step
/// range iterators in place (offsets found by `jit::seq_layout`).
#[repr(C, u8)]
pub enum IterState {
    /// Index into a list (re-checked against the live length each step).
    List {
        list: Value,
        index: usize,
    },
    Tuple {
        tuple: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Byte offset into a str.
    Str {
        s: Value,
        pos: usize,
    },
    /// Raw entry position; `len` detects "changed size during iteration".
    Dict {
        dict: Value,
        pos: usize,
        len: usize,
        kind: super::misc::ViewKind,
    },
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    Bytes {
        b: Value,
        index: usize,
    },
    /// The `__getitem__` protocol: obj[0], obj[1], … until IndexError.
    SeqGetItem {
        obj: Value,
        index: i64,
    },
    Reversed {
        seq: Value,
        index: i64,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Finished; remembers which iterator class it was (for `type()`).
    Exhausted(crate::types::IterClass),
}

pub struct IterData {
    pub state: PyCell<IterState>,
}

impl Payload for IterData {
    const KIND: ObjKind = ObjKind::Iter;
    const TRACKED: bool = true;
    /// A range iterator holds no object: untracked, as in CPython (one per
    /// `for ... in range(...)` loop, so this matters).
    fn tracked(&self) -> bool {
        !matches!(self.state.get(), IterState::Range { .. })
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        match self.state.get() {
            IterState::List { list: v, .. }
            | IterState::Tuple { tuple: v, .. }
            | IterState::Str { s: v, .. }
            | IterState::Dict { dict: v, .. }
            | IterState::Set { set: v, .. }
            | IterState::Bytes { b: v, .. }
            | IterState::SeqGetItem { obj: v, .. }
            | IterState::Reversed { seq: v, .. } => visit(v),
            IterState::Enumerate { it, count } => {
                visit(it);
                visit(count);
            }
            IterState::Zip { iters, .. } => iters.iter().for_each(visit),
            IterState::Map { func, iters } => {
                visit(func);
                iters.iter().for_each(visit);
            }
            IterState::Filter { func, it } => {
                visit(func);
                visit(it);
            }
            IterState::Callable { func, sentinel } => {
                visit(func);
                visit(sentinel);
            }
            IterState::Range { .. } | IterState::Exhausted(_) => {}
        }
    }
    fn clear(&self) {
        let old = self.state.replace(IterState::Exhausted(crate::types::IterClass::Seq));
        drop(old);
    }
}

pub fn new_iter(state: IterState) -> Value {
    alloc(IterData { state: PyCell::new(state) })
}

impl Value {
    #[inline(always)]
    pub fn as_iter(&self) -> Option<&IterData> {
        self.downcast::<IterData>()
    }
}
