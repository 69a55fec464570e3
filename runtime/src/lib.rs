//! pylift's runtime: everything needed to run Python without native code.
//!
//! Layers, bottom up: `value` (the NaN-boxed word) and `heap` (objects,
//! reference counting) with `gc` (the cycle collector); `objects` (payloads
//! of the built-in types) and `types` (their classes); `frontend` (parsing)
//! and `compile` (bytecode generation) producing `bytecode`; `interp` (the
//! register VM) executing it, with each operation's semantics in `ops`;
//! `builtins` and `modules` on top.

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod error;
pub mod explain;
pub mod feedback;
pub mod frontend;
pub mod gc;
pub mod heap;
pub mod interp;
pub mod jit;
pub mod jitdump;
pub mod modules;
pub mod objects;
pub mod ops;
pub mod perf_map;
pub mod profile;
pub mod repl;
pub mod run;
pub mod stats;
pub mod text;
pub mod tooling;
pub mod types;
pub mod value;

pub use error::{PyErr, PyResult};
pub use run::{compile_source, syntax_error_value, CompileFailure};

/// Native stack the interpreter may use below its entry point before
/// reporting RecursionError (the VM thread is created with more than this).
pub const NATIVE_STACK_BUDGET: usize = 480 << 20;
/// The VM thread's stack size.
pub const VM_THREAD_STACK: usize = 512 << 20;
