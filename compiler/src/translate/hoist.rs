//! Fold guards hoisted out of call-free loops.
//!
//! A folded global (a `LoadGlobal` compiled to the value it had, under
//! checks of the dict words it was read from) can only change while Python
//! code or the runtime runs: not in native code that calls nothing. So the
//! checks of the lookups inside each innermost loop are also made on every
//! edge into that loop (from the code before it, and at on-stack
//! replacement into it: `check_loop_entry`); once the whole function is
//! translated, the checks of lookups that no call inside the loop can reach
//! without leaving it are removed (`settle_hoisted_checks`), and when no
//! lookup of a loop loses its checks, the loop's entry checks are removed
//! instead. A failed entry check deoptimizes where the loop is entered
//! (`deopt_global_hoisted`) and the recompile checks at the lookups
//! (`JitSlot::no_guard_hoisting`), which then stop folding a global that
//! keeps changing, as before.
//!
//! An edge from outside a loop into it is made by `convert_to` while the
//! translator is at an instruction outside the loop (or at an entry); a
//! path that leaves the loop and comes back in passes such an edge again.

use super::{FoldGuard, Tr};
use crate::flow;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::{Block, FuncRef, Function, Inst, InstBuilder};
use pylift_runtime::bytecode::{Code, Op};
use pylift_runtime::jit::DeoptReason;
use std::collections::{HashMap, HashSet};

/// The loops whose lookups' fold checks may be hoisted (a function's own
/// plan; empty for inlined and frameless bodies).
#[derive(Default)]
pub(super) struct Hoisting {
    /// Innermost loops holding folded lookups: their first and last
    /// instruction, and the checks of those lookups.
    loops: Vec<(usize, usize, Vec<FoldGuard>)>,
    /// Per instruction: the loop (index in `loops`) a folded lookup there
    /// is the innermost in.
    loop_of: Vec<Option<usize>>,
}

/// A check made under a hoisting plan (a fold check, or a list kinds
/// check: `invariant`), to be settled once the whole function is
/// translated.
#[derive(Clone, Copy)]
pub(super) struct HoistedCheck {
    /// Index in the plan's loops.
    pub(super) lp: usize,
    /// The check's load (of the dict word, the kinds byte), and its branch
    /// to `ok`.
    pub(super) load: Inst,
    pub(super) branch: Inst,
    pub(super) ok: Block,
    /// Made on an edge into the loop (else inside it).
    pub(super) entry: bool,
}

/// Plans hoisting for `code` given its folded lookups (`Fold::guards` per
/// instruction). Nothing for generators (entered at loop headers from
/// resumed frames) or after a hoisted check failed.
pub(super) fn plan(code: &Code, guards: &[Option<&[FoldGuard]>]) -> Hoisting {
    let mut h = Hoisting { loops: Vec::new(), loop_of: vec![None; code.instrs.len()] };
    if code.flags.generator || code.jit.no_guard_hoisting.get() {
        return h;
    }
    let spans = flow::loop_spans(code);
    let mut index: HashMap<(usize, usize), usize> = HashMap::new();
    for (pc, gs) in guards.iter().enumerate() {
        let Some(gs) = gs.filter(|g| !g.is_empty() && code.instrs[pc].op == Op::LoadGlobal) else { continue };
        let Some(&span) = spans.iter().filter(|s| (s.0..=s.1).contains(&pc)).min_by_key(|s| s.1 - s.0) else { continue };
        let i = *index.entry(span).or_insert_with(|| {
            h.loops.push((span.0, span.1, Vec::new()));
            h.loops.len() - 1
        });
        for g in gs {
            if !h.loops[i].2.contains(g) {
                h.loops[i].2.push(*g);
            }
        }
        h.loop_of[pc] = Some(i);
    }
    h
}

impl Tr<'_, '_> {
    /// Checks fold guard `g`, branching to `fail` if it does not hold; a
    /// check at a lookup of a loop with a hoisting plan (`at`: its pc) is
    /// recorded for `settle_hoisted_checks`.
    pub(super) fn fold_check(&mut self, g: FoldGuard, fail: Block, at: Option<usize>) {
        let top = self.inline.is_none() && self.pure.is_none();
        let lp = at.and_then(|pc| self.u.plan.hoisting.loop_of.get(pc).copied().flatten()).filter(|_| top);
        self.emit_fold_check(g, fail, lp.map(|lp| (lp, false)));
    }

    /// Checks `g`, branching to `fail` if it does not hold, and continues
    /// in a new block; records the check for `settle_hoisted_checks` under
    /// `record` (its loop, and whether made on an edge into it).
    fn emit_fold_check(&mut self, g: FoldGuard, fail: Block, record: Option<(usize, bool)>) {
        let same = self.fold_guard_holds(g);
        let ok = self.b.create_block();
        let branch = self.b.ins().brif(same, ok, &[], fail, &[]);
        if let Some((lp, entry)) = record {
            // The load the check compares (`fold_guard_holds`).
            let dfg = &self.b.func.dfg;
            let cmp = dfg.value_def(same).unwrap_inst();
            let load = dfg.value_def(dfg.inst_args(cmp)[0]).unwrap_inst();
            self.known.hoisted.push(HoistedCheck { lp, load, branch, ok, entry });
        }
        self.b.switch_to_block(ok);
    }

    /// On an edge to instruction `to`: the checks of every planned loop
    /// the edge enters (the translator being outside it), deoptimizing to
    /// `to`.
    pub(super) fn check_loop_entry(&mut self, to: usize) {
        if self.inline.is_some() || self.pure.is_some() {
            return;
        }
        let from = self.known.at;
        for lp in 0..self.u.plan.hoisting.loops.len() {
            let (lo, hi, ref guards) = self.u.plan.hoisting.loops[lp];
            let inside = |pc: usize| (lo..=hi).contains(&pc);
            if !inside(to) || from.is_some_and(inside) {
                continue;
            }
            for g in guards.clone() {
                // A keys change (a global added anywhere) says nothing
                // against hoisting: the recompile folds and hoists again.
                let reason = if g.keys { DeoptReason::GlobalKeys } else { DeoptReason::GlobalHoisted };
                let fail = self.deopt_block(to, reason);
                self.emit_fold_check(g, fail, Some((lp, true)));
            }
        }
    }

    /// The instruction each block was made for (`Known::block_marks`;
    /// blocks made before the body, for the entries, have none).
    pub(super) fn block_pcs(&self) -> BlockPcs {
        let made_at = self.u.blocks.iter().enumerate().filter_map(|(pc, b)| b.map(|b| (b, pc))).collect();
        BlockPcs { made_at, marks: self.known.block_marks.clone() }
    }
}

/// Removes the checks made inside loops that no call in their loop
/// reaches (without leaving the loop); and the entry checks of loops none
/// of whose checks inside went (`loops`: each loop's first and last
/// instruction, and whether its checks must stay where they are). Run on
/// the finished function, for fold checks (`Tr::fold_check`) and list
/// kinds checks (`invariant`) alike.
pub(super) fn settle_hoisted_checks(func: &mut Function, done: &Finished, checks: &[HoistedCheck], loops: &[(usize, usize, bool)]) {
    if checks.is_empty() {
        return;
    }
    let mut removed = Vec::new();
    let mut hoisted = vec![false; loops.len()];
    for (lp, &(lo, hi, stay)) in loops.iter().enumerate() {
        if stay {
            continue;
        }
        let tainted = done.tainted(lo, hi);
        for c in checks.iter().filter(|c| c.lp == lp && !c.entry) {
            if func.layout.inst_block(c.branch).is_some_and(|b| !tainted.contains(&b)) {
                removed.push((c.branch, c.ok, c.load));
                hoisted[lp] = true;
            }
        }
    }
    removed.extend(checks.iter().filter(|c| c.entry && !hoisted[c.lp]).map(|c| (c.branch, c.ok, c.load)));
    for (branch, ok, load) in removed {
        func.replace(branch).jump(ok, &[]);
        // The load is dead now (loads are not removed for us).
        let ty = func.dfg.value_type(func.dfg.first_result(load));
        func.replace(load).iconst(ty, 0);
    }
}

impl Hoisting {
    /// Each planned loop's first and last instruction (for
    /// `settle_hoisted_checks`: its checks may move).
    pub(super) fn spans(&self) -> Vec<(usize, usize, bool)> {
        self.loops.iter().map(|&(lo, hi, _)| (lo, hi, false)).collect()
    }
}

/// What the passes over the finished function (`settle_hoisted_checks`,
/// `settle_invariant_loads`, `drop_idle_safepoints`) look up, computed once.
pub(super) struct Finished {
    pub(super) cfg: ControlFlowGraph,
    pub(super) pcs: BlockPcs,
    /// The blocks with a call that may come back (`comes_back`).
    calling: Vec<Block>,
    calls: HashSet<Block>,
}

impl Finished {
    pub(super) fn of(func: &Function, pcs: BlockPcs, pure_refs: &[FuncRef], release: FuncRef) -> Finished {
        let calling: Vec<Block> = func.layout.blocks().filter(|&b| func.layout.block_insts(b).any(|i| super::comes_back(func, i, pure_refs, release))).collect();
        Finished { cfg: ControlFlowGraph::with_function(func), pcs, calls: calling.iter().copied().collect(), calling }
    }

    /// Whether block `b` makes a call that may come back.
    pub(super) fn calls(&self, b: Block) -> bool {
        self.calls.contains(&b)
    }

    /// The blocks of the loop from instruction `lo` to `hi` that a call
    /// in it reaches without leaving it.
    pub(super) fn tainted(&self, lo: usize, hi: usize) -> HashSet<Block> {
        let in_loop = |b: Block| (lo..=hi).contains(&self.pcs.pc_of(b));
        let mut tainted = HashSet::new();
        let mut work: Vec<Block> = self.calling.iter().copied().filter(|&b| in_loop(b)).collect();
        while let Some(b) = work.pop() {
            if tainted.insert(b) {
                work.extend(self.cfg.succ_iter(b).filter(|&s| in_loop(s)));
            }
        }
        tainted
    }
}

/// See `Tr::block_pcs`.
#[derive(Clone)]
pub(super) struct BlockPcs {
    made_at: HashMap<Block, usize>,
    marks: Vec<(u32, usize)>,
}

impl BlockPcs {
    /// `usize::MAX` for a block made before the first instruction.
    pub(super) fn pc_of(&self, b: Block) -> usize {
        self.made_at.get(&b).copied().unwrap_or_else(|| {
            let i = self.marks.partition_point(|&(n, _)| n as usize <= b.as_u32() as usize);
            if i == 0 {
                usize::MAX
            } else {
                self.marks[i - 1].1
            }
        })
    }
}
