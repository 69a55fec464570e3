//! Bytecode → Cranelift IR for the baseline tier.
//!
//! Registers live in the frame (`regs[i]` is an 8-byte NaN-boxed value), so
//! each instruction reads its operands from memory and writes its result back,
//! with reference counting done inline. Small-int and float arithmetic,
//! comparisons and branches are inlined behind tag checks; anything else (and
//! every failed check) calls `pylift_jit_step`, which runs that one
//! instruction in the interpreter.

use crate::helpers::Helpers;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F64, I32, I64};
use cranelift_codegen::ir::{AbiParam, Block, FuncRef, Function, InstBuilder, MemFlagsData, Signature, Value as CValue};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::Module;
use pylift_runtime::bytecode::{Code, Fmt, Op};
use pylift_runtime::value::{BITS_FALSE, BITS_TRUE, PAYLOAD_MASK, TAG_INT, TAG_PTR, TAG_SHIFT};

/// `(vm: *mut Vm, regs: *mut Value, start_pc: u32) -> u64`.
pub fn entry_signature(m: &dyn Module) -> Signature {
    let mut s = m.make_signature();
    s.params.push(AbiParam::new(I64));
    s.params.push(AbiParam::new(I64));
    s.params.push(AbiParam::new(I32));
    s.returns.push(AbiParam::new(I64));
    s
}

/// The jump target of the instruction at `pc`, if it jumps.
fn jump_target(code: &Code, pc: usize) -> Option<usize> {
    let ins = code.instrs[pc];
    match ins.info().fmt {
        Fmt::T | Fmt::RT => Some(ins.target() as usize),
        Fmt::RRT2 => code.instrs.get(pc + 1).map(|w| w.target() as usize),
        _ => None,
    }
}

/// Instruction starts that backward jumps target: the loop headers, where
/// on-stack replacement may enter.
pub fn loop_headers(code: &Code) -> Vec<u32> {
    let mut heads = Vec::new();
    let mut pc = 0;
    while pc < code.instrs.len() {
        let ins = code.instrs[pc];
        if let Some(t) = jump_target(code, pc) {
            if t <= pc && !heads.contains(&(t as u32)) {
                heads.push(t as u32);
            }
        }
        pc += ins.info().words as usize;
    }
    heads.sort_unstable();
    heads
}

/// Whether the baseline tier executes this instruction inline (the rest
/// call into the runtime: cache helpers, calls, or the interpreter's
/// single-step entry, each of which costs about as much as interpreting).
pub fn is_native(op: Op, x: u8) -> bool {
    matches!(
        op,
        Op::Nop
            | Op::Move
            | Op::LoadConst
            | Op::Add
            | Op::Sub
            | Op::Mul
            | Op::TrueDiv
            | Op::FloorDiv
            | Op::Mod
            | Op::LShift
            | Op::RShift
            | Op::BitAnd
            | Op::BitOr
            | Op::BitXor
            | Op::Lt
            | Op::Le
            | Op::Gt
            | Op::Ge
            | Op::Eq
            | Op::Ne
            | Op::Jump
            | Op::JumpIfFalse
            | Op::JumpIfTrue
            | Op::JumpIfLt
            | Op::JumpIfLe
            | Op::JumpIfGt
            | Op::JumpIfGe
            | Op::JumpIfEq
            | Op::JumpIfNe
            | Op::Return
            | Op::GetItem
            | Op::SetItem
    ) || (op == Op::Inplace && inplace_op(x).is_some())
}

/// Type feedback says the inline int/float path would not apply (the
/// operands seen include big ints, strings, instances...): go straight to
/// the runtime instead of testing tags first.
fn feedback_rules_out_inline(code: &Code, pc: usize) -> bool {
    use pylift_runtime::feedback::{T_FLOAT, T_INT};
    let fb = code.feedback.get(pc).map_or(0, |c| c.get());
    fb & !(T_INT | T_FLOAT) != 0
}

fn is_arith_or_compare(op: Op) -> bool {
    matches!(
        op,
        Op::Add | Op::Sub | Op::Mul | Op::TrueDiv | Op::FloorDiv | Op::Mod | Op::LShift | Op::RShift | Op::BitAnd | Op::BitOr | Op::BitXor | Op::Inplace | Op::Lt | Op::Le | Op::Gt | Op::Ge | Op::Eq | Op::Ne
    )
}

/// The binary opcode an `Inplace` instruction's flag names, when inlined.
fn inplace_op(x: u8) -> Option<Op> {
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

/// The largest fraction of stepped instructions over the function and over
/// each loop body (from a loop header to its back-edge).
pub fn stepped_fraction(code: &Code) -> f64 {
    let count = |lo: usize, hi: usize| -> (usize, usize) {
        let (mut native, mut stepped) = (0, 0);
        let mut pc = lo;
        while pc <= hi && pc < code.instrs.len() {
            let ins = code.instrs[pc];
            if is_native(ins.op, ins.x) && !(is_arith_or_compare(ins.op) && feedback_rules_out_inline(code, pc)) {
                native += 1;
            } else if matches!(ins.op, Op::Call | Op::CallKw | Op::CallMethod | Op::CallMethodKw) {
                // Calls out of native code cost several interpreted
                // instructions until native-to-native calls exist.
                stepped += 4;
            } else {
                stepped += 1;
            }
            pc += ins.info().words as usize;
        }
        (native, stepped)
    };
    let frac = |(n, s): (usize, usize)| if n + s == 0 { 0.0 } else { s as f64 / (n + s) as f64 };
    let mut worst = frac(count(0, code.instrs.len()));
    let mut pc = 0;
    while pc < code.instrs.len() {
        let ins = code.instrs[pc];
        if let Some(t) = jump_target(code, pc) {
            if t <= pc {
                worst = worst.max(frac(count(t, pc)));
            }
        }
        pc += ins.info().words as usize;
    }
    worst
}

struct Fns {
    step: FuncRef,
    cached: FuncRef,
    call: FuncRef,
    truthy: FuncRef,
    compare: FuncRef,
    for_iter: FuncRef,
    release: FuncRef,
    safepoint: FuncRef,
}

struct Tr<'a, 'b> {
    b: FunctionBuilder<'b>,
    seq: pylift_runtime::jit::SeqLayout,
    code: &'a Code,
    vm: CValue,
    regs: CValue,
    blocks: Vec<Option<Block>>,
    err: Block,
    f: Fns,
}

/// Translates `code` into `func`; returns the native entry points (pc 0 and
/// the loop headers).
pub fn translate(code: &Code, func: &mut Function, fctx: &mut FunctionBuilderContext, module: &mut dyn Module, h: &Helpers) -> Vec<u32> {
    let f = Fns {
        step: module.declare_func_in_func(h.step, func),
        cached: module.declare_func_in_func(h.cached, func),
        call: module.declare_func_in_func(h.call, func),
        truthy: module.declare_func_in_func(h.truthy, func),
        compare: module.declare_func_in_func(h.compare, func),
        for_iter: module.declare_func_in_func(h.for_iter, func),
        release: module.declare_func_in_func(h.release, func),
        safepoint: module.declare_func_in_func(h.safepoint, func),
    };
    let frontend = module.target_config();
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    let mut blocks = vec![None; code.instrs.len() + 1];
    let mut pc = 0;
    while pc < code.instrs.len() {
        blocks[pc] = Some(b.create_block());
        pc += code.instrs[pc].info().words as usize;
    }
    let err = b.create_block();
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let (vm, regs, start) = (params[0], params[1], params[2]);
    let heads = loop_headers(code);
    let mut t = Tr { b, seq: pylift_runtime::jit::seq_layout(), code, vm, regs, blocks, err, f };
    // Entry dispatch: pc 0, or a loop header for OSR.
    for &hd in &heads {
        let is = t.b.ins().icmp_imm_s(IntCC::Equal, start, hd as i64);
        let next = t.b.create_block();
        let target = t.block(hd as usize);
        t.b.ins().brif(is, target, &[], next, &[]);
        t.b.switch_to_block(next);
    }
    let first = t.block(0);
    t.b.ins().jump(first, &[]);
    let mut pc = 0;
    while pc < code.instrs.len() {
        let blk = t.block(pc);
        t.b.switch_to_block(blk);
        t.instruction(pc);
        pc += code.instrs[pc].info().words as usize;
    }
    t.b.switch_to_block(t.err);
    let e = t.b.ins().iconst(I64, pylift_runtime::jit::EXIT_ERROR as i64);
    t.b.ins().return_(&[e]);
    t.b.seal_all_blocks();
    t.b.finalize(frontend);
    let mut entries = vec![0];
    entries.extend(heads.into_iter().filter(|&h| h != 0));
    entries
}

impl<'a, 'b> Tr<'a, 'b> {
    fn block(&self, pc: usize) -> Block {
        self.blocks[pc].unwrap_or(self.err)
    }

    /// Continue at instruction `pc` (or hand control back to the interpreter
    /// if there is no such instruction).
    fn goto(&mut self, pc: usize) {
        match self.blocks.get(pc).copied().flatten() {
            Some(blk) => {
                self.b.ins().jump(blk, &[]);
            }
            None => self.resume_at(pc),
        }
    }

    /// Leave native code: the interpreter resumes the frame at `pc`.
    fn resume_at(&mut self, pc: usize) {
        let v = self.b.ins().iconst(I64, pylift_runtime::jit::exit_resume(pc as u32) as i64);
        self.b.ins().return_(&[v]);
    }

    fn load_reg(&mut self, r: u16) -> CValue {
        self.b.ins().load(I64, MemFlagsData::trusted(), self.regs, r as i32 * 8)
    }

    fn tag(&mut self, v: CValue) -> CValue {
        self.b.ins().ushr_imm_s(v, TAG_SHIFT as i64)
    }

    fn incref(&mut self, v: CValue) {
        let tag = self.tag(v);
        let is_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_PTR as i64);
        let inc = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(is_ptr, inc, &[], done, &[]);
        self.b.switch_to_block(inc);
        let p = self.b.ins().band_imm_s(v, PAYLOAD_MASK as i64);
        let rc = self.b.ins().load(I32, MemFlagsData::trusted(), p, 0);
        let rc1 = self.b.ins().iadd_imm_s(rc, 1);
        self.b.ins().store(MemFlagsData::trusted(), rc1, p, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    fn decref(&mut self, v: CValue) {
        let tag = self.tag(v);
        let is_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_PTR as i64);
        let dec = self.b.create_block();
        let free = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(is_ptr, dec, &[], done, &[]);
        self.b.switch_to_block(dec);
        let p = self.b.ins().band_imm_s(v, PAYLOAD_MASK as i64);
        let rc = self.b.ins().load(I32, MemFlagsData::trusted(), p, 0);
        let rc1 = self.b.ins().iadd_imm_s(rc, -1);
        self.b.ins().store(MemFlagsData::trusted(), rc1, p, 0);
        self.b.ins().brif(rc1, done, &[], free, &[]);
        self.b.switch_to_block(free);
        self.b.set_cold_block(free);
        self.b.ins().call(self.f.release, &[p]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Stores an owned value into a register, releasing the old one.
    fn store_reg(&mut self, r: u16, v: CValue) {
        let old = self.load_reg(r);
        self.b.ins().store(MemFlagsData::trusted(), v, self.regs, r as i32 * 8);
        self.decref(old);
    }

    /// Runs the instruction at `pc` in the interpreter, then continues at `next`.
    fn step(&mut self, pc: usize, next: usize) {
        self.call_helper(self.f.step, pc, next);
    }

    fn call_helper(&mut self, helper: FuncRef, pc: usize, next: usize) {
        let pcv = self.b.ins().iconst(I32, pc as i64);
        let call = self.b.ins().call(helper, &[self.vm, pcv]);
        let status = self.b.inst_results(call)[0];
        let cont = self.b.create_block();
        self.b.ins().brif(status, self.err, &[], cont, &[]);
        self.b.switch_to_block(cont);
        self.goto(next);
    }

    /// A GC safe point: one load of the runtime's "collection due" flag; the
    /// call only happens when a collection is actually due.
    fn safepoint(&mut self) {
        let addr = &pylift_runtime::gc::COLLECTION_DUE_FLAG as *const _ as i64;
        let a = self.b.ins().iconst(I64, addr);
        let flag = self.b.ins().uload8(I32, MemFlagsData::trusted(), a, 0);
        let call = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(flag, call, &[], done, &[]);
        self.b.switch_to_block(call);
        self.b.set_cold_block(call);
        self.b.ins().call(self.f.safepoint, &[self.vm]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Jump to `target`, passing a safe point on backward jumps.
    fn branch_to(&mut self, pc: usize, target: usize) {
        if target <= pc {
            self.safepoint();
        }
        self.goto(target);
    }

    fn both_tagged(&mut self, x: CValue, y: CValue, tag: u64) -> CValue {
        let tx = self.tag(x);
        let ty = self.tag(y);
        let a = self.b.ins().icmp_imm_s(IntCC::Equal, tx, tag as i64);
        let c = self.b.ins().icmp_imm_s(IntCC::Equal, ty, tag as i64);
        self.b.ins().band(a, c)
    }

    fn both_float(&mut self, x: CValue, y: CValue) -> CValue {
        let tx = self.tag(x);
        let ty = self.tag(y);
        let a = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, tx, TAG_INT as i64);
        let c = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, ty, TAG_INT as i64);
        self.b.ins().band(a, c)
    }

    fn unbox_int(&mut self, v: CValue) -> CValue {
        let s = self.b.ins().ishl_imm_s(v, 16);
        self.b.ins().sshr_imm_s(s, 16)
    }

    fn box_int(&mut self, i: CValue) -> CValue {
        let p = self.b.ins().band_imm_s(i, PAYLOAD_MASK as i64);
        self.b.ins().bor_imm_s(p, (TAG_INT << TAG_SHIFT) as i64)
    }

    fn bool_bits(&mut self, cond: CValue) -> CValue {
        let t = self.b.ins().iconst(I64, BITS_TRUE as i64);
        let f = self.b.ins().iconst(I64, BITS_FALSE as i64);
        self.b.ins().select(cond, t, f)
    }

    fn instruction(&mut self, pc: usize) {
        let ins = self.code.instrs[pc];
        let next = pc + ins.info().words as usize;
        if is_arith_or_compare(ins.op) && feedback_rules_out_inline(self.code, pc) {
            return self.step(pc, next);
        }
        match ins.op {
            Op::Nop => self.goto(next),
            Op::Move => {
                if ins.a != ins.b {
                    let v = self.load_reg(ins.b);
                    self.incref(v);
                    self.store_reg(ins.a, v);
                }
                self.goto(next);
            }
            Op::LoadConst => {
                let bits = self.code.consts[ins.b as usize].bits();
                let v = self.b.ins().iconst(I64, bits as i64);
                self.incref(v);
                self.store_reg(ins.a, v);
                self.goto(next);
            }
            Op::Add | Op::Sub | Op::Mul | Op::TrueDiv | Op::FloorDiv | Op::Mod | Op::LShift | Op::RShift | Op::BitAnd | Op::BitOr | Op::BitXor => self.arith(pc, next, ins.op, ins.a, ins.b, ins.c),
            Op::Inplace if inplace_op(ins.x).is_some() => {
                let op = inplace_op(ins.x).unwrap_or(Op::Add);
                self.arith(pc, next, op, ins.a, ins.b, ins.c)
            }
            Op::Lt | Op::Le | Op::Gt | Op::Ge | Op::Eq | Op::Ne => self.compare_store(pc, next, ins.op, ins.a, ins.b, ins.c),
            Op::Jump => self.branch_to(pc, ins.target() as usize),
            Op::JumpIfFalse | Op::JumpIfTrue => self.cond_jump(pc, next, ins.op == Op::JumpIfTrue, ins.a, ins.target() as usize),
            Op::JumpIfLt | Op::JumpIfLe | Op::JumpIfGt | Op::JumpIfGe | Op::JumpIfEq | Op::JumpIfNe => {
                let target = self.code.instrs[pc + 1].target() as usize;
                self.fused_jump(pc, next, ins.op, ins.a, ins.b, target)
            }
            Op::ForIter => {
                let target = self.code.instrs[pc + 1].target() as usize;
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
                self.b.switch_to_block(done);
                self.goto(next);
                self.b.switch_to_block(got);
                self.branch_to(pc, target);
            }
            Op::GetItem => self.get_item(pc, next, ins.a, ins.b, ins.c),
            Op::LoadGlobal | Op::LoadAttr | Op::StoreAttr | Op::LoadMethod => self.call_helper(self.f.cached, pc, next),
            Op::Call | Op::CallKw | Op::CallMethod | Op::CallMethodKw => self.call_helper(self.f.call, pc, next),
            Op::SetItem => self.set_item(pc, next, ins.a, ins.b, ins.c),
            // Frame exits run in the interpreter.
            Op::Return | Op::Yield | Op::YieldFrom => self.resume_at(pc),
            _ => self.step(pc, next),
        }
    }

    fn arith(&mut self, pc: usize, next: usize, op: Op, a: u16, bx: u16, cx: u16) {
        let x = self.load_reg(bx);
        let y = self.load_reg(cx);
        let int_blk = self.b.create_block();
        let not_int = self.b.create_block();
        let slow = self.b.create_block();
        let both_int = self.both_tagged(x, y, TAG_INT);
        self.b.ins().brif(both_int, int_blk, &[], not_int, &[]);

        self.b.switch_to_block(int_blk);
        let xi = self.unbox_int(x);
        let yi = self.unbox_int(y);
        if op == Op::TrueDiv {
            // int / int: both convert exactly to doubles (48-bit values).
            let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, yi, 0);
            let div = self.b.create_block();
            self.b.ins().brif(nz, div, &[], slow, &[]);
            self.b.switch_to_block(div);
            let fx = self.b.ins().fcvt_from_sint(F64, xi);
            let fy = self.b.ins().fcvt_from_sint(F64, yi);
            let fr = self.b.ins().fdiv(fx, fy);
            let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), fr);
            self.store_reg(a, bits);
            self.goto(next);
        } else {
            let r = self.int_op(op, xi, yi, slow);
            // The result must fit the 48-bit immediate form; else the runtime
            // makes a big int (never a wrapped value).
            let back = self.unbox_int(r);
            let fits = self.b.ins().icmp(IntCC::Equal, back, r);
            let store_int = self.b.create_block();
            self.b.ins().brif(fits, store_int, &[], slow, &[]);
            self.b.switch_to_block(store_int);
            let boxed = self.box_int(r);
            self.store_reg(a, boxed);
            self.goto(next);
        }

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
            self.store_reg(a, bits);
            self.goto(next);
        } else {
            self.b.ins().jump(slow, &[]);
        }

        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.step(pc, next);
    }

    /// A small-int operation on unboxed operands with Python semantics;
    /// branches to `slow` where the runtime must decide (zero divisor,
    /// out-of-range shift, i64 overflow).
    fn int_op(&mut self, op: Op, xi: CValue, yi: CValue, slow: Block) -> CValue {
        match op {
            Op::Add => self.b.ins().iadd(xi, yi),
            Op::Sub => self.b.ins().isub(xi, yi),
            Op::BitAnd => self.b.ins().band(xi, yi),
            Op::BitOr => self.b.ins().bor(xi, yi),
            Op::BitXor => self.b.ins().bxor(xi, yi),
            Op::Mul => {
                let (r, of) = self.b.ins().smul_overflow(xi, yi);
                let ok = self.b.create_block();
                self.b.ins().brif(of, slow, &[], ok, &[]);
                self.b.switch_to_block(ok);
                r
            }
            Op::FloorDiv | Op::Mod => {
                let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, yi, 0);
                let ok = self.b.create_block();
                self.b.ins().brif(nz, ok, &[], slow, &[]);
                self.b.switch_to_block(ok);
                let q = self.b.ins().sdiv(xi, yi);
                let r = self.b.ins().srem(xi, yi);
                // Floor semantics: adjust when the remainder's sign differs
                // from the divisor's.
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
            Op::RShift => {
                let ok_range = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, yi, 64);
                let ok = self.b.create_block();
                self.b.ins().brif(ok_range, ok, &[], slow, &[]);
                self.b.switch_to_block(ok);
                self.b.ins().sshr(xi, yi)
            }
            _ => {
                // LShift: small shifts only; the fit check catches overflow.
                let ok_range = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, yi, 16);
                let ok = self.b.create_block();
                self.b.ins().brif(ok_range, ok, &[], slow, &[]);
                self.b.switch_to_block(ok);
                self.b.ins().ishl(xi, yi)
            }
        }
    }

    /// If `o` is a list (or, with `tuples`, a tuple) and `k` a small int
    /// in range, jumps to the returned block with the element's address as
    /// its parameter; otherwise to `slow`.
    fn seq_element(&mut self, o: CValue, k: CValue, tuples: bool, slow: Block) -> Block {
        let found = self.b.create_block();
        self.b.append_block_param(found, I64);
        let tag_o = self.tag(o);
        let tag_k = self.tag(k);
        let o_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, tag_o, TAG_PTR as i64);
        let k_int = self.b.ins().icmp_imm_s(IntCC::Equal, tag_k, TAG_INT as i64);
        let ok = self.b.ins().band(o_ptr, k_int);
        let check_kind = self.b.create_block();
        self.b.ins().brif(ok, check_kind, &[], slow, &[]);
        self.b.switch_to_block(check_kind);
        let p = self.b.ins().band_imm_s(o, PAYLOAD_MASK as i64);
        let kind = self.b.ins().uload8(I32, MemFlagsData::trusted(), p, self.seq.kind_offset);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, kind, self.seq.list_kind as i64);
        let i = self.unbox_int(k);
        let list_blk = self.b.create_block();
        let other = self.b.create_block();
        self.b.ins().brif(is_list, list_blk, &[], other, &[]);
        let index = |t: &mut Self, data_off: i32, len_off: i32| {
            let len = t.b.ins().load(I64, MemFlagsData::trusted(), p, len_off);
            let data = t.b.ins().load(I64, MemFlagsData::trusted(), p, data_off);
            let neg = t.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
            let wrapped = t.b.ins().iadd(i, len);
            let idx = t.b.ins().select(neg, wrapped, i);
            let inb = t.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
            let off = t.b.ins().ishl_imm_s(idx, 3);
            let addr = t.b.ins().iadd(data, off);
            t.b.ins().brif(inb, found, &[addr.into()], slow, &[]);
        };
        self.b.switch_to_block(list_blk);
        index(self, self.seq.list_ptr, self.seq.list_len);
        self.b.switch_to_block(other);
        if tuples {
            let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, kind, self.seq.tuple_kind as i64);
            let tuple_blk = self.b.create_block();
            self.b.ins().brif(is_tuple, tuple_blk, &[], slow, &[]);
            self.b.switch_to_block(tuple_blk);
            index(self, self.seq.tuple_ptr, self.seq.tuple_len);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        found
    }

    fn get_item(&mut self, pc: usize, next: usize, a: u16, ob: u16, kb: u16) {
        let o = self.load_reg(ob);
        let k = self.load_reg(kb);
        let slow = self.b.create_block();
        let found = self.seq_element(o, k, true, slow);
        self.b.switch_to_block(found);
        let addr = self.b.block_params(found)[0];
        let elem = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
        self.incref(elem);
        self.store_reg(a, elem);
        self.goto(next);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.step(pc, next);
    }

    fn set_item(&mut self, pc: usize, next: usize, ob: u16, kb: u16, vb: u16) {
        let o = self.load_reg(ob);
        let k = self.load_reg(kb);
        let slow = self.b.create_block();
        let found = self.seq_element(o, k, false, slow);
        self.b.switch_to_block(found);
        let addr = self.b.block_params(found)[0];
        let v = self.load_reg(vb);
        self.incref(v);
        let old = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
        self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
        self.decref(old);
        self.goto(next);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.step(pc, next);
    }

    fn int_cc(op: Op) -> (IntCC, FloatCC) {
        match op {
            Op::Lt | Op::JumpIfLt => (IntCC::SignedLessThan, FloatCC::LessThan),
            Op::Le | Op::JumpIfLe => (IntCC::SignedLessThanOrEqual, FloatCC::LessThanOrEqual),
            Op::Gt | Op::JumpIfGt => (IntCC::SignedGreaterThan, FloatCC::GreaterThan),
            Op::Ge | Op::JumpIfGe => (IntCC::SignedGreaterThanOrEqual, FloatCC::GreaterThanOrEqual),
            Op::Eq | Op::JumpIfEq => (IntCC::Equal, FloatCC::Equal),
            _ => (IntCC::NotEqual, FloatCC::NotEqual),
        }
    }

    /// The comparison of two registers when both are small ints or both
    /// floats; `fast` receives the i8 condition, `slow` is taken otherwise.
    fn compare_fast(&mut self, op: Op, bx: u16, cx: u16, slow: Block) -> (Block, CValue) {
        let x = self.load_reg(bx);
        let y = self.load_reg(cx);
        let (icc, fcc) = Self::int_cc(op);
        let int_blk = self.b.create_block();
        let not_int = self.b.create_block();
        let float_blk = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, cranelift_codegen::ir::types::I8);
        let both_int = self.both_tagged(x, y, TAG_INT);
        self.b.ins().brif(both_int, int_blk, &[], not_int, &[]);
        self.b.switch_to_block(int_blk);
        // Comparing the tagged words equals comparing the ints after shifting
        // the tag out; compare the unboxed values to keep the sign right.
        let xi = self.unbox_int(x);
        let yi = self.unbox_int(y);
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
        let c = self.b.block_params(join)[0];
        (join, c)
    }

    fn compare_store(&mut self, pc: usize, next: usize, op: Op, a: u16, bx: u16, cx: u16) {
        let slow = self.b.create_block();
        let (_, c) = self.compare_fast(op, bx, cx, slow);
        let v = self.bool_bits(c);
        self.store_reg(a, v);
        self.goto(next);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.step(pc, next);
    }

    fn fused_jump(&mut self, pc: usize, next: usize, op: Op, ax: u16, bx: u16, target: usize) {
        let slow = self.b.create_block();
        let taken = self.b.create_block();
        let not_taken = self.b.create_block();
        let (_, c) = self.compare_fast(op, ax, bx, slow);
        self.b.ins().brif(c, taken, &[], not_taken, &[]);
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
        self.b.switch_to_block(taken);
        self.branch_to(pc, target);
        self.b.switch_to_block(not_taken);
        self.goto(next);
    }

    fn cond_jump(&mut self, pc: usize, next: usize, when: bool, a: u16, target: usize) {
        let v = self.load_reg(a);
        let is_true = self.b.ins().icmp_imm_s(IntCC::Equal, v, BITS_TRUE as i64);
        let is_false = self.b.ins().icmp_imm_s(IntCC::Equal, v, BITS_FALSE as i64);
        let yes = self.b.create_block();
        let no = self.b.create_block();
        let check_false = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(is_true, yes, &[], check_false, &[]);
        self.b.switch_to_block(check_false);
        self.b.ins().brif(is_false, no, &[], slow, &[]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let pcv = self.b.ins().iconst(I32, pc as i64);
        let call = self.b.ins().call(self.f.truthy, &[self.vm, v, pcv]);
        let r = self.b.inst_results(call)[0];
        let is_one = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
        let check_err = self.b.create_block();
        self.b.ins().brif(is_one, yes, &[], check_err, &[]);
        self.b.switch_to_block(check_err);
        self.b.ins().brif(r, self.err, &[], no, &[]);
        // Taken when the truth value equals `when`.
        let (jump_blk, fall_blk) = if when { (yes, no) } else { (no, yes) };
        self.b.switch_to_block(jump_blk);
        self.branch_to(pc, target);
        self.b.switch_to_block(fall_blk);
        self.goto(next);
    }
}
