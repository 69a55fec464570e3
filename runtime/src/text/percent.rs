//! Conversions of printf-style `str % args` formatting, ported from
//! `unicode_format_arg_output`, `formatfloat` and `_PyUnicode_FormatLong`
//! in CPython 3.11's Objects/unicodeobject.c.
//!
//! Parsing the `%...` directive and fetching arguments (including `*`
//! widths) is the interpreter's job; it hands the parsed flags here.

use num_bigint::BigInt;

use super::float_repr::{double_to_string, DtoaFlags};
use super::format_spec::IntArg;
use super::{check_result_len, overflow_error, TextResult};

/// Flags, width and precision of one `%` directive.  A negative `*` width
/// should be passed as `left_adjust` plus its absolute value, as CPython does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentSpec {
    /// '-'
    pub left_adjust: bool,
    /// '+'
    pub plus: bool,
    /// ' '
    pub blank: bool,
    /// '#'
    pub alt: bool,
    /// '0'
    pub zero: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
}

fn is_numeric_conversion(conv: char) -> bool {
    matches!(conv, 'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G')
}

/// `%e %E %f %F %g %G` of a float (int operands must be converted by the
/// caller, with its TypeError for non-numbers).  Default precision is 6.
pub fn percent_format_float(x: f64, conv: char, spec: &PercentSpec) -> TextResult<String> {
    let flags = DtoaFlags { alt: spec.alt, ..DtoaFlags::default() };
    let text = double_to_string(x, conv, spec.precision.unwrap_or(6), flags)?;
    percent_pad(&text, conv, spec)
}

/// `%d %i %u %o %x %X` of an int (floats must be converted by the caller).
/// The precision is a minimum digit count: '%.5d' % -3 == '-00003'.
pub fn percent_format_int(v: &BigInt, conv: char, spec: &PercentSpec) -> TextResult<String> {
    format_long(IntArg::Big(v), conv, spec)
}

/// [`percent_format_int`] for machine integers.
pub fn percent_format_i64(v: i64, conv: char, spec: &PercentSpec) -> TextResult<String> {
    format_long(IntArg::Small(v), conv, spec)
}

/// `_PyUnicode_FormatLong` followed by the padding step.
fn format_long(v: IntArg, conv: char, spec: &PercentSpec) -> TextResult<String> {
    let prec = spec.precision.unwrap_or(0);
    if prec > (i32::MAX - 3) as usize {
        return overflow_error("precision too large");
    }
    check_result_len(prec)?;
    let (base, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude(base)?;
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut text = String::with_capacity(prec.max(digits.len()) + 3);
    if v.is_negative() {
        text.push('-');
    }
    if spec.alt {
        text.push_str(prefix);
    }
    // Precision pads the digits (after sign and prefix) with zeros.
    text.extend(std::iter::repeat_n('0', prec.saturating_sub(digits.len())));
    text.push_str(&digits);
    percent_pad(&text, conv, spec)
}

/// `unicode_format_arg_output`: apply sign flags, width, zero padding and
/// (for s/r/a) precision truncation to an already-converted argument.
/// Use it directly for `%s`, `%r`, `%a` (text = str/repr/ascii of the
/// argument) and `%c`.
pub fn percent_pad(text: &str, conv: char, spec: &PercentSpec) -> TextResult<String> {
    let numeric = is_numeric_conversion(conv);
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    let mut width = spec.width.unwrap_or(0);
    check_result_len(width)?;

    if matches!(conv, 's' | 'r' | 'a') {
        if let Some(p) = spec.precision {
            len = len.min(p);
        }
    }
    let mut pindex = 0;
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                len -= 1;
                pindex = 1;
            }
            _ if spec.plus => sign = Some('+'),
            _ if spec.blank => sign = Some(' '),
            _ => {}
        }
    }
    width = width.max(len);

    let mut out = String::with_capacity(width + 1);
    if let Some(s) = sign {
        // With zero padding the sign goes before the zeros.
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    // The 0x / 0o prefix also stays in front of zero padding.
    let has_prefix = spec.alt && matches!(conv, 'x' | 'X' | 'o') && chars.get(pindex) == Some(&'0');
    let prefix: String = if has_prefix { chars.iter().skip(pindex).take(2).collect() } else { String::new() };
    if has_prefix {
        if fill != ' ' {
            out.push_str(&prefix);
        }
        pindex += 2;
        width = width.saturating_sub(2);
        len = len.saturating_sub(2);
    }
    if width > len && !spec.left_adjust {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        if has_prefix {
            out.push_str(&prefix);
        }
    }
    out.extend(chars.iter().skip(pindex).take(len));
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::{cases, f64_bits, outcome};
    use num_traits::Num;

    /// Parse "-+ #0" flags, width and precision from a directive like "%-08.3".
    fn spec_of(flags: &str, width: &str, prec: &str) -> PercentSpec {
        PercentSpec {
            left_adjust: flags.contains('-'),
            plus: flags.contains('+'),
            blank: flags.contains(' '),
            alt: flags.contains('#'),
            zero: flags.contains('0'),
            width: width.parse().ok(),
            precision: prec.parse().ok(),
        }
    }

    #[test]
    fn examples() {
        let s = spec_of("#0", "8", "");
        assert_eq!(percent_format_i64(8, 'o', &s).unwrap(), "0o000010");
        assert_eq!(percent_format_i64(-3, 'd', &spec_of("", "", "5")).unwrap(), "-00003");
        assert_eq!(percent_format_float(-1.5, 'f', &spec_of("0", "8", "2")).unwrap(), "-0001.50");
        assert_eq!(percent_pad("abcdef", 'r', &spec_of("", "", "3")).unwrap(), "abc");
    }

    /// testdata/percent.txt: kind (i/f/s), value, conversion, flags, width,
    /// precision, outcome kind, result.
    #[test]
    fn against_cpython() {
        let table = cases(include_str!("testdata/percent.txt"));
        assert!(table.len() > 100);
        for f in table {
            let spec = spec_of(&f[3], &f[4], &f[5]);
            let conv = f[2].chars().next().unwrap();
            let got = match f[0].as_str() {
                "i" => {
                    let v = BigInt::from_str_radix(&f[1], 10).unwrap();
                    if let Ok(small) = f[1].parse::<i64>() {
                        assert_eq!(percent_format_i64(small, conv, &spec), percent_format_int(&v, conv, &spec));
                    }
                    outcome(percent_format_int(&v, conv, &spec))
                }
                "f" => outcome(percent_format_float(f64_bits(&f[1]), conv, &spec)),
                _ => outcome(percent_pad(&f[1], conv, &spec)),
            };
            assert_eq!((got.0.as_str(), got.1.as_str()), (f[6].as_str(), f[7].as_str()), "{f:?}");
        }
    }
}
