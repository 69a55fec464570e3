//! Calling: argument binding for Python functions (with CPython's error
//! messages), calls from Rust into any callable, and class instantiation.

use super::{Frame, RunExit, Vm};
use crate::error::{internal_error, type_error, PyResult};
use crate::heap::ObjKind;
use crate::objects::class::NativeBase;
use crate::objects::dict::new_dict;
use crate::objects::func::{Args, FunctionData};
use crate::objects::instance::{new_instance, Native};
use crate::objects::str::intern;
use crate::objects::tuple::new_tuple;
use crate::ops::type_name;
use crate::value::Value;

impl Vm {
    pub fn call(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_with(f, Args::positional(args))
    }

    /// Calls any callable from Rust.
    pub fn call_with(&mut self, f: &Value, args: Args<'_>) -> PyResult<Value> {
        self.run_finalizers();
        match f.obj_kind() {
            Some(ObjKind::Function) => self.call_function(f, args),
            Some(ObjKind::Builtin) => self.call_builtin(f, args),
            Some(ObjKind::BoundMethod) => {
                let m = f.downcast::<crate::objects::func::BoundMethodData>().ok_or_else(|| internal_error("method"))?;
                let (func, self_) = (m.func.clone(), m.self_.clone());
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(self_);
                pos.extend_from_slice(args.pos);
                self.call_with(&func, Args { pos: &pos, kw_names: args.kw_names, kw_values: args.kw_values })
            }
            Some(ObjKind::Class) => {
                // A metaclass's __call__ decides what calling the class does.
                if let Some(call) = crate::ops::meta_special(f, "__call__") {
                    let mut pos = Vec::with_capacity(args.pos.len() + 1);
                    pos.push(f.clone());
                    pos.extend_from_slice(args.pos);
                    return self.call_with(&call, Args { pos: &pos, kw_names: args.kw_names, kw_values: args.kw_values });
                }
                self.construct(f, args)
            }
            // Since 3.10 a staticmethod object is callable itself.
            Some(ObjKind::Descriptor) if matches!(f.as_descriptor(), Some(crate::objects::misc::DescriptorData::StaticMethod(_))) => {
                let Some(crate::objects::misc::DescriptorData::StaticMethod(inner)) = f.as_descriptor() else { return Err(internal_error("staticmethod")) };
                let inner = inner.clone();
                self.call_with(&inner, args)
            }
            _ => {
                if let Some(m) = crate::ops::lookup_special(f, "__call__") {
                    let mut pos = Vec::with_capacity(args.pos.len() + 1);
                    pos.push(f.clone());
                    pos.extend_from_slice(args.pos);
                    return self.call_with(&m, Args { pos: &pos, kw_names: args.kw_names, kw_values: args.kw_values });
                }
                Err(type_error(format!("'{}' object is not callable", type_name(f))))
            }
        }
    }

    /// Calls the built-in function `f` (its bound receiver first, if any).
    pub fn call_builtin(&mut self, f: &Value, args: Args<'_>) -> PyResult<Value> {
        let b = f.as_builtin().ok_or_else(|| internal_error("builtin"))?;
        if b.self_.is_undef() {
            (b.func)(self, args)
        } else {
            let mut pos = Vec::with_capacity(args.pos.len() + 1);
            pos.push(b.self_.clone());
            pos.extend_from_slice(args.pos);
            (b.func)(self, Args { pos: &pos, kw_names: args.kw_names, kw_values: args.kw_values })
        }
    }

    /// Calls a Python function from Rust (a nested interpreter loop).
    pub fn call_function(&mut self, f: &Value, args: Args<'_>) -> PyResult<Value> {
        let func = f.as_function().ok_or_else(|| internal_error("not a function"))?;
        let code = func.code.clone();
        if code.flags.generator {
            return self.make_generator(f, args);
        }
        self.check_depth()?;
        let base = self.stack_top();
        self.reserve_regs(base, code.nregs as usize)?;
        if let Err(e) = self.bind_args(func, base, args) {
            self.release_regs(base, code.nregs as usize);
            return Err(e);
        }
        let exc_depth = self.exc_stack.len();
        let globals = func.globals.clone();
        func.code.calls.set(func.code.calls.get().wrapping_add(1));
        crate::stats::CodeCounts::bump(&code.jit.counts.rust_calls);
        let hot = func.code.calls.get() >= self.jit_call_threshold;
        self.frames.push(Frame { code: code.clone(), func: f.clone(), globals, locals: Value::UNDEF, base, pc: 0, ret_slot: usize::MAX, exc_depth, generator: Value::UNDEF, init_obj: Value::UNDEF });
        if self.jit.is_some() {
            if let Some(native) = self.call_entry_for(&code, hot) {
                crate::stats::CodeCounts::bump(&code.jit.counts.native_from_rust);
                let depth = self.frames.len();
                let prev = self.stats.clock.enter(crate::stats::Tier::Native);
                // SAFETY: the entry was compiled for this (top) frame's code.
                let exit = unsafe { native(self as *mut Vm, self.reg_ptr(base), 0) };
                self.stats.clock.enter(prev);
                return self.finish_native_call(exit, depth);
            }
        }
        match self.run_frames()? {
            RunExit::Return(v) => Ok(v),
            RunExit::Yield(_) | RunExit::Stepped => Err(internal_error("function yielded")),
        }
    }

    /// The top frame (a plain function frame entered from Rust) stopped at
    /// its `Return` in native code: pop it here, as the interpreter would.
    pub(crate) fn pop_returning_frame(&mut self) -> PyResult<Value> {
        let f = self.frames.pop().ok_or_else(|| internal_error("return without frame"))?;
        let ins = f.code.instrs.get(f.pc).copied().ok_or_else(|| internal_error("return pc"))?;
        // SAFETY: the returned register of the frame being popped.
        let v = unsafe { (*self.reg_ptr(f.base + ins.a as usize)).take() };
        self.release_regs(f.base, f.code.nregs as usize);
        self.exc_stack.truncate(f.exc_depth);
        Ok(v)
    }

    /// Binds arguments into the registers at `base` (already cleared):
    /// positional, keyword, defaults, *args, **kwargs; then creates cells and
    /// installs the closure.
    #[inline(always)]
    pub(crate) fn bind_args(&mut self, func: &FunctionData, base: usize, args: Args<'_>) -> PyResult<()> {
        let code = &func.code;
        // Inline in the call sequence: an exact positional call (and, for a
        // function without cells or a closure, nothing else to do).
        if args.pos.len() == code.argcount as usize && args.kw_names.is_empty() && code.kwonlyargcount == 0 && !code.flags.varargs && !code.flags.varkw {
            let dst = self.reg_ptr(base);
            for (i, v) in args.pos.iter().enumerate() {
                // SAFETY: registers were reserved for this frame and hold UNDEF
                // (no reference), so the old value needs no drop.
                unsafe { std::ptr::write(dst.add(i), v.clone()) };
            }
            if code.simple_args {
                return Ok(());
            }
        } else {
            self.bind_slow(func, base, args)?;
        }
        self.install_cells(func, base);
        Ok(())
    }

    /// A new frame's cells (parameters captured by inner functions get
    /// theirs initialised) and its closure's free variables.
    #[inline(never)]
    fn install_cells(&mut self, func: &FunctionData, base: usize) {
        let code = &func.code;
        let reg = |vm: &Vm, i: usize| vm.reg_ptr(base + i);
        for &(r, param) in code.cell_regs.iter() {
            let init = match param {
                // SAFETY: parameter registers are in the frame.
                Some(p) => unsafe { (*reg(self, p as usize)).clone() },
                None => Value::UNDEF,
            };
            // SAFETY: as above.
            unsafe { *reg(self, r as usize) = crate::objects::func::new_cell(init) };
        }
        if let Some(cl) = func.closure.as_tuple() {
            for (i, &r) in code.free_regs.iter().enumerate() {
                if let Some(c) = cl.items.get(i) {
                    // SAFETY: as above.
                    unsafe { *reg(self, r as usize) = c.clone() };
                }
            }
        }
    }

    #[inline(never)]
    fn bind_slow(&mut self, func: &FunctionData, base: usize, args: Args<'_>) -> PyResult<()> {
        let code = &func.code;
        // CPython names the function by its `__qualname__`, which may have been
        // reassigned (dataclasses' generated `__init__`), not the code's.
        let name = func.qualname.get().as_str().map_or_else(|| code.qualname_str().to_string(), |s| s.to_string());
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let npos = args.pos.len();
        let set = |vm: &Vm, i: usize, v: Value| {
            // SAFETY: registers were reserved for this frame.
            unsafe { *vm.reg_ptr(base + i) = v };
        };
        let is_set = |vm: &Vm, i: usize| {
            // SAFETY: as above.
            unsafe { !(*vm.reg_ptr(base + i)).is_undef() }
        };
        let mut next = argcount + kwonly;
        // Positional parameters.
        for (i, v) in args.pos.iter().take(argcount).enumerate() {
            set(self, i, v.clone());
        }
        let varargs_reg = if code.flags.varargs {
            let r = next;
            next += 1;
            Some(r)
        } else {
            None
        };
        if let Some(r) = varargs_reg {
            let extra: Vec<Value> = args.pos.iter().skip(argcount).cloned().collect();
            set(self, r, new_tuple(extra));
        } else if npos > argcount {
            return Err(too_many_positional(&name, code, func, npos, &args));
        }
        let kwargs = if code.flags.varkw {
            let d = new_dict();
            set(self, next, d.clone());
            Some(d)
        } else {
            None
        };
        // Keyword arguments.
        let mut posonly_as_kw = Vec::new();
        for (k, v) in args.kw_names.iter().zip(args.kw_values.iter()) {
            let kname = k.as_str().unwrap_or("");
            let idx = code.varnames.iter().take(argcount + kwonly).position(|n| n.as_str() == Some(kname));
            match idx {
                Some(i) if i >= posonly => {
                    if is_set(self, i) {
                        return Err(type_error(format!("{name}() got multiple values for argument '{kname}'")));
                    }
                    set(self, i, v.clone());
                }
                other => {
                    if let Some(d) = &kwargs {
                        if let Some(dd) = d.as_dict() {
                            dd.set(self, k.clone(), v.clone())?;
                        }
                    } else if other.is_some() {
                        posonly_as_kw.push(kname.to_string());
                    } else {
                        return Err(type_error(format!("{name}() got an unexpected keyword argument '{kname}'")));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(type_error(format!("{name}() got some positional-only arguments passed as keyword arguments: '{}'", posonly_as_kw.join(", "))));
        }
        // Defaults for missing positional parameters.
        let defaults: Vec<Value> = func.defaults.get().as_tuple().map(|t| t.items.to_vec()).unwrap_or_default();
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in npos.min(argcount)..argcount {
            if !is_set(self, i) {
                if i >= first_default {
                    set(self, i, defaults[i - first_default].clone());
                } else {
                    missing.push(code.varnames[i].as_str().unwrap_or("?").to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!("{name}() missing {} required positional argument{}: {}", missing.len(), if missing.len() == 1 { "" } else { "s" }, quote_list(&missing))));
        }
        // Keyword-only defaults.
        let kwdefaults = func.kwdefaults.get().clone();
        for i in argcount..argcount + kwonly {
            if !is_set(self, i) {
                let n = &code.varnames[i];
                let d = kwdefaults.as_dict().and_then(|d| d.get_str(n));
                match d {
                    Some(v) => set(self, i, v),
                    None => missing.push(n.as_str().unwrap_or("?").to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!("{name}() missing {} required keyword-only argument{}: {}", missing.len(), if missing.len() == 1 { "" } else { "s" }, quote_list(&missing))));
        }
        Ok(())
    }

    /// `cls(*args, **kwargs)`.
    pub fn construct(&mut self, cls: &Value, args: Args<'_>) -> PyResult<Value> {
        let c = cls.as_class().ok_or_else(|| internal_error("construct: not a class"))?;
        if c.builtin && !matches!(c.native_base, NativeBase::Exception) {
            // Built-in classes construct through their native `__new__`.
            let new = c.lookup(&intern("__new__")).ok_or_else(|| type_error(format!("cannot create '{}' instances", c.name_str())))?;
            let mut pos = Vec::with_capacity(args.pos.len() + 1);
            pos.push(cls.clone());
            pos.extend_from_slice(args.pos);
            return self.call_with(&new, Args { pos: &pos, kw_names: args.kw_names, kw_values: args.kw_values });
        }
        // A user-defined __new__?
        let new = c.lookup(&intern("__new__"));
        let obj = match new {
            // Instances of a metaclass are classes, made by type.__new__.
            Some(n) if n.as_builtin().is_some_and(|b| b.owner == "type") => {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(cls.clone());
                pos.extend_from_slice(args.pos);
                let obj = self.call_with(&n, Args { pos: &pos, kw_names: args.kw_names, kw_values: args.kw_values })?;
                if !crate::ops::isinstance(&obj, cls) {
                    return Ok(obj);
                }
                obj
            }
            Some(n) if n.as_function().is_some() || matches!(n.as_descriptor(), Some(crate::objects::misc::DescriptorData::StaticMethod(_))) => {
                let f = match n.as_descriptor() {
                    Some(crate::objects::misc::DescriptorData::StaticMethod(f)) => f.clone(),
                    _ => n,
                };
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(cls.clone());
                pos.extend_from_slice(args.pos);
                let obj = self.call_with(&f, Args { pos: &pos, kw_names: args.kw_names, kw_values: args.kw_values })?;
                // __init__ runs only if __new__ returned an instance of cls.
                if !crate::ops::isinstance(&obj, cls) {
                    return Ok(obj);
                }
                obj
            }
            _ => self.new_object(cls, args)?,
        };
        let init = c.lookup(&intern("__init__"));
        if let Some(init) = init {
            let is_object_init = init.as_builtin().is_some_and(|b| b.name == "__init__" && b.owner == "object");
            if !is_object_init {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(obj.clone());
                pos.extend_from_slice(args.pos);
                let r = self.call_with(&init, Args { pos: &pos, kw_names: args.kw_names, kw_values: args.kw_values })?;
                if !r.is_none() {
                    return Err(type_error(format!("__init__() should return None, not '{}'", type_name(&r))));
                }
                return Ok(obj);
            }
        }
        if (!args.pos.is_empty() || args.has_kwargs()) && c.lookup(&intern("__new__")).is_none_or(|n| n.as_builtin().is_some_and(|b| b.owner == "object")) {
            return Err(type_error(format!("{}() takes no arguments", c.name_str())));
        }
        Ok(obj)
    }

    /// `object.__new__(cls)` plus the native state of a built-in base.
    pub fn new_object(&mut self, cls: &Value, args: Args<'_>) -> PyResult<Value> {
        let c = cls.as_class().ok_or_else(|| internal_error("new_object: not a class"))?;
        // `OSError(errno, ...)` makes the errno's subclass (FileNotFoundError, ...).
        let actual = if matches!(c.native_base, NativeBase::Exception) { crate::builtins::oserror::constructed_class(cls, args.pos) } else { cls.clone() };
        let obj = new_instance(actual);
        let inst = obj.as_instance().ok_or_else(|| internal_error("instance"))?;
        match c.native_base {
            NativeBase::Exception => {
                if let Some(st) = inst.exc() {
                    st.args = new_tuple(args.pos.to_vec());
                }
            }
            NativeBase::Object => abstract_check(self, c)?,
            NativeBase::Int | NativeBase::Float | NativeBase::Builtin(_) => {
                // Find the built-in base class and build its value.
                let base = c.mro.get().iter().find(|b| b.as_class().is_some_and(|bc| bc.builtin)).cloned();
                if let Some(base) = base {
                    // Mutable values start empty and are filled by __init__;
                    // immutable ones (frozenset included) by __new__'s arguments.
                    let frozen = base.is(&crate::types::types().frozenset);
                    let mutable = !frozen && matches!(c.native_base, NativeBase::Builtin(ObjKind::List) | NativeBase::Builtin(ObjKind::Dict) | NativeBase::Builtin(ObjKind::Set));
                    let v = if mutable { self.construct(&base, Args::positional(&[]))? } else { self.construct(&base, args)? };
                    inst.native.replace(Native::Value(v));
                }
            }
        }
        Ok(obj)
    }
}

/// `object.__new__` refuses a class whose own `__abstractmethods__` (set by
/// ABCMeta) is non-empty, naming the methods in sorted order as CPython does.
fn abstract_check(vm: &mut Vm, c: &crate::objects::class::ClassData) -> PyResult<()> {
    let Some(set) = c.dict.as_dict().and_then(|d| d.get_str(&intern("__abstractmethods__"))) else { return Ok(()) };
    if !crate::ops::truthy(vm, &set)? {
        return Ok(());
    }
    let mut names = Vec::new();
    for n in crate::ops::iter::collect(vm, &set)? {
        names.push(crate::ops::to_str(vm, &n)?);
    }
    names.sort();
    let s = if names.len() == 1 { "" } else { "s" };
    Err(type_error(format!("Can't instantiate abstract class {} with abstract method{s} {}", c.name_str(), names.join(", "))))
}

fn quote_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

fn too_many_positional(name: &str, code: &crate::bytecode::Code, func: &FunctionData, given: usize, args: &Args<'_>) -> crate::error::PyErr {
    let argcount = code.argcount as usize;
    let ndefaults = func.defaults.get().as_tuple().map_or(0, |t| t.items.len());
    let takes = if ndefaults > 0 {
        format!("from {} to {} positional arguments", argcount - ndefaults.min(argcount), argcount)
    } else {
        format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
    };
    let kw_given = args.kw_names.iter().filter(|k| code.varnames.iter().skip(argcount).take(code.kwonlyargcount as usize).any(|n| n.as_str() == k.as_str())).count();
    let was = if kw_given > 0 {
        format!("{} positional argument{} (and {} keyword-only argument{}) were given", given, if given == 1 { "" } else { "s" }, kw_given, if kw_given == 1 { "" } else { "s" })
    } else if given == 1 {
        "1 was given".to_string()
    } else {
        format!("{given} were given")
    };
    type_error(format!("{name}() takes {takes} but {was}"))
}
