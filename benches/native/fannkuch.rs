//! Fannkuch-redux (mirrors `programs/fannkuch.py`).

use std::fmt::Write;
use std::hint::black_box;

fn count_flips(perm: &mut [usize]) -> i64 {
    let mut flips = 0;
    let mut k = perm[0];
    while k != 0 {
        let (mut i, mut j) = (0, k);
        while i < j {
            perm.swap(i, j);
            i += 1;
            j -= 1;
        }
        flips += 1;
        k = perm[0];
    }
    flips
}

fn fannkuch(n: usize) -> (i64, i64) {
    let mut perm1: Vec<usize> = (0..n).collect();
    let mut perm = vec![0; n];
    let mut count = vec![0; n];
    let mut max_flips = 0;
    let mut checksum = 0;
    let mut sign = 1;
    let mut r = n;
    loop {
        while r != 1 {
            count[r - 1] = r;
            r -= 1;
        }
        if perm1[0] != 0 {
            perm.copy_from_slice(&perm1);
            let flips = count_flips(&mut perm);
            max_flips = max_flips.max(flips);
            checksum += sign * flips;
        }
        sign = -sign;
        // Advance to the next permutation (rotate the first r + 1 elements).
        loop {
            if r == n {
                return (checksum, max_flips);
            }
            perm1[..=r].rotate_left(1);
            count[r] -= 1;
            if count[r] > 0 {
                break;
            }
            r += 1;
        }
    }
}

pub fn run() -> String {
    let mut out = String::new();
    for n in [7, 8, black_box(9)] {
        let (checksum, max_flips) = fannkuch(n);
        writeln!(out, "{checksum}").unwrap();
        writeln!(out, "Pfannkuchen({n}) = {max_flips}").unwrap();
    }
    out
}
