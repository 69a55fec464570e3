//! Integer ranges known before translating: which int operations cannot
//! overflow, so native code needs no overflow check for them.
//!
//! Facts come from literal comparisons on branch edges, int arithmetic on
//! operands of known range, `for` loops over ranges (literal or guarded to
//! stay within `SPAN`), `while x < m` loops stepping `x` by one
//! (`bounded_steps`), comparisons between registers, and the registers
//! checked where a loop is entered (`entry_ranges`: accumulators,
//! invariants, induction variables).

use super::Ty;
use crate::flow;
use crate::spec::{self, Mode};
use pylift_runtime::bytecode::{Code, Op};

/// Per instruction: an `x += 1` (`x -= 1`) that cannot overflow because it
/// runs in the body of a loop `while x < m` (`while x > m`), or an
/// `m -= 1` (`m += 1`) likewise, `m` being above (below) a small int, whose
/// condition is an int comparison, once per iteration (not inside an inner
/// loop), with `x` not written between the body's start and it:
/// `x < m <= 2**47 - 1` gives `x + 1 <= 2**47 - 1` (whatever happens to `m`
/// meanwhile). The body (the target of the condition's backward jump) must
/// be entered only by that jump: the interpreter also enters it only after
/// the condition held (on-stack replacement at that jump).
/// Also returns, per such loop, (body start, `x`, whether it counts up):
/// entering native code at the body start, `x` must not be at the end of
/// the small-int range (the interpreter's comparison may have been with a
/// big int).
#[allow(clippy::type_complexity)]
pub(super) fn bounded_steps(code: &Code, states: &[Option<Vec<Ty>>], rconst: &[(Option<i64>, Option<i64>)]) -> (Vec<bool>, Vec<(usize, u16, bool)>) {
    let starts = flow::instruction_starts(code);
    let mut out = vec![false; code.instrs.len()];
    let mut entry_checks = Vec::new();
    let mut jumps_to = vec![0u32; code.instrs.len() + 1];
    // Per loop header: the last instruction of the loop (its back-edge).
    let mut loop_end = vec![None; code.instrs.len() + 1];
    for &pc in &starts {
        if let Some(t) = flow::jump_target(code, pc) {
            jumps_to[t] += 1;
            if t <= pc {
                loop_end[t] = loop_end[t].max(Some(pc));
            }
        }
    }
    for (k, &b) in starts.iter().enumerate() {
        let ins = code.instrs[b];
        let Some(t) = flow::jump_target(code, b).filter(|&t| t < b) else { continue };
        let up = match ins.op {
            Op::JumpIfLt if ins.x != pylift_runtime::bytecode::Instr::FUSED_NEGATED => true,
            Op::JumpIfGt if ins.x != pylift_runtime::bytecode::Instr::FUSED_NEGATED => false,
            _ => continue,
        };
        let Some(st) = states.get(b).and_then(|s| s.as_ref()) else { continue };
        let ty = |r: u16| st.get(r as usize).copied().unwrap_or(Ty::Boxed);
        if spec::mode(code, b, ins.op, ty(ins.a), ty(ins.b)) != Mode::Int || jumps_to[t] != 1 {
            continue;
        }
        // Only the condition's jump enters the body.
        let before = starts[..k].iter().rev().find(|&&p| p < t).map(|&p| code.instrs[p].op);
        if before != Some(Op::Jump) {
            continue;
        }
        // `x < m` also bounds `m` from below: `m -= 1` stays above `x`.
        for (x, up) in [(ins.a, up), (ins.b, !up)] {
            if x == ins.b && ins.b == ins.a {
                continue;
            }
            let mut inner_until = 0;
            for &p in starts.iter().filter(|&&p| p >= t && p < b) {
                if p > t {
                    if let Some(end) = loop_end[p] {
                        inner_until = inner_until.max(end);
                    }
                }
                let i = code.instrs[p];
                let step = spec::arith_op(i.op, i.x);
                let want = if up { Op::Add } else { Op::Sub };
                if step == Some(want) && i.b == x && rconst.get(p).and_then(|c| c.1) == Some(1) && p > inner_until {
                    out[p] = true;
                    if !entry_checks.contains(&(t, x, up)) {
                        entry_checks.push((t, x, up));
                    }
                }
                if flow::writes(code, p).includes(x) {
                    break;
                }
            }
        }
    }
    (out, entry_checks)
}

/// A range fact: (register, low, high, whether it holds for the values the
/// interpreter computes too). If the register holds a small int, it lies
/// in [low, high]. A comparison with a literal or a range loop says so of
/// any value; int arithmetic only of what native code computed (its
/// operands guarded to be small ints): such a fact is dropped at a loop
/// header, where native code may be entered with the interpreter's values.
pub(crate) type Fact = (u16, i64, i64, bool);

/// The small-int range: values of an `Int` register lie in it.
pub(super) const SMALL_MIN: i64 = -(1 << 47);
pub(super) const SMALL_MAX: i64 = (1 << 47) - 1;
/// The bound range loops are assumed (and guarded) to stay within when
/// their bounds are not literals: index arithmetic on such variables
/// (`i + j`, `i * 31 + j`, even `i * j`: 2**44) then needs no overflow
/// check. A loop over more values deoptimizes at its start and the
/// recompile assumes nothing (measured: 10 ms once on a 10**7 loop).
pub(crate) const SPAN: i64 = 1 << 22;

/// The range of register `r` (or of the literal it holds) in `facts`.
pub(super) fn reg_range(facts: &[Fact], r: u16, literal: Option<i64>) -> Option<(i128, i128)> {
    if let Some(k) = literal {
        return Some((i128::from(k), i128::from(k)));
    }
    facts.iter().find(|f| f.0 == r).map(|f| (i128::from(f.1), i128::from(f.2)))
}

/// The range of `x OP y` for operand ranges `x` and `y` (`Add`, `Sub`,
/// `Mul`, floor division and modulo by a positive literal, shifts by a
/// literal, bitwise operations on non-negative values), unclamped.
pub(super) fn op_range(op: Op, x: (i128, i128), y: (i128, i128)) -> Option<(i128, i128)> {
    Some(match op {
        Op::Add => (x.0 + y.0, x.1 + y.1),
        Op::Sub => (x.0 - y.1, x.1 - y.0),
        Op::Mul => {
            let p = [x.0 * y.0, x.0 * y.1, x.1 * y.0, x.1 * y.1];
            (*p.iter().min()?, *p.iter().max()?)
        }
        Op::FloorDiv if y.0 == y.1 && y.0 > 0 => (x.0.div_euclid(y.0), x.1.div_euclid(y.0)),
        Op::Mod if y.0 == y.1 && y.0 > 0 => (0, y.0 - 1),
        Op::RShift if y.0 == y.1 && (0..64).contains(&y.0) => (x.0 >> y.0, x.1 >> y.0),
        Op::LShift if y.0 == y.1 && (0..48).contains(&y.0) => (x.0 << y.0, x.1 << y.0),
        // A mask that is not negative keeps the bits of the other operand
        // it has, whatever that one's sign.
        Op::BitAnd if y.0 >= 0 => (0, y.1),
        Op::BitAnd if x.0 >= 0 => (0, x.1),
        // No bit above the highest of either.
        Op::BitOr | Op::BitXor if x.0 >= 0 && y.0 >= 0 => {
            let top = x.1.max(y.1);
            (0, (1i128 << (128 - top.leading_zeros())) - 1)
        }
        // Both in [-2**k, 2**k): every bit from k up is a copy of the
        // sign bit in each, so also in the result.
        Op::BitAnd | Op::BitOr | Op::BitXor => {
            let top = [x.0, x.1, y.0, y.1].iter().map(|&v| if v < 0 { -v - 1 } else { v }).max()?;
            let k = 1i128 << (128 - top.leading_zeros());
            (-k, k - 1)
        }
        _ => return None,
    })
}

/// The range of the result of the int arithmetic instruction at `p`, from
/// its operands' ranges in `facts` (clamped to the small-int range: out of
/// it, the instruction deoptimizes).
pub(super) fn arith_range(code: &Code, p: usize, facts: &[Fact], rconst: &[(Option<i64>, Option<i64>)], states: &[Option<Vec<Ty>>]) -> Option<(i64, i64)> {
    let ins = code.instrs[p];
    let op = spec::arith_op(ins.op, ins.x)?;
    let st = states.get(p)?.as_ref()?;
    let ty = |r: u16| st.get(r as usize).copied().unwrap_or(Ty::Boxed);
    if spec::mode(code, p, ins.op, ty(ins.b), ty(ins.c)) != Mode::Int {
        return None;
    }
    let (kb, kc) = rconst.get(p).copied().unwrap_or((None, None));
    let small = (i128::from(SMALL_MIN), i128::from(SMALL_MAX));
    let mut range = reg_range(facts, ins.b, kb).zip(reg_range(facts, ins.c, kc)).and_then(|(x, y)| op_range(op, x, y));
    if op == Op::Mul && ins.b == ins.c && kb.is_none() {
        // A square: not negative, whatever the operand.
        range = Some(range.map_or((0, small.1), |r| (r.0.max(0), r.1)));
    }
    if op == Op::Mul && matches!(kb.or(kc), Some(2..=9)) && !range.is_some_and(|r| r.0 >= small.0 && r.1 <= small.1) {
        // Checked to leave `MUL_HEADROOM` (`Tr::int_op`): `3 * x + 1`
        // then needs no second check. (Not negative if the operand is not.)
        let lo = if range.is_some_and(|r| r.0 >= 0) { 0 } else { SMALL_MIN + MUL_HEADROOM };
        return Some((lo, SMALL_MAX - MUL_HEADROOM));
    }
    let (lo, hi) = range?;
    let clamp = |v: i128| v.clamp(small.0, small.1) as i64;
    Some((clamp(lo), clamp(hi)))
}

/// How far from the ends of the small-int range a product by a literal in
/// 2..=9 is checked to be (`Tr::int_op`), so that adding or subtracting a
/// small amount after it needs no check of its own.
pub(crate) const MUL_HEADROOM: i64 = 1 << 20;

/// Per instruction: the range facts known there (see `Fact`), by a forward
/// pass in instruction order: a comparison of a register with a literal
/// bounds it on the branch's edges (`if n < 2: return n` gives `n >= 2`
/// after it; the comparison was Python's, of the same value, so it holds
/// for any int), int arithmetic bounds its result (`arith_range`), facts
/// are joined where paths merge, and a loop's back-edge carries what held
/// on entering the loop for the registers it does not write
/// (`invariant_facts`). Lets `n - 1` skip its overflow check
/// (`safe_by_range`). Likewise a `for` loop's variable
/// stepped by 1 through a virtual range (small-int bounds) is below its
/// stop: `xs[i + 1]` needs no check; with literal bounds (`range(40)`,
/// `literal_spans` per `GetIter`) it is within them: `b * 17`. (A `for`
/// loop is entered by a `Jump` right after its `GetIter`, and its iterator
/// register holds what that made, also when native code is entered at the
/// loop from the interpreter.)
pub(super) fn branch_bounds(
    code: &Code,
    rconst: &[(Option<i64>, Option<i64>)],
    states: &[Option<Vec<Ty>>],
    unit_step: &[bool],
    literal_spans: &[Option<(i64, i64)>],
    entry: Vec<Fact>,
    acc: &[EntryRange],
) -> Vec<Vec<Fact>> {
    let starts = flow::instruction_starts(code);
    let n = code.instrs.len();
    let preds = predecessors(code, &starts);
    let mut out: Vec<Vec<Fact>> = vec![Vec::new(); n];
    // The parameters' ranges (an inlined callee's arguments').
    if let (Some(first), true) = (out.first_mut(), preds.first().is_some_and(|p| p.is_empty())) {
        *first = entry;
    }
    let writes_reg = |p: usize, r: u16| flow::writes(code, p).includes(r);
    for (ki, &pc) in starts.iter().enumerate() {
        if preds[pc].is_empty() {
            continue;
        }
        let mut joined: Option<Vec<Fact>> = None;
        for &(p, jumped) in &preds[pc] {
            let base = if p < pc {
                out[p].clone()
            } else {
                // A back-edge: what holds on entering the loop [pc, p] from
                // outside, for the registers the loop does not write.
                invariant_facts(&starts, ki, p, &preds, &out, &writes_reg)
            };
            let mut facts = edge_facts(code, p, jumped, base, &starts, &preds, rconst, states, unit_step, literal_spans);
            // An edge into a loop from outside checks its entry ranges.
            for a in acc.iter().filter(|a| (a.head..=a.end).contains(&pc) && !(a.head..=a.end).contains(&p)) {
                narrow(&mut facts, a.reg, a.check);
            }
            joined = Some(match joined {
                None => facts,
                Some(j) => join_facts(j, &facts),
            });
        }
        let mut facts = joined.unwrap_or_default();
        if preds[pc].iter().any(|&(p, _)| p >= pc) {
            // A loop header: native code may be entered here.
            facts.retain(|f| f.3);
            // (Checked wherever their loop is entered.)
            for a in acc.iter().filter(|a| a.head == pc) {
                narrow(&mut facts, a.reg, a.at_head);
            }
        }
        out[pc] = facts;
    }
    out
}

/// Per instruction: the instructions that reach it, and whether by jumping.
fn predecessors(code: &Code, starts: &[usize]) -> Vec<Vec<(usize, bool)>> {
    let n = code.instrs.len();
    let mut preds: Vec<Vec<(usize, bool)>> = vec![Vec::new(); n + 1];
    for (k, &pc) in starts.iter().enumerate() {
        let op = code.instrs[pc].op;
        if flow::falls_through(op) {
            if let Some(&next) = starts.get(k + 1) {
                preds[next].push((pc, false));
            }
        }
        if let Some(t) = flow::jump_target(code, pc) {
            preds[t.min(n)].push((pc, true));
        }
    }
    preds
}

/// The facts that hold on both of two paths: the registers both know, with
/// the union of their ranges.
fn join_facts(a: Vec<Fact>, b: &[Fact]) -> Vec<Fact> {
    a.into_iter().filter_map(|(r, lo, hi, all)| b.iter().find(|f| f.0 == r).map(|f| (r, lo.min(f.1), hi.max(f.2), all && f.3))).collect()
}

/// The facts on entering the loop `[starts[k], end]` from outside (joined
/// over the edges from before it), for the registers no instruction of
/// the loop writes; nothing if it is entered from after it or is large.
fn invariant_facts(starts: &[usize], k: usize, end: usize, preds: &[Vec<(usize, bool)>], out: &[Vec<Fact>], writes_reg: &dyn Fn(usize, u16) -> bool) -> Vec<Fact> {
    const MAX_LOOP: usize = 4000;
    let start = starts[k];
    let body: Vec<usize> = starts[k..].iter().copied().take_while(|&p| p <= end).collect();
    if body.len() > MAX_LOOP {
        return Vec::new();
    }
    let mut joined: Option<Vec<Fact>> = None;
    for &t in &body {
        for &(q, _) in &preds[t] {
            if q >= start && q <= end {
                continue;
            }
            if q > end {
                return Vec::new();
            }
            let mut f = out[q].clone();
            f.retain(|x| !writes_reg(q, x.0));
            joined = Some(match joined {
                None => f,
                Some(j) => join_facts(j, &f),
            });
        }
    }
    let mut facts = joined.unwrap_or_default();
    facts.retain(|x| !body.iter().any(|&p| writes_reg(p, x.0)));
    facts
}

/// The facts on the edge from instruction `p` (jumping or falling
/// through), given `facts` before it.
#[allow(clippy::too_many_arguments)]
fn edge_facts(
    code: &Code,
    p: usize,
    jumped: bool,
    mut facts: Vec<Fact>,
    starts: &[usize],
    preds: &[Vec<(usize, bool)>],
    rconst: &[(Option<i64>, Option<i64>)],
    states: &[Option<Vec<Ty>>],
    unit_step: &[bool],
    literal_spans: &[Option<(i64, i64)>],
) -> Vec<Fact> {
    let ins = code.instrs[p];
    if jumped {
        let written = flow::writes(code, p);
        facts.retain(|f| !written.includes(f.0));
    } else {
        facts = facts_after(code, p, &facts, rconst, states);
    }
    if matches!(ins.op, Op::JumpIfLt | Op::JumpIfLe | Op::JumpIfGt | Op::JumpIfGe) {
        // On this edge the comparison `a OP b` held iff the jump is taken
        // when it holds.
        let holds = jumped == (ins.x != pylift_runtime::bytecode::Instr::FUSED_NEGATED);
        let rel = held(ins.op, holds);
        let find = |facts: &[Fact], r: u16| facts.iter().find(|f| f.0 == r).copied();
        if let Some(k) = rconst.get(p).and_then(|c| c.0) {
            // With a literal: holds of any value (the comparison was
            // Python's).
            let (lo, hi) = bounded_by(rel, (k, k));
            let (lo, hi, all) = find(&facts, ins.a).map_or((lo, hi, true), |f| (lo.max(f.1), hi.min(f.2), f.3));
            facts.retain(|f| f.0 != ins.a);
            facts.push((ins.a, lo, hi, all));
        } else if ins.a != ins.b {
            // Of two registers: each bounds the other by its range, in
            // native code (small ints both, as guarded: a float's range
            // rounds), not for the interpreter's values (which may have
            // been floats where native code has ints: `a < 9.5`).
            let st = states.get(p).and_then(|s| s.as_ref());
            let ty = |r: u16| st.and_then(|s| s.get(r as usize).copied()).unwrap_or(Ty::Boxed);
            let ints = spec::mode(code, p, ins.op, ty(ins.a), ty(ins.b)) == Mode::Int;
            let (fa, fb) = (find(&facts, ins.a), find(&facts, ins.b));
            for (x, rel, other) in [(ins.a, rel, fb), (ins.b, flipped(rel), fa)] {
                let Some((_, olo, ohi, _)) = other.filter(|_| ints) else { continue };
                let (lo, hi) = bounded_by(rel, (olo, ohi));
                let own = find(&facts, x).unwrap_or((x, SMALL_MIN, SMALL_MAX, true));
                if lo <= own.1 && hi >= own.2 {
                    continue;
                }
                facts.retain(|f| f.0 != x);
                facts.push((x, lo.max(own.1), hi.min(own.2), false));
            }
        }
    }
    let it_ty = states.get(p).and_then(|s| s.as_ref()).and_then(|s| s.get(ins.b as usize).copied());
    let unit = (it_ty == Some(Ty::VRange) && unit_step.get(ins.b as usize) == Some(&true)) || it_ty == Some(Ty::RangeIter);
    if ins.op == Op::ForIter && jumped && unit {
        // The loop's own `GetIter`: right before the `Jump` into it.
        let made_by = |q: usize| {
            let k = starts.iter().position(|&x| x == q)?;
            let g = *starts.get(k.checked_sub(1)?)?;
            (code.instrs[q].op == Op::Jump && code.instrs[g].op == Op::GetIter && code.instrs[g].a == ins.b).then_some(g)
        };
        let getiters: Vec<usize> = preds[p].iter().filter(|e| e.1).filter_map(|e| made_by(e.0)).collect();
        let span = match getiters[..] {
            [g] => literal_spans.get(g).copied().flatten(),
            _ => None,
        };
        // (A range iterator stepped in place has a step of 1 only where
        // its span was assumed, and guarded so.)
        let span = if it_ty == Some(Ty::VRange) { Some(span.unwrap_or((SMALL_MIN, SMALL_MAX - 1))) } else { span };
        if let Some((lo, hi)) = span {
            facts.push((ins.a, lo.max(SMALL_MIN), hi.min(SMALL_MAX - 1), true));
        }
    }
    facts
}

/// The comparison (`JumpIfLt`... as `<`...) that holds on an edge of a
/// jump on `op`: `op` itself if `holds`, else its negation.
fn held(op: Op, holds: bool) -> Op {
    match (op, holds) {
        (Op::JumpIfLt, true) | (Op::JumpIfGe, false) => Op::JumpIfLt,
        (Op::JumpIfLe, true) | (Op::JumpIfGt, false) => Op::JumpIfLe,
        (Op::JumpIfGt, true) | (Op::JumpIfLe, false) => Op::JumpIfGt,
        _ => Op::JumpIfGe,
    }
}

/// `a < b` seen from `b`: `b > a`.
fn flipped(rel: Op) -> Op {
    match rel {
        Op::JumpIfLt => Op::JumpIfGt,
        Op::JumpIfLe => Op::JumpIfGe,
        Op::JumpIfGt => Op::JumpIfLt,
        _ => Op::JumpIfLe,
    }
}

/// The range of `x` where `x REL y` holds and `y` lies in `other`.
fn bounded_by(rel: Op, (olo, ohi): (i64, i64)) -> (i64, i64) {
    match rel {
        Op::JumpIfLt => (SMALL_MIN, ohi.saturating_sub(1)),
        Op::JumpIfLe => (SMALL_MIN, ohi),
        Op::JumpIfGt => (olo.saturating_add(1), SMALL_MAX),
        _ => (olo, SMALL_MAX),
    }
}

/// Whether a range is unknown or wider than `INVARIANT_ENTRY`: an
/// invariant with it is worth checking where its loop is entered.
fn wide(range: Option<(i128, i128)>) -> bool {
    let limit = i128::from(INVARIANT_ENTRY);
    range.is_none_or(|(lo, hi)| lo < -limit || hi > limit)
}

/// How many rounds of finding entry ranges a translation runs at most
/// (each: the facts, then the entry ranges they show).
pub(crate) const ENTRY_RANGE_ROUNDS: usize = 4;

/// What an accumulator may hold where its loop is entered (checked there:
/// `deopt_entry_range`): half the small-int range.
pub(crate) const ACC_ENTRY: i64 = 1 << 46;

/// What a register a loop does not change may hold where the loop is
/// entered, when the loop adds it to or subtracts it from values of known
/// range (`row + col`, `row - col + n - 1`): an eighth of the small-int
/// range, so that sums of a few such stay small ints.
pub(crate) const INVARIANT_ENTRY: i64 = 1 << 44;

/// What the unknown bound of a loop condition may be where the loop is
/// entered when the variable it bounds is multiplied by a register in the
/// loop (`while i < n: ... i * j`): a product of two such stays far from
/// the end of the small-int range (a loop running 2**31 times takes
/// seconds; one with a larger bound deoptimizes where it is entered, and
/// the recompile checks each operation).
pub(crate) const PRODUCT_ENTRY: i64 = 1 << 31;

/// A register whose range a loop's arithmetic relies on, checked on every
/// edge into the loop (`Tr::check_entry_ranges`): an accumulator (a
/// register that a `for` loop over a bounded range only adds bounded
/// amounts to: `total += n`, `count += 1`), an int the loop does not
/// write, used in its arithmetic or compared with what it writes, or an
/// induction variable (one the loop only adds values that are not negative
/// to: it stays at least what it was entered with).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct EntryRange {
    /// The loop's first instruction (its header) and last.
    pub head: usize,
    pub end: usize,
    pub reg: u16,
    /// Checked where the loop is entered: in [check.0, check.1].
    pub check: (i64, i64),
    /// So, at the loop's header, in [at_head.0, at_head.1].
    pub at_head: (i64, i64),
}

impl EntryRange {
    fn new(lp: &Loop<'_>, reg: u16, check: (i64, i64), at_head: (i64, i64)) -> EntryRange {
        EntryRange { head: lp.head, end: lp.end, reg, check, at_head }
    }
}

/// `facts` with register `r` also in [lo, hi] (an interpreter value too).
fn narrow(facts: &mut Vec<Fact>, r: u16, (lo, hi): (i64, i64)) {
    let (mut lo, mut hi) = (lo, hi);
    if let Some(f) = facts.iter().find(|f| f.0 == r && f.3) {
        (lo, hi) = (lo.max(f.1), hi.min(f.2));
    }
    facts.retain(|f| f.0 != r);
    facts.push((r, lo, hi, true));
}

/// The entry ranges of each loop (`facts`: `branch_bounds` without them).
///
/// Accumulators: in a `for` loop whose variable's range, and so its trip
/// count `T`, is known (or a `while x < m` loop whose every iteration steps
/// `x` up by a literal, `x` known at its header: `Loop::counted_trips`), an
/// `Int` register at the loop's header that every
/// write in the loop adds a value of known range to or subtracts one from
/// (`x += y`, `x = x - y`), outside any inner loop (so once per iteration
/// at most), the only backward jump to the header being the `ForIter`'s:
/// entered within `ACC_ENTRY`, it stays within `ACC_ENTRY` plus `T` times
/// the sum of those values' bounds.
///
/// Invariants: in any loop, an `Int` register at the header of unknown
/// range that the loop never writes and that is an operand of an int
/// addition, subtraction or multiplication in it whose other operand has
/// a known range or is another such register: entered within
/// `INVARIANT_ENTRY`, it stays there.
pub(super) fn entry_ranges(code: &Code, states: &[Option<Vec<Ty>>], rconst: &[(Option<i64>, Option<i64>)], facts: &[Vec<Fact>]) -> Vec<EntryRange> {
    let spans = flow::loop_spans(code);
    let starts = flow::instruction_starts(code);
    let preds = predecessors(code, &starts);
    let mut out = Vec::new();
    for &(head, end) in &spans {
        let (Some(st), Some(at_head)) = (states.get(head).and_then(|s| s.as_ref()), facts.get(head)) else { continue };
        let lp = Loop { head, end, body: starts.iter().copied().filter(|&p| p >= head && p <= end).collect(), st, at_head };
        out.extend(invariants(code, states, rconst, facts, &lp));
        out.extend(accumulators(code, states, rconst, facts, &lp, &spans));
        // The facts after each instruction that enters the loop from outside.
        let entering: Vec<Vec<Fact>> = lp.body.iter().flat_map(|&t| preds[t].iter().map(|e| e.0)).filter(|&q| q < head || q > end).map(|q| facts_after(code, q, &facts[q], rconst, states)).collect();
        let found = inductions(code, states, rconst, facts, &lp, &entering);
        // (Not those an induction range already keeps from going negative.)
        let signed: Vec<EntryRange> = signs(code, states, rconst, facts, &lp).into_iter().filter(|s| !found.iter().any(|f| f.reg == s.reg && f.check.0 >= 0)).collect();
        out.extend(found);
        out.extend(signed);
    }
    out
}

/// The registers of loop `lp` that stay not negative (see `entry_ranges`):
/// an `Int` at its header, not known to be so there, that a product by a
/// small literal or a division or modulo by a positive one in the loop
/// would need fewer instructions for knowing it (`3 * x`: one compare for
/// the overflow check instead of two instructions and a compare), whose
/// every write in the loop gives a value that is not negative when it is
/// not (`x = 3 * x + 1`, `x >>= 1`, `x //= 2`): checked where the loop is
/// entered, it stays so (each write is evaluated from the facts at the
/// start of its straight-line run, with the register not negative there).
fn signs(code: &Code, states: &[Option<Vec<Ty>>], rconst: &[(Option<i64>, Option<i64>)], facts: &[Vec<Fact>], lp: &Loop<'_>) -> Vec<EntryRange> {
    let targets = flow::jump_targets(code);
    let mut out = Vec::new();
    for x in 0..lp.st.len() as u16 {
        if lp.st[x as usize] != Ty::Int || reg_range(lp.at_head, x, None).is_some_and(|r| r.0 >= 0) || !lp.signed_use(code, states, rconst, facts, x) {
            continue;
        }
        let writes: Vec<usize> = lp.body.iter().copied().filter(|&p| flow::writes(code, p).includes(x)).collect();
        let keeps_sign = |p: usize| {
            // The start of the straight-line run `p` is in.
            let k = lp.body.iter().position(|&q| q == p).unwrap_or(0);
            let mut b = k;
            while b > 0 && !targets[lp.body[b]] && flow::falls_through(code.instrs[lp.body[b - 1]].op) && flow::jump_target(code, lp.body[b - 1]).is_none() {
                b -= 1;
            }
            let mut f = facts[lp.body[b]].clone();
            narrow(&mut f, x, (0, SMALL_MAX));
            for &q in &lp.body[b..k] {
                f = facts_after(code, q, &f, rconst, states);
            }
            let after = facts_after(code, p, &f, rconst, states);
            after.iter().any(|g| g.0 == x && g.1 >= 0)
        };
        if !writes.is_empty() && writes.iter().all(|&p| keeps_sign(p)) {
            out.push(EntryRange::new(lp, x, (0, SMALL_MAX), (0, SMALL_MAX)));
        }
    }
    out
}

/// The facts after the instruction at `q` falls through, given `before`
/// (less what it writes, with what it computes: int arithmetic on guarded
/// operands — a result out of the small-int range deoptimizes — bounds
/// its result by its operands' ranges, `arith_range`; a literal; a copy);
/// not what a jump's condition says.
fn facts_after(code: &Code, q: usize, before: &[Fact], rconst: &[(Option<i64>, Option<i64>)], states: &[Option<Vec<Ty>>]) -> Vec<Fact> {
    let ins = code.instrs[q];
    let written = flow::writes(code, q);
    let mut out: Vec<Fact> = before.iter().copied().filter(|f| !written.includes(f.0)).collect();
    if let Some(f) = arith_range(code, q, before, rconst, states) {
        out.push((ins.a, f.0, f.1, false));
    }
    if ins.op == Op::LoadConst {
        if let Some(k) = code.consts.get(ins.b as usize).filter(|v| v.is_small_int()).map(|v| v.as_small_int()) {
            out.push((ins.a, k, k, true));
        }
    }
    if ins.op == Op::Move && ins.a != ins.b {
        if let Some(&(_, lo, hi, all)) = before.iter().find(|f| f.0 == ins.b) {
            out.push((ins.a, lo, hi, all));
        }
    }
    out
}

/// A loop `entry_ranges` looks at: its first and last instruction, its
/// instructions, the state and the facts at its header.
struct Loop<'a> {
    head: usize,
    end: usize,
    body: Vec<usize>,
    st: &'a [Ty],
    at_head: &'a [Fact],
}

impl Loop<'_> {
    /// An `Int` at the header of unknown range there, or one wider than
    /// `INVARIANT_ENTRY`.
    fn wide_int(&self, x: u16) -> bool {
        self.st.get(x as usize) == Some(&Ty::Int) && wide(reg_range(self.at_head, x, None))
    }

    fn writes(&self, code: &Code, x: u16) -> bool {
        self.body.iter().any(|&p| flow::writes(code, p).includes(x))
    }

    /// Whether `x` is an operand of an int `*` in the loop whose other
    /// operand is not a literal.
    fn multiplied(&self, code: &Code, states: &[Option<Vec<Ty>>], rconst: &[(Option<i64>, Option<i64>)], x: u16) -> bool {
        self.body.iter().any(|&p| {
            let ins = code.instrs[p];
            let (kb, kc) = rconst.get(p).copied().unwrap_or((None, None));
            let Some(st) = states.get(p).and_then(|s| s.as_ref()) else { return false };
            let ty = |r: u16| st.get(r as usize).copied().unwrap_or(Ty::Boxed);
            spec::arith_op(ins.op, ins.x) == Some(Op::Mul) && spec::mode(code, p, ins.op, ty(ins.b), ty(ins.c)) == Mode::Int && ((ins.b == x && kc.is_none()) || (ins.c == x && kb.is_none()))
        })
    }

    /// Whether `x` is an operand of an int product by a literal in 2..=9,
    /// or the dividend of a floor division or modulo by a positive literal,
    /// in the loop, where `facts` do not show it not negative.
    fn signed_use(&self, code: &Code, states: &[Option<Vec<Ty>>], rconst: &[(Option<i64>, Option<i64>)], facts: &[Vec<Fact>], x: u16) -> bool {
        self.body.iter().any(|&p| {
            let ins = code.instrs[p];
            let (kb, kc) = rconst.get(p).copied().unwrap_or((None, None));
            let Some(st) = states.get(p).and_then(|s| s.as_ref()) else { return false };
            let ty = |r: u16| st.get(r as usize).copied().unwrap_or(Ty::Boxed);
            if spec::mode(code, p, ins.op, ty(ins.b), ty(ins.c)) != Mode::Int || reg_range(&facts[p], x, None).is_some_and(|r| r.0 >= 0) {
                return false;
            }
            match spec::arith_op(ins.op, ins.x) {
                Some(Op::Mul) => (ins.b == x && matches!(kc, Some(2..=9))) || (ins.c == x && matches!(kb, Some(2..=9))),
                Some(Op::FloorDiv | Op::Mod) => ins.b == x && kc.is_some_and(|c| c > 0),
                _ => false,
            }
        })
    }

    /// Whether the loop adds to or subtracts from an `Int` register other
    /// than `x` (`total += v`: an accumulator, if the trip count is known).
    fn sums(&self, code: &Code, states: &[Option<Vec<Ty>>], rconst: &[(Option<i64>, Option<i64>)], x: u16) -> bool {
        self.body.iter().any(|&p| {
            let a = code.instrs[p].a;
            a != x && self.st.get(a as usize) == Some(&Ty::Int) && step(code, states, rconst, p, a).is_some()
        })
    }

    /// Whether every iteration of the loop runs the instruction at `p`: no
    /// jump before it in the loop goes past it or out of the loop (a
    /// `continue`, an `if` around it), and it is in no inner loop (`inner`).
    fn every_iteration(&self, code: &Code, p: usize, inner: &dyn Fn(usize) -> bool) -> bool {
        !inner(p) && self.body.iter().filter(|&&q| q < p).all(|&q| flow::jump_target(code, q).is_none_or(|t| t >= self.head && t <= p))
    }

    /// How many times the body of a loop `while x < m` (`x <= m`) runs at
    /// most, when `x` is known at the header (`at_head`: an induction
    /// variable's entry range) and every iteration adds a literal of at
    /// least 1 to it.
    fn counted_trips(&self, code: &Code, states: &[Option<Vec<Ty>>], rconst: &[(Option<i64>, Option<i64>)], inner: &dyn Fn(usize) -> bool) -> Option<i128> {
        let last = code.instrs[self.end];
        let only_back_edge = !code.back_edges().iter().any(|&(t, p)| t == self.head && p != self.end);
        let counts = matches!(last.op, Op::JumpIfLt | Op::JumpIfLe) && last.x != pylift_runtime::bytecode::Instr::FUSED_NEGATED;
        if !counts || !only_back_edge || flow::jump_target(code, self.end) != Some(self.head) {
            return None;
        }
        let x = last.a;
        let &(_, lo, hi, _) = self.at_head.iter().find(|f| f.0 == x)?;
        let mut stepped = false;
        for &p in self.body.iter().filter(|&&p| flow::writes(code, p).includes(x)) {
            match step(code, states, rconst, p, x) {
                Some((Op::Add, _, Some(k))) if k >= 1 => stepped |= self.every_iteration(code, p, inner),
                _ => return None,
            }
        }
        stepped.then(|| i128::from(hi) - i128::from(lo) + 1)
    }
}

/// The invariants of loop `lp` (see `entry_ranges`): operands of int
/// `+`, `-`, `*` (the other operand of known range, or an invariant too),
/// of unknown range or one wider than `INVARIANT_ENTRY`. (And the bound of
/// an induction variable's condition: `inductions`.)
fn invariants(code: &Code, states: &[Option<Vec<Ty>>], rconst: &[(Option<i64>, Option<i64>)], facts: &[Vec<Fact>], lp: &Loop<'_>) -> Vec<EntryRange> {
    let mut found: Vec<u16> = Vec::new();
    for &p in &lp.body {
        let ins = code.instrs[p];
        let Some(sp) = states.get(p).and_then(|s| s.as_ref()) else { continue };
        let ty = |r: u16| sp.get(r as usize).copied().unwrap_or(Ty::Boxed);
        let pf = &facts[p];
        let (kb, kc) = rconst.get(p).copied().unwrap_or((None, None));
        let candidate = |r: u16, k: Option<i64>| k.is_none() && lp.wide_int(r) && wide(reg_range(pf, r, None)) && !lp.writes(code, r);
        if !matches!(spec::arith_op(ins.op, ins.x), Some(Op::Add | Op::Sub | Op::Mul)) || spec::mode(code, p, ins.op, ty(ins.b), ty(ins.c)) != Mode::Int {
            continue;
        }
        let known = |r: u16, k: Option<i64>| reg_range(pf, r, k).is_some();
        for (r, k, other, ko) in [(ins.b, kb, ins.c, kc), (ins.c, kc, ins.b, kb)] {
            if candidate(r, k) && (known(other, ko) || candidate(other, ko)) && !found.contains(&r) {
                found.push(r);
            }
        }
    }
    let limit = (-INVARIANT_ENTRY, INVARIANT_ENTRY);
    found.into_iter().map(|reg| EntryRange::new(lp, reg, limit, limit)).collect()
}

/// The induction variables of loop `lp` (see `entry_ranges`): an `Int` at
/// its header that every write in the loop adds a value that is not
/// negative to (`j += i`, `i = i + 1`), on every edge into the loop from
/// outside at least some known `low` (`j = i * i`, `i = 2`): checked so
/// where the loop is entered, it stays so. Its upper bound is the loop
/// condition's (`while j <= limit`, `limit` of known range), else the
/// small-int end (checked too: such an `x + y` may leave the range, which
/// deoptimizes). Likewise for one that only decreases.
///
/// A step the loop does not change, of unknown sign (`j += i`), is taken
/// to go towards the condition's bound (`while j <= limit` would not end
/// otherwise) and checked so where the loop is entered (in [0,
/// `INVARIANT_ENTRY`]).
fn inductions(code: &Code, states: &[Option<Vec<Ty>>], rconst: &[(Option<i64>, Option<i64>)], facts: &[Vec<Fact>], lp: &Loop<'_>, entering: &[Vec<Fact>]) -> Vec<EntryRange> {
    let mut out = Vec::new();
    if entering.is_empty() {
        return out;
    }
    let last = code.instrs[lp.end];
    // (The condition's bound holds at the header only if its jump is the
    // one backward jump there.)
    let only_back_edge = !code.back_edges().iter().any(|&(t, p)| t == lp.head && p != lp.end);
    let conditional = last.x != pylift_runtime::bytecode::Instr::FUSED_NEGATED && flow::jump_target(code, lp.end) == Some(lp.head) && last.a != last.b && only_back_edge;
    for x in 0..lp.st.len() as u16 {
        if lp.st[x as usize] != Ty::Int {
            continue;
        }
        // The way the condition bounds `x`: +1 from above, -1 from below.
        let toward = match last.op {
            Op::JumpIfLt | Op::JumpIfLe if conditional && last.a == x => 1,
            Op::JumpIfGt | Op::JumpIfGe if conditional && last.a == x => -1,
            _ => 0,
        };
        // The sign of every step (+1 up, -1 down), and the steps whose
        // sign is taken from the condition.
        let mut dir = 0;
        let mut writes = 0;
        let mut assumed: Vec<EntryRange> = Vec::new();
        for &p in lp.body.iter().filter(|&&p| flow::writes(code, p).includes(x)) {
            writes += 1;
            let Some((op, y, k)) = step(code, states, rconst, p, x) else {
                dir = 2;
                break;
            };
            let sign = |d: i32| if op == Op::Sub { -d } else { d };
            let step = match reg_range(&facts[p], y, k) {
                Some((lo, _)) if lo >= 0 => sign(1),
                Some((_, hi)) if hi <= 0 => sign(-1),
                None if k.is_none() && toward != 0 && lp.wide_int(y) && !lp.writes(code, y) => {
                    let range = if sign(toward) == 1 { (0, INVARIANT_ENTRY) } else { (-INVARIANT_ENTRY, 0) };
                    assumed.push(EntryRange::new(lp, y, range, range));
                    toward
                }
                _ => 2,
            };
            if step == 2 || (dir != 0 && step != dir) {
                dir = 2;
                break;
            }
            dir = step;
        }
        // (Also the counter of a `while x < m` loop that sums into another
        // register: its range bounds the trip count, `Loop::counted_trips`.)
        let counts_sums = toward == 1 && dir == 1 && lp.sums(code, states, rconst, x);
        if writes == 0 || dir == 2 || !(counts_sums || unsafe_use(code, states, rconst, facts, lp, x)) {
            continue;
        }
        // Its bound where the loop is entered: the join over the edges in
        // (the small-int end if one does not know it).
        let end_of_range = if dir == 1 { SMALL_MIN } else { SMALL_MAX };
        let bound = entering
            .iter()
            .map(|f| f.iter().find(|f| f.0 == x).map_or(end_of_range, |&(_, lo, hi, _)| if dir == 1 { lo } else { hi }))
            .reduce(|a, b| if dir == 1 { a.min(b) } else { a.max(b) })
            .unwrap_or(end_of_range);
        // The loop condition, at its last instruction: `x <= m` (`x >= m`).
        let mut far = if dir == 1 { SMALL_MAX } else { SMALL_MIN };
        if toward == dir {
            let k = rconst.get(lp.end).and_then(|c| c.0);
            let mut m = reg_range(&facts[lp.end], last.b, k);
            if k.is_none() && wide(m) && lp.wide_int(last.b) && !lp.writes(code, last.b) {
                // A bound the loop does not change, checked as an invariant
                // (more closely if `x` is multiplied by a register).
                let e = if lp.multiplied(code, states, rconst, x) { PRODUCT_ENTRY } else { INVARIANT_ENTRY };
                let limit = (-e, e);
                assumed.push(EntryRange::new(lp, last.b, limit, limit));
                m = Some((i128::from(limit.0).max(m.map_or(i128::MIN, |r| r.0)), i128::from(limit.1).min(m.map_or(i128::MAX, |r| r.1))));
            }
            if let Some((mlo, mhi)) = m {
                far = match last.op {
                    Op::JumpIfLe => mhi.min(i128::from(SMALL_MAX)) as i64,
                    Op::JumpIfLt => (mhi - 1).min(i128::from(SMALL_MAX)) as i64,
                    Op::JumpIfGe => mlo.max(i128::from(SMALL_MIN)) as i64,
                    _ => (mlo + 1).max(i128::from(SMALL_MIN)) as i64,
                };
            }
        }
        let range = if dir == 1 { (bound, far) } else { (far, bound) };
        if range.0 <= range.1 && range != (SMALL_MIN, SMALL_MAX) {
            out.push(EntryRange::new(lp, x, range, range));
            out.extend(assumed);
        }
    }
    out
}

/// The accumulators of loop `lp` (see `entry_ranges`): none unless it is a
/// `for` loop whose variable's range is known and whose only backward jump
/// to its header is its `ForIter`'s, or a counted `while` loop
/// (`Loop::counted_trips`).
fn accumulators(code: &Code, states: &[Option<Vec<Ty>>], rconst: &[(Option<i64>, Option<i64>)], facts: &[Vec<Fact>], lp: &Loop<'_>, spans: &[(usize, usize)]) -> Vec<EntryRange> {
    let (head, end) = (lp.head, lp.end);
    let last = code.instrs[end];
    let inner = |p: usize| spans.iter().any(|&(h, e)| (h, e) != (head, end) && h >= head && e <= end && (h..=e).contains(&p));
    let trips = if last.op == Op::ForIter {
        if flow::jump_target(code, end) != Some(head) || code.back_edges().iter().any(|&(t, p)| t == head && p != end) {
            return Vec::new();
        }
        let Some(&(_, lo, hi, _)) = lp.at_head.iter().find(|f| f.0 == last.a) else { return Vec::new() };
        i128::from(hi) - i128::from(lo) + 1
    } else {
        let Some(trips) = lp.counted_trips(code, states, rconst, &inner) else { return Vec::new() };
        trips
    };
    let mut out = Vec::new();
    for x in 0..lp.st.len() as u16 {
        if lp.st[x as usize] != Ty::Int || x == last.a {
            continue;
        }
        // The bound of what each iteration adds: the sum over the writes.
        let mut sum: Option<i128> = Some(0);
        let mut writes = 0;
        for &p in lp.body.iter().filter(|&&p| p < end && flow::writes(code, p).includes(x)) {
            writes += 1;
            sum = sum.zip(delta(code, states, rconst, facts, p, x).filter(|_| !inner(p))).map(|(s, (lo, hi))| s + lo.abs().max(hi.abs()));
        }
        let Some(sum) = sum.filter(|_| writes > 0) else { continue };
        let bound = i128::from(ACC_ENTRY) + trips * sum;
        if bound + sum <= i128::from(SMALL_MAX) {
            out.push(EntryRange::new(lp, x, (-ACC_ENTRY, ACC_ENTRY), (-(bound as i64), bound as i64)));
        }
    }
    out
}

/// Whether `x` is an operand of an int `+`, `-` or `*` in loop `lp` that
/// `facts` do not show to stay a small int, other than a step by a literal
/// (which `bounded_steps` may cover): where knowing its range may help.
fn unsafe_use(code: &Code, states: &[Option<Vec<Ty>>], rconst: &[(Option<i64>, Option<i64>)], facts: &[Vec<Fact>], lp: &Loop<'_>, x: u16) -> bool {
    let small = i128::from(SMALL_MIN)..=i128::from(SMALL_MAX);
    lp.body.iter().any(|&p| {
        let ins = code.instrs[p];
        let Some(op @ (Op::Add | Op::Sub | Op::Mul)) = spec::arith_op(ins.op, ins.x) else { return false };
        let (kb, kc) = rconst.get(p).copied().unwrap_or((None, None));
        if !(ins.b == x || ins.c == x) || step(code, states, rconst, p, x).is_some_and(|s| s.2.is_some()) {
            return false;
        }
        let Some(st) = states.get(p).and_then(|s| s.as_ref()) else { return false };
        let ty = |r: u16| st.get(r as usize).copied().unwrap_or(Ty::Boxed);
        if spec::mode(code, p, ins.op, ty(ins.b), ty(ins.c)) != Mode::Int {
            return false;
        }
        let range = reg_range(&facts[p], ins.b, kb).zip(reg_range(&facts[p], ins.c, kc)).and_then(|(a, b)| op_range(op, a, b));
        !range.is_some_and(|(lo, hi)| small.contains(&lo) && small.contains(&hi))
    })
}

/// If the instruction at `p` is an int `x = x + y` or `x = x - y` (`y` not
/// `x`): the operation, `y` and the literal it holds if any.
fn step(code: &Code, states: &[Option<Vec<Ty>>], rconst: &[(Option<i64>, Option<i64>)], p: usize, x: u16) -> Option<(Op, u16, Option<i64>)> {
    let ins = code.instrs[p];
    let op = spec::arith_op(ins.op, ins.x)?;
    let (kb, kc) = rconst.get(p).copied().unwrap_or((None, None));
    let (y, k) = match op {
        Op::Add if ins.b == x && ins.c != x => (ins.c, kc),
        Op::Add if ins.c == x && ins.b != x => (ins.b, kb),
        Op::Sub if ins.b == x && ins.c != x => (ins.c, kc),
        _ => return None,
    };
    let st = states.get(p)?.as_ref()?;
    let ty = |r: u16| st.get(r as usize).copied().unwrap_or(Ty::Boxed);
    if ins.a != x || spec::mode(code, p, ins.op, ty(ins.b), ty(ins.c)) != Mode::Int {
        return None;
    }
    Some((op, y, k))
}

/// The range of what the instruction at `p` adds to `x` (see `step`), by `facts`.
fn delta(code: &Code, states: &[Option<Vec<Ty>>], rconst: &[(Option<i64>, Option<i64>)], facts: &[Vec<Fact>], p: usize, x: u16) -> Option<(i128, i128)> {
    let (op, y, k) = step(code, states, rconst, p, x)?;
    let (lo, hi) = reg_range(facts.get(p)?, y, k)?;
    Some(if op == Op::Sub { (-hi, -lo) } else { (lo, hi) })
}
