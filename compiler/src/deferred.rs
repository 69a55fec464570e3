//! The JIT built on a helper thread while the program starts.
//!
//! Why: making the backend (the host ISA, the JIT module, the helper
//! declarations and the release trampoline: Cranelift's first compilation,
//! cold) takes 0.5–0.8 ms, which every run of `--jit=auto` paid before
//! parsing its script, and starting the code generator thread 0.1–0.3 ms
//! more, which the first compilation waited for. Built beside the parser
//! and the first interpreted instructions instead, it is ready long before
//! the first function gets hot; the VM thread takes it then.

use crate::CraneliftJit;
use pylift_runtime::bytecode::Code;
use pylift_runtime::jit::{CompileEnv, Compiled, JitBackend, Refusal};
use std::thread::JoinHandle;

/// A `CraneliftJit` being built, then built.
pub struct DeferredJit {
    building: Option<JoinHandle<Result<CraneliftJit, String>>>,
    jit: Option<CraneliftJit>,
}

impl DeferredJit {
    /// Starts building the JIT (on the calling thread if no thread can be
    /// started), and with `background` its code generator thread too.
    pub fn spawn(selective: bool, background: bool) -> DeferredJit {
        let build = move || {
            let mut jit = CraneliftJit::new(selective)?;
            if background {
                // (If it cannot start now, the first compilation tries again.)
                let _ = jit.start_worker();
            }
            Ok(jit)
        };
        match std::thread::Builder::new().name("pylift-jit-init".into()).spawn(build) {
            Ok(h) => DeferredJit { building: Some(h), jit: None },
            Err(_) => DeferredJit { building: None, jit: Self::usable(build()) },
        }
    }

    /// The built JIT, or why not (said once: the program goes on in the
    /// interpreter, every compilation refused as `refuse_backend_error`).
    fn usable(built: Result<CraneliftJit, String>) -> Option<CraneliftJit> {
        built.map_err(|e| eprintln!("pylift: JIT unavailable ({e}); running the interpreter only")).ok()
    }

    /// The JIT, waiting for it the first time.
    fn get(&mut self) -> Result<&mut CraneliftJit, Refusal> {
        if let Some(h) = self.building.take() {
            self.jit = Self::usable(h.join().unwrap_or_else(|_| Err("its construction panicked".into())));
        }
        self.jit.as_mut().ok_or(Refusal::Backend)
    }
}

impl JitBackend for DeferredJit {
    fn compile(&mut self, code: &Code, env: &CompileEnv<'_>) -> Result<Compiled, Refusal> {
        self.get()?.compile(code, env)
    }

    fn start(&mut self, code: &Code, env: &CompileEnv<'_>) -> Result<u64, Refusal> {
        self.get()?.start(code, env)
    }

    fn ready(&self, job: u64) -> bool {
        // A job exists only once `start` took the JIT.
        self.jit.as_ref().is_some_and(|j| j.ready(job))
    }

    fn collect(&mut self, job: u64) -> Option<Result<Compiled, Refusal>> {
        self.jit.as_mut()?.collect(job)
    }
}
