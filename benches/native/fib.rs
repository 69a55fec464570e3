//! Recursive Fibonacci (mirrors `programs/fib.py`).

use std::fmt::Write;
use std::hint::black_box;

fn fib(n: i64) -> i64 {
    if n < 2 {
        return n;
    }
    fib(n - 1) + fib(n - 2)
}

pub fn run() -> String {
    let n: i64 = black_box(33);
    let mut out = String::new();
    let mut total = 0;
    for k in n - 2..=n {
        let value = fib(k);
        total += value;
        writeln!(out, "fib({k}) = {value}").unwrap();
    }
    writeln!(out, "checksum {total}").unwrap();
    out
}
