//! `_random`: the Mersenne Twister (MT19937) behind `random.Random`, seeded
//! and read exactly as CPython's `_random` does, so scripts that print values
//! after `random.seed(42)` see CPython's numbers. Everything built on top of
//! the generator (randrange, choice, shuffle, distributions) is in
//! `stdlib/random.py`.
//!
//! A generator's state lives in a bytearray owned by its `Random` instance:
//! 624 little-endian 32-bit words followed by the read index (a 32-bit word),
//! so no new object kind is needed and the words are updated in place.

use super::add_fn;
use crate::builtins::args::{exact, int_arg};
use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::heap::alloc;
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::objects::int::from_bigint;
use crate::objects::misc::BytesData;
use crate::objects::PyCell;
use crate::ops::type_name;
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

const N: usize = 624;
const M: usize = 397;
const STATE_BYTES: usize = (N + 1) * 4;

/// The state words of one generator, borrowed from its bytearray.
struct Mt<'a>(&'a mut [u8]);

impl Mt<'_> {
    fn get(&self, i: usize) -> u32 {
        u32::from_le_bytes([self.0[4 * i], self.0[4 * i + 1], self.0[4 * i + 2], self.0[4 * i + 3]])
    }
    fn set(&mut self, i: usize, w: u32) {
        self.0[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
    }
    fn index(&self) -> usize {
        self.get(N) as usize
    }
    fn set_index(&mut self, i: usize) {
        self.set(N, i as u32);
    }

    fn init_genrand(&mut self, s: u32) {
        self.set(0, s);
        for i in 1..N {
            let p = self.get(i - 1);
            self.set(i, 1812433253u32.wrapping_mul(p ^ (p >> 30)).wrapping_add(i as u32));
        }
        self.set_index(N);
    }

    /// The reference implementation's `init_by_array`, which CPython uses for
    /// every seed.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let p = self.get(i - 1);
            let w = (self.get(i) ^ (p ^ (p >> 30)).wrapping_mul(1664525)).wrapping_add(key[j]).wrapping_add(j as u32);
            self.set(i, w);
            i += 1;
            j += 1;
            if i >= N {
                self.set(0, self.get(N - 1));
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let p = self.get(i - 1);
            let w = (self.get(i) ^ (p ^ (p >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            self.set(i, w);
            i += 1;
            if i >= N {
                self.set(0, self.get(N - 1));
                i = 1;
            }
        }
        self.set(0, 0x8000_0000);
        self.set_index(N);
    }

    fn next_u32(&mut self) -> u32 {
        let mut i = self.index();
        if i >= N {
            self.twist();
            i = 0;
        }
        let mut y = self.get(i);
        self.set_index(i + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// Regenerates all 624 words.
    fn twist(&mut self) {
        for k in 0..N {
            let y = (self.get(k) & 0x8000_0000) | (self.get((k + 1) % N) & 0x7fff_ffff);
            let mag = if y & 1 == 1 { 0x9908_b0df } else { 0 };
            self.set(k, self.get((k + M) % N) ^ (y >> 1) ^ mag);
        }
    }

    /// A float in [0, 1) with 53 random bits, from two outputs.
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

fn with_state<R>(v: &Value, f: impl FnOnce(&mut Mt<'_>) -> R) -> PyResult<R> {
    match v.as_bytes() {
        Some(b) if b.mutable && b.bytes.get().len() == STATE_BYTES => Ok(f(&mut Mt(b.bytes.get_mut()))),
        _ => Err(type_error(format!("expected a generator state, not {}", type_name(v)))),
    }
}

/// `new_state()`: a fresh (zero, unseeded) state.
fn new_state(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "new_state", 0)?;
    let mut bytes = vec![0u8; STATE_BYTES];
    Mt(&mut bytes).set_index(N);
    Ok(alloc(BytesData { bytes: PyCell::new(bytes), mutable: true }))
}

/// The 32-bit words of |n|, least significant first (`[0]` for zero).
fn key_of_int(n: &BigInt) -> Vec<u32> {
    let (_, digits) = n.to_u32_digits();
    if digits.is_empty() {
        vec![0]
    } else {
        digits
    }
}

fn urandom_key() -> Vec<u32> {
    use std::io::Read;
    let mut buf = vec![0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).is_ok();
    if !ok {
        // No entropy device: the time and the pid, as CPython's fallback.
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        return vec![t as u32, (t >> 32) as u32, std::process::id()];
    }
    buf.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
}

/// `seed(state, a)`: `a` is None (entropy), an int (its absolute value) or
/// str/bytes/bytearray (CPython's version-2 seeding: the bytes followed by
/// their SHA-512 digest, read as a big-endian int). `random.py` hashes any
/// other object first.
fn seed(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "seed", 2)?;
    let key = if a[1].is_none() {
        urandom_key()
    } else if let Some(n) = a[1].to_bigint().or_else(|| crate::ops::native_of(&a[1]).and_then(|v| v.to_bigint())) {
        key_of_int(&n)
    } else {
        let bytes: Vec<u8> = if let Some(s) = a[1].as_str() {
            s.as_bytes().to_vec()
        } else if let Some(b) = a[1].as_bytes() {
            b.bytes.get().clone()
        } else {
            return Err(type_error(format!("The only supported seed types are: None, int, float, str, bytes, and bytearray, not {}", type_name(&a[1]))));
        };
        let mut material = bytes.clone();
        material.extend_from_slice(&super::sha512::digest(&bytes));
        key_of_int(&BigInt::from_bytes_be(Sign::Plus, &material))
    };
    with_state(&a[0], |mt| mt.init_by_array(&key))?;
    Ok(Value::NONE)
}

fn random(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "random", 1)?;
    Ok(Value::float(with_state(&a[0], |mt| mt.random())?))
}

/// `getrandbits(state, k)`: k random bits, filled from the least significant
/// 32-bit word up; a partial last word keeps its top bits.
fn getrandbits(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "getrandbits", 2)?;
    let k = int_arg(&a[1], "getrandbits")?;
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    if k <= 32 {
        return with_state(&a[0], |mt| if k == 0 { Value::small_int(0) } else { Value::int((mt.next_u32() >> (32 - k)) as i64) });
    }
    let k = k as u64;
    let words = k.div_ceil(32);
    if words > (1 << 32) {
        return Err(overflow_error("getrandbits() argument too large"));
    }
    let digits = with_state(&a[0], |mt| {
        let mut left = k;
        let mut digits = Vec::with_capacity(words as usize);
        for _ in 0..words {
            let mut r = mt.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        digits
    })?;
    Ok(from_bigint(BigInt::from_slice(Sign::Plus, &digits)))
}

/// `randbelow(state, n)`: `Random._randbelow_with_getrandbits` without the
/// Python calls: getrandbits(n.bit_length()) until the draw is below n.
fn randbelow(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "randbelow", 2)?;
    if let Some(n) = a[1].as_int_like() {
        if n <= 0 {
            return Err(value_error("randbelow() needs a positive bound"));
        }
        let k = 64 - (n as u64).leading_zeros();
        return with_state(&a[0], |mt| loop {
            let r = if k <= 32 {
                (mt.next_u32() >> (32 - k)) as u64
            } else {
                let lo = mt.next_u32() as u64;
                let hi = (mt.next_u32() >> (64 - k)) as u64;
                lo | (hi << 32)
            };
            if r < n as u64 {
                break Value::int(r as i64);
            }
        });
    }
    let n = a[1].to_bigint().ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&a[1]))))?;
    if n.sign() != Sign::Plus {
        return Err(value_error("randbelow() needs a positive bound"));
    }
    let k = Value::int(n.bits() as i64);
    loop {
        let r = getrandbits(_vm, Args::positional(&[a[0].clone(), k.clone()]))?;
        if r.to_bigint().is_some_and(|r| r < n) {
            return Ok(r);
        }
    }
}

/// `getstate(state)`: the 624 words and the index, as CPython's tuple.
fn getstate(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "getstate", 1)?;
    let words = with_state(&a[0], |mt| (0..=N).map(|i| Value::int(mt.get(i) as i64)).collect::<Vec<_>>())?;
    Ok(crate::objects::tuple::new_tuple(words))
}

/// `setstate(state, words)`: the inverse of `getstate`, with CPython's checks.
fn setstate(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "setstate", 2)?;
    let Some(t) = a[1].as_tuple() else {
        return Err(type_error("state vector must be a tuple"));
    };
    let items = &t.items;
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(N + 1);
    for v in items.iter() {
        let Some(n) = v.to_bigint() else {
            return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))));
        };
        // CPython reads C unsigned longs and keeps their low 32 bits.
        let w = n.to_u64().ok_or_else(|| overflow_error(if n.sign() == Sign::Minus { "can't convert negative int to unsigned" } else { "Python int too large to convert to C unsigned long" }))?;
        words.push(w as u32);
    }
    if words[N] as usize > N {
        return Err(value_error("invalid state"));
    }
    with_state(&a[0], |mt| {
        for (i, w) in words.iter().enumerate() {
            mt.set(i, *w);
        }
    })?;
    Ok(Value::NONE)
}

/// `urandom(n)`: n bytes from the system's entropy source (for `os.urandom`
/// and `SystemRandom`).
pub fn urandom_bytes(n: usize) -> Vec<u8> {
    use std::io::Read;
    let mut buf = vec![0u8; n];
    if std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)).is_err() {
        // No entropy device: a generator seeded from the clock.
        let mut state = vec![0u8; STATE_BYTES];
        let mut mt = Mt(&mut state);
        mt.init_by_array(&urandom_key());
        for b in buf.iter_mut() {
            *b = mt.next_u32() as u8;
        }
    }
    buf
}

fn urandom(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "urandom", 1)?;
    let n = int_arg(&a[0], "urandom")?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    Ok(crate::objects::misc::new_bytes(urandom_bytes(n as usize)))
}

pub fn init(_vm: &mut Vm, d: &Value) -> PyResult<()> {
    add_fn(d, "new_state", new_state);
    add_fn(d, "seed", seed);
    add_fn(d, "random", random);
    add_fn(d, "getrandbits", getrandbits);
    add_fn(d, "randbelow", randbelow);
    add_fn(d, "getstate", getstate);
    add_fn(d, "setstate", setstate);
    add_fn(d, "urandom", urandom);
    Ok(())
}
