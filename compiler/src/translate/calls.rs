//! Direct calls between compiled functions.
//!
//! A call site whose callee is (by its folded global) a known plain Python
//! function is translated to: check the callee register still holds that
//! function and that its native code exists; push the callee's interpreter
//! `Frame` and registers inline (the same frame the interpreter would push,
//! so tracebacks, deoptimization and runtime helpers see nothing special);
//! call its native entry; and when it simply returned, pop the frame inline.
//! Anything else (other callee, no native code yet, recursion or stack
//! limits, frame-stack growth, a callee that deoptimized, raised or returns
//! from an `except` block) takes the generic runtime path, so the semantics
//! stay the interpreter's.

use super::{spec, Tr, Ty};
use crate::flow::{self, Writes};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value as CValue};
use pylift_runtime::bytecode::{Code, Op};
use pylift_runtime::jit::{DeoptReason, Intrinsic, EXIT_RETURN, EXIT_RETURN_REG_SHIFT};
use pylift_runtime::value::Value;

/// How many methods a polymorphic `CallMethod` calls directly (the
/// others take the generic call).
const METHOD_TARGETS: usize = 4;

/// Callee registers released inline one by one; larger frames use a loop.
const UNROLLED_RELEASE: u16 = 12;

/// The `LoadGlobal` that last wrote the callee register of the `Call` at
/// `pc`, in straight-line code before it.
pub(super) fn global_callee_load(code: &Code, pc: usize) -> Option<usize> {
    if !matches!(code.instrs[pc].op, Op::Call | Op::CallKw) {
        return None;
    }
    callee_load(code, pc).filter(|&p| code.instrs[p].op == Op::LoadGlobal)
}

/// The `LoadMethod` that wrote the callable and self of the `CallMethod`
/// at `pc`, in straight-line code before it.
pub(super) fn method_callee_load(code: &Code, pc: usize) -> Option<usize> {
    let ins = code.instrs[pc];
    if !matches!(ins.op, Op::CallMethod | Op::CallMethodKw) {
        return None;
    }
    callee_load(code, pc).filter(|&p| code.instrs[p].op == Op::LoadMethod && code.instrs[p].a == ins.b)
}

/// The instruction that last wrote the callee register of the call at
/// `pc`, in straight-line code before it.
fn callee_load(code: &Code, pc: usize) -> Option<usize> {
    let ins = code.instrs[pc];
    let starts = flow::instruction_starts(code);
    let at = starts.iter().position(|&p| p == pc)?;
    for &p in starts[..at].iter().rev().take(32) {
        if flow::jump_target(code, p).is_some() {
            return None;
        }
        match flow::writes(code, p) {
            Writes::All => return None,
            Writes::Range(a, n) if (a..a.saturating_add(n)).contains(&ins.b) => return Some(p),
            _ => {}
        }
    }
    None
}

/// The function a `Call` at `pc` will most likely call: the folded value of
/// its callee's `LoadGlobal`; for a `CallMethod`, the method its
/// `LoadMethod`'s inline cache found last. Only functions a direct call can
/// enter (plain positional parameters, as many as the call passes), or a
/// class whose instantiation is a new object and a direct call of its
/// `__init__` (see `instantiated_init`).
pub(super) fn direct_callee(code: &Code, folds: &[Option<super::Fold>], pc: usize) -> Option<Value> {
    if code.jit.deopted_at(pc) {
        return None;
    }
    let ins = code.instrs[pc];
    let kw = kwnames(code, pc);
    let f = match ins.op {
        Op::Call | Op::CallKw => folds.get(global_callee_load(code, pc)?)?.as_ref()?.value.clone(),
        Op::CallMethod | Op::CallMethodKw => {
            let load = code.instrs[method_callee_load(code, pc)?];
            pylift_runtime::ops::attr::cached_method(code.caches.get(load.c as usize)?)?
        }
        _ => return None,
    };
    // Positional values passed: self or the new object first.
    let method = matches!(ins.op, Op::CallMethod | Op::CallMethodKw);
    let npos = ins.c + u16::from(method) - kw.len() as u16;
    if !method {
        if let Some(init) = instantiated_init(&f) {
            return bind_plan(&init, npos + 1, &kw).map(|_| f);
        }
    }
    bind_plan(&f, npos, &kw).map(|_| f)
}

/// The keyword names of a `CallKw`/`CallMethodKw` at `pc` (else none).
pub(super) fn kwnames(code: &Code, pc: usize) -> Vec<Value> {
    match code.instrs[pc].op {
        Op::CallKw | Op::CallMethodKw => code.consts.get(code.instrs[pc + 1].a as usize).and_then(|k| k.as_tuple()).map_or_else(Vec::new, |t| t.items.to_vec()),
        _ => Vec::new(),
    }
}

/// Where a parameter of a direct call gets its value.
#[derive(Clone)]
pub(super) enum Src {
    /// The `i`-th positional value passed (self or the new object first).
    Pos(u16),
    /// The `j`-th keyword value passed.
    Kw(u16),
    /// The function's default (in its defaults tuple, which is guarded).
    Default(Value),
}

/// How a call of `f` passing `npos` positional values and keywords
/// `kw` binds its parameters, when a direct call can enter it: a plain
/// function (positional-or-keyword parameters only, no cells, not a
/// generator) and every parameter given once, by position, keyword or
/// default. Anything else (an error included) takes the generic call.
pub(super) fn bind_plan(f: &Value, npos: u16, kw: &[Value]) -> Option<Vec<Src>> {
    let func = f.as_function()?;
    let c = &func.code;
    if !c.simple_args || c.flags.generator || c.flags.name_scope || npos > c.argcount {
        return None;
    }
    let n = c.argcount as usize;
    let mut plan: Vec<Option<Src>> = (0..n).map(|i| (i < npos as usize).then_some(Src::Pos(i as u16))).collect();
    for (j, name) in kw.iter().enumerate() {
        let i = c.varnames.iter().take(n).position(|v| v.as_str().is_some() && v.as_str() == name.as_str())?;
        if plan[i].is_some() {
            return None;
        }
        plan[i] = Some(Src::Kw(j as u16));
    }
    let defaults = func.defaults.get().clone();
    let d: &[Value] = defaults.as_tuple().map_or(&[], |t| &t.items);
    for (i, p) in plan.iter_mut().enumerate() {
        if p.is_none() {
            // The defaults are those of the last parameters.
            let k = (i + d.len()).checked_sub(n)?;
            *p = Some(Src::Default(d.get(k)?.clone()));
        }
    }
    plan.into_iter().collect()
}

/// The `__init__` a call of the class `cls` runs on a new plain object
/// (`object.__new__`, no metaclass, no built-in or exception base, not
/// abstract): native code allocates the object and calls `__init__`
/// directly, as the interpreter does. The class's version is guarded, so
/// the lookups made here stay true.
pub(super) fn instantiated_init(cls: &Value) -> Option<Value> {
    let c = cls.as_class()?;
    let abstract_ = c.dict.as_dict().is_some_and(|d| d.get_str(&pylift_runtime::objects::str::intern("__abstractmethods__")).is_some());
    if abstract_ || !matches!(c.native_base, pylift_runtime::objects::class::NativeBase::Object) {
        return None;
    }
    pylift_runtime::ops::plain_init(cls)
}

/// The builtin the `Call` at `pc` computes inline, if its callee is the
/// folded value of a `LoadGlobal` that is an intrinsic.
pub(super) fn intrinsic_at(code: &Code, folds: &[Option<super::Fold>], live: &[flow::RegSet], pc: usize) -> Option<Intrinsic> {
    let next = flow::next_pc(code, pc);
    if code.jit.deopted_at(pc) || code.jit.deopted_at(next) {
        return None;
    }
    let load = global_callee_load(code, pc)?;
    let f = &folds.get(load)?.as_ref()?.value;
    let k = Intrinsic::of(f, code.instrs[pc].c)?;
    if k == Intrinsic::Range {
        // Only `for ... in range(...)`: the range object is never seen.
        let a = code.instrs[pc].a;
        let gi = code.instrs.get(next)?;
        let after = flow::next_pc(code, next);
        let fused = gi.op == Op::GetIter && gi.b == a && gi.a != a && !live.get(after).is_some_and(|l| l.contains(a));
        return fused.then_some(k);
    }
    Some(k)
}

/// What a direct call passes for one parameter.
enum Arg {
    Reg(u16),
    /// A default value (the function's defaults tuple holds it; guarded).
    Const(Value),
    /// An instantiation's new object.
    NewObject,
}

/// A direct call: the function entered, what it is passed, and how its
/// result is checked.
struct Direct {
    func: Value,
    /// The callee's parameters, in order.
    args: Vec<Arg>,
    /// An instantiation of this class (`__init__` is `func`).
    new_object: Option<Value>,
    /// A binary operator's method (its index in `ops::arith::BINOPS`):
    /// NotImplemented raises.
    operator: Option<u32>,
}

impl Tr<'_, '_> {
    fn vm_load(&mut self, off: i32) -> CValue {
        self.b.ins().load(I64, MemFlagsData::trusted(), self.vm, off)
    }

    /// Adds `delta` to the 32-bit count of the object at the fixed address
    /// `p` (an object kept alive elsewhere: it cannot reach zero here).
    fn bump_count(&mut self, p: CValue, off: i32, ty: cranelift_codegen::ir::Type, delta: i64) {
        let n = self.b.ins().load(ty, MemFlagsData::trusted(), p, off);
        let n1 = self.b.ins().iadd_imm_s(n, delta);
        self.b.ins().store(MemFlagsData::trusted(), n1, p, off);
    }

    /// `Call` at `pc` of the known function `callee`.
    ///
    /// `callee` may be a class (see `instantiated_init`): the call makes a
    /// new object and calls `__init__` with it first; the frame records
    /// the object (`init_obj`), which is the call's result when `__init__`
    /// returns None.
    pub(super) fn direct_call(&mut self, pc: usize, callee: &Value) {
        let init = instantiated_init(callee);
        let fv = init.clone().unwrap_or_else(|| callee.clone());
        if fv.as_function().is_none() || (init.is_some() && !self.seq.instances_valid()) {
            return self.call_helper(self.f.call, pc);
        }
        let ins = self.u.code.instrs[pc];
        // A method call passes self (register b + 1) first. A polymorphic
        // site calls each method its `LoadMethod` cache saw directly.
        let method = matches!(ins.op, Op::CallMethod | Op::CallMethodKw);
        let kw = kwnames(self.u.code, pc);
        let nkw = kw.len() as u16;
        // The positional registers (self first for a method), then the
        // keyword values'.
        let pos_regs: Vec<u16> = (ins.b + 1..ins.b + 1 + ins.c + u16::from(method) - nkw).collect();
        let kw_first = ins.b + 1 + ins.c + u16::from(method) - nkw;
        let targets = if method { self.method_targets(pc, callee) } else { vec![callee.clone()] };
        for f in &targets {
            let func = if init.is_some() { fv.clone() } else { f.clone() };
            let npos = pos_regs.len() as u16 + u16::from(init.is_some());
            let Some(plan) = bind_plan(&func, npos, &kw) else { continue };
            self.pins.push(f.clone());
            // Every condition of the inline path, then one branch.
            let mut ok = self.callee_is(pc, f);
            if let (Some(_), Some(c)) = (&init, callee.as_class()) {
                // The class's namespaces (and so its `__init__`) are unchanged.
                let cp = self.b.ins().iconst(I64, (callee.bits() & pylift_runtime::value::PAYLOAD_MASK) as i64);
                let ver = self.b.ins().load(I64, MemFlagsData::trusted(), cp, self.seq.class_version);
                let same = self.b.ins().icmp_imm_s(IntCC::Equal, ver, c.version() as i64);
                ok = self.b.ins().band(ok, same);
            }
            let new_object = init.is_some();
            let args = plan
                .iter()
                .map(|src| match *src {
                    Src::Pos(0) if new_object => Arg::NewObject,
                    Src::Pos(i) => Arg::Reg(pos_regs[(i - u16::from(new_object)) as usize]),
                    Src::Kw(j) => Arg::Reg(kw_first + j),
                    Src::Default(ref v) => Arg::Const(v.clone()),
                })
                .collect();
            let slow = self.b.create_block();
            let d = Direct { func, args, new_object: init.as_ref().map(|_| callee.clone()), operator: None };
            self.enter_direct(pc, &d, ok, slow);
        }
        self.call_helper(self.f.call, pc);
    }

    /// The built-in function a `Call` (of a folded global) or `CallMethod`
    /// (of a built-in type's method its `LoadMethod` cache holds) at `pc`
    /// calls, with positional arguments only.
    pub(super) fn builtin_callee(&self, pc: usize) -> Option<Value> {
        let code = self.u.code;
        if self.inline.is_some() || self.frameless() || code.jit.deopted_at(pc) {
            return None;
        }
        let f = match code.instrs[pc].op {
            Op::Call => self.u.folds.get(global_callee_load(code, pc)?)?.as_ref()?.value.clone(),
            Op::CallMethod => {
                let load = code.instrs[method_callee_load(code, pc)?];
                pylift_runtime::ops::attr::cached_type_method(code.caches.get(load.c as usize)?)?
            }
            _ => return None,
        };
        f.as_builtin().is_some().then_some(f)
    }

    /// A call of the built-in `f` at `pc`: if the callee register holds it
    /// (and, for a method, self is present), one runtime call with the
    /// arguments in a stack array (`pylift_jit_call_builtin`); else the
    /// generic call.
    pub(super) fn builtin_call(&mut self, pc: usize, f: &Value) {
        let ins = self.u.code.instrs[pc];
        let next = flow::next_pc(self.u.code, pc);
        let method = ins.op == Op::CallMethod;
        self.pins.push(f.clone());
        let ok = self.callee_is(pc, f);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        let saved = self.cur.clone();
        self.b.switch_to_block(fast);
        // The builtin may raise (a handler in this frame reads the
        // registers) or run Python code: the unboxed values are written back.
        self.flush_unboxed();
        let args: Vec<u16> = (ins.b + 1..ins.b + 1 + ins.c + u16::from(method)).collect();
        let slot = self.b.create_sized_stack_slot(cranelift_codegen::ir::StackSlotData::new(cranelift_codegen::ir::StackSlotKind::ExplicitSlot, (args.len().max(1) * 8) as u32, 3));
        for (i, &r) in args.iter().enumerate() {
            let v = self.boxed_of(r);
            self.b.ins().stack_store(I64, v, slot, i as i32 * 8);
        }
        let items = self.b.ins().stack_addr(I64, slot, 0);
        let fv = self.b.ins().iconst(I64, f.bits() as i64);
        let n = self.b.ins().iconst(I64, args.len() as i64);
        let pc32 = self.b.ins().iconst(I32, pc as i64);
        let call = self.b.ins().call(self.f.call_builtin, &[self.vm, fv, items, n, pc32]);
        let v = self.b.inst_results(call)[0];
        let raised = self.b.ins().icmp_imm_s(IntCC::Equal, v, pylift_runtime::jit::ATTR_MISS as i64);
        let done = self.b.create_block();
        self.b.ins().brif(raised, self.err, &[], done, &[]);
        self.b.switch_to_block(done);
        self.def_boxed(ins.a, v);
        self.reload_unboxed();
        self.edge(next, DeoptReason::ResultGuard);
        self.cur = saved;
        self.b.switch_to_block(slow);
        self.call_helper(self.f.call, pc);
    }

    /// Whether the call at `pc` calls `f`: its callee register holds it
    /// (known for a `Folded` one) and, for a method call, the lookup found
    /// a method (self is present, not a function attribute).
    pub(super) fn callee_is(&mut self, pc: usize, f: &Value) -> CValue {
        let ins = self.u.code.instrs[pc];
        let mut ok = self.b.ins().iconst(cranelift_codegen::ir::types::I8, 1);
        if !matches!(self.ty(ins.b), Ty::Folded(_)) {
            let fr = self.load_reg(ins.b);
            let same = self.b.ins().icmp_imm_s(IntCC::Equal, fr, f.bits() as i64);
            ok = self.b.ins().band(ok, same);
        }
        if matches!(ins.op, Op::CallMethod | Op::CallMethodKw) {
            let s = self.load_reg(ins.b + 1);
            let has_self = self.b.ins().icmp_imm_s(IntCC::NotEqual, s, Value::UNDEF.bits() as i64);
            ok = self.b.ins().band(ok, has_self);
        }
        ok
    }

    /// The methods a `CallMethod` at `pc` calls directly: `callee` (its
    /// `LoadMethod` cache's current method), then the other plain methods
    /// the cache saw (a polymorphic site), at most `METHOD_TARGETS`.
    pub(super) fn method_targets(&self, pc: usize, callee: &Value) -> Vec<Value> {
        method_targets_of(self.u.code, pc, callee)
    }

    /// The method a binary operator at `pc` calls directly: the instance
    /// class its left operand always had (recorded by the interpreter), a
    /// plain class whose method for the operator is a plain Python
    /// function of two parameters, with operands seen of no other kinds
    /// than instances, ints and floats.
    pub(super) fn operator_target(&self, pc: usize) -> Option<(Value, Value, u32)> {
        let code = self.u.code;
        let op = pylift_runtime::ops::arith::binop_of(code.instrs[pc].op)?;
        if self.inline.is_some() || self.frameless() || !self.fl.valid() || !self.seq.instances_valid() {
            return None;
        }
        let class = operator_class_seen(code, pc)?;
        let c = class.as_class()?;
        if c.builtin || c.user_metaclass().is_some() || !matches!(c.native_base, pylift_runtime::objects::class::NativeBase::Object) {
            return None;
        }
        let method = c.lookup_str(pylift_runtime::ops::arith::operator_method(op))?;
        let index = pylift_runtime::ops::arith::BINOPS.iter().position(|&b| b == op)? as u32;
        let plan = bind_plan(&method, 2, &[])?;
        // Both operands by position (defaults after them are constants).
        matches!(plan[..], [Src::Pos(0), Src::Pos(1), ..]).then_some((class, method, index))
    }

    /// `a = b op c` at `pc` for instances of the class `operator_target`
    /// found: its method is called directly when `b` is an instance of the
    /// class (same version) and `c` one too, or an int or float, for then
    /// nothing is tried before it (no reflected method of a subclass) and
    /// NotImplemented can only raise. Else `slow`, which the caller emits.
    pub(super) fn operator_call(&mut self, pc: usize, class: &Value, method: Value, index: u32, slow: cranelift_codegen::ir::Block) {
        let ins = self.u.code.instrs[pc];
        let version = class.as_class().map_or(0, |c| c.version());
        self.pins.push(class.clone());
        let x = self.boxed_of(ins.b);
        self.instance_of_version(x, version, slow);
        let y = self.boxed_of(ins.c);
        let y_obj = self.b.create_block();
        let y_num = self.b.create_block();
        let y_ok = self.b.create_block();
        let t = self.tag(y);
        let is_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, t, pylift_runtime::value::TAG_PTR as i64);
        self.b.ins().brif(is_ptr, y_obj, &[], y_num, &[]);
        self.b.switch_to_block(y_obj);
        self.instance_of_version(y, version, slow);
        self.b.ins().jump(y_ok, &[]);
        self.b.switch_to_block(y_num);
        // A small int or a float.
        let num = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, t, pylift_runtime::value::TAG_INT as i64);
        self.b.ins().brif(num, y_ok, &[], slow, &[]);
        self.b.switch_to_block(y_ok);
        let ok = self.b.ins().iconst(cranelift_codegen::ir::types::I8, 1);
        let mut args = vec![Arg::Reg(ins.b), Arg::Reg(ins.c)];
        if let Some(plan) = bind_plan(&method, 2, &[]) {
            args.extend(plan.into_iter().skip(2).map(|src| match src {
                Src::Default(v) => Arg::Const(v),
                _ => Arg::Const(Value::NONE),
            }));
        }
        let d = Direct { func: method, args, new_object: None, operator: Some(index) };
        self.enter_direct(pc, &d, ok, slow);
    }

    /// Continues if boxed `v` is an instance whose class has `version`,
    /// else goes to `miss`.
    fn instance_of_version(&mut self, v: CValue, version: u64, miss: cranelift_codegen::ir::Block) {
        let (_, ver) = self.instance_class_version(v, miss);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, ver, version as i64);
        self.check(same, super::Fail::Branch(miss), DeoptReason::ResultGuard);
    }

    /// Branches on `ok`: positions in a new cold block (the frame's
    /// unboxed registers written back, for an error to be raised there)
    /// and returns the block where `ok` goes.
    fn cold_unless(&mut self, ok: CValue) -> cranelift_codegen::ir::Block {
        let good = self.b.create_block();
        let bad = self.b.create_block();
        self.b.ins().brif(ok, good, &[], bad, &[]);
        self.b.switch_to_block(bad);
        self.b.set_cold_block(bad);
        self.flush_unboxed();
        good
    }

    /// The direct call `d` made by the instruction at `pc`, if `ok` and the
    /// callee can be entered natively now (else `slow`, which the caller
    /// emits: this returns positioned there, with the state of the entry).
    fn enter_direct(&mut self, pc: usize, d: &Direct, mut ok: CValue, slow: cranelift_codegen::ir::Block) {
        let func = d.func.as_function().expect("a direct call enters a function");
        let ins = self.u.code.instrs[pc];
        let dest = ins.a;
        let nargs = d.args.len() as u16;
        let cc: &Code = &func.code;
        let fl = self.fl;
        let next = flow::next_pc(self.u.code, pc);
        self.pins.push(d.func.clone());
        // The caller's frame is brought up to date only off the fast path:
        // nothing reads it while the callee runs natively and returns.
        let caller_n = self.u.code.nregs as i64;
        let callee_n = cc.nregs as i64;
        debug_assert!(nargs <= cc.nregs);
        let entry_cell = self.b.ins().iconst(I64, &cc.jit.entry as *const _ as i64);
        let entry = self.b.ins().load(I64, MemFlagsData::trusted(), entry_cell, 0);
        let compiled = self.b.ins().icmp_imm_s(IntCC::NotEqual, entry, 0);
        ok = self.b.ins().band(ok, compiled);
        if d.args.iter().any(|a| matches!(a, Arg::Const(_))) {
            // Defaults passed as constants: the function still has them.
            let defaults = func.defaults.get().clone();
            self.pins.push(defaults.clone());
            let fp = self.b.ins().iconst(I64, (d.func.bits() & pylift_runtime::value::PAYLOAD_MASK) as i64);
            let now = self.b.ins().load(I64, MemFlagsData::trusted(), fp, self.seq.func_defaults);
            let same = self.b.ins().icmp_imm_s(IntCC::Equal, now, defaults.bits() as i64);
            ok = self.b.ins().band(ok, same);
        }
        let g_cell = self.b.ins().iconst(I64, &cc.jit.globals as *const _ as i64);
        let g = self.b.ins().load(I64, MemFlagsData::trusted(), g_cell, 0);
        let same_g = self.b.ins().icmp_imm_s(IntCC::Equal, g, func.globals.bits() as i64);
        ok = self.b.ins().band(ok, same_g);
        let len = self.vm_load(fl.vm_frames_len);
        let limit = self.vm_load(fl.vm_recursion_limit);
        let cap = self.vm_load(fl.vm_frames_cap);
        let below_limit = self.b.ins().icmp(IntCC::UnsignedLessThan, len, limit);
        let below_cap = self.b.ins().icmp(IntCC::UnsignedLessThan, len, cap);
        ok = self.b.ins().band(ok, below_limit);
        ok = self.b.ins().band(ok, below_cap);
        let sp = self.b.ins().get_stack_pointer(I64);
        let sp_limit = self.vm_load(fl.vm_native_stack_limit);
        let stack_ok = self.b.ins().icmp(IntCC::UnsignedGreaterThan, sp, sp_limit);
        ok = self.b.ins().band(ok, stack_ok);
        // The callee's registers must lie below the clean top (they hold
        // UNDEF there; the generic path moves the top up). `reserve_regs`
        // keeps the clean top 16 slots below the end of the stack.
        let callee_regs = self.b.ins().iadd_imm_s(self.regs, caller_n * 8);
        let end = self.b.ins().iadd_imm_s(callee_regs, callee_n * 8);
        let stack = self.vm_load(fl.vm_stack);
        let clean = self.vm_load(fl.vm_stack_clean_top);
        let clean_bytes = self.b.ins().ishl_imm_s(clean, 3);
        let clean_end = self.b.ins().iadd(stack, clean_bytes);
        let regs_ok = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, end, clean_end);
        ok = self.b.ins().band(ok, regs_ok);
        let fast = self.b.create_block();
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        let saved = self.cur.clone();

        self.b.switch_to_block(fast);
        // The new object: one reference for `__init__`'s self, one for the
        // result (the frame's `init_obj` borrows).
        let obj = d.new_object.as_ref().map(|class| {
            let cls = self.b.ins().iconst(I64, class.bits() as i64);
            let call = self.leaf_call(self.f.new_instance, &[cls]);
            let obj = self.b.inst_results(call)[0];
            self.incref(obj);
            self.b.ins().store(MemFlagsData::trusted(), obj, callee_regs, 0);
            obj
        });
        // Arguments: the callee's registers own them.
        for (i, a) in d.args.iter().enumerate() {
            let v = match *a {
                Arg::NewObject => continue,
                Arg::Reg(r) => {
                    let v = self.boxed_of(r);
                    if !self.ty(r).unboxed() {
                        self.incref(v);
                    }
                    v
                }
                Arg::Const(ref k) => {
                    let v = self.b.ins().iconst(I64, k.bits() as i64);
                    self.incref(v);
                    v
                }
            };
            self.b.ins().store(MemFlagsData::trusted(), v, callee_regs, i as i32 * 8);
        }
        let calls = self.b.ins().iconst(I64, &cc.calls as *const _ as i64);
        self.bump_count(calls, 0, I32, 1);
        // Push the frame: the caller's pc first (tracebacks through it).
        let frames = self.vm_load(fl.vm_frames_ptr);
        let top_off = self.b.ins().imul_imm_s(len, fl.frame_size as i64);
        let p = self.b.ins().iadd(frames, top_off);
        let pcv = self.b.ins().iconst(I64, pc as i64);
        self.b.ins().store(MemFlagsData::trusted(), pcv, p, fl.frame_pc - fl.frame_size);
        let caller_base = self.b.ins().load(I64, MemFlagsData::trusted(), p, fl.frame_base - fl.frame_size);
        let base = self.b.ins().iadd_imm_s(caller_base, caller_n);
        // The frame *borrows* its code, function and globals: the callee is
        // pinned by this code, and it holds the other two (immutable
        // fields). A frame that does not simply return is adopted by
        // `pylift_jit_call_exit` (given its own references) before Rust code
        // can pop it, so the counts stay exact at no cost on this path.
        // SAFETY: an Rc is one pointer word; the frame stores that word.
        let code_word: u64 = unsafe { std::mem::transmute_copy(&func.code) };
        let words: [(i32, i64); 9] = [
            (fl.frame_code, code_word as i64),
            (fl.frame_func, d.func.bits() as i64),
            (fl.frame_globals, func.globals.bits() as i64),
            (fl.frame_locals, Value::UNDEF.bits() as i64),
            (fl.frame_pc, 0),
            (fl.frame_ret_slot, -1),
            (fl.frame_generator, Value::UNDEF.bits() as i64),
            (fl.frame_init_obj, Value::UNDEF.bits() as i64),
            (fl.frame_base, 0),
        ];
        for (off, w) in words {
            let v = match obj {
                _ if off == fl.frame_base => base,
                Some(o) if off == fl.frame_init_obj => o,
                _ => self.b.ins().iconst(I64, w),
            };
            self.b.ins().store(MemFlagsData::trusted(), v, p, off);
        }
        let exc_len = self.vm_load(fl.vm_exc_len);
        self.b.ins().store(MemFlagsData::trusted(), exc_len, p, fl.frame_exc_depth);
        let len1 = self.b.ins().iadd_imm_s(len, 1);
        self.b.ins().store(MemFlagsData::trusted(), len1, self.vm, fl.vm_frames_len);
        // Run the callee.
        let zero = self.b.ins().iconst(I32, 0);
        let call = self.b.ins().call_indirect(self.entry_sig, entry, &[self.vm, callee_regs, zero]);
        let exit = self.b.inst_results(call)[0];
        let kind = self.b.ins().band_imm_s(exit, 0xff);
        let returned = self.b.ins().icmp_imm_s(IntCC::Equal, kind, EXIT_RETURN as i64);
        // A return from inside an `except` block leaves `exc_stack` longer:
        // the runtime truncates it. (Code without handlers cannot.)
        let simple = if cc.exc_table.is_empty() {
            returned
        } else {
            let exc_now = self.vm_load(fl.vm_exc_len);
            let same_exc = self.b.ins().icmp(IntCC::Equal, exc_now, exc_len);
            self.b.ins().band(returned, same_exc)
        };
        let ret = self.b.create_block();
        let other = self.b.create_block();
        let join = self.b.create_block();
        self.b.ins().brif(simple, ret, &[], other, &[]);

        self.b.switch_to_block(ret);
        let reg = self.b.ins().ushr_imm_s(exit, EXIT_RETURN_REG_SHIFT as i64);
        let reg_off = self.b.ins().ishl_imm_s(reg, 3);
        let slot = self.b.ins().iadd(callee_regs, reg_off);
        let result = self.b.ins().load(I64, MemFlagsData::trusted(), slot, 0);
        let undef = self.b.ins().iconst(I64, Value::UNDEF.bits() as i64);
        self.b.ins().store(MemFlagsData::trusted(), undef, slot, 0);
        if !super::releases_at_return(cc) {
            self.release_frame_regs(callee_regs, cc.nregs);
        }
        self.b.ins().store(MemFlagsData::trusted(), len, self.vm, fl.vm_frames_len);
        match obj {
            None if d.operator.is_some() => {
                // NotImplemented: nothing else applies (see
                // `operator_call`), so `a op b` raises.
                let done = self.b.ins().icmp_imm_s(IntCC::NotEqual, result, Value::NOT_IMPLEMENTED.bits() as i64);
                let made = self.cold_unless(done);
                let [Arg::Reg(xr), Arg::Reg(yr), ..] = d.args[..] else { unreachable!("an operator's operands are registers") };
                let (x, y) = (self.boxed_of(xr), self.boxed_of(yr));
                let op = self.b.ins().iconst(I32, d.operator.unwrap_or(0) as i64);
                let pc32 = self.b.ins().iconst(I32, pc as i64);
                self.b.ins().call(self.f.operator_unsupported, &[self.vm, x, y, op, pc32]);
                self.b.ins().jump(self.err, &[]);
                self.b.switch_to_block(made);
                self.def_boxed(dest, result);
            }
            None => self.def_boxed(dest, result),
            Some(o) => {
                // `__init__` must return None; the object is the result.
                let none = self.b.ins().icmp_imm_s(IntCC::Equal, result, Value::NONE.bits() as i64);
                let made = self.cold_unless(none);
                let pc32 = self.b.ins().iconst(I32, pc as i64);
                self.b.ins().call(self.f.init_error, &[self.vm, result, pc32]);
                self.decref(o);
                self.b.ins().jump(self.err, &[]);
                self.b.switch_to_block(made);
                self.def_boxed(dest, o);
            }
        }
        self.b.ins().jump(join, &[]);

        self.cur = saved.clone();
        self.b.switch_to_block(other);
        self.b.set_cold_block(other);
        // The callee deoptimized, raised or returned from a handler: the
        // runtime finishes it, and an error goes on in this frame. (This
        // path rejoins the fast one: see `flush_unboxed`.)
        self.flush_unboxed();
        let pc32 = self.b.ins().iconst(I32, pc as i64);
        let call = self.b.ins().call(self.f.call_exit, &[self.vm, exit, pc32]);
        let status = self.b.inst_results(call)[0];
        if let Some(o) = obj {
            // The runtime gave the result register its own reference.
            self.decref(o);
        }
        let cont = self.b.create_block();
        self.b.ins().brif(status, self.err, &[], cont, &[]);
        self.b.switch_to_block(cont);
        self.reload_unboxed();
        self.b.ins().jump(join, &[]);

        self.b.switch_to_block(join);
        self.set_ty(dest, Ty::Boxed);
        self.edge(next, DeoptReason::ResultGuard);

        self.cur = saved;
        self.b.switch_to_block(slow);
    }

    /// `Call` at `pc` of intrinsic `k` (the callee register holds the
    /// builtin's folded value): computed inline for the argument types the
    /// analysis typed the result for, else the builtin is called.
    pub(super) fn intrinsic_call(&mut self, pc: usize, k: Intrinsic) {
        let ins = self.u.code.instrs[pc];
        let next = flow::next_pc(self.u.code, pc);
        let (x, y) = (ins.b + 1, ins.b + 2);
        let want = spec::intrinsic_ty(k, self.ty(x), self.ty(y));
        let Some(callee) = self.direct_builtin(pc) else {
            return self.call_helper(self.f.call, pc);
        };
        let same = if matches!(self.ty(ins.b), Ty::Folded(_)) {
            self.b.ins().iconst(cranelift_codegen::ir::types::I8, 1)
        } else {
            let fv = self.load_reg(ins.b);
            self.b.ins().icmp_imm_s(IntCC::Equal, fv, callee.bits() as i64)
        };
        self.pins.push(callee);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(same, fast, &[], slow, &[]);
        let saved = self.cur.clone();
        self.b.switch_to_block(fast);
        let mut cont = next;
        match (k, want) {
            (Intrinsic::Range, _) => {
                // range(stop) / range(start, stop[, step]) of ints, step not 0.
                let mut v = Vec::new();
                for i in 0..ins.c {
                    v.push(self.int_arg(ins.b + 1 + i, slow));
                }
                let (start, stop, step) = match v.len() {
                    1 => (self.b.ins().iconst(I64, 0), v[0], self.b.ins().iconst(I64, 1)),
                    2 => (v[0], v[1], self.b.ins().iconst(I64, 1)),
                    _ => (v[0], v[1], v[2]),
                };
                let ok = self.b.create_block();
                self.b.ins().brif(step, ok, &[], slow, &[]);
                self.b.switch_to_block(ok);
                let gi = self.u.code.instrs[next];
                if self.u.hints.virtual_iter.get(next).copied().flatten() == Some(Ty::VRange) {
                    if self.u.plan.span_guards.get(next) == Some(&true) {
                        // Out of the span: the builtin makes the iterator
                        // (and the loop's entry then deoptimizes).
                        let span = self.within_span(start, stop);
                        let in_span = self.b.create_block();
                        self.b.ins().brif(span, in_span, &[], slow, &[]);
                        self.b.switch_to_block(in_span);
                    }
                    // A virtual iterator: its state in three variables.
                    if !self.ty(gi.a).owns_nothing() {
                        let old = self.load_reg(gi.a);
                        let undef = self.b.ins().iconst(I64, Value::UNDEF.bits() as i64);
                        self.store_raw(gi.a, undef);
                        self.decref(old);
                    }
                    self.b.def_var(self.u.vi[gi.a as usize], start);
                    self.def_range_bounds(gi.a, stop, step);
                    self.set_ty(gi.a, Ty::VRange);
                } else {
                    let state = self.range_state(start, stop, step);
                    let call = self.leaf_call(self.f.range_iter, &[state]);
                    let it = self.b.inst_results(call)[0];
                    self.def_boxed(gi.a, it);
                }
                cont = flow::next_pc(self.u.code, next);
            }
            (Intrinsic::Sqrt, _) => {
                let v = self.number_or(x, super::Fail::Branch(slow));
                // Negative arguments raise (the builtin says how); NaN and
                // infinities pass through, as in CPython.
                let zero = self.b.ins().f64const(0.0);
                let neg = self.b.ins().fcmp(FloatCC::LessThan, v, zero);
                let ok = self.b.create_block();
                self.b.ins().brif(neg, slow, &[], ok, &[]);
                self.b.switch_to_block(ok);
                let r = self.b.ins().sqrt(v);
                self.def_float(ins.a, r);
            }
            (Intrinsic::Len, _) => {
                let o = self.boxed_of(x);
                let n = self.seq_len(o, slow);
                let v = self.scaled(n);
                self.def_int(ins.a, v);
            }
            (Intrinsic::Abs, Some(Ty::Int)) => {
                // Scaled ints: only abs(-2**47) overflows (and leaves the range).
                let v = self.b.use_var(self.u.vi[x as usize]);
                let zero = self.b.ins().iconst(I64, 0);
                let (neg, of) = self.b.ins().ssub_overflow(zero, v);
                let is_neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, v, 0);
                let r = self.b.ins().select(is_neg, neg, v);
                let ok = self.b.create_block();
                self.b.ins().brif(of, slow, &[], ok, &[]);
                self.b.switch_to_block(ok);
                self.def_int(ins.a, r);
            }
            (Intrinsic::Abs, Some(Ty::Float)) => {
                let v = self.b.use_var(self.u.vf[x as usize]);
                let r = self.b.ins().fabs(v);
                self.def_float(ins.a, r);
            }
            (Intrinsic::Min | Intrinsic::Max, Some(Ty::Int)) => {
                // The first of equal values wins, as the builtins iterate.
                let (a, b) = (self.b.use_var(self.u.vi[x as usize]), self.b.use_var(self.u.vi[y as usize]));
                let cc = if k == Intrinsic::Min { IntCC::SignedLessThan } else { IntCC::SignedGreaterThan };
                let take_b = self.b.ins().icmp(cc, b, a);
                let r = self.b.ins().select(take_b, b, a);
                self.def_int(ins.a, r);
            }
            (Intrinsic::Min | Intrinsic::Max, Some(Ty::Float)) => {
                let (a, b) = (self.b.use_var(self.u.vf[x as usize]), self.b.use_var(self.u.vf[y as usize]));
                let cc = if k == Intrinsic::Min { FloatCC::LessThan } else { FloatCC::GreaterThan };
                let take_b = self.b.ins().fcmp(cc, b, a);
                let r = self.b.ins().select(take_b, b, a);
                self.def_float(ins.a, r);
            }
            _ => {
                self.b.ins().jump(slow, &[]);
                self.cur = saved.clone();
                self.b.switch_to_block(slow);
                return self.call_helper(self.f.call, pc);
            }
        }
        self.edge(cont, DeoptReason::ResultGuard);
        self.cur = saved;
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        if matches!(k, Intrinsic::Sqrt | Intrinsic::Range) {
            // Only an error (or a rebound builtin, or a `range` of big ints)
            // gets here: leave (the recompile calls the builtin), rather
            // than call it and rejoin. For `sqrt` that would keep the float
            // loop around it in memory across the call; for `range`, the
            // loop would need a second entry taking a real range object,
            // which is most of the IR of a range loop.
            let d = self.deopt_block(pc, DeoptReason::ResultGuard);
            self.b.ins().jump(d, &[]);
            return;
        }
        self.call_helper(self.f.call, pc);
    }

    /// The folded builtin a `Call` at `pc` calls (see `intrinsic_at`).
    fn direct_builtin(&self, pc: usize) -> Option<Value> {
        let load = global_callee_load(self.u.code, pc)?;
        Some(self.u.folds.get(load)?.as_ref()?.value.clone())
    }

    /// Register `r` as an unboxed int when it holds a small int; anything
    /// else branches to `other`.
    fn int_arg(&mut self, r: u16, other: cranelift_codegen::ir::Block) -> CValue {
        if self.ty(r) == Ty::Int {
            let s = self.b.use_var(self.u.vi[r as usize]);
            return self.plain(s);
        }
        let v = self.boxed_of(r);
        let is_i = self.is_int_tag(v);
        let ok = self.b.create_block();
        self.b.ins().brif(is_i, ok, &[], other, &[]);
        self.b.switch_to_block(ok);
        self.unbox_int(v)
    }

    /// The length of a boxed list or tuple `o`; anything else branches to
    /// `other`.
    fn seq_len(&mut self, o: CValue, other: cranelift_codegen::ir::Block) -> CValue {
        let (p, kind) = self.object_kind(o, super::Fail::Branch(other), DeoptReason::ResultGuard);
        let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, kind, self.seq.list_kind as i64);
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let list = self.b.create_block();
        let not_list = self.b.create_block();
        self.b.ins().brif(is_list, list, &[], not_list, &[]);
        self.b.switch_to_block(list);
        // One of the two is 0 (a compact list keeps its bools as bytes).
        let items = self.b.ins().load(I64, MemFlagsData::trusted(), p, self.seq.list_len);
        let bools = self.b.ins().load(I64, MemFlagsData::trusted(), p, self.seq.list_bools_len);
        let n = self.b.ins().iadd(items, bools);
        self.b.ins().jump(done, &[n.into()]);
        self.b.switch_to_block(not_list);
        let is_tuple = self.b.ins().icmp_imm_s(IntCC::Equal, kind, self.seq.tuple_kind as i64);
        let tuple = self.b.create_block();
        self.b.ins().brif(is_tuple, tuple, &[], other, &[]);
        self.b.switch_to_block(tuple);
        let n = self.b.ins().load(I64, MemFlagsData::trusted(), p, self.seq.tuple_len);
        self.b.ins().jump(done, &[n.into()]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    /// Releases `n` registers at `regs` (a returned callee's), leaving
    /// UNDEF in each, as `Vm::release_regs` does.
    fn release_frame_regs(&mut self, regs: CValue, n: u16) {
        let undef = self.b.ins().iconst(I64, Value::UNDEF.bits() as i64);
        if n <= UNROLLED_RELEASE {
            for i in 0..n as i32 {
                let v = self.b.ins().load(I64, MemFlagsData::trusted(), regs, i * 8);
                self.b.ins().store(MemFlagsData::trusted(), undef, regs, i * 8);
                self.decref(v);
            }
            return;
        }
        let head = self.b.create_block();
        let body = self.b.create_block();
        let done = self.b.create_block();
        let start = self.b.ins().iconst(I64, 0);
        self.b.append_block_param(head, I64);
        self.b.ins().jump(head, &[start.into()]);
        self.b.switch_to_block(head);
        let i = self.b.block_params(head)[0];
        let more = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, i, n as i64);
        self.b.ins().brif(more, body, &[], done, &[]);
        self.b.switch_to_block(body);
        let off = self.b.ins().ishl_imm_s(i, 3);
        let p = self.b.ins().iadd(regs, off);
        let v = self.b.ins().load(I64, MemFlagsData::trusted(), p, 0);
        self.b.ins().store(MemFlagsData::trusted(), undef, p, 0);
        self.decref(v);
        let i1 = self.b.ins().iadd_imm_s(i, 1);
        self.b.ins().jump(head, &[i1.into()]);
        self.b.switch_to_block(done);
    }
}

/// The methods a `CallMethod` at `pc` calls directly (see
/// `Tr::method_targets`).
pub(super) fn method_targets_of(code: &Code, pc: usize, callee: &Value) -> Vec<Value> {
    let kw = kwnames(code, pc);
    let npos = code.instrs[pc].c + 1 - kw.len() as u16;
    let mut out = vec![callee.clone()];
    let Some(cache) = method_callee_load(code, pc).and_then(|load| code.caches.get(code.instrs[load].c as usize)) else { return out };
    for st in pylift_runtime::ops::attr::cached_attrs(cache) {
        if let pylift_runtime::ops::attr::CachedAttr::Method { method, .. } = st {
            if out.len() < METHOD_TARGETS && bind_plan(&method, npos, &kw).is_some() && !out.iter().any(|m| m.is(&method)) {
                out.push(method);
            }
        }
    }
    out
}

/// The one class the binary operator at `pc` saw on its left, when its
/// operands were only ever instances, ints and floats and it never
/// deoptimized: a candidate for calling the operator method directly
/// (`Tr::operator_target` decides).
pub(super) fn operator_class_seen(code: &Code, pc: usize) -> Option<Value> {
    use pylift_runtime::feedback::{T_FLOAT, T_INSTANCE, T_INT};
    let fb = code.feedback.get(pc).map_or(0, |c| c.get());
    if fb & !(T_INSTANCE | T_INT | T_FLOAT) != 0 || code.jit.deopted_at(pc) {
        return None;
    }
    code.jit.operator_class(pc)
}
