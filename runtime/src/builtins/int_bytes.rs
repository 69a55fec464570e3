//! `int.to_bytes` and `int.from_bytes`: conversions between ints and byte
//! strings in either byte order, two's complement when `signed`.

use super::args::int_arg;
use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::objects::int::from_bigint;
use crate::ops::{self, type_name};
use crate::types::types;
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::Signed;

/// Positional-or-keyword parameters after `self`/`cls`, with defaults.
fn params<'a>(args: &Args<'a>, fname: &str, names: &[&str], kw_only: &[&str], nself: usize) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = &args.pos[nself.min(args.pos.len())..];
    if pos.len() > names.len() {
        return Err(type_error(format!("{fname}() takes at most {} positional arguments ({} given)", names.len(), pos.len())));
    }
    let mut out: Vec<Option<&Value>> = pos.iter().map(Some).collect();
    out.resize(names.len() + kw_only.len(), None);
    for (k, v) in args.kw_names.iter().zip(args.kw_values) {
        let k = k.as_str().unwrap_or("");
        let Some(i) = names.iter().chain(kw_only).position(|n| *n == k) else {
            return Err(type_error(format!("{fname}() got an unexpected keyword argument '{k}'")));
        };
        if out[i].is_some() {
            return Err(type_error(format!("argument for {fname}() given by name ('{k}') and position ({})", i + 1)));
        }
        out[i] = Some(v);
    }
    Ok(out)
}

fn little_endian(v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match v.as_str() {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
            None => Err(type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", type_name(v)))),
        },
    }
}

fn truthy(vm: &mut Vm, v: Option<&Value>) -> PyResult<bool> {
    v.map_or(Ok(false), |v| ops::truthy(vm, v))
}

fn int_to_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = params(&args, "to_bytes", &["length", "byteorder"], &["signed"], 1)?;
    let s = args.pos.first().ok_or_else(|| type_error("descriptor 'to_bytes' needs an argument"))?;
    let n = s.to_bigint().or_else(|| ops::native_of(s).and_then(|n| n.to_bigint())).ok_or_else(|| type_error("descriptor 'to_bytes' requires an 'int' object"))?;
    let length = match p[0] {
        Some(v) => int_arg(v, "length")?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let little = little_endian(p[1])?;
    let signed = truthy(vm, p[2])?;
    if !signed && n.is_negative() {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = n.to_signed_bytes_le();
    if !signed || !n.is_negative() {
        // Unsigned form: drop the sign byte two's complement may add.
        while bytes.last() == Some(&0) {
            bytes.pop();
        }
        if signed && bytes.last().is_some_and(|b| b & 0x80 != 0) {
            bytes.push(0);
        }
    } else {
        while bytes.len() > 1 && bytes[bytes.len() - 1] == 0xff && bytes[bytes.len() - 2] & 0x80 != 0 {
            bytes.pop();
        }
    }
    if bytes.len() > length as usize {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::objects::misc::new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = params(&args, "from_bytes", &["bytes", "byteorder"], &["signed"], 1)?;
    let cls = args.pos.first().cloned().unwrap_or_else(|| types().int.clone());
    let Some(src) = p[0] else {
        return Err(type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut bytes: Vec<u8> = match src.as_bytes() {
        Some(b) => b.bytes.get().clone(),
        None if src.is_str() => return Err(type_error("cannot convert 'str' object to bytes")),
        None => {
            let mut out = Vec::new();
            for item in ops::iter::collect(vm, src)? {
                let b = int_arg(&item, "from_bytes")?;
                if !(0..256).contains(&b) {
                    return Err(value_error("bytes must be in range(0, 256)"));
                }
                out.push(b as u8);
            }
            out
        }
    };
    let little = little_endian(p[1])?;
    let signed = truthy(vm, p[2])?;
    if !little {
        bytes.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(Sign::Plus, &bytes) };
    let v = from_bigint(n);
    if cls.is(&types().int) {
        return Ok(v);
    }
    vm.call(&cls, &[v])
}

pub fn install() {
    let t = types();
    super::register_methods(&t.int, "int", &[("to_bytes", int_to_bytes), ("from_bytes", int_from_bytes)]);
    if let Some(f) = t.int.as_class().and_then(|c| c.dict.as_dict()).and_then(|d| d.get_str(&crate::objects::str::intern("from_bytes"))) {
        super::set_class_attr(&t.int, "from_bytes", crate::objects::misc::new_descriptor(crate::objects::misc::DescriptorData::ClassMethod(f)));
    }
}
