//! The `time` module.

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

pub fn init(_vm: &mut Vm, d: &Value) -> PyResult<()> {
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
    add_value(d, "timezone", Value::small_int(0));
    Ok(())
}
