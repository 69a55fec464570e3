//! The runtime functions native code calls, declared once with their
//! signatures (they are defined in `pylift_runtime::jit`).
// `ModuleError` is Cranelift's type, and these run once per JIT.
#![allow(clippy::result_large_err)]

use cranelift_codegen::ir::{types, AbiParam, InstBuilder, Signature};
use cranelift_module::{FuncId, Linkage, Module, ModuleResult};

pub struct Helpers {
    pub step: FuncId,
    pub cached: FuncId,
    pub call: FuncId,
    pub call_exit: FuncId,
    pub range_iter: FuncId,
    pub truthy: FuncId,
    pub compare: FuncId,
    pub for_iter: FuncId,
    pub release: FuncId,
    pub load_attr: FuncId,
    pub store_attr: FuncId,
    pub load_method: FuncId,
    pub get_iter: FuncId,
    pub build_slice: FuncId,
    pub get_slice: FuncId,
    pub clear_regs: FuncId,
    pub list_iter: FuncId,
    pub new_instance: FuncId,
    pub init_error: FuncId,
    pub operator_unsupported: FuncId,
    pub load_deref: FuncId,
    pub store_deref: FuncId,
    pub list_append: FuncId,
    pub build_seq: FuncId,
    pub iter_next: FuncId,
    pub iter_next_unpack: FuncId,
    pub call_builtin: FuncId,
    /// `pylift_jit_release` under the `preserve_all` convention (see
    /// `release_trampoline`): declared here, its machine code generated
    /// with the first compilation (`CraneliftJit::define_trampoline`).
    pub release_preserving: FuncId,
}

fn sig(m: &dyn Module, params: &[types::Type], ret: Option<types::Type>) -> Signature {
    let mut s = m.make_signature();
    for p in params {
        s.params.push(AbiParam::new(*p));
    }
    if let Some(r) = ret {
        s.returns.push(AbiParam::new(r));
    }
    s
}

impl Helpers {
    pub fn declare(m: &mut dyn Module) -> ModuleResult<Helpers> {
        use types::{I32, I64};
        let step = m.declare_function("pylift_jit_step", Linkage::Import, &sig(m, &[I64, I32], Some(I32)))?;
        let cached = m.declare_function("pylift_jit_cached", Linkage::Import, &sig(m, &[I64, I32], Some(I32)))?;
        let call = m.declare_function("pylift_jit_call", Linkage::Import, &sig(m, &[I64, I32], Some(I32)))?;
        let call_exit = m.declare_function("pylift_jit_call_exit", Linkage::Import, &sig(m, &[I64, I64, I32], Some(I32)))?;
        let range_iter = m.declare_function("pylift_jit_range_iter", Linkage::Import, &sig(m, &[I64], Some(I64)))?;
        let truthy = m.declare_function("pylift_jit_truthy", Linkage::Import, &sig(m, &[I64, I64, I32], Some(I32)))?;
        let compare = m.declare_function("pylift_jit_compare", Linkage::Import, &sig(m, &[I64, I32], Some(I32)))?;
        let for_iter = m.declare_function("pylift_jit_for_iter", Linkage::Import, &sig(m, &[I64, I32], Some(I32)))?;
        let release = m.declare_function("pylift_jit_release", Linkage::Import, &sig(m, &[I64], None))?;
        let load_attr = m.declare_function("pylift_jit_load_attr", Linkage::Import, &sig(m, &[I64, I64], Some(I64)))?;
        let store_attr = m.declare_function("pylift_jit_store_attr", Linkage::Import, &sig(m, &[I64, I64, I64], Some(I32)))?;
        let load_method = m.declare_function("pylift_jit_load_method", Linkage::Import, &sig(m, &[I64, I64, I64], Some(I32)))?;
        let get_iter = m.declare_function("pylift_jit_get_iter", Linkage::Import, &sig(m, &[I64], Some(I64)))?;
        let build_slice = m.declare_function("pylift_jit_build_slice", Linkage::Import, &sig(m, &[I64, I64, I64], Some(I64)))?;
        let get_slice = m.declare_function("pylift_jit_get_slice", Linkage::Import, &sig(m, &[I64, I64, I64, I64], Some(I64)))?;
        let clear_regs = m.declare_function("pylift_jit_clear_regs", Linkage::Import, &sig(m, &[I64, I64], None))?;
        let list_iter = m.declare_function("pylift_jit_list_iter", Linkage::Import, &sig(m, &[I64, I64], None))?;
        let new_instance = m.declare_function("pylift_jit_new_instance", Linkage::Import, &sig(m, &[I64], Some(I64)))?;
        let init_error = m.declare_function("pylift_jit_init_error", Linkage::Import, &sig(m, &[I64, I64, I32], None))?;
        let operator_unsupported = m.declare_function("pylift_jit_operator_unsupported", Linkage::Import, &sig(m, &[I64, I64, I64, I32, I32], None))?;
        let load_deref = m.declare_function("pylift_jit_load_deref", Linkage::Import, &sig(m, &[I64], Some(I64)))?;
        let store_deref = m.declare_function("pylift_jit_store_deref", Linkage::Import, &sig(m, &[I64, I64], None))?;
        let list_append = m.declare_function("pylift_jit_list_append", Linkage::Import, &sig(m, &[I64, I64], None))?;
        let build_seq = m.declare_function("pylift_jit_build_seq", Linkage::Import, &sig(m, &[I32, I64, I64], Some(I64)))?;
        let iter_next = m.declare_function("pylift_jit_iter_next", Linkage::Import, &sig(m, &[I64, I64], Some(I32)))?;
        let iter_next_unpack = m.declare_function("pylift_jit_iter_next_unpack", Linkage::Import, &sig(m, &[I64, I64, I64], Some(I32)))?;
        let call_builtin = m.declare_function("pylift_jit_call_builtin", Linkage::Import, &sig(m, &[I64, I64, I64, I64, I32], Some(I64)))?;
        let release_preserving = m.declare_function("pylift_jit_release_preserving", Linkage::Local, &Self::release_preserving_sig(m))?;
        Ok(Helpers {
            step,
            cached,
            call,
            call_exit,
            range_iter,
            truthy,
            compare,
            for_iter,
            release,
            load_attr,
            store_attr,
            load_method,
            get_iter,
            build_slice,
            get_slice,
            clear_regs,
            list_iter,
            new_instance,
            init_error,
            operator_unsupported,
            load_deref,
            store_deref,
            list_append,
            build_seq,
            iter_next,
            iter_next_unpack,
            call_builtin,
            release_preserving,
        })
    }

    /// The IR of the trampoline through which native code frees an object
    /// whose count dropped to zero: `pylift_jit_release` under the
    /// `preserve_all` convention, so the call clobbers no register.
    ///
    /// Why: that call sits on a cold path inside loops (every release of a
    /// value the loop replaces). Under the C convention it clobbers every
    /// float register and the caller-saved integer ones, and Cranelift's
    /// allocator then keeps the loop's values in stack slots for the whole
    /// loop: an accumulator was stored and reloaded every iteration. The
    /// trampoline saves what the C function may clobber, only when it runs.
    pub fn release_trampoline(&self, m: &mut dyn Module) -> crate::codegen::Unit {
        let mut func = cranelift_codegen::ir::Function::new();
        func.signature = Self::release_preserving_sig(m);
        let mut fctx = cranelift_frontend::FunctionBuilderContext::new();
        let mut b = cranelift_frontend::FunctionBuilder::new(&mut func, &mut fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let p = b.block_params(entry)[0];
        let release = m.declare_func_in_func(self.release, b.func);
        b.ins().call(release, &[p]);
        b.ins().return_(&[]);
        b.seal_all_blocks();
        b.finalize(m.target_config());
        crate::codegen::Unit::new(self.release_preserving, func, None)
    }

    /// The signature native code calls `release_trampoline` with.
    pub fn release_preserving_sig(m: &dyn Module) -> Signature {
        let mut s = sig(m, &[types::I64], None);
        s.call_conv = cranelift_codegen::isa::CallConv::PreserveAll;
        s
    }
}

#[cfg(test)]
mod tests {
    /// The trampoline saves and restores the registers the C function may
    /// clobber (native code calling it assumes none is).
    #[test]
    fn release_trampoline_preserves_caller_saved_registers() {
        let isa = crate::arch::host_isa().unwrap();
        let mut module = cranelift_jit::JITModule::new(cranelift_jit::JITBuilder::with_isa(isa, cranelift_module::default_libcall_names()));
        let h = super::Helpers::declare(&mut module).unwrap();
        let mut s = super::sig(&module, &[cranelift_codegen::ir::types::I64], None);
        s.call_conv = cranelift_codegen::isa::CallConv::PreserveAll;
        assert_eq!(s, super::Helpers::release_preserving_sig(&module));
        let unit = h.release_trampoline(&mut module);
        let machines = crate::codegen::generate(&mut cranelift_codegen::Context::new(), cranelift_module::Module::isa(&module), vec![unit], true).unwrap();
        let text = machines[0].vcode.clone().unwrap();
        #[cfg(target_arch = "x86_64")]
        for reg in ["%rax", "%rcx", "%rdx", "%rsi", "%rdi", "%r8", "%r9", "%r10", "%r11", "%xmm0", "%xmm15"] {
            assert!(text.matches(reg).count() >= 2, "{reg} not saved and restored:\n{text}");
        }
    }
}
