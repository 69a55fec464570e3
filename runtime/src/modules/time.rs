//! `_time`: the clocks and the C library's calendar functions; the `time`
//! module (`stdlib/time.py`) adds `struct_time` and the functions built on it.

use super::{add_fn, add_value};
use crate::builtins::args::{exact, range};
use crate::error::{value_error, PyResult};
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::value::Value;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: Instant = Instant::now();
}

fn now() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())
}

fn time(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "time", 0)?;
    Ok(Value::float(now()))
}

fn time_ns(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "time_ns", 0)?;
    let ns = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    Ok(crate::objects::int::from_i128(ns as i128))
}

fn perf_counter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "perf_counter", 0)?;
    Ok(Value::float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn perf_counter_ns(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "perf_counter_ns", 0)?;
    Ok(crate::objects::int::from_i128(START.with(|s| s.elapsed().as_nanos()) as i128))
}

/// CPU time of the process (user + system), from CLOCK_PROCESS_CPUTIME_ID.
fn cpu_time_ns() -> i128 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid timespec to write into.
    if unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) } != 0 {
        return START.with(|s| s.elapsed().as_nanos()) as i128;
    }
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

fn process_time(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "process_time", 0)?;
    Ok(Value::float(cpu_time_ns() as f64 * 1e-9))
}

fn process_time_ns(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "process_time_ns", 0)?;
    Ok(crate::objects::int::from_i128(cpu_time_ns()))
}

fn sleep(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = range(&args, "sleep", 1, 1)?;
    // A float, or an int (anything else is a TypeError, as in CPython).
    let secs = if a[0].is_float() { a[0].as_float() } else { crate::builtins::args::int_arg(&a[0], "sleep")? as f64 };
    if secs < 0.0 || secs.is_nan() {
        return Err(value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(secs.min(1e9)));
    Ok(Value::NONE)
}

/// The fields of a `struct tm`, as CPython's struct_time orders them (month
/// 1-12, weekday 0 = Monday, yearday 1-366), then the zone name and offset.
fn tm_tuple(tm: &libc::tm) -> Value {
    // SAFETY: tm_zone is null or a NUL-terminated string owned by the C library.
    let zone = if tm.tm_zone.is_null() { String::new() } else { unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned() };
    let f = |v: i32| Value::int(v as i64);
    crate::objects::tuple::new_tuple(vec![
        f(tm.tm_year + 1900),
        f(tm.tm_mon + 1),
        f(tm.tm_mday),
        f(tm.tm_hour),
        f(tm.tm_min),
        f(tm.tm_sec),
        f((tm.tm_wday + 6) % 7),
        f(tm.tm_yday + 1),
        f(tm.tm_isdst),
        crate::objects::str::new_string(zone),
        Value::int(tm.tm_gmtoff),
    ])
}

fn seconds_arg(v: Option<&Value>) -> PyResult<libc::time_t> {
    match v {
        None => Ok(now().floor() as libc::time_t),
        Some(v) if v.is_none() => Ok(now().floor() as libc::time_t),
        Some(v) if v.is_float() => {
            let f = v.as_float();
            if !f.is_finite() {
                return Err(if f.is_nan() {
                    value_error("Invalid value NaN (not a number)")
                } else {
                    crate::error::exc(crate::types::ExcType::OverflowError, "timestamp out of range for platform time_t")
                });
            }
            Ok(f.trunc() as libc::time_t)
        }
        Some(v) => Ok(crate::builtins::args::int_arg(v, "time")? as libc::time_t),
    }
}

/// `_time.localtime(secs=None)` / `_time.gmtime(secs=None)`: the fields tuple.
fn localtime(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = range(&args, "localtime", 0, 1)?;
    let t = seconds_arg(a.first())?;
    // SAFETY: localtime_r writes the zeroed tm it is given.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(crate::error::exc(crate::types::ExcType::OverflowError, "timestamp out of range for platform time_t"));
    }
    Ok(tm_tuple(&tm))
}

fn gmtime(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = range(&args, "gmtime", 0, 1)?;
    let t = seconds_arg(a.first())?;
    // SAFETY: as above.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(crate::error::exc(crate::types::ExcType::OverflowError, "timestamp out of range for platform time_t"));
    }
    Ok(tm_tuple(&tm))
}

/// A `struct tm` from the nine struct_time fields (checked by time.py).
fn tm_of(v: &Value) -> PyResult<libc::tm> {
    let items = v.as_tuple().map(|t| t.items.to_vec()).unwrap_or_default();
    if items.len() < 9 {
        return Err(crate::error::type_error("function takes at least 9 arguments"));
    }
    let g = |i: usize| -> PyResult<i32> { Ok(crate::builtins::args::int_arg(&items[i], "time")? as i32) };
    // SAFETY: an all-zero tm is valid (null zone).
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = g(0)? - 1900;
    tm.tm_mon = g(1)? - 1;
    tm.tm_mday = g(2)?;
    tm.tm_hour = g(3)?;
    tm.tm_min = g(4)?;
    tm.tm_sec = g(5)?;
    tm.tm_wday = (g(6)? + 1) % 7;
    tm.tm_yday = g(7)? - 1;
    tm.tm_isdst = g(8)?;
    Ok(tm)
}

/// `_time.mktime(fields)`: local time → seconds since the epoch.
fn mktime(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "mktime", 1)?;
    let mut tm = tm_of(&a[0])?;
    // SAFETY: mktime normalizes the tm it is given.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(crate::error::exc(crate::types::ExcType::OverflowError, "mktime argument out of range"));
    }
    Ok(Value::float(t as f64))
}

/// `_time.strftime(format, fields)` through the C library.
fn strftime(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = exact(&args, "strftime", 2)?;
    let fmt = crate::builtins::args::str_arg(&a[0], "strftime")?;
    let tm = tm_of(&a[1])?;
    if fmt.is_empty() {
        return Ok(crate::objects::str::new_str(""));
    }
    let cfmt = std::ffi::CString::new(fmt).map_err(|_| value_error("embedded null character"))?;
    let mut size = 256usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` bytes; strftime writes at most that many.
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, cfmt.as_ptr(), &tm) };
        if n > 0 || size > 1 << 16 {
            buf.truncate(n);
            return Ok(crate::objects::str::new_string(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 4;
    }
}

pub fn init(_vm: &mut Vm, d: &Value) -> PyResult<()> {
    add_fn(d, "localtime", localtime);
    add_fn(d, "gmtime", gmtime);
    add_fn(d, "mktime", mktime);
    add_fn(d, "strftime", strftime);
    START.with(|_| ());
    add_fn(d, "time", time);
    add_fn(d, "time_ns", time_ns);
    add_fn(d, "perf_counter", perf_counter);
    add_fn(d, "perf_counter_ns", perf_counter_ns);
    add_fn(d, "monotonic", perf_counter);
    add_fn(d, "monotonic_ns", perf_counter_ns);
    add_fn(d, "process_time", process_time);
    add_fn(d, "process_time_ns", process_time_ns);
    add_fn(d, "sleep", sleep);
    let (winter, summer) = (offset_at(15 * 86400), offset_at(196 * 86400));
    add_value(d, "timezone", Value::int(winter.max(summer)));
    add_value(d, "daylight", Value::small_int((winter != summer) as i64));
    Ok(())
}

/// Seconds west of UTC of local time at `t` (January and July of 1970
/// tell standard time from daylight saving time).
fn offset_at(t: libc::time_t) -> i64 {
    // SAFETY: as in localtime.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return 0;
    }
    -tm.tm_gmtoff
}
