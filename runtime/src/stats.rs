//! The runtime's counters, declared once in `counters!` with a description:
//! the struct, the `--stats` table and its JSON are generated from that list,
//! so a counter cannot be reported in one place and forgotten in another.
//! Deoptimizations and refusals are counted per reason (`deopt_*`,
//! `refuse_*`, from `jit::DeoptReason::ALL` and `jit::Refusal::ALL`), and
//! each compilation is recorded (for per-function compile time).
//!
//! Cost: hot paths only do plain `u64` increments in structures they
//! already touch (the code object); time per tier is read from the clock at
//! tier transitions only, and only when `--stats` (or another report that
//! needs it) asked for it (`TierClock::on`).

use crate::bytecode::Code;
use crate::jit::{DeoptReason, Refusal};
use std::cell::Cell;
use std::fmt::Write;
use std::time::Instant;

macro_rules! counters {
    ($( $(#[doc = $doc:literal])+ $name:ident, )*) => {
        /// The counters of one run (see the list in `counters!`).
        #[derive(Default, Debug, Clone, PartialEq, Eq)]
        pub struct Counters {
            $( $(#[doc = $doc])+ pub $name: u64, )*
        }

        impl Counters {
            /// (name, description) of every counter, in declaration order.
            pub const LIST: &'static [(&'static str, &'static str)] = &[ $( (stringify!($name), concat!($($doc),+)), )* ];

            /// The values, in `LIST` order.
            pub fn values(&self) -> Vec<u64> {
                vec![ $( self.$name ),* ]
            }
        }
    };
}

counters! {
    /// functions compiled to native code (each recompilation counts)
    functions_compiled,
    /// frameless versions of pure functions compiled for the calls of compiled code (see README: frameless calls)
    pure_functions_compiled,
    /// loops compiled: loop headers native code can be entered at (OSR entry points)
    loops_compiled,
    /// running loops that entered native code at their header (on-stack replacement)
    osr_entries,
    /// native code thrown away after repeated deoptimizations (then recompiled)
    recompiles,
    /// native code recompiled with the OSR entry of a loop that ran on in the interpreter, or with the function entry of a function compiled for its loops that got hot by calls (code gets entries only where it was compiled for: see README, lazy OSR entries)
    entry_recompiles,
    /// native loops that exited at a back-edge for a due garbage collection (then re-entered)
    gc_safepoint_exits,
    /// deoptimizations (native code resumed the interpreter), all reasons
    deopts,
    /// functions the JIT declined to compile, all reasons
    refusals,
    /// time spent compiling, on all threads, microseconds (per function below)
    compile_us,
    /// of that, time the program waited for the compiler (translating; and generating machine code when not in the background), microseconds
    compile_wait_us,
    /// compilations whose machine code was generated on the JIT's background thread while the program ran on (--jit=auto)
    background_compiles,
    /// machine code emitted, bytes (code is never freed: this is also the peak)
    code_bytes,
    /// calls of Python functions run by the interpreter
    calls_interpreted,
    /// calls of Python functions run by native code
    calls_native,
    /// loop iterations (back-edges) run by the interpreter
    loop_iterations_interpreted,
    /// loop iterations (back-edges) run by native code
    loop_iterations_native,
    /// time in the interpreter (including the builtins and runtime functions it calls; not compiling), microseconds
    time_interpreter_us,
    /// time in native code, microseconds
    time_native_us,
    /// time in runtime functions native code called (attribute caches, generic calls and operations), microseconds
    time_runtime_us,
}

/// Where the VM thread is executing, for time per tier (and the profiler,
/// which reads it from a signal handler: one byte).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Tier {
    Interpreter = 0,
    Native = 1,
    /// A runtime function native code called (`pylift_jit_cached`, ...).
    Runtime = 2,
    /// The JIT compiling (reported as `compile_us`; kept out of the others).
    Compiler = 3,
}

/// Time per tier, measured at tier transitions (entering and leaving native
/// code, runtime calls from native code, interpreter loops, compiling):
/// never per instruction. Off unless a report needs it; then `enter` is a
/// branch. The clock is the CPU's cycle counter (a few ns to read, where
/// `Instant::now` costs ~25 ns: call-heavy code crosses tiers millions of
/// times), scaled to nanoseconds against `Instant` over the whole run.
pub struct TierClock {
    /// Tracking the current tier (for the profiler) ...
    on: bool,
    /// ... and reading the clock at each transition (for `--stats`).
    timing: bool,
    tier: Tier,
    since: u64,
    ticks: [u64; 4],
    start: (Instant, u64),
}

impl Default for TierClock {
    fn default() -> Self {
        TierClock { on: false, timing: false, tier: Tier::Interpreter, since: 0, ticks: [0; 4], start: (Instant::now(), 0) }
    }
}

/// A monotonic tick count: the cycle counter where there is one.
#[inline(always)]
fn ticks() -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: `rdtsc` has no preconditions (user mode may read it on Linux).
        unsafe { core::arch::x86_64::_rdtsc() }
    }
    #[cfg(target_arch = "aarch64")]
    {
        let v: u64;
        // SAFETY: the virtual counter is readable from user mode on Linux.
        unsafe { core::arch::asm!("mrs {}, cntvct_el0", out(reg) v, options(nomem, nostack)) };
        v
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        thread_local!(static EPOCH: Instant = Instant::now());
        EPOCH.with(|e| e.elapsed().as_nanos() as u64)
    }
}

impl TierClock {
    /// Starts tracking the tier, and timing it if `timing`.
    pub fn start(&mut self, timing: bool) {
        self.on = true;
        self.timing = timing;
        self.tier = Tier::Interpreter;
        self.since = ticks();
        self.start = (Instant::now(), self.since);
    }

    /// Switches to `to` and returns the tier to restore afterwards.
    #[inline(always)]
    pub fn enter(&mut self, to: Tier) -> Tier {
        if !self.on {
            return to;
        }
        if !self.timing {
            return std::mem::replace(&mut self.tier, to);
        }
        let now = ticks();
        self.ticks[self.tier as usize] += now.wrapping_sub(self.since);
        self.since = now;
        std::mem::replace(&mut self.tier, to)
    }

    /// Nanoseconds per tier so far (`Tier as usize` indexes).
    pub fn nanos(&mut self) -> [u64; 4] {
        if !self.timing {
            return [0; 4];
        }
        let t = self.tier;
        self.enter(t);
        let ns = self.start.0.elapsed().as_nanos() as f64;
        let tk = self.since.wrapping_sub(self.start.1).max(1) as f64;
        self.ticks.map(|t| (t as f64 * ns / tk) as u64)
    }
}

/// Per-code-object counts (in `JitSlot`), summed over code objects at exit.
/// Native code adds to `native_backedges` itself when compiled with
/// counting on (`CompileEnv::count`).
#[derive(Default)]
pub struct CodeCounts {
    /// Frames of this code pushed by Rust (the interpreter's calls, calls
    /// from builtins), whichever tier then ran them.
    pub rust_calls: Cell<u64>,
    /// Of those, the frames Rust entered native code for.
    pub native_from_rust: Cell<u64>,
    /// `Code::calls` / `Code::backedges` before backoff reset them.
    pub calls_carry: Cell<u64>,
    pub backedges_carry: Cell<u64>,
    pub native_backedges: Cell<u64>,
}

impl CodeCounts {
    #[inline(always)]
    pub fn bump(c: &Cell<u64>) {
        c.set(c.get().wrapping_add(1));
    }

    /// (interpreted, native) calls of `code` so far. Direct native-to-native
    /// calls only bump `Code::calls`, so native calls are the rest.
    pub fn calls(code: &Code) -> (u64, u64) {
        let c = &code.jit.counts;
        let total = c.calls_carry.get() + code.calls.get() as u64;
        let interp = c.rust_calls.get().saturating_sub(c.native_from_rust.get());
        (interp, total.saturating_sub(interp))
    }

    /// (interpreted, native) loop iterations of `code` so far.
    pub fn loop_iterations(code: &Code) -> (u64, u64) {
        let c = &code.jit.counts;
        (c.backedges_carry.get() + code.backedges.get() as u64, c.native_backedges.get())
    }
}

/// One compilation, for per-function compile time, the perf map and
/// `--explain`.
#[derive(Clone, Debug)]
pub struct CompileRecord {
    pub function: String,
    pub file: String,
    pub line: u32,
    /// Time the program waited for this compilation ...
    pub nanos: u64,
    /// ... and time spent on it in the background meanwhile.
    pub background_nanos: u64,
    pub bytes: u64,
    pub loops: u64,
    /// Address of the machine code.
    pub addr: u64,
}

/// Everything `--stats` reports.
#[derive(Default)]
pub struct Stats {
    pub counters: Counters,
    /// By `DeoptReason as usize`; the last slot counts undecodable reasons.
    pub deopts: [u64; DeoptReason::ALL.len() + 1],
    /// By `Refusal as usize`.
    pub refusals: [u64; Refusal::ALL.len()],
    pub compiles: Vec<CompileRecord>,
    pub clock: TierClock,
}

impl Stats {
    /// Byte offset of the current tier inside `Stats` (for the profiler).
    pub fn tier_offset() -> usize {
        std::mem::offset_of!(Stats, clock) + std::mem::offset_of!(TierClock, tier)
    }

    pub fn note_deopt(&mut self, reason: Option<DeoptReason>) {
        self.counters.deopts += 1;
        self.deopts[reason.map_or(DeoptReason::ALL.len(), |r| r as usize)] += 1;
    }

    pub fn note_refusal(&mut self, reason: Refusal) {
        self.counters.refusals += 1;
        self.refusals[reason as usize] += 1;
    }

    /// Fills the counters derived from per-code counts and the clock.
    pub fn finish<'a>(&mut self, codes: impl Iterator<Item = &'a Code>) {
        let c = &mut self.counters;
        c.compile_us = self.compiles.iter().map(|r| r.nanos + r.background_nanos).sum::<u64>() / 1000;
        c.compile_wait_us = self.compiles.iter().map(|r| r.nanos).sum::<u64>() / 1000;
        (c.calls_interpreted, c.calls_native, c.loop_iterations_interpreted, c.loop_iterations_native) = (0, 0, 0, 0);
        for code in codes {
            let (ci, cn) = CodeCounts::calls(code);
            let (li, ln) = CodeCounts::loop_iterations(code);
            c.calls_interpreted += ci;
            c.calls_native += cn;
            c.loop_iterations_interpreted += li;
            c.loop_iterations_native += ln;
        }
        let n = self.clock.nanos();
        c.time_interpreter_us = n[Tier::Interpreter as usize] / 1000;
        c.time_native_us = n[Tier::Native as usize] / 1000;
        c.time_runtime_us = n[Tier::Runtime as usize] / 1000;
    }

    /// Every row of the report: the counters, then the counts per reason.
    pub fn rows(&self) -> Vec<(&'static str, u64, &'static str)> {
        let mut rows: Vec<_> = Counters::LIST.iter().zip(self.counters.values()).map(|(&(n, d), v)| (n, v, d.trim())).collect();
        for r in DeoptReason::ALL {
            rows.push((r.name(), self.deopts[r as usize], r.describe()));
        }
        if self.deopts[DeoptReason::ALL.len()] > 0 {
            rows.push(("deopt_unknown", self.deopts[DeoptReason::ALL.len()], "deoptimizations with an undecodable reason"));
        }
        for r in Refusal::ALL {
            rows.push((r.name(), self.refusals[r as usize], r.describe()));
        }
        rows
    }

    /// The `--stats` table.
    pub fn text(&self) -> String {
        let rows = self.rows();
        let w = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
        let vw = rows.iter().map(|r| r.1.to_string().len()).max().unwrap_or(0);
        let mut s = String::from("pylift --stats\n");
        for (name, v, desc) in rows {
            let _ = writeln!(s, "  {name:<w$}  {v:>vw$}  {desc}");
        }
        if !self.compiles.is_empty() {
            s.push_str("compile time per function (all, waited for):\n");
            for c in &self.compiles {
                let _ = writeln!(s, "  {:>8} us {:>8} us  {:>7} bytes  {} loops  {} ({}:{})", (c.nanos + c.background_nanos) / 1000, c.nanos / 1000, c.bytes, c.loops, c.function, c.file, c.line);
            }
        }
        s
    }

    /// The same as JSON: every row as a key, and `compiles`.
    pub fn json(&self) -> String {
        let mut s = String::from("{\n");
        for (name, v, _) in self.rows() {
            let _ = writeln!(s, "  \"{name}\": {v},");
        }
        s.push_str("  \"compiles\": [");
        for (i, c) in self.compiles.iter().enumerate() {
            let sep = if i == 0 { "" } else { "," };
            let _ = write!(
                s,
                "{sep}\n    {{\"function\": {}, \"file\": {}, \"line\": {}, \"compile_us\": {}, \"wait_us\": {}, \"bytes\": {}, \"loops\": {}, \"addr\": \"{:#x}\"}}",
                json_str(&c.function),
                json_str(&c.file),
                c.line,
                (c.nanos + c.background_nanos) / 1000,
                c.nanos / 1000,
                c.bytes,
                c.loops,
                c.addr
            );
        }
        s.push_str(if self.compiles.is_empty() { "]\n}\n" } else { "\n  ]\n}\n" });
        s
    }
}

/// A JSON string literal.
pub fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every counter of the list appears once in the table and the JSON.
    #[test]
    fn table_and_json_come_from_the_list() {
        let mut st = Stats::default();
        st.counters.osr_entries = 7;
        st.note_deopt(Some(DeoptReason::Overflow));
        st.note_refusal(Refusal::Generator);
        st.compiles.push(CompileRecord { function: "f\"x".into(), file: "a.py".into(), line: 3, nanos: 5000, background_nanos: 0, bytes: 100, loops: 1, addr: 0 });
        let text = st.text();
        let json = st.json();
        for (name, _) in Counters::LIST {
            assert_eq!(text.lines().filter(|l| l.split_whitespace().next() == Some(name)).count(), 1, "{name} in\n{text}");
            assert_eq!(json.matches(&format!("\n  \"{name}\": ")).count(), 1, "{name} in\n{json}");
        }
        assert!(json.contains("\"osr_entries\": 7,"), "{json}");
        assert!(json.contains("\"deopt_overflow\": 1,"), "{json}");
        assert!(json.contains("\"deopts\": 1,"), "{json}");
        assert!(json.contains("\"refuse_generator\": 1,"), "{json}");
        assert!(json.contains("\"function\": \"f\\\"x\""), "{json}");
        assert!(text.contains("refuse_generator"));
    }
}
