//! Attribute access: descriptors (functions become bound methods, property,
//! classmethod, staticmethod), instance attributes in shaped storage, class
//! attributes along the MRO, `__getattr__`, modules — and the inline caches
//! that make the common cases a couple of compares.

use super::{call_special, type_name, type_of};
use crate::bytecode::InlineCache;
use crate::error::{attribute_error, type_error, PyResult};
use crate::heap::ObjKind;
use crate::interp::Vm;
use crate::objects::class::{SPECIAL_DELATTR, SPECIAL_GETATTR, SPECIAL_GETATTRIBUTE, SPECIAL_SETATTR};
use crate::objects::func::{bind_builtin, new_bound_method};
use crate::objects::instance::Attrs;
use crate::objects::misc::DescriptorData;
use crate::objects::str::intern;
use crate::value::Value;

const TAG_INST_SLOT: u8 = 1;
const TAG_INST_CLASSATTR: u8 = 2;
const TAG_INST_METHOD: u8 = 3;
const TAG_MODULE: u8 = 4;
const TAG_TYPE_METHOD: u8 = 5;
const TAG_INST_ADD: u8 = 6;

/// The shape id and class version of a shaped instance.
#[inline(always)]
fn inst_keys(obj: &Value) -> Option<(u64, u64, &crate::objects::instance::InstanceData)> {
    let inst = obj.as_instance()?;
    let cls = inst.class.get().as_class()?;
    match inst.attrs.get() {
        Attrs::Shaped { shape, .. } => Some((cls.version(), shape.id as u64, inst)),
        Attrs::Dict(_) => None,
    }
}

/// `obj.name` from the cache (its current state, else a saved one).
#[inline]
pub fn load_attr_cached(obj: &Value, cache: &InlineCache) -> Option<Value> {
    load_attr_current(obj, cache).or_else(|| with_saved_states(cache, || load_attr_current(obj, cache)))
}

/// Tries `lookup` with each saved state of `cache` swapped in, keeping the
/// first that hits current (the site's most recent receiver kind).
#[cold]
fn with_saved_states<T>(cache: &InlineCache, lookup: impl Fn() -> Option<T>) -> Option<T> {
    for i in (0..cache.poly.get().len()).rev() {
        cache.swap_with(i);
        if let Some(v) = lookup() {
            return Some(v);
        }
        cache.swap_with(i);
    }
    None
}

#[inline]
fn load_attr_current(obj: &Value, cache: &InlineCache) -> Option<Value> {
    match cache.tag.get() {
        TAG_INST_SLOT => {
            let (ver, shape, inst) = inst_keys(obj)?;
            if ver == cache.key1.get() && shape == cache.key2.get() {
                if let Attrs::Shaped { values, .. } = inst.attrs.get() {
                    return values.get(cache.index.get() as usize).cloned();
                }
            }
            None
        }
        TAG_INST_CLASSATTR => {
            let (ver, shape, _) = inst_keys(obj)?;
            (ver == cache.key1.get() && shape == cache.key2.get()).then(|| cache.value.get().clone())
        }
        TAG_INST_METHOD => {
            let (ver, shape, _) = inst_keys(obj)?;
            (ver == cache.key1.get() && shape == cache.key2.get()).then(|| new_bound_method(cache.value.get().clone(), obj.clone()))
        }
        TAG_MODULE => {
            let m = obj.as_module()?;
            let d = m.dict.as_dict()?;
            if d.keys_version() == cache.key1.get() {
                return d.value_at(cache.index.get() as usize);
            }
            None
        }
        _ => None,
    }
}

/// The built-in method a `LoadMethod` cache finds on a built-in type (the
/// method its next hits will return, self passed first), if it holds one.
pub fn cached_type_method(cache: &InlineCache) -> Option<Value> {
    (cache.tag.get() == TAG_TYPE_METHOD).then(|| cache.value.get().clone())
}

/// The function a `LoadMethod` cache finds on instances' classes (the
/// method its next hits will return), if it holds one.
pub fn cached_method(cache: &InlineCache) -> Option<Value> {
    (cache.tag.get() == TAG_INST_METHOD).then(|| cache.value.get().clone())
}

/// What an attribute cache's current state says about instances of one
/// class version and shape, for native code to check and use inline.
pub enum CachedAttr {
    /// The attribute is the instance's slot `index`.
    Slot { class_version: u64, shape: u32, index: u32 },
    /// The attribute is the class's function `method` (a `LoadMethod`
    /// passes it with the instance as self).
    Method { class_version: u64, shape: u32, method: Value },
}

pub fn cached_attr(cache: &InlineCache) -> Option<CachedAttr> {
    attr_state(cache.key1.get(), cache.key2.get(), cache.index.get(), cache.tag.get(), cache.value.get())
}

/// `cached_attr` of the current state, then of each saved one (most
/// recent first): the receivers a polymorphic site has seen.
pub fn cached_attrs(cache: &InlineCache) -> Vec<CachedAttr> {
    let saved = cache.saved_states();
    cached_attr(cache).into_iter().chain(saved.iter().filter_map(|(k1, k2, i, t, v)| attr_state(*k1, *k2, *i, *t, v))).collect()
}

fn attr_state(class_version: u64, key2: u64, index: u32, tag: u8, value: &Value) -> Option<CachedAttr> {
    let shape = key2 as u32;
    match tag {
        TAG_INST_SLOT => Some(CachedAttr::Slot { class_version, shape, index }),
        TAG_INST_METHOD => Some(CachedAttr::Method { class_version, shape, method: value.clone() }),
        _ => None,
    }
}

pub fn load_attr_slow(vm: &mut Vm, obj: &Value, cache: &InlineCache) -> PyResult<Value> {
    fill_cache(obj, cache, false);
    get_attr(vm, obj, &cache.name)
}

/// Records a cacheable lookup for the instruction's next execution (the
/// state it replaces is saved, for polymorphic sites).
fn fill_cache(obj: &Value, cache: &InlineCache, for_method: bool) {
    cache.remember();
    cache.tag.set(0);
    let name = &cache.name;
    if let Some((ver, shape, inst)) = inst_keys(obj) {
        let cls = inst.class.get().clone();
        let Some(c) = cls.as_class() else { return };
        if c.specials.get() & (SPECIAL_GETATTRIBUTE) != 0 {
            return;
        }
        let cattr = c.lookup(name);
        let is_data_desc = cattr.as_ref().is_some_and(is_data_descriptor);
        if is_data_desc {
            return;
        }
        if let Attrs::Shaped { shape: s, .. } = inst.attrs.get() {
            if let Some(i) = s.index_of(name) {
                cache.tag.set(TAG_INST_SLOT);
                cache.index.set(i as u32);
            } else if let Some(ca) = cattr {
                if ca.as_function().is_some() {
                    cache.tag.set(TAG_INST_METHOD);
                    cache.value.replace(ca);
                } else if ca.obj_kind() != Some(ObjKind::Descriptor) && ca.obj_kind() != Some(ObjKind::Builtin) && !has_get(&ca) && builtin_descriptor(&ca).is_none() {
                    cache.tag.set(TAG_INST_CLASSATTR);
                    cache.value.replace(ca);
                } else {
                    return;
                }
            } else {
                return;
            }
        }
        cache.key1.set(ver);
        cache.key2.set(shape);
        return;
    }
    if let Some(m) = obj.as_module() {
        if let Some(d) = m.dict.as_dict() {
            if let Some(i) = d.find_str_index(name) {
                cache.tag.set(TAG_MODULE);
                cache.key1.set(d.keys_version());
                cache.index.set(i as u32);
            }
        }
        return;
    }
    if for_method && plain_type_dispatch(obj) {
        let t = type_of(obj);
        if let Some(c) = t.as_class() {
            if c.builtin {
                if let Some(m) = c.lookup(name) {
                    if m.as_builtin().is_some() {
                        cache.tag.set(TAG_TYPE_METHOD);
                        cache.key1.set(t.bits());
                        cache.value.replace(m);
                    }
                }
            }
        }
    }
}

#[inline]
pub fn load_method_cached(obj: &Value, cache: &InlineCache) -> Option<(Value, Value)> {
    load_method_current(obj, cache).or_else(|| with_saved_states(cache, || load_method_current(obj, cache)))
}

#[inline]
fn load_method_current(obj: &Value, cache: &InlineCache) -> Option<(Value, Value)> {
    match cache.tag.get() {
        TAG_INST_METHOD => {
            let (ver, shape, _) = inst_keys(obj)?;
            (ver == cache.key1.get() && shape == cache.key2.get()).then(|| (cache.value.get().clone(), obj.clone()))
        }
        TAG_TYPE_METHOD => {
            // Built-in types are immutable and immortal: the pointer is the guard.
            (super::type_bits(obj) == cache.key1.get()).then(|| (cache.value.get().clone(), obj.clone()))
        }
        _ => load_attr_current(obj, cache).map(|v| (v, Value::UNDEF)),
    }
}

/// `obj.name(...)`: the callable and, when it is a plain method, the self to
/// pass (UNDEF otherwise), so no bound-method object is allocated.
pub fn load_method_slow(vm: &mut Vm, obj: &Value, cache: &InlineCache) -> PyResult<(Value, Value)> {
    fill_cache(obj, cache, true);
    if let Some(pair) = load_method_cached(obj, cache) {
        return Ok(pair);
    }
    let name = &cache.name;
    if let Some(inst) = obj.as_instance() {
        let cls = inst.class.get().clone();
        if let Some(c) = cls.as_class() {
            if c.specials.get() & SPECIAL_GETATTRIBUTE == 0 && inst.get_attr(name).is_none() {
                if let Some(ca) = c.lookup(name) {
                    if ca.as_function().is_some() {
                        return Ok((ca, obj.clone()));
                    }
                }
            }
        }
    } else if plain_type_dispatch(obj) {
        let t = type_of(obj);
        if let Some(m) = t.as_class().and_then(|c| c.lookup(name)) {
            if m.as_builtin().is_some_and(|b| !b.owner.is_empty()) {
                return Ok((m, obj.clone()));
            }
        }
    }
    Ok((get_attr(vm, obj, name)?, Value::UNDEF))
}

/// Values whose attributes are exactly their type's (no per-object lookup).
fn plain_type_dispatch(obj: &Value) -> bool {
    !matches!(obj.obj_kind(), Some(ObjKind::Instance | ObjKind::Class | ObjKind::Module | ObjKind::Super | ObjKind::Function | ObjKind::BoundMethod | ObjKind::Builtin))
}

/// A class attribute as the built-in descriptor it is or, for an instance of a
/// subclass of property/classmethod/staticmethod that does not define its own
/// `__get__`, the descriptor it wraps.
pub fn builtin_descriptor(v: &Value) -> Option<Value> {
    if v.as_descriptor().is_some() {
        return Some(v.clone());
    }
    if v.as_instance().is_some() && !has_get(v) {
        return super::native_of(v).filter(|n| n.as_descriptor().is_some());
    }
    None
}

pub fn is_data_descriptor(v: &Value) -> bool {
    if let Some(d) = super::native_of(v).filter(|n| n.as_descriptor().is_some() && !has_get(v)) {
        return is_data_descriptor(&d);
    }
    match v.as_descriptor() {
        Some(DescriptorData::Property { .. }) | Some(DescriptorData::Getter { .. }) | Some(DescriptorData::TupleGetter { .. }) => true,
        Some(_) => false,
        None => v.as_instance().is_some() && type_of(v).as_class().is_some_and(|c| c.lookup_str("__set__").is_some() || c.lookup_str("__delete__").is_some()) && has_get(v),
    }
}

fn has_get(v: &Value) -> bool {
    v.as_instance().is_some() && type_of(v).as_class().is_some_and(|c| c.lookup_str("__get__").is_some())
}

/// Applies the descriptor protocol to a class attribute found for `obj`
/// (`obj` is UNDEF when looked up on the class itself).
pub fn descriptor_get(vm: &mut Vm, attr: Value, obj: &Value, cls: &Value) -> PyResult<Value> {
    match attr.obj_kind() {
        Some(ObjKind::Function) => {
            if obj.is_undef() {
                Ok(attr)
            } else {
                Ok(new_bound_method(attr, obj.clone()))
            }
        }
        Some(ObjKind::Builtin) => {
            let b = attr.as_builtin().ok_or_else(|| type_error("builtin"))?;
            if obj.is_undef() || b.owner.is_empty() || !b.self_.is_undef() {
                Ok(attr)
            } else {
                Ok(bind_builtin(b, obj.clone()))
            }
        }
        Some(ObjKind::Descriptor) => match attr.as_descriptor() {
            Some(DescriptorData::Property { fget, .. }) => {
                if obj.is_undef() {
                    return Ok(attr.clone());
                }
                if fget.is_none() || fget.is_undef() {
                    return Err(attribute_error("unreadable attribute"));
                }
                let f = fget.clone();
                vm.call(&f, std::slice::from_ref(obj))
            }
            Some(DescriptorData::StaticMethod(f)) => Ok(f.clone()),
            Some(DescriptorData::ClassMethod(f)) => Ok(new_bound_method(f.clone(), cls.clone())),
            Some(DescriptorData::Getter { get, .. }) => {
                if obj.is_undef() {
                    Ok(attr.clone())
                } else {
                    get(vm, obj)
                }
            }
            Some(DescriptorData::TupleGetter { index, .. }) => {
                if obj.is_undef() {
                    return Ok(attr.clone());
                }
                let t = if obj.as_tuple().is_some() { Some(obj.clone()) } else { super::native_of(obj).filter(|n| n.as_tuple().is_some()) };
                let Some(t) = t else {
                    return Err(type_error(format!("descriptor for index '{index}' for tuple subclasses doesn't apply to '{}' object", type_name(obj))));
                };
                let item = t.as_tuple().and_then(|t| t.items.get(*index).cloned());
                item.ok_or_else(|| crate::error::index_error("tuple index out of range"))
            }
            None => Ok(attr),
        },
        Some(ObjKind::Instance) if !has_get(&attr) && builtin_descriptor(&attr).is_some() => {
            let d = builtin_descriptor(&attr).unwrap_or(Value::NONE);
            if obj.is_undef() && matches!(d.as_descriptor(), Some(DescriptorData::Property { .. })) {
                return Ok(attr);
            }
            descriptor_get(vm, d, obj, cls)
        }
        Some(ObjKind::Instance) if has_get(&attr) => {
            let f = type_of(&attr).as_class().and_then(|c| c.lookup_str("__get__")).ok_or_else(|| type_error("__get__"))?;
            let o = if obj.is_undef() { Value::NONE } else { obj.clone() };
            call_special(vm, &f, &attr, &[o, cls.clone()])
        }
        _ => Ok(attr),
    }
}

/// `getattr(obj, name)`; `name` must be an interned str.
pub fn get_attr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    match get_attr_opt(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(obj, name)),
    }
}

pub fn no_attribute(obj: &Value, name: &Value) -> crate::error::PyErr {
    let n = name.as_str().unwrap_or("?");
    if let Some(c) = obj.as_class() {
        return attribute_error(format!("type object '{}' has no attribute '{n}'", c.name_str()));
    }
    if let Some(m) = obj.as_module() {
        return attribute_error(format!("module '{}' has no attribute '{n}'", m.name.as_str().unwrap_or("?")));
    }
    attribute_error(format!("'{}' object has no attribute '{n}'", type_name(obj)))
}

/// `type.__setattr__`: a class attribute store (no metaclass hook).
pub fn type_set_attr(obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    let c = obj.as_class().ok_or_else(|| type_error("class"))?;
    if c.builtin {
        return Err(type_error(format!("cannot set '{}' attribute of immutable type '{}'", name.as_str().unwrap_or("?"), c.name_str())));
    }
    match name.as_str() {
        Some("__name__") => {
            c.name.replace(value);
        }
        Some("__qualname__") => {
            c.qualname.replace(value);
        }
        _ => {
            if let Some(d) = c.dict.as_dict() {
                d.set_str(name.clone(), value);
            }
        }
    }
    c.modified();
    Ok(())
}

/// `type.__delattr__`.
pub fn type_del_attr(obj: &Value, name: &Value) -> PyResult<()> {
    let c = obj.as_class().ok_or_else(|| type_error("class"))?;
    let removed = c.dict.as_dict().and_then(|d| d.remove_str(name)).is_some();
    c.modified();
    if removed {
        Ok(())
    } else {
        Err(no_attribute(obj, name))
    }
}

/// Attribute lookup that reports absence as `None` (hasattr, getattr with a
/// default) but still propagates errors raised by user code.
pub fn get_attr_opt(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let name = &intern(name.as_str().unwrap_or(""));
    match obj.obj_kind() {
        Some(ObjKind::Instance) => instance_getattr(vm, obj, name),
        Some(ObjKind::Class) => class_getattr(vm, obj, name),
        Some(ObjKind::Module) => {
            let m = obj.as_module().ok_or_else(|| type_error("module"))?;
            if let Some(v) = m.dict.as_dict().and_then(|d| d.get_str(name)) {
                return Ok(Some(v));
            }
            match name.as_str() {
                Some("__dict__") => Ok(Some(m.dict.clone())),
                Some("__name__") => Ok(Some(m.name.clone())),
                _ => Ok(None),
            }
        }
        Some(ObjKind::Function) => function_getattr(obj, name),
        Some(ObjKind::BoundMethod) => {
            let m = obj.downcast::<crate::objects::func::BoundMethodData>().ok_or_else(|| type_error("method"))?;
            match name.as_str() {
                Some("__self__") => Ok(Some(m.self_.clone())),
                Some("__func__") => Ok(Some(m.func.clone())),
                _ => {
                    let f = m.func.clone();
                    get_attr_opt(vm, &f, name)
                }
            }
        }
        Some(ObjKind::Super) => super_getattr(vm, obj, name),
        _ => builtin_getattr(vm, obj, name),
    }
}

fn instance_getattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let inst = obj.as_instance().ok_or_else(|| type_error("instance"))?;
    let cls = inst.class.get().clone();
    let c = cls.as_class().ok_or_else(|| type_error("class"))?;
    if c.specials.get() & SPECIAL_GETATTRIBUTE != 0 {
        if let Some(f) = c.lookup_str("__getattribute__") {
            if f.as_function().is_some() {
                return match call_special(vm, &f, obj, std::slice::from_ref(name)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is(crate::types::ExcType::AttributeError) => getattr_hook(vm, obj, c, name, e),
                    Err(e) => Err(e),
                };
            }
        }
    }
    let cattr = c.lookup(name);
    if let Some(ca) = &cattr {
        if is_data_descriptor(ca) {
            return descriptor_get(vm, ca.clone(), obj, &cls).map(Some);
        }
    }
    if let Some(v) = inst.get_attr(name) {
        return Ok(Some(v));
    }
    if let Some(ca) = cattr {
        return descriptor_get(vm, ca, obj, &cls).map(Some);
    }
    match name.as_str() {
        Some("__class__") => return Ok(Some(cls.clone())),
        // Instances of fully slotted classes have no __dict__.
        Some("__dict__") if c.slot_names.get().is_none() => return Ok(Some(inst.to_dict_mode())),
        _ => {}
    }
    if let Some(st) = inst.exc() {
        match name.as_str() {
            Some("args") => return Ok(Some(st.args.clone())),
            Some("__cause__") => return Ok(Some(if st.cause.is_undef() { Value::NONE } else { st.cause.clone() })),
            Some("__context__") => return Ok(Some(if st.context.is_undef() { Value::NONE } else { st.context.clone() })),
            Some("__suppress_context__") => return Ok(Some(Value::bool(st.suppress_context))),
            Some("__traceback__") => return Ok(Some(Value::NONE)),
            _ => {}
        }
    }
    if c.specials.get() & SPECIAL_GETATTR != 0 {
        let e = no_attribute(obj, name);
        return getattr_hook(vm, obj, c, name, e);
    }
    if let Some(n) = inst.native_value().cloned() {
        // Methods of a built-in base (class L(list): l.append).
        let t = type_of(&n);
        if let Some(m) = t.as_class().and_then(|tc| tc.lookup(name)) {
            return descriptor_get(vm, m, obj, &cls).map(Some);
        }
    }
    Ok(None)
}

fn getattr_hook(vm: &mut Vm, obj: &Value, c: &crate::objects::class::ClassData, name: &Value, e: crate::error::PyErr) -> PyResult<Option<Value>> {
    if let Some(f) = c.lookup_str("__getattr__") {
        return match call_special(vm, &f, obj, std::slice::from_ref(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(crate::types::ExcType::AttributeError) => Err(e),
            Err(e) => Err(e),
        };
    }
    Err(e)
}

fn class_getattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let c = obj.as_class().ok_or_else(|| type_error("class"))?;
    // A class's own annotations only (a subclass without any has {}).
    if name.as_str() == Some("__annotations__") && !c.builtin {
        if let Some(d) = c.dict.as_dict() {
            return Ok(Some(match d.get_str(name) {
                Some(a) => a,
                None => {
                    let a = crate::objects::dict::new_dict();
                    d.set_str(name.clone(), a.clone());
                    c.modified();
                    a
                }
            }));
        }
    }
    if let Some(v) = c.lookup(name) {
        return descriptor_get(vm, v, &Value::UNDEF, obj).map(Some);
    }
    Ok(match name.as_str() {
        Some("__name__") => Some(c.name.get().clone()),
        Some("__qualname__") => Some(c.qualname.get().clone()),
        Some("__mro__") => Some(crate::objects::tuple::new_tuple(c.mro.get().clone())),
        Some("__bases__") => Some(crate::objects::tuple::new_tuple(c.bases.get().clone())),
        Some("__base__") => Some(c.bases.get().first().cloned().unwrap_or(Value::NONE)),
        Some("__dict__") => Some(c.dict.clone()),
        Some("__class__") => Some(type_of(obj)),
        Some("__module__") if c.builtin => Some(c.dict.as_dict().and_then(|d| d.get_str(&intern("__module__"))).unwrap_or_else(|| intern("builtins"))),
        Some("__doc__") => Some(Value::NONE),
        _ if c.user_metaclass().is_some() => {
            // Attributes of the metaclass, bound to the class (EnumMeta's
            // methods and properties, and in the end type's own).
            let meta = type_of(obj);
            match meta.as_class().and_then(|m| m.lookup(name)) {
                Some(v) => Some(if let Some(b) = v.as_builtin() { bind_builtin(b, obj.clone()) } else { descriptor_get(vm, v, obj, &meta)? }),
                None => None,
            }
        }
        _ => {
            // Methods of `type` itself (e.g. `C.mro()`).
            let t = crate::types::types().type_.clone();
            t.as_class().and_then(|tc| tc.lookup(name)).map(|m| if let Some(b) = m.as_builtin() { bind_builtin(b, obj.clone()) } else { m })
        }
    })
}

fn function_getattr(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let f = obj.as_function().ok_or_else(|| type_error("function"))?;
    if let Some(d) = f.dict.get().as_dict() {
        if let Some(v) = d.get_str(name) {
            return Ok(Some(v));
        }
    }
    Ok(match name.as_str() {
        Some("__name__") => Some(f.name.get().clone()),
        Some("__qualname__") => Some(f.qualname.get().clone()),
        Some("__doc__") => Some(f.doc.get().clone()),
        Some("__module__") => Some(f.module.clone()),
        Some("__defaults__") => Some(if f.defaults.get().is_undef() { Value::NONE } else { f.defaults.get().clone() }),
        Some("__kwdefaults__") => Some(if f.kwdefaults.get().is_undef() { Value::NONE } else { f.kwdefaults.get().clone() }),
        Some("__globals__") => Some(f.globals.clone()),
        Some("__closure__") => Some(if f.closure.is_undef() { Value::NONE } else { f.closure.clone() }),
        Some("__dict__") => {
            if f.dict.get().is_undef() {
                f.dict.replace(crate::objects::dict::new_dict());
            }
            Some(f.dict.get().clone())
        }
        Some("__class__") => Some(type_of(obj)),
        Some("__get__") => {
            let g = crate::objects::func::new_method_builtin("function", "__get__", function_get);
            g.as_builtin().map(|b| bind_builtin(b, obj.clone()))
        }
        Some("__annotations__") => {
            if f.annotations.get().is_undef() {
                f.annotations.replace(crate::objects::dict::new_dict());
            }
            Some(f.annotations.get().clone())
        }
        _ => None,
    })
}

/// `func.__get__(obj, cls=None)`: a function binds to `obj` (a method), or
/// is itself when `obj` is None, as attribute access on a class does.
fn function_get(_vm: &mut Vm, args: crate::objects::func::Args<'_>) -> PyResult<Value> {
    let (f, rest) = crate::builtins::args::method(&args, "__get__", 1, 2)?;
    if rest[0].is_none() {
        if rest.get(1).is_none_or(|c| c.is_none()) {
            return Err(type_error("__get__(None, None) is invalid"));
        }
        return Ok(f.clone());
    }
    Ok(new_bound_method(f.clone(), rest[0].clone()))
}

fn super_getattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let s = obj.downcast::<crate::objects::misc::SuperData>().ok_or_else(|| type_error("super"))?;
    let (this, target) = (s.this_class.clone(), s.obj.clone());
    let start_cls = if target.as_class().is_some() && !crate::ops::isinstance(&target, &this) { target.clone() } else { type_of(&target) };
    let mro = start_cls.as_class().map(|c| c.mro.get().clone()).unwrap_or_default();
    let pos = mro.iter().position(|c| c.is(&this)).map_or(mro.len(), |p| p + 1);
    for c in &mro[pos..] {
        if let Some(cd) = c.as_class() {
            if let Some(v) = cd.dict.as_dict().and_then(|d| d.get_str(name)) {
                let bind_to = if target.as_class().is_some() && start_cls.is(&target) { Value::UNDEF } else { target.clone() };
                if let Some(DescriptorData::ClassMethod(f)) = v.as_descriptor() {
                    return Ok(Some(new_bound_method(f.clone(), start_cls.clone())));
                }
                // object.__init_subclass__ is a class method too.
                if let Some(b) = v.as_builtin().filter(|b| b.name == "__init_subclass__") {
                    return Ok(Some(bind_builtin(b, start_cls.clone())));
                }
                return descriptor_get(vm, v, &bind_to, &start_cls).map(Some);
            }
        }
    }
    Ok(None)
}

fn builtin_getattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    if let Some(g) = obj.as_generator() {
        match name.as_str() {
            Some("__name__") => return Ok(Some(intern(g.name()))),
            Some("__qualname__") => return Ok(Some(intern(g.qualname()))),
            Some("gi_running") => return Ok(Some(Value::bool(g.state() == crate::interp::generator::GenState::Running))),
            _ => {}
        }
    }
    if let Some(cell) = obj.as_cell() {
        if name.as_str() == Some("cell_contents") {
            let v = cell.value.get().clone();
            return if v.is_undef() { Err(crate::error::value_error("Cell is empty")) } else { Ok(Some(v)) };
        }
    }
    if let Some(b) = obj.as_builtin() {
        match name.as_str() {
            Some("__name__") => return Ok(Some(intern(b.name))),
            Some("__qualname__") => return Ok(Some(if b.owner.is_empty() { intern(b.name) } else { crate::objects::str::new_string(format!("{}.{}", b.owner, b.name)) })),
            Some("__self__") => return Ok(Some(if b.self_.is_undef() { Value::NONE } else { b.self_.clone() })),
            Some("__module__") => return Ok(Some(if b.owner.is_empty() { intern("builtins") } else { Value::NONE })),
            Some("__doc__") => return Ok(Some(Value::NONE)),
            _ => {}
        }
    }
    if let Some(DescriptorData::Property { fget, fset, fdel, doc }) = obj.as_descriptor() {
        match name.as_str() {
            Some("fget") => return Ok(Some(fget.clone())),
            Some("fset") => return Ok(Some(fset.clone())),
            Some("fdel") => return Ok(Some(fdel.clone())),
            // Without doc=, a property documents itself with its getter's docstring.
            Some("__doc__") if doc.is_none() && !fget.is_none() => {
                let f = fget.clone();
                return get_attr_opt(vm, &f, name);
            }
            Some("__doc__") => return Ok(Some(doc.clone())),
            _ => {}
        }
    }
    if let Some(DescriptorData::StaticMethod(f) | DescriptorData::ClassMethod(f)) = obj.as_descriptor() {
        if let Some("__func__" | "__wrapped__") = name.as_str() {
            return Ok(Some(f.clone()));
        }
    }
    if let Some(DescriptorData::TupleGetter { doc, .. }) = obj.as_descriptor() {
        if name.as_str() == Some("__doc__") {
            return Ok(Some(doc.clone()));
        }
    }
    let t = type_of(obj);
    let c = t.as_class().ok_or_else(|| type_error("type"))?;
    if let Some(v) = c.lookup(name) {
        return descriptor_get(vm, v, obj, &t).map(Some);
    }
    Ok(match name.as_str() {
        Some("__class__") => Some(t.clone()),
        Some("__doc__") => Some(Value::NONE),
        _ => None,
    })
}

#[inline]
pub fn store_attr_cached(obj: &Value, cache: &InlineCache, value: &Value) -> bool {
    store_attr_current(obj, cache, value) || with_saved_states(cache, || store_attr_current(obj, cache, value).then_some(())).is_some()
}

#[inline]
fn store_attr_current(obj: &Value, cache: &InlineCache, value: &Value) -> bool {
    let tag = cache.tag.get();
    if tag == TAG_INST_ADD {
        let Some((ver, shape, inst)) = inst_keys(obj) else { return false };
        if ver != cache.key1.get() || shape != cache.key2.get() {
            return false;
        }
        return match cache.shape.get() {
            Some(to) => inst.add_slot_cached(shape as u32, to, value),
            None => false,
        };
    }
    if tag != TAG_INST_SLOT {
        return false;
    }
    let Some((ver, shape, inst)) = inst_keys(obj) else { return false };
    if ver != cache.key1.get() || shape != cache.key2.get() {
        return false;
    }
    if let Attrs::Shaped { values, .. } = inst.attrs.get_mut() {
        if let Some(slot) = values.get_mut(cache.index.get() as usize) {
            let old = std::mem::replace(slot, value.clone());
            drop(old);
            return true;
        }
    }
    false
}

pub fn store_attr_slow(vm: &mut Vm, obj: &Value, cache: &InlineCache, value: Value) -> PyResult<()> {
    let before = inst_keys(obj).map(|(_, s, _)| s);
    set_attr(vm, obj, &cache.name, value)?;
    // Cache the slot for the next store on an instance of this shape, or the
    // shape transition when the store added the attribute.
    cache.remember();
    cache.tag.set(0);
    if let (Some(before), Some((ver, after, inst))) = (before, inst_keys(obj)) {
        if before != after {
            let c = inst.class.get().clone();
            let plain = c.as_class().is_some_and(|cd| cd.specials.get() & SPECIAL_SETATTR == 0 && !cd.lookup(&cache.name).as_ref().is_some_and(is_data_descriptor));
            if let (true, Attrs::Shaped { shape: s, .. }) = (plain, inst.attrs.get()) {
                if s.names().last().is_some_and(|n| n.is(&cache.name)) {
                    cache.tag.set(TAG_INST_ADD);
                    cache.key1.set(ver);
                    cache.key2.set(before);
                    cache.shape.replace(Some(s.clone()));
                    return Ok(());
                }
            }
        }
    }
    if let Some((ver, shape, inst)) = inst_keys(obj) {
        let c = inst.class.get().clone();
        if let Some(cd) = c.as_class() {
            if cd.specials.get() & SPECIAL_SETATTR == 0 && !cd.lookup(&cache.name).as_ref().is_some_and(is_data_descriptor) {
                if let Attrs::Shaped { shape: s, .. } = inst.attrs.get() {
                    if let Some(i) = s.index_of(&cache.name) {
                        cache.tag.set(TAG_INST_SLOT);
                        cache.key1.set(ver);
                        cache.key2.set(shape);
                        cache.index.set(i as u32);
                    }
                }
            }
        }
    }
    Ok(())
}

/// `setattr(obj, name, value)`.
pub fn set_attr(vm: &mut Vm, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    let name = &intern(name.as_str().unwrap_or(""));
    match obj.obj_kind() {
        Some(ObjKind::Instance) => {
            let inst = obj.as_instance().ok_or_else(|| type_error("instance"))?;
            let cls = inst.class.get().clone();
            let c = cls.as_class().ok_or_else(|| type_error("class"))?;
            if c.specials.get() & SPECIAL_SETATTR != 0 {
                if let Some(f) = c.lookup_str("__setattr__") {
                    if f.as_function().is_some() {
                        call_special(vm, &f, obj, &[name.clone(), value])?;
                        return Ok(());
                    }
                }
            }
            if let Some(ca) = c.lookup(name) {
                if let Some(DescriptorData::TupleGetter { .. }) = ca.as_descriptor() {
                    return Err(attribute_error("can't set attribute"));
                }
                let desc = builtin_descriptor(&ca);
                if let Some(DescriptorData::Property { fset, .. }) = desc.as_ref().and_then(|d| d.as_descriptor()) {
                    if fset.is_none() || fset.is_undef() {
                        return Err(attribute_error(format!("property '{}' of '{}' object has no setter", name.as_str().unwrap_or("?"), c.name_str())));
                    }
                    let f = fset.clone();
                    vm.call(&f, &[obj.clone(), value])?;
                    return Ok(());
                }
                if ca.as_instance().is_some() {
                    if let Some(f) = type_of(&ca).as_class().and_then(|k| k.lookup_str("__set__")) {
                        call_special(vm, &f, &ca, &[obj.clone(), value])?;
                        return Ok(());
                    }
                }
            }
            if let Some(st) = inst.exc() {
                match name.as_str() {
                    Some("__cause__") => {
                        st.cause = value;
                        st.suppress_context = true;
                        return Ok(());
                    }
                    Some("__context__") => {
                        st.context = value;
                        return Ok(());
                    }
                    Some("__suppress_context__") => {
                        st.suppress_context = value.as_bool();
                        return Ok(());
                    }
                    Some("args") => {
                        let items = super::iter::collect(vm, &value)?;
                        st.args = crate::objects::tuple::new_tuple(items);
                        return Ok(());
                    }
                    Some("__traceback__") => return Ok(()),
                    _ => {}
                }
            }
            if let Some(allowed) = c.slot_names.get() {
                if !allowed.iter().any(|n| n.is(name)) {
                    return Err(attribute_error(format!("'{}' object has no attribute '{}'", c.name_str(), name.as_str().unwrap_or("?"))));
                }
            }
            if name.as_str() == Some("__class__") {
                if value.as_class().is_none() {
                    return Err(type_error("__class__ must be set to a class"));
                }
                inst.class.replace(value);
                return Ok(());
            }
            inst.set_attr(name, value);
            Ok(())
        }
        Some(ObjKind::Class) => {
            if let Some(f) = super::meta_special(obj, "__setattr__").filter(|f| f.as_function().is_some()) {
                return call_special(vm, &f, obj, &[name.clone(), value]).map(drop);
            }
            type_set_attr(obj, name, value)
        }
        Some(ObjKind::Module) => {
            let m = obj.as_module().ok_or_else(|| type_error("module"))?;
            if let Some(d) = m.dict.as_dict() {
                d.set_str(name.clone(), value);
            }
            Ok(())
        }
        Some(ObjKind::Function) => {
            let f = obj.as_function().ok_or_else(|| type_error("function"))?;
            match name.as_str() {
                Some("__name__") => {
                    f.name.replace(value);
                }
                Some("__qualname__") => {
                    f.qualname.replace(value);
                }
                Some("__doc__") => {
                    f.doc.replace(value);
                }
                Some("__defaults__") => {
                    f.defaults.replace(if value.is_none() { Value::UNDEF } else { value });
                }
                Some("__annotations__") => {
                    if value.as_dict().is_none() {
                        return Err(type_error("__annotations__ must be set to a dict object"));
                    }
                    f.annotations.replace(value);
                }
                _ => {
                    if f.dict.get().is_undef() {
                        f.dict.replace(crate::objects::dict::new_dict());
                    }
                    if let Some(d) = f.dict.get().as_dict() {
                        d.set_str(name.clone(), value);
                    }
                }
            }
            Ok(())
        }
        _ => {
            let t = type_of(obj);
            let found = t.as_class().and_then(|c| c.lookup(name));
            let n = name.as_str().unwrap_or("?");
            if let Some(DescriptorData::Getter { .. }) = found.as_ref().and_then(|f| f.as_descriptor()) {
                Err(attribute_error(format!("attribute '{n}' of '{}' objects is not writable", type_name(obj))))
            } else if found.is_some() {
                Err(attribute_error(format!("'{}' object attribute '{n}' is read-only", type_name(obj))))
            } else {
                Err(attribute_error(format!("'{}' object has no attribute '{n}'", type_name(obj))))
            }
        }
    }
}

pub fn del_attr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<()> {
    let name = &intern(name.as_str().unwrap_or(""));
    match obj.obj_kind() {
        Some(ObjKind::Instance) => {
            let inst = obj.as_instance().ok_or_else(|| type_error("instance"))?;
            let cls = inst.class.get().clone();
            if let Some(c) = cls.as_class() {
                if c.specials.get() & SPECIAL_DELATTR != 0 {
                    if let Some(f) = c.lookup_str("__delattr__") {
                        call_special(vm, &f, obj, std::slice::from_ref(name))?;
                        return Ok(());
                    }
                }
                if let Some(DescriptorData::TupleGetter { .. }) = c.lookup(name).as_ref().and_then(|v| v.as_descriptor()) {
                    return Err(attribute_error("can't delete attribute"));
                }
                if let Some(DescriptorData::Property { fdel, .. }) = c.lookup(name).as_ref().and_then(builtin_descriptor).as_ref().and_then(|v| v.as_descriptor()) {
                    if fdel.is_none() || fdel.is_undef() {
                        return Err(attribute_error(format!("property '{}' of '{}' object has no deleter", name.as_str().unwrap_or("?"), c.name_str())));
                    }
                    let f = fdel.clone();
                    vm.call(&f, std::slice::from_ref(obj))?;
                    return Ok(());
                }
            }
            if inst.del_attr(name) {
                Ok(())
            } else {
                Err(no_attribute(obj, name))
            }
        }
        Some(ObjKind::Class) => {
            if let Some(f) = super::meta_special(obj, "__delattr__").filter(|f| f.as_function().is_some()) {
                return call_special(vm, &f, obj, std::slice::from_ref(name)).map(drop);
            }
            type_del_attr(obj, name)
        }
        Some(ObjKind::Module) => {
            let m = obj.as_module().ok_or_else(|| type_error("module"))?;
            if m.dict.as_dict().and_then(|d| d.remove_str(name)).is_some() {
                Ok(())
            } else {
                Err(no_attribute(obj, name))
            }
        }
        _ => Err(no_attribute(obj, name)),
    }
}
