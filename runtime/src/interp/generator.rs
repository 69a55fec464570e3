//! Generators. A suspended generator owns its registers; resuming pushes a
//! frame, moves them onto the register stack and runs until the next yield
//! (which moves them back) or return. Frames are therefore suspendable
//! without any native-stack tricks.

use super::{Frame, RunExit, Vm};
use crate::bytecode::{Code, Op};
use crate::error::{exc, internal_error, stop_iteration, type_error, value_error, PyErr, PyResult};
use crate::heap::{alloc, ObjKind, Payload};
use crate::objects::func::Args;
use crate::objects::PyCell;
use crate::types::ExcType;
use crate::value::Value;
use std::cell::Cell;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Done,
}

pub struct GeneratorData {
    pub func: Value,
    pub code: Rc<Code>,
    pub globals: Value,
    regs: PyCell<Vec<Value>>,
    pc: Cell<usize>,
    state: Cell<GenState>,
}

impl Payload for GeneratorData {
    const KIND: ObjKind = ObjKind::Generator;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.globals);
        self.regs.get().iter().for_each(visit);
    }
    fn clear(&self) {
        let old = std::mem::take(self.regs.get_mut());
        drop(old);
        self.state.set(GenState::Done);
    }
}

impl GeneratorData {
    pub fn finish(&self) {
        self.state.set(GenState::Done);
        let old = std::mem::take(self.regs.get_mut());
        drop(old);
    }
    pub fn state(&self) -> GenState {
        self.state.get()
    }
    /// Whether closing this generator could run code: it is suspended inside
    /// a `try` (a `finally`, an `except`, a `with`). Dropping it then closes
    /// it first (see `finalize`), as CPython does.
    pub fn needs_close(&self) -> bool {
        let pc = self.pc.get() as u32;
        self.state.get() == GenState::Suspended && self.code.exc_table.iter().any(|e| e.start <= pc && pc < e.end)
    }
    pub fn name(&self) -> &str {
        self.code.name_str()
    }
    pub fn qualname(&self) -> &str {
        self.code.qualname_str()
    }
}

impl Value {
    pub fn as_generator(&self) -> Option<&GeneratorData> {
        self.downcast::<GeneratorData>()
    }
}

pub enum Resumed {
    Yielded(Value),
    Returned(Value),
}

pub enum Delegate {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Calling a generator function: bind the arguments, don't run anything.
    pub(crate) fn make_generator(&mut self, f: &Value, args: Args<'_>) -> PyResult<Value> {
        let func = f.as_function().ok_or_else(|| internal_error("generator function"))?;
        let code = func.code.clone();
        let n = code.nregs as usize;
        let base = self.stack_top();
        self.reserve_regs(base, n)?;
        if let Err(e) = self.bind_args(func, base, args) {
            self.release_regs(base, n);
            return Err(e);
        }
        let regs: Vec<Value> = (0..n)
            .map(|i| {
                // SAFETY: the slots were reserved above and are moved out here.
                unsafe { std::ptr::replace(self.reg_ptr(base + i), Value::UNDEF) }
            })
            .collect();
        Ok(alloc(GeneratorData { func: f.clone(), globals: func.globals.clone(), code, regs: PyCell::new(regs), pc: Cell::new(0), state: Cell::new(GenState::Created) }))
    }

    /// Resumes `gen` with a sent value, or by throwing `throw` into it.
    pub fn gen_resume(&mut self, gen: &Value, sent: Value, throw: Option<PyErr>) -> PyResult<Resumed> {
        let g = gen.as_generator().ok_or_else(|| internal_error("not a generator"))?;
        match g.state.get() {
            GenState::Running => return Err(value_error("generator already executing")),
            GenState::Done => {
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(Resumed::Returned(Value::NONE)),
                }
            }
            GenState::Created => {
                if throw.is_none() && !sent.is_none() {
                    return Err(type_error("can't send non-None value to a just-started generator"));
                }
            }
            GenState::Suspended => {}
        }
        self.check_depth()?;
        let code = g.code.clone();
        let n = code.nregs as usize;
        let base = self.stack_top();
        self.reserve_regs(base, n)?;
        let regs = std::mem::take(g.regs.get_mut());
        for (i, v) in regs.into_iter().enumerate() {
            // SAFETY: reserved above.
            unsafe { *self.reg_ptr(base + i) = v };
        }
        let mut pc = g.pc.get();
        if g.state.get() == GenState::Suspended && throw.is_none() {
            let ins = code.instrs[pc];
            // SAFETY: the yield's destination register is in the frame.
            match ins.op {
                Op::Yield => {
                    unsafe { *self.reg_ptr(base + ins.a as usize) = sent };
                    pc += 1;
                }
                Op::YieldFrom => unsafe { *self.reg_ptr(base + ins.a as usize) = sent },
                _ => return Err(internal_error("generator suspended outside a yield")),
            }
        }
        g.state.set(GenState::Running);
        let exc_depth = self.exc_stack.len();
        self.frames.push(Frame {
            code,
            func: g.func.clone(),
            globals: g.globals.clone(),
            locals: Value::UNDEF,
            base,
            pc,
            ret_slot: usize::MAX,
            exc_depth,
            generator: gen.clone(),
            init_obj: Value::UNDEF,
        });
        let result = match throw {
            Some(e) => self.run_frames_throwing(e),
            None => self.run_frames(),
        };
        match result {
            Ok(RunExit::Yield(v)) => {
                let frame = self.frames.pop().ok_or_else(|| internal_error("yield without frame"))?;
                let saved: Vec<Value> = (0..n)
                    .map(|i| {
                        // SAFETY: the frame's registers move back into the generator.
                        unsafe { std::ptr::replace(self.reg_ptr(frame.base + i), Value::UNDEF) }
                    })
                    .collect();
                *g.regs.get_mut() = saved;
                g.pc.set(frame.pc);
                g.state.set(GenState::Suspended);
                self.exc_stack.truncate(frame.exc_depth);
                Ok(Resumed::Yielded(v))
            }
            Ok(RunExit::Return(v)) => {
                g.finish();
                Ok(Resumed::Returned(v))
            }
            Ok(RunExit::Stepped) => Err(internal_error("generator frame was single-stepped")),
            Err(e) => {
                g.finish();
                if e.is(ExcType::StopIteration) {
                    let r = crate::error::runtime_error("generator raised StopIteration");
                    if let Some(st) = r.0.as_instance().and_then(|i| i.exc()) {
                        st.cause = e.0.clone();
                        st.context = e.0;
                        st.suppress_context = true;
                    }
                    return Err(r);
                }
                Err(e)
            }
        }
    }

    /// `next(gen)`: the next value, or None when it is exhausted.
    pub fn gen_next(&mut self, gen: &Value) -> PyResult<Option<Value>> {
        match self.gen_resume(gen, Value::NONE, None)? {
            Resumed::Yielded(v) => Ok(Some(v)),
            Resumed::Returned(_) => Ok(None),
        }
    }

    pub fn gen_send(&mut self, gen: &Value, v: Value) -> PyResult<Value> {
        match self.gen_resume(gen, v, None)? {
            Resumed::Yielded(v) => Ok(v),
            Resumed::Returned(r) => Err(stop_iteration(r)),
        }
    }

    pub fn gen_throw(&mut self, gen: &Value, e: PyErr) -> PyResult<Value> {
        match self.gen_resume(gen, Value::NONE, Some(e))? {
            Resumed::Yielded(v) => Ok(v),
            Resumed::Returned(r) => Err(stop_iteration(r)),
        }
    }

    pub fn gen_close(&mut self, gen: &Value) -> PyResult<()> {
        let g = gen.as_generator().ok_or_else(|| internal_error("not a generator"))?;
        match g.state.get() {
            GenState::Created | GenState::Done => {
                g.finish();
                Ok(())
            }
            _ => match self.gen_resume(gen, Value::NONE, Some(crate::error::exc_noargs(ExcType::GeneratorExit))) {
                Ok(Resumed::Yielded(_)) => Err(exc(ExcType::RuntimeError, "generator ignored GeneratorExit")),
                Ok(Resumed::Returned(_)) => Ok(()),
                Err(e) if e.is(ExcType::GeneratorExit) || e.is(ExcType::StopIteration) => Ok(()),
                Err(e) => Err(e),
            },
        }
    }
}

/// One step of `yield from sub`.
pub fn delegate(vm: &mut Vm, sub: &Value, sent: Value) -> PyResult<Delegate> {
    if sub.as_generator().is_some() {
        return Ok(match vm.gen_resume(sub, sent, None)? {
            Resumed::Yielded(v) => Delegate::Yielded(v),
            Resumed::Returned(v) => Delegate::Returned(v),
        });
    }
    if sent.is_none() {
        return Ok(match crate::ops::iter::next_with_value(vm, sub)? {
            Ok(v) => Delegate::Yielded(v),
            Err(r) => Delegate::Returned(r),
        });
    }
    let send = crate::ops::attr::get_attr(vm, sub, &crate::objects::str::intern("send"))?;
    match vm.call(&send, &[sent]) {
        Ok(v) => Ok(Delegate::Yielded(v)),
        Err(e) if e.is(ExcType::StopIteration) => Ok(Delegate::Returned(crate::ops::exc::stop_value(&e))),
        Err(e) => Err(e),
    }
}
