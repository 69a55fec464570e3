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
mod counters;
mod dead_params;
mod flow;
mod helpers;
mod spec;
mod translate;

use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::Module;
use pylift_runtime::bytecode::Code;
use pylift_runtime::jit::{CompileEnv, Compiled, JitBackend, Refusal};

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
        let mut helpers = helpers::Helpers::declare(&mut module).map_err(|e| e.to_string())?;
        let trampoline = helpers.define_release_trampoline(&mut module).map_err(|e| e.to_string())?;
        module.finalize_definitions().map_err(|e| e.to_string())?;
        helpers.release_preserving = module.get_finalized_function(trampoline) as u64;
        Ok(CraneliftJit { ctx: module.make_context(), fctx: FunctionBuilderContext::new(), module, helpers, counter: 0, selective })
    }
}

impl JitBackend for CraneliftJit {
    fn compile(&mut self, code: &Code, env: &CompileEnv<'_>) -> Result<Compiled, Refusal> {
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
        self.module.clear_context(&mut self.ctx);
        let sig = translate::entry_signature(&self.module);
        self.ctx.func.signature = sig.clone();
        let id = self.module.declare_function(&name, cranelift_module::Linkage::Local, &sig).map_err(|_| Refusal::Backend)?;
        let (want_clif, want_asm) = (env.clif, env.asm);
        counters::set_counting(env.count);
        counters::set_tracking(env.track_loops);
        let env = translate::Env { globals: env.globals, builtins: env.builtins };
        let t0 = std::time::Instant::now();
        let mut reg = translate::Registry::default();
        let translate::Translation { entries, mut pins } = translate::translate(code, Some(&env), &mut self.ctx.func, &mut self.fctx, &mut self.module, &self.helpers, &mut reg);
        dead_params::remove(&mut self.ctx.func);
        let t_translate = t0.elapsed();
        // The IR before Cranelift optimizes it in place.
        let mut clif = want_clif.then(|| self.ctx.func.display().to_string());
        self.ctx.set_disasm(want_asm);
        self.module.define_function(id, &mut self.ctx).map_err(|_| Refusal::Backend)?;
        let code_size = self.ctx.compiled_code().map_or(0, |c| c.code_buffer().len());
        let mut asm = if want_asm { self.ctx.compiled_code().and_then(|c| c.vcode.clone()) } else { None };
        self.module.clear_context(&mut self.ctx);
        // The frameless functions its pure calls call (see `translate::pure`).
        let mut parts = Vec::new();
        while let Some(i) = reg.next_untranslated() {
            let (pid, psig, pname) = reg.declaration(i, &self.module);
            self.ctx.func.signature = psig;
            self.ctx.set_disasm(want_asm);
            pins.extend(translate::translate_pure(&reg, i, Some(&env), &mut self.ctx.func, &mut self.fctx, &mut self.module, &self.helpers));
            dead_params::remove(&mut self.ctx.func);
            translate::mark_translated(&mut reg, i);
            if let Some(text) = clif.as_mut() {
                text.push_str(&format!("; {pname}\n{}", self.ctx.func.display()));
            }
            self.module.define_function(pid, &mut self.ctx).map_err(|_| Refusal::Backend)?;
            let size = self.ctx.compiled_code().map_or(0, |c| c.code_buffer().len());
            if let (Some(text), Some(v)) = (asm.as_mut(), self.ctx.compiled_code().and_then(|c| c.vcode.clone())) {
                text.push_str(&format!("; asm {pname} ({size} bytes)\n{v}"));
            }
            parts.push((pid, size, format!(" [pure {}]", parts.len())));
            self.module.clear_context(&mut self.ctx);
        }
        let t_codegen = t0.elapsed();
        self.module.finalize_definitions().map_err(|_| Refusal::Backend)?;
        if std::env::var("PYLIFT_JIT_LOG").is_ok_and(|v| v == "2") {
            eprintln!(
                "pylift-jit: phases of {}: translate {} µs, cranelift {} µs, finalize {} µs",
                code.qualname_str(),
                t_translate.as_micros(),
                (t_codegen - t_translate).as_micros(),
                (t0.elapsed() - t_codegen).as_micros()
            );
        }
        let ptr = self.module.get_finalized_function(id);
        // SAFETY: the function was compiled with `entry_signature`, which is
        // the ABI of `NativeEntry`.
        let entry: pylift_runtime::jit::NativeEntry = unsafe { std::mem::transmute::<*const u8, pylift_runtime::jit::NativeEntry>(ptr) };
        let parts = parts.into_iter().map(|(pid, size, name)| (self.module.get_finalized_function(pid) as usize, size, name)).collect();
        Ok(Compiled { entry, code_size, entries, pins, clif, asm, parts })
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
    translate::translate(code, None, &mut func, &mut fctx, &mut module, &helpers, &mut translate::Registry::default());
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
    translate::translate(code, None, &mut ctx.func, &mut fctx, &mut module, &helpers, &mut translate::Registry::default());
    counters::set_counting(false);
    ctx.set_disasm(disasm);
    let mut ctrl = cranelift_codegen::control::ControlPlane::default();
    let compiled = ctx.compile(&*isa, &mut ctrl).map_err(|e| format!("{e:?}"))?;
    Ok((compiled.code_buffer().len(), compiled.vcode.clone()))
}
