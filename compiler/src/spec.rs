//! Type specialization: which representation each register has at each
//! instruction, decided from the interpreter's type feedback.
//!
//! A register is `Boxed` (its frame slot holds the value, as in the
//! interpreter), `Int` (an unboxed small int in a machine register) or
//! `Float` (an unboxed double). Instructions whose feedback saw only ints
//! (or floats) get an `Int` (`Float`) mode: their operands are guarded to
//! that type (a failed guard deoptimizes: the frame is written back and the
//! interpreter resumes at the instruction) and their results stay unboxed.
//! The analysis is a forward dataflow to a fixed point over the bytecode's
//! normal control flow; loop headers speculate that a register the loop
//! keeps unboxed is unboxed on entry too (guarded on the entry edge), which
//! is what keeps loop-carried variables in machine registers.
//!
//! The translator replays the same `mode` decisions from the same states,
//! so analysis and code generation cannot disagree.

use crate::flow::{self, RegSet, Writes};
use pylift_runtime::bytecode::{Code, Op};
use pylift_runtime::feedback::{T_FLOAT, T_INT};
use pylift_runtime::jit::Intrinsic;

/// What the translator knows about instructions besides their feedback.
#[derive(Default, Clone)]
pub struct Hints {
    /// Per `LoadGlobal`: the type of the constant it folds to (`Folded`
    /// for a direct or intrinsic call's callee).
    pub globals: Vec<Option<Ty>>,
    /// Per `Call`: the builtin it computes inline.
    pub intrinsics: Vec<Option<Intrinsic>>,
    /// Per `GetIter`: the virtual iterator it makes (`Ty::VRange` for a
    /// `range(...)` computed inline, `Ty::VList` for a list), for a loop
    /// that can keep its iterator virtual.
    pub virtual_iter: Vec<Option<Ty>>,
    /// Per register: every virtual range iterator it holds steps by 1
    /// (each `GetIter` making one follows a `range` call of one or two
    /// arguments; one taken over from the frame is guarded to), so the
    /// loop test is `next < stop` and the step an increment.
    pub unit_step: Vec<bool>,
    /// Per `Call`: the unboxed type it returns (a frameless callee's, or an
    /// inlined callee's).
    pub call_results: Vec<Option<Ty>>,
    /// A `Move` out of a temporary that dies there moves its reference and
    /// leaves the slot unbound (`Clean`), as a framed translation does (and
    /// an `UnpackSeq` releases it); a frameless or inlined one copies it.
    pub moves_temps: bool,
}

/// The result type of intrinsic `k` with argument types `x` (and `y`), if
/// it is computed inline for them.
pub fn intrinsic_ty(k: Intrinsic, x: Ty, y: Ty) -> Option<Ty> {
    match k {
        Intrinsic::Sqrt => Some(Ty::Float),
        Intrinsic::Len => Some(Ty::Int),
        Intrinsic::Abs => matches!(x, Ty::Int | Ty::Float).then_some(x),
        Intrinsic::Min | Intrinsic::Max => (x == y && matches!(x, Ty::Int | Ty::Float)).then_some(x),
        Intrinsic::Range => None,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// Not live here: the frame slot holds some valid value; no machine copy.
    Dead,
    /// Not live here, and the frame slot holds a value that owns nothing (a
    /// stale int or float, or unbound): writing an unboxed value needs no
    /// store to release it.
    Clean,
    Boxed,
    Int,
    Float,
    /// An unboxed bool: 0 or 1 in the register's int variable (the boxed
    /// forms `False`/`True` are `BITS_FALSE + b`, immediates owning nothing).
    Bool,
    /// The frame slot owns a range iterator whose next, stop and step are
    /// small ints (checked when it became one); the register's int variable
    /// holds the object's address, so a range loop steps it with no checks.
    RangeIter,
    /// The frame slot owns a list; the register's int variable holds the
    /// object's address, so indexing it needs no type check.
    List,
    /// The value the `LoadGlobal` at this pc folded to (a function or
    /// builtin a direct or intrinsic call calls, pinned by the code), known
    /// by identity and not stored: the slot owns nothing until something
    /// that may read the frame needs it (then it is written, owning a
    /// reference, and the register is `Boxed`). Saves the store, the
    /// reference count traffic and the call's identity check.
    Folded(u32),
    /// A range iterator that exists only in machine registers (the int
    /// variable holds its next value, two more its stop and step, all small
    /// ints): `for i in range(...)` allocates nothing. The slot owns
    /// nothing; anything that may read the frame gets a real iterator
    /// written into it (see `Hints::virtual_iter` for the loops that
    /// qualify).
    VRange,
    /// A list iterator that exists only as its index (in the int variable):
    /// the slot owns the list itself (its address is in the first extra
    /// variable), so `for x in a_list` allocates nothing; written into the
    /// frame as a real iterator where the interpreter may take over.
    VList,
}

impl Ty {
    /// Held in a machine register; the frame slot owns nothing.
    pub fn unboxed(self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool)
    }

    /// The frame slot owns nothing (writing it needs no release).
    pub fn owns_nothing(self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool | Ty::Clean | Ty::Folded(_) | Ty::VRange)
    }
}

/// How an arithmetic or comparison instruction is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Both operands small ints (guarded); result int (overflow deopts).
    Int,
    /// Both operands floats (guarded; boxed operands become `Float`).
    Float,
    /// Operands ints or floats, converted to doubles (at least one is a
    /// float, or the operation is `/`); result float.
    Mixed,
    /// On the boxed values in the frame: inline tag checks for the
    /// int/float cases, the runtime otherwise; result boxed.
    Boxed,
}

/// The binary opcode an `Inplace` instruction's flag names, if inlined.
pub fn inplace_op(x: u8) -> Option<Op> {
    Some(match x {
        0 => Op::Add,
        1 => Op::Sub,
        2 => Op::Mul,
        3 => Op::TrueDiv,
        4 => Op::FloorDiv,
        5 => Op::Mod,
        7 => Op::LShift,
        8 => Op::RShift,
        9 => Op::BitAnd,
        10 => Op::BitOr,
        11 => Op::BitXor,
        _ => return None,
    })
}

/// The arithmetic operation of the instruction (in-place ones mapped to
/// their binary opcode), if it is one the JIT inlines.
pub fn arith_op(op: Op, x: u8) -> Option<Op> {
    match op {
        Op::Add | Op::Sub | Op::Mul | Op::TrueDiv | Op::FloorDiv | Op::Mod | Op::LShift | Op::RShift | Op::BitAnd | Op::BitOr | Op::BitXor => Some(op),
        Op::Inplace => inplace_op(x),
        _ => None,
    }
}

pub fn is_compare(op: Op) -> bool {
    matches!(op, Op::Lt | Op::Le | Op::Gt | Op::Ge | Op::Eq | Op::Ne | Op::JumpIfLt | Op::JumpIfLe | Op::JumpIfGt | Op::JumpIfGe | Op::JumpIfEq | Op::JumpIfNe)
}

pub fn feedback(code: &Code, pc: usize) -> pylift_runtime::feedback::Bits {
    code.feedback.get(pc).map_or(0, |c| c.get())
}

/// The mode of arithmetic `op` (or a comparison when `op` is one) at `pc`
/// with operand types `x`, `y`.
pub fn mode(code: &Code, pc: usize, op: Op, x: Ty, y: Ty) -> Mode {
    let fb = feedback(code, pc);
    if fb == 0 || code.jit.deopted_at(pc) {
        return Mode::Boxed;
    }
    let guardable = |t: Ty, want: Ty| t == want || matches!(t, Ty::Boxed | Ty::Dead | Ty::Clean);
    let compare = is_compare(op);
    let int_ok = compare || !matches!(op, Op::TrueDiv);
    let float_ok = compare || matches!(op, Op::Add | Op::Sub | Op::Mul | Op::TrueDiv);
    if fb == T_INT && int_ok && guardable(x, Ty::Int) && guardable(y, Ty::Int) {
        return Mode::Int;
    }
    if fb == T_FLOAT && float_ok && guardable(x, Ty::Float) && guardable(y, Ty::Float) {
        return Mode::Float;
    }
    if fb & !(T_INT | T_FLOAT) == 0 && float_ok {
        // Mixed operands: the result is a float only if one operand is.
        let float_result = compare || op == Op::TrueDiv || x == Ty::Float || y == Ty::Float;
        if float_result {
            return Mode::Mixed;
        }
    }
    Mode::Boxed
}

/// The type a `GetItem` at `pc` produces unboxed (its feedback records the
/// results): elements seen only as floats or only as small ints, guarded.
pub fn item_ty(code: &Code, pc: usize) -> Option<Ty> {
    if code.jit.deopted_at(pc) {
        return None;
    }
    match feedback(code, pc) & pylift_runtime::feedback::T_VALUES {
        T_FLOAT => Some(Ty::Float),
        T_INT => Some(Ty::Int),
        pylift_runtime::feedback::T_BOOL => Some(Ty::Bool),
        _ => None,
    }
}

/// The type a `LoadAttr` at `pc` produces unboxed: its results were seen
/// only as small ints, only as floats or only as bools (guarded where the
/// attribute is loaded inline; see `feedback::R_INT`).
pub fn attr_ty(code: &Code, pc: usize) -> Option<Ty> {
    use pylift_runtime::feedback::{R_ANY, R_BOOL, R_FLOAT, R_INT};
    if code.jit.deopted_at(pc) {
        return None;
    }
    match feedback(code, pc) & R_ANY {
        R_INT => Some(Ty::Int),
        R_FLOAT => Some(Ty::Float),
        R_BOOL => Some(Ty::Bool),
        _ => None,
    }
}

/// The register a `GetItem`/`SetItem` at `pc` indexes, if the interpreter
/// only ever saw a list there (native code then checks that once, by a
/// guard, and knows the register holds a list until it is rebound).
pub fn indexed_list(code: &Code, pc: usize) -> Option<u16> {
    use pylift_runtime::feedback::{T_BOOL, T_COMPACT, T_IN_LIST, T_IN_OTHER, T_ITEMS, T_LIST};
    if code.jit.deopted_at(pc) {
        return None;
    }
    let ins = code.instrs[pc];
    let fb = feedback(code, pc);
    match ins.op {
        Op::GetItem if fb & (T_IN_LIST | T_IN_OTHER) == T_IN_LIST => Some(ins.b),
        // SetItem's feedback is the container's and the key's types (and
        // the list's form, `T_ITEMS` or `T_COMPACT`: a list either way).
        Op::SetItem if fb & !(T_INT | T_BOOL | T_ITEMS | T_COMPACT) == T_LIST => Some(ins.a),
        _ => None,
    }
}

/// Whether the `UnpackSeq` at `pc` has only ever unpacked tuples and lists
/// (then anything else, or a length mismatch, deoptimizes instead of
/// running through the runtime and rejoining: a loop unpacking its items
/// stays free of calls).
pub fn unpacks_sequences(code: &Code, pc: usize) -> bool {
    use pylift_runtime::feedback::{T_LIST, T_TUPLE};
    let fb = feedback(code, pc);
    fb != 0 && fb & !(T_TUPLE | T_LIST) == 0 && !code.jit.deopted_at(pc)
}

/// Whether `ForIter` at `pc` steps a range iterator inline.
pub fn range_loop(code: &Code, pc: usize) -> bool {
    feedback(code, pc) == T_INT && !code.jit.deopted_at(pc)
}

/// Whether the `GetItem`/`SetItem` at `pc` only ever indexed compact
/// lists (bools kept as bytes), and no list with items deoptimized the
/// function for it: it is compiled for compact lists alone
/// (`deopt_items_list` otherwise).
pub fn only_compact_lists(code: &Code, pc: usize) -> bool {
    use pylift_runtime::feedback::{T_COMPACT, T_ITEMS};
    let fb = feedback(code, pc);
    fb & T_COMPACT != 0 && fb & T_ITEMS == 0 && !code.jit.items_lists.get()
}

/// Whether `ForIter` at `pc` steps a list iterator inline.
pub fn list_loop(code: &Code, pc: usize) -> bool {
    feedback(code, pc) == pylift_runtime::feedback::T_LIST && !code.jit.deopted_at(pc)
}

/// The result type of an instruction the translator specializes, given the
/// input state (`None`: the instruction runs through the runtime and its
/// results are boxed).
fn result_ty(code: &Code, pc: usize, st: &[Ty], hints: &Hints) -> Option<Ty> {
    let ins = code.instrs[pc];
    let t = |r: u16| st.get(r as usize).copied().unwrap_or(Ty::Boxed);
    if let Some(op) = arith_op(ins.op, ins.x) {
        return Some(match mode(code, pc, op, t(ins.b), t(ins.c)) {
            Mode::Int => Ty::Int,
            Mode::Float | Mode::Mixed => Ty::Float,
            Mode::Boxed => Ty::Boxed,
        });
    }
    match ins.op {
        Op::Move => Some(match t(ins.b) {
            Ty::Dead | Ty::Clean => Ty::Boxed,
            other => other,
        }),
        Op::LoadConst => {
            let k = &code.consts[ins.b as usize];
            Some(if k.is_small_int() {
                Ty::Int
            } else if k.is_float() {
                Ty::Float
            } else if k.is_bool() {
                Ty::Bool
            } else {
                Ty::Boxed
            })
        }
        Op::Lt | Op::Le | Op::Gt | Op::Ge | Op::Eq | Op::Ne => (mode(code, pc, ins.op, t(ins.b), t(ins.c)) != Mode::Boxed).then_some(Ty::Bool),
        Op::Not => t(ins.b).unboxed().then_some(Ty::Bool),
        Op::Is | Op::IsNot => Some(Ty::Bool),
        Op::Neg => match t(ins.b) {
            Ty::Int | Ty::Float => Some(t(ins.b)),
            _ => None,
        },
        Op::ForIter if range_loop(code, pc) => Some(Ty::Int),
        Op::GetIter => hints.virtual_iter.get(pc).copied().flatten(),
        Op::GetItem => item_ty(code, pc),
        Op::LoadAttr => attr_ty(code, pc),
        Op::LoadGlobal => hints.globals.get(pc).copied().flatten(),
        Op::Call => match hints.intrinsics.get(pc).copied().flatten() {
            Some(k) => intrinsic_ty(k, t(ins.b + 1), t(ins.b + 2)),
            None => hints.call_results.get(pc).copied().flatten(),
        },
        _ => None,
    }
}

/// Refinements: operands an instruction guards to a type it then knows.
pub fn refinements(code: &Code, pc: usize, st: &[Ty]) -> Vec<(u16, Ty)> {
    let ins = code.instrs[pc];
    let t = |r: u16| st.get(r as usize).copied().unwrap_or(Ty::Boxed);
    if ins.op == Op::ForIter && range_loop(code, pc) && matches!(t(ins.b), Ty::Boxed | Ty::RangeIter) {
        return vec![(ins.b, Ty::RangeIter)];
    }
    if let Some(r) = indexed_list(code, pc) {
        return if matches!(t(r), Ty::Boxed | Ty::List) { vec![(r, Ty::List)] } else { vec![] };
    }
    let op = if is_compare(ins.op) { Some(ins.op) } else { arith_op(ins.op, ins.x) };
    let Some(op) = op else {
        return vec![];
    };
    let (x, y) = if matches!(ins.op, Op::JumpIfLt | Op::JumpIfLe | Op::JumpIfGt | Op::JumpIfGe | Op::JumpIfEq | Op::JumpIfNe) { (ins.a, ins.b) } else { (ins.b, ins.c) };
    match mode(code, pc, op, t(x), t(y)) {
        Mode::Int => vec![(x, Ty::Int), (y, Ty::Int)],
        Mode::Float => vec![(x, Ty::Float), (y, Ty::Float)],
        _ => vec![],
    }
}

/// The state after the instruction at `pc`: (fall-through, jump).
pub fn transfer(code: &Code, pc: usize, st: &[Ty], hints: &Hints) -> (Vec<Ty>, Vec<Ty>) {
    let ins = code.instrs[pc];
    let mut s = st.to_vec();
    for (r, ty) in refinements(code, pc, st) {
        if let Some(x) = s.get_mut(r as usize) {
            *x = ty;
        }
    }
    if ins.op == Op::ClearTemps {
        // Released and left unbound: the slots own nothing.
        for r in ins.a..ins.a.saturating_add(ins.c) {
            if let Some(x) = s.get_mut(r as usize) {
                *x = Ty::Clean;
            }
        }
        return (s.clone(), s);
    }
    if ins.op == Op::ForIter {
        // The loop variable is written only when the loop continues.
        let fall = s.clone();
        let mut jump = s;
        if let Some(x) = jump.get_mut(ins.a as usize) {
            *x = if range_loop(code, pc) { Ty::Int } else { Ty::Boxed };
        }
        return (fall, jump);
    }
    match flow::writes(code, pc) {
        Writes::None => {}
        Writes::Range(a, n) => {
            let ty = if n == 1 { result_ty(code, pc, st, hints).unwrap_or(Ty::Boxed) } else { Ty::Boxed };
            for r in a..a.saturating_add(n) {
                if let Some(x) = s.get_mut(r as usize) {
                    *x = ty;
                }
            }
        }
        Writes::All => {
            for x in s.iter_mut() {
                *x = Ty::Boxed;
            }
        }
    }
    (s.clone(), s)
}

/// The join of two types at a merge; `speculate` lets an unboxed type win
/// over `Boxed` (the boxed edge is then guarded).
fn join(a: Ty, b: Ty, speculate: bool) -> Ty {
    let a = if matches!(a, Ty::Dead | Ty::Clean) { Ty::Boxed } else { a };
    let b = if matches!(b, Ty::Dead | Ty::Clean) { Ty::Boxed } else { b };
    match (a, b) {
        _ if a == b => a,
        (Ty::Boxed, t) | (t, Ty::Boxed) if speculate => t,
        _ => Ty::Boxed,
    }
}

/// The registers that hold values when a call enters the code: parameters,
/// free variables and cells (the others are unbound).
pub fn owned_at_entry(code: &Code) -> RegSet {
    let n = code.nregs as usize;
    let mut owned = RegSet::new(n);
    let nparams = code.argcount as usize + code.kwonlyargcount as usize + code.flags.varargs as usize + code.flags.varkw as usize;
    for r in 0..nparams.min(n) {
        owned.insert(r as u16);
    }
    for &r in code.free_regs.iter() {
        owned.insert(r);
    }
    for &(r, _) in code.cell_regs.iter() {
        owned.insert(r);
    }
    owned
}

/// Entry states of every instruction reachable by normal control flow from
/// pc 0 (`None`: unreachable, e.g. exception handlers, which only the
/// interpreter enters).
pub fn analyze(code: &Code, live: &[RegSet], hints: &Hints) -> Vec<Option<Vec<Ty>>> {
    analyze_from(code, live, hints, None)
}

/// `analyze` with the parameters' types at entry given (an inlined callee
/// receives its arguments in the caller's representation); registers past
/// them start unbound.
pub fn analyze_from(code: &Code, live: &[RegSet], hints: &Hints, params: Option<&[Ty]>) -> Vec<Option<Vec<Ty>>> {
    let speculate = !code.jit.no_join_speculation.get();
    analyze_with(code, live, hints, speculate, params).unwrap_or_else(|| analyze_with(code, live, hints, false, params).unwrap_or_default())
}

fn analyze_with(code: &Code, live: &[RegSet], hints: &Hints, speculate: bool, params: Option<&[Ty]>) -> Option<Vec<Option<Vec<Ty>>>> {
    let n = code.nregs as usize;
    let len = code.instrs.len();
    let mask = |pc: usize, st: &mut Vec<Ty>| {
        for (r, t) in st.iter_mut().enumerate() {
            if !live[pc].contains(r as u16) {
                *t = if t.owns_nothing() { Ty::Clean } else { Ty::Dead };
            }
        }
    };
    let mut states: Vec<Option<Vec<Ty>>> = vec![None; len + 1];
    let owned = owned_at_entry(code);
    let mut entry: Vec<Ty> = match params {
        Some(p) => (0..n).map(|r| p.get(r).copied().unwrap_or(Ty::Clean)).collect(),
        None => (0..n).map(|r| if owned.contains(r as u16) { Ty::Boxed } else { Ty::Clean }).collect(),
    };
    mask(0, &mut entry);
    states[0] = Some(entry);
    let mut work = vec![0usize];
    let mut steps = 0usize;
    let limit = 64 * (len + 1);
    while let Some(pc) = work.pop() {
        steps += 1;
        if steps > limit {
            return None;
        }
        if pc >= len {
            continue;
        }
        let Some(st) = states[pc].clone() else { continue };
        let (fall, jump) = transfer(code, pc, &st, hints);
        let op = code.instrs[pc].op;
        let mut edges = Vec::with_capacity(2);
        if flow::falls_through(op) {
            edges.push((flow::next_pc(code, pc), fall));
        }
        if let Some(t) = flow::jump_target(code, pc) {
            edges.push((t, jump));
        }
        for (to, mut incoming) in edges {
            if to >= len {
                continue;
            }
            mask(to, &mut incoming);
            if hints.moves_temps && matches!(op, Op::Move | Op::UnpackSeq) {
                // A `Move` out of a dying temporary moves its reference; an
                // `UnpackSeq` of one releases it (`Tr::unpack`): either
                // leaves the slot unbound.
                let ins = code.instrs[pc];
                let b = ins.b as usize;
                if ins.a != ins.b && flow::is_temp(code, ins.b) && st.get(b) == Some(&Ty::Boxed) && incoming.get(b) == Some(&Ty::Dead) {
                    incoming[b] = Ty::Clean;
                }
            }
            let spec = speculate && !code.jit.deopted_at(to);
            let merged = match &states[to] {
                None => incoming,
                Some(old) => old
                    .iter()
                    .zip(&incoming)
                    .enumerate()
                    .map(|(r, (&a, &b))| {
                        if live[to].contains(r as u16) {
                            join(a, b, spec)
                        } else if (a == Ty::Clean || b == Ty::Clean) && (flow::is_temp(code, r as u16) || (a == b)) {
                            // A dead temporary is released on the edges
                            // where it may own something, so that writes
                            // after the merge (a loop body's, typically)
                            // need no release. (A named local is not: it
                            // lives until rebound, as in CPython.)
                            Ty::Clean
                        } else {
                            Ty::Dead
                        }
                    })
                    .collect(),
            };
            if states[to].as_ref() != Some(&merged) {
                states[to] = Some(merged);
                work.push(to);
            }
        }
    }
    Some(states)
}

#[cfg(test)]
mod tests {
    use pylift_runtime::feedback::{T_BOOL, T_COMPACT, T_INT, T_ITEMS, T_LIST};

    /// A `SetItem` whose feedback saw only lists (with items as values, or
    /// also compact ones) indexes a list register; anything else seen there
    /// does not.
    #[test]
    fn set_item_feedback_of_lists_names_the_list_register() {
        let module = pylift_runtime::compile_source("def f(a, i):\n    a[i] = 1\n", "t.py").expect("compiles");
        let code = module.codes.iter().find(|c| c.qualname_str() == "f").expect("f").clone();
        let pc = code.instrs.iter().position(|i| i.op == pylift_runtime::bytecode::Op::SetItem).expect("a SetItem");
        let a = code.instrs[pc].a;
        for (fb, want) in [
            (T_LIST | T_INT, Some(a)),
            (T_LIST | T_INT | T_ITEMS, Some(a)),
            (T_LIST | T_INT | T_BOOL | T_ITEMS, Some(a)),
            (T_LIST | T_COMPACT | T_BOOL | T_INT, Some(a)),
            (T_LIST | T_INT | pylift_runtime::feedback::T_STR, None),
        ] {
            code.feedback[pc].set(fb);
            assert_eq!(super::indexed_list(&code, pc), want, "feedback {}", pylift_runtime::feedback::describe(fb));
        }
    }
}
