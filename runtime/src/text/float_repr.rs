//! Float -> text, following CPython's `PyOS_double_to_string` /
//! `format_float_short` (Python/pystrtod.c) on top of digit strings from
//! Rust's float formatting.
//!
//! Rust's `{:e}` yields the shortest round-tripping digits (what dtoa mode 0
//! gives CPython), and `{:.N}` / `{:.Ne}` are correctly rounded from the
//! exact binary value with ties-to-even (dtoa modes 3 and 2), so only the
//! layout rules need to be reproduced here.

use super::{check_result_len, TextResult};

/// Options of `PyOS_double_to_string` (the `Py_DTSF_*` flags).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// Always emit a sign ('+' for non-negatives).
    pub sign: bool,
    /// Make integral values look like floats: "1.0" rather than "1"; for 'g'
    /// also switches to exponent one digit earlier (format's no-type mode).
    pub add_dot_0: bool,
    /// '#' alternate form: keep the decimal point and trailing zeros.
    pub alt: bool,
    /// 'z': print negative zero (after rounding) without its sign.
    pub no_neg_0: bool,
}

/// Any f64 has at most 767 significant decimal digits and at most 1074
/// digits after the point, so asking Rust for more than this is pointless:
/// the rest is zeros.  (Rust also panics on precisions above u16::MAX.)
const EXACT_DIGITS_CAP: usize = 1100;

/// A decimal digit string d1 d2 ... dn meaning 0.d1d2...dn * 10**decpt,
/// like dtoa's output: no leading zeros, trailing zeros stripped, and the
/// value zero spelled "0" with decpt 1.
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

impl Digits {
    /// From "I.FFF" (or "I") text of a non-negative number: all digits, with
    /// the point after the integer part.
    fn from_fixed(text: &str) -> Digits {
        let (int_part, frac_part) = text.split_once('.').unwrap_or((text, ""));
        let mut digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
        let decpt = int_part.len() as i64;
        Digits::normalize(&mut digits, decpt)
    }

    /// From "D.DDDe[-]X" text of a non-negative number.
    fn from_sci(text: &str) -> Digits {
        let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        Digits::normalize(&mut digits, exp + 1)
    }

    fn normalize(digits: &mut Vec<u8>, mut decpt: i64) -> Digits {
        let lead = digits.iter().take_while(|&&d| d == b'0').count();
        digits.drain(..lead);
        decpt -= lead as i64;
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.is_empty() {
            return Digits { digits: vec![b'0'], decpt: 1 };
        }
        Digits { digits: std::mem::take(digits), decpt }
    }

    fn is_zero(&self) -> bool {
        self.digits == [b'0']
    }
}

/// dtoa mode 0: shortest digits that round-trip, and among those the
/// closest to the exact value, ties going to an even last digit.
fn shortest_digits(ax: f64) -> Digits {
    let text = format!("{ax:e}");
    let d = Digits::from_sci(&text);
    // Rust picks the same length but breaks exact ties upward, e.g.
    // 1000000000000000.25 -> ...0.3 where CPython prints ...0.2.  A tie
    // needs the n-digit rounding step to be within half an ulp, which for
    // normal doubles means n >= 16 (10**-n < 2**-52); subnormals have far
    // too many exact digits to tie.  So only long outputs are re-checked
    // against the correctly rounded (half-even) n-digit string.
    let n = d.digits.len();
    if n >= 15 {
        let prec = n - 1;
        let even = format!("{ax:.prec$e}");
        if even != text && even.parse::<f64>() == Ok(ax) {
            return Digits::from_sci(&even);
        }
    }
    d
}

/// dtoa mode 2: `n >= 1` significant digits, correctly rounded.
fn significant_digits(ax: f64, n: usize) -> Digits {
    let prec = n.clamp(1, EXACT_DIGITS_CAP) - 1;
    Digits::from_sci(&format!("{ax:.prec$e}"))
}

/// dtoa mode 3: `n` digits after the decimal point, correctly rounded.
fn fixed_digits(ax: f64, n: usize) -> Digits {
    let prec = n.min(EXACT_DIGITS_CAP);
    Digits::from_fixed(&format!("{ax:.prec$}"))
}

/// Backend of `repr(float)` / `str(float)`: shortest round-trip digits,
/// positional for 1e-4 <= |x| < 1e16, otherwise exponent notation.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags { add_dot_0: true, ..DtoaFlags::default() };
    format_float_short(x, 'r', 0, flags, false)
}

/// `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of
/// e E f F g G r ('r' = repr style, precision ignored).  This is the core of
/// `format(float, spec)` and of `'%.3f' % x`-style formatting; padding and
/// grouping are the caller's business.  An unknown code behaves like 'r'.
///
/// Fails only with MemoryError when the precision asks for a string longer
/// than [`super::MAX_RESULT_LEN`].
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> TextResult<String> {
    check_result_len(precision)?;
    let upper = code.is_ascii_uppercase();
    let (code, precision) = match code.to_ascii_lowercase() {
        // 'e' asks dtoa for one digit before the point plus `precision` after.
        'e' => ('e', precision + 1),
        'f' => ('f', precision),
        // precision 0 makes no sense for 'g'; CPython treats it as 1
        'g' => ('g', precision.max(1)),
        _ => ('r', 0),
    };
    Ok(format_float_short(x, code, precision, flags, upper))
}

/// Port of `format_float_short` from CPython's pystrtod.c; `code` is already
/// lower-cased and, for 'e', `precision` counts all significant digits.
fn format_float_short(x: f64, code: char, precision: usize, flags: DtoaFlags, upper: bool) -> String {
    let mut out = String::new();
    if !x.is_finite() {
        // The sign of a NaN is ignored; infinities keep theirs.
        if x.is_sign_negative() && x.is_infinite() {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }

    let ax = x.abs();
    let d = match code {
        'e' | 'g' => significant_digits(ax, precision),
        'f' => fixed_digits(ax, precision),
        _ => shortest_digits(ax),
    };
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && d.is_zero() {
        negative = false;
    }
    let digits_len = d.digits.len() as i64;
    let precision = precision as i64;
    let mut decpt = d.decpt;

    // We output vdigits[vdigits_start..vdigits_end] of the digit string
    // padded with infinitely many zeros on both sides, with the point
    // before vdigits[decpt].
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // repr switches to exponent notation at 1e16: beyond that the
            // shortest digits would be padded with misleading zeros.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }

    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    // Ensure vdigits_start < decpt <= vdigits_end, or vdigits_start < decpt <
    // vdigits_end if add_dot_0 and no exponent.
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };

    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let digits_str = |range: std::ops::Range<usize>| -> &str { d.digits.get(range).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or("") };
    // Zero padding on the left of the digit string.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    // The digits, with the decimal point if it falls inside them.
    if 0 < decpt && decpt <= digits_len {
        out.push_str(digits_str(0..decpt as usize));
        out.push('.');
        out.push_str(digits_str(decpt as usize..digits_len as usize));
    } else {
        out.push_str(digits_str(0..digits_len as usize));
    }
    // Zeros on the right.
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    // Drop a trailing decimal point unless the alternate form wants it.
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        // C's "%+.02d": sign always, at least two digits.
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::{cases, f64_bits};

    #[test]
    fn basics() {
        let cases = [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.5e-5, "1.5e-05"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.8, "1234567890123456.8"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want, "{x:e}");
        }
    }

    /// testdata/float_repr.txt: bit pattern, repr(x) from CPython.
    #[test]
    fn against_cpython() {
        let table = cases(include_str!("testdata/float_repr.txt"));
        assert!(table.len() > 300);
        for f in table {
            let x = f64_bits(&f[0]);
            assert_eq!(float_repr(x), f[1], "bits {}", f[0]);
        }
    }

    #[test]
    fn huge_precision_is_exact_and_bounded() {
        let s = double_to_string(0.1, 'f', 2000, DtoaFlags::default()).unwrap();
        assert_eq!(s.len(), 2002);
        assert!(s.starts_with("0.1000000000000000055511151231257827"));
        assert!(double_to_string(1.0, 'f', usize::MAX, DtoaFlags::default()).is_err());
    }
}
