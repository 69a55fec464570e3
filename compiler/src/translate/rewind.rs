//! On-stack replacement at a loop's test, not its body.
//!
//! The bytecode compiler lays loops out test-after-body: `Jump test;
//! body: ...; test: ForIter/compare -> body`. The interpreter counts the
//! back-edge into `body`, so that is where OSR enters, with the test just
//! passed. Native code entered there has two ways into the loop (the OSR
//! entry at the body, and the code before the loop at the test): Cranelift
//! then finds no natural loop (neither block dominates the other), so
//! nothing is hoisted out of it (`a * 31` in an inner loop stayed in it),
//! and an inner loop entered so is not even seen as a loop by register
//! allocation's spill weights.
//!
//! So an entry at a body whose test can run again unchanged enters at the
//! test instead, with the frame put back as it was before the test: a
//! range iterator is stepped back in place (its next value less its step:
//! the test yields the same item again); a test of only numbers (literals,
//! moves, arithmetic and comparisons of unboxed ints, floats and bools,
//! writing no register it read first) is deterministic and free of
//! effects, so running it again is the same as having run it. Every way
//! into the loop then passes its test; the OSR entry and the code before
//! the loop join in a pre-header (`Tr::preheader_jump`), so a value the
//! loop does not change reaches the test by one edge from outside and
//! Cranelift hoists what is computed from it.

use super::Tr;
use crate::flow::{self, Writes};
use crate::spec::Ty;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{Block, InstBuilder, MemFlagsData};
use pylift_runtime::bytecode::{Code, Op};

/// At most this many instructions in a rewound `while` test.
const TEST_MAX: usize = 12;

/// An OSR entry made at a loop's test (see the module doc).
#[derive(Clone, Copy, Debug)]
pub(super) struct Rewind {
    /// The test's first instruction: where the entry goes.
    pub test: usize,
    /// The loop: its header (the back-edges' target, where the VM
    /// enters) to its last back-edge.
    pub span: (usize, usize),
    /// The register of a range iterator the test steps (`ForIter`), to be
    /// stepped back before the test runs again.
    pub range_iter: Option<u16>,
    /// The registers a `while` test reads before writing them, with the
    /// type it is compiled for: checked before the entry goes to the test
    /// (`Tr::check_test_inputs`).
    pub inputs: [Option<(u16, Ty)>; INPUTS_MAX],
}

/// At most this many registers read by a rewound `while` test.
const INPUTS_MAX: usize = 4;

/// Where OSR entry `head` can enter instead (None: at `head` itself).
pub(super) fn rewind(code: &Code, states: &[Option<Vec<Ty>>], starts: &[usize], head: usize) -> Option<Rewind> {
    // The instruction before the body jumps forward to the test.
    let k = starts.iter().position(|&pc| pc == head)?;
    let before = *starts.get(k.checked_sub(1)?)?;
    if code.instrs[before].op != Op::Jump {
        return None;
    }
    let test = flow::jump_target(code, before).filter(|&t| t > head)?;
    let span = flow::loop_spans(code).into_iter().find(|s| s.0 == head)?;
    let state = |pc: usize| states.get(pc).and_then(|s| s.as_ref());
    state(test)?;
    let ins = code.instrs[test];
    if ins.op == Op::ForIter {
        // Only a range iterator's step can be taken back.
        let ok = flow::jump_target(code, test) == Some(head) && matches!(state(test)?.get(ins.b as usize), Some(Ty::VRange | Ty::RangeIter));
        return ok.then_some(Rewind { test, span, range_iter: Some(ins.b), inputs: [None; INPUTS_MAX] });
    }
    // A `while` test: straight-line, deterministic, no effects, idempotent.
    let mut seg = vec![test];
    while flow::jump_target(code, *seg.last()?).is_none() {
        let next = flow::next_pc(code, *seg.last()?);
        if next > span.1 || seg.len() == TEST_MAX {
            return None;
        }
        seg.push(next);
    }
    let last = *seg.last()?;
    if flow::jump_target(code, last) != Some(head) || !flow::falls_through(code.instrs[last].op) {
        return None;
    }
    let mut written: Vec<u16> = Vec::new();
    let mut inputs = [None; INPUTS_MAX];
    let mut n_inputs = 0;
    for (k, &pc) in seg.iter().enumerate() {
        let st = state(pc)?;
        let numeric = |r: u16| matches!(st.get(r as usize), Some(Ty::Int | Ty::Float | Ty::Bool));
        let reads = flow::reads(code, pc)?;
        let pure = match code.instrs[pc].op {
            Op::LoadConst | Op::Move => true,
            Op::Add | Op::Sub | Op::Mul | Op::FloorDiv | Op::Mod | Op::TrueDiv | Op::LShift | Op::RShift | Op::BitAnd | Op::BitOr | Op::BitXor | Op::Inplace => reads.iter().all(|&r| numeric(r)),
            Op::Neg | Op::Not | Op::Lt | Op::Le | Op::Eq | Op::Ne | Op::Gt | Op::Ge => reads.iter().all(|&r| numeric(r)),
            Op::JumpIfLt | Op::JumpIfLe | Op::JumpIfGt | Op::JumpIfGe | Op::JumpIfEq | Op::JumpIfNe | Op::JumpIfTrue | Op::JumpIfFalse => reads.iter().all(|&r| numeric(r)),
            _ => false,
        };
        // A register the test reads before writing it would differ the
        // second time (`while (n := n - 1) > 0`).
        let rewritten = |r: &u16| !written.contains(r) && seg[k..].iter().any(|&q| flow::writes(code, q).includes(*r));
        if !pure || reads.iter().any(rewritten) {
            return None;
        }
        for &r in reads.iter().filter(|r| !written.contains(r)) {
            let ty = *st.get(r as usize)?;
            if !inputs[..n_inputs].iter().any(|i: &Option<(u16, Ty)>| i.is_some_and(|i| i.0 == r)) {
                *inputs.get_mut(n_inputs)? = Some((r, ty));
                n_inputs += 1;
            }
        }
        if let Writes::Range(a, n) = flow::writes(code, pc) {
            written.extend(a..a + n);
        }
    }
    Some(Rewind { test, span, range_iter: None, inputs })
}

impl Tr<'_, '_> {
    /// Steps the range iterator in register `r` back by its step, in its
    /// object (so the frame is as before the `ForIter` that yielded the
    /// current item). A frame slot that holds no range iterator
    /// deoptimizes to `head`, with nothing changed.
    pub(super) fn step_range_back(&mut self, r: u16, head: usize) {
        let p = self.iter_of_kind(head, r, self.seq.range_tag);
        let t = MemFlagsData::trusted();
        let next = self.b.ins().load(I64, t, p, self.seq.range_next);
        let step = self.b.ins().load(I64, t, p, self.seq.range_step);
        let back = self.b.ins().isub(next, step);
        self.b.ins().store(t, back, p, self.seq.range_next);
    }

    /// Checks that the registers a rewound `while` test reads hold what it
    /// is compiled for, deoptimizing to `head` otherwise: a failed guard
    /// in the conversion at the test would resume the interpreter at the
    /// test, which would run it again on values of other types (an
    /// object's `__lt__` called twice).
    pub(super) fn check_test_inputs(&mut self, w: &Rewind, head: usize) {
        for &(r, ty) in w.inputs.iter().flatten() {
            let v = self.load_reg(r);
            let reason = pylift_runtime::jit::DeoptReason::EntryGuard;
            match ty {
                Ty::Int => {
                    self.unbox_int_guarded(v, head, reason);
                }
                Ty::Float => {
                    self.unbox_float_guarded(v, head, reason);
                }
                Ty::Bool => {
                    self.unbox_bool_guarded(v, head, reason);
                }
                _ => {}
            }
        }
    }

    /// The block an edge to `to` jumps to: the pre-header of a rewound
    /// entry's test when the edge comes from outside its loop (the entry
    /// itself, or the code before the loop), else `to`'s own block.
    pub(super) fn preheader_jump(&mut self, to: usize, blk: Block) {
        let from = self.known.at;
        let Some(k) = self.rewinds.iter().position(|w| w.0.test == to && !from.is_some_and(|pc| (w.0.span.0..=w.0.span.1).contains(&pc))) else {
            self.b.ins().jump(blk, &[]);
            return;
        };
        let pre = match self.rewinds[k].1 {
            Some(pre) => {
                self.b.ins().jump(pre, &[]);
                return;
            }
            None => self.b.create_block(),
        };
        self.rewinds[k].1 = Some(pre);
        self.b.ins().jump(pre, &[]);
        self.b.switch_to_block(pre);
        self.b.ins().jump(blk, &[]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A range loop's and a number-only `while` test's entries rewind; a
    /// test that writes what it reads (`n := n - 1`) does not.
    #[test]
    fn range_loops_and_number_tests_rewind_effectful_tests_do_not() {
        let src = "def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n\
                   def g(n):\n    i = 0\n    while i < n % 64:\n        i += 1\n    return i\n\
                   def h(n):\n    while (n := n - 1) > 0:\n        pass\n    return n\n";
        let module = pylift_runtime::compile_source(src, "t.py").expect("compiles");
        for (name, want) in [("f", true), ("g", true), ("h", false)] {
            let code = module.codes.iter().find(|c| c.qualname_str() == name).expect("function");
            // Every register an int, iterators virtual ranges.
            let mut states = vec![Some(vec![Ty::Int; code.nregs as usize]); code.instrs.len() + 1];
            for (pc, ins) in code.instrs.iter().enumerate() {
                if ins.op == Op::ForIter {
                    for s in states.iter_mut().flatten() {
                        s[ins.b as usize] = Ty::VRange;
                    }
                    let _ = pc;
                }
            }
            let starts = flow::instruction_starts(code);
            let heads = flow::loop_headers(code);
            assert_eq!(heads.len(), 1, "{name}");
            let got = rewind(code, &states, &starts, heads[0] as usize);
            assert_eq!(got.is_some(), want, "{name}: {got:?}");
            if let Some(w) = got {
                assert_eq!(w.range_iter.is_some(), name == "f");
                assert!(w.test > w.span.0 && w.test <= w.span.1);
            }
        }
    }
}
