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
//! So an entry at the body of a range loop enters at its `ForIter`
//! instead, with the range iterator stepped back in place (its next value
//! less its step: the test yields the same item again). Every way into the
//! loop then passes its test; the OSR entry and the code before the loop
//! join in a pre-header (`Tr::preheader_jump`), so a value the loop does
//! not change reaches the test by one edge from outside and Cranelift
//! hoists what is computed from it.
//!
//! Not `while` loops: a test of only numbers could run again just as well
//! (it was tried: inputs type-checked first, tests that write what they
//! read left alone), but entered at its test a `while` loop is laid out
//! test-first with a jump back at the bottom, one instruction more per
//! iteration than the body-first layout OSR at the body gives: the sieve's
//! inner loop got 35% slower (1.30 -> 1.75 ms per round, with its loop
//! aligned either way), collatz 20%. That needs loop inversion (a copy of
//! the test where the loop is entered) first.
//!
//! The OSR entry's loop is also the code's hot loop: its first
//! instructions are marked for alignment (`Tr::mark_hot_loop`, `HOT_LOOP`).

use super::Tr;
use crate::flow;
use crate::spec::Ty;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{Block, InstBuilder, MemFlagsData};
use pylift_runtime::bytecode::{Code, Op};

/// An OSR entry made at a loop's test (see the module doc).
#[derive(Clone, Copy, Debug)]
pub(super) struct Rewind {
    /// The test's first instruction: where the entry goes.
    pub test: usize,
    /// The loop: its header (the back-edges' target, where the VM
    /// enters) to its last back-edge.
    pub span: (usize, usize),
    /// The register of the range iterator the test steps (`ForIter`), to
    /// be stepped back before the test runs again.
    pub range_iter: u16,
}

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
    // Only a range iterator's step can be taken back.
    let ins = code.instrs[test];
    let ok = ins.op == Op::ForIter && flow::jump_target(code, test) == Some(head) && matches!(state(test)?.get(ins.b as usize), Some(Ty::VRange | Ty::RangeIter));
    ok.then_some(Rewind { test, span, range_iter: ins.b })
}

impl Tr<'_, '_> {
    /// Steps the range iterator in register `r` back by its step, in its
    /// object (so the frame is as before the `ForIter` that yielded the
    /// current item). A frame slot that holds no range iterator, or one
    /// whose next value or step is no small int, deoptimizes to `head`,
    /// with nothing changed: only then is the next value the item plus the
    /// step (a step past the end of i64 leaves the stop there instead,
    /// `ops::iter::next_inline`).
    pub(super) fn step_range_back(&mut self, r: u16, head: usize) {
        let p = self.iter_of_kind(head, r, self.seq.range_tag);
        let t = MemFlagsData::trusted();
        let next = self.b.ins().load(I64, t, p, self.seq.range_next);
        let step = self.b.ins().load(I64, t, p, self.seq.range_step);
        let (a, b) = (self.fits(next), self.fits(step));
        let small = self.b.ins().band(a, b);
        self.guard(small, head, pylift_runtime::jit::DeoptReason::RangeIter);
        let back = self.b.ins().isub(next, step);
        self.b.ins().store(t, back, p, self.seq.range_next);
    }

    /// Marks the code made for the hot loop's first straight-line run
    /// (from `hot_pc` to the next branch or jump target) with `HOT_LOOP`:
    /// every instruction of those instructions' blocks, made before the
    /// body (`Tr::blocks`) or while translating them (`Known::block_marks`).
    /// The ones with effects survive to machine code, where
    /// `arch::loop_pad` finds the loop's first block by them.
    pub(super) fn mark_hot_loop(&mut self) {
        let Some(hot) = self.hot_pc else { return };
        let code = self.u.code;
        let targets = flow::jump_targets(code);
        let mut run = vec![hot];
        while let Some(&pc) = run.last() {
            let next = flow::next_pc(code, pc);
            if run.len() > 16 || !flow::falls_through(code.instrs[pc].op) || flow::jump_target(code, pc).is_some() || next >= code.instrs.len() || targets[next] {
                break;
            }
            run.push(next);
        }
        let marks = &self.known.block_marks;
        let mut blocks: Vec<u32> = run.iter().filter_map(|&pc| self.u.blocks.get(pc).copied().flatten()).map(|b| b.as_u32()).collect();
        for &pc in &run {
            if let Some(k) = marks.iter().position(|m| m.1 == pc) {
                let (lo, hi) = (marks[k].0, marks.get(k + 1).map_or(u32::MAX, |m| m.0));
                blocks.extend(lo..hi.min(self.b.func.dfg.num_blocks() as u32));
            }
        }
        let func = &mut *self.b.func;
        let marked: Vec<Block> = func.layout.blocks().filter(|b| blocks.contains(&b.as_u32())).collect();
        for b in marked {
            let insts: Vec<_> = func.layout.block_insts(b).collect();
            for inst in insts {
                func.set_srcloc(inst, cranelift_codegen::ir::SourceLoc::new(super::HOT_LOOP));
            }
        }
    }

    /// The block an edge to `to` jumps to: the pre-header of a rewound
    /// entry's test when the edge comes from outside its loop (the entry
    /// itself, or the code before the loop), else `to`'s own block.
    pub(super) fn preheader_jump(&mut self, to: usize, blk: Block) {
        let from = self.known.at;
        // (An if-converted arm's edges go to stand-in blocks; an inlined
        // body's pcs are its own code's, not the rewound loop's.)
        let stand_in = self.known.spec_fail.is_some() || self.frameless();
        let outside = |w: &(Rewind, Option<Block>)| w.0.test == to && !from.is_some_and(|pc| (w.0.span.0..=w.0.span.1).contains(&pc));
        let Some(k) = self.rewinds.iter().position(outside).filter(|_| !stand_in) else {
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

    /// A range loop's entry rewinds; a `while` loop's does not.
    #[test]
    fn range_loops_rewind_while_loops_do_not() {
        let src = "def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n\
                   def g(n):\n    i = 0\n    while i < n % 64:\n        i += 1\n    return i\n\
                   def h(n):\n    while (n := n - 1) > 0:\n        pass\n    return n\n";
        let module = pylift_runtime::compile_source(src, "t.py").expect("compiles");
        for (name, want) in [("f", true), ("g", false), ("h", false)] {
            let code = module.codes.iter().find(|c| c.qualname_str() == name).expect("function");
            // Every register an int, iterators virtual ranges.
            let mut states = vec![Some(vec![Ty::Int; code.nregs as usize]); code.instrs.len() + 1];
            for ins in code.instrs.iter().filter(|i| i.op == Op::ForIter) {
                for s in states.iter_mut().flatten() {
                    s[ins.b as usize] = Ty::VRange;
                }
            }
            let starts = flow::instruction_starts(code);
            let heads = flow::loop_headers(code);
            assert_eq!(heads.len(), 1, "{name}");
            let got = rewind(code, &states, &starts, heads[0] as usize);
            assert_eq!(got.is_some(), want, "{name}: {got:?}");
            if let Some(w) = got {
                assert_eq!(code.instrs[w.test].op, Op::ForIter);
                assert!(w.test > w.span.0 && w.test <= w.span.1);
            }
        }
    }
}
