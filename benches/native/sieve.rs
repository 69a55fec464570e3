//! Sieve of Eratosthenes, repeated (mirrors `programs/sieve.py`).

use std::fmt::Write;
use std::hint::black_box;

fn sieve(limit: usize) -> Vec<bool> {
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    is_prime[1] = false;
    let mut i = 2;
    while i * i <= limit {
        if is_prime[i] {
            let mut j = i * i;
            while j <= limit {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    is_prime
}

fn summarize(is_prime: &[bool]) -> (i64, i64, i64) {
    let (mut count, mut total, mut last) = (0, 0, 0);
    for (n, &p) in is_prime.iter().enumerate() {
        if p {
            count += 1;
            total += n as i64;
            last = n as i64;
        }
    }
    (count, total, last)
}

pub fn run() -> String {
    let limit = black_box(1_000_000);
    let rounds = 7;
    let mut checksum: i64 = 0;
    let mut out = String::new();
    for r in 0..rounds {
        let n = limit - 1000 * r;
        let (count, total, last) = summarize(&sieve(n));
        checksum = (checksum * 1_000_003 + count + total + last) % 1_000_000_007;
        writeln!(out, "primes up to {n} count {count} sum {total} largest {last}").unwrap();
    }
    writeln!(out, "checksum {checksum}").unwrap();
    out
}
