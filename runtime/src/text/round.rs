//! `round(float, ndigits)` and float -> int conversion, following
//! `float___round___impl` / `double_round` in Objects/floatobject.c.
//!
//! CPython rounds through a correctly rounded decimal string (dtoa mode 3),
//! i.e. half-even on the *exact* binary value: round(2.675, 2) == 2.67
//! because 2.675 is really 2.67499999...

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use super::{overflow_error, value_error, TextResult};

/// For ndigits above this every float rounds to itself: CPython's
/// `(DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103`, 0.30103 being an upper bound
/// for log10(2).
const NDIGITS_MAX: i64 = 323;
/// For ndigits below this every float rounds to ±0.0:
/// `-(DBL_MAX_EXP + 1) * 0.30103`.
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` for a float.  Fails (OverflowError "rounded value
/// too large to represent") only when rounding a huge value up overflows,
/// e.g. round(1.7e308, -308).
pub fn round_float(x: f64, ndigits: i64) -> TextResult<f64> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        // Rust's fixed formatting is correctly rounded, ties to even.
        let prec = ndigits as usize;
        format!("{x:.prec$}")
    } else {
        round_integer_part(x, ndigits.unsigned_abs() as usize)
    };
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return overflow_error("rounded value too large to represent");
    }
    Ok(rounded)
}

/// Round x to a multiple of 10**k (k >= 1), half-even on the exact value,
/// and return it as "[-]DIGITSe<k>".
fn round_integer_part(x: f64, k: usize) -> String {
    let int_part = x.trunc();
    // An integral f64 prints exactly with {:.0}.
    let int_digits = format!("{:.0}", int_part.abs());
    let has_fraction = x != int_part;
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if int_digits.len() < k {
        // Fewer than k integer digits: |x| < 10**(k-1), which is below half
        // of 10**k, so x rounds to (signed) zero.
        return format!("{sign}0");
    }
    let split = int_digits.len() - k;
    let (kept, dropped) = int_digits.split_at(split);
    let mut kept: Vec<u8> = kept.bytes().collect();
    let first_dropped = dropped.as_bytes().first().copied().unwrap_or(b'0');
    let rest_nonzero = dropped.bytes().skip(1).any(|d| d != b'0') || has_fraction;
    let last_kept_odd = kept.last().is_some_and(|d| (d - b'0') % 2 == 1);
    let round_up = first_dropped > b'5' || (first_dropped == b'5' && (rest_nonzero || last_kept_odd));
    if round_up {
        increment_decimal(&mut kept);
    }
    if kept.is_empty() {
        kept.push(b'0');
    }
    format!("{sign}{}e{k}", String::from_utf8_lossy(&kept))
}

/// Add one to a string of ASCII decimal digits, growing it on carry.
fn increment_decimal(digits: &mut Vec<u8>) {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return;
        }
    }
    digits.insert(0, b'1');
}

/// `round(x)` without ndigits, before int conversion: nearest integer with
/// ties to even (round(0.5) == 0, round(1.5) == 2).
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// `int(x)` for a float (truncates toward zero), with CPython's errors for
/// infinities and NaN.
pub fn float_to_bigint(x: f64) -> TextResult<BigInt> {
    if x.is_nan() {
        return value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return overflow_error("cannot convert float infinity to integer");
    }
    match BigInt::from_f64(x.trunc()) {
        Some(v) => Ok(v),
        None => value_error("cannot convert float to integer"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::{cases, f64_bits, kind_name};

    #[test]
    fn basics() {
        assert_eq!(round_float(2.675, 2).unwrap(), 2.67);
        assert_eq!(round_float(1234.5, -2).unwrap(), 1200.0);
        assert_eq!(round_float(1250.0, -2).unwrap(), 1200.0);
        assert_eq!(round_float(1350.0, -2).unwrap(), 1400.0);
        assert_eq!(round_float(1250.0000001, -2).unwrap(), 1300.0);
        assert_eq!(round_float(-0.4, 0).unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(round_float(0.1, 400).unwrap(), 0.1);
        assert_eq!(round_float(-5.0, -400).unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(round_float(5e307, -308).unwrap(), 1e308);
        assert!(round_float(1.7976931348623157e308, -308).is_err());
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(-0.5).to_bits(), (-0.0f64).to_bits());
        assert_eq!(float_to_bigint(-1e20).unwrap().to_string(), "-100000000000000000000");
        assert_eq!(float_to_bigint(f64::NAN).unwrap_err().1, "cannot convert float NaN to integer");
    }

    /// testdata/round.txt: bits of x, ndigits, outcome kind, bits or message.
    #[test]
    fn against_cpython() {
        let table = cases(include_str!("testdata/round.txt"));
        assert!(table.len() > 200);
        for f in table {
            let x = f64_bits(&f[0]);
            let nd: i64 = f[1].parse().unwrap();
            match round_float(x, nd) {
                Ok(v) => {
                    assert_eq!(f[2], "OK", "round({x:e}, {nd}) should fail");
                    assert_eq!(v.to_bits(), f64_bits(&f[3]).to_bits(), "round({x:e}, {nd})");
                }
                Err((k, m)) => {
                    assert_eq!((kind_name(k), m.as_str()), (f[2].as_str(), f[3].as_str()))
                }
            }
        }
    }
}
