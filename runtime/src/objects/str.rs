//! `str`: immutable UTF-8 text indexed by code point. ASCII strings (the vast
//! majority) index in O(1); others walk the UTF-8 (their length is cached).
//! Identifiers and attribute names are interned so that name lookups compare
//! pointers first.

use crate::heap::{alloc, ObjKind, Payload};
use crate::value::Value;
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};
use std::hash::Hasher;

pub struct StrData {
    s: Box<str>,
    char_len: usize,
    /// Cached hash; 0 = not yet computed (a computed 0 is stored as 1).
    hash: Cell<i64>,
}

impl Payload for StrData {
    const KIND: ObjKind = ObjKind::Str;
}

impl StrData {
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = str_hash(&self.s);
        self.hash.set(h);
        h
    }
    /// The code point at `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }
    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s.char_indices().nth(i).map_or(self.s.len(), |(b, _)| b)
        }
    }
    /// Substring by code point range [start, stop).
    pub fn substring(&self, start: usize, stop: usize) -> &str {
        if stop <= start {
            return "";
        }
        let b0 = self.byte_offset(start);
        let b1 = if self.is_ascii() { stop.min(self.s.len()) } else { b0 + self.s[b0..].char_indices().nth(stop - start).map_or(self.s.len() - b0, |(b, _)| b) };
        &self.s[b0..b1]
    }
}

/// Python's str hash is randomized per process; ours is a fixed fast hash
/// (never -1, never 0 so that 0 can mean "not computed").
pub fn str_hash(s: &str) -> i64 {
    // CPython's hash of the empty string is 0 whatever the hash seed (the
    // cache then simply recomputes it).
    if s.is_empty() {
        return 0;
    }
    let mut h = rustc_hash::FxHasher::default();
    h.write(s.as_bytes());
    h.write_u8(0xff);
    let mut v = h.finish() as i64;
    // Spread the Fx state a bit more: Fx leaves low bits weak for short keys.
    v ^= v >> 29;
    match v {
        0 => 1,
        -1 => -2,
        v => v,
    }
}

pub fn new_str(s: &str) -> Value {
    alloc(StrData { char_len: s.chars().count(), s: s.into(), hash: Cell::new(0) })
}

pub fn new_string(s: String) -> Value {
    alloc(StrData { char_len: s.chars().count(), s: s.into_boxed_str(), hash: Cell::new(0) })
}

/// A string whose character count the caller already knows.
pub fn new_str_with_len(s: String, char_len: usize) -> Value {
    debug_assert_eq!(s.chars().count(), char_len);
    alloc(StrData { char_len, s: s.into_boxed_str(), hash: Cell::new(0) })
}

thread_local! {
    static INTERNED: RefCell<FxHashMap<Box<str>, Value>> = RefCell::new(FxHashMap::default());
    static ONE_CHAR: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// The interned string for `s` (one object per distinct text, kept forever).
pub fn intern(s: &str) -> Value {
    INTERNED.with(|m| {
        if let Some(v) = m.borrow().get(s) {
            return v.clone();
        }
        let v = new_str(s);
        m.borrow_mut().insert(s.into(), v.clone());
        v
    })
}

/// Cached single-character strings for the Latin-1 range (indexing and
/// iteration produce these constantly).
pub fn char_str(c: char) -> Value {
    let cp = c as usize;
    if cp < 256 {
        ONE_CHAR.with(|t| {
            let mut t = t.borrow_mut();
            if t.is_empty() {
                for i in 0..256u32 {
                    let ch = char::from_u32(i).unwrap_or('\0');
                    t.push(new_str(ch.encode_utf8(&mut [0u8; 4])));
                }
            }
            t[cp].clone()
        })
    } else {
        new_str(c.encode_utf8(&mut [0u8; 4]))
    }
}

impl Value {
    #[inline(always)]
    pub fn as_str_data(&self) -> Option<&StrData> {
        self.downcast::<StrData>()
    }
    #[inline(always)]
    pub fn as_str(&self) -> Option<&str> {
        self.downcast::<StrData>().map(|s| s.as_str())
    }
    pub fn is_str(&self) -> bool {
        self.obj_kind() == Some(ObjKind::Str)
    }
}

/// Equality of two str values (pointer first: interned names hit that).
#[inline]
pub fn str_eq(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    match (a.as_str_data(), b.as_str_data()) {
        (Some(x), Some(y)) => x.char_len == y.char_len && x.s == y.s,
        _ => false,
    }
}
