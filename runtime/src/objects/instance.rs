//! Instances of user-defined classes.
//!
//! Attributes live in "shaped" storage: a `Shape` (a hidden class, as V8 calls
//! it) maps attribute names to slot indices and is shared by every instance
//! that received the same attributes in the same order; the instance holds
//! only the values. An inline cache that remembers (class version, shape id,
//! slot) then reads an attribute with two compares and a load. Objects whose
//! attributes are deleted or exposed through `__dict__` switch to a real dict.

use super::class::NativeBase;
use super::dict::new_dict;
use super::PyCell;
use crate::bytecode::Code;
use crate::heap::{alloc, ObjKind, Payload};
use crate::value::Value;
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Attributes beyond this many send an object to dict mode.
const MAX_SHAPED: usize = 64;

pub struct Shape {
    pub id: u32,
    /// Attribute names (interned strs) in slot order.
    names: Vec<Value>,
    transitions: RefCell<FxHashMap<u64, Rc<Shape>>>,
}

thread_local! {
    static NEXT_SHAPE: Cell<u32> = const { Cell::new(1) };
    static ROOT: Rc<Shape> = Rc::new(Shape { id: 0, names: Vec::new(), transitions: RefCell::new(FxHashMap::default()) });
}

impl Shape {
    pub fn root() -> Rc<Shape> {
        ROOT.with(|r| r.clone())
    }
    /// Slot of an interned name.
    #[inline]
    pub fn index_of(&self, name: &Value) -> Option<usize> {
        self.names.iter().position(|n| n.is(name))
    }
    pub fn names(&self) -> &[Value] {
        &self.names
    }
    pub fn with_added(self: &Rc<Shape>, name: &Value) -> Rc<Shape> {
        if let Some(s) = self.transitions.borrow().get(&name.bits()) {
            return s.clone();
        }
        let mut names = self.names.clone();
        names.push(name.clone());
        let id = NEXT_SHAPE.with(|n| {
            let id = n.get();
            n.set(id.wrapping_add(1).max(1));
            id
        });
        let s = Rc::new(Shape { id, names, transitions: RefCell::new(FxHashMap::default()) });
        self.transitions.borrow_mut().insert(name.bits(), s.clone());
        s
    }
}

/// `repr(C, u8)`: a tag byte, then the variant's fields in order, so native
/// code can check the shape and load a slot (`jit::seq_layout` finds the
/// offsets).
#[repr(C, u8)]
pub enum Attrs {
    Shaped { shape: Rc<Shape>, values: Vec<Value> },
    Dict(Value),
}

pub struct TracebackEntry {
    pub code: Rc<Code>,
    pub line: u32,
    /// The instruction that raised (or made the call), for its source range.
    pub pc: u32,
}

/// The state every exception instance carries.
pub struct ExcState {
    pub args: Value,
    pub traceback: Vec<TracebackEntry>,
    /// `__cause__` (UNDEF when unset → None), `__context__`.
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

pub enum Native {
    None,
    Exception(Box<ExcState>),
    /// The built-in value a subclass of list/dict/int/... wraps.
    Value(Value),
}

pub struct InstanceData {
    pub class: PyCell<Value>,
    pub attrs: PyCell<Attrs>,
    pub native: PyCell<Native>,
}

/// Whether the instance at `p` has a `__del__` to run before it is freed.
/// # Safety
/// `p` must be a live (possibly unreferenced) instance.
pub unsafe fn has_finalizer(p: *mut crate::heap::ObjHeader) -> bool {
    // SAFETY: guaranteed by the caller.
    let inst = unsafe { crate::heap::payload_of::<InstanceData>(p) };
    inst.class.get().as_class().is_some_and(|c| c.specials.get() & super::class::SPECIAL_DEL != 0)
}

impl Payload for InstanceData {
    const KIND: ObjKind = ObjKind::Instance;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.class.get());
        match self.attrs.get() {
            Attrs::Shaped { values, .. } => values.iter().for_each(&mut *visit),
            Attrs::Dict(d) => visit(d),
        }
        match self.native.get() {
            Native::None => {}
            Native::Exception(e) => {
                visit(&e.args);
                visit(&e.cause);
                visit(&e.context);
            }
            Native::Value(v) => visit(v),
        }
    }
    fn clear(&self) {
        let old = self.attrs.replace(Attrs::Shaped { shape: Shape::root(), values: Vec::new() });
        drop(old);
        let old = self.native.replace(Native::None);
        drop(old);
    }
}

impl InstanceData {
    /// The attribute `name` (interned) stored on the instance itself.
    #[inline]
    pub fn get_attr(&self, name: &Value) -> Option<Value> {
        match self.attrs.get() {
            Attrs::Shaped { shape, values } => shape.index_of(name).map(|i| values[i].clone()),
            Attrs::Dict(d) => d.as_dict().and_then(|d| d.get_str(name)),
        }
    }

    pub fn set_attr(&self, name: &Value, value: Value) {
        match self.attrs.get_mut() {
            Attrs::Shaped { shape, values } => {
                if let Some(i) = shape.index_of(name) {
                    let old = std::mem::replace(&mut values[i], value);
                    drop(old);
                } else if values.len() < MAX_SHAPED {
                    *shape = shape.with_added(name);
                    values.push(value);
                } else {
                    self.to_dict_mode();
                    self.set_attr(name, value);
                }
            }
            Attrs::Dict(d) => {
                if let Some(d) = d.as_dict() {
                    d.set_str(name.clone(), value);
                }
            }
        }
    }

    /// Removes an attribute; returns whether it existed.
    pub fn del_attr(&self, name: &Value) -> bool {
        if let Attrs::Shaped { shape, .. } = self.attrs.get() {
            if shape.index_of(name).is_none() {
                return false;
            }
            self.to_dict_mode();
        }
        match self.attrs.get() {
            Attrs::Dict(d) => d.as_dict().and_then(|d| d.remove_str(name)).is_some(),
            Attrs::Shaped { .. } => false,
        }
    }

    /// Switches to dict storage and returns the (live) dict: `obj.__dict__`.
    pub fn to_dict_mode(&self) -> Value {
        if let Attrs::Dict(d) = self.attrs.get() {
            return d.clone();
        }
        let d = new_dict();
        if let (Attrs::Shaped { shape, values }, Some(dd)) = (self.attrs.get(), d.as_dict()) {
            for (n, v) in shape.names().iter().zip(values.iter()) {
                dd.set_str(n.clone(), v.clone());
            }
        }
        let old = self.attrs.replace(Attrs::Dict(d.clone()));
        drop(old);
        d
    }

    /// Adds attribute `name` as the next slot of a shaped object whose shape
    /// is `from` (the caller checked), moving it to shape `to`.
    pub fn add_slot_cached(&self, from: u32, to: &Rc<Shape>, value: &Value) -> bool {
        if let Attrs::Shaped { shape, values } = self.attrs.get_mut() {
            if shape.id == from && values.len() + 1 == to.names().len() {
                *shape = to.clone();
                values.push(value.clone());
                return true;
            }
        }
        false
    }

    pub fn exc(&self) -> Option<&mut ExcState> {
        match self.native.get_mut() {
            Native::Exception(e) => Some(e),
            _ => None,
        }
    }

    pub fn native_value(&self) -> Option<&Value> {
        match self.native.get() {
            Native::Value(v) => Some(v),
            _ => None,
        }
    }
}

pub fn new_instance(class: Value) -> Value {
    let native = match class.as_class().map(|c| c.native_base) {
        Some(NativeBase::Exception) => {
            Native::Exception(Box::new(ExcState { args: super::tuple::empty_tuple(), traceback: Vec::new(), cause: Value::UNDEF, context: Value::UNDEF, suppress_context: false }))
        }
        _ => Native::None,
    };
    alloc(InstanceData { class: PyCell::new(class), attrs: PyCell::new(Attrs::Shaped { shape: Shape::root(), values: Vec::new() }), native: PyCell::new(native) })
}

impl Value {
    #[inline(always)]
    pub fn as_instance(&self) -> Option<&InstanceData> {
        self.downcast::<InstanceData>()
    }
}
