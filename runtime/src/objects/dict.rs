//! `dict`: an insertion-ordered hash table (the "compact dict" layout CPython
//! uses: a sparse index table pointing into a dense entry vector).
//!
//! Key equality can run Python code (`__eq__`), which may mutate this very
//! dict. So probing never holds a reference across the comparison: it clones
//! the candidate key, compares, then re-reads the table and restarts if the
//! table changed underneath (the `layout` counter).

use super::PyCell;
use crate::heap::{alloc, ObjKind, Payload};
use crate::interp::Vm;
use crate::objects::str::str_eq;
use crate::ops;
use crate::value::Value;
use crate::PyResult;
use std::cell::Cell;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_INDEX: usize = 8;

pub struct Entry {
    pub hash: i64,
    /// `UNDEF` for a deleted entry.
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictTable {
    indices: Vec<u32>,
    pub entries: Vec<Entry>,
    used: usize,
    /// True while every key is an exact str (enables pointer/str-only probing).
    all_str: bool,
}

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

/// A fresh, globally unique version number.
pub fn next_version() -> u64 {
    NEXT_VERSION
        .try_with(|v| {
            let n = v.get();
            v.set(n + 1);
            n
        })
        .unwrap_or(u64::MAX)
}

pub struct DictData {
    pub table: PyCell<DictTable>,
    /// Changes whenever the set of keys or their positions change (not on a
    /// value overwrite); globally unique, so inline caches can key on it.
    /// While it is unchanged the entries do not move, so native code folds
    /// a global to its value under a guard on this and on the value in the
    /// entry (`value_slot_of_str`): other globals may be rebound freely.
    pub(crate) keys_version: Cell<u64>,
}

impl Payload for DictData {
    const KIND: ObjKind = ObjKind::Dict;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for e in &self.table.get().entries {
            visit(&e.key);
            visit(&e.value);
        }
    }
    fn clear(&self) {
        let old = std::mem::take(self.table.get_mut());
        self.bump();
        drop(old);
    }
}

enum Probe {
    Found { slot: usize, idx: usize },
    Missing { slot: usize },
}

impl DictTable {
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    fn rebuild(&mut self, min_used: usize) {
        // Compact away deleted entries, then size the index table at < 2/3 full.
        if self.used != self.entries.len() {
            self.entries.retain(|e| !e.key.is_undef());
        }
        let mut size = MIN_INDEX;
        while size * 2 <= (min_used.max(self.entries.len())) * 3 {
            size *= 2;
        }
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (idx, e) in self.entries.iter().enumerate() {
            let mut i = (e.hash as u64 as usize) & mask;
            let mut perturb = e.hash as u64;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            self.indices[i] = idx as u32;
        }
    }

    /// Probe using only identity and str equality. Returns None when a
    /// non-str candidate with the same hash needs a real `__eq__`.
    fn probe_simple(&self, hash: i64, key: &Value) -> Option<Probe> {
        if self.indices.is_empty() {
            return Some(Probe::Missing { slot: usize::MAX });
        }
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut free = usize::MAX;
        let key_is_str = key.is_str();
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Some(Probe::Missing { slot: if free != usize::MAX { free } else { i } });
            }
            if ix == DUMMY {
                if free == usize::MAX {
                    free = i;
                }
            } else {
                let e = &self.entries[ix as usize];
                if e.key.is(key) {
                    return Some(Probe::Found { slot: i, idx: ix as usize });
                }
                if e.hash == hash {
                    if key_is_str && e.key.is_str() {
                        if str_eq(&e.key, key) {
                            return Some(Probe::Found { slot: i, idx: ix as usize });
                        }
                    } else if simple_eq_decidable(&e.key, key) {
                        if simple_eq(&e.key, key) {
                            return Some(Probe::Found { slot: i, idx: ix as usize });
                        }
                    } else {
                        return None;
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_undef())
    }
    /// The live entry at or after raw position `pos` (for iterators).
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while let Some(e) = self.entries.get(pos) {
            if !e.key.is_undef() {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }
}

/// Keys whose equality we can decide without calling Python code.
fn simple_eq_decidable(a: &Value, b: &Value) -> bool {
    fn simple(v: &Value) -> bool {
        !v.is_ptr() || matches!(v.obj_kind(), Some(ObjKind::Str) | Some(ObjKind::BigInt))
    }
    simple(a) && simple(b)
}

fn simple_eq(a: &Value, b: &Value) -> bool {
    ops::compare::simple_eq(a, b).unwrap_or(false)
}

impl DictData {
    pub fn new_table(table: DictTable) -> DictData {
        let v = next_version();
        DictData { table: PyCell::new(table), keys_version: Cell::new(v) }
    }
    fn bump(&self) {
        self.keys_version.set(next_version());
    }
    #[inline(always)]
    pub fn keys_version(&self) -> u64 {
        self.keys_version.get()
    }
    pub fn len(&self) -> usize {
        self.table.get().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn probe(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Probe> {
        'restart: loop {
            if let Some(p) = self.table.get().probe_simple(hash, key) {
                return Ok(p);
            }
            // Slow path: walk the same sequence calling __eq__ where needed.
            let t = self.table.get();
            let mask = t.mask();
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            let mut free = usize::MAX;
            loop {
                let t = self.table.get();
                let ix = t.indices[i];
                if ix == EMPTY {
                    return Ok(Probe::Missing { slot: if free != usize::MAX { free } else { i } });
                }
                if ix == DUMMY {
                    if free == usize::MAX {
                        free = i;
                    }
                } else {
                    let e = &t.entries[ix as usize];
                    if e.key.is(key) {
                        return Ok(Probe::Found { slot: i, idx: ix as usize });
                    }
                    if e.hash == hash {
                        let candidate = e.key.clone();
                        let before = t.entries.len() as u64 ^ (t.indices.len() as u64) << 32;
                        let version = self.keys_version.get();
                        let equal = ops::compare::eq_bool(vm, &candidate, key)?;
                        let t = self.table.get();
                        let after = t.entries.len() as u64 ^ (t.indices.len() as u64) << 32;
                        if version != self.keys_version.get() || before != after {
                            continue 'restart;
                        }
                        if equal {
                            return Ok(Probe::Found { slot: i, idx: ix as usize });
                        }
                    }
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
        }
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash::hash(vm, key)?;
        self.get_hashed(vm, key, hash)
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(match self.probe(vm, hash, key)? {
            Probe::Found { idx, .. } => Some(self.table.get().entries[idx].value.clone()),
            Probe::Missing { .. } => None,
        })
    }

    /// Lookup by an exact str key without any Python code (names, attributes).
    #[inline]
    pub fn get_str(&self, key: &Value) -> Option<Value> {
        let hash = key.as_str_data()?.hash();
        match self.table.get().probe_simple(hash, key) {
            Some(Probe::Found { idx, .. }) => Some(self.table.get().entries[idx].value.clone()),
            _ => None,
        }
    }

    /// Where the value of an exact-str key's entry is, valid while
    /// `keys_version` is unchanged (for native code's folded globals).
    pub fn value_slot_of_str(&self, key: &Value) -> Option<*const Value> {
        let idx = self.find_str_index(key)?;
        self.table.get().entries.get(idx).map(|e| &e.value as *const Value)
    }

    /// Index of an exact-str key's entry (for inline caches).
    pub fn find_str_index(&self, key: &Value) -> Option<usize> {
        let hash = key.as_str_data()?.hash();
        match self.table.get().probe_simple(hash, key) {
            Some(Probe::Found { idx, .. }) => Some(idx),
            _ => None,
        }
    }

    /// The value at an entry index, if that entry is live.
    #[inline(always)]
    pub fn value_at(&self, idx: usize) -> Option<Value> {
        let e = self.table.get().entries.get(idx)?;
        if e.key.is_undef() {
            None
        } else {
            Some(e.value.clone())
        }
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = ops::hash::hash(vm, &key)?;
        self.set_hashed(vm, key, hash, value)
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.probe(vm, hash, &key)? {
            Probe::Found { idx, .. } => {
                let old = std::mem::replace(&mut self.table.get_mut().entries[idx].value, value);
                drop(old);
            }
            Probe::Missing { slot } => self.insert_new(slot, hash, key, value),
        }
        Ok(())
    }

    /// Insert or overwrite with a str key, without running Python code.
    pub fn set_str(&self, key: Value, value: Value) {
        let hash = match key.as_str_data() {
            Some(s) => s.hash(),
            None => return,
        };
        match self.table.get().probe_simple(hash, &key) {
            Some(Probe::Found { idx, .. }) => {
                let old = std::mem::replace(&mut self.table.get_mut().entries[idx].value, value);
                drop(old);
            }
            Some(Probe::Missing { slot }) => self.insert_new(slot, hash, key, value),
            None => {
                // A non-str key with a colliding hash: fall back to a linear
                // search by str equality (no Python code can be involved).
                let t = self.table.get_mut();
                if let Some(e) = t.entries.iter_mut().find(|e| str_eq(&e.key, &key)) {
                    let old = std::mem::replace(&mut e.value, value);
                    drop(old);
                } else {
                    let slot = self.free_slot(hash);
                    self.insert_new(slot, hash, key, value);
                }
            }
        }
    }

    fn free_slot(&self, hash: i64) -> usize {
        let t = self.table.get();
        if t.indices.is_empty() {
            return usize::MAX;
        }
        let mask = t.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while t.indices[i] != EMPTY && t.indices[i] != DUMMY {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        i
    }

    fn insert_new(&self, slot: usize, hash: i64, key: Value, value: Value) {
        let t = self.table.get_mut();
        let is_str = key.is_str();
        if t.used == 0 && t.entries.is_empty() {
            t.all_str = true;
        }
        t.all_str &= is_str;
        t.entries.push(Entry { hash, key, value });
        t.used += 1;
        if slot == usize::MAX || t.entries.len() * 3 >= t.indices.len() * 2 {
            let used = t.used;
            t.rebuild(used * 2);
        } else {
            t.indices[slot] = (t.entries.len() - 1) as u32;
        }
        self.bump();
    }

    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash::hash(vm, key)?;
        match self.probe(vm, hash, key)? {
            Probe::Found { slot, idx } => Ok(Some(self.remove_at(slot, idx))),
            Probe::Missing { .. } => Ok(None),
        }
    }

    pub fn remove_str(&self, key: &Value) -> Option<Value> {
        let hash = key.as_str_data()?.hash();
        match self.table.get().probe_simple(hash, key) {
            Some(Probe::Found { slot, idx }) => Some(self.remove_at(slot, idx)),
            _ => None,
        }
    }

    fn remove_at(&self, slot: usize, idx: usize) -> Value {
        let t = self.table.get_mut();
        t.indices[slot] = DUMMY;
        let e = &mut t.entries[idx];
        let old_key = e.key.take();
        let old = e.value.take();
        t.used -= 1;
        // Trailing deleted entries can be dropped outright (keeps popitem O(1)).
        while t.entries.last().is_some_and(|e| e.key.is_undef()) && t.used < t.entries.len() {
            t.entries.pop();
        }
        if t.used == 0 {
            *t = DictTable::default();
        } else if t.entries.len() > 16 && t.used * 4 < t.entries.len() {
            let used = t.used;
            t.rebuild(used * 2);
        }
        self.bump();
        drop(old_key);
        old
    }

    /// Removes and returns the last (key, value) pair.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let t = self.table.get();
        let idx = t.entries.iter().rposition(|e| !e.key.is_undef())?;
        let key = t.entries[idx].key.clone();
        let hash = t.entries[idx].hash;
        let slot = {
            let mask = t.mask();
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            while t.indices[i] != idx as u32 {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            i
        };
        let value = self.remove_at(slot, idx);
        Some((key, value))
    }

    pub fn clear_all(&self) {
        let old = std::mem::take(self.table.get_mut());
        self.bump();
        drop(old);
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.get().iter().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.table.get().iter().map(|e| e.value.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table.get().iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }
    pub fn entries_hashed(&self) -> Vec<(Value, i64, Value)> {
        self.table.get().iter().map(|e| (e.key.clone(), e.hash, e.value.clone())).collect()
    }
    pub fn all_str_keys(&self) -> bool {
        let t = self.table.get();
        t.used == 0 || t.all_str
    }
}

pub fn new_dict() -> Value {
    alloc(DictData::new_table(DictTable::default()))
}

impl Value {
    #[inline(always)]
    pub fn as_dict(&self) -> Option<&DictData> {
        self.downcast::<DictData>()
    }
}
