//! List headers hoisted out of call-free loops.
//!
//! A list's header words (the address and length of its items, of its
//! compact bytes) change only when the list grows, shrinks or changes form,
//! and all of that happens in runtime functions: native code only stores
//! items (and the kinds byte, which is not hoisted). So inside a loop that
//! calls nothing, a list held by a register the loop never writes has the
//! same header on every iteration.
//!
//! For each innermost loop, the `List` registers it indexes and never
//! writes are planned (`plan`); on every edge into the loop (where its fold
//! checks are made: `Tr::check_loop_entry`) their header words are loaded
//! into variables (`load_headers_at_entry`), and every header load inside
//! the loop also reads the variable (`list_field`). Once the whole function
//! is translated, the loads no call in the loop reaches without leaving it
//! take the variable's value, and entry loads nothing took are removed
//! (`settle_invariant_loads`, on the JIT thread). An edge into the loop
//! where the register is not a `List` leaves the variable undefined there:
//! that loop keeps its loads.
//!
//! The kinds byte (`ListData::kinds`) is hoisted the same way when no store
//! in the loop writes it: the check that a list holds only floats (ints,
//! bools), which typed loads make once per straight-line run, is also made
//! on every edge into the loop (`deopt_typed_list` there), and the checks
//! inside go if no call reaches them (`hoist::settle_hoisted_checks`).

use super::hoist::{Finished, HoistedCheck};
use super::{Tr, Ty};
use crate::{flow, spec};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{Block, Function, Inst, InstBuilder, MemFlagsData, Value as CValue};
use cranelift_frontend::Variable;
use pylift_runtime::bytecode::{Code, Op};
use pylift_runtime::jit::DeoptReason;
use std::collections::HashSet;

/// The loops whose list headers are hoisted (a function's own plan; empty
/// for inlined and frameless bodies).
#[derive(Default)]
pub(super) struct Invariant {
    /// Innermost loops indexing lists: first and last instruction, and the
    /// registers holding them (indexed, never written in the loop).
    loops: Vec<(usize, usize, Vec<u16>)>,
    /// Per instruction: the loop (index in `loops`) it is innermost in.
    loop_of: Vec<Option<usize>>,
    /// Per loop and planned register: a variable per hoisted header word
    /// (`FIELDS`), declared at the first edge into the loop.
    vars: Vec<Vec<Option<[Variable; FIELDS]>>>,
    /// Per loop: an edge into it could not load some register's header.
    failed: Vec<bool>,
    /// Per loop and planned register: the kinds bit its typed loads check
    /// (0: none, or loads of different kinds).
    bits: Vec<Vec<u8>>,
    /// Per loop: a store in it writes some list's kinds byte.
    kinds_written: Vec<bool>,
    /// Per loop and planned register: every site indexing it in the loop
    /// saw only compact lists (`Miss::only_compact`), so its compactness is
    /// checked where the loop is entered too, and the checks inside go if
    /// no call reaches them (a list changes form only in the runtime).
    compact: Vec<Vec<bool>>,
    /// Per loop: for a range loop (its last instruction a `ForIter` back
    /// to its first) whose variable nothing else in it writes, the
    /// variable and the iterator's register. Its lists indexed by the
    /// variable (`ranged_regs`) are checked to cover the range where the
    /// loop is entered at its `ForIter` (`deopt_index_bound`), and those
    /// indexes go unchecked inside if no call in the loop reaches them (a
    /// list's length changes only in the runtime).
    ranged: Vec<Option<(u16, u16)>>,
    /// Per loop and planned register: indexed by the loop's variable.
    ranged_regs: Vec<Vec<bool>>,
    /// Per loop: an edge into it made no range check (so the indexes
    /// inside keep theirs).
    bounds_failed: Vec<bool>,
}

/// How many header words are hoisted (`Tr::header_fields`).
const FIELDS: usize = 4;
/// Which of them are the items' and the compact bytes' lengths
/// (`Tr::header_fields`).
const FIELDS_LEN: usize = 0;
const FIELDS_BOOLS_LEN: usize = 2;

/// A header load made under the plan, settled once the function is done.
#[derive(Clone, Copy)]
pub(super) struct HeaderLoad {
    /// The loop, the register's place in its plan, the word.
    lp: usize,
    k: usize,
    f: usize,
    load: Inst,
    /// The variable's value where the load is (inside the loop); `None`
    /// for a load on an edge into the loop.
    hoisted: Option<CValue>,
}

/// Plans hoisting for `code`: nothing in generators (entered at loop
/// headers from resumed frames, as in `hoist`).
pub(super) fn plan(code: &Code) -> Invariant {
    let mut h = Invariant { loop_of: vec![None; code.instrs.len()], ..Invariant::default() };
    if code.flags.generator {
        return h;
    }
    let spans = flow::loop_spans(code);
    let starts = flow::instruction_starts(code);
    for &(lo, hi) in &spans {
        // Innermost: no other loop inside.
        if spans.iter().any(|&(a, b)| (a, b) != (lo, hi) && lo <= a && b <= hi) {
            continue;
        }
        let body: Vec<usize> = starts.iter().copied().filter(|&p| (lo..=hi).contains(&p)).collect();
        let mut regs: Vec<u16> = Vec::new();
        for &p in &body {
            let ins = code.instrs[p];
            let container = match ins.op {
                Op::GetItem => ins.b,
                Op::SetItem => ins.a,
                _ => continue,
            };
            if !regs.contains(&container) && !body.iter().any(|&q| flow::writes(code, q).includes(container)) {
                regs.push(container);
            }
        }
        if regs.is_empty() {
            continue;
        }
        let i = h.loops.len();
        for &p in &body {
            h.loop_of[p] = Some(i);
        }
        // The kinds bit each register's typed loads would check.
        let bits = regs
            .iter()
            .map(|&r| {
                let mut bit = None;
                for &p in body.iter().filter(|&&p| code.instrs[p].op == Op::GetItem && code.instrs[p].b == r) {
                    let b = spec::item_ty(code, p).map_or(0, super::kinds_bit);
                    if bit.is_some_and(|x| x != b) {
                        return 0;
                    }
                    bit = Some(b);
                }
                bit.unwrap_or(0)
            })
            .collect();
        h.bits.push(bits);
        let indexes = |p: usize, r: u16| match code.instrs[p].op {
            Op::GetItem => code.instrs[p].b == r,
            Op::SetItem => code.instrs[p].a == r,
            _ => false,
        };
        h.compact.push(regs.iter().map(|&r| body.iter().filter(|&&p| indexes(p, r)).all(|&p| spec::only_compact_lists(code, p))).collect());
        let last = code.instrs[hi];
        let ranged = (last.op == Op::ForIter && flow::jump_target(code, hi) == Some(lo) && !code.jit.no_index_bounds.get() && !body.iter().any(|&q| q != hi && flow::writes(code, q).includes(last.a)))
            .then_some((last.a, last.b));
        let index_of = |p: usize| match code.instrs[p].op {
            Op::GetItem => code.instrs[p].c,
            _ => code.instrs[p].b,
        };
        h.ranged_regs.push(regs.iter().map(|&r| ranged.is_some_and(|(a, _)| body.iter().any(|&p| indexes(p, r) && index_of(p) == a))).collect());
        h.ranged.push(ranged);
        h.bounds_failed.push(false);
        h.vars.push(vec![None; regs.len()]);
        h.failed.push(false);
        h.kinds_written.push(false);
        h.loops.push((lo, hi, regs));
    }
    h
}

impl Tr<'_, '_> {
    /// The list header words hoisted, in `Invariant::vars` order.
    fn header_fields(&self) -> [i32; FIELDS] {
        [self.seq.list_len, self.seq.list_ptr, self.seq.list_bools_len, self.seq.list_bools_ptr]
    }

    /// On an edge to instruction `to` from outside the planned loops it
    /// enters: their registers' header words into their variables.
    pub(super) fn load_headers_at_entry(&mut self, to: usize) {
        if self.inline.is_some() || self.pure.is_some() {
            return;
        }
        let from = self.known.at;
        let fields = self.header_fields();
        for lp in 0..self.u.plan.invariant.loops.len() {
            let (lo, hi, ref regs) = self.u.plan.invariant.loops[lp];
            let inside = |pc: usize| (lo..=hi).contains(&pc);
            if !inside(to) || from.is_some_and(inside) {
                continue;
            }
            for (k, r) in regs.clone().into_iter().enumerate() {
                if self.ty(r) != Ty::List {
                    self.u.plan.invariant.failed[lp] = true;
                    continue;
                }
                let vars = match self.u.plan.invariant.vars[lp][k] {
                    Some(v) => v,
                    None => {
                        let v = [(); FIELDS].map(|_| self.b.declare_var(I64));
                        self.u.plan.invariant.vars[lp][k] = Some(v);
                        v
                    }
                };
                let p = self.b.use_var(self.u.vi[r as usize]);
                for (f, (var, off)) in vars.into_iter().zip(fields).enumerate() {
                    let w = self.b.ins().load(I64, MemFlagsData::trusted(), p, off);
                    self.known.header_loads.push(HeaderLoad { lp, k, f, load: self.b.func.dfg.value_def(w).unwrap_inst(), hoisted: None });
                    self.b.def_var(var, w);
                }
                let bit = self.u.plan.invariant.bits[lp][k];
                if bit != 0 && !self.u.code.jit.no_typed_lists.get() {
                    let fail = self.deopt_block(to, DeoptReason::TypedList);
                    self.kinds_check(p, bit, fail, Some((lp, true)));
                }
                if self.u.plan.invariant.compact[lp][k] {
                    let blen = self.b.use_var(vars[FIELDS_BOOLS_LEN]);
                    let fail = self.deopt_block(to, DeoptReason::ItemsList);
                    self.compact_check(blen, fail, Some((lp, true)));
                }
            }
            self.check_range_covered(lp, to);
        }
    }

    /// On an edge into range loop `lp` (see `Invariant::ranged`) at its
    /// `ForIter` (`to`): checks that the range's next value is not
    /// negative and its stop within the length of every list the loop
    /// indexes by its variable (a step of 1: every value it yields is
    /// then an index in range). An edge elsewhere (on-stack replacement
    /// into the body) makes no check, and the indexes keep theirs.
    fn check_range_covered(&mut self, lp: usize, to: usize) {
        let inv = &self.u.plan.invariant;
        let (Some((_, itr)), hi) = (inv.ranged[lp], inv.loops[lp].1) else { return };
        if !inv.ranged_regs[lp].contains(&true) {
            return;
        }
        if to != hi || self.ty(itr) != Ty::VRange || !self.u.hints.unit_step[itr as usize] {
            self.u.plan.invariant.bounds_failed[lp] = true;
            return;
        }
        let next = self.b.use_var(self.u.vi[itr as usize]);
        let (stop, _) = self.range_bounds(itr);
        let mut ok = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, next, 0);
        for k in 0..self.u.plan.invariant.loops[lp].2.len() {
            let inv = &self.u.plan.invariant;
            if !inv.ranged_regs[lp][k] {
                continue;
            }
            let Some(vars) = inv.vars[lp][k] else {
                self.u.plan.invariant.bounds_failed[lp] = true;
                return;
            };
            // One of the two lengths is 0 (items or compact bytes).
            let len = self.b.use_var(vars[FIELDS_LEN]);
            let blen = self.b.use_var(vars[FIELDS_BOOLS_LEN]);
            let n = self.b.ins().iadd(len, blen);
            let within = self.b.ins().icmp(IntCC::SignedLessThanOrEqual, stop, n);
            ok = self.b.ins().band(ok, within);
        }
        let fail = self.deopt_block(to, DeoptReason::IndexBound);
        let check = self.hoistable_check(ok, ok, fail, Some((lp, true)));
        self.known.bound_checks.extend(check);
    }

    /// The range loop the current instruction is in, if `k` is its
    /// variable and `ob` a list it indexes by it whose range is checked
    /// where the loop is entered (`check_range_covered`).
    pub(super) fn bound_hoisted(&self, ob: u16, k: u16) -> Option<usize> {
        if self.inline.is_some() || self.pure.is_some() || self.ty(ob) != Ty::List || self.ty(k) != Ty::Int {
            return None;
        }
        let inv = &self.u.plan.invariant;
        let lp = self.known.at.and_then(|pc| inv.loop_of.get(pc).copied().flatten())?;
        let (a, _) = inv.ranged[lp]?;
        let kx = inv.loops[lp].2.iter().position(|&r| r == ob)?;
        (a == k && inv.ranged_regs[lp][kx]).then_some(lp)
    }

    /// A bounds check `inb` of an index into a list of range loop `lp`,
    /// branching to `fail` (the path for an index out of range or from the
    /// end) and continuing in a new block; settled with the loop's range
    /// checks (see `Invariant::ranged`).
    pub(super) fn bound_check(&mut self, inb: CValue, fail: Block, lp: usize) {
        let check = self.hoistable_check(inb, inb, fail, Some((lp, false)));
        self.known.bound_checks.extend(check);
    }

    /// Checks that the list at `p` has kinds bit `bit`, branching to `fail`
    /// if not, and continues in a new block; records the check under
    /// `record` (its loop, and whether made on an edge into it).
    pub(super) fn kinds_check(&mut self, p: CValue, bit: u8, fail: Block, record: Option<(usize, bool)>) {
        let kinds = self.b.ins().uload8(I32, MemFlagsData::trusted(), p, self.seq.list_kinds);
        let has = self.b.ins().band_imm_s(kinds, i64::from(bit));
        let check = self.hoistable_check(has, kinds, fail, record);
        self.known.kinds_checks.extend(check);
    }

    /// Continues (in a new block) if `blen`, a list's compact length, is
    /// not 0, else branches to `fail`; records the check under `record`.
    pub(super) fn compact_check(&mut self, blen: CValue, fail: Block, record: Option<(usize, bool)>) {
        let is_compact = self.b.ins().icmp_imm_s(cranelift_codegen::ir::condcodes::IntCC::NotEqual, blen, 0);
        // (The compare is the check's only instruction to drop.)
        let check = self.hoistable_check(is_compact, is_compact, fail, record);
        self.known.compact_checks.extend(check);
    }

    /// Branches to `fail` unless `ok`, continuing in a new block; the
    /// check to settle if `record` (its loop, and whether made on an edge
    /// into it), `dropped` being what it computes that goes with it.
    fn hoistable_check(&mut self, ok: CValue, dropped: CValue, fail: Block, record: Option<(usize, bool)>) -> Option<HoistedCheck> {
        let cont = self.b.create_block();
        let branch = self.b.ins().brif(ok, cont, &[], fail, &[]);
        let load = self.b.func.dfg.value_def(dropped).unwrap_inst();
        self.b.switch_to_block(cont);
        record.map(|(lp, entry)| HoistedCheck { lp, load, branch, ok: cont, entry })
    }

    /// The planned loop the current instruction is in whose register `ob`
    /// has its compactness checked where the loop is entered, if any.
    pub(super) fn compact_hoisted(&self, ob: u16) -> Option<usize> {
        if self.inline.is_some() || self.pure.is_some() {
            return None;
        }
        let inv = &self.u.plan.invariant;
        let lp = self.known.at.and_then(|pc| inv.loop_of.get(pc).copied().flatten())?;
        let k = inv.loops[lp].2.iter().position(|&r| r == ob)?;
        inv.compact[lp][k].then_some(lp)
    }

    /// The planned loop the current instruction is in whose register `ob`
    /// has kinds bit `bit` hoisted, if any (for `kinds_check`'s record).
    pub(super) fn kinds_hoisted(&self, ob: u16, bit: u8) -> Option<usize> {
        if self.inline.is_some() || self.pure.is_some() {
            return None;
        }
        let inv = &self.u.plan.invariant;
        let lp = self.known.at.and_then(|pc| inv.loop_of.get(pc).copied().flatten())?;
        let k = inv.loops[lp].2.iter().position(|&r| r == ob)?;
        (inv.bits[lp][k] == bit).then_some(lp)
    }

    /// A store in the current instruction writes a list's kinds byte: its
    /// loop's kinds checks stay where they are.
    pub(super) fn kinds_written(&mut self) {
        let inv = &mut self.u.plan.invariant;
        if let Some(lp) = self.known.at.and_then(|pc| inv.loop_of.get(pc).copied().flatten()) {
            inv.kinds_written[lp] = true;
        }
    }

    /// Header word `off` of the list at `p`, held by register `ob`: a load,
    /// which also reads the hoisted word when the current instruction is in
    /// a loop planned for `ob` (see the module comment).
    pub(super) fn list_field(&mut self, p: CValue, ob: u16, off: i32) -> CValue {
        let w = self.b.ins().load(I64, MemFlagsData::trusted(), p, off);
        let top = self.inline.is_none() && self.pure.is_none();
        let lp = self.known.at.and_then(|pc| self.u.plan.invariant.loop_of.get(pc).copied().flatten());
        if let (true, Some(lp), Ty::List) = (top, lp, self.ty(ob)) {
            let inv = &self.u.plan.invariant;
            let k = inv.loops[lp].2.iter().position(|&r| r == ob);
            let f = self.header_fields().iter().position(|&o| o == off);
            if let (Some(k), Some(f)) = (k, f) {
                if let Some(vars) = inv.vars[lp][k] {
                    let hoisted = self.b.use_var(vars[f]);
                    self.known.header_loads.push(HeaderLoad { lp, k, f, load: self.b.func.dfg.value_def(w).unwrap_inst(), hoisted: Some(hoisted) });
                }
            }
        }
        w
    }
}

/// Loads in loops no call in them reaches take their hoisted word; entry
/// loads of loops where none did are removed (`loops`: each planned loop's
/// first and last instruction, and whether an edge into it could not load
/// its headers). Run on the finished function.
pub(super) fn settle_invariant_loads(func: &mut Function, done: &Finished, loads: &[HeaderLoad], loops: &[(usize, usize, bool)]) {
    let mut used = HashSet::new();
    for (lp, &(lo, hi, failed)) in loops.iter().enumerate() {
        if failed {
            continue;
        }
        let tainted = done.tainted(lo, hi);
        for l in loads.iter().filter(|l| l.lp == lp) {
            let (Some(x), Some(b)) = (l.hoisted, func.layout.inst_block(l.load)) else { continue };
            if !tainted.contains(&b) {
                func.replace(l.load).iadd_imm_s(x, 0);
                used.insert((lp, l.k, l.f));
            }
        }
    }
    for l in loads.iter().filter(|l| l.hoisted.is_none() && !used.contains(&(l.lp, l.k, l.f))) {
        // Dead now (loads are not removed for us).
        func.replace(l.load).iconst(I64, 0);
    }
}

impl Invariant {
    /// Each planned loop's span, and whether an edge into it failed.
    pub(super) fn spans(&self) -> Vec<(usize, usize, bool)> {
        self.loops.iter().zip(&self.failed).map(|(&(lo, hi, _), &f)| (lo, hi, f)).collect()
    }

    /// Each planned loop's span for `hoist::settle_hoisted_checks` of its
    /// bounds checks: they stay inside if an edge into the loop made no
    /// range check.
    pub(super) fn bound_spans(&self) -> Vec<(usize, usize, bool)> {
        self.spans().into_iter().zip(&self.bounds_failed).map(|((lo, hi, f), &b)| (lo, hi, f || b)).collect()
    }

    /// Each planned loop's span for `hoist::settle_hoisted_checks` of its
    /// kinds checks: they stay inside if an edge into the loop failed or a
    /// store in it writes a kinds byte.
    pub(super) fn kinds_spans(&self) -> Vec<(usize, usize, bool)> {
        self.spans().into_iter().zip(&self.kinds_written).map(|((lo, hi, f), &w)| (lo, hi, f || w)).collect()
    }
}
