//! 64-bit intermediates: `(a * b + c) % m` (or `& m`) with `m` a positive
//! literal in the small-int range is computed on 64-bit ints, so a product
//! that leaves the small-int range (48 bits) on its way back into it makes
//! no big int. Linear congruential generators, hashes masked to 32 bits and
//! arithmetic modulo 10**9 + 7 all have this shape; each step would
//! otherwise overflow, deoptimize, and run on big ints in the runtime.
//!
//! The chain is a `Mul` of two ints whose product goes through temporaries
//! only: adds and subtracts of ints or literals, ending in `%` or `&` by the
//! literal. It is translated at the `Mul`, writing only the last result;
//! the instructions after it are never reached. A 64-bit overflow (the
//! interpreter would make a big int) deoptimizes to the `Mul`, where
//! nothing has been written yet, and a recompile does not fuse there.

use super::{Fail, Tr, Ty};
use crate::flow;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Value as CValue};
use pylift_runtime::bytecode::{Code, Op};
use pylift_runtime::jit::DeoptReason;

/// Instructions a chain may span (literal loads included).
const MAX_CHAIN: usize = 8;

/// An operand of a step: a register holding an int, or a literal.
#[derive(Clone, Copy)]
enum Operand {
    Reg(u16),
    Lit(i64),
}

/// A fused chain starting at a `Mul`: the steps after it (adds and
/// subtracts of the running value), then `op` (`Mod` or `BitAnd`) by `m`
/// into `dest`; the translation continues at `end`.
pub(super) struct Chain {
    steps: Vec<(Op, Operand)>,
    op: Op,
    m: i64,
    dest: u16,
    end: usize,
    /// `LoadGlobal`s in the chain folded to ints (`MOD = 10**9 + 7`): their
    /// guards are checked before the chain runs.
    globals: Vec<usize>,
}

/// The chain the `Mul` at `pc` starts, if it has that shape (see the module
/// comment). `states` are the analysis' entry states, `folds` the folded
/// globals.
pub(super) fn chain(code: &Code, states: &[Option<Vec<super::Ty>>], folds: &[Option<super::Fold>], pc: usize) -> Option<Chain> {
    let ins = code.instrs[pc];
    if ins.op != Op::Mul || code.jit.deopted_at(pc) || !flow::is_temp(code, ins.a) {
        return None;
    }
    let targets = flow::jump_targets(code);
    let mut cur = ins.a;
    let mut steps = Vec::new();
    let mut written = vec![ins.a];
    // The registers the chain loaded with literals (or folded globals).
    let mut lits: Vec<(u16, i64)> = Vec::new();
    let mut globals = Vec::new();
    let small = |v: &pylift_runtime::value::Value| v.is_small_int().then(|| v.as_small_int()).filter(|k| k.abs() < 1 << 47);
    let mut p = flow::next_pc(code, pc);
    for _ in 0..MAX_CHAIN {
        if targets.get(p).copied().unwrap_or(true) {
            return None;
        }
        let i = code.instrs[p];
        let st = states.get(p)?.as_ref()?;
        let lit = |r: u16| lits.iter().rev().find(|l| l.0 == r).map(|l| l.1);
        match i.op {
            Op::LoadConst | Op::LoadGlobal if flow::is_temp(code, i.a) && i.a != cur => {
                let k = if i.op == Op::LoadConst {
                    code.consts.get(i.b as usize).and_then(small)
                } else {
                    globals.push(p);
                    small(&folds.get(p)?.as_ref()?.value)
                };
                lits.retain(|l| l.0 != i.a);
                if let Some(k) = k {
                    lits.push((i.a, k));
                }
                written.push(i.a);
            }
            Op::Add | Op::Sub if i.b == cur || (i.op == Op::Add && i.c == cur) => {
                let other = if i.b == cur { i.c } else { i.b };
                // (A register the chain wrote holds its literal, if any.)
                let operand = match (lit(other), st.get(other as usize)) {
                    (Some(k), _) => Operand::Lit(k),
                    (None, Some(Ty::Int)) if !written.contains(&other) => Operand::Reg(other),
                    _ => return None,
                };
                if !flow::is_temp(code, i.a) || other == cur {
                    return None;
                }
                steps.push((i.op, operand));
                cur = i.a;
                written.push(i.a);
            }
            Op::Mod | Op::BitAnd if i.b == cur => {
                let m = lit(i.c).filter(|&m| m > 0)?;
                let end = flow::next_pc(code, p);
                // The temporaries (and literal registers) are dead after.
                let st_end = states.get(end)?.as_ref()?;
                let dead = |r: u16| r == i.a || matches!(st_end.get(r as usize), Some(Ty::Dead | Ty::Clean));
                return written.iter().all(|&r| dead(r)).then_some(Chain { steps, op: i.op, m, dest: i.a, end, globals });
            }
            _ => return None,
        }
        p = flow::next_pc(code, p);
    }
    None
}

impl Tr<'_, '_> {
    /// Translates the chain `c` starting at the `Mul` at `pc` (operands
    /// `x`, `y`).
    pub(super) fn wide_chain(&mut self, pc: usize, c: &Chain, x: u16, y: u16) {
        let unscaled = |t: &mut Self, r: u16| {
            let v = t.int_operand(r, pc);
            t.b.ins().sshr_imm_s(v, super::SCALE)
        };
        for &g in &c.globals {
            // The folded global is still that int (else nothing is written
            // yet: deoptimize to the `Mul`).
            let guards = self.u.folds[g].as_ref().map_or_else(Vec::new, |f| f.guards.clone());
            for g in guards {
                let same = self.fold_guard_holds(g);
                self.check(same, Fail::Deopt(pc), g.reason());
            }
        }
        let (a, b) = (unscaled(self, x), unscaled(self, y));
        let mut v = self.checked(pc, Op::Mul, a, b);
        for &(op, operand) in &c.steps {
            let w = match operand {
                Operand::Lit(k) => self.b.ins().iconst(cranelift_codegen::ir::types::I64, k),
                Operand::Reg(r) => unscaled(self, r),
            };
            v = self.checked(pc, op, v, w);
        }
        let r = if c.op == Op::Mod {
            // Python's modulo takes the divisor's sign (positive here).
            let rem = self.b.ins().srem_imm_s(v, c.m);
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, rem, 0);
            let fixed = self.b.ins().iadd_imm_s(rem, c.m);
            self.b.ins().select(neg, fixed, rem)
        } else {
            self.b.ins().band_imm_s(v, c.m)
        };
        let scaled = self.b.ins().ishl_imm_s(r, super::SCALE);
        self.def_int(c.dest, scaled);
        self.edge(c.end, DeoptReason::IntGuard);
    }

    /// `a op b` on 64-bit ints; an overflow deoptimizes to `pc`.
    fn checked(&mut self, pc: usize, op: Op, a: CValue, b: CValue) -> CValue {
        let (r, of) = match op {
            Op::Mul => self.b.ins().smul_overflow(a, b),
            Op::Add => self.b.ins().sadd_overflow(a, b),
            _ => self.b.ins().ssub_overflow(a, b),
        };
        let ok = self.b.ins().icmp_imm_s(IntCC::Equal, of, 0);
        self.check(ok, Fail::Deopt(pc), DeoptReason::Overflow);
        r
    }
}
