//! The format-spec mini-language of `format(value, spec)` for int, float and
//! str, ported from CPython 3.11's Python/formatter_unicode.c.
//!
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
//!
//! Locale-dependent parts ('n') behave as in the "C" locale, which is what
//! CPython uses unless a program calls `locale.setlocale`.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_repr::{double_to_string, float_repr, DtoaFlags};
use super::int_text::{bigint_to_f64, decimal_magnitude, u64_to_radix};
use super::{check_result_len, overflow_error, uchar, value_error, TextResult};

/// Digit grouping requested by ',' or '_'.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// ',' every 3 digits.
    Comma,
    /// '_' every 3 digits (decimal types).
    Underscore,
    /// '_' every 4 digits (b, o, x, X).
    UnderscoreFour,
}

impl Grouping {
    fn separator(self) -> Option<(char, usize)> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some((',', 3)),
            Grouping::Underscore => Some(('_', 3)),
            Grouping::UnderscoreFour => Some(('_', 4)),
        }
    }
}

/// A parsed spec (`InternalFormatSpec`).  `ty` is '\0' when the spec has no
/// type and the object's default is "none" (float).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    /// One of '<', '>', '=', '^'.
    pub align: char,
    /// '+', '-', ' ' or None.
    pub sign: Option<char>,
    pub no_neg_0: bool,
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    pub ty: char,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// `get_integer`: digits of any script; None if there are none.
fn parse_count(spec: &[char], pos: &mut usize) -> TextResult<Option<usize>> {
    let mut acc: usize = 0;
    let mut any = false;
    while let Some(d) = spec.get(*pos).and_then(|&c| uchar::decimal_value(c)) {
        // CPython stores these in a Py_ssize_t.
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d as usize)) {
            Some(a) if a <= isize::MAX as usize => a,
            _ => return value_error("Too many decimal digits in format string"),
        };
        any = true;
        *pos += 1;
    }
    Ok(any.then_some(acc))
}

/// How CPython quotes a presentation type in error messages.
fn type_for_message(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{cp:x}'")
    }
}

fn unknown_type<T>(ty: char, type_name: &str) -> TextResult<T> {
    value_error(format!("Unknown format code {} for object of type '{type_name}'", type_for_message(ty)))
}

/// `parse_internal_render_format_spec`: parse `spec` for an object of type
/// `type_name` (used in messages) whose default type is `default_type`
/// ('\0' for none) and default alignment `default_align`.
pub fn parse_format_spec(spec: &str, type_name: &str, default_type: char, default_align: char) -> TextResult<FormatSpec> {
    let s: Vec<char> = spec.chars().collect();
    let at = |i: usize| s.get(i).copied();
    let mut f = FormatSpec { fill: ' ', align: default_align, sign: None, no_neg_0: false, alternate: false, width: None, grouping: Grouping::None, precision: None, ty: default_type };
    let mut pos = 0;
    let mut fill_specified = false;
    let mut align_specified = false;

    // A second char that is an alignment token means the first is the fill.
    if let (Some(fill), Some(align)) = (at(0), at(1).filter(|&c| is_align(c))) {
        f.fill = fill;
        f.align = align;
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if let Some(align) = at(0).filter(|&c| is_align(c)) {
        f.align = align;
        align_specified = true;
        pos = 1;
    }
    if let Some(sign) = at(pos).filter(|c| matches!(c, '+' | '-' | ' ')) {
        f.sign = Some(sign);
        pos += 1;
    }
    if at(pos) == Some('z') {
        f.no_neg_0 = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        f.alternate = true;
        pos += 1;
    }
    // A leading '0' (without explicit fill) means zero padding, and for
    // numbers also '=' alignment, for backwards compatibility.
    if !fill_specified && at(pos) == Some('0') {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    f.width = parse_count(&s, &mut pos)?;

    const BOTH: &str = "Cannot specify both ',' and '_'.";
    if at(pos) == Some(',') {
        f.grouping = Grouping::Comma;
        pos += 1;
    }
    if at(pos) == Some('_') {
        if f.grouping != Grouping::None {
            return value_error(BOTH);
        }
        f.grouping = Grouping::Underscore;
        pos += 1;
    }
    if at(pos) == Some(',') && f.grouping == Grouping::Underscore {
        return value_error(BOTH);
    }
    if at(pos) == Some('.') {
        pos += 1;
        match parse_count(&s, &mut pos)? {
            Some(p) => f.precision = Some(p),
            None => return value_error("Format specifier missing precision"),
        }
    }
    let rest = s.get(pos..).unwrap_or(&[]);
    if rest.len() > 1 {
        return value_error(format!("Invalid format specifier '{spec}' for object of type '{type_name}'"));
    }
    if let Some(&ty) = rest.first() {
        f.ty = ty;
    }

    if f.grouping != Grouping::None {
        match f.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if f.grouping == Grouping::Underscore => {
                f.grouping = Grouping::UnderscoreFour;
            }
            ty => {
                let sep = if f.grouping == Grouping::Comma { ',' } else { '_' };
                return value_error(format!("Cannot specify '{sep}' with {}.", type_for_message(ty)));
            }
        }
    }
    Ok(f)
}

/// Pieces of a formatted number, in output order:
/// `<sign><prefix><digits>[.]<remainder>`; only `digits` gets grouped and
/// zero-padded.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

/// `_PyUnicode_InsertThousandsGrouping`: group `digits` from the right and,
/// when `min_width` asks for it (zero padding with '=' alignment), pad with
/// zeros *including* separators ('00,001,234').
fn group_digits(digits: &[u8], min_width: i64, group: Option<(char, usize)>) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut dpos = digits.len();
    // Built right to left, then reversed.
    let mut rev: Vec<char> = Vec::new();
    let mut emit = |rev: &mut Vec<char>, n_chars: i64, n_zeros: i64, sep: Option<char>| {
        if let Some(sep) = sep {
            rev.push(sep);
        }
        for _ in 0..n_chars {
            dpos = dpos.saturating_sub(1);
            rev.push(char::from(digits.get(dpos).copied().unwrap_or(b'0')));
        }
        for _ in 0..n_zeros {
            rev.push('0');
        }
    };
    let mut pending_sep = None;
    let mut done = false;
    if let Some((sep, size)) = group {
        let size = size as i64;
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut rev, n_chars, n_zeros, pending_sep);
            pending_sep = Some(sep);
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                done = true;
                break;
            }
            min_width -= 1; // the separator's width
        }
    }
    if !done {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(&mut rev, n_chars, n_zeros, pending_sep);
    }
    rev.iter().rev().collect()
}

/// `calc_number_widths` + `fill_number`: sign, padding and grouping.
fn layout_number(p: &NumberParts, f: &FormatSpec) -> TextResult<String> {
    let width = f.width.unwrap_or(0);
    check_result_len(width)?;
    let sign = match (f.sign, p.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_non_digit = usize::from(sign.is_some()) + p.prefix.chars().count() + usize::from(p.has_decimal) + p.remainder.chars().count();
    let min_width = if f.fill == '0' && f.align == '=' { width as i64 - n_non_digit as i64 } else { 0 };
    // 'c' and inf/nan have no digits; grouping would invent a '0'.
    let grouped = if p.digits.is_empty() { String::new() } else { group_digits(p.digits.as_bytes(), min_width, f.grouping.separator()) };
    let content = n_non_digit + grouped.chars().count();
    let padding = width.saturating_sub(content);
    let (left, inner, right) = match f.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(content + padding);
    push_fill(&mut out, f.fill, left);
    out.extend(sign);
    out.push_str(p.prefix);
    push_fill(&mut out, f.fill, inner);
    out.push_str(&grouped);
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_fill(&mut out, f.fill, right);
    Ok(out)
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

/// An int operand without forcing small values into a BigInt.
#[derive(Clone, Copy)]
pub(crate) enum IntArg<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntArg<'_> {
    pub(crate) fn is_negative(self) -> bool {
        match self {
            IntArg::Small(v) => v < 0,
            IntArg::Big(v) => v.sign() == Sign::Minus,
        }
    }

    /// Digits of |v| in `base`; base 10 honours int_max_str_digits.
    pub(crate) fn magnitude(self, base: u32) -> TextResult<String> {
        match self {
            IntArg::Small(v) => Ok(u64_to_radix(v.unsigned_abs(), base)),
            IntArg::Big(v) if base == 10 => decimal_magnitude(v),
            IntArg::Big(v) => Ok(v.magnitude().to_str_radix(base)),
        }
    }

    /// `PyNumber_Float`: correctly rounded, OverflowError when too large.
    pub(crate) fn to_f64(self) -> TextResult<f64> {
        match self {
            IntArg::Small(v) => Ok(v as f64),
            IntArg::Big(v) => bigint_to_f64(v),
        }
    }

    /// `PyLong_AsLong`.
    fn to_i64(self) -> TextResult<i64> {
        match self {
            IntArg::Small(v) => Ok(v),
            IntArg::Big(v) => match v.to_i64() {
                Some(v) => Ok(v),
                None => overflow_error("Python int too large to convert to C long"),
            },
        }
    }

    fn to_decimal_string(self) -> TextResult<String> {
        let digits = self.magnitude(10)?;
        Ok(if self.is_negative() { format!("-{digits}") } else { digits })
    }
}

/// `format(v, spec)` for an int.  An empty spec gives `str(v)`.
pub fn format_int(v: &BigInt, spec: &str) -> TextResult<String> {
    format_int_arg(IntArg::Big(v), spec, "int")
}

/// [`format_int`] for an object whose type name (in error messages) is not
/// "int", e.g. "bool".  Note that `format(True, '')` is 'True': callers
/// must handle the empty spec of bool themselves.
pub fn format_int_typed(v: &BigInt, spec: &str, type_name: &str) -> TextResult<String> {
    format_int_arg(IntArg::Big(v), spec, type_name)
}

/// [`format_int`] for machine integers.
pub fn format_i64(v: i64, spec: &str) -> TextResult<String> {
    format_int_arg(IntArg::Small(v), spec, "int")
}

fn format_int_arg(v: IntArg, spec: &str, type_name: &str) -> TextResult<String> {
    if spec.is_empty() {
        return v.to_decimal_string();
    }
    let f = parse_format_spec(spec, type_name, 'd', '>')?;
    match f.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(v, &f),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_internal(v.to_f64()?, &f),
        ty => unknown_type(ty, type_name),
    }
}

/// `format_long_internal`.
fn format_long_internal(v: IntArg, f: &FormatSpec) -> TextResult<String> {
    if f.precision.is_some() {
        return value_error("Precision not allowed in integer format specifier");
    }
    if f.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if f.ty == 'c' {
        return format_int_as_char(v, f);
    }
    let (base, prefix) = match f.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude(base)?;
    if f.ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts { negative: v.is_negative(), prefix: if f.alternate { prefix } else { "" }, digits: &digits, has_decimal: false, remainder: "" };
    layout_number(&parts, f)
}

/// The 'c' presentation type: the int is a code point.
///
/// Deviation: a surrogate code point (0xD800..=0xDFFF) cannot live in a Rust
/// string, so it is refused with ValueError where CPython returns a lone
/// surrogate.
fn format_int_as_char(v: IntArg, f: &FormatSpec) -> TextResult<String> {
    if f.sign.is_some() {
        return value_error("Sign not allowed with integer format specifier 'c'");
    }
    if f.alternate {
        return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    let x = v.to_i64()?;
    if !(0..=0x10ffff).contains(&x) {
        return overflow_error("%c arg not in range(0x110000)");
    }
    let Some(c) = char::from_u32(x as u32) else {
        return value_error("%c arg is a surrogate code point, which pylift strings cannot hold");
    };
    let text = c.to_string();
    let parts = NumberParts { negative: false, prefix: "", digits: "", has_decimal: false, remainder: &text };
    layout_number(&parts, f)
}

/// `format(x, spec)` for a float.  An empty spec gives `str(x)`.
pub fn format_float(x: f64, spec: &str) -> TextResult<String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let f = parse_format_spec(spec, "float", '\0', '>')?;
    match f.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_internal(x, &f),
        ty => unknown_type(ty, "float"),
    }
}

/// `format_float_internal`.
fn format_float_internal(mut x: f64, f: &FormatSpec) -> TextResult<String> {
    let mut precision = f.precision;
    if precision.is_some_and(|p| p > i32::MAX as usize) {
        return value_error("precision too big");
    }
    let mut flags = DtoaFlags { alt: f.alternate, no_neg_0: f.no_neg_0, ..DtoaFlags::default() };
    let mut ty = f.ty;
    let mut default_precision = 6;
    if ty == '\0' {
        // No type: like repr() without a precision, else like 'g' but
        // always with a digit after the point.
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        // 'n' is 'g' with locale separators; the C locale has none.
        ty = 'g';
    }
    let percent = ty == '%';
    if percent {
        ty = 'f';
        x *= 100.0;
    }
    if precision.is_some() && ty == 'r' {
        ty = 'g';
    }
    let precision = precision.get_or_insert(default_precision);
    let mut text = double_to_string(x, ty, *precision, flags)?;
    if percent {
        text.push('%');
    }

    // Split "-123.45e+06" into sign, digits, '.', remainder.
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, after) = body.split_at(n_int);
    let (has_decimal, remainder) = match after.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, after),
    };
    let parts = NumberParts { negative, prefix: "", digits, has_decimal, remainder };
    layout_number(&parts, f)
}

/// `format(s, spec)` for a str.  Precision truncates (in chars).
pub fn format_str(s: &str, spec: &str) -> TextResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = parse_format_spec(spec, "str", 's', '<')?;
    if f.ty != 's' {
        return unknown_type(f.ty, "str");
    }
    match f.sign {
        Some(' ') => return value_error("Space not allowed in string format specifier"),
        Some(_) => return value_error("Sign not allowed in string format specifier"),
        None => {}
    }
    if f.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in string format specifier");
    }
    if f.alternate {
        return value_error("Alternate form (#) not allowed in string format specifier");
    }
    if f.align == '=' {
        return value_error("'=' alignment not allowed in string format specifier");
    }
    let width = f.width.unwrap_or(0);
    check_result_len(width)?;
    let len = s.chars().count();
    let keep = f.precision.map_or(len, |p| p.min(len));
    let body: &str = match s.char_indices().nth(keep) {
        Some((byte, _)) => s.get(..byte).unwrap_or(s),
        None => s,
    };
    Ok(pad_text(body, keep, width, f.align, f.fill))
}

/// `calc_padding` for text of `nchars` chars.
fn pad_text(body: &str, nchars: usize, width: usize, align: char, fill: char) -> String {
    let total = width.max(nchars);
    let left = match align {
        '>' => total - nchars,
        '^' => (total - nchars) / 2,
        _ => 0,
    };
    let right = total - nchars - left;
    let mut out = String::with_capacity(body.len() + left + right);
    push_fill(&mut out, fill, left);
    out.push_str(body);
    push_fill(&mut out, fill, right);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::{cases, f64_bits, outcome};
    use crate::text::ErrKind;
    use num_traits::Num;

    #[test]
    fn examples() {
        assert_eq!(format_float(1.0, "").unwrap(), "1.0");
        assert_eq!(format_float(1e16, "").unwrap(), "1e+16");
        assert_eq!(format_float(0.1, ".3").unwrap(), "0.1");
        assert_eq!(format_float(1234.5, ".2").unwrap(), "1.2e+03");
        assert_eq!(format_i64(1234, "010,").unwrap(), "00,001,234");
        assert_eq!(format_i64(255, "#010_x").unwrap(), "0x000_00ff");
        assert_eq!(format_i64(-5, "=+08_d").unwrap(), "-000_005");
        assert_eq!(format_str("abc", "^7").unwrap(), "  abc  ");
        assert_eq!(format_float(1.0, "d").unwrap_err().1, "Unknown format code 'd' for object of type 'float'");
        assert_eq!(format_str("x", ",").unwrap_err().1, "Cannot specify ',' with 's'.");
        assert_eq!(format_i64(1, "\u{1}").unwrap_err().1, "Unknown format code '\\x1' for object of type 'int'");
        assert_eq!(format_i64(1, "99999999999").unwrap_err().0, ErrKind::MemoryError);
    }

    /// testdata/format.txt: kind (i/f/s), value (decimal int, float bits or
    /// text), spec, outcome kind, result or message.
    #[test]
    fn against_cpython() {
        let table = cases(include_str!("testdata/format.txt"));
        assert!(table.len() > 500);
        for f in table {
            let (kind, value, spec) = (f[0].as_str(), f[1].as_str(), f[2].as_str());
            let got = match kind {
                "i" => {
                    let v = BigInt::from_str_radix(value, 10).unwrap();
                    if let Ok(small) = value.parse::<i64>() {
                        assert_eq!(format_i64(small, spec), format_int(&v, spec), "i64 path {value} {spec:?}");
                    }
                    outcome(format_int(&v, spec))
                }
                "b" => {
                    let v = BigInt::from_str_radix(value, 10).unwrap();
                    outcome(format_int_typed(&v, spec, "bool"))
                }
                "f" => outcome(format_float(f64_bits(value), spec)),
                _ => outcome(format_str(value, spec)),
            };
            assert_eq!((got.0.as_str(), got.1.as_str()), (f[3].as_str(), f[4].as_str()), "format({kind} {value}, {spec:?})");
        }
    }
}
