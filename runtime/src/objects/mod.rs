//! The object model: one file per built-in type's payload.

pub mod class;
pub mod dict;
pub mod file;
pub mod func;
pub mod instance;
pub mod int;
pub mod iter;
pub mod kinds;
pub mod list;
pub mod misc;
pub mod set;
pub mod str;
pub mod tuple;

use std::cell::UnsafeCell;

/// Interior mutability for object payloads.
///
/// Python objects are shared and mutable, and pylift is single-threaded, so
/// payloads use an `UnsafeCell` rather than `RefCell` (no borrow flag on every
/// list access, which the JIT could not honour anyway). The discipline that
/// makes this sound: a reference obtained from `get`/`get_mut` must never be
/// held across anything that can run Python code (a call, a dunder method, an
/// `__eq__` inside a dict lookup). Code that needs to call out first copies what
/// it needs (cloning `Value`s) and re-reads the payload afterwards.
#[repr(transparent)]
pub struct PyCell<T>(UnsafeCell<T>);

impl<T> PyCell<T> {
    pub const fn new(v: T) -> Self {
        PyCell(UnsafeCell::new(v))
    }
    #[inline(always)]
    pub fn get(&self) -> &T {
        // SAFETY: see the type's documentation.
        unsafe { &*self.0.get() }
    }
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    pub fn get_mut(&self) -> &mut T {
        // SAFETY: see the type's documentation.
        unsafe { &mut *self.0.get() }
    }
    pub fn replace(&self, v: T) -> T {
        std::mem::replace(self.get_mut(), v)
    }
}

impl<T: Default> Default for PyCell<T> {
    fn default() -> Self {
        PyCell::new(T::default())
    }
}
