//! The text codecs `str.encode`, `bytes.decode` and text files use: UTF-8,
//! ASCII and Latin-1, with CPython's error handlers and the exact ranges and
//! reasons CPython reports in UnicodeDecodeError / UnicodeEncodeError.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec for an encoding name, normalized as CPython's `codecs.lookup`
    /// does (case, `_`, `-` and spaces do not matter).
    pub fn lookup(name: &str) -> Option<Codec> {
        let n: String = name.trim().chars().map(|c| if c == '_' || c == ' ' { '-' } else { c.to_ascii_lowercase() }).collect();
        Some(match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8-ucs2" | "utf8-ucs4" => Codec::Utf8,
            "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "iso646-us" | "cp367" => Codec::Ascii,
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "iso-ir-100" | "iso-8859-1:1987" => Codec::Latin1,
            _ => return None,
        })
    }

    /// The name CPython's error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Errors {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    /// Encoding only (decoding with it is a TypeError in CPython).
    XmlCharRefReplace,
}

impl Errors {
    /// `None` for an unknown handler name (CPython looks the handler up only
    /// when an error happens, so callers report that lazily).
    pub fn lookup(name: &str) -> Option<Errors> {
        Some(match name {
            "strict" => Errors::Strict,
            "ignore" => Errors::Ignore,
            "replace" => Errors::Replace,
            "backslashreplace" => Errors::BackslashReplace,
            "xmlcharrefreplace" => Errors::XmlCharRefReplace,
            _ => return None,
        })
    }
}

/// A failure of strict decoding: bytes `start..end` of the input.
#[derive(Debug, PartialEq, Eq)]
pub struct DecodeError {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// A failure of strict encoding: characters `start..end` of the input.
#[derive(Debug, PartialEq, Eq)]
pub struct EncodeError {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// The next undecodable range in `b` at or after `from`, with its reason.
fn next_bad(codec: Codec, b: &[u8], from: usize) -> Option<DecodeError> {
    match codec {
        Codec::Latin1 => None,
        Codec::Ascii => b[from..].iter().position(|&x| x >= 0x80).map(|i| DecodeError { start: from + i, end: from + i + 1, reason: "ordinal not in range(128)" }),
        Codec::Utf8 => match std::str::from_utf8(&b[from..]) {
            Ok(_) => None,
            Err(e) => {
                let start = from + e.valid_up_to();
                // Rust reports maximal invalid subparts as CPython does.
                Some(match e.error_len() {
                    None => DecodeError { start, end: b.len(), reason: "unexpected end of data" },
                    Some(n) => {
                        let first = b[start];
                        let bad_start = !(0xc2..=0xf4).contains(&first);
                        DecodeError { start, end: start + n, reason: if bad_start { "invalid start byte" } else { "invalid continuation byte" } }
                    }
                })
            }
        },
    }
}

fn push_valid(codec: Codec, out: &mut String, b: &[u8]) {
    match codec {
        Codec::Latin1 => out.extend(b.iter().map(|&x| x as char)),
        // Already checked: ASCII or valid UTF-8.
        _ => out.push_str(std::str::from_utf8(b).unwrap_or_default()),
    }
}

/// Decodes `b`. On a strict failure (or an unknown handler that meets an
/// error: `Err(Err(name))` is not used; the caller passes a known handler)
/// returns the first bad range.
pub fn decode(codec: Codec, b: &[u8], errors: Errors) -> Result<String, DecodeError> {
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while let Some(bad) = next_bad(codec, b, pos) {
        if errors == Errors::Strict || errors == Errors::XmlCharRefReplace {
            return Err(bad);
        }
        push_valid(codec, &mut out, &b[pos..bad.start]);
        match errors {
            Errors::Replace => out.push('\u{fffd}'),
            Errors::BackslashReplace => {
                for x in &b[bad.start..bad.end] {
                    out.push_str(&format!("\\x{x:02x}"));
                }
            }
            _ => {}
        }
        pos = bad.end;
    }
    push_valid(codec, &mut out, &b[pos..]);
    Ok(out)
}

/// Where strict decoding of `b` would fail, if anywhere (for handlers that
/// CPython looks up only once an error is found).
pub fn first_decode_error(codec: Codec, b: &[u8]) -> Option<DecodeError> {
    next_bad(codec, b, 0)
}

fn limit(codec: Codec) -> u32 {
    match codec {
        Codec::Utf8 => u32::MAX,
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    }
}

fn push_char(codec: Codec, out: &mut Vec<u8>, c: char) {
    match codec {
        Codec::Utf8 => {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        _ => out.push(c as u32 as u8),
    }
}

/// Encodes `s`. A strict failure reports the run of consecutive unencodable
/// characters, as CPython does.
pub fn encode(codec: Codec, s: &str, errors: Errors) -> Result<Vec<u8>, EncodeError> {
    let lim = limit(codec);
    let reason = if codec == Codec::Ascii { "ordinal not in range(128)" } else { "ordinal not in range(256)" };
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < lim {
            push_char(codec, &mut out, c);
            i += 1;
            continue;
        }
        let mut end = i;
        while end < chars.len() && (chars[end] as u32) >= lim {
            end += 1;
        }
        for &c in &chars[i..end] {
            match errors {
                Errors::Strict => return Err(EncodeError { start: i, end, reason }),
                Errors::Ignore => {}
                Errors::Replace => out.push(b'?'),
                Errors::BackslashReplace => {
                    let cp = c as u32;
                    let esc = if cp < 0x100 {
                        format!("\\x{cp:02x}")
                    } else if cp < 0x10000 {
                        format!("\\u{cp:04x}")
                    } else {
                        format!("\\U{cp:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
                Errors::XmlCharRefReplace => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
            }
        }
        i = end;
    }
    Ok(out)
}

/// Where strict encoding of `s` would fail, if anywhere.
pub fn first_encode_error(codec: Codec, s: &str) -> Option<EncodeError> {
    encode(codec, s, Errors::Strict).err()
}

/// CPython's text of a UnicodeDecodeError.
pub fn decode_error_message(encoding: &str, object: &[u8], start: usize, end: usize, reason: &str) -> String {
    if start < object.len() && end == start + 1 {
        format!("'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}", object[start])
    } else {
        format!("'{encoding}' codec can't decode bytes in position {start}-{}: {reason}", end.saturating_sub(1))
    }
}

/// CPython's text of a UnicodeEncodeError.
pub fn encode_error_message(encoding: &str, object: &str, start: usize, end: usize, reason: &str) -> String {
    match object.chars().nth(start) {
        Some(c) if end == start + 1 => {
            let cp = c as u32;
            let esc = if cp < 0x100 {
                format!("\\x{cp:02x}")
            } else if cp < 0x10000 {
                format!("\\u{cp:04x}")
            } else {
                format!("\\U{cp:08x}")
            };
            format!("'{encoding}' codec can't encode character '{esc}' in position {start}: {reason}")
        }
        _ => format!("'{encoding}' codec can't encode characters in position {start}-{}: {reason}", end.saturating_sub(1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_reasons_match_cpython() {
        // Expected values from CPython 3.11.
        let e = decode(Codec::Utf8, b"a\xff", Errors::Strict).unwrap_err();
        assert_eq!((e.start, e.end, e.reason), (1, 2, "invalid start byte"));
        let e = decode(Codec::Utf8, b"\xe2\x82", Errors::Strict).unwrap_err();
        assert_eq!((e.start, e.end, e.reason), (0, 2, "unexpected end of data"));
        let e = decode(Codec::Utf8, b"\xe2\x28\xa1", Errors::Strict).unwrap_err();
        assert_eq!((e.start, e.end, e.reason), (0, 1, "invalid continuation byte"));
        assert_eq!(decode(Codec::Utf8, b"a\xe2\x82b\xff", Errors::Replace).unwrap(), "a\u{fffd}b\u{fffd}");
        assert_eq!(decode(Codec::Ascii, b"a\xe9", Errors::BackslashReplace).unwrap(), "a\\xe9");
        assert_eq!(decode_error_message("utf-8", b"\xe2\x82", 0, 2, "unexpected end of data"), "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    }

    #[test]
    fn encode_runs() {
        let e = encode(Codec::Ascii, "aéé€b", Errors::Strict).unwrap_err();
        assert_eq!((e.start, e.end), (1, 4));
        assert_eq!(encode(Codec::Latin1, "aé€", Errors::Replace).unwrap(), b"a\xe9?");
        assert_eq!(encode(Codec::Ascii, "é€", Errors::BackslashReplace).unwrap(), b"\\xe9\\u20ac");
        assert_eq!(encode(Codec::Ascii, "é", Errors::XmlCharRefReplace).unwrap(), b"&#233;");
        assert_eq!(encode_error_message("ascii", "é", 0, 1, "ordinal not in range(128)"), "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
    }
}
