//! The `math` module: CPython's functions for floats and ints, with its
//! domain (ValueError) and range (OverflowError) errors.

use super::{add_fn, add_value};
use crate::builtins::args::{exact, range};
use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::objects::int::from_bigint;
use crate::ops::{self, type_name};
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::math_special::{self as ms, MathErr};

fn domain() -> crate::error::PyErr {
    value_error("math domain error")
}

fn range_err() -> crate::error::PyErr {
    overflow_error("math range error")
}

/// A float argument (ints convert exactly or overflow).
fn f(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if let Some(i) = v.as_int_like() {
        return Ok(i as f64);
    }
    if let Some(b) = v.as_bigint_data() {
        return b.to_f64().filter(|x| x.is_finite()).ok_or_else(|| overflow_error("int too large to convert to float"));
    }
    if let Some(m) = ops::lookup_special(v, "__float__") {
        let r = ops::call_special(vm, &m, v, &[])?;
        return f(vm, &r);
    }
    if let Some(n) = ops::native_of(v) {
        return f(vm, &n);
    }
    Err(type_error(format!("must be real number, not {}", type_name(v))))
}

fn int_of(v: &Value, fname: &str) -> PyResult<BigInt> {
    if let Some(b) = v.to_bigint() {
        return Ok(b);
    }
    if v.is_float() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let _ = fname;
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))))
}

/// Checks a libm result the way CPython's math_1 does.
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_err() } else { domain() });
    }
    Ok(Value::float(r))
}

macro_rules! unary_float {
    ($($name:ident, $pyname:literal, $op:expr, $overflow:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let a = exact(&args, concat!("math.", $pyname), 1)?;
            let x = f(vm, &a[0])?;
            let op: fn(f64) -> f64 = $op;
            checked(x, op(x), $overflow)
        }
    )*};
}

/// Whether `f` is `math.sqrt` (a JIT intrinsic).
pub(crate) fn is_sqrt(f: crate::objects::func::NativeFn) -> bool {
    f as usize == sqrt as crate::objects::func::NativeFn as usize
}

unary_float! {
    sqrt, "sqrt", |x| if x < 0.0 { f64::NAN } else { x.sqrt() }, false;
    exp, "exp", f64::exp, true;
    expm1, "expm1", f64::exp_m1, true;
    sin, "sin", f64::sin, false;
    cos, "cos", f64::cos, false;
    tan, "tan", f64::tan, false;
    asin, "asin", f64::asin, false;
    acos, "acos", f64::acos, false;
    atan, "atan", f64::atan, false;
    sinh, "sinh", f64::sinh, true;
    cosh, "cosh", f64::cosh, true;
    tanh, "tanh", f64::tanh, false;
    asinh, "asinh", ms::asinh, false;
    acosh, "acosh", ms::acosh, false;
    atanh, "atanh", |x| if x.abs() >= 1.0 { f64::NAN } else { ms::atanh(x) }, false;
    fabs, "fabs", f64::abs, false;
    degrees, "degrees", f64::to_degrees, true;
    radians, "radians", f64::to_radians, false;
    erf, "erf", ms::erf, false;
    erfc, "erfc", ms::erfc, false;
    exp2, "exp2", ms::exp2, true;
    cbrt, "cbrt", ms::cbrt, false;
}

/// CPython's loghelper: an int too big for a double is split as
/// m * 2**e (0.5 <= m < 1) so its logarithm is func(m) + func(2) * e;
/// other ints convert to a double (no domain check: they are positive);
/// floats go through math_1's checks.
fn log_of(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = v.to_bigint() {
        if !b.is_positive() {
            return Err(domain());
        }
        return Ok(match b.to_f64().filter(|x| x.is_finite()) {
            Some(x) => func(x),
            None => {
                let (m, e) = bigint_frexp(&b);
                func(m) + func(2.0) * e as f64
            }
        });
    }
    let x = f(vm, v)?;
    let r = func(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(domain());
    }
    Ok(r)
}

/// |b| = m * 2**e with 0.5 <= m < 1, m rounded half-to-even to 53 bits.
fn bigint_frexp(b: &BigInt) -> (f64, i64) {
    let a = b.abs();
    let bits = a.bits() as i64;
    let shift = bits - 53;
    let (mut mant, mut e) = if shift > 0 {
        let top: BigInt = &a >> (shift as usize);
        let rest = &a - (&top << (shift as usize));
        let half = BigInt::one() << ((shift - 1) as usize);
        let mut m = top.to_u64().unwrap_or(0);
        if rest > half || (rest == half && m & 1 == 1) {
            m += 1;
        }
        (m as f64, bits)
    } else {
        (a.to_u64().unwrap_or(0) as f64 * 2f64.powi(-shift as i32), bits)
    };
    mant /= 2f64.powi(53);
    if mant >= 1.0 {
        mant /= 2.0;
        e += 1;
    }
    (mant, e)
}

fn m_log(x: f64) -> f64 {
    if x > 0.0 || x.is_nan() {
        x.ln()
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if x < 0.0 {
        f64::NAN
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        ms::log2(x)
    }
}

fn m_log10(x: f64) -> f64 {
    if x < 0.0 {
        f64::NAN
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        ms::log10(x)
    }
}

fn log(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::args::no_kw(&args, "log")?;
    if !(1..=2).contains(&args.pos.len()) {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let a = args.pos;
    let num = log_of(vm, &a[0], m_log)?;
    match a.get(1) {
        None => Ok(Value::float(num)),
        Some(b) => {
            let den = log_of(vm, b, m_log)?;
            if den == 0.0 {
                return Err(crate::error::zero_division("float division by zero"));
            }
            Ok(Value::float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "math.log2", 1)?;
    Ok(Value::float(log_of(vm, &a[0], m_log2)?))
}
fn log10(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "math.log10", 1)?;
    Ok(Value::float(log_of(vm, &a[0], m_log10)?))
}

fn log1p(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "math.log1p", 1)?;
    let x = f(vm, &a[0])?;
    if x <= -1.0 {
        return Err(domain());
    }
    Ok(Value::float(x.ln_1p()))
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "pow", 2)?;
    let (x, y) = (f(vm, &a[0])?, f(vm, &a[1])?);
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(Value::float(r))
}

fn atan2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "atan2", 2)?;
    Ok(Value::float(f(vm, &a[0])?.atan2(f(vm, &a[1])?)))
}

fn hypot(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::args::no_kw(&args, "hypot")?;
    let mut vals = Vec::with_capacity(args.pos.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in args.pos {
        let x = f(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vals.push(x);
    }
    Ok(Value::float(ms::vector_norm(&mut vals, max, found_nan)))
}

fn copysign(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "copysign", 2)?;
    Ok(Value::float(f(vm, &a[0])?.copysign(f(vm, &a[1])?)))
}

fn fmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "fmod", 2)?;
    let (x, y) = (f(vm, &a[0])?, f(vm, &a[1])?);
    // fmod(x, ±inf) is x for finite x; C's fmod handles the rest.
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = ms::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::float(r))
}

fn remainder(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "remainder", 2)?;
    let (x, y) = (f(vm, &a[0])?, f(vm, &a[1])?);
    let r = ms::remainder(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::float(r))
}

fn modf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "math.modf", 1)?;
    let x = f(vm, &a[0])?;
    // Both parts carry x's sign (C's modf), so modf(-1.0) == (-0.0, -1.0).
    let (fr, int) = if x.is_infinite() { (0.0f64.copysign(x), x) } else { ((x - x.trunc()).copysign(x), x.trunc()) };
    Ok(crate::objects::tuple::new_tuple(vec![Value::float(fr), Value::float(int)]))
}

fn nextafter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "nextafter", 2)?;
    let (x, y) = (f(vm, &a[0])?, f(vm, &a[1])?);
    Ok(Value::float(ms::nextafter(x, y)))
}

fn ulp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "math.ulp", 1)?;
    Ok(Value::float(ms::ulp(f(vm, &a[0])?)))
}

fn frexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "math.frexp", 1)?;
    let x = f(vm, &a[0])?;
    let (m, e) = crate::objects::int::frexp(x);
    Ok(crate::objects::tuple::new_tuple(vec![Value::float(m), Value::int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "ldexp", 2)?;
    let x = f(vm, &a[0])?;
    if a[1].is_float() {
        return Err(type_error("Expected an int as second argument to ldexp."));
    }
    let e = int_of(&a[1], "ldexp")?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    // Exponents beyond any double's range over- or underflow outright.
    let Some(e) = e.to_i32() else {
        return if e.is_positive() { Err(range_err()) } else { Ok(Value::float(0.0f64.copysign(x))) };
    };
    let r = ms::ldexp(x, e);
    if r.is_infinite() {
        return Err(range_err());
    }
    Ok(Value::float(r))
}

fn rounding(vm: &mut Vm, args: Args<'_>, name: &str, op: fn(f64) -> f64, dunder: &str) -> PyResult<Value> {
    let a = exact(&args, name, 1)?;
    let v = &a[0];
    if v.is_int() {
        return Ok(match v.as_int_like() {
            Some(i) => Value::int(i),
            None => v.clone(),
        });
    }
    if v.is_float() {
        let x = op(v.as_float());
        return ops::repr::from_text(crate::text::float_to_bigint(x)).map(from_bigint);
    }
    if let Some(m) = ops::lookup_special(v, dunder) {
        return ops::call_special(vm, &m, v, &[]);
    }
    if dunder == "__trunc__" {
        return Err(type_error(format!("type {} doesn't define __trunc__ method", type_name(v))));
    }
    let x = op(f(vm, v)?);
    ops::repr::from_text(crate::text::float_to_bigint(x)).map(from_bigint)
}

fn floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, args, "math.floor", f64::floor, "__floor__")
}
fn ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, args, "math.ceil", f64::ceil, "__ceil__")
}
fn trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, args, "math.trunc", f64::trunc, "__trunc__")
}

fn isnan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "math.isnan", 1)?;
    Ok(Value::bool(f(vm, &a[0])?.is_nan()))
}
fn isinf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "math.isinf", 1)?;
    Ok(Value::bool(f(vm, &a[0])?.is_infinite()))
}
fn isfinite(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "math.isfinite", 1)?;
    Ok(Value::bool(f(vm, &a[0])?.is_finite()))
}

fn isclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::args::only_kw(&args, "isclose", &["rel_tol", "abs_tol"])?;
    if args.pos.len() != 2 {
        return Err(type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", args.pos.len())));
    }
    let (a, b) = (f(vm, &args.pos[0])?, f(vm, &args.pos[1])?);
    let rel = match args.kw("rel_tol") {
        Some(v) => f(vm, v)?,
        None => 1e-9,
    };
    let abs = match args.kw("abs_tol") {
        Some(v) => f(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn gcd(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for v in args.pos {
        g = g.gcd(&int_of(v, "gcd")?);
    }
    Ok(from_bigint(g))
}

fn lcm(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut l = BigInt::one();
    for v in args.pos {
        let x = int_of(v, "lcm")?;
        if x.is_zero() {
            return Ok(Value::small_int(0));
        }
        l = l.lcm(&x);
    }
    Ok(from_bigint(l.abs()))
}

fn factorial(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "math.factorial", 1)?;
    if a[0].is_float() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_of(&a[0], "factorial")?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    Ok(from_bigint(product_range(1, n)))
}

/// Product of lo..=hi by binary splitting (fast for big factorials).
fn product_range(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut p = BigInt::one();
        for i in lo..=hi {
            p *= i;
        }
        return p;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn comb(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "comb", 2)?;
    let (n, k) = (int_of(&a[0], "comb")?, int_of(&a[1], "comb")?);
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::small_int(0));
    }
    let k = k.clone().min(&n - &k).to_u64().ok_or_else(|| overflow_error("k too large"))?;
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(from_bigint(r))
}

fn perm(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = range(&args, "perm", 1, 2)?;
    let n = int_of(&a[0], "perm")?;
    let k = match a.get(1).filter(|v| !v.is_none()) {
        Some(v) => int_of(v, "perm")?,
        None => n.clone(),
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::small_int(0));
    }
    let k = k.to_u64().ok_or_else(|| overflow_error("k too large"))?;
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(from_bigint(r))
}

fn isqrt(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "math.isqrt", 1)?;
    let n = int_of(&a[0], "isqrt")?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(from_bigint(n.sqrt()))
}

fn prod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::args::only_kw(&args, "prod", &["start"])?;
    let a = args.pos.first().ok_or_else(|| type_error("prod() takes exactly 1 positional argument (0 given)"))?;
    let mut acc = args.kw("start").cloned().unwrap_or(Value::small_int(1));
    for x in ops::iter::collect(vm, a)? {
        acc = ops::arith::binary(vm, &acc, &x, crate::frontend::ast::BinOp::Mult)?;
    }
    Ok(acc)
}

/// Shewchuk's exactly rounded summation, with CPython's handling of
/// infinities, nans and intermediate overflow.
fn fsum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "math.fsum", 1)?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for v in ops::iter::collect(vm, &a[0])? {
        let mut x = f(vm, &v)?;
        let xsave = x;
        let mut kept = Vec::with_capacity(partials.len() + 1);
        for &p in &partials {
            let mut y = p;
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                kept.push(lo);
            }
            x = hi;
        }
        partials = kept;
        if x != 0.0 {
            if !x.is_finite() {
                // Either an inf/nan summand or an overflow of finite ones.
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 || special_sum.is_nan() {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly when the remaining partials push it.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn dist(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "dist", 2)?;
    let p = ops::iter::collect(vm, &a[0])?;
    let q = ops::iter::collect(vm, &a[1])?;
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (x, y) in p.iter().zip(q.iter()) {
        let d = (f(vm, x)? - f(vm, y)?).abs();
        found_nan |= d.is_nan();
        if d > max {
            max = d;
        }
        diffs.push(d);
    }
    Ok(Value::float(ms::vector_norm(&mut diffs, max, found_nan)))
}

fn kernel_result(r: Result<f64, MathErr>) -> PyResult<Value> {
    match r {
        Ok(x) => Ok(Value::float(x)),
        Err(MathErr::Domain) => Err(domain()),
        Err(MathErr::Range) => Err(range_err()),
    }
}

fn gamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "math.gamma", 1)?;
    kernel_result(ms::gamma(f(vm, &a[0])?))
}

fn lgamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "math.lgamma", 1)?;
    kernel_result(ms::lgamma(f(vm, &a[0])?))
}

pub fn init(_vm: &mut Vm, d: &Value) -> PyResult<()> {
    add_value(d, "pi", Value::float(std::f64::consts::PI));
    add_value(d, "e", Value::float(std::f64::consts::E));
    add_value(d, "tau", Value::float(std::f64::consts::TAU));
    add_value(d, "inf", Value::float(f64::INFINITY));
    add_value(d, "nan", Value::float(f64::NAN));
    let fns: &[(&'static str, crate::objects::func::NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("expm1", expm1),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("fabs", fabs),
        ("degrees", degrees),
        ("radians", radians),
        ("erf", erf),
        ("erfc", erfc),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("pow", pow),
        ("atan2", atan2),
        ("hypot", hypot),
        ("copysign", copysign),
        ("fmod", fmod),
        ("remainder", remainder),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("isqrt", isqrt),
        ("prod", prod),
        ("fsum", fsum),
        ("dist", dist),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("exp2", exp2),
        ("cbrt", cbrt),
        ("nextafter", nextafter),
        ("ulp", ulp),
    ];
    for (n, func) in fns {
        add_fn(d, n, *func);
    }
    Ok(())
}
