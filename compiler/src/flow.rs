//! Control and data flow over register bytecode: which registers each
//! instruction reads and writes, its successors, basic-block starts and
//! register liveness. The type analysis and the translator both build on it.
//!
//! Effects are exact for the instructions hot code uses; the rest report
//! "all registers" (read: everything stays live; write: every register's
//! type is forgotten), which is always safe.

use pylift_runtime::bytecode::{Code, Op, NO_REG};

/// Registers an instruction writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writes {
    None,
    /// `n` consecutive registers from the first.
    Range(u16, u16),
    /// Possibly any register.
    All,
}

impl Writes {
    /// Whether register `r` may be written.
    pub fn includes(self, r: u16) -> bool {
        match self {
            Writes::None => false,
            Writes::Range(a, n) => (a..a.saturating_add(n)).contains(&r),
            Writes::All => true,
        }
    }
}

/// The registers the instruction at `pc` reads; `None` means any of them.
pub fn reads(code: &Code, pc: usize) -> Option<Vec<u16>> {
    let ins = code.instrs[pc];
    let (a, b, c) = (ins.a, ins.b, ins.c);
    let span = |first: u16, n: u16| (first..first.saturating_add(n)).collect::<Vec<u16>>();
    Some(match ins.op {
        Op::Nop | Op::Jump | Op::LoadConst | Op::LoadGlobal | Op::LoadCommon | Op::PopExcInfo | Op::DeleteGlobal | Op::LoadName | Op::DeleteName | Op::ClearTemps => vec![],
        Op::Move | Op::LoadAttr | Op::LoadMethod | Op::GetIter | Op::Neg | Op::Pos | Op::Invert | Op::Not | Op::ForIter | Op::ListToTuple | Op::UnpackSeq | Op::UnpackEx | Op::LoadDeref => vec![b],
        Op::CheckBound | Op::DeleteFast | Op::StoreGlobal | Op::StoreName | Op::Return | Op::PushExcInfo | Op::Reraise | Op::JumpIfFalse | Op::JumpIfTrue | Op::DeleteAttr => vec![a],
        Op::StoreAttr | Op::ListAppend | Op::ListExtend | Op::SetAdd | Op::SetUpdate | Op::DictUpdate | Op::DictMerge | Op::DelItem | Op::StoreDeref => vec![a, b],
        Op::JumpIfLt | Op::JumpIfLe | Op::JumpIfGt | Op::JumpIfGe | Op::JumpIfEq | Op::JumpIfNe => vec![a, b],
        Op::Add | Op::Sub | Op::Mul | Op::TrueDiv | Op::FloorDiv | Op::Mod | Op::Pow | Op::LShift | Op::RShift | Op::BitAnd | Op::BitOr | Op::BitXor | Op::MatMul | Op::Inplace => vec![b, c],
        Op::Lt | Op::Le | Op::Eq | Op::Ne | Op::Gt | Op::Ge | Op::Is | Op::IsNot | Op::In | Op::NotIn | Op::GetItem | Op::ExcMatch => vec![b, c],
        Op::SetItem | Op::MapAdd => vec![a, b, c],
        Op::BuildList | Op::BuildTuple | Op::BuildSet | Op::BuildString | Op::BuildSlice => span(b, c),
        Op::BuildMap => span(b, c.saturating_mul(2)),
        Op::FormatValue => {
            if c == NO_REG {
                vec![b]
            } else {
                vec![b, c]
            }
        }
        Op::Call | Op::CallKw => span(b, c + 1),
        Op::CallMethod | Op::CallMethodKw => span(b, c + 2),
        Op::CallEx => span(b, 2 + (ins.x == 1) as u16),
        Op::MatchHelper => match (ins.x, c) {
            (pylift_runtime::ops::matching::CLASS, _) => vec![b, c, c + 1, c + 2],
            (_, NO_REG) => vec![b],
            _ => vec![b, c],
        },
        // The value yielded (and `yield from`'s value sent on).
        Op::Yield => vec![b],
        Op::YieldFrom => vec![a, b],
        Op::Raise => {
            let mut v = vec![];
            if ins.x >= 1 {
                v.push(a);
            }
            if ins.x == 2 {
                v.push(b);
            }
            v
        }
        _ => return None,
    })
}

/// The registers the instruction at `pc` writes.
pub fn writes(code: &Code, pc: usize) -> Writes {
    let ins = code.instrs[pc];
    let a = ins.a;
    match ins.op {
        Op::Move | Op::LoadConst | Op::LoadGlobal | Op::LoadName | Op::LoadDeref | Op::LoadAttr | Op::LoadCommon | Op::DeleteFast => Writes::Range(a, 1),
        Op::Add | Op::Sub | Op::Mul | Op::TrueDiv | Op::FloorDiv | Op::Mod | Op::Pow | Op::LShift | Op::RShift | Op::BitAnd | Op::BitOr | Op::BitXor | Op::MatMul | Op::Inplace => Writes::Range(a, 1),
        Op::Neg | Op::Pos | Op::Invert | Op::Not | Op::Lt | Op::Le | Op::Eq | Op::Ne | Op::Gt | Op::Ge | Op::Is | Op::IsNot | Op::In | Op::NotIn => Writes::Range(a, 1),
        Op::GetIter
        | Op::ForIter
        | Op::BuildList
        | Op::BuildTuple
        | Op::BuildSet
        | Op::BuildMap
        | Op::BuildString
        | Op::BuildSlice
        | Op::ListToTuple
        | Op::FormatValue
        | Op::GetItem
        | Op::ExcMatch
        | Op::MatchHelper => Writes::Range(a, 1),
        Op::Call | Op::CallKw | Op::CallMethod | Op::CallMethodKw | Op::CallEx => Writes::Range(a, 1),
        // The value sent in when the generator resumes.
        Op::Yield => Writes::Range(a, 1),
        Op::LoadMethod => Writes::Range(a, 2),
        Op::UnpackSeq | Op::ClearTemps => Writes::Range(a, ins.c),
        Op::UnpackEx => Writes::Range(a, (ins.c & 0xff) + (ins.c >> 8) + 1),
        Op::Nop | Op::Jump | Op::JumpIfFalse | Op::JumpIfTrue | Op::JumpIfLt | Op::JumpIfLe | Op::JumpIfGt | Op::JumpIfGe | Op::JumpIfEq | Op::JumpIfNe => Writes::None,
        Op::CheckBound | Op::StoreGlobal | Op::StoreName | Op::StoreAttr | Op::SetItem | Op::ListAppend | Op::SetAdd | Op::MapAdd | Op::Return | Op::Raise | Op::Reraise => Writes::None,
        _ => Writes::All,
    }
}

/// The jump target of the instruction at `pc`, if it jumps.
pub fn jump_target(code: &Code, pc: usize) -> Option<usize> {
    code.jump_target(pc)
}

/// Whether control can fall through to the next instruction.
pub fn falls_through(op: Op) -> bool {
    !matches!(op, Op::Jump | Op::Return | Op::Raise | Op::Reraise | Op::Yield | Op::YieldFrom)
}

/// The instruction after `pc`.
pub fn next_pc(code: &Code, pc: usize) -> usize {
    pc + code.instrs[pc].info().words as usize
}

/// Normal-flow successors of `pc` (exception edges are not included).
pub fn successors(code: &Code, pc: usize) -> Vec<usize> {
    let mut s = Vec::with_capacity(2);
    let op = code.instrs[pc].op;
    // A generator resumes after its `yield`, with its registers as they
    // were: for liveness the yield continues there.
    if falls_through(op) || matches!(op, Op::Yield | Op::YieldFrom) {
        s.push(next_pc(code, pc));
    }
    if let Some(t) = jump_target(code, pc) {
        if !s.contains(&t) {
            s.push(t);
        }
    }
    s
}

/// Instruction starts, in order.
pub fn instruction_starts(code: &Code) -> Vec<usize> {
    let mut v = Vec::new();
    let mut pc = 0;
    while pc < code.instrs.len() {
        v.push(pc);
        pc = next_pc(code, pc);
    }
    v
}

/// Per instruction index: whether some jump targets it.
pub fn jump_targets(code: &Code) -> Vec<bool> {
    let mut target = vec![false; code.instrs.len() + 1];
    for pc in instruction_starts(code) {
        if let Some(t) = jump_target(code, pc) {
            if let Some(x) = target.get_mut(t) {
                *x = true;
            }
        }
    }
    target
}

/// The loops of `code`: (first, last instruction) per backward edge's
/// target (several back-edges to one start, as `continue` makes, make one
/// loop, up to the last).
pub fn loop_spans(code: &Code) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (to, pc) in code.back_edges() {
        match spans.iter_mut().find(|s| s.0 == to) {
            Some(s) => s.1 = s.1.max(pc),
            None => spans.push((to, pc)),
        }
    }
    spans
}

/// Instruction starts that backward jumps target: the loop headers, where
/// on-stack replacement may enter.
pub fn loop_headers(code: &Code) -> Vec<u32> {
    let mut heads: Vec<u32> = code.back_edges().into_iter().map(|(t, _)| t as u32).collect();
    heads.sort_unstable();
    heads.dedup();
    heads
}

/// Per instruction: the small-int constants its operand registers `b` and
/// `c` hold, when a `LoadConst` shortly before (in straight-line code, with
/// no other write to the register in between) loaded them: the bytecode
/// compiler loads literal operands right before their use, so `x % 64`,
/// `x // 3` or `xs[0]` can be compiled for that constant.
pub fn const_operands(code: &Code) -> Vec<(Option<i64>, Option<i64>)> {
    let starts = instruction_starts(code);
    let target = jump_targets(code);
    let mut out = vec![(None, None); code.instrs.len()];
    for (k, &pc) in starts.iter().enumerate() {
        let ins = code.instrs[pc];
        out[pc] = (literal_before(code, &starts, &target, k, ins.b), literal_before(code, &starts, &target, k, ins.c));
    }
    out
}

/// The small-int literal register `reg` holds at instruction `starts[k]`,
/// if a `LoadConst` a few instructions before (straight-line, no other
/// write of `reg` in between) loaded it.
pub fn literal_before(code: &Code, starts: &[usize], target: &[bool], k: usize, reg: u16) -> Option<i64> {
    const WINDOW: usize = 4;
    let mut at = *starts.get(k)?;
    for &p in starts[..k].iter().rev().take(WINDOW) {
        if target[at] {
            return None;
        }
        at = p;
        let prev = code.instrs[p];
        match writes(code, p) {
            Writes::Range(a, n) if (a..a.saturating_add(n)).contains(&reg) => {
                return (prev.op == Op::LoadConst && n == 1).then(|| code.consts.get(prev.b as usize).filter(|v| v.is_small_int()).map(|v| v.as_small_int())).flatten();
            }
            Writes::All => return None,
            _ => {}
        }
    }
    None
}

/// A set of registers.
#[derive(Clone, PartialEq, Eq)]
pub struct RegSet(Vec<u64>);

impl RegSet {
    pub fn new(n: usize) -> RegSet {
        RegSet(vec![0; n.div_ceil(64)])
    }
    pub fn full(n: usize) -> RegSet {
        let mut s = RegSet::new(n);
        for r in 0..n {
            s.insert(r as u16);
        }
        s
    }
    pub fn insert(&mut self, r: u16) {
        if let Some(w) = self.0.get_mut(r as usize / 64) {
            *w |= 1 << (r % 64);
        }
    }
    pub fn remove(&mut self, r: u16) {
        if let Some(w) = self.0.get_mut(r as usize / 64) {
            *w &= !(1 << (r % 64));
        }
    }
    pub fn contains(&self, r: u16) -> bool {
        self.0.get(r as usize / 64).is_some_and(|w| w & (1 << (r % 64)) != 0)
    }
    fn union_with(&mut self, o: &RegSet) {
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a |= b;
        }
    }
}

/// Names whose use lets a program look at a frame's variables (`locals()`
/// and friends): such functions keep every register live.
fn introspects(code: &Code) -> bool {
    code.names.iter().any(|n| matches!(n.as_str(), Some("locals" | "vars" | "dir" | "eval" | "exec" | "_getframe")))
}

/// Registers live on entry to each instruction. Exception handlers count as
/// successors of the instructions they cover (they read the frame after an
/// exit to the interpreter).
pub fn liveness(code: &Code) -> Vec<RegSet> {
    let n = code.nregs as usize;
    let len = code.instrs.len();
    if introspects(code) {
        return vec![RegSet::full(n); len + 1];
    }
    let starts = instruction_starts(code);
    let mut live_in = vec![RegSet::new(n); len + 1];
    let mut changed = true;
    while changed {
        changed = false;
        for &pc in starts.iter().rev() {
            let mut out = RegSet::new(n);
            // `ForIter` writes its target register only when it yields
            // (the jump into the body): an exhausted loop leaves the
            // variable as it was, for the code after the loop to read.
            let for_iter = (code.instrs[pc].op == Op::ForIter).then(|| (jump_target(code, pc), code.instrs[pc].a));
            for s in successors(code, pc) {
                if let Some(l) = live_in.get(s) {
                    match for_iter {
                        Some((Some(body), a)) if body == s => {
                            let mut l = l.clone();
                            l.remove(a);
                            out.union_with(&l);
                        }
                        _ => out.union_with(l),
                    }
                }
            }
            if let Some(h) = code.find_handler(pc) {
                out.union_with(&live_in[h.handler as usize]);
            }
            match writes(code, pc) {
                _ if for_iter.is_some() => {}
                Writes::Range(a, k) => {
                    for r in a..a.saturating_add(k) {
                        out.remove(r);
                    }
                }
                Writes::None | Writes::All => {}
            }
            match reads(code, pc) {
                Some(rs) => {
                    for r in rs {
                        out.insert(r);
                    }
                }
                None => out = RegSet::full(n),
            }
            if out != live_in[pc] {
                live_in[pc] = out;
                changed = true;
            }
        }
    }
    live_in
}

/// Whether register `r` is a temporary (not a named local, cell or free
/// variable). A named local keeps its object alive until it is rebound or
/// the frame ends, read again or not (CPython's lifetimes, which weakrefs
/// and `__del__` observe); a temporary may be released once dead.
pub fn is_temp(code: &Code, r: u16) -> bool {
    r as usize >= code.varnames.len() && !code.free_regs.contains(&r) && !code.cell_regs.iter().any(|&(c, _)| c == r)
}
