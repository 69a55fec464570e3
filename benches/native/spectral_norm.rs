//! Spectral norm by the power method (mirrors `programs/spectral_norm.py`).

use std::hint::black_box;

fn eval_a(i: usize, j: usize) -> f64 {
    let ij = i + j;
    1.0 / ((ij * (ij + 1) / 2 + i + 1) as f64)
}

fn mul_av(v: &[f64]) -> Vec<f64> {
    let n = v.len();
    (0..n)
        .map(|i| {
            let mut s = 0.0;
            for (j, vj) in v.iter().enumerate() {
                s += eval_a(i, j) * vj;
            }
            s
        })
        .collect()
}

fn mul_atv(v: &[f64]) -> Vec<f64> {
    let n = v.len();
    (0..n)
        .map(|i| {
            let mut s = 0.0;
            for (j, vj) in v.iter().enumerate() {
                s += eval_a(j, i) * vj;
            }
            s
        })
        .collect()
}

fn mul_atav(v: &[f64]) -> Vec<f64> {
    mul_atv(&mul_av(v))
}

fn spectral_norm(n: usize, iterations: usize) -> f64 {
    let mut u = vec![1.0; n];
    let mut v = u.clone();
    for _ in 0..iterations {
        v = mul_atav(&u);
        u = mul_atav(&v);
    }
    let mut vbv = 0.0;
    let mut vv = 0.0;
    for i in 0..n {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    (vbv / vv).sqrt()
}

pub fn run() -> String {
    format!("{:.9}\n", spectral_norm(black_box(400), 10))
}
