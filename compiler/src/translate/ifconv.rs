//! If-conversion: a forward branch around one or two short arms of pure
//! unboxed arithmetic (`if x & 1: x = 3 * x + 1` / `else: x >>= 1`) runs
//! both arms and selects their results (a conditional move), so there is no
//! branch to mispredict: a data-dependent branch costs more than computing
//! both sides of a few arithmetic operations.
//!
//! The arms write only registers that own nothing (unboxed numbers, stale
//! slots), so running the arm not taken has no effect but its guards. A
//! guard failing in either arm (an overflow, a zero divisor) deoptimizes to
//! the branch itself with the registers as they were there: the interpreter
//! then takes the real path, so a failure in the arm not taken costs one
//! deoptimization (`deopt_if_converted`), never a wrong result, and the
//! recompiled code branches there (`JitSlot::branchy`).

use super::{spec, Tr, Ty};
use crate::flow;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{InstBuilder, Value as CValue};
use pylift_runtime::bytecode::{Code, Op};
use pylift_runtime::jit::{exit_deopt, DeoptReason};

/// Arms longer than this (instructions) are left to the branch: running
/// both would cost more than a mispredicted branch saves.
const MAX_ARM: usize = 6;

/// A branch at `pc` around straight-line arms: `then` runs when the branch
/// falls through, `els` (possibly empty) when it jumps; both continue at
/// `end`. `written` are the registers either arm writes.
pub(super) struct Diamond {
    then: Vec<usize>,
    els: Vec<usize>,
    end: usize,
    written: Vec<u16>,
}

/// Whether an unboxed register's type (the arms compute on these only).
fn number(t: Ty) -> bool {
    matches!(t, Ty::Int | Ty::Float | Ty::Bool)
}

/// The straight-line instructions from `from` up to `to` (exclusive), if
/// none jumps and none but the first is a jump target.
fn arm(code: &Code, targets: &[bool], from: usize, to: usize) -> Option<Vec<usize>> {
    let mut pcs = Vec::new();
    let mut p = from;
    while p < to {
        if flow::jump_target(code, p).is_some() || (p != from && targets[p]) || pcs.len() >= MAX_ARM {
            return None;
        }
        pcs.push(p);
        p = flow::next_pc(code, p);
    }
    (p == to).then_some(pcs)
}

/// Whether the instruction at `p` (entry state `st`) is pure unboxed
/// computation an arm may run speculatively: a numeric constant, a move of
/// a number, or cheap arithmetic the translator does inline on numbers.
fn speculable(code: &Code, p: usize, st: &[Ty]) -> bool {
    let ins = code.instrs[p];
    let t = |r: u16| st.get(r as usize).copied().unwrap_or(Ty::Boxed);
    match ins.op {
        Op::LoadConst => code.consts.get(ins.b as usize).is_some_and(|k| k.is_small_int() || k.is_float()),
        Op::Move => number(t(ins.b)),
        _ => match spec::arith_op(ins.op, ins.x) {
            // Not division: it takes tens of cycles, more than a
            // mispredicted branch.
            Some(op) => {
                let cheap = matches!(op, Op::Add | Op::Sub | Op::Mul | Op::BitAnd | Op::BitOr | Op::BitXor | Op::LShift | Op::RShift);
                cheap && number(t(ins.b)) && number(t(ins.c)) && spec::mode(code, p, op, t(ins.b), t(ins.c)) != spec::Mode::Boxed
            }
            None => false,
        },
    }
}

/// The diamond the conditional branch at `pc` opens, if it can be
/// if-converted (see the module comment).
pub(super) fn diamond(code: &Code, states: &[Option<Vec<Ty>>], hints: &spec::Hints, pc: usize, targets: &[bool]) -> Option<Diamond> {
    if code.jit.branchy.get().contains(&(pc as u32)) {
        return None;
    }
    let t = flow::jump_target(code, pc)?;
    let f = flow::next_pc(code, pc);
    if t <= f {
        return None;
    }
    // The then-arm ends with a `Jump` over the else-arm, or falls into `t`.
    let last = {
        let mut p = f;
        let mut last = None;
        while p < t {
            last = Some(p);
            p = flow::next_pc(code, p);
        }
        last?
    };
    let (then, els, end) = if code.instrs[last].op == Op::Jump && flow::jump_target(code, last)? > t {
        let e = flow::jump_target(code, last)?;
        (arm(code, targets, f, last)?, arm(code, targets, t, e)?, e)
    } else {
        (arm(code, targets, f, t)?, Vec::new(), t)
    };
    if then.is_empty() {
        return None;
    }
    let st0 = states.get(pc)?.as_ref()?;
    let st_of = |p: usize| states.get(p).and_then(|s| s.as_ref());
    // Every edge along the arms must convert nothing (no release, no
    // write-back): both arms run, so their edges' effects would all happen.
    let then_next = flow::next_pc(code, *then.last()?);
    let mut edges: Vec<(&[Ty], usize, Option<u16>)> = vec![(st0, f, None)];
    for (k, &p) in then.iter().enumerate() {
        edges.push((st_of(p)?, then.get(k + 1).copied().unwrap_or(then_next), Some(code.instrs[p].a)));
    }
    if then_next != end {
        edges.push((st_of(then_next)?, end, None));
    }
    edges.push((st0, els.first().copied().unwrap_or(end), None));
    for (k, &p) in els.iter().enumerate() {
        edges.push((st_of(p)?, els.get(k + 1).copied().unwrap_or(end), Some(code.instrs[p].a)));
    }
    for (from, to, wrote) in edges {
        let to = st_of(to)?;
        let quiet = |r: usize| {
            let (a, b) = (from[r], to[r]);
            a == b || Some(r as u16) == wrote || matches!((a, b), (_, Ty::Dead) | (Ty::Int | Ty::Float | Ty::Bool | Ty::Clean | Ty::Folded(_) | Ty::VRange, Ty::Clean))
        };
        if !(0..from.len().min(to.len())).all(quiet) {
            return None;
        }
    }
    let mut written = Vec::new();
    // Each arm's types after its last instruction (`None`: empty arm).
    let mut ends: Vec<Vec<Ty>> = Vec::new();
    for a in [&then, &els] {
        let mut after = None;
        for &p in a.iter() {
            let st = states.get(p)?.as_ref()?;
            if !speculable(code, p, st) {
                return None;
            }
            let r = code.instrs[p].a;
            // Only registers owning nothing may be overwritten for nothing.
            if !matches!(st0.get(r as usize), Some(Ty::Int | Ty::Float | Ty::Bool | Ty::Clean)) {
                return None;
            }
            if !written.contains(&r) {
                written.push(r);
            }
            after = Some(spec::transfer(code, p, st, hints).0);
        }
        ends.push(after.unwrap_or_else(|| st0.clone()));
    }
    let st_end = states.get(end)?.as_ref()?;
    for &r in &written {
        let live = !matches!(st_end.get(r as usize), Some(Ty::Dead | Ty::Clean));
        let (a, b) = (ends[0][r as usize], ends[1][r as usize]);
        if live && (a != b || !number(a)) {
            return None;
        }
    }
    Some(Diamond { then, els, end, written })
}

impl Tr<'_, '_> {
    /// If-converts the branch at `pc` (condition `cond`: true goes to
    /// `yes`), if it opens a diamond; false leaves it to be a branch.
    pub(super) fn if_convert(&mut self, pc: usize, cond: CValue, yes: usize) -> bool {
        if self.inline.is_some() || self.frameless() || self.known.spec_fail.is_some() {
            return false;
        }
        let targets = flow::jump_targets(self.u.code);
        let Some(d) = diamond(self.u.code, &self.u.states, &self.u.hints, pc, &targets) else { return false };
        let f = flow::next_pc(self.u.code, pc);
        let sel = if yes == f { cond } else { self.b.ins().icmp_imm_s(IntCC::Equal, cond, 0) };
        let pre_cur = self.cur.clone();
        // Only a register that holds a float before the branch has a float
        // value to restore: reading the float variable of an int register
        // would make Cranelift carry an unused 0.0 through every loop.
        let pre: Vec<(u16, CValue, Option<CValue>)> =
            d.written.iter().map(|&r| (r, self.b.use_var(self.u.vi[r as usize]), (pre_cur[r as usize] == Ty::Float).then(|| self.b.use_var(self.u.vf[r as usize])))).collect();
        let fail = self.b.create_block();
        self.known.spec_fail = Some(fail);
        let then_next = d.then.last().map_or(d.end, |&l| flow::next_pc(self.u.code, l));
        let (then_vals, then_tys) = self.speculate(&d.then, then_next, &d.written);
        // The else-arm starts from the values before the branch.
        for &(r, i, x) in &pre {
            self.b.def_var(self.u.vi[r as usize], i);
            if let Some(x) = x {
                self.b.def_var(self.u.vf[r as usize], x);
            }
        }
        self.cur = pre_cur.clone();
        let (else_vals, _) = self.speculate(&d.els, d.end, &d.written);
        self.known.spec_fail = None;
        let st_end = self.u.states[d.end].clone().unwrap_or_default();
        for (k, &r) in d.written.iter().enumerate() {
            let t = then_tys[k];
            if matches!(st_end.get(r as usize), Some(Ty::Dead | Ty::Clean)) || !number(t) {
                self.set_ty(r, Ty::Clean);
                continue;
            }
            let v = self.b.ins().select(sel, then_vals[k], else_vals[k]);
            let var = if t == Ty::Float { self.u.vf[r as usize] } else { self.u.vi[r as usize] };
            self.b.def_var(var, v);
            self.set_ty(r, t);
        }
        self.edge(d.end, DeoptReason::IntGuard);

        // A failed guard in either arm: the registers as at the branch,
        // which the interpreter runs again.
        self.b.switch_to_block(fail);
        self.b.set_cold_block(fail);
        for &(r, i, x) in &pre {
            self.b.def_var(self.u.vi[r as usize], i);
            if let Some(x) = x {
                self.b.def_var(self.u.vf[r as usize], x);
            }
        }
        self.cur = pre_cur;
        let raw = self.flush_for_exit();
        let v = self.b.ins().iconst(I64, (exit_deopt(pc as u32, DeoptReason::IfConverted) | raw) as i64);
        self.b.ins().return_(&[v]);
        true
    }

    /// Translates the arm `pcs` (continuing at `end`) in line, each
    /// instruction's edge going to a fresh block instead of the next
    /// instruction's; returns the values and types of `written` after it.
    fn speculate(&mut self, pcs: &[usize], end: usize, written: &[u16]) -> (Vec<CValue>, Vec<Ty>) {
        for (k, &p) in pcs.iter().enumerate() {
            let next = pcs.get(k + 1).copied().unwrap_or(end);
            let cont = self.b.create_block();
            let real = self.u.blocks[next].replace(cont);
            self.cur = self.u.states[p].clone().unwrap_or_default();
            self.instruction(p);
            self.u.blocks[next] = real;
            self.b.switch_to_block(cont);
        }
        let tys: Vec<Ty> = written.iter().map(|&r| self.ty(r)).collect();
        let vals = written.iter().zip(&tys).map(|(&r, &t)| if t == Ty::Float { self.b.use_var(self.u.vf[r as usize]) } else { self.b.use_var(self.u.vi[r as usize]) }).collect();
        (vals, tys)
    }
}
