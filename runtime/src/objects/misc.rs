//! Small built-in types: range, module, slice, descriptors, dict views,
//! super, bytes.

use super::PyCell;
use crate::heap::{alloc, ObjKind, Payload};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

pub struct RangeData {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// Bounds beyond i64 (or a length beyond it): the range's true bounds,
    /// and the i64 fields are unused. Rare, so kept out of line; every
    /// range operation asks `big` first (`bounds`).
    pub big: Option<Box<[BigInt; 3]>>,
}

impl Payload for RangeData {
    const KIND: ObjKind = ObjKind::Range;
}

impl RangeData {
    /// The length (of a range with i64 bounds and length: see `big`).
    pub fn len(&self) -> i64 {
        range_len(self.start, self.stop, self.step)
    }
    pub fn is_empty(&self) -> bool {
        match &self.big {
            Some(_) => self.big_len().is_zero(),
            None => self.len() == 0,
        }
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
    /// Start, stop and step, whatever their size.
    pub fn bounds(&self) -> [BigInt; 3] {
        match &self.big {
            Some(b) => (**b).clone(),
            None => [BigInt::from(self.start), BigInt::from(self.stop), BigInt::from(self.step)],
        }
    }
    /// The length, whatever its size.
    pub fn big_len(&self) -> BigInt {
        let [start, stop, step] = self.bounds();
        big_range_len(&start, &stop, &step)
    }
    /// The length as a Python `len()` gives it: an OverflowError beyond
    /// what a C `ssize_t` holds (a big range's may be).
    pub fn checked_len(&self) -> crate::error::PyResult<i64> {
        if self.big.is_none() {
            return Ok(self.len());
        }
        self.big_len().to_i64().ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C ssize_t"))
    }
    /// Item `i` (in range), whatever its size.
    pub fn big_get(&self, i: &BigInt) -> BigInt {
        let [start, _, step] = self.bounds();
        start + i * step
    }
}

/// The length of range(start, stop, step) (`step` not zero).
pub fn big_range_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() { (start, stop, step.clone()) } else { (stop, start, -step) };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u8) / st + 1u8
    }
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (lo, hi, st) = if step > 0 { (start as i128, stop as i128, step as i128) } else { (stop as i128, start as i128, -(step as i128)) };
    if lo >= hi {
        0
    } else {
        ((hi - lo - 1) / st + 1).min(i64::MAX as i128) as i64
    }
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    alloc(RangeData { start, stop, step, big: None })
}

/// A range of any bounds (`step` not zero): an i64 range when its bounds
/// and length fit, else a big one.
pub fn new_any_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let len = big_range_len(&start, &stop, &step);
    if let (Some(a), Some(b), Some(c), Some(_)) = (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64()) {
        return new_range(a, b, c);
    }
    alloc(RangeData { start: 0, stop: 0, step: 1, big: Some(Box::new([start, stop, step])) })
}

pub struct ModuleData {
    pub name: Value,
    pub dict: Value,
}

impl Payload for ModuleData {
    const KIND: ObjKind = ObjKind::Module;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}

pub fn new_module(name: &str, dict: Value) -> Value {
    alloc(ModuleData { name: super::str::intern(name), dict })
}

pub struct SliceData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Payload for SliceData {
    const KIND: ObjKind = ObjKind::Slice;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    alloc(SliceData { start, stop, step })
}

pub enum DescriptorData {
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    /// A native getter on a built-in class (e.g. `int.real`, `BaseException.args`).
    Getter {
        name: &'static str,
        get: fn(&mut crate::interp::Vm, &Value) -> crate::PyResult<Value>,
    },
    /// A namedtuple field (`collections._tuplegetter`): item `index` of the
    /// tuple, read-only.
    TupleGetter {
        index: usize,
        doc: Value,
    },
}

impl Payload for DescriptorData {
    const KIND: ObjKind = ObjKind::Descriptor;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        match self {
            DescriptorData::Property { fget, fset, fdel, doc } => {
                visit(fget);
                visit(fset);
                visit(fdel);
                visit(doc);
            }
            DescriptorData::StaticMethod(f) | DescriptorData::ClassMethod(f) => visit(f),
            DescriptorData::Getter { .. } => {}
            DescriptorData::TupleGetter { doc, .. } => visit(doc),
        }
    }
}

pub fn new_descriptor(d: DescriptorData) -> Value {
    alloc(d)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct DictViewData {
    pub dict: Value,
    pub kind: ViewKind,
}

impl Payload for DictViewData {
    const KIND: ObjKind = ObjKind::DictView;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}

pub fn new_dict_view(dict: Value, kind: ViewKind) -> Value {
    alloc(DictViewData { dict, kind })
}

pub struct SuperData {
    /// The class `super()` starts searching after.
    pub this_class: Value,
    /// The bound object (instance, or class for classmethods).
    pub obj: Value,
}

impl Payload for SuperData {
    const KIND: ObjKind = ObjKind::Super;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.this_class);
        visit(&self.obj);
    }
}

pub fn new_super(this_class: Value, obj: Value) -> Value {
    alloc(SuperData { this_class, obj })
}

pub struct BytesData {
    pub bytes: PyCell<Vec<u8>>,
    pub mutable: bool,
}

impl Payload for BytesData {
    const KIND: ObjKind = ObjKind::Bytes;
}

pub fn new_bytes(bytes: Vec<u8>) -> Value {
    alloc(BytesData { bytes: PyCell::new(bytes), mutable: false })
}

impl Value {
    pub fn as_range(&self) -> Option<&RangeData> {
        self.downcast::<RangeData>()
    }
    pub fn as_module(&self) -> Option<&ModuleData> {
        self.downcast::<ModuleData>()
    }
    pub fn as_slice_obj(&self) -> Option<&SliceData> {
        self.downcast::<SliceData>()
    }
    pub fn as_descriptor(&self) -> Option<&DescriptorData> {
        self.downcast::<DescriptorData>()
    }
    pub fn as_bytes(&self) -> Option<&BytesData> {
        self.downcast::<BytesData>()
    }
}
