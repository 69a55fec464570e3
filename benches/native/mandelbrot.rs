//! Mandelbrot iteration-count checksums (mirrors `programs/mandelbrot.py`).

use std::fmt::Write;
use std::hint::black_box;

const MAX_ITER: i64 = 200;

fn escape_time(cr: f64, ci: f64, max_iter: i64) -> i64 {
    let mut zr = 0.0;
    let mut zi = 0.0;
    let mut i = 0;
    while i < max_iter {
        let zr2 = zr * zr;
        let zi2 = zi * zi;
        if zr2 + zi2 > 4.0 {
            return i;
        }
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        i += 1;
    }
    max_iter
}

fn mandelbrot(width: i64, height: i64, max_iter: i64) -> (i64, i64, i64) {
    let mut total = 0;
    let mut inside = 0;
    let mut row_hash = 0;
    for y in 0..height {
        let ci = 2.0 * y as f64 / height as f64 - 1.0;
        let mut row = 0;
        for x in 0..width {
            let cr = 3.0 * x as f64 / width as f64 - 2.0;
            let n = escape_time(cr, ci, max_iter);
            row += n;
            if n == max_iter {
                inside += 1;
            }
        }
        total += row;
        row_hash = (row_hash * 31 + row) % 1_000_000_007;
    }
    (total, inside, row_hash)
}

pub fn run() -> String {
    let size = black_box(400);
    let (total, inside, row_hash) = mandelbrot(size, size, MAX_ITER);
    let mut out = String::new();
    writeln!(out, "grid {size} x {size} max_iter {MAX_ITER}").unwrap();
    writeln!(out, "iterations {total}").unwrap();
    writeln!(out, "inside {inside}").unwrap();
    writeln!(out, "row_hash {row_hash}").unwrap();
    out
}
