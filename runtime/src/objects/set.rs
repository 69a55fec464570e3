//! `set` and `frozenset`: open addressing with CPython's exact probing, growth
//! and deletion rules, so that iteration order matches CPython wherever hashes
//! do (ints, floats, tuples of those) — programs print sets of ints all the time.
//!
//! Probing: start at `hash & mask`, scan up to `LINEAR_PROBES` neighbours, then
//! jump by `i = i*5 + 1 + perturb` with `perturb >>= 5`. Deleted entries become
//! dummies (hash -1). The table grows when fill*5 >= mask*3, to the power of two
//! above used*4 (used*2 past 50,000 entries).

use super::PyCell;
use crate::heap::{alloc, ObjKind, Payload};
use crate::interp::Vm;
use crate::ops;
use crate::value::Value;
use crate::PyResult;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const DUMMY_HASH: i64 = -1;

#[derive(Clone)]
pub struct SetEntry {
    pub hash: i64,
    /// `UNDEF` when unused (hash 0) or a dummy (hash -1).
    pub key: Value,
}

impl SetEntry {
    fn unused() -> SetEntry {
        SetEntry { hash: 0, key: Value::UNDEF }
    }
    fn is_unused(&self) -> bool {
        self.key.is_undef() && self.hash != DUMMY_HASH
    }
    pub fn is_active(&self) -> bool {
        !self.key.is_undef()
    }
}

pub struct SetTable {
    pub table: Vec<SetEntry>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable { table: vec![SetEntry::unused(); MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }
}

impl SetTable {
    fn mask(&self) -> usize {
        self.table.len() - 1
    }
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    pub fn iter(&self) -> impl Iterator<Item = &SetEntry> {
        self.table.iter().filter(|e| e.is_active())
    }

    fn insert_clean(table: &mut [SetEntry], mask: usize, key: Value, hash: i64) {
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i].key.is_undef() {
                table[i] = SetEntry { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j].key.is_undef() {
                        table[i + j] = SetEntry { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub(crate) fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![SetEntry::unused(); newsize]);
        let mask = newsize - 1;
        self.fill = self.used;
        for e in old {
            if e.is_active() {
                Self::insert_clean(&mut self.table, mask, e.key, e.hash);
            }
        }
    }

    /// Whether a key's equality with `e` can be decided without Python code.
    fn quick_eq(e: &Value, key: &Value) -> Option<bool> {
        if e.is(key) {
            return Some(true);
        }
        ops::compare::simple_eq(e, key)
    }
}

enum Find {
    Found(usize),
    /// Where to insert: a dummy slot seen on the way (`freeslot`) or the unused one.
    Missing {
        unused: usize,
        freeslot: Option<usize>,
    },
}

pub struct SetData {
    pub table: PyCell<SetTable>,
    pub frozen: bool,
}

impl Payload for SetData {
    const KIND: ObjKind = ObjKind::Set;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for e in self.table.get().iter() {
            visit(&e.key);
        }
    }
    fn clear(&self) {
        let old = std::mem::take(self.table.get_mut());
        drop(old);
    }
}

impl SetData {
    pub fn len(&self) -> usize {
        self.table.get().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Find> {
        'restart: loop {
            let t = self.table.get();
            let mut mask = t.mask();
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            let mut freeslot = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                let mut j = i;
                for _ in 0..=probes {
                    let t = self.table.get();
                    let e = &t.table[j];
                    if e.is_unused() {
                        return Ok(Find::Missing { unused: j, freeslot });
                    }
                    if e.hash == hash && e.is_active() {
                        match SetTable::quick_eq(&e.key, key) {
                            Some(true) => return Ok(Find::Found(j)),
                            Some(false) => {}
                            None => {
                                let start = e.key.clone();
                                let len = t.table.len();
                                let eq = ops::compare::eq_bool(vm, &start, key)?;
                                if eq {
                                    return Ok(Find::Found(j));
                                }
                                let t = self.table.get();
                                if t.table.len() != len || !t.table[j].key.is(&start) {
                                    continue 'restart;
                                }
                                mask = t.mask();
                            }
                        }
                    } else if e.hash == DUMMY_HASH && e.key.is_undef() && freeslot.is_none() {
                        freeslot = Some(j);
                    }
                    j += 1;
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = ops::hash::hash(vm, key)?;
        Ok(matches!(self.find(vm, key, hash)?, Find::Found(_)))
    }

    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<()> {
        let hash = ops::hash::hash(vm, &key)?;
        self.add_hashed(vm, key, hash)
    }

    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<()> {
        match self.find(vm, &key, hash)? {
            Find::Found(_) => {}
            Find::Missing { freeslot: Some(f), .. } => {
                let t = self.table.get_mut();
                t.used += 1;
                t.table[f] = SetEntry { hash, key };
            }
            Find::Missing { unused, freeslot: None } => {
                let t = self.table.get_mut();
                t.fill += 1;
                t.used += 1;
                t.table[unused] = SetEntry { hash, key };
                if t.fill * 5 >= t.mask() * 3 {
                    let n = if t.used > 50000 { t.used * 2 } else { t.used * 4 };
                    t.resize(n);
                }
            }
        }
        Ok(())
    }

    /// Removes `key`; returns whether it was present.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = ops::hash::hash(vm, key)?;
        match self.find(vm, key, hash)? {
            Find::Found(j) => {
                let t = self.table.get_mut();
                let old = std::mem::replace(&mut t.table[j], SetEntry { hash: DUMMY_HASH, key: Value::UNDEF });
                t.used -= 1;
                drop(old);
                Ok(true)
            }
            Find::Missing { .. } => Ok(false),
        }
    }

    /// `set.pop()`: CPython's "finger" scan, so the order matches too.
    pub fn pop(&self) -> Option<Value> {
        let t = self.table.get_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        while !t.table[i].is_active() {
            i = (i + 1) & mask;
        }
        let e = std::mem::replace(&mut t.table[i], SetEntry { hash: DUMMY_HASH, key: Value::UNDEF });
        t.used -= 1;
        t.finger = i + 1;
        Some(e.key)
    }

    pub fn clear_all(&self) {
        let old = std::mem::take(self.table.get_mut());
        drop(old);
    }

    pub fn items(&self) -> Vec<Value> {
        self.table.get().iter().map(|e| e.key.clone()).collect()
    }
    pub fn items_hashed(&self) -> Vec<(Value, i64)> {
        self.table.get().iter().map(|e| (e.key.clone(), e.hash)).collect()
    }

    /// `set_merge` from another set: same-size empty tables copy slot by slot.
    pub fn merge_set(&self, vm: &mut Vm, other: &SetData) -> PyResult<()> {
        let (other_used, other_mask) = {
            let o = other.table.get();
            (o.used, o.mask())
        };
        if other_used == 0 {
            return Ok(());
        }
        {
            let t = self.table.get_mut();
            if (t.fill + other_used) * 5 >= t.mask() * 3 {
                let n = (t.used + other_used) * 2;
                t.resize(n);
            }
        }
        let entries: Vec<SetEntry> = other.table.get().table.clone();
        let t = self.table.get_mut();
        if t.fill == 0 {
            let mask = t.mask();
            if mask == other_mask {
                for (j, e) in entries.into_iter().enumerate() {
                    if e.is_active() {
                        t.table[j] = e;
                    }
                }
            } else {
                for e in entries.into_iter().filter(|e| e.is_active()) {
                    SetTable::insert_clean(&mut t.table, mask, e.key, e.hash);
                }
            }
            t.fill = other_used;
            t.used = other_used;
            return Ok(());
        }
        for e in entries.into_iter().filter(|e| e.is_active()) {
            self.add_hashed(vm, e.key, e.hash)?;
        }
        Ok(())
    }

    /// Pre-sizes before adding `n` keys from a dict (CPython does this for dicts).
    pub fn reserve_for(&self, n: usize) {
        let t = self.table.get_mut();
        if (t.fill + n) * 5 >= t.mask() * 3 {
            let m = (t.used + n) * 2;
            t.resize(m);
        }
    }
}

pub fn new_set_data(frozen: bool) -> SetData {
    SetData { table: PyCell::new(SetTable::default()), frozen }
}

pub fn new_set() -> Value {
    alloc(new_set_data(false))
}

impl Value {
    #[inline(always)]
    pub fn as_set(&self) -> Option<&SetData> {
        self.downcast::<SetData>()
    }
}
