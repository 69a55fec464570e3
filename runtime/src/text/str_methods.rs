//! `str` methods whose CPython 3.11 semantics are easy to get subtly wrong
//! with Rust's std equivalents: Python's notion of whitespace and line
//! breaks differs from Rust's, case mapping needs the final-sigma rule and
//! title case, and padding has its own rounding.
//!
//! Lengths and widths are in chars (code points), as in Python.

use super::uchar;
use super::{check_result_len, value_error, TextResult};

pub use super::uchar::is_space as py_isspace;

fn maxcount(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// Byte index of the first char at or after `i` whose whitespace-ness is
/// not `skip_space` (or `s.len()`).
fn scan_forward(s: &str, i: usize, skip_space: bool) -> usize {
    let tail = s.get(i..).unwrap_or("");
    tail.char_indices().find(|&(_, c)| uchar::is_space(c) != skip_space).map_or(s.len(), |(k, _)| i + k)
}

/// Byte index just past the last char before `i` whose whitespace-ness is
/// not `skip_space` (or 0).
fn scan_backward(s: &str, i: usize, skip_space: bool) -> usize {
    let head = s.get(..i).unwrap_or("");
    head.char_indices().rev().find(|&(_, c)| uchar::is_space(c) != skip_space).map_or(0, |(k, c)| k + c.len_utf8())
}

/// `s.split()` / `s.split(None, maxsplit)`: runs of Python whitespace
/// separate words; no empty strings; a negative maxsplit means no limit.
pub fn split_whitespace_py(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut left = maxcount(maxsplit);
    let mut i = 0;
    while left > 0 {
        i = scan_forward(s, i, true);
        if i == s.len() {
            break;
        }
        let j = i;
        i = scan_forward(s, i, false);
        out.extend(s.get(j..i));
        left -= 1;
    }
    if i < s.len() {
        // maxsplit reached: the rest, minus leading whitespace, is one item.
        i = scan_forward(s, i, true);
        if i != s.len() {
            out.extend(s.get(i..));
        }
    }
    out
}

/// `s.rsplit()` / `s.rsplit(None, maxsplit)`.
pub fn rsplit_whitespace_py(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut left = maxcount(maxsplit);
    let mut i = s.len();
    while left > 0 {
        i = scan_backward(s, i, true);
        if i == 0 {
            break;
        }
        let j = i;
        i = scan_backward(s, i, false);
        out.extend(s.get(i..j));
        left -= 1;
    }
    if i > 0 {
        i = scan_backward(s, i, true);
        if i != 0 {
            out.extend(s.get(..i));
        }
    }
    out.reverse();
    out
}

/// `s.split(sep, maxsplit)`; ValueError "empty separator" for `sep == ""`.
pub fn split_sep<'a>(s: &'a str, sep: &str, maxsplit: i64) -> TextResult<Vec<&'a str>> {
    if sep.is_empty() {
        return value_error("empty separator");
    }
    let mut out = Vec::new();
    let mut left = maxcount(maxsplit);
    let mut i = 0;
    while left > 0 {
        let Some(pos) = s.get(i..).and_then(|t| t.find(sep)) else {
            break;
        };
        out.extend(s.get(i..i + pos));
        i += pos + sep.len();
        left -= 1;
    }
    out.extend(s.get(i..));
    Ok(out)
}

/// `s.rsplit(sep, maxsplit)`.
pub fn rsplit_sep<'a>(s: &'a str, sep: &str, maxsplit: i64) -> TextResult<Vec<&'a str>> {
    if sep.is_empty() {
        return value_error("empty separator");
    }
    let mut out = Vec::new();
    let mut left = maxcount(maxsplit);
    let mut j = s.len();
    while left > 0 {
        let Some(pos) = s.get(..j).and_then(|t| t.rfind(sep)) else {
            break;
        };
        out.extend(s.get(pos + sep.len()..j));
        j = pos;
        left -= 1;
    }
    out.extend(s.get(..j));
    out.reverse();
    Ok(out)
}

/// `s.splitlines(keepends)`: breaks at \n \r \r\n \v \f \x1c \x1d \x1e
/// \x85 \u2028 \u2029; no trailing empty line.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !uchar::is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && it.peek().is_some_and(|&(_, n)| n == '\n') {
            it.next();
            end += 1;
        }
        out.extend(s.get(start..if keepends { end } else { i }));
        start = end;
    }
    if start < s.len() {
        out.extend(s.get(start..));
    }
    out
}

/// `s.strip()` with no argument (Python whitespace, which unlike Rust's
/// `trim` includes \x1c..\x1f).
pub fn strip_py(s: &str) -> &str {
    s.trim_matches(uchar::is_space)
}

/// `s.lstrip()` with no argument.
pub fn lstrip_py(s: &str) -> &str {
    s.trim_start_matches(uchar::is_space)
}

/// `s.rstrip()` with no argument.
pub fn rstrip_py(s: &str) -> &str {
    s.trim_end_matches(uchar::is_space)
}

/// `s.strip(chars)` / `lstrip` / `rstrip` with an explicit char set.
pub fn strip_chars<'a>(s: &'a str, chars: &str, left: bool, right: bool) -> &'a str {
    let in_set = |c: char| chars.contains(c);
    let s = if left { s.trim_start_matches(in_set) } else { s };
    if right {
        s.trim_end_matches(in_set)
    } else {
        s
    }
}

// ---- case mapping ----

/// Is the capital sigma at `chars[i]` word-final?  CPython's rule:
/// cased (case-ignorable)* Σ !((case-ignorable)* cased).
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars.get(..i).unwrap_or(&[]);
    let after = chars.get(i + 1..).unwrap_or(&[]);
    let prev = before.iter().rev().find(|&&c| !uchar::is_case_ignorable(c));
    if !prev.is_some_and(|&c| uchar::is_cased(c)) {
        return false;
    }
    let next = after.iter().find(|&&c| !uchar::is_case_ignorable(c));
    !next.is_some_and(|&c| uchar::is_cased(c))
}

/// `lower_ucs4`: full lowercase with the final-sigma rule.
fn push_lower_at(chars: &[char], i: usize, c: char, out: &mut String) {
    if c == '\u{3a3}' {
        out.push(if is_final_sigma(chars, i) { '\u{3c2}' } else { '\u{3c3}' });
    } else {
        uchar::push_lower(c, out);
    }
}

/// Apply `f(chars, index, char, out)` to every char.
fn map_chars(s: &str, f: impl Fn(&[char], usize, char, &mut String)) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        f(&chars, i, c, &mut out);
    }
    out
}

/// `s.lower()`.
pub fn py_lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    map_chars(s, push_lower_at)
}

/// `s.upper()` ('ß' -> "SS").
pub fn py_upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| uchar::push_upper(c, &mut out));
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| uchar::push_fold(c, &mut out));
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    map_chars(s, |chars, i, c, out| {
        if uchar::is_upper(c) {
            push_lower_at(chars, i, c, out);
        } else if uchar::is_lower(c) {
            uchar::push_upper(c, out);
        } else {
            out.push(c);
        }
    })
}

/// `s.title()`: title-case a char that follows an uncased one, lowercase
/// one that follows a cased one ("they're" -> "They'Re", as in CPython).
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower_at(&chars, i, c, &mut out);
        } else {
            uchar::push_title(c, &mut out);
        }
        previous_is_cased = uchar::is_cased(c);
    }
    out
}

/// `s.capitalize()`: since 3.8 the first char is title-cased
/// ('ǆa' -> 'ǅa'), the rest lowercased.
pub fn capitalize(s: &str) -> String {
    map_chars(s, |chars, i, c, out| {
        if i == 0 {
            uchar::push_title(c, out);
        } else {
            push_lower_at(chars, i, c, out);
        }
    })
}

// ---- predicates ----

fn all_nonempty(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `s.isspace()`.
pub fn is_space(s: &str) -> bool {
    all_nonempty(s, uchar::is_space)
}

/// `s.isdecimal()`.
pub fn is_decimal(s: &str) -> bool {
    all_nonempty(s, uchar::is_decimal)
}

/// `s.isdigit()`.
pub fn is_digit(s: &str) -> bool {
    all_nonempty(s, uchar::is_digit)
}

/// `s.isnumeric()`.
pub fn is_numeric(s: &str) -> bool {
    all_nonempty(s, uchar::is_numeric)
}

/// `s.isalpha()`.
pub fn is_alpha(s: &str) -> bool {
    all_nonempty(s, uchar::is_alpha)
}

/// `s.isalnum()`.
pub fn is_alnum(s: &str) -> bool {
    all_nonempty(s, uchar::is_alnum)
}

/// `s.isprintable()` (true for the empty string).
pub fn is_printable(s: &str) -> bool {
    s.chars().all(uchar::is_printable)
}

/// `s.isidentifier()`: XID_Start or '_', then XID_Continue.  (Keywords
/// count as identifiers, as in CPython.)
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || uchar::is_xid_start(c) => it.all(uchar::is_xid_continue),
        _ => false,
    }
}

/// `s.isupper()`: has a cased char and no lowercase or titlecase ones.
pub fn is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if uchar::is_lower(c) || uchar::is_title(c) {
            return false;
        }
        cased |= uchar::is_upper(c);
    }
    cased
}

/// `s.islower()`: has a cased char and no uppercase or titlecase ones.
pub fn is_lower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if uchar::is_upper(c) || uchar::is_title(c) {
            return false;
        }
        cased |= uchar::is_lower(c);
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase chars only after uncased ones,
/// lowercase only after cased ones, and at least one cased char.
pub fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if uchar::is_upper(c) || uchar::is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if uchar::is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

// ---- padding ----

/// `pad()` of unicodeobject.c.
fn pad(s: &str, left: usize, right: usize, fill: char) -> TextResult<String> {
    let total = s.chars().count().saturating_add(left).saturating_add(right);
    check_result_len(total)?;
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// Chars to add to reach `width`, or None if `s` is already wide enough.
fn margin(s: &str, width: i64) -> Option<usize> {
    let len = s.chars().count();
    let width = usize::try_from(width).ok()?;
    width.checked_sub(len).filter(|&m| m > 0)
}

/// `s.center(width, fill)`; odd margins put the extra char on the left
/// only when `width` is odd (CPython's `marg / 2 + (marg & width & 1)`).
pub fn center(s: &str, width: i64, fill: char) -> TextResult<String> {
    let Some(marg) = margin(s, width) else {
        return Ok(s.to_string());
    };
    let left = marg / 2 + (marg & (width as usize) & 1);
    pad(s, left, marg - left, fill)
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> TextResult<String> {
    match margin(s, width) {
        Some(m) => pad(s, 0, m, fill),
        None => Ok(s.to_string()),
    }
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> TextResult<String> {
    match margin(s, width) {
        Some(m) => pad(s, m, 0, fill),
        None => Ok(s.to_string()),
    }
}

/// `s.zfill(width)`: zeros go after a leading '+' or '-'.
pub fn zfill(s: &str, width: i64) -> TextResult<String> {
    let Some(fill) = margin(s, width) else {
        return Ok(s.to_string());
    };
    check_result_len(s.len().saturating_add(fill))?;
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), s.get(1..).unwrap_or("")),
        _ => (None, s),
    };
    let mut out = String::with_capacity(s.len() + fill);
    out.extend(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(out)
}

/// `s.expandtabs(tabsize)`: only \n and \r reset the column; a tabsize
/// <= 0 deletes tabs.
pub fn expandtabs(s: &str, tabsize: i64) -> TextResult<String> {
    let tab = usize::try_from(tabsize).unwrap_or(0);
    // First pass: the result length, so huge tab sizes fail cleanly.
    let mut total: usize = 0;
    let mut col: usize = 0;
    for c in s.chars() {
        let incr = match c {
            '\t' if tab > 0 => tab - col % tab,
            '\t' => 0,
            _ => 1,
        };
        total = total.saturating_add(incr);
        col = if matches!(c, '\n' | '\r') { 0 } else { col.saturating_add(incr) };
    }
    check_result_len(total)?;
    let mut out = String::with_capacity(total);
    col = 0;
    for c in s.chars() {
        if c == '\t' {
            if tab > 0 {
                let n = tab - col % tab;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
        } else {
            out.push(c);
            col = if matches!(c, '\n' | '\r') { 0 } else { col + 1 };
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::cases;

    #[test]
    fn examples() {
        assert_eq!(split_whitespace_py("  a b\u{1c}c  ", -1), ["a", "b", "c"]);
        assert_eq!(split_whitespace_py("  a b c  ", 1), ["a", "b c  "]);
        assert_eq!(rsplit_whitespace_py("  a b c  ", 1), ["  a b", "c"]);
        assert_eq!(split_sep("a,,b", ",", -1).unwrap(), ["a", "", "b"]);
        assert_eq!(rsplit_sep("aaa", "aa", -1).unwrap(), ["a", ""]);
        assert_eq!(split_sep("a", "", -1).unwrap_err().1, "empty separator");
        assert_eq!(splitlines("a\r\nb\rc\n", true), ["a\r\n", "b\r", "c\n"]);
        assert_eq!(py_lower("ΑΣ Σ"), "ας σ");
        assert_eq!(py_upper("ß"), "SS");
        assert_eq!(capitalize("ǆa"), "ǅa");
        assert_eq!(title("they're ﬁne"), "They'Re Fine");
        assert_eq!(center("a", 4, '*').unwrap(), "*a**");
        assert_eq!(center("ab", 5, '*').unwrap(), "**ab*");
        assert_eq!(zfill("-42", 6).unwrap(), "-00042");
        assert_eq!(expandtabs("a\tbc\r\td", 4).unwrap(), "a   bc\r    d");
        assert!(expandtabs("\t", i64::MAX).is_err());
    }

    fn join(v: &[&str]) -> String {
        v.join("\u{1}")
    }

    /// testdata/str_methods.txt: method, input, argument, expected (lists
    /// joined with U+0001).
    #[test]
    fn against_cpython() {
        let table = cases(include_str!("testdata/str_methods.txt"));
        assert!(table.len() > 300);
        let b = |v: bool| if v { "True" } else { "False" }.to_string();
        for f in table {
            let (m, s, arg) = (f[0].as_str(), f[1].as_str(), f[2].as_str());
            let n = || arg.parse::<i64>().unwrap();
            let got = match m {
                "split" => join(&split_whitespace_py(s, n())),
                "rsplit" => join(&rsplit_whitespace_py(s, n())),
                "splitsep" => {
                    let (sep, k) = arg.split_once('|').unwrap();
                    join(&split_sep(s, sep, k.parse().unwrap()).unwrap())
                }
                "rsplitsep" => {
                    let (sep, k) = arg.split_once('|').unwrap();
                    join(&rsplit_sep(s, sep, k.parse().unwrap()).unwrap())
                }
                "splitlines" => join(&splitlines(s, arg == "1")),
                "strip" => strip_py(s).to_string(),
                "lstrip" => lstrip_py(s).to_string(),
                "rstrip" => rstrip_py(s).to_string(),
                "lower" => py_lower(s),
                "upper" => py_upper(s),
                "casefold" => casefold(s),
                "swapcase" => swapcase(s),
                "title" => title(s),
                "capitalize" => capitalize(s),
                "isspace" => b(is_space(s)),
                "isdecimal" => b(is_decimal(s)),
                "isdigit" => b(is_digit(s)),
                "isnumeric" => b(is_numeric(s)),
                "isalpha" => b(is_alpha(s)),
                "isalnum" => b(is_alnum(s)),
                "isprintable" => b(is_printable(s)),
                "isidentifier" => b(is_identifier(s)),
                "isupper" => b(is_upper(s)),
                "islower" => b(is_lower(s)),
                "istitle" => b(is_title(s)),
                "center" | "ljust" | "rjust" => {
                    let (w, fill) = arg.split_once('|').unwrap();
                    let (w, fill) = (w.parse().unwrap(), fill.chars().next().unwrap());
                    match m {
                        "center" => center(s, w, fill),
                        "ljust" => ljust(s, w, fill),
                        _ => rjust(s, w, fill),
                    }
                    .unwrap()
                }
                "zfill" => zfill(s, n()).unwrap(),
                "expandtabs" => expandtabs(s, n()).unwrap(),
                other => panic!("unknown method {other}"),
            };
            assert_eq!(got, f[3], "{m}({s:?}, {arg:?})");
        }
    }
}
