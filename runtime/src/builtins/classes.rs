//! Class creation (`__build_class__`, `type(name, bases, ns)`, C3 MRO) and the
//! constructors of the built-in types.

use super::args::{exact, int_arg, only_kw, range};
use super::register_methods;
use crate::error::{internal_error, runtime_error, type_error, value_error, PyResult};
use crate::heap::ObjKind;
use crate::interp::{Frame, RunExit, Vm};
use crate::objects::class::{new_class, NativeBase};
use crate::objects::dict::new_dict;
use crate::objects::func::Args;
use crate::objects::iter::{new_iter, IterState};
use crate::objects::list::new_list;
use crate::objects::misc::{new_descriptor, new_slice, new_super, DescriptorData};
use crate::objects::str::{intern, new_string};
use crate::objects::tuple::new_tuple;
use crate::ops::{self, type_name};
use crate::text;
use crate::types::{types, IterClass};
use crate::value::Value;

/// `class Name(bases): body` → `__build_class__(body_fn, "Name", *bases)`.
pub fn build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let body = args.pos[0].clone();
    let name = args.pos[1].as_str().ok_or_else(|| type_error("__build_class__: name is not a string"))?.to_string();
    let (bases, orig_bases) = resolve_bases(vm, &args.pos[2..])?;
    // `metaclass=` chooses the class's class; other keywords go to it and
    // on to __init_subclass__.
    let mut explicit = None;
    let (mut kw_names, mut kw_values) = (Vec::new(), Vec::new());
    for (k, v) in args.kw_names.iter().zip(args.kw_values) {
        if k.as_str() == Some("metaclass") {
            explicit = Some(v.clone());
        } else {
            kw_names.push(k.clone());
            kw_values.push(v.clone());
        }
    }
    let meta = select_metaclass(explicit, &bases)?;
    let prepare = if meta.is(&types().type_) { None } else { meta.as_class().and_then(|m| m.lookup_str("__prepare__")) };
    let ns = match prepare {
        Some(p) => {
            let f = ops::attr::descriptor_get(vm, p, &Value::UNDEF, &meta)?;
            let pos = [crate::objects::str::new_str(&name), new_tuple(bases.clone())];
            let ns = vm.call_with(&f, Args { pos: &pos, kw_names: &kw_names, kw_values: &kw_values })?;
            if ns.as_dict().is_none() {
                return Err(type_error(format!("{}.__prepare__() must return a dict, not {}", meta.as_class().map(|m| m.name_str().to_string()).unwrap_or_default(), ops::type_name(&ns))));
            }
            ns
        }
        None => new_dict(),
    };
    if let (Some(orig), Some(d)) = (orig_bases, ns.as_dict()) {
        d.set_str(intern("__orig_bases__"), orig);
    }
    run_class_body(vm, &body, &ns)?;
    if meta.is(&types().type_) {
        let cls = make_class(&name, bases, ns.clone())?;
        finish_class(vm, &cls, &ns, Args { pos: &[], kw_names: &kw_names, kw_values: &kw_values })?;
        return Ok(cls);
    }
    // A metaclass (or any callable given as one) makes the class.
    let pos = [crate::objects::str::new_str(&name), new_tuple(bases), ns];
    vm.call_with(&meta, Args { pos: &pos, kw_names: &kw_names, kw_values: &kw_values })
}

/// The metaclass of a new class: the explicit one, or the most derived
/// metaclass among the bases' (CPython's `_calculate_meta`).
fn select_metaclass(explicit: Option<Value>, bases: &[Value]) -> PyResult<Value> {
    let t = types();
    let mut winner = match explicit {
        // A non-class "metaclass" (a function) is just called.
        Some(m) if m.as_class().is_none() => return Ok(m),
        Some(m) => m,
        None => t.type_.clone(),
    };
    for b in bases {
        let bm = ops::type_of(b);
        let (Some(w), Some(bmc)) = (winner.as_class(), bm.as_class()) else { continue };
        if w.is_subclass_of(&bm) {
            continue;
        }
        if bmc.is_subclass_of(&winner) {
            winner = bm;
            continue;
        }
        return Err(type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
    }
    Ok(winner)
}

/// What `type.__new__` does after making the class object: fill the
/// `__class__` cell, take `__qualname__`, call `__set_name__` on the
/// attributes and the nearest base's `__init_subclass__` with the class
/// keywords.
fn finish_class(vm: &mut Vm, cls: &Value, ns: &Value, kwargs: Args<'_>) -> PyResult<()> {
    if let Some(cell) = ns.as_dict().and_then(|d| d.get_str(&intern("__classcell__"))) {
        if let Some(c) = cell.as_cell() {
            c.value.replace(cls.clone());
        }
    }
    if let Some(c) = cls.as_class() {
        if let Some(d) = c.dict.as_dict() {
            d.remove_str(&intern("__classcell__"));
        }
        // `__qualname__` lives on the class object, not in its dict (else
        // subclasses made by type() would find their base's in the MRO).
        if let Some(q) = c.dict.as_dict().and_then(|d| d.get_str(&intern("__qualname__"))) {
            if q.as_str().is_none() {
                return Err(type_error(format!("type __qualname__ must be a str, not {}", crate::ops::type_name(&q))));
            }
            c.qualname.replace(q);
            if let Some(d) = c.dict.as_dict() {
                d.remove_str(&intern("__qualname__"));
            }
        }
    }
    set_names(vm, cls)?;
    let Some(c) = cls.as_class() else { return Ok(()) };
    let mro = c.mro.get().clone();
    for b in mro.iter().skip(1) {
        if let Some(f) = b.as_class().and_then(|bc| bc.dict.as_dict()).and_then(|d| d.get_str(&intern("__init_subclass__"))) {
            let f = match f.as_descriptor() {
                Some(DescriptorData::ClassMethod(inner)) => inner.clone(),
                _ => f,
            };
            if f.as_builtin().is_some_and(|b| b.owner == "object") {
                break;
            }
            vm.call_with(&f, Args { pos: std::slice::from_ref(cls), kw_names: kwargs.kw_names, kw_values: kwargs.kw_values })?;
            return Ok(());
        }
    }
    // object.__init_subclass__ takes no keywords.
    if kwargs.has_kwargs() {
        return Err(type_error(format!("{}.__init_subclass__() takes no keyword arguments", c.name_str())));
    }
    Ok(())
}

/// PEP 560: a base that is not a class but has `__mro_entries__` (e.g.
/// `Generic[T]`) is replaced by the classes that method returns. Returns the
/// bases and, when any was replaced, the original ones (`__orig_bases__`).
fn resolve_bases(vm: &mut Vm, bases: &[Value]) -> PyResult<(Vec<Value>, Option<Value>)> {
    if bases.iter().all(|b| b.as_class().is_some()) {
        return Ok((bases.to_vec(), None));
    }
    let orig = new_tuple(bases.to_vec());
    let mut out = Vec::new();
    let mut replaced = false;
    for b in bases {
        if b.as_class().is_none() {
            if let Some(f) = ops::attr::get_attr_opt(vm, b, &intern("__mro_entries__"))? {
                let r = vm.call(&f, std::slice::from_ref(&orig))?;
                let Some(t) = r.as_tuple() else {
                    return Err(type_error("__mro_entries__ must return a tuple"));
                };
                out.extend(t.items.iter().cloned());
                replaced = true;
                continue;
            }
        }
        out.push(b.clone());
    }
    Ok((out, replaced.then_some(orig)))
}

/// Calls `__set_name__(cls, name)` on each class attribute whose type has
/// one (descriptors learning the name they were assigned to).
fn set_names(vm: &mut Vm, cls: &Value) -> PyResult<()> {
    let Some(d) = cls.as_class().and_then(|c| c.dict.as_dict()) else { return Ok(()) };
    let items: Vec<(Value, Value)> = d.keys().into_iter().filter_map(|k| d.get_str(&k).map(|v| (k, v))).collect();
    for (k, v) in items {
        if v.as_instance().is_none() {
            continue;
        }
        if let Some(f) = ops::lookup_special(&v, "__set_name__") {
            ops::call_special(vm, &f, &v, &[cls.clone(), k])?;
        }
    }
    Ok(())
}

fn run_class_body(vm: &mut Vm, body: &Value, ns: &Value) -> PyResult<()> {
    let func = body.as_function().ok_or_else(|| internal_error("class body is not a function"))?;
    let code = func.code.clone();
    vm.check_depth()?;
    let base = vm.stack_top();
    vm.reserve_regs(base, code.nregs as usize)?;
    vm.bind_args(func, base, Args::positional(&[]))?;
    let exc_depth = vm.exc_stack.len();
    vm.frames.push(Frame {
        code,
        func: body.clone(),
        globals: func.globals.clone(),
        locals: ns.clone(),
        base,
        pc: 0,
        ret_slot: usize::MAX,
        exc_depth,
        generator: Value::UNDEF,
        init_obj: Value::UNDEF,
    });
    match vm.run_frames()? {
        RunExit::Return(_) => Ok(()),
        RunExit::Yield(_) | RunExit::Stepped => Err(internal_error("class body yielded")),
    }
}

/// C3 linearization of `bases` (the new class itself not included).
pub fn c3_mro(bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| b.as_class().map(|c| c.mro.get().clone()).unwrap_or_default()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut picked = None;
        for s in &seqs {
            let head = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head))) {
                picked = Some(head.clone());
                break;
            }
        }
        let Some(h) = picked else {
            let names: Vec<String> = bases.iter().map(|b| b.as_class().map_or("?".to_string(), |c| c.name_str().to_string())).collect();
            return Err(type_error(format!("Cannot create a consistent method resolution order (MRO) for bases {}", names.join(", "))));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&h) {
                s.remove(0);
            }
        }
        out.push(h);
    }
}

pub fn make_class(name: &str, mut bases: Vec<Value>, ns: Value) -> PyResult<Value> {
    let t = types();
    for b in &bases {
        let Some(bc) = b.as_class() else {
            return Err(type_error("bases must be types".to_string()));
        };
        if bc.builtin && (b.is(&t.bool_) || b.is(&t.range) || b.is(&t.function) || b.is(&t.slice) || b.is(&t.none_type)) {
            return Err(type_error(format!("type '{}' is not an acceptable base type", bc.name_str())));
        }
    }
    if bases.is_empty() {
        bases.push(t.object.clone());
    }
    let mro = c3_mro(&bases)?;
    let native = mro.iter().filter_map(|c| c.as_class()).map(|c| c.native_base).find(|n| *n != NativeBase::Object).unwrap_or(NativeBase::Object);
    // Wrap plain functions named __new__ / __init_subclass__ / __class_getitem__ as CPython does.
    if let Some(d) = ns.as_dict() {
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f) = d.get_str(&intern(special)) {
                if f.as_function().is_some() {
                    d.set_str(intern(special), new_descriptor(DescriptorData::ClassMethod(f)));
                }
            }
        }
        if d.get_str(&intern("__eq__")).is_some() && d.get_str(&intern("__hash__")).is_none() {
            d.set_str(intern("__hash__"), Value::NONE);
        }
        if let Some(f) = d.get_str(&intern("__new__")) {
            if f.as_function().is_some() {
                d.set_str(intern("__new__"), new_descriptor(DescriptorData::StaticMethod(f)));
            }
        }
    }
    let cls = new_class(name, bases, mro, Some(ns), native, false);
    restrict_slots(&cls);
    Ok(cls)
}

/// Computes the `__slots__` restriction of a new class (see `slot_names`).
fn restrict_slots(cls: &Value) {
    let Some(c) = cls.as_class() else { return };
    let key = intern("__slots__");
    let mut allowed = Vec::new();
    for k in c.mro.get().iter() {
        let Some(kc) = k.as_class() else { return };
        if kc.builtin {
            if k.is(&types().object) {
                continue;
            }
            return;
        }
        let Some(slots) = kc.dict.as_dict().and_then(|d| d.get_str(&key)) else { return };
        let names: Vec<Value> = if slots.is_str() { vec![slots] } else { slots.as_seq_slice().map(|s| s.to_vec()).unwrap_or_default() };
        for n in names {
            match n.as_str() {
                Some("__dict__") => return,
                Some(s) => allowed.push(intern(s)),
                None => return,
            }
        }
    }
    c.slot_names.replace(Some(allowed));
}

fn cls_and_args<'a>(args: &Args<'a>) -> PyResult<(&'a Value, Args<'a>)> {
    let (cls, rest) = args.pos.split_first().ok_or_else(|| type_error("__new__ needs a class"))?;
    Ok((cls, Args { pos: rest, kw_names: args.kw_names, kw_values: args.kw_values }))
}

fn type_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (mcs, a) = cls_and_args(&args)?;
    match a.pos.len() {
        1 if !a.has_kwargs() && mcs.is(&types().type_) => Ok(ops::type_of(&a.pos[0])),
        3 => {
            let name = a.pos[0].as_str().ok_or_else(|| type_error("type.__new__() argument 1 must be str"))?.to_string();
            let bases = ops::iter::collect(vm, &a.pos[1])?;
            let ns = new_dict();
            ops::dict_merge(vm, &ns, &a.pos[2], false)?;
            if ns.as_dict().and_then(|d| d.get_str(&intern("__module__"))).is_none() {
                let m = vm.frames.last().and_then(|f| f.globals.as_dict().and_then(|g| g.get_str(&intern("__name__")))).unwrap_or(Value::NONE);
                if let Some(d) = ns.as_dict() {
                    d.set_str(intern("__module__"), m);
                }
            }
            let meta = select_metaclass(Some(mcs.clone()), &bases)?;
            let cls = make_class(&name, bases, ns.clone())?;
            if let Some(c) = cls.as_class() {
                if !meta.is(&types().type_) && meta.as_class().is_some() {
                    c.metaclass.replace(meta);
                }
            }
            finish_class(vm, &cls, &ns, Args { pos: &[], kw_names: a.kw_names, kw_values: a.kw_values })?;
            Ok(cls)
        }
        _ => Err(type_error("type() takes 1 or 3 arguments")),
    }
}

/// `type.__init__`: classes are complete after `__new__`; it accepts the
/// same arguments (metaclasses call it through super()).
fn type_init(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn type_setattr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = super::args::exact(&args, "__setattr__", 3)?;
    if a[0].as_class().is_none() {
        return Err(type_error(format!("descriptor '__setattr__' requires a 'type' object but received a '{}'", ops::type_name(&a[0]))));
    }
    let name = a[1].as_str().ok_or_else(|| type_error(format!("attribute name must be string, not '{}'", ops::type_name(&a[1]))))?;
    ops::attr::type_set_attr(&a[0], &intern(name), a[2].clone())?;
    Ok(Value::NONE)
}

fn type_delattr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = super::args::exact(&args, "__delattr__", 2)?;
    if a[0].as_class().is_none() {
        return Err(type_error(format!("descriptor '__delattr__' requires a 'type' object but received a '{}'", ops::type_name(&a[0]))));
    }
    let name = a[1].as_str().ok_or_else(|| type_error(format!("attribute name must be string, not '{}'", ops::type_name(&a[1]))))?;
    ops::attr::type_del_attr(&a[0], &intern(name))?;
    Ok(Value::NONE)
}

/// `type.__call__(cls, ...)`: what calling a class does (`__new__`, then
/// `__init__`); a metaclass's `__call__` reaches it through super().
fn type_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, a) = cls_and_args(&args)?;
    if cls.as_class().is_none() {
        return Err(type_error(format!("descriptor '__call__' requires a 'type' object but received a '{}'", ops::type_name(cls))));
    }
    vm.construct(cls, a)
}

/// `object.__init_subclass__()`: the end of the chain; takes no keywords.
fn object_init_subclass(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        let name = args.pos.first().and_then(|c| c.as_class().map(|c| c.name_str().to_string())).unwrap_or_else(|| "object".into());
        return Err(type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::NONE)
}

/// `object.__subclasshook__(subclass)`: a classmethod with no opinion, the
/// default ABCMeta's subclass check consults.
fn object_subclasshook(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

fn object_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, _) = cls_and_args(&args)?;
    if cls.is(&types().object) {
        return Ok(crate::objects::instance::new_instance(cls.clone()));
    }
    vm.new_object(cls, Args::positional(&[]))
}

pub fn int_from(vm: &mut Vm, v: &Value, base: Option<&Value>) -> PyResult<Value> {
    if let Some(b) = base {
        let base = int_arg(b, "int")?;
        let s = if let Some(s) = v.as_str() {
            s.to_string()
        } else if let Some(b) = v.as_bytes() {
            String::from_utf8_lossy(b.bytes.get()).into_owned()
        } else {
            return Err(type_error("int() can't convert non-string with explicit base"));
        };
        let base = if !(0..=36).contains(&base) { 1 } else { base as u32 };
        return ops::repr::from_text(text::parse_int(&s, base)).map(crate::objects::int::from_bigint);
    }
    if v.is_small_int() {
        return Ok(v.clone());
    }
    if let Some(i) = v.as_int_like() {
        return Ok(Value::int(i));
    }
    if v.as_bigint_data().is_some() {
        return Ok(v.clone());
    }
    if v.is_float() {
        return ops::repr::from_text(text::float_to_bigint(v.as_float().trunc())).map(crate::objects::int::from_bigint);
    }
    if let Some(s) = v.as_str() {
        return ops::repr::from_text(text::parse_int(s, 10)).map(crate::objects::int::from_bigint);
    }
    if let Some(b) = v.as_bytes() {
        let s = String::from_utf8_lossy(b.bytes.get()).into_owned();
        return ops::repr::from_text(text::parse_int(&s, 10)).map(crate::objects::int::from_bigint);
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = ops::lookup_special(v, name) {
            let r = ops::call_special(vm, &f, v, &[])?;
            if !r.is_int() {
                return Err(type_error(format!("{name} returned non-int (type {})", type_name(&r))));
            }
            return int_from(vm, &r, None);
        }
    }
    if let Some(n) = ops::native_of(v) {
        return int_from(vm, &n, None);
    }
    Err(type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", type_name(v))))
}

fn int_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, a) = cls_and_args(&args)?;
    only_kw(&a, "int", &["base"])?;
    let base = a.pos.get(1).or(a.kw("base")).cloned();
    let v = match a.pos.first() {
        None if base.is_some() => return Err(type_error("int() missing string argument")),
        None => Value::small_int(0),
        Some(v) => int_from(vm, v, base.as_ref())?,
    };
    subclass_wrap(vm, cls, &types().int, v)
}

/// For `class MyInt(int)`: wrap the built value in an instance of the subclass.
fn subclass_wrap(vm: &mut Vm, cls: &Value, builtin: &Value, v: Value) -> PyResult<Value> {
    if cls.is(builtin) {
        return Ok(v);
    }
    let obj = crate::objects::instance::new_instance(cls.clone());
    if let Some(i) = obj.as_instance() {
        i.native.replace(crate::objects::instance::Native::Value(v));
    }
    let _ = vm;
    Ok(obj)
}

pub fn float_from(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if let Some(i) = v.as_int_like() {
        return Ok(i as f64);
    }
    if let Some(b) = v.as_bigint_data() {
        return ops::repr::from_text(text::int_text::bigint_to_f64(b));
    }
    if let Some(s) = v.as_str() {
        return ops::repr::from_text(text::parse_float(s));
    }
    for name in ["__float__", "__index__"] {
        if let Some(f) = ops::lookup_special(v, name) {
            let r = ops::call_special(vm, &f, v, &[])?;
            return float_from(vm, &r);
        }
    }
    if let Some(n) = ops::native_of(v) {
        return float_from(vm, &n);
    }
    Err(type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(v))))
}

fn float_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, a) = cls_and_args(&args)?;
    let a = range(&a, "float", 0, 1)?;
    let f = match a.first() {
        None => 0.0,
        Some(v) => float_from(vm, v)?,
    };
    subclass_wrap(vm, cls, &types().float, Value::float(f))
}

fn str_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, a) = cls_and_args(&args)?;
    only_kw(&a, "str", &["object", "encoding", "errors"])?;
    let obj = a.pos.first().or(a.kw("object")).cloned();
    let encoding = a.pos.get(1).or(a.kw("encoding")).cloned();
    let v = match (obj, encoding) {
        (None, _) => new_string(String::new()),
        (Some(o), Some(_)) => match o.as_bytes() {
            Some(b) => match String::from_utf8(b.bytes.get().clone()) {
                Ok(s) => new_string(s),
                Err(_) => return Err(crate::error::exc(crate::types::ExcType::UnicodeDecodeError, "'utf-8' codec can't decode bytes")),
            },
            None => return Err(type_error("decoding str is not supported")),
        },
        (Some(o), None) => ops::str_of(vm, &o)?,
    };
    subclass_wrap(vm, cls, &types().str_, v)
}

fn bool_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = cls_and_args(&args)?;
    let a = range(&a, "bool", 0, 1)?;
    Ok(Value::bool(match a.first() {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    }))
}

fn list_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, a) = cls_and_args(&args)?;
    let a = range(&a, "list", 0, 1)?;
    let items = match a.first() {
        Some(v) => ops::iter::collect(vm, v)?,
        None => Vec::new(),
    };
    subclass_wrap(vm, cls, &types().list, new_list(items))
}

fn tuple_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, a) = cls_and_args(&args)?;
    let a = range(&a, "tuple", 0, 1)?;
    let v = match a.first() {
        Some(v) if v.as_tuple().is_some() => v.clone(),
        Some(v) => new_tuple(ops::iter::collect(vm, v)?),
        None => new_tuple(vec![]),
    };
    subclass_wrap(vm, cls, &types().tuple, v)
}

/// `dict(...)` / `dict.update(...)`: a mapping or pairs, then keywords.
pub fn dict_fill(vm: &mut Vm, d: &Value, src: Option<&Value>, args: &Args<'_>) -> PyResult<()> {
    if let Some(s) = src {
        if s.as_dict().is_some() || ops::lookup_special(s, "keys").is_some() {
            ops::dict_merge(vm, d, s, false)?;
        } else {
            let it = ops::iter::get_iter(vm, s)?;
            let mut i = 0;
            while let Some(pair) = ops::iter::next(vm, &it)? {
                let kv = match ops::iter::collect(vm, &pair) {
                    Ok(kv) => kv,
                    Err(_) => return Err(type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))),
                };
                if kv.len() != 2 {
                    return Err(value_error(format!("dictionary update sequence element #{i} has length {}; 2 is required", kv.len())));
                }
                let mut kv = kv.into_iter();
                let (k, v) = (kv.next().unwrap_or(Value::NONE), kv.next().unwrap_or(Value::NONE));
                d.as_dict().map(|dd| dd.set(vm, k, v)).transpose()?;
                i += 1;
            }
        }
    }
    for (k, v) in args.kw_names.iter().zip(args.kw_values.iter()) {
        d.as_dict().map(|dd| dd.set(vm, k.clone(), v.clone())).transpose()?;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, a) = cls_and_args(&args)?;
    if a.pos.len() > 1 {
        return Err(type_error(format!("dict expected at most 1 argument, got {}", a.pos.len())));
    }
    let d = new_dict();
    dict_fill(vm, &d, a.pos.first(), &a)?;
    subclass_wrap(vm, cls, &types().dict, d)
}

fn set_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, a) = cls_and_args(&args)?;
    let frozen = cls.is(&types().frozenset) || cls.as_class().is_some_and(|c| c.is_subclass_of(&types().frozenset));
    let a = range(&a, if frozen { "frozenset" } else { "set" }, 0, 1)?;
    let s = crate::heap::alloc(crate::objects::set::new_set_data(frozen));
    if let Some(src) = a.first() {
        super::sets::set_update_from(vm, &s, src)?;
    }
    subclass_wrap(vm, cls, if frozen { &types().frozenset } else { &types().set }, s)
}

fn range_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = cls_and_args(&args)?;
    let a = range(&a, "range", 1, 3)?;
    let ints: Vec<num_bigint::BigInt> = a.iter().map(|v| super::args::big_index_arg(vm, v)).collect::<PyResult<_>>()?;
    let one = || num_bigint::BigInt::from(1);
    let (start, stop, step) = match ints.len() {
        1 => (num_bigint::BigInt::from(0), ints[0].clone(), one()),
        2 => (ints[0].clone(), ints[1].clone(), one()),
        _ => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
    };
    if step == num_bigint::BigInt::from(0) {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(crate::objects::misc::new_any_range(start, stop, step))
}

fn slice_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = cls_and_args(&args)?;
    let a = range(&a, "slice", 1, 3)?;
    Ok(match a.len() {
        1 => new_slice(Value::NONE, a[0].clone(), Value::NONE),
        2 => new_slice(a[0].clone(), a[1].clone(), Value::NONE),
        _ => new_slice(a[0].clone(), a[1].clone(), a[2].clone()),
    })
}

fn slice_field(v: &Value, which: u8) -> PyResult<Value> {
    let s = v.as_slice_obj().ok_or_else(|| type_error("descriptor requires a 'slice' object"))?;
    Ok(match which {
        0 => s.start.clone(),
        1 => s.stop.clone(),
        _ => s.step.clone(),
    })
}
fn slice_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    slice_field(v, 0)
}
fn slice_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    slice_field(v, 1)
}
fn slice_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    slice_field(v, 2)
}

/// `slice.indices(length)`: the clamped (start, stop, step) `range` would use.
fn slice_indices(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = super::args::method(&args, "indices", 1, 1)?;
    if s.as_slice_obj().is_none() {
        return Err(type_error("descriptor 'indices' requires a 'slice' object"));
    }
    let n = super::args::int_arg(&a[0], "indices")?;
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step, _) = ops::subscript::slice_indices(vm, s, n)?;
    Ok(crate::objects::tuple::new_tuple(vec![Value::int(start), Value::int(stop), Value::int(step)]))
}

fn property_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = cls_and_args(&args)?;
    only_kw(&a, "property", &["fget", "fset", "fdel", "doc"])?;
    let get = |i: usize, n: &str| a.pos.get(i).or(a.kw(n)).cloned().unwrap_or(Value::NONE);
    Ok(new_descriptor(DescriptorData::Property { fget: get(0, "fget"), fset: get(1, "fset"), fdel: get(2, "fdel"), doc: get(3, "doc") }))
}

fn property_with(args: Args<'_>, which: usize) -> PyResult<Value> {
    let a = exact(&args, "property", 2)?;
    let Some(DescriptorData::Property { fget, fset, fdel, doc }) = a[0].as_descriptor() else {
        return Err(type_error("descriptor requires a 'property' object"));
    };
    let (mut g, mut s, mut d) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = a[1].clone(),
        1 => s = a[1].clone(),
        _ => d = a[1].clone(),
    }
    Ok(new_descriptor(DescriptorData::Property { fget: g, fset: s, fdel: d, doc: doc.clone() }))
}

fn property_getter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(args, 0)
}
fn property_setter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(args, 1)
}
fn property_deleter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(args, 2)
}

/// The descriptor itself, or the one a subclass instance wraps (`class
/// abstractproperty(property)`).
fn descriptor_of(v: &Value) -> Option<Value> {
    if v.as_descriptor().is_some() {
        return Some(v.clone());
    }
    ops::native_of(v).filter(|n| n.as_descriptor().is_some())
}

fn descriptor_field(v: &Value, which: u8) -> PyResult<Value> {
    let d = descriptor_of(v).ok_or_else(|| type_error("descriptor requires a property, classmethod or staticmethod object"))?;
    Ok(match (d.as_descriptor(), which) {
        (Some(DescriptorData::Property { fget, .. }), 0) => fget.clone(),
        (Some(DescriptorData::Property { fset, .. }), 1) => fset.clone(),
        (Some(DescriptorData::Property { fdel, .. }), 2) => fdel.clone(),
        (Some(DescriptorData::Property { doc, fget, .. }), 3) => {
            if doc.is_none() && !fget.is_none() {
                return Ok(fget.as_function().map(|f| f.doc.get().clone()).unwrap_or(Value::NONE));
            }
            doc.clone()
        }
        (Some(DescriptorData::StaticMethod(f) | DescriptorData::ClassMethod(f)), _) => f.clone(),
        _ => Value::NONE,
    })
}

fn property_fget(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    descriptor_field(v, 0)
}
fn property_fset(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    descriptor_field(v, 1)
}
fn property_fdel(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    descriptor_field(v, 2)
}
fn property_doc(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    descriptor_field(v, 3)
}
fn wrapped_func(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    descriptor_field(v, 4)
}

fn is_abstract(vm: &mut Vm, f: &Value) -> PyResult<bool> {
    if f.is_none() {
        return Ok(false);
    }
    match ops::attr::get_attr_opt(vm, f, &intern("__isabstractmethod__"))? {
        Some(v) => ops::truthy(vm, &v),
        None => Ok(false),
    }
}

/// `__isabstractmethod__` of a property (any accessor abstract) or a
/// class/static method (its function abstract): what ABCMeta collects.
fn descriptor_isabstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fs: Vec<Value> = match descriptor_of(v).as_ref().and_then(|d| d.as_descriptor()) {
        Some(DescriptorData::Property { fget, fset, fdel, .. }) => vec![fget.clone(), fset.clone(), fdel.clone()],
        Some(DescriptorData::StaticMethod(f) | DescriptorData::ClassMethod(f)) => vec![f.clone()],
        _ => vec![],
    };
    for f in fs {
        if is_abstract(vm, &f)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn staticmethod_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = cls_and_args(&args)?;
    let a = exact(&a, "staticmethod", 1)?;
    Ok(new_descriptor(DescriptorData::StaticMethod(a[0].clone())))
}

fn classmethod_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = cls_and_args(&args)?;
    let a = exact(&a, "classmethod", 1)?;
    Ok(new_descriptor(DescriptorData::ClassMethod(a[0].clone())))
}

fn super_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = cls_and_args(&args)?;
    let a = range(&a, "super", 0, 2)?;
    match a.len() {
        0 => Err(runtime_error("super(): no arguments")),
        1 => Err(runtime_error("pylift does not support unbound super objects")),
        _ => {
            if a[0].as_class().is_none() {
                return Err(type_error(format!("super() argument 1 must be a type, not {}", type_name(&a[0]))));
            }
            let ok = ops::isinstance(&a[1], &a[0]) || a[1].as_class().is_some_and(|c| c.is_subclass_of(&a[0]));
            if !ok {
                return Err(type_error("super(type, obj): obj must be an instance or subtype of type"));
            }
            Ok(new_super(a[0].clone(), a[1].clone()))
        }
    }
}

fn enumerate_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = cls_and_args(&args)?;
    only_kw(&a, "enumerate", &["iterable", "start"])?;
    let src = a.pos.first().or(a.kw("iterable")).ok_or_else(|| type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
    let start = a.pos.get(1).or(a.kw("start")).cloned().unwrap_or(Value::small_int(0));
    if !start.is_int() {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&start))));
    }
    let it = ops::iter::get_iter(vm, src)?;
    Ok(new_iter(IterState::Enumerate { it, count: start }))
}

fn zip_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = cls_and_args(&args)?;
    only_kw(&a, "zip", &["strict"])?;
    let strict = match a.kw("strict") {
        Some(s) => ops::truthy(vm, s)?,
        None => false,
    };
    let mut iters = Vec::new();
    for (i, x) in a.pos.iter().enumerate() {
        match ops::iter::get_iter(vm, x) {
            Ok(it) => iters.push(it),
            Err(e) if e.is(crate::types::ExcType::TypeError) => return Err(type_error(format!("zip argument #{} must support iteration", i + 1))),
            Err(e) => return Err(e),
        }
    }
    Ok(new_iter(IterState::Zip { iters, strict }))
}

fn map_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = cls_and_args(&args)?;
    super::args::no_kw(&a, "map")?;
    if a.pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let iters = a.pos[1..].iter().map(|x| ops::iter::get_iter(vm, x)).collect::<PyResult<Vec<_>>>()?;
    Ok(new_iter(IterState::Map { func: a.pos[0].clone(), iters }))
}

fn filter_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = cls_and_args(&args)?;
    let a = exact(&a, "filter", 2)?;
    let it = ops::iter::get_iter(vm, &a[1])?;
    Ok(new_iter(IterState::Filter { func: a[0].clone(), it }))
}

fn reversed_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = cls_and_args(&args)?;
    let a = exact(&a, "reversed", 1)?;
    let seq = &a[0];
    if let Some(f) = ops::lookup_special(seq, "__reversed__") {
        return ops::call_special(vm, &f, seq, &[]);
    }
    // Subclasses of dict and list reverse their value (dict.__reversed__, list.__reversed__).
    let native = ops::native_of(seq).filter(|n| matches!(n.obj_kind(), Some(ObjKind::Dict | ObjKind::List)));
    let seq = native.as_ref().unwrap_or(seq);
    if seq.as_dict().is_some() || seq.obj_kind() == Some(ObjKind::DictView) {
        let mut items = ops::iter::collect(vm, seq)?;
        items.reverse();
        return Ok(new_iter(IterState::List { list: new_list(items), index: 0 }));
    }
    if let Some(r) = seq.as_range() {
        if r.big.is_some() {
            // Item by item from the end (`range.__getitem__` computes each).
            let n = r.checked_len()?;
            return Ok(new_iter(IterState::Reversed { seq: seq.clone(), index: n - 1 }));
        }
        let n = r.len();
        let last = r.start + (n - 1) * r.step;
        return Ok(new_iter(IterState::Range { next: last, stop: r.start - r.step, step: -r.step }));
    }
    let ok = matches!(seq.obj_kind(), Some(ObjKind::List | ObjKind::Tuple | ObjKind::Str | ObjKind::Bytes))
        || (ops::lookup_special(seq, "__len__").is_some() && ops::lookup_special(seq, "__getitem__").is_some());
    if !ok {
        return Err(type_error(format!("'{}' object is not reversible", type_name(seq))));
    }
    let n = ops::len(vm, seq)? as i64;
    Ok(new_iter(IterState::Reversed { seq: seq.clone(), index: n - 1 }))
}

fn bytes_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, a) = cls_and_args(&args)?;
    let mutable = cls.is(&types().bytearray);
    let data = match a.pos.first() {
        None => Vec::new(),
        Some(v) if v.is_str() => {
            let enc = a.pos.get(1).or(a.kw("encoding"));
            if enc.is_none() {
                return Err(type_error("string argument without an encoding"));
            }
            let codec = super::codecs::codec_arg(enc, "bytes")?;
            let errors = super::codecs::errors_arg(a.pos.get(2).or(a.kw("errors")), "bytes")?;
            super::codecs::encode(codec, v.as_str().unwrap_or(""), errors)?
        }
        Some(v) if v.is_int() => {
            let n = int_arg(v, "bytes")?;
            if n < 0 {
                return Err(value_error("negative count"));
            }
            super::bytes::check_size(n as usize)?;
            vec![0u8; n as usize]
        }
        Some(v) if v.as_bytes().is_some() => v.as_bytes().map(|b| b.bytes.get().clone()).unwrap_or_default(),
        Some(v) => {
            let items = ops::iter::collect(vm, v)?;
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                let b = i.to_i64().ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&i))))?;
                if !(0..256).contains(&b) {
                    return Err(value_error("bytes must be in range(0, 256)"));
                }
                out.push(b as u8);
            }
            out
        }
    };
    Ok(crate::heap::alloc(crate::objects::misc::BytesData { bytes: crate::objects::PyCell::new(data), mutable }))
}

fn range_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = super::args::method(&args, "index", 1, 1)?;
    if ops::contains(vm, s, &a[0])? {
        let r = s.as_range().ok_or_else(|| type_error("range"))?;
        let [start, _, step] = r.bounds();
        let i = a[0].to_bigint().unwrap_or_default();
        return Ok(crate::objects::int::from_bigint((i - start) / step));
    }
    let rep = ops::repr(vm, &a[0])?;
    Err(value_error(format!("{rep} is not in range")))
}

fn range_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = super::args::method(&args, "count", 1, 1)?;
    Ok(Value::small_int(ops::contains(vm, s, &a[0])? as i64))
}

fn range_attr(v: &Value, which: u8) -> PyResult<Value> {
    let r = v.as_range().ok_or_else(|| type_error("range"))?;
    let [start, stop, step] = r.bounds();
    Ok(crate::objects::int::from_bigint(match which {
        0 => start,
        1 => stop,
        _ => step,
    }))
}

fn range_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    range_attr(v, 0)
}
fn range_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    range_attr(v, 1)
}
fn range_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    range_attr(v, 2)
}

fn type_mro(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "mro", 1)?;
    Ok(new_list(a[0].as_class().map(|c| c.mro.get().clone()).unwrap_or_default()))
}

/// `type.__instancecheck__(cls, obj)`: the plain test a metaclass hook can
/// fall back on through `super()`.
fn type_instancecheck(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__instancecheck__", 2)?;
    Ok(Value::bool(ops::isinstance(&a[1], &a[0])))
}

fn type_subclasscheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__subclasscheck__", 2)?;
    Ok(Value::bool(super::functions::issubclass_plain(vm, &a[1], &a[0])?))
}

fn iter_self(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__iter__", 1)?;
    Ok(a[0].clone())
}

fn iter_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__next__", 1)?;
    match ops::iter::next_with_value(vm, &a[0])? {
        Ok(v) => Ok(v),
        Err(r) => Err(crate::error::stop_iteration(r)),
    }
}

pub fn install() {
    let t = types();
    register_methods(
        &t.type_,
        "type",
        &[
            ("__new__", type_new),
            ("__init__", type_init),
            ("__call__", type_call),
            ("__setattr__", type_setattr),
            ("__delattr__", type_delattr),
            ("mro", type_mro),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
        ],
    );
    register_methods(&t.object, "object", &[("__new__", object_new), ("__init_subclass__", object_init_subclass)]);
    let hook = crate::objects::func::new_method_builtin("object", "__subclasshook__", object_subclasshook);
    super::set_class_attr(&t.object, "__subclasshook__", new_descriptor(DescriptorData::ClassMethod(hook)));
    register_methods(&t.int, "int", &[("__new__", int_new)]);
    register_methods(&t.bool_, "bool", &[("__new__", bool_new)]);
    register_methods(&t.float, "float", &[("__new__", float_new)]);
    register_methods(&t.str_, "str", &[("__new__", str_new)]);
    register_methods(&t.list, "list", &[("__new__", list_new)]);
    register_methods(&t.tuple, "tuple", &[("__new__", tuple_new)]);
    register_methods(&t.dict, "dict", &[("__new__", dict_new)]);
    register_methods(&t.set, "set", &[("__new__", set_new)]);
    register_methods(&t.frozenset, "frozenset", &[("__new__", set_new)]);
    register_methods(&t.range, "range", &[("__new__", range_new), ("index", range_index), ("count", range_count)]);
    for (name, get) in [("start", range_start as fn(&mut Vm, &Value) -> PyResult<Value>), ("stop", range_stop), ("step", range_step)] {
        super::set_class_attr(&t.range, name, crate::objects::misc::new_descriptor(DescriptorData::Getter { name, get }));
    }
    // Mutable containers are unhashable: `list.__hash__ is None`, as code
    // such as dataclasses' mutable-default check tests.
    for cls in [&t.list, &t.dict, &t.set, &t.bytearray] {
        super::set_class_attr(cls, "__hash__", Value::NONE);
    }
    register_methods(&t.slice, "slice", &[("__new__", slice_new), ("indices", slice_indices)]);
    for (name, get) in [("start", slice_start as fn(&mut Vm, &Value) -> PyResult<Value>), ("stop", slice_stop), ("step", slice_step)] {
        super::set_class_attr(&t.slice, name, crate::objects::misc::new_descriptor(DescriptorData::Getter { name, get }));
    }
    register_methods(&t.property, "property", &[("__new__", property_new), ("getter", property_getter), ("setter", property_setter), ("deleter", property_deleter)]);
    type Get = fn(&mut Vm, &Value) -> PyResult<Value>;
    for (name, get) in [("fget", property_fget as Get), ("fset", property_fset), ("fdel", property_fdel), ("__doc__", property_doc), ("__isabstractmethod__", descriptor_isabstract)] {
        super::set_class_attr(&t.property, name, crate::objects::misc::new_descriptor(DescriptorData::Getter { name, get }));
    }
    for cls in [&t.staticmethod, &t.classmethod] {
        for (name, get) in [("__func__", wrapped_func as Get), ("__wrapped__", wrapped_func), ("__isabstractmethod__", descriptor_isabstract)] {
            super::set_class_attr(cls, name, crate::objects::misc::new_descriptor(DescriptorData::Getter { name, get }));
        }
    }
    register_methods(&t.staticmethod, "staticmethod", &[("__new__", staticmethod_new)]);
    register_methods(&t.classmethod, "classmethod", &[("__new__", classmethod_new)]);
    register_methods(&t.super_, "super", &[("__new__", super_new)]);
    register_methods(&t.bytes, "bytes", &[("__new__", bytes_new)]);
    register_methods(&t.bytearray, "bytearray", &[("__new__", bytes_new)]);
    register_methods(t.iter_class(IterClass::Enumerate), "enumerate", &[("__new__", enumerate_new)]);
    register_methods(t.iter_class(IterClass::Zip), "zip", &[("__new__", zip_new)]);
    register_methods(t.iter_class(IterClass::Map), "map", &[("__new__", map_new)]);
    register_methods(t.iter_class(IterClass::Filter), "filter", &[("__new__", filter_new)]);
    register_methods(t.iter_class(IterClass::Reversed), "reversed", &[("__new__", reversed_new)]);
    for c in t.iters.iter() {
        let owner: &'static str = "iterator";
        register_methods(c, owner, &[("__iter__", iter_self), ("__next__", iter_next)]);
    }
}
