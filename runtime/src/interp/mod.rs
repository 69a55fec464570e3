//! The interpreter: the VM state, frames on a register stack, calls.
//!
//! All frames' registers live in one contiguous stack of `Value`s that never
//! moves (reserved once; the OS commits pages lazily), so a frame is just a
//! base index and native code can address registers directly. Python-to-
//! Python calls push a frame and continue in the same dispatch loop; only
//! calls made from Rust (builtins calling back into Python) nest a new loop.

mod call;
mod eval;
mod finalize;
pub mod generator;

use crate::bytecode::Code;
use crate::error::{recursion_error, PyResult};
use crate::objects::dict::new_dict;
use crate::value::Value;
use std::io::Write;
use std::rc::Rc;

pub use eval::{RunExit, COMMON_DISPLAYHOOK, COMMON_TYPE};

/// Register slots reserved for all frames (virtual memory; committed on use).
const STACK_SLOTS: usize = 1 << 25;

pub struct Frame {
    pub code: Rc<Code>,
    /// The function object (UNDEF for module code and class bodies).
    pub func: Value,
    pub globals: Value,
    /// The namespace dict of module code and class bodies, else UNDEF.
    pub locals: Value,
    pub base: usize,
    /// The instruction being executed (for tracebacks and resumption).
    pub pc: usize,
    /// Absolute register index where the caller wants the result, or
    /// `usize::MAX` when the frame was entered from Rust.
    pub ret_slot: usize,
    /// `exc_stack` length at entry (restored when the frame unwinds).
    pub exc_depth: usize,
    /// The generator object this frame runs for, else UNDEF.
    pub generator: Value,
    /// For an `__init__` frame pushed by an inlined `Class(...)` call: the
    /// new object, which the call returns instead of `__init__`'s None.
    pub init_obj: Value,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitMode {
    Off,
    Auto,
    Eager,
}

pub struct Vm {
    stack: *mut Value,
    /// Slots below this index hold UNDEF unless a live frame owns them;
    /// slots above are untouched zero pages. Releasing a frame writes UNDEF
    /// back, so reserving one only has to initialize fresh memory.
    stack_clean_top: usize,
    pub frames: Vec<Frame>,
    pub builtins: Value,
    pub modules: Value,
    /// Exceptions being handled (innermost last): `sys.exc_info()`, bare
    /// `raise`, and implicit chaining (`__context__`).
    pub exc_stack: Vec<Value>,
    pub recursion_limit: usize,
    pub jit_mode: JitMode,
    pub out: std::io::BufWriter<std::io::Stdout>,
    pub argv: Vec<String>,
    pub main_path: String,
    /// Lowest native stack address nested interpreter loops may reach.
    native_stack_limit: usize,
    /// Counters for `--stats` (and the JIT's compile records).
    pub stats: crate::stats::Stats,
    /// What `--stats`, `--dump`, `--perf-map`, `--explain` asked for.
    pub tooling: crate::tooling::Tooling,
    /// The code of every module run (the roots of all code objects, for
    /// the reports at exit).
    pub module_codes: Vec<Rc<Code>>,
    /// The JIT tier, when the binary installed one and `--jit` is not off.
    pub jit: Option<Box<dyn crate::jit::JitBackend>>,
    /// Calls (and loop back-edges) before a function (or loop) is compiled.
    pub jit_call_threshold: u32,
    pub jit_loop_threshold: u32,
    /// Generate machine code on the JIT's background thread while the
    /// program runs on (`--jit-background`; `--jit=auto` only).
    pub jit_background: bool,
    /// The exception a native exit reported (with its re-raise flag).
    pub jit_error: Option<crate::jit::PendingError>,
}

impl Vm {
    pub fn new(argv: Vec<String>, jit_mode: JitMode) -> Box<Vm> {
        crate::types::init();
        let layout = std::alloc::Layout::array::<Value>(STACK_SLOTS).expect("stack layout");
        // Zeroed memory is a valid array of `Value`s (float 0.0, no references),
        // and the OS maps it lazily.
        // SAFETY: the layout is non-zero sized.
        let stack = unsafe { std::alloc::alloc_zeroed(layout) } as *mut Value;
        if stack.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        let here = 0usize;
        let sp = &here as *const usize as usize;
        let mut vm = Box::new(Vm {
            stack,
            stack_clean_top: 0,
            frames: Vec::with_capacity(256),
            builtins: new_dict(),
            modules: new_dict(),
            exc_stack: Vec::new(),
            recursion_limit: 1000,
            jit_mode,
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            argv,
            main_path: String::new(),
            native_stack_limit: sp.saturating_sub(crate::NATIVE_STACK_BUDGET),
            stats: crate::stats::Stats::default(),
            tooling: crate::tooling::Tooling::default(),
            module_codes: Vec::new(),
            jit: None,
            jit_call_threshold: 100,
            jit_loop_threshold: 1000,
            jit_background: false,
            jit_error: None,
        });
        crate::builtins::install(&mut vm);
        vm
    }

    /// Where native code finds the frame stack and the register stack (see
    /// `jit::FrameLayout`).
    pub fn frame_layout() -> crate::jit::FrameLayout {
        use std::mem::offset_of;
        let (fp, fl, fc) = crate::jit::vec_words::<Frame>();
        let (fp, fl, fc) = if fp < 0 || fl < 0 || fc < 0 { (-1, -1, -1) } else { (fp, fl, fc) };
        let (_, el, _) = crate::jit::vec_words::<Value>();
        let vm = |o: usize| o as i32;
        crate::jit::FrameLayout {
            vm_frames_ptr: vm(offset_of!(Vm, frames)) + fp,
            vm_frames_len: vm(offset_of!(Vm, frames)) + fl,
            vm_frames_cap: vm(offset_of!(Vm, frames)) + fc,
            vm_exc_len: if el < 0 { -1 } else { vm(offset_of!(Vm, exc_stack)) + el },
            vm_recursion_limit: vm(offset_of!(Vm, recursion_limit)),
            vm_native_stack_limit: vm(offset_of!(Vm, native_stack_limit)),
            vm_stack: vm(offset_of!(Vm, stack)),
            vm_stack_clean_top: vm(offset_of!(Vm, stack_clean_top)),
            frame_size: std::mem::size_of::<Frame>() as i32,
            frame_code: vm(offset_of!(Frame, code)),
            frame_func: vm(offset_of!(Frame, func)),
            frame_globals: vm(offset_of!(Frame, globals)),
            frame_locals: vm(offset_of!(Frame, locals)),
            frame_base: vm(offset_of!(Frame, base)),
            frame_pc: vm(offset_of!(Frame, pc)),
            frame_ret_slot: vm(offset_of!(Frame, ret_slot)),
            frame_exc_depth: vm(offset_of!(Frame, exc_depth)),
            frame_generator: vm(offset_of!(Frame, generator)),
            frame_init_obj: vm(offset_of!(Frame, init_obj)),
            rc_strong: crate::jit::rc_strong_offset(),
        }
    }

    /// Installs the JIT tier (`--jit=auto` or `eager`).
    pub fn install_jit(&mut self, backend: Box<dyn crate::jit::JitBackend>) {
        if self.jit_mode == JitMode::Eager {
            self.jit_call_threshold = 1;
            self.jit_loop_threshold = 1;
        }
        if self.jit_mode != JitMode::Off {
            self.jit = Some(backend);
        }
    }

    /// Flushes buffered stdout (before writing to stderr, and at exit).
    pub fn flush_stdout(&mut self) {
        let _ = self.out.flush();
    }

    /// First free register slot above the current frame.
    pub(crate) fn stack_top(&self) -> usize {
        match self.frames.last() {
            Some(f) => f.base + f.code.nregs as usize,
            None => 0,
        }
    }

    #[inline(always)]
    pub fn reg_ptr(&self, index: usize) -> *mut Value {
        // SAFETY: callers keep indexes below STACK_SLOTS (checked at frame push).
        unsafe { self.stack.add(index) }
    }

    /// Checks the Python recursion limit and the native stack before
    /// entering a frame or a nested interpreter loop.
    pub fn check_depth(&self) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(recursion_error());
        }
        let here = 0usize;
        if (&here as *const usize as usize) < self.native_stack_limit {
            return Err(recursion_error());
        }
        Ok(())
    }

    /// Allocates and clears registers for a frame at `base`.
    pub(crate) fn reserve_regs(&mut self, base: usize, n: usize) -> PyResult<()> {
        if base + n + 16 >= STACK_SLOTS {
            return Err(recursion_error());
        }
        let end = base + n;
        if end > self.stack_clean_top {
            // SAFETY: in bounds (checked above); fresh slots hold no references.
            let fresh = unsafe { std::slice::from_raw_parts_mut(self.reg_ptr(self.stack_clean_top) as *mut u64, end - self.stack_clean_top) };
            fresh.fill(crate::value::BITS_UNDEF);
            self.stack_clean_top = end;
        }
        debug_assert!((0..n).all(|i| unsafe { (*self.reg_ptr(base + i)).is_undef() }));
        Ok(())
    }

    /// Drops a frame's registers, leaving the slots empty.
    #[inline(always)]
    pub(crate) fn release_regs(&mut self, base: usize, n: usize) {
        // SAFETY: the frame owned these slots; each reference is released once
        // and the slot left holding no reference.
        let slots = unsafe { std::slice::from_raw_parts_mut(self.reg_ptr(base) as *mut u64, n) };
        for s in slots.iter_mut() {
            let bits = std::mem::replace(s, crate::value::BITS_UNDEF);
            if bits >> crate::value::TAG_SHIFT == crate::value::TAG_PTR {
                // SAFETY: a pointer-tagged slot owned one reference.
                unsafe { crate::heap::decref((bits & crate::value::PAYLOAD_MASK) as *mut crate::heap::ObjHeader) };
            }
        }
    }

    /// Runs a module's code object with `globals` as its namespace.
    pub fn run_module_code(&mut self, code: Rc<Code>, globals: Value) -> PyResult<Value> {
        self.tooling.dump_bytecode(&code);
        self.module_codes.push(code.clone());
        self.run_code_in(code, globals.clone(), globals)
    }

    /// Runs top-level code (a module body, or `exec`/`eval` source) with the
    /// given namespaces.
    pub fn run_code_in(&mut self, code: Rc<Code>, globals: Value, locals: Value) -> PyResult<Value> {
        let base = self.stack_top();
        self.check_depth()?;
        self.reserve_regs(base, code.nregs as usize)?;
        let exc_depth = self.exc_stack.len();
        self.frames.push(Frame { code, func: Value::UNDEF, globals, locals, base, pc: 0, ret_slot: usize::MAX, exc_depth, generator: Value::UNDEF, init_obj: Value::UNDEF });
        match self.run_frames()? {
            RunExit::Return(v) => Ok(v),
            RunExit::Yield(_) | RunExit::Stepped => Err(crate::error::internal_error("module code yielded")),
        }
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        // The profiler's signal handler reads this VM: stop it first, on
        // every path (a syntax error never reaches the reports).
        if crate::profile::active() {
            crate::profile::stop();
        }
        self.flush_stdout();
        while let Some(f) = self.frames.pop() {
            self.release_regs(f.base, f.code.nregs as usize);
        }
        // The register stack itself is leaked: freeing 256 MiB of mostly
        // untouched virtual memory at exit buys nothing.
    }
}
