//! The global built-in functions (`print`, `len`, `sorted`, ...).

use super::args::{exact, int_arg, no_kw, only_kw, range};
use crate::error::{exc, type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::func::{Args, NativeFn};
use crate::objects::iter::{new_iter, IterState};
use crate::objects::list::new_list;
use crate::objects::str::{intern, new_str, new_string};
use crate::ops::{self, type_name};
use crate::text;
use crate::types::ExcType;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::io::Write;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("sorted", sorted),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("hasattr", hasattr),
    ("getattr", getattr),
    ("setattr", setattr),
    ("delattr", delattr),
    ("iter", iter),
    ("next", next),
    ("ord", ord),
    ("chr", chr),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("round", round),
    ("divmod", divmod),
    ("pow", pow),
    ("hash", hash),
    ("id", id),
    ("any", any),
    ("all", all),
    ("callable", callable),
    ("format", format),
    ("globals", globals),
    ("locals", locals),
    ("vars", vars),
    ("dir", dir),
    ("input", input),
    ("open", super::files::open),
    ("exec", super::eval::exec),
    ("eval", super::eval::eval),
    ("exit", exit),
    ("quit", exit),
];

/// Writes text to `sys.stdout` (buffered) or any object with `write`.
pub fn write_to(vm: &mut Vm, file: Option<&Value>, s: &str) -> PyResult<()> {
    match file {
        None => {
            let _ = vm.out.write_all(s.as_bytes());
            Ok(())
        }
        Some(f) if f.is_none() => {
            let _ = vm.out.write_all(s.as_bytes());
            Ok(())
        }
        Some(f) => {
            if f.as_file().is_some() {
                super::files::write_str(vm, f, s)?;
                return Ok(());
            }
            let w = ops::attr::get_attr(vm, f, &intern("write"))?;
            vm.call(&w, &[new_string(s.to_string())])?;
            Ok(())
        }
    }
}

fn print(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    only_kw(&args, "print", &["sep", "end", "file", "flush"])?;
    let opt_str = |v: Option<&Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) if v.is_none() => Ok(default.to_string()),
            Some(v) => v.as_str().map(|s| s.to_string()).ok_or_else(|| type_error(format!("{what} must be None or a string, not {}", type_name(v)))),
        }
    };
    let sep = opt_str(args.kw("sep"), " ", "sep")?;
    let end = opt_str(args.kw("end"), "\n", "end")?;
    let file = args.kw("file").cloned().filter(|f| !f.is_none()).unwrap_or_else(|| sys_stream(vm, "stdout"));
    if file.as_file().is_some() {
        // A real file: one write of the whole line.
        let mut out = String::new();
        for (i, a) in args.pos.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&ops::to_str(vm, a)?);
        }
        out.push_str(&end);
        write_to(vm, Some(&file), &out)?;
    } else {
        // Any other object sees each piece written separately, as in CPython.
        for (i, a) in args.pos.iter().enumerate() {
            if i > 0 {
                write_to(vm, Some(&file), &sep)?;
            }
            let s = ops::to_str(vm, a)?;
            write_to(vm, Some(&file), &s)?;
        }
        write_to(vm, Some(&file), &end)?;
    }
    let flush = match args.kw("flush") {
        Some(f) => ops::truthy(vm, f)?,
        None => false,
    };
    if flush {
        if file.as_file().is_some() {
            super::files::flush_file(vm, &file)?;
        } else {
            let f = ops::attr::get_attr(vm, &file, &intern("flush"))?;
            vm.call(&f, &[])?;
        }
    }
    Ok(Value::NONE)
}

pub(crate) fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "len", 1)?;
    Ok(Value::int(ops::len(vm, &a[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "repr", 1)?;
    Ok(new_string(ops::repr(vm, &a[0])?))
}

fn ascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "ascii", 1)?;
    Ok(new_string(ops::format::ascii_of(vm, &a[0])?))
}

pub(crate) fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "abs", 1)?;
    let v = &a[0];
    if let Some(i) = v.as_int_like() {
        return Ok(Value::int(i.abs()));
    }
    if v.is_float() {
        return Ok(Value::float(v.as_float().abs()));
    }
    if let Some(b) = v.as_bigint_data() {
        return Ok(crate::objects::int::from_bigint(b.abs()));
    }
    if let Some(f) = ops::lookup_special(v, "__abs__") {
        return ops::call_special(vm, &f, v, &[]);
    }
    if let Some(n) = ops::native_of(v) {
        return abs(vm, Args::positional(&[n]));
    }
    Err(type_error(format!("bad operand type for abs(): '{}'", type_name(v))))
}

fn min_max(vm: &mut Vm, args: Args<'_>, name: &str, want_less: bool) -> PyResult<Value> {
    only_kw(&args, name, &["key", "default"])?;
    let key = args.kw("key").filter(|k| !k.is_none()).cloned();
    let default = args.kw("default").cloned();
    let items = match args.pos.len() {
        0 => return Err(type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => ops::iter::collect(vm, &args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
            }
            args.pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bi)) => {
                let op = if want_less { crate::frontend::ast::CmpOp::Lt } else { crate::frontend::ast::CmpOp::Gt };
                let better = match ops::compare::compare_fast(&k, &bk, op) {
                    Some(b) => b,
                    None => {
                        let r = ops::compare::compare(vm, &k, &bk, op)?;
                        ops::truthy(vm, &r)?
                    }
                };
                if better {
                    Some((k, item))
                } else {
                    Some((bk, bi))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

pub(crate) fn min(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "min", true)
}

pub(crate) fn max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "max", false)
}

fn sum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    only_kw(&args, "sum", &["start"])?;
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(type_error(format!("sum() takes at most 2 arguments ({} given)", args.pos.len())));
    }
    let start = args.pos.get(1).or(args.kw("start")).cloned().unwrap_or(Value::small_int(0));
    if start.is_str() {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if start.as_bytes().is_some() {
        return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = ops::iter::get_iter(vm, &args.pos[0])?;
    let mut acc = start;
    // Float sums use plain addition, as CPython 3.11 does.
    while let Some(x) = ops::iter::next(vm, &it)? {
        acc = match ops::arith::binary_fast(&acc, &x, crate::frontend::ast::BinOp::Add) {
            Some(v) => v,
            None => ops::arith::binary(vm, &acc, &x, crate::frontend::ast::BinOp::Add)?,
        };
    }
    Ok(acc)
}

fn sorted(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    only_kw(&args, "sorted", &["key", "reverse"])?;
    if args.pos.len() != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {}", args.pos.len())));
    }
    let mut items = ops::iter::collect(vm, &args.pos[0])?;
    let key = args.kw("key").filter(|k| !k.is_none()).cloned();
    let reverse = match args.kw("reverse") {
        Some(r) => ops::truthy(vm, r)?,
        None => false,
    };
    super::lists::sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(new_list(items))
}

/// The plain `isinstance`/`issubclass` test over a class or a tuple of
/// them (hooks are the callers': `isinstance_hooked`, `issubclass_hooked`).
fn class_or_tuple_check(vm: &mut Vm, cls: &Value, fname: &str, test: &mut dyn FnMut(&mut Vm, &Value) -> PyResult<bool>) -> PyResult<bool> {
    if let Some(t) = cls.as_tuple() {
        for c in t.items.iter() {
            if class_or_tuple_check(vm, c, fname, test)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.as_class().is_none() {
        return Err(type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union")));
    }
    test(vm, cls)
}

fn isinstance(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "isinstance", 2)?;
    Ok(Value::bool(isinstance_hooked(vm, &a[0], &a[1])?))
}

/// `isinstance` as CPython's `PyObject_IsInstance`: an exact type match, then
/// tuples element by element, then the metaclass's `__instancecheck__`
/// (ABCMeta's virtual subclasses), else the MRO test.
pub fn isinstance_hooked(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if ops::type_of(obj).is(cls) {
        return Ok(true);
    }
    if let Some(t) = cls.as_tuple() {
        for c in t.items.iter() {
            if isinstance_hooked(vm, obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(f) = check_hook(cls, "__instancecheck__") {
        let r = ops::call_special(vm, &f, cls, std::slice::from_ref(obj))?;
        return ops::truthy(vm, &r);
    }
    class_or_tuple_check(vm, cls, "isinstance", &mut |_, c| Ok(ops::isinstance(obj, c)))
}

fn issubclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "issubclass", 2)?;
    Ok(Value::bool(issubclass_hooked(vm, &a[0], &a[1])?))
}

/// `issubclass` as CPython's `PyObject_IsSubclass`: tuples element by element,
/// then the metaclass's `__subclasscheck__`, else the MRO test.
pub fn issubclass_hooked(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = cls.as_tuple() {
        for c in t.items.iter() {
            if issubclass_hooked(vm, derived, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(f) = check_hook(cls, "__subclasscheck__") {
        let r = ops::call_special(vm, &f, cls, std::slice::from_ref(derived))?;
        return ops::truthy(vm, &r);
    }
    issubclass_plain(vm, derived, cls)
}

/// The `__instancecheck__`/`__subclasscheck__` the type of a spec defines: a
/// class's metaclass (ABCMeta) or the class of a non-class spec (`int | None`,
/// typing's aliases). `type`'s own is the plain test, done natively.
fn check_hook(spec: &Value, name: &str) -> Option<Value> {
    if spec.as_class().is_some() {
        ops::meta_special(spec, name)
    } else if spec.as_instance().is_some() {
        ops::lookup_special(spec, name)
    } else {
        None
    }
}

/// The MRO test without hooks (`type.__subclasscheck__`).
pub fn issubclass_plain(vm: &mut Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    let Some(c) = derived.as_class() else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    class_or_tuple_check(vm, cls, "issubclass", &mut |_, other| Ok(c.is_subclass_of(other)))
}

fn attr_name(v: &Value) -> PyResult<Value> {
    match v.as_str() {
        Some(s) => Ok(intern(s)),
        None => Err(type_error(format!("attribute name must be string, not '{}'", type_name(v)))),
    }
}

fn hasattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "hasattr", 2)?;
    let name = attr_name(&a[1])?;
    match ops::attr::get_attr_opt(vm, &a[0], &name) {
        Ok(v) => Ok(Value::bool(v.is_some())),
        Err(e) if e.is(ExcType::AttributeError) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = range(&args, "getattr", 2, 3)?;
    let name = attr_name(&a[1])?;
    match ops::attr::get_attr_opt(vm, &a[0], &name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match a.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(ops::attr::no_attribute(&a[0], &name)),
        },
        Err(e) if e.is(ExcType::AttributeError) && a.len() == 3 => Ok(a[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "setattr", 3)?;
    let name = attr_name(&a[1])?;
    ops::attr::set_attr(vm, &a[0], &name, a[2].clone())?;
    Ok(Value::NONE)
}

fn delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "delattr", 2)?;
    let name = attr_name(&a[1])?;
    ops::attr::del_attr(vm, &a[0], &name)?;
    Ok(Value::NONE)
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = range(&args, "iter", 1, 2)?;
    if a.len() == 2 {
        return Ok(new_iter(IterState::Callable { func: a[0].clone(), sentinel: a[1].clone() }));
    }
    ops::iter::get_iter(vm, &a[0])
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = range(&args, "next", 1, 2)?;
    if !ops::iter::is_iterator(&a[0]) {
        return Err(type_error(format!("'{}' object is not an iterator", type_name(&a[0]))));
    }
    match ops::iter::next_with_value(vm, &a[0])? {
        Ok(v) => Ok(v),
        Err(r) => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(crate::error::stop_iteration(r)),
        },
    }
}

fn ord(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "ord", 1)?;
    if let Some(s) = a[0].as_str_data() {
        if s.char_len() != 1 {
            return Err(type_error(format!("ord() expected a character, but string of length {} found", s.char_len())));
        }
        return Ok(Value::int(s.as_str().chars().next().map_or(0, |c| c as i64)));
    }
    if let Some(b) = a[0].as_bytes() {
        let bytes = b.bytes.get();
        if bytes.len() != 1 {
            return Err(type_error(format!("ord() expected a character, but string of length {} found", bytes.len())));
        }
        return Ok(Value::int(bytes[0] as i64));
    }
    Err(type_error(format!("ord() expected string of length 1, but {} found", type_name(&a[0]))))
}

fn chr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "chr", 1)?;
    let i = int_arg(&a[0], "chr")?;
    if !(0..0x110000).contains(&i) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(crate::objects::str::char_str(c)),
        None => Err(value_error("pylift strings cannot hold lone surrogate code points")),
    }
}

fn int_of(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = v.to_bigint() {
        return Ok(b);
    }
    if let Some(f) = ops::lookup_special(v, "__index__") {
        let r = ops::call_special(vm, &f, v, &[])?;
        return int_of(vm, &r);
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))))
}

fn base_fn(vm: &mut Vm, args: Args<'_>, name: &str, base: u32) -> PyResult<Value> {
    let a = exact(&args, name, 1)?;
    let b = int_of(vm, &a[0])?;
    Ok(new_string(text::int_to_base(&b, base, true)))
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    base_fn(vm, args, "hex", 16)
}
fn oct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    base_fn(vm, args, "oct", 8)
}
fn bin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    base_fn(vm, args, "bin", 2)
}

pub(crate) fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    only_kw(&args, "round", &["ndigits"])?;
    let x = args.pos.first().ok_or_else(|| type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = args.pos.get(1).or(args.kw("ndigits")).filter(|v| !v.is_none()).cloned();
    if x.is_float() {
        let f = x.as_float();
        return match nd {
            None => {
                let r = text::round_half_even(f);
                ops::repr::from_text(text::float_to_bigint(r)).map(crate::objects::int::from_bigint)
            }
            Some(n) => {
                let n = int_arg(&n, "round")?;
                ops::repr::from_text(text::round_float(f, n)).map(Value::float)
            }
        };
    }
    if x.is_int() {
        let Some(n) = nd else {
            return Ok(match x.as_int_like() {
                Some(i) => Value::int(i),
                None => x.clone(),
            });
        };
        let n = int_arg(&n, "round")?;
        if n >= 0 {
            return Ok(match x.as_int_like() {
                Some(i) => Value::int(i),
                None => x.clone(),
            });
        }
        // Round to a multiple of 10**-n, halves to even.
        let v = x.to_bigint().unwrap_or_default();
        let m = num_traits::pow::Pow::pow(BigInt::from(10), (-n) as u32);
        let (q, r) = num_integer::Integer::div_mod_floor(&v, &m);
        let twice = &r * 2;
        let q = if twice > m || (twice == m && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
        return Ok(crate::objects::int::from_bigint(q * m));
    }
    if let Some(f) = ops::lookup_special(x, "__round__") {
        let extra: Vec<Value> = nd.into_iter().collect();
        return ops::call_special(vm, &f, x, &extra);
    }
    if let Some(n) = ops::native_of(x).filter(|n| n.is_int() || n.is_float()) {
        let mut pos = vec![n];
        pos.extend(nd);
        return round(vm, Args::positional(&pos));
    }
    Err(type_error(format!("type {} doesn't define __round__ method", type_name(x))))
}

fn divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "divmod", 2)?;
    ops::arith::divmod(vm, &a[0], &a[1])
}

pub(crate) fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    only_kw(&args, "pow", &["base", "exp", "mod"])?;
    let a = args.pos;
    let (base, e) = match (a.first().or(args.kw("base")), a.get(1).or(args.kw("exp"))) {
        (Some(b), Some(e)) => (b.clone(), e.clone()),
        _ => return Err(type_error("pow() missing required argument 'exp' (pos 2)")),
    };
    let m = a.get(2).or(args.kw("mod")).filter(|m| !m.is_none()).cloned();
    match m {
        None => ops::arith::binary(vm, &base, &e, crate::frontend::ast::BinOp::Pow),
        Some(m) => {
            let (Some(b), Some(e), Some(m)) = (base.to_bigint(), e.to_bigint(), m.to_bigint()) else {
                return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            };
            if m.is_zero() {
                return Err(value_error("pow() 3rd argument cannot be 0"));
            }
            let (b, e) = if e.is_negative() {
                let inv = mod_inverse(&b, &m).ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
                (inv, -e)
            } else {
                (b, e)
            };
            let r = b.modpow(&e, &m.abs());
            // Python's result has the sign of the modulus.
            let r = if m.is_negative() && !r.is_zero() { r + &m } else { r };
            Ok(crate::objects::int::from_bigint(r))
        }
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = num_integer::Integer::extended_gcd(&num_integer::Integer::mod_floor(a, &m), &m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&g.x, &m))
}

fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "hash", 1)?;
    Ok(Value::int(ops::hash::hash(vm, &a[0])?))
}

fn id(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "id", 1)?;
    let v = &a[0];
    Ok(if v.is_ptr() { Value::int((v.bits() & crate::value::PAYLOAD_MASK) as i64) } else { Value::int((v.bits() >> 3) as i64 & 0x7fff_ffff_ffff) })
}

fn any(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "any", 1)?;
    let it = ops::iter::get_iter(vm, &a[0])?;
    while let Some(x) = ops::iter::next(vm, &it)? {
        if ops::truthy(vm, &x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "all", 1)?;
    let it = ops::iter::get_iter(vm, &a[0])?;
    while let Some(x) = ops::iter::next(vm, &it)? {
        if !ops::truthy(vm, &x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

pub fn is_callable(v: &Value) -> bool {
    use crate::heap::ObjKind as K;
    match v.obj_kind() {
        Some(K::Function | K::Builtin | K::BoundMethod | K::Class) => true,
        Some(K::Instance) => ops::lookup_special(v, "__call__").is_some(),
        _ => false,
    }
}

fn callable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "callable", 1)?;
    Ok(Value::bool(is_callable(&a[0])))
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = range(&args, "format", 1, 2)?;
    let spec = match a.get(1) {
        Some(s) => s.as_str().ok_or_else(|| type_error(format!("format() argument 2 must be str, not {}", type_name(s))))?.to_string(),
        None => String::new(),
    };
    Ok(new_string(ops::format::format(vm, &a[0], &spec)?))
}

fn globals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "globals", 0)?;
    Ok(vm.frames.last().map(|f| f.globals.clone()).unwrap_or(Value::NONE))
}

pub(crate) fn locals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "locals", 0)?;
    let Some(f) = vm.frames.last() else { return Ok(Value::NONE) };
    if !f.locals.is_undef() {
        return Ok(f.locals.clone());
    }
    let d = crate::objects::dict::new_dict();
    let (code, base) = (f.code.clone(), f.base);
    for (i, n) in code.varnames.iter().enumerate() {
        // SAFETY: the frame's registers.
        let v = unsafe { (*vm.reg_ptr(base + i)).clone() };
        if !v.is_undef() {
            if let Some(dd) = d.as_dict() {
                dd.set_str(n.clone(), v);
            }
        }
    }
    Ok(d)
}

fn vars(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = range(&args, "vars", 0, 1)?;
    match a.first() {
        None => locals(vm, Args::positional(&[])),
        Some(o) => match ops::attr::get_attr_opt(vm, o, &intern("__dict__"))? {
            Some(d) => Ok(d),
            None => Err(type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = range(&args, "dir", 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match a.first() {
        None => {
            let l = locals(vm, Args::positional(&[]))?;
            names = l.as_dict().map(|d| d.keys().iter().filter_map(|k| k.as_str().map(|s| s.to_string())).collect()).unwrap_or_default();
        }
        Some(o) => {
            if let Some(m) = o.as_module() {
                names = m.dict.as_dict().map(|d| d.keys().iter().filter_map(|k| k.as_str().map(|s| s.to_string())).collect()).unwrap_or_default();
            } else {
                if let Some(inst) = o.as_instance() {
                    let d = inst.to_dict_mode();
                    names.extend(d.as_dict().map(|d| d.keys().iter().filter_map(|k| k.as_str().map(|s| s.to_string())).collect::<Vec<_>>()).unwrap_or_default());
                }
                let cls = if o.as_class().is_some() { o.clone() } else { ops::type_of(o) };
                if let Some(c) = cls.as_class() {
                    for k in c.mro.get().iter() {
                        if let Some(kd) = k.as_class().and_then(|kc| kc.dict.as_dict()) {
                            names.extend(kd.keys().iter().filter_map(|k| k.as_str().map(|s| s.to_string())));
                        }
                    }
                }
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(new_list(names.into_iter().map(new_string).collect()))
}

/// `sys.stdin`/`stdout`/`stderr` as the script sees them (it may have
/// replaced them), or the real stream when `sys` was never imported.
pub fn sys_stream(vm: &mut Vm, name: &str) -> Value {
    let sys = vm.modules.as_dict().and_then(|d| d.get_str(&intern("sys")));
    if let Some(v) = sys.and_then(|m| m.as_module().and_then(|m| m.dict.as_dict()).and_then(|d| d.get_str(&intern(name)))) {
        return v;
    }
    super::files::std_stream(match name {
        "stdin" => 0,
        "stdout" => 1,
        _ => 2,
    })
}

fn input(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = range(&args, "input", 0, 1)?;
    let stdout = sys_stream(vm, "stdout");
    if let Some(p) = a.first() {
        let s = ops::to_str(vm, p)?;
        write_to(vm, Some(&stdout), &s)?;
    }
    if stdout.as_file().is_some() {
        super::files::flush_file(vm, &stdout)?;
    }
    let stdin = sys_stream(vm, "stdin");
    let line = if stdin.as_file().is_some() {
        super::files::readline_value(vm, &stdin, None)?
    } else {
        let f = ops::attr::get_attr(vm, &stdin, &intern("readline"))?;
        vm.call(&f, &[])?
    };
    let Some(s) = line.as_str() else {
        return Err(type_error("object.readline() returned non-string"));
    };
    if s.is_empty() {
        return Err(exc(ExcType::EOFError, "EOF when reading a line"));
    }
    Ok(new_str(s.strip_suffix('\n').unwrap_or(s)))
}

fn exit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kw(&args, "exit")?;
    let code = args.pos.first().cloned().unwrap_or(Value::NONE);
    Err(crate::error::PyErr(crate::error::new_exception(ExcType::SystemExit, if code.is_none() && args.pos.is_empty() { vec![] } else { vec![code] })))
}
