//! Frameless calls of pure functions.
//!
//! A function is *pure* for given argument types when every instruction it
//! can reach natively is unboxed computation with no effect but its result:
//! int/float/bool constants and arithmetic, comparisons, `not`, forward
//! branches, folded numeric globals, and calls of pure functions (itself
//! included: `fib`, `tak`, `ackermann`). Such a call needs no interpreter
//! frame, because nothing can observe one: no runtime function is called,
//! nothing is allocated, no exception is raised, no global is written. So a
//! compiled function calls a *frameless version* of it: a plain native
//! function taking the unboxed arguments in machine registers and returning
//! the boxed result, whose own pure calls are direct native calls.
//!
//! Whatever a frameless body cannot finish (an int leaving the small-int
//! range, an operand of an unexpected type, a zero divisor, the recursion
//! limit, the native stack) makes it return `UNDEF`, and every frameless
//! caller returns `UNDEF` in turn, up to the compiled function that made the
//! first call. That caller deoptimizes to its call instruction, and the
//! interpreter makes the call for real, with frames, raising with the right
//! traceback if it must. Nothing has happened that could be seen, so
//! starting over is exact. The site is recorded (`DeoptReason::PureCall`)
//! and a recompile makes a framed call there.
//!
//! The recursion limit holds: the first call gets the frames still allowed
//! (`recursion_limit - frames`, and no more than the native stack left
//! allows at `MAX_FRAME_BYTES` each) as a budget, each nested call one
//! fewer, and a call with none left fails. The global loads of the whole
//! pure call graph are folded, and their guards checked once, before the
//! first call (nothing inside can rebind a global).
//!
//! A self-call whose int result is only added to a value computed before it
//! and returned (`return fib(n - 1) + fib(n - 2)`: the second call) becomes
//! a jump back to the start with the arguments as the new parameters and
//! the other addend added to an accumulator that every `Return` adds in
//! (`tail_site`): half the calls. Python ints do not overflow, so adding in
//! another order gives the same sum; one that leaves the small-int range
//! fails the whole call as any overflow does. Each jump back spends one
//! frame of the budget, as the call would: the recursion limit holds.
//!
//! Results come back unboxed when every `Return` of the function returns
//! the same unboxed type (`fib` returns an int: its additions need no type
//! checks); the failure value is then one no result can have (see
//! `failure`). Return types are found in two rounds: first with call
//! results boxed, then again with each call typed by its callee's first
//! round; the types are kept only if the second round agrees.

use super::{calls, const_ty, plan_folds, Env, Fns, Fold, Known, Tr, Ty, Unit};
use crate::flow::{self, Writes};
use crate::spec::{self, Mode};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{F64, I64};
use cranelift_codegen::ir::{AbiParam, Block, FuncRef, Function, InstBuilder, MemFlagsData, Signature, Value as CValue};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{FuncId, Linkage, Module};
use pylift_runtime::bytecode::{Code, Op};
use pylift_runtime::jit::{DeoptReason, SeqLayout};
use pylift_runtime::value::Value;
use std::collections::HashMap;

/// Pure functions longer than this are called with a frame.
const MAX_PURE_INSTRS: usize = 256;
/// Frameless functions compiled with one function at most.
const MAX_PURE_FNS: usize = 8;
/// More native stack than a frameless function's frame can take (for the
/// budget: a few saved registers and spill slots).
const MAX_FRAME_BYTES_LOG2: i64 = 12;

/// A function and the types of its arguments.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    code: usize,
    globals: u64,
    params: Vec<Ty>,
}

/// One frameless function of a compilation.
pub(crate) struct PureFn {
    id: Option<FuncId>,
    callee: Value,
    params: Vec<Ty>,
    folds: Vec<Option<Fold>>,
    hints: spec::Hints,
    states: Vec<Option<Vec<Ty>>>,
    /// Per `Call`: the index of the pure function it calls.
    sites: Vec<Option<usize>>,
    /// What it returns: `Int`, `Float`, `Bool` unboxed, or `Boxed`.
    ret: Ty,
    translated: bool,
}

/// The word a frameless function returning `ret` returns when it cannot
/// finish: no scaled int has low bits set, no bool is 2, and `UNDEF` is no
/// float's or value's bits.
fn failure(ret: Ty) -> i64 {
    match ret {
        Ty::Int => 1,
        Ty::Bool => 2,
        _ => Value::UNDEF.bits() as i64,
    }
}

/// The type every reachable `Return` of `code` returns, if unboxed and the
/// same; else `Boxed`.
pub(super) fn return_ty(code: &Code, states: &[Option<Vec<Ty>>]) -> Ty {
    let mut ret = None;
    for pc in flow::instruction_starts(code) {
        let Some(st) = states.get(pc).and_then(|s| s.as_ref()) else { continue };
        let ins = code.instrs[pc];
        if ins.op != Op::Return {
            continue;
        }
        let t = st.get(ins.a as usize).copied().unwrap_or(Ty::Boxed);
        if !t.unboxed() || ret.is_some_and(|r| r != t) {
            return Ty::Boxed;
        }
        ret = Some(t);
    }
    ret.unwrap_or(Ty::Boxed)
}

/// The self-call of frameless function `i` (`sites`: the function each
/// `Call` calls) that can jump back to the start instead (see the module
/// comment): `Call b <- self(args)`, then `Add d <- a + b` (or `b + a`),
/// then `Return d`, in one straight line, for a function returning ints.
fn tail_site(code: &Code, sites: &[Option<usize>], i: usize, ret: Ty, nparams: usize) -> Option<usize> {
    if ret != Ty::Int {
        return None;
    }
    let targets = flow::jump_targets(code);
    flow::instruction_starts(code).into_iter().find(|&pc| {
        let call = code.instrs[pc];
        let n1 = flow::next_pc(code, pc);
        let Some(&add) = code.instrs.get(n1) else { return false };
        let n2 = flow::next_pc(code, n1);
        let Some(&ret) = code.instrs.get(n2) else { return false };
        let rb = call.a;
        call.op == Op::Call
            && sites.get(pc).copied().flatten() == Some(i)
            && call.c as usize == nparams
            && spec::arith_op(add.op, add.x) == Some(Op::Add)
            && (add.b == rb) != (add.c == rb)
            && ret.op == Op::Return
            && ret.a == add.a
            && !targets[n1]
            && !targets[n2]
    })
}

/// The frameless functions one compilation needs (see the module comment).
#[derive(Default)]
pub struct Registry {
    fns: Vec<PureFn>,
    /// `None`: the function is not pure with those arguments.
    index: HashMap<Key, Option<usize>>,
}

/// A pure call site, as the translator of its caller needs it.
#[derive(Clone)]
pub(super) struct Site {
    pub(super) fref: FuncRef,
    /// The function called (pinned by the code).
    callee: Value,
    /// Guards of every global load the call can reach (checked by the
    /// framed caller only).
    guards: Vec<super::FoldGuard>,
    /// What the callee returns (see `PureFn::ret`).
    pub(super) ret: Ty,
}

/// What a frameless function's translation keeps besides the unit.
pub(super) struct Frameless {
    /// Returns `UNDEF`: the body could not finish.
    fail: Block,
    /// Frames still allowed below this call (at least 1 where the body
    /// starts).
    budget: Variable,
    /// The parameters' types (the arguments of a jump back to the start).
    params: Vec<Ty>,
    /// The self-call that jumps back to the start (see the module
    /// comment): its pc, the block checking the budget, the accumulator.
    tail: Option<(usize, Block, Variable)>,
    /// Boxed registers live in variables (there is no frame).
    vb: Vec<Variable>,
    /// The function's return representation (see `PureFn::ret`).
    ret: Ty,
}

/// `(budget, arguments...) -> result or failure`; ints and bools are
/// passed as `Int`/`Bool` registers hold them, floats as doubles; the
/// result is a word (see `PureFn::ret`, `failure`).
fn signature(m: &dyn Module, params: &[Ty]) -> Signature {
    let mut s = m.make_signature();
    s.params.push(AbiParam::new(I64));
    for t in params {
        s.params.push(AbiParam::new(if *t == Ty::Float { F64 } else { I64 }));
    }
    s.returns.push(AbiParam::new(I64));
    s
}

impl Registry {
    /// The frameless function of `callee` with arguments of types `params`,
    /// if it (and every function it calls) is pure; registers them.
    pub(super) fn lookup(&mut self, callee: &Value, params: &[Ty], env: Option<&Env<'_>>, seq: &SeqLayout, m: &mut dyn Module) -> Option<usize> {
        let mark = self.fns.len();
        let found = self.visit(callee, params, env, seq);
        if found.is_none() {
            // Successes below a failure assumed it would succeed (recursion):
            // drop them (failures never rest on assumptions: keep those).
            self.fns.truncate(mark);
            self.index.retain(|_, v| v.is_none_or(|i| i < mark));
            return None;
        }
        self.type_returns(mark);
        for (i, p) in self.fns.iter_mut().enumerate().skip(mark) {
            let name = format!("pure_{}_{i}", m.declarations().get_functions().count());
            p.id = Some(m.declare_function(&name, Linkage::Local, &signature(m, &p.params)).ok()?);
        }
        found
    }

    fn visit(&mut self, callee: &Value, params: &[Ty], env: Option<&Env<'_>>, seq: &SeqLayout) -> Option<usize> {
        let func = callee.as_function()?;
        let code: &Code = &func.code;
        if code.argcount as usize != params.len() {
            // Defaults or keywords: a framed direct call binds those.
            return None;
        }
        let key = Key { code: code as *const Code as usize, globals: func.globals.bits(), params: params.to_vec() };
        if let Some(&known) = self.index.get(&key) {
            return known;
        }
        if self.fns.len() >= MAX_PURE_FNS || code.instrs.len() > MAX_PURE_INSTRS || !code.instrs.iter().any(|i| i.op == Op::Call) {
            // (A callee without calls is inlined, when it is pure.)
            return None;
        }
        let Some(env) = env.filter(|e| e.globals.bits() == func.globals.bits()) else {
            self.index.insert(key, None);
            return None;
        };
        let folds = plan_folds(code, Some(env), seq);
        let direct: Vec<Option<Value>> = (0..code.instrs.len()).map(|pc| calls::direct_callee(code, &folds, pc)).collect();
        let mut hints = spec::Hints {
            globals: folds.iter().map(|f| f.as_ref().and_then(|f| const_ty(&f.value))).collect(),
            intrinsics: vec![None; code.instrs.len()],
            virtual_iter: vec![None; code.instrs.len()],
            unit_step: Vec::new(),
            call_results: Vec::new(),
            moves_temps: false,
        };
        for (pc, d) in direct.iter().enumerate() {
            if let (Some(_), Some(load)) = (d, calls::global_callee_load(code, pc)) {
                hints.globals[load] = Some(Ty::Folded(load as u32));
            }
        }
        let live = flow::liveness(code);
        let states = spec::analyze_from(code, &live, &hints, Some(params));
        // Registered before its calls are looked at: a recursive call finds it.
        let me = self.fns.len();
        self.index.insert(key.clone(), Some(me));
        self.fns.push(PureFn { id: None, callee: callee.clone(), params: params.to_vec(), folds, hints, states, sites: vec![None; code.instrs.len()], ret: Ty::Boxed, translated: false });
        let mut sites = vec![None; code.instrs.len()];
        let ok = flow::instruction_starts(code).into_iter().all(|pc| {
            let Some(st) = self.fns[me].states.get(pc).cloned().flatten() else { return true };
            if !pure_instruction(code, pc, &st, &self.fns[me].hints) {
                return false;
            }
            if code.instrs[pc].op != Op::Call {
                return true;
            }
            let Some(target) = direct[pc].as_ref() else { return false };
            let Some(args) = unboxed_args(code, pc, &st) else { return false };
            sites[pc] = self.visit(target, &args, Some(env), seq);
            sites[pc].is_some()
        });
        if !ok {
            self.index.insert(key, None);
            return None;
        }
        self.fns[me].sites = sites;
        Some(me)
    }

    /// Gives the functions registered from `mark` on their return types
    /// (see the module comment), re-typing their states.
    fn type_returns(&mut self, mark: usize) {
        let first: Vec<Ty> = self.fns[mark..].iter().map(|p| return_ty(&p.callee.as_function().expect("function").code, &p.states)).collect();
        let ret_of = |fns: &[PureFn], j: usize| if j >= mark { first[j - mark] } else { fns[j].ret };
        let mut second = Vec::new();
        for i in mark..self.fns.len() {
            let p = &self.fns[i];
            let code: &Code = &p.callee.as_function().expect("function").code;
            let mut hints = p.hints.clone();
            hints.call_results = p.sites.iter().map(|s| s.map(|j| ret_of(&self.fns, j)).filter(|t| t.unboxed())).collect();
            let live = flow::liveness(code);
            let states = spec::analyze_from(code, &live, &hints, Some(&p.params));
            // Still pure, calling the same functions with the same types.
            let same = flow::instruction_starts(code).into_iter().all(|pc| match states.get(pc).and_then(|s| s.as_ref()) {
                None => p.states.get(pc).is_none_or(|s| s.is_none()),
                Some(st) => {
                    pure_instruction(code, pc, st, &hints)
                        && match p.sites.get(pc).copied().flatten() {
                            Some(j) => unboxed_args(code, pc, st).as_deref() == Some(&self.fns[j].params[..]),
                            None => code.instrs[pc].op != Op::Call,
                        }
                }
            });
            if !same || return_ty(code, &states) != first[i - mark] {
                return;
            }
            second.push((hints, states));
        }
        for (k, (hints, states)) in second.into_iter().enumerate() {
            let p = &mut self.fns[mark + k];
            p.hints = hints;
            p.states = states;
            p.ret = first[k];
        }
    }

    /// Every fold guard of the pure call graph from `i`, each once.
    fn guards(&self, i: usize) -> Vec<super::FoldGuard> {
        let mut seen = vec![false; self.fns.len()];
        let mut work = vec![i];
        let mut out = Vec::new();
        while let Some(j) = work.pop() {
            if std::mem::replace(&mut seen[j], true) {
                continue;
            }
            let p = &self.fns[j];
            for (pc, f) in p.folds.iter().enumerate() {
                if let (Some(f), Some(_)) = (f, p.states.get(pc).and_then(|s| s.as_ref())) {
                    for g in &f.guards {
                        if !out.contains(g) {
                            out.push(*g);
                        }
                    }
                }
            }
            work.extend(p.sites.iter().flatten());
        }
        out
    }

    /// The call site of pure function `i` in a function being built.
    pub(super) fn site(&self, i: usize, m: &mut dyn Module, func: &mut Function, refs: &mut HashMap<usize, FuncRef>) -> Option<Site> {
        let id = self.fns[i].id?;
        let fref = *refs.entry(i).or_insert_with(|| m.declare_func_in_func(id, func));
        Some(Site { fref, callee: self.fns[i].callee.clone(), guards: self.guards(i), ret: self.fns[i].ret })
    }

    /// What frameless function `i` returns.
    pub(super) fn ret(&self, i: usize) -> Ty {
        self.fns[i].ret
    }

    /// The next frameless function still to translate.
    pub fn next_untranslated(&self) -> Option<usize> {
        self.fns.iter().position(|p| !p.translated && p.id.is_some())
    }

    /// Its id, signature and name (for dumps and the perf map).
    pub fn declaration(&self, i: usize, m: &dyn Module) -> (FuncId, Signature, String) {
        let p = &self.fns[i];
        let name = p.callee.as_function().map_or_else(String::new, |f| f.code.qualname_str().to_string());
        (p.id.expect("declared when registered"), signature(m, &p.params), format!("{name}[pure {:?}]", p.params))
    }
}

/// The argument types of the `Call` at `pc`, if all are unboxed.
fn unboxed_args(code: &Code, pc: usize, st: &[Ty]) -> Option<Vec<Ty>> {
    let ins = code.instrs[pc];
    (0..ins.c)
        .map(|i| {
            let t = st.get((ins.b + 1 + i) as usize).copied().unwrap_or(Ty::Boxed);
            t.unboxed().then_some(t)
        })
        .collect()
}

/// Whether the instruction at `pc` (entry state `st`) is pure computation
/// a frameless body can run; a `Call` is judged by its callee as well.
fn pure_instruction(code: &Code, pc: usize, st: &[Ty], hints: &spec::Hints) -> bool {
    let ins = code.instrs[pc];
    let t = |r: u16| st.get(r as usize).copied().unwrap_or(Ty::Boxed);
    // Boxed registers hold call results: ints, floats, bools, None.
    let value = |r: u16| t(r).unboxed() || t(r) == Ty::Boxed;
    if matches!(flow::writes(code, pc), Writes::All) || flow::jump_target(code, pc).is_some_and(|to| to <= pc) {
        return false;
    }
    if let Some(op) = spec::arith_op(ins.op, ins.x) {
        return spec::mode(code, pc, op, t(ins.b), t(ins.c)) != Mode::Boxed;
    }
    match ins.op {
        Op::Nop | Op::Jump | Op::ClearTemps | Op::CheckBound => true,
        Op::LoadConst => code.consts.get(ins.b as usize).is_some_and(|k| k.is_small_int() || k.is_float() || k.is_bool() || k.is_none()),
        Op::Move | Op::Is | Op::IsNot => value(ins.b) && (ins.op == Op::Move || value(ins.c)),
        Op::Return => value(ins.a),
        Op::Not => t(ins.b).unboxed(),
        Op::JumpIfFalse | Op::JumpIfTrue => t(ins.a).unboxed(),
        Op::Neg => matches!(t(ins.b), Ty::Int | Ty::Float),
        Op::Lt | Op::Le | Op::Gt | Op::Ge | Op::Eq | Op::Ne => spec::mode(code, pc, ins.op, t(ins.b), t(ins.c)) != Mode::Boxed,
        Op::JumpIfLt | Op::JumpIfLe | Op::JumpIfGt | Op::JumpIfGe | Op::JumpIfEq | Op::JumpIfNe => spec::mode(code, pc, ins.op, t(ins.a), t(ins.b)) != Mode::Boxed,
        Op::LoadGlobal => hints.globals.get(pc).is_some_and(|g| g.is_some()),
        Op::Call => matches!(t(ins.b), Ty::Folded(_)),
        _ => false,
    }
}

/// The pure call sites of `code` (a function being compiled with frames):
/// direct calls of a pure function with unboxed arguments.
pub(super) fn plan_sites(code: &Code, states: &[Option<Vec<Ty>>], direct: &[Option<Value>], reg: &mut Registry, env: Option<&Env<'_>>, seq: &SeqLayout, m: &mut dyn Module) -> Vec<Option<usize>> {
    (0..code.instrs.len())
        .map(|pc| {
            let callee = direct.get(pc)?.as_ref()?;
            if code.instrs[pc].op != Op::Call || code.jit.pure_refused_at(pc) {
                return None;
            }
            let st = states.get(pc)?.as_ref()?;
            let args = unboxed_args(code, pc, st)?;
            reg.lookup(callee, &args, env, seq, m)
        })
        .collect()
}

impl Tr<'_, '_> {
    /// Inside a frameless function: the boxed register's variable.
    pub(super) fn frameless_var(&self, r: u16) -> Option<Variable> {
        self.pure.as_ref().map(|p| p.vb[r as usize])
    }

    /// Inside a frameless function: where everything that cannot finish goes.
    pub(super) fn frameless_fail(&self) -> Option<Block> {
        self.pure.as_ref().map(|p| p.fail)
    }

    /// `Return` inside a frameless function: the value, in the function's
    /// return representation.
    pub(super) fn frameless_return(&mut self, r: u16) -> bool {
        let Some(ret) = self.pure.as_ref().map(|p| p.ret) else { return false };
        let v = match (ret, self.ty(r)) {
            (Ty::Int, Ty::Int) if self.pure.as_ref().is_some_and(|p| p.tail.is_some()) => {
                let v = self.b.use_var(self.u.vi[r as usize]);
                self.add_to_accumulator(v)
            }
            (Ty::Int | Ty::Bool, t) if t == ret => self.b.use_var(self.u.vi[r as usize]),
            (Ty::Float, Ty::Float) => {
                let f = self.b.use_var(self.u.vf[r as usize]);
                self.b.ins().bitcast(I64, MemFlagsData::new(), f)
            }
            (Ty::Boxed, _) => self.boxed_of(r),
            _ => {
                // Not what the analysis found: cannot happen, but fail safely.
                let fail = self.pure.as_ref().map(|p| p.fail).expect("frameless");
                self.b.ins().jump(fail, &[]);
                return true;
            }
        };
        self.b.ins().return_(&[v]);
        true
    }

    /// The accumulator plus int `v` (both scaled); an overflow fails.
    fn add_to_accumulator(&mut self, v: CValue) -> CValue {
        let Some((_, _, acc)) = self.pure.as_ref().and_then(|p| p.tail) else { return v };
        let fail = self.pure.as_ref().map(|p| p.fail).expect("frameless");
        let a = self.b.use_var(acc);
        let (sum, over) = self.b.ins().sadd_overflow(a, v);
        let ok = self.b.create_block();
        self.b.ins().brif(over, fail, &[], ok, &[]);
        self.b.switch_to_block(ok);
        sum
    }

    /// The self-call at `pc` as a jump back to the start (see the module
    /// comment), if it is the tail site and the registers hold what it
    /// needs: the other addend an int, the arguments of the parameters'
    /// types.
    fn tail_jump(&mut self, pc: usize) -> bool {
        let Some((params, (tail, head, acc), budget)) = self.pure.as_ref().and_then(|p| Some((p.params.clone(), p.tail?, p.budget))) else { return false };
        let code = self.u.code;
        let (ins, add) = (code.instrs[pc], code.instrs[flow::next_pc(code, pc)]);
        let other = if add.b == ins.a { add.c } else { add.b };
        let args: Vec<u16> = (0..ins.c).map(|k| ins.b + 1 + k).collect();
        if tail != pc || self.ty(other) != Ty::Int || args.iter().zip(&params).any(|(&r, &t)| self.ty(r) != t) {
            return false;
        }
        let v = self.b.use_var(self.u.vi[other as usize]);
        let sum = self.add_to_accumulator(v);
        self.b.def_var(acc, sum);
        let vals: Vec<CValue> = args.iter().zip(&params).map(|(&r, &t)| if t == Ty::Float { self.b.use_var(self.u.vf[r as usize]) } else { self.b.use_var(self.u.vi[r as usize]) }).collect();
        for (k, (v, t)) in vals.into_iter().zip(&params).enumerate() {
            self.b.def_var(if *t == Ty::Float { self.u.vf[k] } else { self.u.vi[k] }, v);
        }
        // The call would have taken a frame.
        let b = self.b.use_var(budget);
        let b1 = self.b.ins().iadd_imm_s(b, -1);
        self.b.def_var(budget, b1);
        self.b.ins().jump(head, &[]);
        true
    }

    /// The `Call` at `pc` as a frameless call, if it is a pure call site.
    pub(super) fn pure_call(&mut self, pc: usize) -> bool {
        let Some(site) = self.pure_sites.get(pc).cloned().flatten() else { return false };
        if self.tail_jump(pc) {
            return true;
        }
        let ins = self.u.code.instrs[pc];
        let next = flow::next_pc(self.u.code, pc);
        self.pins.push(site.callee.clone());
        let budget = match self.pure.as_ref().map(|p| p.budget) {
            Some(b) => {
                let b = self.b.use_var(b);
                self.b.ins().iadd_imm_s(b, -1)
            }
            None => {
                // The first call: the callee register holds the function, the
                // globals of the whole call graph are unchanged.
                if !matches!(self.ty(ins.b), Ty::Folded(_)) {
                    let fv = self.load_reg(ins.b);
                    let same = self.b.ins().icmp_imm_s(IntCC::Equal, fv, site.callee.bits() as i64);
                    self.guard(same, pc, DeoptReason::GlobalChanged);
                }
                for &g in &site.guards {
                    let same = self.fold_guard_holds(g);
                    self.guard(same, pc, g.reason());
                }
                let t = MemFlagsData::trusted();
                let limit = self.b.ins().load(I64, t, self.vm, self.fl.vm_recursion_limit);
                let len = self.b.ins().load(I64, t, self.vm, self.fl.vm_frames_len);
                let frames = self.b.ins().isub(limit, len);
                let sp = self.b.ins().get_stack_pointer(I64);
                let sp_limit = self.b.ins().load(I64, t, self.vm, self.fl.vm_native_stack_limit);
                let room = self.b.ins().isub(sp, sp_limit);
                let stack = self.b.ins().sshr_imm_s(room, MAX_FRAME_BYTES_LOG2);
                self.b.ins().smin(frames, stack)
            }
        };
        let mut args = vec![budget];
        for i in 0..ins.c {
            let r = (ins.b + 1 + i) as usize;
            args.push(if self.ty(ins.b + 1 + i) == Ty::Float { self.b.use_var(self.u.vf[r]) } else { self.b.use_var(self.u.vi[r]) });
        }
        let call = self.b.ins().call(site.fref, &args);
        let v = self.b.inst_results(call)[0];
        let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, failure(site.ret));
        self.guard(ok, pc, DeoptReason::PureCall);
        let v = if site.ret == Ty::Float { self.b.ins().bitcast(F64, MemFlagsData::new(), v) } else { v };
        self.def_result(ins.a, site.ret, v);
        self.edge(next, DeoptReason::ResultGuard);
        true
    }
}

/// Translates frameless function `i` of `reg` into `func` (its signature
/// set); returns what the code pins.
pub fn translate_pure(reg: &Registry, i: usize, env: Option<&Env<'_>>, func: &mut Function, fctx: &mut FunctionBuilderContext, m: &mut dyn Module, h: &crate::helpers::Helpers) -> Vec<Value> {
    let p = &reg.fns[i];
    let Some(f) = p.callee.as_function() else { return Vec::new() };
    let code: &Code = &f.code;
    let fns = Fns::declare(m, h, func);
    let mut refs = HashMap::new();
    let pure_sites: Vec<Option<Site>> = p.sites.iter().map(|s| s.and_then(|j| reg.site(j, m, func, &mut refs))).collect();
    let entry_sig = func.import_signature(super::entry_signature(m));
    let frontend = m.target_config();
    let fl = pylift_runtime::interp::Vm::frame_layout();
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    let mut blocks = vec![None; code.instrs.len() + 1];
    for pc in flow::instruction_starts(code) {
        if p.states.get(pc).is_some_and(|s| s.is_some()) {
            blocks[pc] = Some(b.create_block());
        }
    }
    let n = code.nregs as usize;
    let vi: Vec<Variable> = (0..n).map(|_| b.declare_var(I64)).collect();
    let vf: Vec<Variable> = (0..n).map(|_| b.declare_var(F64)).collect();
    let vb: Vec<Variable> = (0..n).map(|_| b.declare_var(I64)).collect();
    let vr = vi.iter().map(|&v| (v, v)).collect();
    let fail = b.create_block();
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let budget = b.declare_var(I64);
    b.def_var(budget, params[0]);
    let tail = tail_site(code, &p.sites, i, p.ret, p.params.len()).map(|pc| {
        let acc = b.declare_var(I64);
        let zero = b.ins().iconst(I64, 0);
        b.def_var(acc, zero);
        (pc, b.create_block(), acc)
    });
    // No frame and no VM: nothing may address them.
    let regs = b.ins().iconst(I64, 0);
    let vm = regs;
    let hints = p.hints.clone();
    let rconst = flow::const_operands(code);
    let ranges = super::ranges::branch_bounds(code, &rconst, &p.states, &[], &[], Vec::new(), &[]);
    let mut t = Tr {
        b,
        seq: pylift_runtime::jit::seq_layout(),
        u: Unit { code, blocks, states: p.states.clone(), folds: p.folds.clone(), hints, vi, vf, vr, direct: &[], rconst, ranges, plan: Default::default() },
        vm,
        regs,
        err: fail,
        f: fns,
        cur: vec![Ty::Clean; n],
        deopts: Vec::new(),
        slot_backed: Vec::new(),
        fl,
        entry_sig,
        pins: vec![p.callee.clone()],
        inline: None,
        env,
        pure: Some(Frameless { fail, budget, params: p.params.clone(), tail, vb, ret: p.ret }),
        pure_refs: pure_sites.iter().flatten().map(|s| s.fref).collect(),
        pure_sites,
        known: Known::default(),
        rewinds: Vec::new(),
        hot_pc: None,
    };
    for (k, ty) in p.params.iter().enumerate() {
        let v = params[1 + k];
        match ty {
            Ty::Float => t.b.def_var(t.u.vf[k], v),
            _ => t.b.def_var(t.u.vi[k], v),
        }
    }
    // (Where a jump back to the start comes in.)
    if let Some((_, head, _)) = tail {
        t.b.ins().jump(head, &[]);
        t.b.switch_to_block(head);
    }
    // A frame would be pushed here: the recursion limit (and the native
    // stack) hold as they would.
    let left = t.b.use_var(budget);
    let ok = t.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, left, 0);
    let go = t.b.create_block();
    t.b.ins().brif(ok, go, &[], fail, &[]);
    t.b.switch_to_block(go);
    if crate::counters::counting() {
        let calls = t.b.ins().iconst(I64, &code.calls as *const _ as i64);
        let c = t.b.ins().load(cranelift_codegen::ir::types::I32, MemFlagsData::trusted(), calls, 0);
        let c1 = t.b.ins().iadd_imm_s(c, 1);
        t.b.ins().store(MemFlagsData::trusted(), c1, calls, 0);
    }
    let undef = t.b.ins().iconst(I64, Value::UNDEF.bits() as i64);
    for r in 0..n {
        let v = t.pure.as_ref().map(|f| f.vb[r]).expect("frameless");
        t.b.def_var(v, undef);
    }
    for (k, ty) in p.params.iter().enumerate() {
        t.cur[k] = *ty;
    }
    for (pc, fold) in p.folds.iter().enumerate() {
        if let (Some(fold), Some(_)) = (fold, p.states.get(pc).and_then(|s| s.as_ref())) {
            t.pins.push(fold.value.clone());
        }
    }
    t.edge(0, DeoptReason::EntryGuard);
    t.translate_body();
    t.b.switch_to_block(fail);
    t.b.set_cold_block(fail);
    let v = t.b.ins().iconst(I64, failure(p.ret));
    t.b.ins().return_(&[v]);
    t.b.seal_all_blocks();
    t.b.finalize(frontend);
    t.pins
}

/// Marks frameless function `i` translated.
pub fn mark_translated(reg: &mut Registry, i: usize) {
    reg.fns[i].translated = true;
}
