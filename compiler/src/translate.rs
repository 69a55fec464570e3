//! Bytecode → Cranelift IR.
//!
//! Registers follow the types `spec` assigns them: `Boxed` registers live in
//! the frame (`regs[i]`, an 8-byte NaN-boxed value, reference counted
//! inline), `Int`/`Float` registers live unboxed in Cranelift variables and
//! their frame slot is only brought up to date ("flushed") before anything
//! that can look at the frame: a runtime call, an exit to the interpreter, a
//! deoptimization. A frame slot always holds a *valid* value (possibly a
//! stale int or float, which own nothing), so the interpreter can release a
//! frame at any exit.
//!
//! Instructions the translator does not specialize run through the runtime
//! (`pylift_jit_step` and friends: the interpreter's own code for that one
//! instruction), so every non-generator function is accepted and the
//! semantics live in one place.

use crate::flow::{self, RegSet, Writes};
use crate::helpers::Helpers;
use crate::spec::{self, Mode, Ty};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F64, I32, I64, I8};
use cranelift_codegen::ir::{AbiParam, Block, FuncRef, Function, InstBuilder, MemFlagsData, SigRef, Signature, Value as CValue};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::Module;
use pylift_runtime::bytecode::{Code, Op};
use pylift_runtime::jit::{exit_deopt, DeoptReason, FrameLayout, SeqLayout};
mod attrs;
mod calls;
mod hoist;
mod ifconv;
mod inline;
mod invariant;
mod plain;
mod pure;
mod ranges;
mod rewind;
mod wide;

/// The source location marking the code of the hot loop's header (the
/// loop the code was compiled for, when entered there by on-stack
/// replacement: `Tr::mark_hot_loop`), which `arch::loop_pad` aligns. (Not
/// in code entered by calls: measured no gain there.)
pub const HOT_LOOP: u32 = 0x7fff_0001;
pub use pure::{mark_translated, translate_pure, Registry};
use ranges::{bounded_steps, branch_bounds, op_range, reg_range, Fact, SMALL_MAX, SMALL_MIN, SPAN};

use pylift_runtime::value::{Value, BITS_FALSE, BITS_NONE, BITS_TRUE, PAYLOAD_MASK, TAG_INT, TAG_PTR, TAG_SHIFT};

/// `(vm: *mut Vm, regs: *mut Value, start_pc: u32) -> u64`.
pub fn entry_signature(m: &dyn Module) -> Signature {
    let mut s = m.make_signature();
    s.params.push(AbiParam::new(I64));
    s.params.push(AbiParam::new(I64));
    s.params.push(AbiParam::new(I32));
    s.returns.push(AbiParam::new(I64));
    s
}

/// The globals and builtins a translation may fold loads from.
pub struct Env<'a> {
    pub globals: &'a Value,
    pub builtins: &'a Value,
    /// The loop headers to make OSR entries for (every one when `None`).
    pub loop_entries: Option<&'a [u32]>,
}

/// A `LoadGlobal` folded to the value it has now, under a guard.
#[derive(Clone)]
struct Fold {
    value: Value,
    /// Checked in order, each only if the previous held (a dict's keys
    /// version, then the value in the global's entry, which does not move
    /// while the keys version is unchanged).
    guards: Vec<FoldGuard>,
}

/// One check of a folded global: the word at `addr + off` must equal
/// `expect`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct FoldGuard {
    addr: u64,
    off: i32,
    expect: u64,
    /// A dict's keys version (a global or builtin added or deleted), not
    /// the global's value (rebound).
    keys: bool,
}

impl FoldGuard {
    /// What a failure of this check means (`deopt_global_keys` does not
    /// stop the lookup from being folded again).
    fn reason(self) -> DeoptReason {
        if self.keys {
            DeoptReason::GlobalKeys
        } else {
            DeoptReason::GlobalChanged
        }
    }
}

impl Tr<'_, '_> {
    /// The condition that fold guard `g` holds.
    fn fold_guard_holds(&mut self, g: FoldGuard) -> CValue {
        let p = self.b.ins().iconst(I64, g.addr as i64);
        let v = self.b.ins().load(I64, MemFlagsData::trusted(), p, g.off);
        self.b.ins().icmp_imm_s(IntCC::Equal, v, g.expect as i64)
    }
}

fn plan_folds(code: &Code, env: Option<&Env<'_>>, seq: &SeqLayout) -> Vec<Option<Fold>> {
    let mut folds = vec![None; code.instrs.len()];
    let Some(env) = env else { return folds };
    let (Some(g), Some(b)) = (env.globals.as_dict(), env.builtins.as_dict()) else { return folds };
    let addr = |v: &Value| v.bits() & PAYLOAD_MASK;
    for pc in flow::instruction_starts(code) {
        let ins = code.instrs[pc];
        if ins.op != Op::LoadGlobal || code.jit.deopted_at(pc) {
            continue;
        }
        let Some(cache) = code.caches.get(ins.c as usize) else { continue };
        let name = &cache.name;
        let keys = |d: &Value, dd: &pylift_runtime::objects::dict::DictData| FoldGuard { addr: addr(d), off: seq.dict_keys_version, expect: dd.keys_version(), keys: true };
        let value = |slot: *const Value, v: &Value| FoldGuard { addr: slot as u64, off: 0, expect: v.bits(), keys: false };
        folds[pc] = if let (Some(v), Some(slot)) = (g.get_str(name), g.value_slot_of_str(name)) {
            Some(Fold { guards: vec![keys(env.globals, g), value(slot, &v)], value: v })
        } else if let (Some(v), Some(slot)) = (b.get_str(name), b.value_slot_of_str(name)) {
            // A builtin: not shadowed by a global (the globals' keys), and
            // still bound to the same value.
            Some(Fold { guards: vec![keys(env.globals, g), keys(env.builtins, b), value(slot, &v)], value: v })
        } else {
            None
        };
    }
    folds
}

fn const_ty(v: &Value) -> Option<Ty> {
    if v.is_small_int() {
        Some(Ty::Int)
    } else if v.is_float() {
        Some(Ty::Float)
    } else {
        None
    }
}

/// `Int` registers hold their value shifted left by this (see `unbox_scaled`).
const SCALE: i64 = 16;

/// At a `Return`, this many references to release or more are released by
/// one runtime call (`Tr::release_for_return`).
const RELEASE_CALL_MIN: u32 = 4;

/// Frames of at most this many registers are released by their native
/// `Return` (one store per register whose type owns nothing); larger ones
/// by whoever pops them.
const RELEASE_AT_RETURN_MAX: u16 = 48;

/// Whether native code of `code` releases its registers at `Return` (a
/// direct caller then pops the frame without releasing them).
pub(crate) fn releases_at_return(code: &Code) -> bool {
    code.nregs <= RELEASE_AT_RETURN_MAX
}

/// Whether the translator executes this instruction inline (the rest call
/// into the runtime, each of which costs about as much as interpreting).
fn is_native(code: &Code, pc: usize) -> bool {
    let ins = code.instrs[pc];
    let inline_numeric = || {
        let fb = code.feedback.get(pc).map_or(0, |c| c.get());
        fb & !(pylift_runtime::feedback::T_INT | pylift_runtime::feedback::T_FLOAT) == 0
    };
    if spec::arith_op(ins.op, ins.x).is_some() || spec::is_compare(ins.op) {
        // Or a direct call of an instance's operator method.
        return inline_numeric() || calls::operator_class_seen(code, pc).is_some();
    }
    if calls::global_callee_load(code, pc).is_some() || calls::method_callee_load(code, pc).is_some() {
        // Likely a direct call (or a call of a builtin or a builtin method).
        return true;
    }
    matches!(
        ins.op,
        Op::Nop
            | Op::ClearTemps
            | Op::Move
            | Op::LoadConst
            | Op::LoadGlobal
            | Op::LoadAttr
            | Op::StoreAttr
            | Op::LoadMethod
            | Op::GetIter
            | Op::BuildSlice
            | Op::CheckBound
            | Op::Jump
            | Op::JumpIfFalse
            | Op::JumpIfTrue
            | Op::Return
            | Op::GetItem
            | Op::SetItem
            | Op::ForIter
            | Op::Not
            | Op::Is
            | Op::IsNot
            | Op::UnpackSeq
            | Op::LoadDeref
            | Op::StoreDeref
            | Op::ListAppend
            | Op::BuildTuple
            | Op::BuildList
    )
}

/// Whether the iterator the `GetIter` at `gi` makes can stay virtual
/// (`kind`: `Ty::VRange` after an inline `range(...)`, `Ty::VList` for a
/// list): the loop stepping it is an innermost inline range (list) loop
/// whose body runs natively (so nothing writes the iterator into the frame
/// on every iteration), nothing else touches the iterator register, and the
/// function has no exception handler (an error never resumes this frame,
/// which may not hold the iterator then). Innermost only: every exit inside
/// the loop must write the iterator out, which costs code (compile time)
/// for little gain in an outer loop, whose iterator is made rarely.
fn virtual_iter_loop(code: &Code, gi: usize, kind: Ty, direct: &[Option<Value>], intrinsics: &[Option<pylift_runtime::jit::Intrinsic>]) -> bool {
    let it = code.instrs[gi].a;
    if !code.exc_table.is_empty() {
        return false;
    }
    let starts = flow::instruction_starts(code);
    let Some(&f) = starts.iter().find(|&&p| p > gi && code.instrs[p].op == Op::ForIter && code.instrs[p].b == it) else { return false };
    let body = code.instrs[f + 1].target() as usize;
    let inline_loop = if kind == Ty::VRange { spec::range_loop(code, f) } else { spec::list_loop(code, f) };
    // (A deopt after the `GetIter`: its iterator was not the kind expected.)
    if body > f || !inline_loop || code.jit.deopted_at(flow::next_pc(code, gi)) {
        return false;
    }
    starts.iter().filter(|&&p| p >= body && p < f).all(|&p| {
        let touches = flow::writes(code, p).includes(it) || flow::reads(code, p).is_none_or(|rs| rs.contains(&it));
        let inner_loop = code.instrs[p].op == Op::ForIter || flow::jump_target(code, p).is_some_and(|t| t <= p);
        !touches && !inner_loop && stays_native(code, p, direct, intrinsics)
    })
}

/// Whether the instruction at `p` usually runs without bringing the frame
/// up to date (no runtime call on its common path).
fn stays_native(code: &Code, p: usize, direct: &[Option<Value>], intrinsics: &[Option<pylift_runtime::jit::Intrinsic>]) -> bool {
    match code.instrs[p].op {
        Op::ClearTemps => true,
        Op::Call | Op::CallMethod | Op::CallKw | Op::CallMethodKw => direct[p].is_some() || intrinsics[p].is_some(),
        Op::GetItem | Op::SetItem => spec::indexed_list(code, p).is_some(),
        Op::ForIter => spec::range_loop(code, p) || spec::list_loop(code, p),
        _ => is_native(code, p),
    }
}

/// The largest fraction of runtime-executed instructions over the function
/// and over each loop body (from a loop header to its back-edge).
pub fn stepped_fraction(code: &Code) -> f64 {
    let count = |lo: usize, hi: usize| -> (usize, usize) {
        let (mut native, mut stepped) = (0, 0);
        // Statement-end releases count for neither side.
        for pc in flow::instruction_starts(code).into_iter().filter(|&pc| pc >= lo && pc <= hi && code.instrs[pc].op != Op::ClearTemps) {
            // Calls of globals (usually direct calls of compiled functions)
            // count as native; other calls cost about what an interpreted
            // call does and count like any runtime-executed instruction.
            if is_native(code, pc) {
                native += 1;
            } else {
                stepped += 1;
            }
        }
        (native, stepped)
    };
    let frac = |(n, s): (usize, usize)| if n + s == 0 { 0.0 } else { s as f64 / (n + s) as f64 };
    let mut worst = frac(count(0, code.instrs.len()));
    for pc in flow::instruction_starts(code) {
        if let Some(t) = flow::jump_target(code, pc) {
            if t <= pc {
                worst = worst.max(frac(count(t, pc)));
            }
        }
    }
    worst
}

/// Where a failed check inside an inlined operation goes.
#[derive(Clone, Copy)]
enum Fail {
    /// Deoptimize to this instruction.
    Deopt(usize),
    /// Branch to this block (the runtime path of boxed code).
    Branch(Block),
}

pub(crate) struct Fns {
    step: FuncRef,
    cached: FuncRef,
    call: FuncRef,
    call_exit: FuncRef,
    range_iter: FuncRef,
    truthy: FuncRef,
    compare: FuncRef,
    for_iter: FuncRef,
    /// `Helpers::release_trampoline` (called through its address: `far`).
    release: FuncRef,
    load_attr: FuncRef,
    store_attr: FuncRef,
    load_method: FuncRef,
    get_iter: FuncRef,
    build_slice: FuncRef,
    get_slice: FuncRef,
    clear_regs: FuncRef,
    list_iter: FuncRef,
    new_instance: FuncRef,
    init_error: FuncRef,
    operator_unsupported: FuncRef,
    load_deref: FuncRef,
    store_deref: FuncRef,
    list_append: FuncRef,
    build_seq: FuncRef,
    iter_next: FuncRef,
    iter_next_unpack: FuncRef,
    call_builtin: FuncRef,
}

impl Fns {
    /// `f` called through its absolute address: a function of the module
    /// defined by another compilation may lie beyond a 32-bit offset
    /// (each compilation's code is a mapping of its own).
    fn far(f: FuncRef, func: &mut Function) -> FuncRef {
        func.dfg.ext_funcs[f].colocated = false;
        f
    }

    fn declare(module: &mut dyn Module, h: &Helpers, func: &mut Function) -> Fns {
        Fns {
            step: module.declare_func_in_func(h.step, func),
            cached: module.declare_func_in_func(h.cached, func),
            call: module.declare_func_in_func(h.call, func),
            call_exit: module.declare_func_in_func(h.call_exit, func),
            range_iter: module.declare_func_in_func(h.range_iter, func),
            truthy: module.declare_func_in_func(h.truthy, func),
            compare: module.declare_func_in_func(h.compare, func),
            for_iter: module.declare_func_in_func(h.for_iter, func),
            release: Self::far(module.declare_func_in_func(h.release_preserving, func), func),
            load_attr: module.declare_func_in_func(h.load_attr, func),
            store_attr: module.declare_func_in_func(h.store_attr, func),
            load_method: module.declare_func_in_func(h.load_method, func),
            get_iter: module.declare_func_in_func(h.get_iter, func),
            build_slice: module.declare_func_in_func(h.build_slice, func),
            get_slice: module.declare_func_in_func(h.get_slice, func),
            clear_regs: module.declare_func_in_func(h.clear_regs, func),
            list_iter: module.declare_func_in_func(h.list_iter, func),
            new_instance: module.declare_func_in_func(h.new_instance, func),
            init_error: module.declare_func_in_func(h.init_error, func),
            operator_unsupported: module.declare_func_in_func(h.operator_unsupported, func),
            load_deref: module.declare_func_in_func(h.load_deref, func),
            store_deref: module.declare_func_in_func(h.store_deref, func),
            list_append: module.declare_func_in_func(h.list_append, func),
            build_seq: module.declare_func_in_func(h.build_seq, func),
            iter_next: module.declare_func_in_func(h.iter_next, func),
            iter_next_unpack: module.declare_func_in_func(h.iter_next_unpack, func),
            call_builtin: module.declare_func_in_func(h.call_builtin, func),
        }
    }
}

/// What the translator knows about one code object: the function being
/// compiled, or a callee being inlined into it (`inline`).
struct Unit<'a> {
    code: &'a Code,
    /// Block of each instruction start reachable natively.
    blocks: Vec<Option<Block>>,
    /// Entry state of each instruction (`None`: unreachable natively).
    states: Vec<Option<Vec<Ty>>>,
    folds: Vec<Option<Fold>>,
    hints: spec::Hints,
    /// Unboxed int / float variable of each register.
    vi: Vec<Variable>,
    vf: Vec<Variable>,
    /// The stop and step variables of `VRange` registers (the next value
    /// is in `vi`).
    vr: Vec<(Variable, Variable)>,
    /// Direct-call targets per call instruction (empty inside an inlined
    /// body, which makes no calls).
    direct: &'a [Option<Value>],
    /// Per instruction: its `b` and `c` registers' constants (`flow::const_operands`).
    rconst: Vec<(Option<i64>, Option<i64>)>,
    /// Per instruction: register ranges known from branches (`branch_bounds`).
    ranges: Vec<Vec<Fact>>,
    /// What the function's own analysis planned (empty in inlined and
    /// frameless bodies).
    plan: Plan,
}

/// Per-function decisions about loops and straight-line runs, made before
/// translating (a translation of an inlined or frameless body has none).
#[derive(Default)]
struct Plan {
    /// Per instruction: an increment that cannot overflow (`bounded_steps`).
    bounded: Vec<bool>,
    /// Per literal-index `GetItem`/`SetItem`: the bound to check (`bounds_ahead`).
    bounds: Vec<Option<i64>>,
    /// Per `GetIter`: the virtual range it makes is guarded to stay within
    /// ±2**22 (`SPAN`), which its loop's index arithmetic relies on; and
    /// whether any is (then a range iterator taken over from the frame is
    /// guarded the same way).
    span_guards: Vec<bool>,
    spans_assumed: bool,
    /// Per register: a range iterator in it (stepped in place, not
    /// virtual) is guarded to a step of 1 and a span of ±2**22.
    span_regs: Vec<bool>,
    /// Fold checks of lookups in call-free loops, made where the loop is
    /// entered (`hoist`).
    hoisting: hoist::Hoisting,
    /// List headers loaded where a call-free loop is entered (`invariant`).
    invariant: invariant::Invariant,
    /// Registers whose range loops rely on, checked where their loop is
    /// entered (`ranges::entry_ranges`).
    entry_ranges: Vec<ranges::EntryRange>,
}

struct Tr<'a, 'b> {
    b: FunctionBuilder<'b>,
    seq: SeqLayout,
    u: Unit<'a>,
    vm: CValue,
    regs: CValue,
    err: Block,
    f: Fns,
    /// The current register types while translating an instruction.
    cur: Vec<Ty>,
    /// Cold exits still to emit (deoptimizations, safe points): block,
    /// state, exit code.
    deopts: Vec<(Block, Vec<Ty>, u64)>,
    /// Registers an edge's conversion has unboxed from their frame slots,
    /// which still hold the boxed value: exits taken during the conversion
    /// see them `Boxed` (nothing to write back), so the guards of one
    /// conversion share an exit (`convert_to`).
    slot_backed: Vec<u16>,
    fl: FrameLayout,
    /// The native entry signature (for direct calls).
    entry_sig: SigRef,
    /// What the code refers to by address (see `Compiled::pins`).
    pins: Vec<Value>,
    /// Set while translating an inlined callee's body.
    inline: Option<inline::Site>,
    /// Where the compiled function's globals and builtins are (for the
    /// folds of inlined callees).
    env: Option<&'a Env<'a>>,
    /// Set while translating a frameless function (see `pure`).
    pure: Option<pure::Frameless>,
    /// Per `Call`: the frameless function it calls (see `pure`).
    pure_sites: Vec<Option<pure::Site>>,
    /// The frameless functions' references, and the register release's
    /// (calls of them allocate nothing and run no Python code: see
    /// `comes_back`).
    pure_refs: Vec<FuncRef>,
    /// What the translation has learnt along the way.
    known: Known,
    /// OSR entries made at their loop's test, with the test's pre-header
    /// once an edge needed it (see `rewind`).
    rewinds: Vec<(rewind::Rewind, Option<Block>)>,
    /// The instruction whose code marks the hot loop's header (`HOT_LOOP`).
    hot_pc: Option<usize>,
}

/// What a translation records as it goes (empty at the start).
#[derive(Default)]
struct Known {
    /// GC safe points at loop back-edges (see `drop_idle_safepoints`).
    safepoints: Vec<Safepoint>,
    /// (first block number, pc): the instruction each block was made for
    /// (blocks are numbered in order of creation).
    block_marks: Vec<(u32, usize)>,
    /// (register, length, items pointer, length known to exceed) of `List`
    /// registers whose header is known in the straight-line code being
    /// translated (the last: literal indexes below it need no check).
    headers: Vec<(u16, CValue, CValue, i64)>,
    /// List elements indexed in that same code: (list register, index,
    /// element address, whether the element is known to be a number or
    /// bool), so `xs[k] -= d` stores with no second bounds check and no
    /// release of the old element.
    elems: Vec<(u16, ElemKey, CValue, bool)>,
    /// `List` registers whose list was checked to hold only floats or only
    /// small ints in that same code, with that kinds bit (see
    /// `Tr::typed_list`).
    typed_lists: Vec<(u16, u8)>,
    /// IR instruction ranges of exits made by the instruction being
    /// translated.
    exits_made: Vec<std::ops::Range<usize>>,
    /// The blocks branched to so far (`Tr::branched_to`).
    reached: Reached,
    /// Inside an if-converted arm: where every exit goes (`ifconv`).
    spec_fail: Option<Block>,
    /// The function's instruction being translated (`None` at the entries).
    at: Option<usize>,
    /// Fold checks to settle once the function is translated (`hoist`).
    hoisted: Vec<hoist::HoistedCheck>,
    /// List header loads to settle likewise (`invariant`).
    header_loads: Vec<invariant::HeaderLoad>,
    /// Kinds checks to settle likewise (`invariant`).
    kinds_checks: Vec<hoist::HoistedCheck>,
    /// Compactness checks to settle likewise (`invariant`).
    compact_checks: Vec<hoist::HoistedCheck>,
    /// Bounds checks of range-loop indexes, and the range checks where
    /// such loops are entered, to settle likewise (`invariant`).
    bound_checks: Vec<hoist::HoistedCheck>,
    /// Scaled ints made from a plain value, and the unscaling shifts, int
    /// comparisons, boxings and exit stores made, for them to take plain
    /// forms (`plain`).
    plain: plain::Plain,
    /// The stack slot range iterators are made from (`Tr::range_state`).
    range_slot: Option<cranelift_codegen::ir::StackSlot>,
}

/// Whether no block of the loop closed by the back-edge from block `at`
/// (through `done`) to loop header `head` contains a call: the blocks on
/// paths from `head` to `at` made for the loop's instructions (`in_loop`:
/// an enclosing loop's blocks are on such paths too, as the loop is entered
/// at its condition, but its back-edge has its own safe point when it
/// calls), and those from `done` back to `head`. Gives up (false) on large
/// loops.
fn call_free_loop(cfg: &cranelift_codegen::flowgraph::ControlFlowGraph, at: Block, done: Block, head: Block, in_loop: &dyn Fn(Block) -> bool, calls: &dyn Fn(&Block) -> bool) -> bool {
    use cranelift_codegen::entity::EntitySet;
    const MAX_BLOCKS: usize = 4096;
    // Blocks reachable from `from` by `next` without expanding `stop`
    // (a bit set and one work list: this runs once per loop back-edge).
    let reach = |from: Block, stop: Block, next: &dyn Fn(Block, &mut Vec<Block>)| -> Option<(EntitySet<Block>, Vec<Block>)> {
        let mut seen = EntitySet::new();
        let mut order = Vec::new();
        let mut work = vec![from];
        while let Some(b) = work.pop() {
            if order.len() > MAX_BLOCKS {
                return None;
            }
            if seen.insert(b) {
                order.push(b);
                if b != stop {
                    next(b, &mut work);
                }
            }
        }
        Some((seen, order))
    };
    let succs = |b: Block, out: &mut Vec<Block>| out.extend(cfg.succ_iter(b));
    let preds = |b: Block, out: &mut Vec<Block>| out.extend(cfg.pred_iter(b).map(|p| p.block));
    let (Some((_, from_head)), Some((to_at, _)), Some((from_done, _))) = (reach(head, at, &succs), reach(at, head, &preds), reach(done, head, &succs)) else {
        return false;
    };
    let Some((_, to_head)) = reach(head, done, &|b, out| out.extend(cfg.pred_iter(b).map(|p| p.block).filter(|p| from_done.contains(*p)))) else {
        return false;
    };
    !from_head.iter().filter(|b| to_at.contains(**b) && in_loop(**b)).any(calls) && !to_head.iter().any(calls)
}

/// Removes the safe points of loops that call nothing (see
/// `call_free_loop`): the flag is only ever set by an allocation, in a
/// runtime function, so such a loop would test it in vain. Run on the
/// finished function, so that calls on exit paths do not count.
fn drop_idle_safepoints(func: &mut Function, done: &hoist::Finished, safepoints: &[Safepoint]) {
    for sp in safepoints {
        let Some(at) = func.layout.inst_block(sp.check) else { continue };
        let (lo, hi) = sp.pcs;
        if call_free_loop(&done.cfg, at, sp.done, sp.head, &|b| (lo..=hi).contains(&done.pcs.pc_of(b)), &|b| done.calls(*b)) {
            func.replace(sp.check).jump(sp.done, &[]);
            // The flag's load is dead now (loads are not removed for us).
            func.replace(sp.load).iconst(I32, 0);
        }
    }
}

/// The passes over a translated function once it is finished (they need
/// its whole CFG): fold checks and list headers hoisted out of loops that
/// turn out to call nothing (`hoist`, `invariant`), and those loops' idle
/// GC safe points. Plain data, so the JIT thread runs them (with the rest
/// of code generation) and the program does not wait for them.
pub struct Settle {
    plain: plain::Plain,
    checks: Vec<hoist::HoistedCheck>,
    hoist_loops: Vec<(usize, usize, bool)>,
    header_loads: Vec<invariant::HeaderLoad>,
    invariant_loops: Vec<(usize, usize, bool)>,
    kinds_checks: Vec<hoist::HoistedCheck>,
    kinds_loops: Vec<(usize, usize, bool)>,
    compact_checks: Vec<hoist::HoistedCheck>,
    bound_checks: Vec<hoist::HoistedCheck>,
    bound_loops: Vec<(usize, usize, bool)>,
    safepoints: Vec<Safepoint>,
    pcs: hoist::BlockPcs,
    pure_refs: Vec<FuncRef>,
    release: FuncRef,
}

impl Settle {
    /// Runs the passes on `func`, the function they were planned for.
    pub fn run(self, func: &mut Function) {
        self.plain.settle(func);
        if self.checks.is_empty() && self.header_loads.is_empty() && self.kinds_checks.is_empty() && self.compact_checks.is_empty() && self.bound_checks.is_empty() && self.safepoints.is_empty() {
            return;
        }
        let done = hoist::Finished::of(func, self.pcs, &self.pure_refs, self.release);
        hoist::settle_hoisted_checks(func, &done, &self.checks, &self.hoist_loops);
        invariant::settle_invariant_loads(func, &done, &self.header_loads, &self.invariant_loops);
        hoist::settle_hoisted_checks(func, &done, &self.kinds_checks, &self.kinds_loops);
        hoist::settle_hoisted_checks(func, &done, &self.compact_checks, &self.invariant_loops);
        hoist::settle_hoisted_checks(func, &done, &self.bound_checks, &self.bound_loops);
        drop_idle_safepoints(func, &done, &self.safepoints);
    }
}

/// The `ListData::kinds` bit of items of type `t` (0: none).
pub(crate) fn kinds_bit(t: Ty) -> u8 {
    use pylift_runtime::objects::list::{ALL_BOOLS, ALL_FLOATS, ALL_INTS};
    match t {
        Ty::Float => ALL_FLOATS,
        Ty::Int => ALL_INTS,
        Ty::Bool => ALL_BOOLS,
        _ => 0,
    }
}

/// Where an element access that is not a plain in-range one goes
/// (`Tr::seq_element`).
#[derive(Clone, Copy)]
struct Miss {
    /// Anything else (a non-int index, not a list, out of range).
    slow: Block,
    /// A list index out of its items' range: (list address, plain index).
    compact: Block,
    /// Compact lists are indexed natively here (the `compact` path
    /// continues natively, so nothing about the list's items is
    /// remembered).
    rejoin: bool,
    /// Only compact lists were seen here: a list that is not compact
    /// deoptimizes (`deopt_items_list`), so the loop keeps no items path
    /// (and no registers for it).
    only_compact: bool,
}

/// The index of a list element known in straight-line code (`Tr::elems`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum ElemKey {
    Const(i64),
    Reg(u16),
}

/// Whether IR instruction `i` is a call that may allocate or run Python
/// code: any call but one of a frameless function (`pure`) or of the
/// release of an object whose count reached zero (`release`: freeing runs
/// no Python code, as finalizers and weak reference callbacks are only
/// queued, and allocates no object), which do neither.
fn comes_back(func: &Function, i: cranelift_codegen::ir::Inst, pure: &[FuncRef], release: FuncRef) -> bool {
    match func.dfg.insts[i] {
        cranelift_codegen::ir::InstructionData::Call { func_ref, .. } => !pure.contains(&func_ref) && func_ref != release,
        ref d => d.opcode().is_call(),
    }
}

/// A GC safe point at a loop back-edge (see `drop_idle_safepoints`).
#[derive(Clone, Copy)]
struct Safepoint {
    /// The flag's load, its test, the block after the test.
    load: cranelift_codegen::ir::Inst,
    check: cranelift_codegen::ir::Inst,
    done: Block,
    /// The loop header's block.
    head: Block,
    /// The loop's instructions: header and back-edge pcs.
    pcs: (usize, usize),
}

/// Per `GetItem`/`SetItem` with a literal index `k >= 0`: the largest
/// literal index the same register is indexed by from here to the end of
/// the straight-line run (no branch, no jump target, nothing that may call
/// Python code, the register not rebound). The first access of a list in a
/// run checks `len > that` once, and the others need no check (`seq_element`):
/// `b[0] ... b[6] ... b[3] = x` is one compare. A list shorter than that
/// leaves native code at the first access, where the interpreter then does
/// what it does; a run stops at calls (not at builtins computed inline:
/// `sqrt`, `abs`, `len`) so that a list that grows meanwhile
/// (`xs.append(v)`) never makes that happen every time.
fn bounds_ahead(code: &Code, states: &[Option<Vec<Ty>>], rconst: &[(Option<i64>, Option<i64>)], intrinsics: &[Option<pylift_runtime::jit::Intrinsic>]) -> Vec<Option<i64>> {
    let starts = flow::instruction_starts(code);
    let targets = flow::jump_targets(code);
    let mut out = vec![None; code.instrs.len()];
    // (register, largest index ahead) in the run after the instruction.
    let mut ahead: Vec<(u16, i64)> = Vec::new();
    for (k, &pc) in starts.iter().enumerate().rev() {
        let ins = code.instrs[pc];
        let ty = |r: u16| states.get(pc).and_then(|s| s.as_ref()).and_then(|s| s.get(r as usize).copied()).unwrap_or(Ty::Boxed);
        let calls_nothing = match ins.op {
            Op::LoadConst | Op::Move | Op::ClearTemps | Op::GetItem | Op::SetItem | Op::LoadGlobal | Op::Jump => true,
            // A builtin computed inline (`sqrt(d2)`) changes no list.
            Op::Call => intrinsics.get(pc).is_some_and(|i| i.is_some()),
            op => spec::arith_op(op, ins.x).or(spec::is_compare(op).then_some(op)).is_some() && matches!(spec::mode(code, pc, op, ty(ins.b), ty(ins.c)), Mode::Int | Mode::Float | Mode::Mixed),
        };
        let ends_run = !calls_nothing || flow::jump_target(code, pc).is_some() || !flow::falls_through(ins.op) || starts.get(k + 1).is_some_and(|&n| targets[n]);
        if ends_run {
            ahead.clear();
        }
        let written = flow::writes(code, pc);
        ahead.retain(|e| !written.includes(e.0));
        let literal = match ins.op {
            Op::GetItem => rconst.get(pc).and_then(|c| c.1).map(|i| (ins.b, i)),
            Op::SetItem => rconst.get(pc).and_then(|c| c.0).map(|i| (ins.a, i)),
            _ => None,
        };
        if let Some((r, i)) = literal.filter(|&(_, i)| i >= 0) {
            let max = ahead.iter().find(|e| e.0 == r).map_or(i, |e| e.1.max(i));
            out[pc] = Some(max);
            ahead.retain(|e| e.0 != r);
            ahead.push((r, max));
        }
    }
    out
}

/// The loop headers of a generator whose loops contain no `yield`: native
/// code is entered only there. A loop that yields would leave native code
/// on every iteration (the interpreter yields) and re-enter at its header,
/// costing more than running it in the interpreter.
pub fn yield_free_headers(code: &Code) -> Vec<u32> {
    let starts = flow::instruction_starts(code);
    flow::loop_headers(code)
        .into_iter()
        .filter(|&h| {
            let h = h as usize;
            let end = starts.iter().copied().filter(|&p| p >= h && flow::jump_target(code, p) == Some(h)).max().unwrap_or(h);
            !starts.iter().any(|&p| p >= h && p <= end && matches!(code.instrs[p].op, Op::Yield | Op::YieldFrom))
        })
        .collect()
}

/// What a translation produced besides the IR.
pub struct Translation {
    /// Native entry points: pc 0 and the loop headers natively reachable.
    pub entries: Vec<u32>,
    pub pins: Vec<Value>,
    /// The passes still to run on the IR before code generation.
    pub settle: Settle,
}

/// Translates `code` into `func`.
pub fn translate<'a>(code: &'a Code, env: Option<&'a Env<'a>>, func: &mut Function, fctx: &mut FunctionBuilderContext, module: &mut dyn Module, h: &Helpers, reg: &mut Registry) -> Translation {
    let f = Fns::declare(module, h, func);
    let clear_regs = f.clear_regs;
    let seq = pylift_runtime::jit::seq_layout();
    let folds = plan_folds(code, env, &seq);
    let hoisting = hoist::plan(code, &folds.iter().map(|f| f.as_ref().map(|f| f.guards.as_slice())).collect::<Vec<_>>());
    let live: Vec<RegSet> = flow::liveness(code);
    let fl = pylift_runtime::interp::Vm::frame_layout();
    let direct: Vec<Option<Value>> = (0..code.instrs.len()).map(|pc| if fl.valid() { calls::direct_callee(code, &folds, pc) } else { None }).collect();
    let mut hints = spec::Hints {
        globals: folds.iter().map(|f| f.as_ref().and_then(|f| const_ty(&f.value))).collect(),
        intrinsics: (0..code.instrs.len()).map(|pc| calls::intrinsic_at(code, &folds, &live, pc)).collect(),
        virtual_iter: vec![None; code.instrs.len()],
        unit_step: vec![false; code.nregs as usize],
        call_results: Vec::new(),
        moves_temps: true,
    };
    let mut prev = None;
    let mut stepped = vec![false; code.nregs as usize];
    let mut literal_spans: Vec<Option<(i64, i64)>> = vec![None; code.instrs.len()];
    let mut span_guards = vec![false; code.instrs.len()];
    let mut span_regs = vec![false; code.nregs as usize];
    let starts = flow::instruction_starts(code);
    let targets = flow::jump_targets(code);
    for &pc in &starts {
        let range_call = prev.filter(|&p: &usize| hints.intrinsics[p] == Some(pylift_runtime::jit::Intrinsic::Range));
        prev = Some(pc);
        if code.instrs[pc].op != Op::GetIter {
            continue;
        }
        let kind = if range_call.is_some() { Ty::VRange } else { Ty::VList };
        let virtual_loop = virtual_iter_loop(code, pc, kind, &direct, &hints.intrinsics);
        if virtual_loop {
            hints.virtual_iter[pc] = Some(kind);
        }
        if let Some(call) = range_call.filter(|&c| code.instrs[c].c <= 2) {
            // A step of 1: the values a literal `range(a, b)` gives, or
            // else, unless that failed before, a span of ±2**22 guarded
            // where the iterator is made or taken over (`SPAN`).
            let r = code.instrs[pc].a as usize;
            let k = starts.iter().position(|&p| p == call).unwrap_or(0);
            let lit = |i: u16| flow::literal_before(code, &starts, &targets, k, code.instrs[call].b + 1 + i);
            // (`range(n)` starts at 0.)
            let (first, stop) = match code.instrs[call].c {
                1 => (Some(0), lit(0)),
                _ => (lit(0), lit(1)),
            };
            let span = first.zip(stop).map(|(start, stop)| (start, stop - 1));
            let speculate = span.is_none() && !code.jit.no_span_speculation.get();
            // Within the span, and from a literal start or below a literal
            // stop where the call has one.
            let assumed = (first.unwrap_or(-SPAN).clamp(-SPAN, SPAN - 1), stop.map_or(SPAN - 1, |s| s - 1).clamp(-SPAN, SPAN - 1));
            literal_spans[pc] = span.or(speculate.then_some(assumed));
            if speculate {
                if virtual_loop {
                    span_guards[pc] = true;
                } else if let Some(x) = span_regs.get_mut(r) {
                    *x = true;
                }
            }
            if virtual_loop {
                hints.unit_step[r] = !stepped[r] || hints.unit_step[r];
                stepped[r] = true;
            }
        } else if virtual_loop && range_call.is_some() {
            let r = code.instrs[pc].a as usize;
            hints.unit_step[r] = false;
            stepped[r] = true;
        }
    }
    // The callees of direct and intrinsic calls are known by identity.
    for (pc, d) in direct.iter().enumerate() {
        if d.is_some() || hints.intrinsics[pc].is_some() {
            if let Some(load) = calls::global_callee_load(code, pc) {
                hints.globals[load] = Some(Ty::Folded(load as u32));
            }
        }
    }
    let mut states = spec::analyze(code, &live, &hints);
    let sites = if fl.valid() { pure::plan_sites(code, &states, &direct, reg, env, &seq, module) } else { Vec::new() };
    // Unboxed results of frameless and inlined calls: the analysis again,
    // with them.
    let results: Vec<Option<Ty>> = (0..code.instrs.len())
        .map(|pc| match sites.get(pc).copied().flatten() {
            Some(i) => Some(reg.ret(i)).filter(|t| t.unboxed()),
            None if (code.instrs[pc].op == Op::Call && hints.intrinsics[pc].is_none()) || code.instrs[pc].op == Op::CallMethod => {
                let (f, st) = (direct.get(pc)?.as_ref()?, states.get(pc)?.as_ref()?);
                if code.instrs[pc].op == Op::CallMethod && calls::method_targets_of(code, pc, f).len() != 1 {
                    return None;
                }
                inline::inlined_return(code, pc, f, st, env, &seq)
            }
            None => None,
        })
        .collect();
    if results.iter().any(|r| r.is_some()) {
        hints.call_results = results;
        states = spec::analyze(code, &live, &hints);
    }
    let mut refs = std::collections::HashMap::new();
    let pure_sites: Vec<Option<pure::Site>> = sites.iter().map(|s| s.and_then(|i| reg.site(i, module, func, &mut refs))).collect();
    let frontend = module.target_config();
    let entry_sig = func.import_signature(entry_signature(module));
    let rconst = flow::const_operands(code);
    let (bounded, entry_checks) = bounded_steps(code, &states, &rconst);
    let bounds = bounds_ahead(code, &states, &rconst, &hints.intrinsics);
    let mut ranges = branch_bounds(code, &rconst, &states, &hints.unit_step, &literal_spans, Vec::new(), &[]);
    let mut entry_ranges = Vec::new();
    if !code.jit.no_entry_ranges.get() {
        // Each round's facts may show more (an induction variable of an
        // outer loop bounds what an inner one adds): until none is new.
        // (Kept once found: a register checked has a known range in the
        // next round, and would otherwise drop out of it.)
        for _ in 0..ranges::ENTRY_RANGE_ROUNDS {
            let before = entry_ranges.len();
            for e in ranges::entry_ranges(code, &states, &rconst, &ranges) {
                if !entry_ranges.contains(&e) {
                    entry_ranges.push(e);
                }
            }
            if entry_ranges.len() == before {
                break;
            }
            ranges = branch_bounds(code, &rconst, &states, &hints.unit_step, &literal_spans, Vec::new(), &entry_ranges);
        }
    }
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    let mut blocks = vec![None; code.instrs.len() + 1];
    for pc in flow::instruction_starts(code) {
        if states.get(pc).is_some_and(|s| s.is_some()) {
            blocks[pc] = Some(b.create_block());
        }
    }
    let n = code.nregs as usize;
    let vi: Vec<Variable> = (0..n).map(|_| b.declare_var(I64)).collect();
    let vf: Vec<Variable> = (0..n).map(|_| b.declare_var(F64)).collect();
    let vr: Vec<(Variable, Variable)> =
        (0..n).map(|r| if states.iter().flatten().any(|st| matches!(st.get(r), Some(Ty::VRange | Ty::VList))) { (b.declare_var(I64), b.declare_var(I64)) } else { (vi[r], vi[r]) }).collect();
    let err = b.create_block();
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let (vm, regs, start) = (params[0], params[1], params[2]);
    let mut entries = vec![0u32];
    let headers = if code.flags.generator { yield_free_headers(code) } else { flow::loop_headers(code) };
    let starts = flow::instruction_starts(code);
    // Only the loops the code is compiled for (`CompileEnv::loop_entries`):
    // an OSR entry converts every live register at its header, which made
    // a third of the IR of a `main()`-style function and so of its compile
    // time, spent while the program waits in the interpreter. (A generator
    // is entered only at loop headers: the VM asks for all of them.)
    let wanted = env.and_then(|e| e.loop_entries);
    entries.extend(headers.into_iter().filter(|&h| h != 0 && blocks[h as usize].is_some() && wanted.is_none_or(|w| w.contains(&h))));
    // Compiled for its loops (not hot by calls): no function entry. The
    // code before the loops runs once per call, and the VM calls such code
    // in the interpreter, which enters it at the loop (`Vm::call_entry_for`).
    let loops_only = !code.flags.generator && entries.len() > 1 && wanted.is_some_and(|w| !w.contains(&0));
    let mut t = Tr {
        b,
        seq,
        u: Unit {
            code,
            blocks,
            ranges,
            plan: Plan { bounded, bounds, spans_assumed: span_guards.contains(&true), span_guards, span_regs, hoisting, invariant: invariant::plan(code), entry_ranges },
            states,
            folds,
            hints,
            vi,
            vf,
            vr,
            direct: &direct,
            rconst,
        },
        vm,
        regs,
        err,
        f,
        cur: vec![Ty::Boxed; n],
        deopts: Vec::new(),
        slot_backed: Vec::new(),
        fl: pylift_runtime::interp::Vm::frame_layout(),
        entry_sig,
        pins: Vec::new(),
        inline: None,
        env,
        pure: None,
        // (Releasing registers runs no Python code and allocates nothing.)
        pure_refs: pure_sites.iter().flatten().map(|s| s.fref).chain([clear_regs]).collect(),
        pure_sites,
        known: Known::default(),
        rewinds: Vec::new(),
        hot_pc: None,
    };
    // Entry dispatch: pc 0, or a loop header for OSR. Each entry converts the
    // frame's boxed values to the types native code expects there.
    for &hd in entries.iter().skip(1) {
        let is = t.b.ins().icmp_imm_s(IntCC::Equal, start, hd as i64);
        let enter = t.b.create_block();
        let next = t.b.create_block();
        t.b.ins().brif(is, enter, &[], next, &[]);
        t.b.switch_to_block(enter);
        t.cur = vec![Ty::Boxed; n];
        // Entered at the loop's test when it can run again (see `rewind`).
        let rewound = if code.flags.generator { None } else { rewind::rewind(code, &t.u.states, &starts, hd as usize) };
        if rewound.is_none() {
            t.release_dead_at_entry(hd as usize);
        }
        for &(_, x, up) in entry_checks.iter().filter(|c| c.0 == hd as usize) {
            // See `bounded_steps`.
            let end = Value::int(if up { pylift_runtime::value::SMALL_INT_MAX } else { pylift_runtime::value::SMALL_INT_MIN });
            let v = t.load_reg(x);
            let ok = t.b.ins().icmp_imm_s(IntCC::NotEqual, v, end.bits() as i64);
            t.guard(ok, hd as usize, DeoptReason::EntryGuard);
        }
        match rewound {
            Some(w) => {
                // The guards so far resume at the header, the frame as it
                // is; from the step back on they resume at the test.
                t.step_range_back(w.range_iter, hd as usize);
                t.release_dead_at_entry(w.test);
                crate::counters::loop_iterations_add(&mut t.b, code, -1);
                t.rewinds.push((w, None));
                t.hot_pc.get_or_insert(w.test);
                t.edge(w.test, DeoptReason::EntryGuard);
            }
            None => {
                t.hot_pc.get_or_insert(hd as usize);
                t.edge(hd as usize, DeoptReason::EntryGuard);
            }
        }
        t.b.switch_to_block(next);
    }
    if code.flags.generator || loops_only {
        // A generator is entered only at its loop headers (a call makes
        // the generator object; the interpreter runs it from pc 0); so is
        // code compiled for its loops only.
        t.cur = vec![Ty::Boxed; n];
        t.resume_at(0);
    } else {
        // A call enters at pc 0 with a fresh frame: only the parameters (and
        // cells) hold values, the other registers are unbound and own nothing.
        // (Unless pc 0 is also a loop header, entered by OSR mid-run.)
        t.cur = if !flow::loop_headers(code).contains(&0) {
            let owned = spec::owned_at_entry(code);
            (0..n).map(|r| if owned.contains(r as u16) { Ty::Boxed } else { Ty::Clean }).collect()
        } else {
            vec![Ty::Boxed; n]
        };
        t.edge(0, DeoptReason::EntryGuard);
    }
    t.translate_body();
    t.mark_hot_loop();
    t.emit_deopts();
    t.b.switch_to_block(t.err);
    let e = t.b.ins().iconst(I64, pylift_runtime::jit::EXIT_ERROR as i64);
    t.b.ins().return_(&[e]);
    t.b.seal_all_blocks();
    let settle = Settle {
        plain: std::mem::take(&mut t.known.plain),
        checks: std::mem::take(&mut t.known.hoisted),
        hoist_loops: t.u.plan.hoisting.spans(),
        header_loads: std::mem::take(&mut t.known.header_loads),
        invariant_loops: t.u.plan.invariant.spans(),
        kinds_checks: std::mem::take(&mut t.known.kinds_checks),
        kinds_loops: t.u.plan.invariant.kinds_spans(),
        compact_checks: std::mem::take(&mut t.known.compact_checks),
        bound_checks: std::mem::take(&mut t.known.bound_checks),
        bound_loops: t.u.plan.invariant.bound_spans(),
        safepoints: std::mem::take(&mut t.known.safepoints),
        pcs: t.block_pcs(),
        pure_refs: t.pure_refs.clone(),
        release: t.f.release,
    };
    t.b.finalize(frontend);
    if loops_only {
        entries.retain(|&pc| pc != 0);
    }
    Translation { entries, pins: t.pins, settle }
}

/// The blocks some instruction made so far branches to (`translate_body`
/// builds only those), kept up to date by scanning the instructions made
/// since the last look.
#[derive(Default)]
struct Reached {
    blocks: cranelift_codegen::entity::EntitySet<Block>,
    scanned: usize,
}

impl Reached {
    /// Takes in the branches made since the last scan, each destination
    /// also given to `each`.
    fn scan(&mut self, func: &cranelift_codegen::ir::Function, mut each: impl FnMut(Block)) {
        let dfg = &func.dfg;
        for i in self.scanned..dfg.num_insts() {
            for dest in dfg.insts[cranelift_codegen::ir::Inst::from_u32(i as u32)].branch_destination(&dfg.jump_tables, &dfg.exception_tables) {
                let b = dest.block(&dfg.value_lists);
                self.blocks.insert(b);
                each(b);
            }
        }
        self.scanned = dfg.num_insts();
    }

    fn has(&self, b: Block) -> bool {
        self.blocks.contains(b)
    }
}

impl Tr<'_, '_> {
    /// Whether an instruction made so far branches to block `b`: a block
    /// nothing reaches is not built (its exits would be built for nothing,
    /// then thrown away by Cranelift).
    fn branched_to(&mut self, b: Block) -> bool {
        self.known.reached.scan(self.b.func, |_| {});
        self.known.reached.has(b)
    }
}

impl<'a, 'b> Tr<'a, 'b> {
    /// Translates every natively reachable instruction of the current unit,
    /// each from its entry state: an instruction's block is translated once
    /// code made so far branches to it (in instruction order, again until
    /// nothing new is reached: a loop's back-edge may reach a block passed
    /// over). Blocks only the specialized-away paths would reach (a generic
    /// `for` step under a native range loop, the runtime path of an inlined
    /// body) are never built: a quarter of the IR, on the waited-for thread.
    fn translate_body(&mut self) {
        let n = self.u.code.nregs as usize;
        let top = self.inline.is_none() && self.pure.is_none();
        let targets = flow::jump_targets(self.u.code);
        let starts = flow::instruction_starts(self.u.code);
        let mut translated = vec![false; self.u.code.instrs.len()];
        let mut reached = Reached::default();
        // Branches into each block so far (all edges into an instruction's
        // block that is no jump target are made before it is translated),
        // and those the last instruction made.
        let (mut edges, mut last_edges) = (Vec::<u32>::new(), Vec::<u32>::new());
        loop {
            let mut progress = false;
            let mut straight = false;
            for &pc in &starts {
                let Some(blk) = self.u.blocks[pc] else { continue };
                if translated[pc] {
                    straight = false;
                    continue;
                }
                reached.scan(self.b.func, |_| {});
                if !reached.has(blk) {
                    straight = false;
                    continue;
                }
                translated[pc] = true;
                progress = true;
                if top {
                    self.known.at = Some(pc);
                    self.known.block_marks.push((self.b.func.dfg.num_blocks() as u32, pc));
                    // What is known holds where the code goes on in a straight
                    // line: the next instruction, reached only by falling
                    // through, or by the one branch the last instruction made
                    // to it (`if not xs[i]: xs[i] = True` knows `xs[i]`).
                    let count = |v: &[u32]| v.get(blk.as_u32() as usize).copied().unwrap_or(0);
                    let only_edge = count(&edges) == 1 && count(&last_edges) == 1;
                    if targets[pc] || !(straight || only_edge) {
                        self.forget_all();
                    }
                }
                self.b.switch_to_block(blk);
                self.cur = self.u.states[pc].clone().unwrap_or_else(|| vec![Ty::Boxed; n]);
                let first = self.b.func.dfg.num_insts();
                self.known.exits_made.clear();
                self.instruction(pc);
                // (Every instruction made before this one was scanned.)
                last_edges.clear();
                reached.scan(self.b.func, |b| {
                    let k = b.as_u32() as usize;
                    for v in [&mut edges, &mut last_edges] {
                        if v.len() <= k {
                            v.resize(k + 1, 0);
                        }
                        v[k] += 1;
                    }
                });
                if top {
                    self.forget_headers(pc, first);
                }
                let op = self.u.code.instrs[pc].op;
                straight = flow::falls_through(op) && flow::jump_target(self.u.code, pc).is_none();
            }
            if !progress {
                break;
            }
        }
    }

    /// After the instruction at `pc` (whose IR starts at instruction
    /// `first`): the list headers known before it stay known unless it may
    /// have called something that comes back (a call not on an exit path)
    /// or rebound the list's register.
    fn forget_headers(&mut self, pc: usize, first: usize) {
        let dfg = &self.b.func.dfg;
        let on_exit = |i: usize| self.known.exits_made.iter().any(|r| r.contains(&i));
        let pure = &self.pure_refs;
        let calls = (first..dfg.num_insts()).any(|i| !on_exit(i) && comes_back(self.b.func, cranelift_codegen::ir::Inst::from_u32(i as u32), pure, self.f.release));
        match flow::writes(self.u.code, pc) {
            _ if calls => self.forget_all(),
            Writes::All => self.forget_all(),
            Writes::Range(a, n) => {
                let hit = |r: u16| (a..a.saturating_add(n)).contains(&r);
                self.known.headers.retain(|h| !hit(h.0));
                self.known.typed_lists.retain(|&(r, _)| !hit(r));
                self.known.elems.retain(|e| !hit(e.0) && !matches!(e.1, ElemKey::Reg(k) if hit(k)));
            }
            Writes::None => {}
        }
    }

    /// Whether register `r`, read by the instruction at `pc`, is a
    /// temporary not read again afterwards (not live where it goes next).
    /// (A named local keeps its object alive until it is rebound or the
    /// frame ends, read again or not: CPython's lifetimes.)
    fn dies_at(&self, pc: usize, r: u16) -> bool {
        let code = self.u.code;
        let next = flow::next_pc(code, pc);
        flow::is_temp(code, r)
            && flow::falls_through(self.u.code.instrs[pc].op)
            && flow::jump_target(self.u.code, pc).is_none()
            && self.u.states.get(next).and_then(|s| s.as_ref()).is_some_and(|st| matches!(st.get(r as usize), Some(Ty::Dead | Ty::Clean)))
    }

    /// Forgets every list header and element known (see `forget_headers`).
    fn forget_all(&mut self) {
        self.known.headers.clear();
        self.known.elems.clear();
        self.known.typed_lists.clear();
    }

    /// No frame: an inlined body or a frameless function.
    fn frameless(&self) -> bool {
        self.inline.is_some() || self.pure.is_some()
    }

    fn ty(&self, r: u16) -> Ty {
        self.cur.get(r as usize).copied().unwrap_or(Ty::Boxed)
    }

    fn set_ty(&mut self, r: u16, t: Ty) {
        if let Some(x) = self.cur.get_mut(r as usize) {
            *x = t;
        }
    }

    // ---- frame slots and reference counts ----

    fn load_reg(&mut self, r: u16) -> CValue {
        if let Ty::Folded(pc) = self.ty(r) {
            // Borrowed, like a slot's value (the code pins it).
            let bits = self.folded_value(pc).bits();
            return self.b.ins().iconst(I64, bits as i64);
        }
        if let Some(v) = self.frameless_var(r) {
            return self.b.use_var(v);
        }
        if self.inline.is_some() {
            // An inlined body has no frame: only parameters are boxed.
            if let Some(v) = self.inline_arg(r) {
                return v;
            }
            debug_assert!(false, "inlined body reads boxed register {r}");
            return self.b.ins().iconst(I64, Value::UNDEF.bits() as i64);
        }
        self.b.ins().load(I64, MemFlagsData::trusted(), self.regs, r as i32 * 8)
    }

    /// The value a `Folded` register holds.
    fn folded_value(&self, pc: u32) -> Value {
        self.u.folds.get(pc as usize).and_then(|f| f.as_ref()).map_or(Value::UNDEF, |f| f.value.clone())
    }

    /// Writes register `r`'s frame slot (a frameless function's variable):
    /// `v` is a word, or a float where there is a frame.
    fn store_raw(&mut self, r: u16, v: CValue) {
        if let Some(var) = self.frameless_var(r) {
            return self.b.def_var(var, v);
        }
        if self.inline.is_some() {
            // Unboxed values of an inlined body never need a frame copy.
            return;
        }
        self.b.ins().store(MemFlagsData::trusted(), v, self.regs, r as i32 * 8);
    }

    fn tag(&mut self, v: CValue) -> CValue {
        self.b.ins().ushr_imm_s(v, TAG_SHIFT as i64)
    }

    /// If boxed value `v` is an object, continues in a new block with its
    /// address and reference count loaded; returns them and the block where
    /// both paths end (the caller jumps there when done).
    fn if_object(&mut self, v: CValue) -> (CValue, CValue, Block) {
        let tag = self.tag(v);
        let is_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_PTR as i64);
        let object = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(is_ptr, object, &[], done, &[]);
        self.b.switch_to_block(object);
        let p = self.b.ins().band_imm_s(v, PAYLOAD_MASK as i64);
        let rc = self.b.ins().load(I32, MemFlagsData::trusted(), p, 0);
        (p, rc, done)
    }

    fn incref(&mut self, v: CValue) {
        if self.pure.is_some() {
            // A frameless body's values are never objects.
            return;
        }
        let (p, rc, done) = self.if_object(v);
        let rc1 = self.b.ins().iadd_imm_s(rc, 1);
        self.b.ins().store(MemFlagsData::trusted(), rc1, p, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    fn decref(&mut self, v: CValue) {
        if self.pure.is_some() {
            return;
        }
        let (p, rc, done) = self.if_object(v);
        let free = self.b.create_block();
        let rc1 = self.b.ins().iadd_imm_s(rc, -1);
        self.b.ins().store(MemFlagsData::trusted(), rc1, p, 0);
        self.b.ins().brif(rc1, done, &[], free, &[]);
        self.b.switch_to_block(free);
        self.b.set_cold_block(free);
        self.b.ins().call(self.f.release, &[p]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Releases `v` if that does not free it; else the interpreter resumes
    /// at `pc` (nothing has changed yet) and does it.
    fn decref_or_leave(&mut self, v: CValue, pc: usize) {
        let (p, rc, done) = self.if_object(v);
        let last = self.b.ins().icmp_imm_s(IntCC::Equal, rc, 1);
        let leave = self.b.create_block();
        let keep = self.b.create_block();
        self.b.ins().brif(last, leave, &[], keep, &[]);
        self.b.switch_to_block(keep);
        let rc1 = self.b.ins().iadd_imm_s(rc, -1);
        self.b.ins().store(MemFlagsData::trusted(), rc1, p, 0);
        self.b.ins().jump(done, &[]);
        let saved = self.cur.clone();
        self.b.switch_to_block(leave);
        self.b.set_cold_block(leave);
        self.resume_at(pc);
        self.cur = saved;
        self.b.switch_to_block(done);
    }

    /// Leaves register `r`'s slot unbound (`Clean`: it owns nothing) and
    /// releases `old`, the value it held.
    fn unbind(&mut self, r: u16, old: CValue) {
        let undef = self.b.ins().iconst(I64, Value::UNDEF.bits() as i64);
        self.store_raw(r, undef);
        self.set_ty(r, Ty::Clean);
        self.decref(old);
    }

    /// Stores an owned value into a register's frame slot, releasing the old
    /// one (always a valid value); the register becomes `Boxed`.
    fn def_boxed(&mut self, r: u16, v: CValue) {
        if self.inline.is_some() {
            debug_assert!(false, "inlined body writes boxed register {r}");
            return;
        }
        self.overwrite_slot(r, v);
        self.set_ty(r, Ty::Boxed);
    }

    /// Stores `v` (an owned value, or a float as its bits) into register
    /// `r`'s frame slot, releasing the value the slot held.
    fn overwrite_slot(&mut self, r: u16, v: CValue) {
        if self.ty(r).owns_nothing() {
            // The slot holds nothing to release.
            self.store_raw(r, v);
        } else {
            let old = self.load_reg(r);
            self.store_raw(r, v);
            self.decref(old);
        }
    }

    /// `a` gets `v`, a value the instruction at `pc` read from memory it
    /// does not own (an element, an attribute): as `ty` when the feedback
    /// says it is always one (guarded, no reference to take; a miss re-runs
    /// the instruction in the interpreter, nothing having changed yet),
    /// else boxed with a reference of its own.
    pub(super) fn def_loaded(&mut self, pc: usize, a: u16, v: CValue, ty: Option<Ty>) {
        match ty {
            Some(Ty::Float) => {
                let f = self.unbox_float_guarded(v, pc, DeoptReason::ResultGuard);
                self.def_float(a, f);
            }
            Some(Ty::Int) => {
                let i = self.unbox_int_guarded(v, pc, DeoptReason::ResultGuard);
                self.def_int(a, i);
            }
            Some(Ty::Bool) => {
                let b = self.unbox_bool_guarded(v, pc, DeoptReason::ResultGuard);
                let c = self.b.ins().icmp_imm_s(IntCC::NotEqual, b, 0);
                self.def_bool(a, c);
            }
            _ => {
                self.incref(v);
                self.def_boxed(a, v);
            }
        }
    }

    /// Makes `r` an unboxed int. Coming from a boxed slot, the slot gets the
    /// boxed int first (never a dangling reference), then the old value is
    /// released.
    fn def_int(&mut self, r: u16, v: CValue) {
        if !self.frameless() && !self.ty(r).owns_nothing() {
            let boxed = self.box_int(v);
            self.def_boxed(r, boxed);
        }
        self.b.def_var(self.u.vi[r as usize], v);
        self.set_ty(r, Ty::Int);
    }

    fn def_float(&mut self, r: u16, v: CValue) {
        if !self.frameless() && !self.ty(r).owns_nothing() {
            // (A float's boxed form is its bits: stored as a float.)
            self.overwrite_slot(r, v);
        }
        self.b.def_var(self.u.vf[r as usize], v);
        self.set_ty(r, Ty::Float);
    }

    /// Makes `r` an unboxed bool from condition `c` (an `i8`).
    fn def_bool(&mut self, r: u16, c: CValue) {
        let v = self.b.ins().uextend(I64, c);
        self.def_bool_word(r, v);
    }

    /// `def_bool` of a word already 0 or 1 (a compact list's byte).
    fn def_bool_word(&mut self, r: u16, v: CValue) {
        if !self.frameless() && !self.ty(r).owns_nothing() {
            let boxed = self.box_bool(v);
            self.def_boxed(r, boxed);
        }
        self.b.def_var(self.u.vi[r as usize], v);
        self.set_ty(r, Ty::Bool);
    }

    /// Makes `r` a call's result `v` in representation `t`: a scaled int,
    /// a double, a bool as 0 or 1, or an owned boxed value.
    fn def_result(&mut self, r: u16, t: Ty, v: CValue) {
        match t {
            Ty::Int => self.def_int(r, v),
            Ty::Float => self.def_float(r, v),
            Ty::Bool => {
                let c = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0);
                self.def_bool(r, c);
            }
            _ => self.def_boxed(r, v),
        }
    }

    /// `False`/`True` of an unboxed bool (0 or 1).
    fn box_bool(&mut self, b: CValue) -> CValue {
        self.b.ins().iadd_imm_s(b, BITS_FALSE as i64)
    }

    /// A boxed value as an unboxed bool, guarded to be `False` or `True`.
    fn unbox_bool_guarded(&mut self, v: CValue, pc: usize, reason: DeoptReason) -> CValue {
        let (b, ok) = self.bool_of(v);
        self.guard(ok, pc, reason);
        b
    }

    /// A boxed value minus `False`'s bits (0 or 1 for a bool), and whether
    /// it is a bool.
    fn bool_of(&mut self, v: CValue) -> (CValue, CValue) {
        let b = self.b.ins().iadd_imm_s(v, -(BITS_FALSE as i64));
        let ok = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, b, 2);
        (b, ok)
    }

    /// The boxed form of an unboxed register (no reference to own).
    fn boxed_of(&mut self, r: u16) -> CValue {
        match self.ty(r) {
            Ty::Int => {
                let v = self.b.use_var(self.u.vi[r as usize]);
                self.box_int(v)
            }
            Ty::Float => {
                let v = self.b.use_var(self.u.vf[r as usize]);
                self.b.ins().bitcast(I64, MemFlagsData::new(), v)
            }
            Ty::Bool => {
                let v = self.b.use_var(self.u.vi[r as usize]);
                self.box_bool(v)
            }
            _ => self.load_reg(r),
        }
    }

    /// After a runtime call that `flush`ed: the unboxed registers again from
    /// the frame slots they were written to (which nothing else writes), so
    /// no value in a machine register lives across the call.
    ///
    /// Why: the C convention clobbers every float register, and Cranelift's
    /// allocator handles a value live across a call in a loop by giving its
    /// whole live range (an inner loop included) a stack slot. Reloading
    /// here ends the range at the call instead.
    pub(super) fn reload_unboxed(&mut self) {
        if self.frameless() || self.inline.is_some() {
            return;
        }
        let regs: Vec<u16> = (0..self.cur.len() as u16).filter(|&r| self.ty(r).unboxed()).collect();
        self.reload(&regs);
    }

    /// Unboxed registers `regs` read again from the frame slots their
    /// boxed values were written to (their types unchanged).
    fn reload(&mut self, regs: &[u16]) {
        for &r in regs {
            if self.ty(r) == Ty::Float {
                // (A float load: no move from an integer register.)
                let f = self.b.ins().load(F64, MemFlagsData::trusted(), self.regs, r as i32 * 8);
                self.b.def_var(self.u.vf[r as usize], f);
                continue;
            }
            let v = self.b.ins().load(I64, MemFlagsData::trusted(), self.regs, r as i32 * 8);
            match self.ty(r) {
                Ty::Int => {
                    let s = self.unbox_scaled(v);
                    self.b.def_var(self.u.vi[r as usize], s);
                }
                _ => {
                    // The inverse of `box_bool`.
                    let b = self.b.ins().iadd_imm_s(v, -(BITS_FALSE as i64));
                    self.b.def_var(self.u.vi[r as usize], b);
                }
            }
        }
    }

    /// A call of a leaf helper (one that runs no Python code) from code
    /// that goes on afterwards. The float registers go through their frame
    /// slots (which own nothing) across it, for the reason given at
    /// `reload_unboxed`: no callee-saved float register exists.
    pub(super) fn leaf_call(&mut self, f: FuncRef, args: &[CValue]) -> cranelift_codegen::ir::Inst {
        let keep = !self.frameless() && self.inline.is_none();
        let floats: Vec<u16> = (0..self.cur.len() as u16).filter(|&r| keep && self.ty(r) == Ty::Float).collect();
        for &r in &floats {
            let v = self.boxed_of(r);
            self.store_raw(r, v);
        }
        let call = self.b.ins().call(f, args);
        self.reload(&floats);
        call
    }

    /// Brings every frame slot up to date (before anything that may read
    /// the frame): unboxed registers are written back, `Folded` ones
    /// written with their reference (they are `Boxed` from then on, so a
    /// path that flushes must not rejoin one that did not: see
    /// `flush_unboxed`).
    fn flush(&mut self) {
        if self.frameless() {
            return;
        }
        self.flush_unboxed();
        self.materialize_virtuals();
    }

    /// `flush` on the way out of native code: int registers below
    /// `EXIT_RAW_REGS` are stored scaled, as they are (one store each; the
    /// runtime boxes them, see `jit::EXIT_RAW_SHIFT`). Returns the mask of
    /// them to put in the exit code.
    pub(super) fn flush_for_exit(&mut self) -> u64 {
        if self.frameless() {
            return 0;
        }
        let raw = self.write_back_unboxed(true);
        self.materialize_virtuals();
        raw << pylift_runtime::jit::EXIT_RAW_SHIFT
    }

    /// Stores the unboxed registers into their slots, boxed; with `raw`,
    /// ints below `EXIT_RAW_REGS` scaled as they are instead, returning
    /// their mask (see `flush_for_exit`).
    fn write_back_unboxed(&mut self, raw: bool) -> u64 {
        let mut mask = 0u64;
        for r in 0..self.cur.len() as u16 {
            match self.ty(r) {
                Ty::Int if raw && r < pylift_runtime::jit::EXIT_RAW_REGS => {
                    let v = self.b.use_var(self.u.vi[r as usize]);
                    self.store_raw(r, v);
                    if let Some(store) = self.b.current_block().and_then(|b| self.b.func.layout.last_inst(b)) {
                        self.known.plain.raw_stores.push((store, v));
                    }
                    mask |= 1 << r;
                }
                // A float goes to its slot as a float (its boxed form is
                // its bits), not through an integer register.
                Ty::Float if !self.frameless() => {
                    let f = self.b.use_var(self.u.vf[r as usize]);
                    self.store_raw(r, f);
                }
                t if t.unboxed() => {
                    let v = self.boxed_of(r);
                    self.store_raw(r, v);
                }
                _ => {}
            }
        }
        mask
    }

    /// Writes the virtual registers' objects into their slots (see `flush`).
    fn materialize_virtuals(&mut self) {
        for r in 0..self.cur.len() as u16 {
            match self.ty(r) {
                Ty::Folded(_) => self.materialize(r),
                Ty::VRange => {
                    self.materialize_range(r);
                }
                Ty::VList => self.materialize_list_iter(r),
                _ => {}
            }
        }
    }

    /// Writes the unboxed registers back (types unchanged): for runtime
    /// calls on a path that rejoins the inline one, which read neither a
    /// call's callee register nor write it. (If they raise, the frame is
    /// unwound or resumed at a handler, which never reads a statement's
    /// temporaries.)
    fn flush_unboxed(&mut self) {
        if !self.frameless() {
            self.write_back_unboxed(false);
        }
    }

    /// Writes a real iterator with a `VRange` register's state into its
    /// slot (which owned nothing); the register is `RangeIter` from here
    /// on. Returns the object's address.
    fn materialize_range(&mut self, r: u16) -> CValue {
        let next = self.b.use_var(self.u.vi[r as usize]);
        let (stop, step) = self.range_bounds(r);
        let state = self.range_state(next, stop, step);
        let call = self.b.ins().call(self.f.range_iter, &[state]);
        let it = self.b.inst_results(call)[0];
        self.store_raw(r, it);
        let p = self.b.ins().band_imm_s(it, PAYLOAD_MASK as i64);
        self.b.def_var(self.u.vi[r as usize], p);
        self.set_ty(r, Ty::RangeIter);
        p
    }

    /// The address of the words `pylift_jit_range_iter` reads (a stack
    /// slot of the function's, written here): passed in memory, so a range
    /// loop's counter has no argument register to be in at the loop's exits.
    fn range_state(&mut self, next: CValue, stop: CValue, step: CValue) -> CValue {
        let slot = *self.known.range_slot.get_or_insert_with(|| {
            use cranelift_codegen::ir::{StackSlotData, StackSlotKind};
            self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 24, 3))
        });
        for (k, v) in [next, stop, step].into_iter().enumerate() {
            self.b.ins().stack_store(I64, v, slot, k as i32 * 8);
        }
        self.b.ins().stack_addr(I64, slot, 0)
    }

    /// Writes a real list iterator with a `VList` register's list and index
    /// into its slot (in place of the list); the register is `Boxed` then.
    fn materialize_list_iter(&mut self, r: u16) {
        let slot = self.b.ins().iadd_imm_s(self.regs, r as i64 * 8);
        let index = self.b.use_var(self.u.vi[r as usize]);
        self.b.ins().call(self.f.list_iter, &[slot, index]);
        self.set_ty(r, Ty::Boxed);
    }

    /// Makes `r` a `VList` from the list iterator its slot owns (guarded to
    /// be one, deoptimizing to `pc` otherwise): the slot gets the list.
    fn virtualize_list_iter(&mut self, r: u16, pc: usize) {
        let t = MemFlagsData::trusted();
        let p = self.iter_of_kind(pc, r, self.seq.list_iter_tag);
        self.guard_sole_owner(p, pc);
        let list = self.b.ins().load(I64, t, p, self.seq.list_iter_list);
        let index = self.b.ins().load(I64, t, p, self.seq.list_iter_index);
        self.incref(list);
        let it = self.b.ins().load(I64, t, self.regs, r as i32 * 8);
        self.store_raw(r, list);
        self.decref(it);
        self.b.def_var(self.u.vi[r as usize], index);
        let lp = self.b.ins().band_imm_s(list, PAYLOAD_MASK as i64);
        self.b.def_var(self.u.vr[r as usize].0, lp);
        self.set_ty(r, Ty::VList);
    }

    /// Guards that the frame slot holds the only reference to the object at
    /// `p` (an iterator made virtual must not be one the program can still
    /// see, as `it` in `for x in it`).
    fn guard_sole_owner(&mut self, p: CValue, pc: usize) {
        let rc = self.b.ins().load(I32, MemFlagsData::trusted(), p, 0);
        let sole = self.b.ins().icmp_imm_s(IntCC::Equal, rc, 1);
        self.guard(sole, pc, DeoptReason::RangeIter);
    }

    /// Makes `r` a `VRange` from the range iterator object at `p` (guarded
    /// to have small-int bounds, and a step of 1 where the loop is compiled
    /// for that: deoptimizing to `pc` otherwise), releasing the slot that
    /// owns it.
    fn virtualize_range(&mut self, r: u16, p: CValue, pc: usize) {
        let t = MemFlagsData::trusted();
        let next = self.b.ins().load(I64, t, p, self.seq.range_next);
        let stop = self.b.ins().load(I64, t, p, self.seq.range_stop);
        let mut step = self.b.ins().load(I64, t, p, self.seq.range_step);
        if self.u.hints.unit_step[r as usize] {
            let mut unit = self.b.ins().icmp_imm_s(IntCC::Equal, step, 1);
            let mut reason = DeoptReason::RangeIter;
            if self.u.plan.spans_assumed {
                // One guard (and one exit) for both.
                let span = self.within_span(next, stop);
                unit = self.b.ins().band(unit, span);
                reason = DeoptReason::RangeSpan;
            }
            self.guard(unit, pc, reason);
            step = self.b.ins().iconst(I64, 1);
        } else if self.u.plan.spans_assumed {
            let span = self.within_span(next, stop);
            self.guard(span, pc, DeoptReason::RangeSpan);
        }
        let old = self.b.ins().load(I64, t, self.regs, r as i32 * 8);
        let undef = self.b.ins().iconst(I64, Value::UNDEF.bits() as i64);
        self.store_raw(r, undef);
        self.decref(old);
        self.b.def_var(self.u.vi[r as usize], next);
        self.def_range_bounds(r, stop, step);
        self.set_ty(r, Ty::VRange);
    }

    /// Whether a range from `start` (plain) to `stop` stays within ±2**22
    /// (`SPAN`); a failed guard of it is a `deopt_range_span` (the
    /// recompile assumes nothing).
    pub(super) fn within_span(&mut self, start: CValue, stop: CValue) -> CValue {
        // (Entering at a loop's body, its variable is already `start - 1`.)
        let lo = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, start, -SPAN);
        let hi = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, stop, SPAN);
        self.b.ins().band(lo, hi)
    }

    /// The stop and step of `VRange` register `r`. A unit step is a
    /// constant, not a variable: a loop would otherwise carry it in a
    /// register for its exits alone.
    fn range_bounds(&mut self, r: u16) -> (CValue, CValue) {
        let (vs, vt) = self.u.vr[r as usize];
        let stop = self.b.use_var(vs);
        let step = if self.u.hints.unit_step[r as usize] { self.b.ins().iconst(I64, 1) } else { self.b.use_var(vt) };
        (stop, step)
    }

    /// Sets the stop and step of `VRange` register `r` (see `range_bounds`).
    pub(super) fn def_range_bounds(&mut self, r: u16, stop: CValue, step: CValue) {
        let (vs, vt) = self.u.vr[r as usize];
        self.b.def_var(vs, stop);
        if !self.u.hints.unit_step[r as usize] {
            self.b.def_var(vt, step);
        }
    }

    /// Writes a `Folded` register's value into its slot (with a reference
    /// of its own); the register is `Boxed` from here on.
    fn materialize(&mut self, r: u16) {
        let v = self.load_reg(r);
        self.incref(v);
        self.store_raw(r, v);
        self.set_ty(r, Ty::Boxed);
    }

    // ---- exits ----

    /// Leave native code: the interpreter resumes the frame at `pc`.
    fn resume_at(&mut self, pc: usize) {
        if let Some(fail) = self.known.spec_fail.or(self.inline_fail()).or(self.frameless_fail()) {
            self.b.ins().jump(fail, &[]);
            return;
        }
        let first = self.b.func.dfg.num_insts();
        let raw = self.flush_for_exit();
        let v = self.b.ins().iconst(I64, (pylift_runtime::jit::exit_resume(pc as u32) | raw) as i64);
        self.b.ins().return_(&[v]);
        // (Calls made on the way out do not come back: see `forget_headers`.)
        self.known.exits_made.push(first..self.b.func.dfg.num_insts());
    }

    /// A cold block that deoptimizes to `pc` with the current state (emitted
    /// at the end: a block cannot be left half-built).
    fn deopt_block(&mut self, pc: usize, reason: DeoptReason) -> Block {
        if let Some(fail) = self.known.spec_fail.or(self.inline_fail()).or(self.frameless_fail()) {
            return fail;
        }
        self.cold_exit(exit_deopt(pc as u32, reason))
    }

    /// A cold block that flushes the current state and leaves native code
    /// with exit code `exit`.
    fn cold_exit(&mut self, exit: u64) -> Block {
        if let Some(fail) = self.known.spec_fail.or(self.frameless_fail()) {
            return fail;
        }
        let mut state = self.cur.clone();
        for &r in &self.slot_backed {
            state[r as usize] = Ty::Boxed;
        }
        // Guards of one instruction usually share the state: share the exit.
        if let Some(&(blk, ref st, e)) = self.deopts.last() {
            if e == exit && *st == state {
                return blk;
            }
        }
        let blk = self.b.create_block();
        self.deopts.push((blk, state, exit));
        blk
    }

    /// Fills the exits some branch goes to (an exit made for a guard that
    /// was then not needed is left out).
    fn emit_deopts(&mut self) {
        let mut reached = Reached::default();
        reached.scan(self.b.func, |_| {});
        while let Some((blk, state, exit)) = self.deopts.pop() {
            if !reached.has(blk) {
                continue;
            }
            self.b.switch_to_block(blk);
            self.b.set_cold_block(blk);
            self.cur = state;
            let raw = self.flush_for_exit();
            let v = self.b.ins().iconst(I64, (exit | raw) as i64);
            self.b.ins().return_(&[v]);
        }
    }

    /// Continues only if `cond` holds; else deoptimizes to `pc`.
    fn guard(&mut self, cond: CValue, pc: usize, reason: DeoptReason) {
        let fail = self.deopt_block(pc, reason);
        let ok = self.b.create_block();
        self.b.ins().brif(cond, ok, &[], fail, &[]);
        self.b.switch_to_block(ok);
    }

    /// Jumps to instruction `to`, converting registers to the types it
    /// expects (guards on the way deoptimize to `to`).
    fn edge(&mut self, to: usize, reason: DeoptReason) {
        let saved = self.cur.clone();
        self.convert_to(to, reason);
        self.slot_backed.clear();
        self.cur = saved;
    }

    /// `edge`'s conversions. Each register's type is updated as soon as it
    /// is converted: a guard failing on a later register deoptimizes with
    /// the slots as they are then (a `Folded` callee or a range iterator
    /// already released from its slot must be written back by that exit).
    fn convert_to(&mut self, to: usize, reason: DeoptReason) {
        let Some(target) = self.u.states.get(to).cloned().flatten() else {
            return self.resume_at(to);
        };
        let Some(blk) = self.u.blocks.get(to).copied().flatten() else {
            return self.resume_at(to);
        };
        for r in 0..target.len() as u16 {
            let want = target[r as usize];
            let reason = match (reason, want) {
                (DeoptReason::EntryGuard, _) => reason,
                (_, Ty::Float) => DeoptReason::FloatGuard,
                _ => DeoptReason::IntGuard,
            };
            match (self.ty(r), want) {
                (Ty::VList, Ty::VList | Ty::Dead) => {}
                (Ty::VList, Ty::Boxed) => self.materialize_list_iter(r),
                (Ty::VList, Ty::Clean) if self.inline.is_none() => {
                    let old = self.load_reg(r);
                    let undef = self.b.ins().iconst(I64, Value::UNDEF.bits() as i64);
                    self.store_raw(r, undef);
                    self.decref(old);
                }
                (Ty::VList, _) => {
                    // Not produced by the analysis.
                    let d = self.deopt_block(to, reason);
                    self.b.ins().jump(d, &[]);
                    return;
                }
                (Ty::Boxed | Ty::Dead | Ty::Clean, Ty::VList) if self.inline.is_none() => self.virtualize_list_iter(r, to),
                (_, Ty::VList) => {
                    let d = self.deopt_block(to, reason);
                    self.b.ins().jump(d, &[]);
                    return;
                }
                (Ty::VRange, Ty::VRange | Ty::Dead | Ty::Clean) => {}
                (Ty::VRange, Ty::Boxed | Ty::RangeIter) => {
                    self.materialize_range(r);
                }
                (Ty::VRange, _) => {
                    // Not produced by the analysis.
                    let d = self.deopt_block(to, reason);
                    self.b.ins().jump(d, &[]);
                    return;
                }
                (Ty::Boxed | Ty::Dead | Ty::Clean, Ty::VRange) if self.inline.is_none() => {
                    let p = self.range_iter_guarded(r, to);
                    self.guard_sole_owner(p, to);
                    self.virtualize_range(r, p, to);
                }
                (Ty::RangeIter, Ty::VRange) if self.inline.is_none() => {
                    let p = self.b.use_var(self.u.vi[r as usize]);
                    self.guard_sole_owner(p, to);
                    self.virtualize_range(r, p, to);
                }
                (_, Ty::VRange) => {
                    let d = self.deopt_block(to, reason);
                    self.b.ins().jump(d, &[]);
                    return;
                }
                (Ty::Folded(a), Ty::Folded(b)) if a == b => {}
                (Ty::Folded(_), Ty::Dead | Ty::Clean) => {}
                (Ty::Folded(_), Ty::Boxed) => self.materialize(r),
                (Ty::Folded(_), _) => {
                    // Not produced by the analysis.
                    let d = self.deopt_block(to, reason);
                    self.b.ins().jump(d, &[]);
                    return;
                }
                (Ty::Boxed | Ty::Dead | Ty::Clean, Ty::Folded(p)) => {
                    // The slot must hold that value (by identity); then it
                    // is released, as a `Folded` slot owns nothing.
                    let expect = self.folded_value(p).bits();
                    let v = self.b.ins().load(I64, MemFlagsData::trusted(), self.regs, r as i32 * 8);
                    let same = self.b.ins().icmp_imm_s(IntCC::Equal, v, expect as i64);
                    self.guard(same, to, reason);
                    let undef = self.b.ins().iconst(I64, Value::UNDEF.bits() as i64);
                    self.store_raw(r, undef);
                    self.decref(v);
                }
                (_, Ty::Folded(_)) => {
                    let d = self.deopt_block(to, reason);
                    self.b.ins().jump(d, &[]);
                    return;
                }
                (Ty::Boxed | Ty::Dead | Ty::RangeIter | Ty::List, Ty::Clean) if self.inline.is_none() => {
                    // Release what the slot holds so that
                    // native code may overwrite it without a store.
                    let old = self.load_reg(r);
                    let undef = self.b.ins().iconst(I64, Value::UNDEF.bits() as i64);
                    self.store_raw(r, undef);
                    self.decref(old);
                }
                // An inlined body has no frame slot to release.
                (Ty::Boxed | Ty::Dead | Ty::RangeIter | Ty::List, Ty::Clean) => {}
                // The slot is the object: nothing to write back.
                (Ty::RangeIter, Ty::Boxed | Ty::RangeIter) | (Ty::List, Ty::Boxed | Ty::List) => {}
                (Ty::Boxed | Ty::Dead | Ty::Clean, Ty::List) => {
                    let p = self.list_guarded(r, to);
                    self.b.def_var(self.u.vi[r as usize], p);
                }
                (Ty::Int | Ty::Float | Ty::Bool | Ty::RangeIter, Ty::List) | (Ty::List, Ty::Int | Ty::Float | Ty::Bool | Ty::RangeIter) => {
                    let d = self.deopt_block(to, DeoptReason::ResultGuard);
                    self.b.ins().jump(d, &[]);
                    return;
                }
                (Ty::Boxed | Ty::Dead | Ty::Clean, Ty::RangeIter) => {
                    let p = self.range_iter_guarded(r, to);
                    self.b.def_var(self.u.vi[r as usize], p);
                }
                (Ty::Int | Ty::Float | Ty::Bool, Ty::RangeIter) | (Ty::RangeIter, Ty::Int | Ty::Float | Ty::Bool) => {
                    let d = self.deopt_block(to, DeoptReason::RangeIter);
                    self.b.ins().jump(d, &[]);
                    return;
                }
                (_, Ty::Dead)
                | (Ty::Int, Ty::Int)
                | (Ty::Float, Ty::Float)
                | (Ty::Bool, Ty::Bool)
                | (Ty::Boxed | Ty::Dead | Ty::Clean, Ty::Boxed)
                | (Ty::Int | Ty::Float | Ty::Bool | Ty::Clean, Ty::Clean) => {}
                (Ty::Int | Ty::Float | Ty::Bool, Ty::Boxed) => {
                    let v = self.boxed_of(r);
                    self.store_raw(r, v);
                }
                (Ty::Boxed | Ty::Dead | Ty::Clean, Ty::Int) => {
                    let v = self.load_reg(r);
                    let i = self.unbox_int_guarded(v, to, reason);
                    self.b.def_var(self.u.vi[r as usize], i);
                }
                (Ty::Boxed | Ty::Dead | Ty::Clean, Ty::Float) => {
                    let v = self.load_reg(r);
                    let f = self.unbox_float_guarded(v, to, reason);
                    self.b.def_var(self.u.vf[r as usize], f);
                }
                (Ty::Boxed | Ty::Dead | Ty::Clean, Ty::Bool) => {
                    let v = self.load_reg(r);
                    let b = self.unbox_bool_guarded(v, to, reason);
                    self.b.def_var(self.u.vi[r as usize], b);
                }
                (Ty::Int, Ty::Float | Ty::Bool) | (Ty::Float, Ty::Int | Ty::Bool) | (Ty::Bool, Ty::Int | Ty::Float) => {
                    // Not produced by the analysis; let the interpreter go on.
                    let d = self.deopt_block(to, reason);
                    self.b.ins().jump(d, &[]);
                    return;
                }
            }
            // Unboxing reads the slot and leaves it as it was.
            if self.ty(r) == Ty::Boxed && matches!(want, Ty::Int | Ty::Float | Ty::Bool) && self.inline.is_none() && !self.frameless() {
                self.slot_backed.push(r);
            }
            self.set_ty(r, want);
        }
        // Past the conversion the registers are what `to` expects (its
        // code may overwrite their slots).
        self.slot_backed.clear();
        self.check_entry_ranges(to);
        self.check_loop_entry(to);
        self.load_headers_at_entry(to);
        self.preheader_jump(to, blk);
    }

    /// On an edge to instruction `to` from outside the loops it is in: the
    /// registers whose range their arithmetic relies on are within it
    /// (`ranges::entry_ranges`), deoptimizing to `to` otherwise.
    fn check_entry_ranges(&mut self, to: usize) {
        let from = self.known.at;
        for k in 0..self.u.plan.entry_ranges.len() {
            let e = self.u.plan.entry_ranges[k];
            let inside = |pc: usize| (e.head..=e.end).contains(&pc);
            if !inside(to) || from.is_some_and(inside) {
                continue;
            }
            let (lo, hi) = e.check;
            let ok = if self.ty(e.reg) == Ty::Int {
                // Scaled by 2**16: in [lo, hi] iff at most hi - lo above
                // lo, an unsigned compare (the span fits: at most 2**48 - 1
                // scaled).
                if (lo, hi) == (SMALL_MIN, SMALL_MAX) {
                    continue;
                }
                let x = self.b.use_var(self.u.vi[e.reg as usize]);
                let above = self.b.ins().iadd_imm_s(x, lo.wrapping_neg().wrapping_shl(SCALE as u32));
                self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, above, ((hi - lo) as u64).wrapping_shl(SCALE as u32) as i64)
            } else {
                // (An `Int` at the loop's header is one where it is
                // entered: the analysis makes no other.)
                self.b.ins().iconst(I8, 0)
            };
            self.guard(ok, to, DeoptReason::EntryRange);
        }
    }

    /// Continue at `to` after the instruction at `pc`, passing a safe point
    /// on backward jumps.
    fn branch_to(&mut self, pc: usize, to: usize) {
        if to <= pc {
            self.safepoint(pc, to);
            crate::counters::loop_pc(&mut self.b, &self.fl, self.vm, to);
        }
        self.edge(to, DeoptReason::IntGuard);
    }

    /// Branches on `cond` to `yes`/`no` (instruction indexes) from `pc`.
    fn branch2(&mut self, pc: usize, cond: CValue, yes: usize, no: usize) {
        if yes > pc && no > pc && self.if_convert(pc, cond, yes) {
            return;
        }
        let by = self.b.create_block();
        let bn = self.b.create_block();
        if yes <= pc && no > pc {
            // A loop's test, the body its way back: the body as the second
            // successor (see `range_step`), so it is laid out right after
            // the test and the code after the loop is not in between.
            let stop = self.b.ins().icmp_imm_s(IntCC::Equal, cond, 0);
            self.b.ins().brif(stop, bn, &[], by, &[]);
        } else {
            self.b.ins().brif(cond, by, &[], bn, &[]);
        }
        let saved = self.cur.clone();
        self.b.switch_to_block(by);
        self.branch_to(pc, yes);
        self.cur = saved;
        self.b.switch_to_block(bn);
        self.branch_to(pc, no);
    }

    // ---- runtime calls ----

    /// Runs the instruction at `pc` in the interpreter, then continues at `next`.
    fn step(&mut self, pc: usize) {
        self.call_helper(self.f.step, pc);
    }

    fn call_helper(&mut self, helper: FuncRef, pc: usize) {
        if let Some(fail) = self.frameless_fail() {
            // Not pure after all (the analysis does not let this happen).
            self.b.ins().jump(fail, &[]);
            let dead = self.b.create_block();
            self.b.switch_to_block(dead);
            self.after_runtime(pc);
            return;
        }
        self.flush();
        let pcv = self.b.ins().iconst(I32, pc as i64);
        let call = self.b.ins().call(helper, &[self.vm, pcv]);
        let status = self.b.inst_results(call)[0];
        let cont = self.b.create_block();
        self.b.ins().brif(status, self.err, &[], cont, &[]);
        self.b.switch_to_block(cont);
        self.after_runtime(pc);
        self.reload_unboxed();
        let next = flow::next_pc(self.u.code, pc);
        self.edge(next, DeoptReason::ResultGuard);
    }

    /// The registers a runtime-executed instruction wrote are boxed now.
    fn after_runtime(&mut self, pc: usize) {
        match flow::writes(self.u.code, pc) {
            Writes::None => {}
            Writes::Range(a, n) => {
                for r in a..a.saturating_add(n) {
                    self.set_ty(r, Ty::Boxed);
                }
            }
            Writes::All => {
                for t in self.cur.iter_mut() {
                    *t = Ty::Boxed;
                }
            }
        }
    }

    /// A GC safe point at the back-edge to loop header `to`: one load of
    /// the runtime's "collection due" flag; when a collection is due, native
    /// code exits (the runtime collects and re-enters at `to`), so that no
    /// call sits inside the loop to clobber the registers it keeps values in.
    fn safepoint(&mut self, from: usize, to: usize) {
        crate::counters::loop_iteration(&mut self.b, self.u.code);
        let addr = &pylift_runtime::gc::COLLECTION_DUE_FLAG as *const _ as i64;
        let a = self.b.ins().iconst(I64, addr);
        let flag = self.b.ins().uload8(I32, MemFlagsData::trusted(), a, 0);
        let exit = if self.inline.is_none() { self.cold_exit(pylift_runtime::jit::exit_safepoint(to as u32)) } else { self.deopt_block(to, DeoptReason::InlineGuard) };
        let done = self.b.create_block();
        let check = self.b.ins().brif(flag, exit, &[], done, &[]);
        let head = self.u.blocks.get(to).copied().flatten();
        if let (true, Some(head)) = (self.inline.is_none() && self.pure.is_none(), head) {
            let load = self.b.func.dfg.value_def(flag).unwrap_inst();
            self.known.safepoints.push(Safepoint { load, check, done, head, pcs: (to, from) });
        }
        self.b.switch_to_block(done);
    }

    // ---- boxing ----

    /// A boxed small int's value (plain i64).
    fn unbox_int(&mut self, v: CValue) -> CValue {
        let s = self.b.ins().ishl_imm_s(v, 16);
        self.b.ins().sshr_imm_s(s, 16)
    }

    /// A boxed small int in the scaled form of `Int` registers: the 48-bit
    /// value times 2^16, so the tag shifts out in one instruction and i64
    /// overflow of +, -, * is exactly leaving the small-int range (one
    /// overflow flag, no range check).
    fn unbox_scaled(&mut self, v: CValue) -> CValue {
        self.b.ins().ishl_imm_s(v, SCALE)
    }

    /// A plain i64 that fits the small-int range, scaled.
    fn scaled(&mut self, i: CValue) -> CValue {
        let s = self.b.ins().ishl_imm_s(i, SCALE);
        self.known.plain.of.insert(s, i);
        s
    }

    /// The plain value of a scaled int. (One made by `scaled` has it at
    /// hand: it dominates the scaled value, so every use of that; one read
    /// through a block parameter may get it once the function is
    /// translated: `plain::Plain::settle`.)
    fn plain(&mut self, s: CValue) -> CValue {
        if let Some(&i) = self.known.plain.of.get(&s) {
            return i;
        }
        let p = self.b.ins().sshr_imm_s(s, SCALE);
        if let cranelift_codegen::ir::ValueDef::Result(inst, _) = self.b.func.dfg.value_def(p) {
            self.known.plain.shifts.push((inst, s));
        }
        p
    }

    /// The boxed form of a scaled int.
    fn box_int(&mut self, s: CValue) -> CValue {
        let p = self.b.ins().ushr_imm_s(s, SCALE);
        if let cranelift_codegen::ir::ValueDef::Result(inst, _) = self.b.func.dfg.value_def(p) {
            self.known.plain.boxings.push((inst, s));
        }
        self.b.ins().bor_imm_s(p, (TAG_INT << TAG_SHIFT) as i64)
    }

    fn is_int_tag(&mut self, v: CValue) -> CValue {
        let t = self.tag(v);
        self.b.ins().icmp_imm_s(IntCC::Equal, t, TAG_INT as i64)
    }

    fn is_float_tag(&mut self, v: CValue) -> CValue {
        let t = self.tag(v);
        self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, t, TAG_INT as i64)
    }

    /// A boxed value as a scaled int, guarded to be a small int.
    fn unbox_int_guarded(&mut self, v: CValue, pc: usize, reason: DeoptReason) -> CValue {
        let ok = self.is_int_tag(v);
        self.guard(ok, pc, reason);
        self.unbox_scaled(v)
    }

    fn unbox_float_guarded(&mut self, v: CValue, pc: usize, reason: DeoptReason) -> CValue {
        let ok = self.is_float_tag(v);
        self.guard(ok, pc, reason);
        self.b.ins().bitcast(F64, MemFlagsData::new(), v)
    }

    /// Whether the plain i64 `i` fits the 48-bit small-int form.
    fn fits(&mut self, i: CValue) -> CValue {
        let back = self.unbox_int(i);
        self.b.ins().icmp(IntCC::Equal, back, i)
    }

    /// Operand `r` as an unboxed int: a boxed register is guarded and from
    /// then on known to be an int.
    fn int_operand(&mut self, r: u16, pc: usize) -> CValue {
        match self.ty(r) {
            Ty::Int => self.b.use_var(self.u.vi[r as usize]),
            _ => {
                let v = self.boxed_of(r);
                let i = self.unbox_int_guarded(v, pc, DeoptReason::IntGuard);
                self.b.def_var(self.u.vi[r as usize], i);
                self.set_ty(r, Ty::Int);
                i
            }
        }
    }

    /// Operand `r` as a double, guarded to be a float (and known after).
    fn float_operand(&mut self, r: u16, pc: usize) -> CValue {
        match self.ty(r) {
            Ty::Float => self.b.use_var(self.u.vf[r as usize]),
            _ => {
                let v = self.boxed_of(r);
                let f = self.unbox_float_guarded(v, pc, DeoptReason::FloatGuard);
                self.b.def_var(self.u.vf[r as usize], f);
                self.set_ty(r, Ty::Float);
                f
            }
        }
    }

    /// `r(a) = r(b) ** 2` (a literal 2) of an int or a float, as the
    /// interpreter computes it: an int product (overflow leaves for the big
    /// int), or a float product that must stay finite when the base is
    /// (CPython raises OverflowError). Other operands run the instruction
    /// through the runtime.
    fn square(&mut self, pc: usize, a: u16, b: u16) {
        use pylift_runtime::feedback::{T_FLOAT, T_INT};
        let next = flow::next_pc(self.u.code, pc);
        let fb = self.u.code.feedback.get(pc).map_or(0, |c| c.get());
        let base = self.ty(b);
        if base == Ty::Int || (fb == T_INT && !base.unboxed()) {
            let x = self.int_operand(b, pc);
            let r = self.int_op(Fail::Deopt(pc), Op::Mul, x, x, None);
            self.def_int(a, r);
        } else if base == Ty::Float || (fb == T_FLOAT | T_INT && !base.unboxed()) {
            let x = self.float_operand(b, pc);
            let r = self.b.ins().fmul(x, x);
            let inf = self.b.ins().f64const(f64::INFINITY);
            let (ar, ax) = (self.b.ins().fabs(r), self.b.ins().fabs(x));
            let finite = self.b.ins().fcmp(FloatCC::LessThan, ar, inf);
            let base_finite = self.b.ins().fcmp(FloatCC::LessThan, ax, inf);
            let overflow = self.b.ins().band_not(base_finite, finite);
            let ok = self.b.ins().icmp_imm_s(IntCC::Equal, overflow, 0);
            self.guard(ok, pc, DeoptReason::Overflow);
            self.def_float(a, r);
        } else {
            return self.step(pc);
        }
        self.edge(next, DeoptReason::IntGuard);
    }

    /// Operand `r` (an int or a float) converted to a double.
    fn number_operand(&mut self, r: u16, pc: usize) -> CValue {
        self.number_or(r, Fail::Deopt(pc))
    }

    /// Register `r` converted to a double when it holds an int or a float;
    /// anything else fails (deoptimizes, or branches to the runtime path).
    fn number_or(&mut self, r: u16, fail: Fail) -> CValue {
        match self.ty(r) {
            Ty::Float => self.b.use_var(self.u.vf[r as usize]),
            Ty::Int => {
                let s = self.b.use_var(self.u.vi[r as usize]);
                let i = self.plain(s);
                self.b.ins().fcvt_from_sint(F64, i)
            }
            _ => {
                let v = self.boxed_of(r);
                let join = self.b.create_block();
                self.b.append_block_param(join, F64);
                let not_float = self.b.create_block();
                let fl = self.is_float_tag(v);
                let f = self.b.ins().bitcast(F64, MemFlagsData::new(), v);
                self.b.ins().brif(fl, join, &[f.into()], not_float, &[]);
                self.b.switch_to_block(not_float);
                let is_int = self.is_int_tag(v);
                self.check(is_int, fail, DeoptReason::NumberGuard);
                let i = self.unbox_int(v);
                let fi = self.b.ins().fcvt_from_sint(F64, i);
                self.b.ins().jump(join, &[fi.into()]);
                self.b.switch_to_block(join);
                self.b.block_params(join)[0]
            }
        }
    }

    fn bool_bits(&mut self, cond: CValue) -> CValue {
        let t = self.b.ins().iconst(I64, BITS_TRUE as i64);
        let f = self.b.ins().iconst(I64, BITS_FALSE as i64);
        self.b.ins().select(cond, t, f)
    }

    // ---- instructions ----

    fn instruction(&mut self, pc: usize) {
        let ins = self.u.code.instrs[pc];
        let next = flow::next_pc(self.u.code, pc);
        if let Some(op) = spec::arith_op(ins.op, ins.x) {
            return self.arith(pc, op, ins.a, ins.b, ins.c);
        }
        match ins.op {
            Op::Nop => self.edge(next, DeoptReason::IntGuard),
            Op::Move => {
                if ins.a != ins.b {
                    match self.ty(ins.b) {
                        Ty::Int => {
                            let v = self.b.use_var(self.u.vi[ins.b as usize]);
                            self.def_int(ins.a, v);
                        }
                        Ty::Float => {
                            let v = self.b.use_var(self.u.vf[ins.b as usize]);
                            self.def_float(ins.a, v);
                        }
                        Ty::Bool => {
                            let v = self.b.use_var(self.u.vi[ins.b as usize]);
                            let c = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0);
                            self.def_bool(ins.a, c);
                        }
                        Ty::Boxed if self.dies_at(pc, ins.b) && !self.frameless() => {
                            // The source is a temporary not read again (an
                            // unpacked item, a call result): its reference
                            // moves, and its slot is left unbound.
                            let v = self.load_reg(ins.b);
                            let undef = self.b.ins().iconst(I64, Value::UNDEF.bits() as i64);
                            self.store_raw(ins.b, undef);
                            self.set_ty(ins.b, Ty::Clean);
                            self.def_boxed(ins.a, v);
                        }
                        _ => {
                            let v = self.load_reg(ins.b);
                            self.incref(v);
                            self.def_boxed(ins.a, v);
                        }
                    }
                }
                self.edge(next, DeoptReason::IntGuard);
            }
            Op::LoadConst => {
                let k = self.u.code.consts[ins.b as usize].clone();
                self.load_constant(ins.a, &k);
                self.edge(next, DeoptReason::IntGuard);
            }
            Op::LoadGlobal => self.load_global(pc, ins.a),
            Op::CheckBound => {
                if self.ty(ins.a).unboxed() {
                    return self.edge(next, DeoptReason::IntGuard);
                }
                let v = self.load_reg(ins.a);
                let undef = self.b.ins().icmp_imm_s(IntCC::Equal, v, Value::UNDEF.bits() as i64);
                let slow = self.b.create_block();
                let ok = self.b.create_block();
                self.b.ins().brif(undef, slow, &[], ok, &[]);
                let saved = self.cur.clone();
                self.b.switch_to_block(slow);
                self.b.set_cold_block(slow);
                self.step(pc);
                self.cur = saved;
                self.b.switch_to_block(ok);
                self.edge(next, DeoptReason::IntGuard);
            }
            Op::Neg if matches!(self.ty(ins.b), Ty::Int | Ty::Float) => {
                if self.ty(ins.b) == Ty::Int {
                    let x = self.b.use_var(self.u.vi[ins.b as usize]);
                    let zero = self.b.ins().iconst(I64, 0);
                    let (r, of) = self.b.ins().ssub_overflow(zero, x);
                    let ok = self.b.ins().icmp_imm_s(IntCC::Equal, of, 0);
                    self.guard(ok, pc, DeoptReason::Overflow);
                    self.def_int(ins.a, r);
                } else {
                    let x = self.b.use_var(self.u.vf[ins.b as usize]);
                    let r = self.b.ins().fneg(x);
                    self.def_float(ins.a, r);
                }
                self.edge(next, DeoptReason::IntGuard);
            }
            Op::Lt | Op::Le | Op::Gt | Op::Ge | Op::Eq | Op::Ne => self.compare_store(pc, ins.op, ins.a, ins.b, ins.c),
            Op::Not => self.not(pc, ins.a, ins.b),
            Op::Is | Op::IsNot => {
                // Identity is equality of the boxed words (as in the
                // interpreter; unboxed registers box to the same words).
                let x = self.boxed_of(ins.b);
                let y = self.boxed_of(ins.c);
                let cc = if ins.op == Op::Is { IntCC::Equal } else { IntCC::NotEqual };
                let c = self.b.ins().icmp(cc, x, y);
                self.def_bool(ins.a, c);
                self.edge(next, DeoptReason::IntGuard);
            }
            Op::UnpackSeq => self.unpack(pc, ins.a, ins.b, ins.c),
            Op::Jump => self.branch_to(pc, ins.target() as usize),
            Op::JumpIfFalse | Op::JumpIfTrue => self.cond_jump(pc, ins.op == Op::JumpIfTrue, ins.a, ins.target() as usize),
            Op::JumpIfLt | Op::JumpIfLe | Op::JumpIfGt | Op::JumpIfGe | Op::JumpIfEq | Op::JumpIfNe => {
                let target = self.u.code.instrs[pc + 1].target() as usize;
                self.fused_jump(pc, ins.op, ins.a, ins.b, target)
            }
            Op::ForIter => self.for_iter(pc, ins.a, ins.b),
            Op::GetItem => self.get_item(pc, ins.a, ins.b, ins.c),
            Op::SetItem => self.set_item(pc, ins.a, ins.b, ins.c),
            Op::LoadAttr => self.load_attr(pc, ins.a, ins.b),
            Op::StoreAttr => self.store_attr(pc, ins.a, ins.b),
            Op::LoadMethod => self.load_method(pc, ins.a, ins.b),
            Op::GetIter => self.get_iter(pc, ins.a, ins.b),
            Op::Pow if self.u.rconst.get(pc).and_then(|c| c.1) == Some(2) && self.inline.is_none() && !self.u.code.jit.deopted_at(pc) => self.square(pc, ins.a, ins.b),
            Op::BuildTuple | Op::BuildList if self.inline.is_none() && !self.frameless() => {
                // A leaf helper copies the items from a stack array.
                let n = ins.c as u32;
                let slot = self.b.create_sized_stack_slot(cranelift_codegen::ir::StackSlotData::new(cranelift_codegen::ir::StackSlotKind::ExplicitSlot, (n.max(1)) * 8, 3));
                for i in 0..ins.c {
                    let v = self.boxed_of(ins.b + i);
                    self.b.ins().stack_store(I64, v, slot, i as i32 * 8);
                }
                let items = self.b.ins().stack_addr(I64, slot, 0);
                let list = self.b.ins().iconst(I32, i64::from(ins.op == Op::BuildList));
                let len = self.b.ins().iconst(I64, ins.c as i64);
                let call = self.leaf_call(self.f.build_seq, &[list, items, len]);
                let v = self.b.inst_results(call)[0];
                self.def_boxed(ins.a, v);
                self.edge(next, DeoptReason::ResultGuard);
            }
            Op::LoadDeref => {
                let cell = self.boxed_of(ins.b);
                let call = self.leaf_call(self.f.load_deref, &[cell]);
                let v = self.b.inst_results(call)[0];
                self.leaf_result(pc, ins.a, v, self.f.step);
            }
            Op::StoreDeref | Op::ListAppend if self.inline.is_none() => {
                let helper = if ins.op == Op::StoreDeref { self.f.store_deref } else { self.f.list_append };
                let (x, y) = (self.boxed_of(ins.a), self.boxed_of(ins.b));
                self.b.ins().call(helper, &[x, y]);
                self.edge(next, DeoptReason::ResultGuard);
            }
            Op::BuildSlice if self.slice_then_get(pc) => self.build_and_get_slice(pc),
            Op::BuildSlice => {
                let vals: Vec<CValue> = (0..3).map(|i| self.boxed_of(ins.b + i)).collect();
                let call = self.b.ins().call(self.f.build_slice, &vals);
                let v = self.b.inst_results(call)[0];
                self.def_boxed(ins.a, v);
                self.edge(next, DeoptReason::ResultGuard);
            }
            Op::Call => match (self.u.hints.intrinsics.get(pc).copied().flatten(), self.u.direct.get(pc).cloned().flatten()) {
                (Some(k), _) => self.intrinsic_call(pc, k),
                (None, Some(f)) => {
                    if !self.inline_call(pc) && !self.pure_call(pc) {
                        self.direct_call(pc, &f)
                    }
                }
                (None, None) => {
                    if !self.pure_call(pc) {
                        match self.builtin_callee(pc) {
                            Some(b) => self.builtin_call(pc, &b),
                            None => self.call_helper(self.f.call, pc),
                        }
                    }
                }
            },
            Op::CallMethod | Op::CallKw | Op::CallMethodKw => match (self.u.direct.get(pc).cloned().flatten(), self.builtin_callee(pc)) {
                // A monomorphic method call may be inlined.
                (Some(f), _) if ins.op == Op::CallMethod && self.method_targets(pc, &f).len() == 1 && self.inline_call(pc) => {}
                (Some(f), _) => self.direct_call(pc, &f),
                (None, Some(b)) => self.builtin_call(pc, &b),
                (None, None) => self.call_helper(self.f.call, pc),
            },
            Op::Return if self.inline_return(ins.a) || self.frameless_return(ins.a) => {}
            // A generator's end (StopIteration) is the interpreter's.
            Op::Return if self.u.code.flags.generator => self.resume_at(pc),
            Op::Return => {
                // The caller pops the frame (or the interpreter runs the
                // `Return`, for frames it entered).
                if releases_at_return(self.u.code) {
                    self.release_for_return(ins.a);
                } else {
                    self.flush();
                }
                let v = self.b.ins().iconst(I64, pylift_runtime::jit::exit_return(pc as u32, ins.a) as i64);
                self.b.ins().return_(&[v]);
            }
            Op::Yield | Op::YieldFrom => self.resume_at(pc),
            Op::ClearTemps => {
                self.clear_temps(ins.a, ins.c);
                self.edge(next, DeoptReason::IntGuard);
            }
            _ => self.step(pc),
        }
    }

    /// On-stack entry at loop header `hd`: the registers dead there whose
    /// slots the header expects empty (`Clean`) are released by one runtime
    /// call per 64 registers, not inline one by one (cold code, run once
    /// per entry: it is compile time that matters here).
    fn release_dead_at_entry(&mut self, hd: usize) {
        let Some(target) = self.u.states.get(hd).cloned().flatten() else { return };
        let n = target.len().min(self.cur.len());
        for chunk in (0..n).step_by(64) {
            let mut mask = 0u64;
            for (r, &want) in target.iter().enumerate().take(n.min(chunk + 64)).skip(chunk) {
                if want == Ty::Clean && matches!(self.cur[r], Ty::Boxed | Ty::Dead) {
                    mask |= 1 << (r - chunk);
                    self.cur[r] = Ty::Clean;
                }
            }
            if mask != 0 {
                let base = self.b.ins().iadd_imm_s(self.regs, chunk as i64 * 8);
                let m = self.b.ins().iconst(I64, mask as i64);
                self.b.ins().call(self.f.clear_regs, &[base, m]);
            }
        }
    }

    /// `ClearTemps`: the registers' references are released and the slots
    /// left unbound (unboxed values own nothing: only their type changes).
    fn clear_temps(&mut self, first: u16, n: u16) {
        let undef = self.b.ins().iconst(I64, Value::UNDEF.bits() as i64);
        for r in first..first.saturating_add(n).min(self.cur.len() as u16) {
            if self.inline.is_none() && matches!(self.ty(r), Ty::Boxed | Ty::Dead | Ty::RangeIter | Ty::List | Ty::VList) {
                let v = self.load_reg(r);
                self.store_raw(r, undef);
                self.decref(v);
            }
            self.set_ty(r, Ty::Clean);
        }
    }

    /// At a `Return` of register `a`: every other register is released
    /// and left unbound here, where their types say which ones own a
    /// reference, so whoever pops the frame finds only the result.
    fn release_for_return(&mut self, a: u16) {
        let undef = self.b.ins().iconst(I64, Value::UNDEF.bits() as i64);
        // Many references to release in a function with loops (whose
        // return is rare next to its work): one runtime call (in register
        // order, as below) instead of a test and a decrement for each,
        // which made a tenth of such a function's IR.
        let owned = |t: Ty| matches!(t, Ty::Boxed | Ty::Dead | Ty::List);
        let mut called = (0..self.cur.len().min(64) as u16).filter(|&r| r != a && owned(self.ty(r))).fold(0u64, |m, r| m | 1 << r);
        if called.count_ones() < RELEASE_CALL_MIN || self.u.code.back_edges().is_empty() {
            called = 0;
        }
        if called != 0 {
            let m = self.b.ins().iconst(I64, called as i64);
            self.b.ins().call(self.f.clear_regs, &[self.regs, m]);
        }
        for r in 0..self.cur.len() as u16 {
            if r == a {
                if self.ty(r).unboxed() {
                    let v = self.boxed_of(r);
                    self.store_raw(r, v);
                }
                continue;
            }
            if r < 64 && called >> r & 1 != 0 {
                continue;
            }
            match self.ty(r) {
                Ty::Boxed | Ty::Dead | Ty::RangeIter | Ty::List | Ty::VList => {
                    let v = self.load_reg(r);
                    self.store_raw(r, undef);
                    self.decref(v);
                }
                Ty::Int | Ty::Float | Ty::Bool | Ty::Clean | Ty::Folded(_) | Ty::VRange => self.store_raw(r, undef),
            }
        }
    }

    fn load_constant(&mut self, r: u16, k: &Value) {
        if k.is_small_int() {
            let v = self.b.ins().iconst(I64, k.as_small_int() << SCALE);
            self.def_int(r, v);
        } else if k.is_float() {
            let v = self.b.ins().f64const(k.as_float());
            self.def_float(r, v);
        } else if k.is_bool() {
            let c = self.b.ins().iconst(I8, i64::from(k.bits() == BITS_TRUE));
            self.def_bool(r, c);
        } else {
            let v = self.b.ins().iconst(I64, k.bits() as i64);
            if k.bits() >> TAG_SHIFT == TAG_PTR {
                self.incref(v);
            }
            self.def_boxed(r, v);
        }
    }

    /// A global load folded to the value the global has now, guarded by
    /// the dict versions; if they changed, the cached runtime load (or, when
    /// later code relies on the value's type, a deoptimization).
    fn load_global(&mut self, pc: usize, a: u16) {
        let next = flow::next_pc(self.u.code, pc);
        let Some(fold) = self.u.folds[pc].clone() else {
            return self.call_helper(self.f.cached, pc);
        };
        let slow = self.b.create_block();
        // A frameless body's folds are guarded before its first call.
        let guards = if self.pure.is_some() { Vec::new() } else { fold.guards.clone() };
        let folded = self.u.hints.globals[pc].is_some();
        for g in guards {
            // If the analysis relies on the value: deoptimize, saying why.
            let fail = if folded { self.deopt_block(pc, g.reason()) } else { slow };
            self.fold_check(g, fail, Some(pc));
        }
        let saved = self.cur.clone();
        if let Some(Ty::Folded(p)) = self.u.hints.globals[pc] {
            // A call's callee: known, not stored (see `Ty::Folded`).
            self.pins.push(fold.value.clone());
            if !self.ty(a).owns_nothing() {
                let old = self.load_reg(a);
                let undef = self.b.ins().iconst(I64, Value::UNDEF.bits() as i64);
                self.store_raw(a, undef);
                self.decref(old);
            }
            self.set_ty(a, Ty::Folded(p));
        } else {
            self.load_constant(a, &fold.value);
        }
        self.edge(next, DeoptReason::IntGuard);
        self.cur = saved;
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        if folded {
            // (Unreachable: every guard deoptimizes.)
            let d = self.deopt_block(pc, DeoptReason::GlobalChanged);
            self.b.ins().jump(d, &[]);
        } else {
            self.call_helper(self.f.cached, pc);
        }
    }

    fn arith(&mut self, pc: usize, op: Op, a: u16, bx: u16, cx: u16) {
        let next = flow::next_pc(self.u.code, pc);
        match spec::mode(self.u.code, pc, op, self.ty(bx), self.ty(cx)) {
            Mode::Int
                if self.pure.is_none()
                    && let Some(c) = wide::chain(self.u.code, &self.u.states, &self.u.folds, pc) =>
            {
                self.wide_chain(pc, &c, bx, cx)
            }
            Mode::Int => {
                let mut x = self.int_operand(bx, pc);
                let mut y = self.int_operand(cx, pc);
                let (k0, mut k) = self.u.rconst.get(pc).copied().unwrap_or((None, None));
                let (mut xr, mut yr) = (bx, cx);
                if matches!(op, Op::Mul | Op::Add) && k.is_none() && k0.is_some() {
                    // `3 * x`, `1 + x`: the literal second, as for `x * 3`.
                    (x, y, k, xr, yr) = (y, x, k0, cx, bx);
                }
                let r = if self.u.plan.bounded.get(pc).copied().unwrap_or(false) {
                    // In range by the loop condition (`bounded_steps`).
                    if op == Op::Add {
                        self.b.ins().iadd(x, y)
                    } else {
                        self.b.ins().isub(x, y)
                    }
                } else if self.safe_by_range(pc, op, xr, yr, k) {
                    // In range by the branches and ranges on the way
                    // (`branch_bounds`).
                    match (op, k) {
                        (Op::Add, _) => self.b.ins().iadd(x, y),
                        (Op::Sub, _) => self.b.ins().isub(x, y),
                        // The scaled operand times the plain other one.
                        (_, Some(c)) => self.b.ins().imul_imm_s(x, c),
                        _ => {
                            let py = self.plain(y);
                            self.b.ins().imul(x, py)
                        }
                    }
                } else if let Some(c) = k.filter(|&c| matches!(op, Op::FloorDiv | Op::Mod) && c > 0 && c & (c - 1) != 0 && self.non_negative(pc, xr)) {
                    // A non-negative dividend: no floor correction.
                    let xv = self.plain(x);
                    let cv = self.b.ins().iconst(I64, c);
                    let v = if op == Op::Mod { self.b.ins().urem(xv, cv) } else { self.b.ins().udiv(xv, cv) };
                    self.scaled(v)
                } else if matches!(op, Op::Add | Op::Sub) && flow::is_temp(self.u.code, a) {
                    // A temporary (`n - 1` as an argument): Cranelift would
                    // recompute `n - c` at each use in another block
                    // (rematerialization) if the compare form below made it
                    // a plain subtraction; a variable (`x += c`,
                    // `x = 3 * x + 1`) feeds the loop instead.
                    self.int_op(Fail::Deopt(pc), op, x, y, None)
                } else if op == Op::Mul && matches!(k, Some(2..=9)) && self.non_negative(pc, xr) {
                    // Not negative: only the upper end to check (one
                    // compare where the range check adds and compares).
                    self.small_multiple(Fail::Deopt(pc), x, k.unwrap_or(2), true)
                } else {
                    self.int_op(Fail::Deopt(pc), op, x, y, k)
                };
                self.def_int(a, r);
                self.edge(next, DeoptReason::IntGuard);
            }
            m @ (Mode::Float | Mode::Mixed) => {
                let (x, y) = if m == Mode::Float { (self.float_operand(bx, pc), self.float_operand(cx, pc)) } else { (self.number_operand(bx, pc), self.number_operand(cx, pc)) };
                let r = match op {
                    Op::Add => self.b.ins().fadd(x, y),
                    Op::Sub => self.b.ins().fsub(x, y),
                    Op::Mul => self.b.ins().fmul(x, y),
                    _ => {
                        // (An int divisor the range facts keep from 0 needs
                        // no check: `1.0 / (i * (i + 1) // 2 + 1)`.)
                        if !(self.ty(cx) == Ty::Int && self.non_zero(pc, cx)) {
                            let zero = self.b.ins().f64const(0.0);
                            let nz = self.b.ins().fcmp(FloatCC::NotEqual, y, zero);
                            self.guard(nz, pc, DeoptReason::ZeroDivision);
                        }
                        self.b.ins().fdiv(x, y)
                    }
                };
                self.def_float(a, r);
                self.edge(next, DeoptReason::IntGuard);
            }
            Mode::Boxed => {
                if let Some((class, method, index)) = self.operator_target(pc) {
                    let slow = self.b.create_block();
                    self.operator_call(pc, &class, method, index, slow);
                    self.b.set_cold_block(slow);
                    return self.step(pc);
                }
                if self.feedback_rules_out_inline(pc) {
                    return self.step(pc);
                }
                self.flush();
                self.boxed_arith(pc, op, a, bx, cx)
            }
        }
    }

    /// Type feedback says the inline int/float path would not apply (the
    /// operands seen include big ints, strings, instances...).
    fn feedback_rules_out_inline(&self, pc: usize) -> bool {
        use pylift_runtime::feedback::{T_FLOAT, T_INT};
        let fb = self.u.code.feedback.get(pc).map_or(0, |c| c.get());
        fb & !(T_INT | T_FLOAT) != 0
    }

    /// Whether `x OP k` (`op` Add or Sub, `k` a literal, `x` in register
    /// `bx`) stays a small int by the ranges known at `pc`.
    fn safe_by_range(&self, pc: usize, op: Op, xr: u16, yr: u16, k: Option<i64>) -> bool {
        if !matches!(op, Op::Add | Op::Sub | Op::Mul) {
            return false;
        }
        let Some(facts) = self.u.ranges.get(pc) else { return false };
        let (Some(x), Some(y)) = (reg_range(facts, xr, None), reg_range(facts, yr, k)) else { return false };
        op_range(op, x, y).is_some_and(|(lo, hi)| lo >= i128::from(SMALL_MIN) && hi <= i128::from(SMALL_MAX))
    }

    /// The range register `r` is known to lie in at `pc` (`branch_bounds`).
    fn range_at(&self, pc: usize, r: u16) -> Option<(i128, i128)> {
        self.u.ranges.get(pc).and_then(|facts| reg_range(facts, r, None))
    }

    /// Whether register `r` is known not to be 0 at `pc`.
    fn non_zero(&self, pc: usize, r: u16) -> bool {
        self.range_at(pc, r).is_some_and(|(lo, hi)| lo > 0 || hi < 0)
    }

    /// Whether register `r` is known not to be negative at `pc`.
    fn non_negative(&self, pc: usize, r: u16) -> bool {
        self.range_at(pc, r).is_some_and(|(lo, _)| lo >= 0)
    }

    /// Continues only if `ok` holds; else deoptimizes or branches to the
    /// slow path, as `fail` says.
    fn check(&mut self, ok: CValue, fail: Fail, reason: DeoptReason) {
        match fail {
            Fail::Deopt(pc) => self.guard(ok, pc, reason),
            Fail::Branch(slow) => {
                let cont = self.b.create_block();
                self.b.ins().brif(ok, cont, &[], slow, &[]);
                self.b.switch_to_block(cont);
            }
        }
    }

    /// `xs * c` for a small literal `c` (2 to 9): the operand's range is
    /// checked (one compare, off the critical path; only its upper end if
    /// `non_negative`) and the product made by shifts and adds (`lea`: an
    /// add's latency, and `3 * x + 1` is on the critical path of loops like
    /// collatz's).
    fn small_multiple(&mut self, fail: Fail, xs: CValue, c: i64, non_negative: bool) -> CValue {
        // x * c fits the scaled range iff x is within it divided by c;
        // within it less a headroom (`ranges::MUL_HEADROOM`), a small
        // literal added to the product fits too.
        let room = ranges::MUL_HEADROOM << SCALE;
        let (lo, hi) = ((i64::MIN + room) / c, (i64::MAX - room) / c);
        let ok = if non_negative {
            self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, xs, hi)
        } else {
            let off = self.b.ins().iadd_imm_s(xs, lo.wrapping_neg());
            self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, off, hi.wrapping_sub(lo))
        };
        self.check(ok, fail, DeoptReason::Overflow);
        // Shapes x86's `lea` computes (`x + (x << 1)`: 3x).
        match c {
            2 | 4 | 8 => self.b.ins().ishl_imm_s(xs, i64::from(c.trailing_zeros())),
            3 | 5 | 9 => {
                let part = self.b.ins().ishl_imm_s(xs, i64::from((c - 1).trailing_zeros()));
                self.b.ins().iadd(xs, part)
            }
            _ => self.b.ins().imul_imm_s(xs, c),
        }
    }

    /// Arithmetic on scaled small ints with Python semantics, giving a
    /// scaled small int (`k`: the plain value of `ys` when it is a literal);
    /// where the interpreter must decide (a result out of
    /// the small-int range, a zero divisor, a large shift count) it leaves
    /// as `fail` says.
    fn int_op(&mut self, fail: Fail, op: Op, xs: CValue, ys: CValue, k: Option<i64>) -> CValue {
        let no_overflow = |t: &mut Self, of: CValue| {
            let ok = t.b.ins().icmp_imm_s(IntCC::Equal, of, 0);
            t.check(ok, fail, DeoptReason::Overflow);
        };
        match op {
            // Adding or subtracting a constant: it wrapped iff the result
            // moved the wrong way, a compare the branch fuses with
            // (`add; cmp; jle`), where the overflow flag costs a `seto` and
            // a `test` more (Cranelift does not branch on it directly).
            Op::Add | Op::Sub if k.is_some_and(|c| c != 0) => {
                let up = (k.unwrap_or(0) > 0) == (op == Op::Add);
                let r = if op == Op::Add { self.b.ins().iadd(xs, ys) } else { self.b.ins().isub(xs, ys) };
                let ok = self.b.ins().icmp(if up { IntCC::SignedGreaterThan } else { IntCC::SignedLessThan }, r, xs);
                self.check(ok, fail, DeoptReason::Overflow);
                r
            }
            Op::Add => {
                let (r, of) = self.b.ins().sadd_overflow(xs, ys);
                no_overflow(self, of);
                r
            }
            Op::Sub => {
                let (r, of) = self.b.ins().ssub_overflow(xs, ys);
                no_overflow(self, of);
                r
            }
            // The low 16 bits are zero in both: so are they in the result.
            Op::BitAnd => self.b.ins().band(xs, ys),
            Op::BitOr => self.b.ins().bor(xs, ys),
            Op::BitXor => self.b.ins().bxor(xs, ys),
            // By a small literal: `small_multiple`; other literals multiply
            // the scaled operand by the plain literal (no unscaling shift).
            Op::Mul if matches!(k, Some(2..=9)) => self.small_multiple(fail, xs, k.unwrap_or(2), false),
            Op::Mul => {
                let y = match k {
                    Some(c) => self.b.ins().iconst(I64, c),
                    None => self.plain(ys),
                };
                let (r, of) = self.b.ins().smul_overflow(xs, y);
                no_overflow(self, of);
                r
            }
            Op::FloorDiv | Op::Mod if k.is_some_and(|c| c > 0) => self.div_by_constant(op, xs, k.unwrap_or(1)),
            Op::FloorDiv | Op::Mod => {
                let (x, y) = (self.plain(xs), self.plain(ys));
                let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, y, 0);
                self.check(nz, fail, DeoptReason::ZeroDivision);
                let r = self.floor_divmod(op, x, y);
                if op == Op::FloorDiv {
                    // Only (-2**47) // -1 leaves the range.
                    let ok = self.fits(r);
                    self.check(ok, fail, DeoptReason::Overflow);
                }
                self.scaled(r)
            }
            Op::RShift => {
                let y = self.plain(ys);
                let ok = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, y, 64);
                self.check(ok, fail, DeoptReason::ShiftCount);
                let r = self.b.ins().sshr(xs, y);
                self.b.ins().band_imm_s(r, !((1i64 << SCALE) - 1))
            }
            _ => {
                // LShift: counts below 48; shifting back must give x.
                let y = self.plain(ys);
                let ok = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, y, 48);
                self.check(ok, fail, DeoptReason::ShiftCount);
                let r = self.b.ins().ishl(xs, y);
                let back = self.b.ins().sshr(r, y);
                let same = self.b.ins().icmp(IntCC::Equal, back, xs);
                self.check(same, fail, DeoptReason::Overflow);
                r
            }
        }
    }

    /// Floor division or modulo of scaled int `xs` by the positive constant
    /// `c`: a mask or a shift for a power of two; otherwise the truncating
    /// operation (which Cranelift turns into a multiplication) corrected by
    /// the remainder's sign alone. Neither can fail.
    fn div_by_constant(&mut self, op: Op, xs: CValue, c: i64) -> CValue {
        if c & (c - 1) == 0 {
            if op == Op::Mod {
                return self.b.ins().band_imm_s(xs, (c - 1) << SCALE);
            }
            // Arithmetic shifts floor; the scaled form's low bits are cleared.
            let r = self.b.ins().sshr_imm_s(xs, i64::from(c.trailing_zeros()));
            return self.b.ins().band_imm_s(r, !((1i64 << SCALE) - 1));
        }
        let x = self.plain(xs);
        let cv = self.b.ins().iconst(I64, c);
        let r = self.b.ins().srem(x, cv);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        let v = if op == Op::Mod {
            let r2 = self.b.ins().iadd_imm_s(r, c);
            self.b.ins().select(neg, r2, r)
        } else {
            let q = self.b.ins().sdiv(x, cv);
            let q2 = self.b.ins().iadd_imm_s(q, -1);
            self.b.ins().select(neg, q2, q)
        };
        self.scaled(v)
    }

    /// Python's floor division or modulo of i64s (divisor non-zero).
    fn floor_divmod(&mut self, op: Op, xi: CValue, yi: CValue) -> CValue {
        let q = self.b.ins().sdiv(xi, yi);
        let r = self.b.ins().srem(xi, yi);
        // Floor semantics: adjust when the remainder's sign differs from the
        // divisor's.
        let rnz = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let sx = self.b.ins().bxor(r, yi);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sx, 0);
        let adjust = self.b.ins().band(rnz, neg);
        if op == Op::Mod {
            let r2 = self.b.ins().iadd(r, yi);
            self.b.ins().select(adjust, r2, r)
        } else {
            let q2 = self.b.ins().iadd_imm_s(q, -1);
            self.b.ins().select(adjust, q2, q)
        }
    }

    /// Arithmetic on boxed operands in the frame (already flushed): inline
    /// small-int and float cases behind tag checks, the runtime otherwise.
    fn boxed_arith(&mut self, pc: usize, op: Op, a: u16, bx: u16, cx: u16) {
        let next = flow::next_pc(self.u.code, pc);
        let x = self.load_reg(bx);
        let y = self.load_reg(cx);
        let int_blk = self.b.create_block();
        let not_int = self.b.create_block();
        let slow = self.b.create_block();
        let both_int = self.both_tagged(x, y, TAG_INT);
        self.b.ins().brif(both_int, int_blk, &[], not_int, &[]);
        let saved = self.cur.clone();

        self.b.switch_to_block(int_blk);
        if op == Op::TrueDiv {
            let xi = self.unbox_int(x);
            let yi = self.unbox_int(y);
            // int / int: both convert exactly to doubles (48-bit values).
            let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, yi, 0);
            let div = self.b.create_block();
            self.b.ins().brif(nz, div, &[], slow, &[]);
            self.b.switch_to_block(div);
            let fx = self.b.ins().fcvt_from_sint(F64, xi);
            let fy = self.b.ins().fcvt_from_sint(F64, yi);
            let fr = self.b.ins().fdiv(fx, fy);
            let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), fr);
            self.def_boxed(a, bits);
            self.edge(next, DeoptReason::IntGuard);
        } else {
            // A result out of the small-int range takes the runtime path,
            // which makes a big int (never a wrapped value).
            let xs = self.unbox_scaled(x);
            let ys = self.unbox_scaled(y);
            let r = self.int_op(Fail::Branch(slow), op, xs, ys, None);
            let boxed = self.box_int(r);
            self.def_boxed(a, boxed);
            self.edge(next, DeoptReason::IntGuard);
        }
        self.cur = saved.clone();

        self.b.switch_to_block(not_int);
        if matches!(op, Op::Add | Op::Sub | Op::Mul | Op::TrueDiv) {
            let float_blk = self.b.create_block();
            let both_f = self.both_float(x, y);
            self.b.ins().brif(both_f, float_blk, &[], slow, &[]);
            self.b.switch_to_block(float_blk);
            let fx = self.b.ins().bitcast(F64, MemFlagsData::new(), x);
            let fy = self.b.ins().bitcast(F64, MemFlagsData::new(), y);
            let fr = match op {
                Op::Add => self.b.ins().fadd(fx, fy),
                Op::Sub => self.b.ins().fsub(fx, fy),
                Op::Mul => self.b.ins().fmul(fx, fy),
                _ => {
                    // Division by zero raises: leave that to the runtime.
                    let zero = self.b.ins().f64const(0.0);
                    let nz = self.b.ins().fcmp(FloatCC::NotEqual, fy, zero);
                    let div = self.b.create_block();
                    self.b.ins().brif(nz, div, &[], slow, &[]);
                    self.b.switch_to_block(div);
                    self.b.ins().fdiv(fx, fy)
                }
            };
            let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), fr);
            self.def_boxed(a, bits);
            self.edge(next, DeoptReason::IntGuard);
            self.cur = saved;
        } else {
            self.b.ins().jump(slow, &[]);
        }

        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.step(pc);
    }

    fn both_tagged(&mut self, x: CValue, y: CValue, tag: u64) -> CValue {
        let tx = self.tag(x);
        let ty = self.tag(y);
        let a = self.b.ins().icmp_imm_s(IntCC::Equal, tx, tag as i64);
        let c = self.b.ins().icmp_imm_s(IntCC::Equal, ty, tag as i64);
        self.b.ins().band(a, c)
    }

    fn both_float(&mut self, x: CValue, y: CValue) -> CValue {
        let a = self.is_float_tag(x);
        let c = self.is_float_tag(y);
        self.b.ins().band(a, c)
    }

    fn cc(op: Op) -> (IntCC, FloatCC) {
        match op {
            Op::Lt | Op::JumpIfLt => (IntCC::SignedLessThan, FloatCC::LessThan),
            Op::Le | Op::JumpIfLe => (IntCC::SignedLessThanOrEqual, FloatCC::LessThanOrEqual),
            Op::Gt | Op::JumpIfGt => (IntCC::SignedGreaterThan, FloatCC::GreaterThan),
            Op::Ge | Op::JumpIfGe => (IntCC::SignedGreaterThanOrEqual, FloatCC::GreaterThanOrEqual),
            Op::Eq | Op::JumpIfEq => (IntCC::Equal, FloatCC::Equal),
            _ => (IntCC::NotEqual, FloatCC::NotEqual),
        }
    }

    /// A specialized comparison's condition, if the mode allows one.
    fn compare_typed(&mut self, pc: usize, op: Op, x: u16, y: u16) -> Option<CValue> {
        let (icc, fcc) = Self::cc(op);
        match spec::mode(self.u.code, pc, op, self.ty(x), self.ty(y)) {
            Mode::Int => {
                let a = self.int_operand(x, pc);
                let b = self.int_operand(y, pc);
                let c = self.b.ins().icmp(icc, a, b);
                if let cranelift_codegen::ir::ValueDef::Result(inst, _) = self.b.func.dfg.value_def(c) {
                    self.known.plain.compares.push(inst);
                }
                Some(c)
            }
            Mode::Float => {
                let a = self.float_operand(x, pc);
                let b = self.float_operand(y, pc);
                Some(self.b.ins().fcmp(fcc, a, b))
            }
            Mode::Mixed => {
                let a = self.number_operand(x, pc);
                let b = self.number_operand(y, pc);
                Some(self.b.ins().fcmp(fcc, a, b))
            }
            Mode::Boxed => None,
        }
    }

    /// The comparison of two boxed registers (frame flushed) when both are
    /// small ints or both floats; `slow` is taken otherwise.
    fn compare_boxed(&mut self, op: Op, bx: u16, cx: u16, slow: Block) -> CValue {
        let x = self.load_reg(bx);
        let y = self.load_reg(cx);
        let (icc, fcc) = Self::cc(op);
        let int_blk = self.b.create_block();
        let not_int = self.b.create_block();
        let float_blk = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, I8);
        let both_int = self.both_tagged(x, y, TAG_INT);
        self.b.ins().brif(both_int, int_blk, &[], not_int, &[]);
        self.b.switch_to_block(int_blk);
        // Scaled ints compare as their values do.
        let xi = self.unbox_scaled(x);
        let yi = self.unbox_scaled(y);
        let ci = self.b.ins().icmp(icc, xi, yi);
        self.b.ins().jump(join, &[ci.into()]);
        self.b.switch_to_block(not_int);
        let both_f = self.both_float(x, y);
        self.b.ins().brif(both_f, float_blk, &[], slow, &[]);
        self.b.switch_to_block(float_blk);
        let fx = self.b.ins().bitcast(F64, MemFlagsData::new(), x);
        let fy = self.b.ins().bitcast(F64, MemFlagsData::new(), y);
        let cf = self.b.ins().fcmp(fcc, fx, fy);
        self.b.ins().jump(join, &[cf.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    fn compare_store(&mut self, pc: usize, op: Op, a: u16, bx: u16, cx: u16) {
        let next = flow::next_pc(self.u.code, pc);
        if let Some(c) = self.compare_typed(pc, op, bx, cx) {
            self.def_bool(a, c);
            return self.edge(next, DeoptReason::IntGuard);
        }
        if self.feedback_rules_out_inline(pc) {
            return self.step(pc);
        }
        self.flush();
        let slow = self.b.create_block();
        let c = self.compare_boxed(op, bx, cx, slow);
        let saved = self.cur.clone();
        let v = self.bool_bits(c);
        self.def_boxed(a, v);
        self.edge(next, DeoptReason::IntGuard);
        self.cur = saved;
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.step(pc);
    }

    /// A fused compare-and-branch; `x` = 1 jumps when the comparison is
    /// false (the runtime helper answers "taken" with that applied).
    fn fused_jump(&mut self, pc: usize, op: Op, ax: u16, bx: u16, target: usize) {
        let next = flow::next_pc(self.u.code, pc);
        let negate = self.u.code.instrs[pc].x == pylift_runtime::bytecode::Instr::FUSED_NEGATED;
        if let Some(c) = self.compare_typed(pc, op, ax, bx) {
            let (yes, no) = if negate { (next, target) } else { (target, next) };
            return self.branch2(pc, c, yes, no);
        }
        self.flush();
        let taken = self.b.create_block();
        let not_taken = self.b.create_block();
        let slow = self.b.create_block();
        if self.feedback_rules_out_inline(pc) {
            self.b.ins().jump(slow, &[]);
        } else {
            let c = self.compare_boxed(op, ax, bx, slow);
            let (yes, no) = if negate { (not_taken, taken) } else { (taken, not_taken) };
            self.b.ins().brif(c, yes, &[], no, &[]);
        }
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let pcv = self.b.ins().iconst(I32, pc as i64);
        let call = self.b.ins().call(self.f.compare, &[self.vm, pcv]);
        let r = self.b.inst_results(call)[0];
        let is_taken = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
        let check_err = self.b.create_block();
        self.b.ins().brif(is_taken, taken, &[], check_err, &[]);
        self.b.switch_to_block(check_err);
        self.b.ins().brif(r, self.err, &[], not_taken, &[]);
        let saved = self.cur.clone();
        self.b.switch_to_block(taken);
        self.branch_to(pc, target);
        self.cur = saved;
        self.b.switch_to_block(not_taken);
        self.edge(next, DeoptReason::IntGuard);
    }

    fn cond_jump(&mut self, pc: usize, when: bool, a: u16, target: usize) {
        let next = flow::next_pc(self.u.code, pc);
        let (yes_pc, no_pc) = if when { (target, next) } else { (next, target) };
        match self.ty(a) {
            Ty::Int => {
                let v = self.b.use_var(self.u.vi[a as usize]);
                let c = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0);
                return self.branch2(pc, c, yes_pc, no_pc);
            }
            Ty::Float => {
                let v = self.b.use_var(self.u.vf[a as usize]);
                let zero = self.b.ins().f64const(0.0);
                let c = self.b.ins().fcmp(FloatCC::NotEqual, v, zero);
                return self.branch2(pc, c, yes_pc, no_pc);
            }
            Ty::Bool => {
                let v = self.b.use_var(self.u.vi[a as usize]);
                return self.branch2(pc, v, yes_pc, no_pc);
            }
            _ => {}
        }
        let v = self.load_reg(a);
        let is_true = self.b.ins().icmp_imm_s(IntCC::Equal, v, BITS_TRUE as i64);
        let is_false = self.b.ins().icmp_imm_s(IntCC::Equal, v, BITS_FALSE as i64);
        let is_none = self.b.ins().icmp_imm_s(IntCC::Equal, v, BITS_NONE as i64);
        let falsy_const = self.b.ins().bor(is_false, is_none);
        let yes = self.b.create_block();
        let no = self.b.create_block();
        let check_false = self.b.create_block();
        let check_int = self.b.create_block();
        let int_blk = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(is_true, yes, &[], check_false, &[]);
        self.b.switch_to_block(check_false);
        self.b.ins().brif(falsy_const, no, &[], check_int, &[]);
        self.b.switch_to_block(check_int);
        let int_tag = self.is_int_tag(v);
        self.b.ins().brif(int_tag, int_blk, &[], slow, &[]);
        self.b.switch_to_block(int_blk);
        // A small int is true unless its payload is zero.
        let payload = self.b.ins().band_imm_s(v, PAYLOAD_MASK as i64);
        self.b.ins().brif(payload, yes, &[], no, &[]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        // `__bool__`/`__len__` may run Python code or raise: frame up to
        // date (this path rejoins the inline one).
        self.flush_unboxed();
        let pcv = self.b.ins().iconst(I32, pc as i64);
        let call = self.b.ins().call(self.f.truthy, &[self.vm, v, pcv]);
        let r = self.b.inst_results(call)[0];
        self.reload_unboxed();
        let is_one = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
        let check_err = self.b.create_block();
        self.b.ins().brif(is_one, yes, &[], check_err, &[]);
        self.b.switch_to_block(check_err);
        self.b.ins().brif(r, self.err, &[], no, &[]);
        let saved = self.cur.clone();
        self.b.switch_to_block(yes);
        self.branch_to(pc, yes_pc);
        self.cur = saved;
        self.b.switch_to_block(no);
        self.branch_to(pc, no_pc);
    }

    fn for_iter(&mut self, pc: usize, a: u16, itr: u16) {
        let target = self.u.code.instrs[pc + 1].target() as usize;
        if self.ty(itr) == Ty::VList {
            return self.virtual_list_step(pc, a, itr);
        }
        if self.ty(itr) == Ty::VRange {
            // All in registers: no memory traffic, nothing to check.
            let cur = self.b.use_var(self.u.vi[itr as usize]);
            let (stop, step) = self.range_bounds(itr);
            let var = self.u.vi[itr as usize];
            let step = if self.u.hints.unit_step[itr as usize] { None } else { Some(step) };
            return self.range_step(pc, a, [cur, stop], step, |t, nv| t.b.def_var(var, nv));
        }
        if spec::range_loop(self.u.code, pc) && matches!(self.ty(itr), Ty::Boxed | Ty::RangeIter) {
            // A range iterator stepped in place: checked once (kind, and
            // small-int bounds, so no value needs a range check), then its
            // next/stop/step words.
            let p = if self.ty(itr) == Ty::RangeIter {
                self.b.use_var(self.u.vi[itr as usize])
            } else {
                let p = self.range_iter_guarded(itr, pc);
                self.b.def_var(self.u.vi[itr as usize], p);
                self.set_ty(itr, Ty::RangeIter);
                p
            };
            let cur = self.b.ins().load(I64, MemFlagsData::trusted(), p, self.seq.range_next);
            let stop = self.b.ins().load(I64, MemFlagsData::trusted(), p, self.seq.range_stop);
            let step = self.b.ins().load(I64, MemFlagsData::trusted(), p, self.seq.range_step);
            let off = self.seq.range_next;
            return self.range_step(pc, a, [cur, stop], Some(step), |t, nv| {
                t.b.ins().store(MemFlagsData::trusted(), nv, p, off);
            });
        }
        if spec::list_loop(self.u.code, pc) && self.ty(itr) == Ty::Boxed {
            return self.list_for_iter(pc, a, itr, target);
        }
        self.for_iter_runtime(pc, a, target);
    }

    /// `ForIter` of a `VList` register: the next element of the list by the
    /// index variable (the length re-read each step, as the interpreter
    /// does); at the end the list is released, as an exhausted iterator
    /// drops it.
    fn virtual_list_step(&mut self, pc: usize, a: u16, itr: u16) {
        let t = MemFlagsData::trusted();
        let next = flow::next_pc(self.u.code, pc);
        let target = self.u.code.instrs[pc + 1].target() as usize;
        let lp = self.b.use_var(self.u.vr[itr as usize].0);
        let index = self.b.use_var(self.u.vi[itr as usize]);
        let done = self.b.create_block();
        let saved = self.cur.clone();
        let elem = self.list_elem_at(lp, index, done);
        let i1 = self.b.ins().iadd_imm_s(index, 1);
        self.b.def_var(self.u.vi[itr as usize], i1);
        let fused = (self.inline.is_none() && !self.frameless() && matches!(self.ty(a), Ty::Boxed | Ty::Dead | Ty::Clean)).then(|| self.unpacked_item(pc)).flatten();
        if let Some((ua, n)) = fused {
            // `for x, y in a_list`: a tuple item of the right length goes
            // straight into the registers `UnpackSeq` writes, its parts
            // taking references and the tuple none (the list keeps it).
            let plain = self.b.create_block();
            let (p, kind) = self.object_kind(elem, Fail::Branch(plain), DeoptReason::ResultGuard);
            let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, kind, self.seq.tuple_kind as i64);
            let check_len = self.b.create_block();
            self.b.ins().brif(is_tuple, check_len, &[], plain, &[]);
            self.b.switch_to_block(check_len);
            let len = self.b.ins().load(I64, t, p, self.seq.tuple_len);
            let exact = self.b.ins().icmp_imm_s(IntCC::Equal, len, n as i64);
            let parts = self.b.create_block();
            self.b.ins().brif(exact, parts, &[], plain, &[]);
            self.b.switch_to_block(parts);
            let items = self.b.ins().load(I64, t, p, self.seq.tuple_ptr);
            let after = self.unpack_items(target, items, ua, n, None);
            self.branch_to(pc, after);
            self.cur = saved.clone();
            self.b.switch_to_block(plain);
        }
        self.incref(elem);
        self.def_boxed(a, elem);
        self.branch_to(pc, target);
        self.cur = saved;
        self.b.switch_to_block(done);
        let list = self.load_reg(itr);
        self.unbind(itr, list);
        self.edge(next, DeoptReason::IntGuard);
    }

    /// Item `index` of the list object at `lp`, boxed (no reference taken),
    /// from its items or, for a compact list, its bytes; branches to `done`
    /// past the end.
    fn list_elem_at(&mut self, lp: CValue, index: CValue, done: Block) -> CValue {
        let t = MemFlagsData::trusted();
        let len = self.b.ins().load(I64, t, lp, self.seq.list_len);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        let (got, compact, hit, have) = (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(have, I64);
        self.b.ins().brif(more, got, &[], compact, &[]);
        self.b.switch_to_block(got);
        let data = self.b.ins().load(I64, t, lp, self.seq.list_ptr);
        let off = self.b.ins().ishl_imm_s(index, 3);
        let addr = self.b.ins().iadd(data, off);
        let elem = self.b.ins().load(I64, t, addr, 0);
        self.b.ins().jump(have, &[elem.into()]);
        self.b.switch_to_block(compact);
        let blen = self.b.ins().load(I64, t, lp, self.seq.list_bools_len);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, index, blen);
        self.b.ins().brif(more, hit, &[], done, &[]);
        self.b.switch_to_block(hit);
        let elem = self.compact_elem(lp, None, index);
        self.b.ins().jump(have, &[elem.into()]);
        self.b.switch_to_block(have);
        self.b.block_params(have)[0]
    }

    /// Item `i` (in range) of the compact list at `lp` (held by register
    /// `ob`, if any), as a boxed bool.
    fn compact_elem(&mut self, lp: CValue, ob: Option<u16>, i: CValue) -> CValue {
        let byte = self.compact_byte(lp, ob, i);
        self.box_bool(byte)
    }

    /// `compact_elem`'s byte: 0 or 1, as a word.
    fn compact_byte(&mut self, lp: CValue, ob: Option<u16>, i: CValue) -> CValue {
        let bytes = match ob {
            Some(ob) => self.list_field(lp, ob, self.seq.list_bools_ptr),
            None => self.b.ins().load(I64, MemFlagsData::trusted(), lp, self.seq.list_bools_ptr),
        };
        let at = self.b.ins().iadd(bytes, i);
        self.b.ins().uload8(I64, MemFlagsData::trusted(), at, 0)
    }

    /// One step of a range loop (`ForIter` at `pc`) from the iterator's
    /// next, stop and step values (small ints, so `next + step` cannot
    /// overflow; no `step`: it is 1): the loop variable `a` gets `next` and
    /// `store_next` records the following value, or the loop ends.
    fn range_step(&mut self, pc: usize, a: u16, [cur, stop]: [CValue; 2], step: Option<CValue>, store_next: impl FnOnce(&mut Self, CValue)) {
        let next = flow::next_pc(self.u.code, pc);
        let target = self.u.code.instrs[pc + 1].target() as usize;
        let lt = self.b.ins().icmp(IntCC::SignedLessThan, cur, stop);
        let more = match step {
            Some(step) => {
                let up = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, step, 0);
                let gt = self.b.ins().icmp(IntCC::SignedGreaterThan, cur, stop);
                self.b.ins().select(up, lt, gt)
            }
            None => lt,
        };
        let got = self.b.create_block();
        let done = self.b.create_block();
        // The loop's way on as the second successor: Cranelift lays blocks
        // out in reverse postorder of a depth-first walk that takes first
        // successors first, which would put the code after the loop between
        // this test and the loop's body.
        let stop_now = self.b.ins().icmp_imm_s(IntCC::Equal, more, 0);
        self.b.ins().brif(stop_now, done, &[], got, &[]);
        let saved = self.cur.clone();
        self.b.switch_to_block(got);
        let nv = match step {
            Some(step) => self.b.ins().iadd(cur, step),
            None => self.b.ins().iadd_imm_s(cur, 1),
        };
        store_next(self, nv);
        let v = self.scaled(cur);
        self.def_int(a, v);
        self.branch_to(pc, target);
        self.cur = saved;
        self.b.switch_to_block(done);
        self.edge(next, DeoptReason::IntGuard);
    }

    /// `ForIter` through the runtime (`ops::iter`): any iterator, and the
    /// end of an inline list loop (which marks the iterator exhausted).
    /// After a leaf step of the `ForIter` at `pc` answered `r` (1: `regs`
    /// were written, go on at `to`; 2: exhausted, leave the loop; 0: not
    /// its case): positions at the block for 0, with the state of entry.
    fn leaf_step(&mut self, pc: usize, r: CValue, regs: &[u16], to: usize) {
        let got = self.b.create_block();
        let other = self.b.create_block();
        let done = self.b.create_block();
        let miss = self.b.create_block();
        let is_got = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
        self.b.ins().brif(is_got, got, &[], other, &[]);
        self.b.switch_to_block(other);
        self.b.ins().brif(r, done, &[], miss, &[]);
        let saved = self.cur.clone();
        self.b.switch_to_block(done);
        self.edge(flow::next_pc(self.u.code, pc), DeoptReason::IntGuard);
        self.cur = saved.clone();
        self.b.switch_to_block(got);
        for &x in regs {
            self.set_ty(x, Ty::Boxed);
        }
        self.branch_to(pc, to);
        self.cur = saved;
        self.b.switch_to_block(miss);
    }

    /// For a `ForIter` at `pc` whose loop body starts by unpacking the
    /// item (a temporary, dead after) into `n` registers: their first and
    /// `n`, when their slots may be overwritten by a helper.
    fn unpacked_item(&self, pc: usize) -> Option<(u16, u16)> {
        let code = self.u.code;
        let (ins, target) = (code.instrs[pc], code.instrs[pc + 1].target() as usize);
        let u = *code.instrs.get(target)?;
        let after = flow::next_pc(code, target);
        let st = self.u.states.get(target)?.as_ref()?;
        let st_after = self.u.states.get(after)?.as_ref()?;
        let fits = u.op == Op::UnpackSeq && u.b == ins.a && flow::is_temp(code, ins.a) && !(u.a..u.a + u.c).contains(&ins.a);
        let dead = matches!(st_after.get(ins.a as usize), Some(Ty::Dead | Ty::Clean));
        let slots = (u.a..u.a + u.c).all(|r| matches!(st.get(r as usize), Some(Ty::Boxed | Ty::Dead | Ty::Clean)) && matches!(self.ty(r), Ty::Boxed | Ty::Dead | Ty::Clean));
        (fits && dead && slots && u.c > 0 && self.u.blocks.get(after).is_some_and(|b| b.is_some())).then_some((u.a, u.c))
    }

    fn for_iter_runtime(&mut self, pc: usize, a: u16, target: usize) {
        let next = flow::next_pc(self.u.code, pc);
        let itr = self.u.code.instrs[pc].b;
        if self.inline.is_none() && !self.frameless() && matches!(self.ty(a), Ty::Boxed | Ty::Dead | Ty::Clean) && matches!(self.ty(itr), Ty::Boxed | Ty::Dead) {
            if let Some((ua, n)) = self.unpacked_item(pc) {
                // `for x, y in ...`: the item's parts straight into their
                // registers, with no tuple made (`pylift_jit_iter_next_unpack`).
                let it = self.load_reg(itr);
                let out = self.b.ins().iadd_imm_s(self.regs, ua as i64 * 8);
                let nv = self.b.ins().iconst(I64, n as i64);
                let call = self.leaf_call(self.f.iter_next_unpack, &[it, out, nv]);
                let r = self.b.inst_results(call)[0];
                let regs: Vec<u16> = (ua..ua + n).collect();
                self.leaf_step(pc, r, &regs, flow::next_pc(self.u.code, target));
            }
            // Built-in iterators that run no Python code: a leaf step, with
            // no frame write-back (see `pylift_jit_iter_next`).
            let it = self.load_reg(itr);
            let out = self.b.ins().iadd_imm_s(self.regs, a as i64 * 8);
            let call = self.leaf_call(self.f.iter_next, &[it, out]);
            let r = self.b.inst_results(call)[0];
            self.leaf_step(pc, r, &[a], target);
            self.b.set_cold_block(self.b.current_block().expect("in a block"));
        }
        self.flush();
        let pcv = self.b.ins().iconst(I32, pc as i64);
        let call = self.b.ins().call(self.f.for_iter, &[self.vm, pcv]);
        let r = self.b.inst_results(call)[0];
        let got = self.b.create_block();
        let not = self.b.create_block();
        let done = self.b.create_block();
        let is_got = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
        self.b.ins().brif(is_got, got, &[], not, &[]);
        self.b.switch_to_block(not);
        self.b.ins().brif(r, self.err, &[], done, &[]);
        let saved = self.cur.clone();
        self.b.switch_to_block(done);
        self.edge(next, DeoptReason::IntGuard);
        self.cur = saved;
        self.b.switch_to_block(got);
        self.set_ty(a, Ty::Boxed);
        self.branch_to(pc, target);
    }

    /// If register `ob` holds a list (or, with `tuples`, a tuple) and `k` a
    /// small int in range, jumps to the returned block with the element's
    /// address as its parameter; otherwise to `slow`. A `List` register
    /// needs no type check.
    /// A list index out of its items' range goes to `miss.compact` instead
    /// of `miss.slow`, with the list's address and the plain index (see
    /// `compact_index`).
    fn seq_element(&mut self, pc: usize, ob: u16, k: u16, known: Option<i64>, tuples: bool, miss: Miss) -> Block {
        let Miss { slow, compact, rejoin, only_compact } = miss;
        let found = self.b.create_block();
        self.b.append_block_param(found, I64);
        let i = match self.ty(k) {
            Ty::Int => {
                let s = self.b.use_var(self.u.vi[k as usize]);
                self.plain(s)
            }
            _ => {
                let kv = self.boxed_of(k);
                let k_int = self.is_int_tag(kv);
                let cont = self.b.create_block();
                self.b.ins().brif(k_int, cont, &[], slow, &[]);
                self.b.switch_to_block(cont);
                self.unbox_int(kv)
            }
        };
        // A non-negative index in range takes one unsigned compare; a
        // negative one counts from the end (off the hot path, unless it is a
        // literal: `xs[-1]`).
        let index = |t: &mut Self, p: CValue, data_off: i32, len_off: i32, list: bool| {
            if list && rejoin {
                // Compact lists were seen here: tested for first.
                let blen = t.list_field(p, ob, t.seq.list_bools_len);
                let raw = match known {
                    Some(c) => t.b.ins().iconst(I64, c),
                    None => i,
                };
                if only_compact {
                    // (So `found` is not reached: the element is the compact
                    // one. In a loop that checks it where it is entered, the
                    // check goes if no call in the loop reaches it.)
                    let d = t.deopt_block(pc, DeoptReason::ItemsList);
                    let record = t.compact_hoisted(ob).map(|lp| (lp, false));
                    t.compact_check(blen, d, record);
                    t.b.ins().jump(compact, &[p.into(), raw.into(), blen.into()]);
                    return;
                }
                let is_compact = t.b.ins().icmp_imm_s(IntCC::NotEqual, blen, 0);
                let items = t.b.create_block();
                t.b.ins().brif(is_compact, compact, &[p.into(), raw.into(), blen.into()], items, &[]);
                t.b.switch_to_block(items);
            }
            let miss_to = |i: CValue| if list && !rejoin { (compact, vec![p.into(), i.into()]) } else { (slow, Vec::new()) };
            // A list register's header, loaded once per straight-line run
            // (see `forget_headers`).
            let remembered = t.ty(ob) == Ty::List && t.ty(k) == Ty::Int && !t.frameless() && !rejoin;
            let cached = remembered.then(|| t.known.headers.iter().find(|h| h.0 == ob).map(|h| (h.1, h.2, h.3))).flatten();
            let (len, data, checked) = cached.unwrap_or_else(|| {
                let (len, data) = if list {
                    (t.list_field(p, ob, len_off), t.list_field(p, ob, data_off))
                } else {
                    (t.b.ins().load(I64, MemFlagsData::trusted(), p, len_off), t.b.ins().load(I64, MemFlagsData::trusted(), p, data_off))
                };
                if remembered {
                    t.known.headers.push((ob, len, data, 0));
                }
                (len, data, 0)
            });
            if let Some(c) = known {
                if c >= 0 && c < checked {
                    // Checked by an earlier access of the run (`bounds_ahead`).
                    let addr = t.b.ins().iadd_imm_s(data, c * 8);
                    t.b.ins().jump(found, &[addr.into()]);
                    return;
                }
                // A miss of a `List` register leaves native code (`list_miss`),
                // so past this check the length exceeds the bound checked.
                let bound = if remembered && c >= 0 { t.u.plan.bounds.get(pc).copied().flatten().unwrap_or(c).max(c) } else { c };
                let idx = if c < 0 { t.b.ins().iadd_imm_s(len, c) } else { t.b.ins().iconst(I64, c) };
                let inb = if bound > c { t.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, len, bound) } else { t.b.ins().icmp(IntCC::UnsignedLessThan, idx, len) };
                let off = t.b.ins().ishl_imm_s(idx, 3);
                let addr = t.b.ins().iadd(data, off);
                let raw = t.b.ins().iconst(I64, c);
                let (to, args) = miss_to(raw);
                t.b.ins().brif(inb, found, &[addr.into()], to, &args);
                if remembered && c >= 0 {
                    if let Some(h) = t.known.headers.iter_mut().find(|h| h.0 == ob) {
                        h.3 = h.3.max(bound + 1);
                    }
                }
                return;
            }
            let other = t.b.create_block();
            let inb = t.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
            match t.bound_hoisted(ob, k) {
                // A range loop's variable, checked where the loop is entered.
                Some(lp) => t.bound_check(inb, other, lp),
                None => {
                    let at = t.b.create_block();
                    t.b.ins().brif(inb, at, &[], other, &[]);
                    t.b.switch_to_block(at);
                }
            }
            let off = t.b.ins().ishl_imm_s(i, 3);
            let addr = t.b.ins().iadd(data, off);
            t.b.ins().jump(found, &[addr.into()]);
            t.b.switch_to_block(other);
            t.b.set_cold_block(other);
            let (wrapped, from_end) = t.index_from_end(i, len);
            let off = t.b.ins().ishl_imm_s(wrapped, 3);
            let addr = t.b.ins().iadd(data, off);
            let (to, args) = miss_to(i);
            t.b.ins().brif(from_end, found, &[addr.into()], to, &args);
        };
        if self.ty(ob) == Ty::List {
            let p = self.b.use_var(self.u.vi[ob as usize]);
            index(self, p, self.seq.list_ptr, self.seq.list_len, true);
            return found;
        }
        let o = self.load_reg(ob);
        let (p, kind) = self.object_kind(o, Fail::Branch(slow), DeoptReason::ResultGuard);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, kind, self.seq.list_kind as i64);
        let list_blk = self.b.create_block();
        let other = self.b.create_block();
        self.b.ins().brif(is_list, list_blk, &[], other, &[]);
        self.b.switch_to_block(list_blk);
        index(self, p, self.seq.list_ptr, self.seq.list_len, true);
        self.b.switch_to_block(other);
        if tuples {
            let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, kind, self.seq.tuple_kind as i64);
            let tuple_blk = self.b.create_block();
            self.b.ins().brif(is_tuple, tuple_blk, &[], slow, &[]);
            self.b.switch_to_block(tuple_blk);
            index(self, p, self.seq.tuple_ptr, self.seq.tuple_len, false);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        found
    }

    /// The address and kind byte of the object that boxed value `v` points
    /// to; a value that is not a pointer fails as `fail` says.
    fn object_kind(&mut self, v: CValue, fail: Fail, reason: DeoptReason) -> (CValue, CValue) {
        let t = self.tag(v);
        let is_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, t, TAG_PTR as i64);
        self.check(is_ptr, fail, reason);
        let p = self.b.ins().band_imm_s(v, PAYLOAD_MASK as i64);
        let kind = self.b.ins().uload8(I32, MemFlagsData::trusted(), p, self.seq.kind_offset);
        (p, kind)
    }

    /// Guards that register `r` holds a list (deoptimizing to `pc`
    /// otherwise); returns the object's address.
    fn list_guarded(&mut self, r: u16, pc: usize) -> CValue {
        let v = self.load_reg(r);
        let (p, kind) = self.object_kind(v, Fail::Deopt(pc), DeoptReason::ListGuard);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, kind, self.seq.list_kind as i64);
        self.guard(is_list, pc, DeoptReason::ListGuard);
        p
    }

    /// The container register of a `GetItem`/`SetItem` at `pc` becomes a
    /// `List` here when feedback says it only ever held one (guarded).
    fn refine_list(&mut self, pc: usize, ob: u16) {
        if self.ty(ob) == Ty::Boxed && spec::indexed_list(self.u.code, pc) == Some(ob) {
            let p = self.list_guarded(ob, pc);
            self.b.def_var(self.u.vi[ob as usize], p);
            self.set_ty(ob, Ty::List);
        }
    }

    fn get_item(&mut self, pc: usize, a: u16, ob: u16, kb: u16) {
        let next = flow::next_pc(self.u.code, pc);
        if !matches!(self.ty(ob), Ty::Boxed | Ty::List) || self.ty(kb) == Ty::Float {
            return self.step(pc);
        }
        self.refine_list(pc, ob);
        let slow = self.b.create_block();
        let known = self.u.rconst.get(pc).and_then(|c| c.1);
        let (compact, rejoin, only_compact) = self.compact_block(pc);
        let typed = if rejoin { None } else { self.typed_list(pc, ob) };
        let found = self.seq_element(pc, ob, kb, known, true, Miss { slow, compact, rejoin, only_compact });
        let saved = self.cur.clone();
        // (Not reached when only compact lists were seen here: then the
        // items path is not made at all.)
        if self.branched_to(found) {
            self.b.switch_to_block(found);
            let addr = self.b.block_params(found)[0];
            // (A float is loaded as one: Cranelift would move it from an
            // integer register.)
            let load_ty = if typed == Some(Ty::Float) { F64 } else { I64 };
            let elem = self.b.ins().load(load_ty, MemFlagsData::trusted(), addr, 0);
            match typed {
                // A float (an int) by the list's kinds: no check of its own.
                Some(Ty::Float) => self.def_float(a, elem),
                Some(Ty::Bool) => {
                    let c = self.b.ins().icmp_imm_s(IntCC::Equal, elem, BITS_TRUE as i64);
                    self.def_bool(a, c);
                }
                Some(_) => {
                    let i = self.unbox_scaled(elem);
                    self.def_int(a, i);
                }
                None => self.def_loaded(pc, a, elem, spec::item_ty(self.u.code, pc)),
            }
            match self.elem_key(ob, kb, known) {
                Some(key) if !rejoin => {
                    self.known.elems.retain(|e| !(e.0 == ob && e.1 == key));
                    self.known.elems.push((ob, key, addr, spec::item_ty(self.u.code, pc).is_some()));
                }
                _ => self.known.elems.retain(|e| e.0 != ob),
            }
            self.edge(next, DeoptReason::IntGuard);
        }
        self.cur = saved.clone();
        if !self.branched_to(compact) {
            // (A literal index already checked: neither the compact nor
            // the slow path is reached.)
        } else if let Some((p, i)) = self.compact_index(pc, compact, rejoin, slow, self.non_negative(pc, kb), self.bound_hoisted(ob, kb)) {
            match spec::item_ty(self.u.code, pc) {
                // A compact list's items are bools: no guard.
                Some(Ty::Bool) => {
                    let byte = self.compact_byte(p, Some(ob), i);
                    self.def_bool_word(a, byte);
                }
                ty => {
                    let elem = self.compact_elem(p, Some(ob), i);
                    self.def_loaded(pc, a, elem, ty)
                }
            }
            self.edge(next, DeoptReason::IntGuard);
            self.cur = saved;
        }
        if self.branched_to(slow) {
            self.b.switch_to_block(slow);
            self.b.set_cold_block(slow);
            self.list_miss(pc, ob, kb);
        }
    }

    /// The type (`Float`, `Int` or `Bool`) the `GetItem` at `pc` of `List`
    /// register `ob`, whose items were seen only as that, may load with no
    /// check:
    /// the list's kinds bit (`ListData::kinds`) is checked once per
    /// straight-line run (here, if not already), deoptimizing if clear
    /// (`deopt_typed_list`; then the recompile checks each item).
    fn typed_list(&mut self, pc: usize, ob: u16) -> Option<Ty> {
        let ty = spec::item_ty(self.u.code, pc).filter(|t| matches!(t, Ty::Float | Ty::Int | Ty::Bool))?;
        if self.ty(ob) != Ty::List || self.frameless() || self.u.code.jit.no_typed_lists.get() {
            return None;
        }
        let bit = kinds_bit(ty);
        if !self.known.typed_lists.contains(&(ob, bit)) {
            let p = self.b.use_var(self.u.vi[ob as usize]);
            let fail = self.deopt_block(pc, DeoptReason::TypedList);
            let hoisted = self.kinds_hoisted(ob, bit);
            self.kinds_check(p, bit, fail, hoisted.map(|lp| (lp, false)));
            self.known.typed_lists.push((ob, bit));
        }
        Some(ty)
    }

    /// A store of register `vb` into the list at `p` (register `ob`'s
    /// object) keeps the list's kinds true: the bit of the value's kind
    /// stays (unless already known set, nothing is written), the other goes;
    /// no other list is known to have that other bit any more (another
    /// register may hold the same list). Returns whether the list was known
    /// to hold only numbers or bools (so its old item owns nothing).
    fn store_keeps_kinds(&mut self, p: CValue, ob: u16, vb: u16) -> bool {
        let bit = kinds_bit(self.ty(vb));
        let numbers = self.known.typed_lists.iter().any(|&(r, _)| r == ob);
        if bit == 0 || !self.known.typed_lists.contains(&(ob, bit)) {
            self.kinds_written();
            let kinds = if bit == 0 {
                self.b.ins().iconst(I8, 0)
            } else {
                let old = self.b.ins().load(I8, MemFlagsData::trusted(), p, self.seq.list_kinds);
                self.b.ins().band_imm_s(old, bit as i64)
            };
            self.b.ins().store(MemFlagsData::trusted(), kinds, p, self.seq.list_kinds);
        }
        self.known.typed_lists.retain(|&(_, b)| b == bit);
        numbers
    }

    /// A negative index `i` counted from the end of `len` items: that
    /// index, and whether it is in range (`i` negative and not below
    /// `-len`).
    fn index_from_end(&mut self, i: CValue, len: CValue) -> (CValue, CValue) {
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let wrapped = self.b.ins().iadd(i, len);
        let ok = self.b.ins().icmp(IntCC::UnsignedLessThan, wrapped, len);
        (wrapped, self.b.ins().band(neg, ok))
    }

    /// The block a list index out of its items' range goes to (see
    /// `seq_element`), whether compact lists are indexed natively at `pc`
    /// (the interpreter saw one there, or one deoptimized the function:
    /// `deopt_compact_list`), and whether only they are (`Miss`).
    fn compact_block(&mut self, pc: usize) -> (Block, bool, bool) {
        let b = self.b.create_block();
        let seen = spec::feedback(self.u.code, pc) & pylift_runtime::feedback::T_COMPACT != 0;
        let rejoin = (seen || self.u.code.jit.compact_lists.get()) && self.inline.is_none();
        let only_compact = rejoin && spec::only_compact_lists(self.u.code, pc);
        // (The list's address, the plain index and, when compact lists are
        // tested for first, their length.)
        for _ in 0..if rejoin { 3 } else { 2 } {
            self.b.append_block_param(b, I64);
        }
        (b, rejoin, only_compact)
    }

    /// In block `compact` (a list's address and a plain index out of its
    /// items' range): a compact list's byte index in range, in the block
    /// returned to; else `slow` (an index known not to be negative never
    /// counts from the end). Unless `rejoin`, a compact list deoptimizes
    /// instead (`deopt_compact_list`) and nothing is returned.
    fn compact_index(&mut self, pc: usize, compact: Block, rejoin: bool, slow: Block, non_negative: bool, bound: Option<usize>) -> Option<(CValue, CValue)> {
        self.b.switch_to_block(compact);
        let (p, i) = (self.b.block_params(compact)[0], self.b.block_params(compact)[1]);
        let blen = match self.b.block_params(compact).get(2) {
            Some(&n) => n,
            None => self.b.ins().load(I64, MemFlagsData::trusted(), p, self.seq.list_bools_len),
        };
        if !rejoin {
            self.b.set_cold_block(compact);
            let is_compact = self.b.ins().icmp_imm_s(IntCC::NotEqual, blen, 0);
            let d = self.deopt_block(pc, DeoptReason::CompactList);
            self.b.ins().brif(is_compact, d, &[], slow, &[]);
            return None;
        }
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, i, blen);
        if let Some(lp) = bound {
            // A range loop's variable, checked where the loop is entered
            // (not negative, below the length).
            self.bound_check(inb, slow, lp);
            return Some((p, i));
        }
        if non_negative {
            // (No index from the end: one way in, no copy of the index.)
            let hit = self.b.create_block();
            self.b.ins().brif(inb, hit, &[], slow, &[]);
            self.b.switch_to_block(hit);
            return Some((p, i));
        }
        let hit = self.b.create_block();
        self.b.append_block_param(hit, I64);
        let other = self.b.create_block();
        self.b.ins().brif(inb, hit, &[i.into()], other, &[]);
        self.b.switch_to_block(other);
        self.b.set_cold_block(other);
        let (wrapped, from_end) = self.index_from_end(i, blen);
        self.b.ins().brif(from_end, hit, &[wrapped.into()], slow, &[]);
        self.b.switch_to_block(hit);
        Some((p, self.b.block_params(hit)[0]))
    }

    /// How `Tr::elems` names element `ob[kb]` (`known`: a literal index),
    /// if it can remember it: a list register indexed by an int, in code
    /// with a frame.
    fn elem_key(&self, ob: u16, kb: u16, known: Option<i64>) -> Option<ElemKey> {
        if self.ty(ob) != Ty::List || self.ty(kb) != Ty::Int || self.frameless() || self.inline.is_some() {
            return None;
        }
        Some(known.map_or(ElemKey::Reg(kb), ElemKey::Const))
    }

    /// Whether the `BuildSlice` at `pc` feeds only the `GetItem` right
    /// after it, of a container that may be a list or tuple (see
    /// `build_and_get_slice`).
    fn slice_then_get(&self, pc: usize) -> bool {
        let ins = self.u.code.instrs[pc];
        let next = flow::next_pc(self.u.code, pc);
        let Some(&gi) = self.u.code.instrs.get(next) else { return false };
        if gi.op != Op::GetItem || gi.c != ins.a || gi.b == ins.a || gi.a == ins.a || !matches!(self.ty(gi.b), Ty::Boxed | Ty::List) || self.frameless() {
            return false;
        }
        // Nothing reads the slice afterwards.
        let after = flow::next_pc(self.u.code, next);
        self.u.states.get(after).and_then(|s| s.as_ref()).is_some_and(|st| matches!(st.get(ins.a as usize), Some(Ty::Dead | Ty::Clean)))
    }

    /// The slow path of indexing register `ob` by `kb` at `pc`. For a known
    /// list and int index it is an index out of range (an `IndexError`):
    /// the interpreter takes over instead of a runtime call rejoining the
    /// loop, which would keep the loop's values in memory across the call
    /// and its GC safe point (see `drop_idle_safepoints`).
    fn list_miss(&mut self, pc: usize, ob: u16, kb: u16) {
        if self.ty(ob) == Ty::List && self.ty(kb) == Ty::Int && !self.frameless() {
            self.resume_at(pc);
        } else {
            self.step(pc);
        }
    }

    fn set_item(&mut self, pc: usize, ob: u16, kb: u16, vb: u16) {
        let next = flow::next_pc(self.u.code, pc);
        if !matches!(self.ty(ob), Ty::Boxed | Ty::List) || self.ty(kb) == Ty::Float {
            return self.step(pc);
        }
        self.refine_list(pc, ob);
        let known = self.u.rconst.get(pc).and_then(|c| c.0);
        let key = self.elem_key(ob, kb, known);
        let seen = key.and_then(|k| self.known.elems.iter().find(|e| e.0 == ob && e.1 == k).copied());
        // Any other element remembered may be this one (another index
        // register of the same value): its address stays (storing resizes
        // nothing), and it is known to hold a number only if one is
        // stored (`perm[i], perm[j] = perm[j], perm[i]` checks `j` once).
        let number = self.ty(vb).unboxed();
        self.known.elems.retain(|e| !(e.0 == ob && Some(e.1) == key));
        for e in self.known.elems.iter_mut().filter(|e| e.0 == ob) {
            e.3 &= number;
        }
        if let (Some(key), Some((_, _, addr, number))) = (key, seen) {
            // Just indexed (`xs[k] -= d`): in range, and the old element
            // is known.
            let v = self.boxed_of(vb);
            let unboxed = self.ty(vb).unboxed();
            if !unboxed {
                self.incref(v);
            }
            let p = self.b.use_var(self.u.vi[ob as usize]);
            let numbers = self.store_keeps_kinds(p, ob, vb);
            if number || numbers {
                let v = self.stored_form(vb, v);
                self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
            } else {
                self.store_element(pc, addr, v, unboxed);
            }
            self.known.elems.push((ob, key, addr, unboxed));
            return self.edge(next, DeoptReason::IntGuard);
        }
        let slow = self.b.create_block();
        let (compact, rejoin, only_compact) = self.compact_block(pc);
        let found = self.seq_element(pc, ob, kb, known, false, Miss { slow, compact, rejoin, only_compact });
        let saved = self.cur.clone();
        if self.branched_to(found) {
            self.b.switch_to_block(found);
            let addr = self.b.block_params(found)[0];
            let v = self.boxed_of(vb);
            if !self.ty(vb).unboxed() {
                self.incref(v);
            }
            if let Some(key) = key.filter(|_| !rejoin) {
                self.known.elems.push((ob, key, addr, self.ty(vb).unboxed()));
            }
            let unboxed = self.ty(vb).unboxed();
            let p = if self.ty(ob) == Ty::List {
                self.b.use_var(self.u.vi[ob as usize])
            } else {
                let o = self.load_reg(ob);
                self.b.ins().band_imm_s(o, PAYLOAD_MASK as i64)
            };
            if self.store_keeps_kinds(p, ob, vb) {
                // The old item is a number: nothing to release.
                let v = self.stored_form(vb, v);
                self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
            } else {
                self.store_element(pc, addr, v, unboxed);
            }
            self.edge(next, DeoptReason::IntGuard);
        }
        self.cur = saved.clone();
        if !self.branched_to(compact) {
            // (See `get_item`.)
        } else if let Some((p, i)) = self.compact_index(pc, compact, rejoin, slow, self.non_negative(pc, kb), self.bound_hoisted(ob, kb)) {
            // Only a bool keeps the list compact (anything else: the runtime).
            let byte = match self.ty(vb) {
                Ty::Bool => Some(self.b.use_var(self.u.vi[vb as usize])),
                Ty::Int | Ty::Float => None,
                _ => {
                    let v = self.boxed_of(vb);
                    let (b, is_bool) = self.bool_of(v);
                    let store = self.b.create_block();
                    self.b.ins().brif(is_bool, store, &[], slow, &[]);
                    self.b.switch_to_block(store);
                    Some(b)
                }
            };
            match byte {
                Some(byte) => {
                    let bytes = self.list_field(p, ob, self.seq.list_bools_ptr);
                    let at = self.b.ins().iadd(bytes, i);
                    self.b.ins().istore8(MemFlagsData::trusted(), byte, at, 0);
                    self.edge(next, DeoptReason::IntGuard);
                }
                None => {
                    self.b.ins().jump(slow, &[]);
                }
            }
            self.cur = saved;
        }
        if self.branched_to(slow) {
            self.b.switch_to_block(slow);
            self.b.set_cold_block(slow);
            self.list_miss(pc, ob, kb);
        }
    }

    /// What to store for register `vb` whose boxed form is `v`: a float
    /// as a float (Cranelift would move it to an integer register first).
    fn stored_form(&mut self, vb: u16, v: CValue) -> CValue {
        if self.ty(vb) == Ty::Float {
            self.b.use_var(self.u.vf[vb as usize])
        } else {
            v
        }
    }

    /// Stores owned value `v` into the list element at `addr` by the
    /// `SetItem` at `pc`, releasing the old element. Storing a number
    /// (`flags[i] = False`, `unboxed`): an old element this would free is
    /// left to the interpreter, so that no call rejoins the loop (see
    /// `list_miss`).
    fn store_element(&mut self, pc: usize, addr: CValue, v: CValue, unboxed: bool) {
        let old = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
        if unboxed && !self.frameless() {
            self.decref_or_leave(old, pc);
            self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
        } else {
            self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
            self.decref(old);
        }
    }

    /// Guards that register `itr` holds an iterator object whose state tag
    /// is `tag`; returns the object's address.
    fn iter_of_kind(&mut self, pc: usize, itr: u16, tag: u8) -> CValue {
        let it = self.load_reg(itr);
        let (p, kind) = self.object_kind(it, Fail::Deopt(pc), DeoptReason::RangeIter);
        let is_iter = self.b.ins().icmp_imm_s(IntCC::Equal, kind, self.seq.iter_kind as i64);
        self.guard(is_iter, pc, DeoptReason::RangeIter);
        let t = self.b.ins().uload8(I32, MemFlagsData::trusted(), p, self.seq.iter_tag);
        let ok = self.b.ins().icmp_imm_s(IntCC::Equal, t, tag as i64);
        self.guard(ok, pc, DeoptReason::RangeIter);
        p
    }

    /// Guards that register `r` holds a range iterator whose next, stop and
    /// step are small ints (so every value it yields, and every next value,
    /// fits: stepping needs no checks); deoptimizes to `pc` otherwise.
    /// Returns the object's address.
    fn range_iter_guarded(&mut self, r: u16, pc: usize) -> CValue {
        let p = self.iter_of_kind(pc, r, self.seq.range_tag);
        let t = MemFlagsData::trusted();
        let [next, stop, step] = [self.seq.range_next, self.seq.range_stop, self.seq.range_step].map(|off| self.b.ins().load(I64, t, p, off));
        let mut ok = self.b.ins().iconst(I8, 1);
        for w in [next, stop, step] {
            let f = self.fits(w);
            ok = self.b.ins().band(ok, f);
        }
        self.guard(ok, pc, DeoptReason::RangeIter);
        if self.u.plan.span_regs.get(r as usize) == Some(&true) {
            let unit = self.b.ins().icmp_imm_s(IntCC::Equal, step, 1);
            let span = self.within_span(next, stop);
            let ok = self.b.ins().band(unit, span);
            self.guard(ok, pc, DeoptReason::RangeSpan);
        }
        p
    }

    /// `ForIter` over a list iterator, stepped in place (the length is
    /// re-read each step, as in the interpreter); the last step goes through
    /// the runtime.
    fn list_for_iter(&mut self, pc: usize, a: u16, itr: u16, target: usize) {
        let p = self.iter_of_kind(pc, itr, self.seq.list_iter_tag);
        let list = self.b.ins().load(I64, MemFlagsData::trusted(), p, self.seq.list_iter_list);
        let lp = self.b.ins().band_imm_s(list, PAYLOAD_MASK as i64);
        let index = self.b.ins().load(I64, MemFlagsData::trusted(), p, self.seq.list_iter_index);
        let done = self.b.create_block();
        let saved = self.cur.clone();
        let elem = self.list_elem_at(lp, index, done);
        let i1 = self.b.ins().iadd_imm_s(index, 1);
        self.b.ins().store(MemFlagsData::trusted(), i1, p, self.seq.list_iter_index);
        self.incref(elem);
        self.def_boxed(a, elem);
        self.branch_to(pc, target);
        self.cur = saved;
        self.b.switch_to_block(done);
        self.b.set_cold_block(done);
        self.for_iter_runtime(pc, a, target);
    }

    /// The `n` parts at `data` (a tuple's or list's item array) of the
    /// sequence the `UnpackSeq` at `pc` unpacks into registers `a..a + n`,
    /// each taking a reference (every part is taken before any store: the
    /// source register may be a destination), or straight into the locals
    /// its temporaries move to (`moves_after_unpack`); returns where to
    /// continue. A `src` register holding the sequence as a temporary that
    /// dies here (a `for a, b in pairs` item) is released once the parts
    /// are taken and its slot left unbound, as `spec::analyze_with`
    /// expects, so a loop's back-edge has nothing to release.
    fn unpack_items(&mut self, pc: usize, data: CValue, a: u16, n: u16, src: Option<u16>) -> usize {
        let items: Vec<CValue> = (0..n)
            .map(|i| {
                let e = self.b.ins().load(I64, MemFlagsData::trusted(), data, i as i32 * 8);
                self.incref(e);
                e
            })
            .collect();
        if let Some(src) = src.filter(|&r| self.ty(r) == Ty::Boxed && !(a..a + n).contains(&r) && self.dies_at(pc, r) && !self.frameless()) {
            let seq = self.load_reg(src);
            self.unbind(src, seq);
        }
        let after = flow::next_pc(self.u.code, pc);
        let Some((dsts, resume)) = self.moves_after_unpack(after, a, n) else {
            for (i, e) in items.into_iter().enumerate() {
                self.def_boxed(a + i as u16, e);
            }
            return after;
        };
        for (i, (e, d)) in items.into_iter().zip(dsts).enumerate() {
            let t = a + i as u16;
            if self.ty(t).owns_nothing() {
                self.set_ty(t, Ty::Clean);
            } else {
                let old = self.load_reg(t);
                self.unbind(t, old);
            }
            self.def_boxed(d, e);
        }
        resume
    }

    /// `a, b = ...` into locals: `UnpackSeq` into temporaries `a..a + n`
    /// followed (at `at`) by a `Move` of each, in order, to distinct other
    /// registers, the temporaries dead after them. Gives those registers
    /// and the instruction after the moves, so the parts go straight to
    /// their registers (the moves stay for any other path to `at`).
    fn moves_after_unpack(&self, at: usize, a: u16, n: u16) -> Option<(Vec<u16>, usize)> {
        let code = self.u.code;
        let mut pc = at;
        let mut dsts = Vec::with_capacity(n as usize);
        for i in 0..n {
            let ins = *code.instrs.get(pc)?;
            let (d, t) = (ins.a, a + i);
            let fresh = !(a..a + n).contains(&d) && !dsts.contains(&d);
            if ins.op != Op::Move || ins.b != t || !fresh || !flow::is_temp(code, t) || !matches!(self.ty(d), Ty::Boxed | Ty::Dead | Ty::Clean | Ty::Int | Ty::Float | Ty::Bool) {
                return None;
            }
            dsts.push(d);
            pc = flow::next_pc(code, pc);
        }
        let st = self.u.states.get(pc)?.as_ref()?;
        let dead = (a..a + n).all(|t| matches!(st.get(t as usize), Some(Ty::Dead | Ty::Clean)));
        (dead && self.u.blocks.get(pc).is_some_and(|b| b.is_some())).then_some((dsts, pc))
    }

    /// `UnpackSeq` of a tuple or list of exactly `n` items, inline; any
    /// other case (and its errors) through the runtime, or, where only
    /// tuples and lists were unpacked, a deoptimization.
    fn unpack(&mut self, pc: usize, a: u16, src: u16, n: u16) {
        if !matches!(self.ty(src), Ty::Boxed | Ty::List) {
            return self.step(pc);
        }
        let v = self.load_reg(src);
        let slow = self.b.create_block();
        let (p, kind) = self.object_kind(v, Fail::Branch(slow), DeoptReason::ResultGuard);
        let found = self.b.create_block();
        self.b.append_block_param(found, I64);
        let tuple_blk = self.b.create_block();
        let not_tuple = self.b.create_block();
        let list_blk = self.b.create_block();
        let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, kind, self.seq.tuple_kind as i64);
        self.b.ins().brif(is_tuple, tuple_blk, &[], not_tuple, &[]);
        self.b.switch_to_block(not_tuple);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, kind, self.seq.list_kind as i64);
        self.b.ins().brif(is_list, list_blk, &[], slow, &[]);
        for (blk, data_off, len_off) in [(tuple_blk, self.seq.tuple_ptr, self.seq.tuple_len), (list_blk, self.seq.list_ptr, self.seq.list_len)] {
            self.b.switch_to_block(blk);
            let len = self.b.ins().load(I64, MemFlagsData::trusted(), p, len_off);
            let data = self.b.ins().load(I64, MemFlagsData::trusted(), p, data_off);
            let exact = self.b.ins().icmp_imm_s(IntCC::Equal, len, n as i64);
            self.b.ins().brif(exact, found, &[data.into()], slow, &[]);
        }
        let saved = self.cur.clone();
        self.b.switch_to_block(found);
        let data = self.b.block_params(found)[0];
        let after = self.unpack_items(pc, data, a, n, Some(src));
        self.edge(after, DeoptReason::IntGuard);
        self.cur = saved;
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        if spec::unpacks_sequences(self.u.code, pc) && !self.frameless() {
            let d = self.deopt_block(pc, DeoptReason::ResultGuard);
            self.b.ins().jump(d, &[]);
        } else {
            self.step(pc);
        }
    }

    /// `not x`: inline for unboxed numbers, bools, None and small ints.
    fn not(&mut self, pc: usize, a: u16, x: u16) {
        let next = flow::next_pc(self.u.code, pc);
        let falsy = match self.ty(x) {
            Ty::Int => {
                let v = self.b.use_var(self.u.vi[x as usize]);
                Some(self.b.ins().icmp_imm_s(IntCC::Equal, v, 0))
            }
            Ty::Float => {
                let v = self.b.use_var(self.u.vf[x as usize]);
                let zero = self.b.ins().f64const(0.0);
                Some(self.b.ins().fcmp(FloatCC::Equal, v, zero))
            }
            Ty::Bool => {
                let v = self.b.use_var(self.u.vi[x as usize]);
                Some(self.b.ins().icmp_imm_s(IntCC::Equal, v, 0))
            }
            _ => None,
        };
        if let Some(c) = falsy {
            self.def_bool(a, c);
            return self.edge(next, DeoptReason::IntGuard);
        }
        let v = self.load_reg(x);
        let join = self.b.create_block();
        self.b.append_block_param(join, I8);
        let slow = self.b.create_block();
        let not_bool = self.b.create_block();
        let int_blk = self.b.create_block();
        let is_true = self.b.ins().icmp_imm_s(IntCC::Equal, v, BITS_TRUE as i64);
        let is_false = self.b.ins().icmp_imm_s(IntCC::Equal, v, BITS_FALSE as i64);
        let is_none = self.b.ins().icmp_imm_s(IntCC::Equal, v, BITS_NONE as i64);
        let falsy_const = self.b.ins().bor(is_false, is_none);
        let is_const = self.b.ins().bor(falsy_const, is_true);
        self.b.ins().brif(is_const, join, &[falsy_const.into()], not_bool, &[]);
        self.b.switch_to_block(not_bool);
        let int_tag = self.is_int_tag(v);
        self.b.ins().brif(int_tag, int_blk, &[], slow, &[]);
        self.b.switch_to_block(int_blk);
        let payload = self.b.ins().band_imm_s(v, PAYLOAD_MASK as i64);
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, payload, 0);
        self.b.ins().jump(join, &[zero.into()]);
        let saved = self.cur.clone();
        self.b.switch_to_block(join);
        let c = self.b.block_params(join)[0];
        let bits = self.bool_bits(c);
        self.def_boxed(a, bits);
        self.edge(next, DeoptReason::IntGuard);
        self.cur = saved;
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.step(pc);
    }
}
