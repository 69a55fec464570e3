//! CPython 3.11 text behaviour as plain Rust functions.
//!
//! Everything here works on Rust types (`&str`, `f64`, `BigInt`, ...) and
//! knows nothing about interpreter values; the interpreter wraps these
//! functions.  Failures are returned as `(ErrKind, message)` where the message
//! is exactly what CPython 3.11 puts in the exception.
//!
//! Unicode character properties come from `unicode_db.rs`, generated from
//! CPython 3.11's own `str` methods (Unicode 14.0.0) by
//! `testdata/gen_unicode_db.py`, so they match 3.11 rather than whatever
//! Unicode version the Rust standard library ships.
//!
//! Expected values in the unit tests come from CPython 3.11 itself, via
//! `testdata/gen_testdata.py`.
//!
//! Known deviations from CPython:
//! - Lone surrogates cannot live in a Rust `str`, so `format(0xD800, 'c')`
//!   is a ValueError instead of a one-surrogate string.
//! - Results longer than [`MAX_RESULT_LEN`] chars (from huge widths or
//!   precisions) fail with [`ErrKind::MemoryError`] up front instead of
//!   being attempted.
//! - Locale-aware formatting ('n') always behaves as in the "C" locale.

pub mod codecs;
pub mod float_repr;
pub mod format_spec;
pub mod int_text;
pub mod number_parse;
pub mod percent;
pub mod round;
pub mod str_methods;
pub mod str_repr;
pub mod uchar;
#[rustfmt::skip]
mod unicode_db;

#[cfg(test)]
mod testutil;

use std::sync::atomic::{AtomicUsize, Ordering};

/// The Python exception class a failure maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrKind {
    ValueError,
    TypeError,
    OverflowError,
    /// Raised where CPython would try to build an absurdly large result
    /// (see [`MAX_RESULT_LEN`]); CPython raises MemoryError in the same spot
    /// once the allocation fails.
    MemoryError,
}

pub type TextResult<T> = Result<T, (ErrKind, String)>;

pub(crate) fn value_error<T>(msg: impl Into<String>) -> TextResult<T> {
    Err((ErrKind::ValueError, msg.into()))
}

pub(crate) fn overflow_error<T>(msg: impl Into<String>) -> TextResult<T> {
    Err((ErrKind::OverflowError, msg.into()))
}

/// Longest string (in chars) these functions will build.  Padding widths and
/// precisions come straight from user input (`format(1, '9999999999')`), and
/// an allocation failure would abort the process instead of raising, so
/// anything larger is refused with MemoryError up front.
pub const MAX_RESULT_LEN: usize = 1 << 30;

pub(crate) fn check_result_len(len: usize) -> TextResult<()> {
    if len > MAX_RESULT_LEN {
        Err((ErrKind::MemoryError, String::new()))
    } else {
        Ok(())
    }
}

/// CPython's default for `sys.set_int_max_str_digits` (PEP 651 / CVE-2020-10735).
pub const INT_MAX_STR_DIGITS_DEFAULT: usize = 4300;
/// Smallest non-zero value `sys.set_int_max_str_digits` accepts.
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(INT_MAX_STR_DIGITS_DEFAULT);

/// Current limit on decimal digits for int<->str conversion; 0 = unlimited.
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// Backend of `sys.set_int_max_str_digits`: 0 disables the limit, otherwise
/// the value must be at least [`INT_MAX_STR_DIGITS_THRESHOLD`].
pub fn set_int_max_str_digits(n: usize) -> TextResult<()> {
    if n != 0 && n < INT_MAX_STR_DIGITS_THRESHOLD {
        return value_error(format!("maxdigits must be 0 or larger than {INT_MAX_STR_DIGITS_THRESHOLD}"));
    }
    INT_MAX_STR_DIGITS.store(n, Ordering::Relaxed);
    Ok(())
}

pub use float_repr::{double_to_string, float_repr, DtoaFlags};
pub use format_spec::{format_float, format_i64, format_int, format_int_typed, format_str, parse_format_spec, FormatSpec};
pub use int_text::{bigint_to_f64, i64_to_base, int_to_base, int_to_decimal_string};
pub use number_parse::{parse_float, parse_int};
pub use percent::{percent_format_float, percent_format_i64, percent_format_int, percent_pad, PercentSpec};
pub use round::{float_to_bigint, round_float, round_half_even};
pub use str_repr::{ascii_repr, bytes_repr, str_repr};
