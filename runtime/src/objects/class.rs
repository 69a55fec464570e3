//! Classes (`type` objects), built-in and user-defined alike.
//!
//! Attribute lookup walks the MRO; a global direct-mapped cache keyed by
//! (class version, interned name) makes repeated lookups O(1), as CPython's
//! type method cache does. A class's `version` is globally unique and changes
//! whenever the class or any base is modified, so inline caches in bytecode
//! can guard on (class pointer, version) alone.

use super::dict::{new_dict, next_version};
use super::PyCell;
use crate::heap::{alloc, ObjKind, Payload};
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// What native state instances of a class carry (inherited from the first
/// base that has one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeBase {
    /// Plain objects: attributes only.
    Object,
    /// BaseException and subclasses: args, traceback, cause, context.
    Exception,
    /// Subclasses of a built-in value type hold an instance of it.
    Builtin(ObjKind),
    /// int/float/bool subclasses hold a number.
    Int,
    Float,
}

pub struct ClassData {
    pub name: PyCell<Value>,
    pub qualname: PyCell<Value>,
    pub bases: PyCell<Vec<Value>>,
    pub mro: PyCell<Vec<Value>>,
    /// The class namespace (a dict with str keys).
    pub dict: Value,
    version: Cell<u64>,
    /// Direct subclasses, as raw object addresses (not owning: a class
    /// removes itself from its bases' lists when freed).
    subclasses: PyCell<Vec<usize>>,
    pub native_base: NativeBase,
    /// For built-in classes: the kind of their direct instances (int → None
    /// because small ints are immediate; see `types`).
    pub builtin: bool,
    /// Whether instances may get new attributes (false for built-in types).
    pub instances_have_attrs: bool,
    /// Special methods present anywhere on the MRO, as bits (see `SPECIAL_*`).
    pub specials: Cell<u32>,
    /// The attribute names `__slots__` allows, when every class on the MRO
    /// (but object) declares `__slots__` without `__dict__`; else None.
    pub slot_names: PyCell<Option<Vec<Value>>>,
    /// The class's class when it is not `type` (a user metaclass); UNDEF
    /// for `type`.
    pub metaclass: PyCell<Value>,
    /// The name error messages use when it differs from `__name__`: CPython's
    /// C types carry their module (`collections.deque`); see `_pylift`.
    pub tp_name: PyCell<Option<Value>>,
}

/// Bits recording which (expensive to probe) special methods a class defines.
pub const SPECIAL_GETATTR: u32 = 1;
pub const SPECIAL_SETATTR: u32 = 2;
pub const SPECIAL_GETATTRIBUTE: u32 = 4;
pub const SPECIAL_DELATTR: u32 = 8;
pub const SPECIAL_DEL: u32 = 16;

impl Payload for ClassData {
    const KIND: ObjKind = ObjKind::Class;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.name.get());
        visit(self.qualname.get());
        self.bases.get().iter().for_each(&mut *visit);
        // The MRO's first entry is the class itself: a borrowed reference
        // would be wrong to count, so the MRO stores it too and we visit all.
        self.mro.get().iter().for_each(&mut *visit);
        visit(&self.dict);
        visit(self.metaclass.get());
        if let Some(n) = self.tp_name.get() {
            visit(n);
        }
    }
    fn clear(&self) {
        drop(std::mem::take(self.bases.get_mut()));
        drop(std::mem::take(self.mro.get_mut()));
        if let Some(d) = self.dict.as_dict() {
            d.clear_all();
        }
    }
}

impl Drop for ClassData {
    fn drop(&mut self) {
        let me = self as *const ClassData as usize - 16;
        for b in self.bases.get().iter() {
            if let Some(bc) = b.as_class() {
                bc.subclasses.get_mut().retain(|&s| s != me);
            }
        }
    }
}

impl ClassData {
    /// The user metaclass, if the class has one.
    pub fn user_metaclass(&self) -> Option<Value> {
        let m = self.metaclass.get();
        (!m.is_undef()).then(|| m.clone())
    }

    #[inline(always)]
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// Where `version` is in a class object's payload (for native code).
    pub fn version_offset() -> usize {
        std::mem::offset_of!(ClassData, version)
    }
    pub fn name_str(&self) -> &str {
        self.name.get().as_str().unwrap_or("?")
    }

    /// Looks `name` (an interned str) up along the MRO.
    pub fn lookup(&self, name: &Value) -> Option<Value> {
        let key = (self.version.get(), name.bits());
        let slot = ((key.0.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (key.1 >> 3)) as usize) & (MCACHE_SIZE - 1);
        let hit = MCACHE.with(|c| {
            let c = c.borrow();
            let e = &c[slot];
            if e.version == key.0 && e.name == key.1 {
                Some(e.value.clone())
            } else {
                None
            }
        });
        if let Some(v) = hit {
            return v;
        }
        let found = self.lookup_uncached(name);
        MCACHE.with(|c| {
            let mut c = c.borrow_mut();
            // Keep the name alive while it is a cache key (it is interned anyway).
            c[slot] = MEntry { version: key.0, name: key.1, value: found.clone(), _name_ref: Some(name.clone()) };
        });
        found
    }

    pub fn lookup_uncached(&self, name: &Value) -> Option<Value> {
        for cls in self.mro.get().iter() {
            if let Some(c) = cls.as_class() {
                if let Some(d) = c.dict.as_dict() {
                    if let Some(v) = d.get_str(name) {
                        return Some(v);
                    }
                }
            }
        }
        None
    }

    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        self.lookup(&super::str::intern(name))
    }

    /// Records that this class's namespace (or a base's) changed.
    pub fn modified(&self) {
        self.version.set(next_version());
        self.recompute_specials();
        let subs = self.subclasses.get().clone();
        for s in subs {
            // SAFETY: subclasses unregister themselves before being freed.
            let c = unsafe { crate::heap::payload_of::<ClassData>(s as *mut crate::heap::ObjHeader) };
            c.modified();
        }
    }

    pub fn recompute_specials(&self) {
        // A builtin class's MRO holds only builtin classes, which define
        // none of these hooks in Python (the loop below skips them): no
        // lookups while the builtins are installed.
        if self.builtin {
            self.specials.set(0);
            return;
        }
        let mut bits = 0;
        for (name, bit) in [("__getattr__", SPECIAL_GETATTR), ("__setattr__", SPECIAL_SETATTR), ("__getattribute__", SPECIAL_GETATTRIBUTE), ("__delattr__", SPECIAL_DELATTR), ("__del__", SPECIAL_DEL)]
        {
            let key = super::str::intern(name);
            for cls in self.mro.get().iter() {
                if let Some(c) = cls.as_class() {
                    if c.builtin {
                        continue;
                    }
                    if c.dict.as_dict().and_then(|d| d.get_str(&key)).is_some() {
                        bits |= bit;
                        break;
                    }
                }
            }
        }
        self.specials.set(bits);
    }

    /// Is `self` a subclass of `other` (by MRO membership)?
    pub fn is_subclass_of(&self, other: &Value) -> bool {
        self.mro.get().iter().any(|c| c.is(other))
    }
}

const MCACHE_SIZE: usize = 4096;

struct MEntry {
    version: u64,
    name: u64,
    value: Option<Value>,
    _name_ref: Option<Value>,
}

thread_local! {
    static MCACHE: RefCell<Vec<MEntry>> = RefCell::new((0..MCACHE_SIZE).map(|_| MEntry { version: 0, name: 0, value: None, _name_ref: None }).collect());
}

/// Creates a class object. `mro` excludes the class itself (it is prepended).
pub fn new_class(name: &str, bases: Vec<Value>, mro_tail: Vec<Value>, dict: Option<Value>, native_base: NativeBase, builtin: bool) -> Value {
    let dict = dict.unwrap_or_else(new_dict);
    let cls = alloc(ClassData {
        name: PyCell::new(super::str::intern(name)),
        qualname: PyCell::new(super::str::intern(name)),
        bases: PyCell::new(bases),
        mro: PyCell::new(Vec::new()),
        dict,
        version: Cell::new(next_version()),
        subclasses: PyCell::new(Vec::new()),
        native_base,
        builtin,
        instances_have_attrs: !builtin,
        specials: Cell::new(0),
        slot_names: PyCell::new(None),
        metaclass: PyCell::new(Value::UNDEF),
        tp_name: PyCell::new(None),
    });
    let c = cls.as_class().expect("just allocated");
    let mut mro = Vec::with_capacity(mro_tail.len() + 1);
    mro.push(cls.clone());
    mro.extend(mro_tail);
    *c.mro.get_mut() = mro;
    let me = cls.obj_ptr() as usize;
    for b in c.bases.get().iter() {
        if let Some(bc) = b.as_class() {
            bc.subclasses.get_mut().push(me);
        }
    }
    c.recompute_specials();
    cls
}

impl Value {
    #[inline(always)]
    pub fn as_class(&self) -> Option<&ClassData> {
        self.downcast::<ClassData>()
    }
}
