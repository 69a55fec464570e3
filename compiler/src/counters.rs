//! Counting in native code for `--stats`/`--explain`, emitted only when the
//! compilation asked for it (`CompileEnv::count`): a run that does not ask
//! gets exactly the code it would get without this module.

use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value as CValue};
use cranelift_frontend::FunctionBuilder;
use pylift_runtime::bytecode::Code;
use pylift_runtime::jit::FrameLayout;
use std::cell::Cell;

thread_local! {
    /// Whether the compilation in progress counts (set per compilation;
    /// the JIT compiles on the VM's thread).
    static COUNTING: Cell<bool> = const { Cell::new(false) };
}

pub(crate) fn set_counting(on: bool) {
    COUNTING.with(|c| c.set(on));
}

/// Whether the compilation in progress counts.
pub(crate) fn counting() -> bool {
    COUNTING.with(|c| c.get())
}

thread_local! {
    /// Whether the compilation in progress records loop headers for the
    /// profiler (`--profile`).
    static TRACKING: Cell<bool> = const { Cell::new(false) };
}

pub(crate) fn set_tracking(on: bool) {
    TRACKING.with(|c| c.set(on));
}

/// A loop back-edge to `header` (`--profile` only): stores the header's pc
/// in the running frame (the top of `Vm::frames`), where the sampler reads
/// it, so time in a native inner loop is charged to that loop.
pub(crate) fn loop_pc(b: &mut FunctionBuilder<'_>, fl: &FrameLayout, vm: CValue, header: usize) {
    if !TRACKING.with(|c| c.get()) || !fl.valid() {
        return;
    }
    let ptr = b.ins().load(I64, MemFlagsData::trusted(), vm, fl.vm_frames_ptr);
    let len = b.ins().load(I64, MemFlagsData::trusted(), vm, fl.vm_frames_len);
    let off = b.ins().imul_imm_s(len, fl.frame_size as i64);
    let top = b.ins().iadd(ptr, off);
    let pc = b.ins().iconst(I64, header as i64);
    b.ins().store(MemFlagsData::trusted(), pc, top, fl.frame_pc - fl.frame_size);
}

/// A loop back-edge of `code`: adds one to its native loop-iteration count
/// (`CodeCounts::native_backedges`, at a fixed address: code objects never
/// move and outlive their native code).
pub(crate) fn loop_iteration(b: &mut FunctionBuilder<'_>, code: &Code) {
    loop_iterations_add(b, code, 1);
}

/// Adds `delta` to `code`'s native loop-iteration count: -1 where OSR
/// enters at a loop's test (`translate::rewind`), whose back-edge the
/// interpreter counted before native code takes it again.
pub(crate) fn loop_iterations_add(b: &mut FunctionBuilder<'_>, code: &Code, delta: i64) {
    if !COUNTING.with(|c| c.get()) {
        return;
    }
    let addr = &code.jit.counts.native_backedges as *const Cell<u64> as i64;
    let a = b.ins().iconst(I64, addr);
    let n = b.ins().load(I64, MemFlagsData::trusted(), a, 0);
    let n1 = b.ins().iadd_imm_s(n, delta);
    b.ins().store(MemFlagsData::trusted(), n1, a, 0);
}
