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
use cranelift_codegen::ir::condcodes::IntCC;
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
    /// Where a `Return` goes, with the boxed result as parameter.
    ret: Block,
    /// The arguments' boxed values (a boxed parameter reads these).
    args: Vec<CValue>,
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
                _ => false,
            }
        };
        if !ok {
            return false;
        }
    }
    true
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

    /// `Return` inside an inlined body: to the call's continuation.
    pub(super) fn inline_return(&mut self, r: u16) -> bool {
        let Some(ret) = self.inline.as_ref().map(|s| s.ret) else { return false };
        let v = self.boxed_of(r);
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
        let Some(func) = callee.as_function() else { return false };
        let cc: &'a Code = &func.code;
        let ins = self.u.code.instrs[pc];
        if std::ptr::eq(cc, self.u.code) || cc.instrs.len() > MAX_INLINE_INSTRS || cc.argcount != ins.c {
            return false;
        }
        // The callee's globals fold like the caller's when they are the same.
        let env = self.env.filter(|e| e.globals.bits() == func.globals.bits());
        let folds = plan_folds(cc, env, &self.seq);
        let hints = spec::Hints {
            globals: folds.iter().map(|f| f.as_ref().and_then(|f| const_ty(&f.value))).collect(),
            intrinsics: vec![None; cc.instrs.len()],
            virtual_iter: vec![None; cc.instrs.len()],
            unit_step: Vec::new(),
            call_results: Vec::new(),
        };
        let params: Vec<Ty> = (0..ins.c)
            .map(|i| match self.ty(ins.b + 1 + i) {
                t @ (Ty::Int | Ty::Float | Ty::Bool) => t,
                _ => Ty::Boxed,
            })
            .collect();
        let live = flow::liveness(cc);
        let states = spec::analyze_from(cc, &live, &hints, Some(&params));
        if !pure(cc, &states, &hints, ins.c) {
            return false;
        }

        let next = flow::next_pc(self.u.code, pc);
        let caller_state = self.cur.clone();
        self.pins.push(callee.clone());
        // The callee register must still hold this function.
        if !matches!(self.ty(ins.b), Ty::Folded(_)) {
            let fv = self.load_reg(ins.b);
            let same = self.b.ins().icmp_imm_s(IntCC::Equal, fv, callee.bits() as i64);
            self.guard(same, pc, DeoptReason::InlineGuard);
        }
        let fail = self.deopt_block(pc, DeoptReason::InlineGuard);
        let args: Vec<CValue> = (0..ins.c).map(|i| self.boxed_of(ins.b + 1 + i)).collect();
        let unboxed: Vec<Option<CValue>> = (0..ins.c)
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
        self.b.append_block_param(ret, I64);

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
        let unit = Unit { code: cc, blocks, states, folds, hints, vi, vf, vr: Vec::new(), direct: &[], rconst: flow::const_operands(cc) };
        let caller = std::mem::replace(&mut self.u, unit);
        self.inline = Some(Site { fail, ret, args });
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
        self.def_boxed(ins.a, v);
        self.edge(next, DeoptReason::ResultGuard);
        true
    }
}
