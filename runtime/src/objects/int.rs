//! Big ints. Ints in the small range live in the value word; this is the heap
//! form for everything else. The invariant: a `BigIntData` never holds a value
//! that fits the small range, so "is small int" is an exact type test and
//! results shrink back to the immediate form automatically (`from_bigint`).

use crate::heap::{alloc, ObjKind, Payload};
use crate::value::{Value, SMALL_INT_MAX, SMALL_INT_MIN};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

pub struct BigIntData(pub BigInt);

impl Payload for BigIntData {
    const KIND: ObjKind = ObjKind::BigInt;
}

pub fn big_from_i64(i: i64) -> Value {
    alloc(BigIntData(BigInt::from(i)))
}

/// Normalising constructor: small values become immediate.
pub fn from_bigint(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            return Value::small_int(i);
        }
    }
    alloc(BigIntData(b))
}

pub fn from_i128(i: i128) -> Value {
    if (SMALL_INT_MIN as i128..=SMALL_INT_MAX as i128).contains(&i) {
        Value::small_int(i as i64)
    } else {
        alloc(BigIntData(BigInt::from(i)))
    }
}

impl Value {
    pub fn as_bigint_data(&self) -> Option<&BigInt> {
        self.downcast::<BigIntData>().map(|b| &b.0)
    }
    /// True for int (small or big) and bool.
    pub fn is_int(&self) -> bool {
        self.is_small_int() || self.is_bool() || self.obj_kind() == Some(ObjKind::BigInt)
    }
    /// Any int-like value (int, bool) as a BigInt.
    pub fn to_bigint(&self) -> Option<BigInt> {
        if let Some(i) = self.as_int_like() {
            Some(BigInt::from(i))
        } else {
            self.as_bigint_data().cloned()
        }
    }
    /// Any int-like value as i64 if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        if let Some(i) = self.as_int_like() {
            Some(i)
        } else {
            self.as_bigint_data().and_then(|b| b.to_i64())
        }
    }
}

/// CPython's hash of an int: the value modulo 2^61 - 1, with the sign kept,
/// and -1 mapped to -2.
pub fn hash_bigint(b: &BigInt) -> i64 {
    const MODULUS: u64 = (1u64 << 61) - 1;
    let m = BigInt::from(MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_i64(i: i64) -> i64 {
    const MODULUS: i64 = (1i64 << 61) - 1;
    let r = (i.unsigned_abs() % MODULUS as u64) as i64;
    let h = if i < 0 { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's hash of a float (so that hash(2.0) == hash(2) and sets of floats
/// iterate in CPython's order).
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0; // CPython 3.10+ hashes NaN by identity; 0 is as good here.
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return hash_i64(x as i64);
    }
    const BITS: i32 = 61;
    const MODULUS: u64 = (1u64 << BITS) - 1;
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (BITS - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
    h = ((h << e) & MODULUS) | (h >> (BITS - e));
    let mut r = h as i64;
    if x < 0.0 {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

/// Splits x (finite, nonzero or zero) into mantissa in [0.5, 1) and exponent.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

pub fn bigint_is_zero(b: &BigInt) -> bool {
    b.is_zero()
}
