//! Tight integer loops (mirrors `programs/loops.py`).

use std::fmt::Write;
use std::hint::black_box;

const MOD: i64 = 1_000_003;

fn triangle_sums(n: i64) -> i64 {
    let mut total = 0;
    let mut i = 0;
    while i < n {
        let mut j = 0;
        while j < i % 64 {
            total += i * j + (i ^ j);
            j += 1;
        }
        total %= MOD;
        i += 1;
    }
    total
}

fn mixed(n: i64) -> i64 {
    let mut acc: i64 = 0;
    for a in 0..n {
        for b in 0..40 {
            let x = a * 31 + b * 17;
            if x % 3 == 0 {
                acc += x / 3;
            } else if x & 1 != 0 {
                acc -= b;
            } else {
                acc += (x >> 2) - a;
            }
        }
        // Python's % is a floored modulo: the result is never negative.
        acc = acc.rem_euclid(MOD);
    }
    acc
}

fn collatz_steps(limit: i64) -> (i64, i64) {
    let mut best = 0;
    let mut best_n = 0;
    for n in 1..limit {
        let mut x = n;
        let mut steps = 0;
        while x != 1 {
            if x & 1 != 0 {
                x = 3 * x + 1;
            } else {
                x >>= 1;
            }
            steps += 1;
        }
        if steps > best {
            best = steps;
            best_n = n;
        }
    }
    (best_n, best)
}

pub fn run() -> String {
    let t = triangle_sums(black_box(120_000));
    let m = mixed(black_box(80_000));
    let (n, steps) = collatz_steps(black_box(60_000));
    let mut out = String::new();
    writeln!(out, "triangle {t}").unwrap();
    writeln!(out, "mixed {m}").unwrap();
    writeln!(out, "collatz {n} {steps}").unwrap();
    writeln!(out, "checksum {}", (t + m + n * steps) % MOD).unwrap();
    out
}
