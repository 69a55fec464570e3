//! N-queens solution counting by backtracking (mirrors `programs/nqueens.py`).

use std::fmt::Write;
use std::hint::black_box;

struct Board {
    n: usize,
    cols: Vec<bool>,
    diag1: Vec<bool>,
    diag2: Vec<bool>,
}

impl Board {
    fn new(n: usize) -> Self {
        Board { n, cols: vec![false; n], diag1: vec![false; 2 * n - 1], diag2: vec![false; 2 * n - 1] }
    }

    fn solve(&mut self, row: usize) -> u64 {
        let n = self.n;
        if row == n {
            return 1;
        }
        let mut count = 0;
        for col in 0..n {
            let d1 = row + col;
            let d2 = row + n - 1 - col;
            if !self.cols[col] && !self.diag1[d1] && !self.diag2[d2] {
                self.cols[col] = true;
                self.diag1[d1] = true;
                self.diag2[d2] = true;
                count += self.solve(row + 1);
                self.cols[col] = false;
                self.diag1[d1] = false;
                self.diag2[d2] = false;
            }
        }
        count
    }
}

pub fn run() -> String {
    let mut out = String::new();
    let mut total = 0;
    for n in 4..black_box(13) {
        let solutions = Board::new(n).solve(0);
        total += solutions;
        writeln!(out, "queens({n}) = {solutions}").unwrap();
    }
    writeln!(out, "total {total}").unwrap();
    out
}
