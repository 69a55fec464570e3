//! Native Rust references for the benchmark programs in `benches/programs/`.
//!
//! Each module implements the same algorithm with the same sizes as the Python
//! program of the same name, and `run()` returns exactly what that program
//! prints (including the trailing newline). They are plain idiomatic Rust: the
//! "native speed" ceiling the JIT is measured against, not tuned kernels.

pub mod fannkuch;
pub mod fib;
pub mod loops;
pub mod mandelbrot;
pub mod nbody;
pub mod nqueens;
pub mod sieve;
pub mod spectral_norm;

/// A benchmark name and its native implementation.
pub type NativeFn = fn() -> String;

/// The native implementation for the benchmark `name`, if there is one.
pub fn lookup(name: &str) -> Option<NativeFn> {
    let f: NativeFn = match name {
        "fannkuch" => fannkuch::run,
        "fib" => fib::run,
        "loops" => loops::run,
        "mandelbrot" => mandelbrot::run,
        "nbody" => nbody::run,
        "nqueens" => nqueens::run,
        "sieve" => sieve::run,
        "spectral_norm" => spectral_norm::run,
        _ => return None,
    };
    Some(f)
}
