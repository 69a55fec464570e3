//! Methods of `object`, exceptions, numbers and generators.

use super::args::{exact, method};
use super::register_methods;
use crate::error::{type_error, PyErr, PyResult};
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::objects::str::{intern, new_string};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::{types, ExcType};
use crate::value::Value;
use num_traits::Signed;

fn object_init(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn object_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__repr__", 1)?;
    let v = &a[0];
    if v.as_instance().is_some() {
        let cls = ops::type_of(v);
        let c = cls.as_class().ok_or_else(|| type_error("class"))?;
        let module = c.dict.as_dict().and_then(|d| d.get_str(&intern("__module__")));
        let m = module.as_ref().and_then(|m| m.as_str()).unwrap_or("__main__");
        return Ok(new_string(format!("<{}.{} object at {:#x}>", m, c.qualname.get().as_str().unwrap_or("?"), v.bits() & crate::value::PAYLOAD_MASK)));
    }
    Ok(new_string(ops::repr(vm, v)?))
}

fn object_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__str__", 1)?;
    let v = &a[0];
    if let Some(f) = ops::lookup_special(v, "__repr__") {
        return ops::call_special(vm, &f, v, &[]);
    }
    object_repr(vm, args)
}

fn object_eq(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__eq__", 2)?;
    Ok(if a[0].is(&a[1]) { Value::TRUE } else { Value::NOT_IMPLEMENTED })
}

fn object_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__ne__", 2)?;
    if let Some(f) = ops::lookup_special(&a[0], "__eq__") {
        let r = ops::call_special(vm, &f, &a[0], &[a[1].clone()])?;
        if r.is_not_implemented() {
            return Ok(r);
        }
        return Ok(Value::bool(!ops::truthy(vm, &r)?));
    }
    Ok(if a[0].is(&a[1]) { Value::FALSE } else { Value::NOT_IMPLEMENTED })
}

fn object_hash(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__hash__", 1)?;
    Ok(Value::int(ops::hash::identity_hash(&a[0])))
}

fn object_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__setattr__", 3)?;
    let inst = a[0].as_instance().ok_or_else(|| type_error("object.__setattr__ needs an instance"))?;
    let name = intern(a[1].as_str().ok_or_else(|| type_error("attribute name must be string"))?);
    if let Some(crate::objects::misc::DescriptorData::Property { fset, .. }) = ops::type_of(&a[0]).as_class().and_then(|c| c.lookup(&name)).as_ref().and_then(|p| p.as_descriptor()) {
        let f = fset.clone();
        vm.call(&f, &[a[0].clone(), a[2].clone()])?;
        return Ok(Value::NONE);
    }
    inst.set_attr(&name, a[2].clone());
    Ok(Value::NONE)
}

fn object_delattr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__delattr__", 2)?;
    let inst = a[0].as_instance().ok_or_else(|| type_error("object.__delattr__ needs an instance"))?;
    let name = intern(a[1].as_str().ok_or_else(|| type_error("attribute name must be string"))?);
    if !inst.del_attr(&name) {
        return Err(ops::attr::no_attribute(&a[0], &name));
    }
    Ok(Value::NONE)
}

fn object_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__getattribute__", 2)?;
    let name = intern(a[1].as_str().ok_or_else(|| type_error("attribute name must be string"))?);
    if let Some(inst) = a[0].as_instance() {
        let cls = inst.class.get().clone();
        let cattr = cls.as_class().and_then(|c| c.lookup(&name));
        if let Some(ca) = &cattr {
            if ops::attr::is_data_descriptor(ca) {
                return ops::attr::descriptor_get(vm, ca.clone(), &a[0], &cls);
            }
        }
        if let Some(v) = inst.get_attr(&name) {
            return Ok(v);
        }
        if let Some(ca) = cattr {
            return ops::attr::descriptor_get(vm, ca, &a[0], &cls);
        }
        return Err(ops::attr::no_attribute(&a[0], &name));
    }
    ops::attr::get_attr(vm, &a[0], &name)
}

fn object_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__format__", 2)?;
    let spec = a[1].as_str().unwrap_or("");
    if !spec.is_empty() {
        return Err(type_error(format!("unsupported format string passed to {}.__format__", ops::type_name(&a[0]))));
    }
    ops::str_of(vm, &a[0])
}

fn exc_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = args.pos.split_first().ok_or_else(|| type_error("__init__ needs self"))?;
    if let Some(st) = s.as_instance().and_then(|i| i.exc()) {
        st.args = new_tuple(rest.to_vec());
    }
    let _ = vm;
    Ok(Value::NONE)
}

fn exc_with_traceback(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "with_traceback", 1, 1)?;
    Ok(s.clone())
}

fn exc_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__str__", 1)?;
    let st = a[0].as_instance().and_then(|i| i.exc()).map(|st| st.args.clone()).unwrap_or(Value::NONE);
    let items = st.as_tuple().map(|t| t.items.to_vec()).unwrap_or_default();
    let is_key_error = ops::isinstance(&a[0], &types().exc(ExcType::KeyError));
    Ok(match items.len() {
        0 => new_string(String::new()),
        1 if is_key_error => new_string(ops::repr(vm, &items[0])?),
        1 => ops::str_of(vm, &items[0])?,
        _ => new_string(ops::repr(vm, &st)?),
    })
}

/// `msg (file.py, line N)`, as CPython shows a SyntaxError that knows its place.
fn syntax_error_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__str__", 1)?;
    let get = |n: &str| a[0].as_instance().and_then(|i| i.get_attr(&intern(n))).filter(|v| !v.is_none());
    let (msg, filename, lineno) = (get("msg"), get("filename"), get("lineno"));
    let Some(msg) = msg else { return exc_str(vm, args) };
    let msg = ops::to_str(vm, &msg)?;
    let base = filename.as_ref().and_then(|f| f.as_str()).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let line = lineno.and_then(|l| l.to_i64());
    Ok(new_string(match (base, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    }))
}

fn exc_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__repr__", 1)?;
    let args_t = a[0].as_instance().and_then(|i| i.exc()).map(|st| st.args.clone()).unwrap_or(Value::NONE);
    let items = args_t.as_tuple().map(|t| t.items.to_vec()).unwrap_or_default();
    let name = ops::type_name(&a[0]);
    let inner = if items.len() == 1 { ops::repr(vm, &items[0])? } else { ops::repr(vm, &args_t)?.trim_start_matches('(').trim_end_matches(')').to_string() };
    Ok(new_string(format!("{name}({inner})")))
}

fn stop_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let _ = vm;
    Ok(v.as_instance().and_then(|i| i.exc()).and_then(|st| st.args.as_tuple().and_then(|t| t.items.first().cloned())).unwrap_or(Value::NONE))
}

fn int_bit_length(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "bit_length", 0, 0)?;
    let b = s.to_bigint().or_else(|| ops::native_of(s).and_then(|n| n.to_bigint())).ok_or_else(|| type_error("int"))?;
    Ok(Value::int(b.abs().bits() as i64))
}

fn int_bit_count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "bit_count", 0, 0)?;
    let b = s.to_bigint().ok_or_else(|| type_error("int"))?;
    let ones: u64 = b.abs().to_biguint().map_or(0, |u| u.to_u64_digits().iter().map(|d| d.count_ones() as u64).sum());
    Ok(Value::int(ones as i64))
}

fn int_conjugate(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "conjugate", 0, 0)?;
    Ok(match s.as_int_like() {
        Some(i) => Value::int(i),
        None => s.clone(),
    })
}

/// `int.as_integer_ratio()`: `(int(self), 1)` (a bool gives plain ints).
fn int_as_integer_ratio(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "as_integer_ratio", 0, 0)?;
    let n = match s.as_int_like() {
        Some(i) => Value::int(i),
        None if s.as_bigint_data().is_some() => s.clone(),
        None => ops::native_of(s).filter(|n| n.is_int()).ok_or_else(|| type_error("descriptor 'as_integer_ratio' requires an 'int' object"))?,
    };
    Ok(crate::objects::tuple::new_tuple(vec![n, Value::small_int(1)]))
}

fn float_is_integer(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "is_integer", 0, 0)?;
    let f = if s.is_float() { s.as_float() } else { return Err(type_error("float")) };
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "as_integer_ratio", 0, 0)?;
    let f = if s.is_float() { s.as_float() } else { return Err(type_error("float")) };
    if f.is_infinite() {
        return Err(crate::error::overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(crate::error::value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = crate::objects::int::frexp(f);
    let mut mant = m;
    let mut exp = e;
    while mant.fract() != 0.0 {
        mant *= 2.0;
        exp -= 1;
    }
    let num = num_bigint::BigInt::from(mant as i64);
    let (num, den) = if exp >= 0 { (num << exp as usize, num_bigint::BigInt::from(1)) } else { (num, num_bigint::BigInt::from(1) << (-exp) as usize) };
    Ok(new_tuple(vec![crate::objects::int::from_bigint(num), crate::objects::int::from_bigint(den)]))
}

/// `float.hex()`: CPython's exact hexadecimal form.
fn float_hex(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "hex", 0, 0)?;
    let x = if s.is_float() { s.as_float() } else { return Err(type_error("float")) };
    if x.is_nan() {
        return Ok(new_string("nan".into()));
    }
    if x.is_infinite() {
        return Ok(new_string(if x > 0.0 { "inf".into() } else { "-inf".into() }));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return Ok(new_string(format!("{sign}0x0.0p+0")));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    Ok(new_string(format!("{sign}0x{lead}.{mant:013x}p{}{e}", if e >= 0 { "+" } else { "" })))
}

/// `float.fromhex(s)`.
fn float_fromhex(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = method(&args, "fromhex", 1, 1)?;
    let text = a[0].as_str().ok_or_else(|| type_error("fromhex() argument must be str"))?.trim().to_ascii_lowercase();
    let bad = || crate::error::value_error("invalid hexadecimal floating-point string");
    let (neg, body) = match text.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, text.strip_prefix('+').unwrap_or(&text)),
    };
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let body = body.strip_prefix("0x").unwrap_or(body);
            let (mant, exp) = match body.split_once('p') {
                Some((m, e)) => (m, e.parse::<i64>().map_err(|_| bad())?),
                None => (body, 0),
            };
            let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
            if ip.is_empty() && fp.is_empty() {
                return Err(bad());
            }
            let mut value = 0f64;
            for c in ip.chars() {
                value = value * 16.0 + c.to_digit(16).ok_or_else(bad)? as f64;
            }
            let mut scale = 1.0 / 16.0;
            for c in fp.chars() {
                value += c.to_digit(16).ok_or_else(bad)? as f64 * scale;
                scale /= 16.0;
            }
            let e = exp.clamp(-2000, 2000) as i32;
            let r = value * 2f64.powi(e.clamp(-1000, 1000)) * 2f64.powi(e - e.clamp(-1000, 1000));
            if r.is_infinite() {
                return Err(crate::error::overflow_error("hexadecimal value too large to represent as a float"));
            }
            r
        }
    };
    Ok(Value::float(if neg { -v } else { v }))
}

fn real_getter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.as_int_like() {
        Some(i) => Value::int(i),
        None => v.clone(),
    })
}

fn denominator_getter(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::small_int(1))
}

fn imag_getter(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(if v.is_float() { Value::float(0.0) } else { Value::small_int(0) })
}

fn gen_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__next__", 1)?;
    match vm.gen_next(&a[0])? {
        Some(v) => Ok(v),
        None => Err(crate::error::stop_iteration(Value::NONE)),
    }
}

fn gen_iter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "__iter__", 1)?;
    Ok(a[0].clone())
}

fn gen_send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "send", 1, 1)?;
    vm.gen_send(s, a[0].clone())
}

fn gen_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "throw", 1, 3)?;
    let typ = &a[0];
    let e = if typ.as_class().is_some() {
        let v = a.get(1).filter(|v| !v.is_none()).cloned();
        match v {
            Some(v) if ops::isinstance(&v, typ) => v,
            Some(v) => vm.call(typ, &[v])?,
            None => vm.call(typ, &[])?,
        }
    } else if ops::isinstance(typ, &types().exc(ExcType::BaseException)) {
        typ.clone()
    } else {
        return Err(type_error("exceptions must be classes or instances deriving from BaseException, not ".to_string() + &ops::type_name(typ)));
    };
    vm.gen_throw(s, PyErr(e))
}

fn gen_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "close", 0, 0)?;
    vm.gen_close(s)?;
    Ok(Value::NONE)
}

fn getter(name: &'static str, get: fn(&mut Vm, &Value) -> PyResult<Value>) -> Value {
    crate::objects::misc::new_descriptor(crate::objects::misc::DescriptorData::Getter { name, get })
}

fn stop_iteration_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    stop_value(vm, v)
}

fn system_exit_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    stop_value(vm, v)
}

pub fn install(_vm: &mut Vm) {
    let t = types();
    register_methods(
        &t.object,
        "object",
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__getattribute__", object_getattribute),
            ("__format__", object_format),
        ],
    );
    let base_exc = t.exc(ExcType::BaseException);
    register_methods(&base_exc, "BaseException", &[("__init__", exc_init), ("with_traceback", exc_with_traceback), ("__str__", exc_str), ("__repr__", exc_repr)]);
    register_methods(&t.exc(ExcType::SyntaxError), "SyntaxError", &[("__str__", syntax_error_str)]);
    super::set_class_attr(&t.exc(ExcType::StopIteration), "value", getter("value", stop_iteration_value));
    super::set_class_attr(&t.exc(ExcType::SystemExit), "code", getter("code", system_exit_code));
    register_methods(&t.int, "int", &[("bit_length", int_bit_length), ("bit_count", int_bit_count), ("conjugate", int_conjugate), ("as_integer_ratio", int_as_integer_ratio)]);
    super::set_class_attr(&t.int, "real", getter("real", real_getter));
    super::set_class_attr(&t.int, "imag", getter("imag", imag_getter));
    super::set_class_attr(&t.int, "numerator", getter("numerator", real_getter));
    super::set_class_attr(&t.int, "denominator", getter("denominator", denominator_getter));
    register_methods(
        &t.float,
        "float",
        &[("is_integer", float_is_integer), ("as_integer_ratio", float_as_integer_ratio), ("conjugate", int_conjugate), ("hex", float_hex), ("fromhex", float_fromhex)],
    );
    if let Some(f) = t.float.as_class().and_then(|c| c.dict.as_dict()).and_then(|d| d.get_str(&intern("fromhex"))) {
        super::set_class_attr(&t.float, "fromhex", crate::objects::misc::new_descriptor(crate::objects::misc::DescriptorData::ClassMethod(f)));
    }
    super::set_class_attr(&t.float, "real", getter("real", real_getter));
    super::set_class_attr(&t.float, "imag", getter("imag", imag_getter));
    register_methods(&t.generator, "generator", &[("__next__", gen_next), ("__iter__", gen_iter), ("send", gen_send), ("throw", gen_throw), ("close", gen_close)]);
}
