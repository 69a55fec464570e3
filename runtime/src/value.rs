//! The value word. Every Python value is one `u64`, NaN-boxed:
//!
//! * a float is stored as its IEEE bits (any double whose top 16 bits are below
//!   `0xFFF9`; the few NaN payloads that would collide are canonicalised);
//! * `0xFFF9` + 48-bit two's-complement payload: a small int (|n| < 2^47);
//! * `0xFFFA` + 48-bit address: a pointer to a heap object (`heap::ObjHeader`);
//! * `0xFFFB` + small payload: None, False, True, NotImplemented, Ellipsis and
//!   the internal `UNDEF` marker (an unbound local; never visible to Python).
//!
//! Why NaN-boxing rather than pointer tagging: the float benchmarks (nbody,
//! spectral_norm, mandelbrot, raytrace) would otherwise allocate a box per
//! arithmetic result in the interpreter; with NaN-boxing floats and ints are
//! both allocation-free and the JIT unboxes either with one or two ALU ops.
//! Ints beyond 48 bits become heap big ints (`objects::int`), transparently.
//!
//! `Value` owns a reference: `Clone` increments the object's reference count and
//! `Drop` decrements it, so Rust's ownership rules do the reference counting.

use crate::heap::{self, ObjHeader, ObjKind};
use std::fmt;
use std::mem::ManuallyDrop;

pub const TAG_SHIFT: u32 = 48;
pub const TAG_INT: u64 = 0xFFF9;
pub const TAG_PTR: u64 = 0xFFFA;
pub const TAG_SPECIAL: u64 = 0xFFFB;
pub const PAYLOAD_MASK: u64 = (1 << 48) - 1;

pub const SMALL_INT_MIN: i64 = -(1 << 47);
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

pub const BITS_NONE: u64 = TAG_SPECIAL << TAG_SHIFT;
pub const BITS_FALSE: u64 = BITS_NONE | 1;
pub const BITS_TRUE: u64 = BITS_NONE | 2;
pub const BITS_NOT_IMPLEMENTED: u64 = BITS_NONE | 3;
pub const BITS_ELLIPSIS: u64 = BITS_NONE | 4;
pub const BITS_UNDEF: u64 = BITS_NONE | 5;

/// The NaN every colliding NaN payload is folded into (sign preserved).
const CANONICAL_NEG_NAN: u64 = 0xFFF8_0000_0000_0000;

#[repr(transparent)]
pub struct Value(u64);

// The JIT and the frame layout depend on this.
const _: () = assert!(std::mem::size_of::<Value>() == 8);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);

impl Value {
    pub const NONE: Value = Value(BITS_NONE);
    pub const TRUE: Value = Value(BITS_TRUE);
    pub const FALSE: Value = Value(BITS_FALSE);
    pub const NOT_IMPLEMENTED: Value = Value(BITS_NOT_IMPLEMENTED);
    pub const ELLIPSIS: Value = Value(BITS_ELLIPSIS);
    /// Marks an unbound local variable or an empty slot.
    pub const UNDEF: Value = Value(BITS_UNDEF);

    #[inline(always)]
    pub fn bits(&self) -> u64 {
        self.0
    }

    /// Rebuilds a value from raw bits without touching the reference count.
    /// # Safety
    /// `bits` must be a valid encoding that owns one reference if it is a pointer.
    #[inline(always)]
    pub unsafe fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    /// Gives up ownership, returning the raw bits (the reference is leaked into them).
    #[inline(always)]
    pub fn into_bits(self) -> u64 {
        ManuallyDrop::new(self).0
    }

    #[inline(always)]
    fn tag(&self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    // ---- construction ----

    #[inline(always)]
    pub fn float(f: f64) -> Value {
        let bits = f.to_bits();
        if bits >> TAG_SHIFT > 0xFFF8 {
            Value(CANONICAL_NEG_NAN)
        } else {
            Value(bits)
        }
    }

    /// A small int. The caller guarantees the range; see `Value::int`.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        Value((TAG_INT << TAG_SHIFT) | (i as u64 & PAYLOAD_MASK))
    }

    /// Any i64: small ints stay immediate, larger ones become big ints.
    #[inline(always)]
    pub fn int(i: i64) -> Value {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Value::small_int(i)
        } else {
            crate::objects::int::big_from_i64(i)
        }
    }

    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// Wraps a freshly allocated object pointer (takes over its reference).
    #[inline(always)]
    pub fn from_obj_ptr(p: *mut ObjHeader) -> Value {
        debug_assert!((p as u64) <= PAYLOAD_MASK);
        Value((TAG_PTR << TAG_SHIFT) | p as u64)
    }

    // ---- predicates ----

    #[inline(always)]
    pub fn is_float(&self) -> bool {
        self.tag() < TAG_INT
    }
    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.tag() == TAG_INT
    }
    #[inline(always)]
    pub fn is_ptr(&self) -> bool {
        self.tag() == TAG_PTR
    }
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.0 == BITS_NONE
    }
    #[inline(always)]
    pub fn is_undef(&self) -> bool {
        self.0 == BITS_UNDEF
    }
    #[inline(always)]
    pub fn is_bool(&self) -> bool {
        self.0 == BITS_TRUE || self.0 == BITS_FALSE
    }
    #[inline(always)]
    pub fn is_true_const(&self) -> bool {
        self.0 == BITS_TRUE
    }
    #[inline(always)]
    pub fn is_not_implemented(&self) -> bool {
        self.0 == BITS_NOT_IMPLEMENTED
    }
    /// Identity (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    // ---- access ----

    #[inline(always)]
    pub fn as_float(&self) -> f64 {
        debug_assert!(self.is_float());
        f64::from_bits(self.0)
    }
    #[inline(always)]
    pub fn as_small_int(&self) -> i64 {
        debug_assert!(self.is_small_int());
        ((self.0 << 16) as i64) >> 16
    }
    #[inline(always)]
    pub fn as_bool(&self) -> bool {
        self.0 == BITS_TRUE
    }
    #[inline(always)]
    pub fn obj_ptr(&self) -> *mut ObjHeader {
        debug_assert!(self.is_ptr());
        (self.0 & PAYLOAD_MASK) as *mut ObjHeader
    }
    #[inline(always)]
    pub fn header(&self) -> Option<&ObjHeader> {
        if self.is_ptr() {
            // SAFETY: a pointer-tagged value owns a reference to a live object.
            Some(unsafe { &*self.obj_ptr() })
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn obj_kind(&self) -> Option<ObjKind> {
        self.header().map(|h| h.kind)
    }
    /// Small int or bool as i64 (bool is an int subclass in Python).
    #[inline(always)]
    pub fn as_int_like(&self) -> Option<i64> {
        if self.is_small_int() {
            Some(self.as_small_int())
        } else if self.is_bool() {
            Some(self.as_bool() as i64)
        } else {
            None
        }
    }

    /// Moves the value out, leaving `UNDEF` behind (no refcount traffic).
    #[inline(always)]
    pub fn take(&mut self) -> Value {
        std::mem::replace(self, Value::UNDEF)
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_ptr() {
            // SAFETY: we own a reference, so the object is alive.
            unsafe { (*self.obj_ptr()).incref() };
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if self.is_ptr() {
            // SAFETY: we own one reference; giving it up may free the object.
            unsafe { heap::decref(self.obj_ptr()) };
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_float() {
            write!(f, "Float({})", self.as_float())
        } else if self.is_small_int() {
            write!(f, "Int({})", self.as_small_int())
        } else if self.is_ptr() {
            write!(f, "Obj({:?}@{:p})", self.obj_kind(), self.obj_ptr())
        } else {
            match self.0 {
                BITS_NONE => write!(f, "None"),
                BITS_TRUE => write!(f, "True"),
                BITS_FALSE => write!(f, "False"),
                BITS_NOT_IMPLEMENTED => write!(f, "NotImplemented"),
                BITS_ELLIPSIS => write!(f, "Ellipsis"),
                BITS_UNDEF => write!(f, "<undef>"),
                b => write!(f, "Special({b:#x})"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_one_word() {
        assert_eq!(std::mem::size_of::<Value>(), 8);
    }

    #[test]
    fn small_int_boundaries_round_trip() {
        for i in [0, 1, -1, SMALL_INT_MAX, SMALL_INT_MIN, SMALL_INT_MAX - 1, SMALL_INT_MIN + 1, 12345, -98765] {
            let v = Value::small_int(i);
            assert!(v.is_small_int() && !v.is_float() && !v.is_ptr());
            assert_eq!(v.as_small_int(), i);
        }
    }

    #[test]
    fn float_specials_stay_floats() {
        for f in [0.0, -0.0, 1.5, f64::INFINITY, f64::NEG_INFINITY, f64::MIN_POSITIVE, 5e-324, f64::MAX, -f64::MAX] {
            let v = Value::float(f);
            assert!(v.is_float());
            assert_eq!(v.as_float().to_bits(), f.to_bits());
        }
        let nan = Value::float(f64::NAN);
        assert!(nan.is_float() && nan.as_float().is_nan());
        // A NaN whose payload collides with the tag space is folded, not misread.
        let evil = Value::float(f64::from_bits(0xFFFA_0000_0000_1234));
        assert!(evil.is_float() && evil.as_float().is_nan());
        let neg_nan = Value::float(-f64::NAN);
        assert!(neg_nan.is_float() && neg_nan.as_float().is_nan());
    }

    #[test]
    fn specials_are_distinct() {
        let all = [Value::NONE, Value::TRUE, Value::FALSE, Value::NOT_IMPLEMENTED, Value::ELLIPSIS, Value::UNDEF];
        for (i, a) in all.iter().enumerate() {
            assert!(!a.is_float() && !a.is_small_int() && !a.is_ptr());
            for (j, b) in all.iter().enumerate() {
                assert_eq!(i == j, a.is(b));
            }
        }
        assert_eq!(Value::TRUE.as_int_like(), Some(1));
    }
}
