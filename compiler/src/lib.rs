//! pylift's JIT tier: register bytecode → Cranelift IR → machine code.
//!
//! Native code works over the interpreter's frame layout, so leaving it
//! anywhere is "write the unboxed registers back, resume the interpreter at
//! this pc". `flow` computes register effects and liveness, `spec` assigns
//! each register a representation per instruction from the interpreter's
//! type feedback (unboxed ints and floats in machine registers, guarded), and
//! `translate` emits Cranelift IR: specialized arithmetic, comparisons,
//! branches, range loops, list indexing and folded global loads inline;
//! everything else through the runtime's single-instruction entry
//! (`pylift_jit_step`), so it accepts every non-generator function and the
//! semantics live in one place.

mod arch;
mod codegen;
mod counters;
mod dead_params;
mod deferred;
mod divisibility;
mod flow;
mod helpers;
mod ir;
mod merge_blocks;
mod spec;
mod strength;
mod translate;

use cranelift_codegen::ir::Function;
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{FuncId, Module};
use pylift_runtime::bytecode::Code;
use pylift_runtime::jit::{CompileEnv, Compiled, JitBackend, Refusal};
use std::collections::HashMap;

pub use deferred::DeferredJit;

/// Functions longer than this stay interpreted (compile time grows with size).
const MAX_INSTRS: usize = 20_000;

pub struct CraneliftJit {
    module: JITModule,
    ctx: Context,
    fctx: FunctionBuilderContext,
    helpers: helpers::Helpers,
    counter: u64,
    /// Refuse code this tier would slow down (`--jit=auto`); `eager`
    /// compiles everything so the tests exercise the whole tier.
    selective: bool,
    /// The background code generator, started by the first `start`.
    worker: Option<codegen::Worker>,
    /// Translated functions whose machine code the worker is generating.
    pending: HashMap<u64, Pending>,
    next_job: u64,
    trampoline: Trampoline,
}

/// Where the release trampoline's machine code is (`Helpers::release_trampoline`).
///
/// Why not generated with the JIT: it was Cranelift's first compilation,
/// cold (0.3-0.4 ms of page faults and first-use setup), and the first hot
/// loop of a program, hot within a millisecond of its start, waited for
/// it. Queued on the code generator thread as soon as that starts, it is
/// generated beside the program's start instead, and defined in the module
/// with the first compilation's code.
enum Trampoline {
    /// Not generated yet (no code generator thread: the first compilation generates it).
    Ir(Box<codegen::Unit>),
    /// Being generated on the code generator thread, as this job.
    Job(u64),
    Defined,
    /// Its generation failed: no code can be installed.
    Failed,
}

/// What a compilation keeps on the VM thread between translating and
/// installing: everything but the IR (which refers to runtime objects by
/// address only; these `pins` keep them alive).
struct Pending {
    entries: Vec<u32>,
    pins: Vec<pylift_runtime::value::Value>,
    clif: Option<String>,
    /// The entry function, then the frameless functions it calls (with
    /// their names, for the disassembly and the perf map).
    ids: Vec<(FuncId, String)>,
}

/// Above this fraction of single-stepped instructions (in the function or
/// in any loop), native code is slower than the interpreter: refuse.
const MAX_STEPPED_FRACTION: f64 = 0.3;

impl CraneliftJit {
    /// A JIT for the host ISA (detected at run time).
    pub fn new(selective: bool) -> Result<CraneliftJit, String> {
        let isa = arch::host_isa()?;
        let mut builder = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
        for (name, ptr) in pylift_runtime::jit::helper_symbols() {
            builder.symbol(name, ptr);
        }
        let mut module = JITModule::new(builder);
        let helpers = helpers::Helpers::declare(&mut module).map_err(|e| e.to_string())?;
        let trampoline = Trampoline::Ir(Box::new(helpers.release_trampoline(&mut module)));
        Ok(CraneliftJit { ctx: module.make_context(), fctx: FunctionBuilderContext::new(), module, helpers, counter: 0, selective, worker: None, pending: HashMap::new(), next_job: 0, trampoline })
    }

    /// Starts the background code generator (its own ISA, detected again:
    /// 0.1–0.2 ms) unless it runs, and queues the trampoline on it.
    pub fn start_worker(&mut self) -> Result<(), String> {
        if self.worker.is_none() {
            let mut worker = codegen::Worker::spawn(arch::host_isa()?)?;
            self.trampoline = match std::mem::replace(&mut self.trampoline, Trampoline::Failed) {
                Trampoline::Ir(unit) => {
                    let job = self.next_job;
                    self.next_job += 1;
                    if worker.submit(job, vec![*unit], false) {
                        Trampoline::Job(job)
                    } else {
                        Trampoline::Failed
                    }
                }
                other => other,
            };
            self.worker = Some(worker);
        }
        Ok(())
    }

    /// Defines the trampoline's machine code in the module unless it is:
    /// generating it here, or waiting for the code generator thread.
    fn define_trampoline(&mut self) -> Result<(), Refusal> {
        let machines = match std::mem::replace(&mut self.trampoline, Trampoline::Failed) {
            Trampoline::Defined => {
                self.trampoline = Trampoline::Defined;
                return Ok(());
            }
            Trampoline::Failed => return Err(Refusal::Backend),
            Trampoline::Ir(unit) => codegen::generate(&mut self.ctx, self.module.isa(), vec![*unit], false),
            Trampoline::Job(job) => self.worker.as_mut().and_then(|w| w.wait(job)).map_or_else(|| Err("the code generator thread is gone".into()), |d| d.result),
        };
        for m in machines.map_err(|_| Refusal::Backend)? {
            self.module.define_function_bytes(m.id, m.align, &m.bytes, &m.relocs).map_err(|_| Refusal::Backend)?;
        }
        self.trampoline = Trampoline::Defined;
        Ok(())
    }

    /// Translates `code` (and the frameless functions it calls) to IR: the
    /// VM-thread half of a compilation.
    fn translate(&mut self, code: &Code, env: &CompileEnv<'_>) -> Result<(Vec<codegen::Unit>, Pending), Refusal> {
        if code.flags.generator && translate::yield_free_headers(code).is_empty() {
            // Only loops that do not yield are compiled in a generator.
            return Err(Refusal::Generator);
        }
        if code.instrs.len() > MAX_INSTRS {
            return Err(Refusal::TooLarge);
        }
        if self.selective && translate::stepped_fraction(code) > MAX_STEPPED_FRACTION {
            return Err(Refusal::MostlyInterpreted);
        }
        self.counter += 1;
        let name = format!("py_{}_{}", self.counter, code.qualname_str().replace(|c: char| !c.is_ascii_alphanumeric(), "_"));
        let sig = translate::entry_signature(&self.module);
        let id = self.module.declare_function(&name, cranelift_module::Linkage::Local, &sig).map_err(|_| Refusal::Backend)?;
        counters::set_counting(env.count);
        counters::set_tracking(env.track_loops);
        let tenv = translate::Env { globals: env.globals, builtins: env.builtins, loop_entries: env.loop_entries };
        let mut reg = translate::Registry::default();
        let mut func = Function::new();
        func.signature = sig;
        let translate::Translation { entries, mut pins, settle } = translate::translate(code, Some(&tenv), &mut func, &mut self.fctx, &mut self.module, &self.helpers, &mut reg);
        let mut unit = codegen::Unit::new(id, func, Some(settle));
        // The IR before Cranelift optimizes it in place (finished here when
        // dumped; else on the JIT thread).
        let mut clif = env.clif.then(|| {
            unit.finish();
            unit.func.display().to_string()
        });
        let mut units = vec![unit];
        let mut ids = vec![(id, String::new())];
        // The frameless functions its pure calls call (see `translate::pure`).
        while let Some(i) = reg.next_untranslated() {
            let (pid, psig, pname) = reg.declaration(i, &self.module);
            let mut func = Function::new();
            func.signature = psig;
            pins.extend(translate::translate_pure(&reg, i, Some(&tenv), &mut func, &mut self.fctx, &mut self.module, &self.helpers));
            translate::mark_translated(&mut reg, i);
            let mut unit = codegen::Unit::new(pid, func, None);
            if let Some(text) = clif.as_mut() {
                unit.finish();
                text.push_str(&format!("; {pname}\n{}", unit.func.display()));
            }
            units.push(unit);
            ids.push((pid, pname));
        }
        Ok((units, Pending { entries, pins: code.jit.unpinned(pins), clif, ids }))
    }

    /// Defines the generated machine code in the module and makes it
    /// executable: the VM-thread half after code generation.
    fn install(&mut self, p: Pending, machines: Vec<codegen::Machine>, background_nanos: u64) -> Result<Compiled, Refusal> {
        self.define_trampoline()?;
        let mut asm: Option<String> = None;
        for (i, m) in machines.iter().enumerate() {
            self.module.define_function_bytes(m.id, m.align, &m.bytes, &m.relocs).map_err(|_| Refusal::Backend)?;
            if let Some(v) = &m.vcode {
                let text = asm.get_or_insert_with(String::new);
                if i == 0 {
                    text.push_str(v);
                } else {
                    text.push_str(&format!("; asm {} ({} bytes)\n{v}", p.ids[i].1, m.bytes.len()));
                }
            }
        }
        self.module.finalize_definitions().map_err(|_| Refusal::Backend)?;
        let ptr = self.module.get_finalized_function(p.ids[0].0).wrapping_add(machines.first().map_or(0, |m| m.pad));
        // SAFETY: the function was compiled with `entry_signature`, which is
        // the ABI of `NativeEntry`.
        let entry: pylift_runtime::jit::NativeEntry = unsafe { std::mem::transmute::<*const u8, pylift_runtime::jit::NativeEntry>(ptr) };
        let parts = machines
            .iter()
            .zip(&p.ids)
            .skip(1)
            .enumerate()
            .map(|(k, (m, (id, _)))| (self.module.get_finalized_function(*id) as usize + m.pad, m.bytes.len() - m.pad, format!(" [pure {k}]")))
            .collect();
        let code_size = machines.first().map_or(0, |m| m.bytes.len() - m.pad);
        Ok(Compiled { entry, code_size, entries: p.entries, pins: p.pins, clif: p.clif, asm, parts, background_nanos })
    }
}

impl JitBackend for CraneliftJit {
    fn compile(&mut self, code: &Code, env: &CompileEnv<'_>) -> Result<Compiled, Refusal> {
        let t0 = std::time::Instant::now();
        let (units, pending) = self.translate(code, env)?;
        let t_translate = t0.elapsed();
        let machines = codegen::generate(&mut self.ctx, self.module.isa(), units, env.asm).map_err(|_| Refusal::Backend)?;
        let t_codegen = t0.elapsed();
        let compiled = self.install(pending, machines, 0);
        if std::env::var("PYLIFT_JIT_LOG").is_ok_and(|v| v == "2") {
            eprintln!(
                "pylift-jit: phases of {}: translate {} µs, cranelift {} µs, finalize {} µs",
                code.qualname_str(),
                t_translate.as_micros(),
                (t_codegen - t_translate).as_micros(),
                (t0.elapsed() - t_codegen).as_micros()
            );
        }
        compiled
    }

    fn start(&mut self, code: &Code, env: &CompileEnv<'_>) -> Result<u64, Refusal> {
        let (units, pending) = self.translate(code, env)?;
        self.start_worker().map_err(|_| Refusal::Backend)?;
        let job = self.next_job;
        self.next_job += 1;
        if !self.worker.as_mut().is_some_and(|w| w.submit(job, units, env.asm)) {
            return Err(Refusal::Backend);
        }
        self.pending.insert(job, pending);
        Ok(job)
    }

    fn ready(&self, job: u64) -> bool {
        self.worker.as_ref().is_some_and(|w| w.ready(job))
    }

    fn collect(&mut self, job: u64) -> Option<Result<Compiled, Refusal>> {
        let done = self.worker.as_mut()?.take(job)?;
        let pending = self.pending.remove(&job)?;
        Some(done.result.map_err(|_| Refusal::Backend).and_then(|machines| self.install(pending, machines, done.nanos)))
    }
}

/// The CLIF text of a function's translation (for `--dump=clif` and tests).
pub fn clif_text(code: &Code) -> Result<String, String> {
    let isa = arch::host_isa()?;
    let builder = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
    let mut module = JITModule::new(builder);
    let helpers = helpers::Helpers::declare(&mut module).map_err(|e| e.to_string())?;
    let mut func = cranelift_codegen::ir::Function::new();
    func.signature = translate::entry_signature(&module);
    let mut fctx = FunctionBuilderContext::new();
    let settle = translate::translate(code, None, &mut func, &mut fctx, &mut module, &helpers, &mut translate::Registry::default()).settle;
    // The IR as Cranelift gets it: after the same passes as a compilation.
    codegen::finish_ir(&mut func, Some(settle));
    // Addresses differ from run to run: print them by name.
    let mut text = func.display().to_string();
    text = text.replace(&clif_hex(&pylift_runtime::gc::COLLECTION_DUE_FLAG as *const _ as u64), "<gc-due-flag>");
    for (i, cache) in code.caches.iter().enumerate() {
        text = text.replace(&clif_hex(cache as *const _ as u64), &format!("<cache {i}>"));
    }
    Ok(text)
}

/// A constant as CLIF prints it (hex digits grouped by four).
fn clif_hex(v: u64) -> String {
    let hex = format!("{v:x}");
    let mut grouped = String::from("0x");
    for (i, ch) in hex.chars().enumerate() {
        if i > 0 && (hex.len() - i) % 4 == 0 {
            grouped.push('_');
        }
        grouped.push(ch);
    }
    grouped
}

/// Compiles a function's translation for another ISA (e.g. "aarch64") and
/// returns the machine-code size: keeps every supported ISA's path building.
pub fn compile_for_isa(code: &Code, isa_name: &str) -> Result<usize, String> {
    compile_other_isa(code, isa_name, false, false).map(|(n, _)| n)
}

/// `compile_for_isa` the way `--stats --dump=asm` compiles: with native loop
/// counting if `count`, returning the size and Cranelift's disassembly.
pub fn disasm_for_isa(code: &Code, isa_name: &str, count: bool) -> Result<(usize, String), String> {
    compile_other_isa(code, isa_name, count, true).map(|(n, text)| (n, text.unwrap_or_default()))
}

fn compile_other_isa(code: &Code, isa_name: &str, count: bool, disasm: bool) -> Result<(usize, Option<String>), String> {
    let isa = arch::isa_by_name(isa_name)?;
    let builder = JITBuilder::with_isa(arch::host_isa()?, cranelift_module::default_libcall_names());
    let mut module = JITModule::new(builder);
    let helpers = helpers::Helpers::declare(&mut module).map_err(|e| e.to_string())?;
    let mut ctx = Context::new();
    ctx.func.signature = translate::entry_signature(&module);
    ctx.func.signature.call_conv = isa.default_call_conv();
    let mut fctx = FunctionBuilderContext::new();
    counters::set_counting(count);
    let settle = translate::translate(code, None, &mut ctx.func, &mut fctx, &mut module, &helpers, &mut translate::Registry::default()).settle;
    codegen::finish_ir(&mut ctx.func, Some(settle));
    counters::set_counting(false);
    ctx.set_disasm(disasm);
    let mut ctrl = cranelift_codegen::control::ControlPlane::default();
    let compiled = ctx.compile(&*isa, &mut ctrl).map_err(|e| format!("{e:?}"))?;
    Ok((compiled.code_buffer().len(), compiled.vcode.clone()))
}
