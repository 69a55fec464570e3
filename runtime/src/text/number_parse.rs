//! `int(str, base)` and `float(str)`, following `PyLong_FromUnicodeObject` /
//! `PyLong_FromString` (Objects/longobject.c) and `PyFloat_FromString`
//! (Objects/floatobject.c) of CPython 3.11.

use num_bigint::BigInt;
use num_traits::Num;

use super::str_repr::str_repr;
use super::{int_max_str_digits, uchar, value_error, TextResult};

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: CPython parses numbers from
/// an ASCII copy in which every Unicode whitespace char became ' ' and every
/// Unicode decimal digit its ASCII digit.  Any other non-ASCII char ends the
/// copy with '?', which no parser accepts.
fn to_ascii_digits(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if uchar::is_space(c) {
            out.push(b' ');
        } else if let Some(d) = uchar::decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// C's isspace in the "C" locale (`Py_ISSPACE`), which is what the parsers
/// use on the ASCII copy (so '\x1c'..'\x1f' are *not* skipped here).
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// Value of an ASCII digit/letter in bases up to 36 (37 = not a digit).
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

fn invalid_int_literal<T>(s: &str, base: u32) -> TextResult<T> {
    // "%.200R": the repr, cut to 200 characters (even mid-escape).
    let repr: String = str_repr(s).chars().take(200).collect();
    value_error(format!("invalid literal for int() with base {base}: {repr}"))
}

/// Why the ASCII-level int parser gave up.
enum IntParseError {
    /// Bad literal: reported with the original text and base.
    Invalid,
    /// More decimal digits than `sys.get_int_max_str_digits()` allows.
    TooManyDigits { limit: usize, digits: usize },
}

/// `int(s, base)`: surrounding whitespace, one sign, an optional
/// 0x/0o/0b prefix matching the base (base 0 infers the base from it and
/// rejects leading zeros like '010'), single underscores between digits
/// (and right after a prefix), digits of any script.
///
/// `base` must be 0 or 2..=36; callers should map a negative Python base to
/// any invalid value such as 1.
pub fn parse_int(s: &str, base: u32) -> TextResult<BigInt> {
    if base == 1 || base > 36 {
        return value_error("int() base must be >= 2 and <= 36, or 0");
    }
    let ascii = to_ascii_digits(s);
    match parse_int_ascii(&ascii, base) {
        Ok(v) => Ok(v),
        Err(IntParseError::Invalid) => invalid_int_literal(s, base),
        Err(IntParseError::TooManyDigits { limit, digits }) => value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: \
             value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )),
    }
}

/// Port of `PyLong_FromString` over the ASCII copy.
fn parse_int_ascii(b: &[u8], mut base: u32) -> Result<BigInt, IntParseError> {
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < b.len() && is_c_space(at(i)) {
        i += 1;
    }
    let negative = at(i) == b'-';
    if matches!(at(i), b'+' | b'-') {
        i += 1;
    }
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            // "Old" C-style octal like '010' is invalid, but '000' is zero.
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            i += 2;
            // One underscore is allowed right after the prefix.
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Err(IntParseError::Invalid);
    }

    // Scan digits, allowing single underscores between them.
    let start = i;
    let mut digits = Vec::new();
    let mut prev = 0u8;
    while i < b.len() && (digit_value(at(i)) < base || at(i) == b'_') {
        let c = at(i);
        if c == b'_' && prev == b'_' {
            return Err(IntParseError::Invalid);
        }
        if c != b'_' {
            digits.push(c);
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return Err(IntParseError::Invalid);
    }
    // Power-of-two bases are linear to convert, so only the others are
    // limited; the limit is checked before looking at what follows.
    let limit = int_max_str_digits();
    if !base.is_power_of_two() && limit > 0 && digits.len() > limit {
        return Err(IntParseError::TooManyDigits { limit, digits: digits.len() });
    }
    if i == start {
        return Err(IntParseError::Invalid);
    }
    while i < b.len() && is_c_space(at(i)) {
        i += 1;
    }
    if i != b.len() {
        return Err(IntParseError::Invalid);
    }

    let magnitude = digits_to_bigint(&digits, base).ok_or(IntParseError::Invalid)?;
    if error_if_nonzero && magnitude != BigInt::from(0) {
        return Err(IntParseError::Invalid);
    }
    Ok(if negative { -magnitude } else { magnitude })
}

/// Value of validated ASCII digits; machine arithmetic while it fits.
fn digits_to_bigint(digits: &[u8], base: u32) -> Option<BigInt> {
    let mut acc: u64 = 0;
    let mut fits = true;
    for &d in digits {
        match acc.checked_mul(u64::from(base)).and_then(|a| a.checked_add(u64::from(digit_value(d)))) {
            Some(a) => acc = a,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        return Some(BigInt::from(acc));
    }
    let text = std::str::from_utf8(digits).ok()?;
    BigInt::from_str_radix(text, base).ok()
}

fn invalid_float<T>(s: &str) -> TextResult<T> {
    value_error(format!("could not convert string to float: {}", str_repr(s)))
}

/// `float(s)`: surrounding whitespace, a sign, decimal digits of any script
/// with optional fraction and exponent, underscores only between digits,
/// and case-insensitive 'inf' / 'infinity' / 'nan'.  Overflow gives ±inf and
/// underflow ±0.0, as in CPython.
pub fn parse_float(s: &str) -> TextResult<f64> {
    let ascii = to_ascii_digits(s);
    let cleaned = match remove_underscores(&ascii) {
        Some(c) => c,
        None => return invalid_float(s),
    };
    match parse_float_ascii(&cleaned) {
        Some(x) => Ok(x),
        None => invalid_float(s),
    }
}

/// `_Py_string_to_number_with_underscores`: an underscore must sit between
/// two ASCII digits; they are then dropped.
fn remove_underscores(b: &[u8]) -> Option<Vec<u8>> {
    if !b.contains(&b'_') {
        return Some(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut prev = 0u8;
    for &c in b {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

/// `float_from_string_inner` + `_PyOS_ascii_strtod`: the whole trimmed text
/// must be one number.
fn parse_float_ascii(b: &[u8]) -> Option<f64> {
    let start = b.iter().position(|&c| !is_c_space(c))?;
    let end = b.iter().rposition(|&c| !is_c_space(c))? + 1;
    let body = b.get(start..end)?;
    let (negative, unsigned) = match body.first() {
        Some(b'-') => (true, body.get(1..)?),
        Some(b'+') => (false, body.get(1..)?),
        _ => (false, body),
    };
    let magnitude = if unsigned.eq_ignore_ascii_case(b"inf") || unsigned.eq_ignore_ascii_case(b"infinity") {
        f64::INFINITY
    } else if unsigned.eq_ignore_ascii_case(b"nan") {
        f64::NAN
    } else {
        if !is_decimal_literal(unsigned) {
            return None;
        }
        // Validated above, so Rust's correctly rounded parser agrees on
        // the grammar; it only supplies the conversion.
        std::str::from_utf8(unsigned).ok()?.parse::<f64>().ok()?
    };
    // '-nan' keeps its sign bit, like CPython's -fabs(Py_NAN).
    Some(if negative { -magnitude } else { magnitude })
}

/// digits [. digits] | . digits, then optionally e[+-]digits.
fn is_decimal_literal(b: &[u8]) -> bool {
    let int_len = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = int_len;
    let mut frac_len = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_len = b.get(i..).unwrap_or(&[]).iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_len;
    }
    if int_len + frac_len == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_len = b.get(i..).unwrap_or(&[]).iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_len == 0 {
            return false;
        }
        i += exp_len;
    }
    i == b.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::{cases, f64_bits, kind_name};

    #[test]
    fn ints() {
        assert_eq!(parse_int(" -1_000 ", 10).unwrap(), BigInt::from(-1000));
        assert_eq!(parse_int("0x_1f", 0).unwrap(), BigInt::from(31));
        assert_eq!(parse_int("1f", 16).unwrap(), BigInt::from(31));
        assert_eq!(parse_int("٣", 10).unwrap(), BigInt::from(3));
        assert_eq!(parse_int("000", 0).unwrap(), BigInt::from(0));
        assert_eq!(parse_int("010", 0).unwrap_err().1, "invalid literal for int() with base 0: '010'");
        assert_eq!(parse_int("1", 37).unwrap_err().1, "int() base must be >= 2 and <= 36, or 0");
        let big = "9".repeat(100);
        assert_eq!(parse_int(&big, 10).unwrap().to_string(), big);
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float(" 1_0.5e1_0 ").unwrap(), 10.5e10);
        assert_eq!(parse_float("-InFiNiTy").unwrap(), f64::NEG_INFINITY);
        assert!(parse_float("nan").unwrap().is_nan());
        assert_eq!(parse_float("1e").unwrap_err().1, "could not convert string to float: '1e'");
    }

    /// testdata/parse_int.txt: text, base, outcome kind, value or message.
    #[test]
    fn ints_against_cpython() {
        let table = cases(include_str!("testdata/parse_int.txt"));
        assert!(table.len() > 100);
        for f in table {
            let base: u32 = f[1].parse().unwrap();
            let got = match parse_int(&f[0], base) {
                Ok(v) => ("OK".to_string(), v.to_string()),
                Err((k, m)) => (kind_name(k).to_string(), m),
            };
            assert_eq!((got.0.as_str(), got.1.as_str()), (f[2].as_str(), f[3].as_str()), "int({:?}, {base})", f[0]);
        }
    }

    /// testdata/parse_float.txt: text, outcome kind, bits or message.
    #[test]
    fn floats_against_cpython() {
        let table = cases(include_str!("testdata/parse_float.txt"));
        assert!(table.len() > 100);
        for f in table {
            match parse_float(&f[0]) {
                Ok(v) => {
                    assert_eq!(f[1], "OK", "float({:?}) should fail", f[0]);
                    assert_eq!(v.to_bits(), f64_bits(&f[2]).to_bits(), "float({:?})", f[0]);
                }
                Err((k, m)) => assert_eq!((kind_name(k), m.as_str()), (f[1].as_str(), f[2].as_str()), "float({:?})", f[0]),
            }
        }
    }
}
