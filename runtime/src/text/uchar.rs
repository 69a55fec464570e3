//! Per-character Unicode properties and case mappings as CPython 3.11 sees
//! them (Unicode 14.0.0), backed by the generated tables in `unicode_db.rs`.
//!
//! Names follow CPython's `Py_UNICODE_IS*` / `_PyUnicode_To*Full` macros.

use super::unicode_db as db;

pub use db::UNICODE_VERSION;

/// All property bits of `c` (the `F_*` constants of `unicode_db`).
fn flags(c: char) -> u16 {
    let cp = c as u32;
    // partition_point returns the number of runs starting at or before cp;
    // run 0 starts at 0, so the index is always >= 1.
    let idx = db::FLAG_RUN_STARTS.partition_point(|&start| start <= cp);
    db::FLAG_RUN_VALUES.get(idx.wrapping_sub(1)).copied().unwrap_or(0)
}

fn has(c: char, bit: u16) -> bool {
    flags(c) & bit != 0
}

/// `str.isspace` for one char (bidi WS/B/S or category Zs).
pub fn is_space(c: char) -> bool {
    match c {
        // Fast path for the overwhelmingly common ASCII case.
        '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f' | ' ' => true,
        _ if c.is_ascii() => false,
        _ => has(c, db::F_SPACE),
    }
}

/// `str.isprintable` for one char: space, or not in categories C* / Z*.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    has(c, db::F_PRINTABLE)
}

/// `str.isalpha` for one char: categories Lm, Lt, Lu, Ll, Lo.
pub fn is_alpha(c: char) -> bool {
    has(c, db::F_ALPHA)
}

/// `str.isdecimal` for one char: has a decimal digit value (category Nd).
pub fn is_decimal(c: char) -> bool {
    has(c, db::F_DECIMAL)
}

/// `str.isdigit` for one char: has a digit value (Nd plus e.g. '²').
pub fn is_digit(c: char) -> bool {
    has(c, db::F_DIGIT)
}

/// `str.isnumeric` for one char: has any numeric value (also '½', '一').
pub fn is_numeric(c: char) -> bool {
    has(c, db::F_NUMERIC)
}

/// `str.isalnum` for one char.
pub fn is_alnum(c: char) -> bool {
    flags(c) & (db::F_ALPHA | db::F_DECIMAL | db::F_DIGIT | db::F_NUMERIC) != 0
}

/// Unicode Uppercase property (`Py_UNICODE_ISUPPER`).
pub fn is_upper(c: char) -> bool {
    has(c, db::F_UPPER)
}

/// Unicode Lowercase property (`Py_UNICODE_ISLOWER`).
pub fn is_lower(c: char) -> bool {
    has(c, db::F_LOWER)
}

/// General category Lt (`Py_UNICODE_ISTITLE`).
pub fn is_title(c: char) -> bool {
    has(c, db::F_TITLE)
}

/// Unicode Cased property.
pub fn is_cased(c: char) -> bool {
    has(c, db::F_CASED)
}

/// Unicode Case_Ignorable property.
pub fn is_case_ignorable(c: char) -> bool {
    has(c, db::F_CASE_IGNORABLE)
}

/// XID_Start (note: '_' is not XID_Start; `str.isidentifier` adds it).
pub fn is_xid_start(c: char) -> bool {
    has(c, db::F_XID_START)
}

/// XID_Continue.
pub fn is_xid_continue(c: char) -> bool {
    has(c, db::F_XID_CONTINUE)
}

/// Line boundary for `str.splitlines`.
pub fn is_linebreak(c: char) -> bool {
    has(c, db::F_LINEBREAK)
}

/// Decimal digit value (`Py_UNICODE_TODECIMAL`), for any script's digits.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if c.is_ascii() || !is_decimal(c) {
        return None;
    }
    let cp = c as u32;
    let idx = db::DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *db::DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    let v = cp - zero;
    (v < 10).then_some(v)
}

type Runs = [(u32, u16, u8, i32)];
type Multi = [(u32, &'static str)];

/// Push the full case mapping of `c` from a (runs, multi) table pair.
fn map_with(c: char, runs: &Runs, multi: &Multi, out: &mut String) {
    let cp = c as u32;
    if let Ok(i) = multi.binary_search_by_key(&cp, |&(k, _)| k) {
        if let Some((_, s)) = multi.get(i) {
            out.push_str(s);
            return;
        }
    }
    let idx = runs.partition_point(|&(start, ..)| start <= cp);
    if let Some(&(start, count, stride, delta)) = idx.checked_sub(1).and_then(|i| runs.get(i)) {
        let off = cp - start;
        let stride = u32::from(stride.max(1));
        if off.is_multiple_of(stride) && off / stride < u32::from(count) {
            if let Some(m) = cp.checked_add_signed(delta).and_then(char::from_u32) {
                out.push(m);
                return;
            }
        }
    }
    out.push(c);
}

/// `_PyUnicode_ToUpperFull`: may produce up to three chars ('ß' -> "SS").
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        map_with(c, &db::UPPER_RUNS, &db::UPPER_MULTI, out);
    }
}

/// `_PyUnicode_ToLowerFull` (without the final-sigma context rule; see
/// `str_methods::lower` for that).
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        map_with(c, &db::LOWER_RUNS, &db::LOWER_MULTI, out);
    }
}

/// `_PyUnicode_ToTitleFull` ('ǆ' -> 'ǅ', 'ﬁ' -> "Fi").
pub fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        map_with(c, &db::TITLE_RUNS, &db::TITLE_MULTI, out);
    }
}

/// `_PyUnicode_ToFoldedFull` ('ß' -> "ss").
pub fn push_fold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        map_with(c, &db::FOLD_RUNS, &db::FOLD_MULTI, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::cases;

    fn mapped(f: fn(char, &mut String), c: char) -> String {
        let mut s = String::new();
        f(c, &mut s);
        s
    }

    #[test]
    fn version() {
        assert_eq!(UNICODE_VERSION, "14.0.0");
    }

    /// testdata/uchar.txt: cp, property letters, upper, lower, title, fold,
    /// decimal value -- produced by CPython for a sample of code points.
    #[test]
    fn against_cpython() {
        let mut n = 0;
        for f in cases(include_str!("testdata/uchar.txt")) {
            let cp = u32::from_str_radix(&f[0], 16).unwrap();
            let c = char::from_u32(cp).unwrap();
            let props: String = [
                (is_printable(c), 'P'),
                (is_space(c), 'S'),
                (is_alpha(c), 'A'),
                (is_decimal(c), 'D'),
                (is_digit(c), 'G'),
                (is_numeric(c), 'N'),
                (is_upper(c), 'U'),
                (is_lower(c), 'L'),
                (is_title(c), 'T'),
                (is_xid_start(c), 's'),
                (is_xid_continue(c), 'c'),
                (is_linebreak(c), 'B'),
                (is_cased(c), 'C'),
                (is_case_ignorable(c), 'I'),
                (is_alnum(c), 'a'),
            ]
            .iter()
            .filter(|p| p.0)
            .map(|p| p.1)
            .collect();
            assert_eq!(props, f[1], "props of U+{cp:04X}");
            assert_eq!(mapped(push_upper, c), f[2], "upper U+{cp:04X}");
            assert_eq!(mapped(push_lower, c), f[3], "lower U+{cp:04X}");
            assert_eq!(mapped(push_title, c), f[4], "title U+{cp:04X}");
            assert_eq!(mapped(push_fold, c), f[5], "fold U+{cp:04X}");
            let dv = decimal_value(c).map(|d| d.to_string()).unwrap_or_default();
            assert_eq!(dv, f[6], "decimal U+{cp:04X}");
            n += 1;
        }
        assert!(n > 1000);
    }
}
