//! Inlining of small pure callees at direct-call sites.
//!
//! A callee qualifies when, with its arguments typed as the caller holds
//! them, every instruction natively reachable is pure unboxed computation:
//! int/float/bool constants and arithmetic, moves, comparisons, `not` and
//! forward branches, folded numeric globals, and a return of an unboxed value. Such
//! a body touches no frame slot and has no effect but its result, so no
//! callee frame is ever pushed: its registers are Cranelift variables, its
//! boxed parameters are the caller's argument values, and any guard that
//! fails inside it (a type, an overflow, a zero divisor, a rebound global)
//! deoptimizes the *caller* to the call instruction, where the interpreter
//! makes the call for real (raising with the right traceback if it must).
//! That deoptimization is recorded at the call site, so a recompile calls
//! the function instead of inlining it there.

use super::{const_ty, plan_folds, Tr, Ty, Unit};
use crate::flow::{self, Writes};
use crate::spec::{self, Mode};
use cranelift_codegen::ir::types::{F64, I64};
use cranelift_codegen::ir::{Block, InstBuilder, Value as CValue};
use cranelift_frontend::Variable;
use pylift_runtime::bytecode::{Code, Op};
use pylift_runtime::jit::DeoptReason;
use pylift_runtime::value::Value;

/// Callees longer than this are called, not inlined.
const MAX_INLINE_INSTRS: usize = 64;

/// The inlined body being translated.
pub(super) struct Site {
    /// The caller's deoptimization exit to the call instruction.
    fail: Block,
    /// Where a `Return` goes, with the result as parameter, in the
    /// representation `ret_ty` (see `return_ty`).
    ret: Block,
    ret_ty: Ty,
    /// The arguments' boxed values (a boxed parameter reads these).
    args: Vec<CValue>,
}

/// A callee's analysis for inlining at one call site.
struct Callee<'a> {
    func: &'a pylift_runtime::objects::func::FunctionData,
    folds: Vec<Option<super::Fold>>,
    hints: spec::Hints,
    states: Vec<Option<Vec<Ty>>>,
    params: Vec<Ty>,
}

/// The callee of the `Call` at `pc` of `code` (entry state `st`) analyzed
/// for inlining, if it qualifies (see the module comment).
fn analyze<'a>(code: &Code, pc: usize, callee: &'a Value, st: &[Ty], env: Option<&super::Env<'_>>, seq: &pylift_runtime::jit::SeqLayout) -> Option<Callee<'a>> {
    let func = callee.as_function()?;
    let cc: &Code = &func.code;
    let ins = code.instrs[pc];
    let argc = call_args(code, pc)?;
    if std::ptr::eq(cc, code) || cc.instrs.len() > MAX_INLINE_INSTRS || cc.argcount != argc || cc.kwonlyargcount != 0 || cc.flags.varargs || cc.flags.varkw {
        return None;
    }
    // The callee's globals fold like the caller's when they are the same.
    let env = env.filter(|e| e.globals.bits() == func.globals.bits());
    let folds = plan_folds(cc, env, seq);
    let hints = spec::Hints {
        globals: folds.iter().map(|f| f.as_ref().and_then(|f| const_ty(&f.value))).collect(),
        intrinsics: vec![None; cc.instrs.len()],
        virtual_iter: vec![None; cc.instrs.len()],
        unit_step: Vec::new(),
        call_results: Vec::new(),
        moves_temps: false,
    };
    let params: Vec<Ty> = (0..argc)
        .map(|i| match st.get((ins.b + 1 + i) as usize).copied().unwrap_or(Ty::Boxed) {
            t @ (Ty::Int | Ty::Float | Ty::Bool) => t,
            _ => Ty::Boxed,
        })
        .collect();
    let live = flow::liveness(cc);
    let states = spec::analyze_from(cc, &live, &hints, Some(&params));
    pure(cc, &states, &hints, argc).then_some(Callee { func, folds, hints, states, params })
}

/// The number of arguments the call at `pc` passes by position, from
/// register b + 1 on (a method call's self first), if it is a call the
/// inliner handles.
fn call_args(code: &Code, pc: usize) -> Option<u16> {
    let ins = code.instrs[pc];
    match ins.op {
        Op::Call => Some(ins.c),
        Op::CallMethod => Some(ins.c + 1),
        _ => None,
    }
}

/// What the `Call` at `pc` (entry state `st`) returns, unboxed, when its
/// direct callee will be inlined there and returns one unboxed type (the
/// caller's analysis then types the result so).
pub(super) fn inlined_return(code: &Code, pc: usize, callee: &Value, st: &[Ty], env: Option<&super::Env<'_>>, seq: &pylift_runtime::jit::SeqLayout) -> Option<Ty> {
    let c = analyze(code, pc, callee, st, env, seq)?;
    Some(super::pure::return_ty(&c.func.code, &c.states)).filter(|t| t.unboxed())
}

/// Whether every instruction of `code` reachable with `states` is pure
/// unboxed computation (see the module comment), with parameters (the first
/// `nparams` registers) never rebound.
fn pure(code: &Code, states: &[Option<Vec<Ty>>], hints: &spec::Hints, nparams: u16) -> bool {
    let starts = flow::instruction_starts(code);
    for &pc in &starts {
        let Some(st) = states.get(pc).and_then(|s| s.as_ref()) else { continue };
        let ins = code.instrs[pc];
        let t = |r: u16| st.get(r as usize).copied().unwrap_or(Ty::Boxed);
        let unboxed = |r: u16| t(r).unboxed();
        match flow::writes(code, pc) {
            Writes::All => return false,
            Writes::Range(a, _) if a < nparams => return false,
            _ => {}
        }
        if flow::jump_target(code, pc).is_some_and(|to| to <= pc) {
            return false;
        }
        // Only parameters are ever boxed: their value is the argument's.
        match flow::reads(code, pc) {
            Some(rs) if rs.iter().all(|&r| unboxed(r) || r < nparams) => {}
            _ => return false,
        }
        let ok = if let Some(op) = spec::arith_op(ins.op, ins.x) {
            spec::mode(code, pc, op, t(ins.b), t(ins.c)) != Mode::Boxed
        } else {
            match ins.op {
                Op::Nop | Op::Jump | Op::ClearTemps => true,
                Op::LoadConst => code.consts.get(ins.b as usize).is_some_and(|k| k.is_small_int() || k.is_float() || k.is_bool()),
                Op::Move | Op::Not => unboxed(ins.b),
                Op::Neg => matches!(t(ins.b), Ty::Int | Ty::Float),
                Op::Lt | Op::Le | Op::Gt | Op::Ge | Op::Eq | Op::Ne => spec::mode(code, pc, ins.op, t(ins.b), t(ins.c)) != Mode::Boxed,
                Op::JumpIfLt | Op::JumpIfLe | Op::JumpIfGt | Op::JumpIfGe | Op::JumpIfEq | Op::JumpIfNe => spec::mode(code, pc, ins.op, t(ins.a), t(ins.b)) != Mode::Boxed,
                Op::JumpIfFalse | Op::JumpIfTrue | Op::Return => unboxed(ins.a),
                Op::LoadGlobal => hints.globals.get(pc).is_some_and(|g| g.is_some()),
                // A parameter's instance attribute, cached in its slot and
                // always seen as one number kind: read unboxed, guarded.
                Op::LoadAttr => ins.b < nparams && spec::attr_ty(code, pc).is_some() && slot_cached(code, pc),
                _ => false,
            }
        };
        if !ok {
            return false;
        }
    }
    true
}

/// Whether the attribute cache of the instruction at `pc` holds an
/// instance-slot state (what `load_attr` reads inline).
fn slot_cached(code: &Code, pc: usize) -> bool {
    let Some(cache) = code.caches.get(code.instrs[pc].c as usize) else { return false };
    pylift_runtime::ops::attr::cached_attrs(cache).iter().any(|st| matches!(st, pylift_runtime::ops::attr::CachedAttr::Slot { .. }))
}

impl<'a> Tr<'a, '_> {
    /// Inside an inlined body: the argument value a boxed parameter holds.
    pub(super) fn inline_arg(&self, r: u16) -> Option<CValue> {
        let site = self.inline.as_ref()?;
        site.args.get(r as usize).copied()
    }

    /// The exit every failed guard of an inlined body takes.
    pub(super) fn inline_fail(&self) -> Option<Block> {
        self.inline.as_ref().map(|s| s.fail)
    }

    /// `Return` inside an inlined body: to the call's continuation, with
    /// the value in the site's return representation.
    pub(super) fn inline_return(&mut self, r: u16) -> bool {
        let Some((ret, ty)) = self.inline.as_ref().map(|s| (s.ret, s.ret_ty)) else { return false };
        let v = match (ty, self.ty(r)) {
            (Ty::Int | Ty::Bool, t) if t == ty => self.b.use_var(self.u.vi[r as usize]),
            (Ty::Float, Ty::Float) => self.b.use_var(self.u.vf[r as usize]),
            (Ty::Boxed, _) => self.boxed_of(r),
            _ => {
                // Not what the analysis found: make the call instead.
                let fail = self.inline.as_ref().map(|s| s.fail).expect("inlining");
                self.b.ins().jump(fail, &[]);
                return true;
            }
        };
        self.b.ins().jump(ret, &[v.into()]);
        true
    }

    /// Translates the `Call` at `pc` of its direct callee by inlining the
    /// callee's body, if it qualifies; false leaves the call to be made.
    pub(super) fn inline_call(&mut self, pc: usize) -> bool {
        if self.inline.is_some() {
            return false;
        }
        let direct: &'a [Option<Value>] = self.u.direct;
        let Some(callee) = direct.get(pc).and_then(|f| f.as_ref()) else { return false };
        let ins = self.u.code.instrs[pc];
        let Some(Callee { func, folds, hints, states, params }) = analyze(self.u.code, pc, callee, &self.cur, self.env, &self.seq) else { return false };
        let cc: &'a Code = &func.code;
        let ret_ty = super::pure::return_ty(cc, &states);

        let next = flow::next_pc(self.u.code, pc);
        let caller_state = self.cur.clone();
        self.pins.push(callee.clone());
        // The callee register must still hold this function (and a method
        // call's lookup must have found it as a method: self present).
        let same = self.callee_is(pc, callee);
        self.guard(same, pc, DeoptReason::InlineGuard);
        let fail = self.deopt_block(pc, DeoptReason::InlineGuard);
        let argc = call_args(self.u.code, pc).expect("analyzed");
        let args: Vec<CValue> = (0..argc).map(|i| self.boxed_of(ins.b + 1 + i)).collect();
        let unboxed: Vec<Option<CValue>> = (0..argc)
            .map(|i| {
                let r = (ins.b + 1 + i) as usize;
                match self.ty(ins.b + 1 + i) {
                    Ty::Int | Ty::Bool => Some(self.b.use_var(self.u.vi[r])),
                    Ty::Float => Some(self.b.use_var(self.u.vf[r])),
                    _ => None,
                }
            })
            .collect();
        let ret = self.b.create_block();
        self.b.append_block_param(ret, if ret_ty == Ty::Float { F64 } else { I64 });

        let n = cc.nregs as usize;
        let mut blocks = vec![None; cc.instrs.len() + 1];
        for p in flow::instruction_starts(cc) {
            if states.get(p).is_some_and(|s| s.is_some()) {
                blocks[p] = Some(self.b.create_block());
            }
        }
        let vi: Vec<Variable> = (0..n).map(|_| self.b.declare_var(I64)).collect();
        let vf: Vec<Variable> = (0..n).map(|_| self.b.declare_var(F64)).collect();
        // (An inlined body has no loops: no virtual range iterators.)
        let rconst = flow::const_operands(cc);
        // The arguments' ranges at the call are the parameters'.
        let entry = (0..argc).filter_map(|i| self.u.ranges.get(pc).and_then(|f| f.iter().find(|f| f.0 == ins.b + 1 + i)).map(|f| (i, f.1, f.2, f.3))).collect();
        let ranges = super::ranges::branch_bounds(cc, &rconst, &states, &[], &[], entry, &[]);
        let unit = Unit { code: cc, blocks, states, folds, hints, vi, vf, vr: Vec::new(), direct: &[], rconst, ranges, plan: Default::default() };
        let caller = std::mem::replace(&mut self.u, unit);
        self.inline = Some(Site { fail, ret, ret_ty, args });
        // Entry: the parameters in the caller's representation.
        self.cur = vec![Ty::Clean; n];
        for (i, v) in unboxed.iter().enumerate() {
            match (params[i], v) {
                (Ty::Int | Ty::Bool, Some(v)) => self.b.def_var(self.u.vi[i], *v),
                (Ty::Float, Some(v)) => self.b.def_var(self.u.vf[i], *v),
                _ => {}
            }
            self.cur[i] = params[i];
        }
        self.edge(0, DeoptReason::InlineGuard);
        self.translate_body();
        self.u = caller;
        self.inline = None;

        self.cur = caller_state;
        self.b.switch_to_block(ret);
        let v = self.b.block_params(ret)[0];
        self.def_result(ins.a, ret_ty, v);
        self.edge(next, DeoptReason::ResultGuard);
        true
    }
}
