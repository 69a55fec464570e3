//! The semantics of every operation, each in one place. The interpreter's
//! slow paths call these, and so will native code (through `extern "C"`
//! shims in the JIT's runtime interface): one semantics, one place.

pub mod arith;
pub mod attr;
pub mod compare;
pub mod exc;
pub mod format;
pub mod globals;
pub mod hash;
pub mod iter;
pub mod matching;
pub mod repr;
pub mod subscript;

use crate::bytecode::{Code, Instr};
use crate::error::{type_error, PyResult};
use crate::heap::ObjKind;
use crate::interp::Vm;
use crate::objects::func::FunctionData;
use crate::objects::iter::IterState;
use crate::objects::misc::{DescriptorData, ViewKind};
use crate::objects::PyCell;
use crate::types::{types, IterClass};
use crate::value::Value;

pub use repr::{repr, repr_for_disasm, str_of, to_str};

/// `type_of(v).bits()` without taking a reference: the common built-in
/// types directly (inline-cache guards compare type pointers).
pub fn type_bits(v: &Value) -> u64 {
    let t = types();
    let k = v.header().map(|h| h.kind);
    match k {
        Some(ObjKind::Str) => t.str_.bits(),
        Some(ObjKind::List) => t.list.bits(),
        Some(ObjKind::Tuple) => t.tuple.bits(),
        Some(ObjKind::Dict) => t.dict.bits(),
        _ if v.is_small_int() => t.int.bits(),
        _ if v.is_float() => t.float.bits(),
        _ => type_of(v).bits(),
    }
}

/// The class of any value.
pub fn type_of(v: &Value) -> Value {
    let t = types();
    if v.is_float() {
        return t.float.clone();
    }
    if v.is_small_int() {
        return t.int.clone();
    }
    let Some(h) = v.header() else {
        return if v.is_bool() {
            t.bool_.clone()
        } else if v.is_none() {
            t.none_type.clone()
        } else if v.is_not_implemented() {
            t.not_implemented_type.clone()
        } else {
            t.ellipsis_type.clone()
        };
    };
    match h.kind {
        ObjKind::Str => t.str_.clone(),
        ObjKind::BigInt => t.int.clone(),
        ObjKind::List => t.list.clone(),
        ObjKind::Tuple => t.tuple.clone(),
        ObjKind::Dict => t.dict.clone(),
        ObjKind::Set => {
            if v.as_set().is_some_and(|s| s.frozen) {
                t.frozenset.clone()
            } else {
                t.set.clone()
            }
        }
        ObjKind::Range => t.range.clone(),
        ObjKind::Function => t.function.clone(),
        ObjKind::Builtin => t.builtin_function.clone(),
        ObjKind::BoundMethod => t.method.clone(),
        ObjKind::Cell => t.cell.clone(),
        ObjKind::Class => v.as_class().and_then(|c| c.user_metaclass()).unwrap_or_else(|| t.type_.clone()),
        ObjKind::Instance => v.as_instance().map(|i| i.class.get().clone()).unwrap_or_else(|| t.object.clone()),
        ObjKind::Module => t.module.clone(),
        ObjKind::Generator => t.generator.clone(),
        ObjKind::Iter => {
            let c = match v.as_iter().map(|i| i.state.get()) {
                Some(IterState::List { .. }) => IterClass::List,
                Some(IterState::Tuple { .. }) => IterClass::Tuple,
                Some(IterState::Range { .. }) => IterClass::Range,
                Some(IterState::Str { s, .. }) => {
                    if s.as_str_data().is_some_and(|d| d.is_ascii()) {
                        IterClass::StrAscii
                    } else {
                        IterClass::Str
                    }
                }
                Some(IterState::Dict { kind: ViewKind::Keys, .. }) => IterClass::DictKeys,
                Some(IterState::Dict { kind: ViewKind::Values, .. }) => IterClass::DictValues,
                Some(IterState::Dict { kind: ViewKind::Items, .. }) => IterClass::DictItems,
                Some(IterState::Set { .. }) => IterClass::Set,
                Some(IterState::Bytes { .. }) => IterClass::Bytes,
                Some(IterState::Reversed { seq, .. }) => {
                    if seq.as_list().is_some() {
                        IterClass::ListReversed
                    } else {
                        IterClass::Reversed
                    }
                }
                Some(IterState::Enumerate { .. }) => IterClass::Enumerate,
                Some(IterState::Zip { .. }) => IterClass::Zip,
                Some(IterState::Map { .. }) => IterClass::Map,
                Some(IterState::Filter { .. }) => IterClass::Filter,
                Some(IterState::Callable { .. }) => IterClass::Callable,
                Some(IterState::Exhausted(c)) => *c,
                _ => IterClass::Seq,
            };
            t.iter_class(c).clone()
        }
        ObjKind::Slice => t.slice.clone(),
        ObjKind::Descriptor => match v.as_descriptor() {
            Some(DescriptorData::Property { .. }) => t.property.clone(),
            Some(DescriptorData::StaticMethod(_)) => t.staticmethod.clone(),
            Some(DescriptorData::ClassMethod(_)) => t.classmethod.clone(),
            Some(DescriptorData::TupleGetter { .. }) => crate::modules::pylift::tuplegetter_class(),
            _ => t.getset_descriptor.clone(),
        },
        ObjKind::DictView => match v.downcast::<crate::objects::misc::DictViewData>().map(|d| d.kind) {
            Some(ViewKind::Keys) => t.dict_keys.clone(),
            Some(ViewKind::Values) => t.dict_values.clone(),
            _ => t.dict_items.clone(),
        },
        ObjKind::Super => t.super_.clone(),
        ObjKind::Bytes => {
            if v.as_bytes().is_some_and(|b| b.mutable) {
                t.bytearray.clone()
            } else {
                t.bytes.clone()
            }
        }
        ObjKind::File => t.file_class(v.as_file().map_or(crate::objects::file::FileClass::TextIOWrapper, |f| f.state.get().class)).clone(),
    }
}

/// The `__init__` function of a user class whose instances are built by
/// `object.__new__` (so `Class(...)` can run `__init__` inline), if any.
pub fn plain_init(f: &Value) -> Option<Value> {
    let c = f.as_class()?;
    // A metaclass may define what calling the class does.
    if c.builtin || c.user_metaclass().is_some() || !matches!(c.native_base, crate::objects::class::NativeBase::Object | crate::objects::class::NativeBase::Exception) {
        return None;
    }
    let new = c.lookup(&crate::objects::str::intern("__new__"))?;
    if new.as_builtin().is_none_or(|b| b.owner != "object") {
        return None;
    }
    let init = c.lookup(&crate::objects::str::intern("__init__"))?;
    let func = init.as_function()?;
    if func.code.flags.generator {
        return None;
    }
    Some(init)
}

/// What `cls(...)` returns once `__init__` returned `v`: the new object
/// `init_obj` (when `v` is None), else the TypeError CPython raises.
pub fn init_result(init_obj: Value, v: Value) -> PyResult<Value> {
    if init_obj.is_undef() {
        Ok(v)
    } else if v.is_none() {
        Ok(init_obj)
    } else {
        Err(crate::error::type_error(format!("__init__() should return None, not '{}'", type_name(&v))))
    }
}

/// How call errors name a callable: `module.qualname()` for functions.
pub fn callable_display_name(f: &Value) -> String {
    if let Some(func) = f.as_function() {
        let m = func.module.as_str().unwrap_or("");
        let q = func.qualname.get().as_str().unwrap_or("?").to_string();
        return if m.is_empty() { format!("{q}()") } else { format!("{m}.{q}()") };
    }
    if let Some(b) = f.as_builtin() {
        return format!("{}()", b.name);
    }
    if let Some(c) = f.as_class() {
        return format!("{}()", c.name_str());
    }
    format!("{}()", type_name(f))
}

/// The class name of a value, as error messages show it.
pub fn type_name(v: &Value) -> String {
    let cls = type_of(v);
    let Some(c) = cls.as_class() else { return "object".into() };
    match c.tp_name.get().as_ref().and_then(|n| n.as_str()) {
        Some(n) => n.to_string(),
        None => c.name_str().to_string(),
    }
}

pub fn isinstance(v: &Value, cls: &Value) -> bool {
    type_of(v).as_class().is_some_and(|c| c.is_subclass_of(cls))
}

/// A special method defined by the value's class (user classes only: the
/// built-in types implement their operations natively).
pub fn lookup_special(v: &Value, name: &str) -> Option<Value> {
    let cls = type_of(v);
    let c = cls.as_class()?;
    let f = c.lookup_str(name)?;
    // Native methods of built-in classes are handled by the native paths.
    if f.as_builtin().is_some_and(|b| b.owner == "object" || b.slot) {
        return None;
    }
    Some(f)
}

/// A special method the metaclass of class `v` defines (`EnumMeta.__iter__`):
/// operations on classes consult it as they consult an instance's class.
pub fn meta_special(v: &Value, name: &str) -> Option<Value> {
    v.as_class()?.user_metaclass()?;
    lookup_special(v, name).filter(|f| f.as_builtin().is_none_or(|b| b.owner != "type"))
}

/// Calls a special method found by `lookup_special` with `self` prepended.
pub fn call_special(vm: &mut Vm, f: &Value, obj: &Value, args: &[Value]) -> PyResult<Value> {
    let f = match f.as_descriptor() {
        Some(DescriptorData::StaticMethod(inner)) => return vm.call(inner, args),
        Some(DescriptorData::ClassMethod(inner)) => {
            let mut pos = vec![type_of(obj)];
            pos.extend_from_slice(args);
            return vm.call(inner, &pos);
        }
        _ => f,
    };
    let mut pos = Vec::with_capacity(args.len() + 1);
    pos.push(obj.clone());
    pos.extend_from_slice(args);
    vm.call(f, &pos)
}

/// The built-in value a subclass instance wraps (`class L(list)`), if any.
pub fn native_of(v: &Value) -> Option<Value> {
    v.as_instance().and_then(|i| i.native_value().cloned())
}

/// Python truthiness.
pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if v.is_bool() {
        return Ok(v.as_bool());
    }
    if v.is_small_int() {
        return Ok(v.as_small_int() != 0);
    }
    if v.is_float() {
        return Ok(v.as_float() != 0.0);
    }
    if v.is_none() {
        return Ok(false);
    }
    let Some(kind) = v.obj_kind() else {
        return Ok(true);
    };
    Ok(match kind {
        ObjKind::Str => v.as_str_data().is_some_and(|s| s.char_len() > 0),
        ObjKind::BigInt => true,
        ObjKind::List => v.as_list().is_some_and(|l| !l.is_empty()),
        ObjKind::Tuple => v.as_tuple().is_some_and(|t| !t.items.is_empty()),
        ObjKind::Dict => v.as_dict().is_some_and(|d| !d.is_empty()),
        ObjKind::Set => v.as_set().is_some_and(|s| !s.is_empty()),
        ObjKind::Range => v.as_range().is_some_and(|r| !r.is_empty()),
        ObjKind::Bytes => v.as_bytes().is_some_and(|b| !b.bytes.get().is_empty()),
        ObjKind::DictView => len(vm, v)? > 0,
        ObjKind::Instance => {
            if let Some(f) = lookup_special(v, "__bool__") {
                let r = call_special(vm, &f, v, &[])?;
                if !r.is_bool() {
                    return Err(type_error(format!("__bool__ should return bool, returned {}", type_name(&r))));
                }
                return Ok(r.as_bool());
            }
            if lookup_special(v, "__len__").is_some() {
                return Ok(len(vm, v)? > 0);
            }
            match native_of(v) {
                Some(n) => truthy(vm, &n)?,
                None => true,
            }
        }
        _ => true,
    })
}

/// `len(v)`.
pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Some(k) = v.obj_kind() {
        match k {
            ObjKind::Str => return Ok(v.as_str_data().map_or(0, |s| s.char_len())),
            ObjKind::List => return Ok(v.as_list().map_or(0, |l| l.len())),
            ObjKind::Tuple => return Ok(v.as_tuple().map_or(0, |t| t.items.len())),
            ObjKind::Dict => return Ok(v.as_dict().map_or(0, |d| d.len())),
            ObjKind::Set => return Ok(v.as_set().map_or(0, |s| s.len())),
            ObjKind::Range => {
                return v.as_range().map_or(Ok(0), |r| r.checked_len().map(|n| n as usize));
            }
            ObjKind::Bytes => return Ok(v.as_bytes().map_or(0, |b| b.bytes.get().len())),
            ObjKind::DictView => {
                let d = v.downcast::<crate::objects::misc::DictViewData>().map(|d| d.dict.clone());
                return Ok(d.and_then(|d| d.as_dict().map(|d| d.len())).unwrap_or(0));
            }
            ObjKind::Instance | ObjKind::Class => {
                if let Some(f) = if k == ObjKind::Class { meta_special(v, "__len__") } else { lookup_special(v, "__len__") } {
                    let r = call_special(vm, &f, v, &[])?;
                    let n = r.to_i64().ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&r))))?;
                    if n < 0 {
                        return Err(crate::error::value_error("__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
                if let Some(n) = native_of(v) {
                    return len(vm, &n);
                }
            }
            _ => {}
        }
    }
    Err(type_error(format!("object of type '{}' has no len()", type_name(v))))
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(k) = container.obj_kind() {
        match k {
            ObjKind::Str => {
                let Some(needle) = item.as_str() else {
                    return Err(type_error(format!("'in <string>' requires string as left operand, not {}", type_name(item))));
                };
                return Ok(container.as_str().is_some_and(|h| h.contains(needle)));
            }
            ObjKind::Bytes => {
                let hay = container.as_bytes().map(|b| b.bytes.get().clone()).unwrap_or_default();
                if let Some(n) = item.as_bytes() {
                    let n = n.bytes.get();
                    return Ok(n.is_empty() || hay.windows(n.len()).any(|w| w == n.as_slice()));
                }
                if item.is_int() {
                    let i = crate::builtins::args::int_arg(item, "in")?;
                    let b = u8::try_from(i).map_err(|_| crate::error::value_error("byte must be in range(0, 256)"))?;
                    return Ok(hay.contains(&b));
                }
                return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(item))));
            }
            ObjKind::List | ObjKind::Tuple => {
                let n = len(vm, container)?;
                for i in 0..n {
                    let x = match container.as_seq_slice().and_then(|s| s.get(i)) {
                        Some(x) => x.clone(),
                        None => break,
                    };
                    if x.is(item) || compare::eq_bool(vm, &x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            ObjKind::Dict => {
                let d = container.clone();
                return Ok(d.as_dict().map(|d| d.get(vm, item)).transpose()?.flatten().is_some());
            }
            ObjKind::Set => {
                let s = container.clone();
                return match s.as_set() {
                    Some(sd) => sd.contains(vm, item),
                    None => Ok(false),
                };
            }
            ObjKind::Range => {
                if let (Some(r), Some(i)) = (container.as_range().filter(|r| r.big.is_none()), item.to_i64()) {
                    let (start, stop, step) = (r.start, r.stop, r.step);
                    let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
                    return Ok(inside && (i - start) % step == 0);
                }
                if let (Some(r), Some(i), false) = (container.as_range(), item.to_bigint(), item.is_bool()) {
                    use num_traits::{Signed, Zero};
                    let [start, stop, step] = r.bounds();
                    let inside = if step.is_positive() { i >= start && i < stop } else { i <= start && i > stop };
                    return Ok(inside && ((i - start) % step).is_zero());
                }
            }
            ObjKind::DictView => {
                if let Some(dv) = container.downcast::<crate::objects::misc::DictViewData>() {
                    let d = dv.dict.clone();
                    match dv.kind {
                        ViewKind::Keys => return contains(vm, &d, item),
                        ViewKind::Items => {
                            if let Some(t) = item.as_tuple() {
                                if t.items.len() == 2 {
                                    let v = d.as_dict().map(|dd| dd.get(vm, &t.items[0])).transpose()?.flatten();
                                    return match v {
                                        Some(v) => compare::eq_bool(vm, &v, &t.items[1]),
                                        None => Ok(false),
                                    };
                                }
                            }
                            return Ok(false);
                        }
                        ViewKind::Values => {}
                    }
                }
            }
            ObjKind::Class => {
                if let Some(f) = meta_special(container, "__contains__") {
                    let r = call_special(vm, &f, container, std::slice::from_ref(item))?;
                    return truthy(vm, &r);
                }
            }
            ObjKind::Instance => {
                if let Some(f) = lookup_special(container, "__contains__") {
                    let r = call_special(vm, &f, container, std::slice::from_ref(item))?;
                    return truthy(vm, &r);
                }
                if let Some(n) = native_of(container) {
                    if lookup_special(container, "__iter__").is_none() {
                        return contains(vm, &n, item);
                    }
                }
            }
            _ => {}
        }
    }
    // Generic: iterate.
    let it = match iter::get_iter(vm, container) {
        Ok(it) => it,
        Err(e) if e.is(crate::types::ExcType::TypeError) => return Err(type_error(format!("argument of type '{}' is not iterable", type_name(container)))),
        Err(e) => return Err(e),
    };
    while let Some(x) = iter::next(vm, &it)? {
        if x.is(item) || compare::eq_bool(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `{**other}` (DictUpdate) and `f(**other)` (DictMerge, which rejects
/// duplicate keys).
pub fn dict_merge(vm: &mut Vm, dict: &Value, other: &Value, check_dup: bool) -> PyResult<()> {
    let Some(d) = dict.as_dict() else { return Ok(()) };
    let items: Vec<(Value, Value)> = if let Some(o) = other.as_dict() {
        o.items()
    } else if let Some(keys) = lookup_special(other, "keys") {
        let ks = call_special(vm, &keys, other, &[])?;
        let ks = iter::collect(vm, &ks)?;
        let mut out = Vec::new();
        for k in ks {
            let v = subscript::get_item(vm, other, &k)?;
            out.push((k, v));
        }
        out
    } else {
        let what = if check_dup { "argument after ** must be a mapping" } else { "object is not a mapping" };
        return Err(type_error(format!("'{}' {what}", type_name(other))));
    };
    for (k, v) in items {
        if check_dup && d.get(vm, &k)?.is_some() {
            let name = k.as_str().unwrap_or("?").to_string();
            return Err(type_error(format!("got multiple values for keyword argument '{name}'")));
        }
        d.set(vm, k, v)?;
    }
    Ok(())
}

/// `f(**m)`: merge with CPython's call-site messages.
pub fn dict_merge_call(vm: &mut Vm, dict: &Value, other: &Value, fname: &str) -> PyResult<()> {
    if other.as_dict().is_none() && lookup_special(other, "keys").is_none() {
        return Err(type_error(format!("{fname} argument after ** must be a mapping, not {}", type_name(other))));
    }
    match dict_merge(vm, dict, other, true) {
        Err(e) if e.is(crate::types::ExcType::TypeError) => {
            let msg = repr::to_str(vm, e.value()).unwrap_or_default();
            Err(type_error(format!("{fname} {msg}")))
        }
        r => r,
    }
}

/// `MakeFunction`: a function object from a code constant, defaults,
/// keyword defaults and closure cells found in registers.
///
/// # Safety
/// `regs` is the frame's registers, holding the instruction's extras.
pub unsafe fn make_function(vm: &mut Vm, fi: usize, code: &Code, ins: Instr, regs: *mut Value) -> Value {
    let child = code.codes[ins.b as usize].clone();
    let mut extra = ins.c as usize;
    let mut take = || {
        // SAFETY: the compiler put the extras in consecutive frame registers.
        let v = unsafe { (*regs.add(extra)).clone() };
        extra += 1;
        v
    };
    let defaults = if ins.x & 1 != 0 { take() } else { Value::UNDEF };
    let kwdefaults = if ins.x & 2 != 0 { take() } else { Value::UNDEF };
    let closure = if ins.x & 4 != 0 { take() } else { Value::UNDEF };
    let globals = vm.frames[fi].globals.clone();
    let module = globals.as_dict().and_then(|d| d.get_str(&crate::objects::str::intern("__name__"))).unwrap_or(Value::NONE);
    let name = child.name.clone();
    let qualname = child.qualname.clone();
    let doc = child.docstring.clone();
    crate::heap::alloc(FunctionData {
        code: child,
        globals,
        name: PyCell::new(name),
        qualname: PyCell::new(qualname),
        defaults: PyCell::new(defaults),
        kwdefaults: PyCell::new(kwdefaults),
        closure,
        dict: PyCell::new(Value::UNDEF),
        doc: PyCell::new(doc),
        module,
        annotations: PyCell::new(Value::UNDEF),
    })
}
