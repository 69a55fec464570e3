//! Integer -> text: `hex`/`oct`/`bin` and `str(int)` with CPython's
//! int_max_str_digits limit.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::{int_max_str_digits, overflow_error, value_error, TextResult};

fn prefix_for(base: u32) -> &'static str {
    match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    }
}

/// `hex(v)` / `oct(v)` / `bin(v)` for base 16 / 8 / 2 with `prefix`
/// (`-0x1f`: sign before the prefix), or bare lowercase digits in any base
/// 2..=36 (bases outside that range are clamped into it).  Only 2, 8 and 16
/// have a prefix.  Power-of-two bases are not subject to int_max_str_digits;
/// use [`int_to_decimal_string`] for base 10.
pub fn int_to_base(v: &BigInt, base: u32, prefix: bool) -> String {
    let base = base.clamp(2, 36);
    let mut out = String::new();
    if v.sign() == Sign::Minus {
        out.push('-');
    }
    if prefix {
        out.push_str(prefix_for(base));
    }
    out.push_str(&v.magnitude().to_str_radix(base));
    out
}

/// [`int_to_base`] for machine integers, without allocating a BigInt.
pub fn i64_to_base(v: i64, base: u32, prefix: bool) -> String {
    let base = base.clamp(2, 36);
    let mut out = String::new();
    if v < 0 {
        out.push('-');
    }
    if prefix {
        out.push_str(prefix_for(base));
    }
    out.push_str(&u64_to_radix(v.unsigned_abs(), base));
    out
}

/// Lowercase digits of `n` in `base` (2..=36).
pub(crate) fn u64_to_radix(mut n: u64, base: u32) -> String {
    if base == 10 {
        return n.to_string();
    }
    let base = u64::from(base.clamp(2, 36));
    let mut buf = Vec::new();
    loop {
        let d = (n % base) as u32;
        buf.push(char::from_digit(d, 36).unwrap_or('?'));
        n /= base;
        if n == 0 {
            break;
        }
    }
    buf.iter().rev().collect()
}

/// `float(v)` for an int (`PyLong_AsDouble`): correctly rounded (half-even),
/// OverflowError "int too large to convert to float" past f64::MAX.
pub fn bigint_to_f64(v: &BigInt) -> TextResult<f64> {
    // num-bigint rounds to odd on the bits it drops, then lets the u64 -> f64
    // conversion round half-even, which is correct rounding overall.
    match v.to_f64() {
        Some(x) if x.is_finite() => Ok(x),
        _ => overflow_error("int too large to convert to float"),
    }
}

/// The message CPython uses when int -> str exceeds the digit limit.
pub(crate) fn str_digits_limit_error<T>(limit: usize) -> TextResult<T> {
    value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Decimal digits of |v| (no sign), enforcing int_max_str_digits.
pub(crate) fn decimal_magnitude(v: &BigInt) -> TextResult<String> {
    let limit = int_max_str_digits();
    if limit > 0 {
        // Refuse obviously-too-long values before the quadratic conversion:
        // a number of b bits has more than (b - 1) * log10(2) digits.
        let bits = v.bits();
        if bits > 1 && (bits - 1) as f64 * std::f64::consts::LOG10_2 > limit as f64 + 1.0 {
            return str_digits_limit_error(limit);
        }
    }
    let s = v.magnitude().to_str_radix(10);
    if limit > 0 && s.len() > limit {
        return str_digits_limit_error(limit);
    }
    Ok(s)
}

/// `str(v)` / `repr(v)` for an int, honouring `sys.set_int_max_str_digits`
/// (the sign does not count toward the limit).
pub fn int_to_decimal_string(v: &BigInt) -> TextResult<String> {
    let digits = decimal_magnitude(v)?;
    Ok(if v.sign() == Sign::Minus { format!("-{digits}") } else { digits })
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Num;

    #[test]
    fn bases() {
        let v = BigInt::from(-31);
        assert_eq!(int_to_base(&v, 16, true), "-0x1f");
        assert_eq!(int_to_base(&v, 8, true), "-0o37");
        assert_eq!(int_to_base(&v, 2, true), "-0b11111");
        assert_eq!(int_to_base(&BigInt::from(0), 2, true), "0b0");
        assert_eq!(int_to_base(&v, 16, false), "-1f");
        assert_eq!(i64_to_base(i64::MIN, 16, true), "-0x8000000000000000");
        assert_eq!(i64_to_base(i64::MIN, 2, false).len(), 65);
        assert_eq!(i64_to_base(0, 8, true), "0o0");
        assert_eq!(i64_to_base(255, 36, false), "73");
        let big = BigInt::from_str_radix("123456789abcdef0123456789", 16).unwrap();
        assert_eq!(int_to_base(&big, 16, true), "0x123456789abcdef0123456789");
    }

    #[test]
    fn to_f64() {
        let two = BigInt::from(2);
        // 2**53 + 1 is a tie between 2**53 and 2**53 + 2: half-even gives 2**53.
        let tie = num_traits::pow(two.clone(), 53) + 1;
        assert_eq!(bigint_to_f64(&tie).unwrap(), 9007199254740992.0);
        let above = num_traits::pow(two.clone(), 53) + 3;
        assert_eq!(bigint_to_f64(&above).unwrap(), 9007199254740996.0);
        let huge = num_traits::pow(two.clone(), 1024);
        assert_eq!(bigint_to_f64(&huge).unwrap_err().1, "int too large to convert to float");
        // Just below 2**1024 rounds up to it, which overflows as in CPython.
        let edge = num_traits::pow(two.clone(), 1024) - num_traits::pow(two, 970);
        assert!(bigint_to_f64(&edge).is_err());
        assert_eq!(bigint_to_f64(&BigInt::from(-5)).unwrap(), -5.0);
    }

    #[test]
    fn decimal_limit() {
        let ten = BigInt::from(10);
        let ok = -num_traits::pow(ten.clone(), 4299); // 4300 digits
        assert_eq!(int_to_decimal_string(&ok).unwrap().len(), 4301);
        let too_big = num_traits::pow(ten.clone(), 4300);
        let err = int_to_decimal_string(&too_big).unwrap_err();
        assert_eq!(
            err.1,
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        let huge = num_traits::pow(ten, 100_000);
        assert!(int_to_decimal_string(&huge).is_err());
    }
}
