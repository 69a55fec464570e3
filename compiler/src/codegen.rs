//! Machine-code generation: Cranelift's part of a compilation (optimizing,
//! register allocation, emission; about 80% of compile time). It needs
//! nothing from the runtime — the IR refers to runtime objects only by
//! address — so under `--jit=auto` it runs on a background thread while the
//! program goes on in the interpreter, the way V8 and HotSpot compile
//! concurrently. The VM thread translates, then installs the finished code
//! the next time it asks for the function (`CraneliftJit::collect`).

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::Function;
use cranelift_codegen::isa::{OwnedTargetIsa, TargetIsa};
use cranelift_codegen::Context;
use cranelift_module::{FuncId, ModuleReloc};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;
use std::time::Instant;

/// One function to generate: its module id and its IR.
pub struct Unit {
    pub id: FuncId,
    pub func: Function,
    /// The passes left on the IR (see `translate::Settle`).
    settle: Option<crate::translate::Settle>,
    /// Whether they ran, the unused block parameters went (`dead_params`)
    /// and straight-line blocks merged (`merge_blocks`).
    finished: bool,
}

impl Unit {
    /// A translated function whose last passes are still to run (here or
    /// on the JIT thread: `finish`).
    pub fn new(id: FuncId, func: Function, settle: Option<crate::translate::Settle>) -> Unit {
        Unit { id, func, settle, finished: false }
    }

    /// Runs the passes left on the IR, once.
    pub fn finish(&mut self) {
        if std::mem::replace(&mut self.finished, true) {
            return;
        }
        finish_ir(&mut self.func, self.settle.take());
    }
}

/// The passes between translation and Cranelift: the translation's own
/// (`settle`), divisibility tests by multiplication (`divisibility`), then
/// block parameters that receive one value removed (`dead_params`),
/// products of induction variables carried (`strength`), unused block
/// parameters removed and straight-line blocks merged (`merge_blocks`).
pub fn finish_ir(func: &mut Function, settle: Option<crate::translate::Settle>) {
    if let Some(s) = settle {
        s.run(func);
    }
    crate::divisibility::rewrite(func);
    crate::dead_params::remove_trivial(func);
    crate::strength::reduce(func);
    crate::dead_params::remove(func);
    crate::merge_blocks::merge(func);
}

/// One function's machine code, ready for `Module::define_function_bytes`.
pub struct Machine {
    pub id: FuncId,
    pub bytes: Vec<u8>,
    pub align: u64,
    pub relocs: Vec<ModuleReloc>,
    /// Cranelift's disassembly, when asked for.
    pub vcode: Option<String>,
    /// Bytes of padding before the code proper (`arch::loop_pad`): the
    /// function's entry is this far past its symbol's address.
    pub pad: usize,
}

/// Generates every unit's machine code with `ctx` (left cleared).
pub fn generate(ctx: &mut Context, isa: &dyn TargetIsa, units: Vec<Unit>, disasm: bool) -> Result<Vec<Machine>, String> {
    let mut out = Vec::with_capacity(units.len());
    for mut unit in units {
        unit.finish();
        ctx.clear();
        ctx.func = unit.func;
        ctx.set_disasm(disasm);
        ctx.compile(isa, &mut ControlPlane::default()).map_err(|e| format!("{:?}", e.inner))?;
        let compiled = ctx.compiled_code().ok_or("no code")?;
        let align = u64::from(compiled.buffer.alignment);
        let hot = cranelift_codegen::ir::SourceLoc::new(crate::translate::HOT_LOOP);
        let marked: Vec<u32> = compiled.buffer.get_srclocs_sorted().iter().filter(|s| s.loc == hot).map(|s| s.start).collect();
        let mut bytes = crate::arch::loop_pad(isa, &compiled.bb_starts, &compiled.bb_edges, &marked);
        let pad = bytes.len();
        bytes.extend_from_slice(compiled.code_buffer());
        let vcode = compiled.vcode.clone();
        let relocs = compiled
            .buffer
            .relocs()
            .iter()
            .map(|r| {
                let mut m = ModuleReloc::from_mach_reloc(r, &ctx.func, unit.id);
                m.offset += pad as u32;
                m
            })
            .collect();
        out.push(Machine { id: unit.id, bytes, align, relocs, vcode, pad });
    }
    ctx.clear();
    Ok(out)
}

/// A finished background job.
pub struct Done {
    pub result: Result<Vec<Machine>, String>,
    /// Time the generation took on the JIT thread.
    pub nanos: u64,
}

struct Job {
    id: u64,
    units: Vec<Unit>,
    disasm: bool,
}

/// Makes the calling (helper) thread a batch thread: the scheduler then
/// never lets it preempt the VM thread when it wakes up. Why: with the
/// default policy, a job submitted to a waiting JIT thread woke it on the
/// VM thread's core (it had barely run, so it took the core at once), and
/// the program stood still for the whole code generation (1-2 ms) though
/// the other core was idle: measured on 2 cores, about one compilation
/// in three waited so.
fn batch_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: `sched_setscheduler` on the calling thread (pid 0) with a
    // valid parameter block; failure leaves the policy as it was.
    unsafe {
        let param = libc::sched_param { sched_priority: 0 };
        libc::sched_setscheduler(0, libc::SCHED_BATCH, &param);
    }
}

/// The JIT thread: generates jobs in submission order (ids 0, 1, 2...).
pub struct Worker {
    jobs: Sender<Job>,
    done: Receiver<(u64, Done)>,
    finished: HashMap<u64, Done>,
    /// Jobs finished so far: job `id` is ready once this exceeds it. The
    /// interpreter asks at every back-edge of a loop being compiled, so
    /// the answer is one atomic load.
    completed: Arc<AtomicU64>,
}

impl Worker {
    pub fn spawn(isa: OwnedTargetIsa) -> Result<Worker, String> {
        let (jobs, job_rx) = channel::<Job>();
        let (done_tx, done) = channel();
        let completed = Arc::new(AtomicU64::new(0));
        let counter = completed.clone();
        std::thread::Builder::new()
            .name("pylift-jit".into())
            .spawn(move || {
                batch_priority();
                let mut ctx = Context::new();
                for job in job_rx {
                    let t0 = Instant::now();
                    // A Cranelift panic is a bug (the panic hook reports it);
                    // the function then stays interpreted and the program goes on.
                    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| generate(&mut ctx, &*isa, job.units, job.disasm))).unwrap_or_else(|_| {
                        ctx = Context::new();
                        Err("code generation panicked".into())
                    });
                    let done = Done { result, nanos: t0.elapsed().as_nanos() as u64 };
                    if done_tx.send((job.id, done)).is_err() {
                        // The VM is gone: nothing will collect.
                        break;
                    }
                    counter.fetch_add(1, Ordering::Release);
                }
            })
            .map_err(|e| e.to_string())?;
        Ok(Worker { jobs, done, finished: HashMap::new(), completed })
    }

    /// Queues `units` as job `id`. False if the thread is gone.
    pub fn submit(&mut self, id: u64, units: Vec<Unit>, disasm: bool) -> bool {
        self.jobs.send(Job { id, units, disasm }).is_ok()
    }

    /// Whether job `id` is finished.
    pub fn ready(&self, id: u64) -> bool {
        self.completed.load(Ordering::Acquire) > id
    }

    /// Job `id`'s result, waiting for it if need be (None if the thread is gone).
    pub fn wait(&mut self, id: u64) -> Option<Done> {
        while !self.finished.contains_key(&id) {
            let (k, done) = self.done.recv().ok()?;
            self.finished.insert(k, done);
        }
        self.finished.remove(&id)
    }

    /// Job `id`'s result if it is finished (without waiting).
    pub fn take(&mut self, id: u64) -> Option<Done> {
        if !self.ready(id) {
            return None;
        }
        while let Ok((k, done)) = self.done.try_recv() {
            self.finished.insert(k, done);
        }
        self.finished.remove(&id)
    }
}
