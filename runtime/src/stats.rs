//! Runtime counters (the profiler's raw data; `--stats` reports them once the
//! reporting tier exists).

#[derive(Default, Debug, Clone)]
pub struct Stats {
    /// Calls dispatched by the interpreter.
    pub calls: u64,
}
