//! `repr()` and `str()` of every value. Containers guard against recursion
//! (`[[...]]`) with a stack of objects being printed.

use super::{call_special, lookup_special, type_name, type_of};
use crate::error::{type_error, PyResult};
use crate::heap::ObjKind;
use crate::interp::Vm;
use crate::objects::misc::{DescriptorData, ViewKind};
use crate::objects::str::new_string;
use crate::text;
use crate::value::Value;
use std::cell::RefCell;

thread_local! {
    static IN_REPR: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

fn text_err(e: (text::ErrKind, String)) -> crate::error::PyErr {
    let t = match e.0 {
        text::ErrKind::ValueError => crate::types::ExcType::ValueError,
        text::ErrKind::TypeError => crate::types::ExcType::TypeError,
        text::ErrKind::OverflowError => crate::types::ExcType::OverflowError,
        text::ErrKind::MemoryError => crate::types::ExcType::MemoryError,
    };
    crate::error::exc(t, e.1)
}

pub fn from_text<T>(r: text::TextResult<T>) -> PyResult<T> {
    r.map_err(text_err)
}

pub fn int_to_string(v: &Value) -> PyResult<String> {
    if let Some(i) = v.as_int_like() {
        return Ok(i.to_string());
    }
    match v.as_bigint_data() {
        Some(b) => from_text(text::int_to_decimal_string(b)),
        None => Ok(String::new()),
    }
}

/// `repr(v)` as a Rust string.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if v.is_small_int() {
        return Ok(v.as_small_int().to_string());
    }
    if v.is_float() {
        return Ok(text::float_repr(v.as_float()));
    }
    let Some(kind) = v.obj_kind() else {
        return Ok(match v.bits() {
            crate::value::BITS_NONE => "None",
            crate::value::BITS_TRUE => "True",
            crate::value::BITS_FALSE => "False",
            crate::value::BITS_ELLIPSIS => "Ellipsis",
            crate::value::BITS_NOT_IMPLEMENTED => "NotImplemented",
            _ => "<undefined>",
        }
        .to_string());
    };
    match kind {
        ObjKind::Str => Ok(text::str_repr(v.as_str().unwrap_or(""))),
        ObjKind::BigInt => int_to_string(v),
        ObjKind::List | ObjKind::Tuple | ObjKind::Dict | ObjKind::Set | ObjKind::DictView => guarded(vm, v, container_repr),
        ObjKind::Instance => instance_repr(vm, v),
        ObjKind::Range => {
            let r = v.as_range().ok_or_else(|| type_error("range"))?;
            let [start, stop, step] = r.bounds();
            Ok(if step == num_bigint::BigInt::from(1) { format!("range({start}, {stop})") } else { format!("range({start}, {stop}, {step})") })
        }
        ObjKind::Class => {
            if let Some(f) = super::meta_special(v, "__repr__") {
                let r = super::call_special(vm, &f, v, &[])?;
                return match r.as_str() {
                    Some(s) => Ok(s.to_string()),
                    None => Err(type_error(format!("__repr__ returned non-string (type {})", type_name(&r)))),
                };
            }
            let c = v.as_class().ok_or_else(|| type_error("class"))?;
            let module = c.dict.as_dict().and_then(|d| d.get_str(&crate::objects::str::intern("__module__")));
            Ok(match module.as_ref().and_then(|m| m.as_str()) {
                Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, c.qualname.get().as_str().unwrap_or("?")),
                _ => format!("<class '{}'>", c.name_str()),
            })
        }
        ObjKind::Function => {
            let f = v.as_function().ok_or_else(|| type_error("function"))?;
            Ok(format!("<function {} at {:#x}>", f.qualname.get().as_str().unwrap_or("?"), addr(v)))
        }
        ObjKind::Builtin => {
            let b = v.as_builtin().ok_or_else(|| type_error("builtin"))?;
            if b.self_.is_undef() {
                if b.owner.is_empty() {
                    Ok(format!("<built-in function {}>", b.name))
                } else {
                    let what = if b.slot { "slot wrapper" } else { "method" };
                    Ok(format!("<{what} '{}' of '{}' objects>", b.name, b.owner))
                }
            } else if b.self_.as_module().is_some() {
                Ok(format!("<built-in function {}>", b.name))
            } else {
                Ok(format!("<built-in method {} of {} object at {:#x}>", b.name, type_name(&b.self_), addr(&b.self_)))
            }
        }
        ObjKind::BoundMethod => {
            let m = v.downcast::<crate::objects::func::BoundMethodData>().ok_or_else(|| type_error("method"))?;
            let (f, s) = (m.func.clone(), m.self_.clone());
            let fname = f.as_function().map(|f| f.qualname.get().as_str().unwrap_or("?").to_string()).unwrap_or_else(|| "?".into());
            let srepr = repr(vm, &s)?;
            Ok(format!("<bound method {fname} of {srepr}>"))
        }
        ObjKind::Module => {
            let m = v.as_module().ok_or_else(|| type_error("module"))?;
            let file = m.dict.as_dict().and_then(|d| d.get_str(&crate::objects::str::intern("__file__")));
            Ok(match file.as_ref().and_then(|f| f.as_str()) {
                Some(f) => format!("<module '{}' from '{}'>", m.name.as_str().unwrap_or("?"), f),
                None => format!("<module '{}' (built-in)>", m.name.as_str().unwrap_or("?")),
            })
        }
        ObjKind::Generator => {
            let g = v.as_generator().ok_or_else(|| type_error("generator"))?;
            Ok(format!("<generator object {} at {:#x}>", g.qualname(), addr(v)))
        }
        ObjKind::Slice => {
            let s = v.as_slice_obj().ok_or_else(|| type_error("slice"))?;
            let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
            Ok(format!("slice({}, {}, {})", repr(vm, &a)?, repr(vm, &b)?, repr(vm, &c)?))
        }
        ObjKind::Bytes => {
            let b = v.as_bytes().ok_or_else(|| type_error("bytes"))?;
            let r = text::bytes_repr(b.bytes.get());
            Ok(if b.mutable { format!("bytearray({r})") } else { r })
        }
        ObjKind::Cell => Ok(format!("<cell at {:#x}>", addr(v))),
        ObjKind::Descriptor => Ok(match v.as_descriptor() {
            Some(DescriptorData::Property { .. }) => format!("<property object at {:#x}>", addr(v)),
            Some(DescriptorData::StaticMethod(_)) => format!("<staticmethod object at {:#x}>", addr(v)),
            Some(DescriptorData::ClassMethod(_)) => format!("<classmethod object at {:#x}>", addr(v)),
            Some(DescriptorData::Getter { name, .. }) => format!("<attribute '{name}' objects>"),
            Some(DescriptorData::TupleGetter { index, doc }) => format!("_tuplegetter({index}, {})", repr(vm, doc)?),
            None => "<descriptor>".into(),
        }),
        ObjKind::Super => Ok(format!("<super object at {:#x}>", addr(v))),
        ObjKind::File => crate::builtins::files::file_repr(vm, v),
        ObjKind::Iter => Ok(format!("<{} object at {:#x}>", type_name(v), addr(v))),
    }
}

fn addr(v: &Value) -> u64 {
    v.bits() & crate::value::PAYLOAD_MASK
}

fn guarded(vm: &mut Vm, v: &Value, f: fn(&mut Vm, &Value) -> PyResult<String>) -> PyResult<String> {
    let id = v.bits();
    if IN_REPR.with(|s| s.borrow().contains(&id)) {
        return Ok(match v.obj_kind() {
            Some(ObjKind::List) => "[...]",
            Some(ObjKind::Tuple) => "(...)",
            _ => "{...}",
        }
        .to_string());
    }
    vm.check_depth()?;
    IN_REPR.with(|s| s.borrow_mut().push(id));
    let r = f(vm, v);
    IN_REPR.with(|s| s.borrow_mut().pop());
    r
}

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(vm, x)?);
    }
    Ok(out)
}

fn container_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v.obj_kind() {
        Some(ObjKind::List) => {
            let items = v.as_list().map(|l| l.to_vec()).unwrap_or_default();
            Ok(format!("[{}]", join_reprs(vm, &items)?))
        }
        Some(ObjKind::Tuple) => {
            let items = v.as_tuple().map(|t| t.items.to_vec()).unwrap_or_default();
            if items.len() == 1 {
                Ok(format!("({},)", repr(vm, &items[0])?))
            } else {
                Ok(format!("({})", join_reprs(vm, &items)?))
            }
        }
        Some(ObjKind::Dict) => {
            let items = v.as_dict().map(|d| d.items()).unwrap_or_default();
            dict_items_repr(vm, &items)
        }
        Some(ObjKind::Set) => {
            let s = v.as_set().ok_or_else(|| type_error("set"))?;
            let items = s.items();
            let frozen = s.frozen;
            if items.is_empty() {
                return Ok(if frozen { "frozenset()".into() } else { "set()".into() });
            }
            let inner = join_reprs(vm, &items)?;
            Ok(if frozen { format!("frozenset({{{inner}}})") } else { format!("{{{inner}}}") })
        }
        Some(ObjKind::DictView) => {
            let dv = v.downcast::<crate::objects::misc::DictViewData>().ok_or_else(|| type_error("view"))?;
            let d = dv.dict.clone();
            let kind = dv.kind;
            let dd = d.as_dict().ok_or_else(|| type_error("dict"))?;
            let (name, items): (&str, Vec<Value>) = match kind {
                ViewKind::Keys => ("dict_keys", dd.keys()),
                ViewKind::Values => ("dict_values", dd.values()),
                ViewKind::Items => ("dict_items", dd.items().into_iter().map(|(k, v)| crate::objects::tuple::new_tuple(vec![k, v])).collect()),
            };
            Ok(format!("{name}([{}])", join_reprs(vm, &items)?))
        }
        _ => Ok(String::new()),
    }
}

fn dict_items_repr(vm: &mut Vm, items: &[(Value, Value)]) -> PyResult<String> {
    let mut out = String::from("{");
    for (i, (k, x)) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(vm, k)?);
        out.push_str(": ");
        out.push_str(&repr(vm, x)?);
    }
    out.push('}');
    Ok(out)
}

fn instance_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(f) = lookup_special(v, "__repr__") {
        vm.check_depth()?;
        let r = call_special(vm, &f, v, &[])?;
        return match r.as_str() {
            Some(s) => Ok(s.to_string()),
            None => Err(type_error(format!("__repr__ returned non-string (type {})", type_name(&r)))),
        };
    }
    let inst = v.as_instance().ok_or_else(|| type_error("instance"))?;
    if let Some(st) = inst.exc() {
        let args = st.args.clone();
        let name = type_name(v);
        let items = args.as_tuple().map(|t| t.items.to_vec()).unwrap_or_default();
        return Ok(if items.len() == 1 { format!("{name}({})", repr(vm, &items[0])?) } else { format!("{name}({})", join_reprs(vm, &items)?) });
    }
    if let Some(n) = inst.native_value().cloned() {
        return wrapped_repr(vm, v, &n);
    }
    let cls = type_of(v);
    let c = cls.as_class().ok_or_else(|| type_error("class"))?;
    let module = c.dict.as_dict().and_then(|d| d.get_str(&crate::objects::str::intern("__module__")));
    let m = module.as_ref().and_then(|m| m.as_str()).unwrap_or("__main__");
    Ok(format!("<{}.{} object at {:#x}>", m, c.qualname.get().as_str().unwrap_or("?"), addr(v)))
}

/// The repr of the built-in value `native` that a subclass instance `obj`
/// wraps: a set or frozenset names the subclass (`S({1, 2})`, `S()`), as
/// CPython's set repr does; lists, dicts, ... print as themselves.
pub fn wrapped_repr(vm: &mut Vm, obj: &Value, native: &Value) -> PyResult<String> {
    if let Some(s) = native.as_set() {
        let items = s.items();
        let name = type_name(obj);
        if items.is_empty() {
            return Ok(format!("{name}()"));
        }
        return Ok(format!("{name}({{{}}})", join_reprs(vm, &items)?));
    }
    repr(vm, native)
}

/// `str(v)` as a str object.
pub fn str_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.is_str() {
        return Ok(v.clone());
    }
    if let Some(f) = super::meta_special(v, "__str__") {
        let r = call_special(vm, &f, v, &[])?;
        return if r.is_str() { Ok(r) } else { Err(type_error(format!("__str__ returned non-string (type {})", type_name(&r)))) };
    }
    if let Some(inst) = v.as_instance() {
        if let Some(f) = lookup_special(v, "__str__") {
            vm.check_depth()?;
            let r = call_special(vm, &f, v, &[])?;
            if !r.is_str() {
                if let Some(n) = super::native_of(&r) {
                    if n.is_str() {
                        return Ok(n);
                    }
                }
                return Err(type_error(format!("__str__ returned non-string (type {})", type_name(&r))));
            }
            return Ok(r);
        }
        if let Some(st) = inst.exc() {
            let args = st.args.clone();
            let items = args.as_tuple().map(|t| t.items.to_vec()).unwrap_or_default();
            let is_key_error = super::isinstance(v, &crate::types::types().exc(crate::types::ExcType::KeyError));
            return Ok(new_string(match items.len() {
                0 => String::new(),
                1 if is_key_error => repr(vm, &items[0])?,
                1 => to_str(vm, &items[0])?,
                _ => repr(vm, &args)?,
            }));
        }
        if lookup_special(v, "__repr__").is_none() {
            if let Some(n) = inst.native_value().cloned() {
                if n.as_set().is_some() {
                    return Ok(new_string(wrapped_repr(vm, v, &n)?));
                }
                return str_of(vm, &n);
            }
        }
    }
    Ok(new_string(repr(vm, v)?))
}

/// `str(v)` as a Rust string.
pub fn to_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    let s = str_of(vm, v)?;
    Ok(s.as_str().unwrap_or("").to_string())
}

/// A repr that needs no VM (constants in disassembly, error messages).
pub fn repr_string_simple(v: &Value) -> String {
    if v.is_small_int() {
        return v.as_small_int().to_string();
    }
    if v.is_float() {
        return text::float_repr(v.as_float());
    }
    if let Some(s) = v.as_str() {
        return text::str_repr(s);
    }
    if let Some(b) = v.as_bigint_data() {
        return b.to_string();
    }
    if let Some(t) = v.as_tuple() {
        let parts: Vec<String> = t.items.iter().map(repr_string_simple).collect();
        return if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) };
    }
    if let Some(c) = v.as_class() {
        return format!("<class '{}'>", c.name_str());
    }
    match v.bits() {
        crate::value::BITS_NONE => "None".into(),
        crate::value::BITS_TRUE => "True".into(),
        crate::value::BITS_FALSE => "False".into(),
        crate::value::BITS_ELLIPSIS => "Ellipsis".into(),
        _ => format!("<{}>", type_name(v)),
    }
}

pub fn repr_for_disasm(v: &Value) -> String {
    repr_string_simple(v)
}
