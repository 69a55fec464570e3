//! Reader for the CPython-generated tables in `testdata/`.
//!
//! Format (written by `testdata/gen_testdata.py`): one case per line, fields
//! separated by TAB, lines starting with '#' ignored.  Inside a field `\\`
//! is a backslash and `\u{HEX}` any char, so fields can carry tabs,
//! newlines, trailing spaces and non-printable chars.

pub fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('\\') => out.push('\\'),
            Some('u') => {
                assert_eq!(it.next(), Some('{'), "bad escape in {s:?}");
                let hex: String = it.by_ref().take_while(|&c| c != '}').collect();
                let cp = u32::from_str_radix(&hex, 16).expect("hex escape");
                out.push(char::from_u32(cp).expect("valid char"));
            }
            other => panic!("bad escape {other:?} in {s:?}"),
        }
    }
    out
}

/// Every case of a table, each field already unescaped.
pub fn cases(text: &str) -> Vec<Vec<String>> {
    text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| l.split('\t').map(unescape).collect()).collect()
}

/// f64 from the 16-hex-digit bit pattern the generator writes for floats.
pub fn f64_bits(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).expect("float bits"))
}

/// "OK" / "ValueError" / ... as written by the generator for a result.
pub fn kind_name(k: super::ErrKind) -> &'static str {
    match k {
        super::ErrKind::ValueError => "ValueError",
        super::ErrKind::TypeError => "TypeError",
        super::ErrKind::OverflowError => "OverflowError",
        super::ErrKind::MemoryError => "MemoryError",
    }
}

/// Render a result the way the tables spell expected outcomes:
/// `OK <value>` or `<ExceptionName> <message>` (as two fields).
pub fn outcome(r: super::TextResult<String>) -> (String, String) {
    match r {
        Ok(v) => ("OK".to_string(), v),
        Err((k, m)) => (kind_name(k).to_string(), m),
    }
}
