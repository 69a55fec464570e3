//! The dispatch loop. Hot paths (small-int and float arithmetic and
//! comparisons, locals, cached globals and attributes, range iteration,
//! Python-to-Python calls) are handled inline; everything else calls the
//! operation's single runtime function in `ops`, which native code calls too.

use super::{Frame, Vm};
use crate::bytecode::{Code, Instr, Op, NO_REG};
use crate::error::{internal_error, type_error, PyErr, PyResult};
use crate::feedback::record;
use crate::frontend::ast::{BinOp, CmpOp, UnaryOp};
use crate::objects::func::Args;
use crate::objects::iter::IterState;
use crate::ops;
use crate::value::Value;
use std::rc::Rc;

pub enum RunExit {
    Return(Value),
    Yield(Value),
    /// Single-step mode: the base frame finished one instruction.
    Stepped,
}

/// Runtime constants that `LoadCommon` provides (immune to shadowing).
pub const COMMON_ASSERTION_ERROR: u8 = 0;
pub const COMMON_BUILD_CLASS: u8 = 1;
pub const COMMON_TYPE: u8 = 2;
/// The interactive prompt's display hook (see `repl::displayhook`).
pub const COMMON_DISPLAYHOOK: u8 = 3;

use crate::ops::arith::BINOPS;

impl Vm {
    /// Runs the top frame (and whatever it calls) until it returns or yields.
    pub(crate) fn run_frames(&mut self) -> PyResult<RunExit> {
        let entry = self.frames.len();
        if let Err(e) = self.check_depth() {
            // The frame was pushed by the caller: unwind it.
            return Err(self.unwind_entry(e, entry));
        }
        self.run_loop(entry)
    }

    /// Like `run_frames`, but first raises `err` at the top frame's current
    /// instruction (`generator.throw`).
    pub(crate) fn run_frames_throwing(&mut self, err: PyErr) -> PyResult<RunExit> {
        let entry = self.frames.len();
        self.handle_error(err, entry, false)?;
        self.run_loop(entry)
    }

    pub(crate) fn run_loop(&mut self, entry: usize) -> PyResult<RunExit> {
        let prev = self.stats.clock.enter(crate::stats::Tier::Interpreter);
        let r = self.dispatch_until_exit(entry);
        self.stats.clock.enter(prev);
        r
    }

    fn dispatch_until_exit(&mut self, entry: usize) -> PyResult<RunExit> {
        loop {
            match self.execute::<false>(entry, false) {
                Ok(exit) => return Ok(exit),
                Err((err, reraise)) => self.handle_error(err, entry, reraise)?,
            }
        }
    }

    fn unwind_entry(&mut self, e: PyErr, entry: usize) -> PyErr {
        while self.frames.len() >= entry {
            if let Some(f) = self.frames.pop() {
                self.release_regs(f.base, f.code.nregs as usize);
                self.exc_stack.truncate(f.exc_depth);
                if let Some(g) = f.generator.as_generator() {
                    g.finish();
                }
            }
        }
        e
    }

    /// Pushes the frame of a Python function call made from bytecode: depth
    /// check, registers, argument binding, call counter.
    #[inline(always)]
    fn push_frame(&mut self, fv: &Value, func: &crate::objects::func::FunctionData, new_base: usize, args: Args<'_>, ret_slot: usize, init_obj: Value) -> PyResult<()> {
        // Frames pushed here run in the same dispatch loop: no native stack
        // is consumed, so only Python's recursion limit applies.
        if self.frames.len() >= self.recursion_limit {
            return Err(crate::error::recursion_error());
        }
        let n = func.code.nregs as usize;
        self.reserve_regs(new_base, n)?;
        if let Err(e) = self.bind_args(func, new_base, args) {
            self.release_regs(new_base, n);
            return Err(e);
        }
        func.code.calls.set(func.code.calls.get().wrapping_add(1));
        crate::stats::CodeCounts::bump(&func.code.jit.counts.rust_calls);
        self.frames.push(Frame {
            code: func.code.clone(),
            func: fv.clone(),
            globals: func.globals.clone(),
            locals: Value::UNDEF,
            base: new_base,
            pc: 0,
            ret_slot,
            exc_depth: self.exc_stack.len(),
            generator: Value::UNDEF,
            init_obj,
        });
        Ok(())
    }

    /// Runs exactly one instruction of the top frame at `pc` (for native
    /// code): Python calls it makes run to completion; an exception raised in
    /// a callee is handled there if possible, else returned.
    pub(crate) fn step_instruction(&mut self, pc: usize) -> Result<(), (PyErr, bool)> {
        let depth = self.frames.len();
        if let Some(f) = self.frames.last_mut() {
            f.pc = pc;
        }
        let mut started = false;
        loop {
            match self.execute::<true>(depth, started) {
                Ok(RunExit::Stepped) => return Ok(()),
                Ok(_) => return Err((internal_error("a stepped instruction left its frame"), false)),
                Err((err, reraise)) => {
                    if self.frames.len() <= depth {
                        return Err((err, reraise));
                    }
                    // Raised in a callee: unwind the callees (they may handle it,
                    // and then the base instruction is still in progress).
                    if let Err(err) = self.handle_error(err, depth + 1, reraise) {
                        return Err((err, false));
                    }
                    started = true;
                }
            }
        }
    }

    /// Native code's entry for instructions with inline caches (global and
    /// attribute loads and stores, method loads): the cache-hit paths without
    /// the interpreter loop's setup; anything else is single-stepped.
    pub(crate) fn jit_cached_op(&mut self, pc: usize) -> Result<(), (PyErr, bool)> {
        let Some(f) = self.frames.last() else {
            return Err((internal_error("no frame"), false));
        };
        // SAFETY: the frame keeps its code alive for the duration of the call.
        let code: &Code = unsafe { &*Rc::as_ptr(&f.code) };
        let base = f.base;
        let ins = code.instrs[pc];
        let regs = self.reg_ptr(base);
        // SAFETY (below): operand registers of the top frame.
        let hit = match ins.op {
            Op::LoadGlobal => {
                let cache = &code.caches[ins.c as usize];
                ops::globals::load_global_cached(self, &f.globals, cache).map(|v| unsafe { *regs.add(ins.a as usize) = v })
            }
            Op::LoadAttr => {
                let cache = &code.caches[ins.c as usize];
                let obj = unsafe { &*regs.add(ins.b as usize) };
                ops::attr::load_attr_cached(obj, cache).map(|v| {
                    crate::feedback::record_result(code, pc, &v);
                    unsafe { *regs.add(ins.a as usize) = v }
                })
            }
            Op::StoreAttr => {
                let cache = &code.caches[ins.c as usize];
                let (obj, v) = unsafe { (&*regs.add(ins.a as usize), &*regs.add(ins.b as usize)) };
                ops::attr::store_attr_cached(obj, cache, v).then_some(())
            }
            Op::LoadMethod => {
                let cache = &code.caches[ins.c as usize];
                let obj = unsafe { &*regs.add(ins.b as usize) };
                ops::attr::load_method_cached(obj, cache).map(|(m, s)| unsafe {
                    *regs.add(ins.a as usize) = m;
                    *regs.add(ins.a as usize + 1) = s;
                })
            }
            _ => None,
        };
        match hit {
            Some(()) => Ok(()),
            None => self.step_instruction(pc),
        }
    }

    /// The top frame's code, register base and the instruction at `pc`, for
    /// a runtime function native code called at `pc`; sets the frame's pc
    /// (tracebacks, resumption).
    fn native_site<'c>(&mut self, pc: usize) -> PyResult<(&'c Code, usize, Instr)> {
        let f = self.frames.last_mut().ok_or_else(|| internal_error("no frame"))?;
        f.pc = pc;
        // SAFETY: the frame keeps its code alive while native code runs in
        // it, which outlasts the runtime call borrowing it.
        let code: &'c Code = unsafe { &*Rc::as_ptr(&f.code) };
        Ok((code, f.base, code.instrs[pc]))
    }

    /// A call instruction executed for native code: the callee runs through
    /// `call_with` (natively if it is compiled) and the result lands in the
    /// destination register.
    pub(crate) fn jit_call(&mut self, pc: usize) -> Result<(), (PyErr, bool)> {
        let (code, base, ins) = self.native_site(pc).map_err(|e| (e, false))?;
        let regs = self.reg_ptr(base);
        if !matches!(ins.op, Op::Call | Op::CallKw | Op::CallMethod | Op::CallMethodKw) {
            return self.step_instruction(pc);
        }
        // SAFETY: the call's registers are in the top frame.
        let args = unsafe { call_args(code, pc, regs) };
        // SAFETY: as above.
        let func = unsafe { (*regs.add(ins.b as usize)).clone() };
        let v = self.call_with(&func, args).map_err(|e| (e, false))?;
        // SAFETY: the destination register of the (still top) frame.
        unsafe { *self.reg_ptr(base + ins.a as usize) = v };
        Ok(())
    }

    /// A fused compare-and-branch at `pc` (top frame): whether it jumps.
    pub(crate) fn jit_compare(&mut self, pc: usize) -> PyResult<bool> {
        let (_, base, ins) = self.native_site(pc)?;
        // SAFETY: operand registers of the top frame.
        let (x, y) = unsafe { ((*self.reg_ptr(base + ins.a as usize)).clone(), (*self.reg_ptr(base + ins.b as usize)).clone()) };
        let op = cmp_of(ins.op);
        if let Some(b) = ops::compare::compare_fast(&x, &y, op) {
            return Ok(ins.fused_jumps(b));
        }
        let v = ops::compare::compare(self, &x, &y, op)?;
        Ok(ins.fused_jumps(ops::truthy(self, &v)?))
    }

    /// `ForIter` at `pc` (top frame): stores the next item; false when done.
    pub(crate) fn jit_for_iter(&mut self, pc: usize) -> PyResult<bool> {
        let (_, base, ins) = self.native_site(pc)?;
        // Range and list iterators step without any calls (as in the interpreter).
        // SAFETY: operand registers of the top frame.
        let itv = unsafe { &*self.reg_ptr(base + ins.b as usize) };
        if let Some(item) = itv.as_iter().and_then(|i| ops::iter::next_inline(i.state.get_mut())) {
            return Ok(match item {
                Some(v) => {
                    // SAFETY: the destination register of the top frame.
                    unsafe { *self.reg_ptr(base + ins.a as usize) = v };
                    true
                }
                None => false,
            });
        }
        let it = itv.clone();
        match ops::iter::next(self, &it)? {
            Some(v) => {
                // SAFETY: as above.
                unsafe { *self.reg_ptr(base + ins.a as usize) = v };
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Runs native code for the top frame from `start_pc`; on return the
    /// frame's pc says where the interpreter resumes.
    pub(crate) fn run_native(&mut self, entry: crate::jit::NativeEntry, start_pc: usize) -> Result<(), (PyErr, bool)> {
        self.run_native_exit(entry, start_pc).map(|_| ())
    }

    /// `run_native`, telling whether the frame stopped at a `Return`
    /// (its pc is then the `Return` instruction's).
    pub(crate) fn run_native_exit(&mut self, entry: crate::jit::NativeEntry, start_pc: usize) -> Result<bool, (PyErr, bool)> {
        let base = self.frames.last().map_or(0, |f| f.base);
        let regs = self.reg_ptr(base);
        // SAFETY: the entry was compiled for this frame's code; it works on
        // the frame's registers and calls back only through `jit` helpers.
        let prev = self.stats.clock.enter(crate::stats::Tier::Native);
        let exit = unsafe { entry(self as *mut Vm, regs, start_pc as u32) };
        self.stats.clock.enter(prev);
        self.decode_exit(exit)
    }

    /// Runs the collection a native back-edge asked for and re-enters the
    /// top frame's native code at that loop header, until it exits for
    /// another reason (or its code was discarded meanwhile: then the
    /// interpreter resumes at the header).
    fn after_safepoints(&mut self, mut exit: u64) -> u64 {
        exit = self.box_exit_ints(exit);
        while exit & 0xff == crate::jit::EXIT_SAFEPOINT {
            self.stats.counters.gc_safepoint_exits += 1;
            crate::gc::maybe_collect();
            let pc = crate::jit::exit_pc(exit);
            let Some(f) = self.frames.last() else { return crate::jit::exit_resume(pc as u32) };
            let code = f.code.clone();
            let base = f.base;
            let Some(entry) = self.jit_entry_for(&code, false) else { return crate::jit::exit_resume(pc as u32) };
            if !code.jit.entries.get().contains(&(pc as u32)) {
                // Not an entry point (a fused loop step continues past
                // its header): the interpreter resumes there and re-enters
                // native code at the next loop header.
                return crate::jit::exit_resume(pc as u32);
            }
            let regs = self.reg_ptr(base);
            let prev = self.stats.clock.enter(crate::stats::Tier::Native);
            // SAFETY: the entry was compiled for the top frame's code, and
            // `pc` is a loop header it exited at (an entry point).
            exit = unsafe { entry(self as *mut Vm, regs, pc as u32) };
            self.stats.clock.enter(prev);
            exit = self.box_exit_ints(exit);
        }
        exit
    }

    /// The top frame's native code returned `exit`: boxes the ints it left
    /// scaled in registers (`jit::EXIT_RAW_SHIFT`).
    fn box_exit_ints(&mut self, exit: u64) -> u64 {
        if exit >> crate::jit::EXIT_RAW_SHIFT == 0 {
            return exit;
        }
        let Some(base) = self.frames.last().map(|f| f.base) else { return exit };
        // SAFETY: the top frame's registers, which its native code wrote.
        unsafe { crate::jit::box_exit_ints(exit, self.reg_ptr(base)) }
    }

    /// What the top frame's native code returned: the frame's pc is set to
    /// where the interpreter resumes (or to its `Return`: Ok(true)).
    fn decode_exit(&mut self, exit: u64) -> Result<bool, (PyErr, bool)> {
        let exit = self.after_safepoints(exit);
        let pc = match exit & 0xff {
            crate::jit::EXIT_ERROR => {
                return Err(self.jit_error.take().unwrap_or_else(|| (internal_error("native code failed without an exception"), false)));
            }
            crate::jit::EXIT_DEOPT => {
                let pc = (exit >> 16) as u32;
                if let Some(code) = self.frames.last().map(|f| f.code.clone()) {
                    self.note_deopt(&code, pc, crate::jit::DeoptReason::from_u8((exit >> 8) as u8));
                }
                pc as usize
            }
            _ => crate::jit::exit_pc(exit),
        };
        if let Some(f) = self.frames.last_mut() {
            f.pc = pc;
        }
        Ok(exit & 0xff == crate::jit::EXIT_RETURN)
    }

    /// Finishes a call whose frame (at `depth`, the top) was entered in
    /// native code that returned `exit`: pops a returned frame, or resumes
    /// the interpreter (after a deoptimization, or at a handler) until the
    /// frame returns. The result is the call's.
    pub(crate) fn finish_native_call(&mut self, exit: u64, depth: usize) -> PyResult<Value> {
        match self.decode_exit(exit) {
            Ok(true) => return self.pop_returning_frame(),
            Ok(false) => {}
            // Unwinds the frame unless it has a handler for `e`.
            Err((e, reraise)) => self.handle_error(e, depth, reraise)?,
        }
        match self.run_loop(depth)? {
            RunExit::Return(v) => Ok(v),
            _ => Err(internal_error("function yielded")),
        }
    }

    /// Stores the result of the call instruction at `pc` of the top frame.
    pub(crate) fn set_call_result(&mut self, pc: usize, v: Value) {
        if let Some(f) = self.frames.last() {
            let a = f.code.instrs[pc].a as usize;
            let slot = f.base + a;
            // SAFETY: the destination register of the (top) caller frame.
            unsafe { *self.reg_ptr(slot) = v };
        }
    }

    /// Finds a handler for `err`, unwinding frames down to (and including)
    /// the entry frame. Ok = a handler was found and the loop can resume.
    pub(crate) fn handle_error(&mut self, err: PyErr, entry: usize, reraise: bool) -> PyResult<()> {
        let mut first = true;
        if !reraise {
            self.attach_context(&err);
        }
        loop {
            let Some(f) = self.frames.last() else {
                return Err(err);
            };
            let pc = f.pc;
            if !(reraise && first) {
                ops::exc::add_traceback(&err.0, &f.code, f.code.line_at(pc), pc);
            }
            first = false;
            if let Some(h) = f.code.find_handler(pc).copied() {
                let base = f.base;
                let fi = self.frames.len() - 1;
                self.frames[fi].pc = h.handler as usize;
                // SAFETY: handler registers are within the frame.
                unsafe { *self.reg_ptr(base + h.reg as usize) = err.0 };
                return Ok(());
            }
            let f = self.frames.pop().ok_or_else(|| internal_error("no frame"))?;
            self.release_regs(f.base, f.code.nregs as usize);
            self.exc_stack.truncate(f.exc_depth);
            if let Some(g) = f.generator.as_generator() {
                g.finish();
            }
            if f.ret_slot == usize::MAX || self.frames.len() < entry {
                return Err(err);
            }
        }
    }

    /// Implicit chaining: an exception raised while another is being
    /// handled records it as `__context__`.
    fn attach_context(&mut self, err: &PyErr) {
        if let Some(top) = self.exc_stack.last() {
            if !top.is(&err.0) {
                if let Some(st) = err.0.as_instance().and_then(|i| i.exc()) {
                    if st.context.is_undef() {
                        st.context = top.clone();
                    }
                }
            }
        }
    }

    /// The dispatch loop proper. Returns when the entry frame returns or
    /// yields; an error leaves the frame's `pc` at the failing instruction.
    #[allow(clippy::cognitive_complexity)]
    /// `stepped` (single-step mode only): the base frame's instruction has
    /// already started (we are resuming after a callee handled an exception).
    fn execute<const STEP: bool>(&mut self, entry: usize, mut stepped: bool) -> Result<RunExit, (PyErr, bool)> {
        'frames: loop {
            if STEP && stepped && self.frames.len() <= entry {
                return Ok(RunExit::Stepped);
            }
            let fi = self.frames.len() - 1;
            // SAFETY: the frame keeps its code alive while it is on the stack;
            // every path that pops it reloads these before touching them.
            let code: &Code = unsafe { &*Rc::as_ptr(&self.frames[fi].code) };
            let base = self.frames[fi].base;
            let regs = self.reg_ptr(base);
            let mut pc = self.frames[fi].pc;
            let instrs = &code.instrs[..];

            macro_rules! r {
                ($i:expr) => {
                    // SAFETY: operands index this frame's registers (the compiler
                    // bounds them by `nregs`, reserved at frame entry).
                    unsafe { &*regs.add($i as usize) }
                };
            }
            macro_rules! set {
                ($i:expr, $v:expr) => {{
                    let v = $v;
                    // SAFETY: as above; the old value is dropped.
                    unsafe { *regs.add($i as usize) = v };
                }};
            }
            let err: (PyErr, bool) = 'dispatch: loop {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => {
                                self.frames[fi].pc = pc;
                                break 'dispatch (e, false);
                            }
                        }
                    };
                }
                if STEP && fi + 1 == entry {
                    if stepped {
                        self.frames[fi].pc = pc;
                        return Ok(RunExit::Stepped);
                    }
                    stepped = true;
                }
                // SAFETY: the compiler ends every code path with a return or raise.
                let ins = unsafe { *instrs.get_unchecked(pc) };
                match ins.op {
                    Op::Nop => pc += 1,
                    Op::Move => {
                        set!(ins.a, r!(ins.b).clone());
                        pc += 1;
                    }
                    Op::LoadConst => {
                        // SAFETY: the compiler emits valid constant indexes.
                        set!(ins.a, unsafe { code.consts.get_unchecked(ins.b as usize) }.clone());
                        pc += 1;
                    }
                    Op::CheckBound => {
                        if r!(ins.a).is_undef() {
                            self.frames[fi].pc = pc;
                            let n = code.names[ins.b as usize].as_str().unwrap_or("?").to_string();
                            break 'dispatch (
                                crate::error::exc(crate::types::ExcType::UnboundLocalError, format!("cannot access local variable '{n}' where it is not associated with a value")),
                                false,
                            );
                        }
                        pc += 1;
                    }
                    Op::DeleteFast => {
                        if r!(ins.a).is_undef() {
                            self.frames[fi].pc = pc;
                            let n = code.names[ins.b as usize].as_str().unwrap_or("?").to_string();
                            break 'dispatch (
                                crate::error::exc(crate::types::ExcType::UnboundLocalError, format!("cannot access local variable '{n}' where it is not associated with a value")),
                                false,
                            );
                        }
                        set!(ins.a, Value::UNDEF);
                        self.frames[fi].pc = pc;
                        self.run_finalizers();
                        pc += 1;
                    }
                    Op::LoadGlobal => {
                        let cache = &code.caches[ins.c as usize];
                        let v = match ops::globals::load_global_cached(self, &self.frames[fi].globals, cache) {
                            Some(v) => v,
                            None => tri!(ops::globals::load_global_slow(self, fi, cache)),
                        };
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::StoreGlobal => {
                        let name = code.names[ins.b as usize].clone();
                        let g = self.frames[fi].globals.clone();
                        self.frames[fi].pc = pc;
                        tri!(ops::globals::store_global(self, &g, name, r!(ins.a).clone()));
                        pc += 1;
                    }
                    Op::DeleteGlobal => {
                        let name = code.names[ins.a as usize].clone();
                        let g = self.frames[fi].globals.clone();
                        self.frames[fi].pc = pc;
                        tri!(ops::globals::delete_global(&g, &name));
                        self.run_finalizers();
                        pc += 1;
                    }
                    Op::LoadName => {
                        let name = code.names[ins.b as usize].clone();
                        self.frames[fi].pc = pc;
                        let v = tri!(ops::globals::load_name(self, fi, &name));
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::StoreName => {
                        let name = code.names[ins.b as usize].clone();
                        let locals = self.frames[fi].locals.clone();
                        self.frames[fi].pc = pc;
                        tri!(ops::globals::store_name(self, &locals, name, r!(ins.a).clone()));
                        pc += 1;
                    }
                    Op::DeleteName => {
                        let name = code.names[ins.a as usize].clone();
                        let locals = self.frames[fi].locals.clone();
                        self.frames[fi].pc = pc;
                        tri!(ops::globals::delete_name(self, &locals, &name));
                        pc += 1;
                    }
                    Op::LoadDeref => {
                        let cell = r!(ins.b);
                        let v = cell.as_cell().map(|c| c.value.get().clone()).unwrap_or(Value::UNDEF);
                        if v.is_undef() {
                            self.frames[fi].pc = pc;
                            let n = code.names[ins.c as usize].as_str().unwrap_or("?").to_string();
                            let is_free = code.free_regs.contains(&ins.b);
                            let e = if is_free {
                                crate::error::name_error_msg(format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"))
                            } else {
                                crate::error::exc(crate::types::ExcType::UnboundLocalError, format!("cannot access local variable '{n}' where it is not associated with a value"))
                            };
                            break 'dispatch (e, false);
                        }
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::StoreDeref => {
                        if let Some(c) = r!(ins.a).as_cell() {
                            let old = c.value.replace(r!(ins.b).clone());
                            drop(old);
                        }
                        pc += 1;
                    }
                    Op::DeleteDeref => {
                        if let Some(c) = r!(ins.a).as_cell() {
                            if c.value.get().is_undef() {
                                self.frames[fi].pc = pc;
                                let n = code.names[ins.b as usize].as_str().unwrap_or("?").to_string();
                                break 'dispatch (
                                    crate::error::exc(crate::types::ExcType::UnboundLocalError, format!("cannot access local variable '{n}' where it is not associated with a value")),
                                    false,
                                );
                            }
                            let old = c.value.replace(Value::UNDEF);
                            drop(old);
                        }
                        pc += 1;
                    }
                    Op::MakeCell => {
                        let v = r!(ins.a).clone();
                        set!(ins.a, crate::objects::func::new_cell(v));
                        pc += 1;
                    }
                    Op::LoadAttr => {
                        let cache = &code.caches[ins.c as usize];
                        let obj = r!(ins.b);
                        let v = match ops::attr::load_attr_cached(obj, cache) {
                            Some(v) => v,
                            None => {
                                self.frames[fi].pc = pc;
                                tri!(ops::attr::load_attr_slow(self, obj, cache))
                            }
                        };
                        crate::feedback::record_result(code, pc, &v);
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::StoreAttr => {
                        let cache = &code.caches[ins.c as usize];
                        let obj = r!(ins.a);
                        if !ops::attr::store_attr_cached(obj, cache, r!(ins.b)) {
                            self.frames[fi].pc = pc;
                            tri!(ops::attr::store_attr_slow(self, obj, cache, r!(ins.b).clone()));
                        }
                        pc += 1;
                    }
                    Op::DeleteAttr => {
                        let name = code.names[ins.b as usize].clone();
                        self.frames[fi].pc = pc;
                        tri!(ops::attr::del_attr(self, r!(ins.a), &name));
                        pc += 1;
                    }
                    Op::LoadMethod => {
                        let cache = &code.caches[ins.c as usize];
                        let obj = r!(ins.b).clone();
                        self.frames[fi].pc = pc;
                        let (f, s) = match ops::attr::load_method_cached(&obj, cache) {
                            Some(pair) => pair,
                            None => tri!(ops::attr::load_method_slow(self, &obj, cache)),
                        };
                        set!(ins.a, f);
                        set!(ins.a + 1, s);
                        pc += 1;
                    }
                    Op::Add | Op::Sub | Op::Mul => {
                        let (x, y) = (r!(ins.b), r!(ins.c));
                        if x.is_small_int() && y.is_small_int() {
                            let (p, q) = (x.as_small_int(), y.as_small_int());
                            let v = match ins.op {
                                Op::Add => Value::int(p + q),
                                Op::Sub => Value::int(p - q),
                                _ => match p.checked_mul(q) {
                                    Some(m) => Value::int(m),
                                    None => crate::objects::int::from_i128(p as i128 * q as i128),
                                },
                            };
                            record(code, pc, x);
                            set!(ins.a, v);
                        } else if x.is_float() && y.is_float() {
                            let (p, q) = (x.as_float(), y.as_float());
                            let v = match ins.op {
                                Op::Add => p + q,
                                Op::Sub => p - q,
                                _ => p * q,
                            };
                            record(code, pc, x);
                            set!(ins.a, Value::float(v));
                        } else {
                            crate::feedback::record2(code, pc, x, y);
                            if x.as_instance().is_some() {
                                code.jit.note_operator_class(pc, &ops::type_of(x));
                            }
                            self.frames[fi].pc = pc;
                            let op = match ins.op {
                                Op::Add => BinOp::Add,
                                Op::Sub => BinOp::Sub,
                                _ => BinOp::Mult,
                            };
                            let v = tri!(ops::arith::binary(self, x, y, op));
                            set!(ins.a, v);
                        }
                        pc += 1;
                    }
                    Op::TrueDiv | Op::FloorDiv | Op::Mod | Op::Pow | Op::LShift | Op::RShift | Op::BitAnd | Op::BitOr | Op::BitXor | Op::MatMul => {
                        let (x, y) = (r!(ins.b), r!(ins.c));
                        crate::feedback::record2(code, pc, x, y);
                        let op = BINOPS[ins.op as usize - Op::Add as usize];
                        let v = match ops::arith::binary_fast(x, y, op) {
                            Some(v) => v,
                            None => {
                                if x.as_instance().is_some() {
                                    code.jit.note_operator_class(pc, &ops::type_of(x));
                                }
                                self.frames[fi].pc = pc;
                                tri!(ops::arith::binary(self, x, y, op))
                            }
                        };
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::Inplace => {
                        let (x, y) = (r!(ins.b), r!(ins.c));
                        crate::feedback::record2(code, pc, x, y);
                        let op = BINOPS[ins.x as usize];
                        let v = match ops::arith::binary_fast(x, y, op) {
                            Some(v) => v,
                            None => {
                                self.frames[fi].pc = pc;
                                tri!(ops::arith::inplace(self, x, y, op))
                            }
                        };
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::Neg | Op::Pos | Op::Invert | Op::Not => {
                        let x = r!(ins.b);
                        record(code, pc, x);
                        let op = match ins.op {
                            Op::Neg => UnaryOp::USub,
                            Op::Pos => UnaryOp::UAdd,
                            Op::Invert => UnaryOp::Invert,
                            _ => UnaryOp::Not,
                        };
                        self.frames[fi].pc = pc;
                        let v = tri!(ops::arith::unary(self, x, op));
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::Lt | Op::Le | Op::Eq | Op::Ne | Op::Gt | Op::Ge => {
                        let (x, y) = (r!(ins.b), r!(ins.c));
                        let op = cmp_of(ins.op);
                        let v = match ops::compare::compare_fast(x, y, op) {
                            Some(b) => {
                                crate::feedback::record2(code, pc, x, y);
                                Value::bool(b)
                            }
                            None => {
                                crate::feedback::record2(code, pc, x, y);
                                self.frames[fi].pc = pc;
                                tri!(ops::compare::compare(self, x, y, op))
                            }
                        };
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::Is => {
                        let v = Value::bool(r!(ins.b).is(r!(ins.c)));
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::IsNot => {
                        let v = Value::bool(!r!(ins.b).is(r!(ins.c)));
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::In | Op::NotIn => {
                        self.frames[fi].pc = pc;
                        let b = tri!(ops::contains(self, r!(ins.c), r!(ins.b)));
                        set!(ins.a, Value::bool(b == (ins.op == Op::In)));
                        pc += 1;
                    }
                    Op::Jump => {
                        let t = ins.target() as usize;
                        if t <= pc {
                            match self.backedge(code, t) {
                                Ok(true) => continue 'frames,
                                Ok(false) => {}
                                Err(e) => break 'dispatch e,
                            }
                        }
                        pc = t;
                    }
                    Op::JumpIfFalse | Op::JumpIfTrue => {
                        let v = r!(ins.a);
                        let truth = if v.is_bool() {
                            v.as_bool()
                        } else {
                            self.frames[fi].pc = pc;
                            tri!(ops::truthy(self, v))
                        };
                        if truth == (ins.op == Op::JumpIfTrue) {
                            let t = ins.target() as usize;
                            if t <= pc {
                                match self.backedge(code, t) {
                                    Ok(true) => continue 'frames,
                                    Ok(false) => {}
                                    Err(e) => break 'dispatch e,
                                }
                            }
                            pc = t;
                        } else {
                            pc += 1;
                        }
                    }
                    Op::JumpIfLt | Op::JumpIfLe | Op::JumpIfGt | Op::JumpIfGe | Op::JumpIfEq | Op::JumpIfNe => {
                        let (x, y) = (r!(ins.a), r!(ins.b));
                        let op = cmp_of(ins.op);
                        let truth = match ops::compare::compare_fast(x, y, op) {
                            Some(b) => {
                                crate::feedback::record2(code, pc, x, y);
                                b
                            }
                            None => {
                                crate::feedback::record2(code, pc, x, y);
                                self.frames[fi].pc = pc;
                                let v = tri!(ops::compare::compare(self, x, y, op));
                                tri!(ops::truthy(self, &v))
                            }
                        };
                        if ins.fused_jumps(truth) {
                            let t = instrs[pc + 1].target() as usize;
                            if t <= pc {
                                match self.backedge(code, t) {
                                    Ok(true) => continue 'frames,
                                    Ok(false) => {}
                                    Err(e) => break 'dispatch e,
                                }
                            }
                            pc = t;
                        } else {
                            pc += 2;
                        }
                    }
                    Op::GetIter => {
                        self.frames[fi].pc = pc;
                        let v = tri!(ops::iter::get_iter(self, r!(ins.b)));
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::ForIter => {
                        let it = r!(ins.b);
                        // Inline fast paths: range and list iterators. The
                        // feedback byte says which kinds of iterator were seen
                        // (T_INT = range), for the JIT's inline range loop.
                        let state = it.as_iter().map(|i| i.state.get_mut());
                        let bits = match state {
                            Some(IterState::Range { .. }) => crate::feedback::T_INT,
                            Some(IterState::List { .. }) => crate::feedback::T_LIST,
                            _ => crate::feedback::T_OTHER,
                        };
                        crate::feedback::record_bits(code, pc, bits);
                        let next = match state.and_then(ops::iter::next_inline) {
                            Some(item) => item,
                            None => {
                                self.frames[fi].pc = pc;
                                tri!(ops::iter::next(self, it))
                            }
                        };
                        match next {
                            Some(v) => {
                                set!(ins.a, v);
                                let t = instrs[pc + 1].target() as usize;
                                if t <= pc {
                                    match self.backedge(code, t) {
                                        Ok(true) => continue 'frames,
                                        Ok(false) => {}
                                        Err(e) => break 'dispatch e,
                                    }
                                }
                                pc = t;
                            }
                            None => pc += 2,
                        }
                    }
                    Op::BuildList => {
                        let items = (0..ins.c).map(|i| r!(ins.b + i).clone()).collect();
                        set!(ins.a, crate::objects::list::new_list(items));
                        pc += 1;
                    }
                    Op::BuildTuple => {
                        let items = (0..ins.c).map(|i| r!(ins.b + i).clone()).collect();
                        set!(ins.a, crate::objects::tuple::new_tuple(items));
                        pc += 1;
                    }
                    Op::BuildSet => {
                        let s = crate::objects::set::new_set();
                        self.frames[fi].pc = pc;
                        for i in 0..ins.c {
                            tri!(s.as_set().map_or(Ok(()), |sd| sd.add(self, r!(ins.b + i).clone())));
                        }
                        set!(ins.a, s);
                        pc += 1;
                    }
                    Op::BuildMap => {
                        let d = crate::objects::dict::new_dict();
                        self.frames[fi].pc = pc;
                        for i in 0..ins.c {
                            let (k, v) = (r!(ins.b + 2 * i).clone(), r!(ins.b + 2 * i + 1).clone());
                            tri!(d.as_dict().map_or(Ok(()), |dd| dd.set(self, k, v)));
                        }
                        set!(ins.a, d);
                        pc += 1;
                    }
                    Op::BuildString => {
                        let mut s = String::new();
                        let mut n = 0;
                        for i in 0..ins.c {
                            if let Some(sd) = r!(ins.b + i).as_str_data() {
                                s.push_str(sd.as_str());
                                n += sd.char_len();
                            }
                        }
                        set!(ins.a, crate::objects::str::new_str_with_len(s, n));
                        pc += 1;
                    }
                    Op::BuildSlice => {
                        let v = crate::objects::misc::new_slice(r!(ins.b).clone(), r!(ins.b + 1).clone(), r!(ins.b + 2).clone());
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::ListAppend => {
                        if let Some(l) = r!(ins.a).as_list() {
                            l.push(r!(ins.b).clone());
                        }
                        pc += 1;
                    }
                    Op::ListExtend => {
                        self.frames[fi].pc = pc;
                        if ins.x == 1 && !ops::iter::is_iterable_type(r!(ins.b)) {
                            let f = r!(ins.a - 3).clone();
                            let fname = ops::callable_display_name(&f);
                            let t = ops::type_name(r!(ins.b));
                            break 'dispatch (type_error(format!("{fname} argument after * must be an iterable, not {t}")), false);
                        }
                        let items = tri!(ops::iter::collect(self, r!(ins.b)));
                        if let Some(l) = r!(ins.a).as_list() {
                            l.items_mut().extend(items);
                        }
                        pc += 1;
                    }
                    Op::SetAdd => {
                        self.frames[fi].pc = pc;
                        let s = r!(ins.a).clone();
                        tri!(s.as_set().map_or(Ok(()), |sd| sd.add(self, r!(ins.b).clone())));
                        pc += 1;
                    }
                    Op::SetUpdate => {
                        self.frames[fi].pc = pc;
                        if ins.x == 1 {
                            // A folded constant display: frozenset first, then merge.
                            // CPython builds the constant from the tuple, then
                            // canonicalizes it by rebuilding from its own order.
                            let mut items = tri!(ops::iter::collect(self, r!(ins.b)));
                            let mut frozen = Value::NONE;
                            for _ in 0..2 {
                                frozen = crate::heap::alloc(crate::objects::set::new_set_data(true));
                                for it in items {
                                    tri!(frozen.as_set().map_or(Ok(()), |sd| sd.add(self, it)));
                                }
                                items = frozen.as_set().map(|s| s.items()).unwrap_or_default();
                            }
                            let s = r!(ins.a).clone();
                            tri!(crate::builtins::sets::set_update_from(self, &s, &frozen));
                            pc += 1;
                            continue;
                        }
                        let items = tri!(ops::iter::collect(self, r!(ins.b)));
                        let s = r!(ins.a).clone();
                        for it in items {
                            tri!(s.as_set().map_or(Ok(()), |sd| sd.add(self, it)));
                        }
                        pc += 1;
                    }
                    Op::MapAdd => {
                        self.frames[fi].pc = pc;
                        let d = r!(ins.a).clone();
                        tri!(d.as_dict().map_or(Ok(()), |dd| dd.set(self, r!(ins.b).clone(), r!(ins.c).clone())));
                        pc += 1;
                    }
                    Op::DictUpdate | Op::DictMerge => {
                        self.frames[fi].pc = pc;
                        let d = r!(ins.a).clone();
                        if ins.op == Op::DictMerge {
                            // In a call `f(**m)`: the callee sits two registers below.
                            let fname = ops::callable_display_name(r!(ins.a - 2));
                            tri!(ops::dict_merge_call(self, &d, r!(ins.b), &fname));
                        } else {
                            tri!(ops::dict_merge(self, &d, r!(ins.b), false));
                        }
                        pc += 1;
                    }
                    Op::ListToTuple => {
                        let items = r!(ins.b).as_list().map(|l| l.to_vec()).unwrap_or_default();
                        set!(ins.a, crate::objects::tuple::new_tuple(items));
                        pc += 1;
                    }
                    Op::FormatValue => {
                        self.frames[fi].pc = pc;
                        let spec = if ins.c == NO_REG { None } else { Some(r!(ins.c).clone()) };
                        let v = tri!(ops::format::format_value(self, r!(ins.b), ins.x, spec.as_ref()));
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::GetItem => {
                        let (o, k) = (r!(ins.b), r!(ins.c));
                        let v = match ops::subscript::get_item_fast(o, k) {
                            Some(v) => v,
                            None => {
                                self.frames[fi].pc = pc;
                                tri!(ops::subscript::get_item(self, o, k))
                            }
                        };
                        // The result's type: native code keeps elements
                        // seen only as floats (ints) unboxed.
                        crate::feedback::record_item(code, pc, o, &v);
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::SetItem => {
                        let (o, k) = (r!(ins.a), r!(ins.b));
                        crate::feedback::record_store(code, pc, o, k);
                        if !ops::subscript::set_item_fast(o, k, r!(ins.c)) {
                            self.frames[fi].pc = pc;
                            tri!(ops::subscript::set_item(self, o, k, r!(ins.c).clone()));
                        }
                        pc += 1;
                    }
                    Op::DelItem => {
                        self.frames[fi].pc = pc;
                        tri!(ops::subscript::del_item(self, r!(ins.a), r!(ins.b)));
                        pc += 1;
                    }
                    Op::UnpackSeq => {
                        self.frames[fi].pc = pc;
                        // What is unpacked: native code leaves the loop
                        // for anything but the sequences seen here.
                        crate::feedback::record(code, pc, r!(ins.b));
                        let items = tri!(ops::iter::unpack(self, r!(ins.b), ins.c as usize));
                        for (i, v) in items.into_iter().enumerate() {
                            set!(ins.a + i as u16, v);
                        }
                        pc += 1;
                    }
                    Op::UnpackEx => {
                        self.frames[fi].pc = pc;
                        let before = (ins.c & 0xff) as usize;
                        let after = (ins.c >> 8) as usize;
                        let items = tri!(ops::iter::unpack_ex(self, r!(ins.b), before, after));
                        for (i, v) in items.into_iter().enumerate() {
                            set!(ins.a + i as u16, v);
                        }
                        pc += 1;
                    }
                    Op::MakeFunction => {
                        // SAFETY: `regs` is this frame's registers.
                        let f = unsafe { ops::make_function(self, fi, code, ins, regs) };
                        set!(ins.a, f);
                        pc += 1;
                    }
                    Op::Call | Op::CallKw | Op::CallMethod | Op::CallMethodKw => {
                        let words = ins.info().words as usize;
                        // SAFETY: the call's registers are in this frame.
                        let args = unsafe { call_args(code, pc, regs) };
                        let f = r!(ins.b);
                        self.frames[fi].pc = pc;
                        self.run_finalizers();
                        if let Some(func) = f.as_function() {
                            if !func.code.flags.generator {
                                // Python → Python: push a frame, stay in this loop.
                                let new_base = base + code.nregs as usize;
                                if let Err(e) = self.push_frame(f, func, new_base, args, base + ins.a as usize, Value::UNDEF) {
                                    break 'dispatch (e, false);
                                }
                                if crate::gc::collection_due() {
                                    crate::gc::maybe_collect();
                                }
                                if self.jit.is_some() {
                                    let hot = func.code.calls.get() >= self.jit_call_threshold && !self.leave_to_caller(code, &func.code);
                                    if let Some(native) = self.call_entry_for(&func.code, hot) {
                                        crate::stats::CodeCounts::bump(&func.code.jit.counts.native_from_rust);
                                        if let Err(e) = self.run_native(native, 0) {
                                            break 'dispatch e;
                                        }
                                    }
                                }
                                continue 'frames;
                            }
                        }
                        // `Class(args)` with a Python __init__: run __init__ in this loop.
                        if let Some(init) = ops::plain_init(f) {
                            let cls = f.clone();
                            let obj = tri!(self.new_object(&cls, args));
                            let mut pos = Vec::with_capacity(args.pos.len() + 1);
                            pos.push(obj.clone());
                            pos.extend_from_slice(args.pos);
                            let Some(func) = init.as_function() else {
                                break 'dispatch (internal_error("__init__ is not a function"), false);
                            };
                            let new_base = base + code.nregs as usize;
                            let init_args = Args { pos: &pos, kw_names: args.kw_names, kw_values: args.kw_values };
                            if let Err(e) = self.push_frame(&init, func, new_base, init_args, base + ins.a as usize, obj) {
                                break 'dispatch (e, false);
                            }
                            continue 'frames;
                        }
                        let f = f.clone();
                        let v = tri!(self.call_with(&f, args));
                        set!(ins.a, v);
                        pc += words;
                    }
                    Op::CallEx => {
                        self.frames[fi].pc = pc;
                        let f = r!(ins.b).clone();
                        let posv = r!(ins.b + 1).clone();
                        let pos: &[Value] = posv.as_tuple().map_or(&[], |t| &t.items);
                        let (names, values) = if ins.x == 1 {
                            let d = r!(ins.b + 2).clone();
                            let items = d.as_dict().map(|d| d.items()).unwrap_or_default();
                            let mut ns = Vec::new();
                            let mut vs = Vec::new();
                            for (k, v) in items {
                                if !k.is_str() {
                                    break 'dispatch (type_error("keywords must be strings"), false);
                                }
                                ns.push(crate::objects::str::intern(k.as_str().unwrap_or("")));
                                vs.push(v);
                            }
                            (ns, vs)
                        } else {
                            (Vec::new(), Vec::new())
                        };
                        let v = tri!(self.call_with(&f, Args { pos, kw_names: &names, kw_values: &values }));
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::Return => {
                        let v = unsafe { (*regs.add(ins.a as usize)).take() };
                        let Some(frame) = self.frames.pop() else {
                            break 'dispatch (internal_error("return without frame"), false);
                        };
                        self.release_regs(frame.base, frame.code.nregs as usize);
                        self.exc_stack.truncate(frame.exc_depth);
                        if frame.ret_slot == usize::MAX {
                            if let Some(g) = frame.generator.as_generator() {
                                g.finish();
                            }
                            return Ok(RunExit::Return(v));
                        }
                        let v = if frame.init_obj.is_undef() {
                            v
                        } else {
                            match ops::init_result(frame.init_obj.clone(), v) {
                                Ok(v) => v,
                                // The caller's call instruction reports the error.
                                Err(e) => break 'dispatch (e, false),
                            }
                        };
                        // SAFETY: the caller's result register.
                        unsafe { *self.reg_ptr(frame.ret_slot) = v };
                        let ci = self.frames.len() - 1;
                        let cpc = self.frames[ci].pc;
                        let words = self.frames[ci].code.instrs[cpc].info().words as usize;
                        self.frames[ci].pc = cpc + words;
                        continue 'frames;
                    }
                    Op::Yield => {
                        let v = r!(ins.b).clone();
                        self.frames[fi].pc = pc;
                        let _ = entry;
                        return Ok(RunExit::Yield(v));
                    }
                    Op::YieldFrom => {
                        self.frames[fi].pc = pc;
                        let sub = r!(ins.b).clone();
                        let sent = r!(ins.a).clone();
                        match tri!(super::generator::delegate(self, &sub, sent)) {
                            super::generator::Delegate::Yielded(v) => return Ok(RunExit::Yield(v)),
                            super::generator::Delegate::Returned(v) => {
                                set!(ins.a, v);
                                pc += 1;
                            }
                        }
                    }
                    Op::Raise => {
                        self.frames[fi].pc = pc;
                        let e = match ins.x {
                            0 => match self.exc_stack.last() {
                                Some(e) => {
                                    let e = e.clone();
                                    break 'dispatch (PyErr(e), true);
                                }
                                None => runtime_no_active(),
                            },
                            1 => tri!(ops::exc::make_raisable(self, r!(ins.a), None)),
                            _ => tri!(ops::exc::make_raisable(self, r!(ins.a), Some(r!(ins.b)))),
                        };
                        break 'dispatch (e, false);
                    }
                    Op::Reraise => {
                        self.frames[fi].pc = pc;
                        let e = r!(ins.a).clone();
                        break 'dispatch (PyErr(e), true);
                    }
                    Op::PushExcInfo => {
                        self.exc_stack.push(r!(ins.a).clone());
                        pc += 1;
                    }
                    Op::PopExcInfo => {
                        self.exc_stack.pop();
                        pc += 1;
                    }
                    Op::ExcMatch => {
                        self.frames[fi].pc = pc;
                        let m = tri!(ops::exc::exception_matches(r!(ins.b), r!(ins.c)));
                        set!(ins.a, Value::bool(m));
                        pc += 1;
                    }
                    Op::LoadCommon => {
                        let v = match ins.x {
                            COMMON_ASSERTION_ERROR => crate::types::types().exc(crate::types::ExcType::AssertionError),
                            COMMON_BUILD_CLASS => crate::builtins::build_class_fn(),
                            COMMON_TYPE => crate::types::types().type_.clone(),
                            COMMON_DISPLAYHOOK => crate::repl::displayhook_fn(),
                            _ => break 'dispatch (internal_error("unknown LoadCommon constant"), false),
                        };
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::ImportName => {
                        self.frames[fi].pc = pc;
                        let name = code.names[ins.b as usize].clone();
                        let m = tri!(crate::modules::import(self, &name, ins.c as u32, ins.x == 1, fi));
                        set!(ins.a, m);
                        pc += 1;
                    }
                    Op::ImportFrom => {
                        self.frames[fi].pc = pc;
                        let name = code.names[ins.c as usize].clone();
                        let v = tri!(crate::modules::import_from(self, r!(ins.b), &name));
                        set!(ins.a, v);
                        pc += 1;
                    }
                    Op::ImportStar => {
                        self.frames[fi].pc = pc;
                        let g = self.frames[fi].globals.clone();
                        tri!(crate::modules::import_star(self, r!(ins.a), &g));
                        pc += 1;
                    }
                    Op::ClearTemps => {
                        for r in ins.a..ins.a + ins.c {
                            set!(r, Value::UNDEF);
                        }
                        self.frames[fi].pc = pc;
                        self.run_finalizers();
                        pc += 1;
                    }
                    Op::MatchHelper => {
                        self.frames[fi].pc = pc;
                        let extra: &[Value] = match ins.x {
                            // SAFETY: the compiler puts a class pattern's three
                            // operands in consecutive registers from c.
                            ops::matching::CLASS => unsafe { std::slice::from_raw_parts(regs.add(ins.c as usize), 3) },
                            _ if ins.c == NO_REG => &[],
                            _ => std::slice::from_ref(r!(ins.c)),
                        };
                        let v = tri!(ops::matching::helper(self, ins.x, r!(ins.b), extra));
                        set!(ins.a, v);
                        pc += 1;
                    }
                }
            };
            return Err(err);
        }
    }

    /// A loop back-edge to `target`: the profiler counts it, it is a safe
    /// point for the cycle collector, and a hot loop enters native code
    /// there (on-stack replacement). Ok(true): native code ran and the
    /// frame's pc says where to resume.
    #[inline(always)]
    fn backedge(&mut self, code: &Code, target: usize) -> Result<bool, (PyErr, bool)> {
        let n = code.backedges.get().wrapping_add(1);
        code.backedges.set(n);
        if crate::gc::collection_due() {
            crate::gc::maybe_collect();
        }
        if self.tooling.profile.is_some() {
            // The sampler attributes the running frame by its pc: record
            // the loop it is in (native code does the same at its back-edges).
            if let Some(f) = self.frames.last_mut() {
                f.pc = target;
            }
        }
        if self.jit.is_none() {
            return Ok(false);
        }
        let hot = n >= self.jit_loop_threshold;
        if let Some(entry) = self.loop_entry_for(code, target as u32, hot) {
            self.stats.counters.osr_entries += 1;
            if let Some(f) = self.frames.last_mut() {
                f.pc = target;
            }
            self.run_native(entry, target)?;
            return Ok(true);
        }
        Ok(false)
    }
}

/// The arguments of the call instruction at `pc` (`Call`, `CallKw`,
/// `CallMethod`, `CallMethodKw`); the callable is in register `b`. Method
/// calls lay out `[callable, self-or-UNDEF, args...]`.
///
/// # Safety
/// `regs` must point at the registers of a live frame running `code`; the
/// result borrows them.
#[inline(always)]
unsafe fn call_args<'a>(code: &'a Code, pc: usize, regs: *const Value) -> Args<'a> {
    let ins = code.instrs[pc];
    let method = matches!(ins.op, Op::CallMethod | Op::CallMethodKw);
    // SAFETY: the caller guarantees the registers are live.
    let self_present = method && unsafe { !(*regs.add(ins.b as usize + 1)).is_undef() };
    let first = ins.b as usize + 1 + usize::from(method && !self_present);
    let nargs = ins.c as usize + usize::from(self_present);
    // SAFETY: argument registers are consecutive in the frame.
    let all = unsafe { std::slice::from_raw_parts(regs.add(first), nargs) };
    if !matches!(ins.op, Op::CallKw | Op::CallMethodKw) {
        // Inline in the dispatch loop: positional arguments only.
        return Args { pos: all, kw_names: &[], kw_values: &[] };
    }
    keyword_args(code, pc, all)
}

/// `call_args` of a call passing keywords: the keyword values are the last
/// of `all`, named by the tuple constant after the instruction.
#[inline(never)]
fn keyword_args<'a>(code: &'a Code, pc: usize, all: &'a [Value]) -> Args<'a> {
    let kw_names: &[Value] = code.consts[code.instrs[pc + 1].a as usize].as_tuple().map_or(&[], |t| &t.items);
    let (nargs, nkw) = (all.len(), kw_names.len());
    Args { pos: &all[..nargs - nkw], kw_names, kw_values: &all[nargs - nkw..] }
}

/// The comparison of a compare instruction or a fused compare-and-branch.
fn cmp_of(op: Op) -> CmpOp {
    match op {
        Op::Lt | Op::JumpIfLt => CmpOp::Lt,
        Op::Le | Op::JumpIfLe => CmpOp::LtE,
        Op::Eq | Op::JumpIfEq => CmpOp::Eq,
        Op::Ne | Op::JumpIfNe => CmpOp::NotEq,
        Op::Gt | Op::JumpIfGt => CmpOp::Gt,
        _ => CmpOp::GtE,
    }
}

fn runtime_no_active() -> PyErr {
    crate::error::runtime_error("No active exception to reraise")
}
