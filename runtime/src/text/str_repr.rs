//! `repr()` of str and bytes, following `unicode_repr` and
//! `PyBytes_Repr` in CPython 3.11.

use std::fmt::Write;

use super::uchar;

/// `repr(s)`: single quotes unless the text contains `'` and no `"`;
/// backslash, the quote, `\t \n \r` escaped; other non-printable chars (per
/// `str.isprintable`) as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_repr_char(&mut out, c, quote);
    }
    out.push(quote);
    out
}

/// `ascii(s)` for a str: the repr with every non-ASCII char escaped too.
pub fn ascii_repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in str_repr(s).chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, c);
        }
    }
    out
}

/// One char of a str repr body.
fn push_repr_char(out: &mut String, c: char, quote: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        _ if c == quote => {
            out.push('\\');
            out.push(c);
        }
        _ if uchar::is_printable(c) => out.push(c),
        _ => push_hex_escape(out, c),
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, lowercase hex, as CPython chooses by size.
pub(crate) fn push_hex_escape(out: &mut String, c: char) {
    let cp = c as u32;
    // Writing to a String cannot fail.
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

/// `repr(b)` for bytes: `b'...'`, quotes chosen like str, `\t \n \r`
/// escaped, bytes outside 0x20..0x7e as `\xNN`.  (`bytearray` wraps this as
/// `bytearray(b'...')`.)
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(char::from(c));
            }
            0x20..=0x7e => out.push(char::from(c)),
            _ => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(char::from(quote));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::testutil::cases;

    #[test]
    fn basics() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(str_repr("a\\b\n\t\r\x00\x7f"), "'a\\\\b\\n\\t\\r\\x00\\x7f'");
        assert_eq!(str_repr("é\u{a0}\u{2028}\u{e000}\u{10ffff}"), "'é\\xa0\\u2028\\ue000\\U0010ffff'");
        assert_eq!(bytes_repr(b"a'b"), "b\"a'b\"");
        assert_eq!(bytes_repr(b"\x00\xff'\""), "b'\\x00\\xff\\'\"'");
    }

    /// testdata/str_repr.txt: kind ('s' text / 'b' hex bytes), input, repr.
    #[test]
    fn against_cpython() {
        let table = cases(include_str!("testdata/str_repr.txt"));
        assert!(table.len() > 100);
        for f in table {
            match f[0].as_str() {
                "s" => assert_eq!(str_repr(&f[1]), f[2], "{:?}", f[1]),
                "a" => assert_eq!(ascii_repr(&f[1]), f[2], "{:?}", f[1]),
                _ => {
                    let bytes: Vec<u8> = (0..f[1].len()).step_by(2).map(|i| u8::from_str_radix(&f[1][i..i + 2], 16).unwrap()).collect();
                    assert_eq!(bytes_repr(&bytes), f[2], "{:?}", f[1]);
                }
            }
        }
    }
}
