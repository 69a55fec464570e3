//! `--perf-map`: `/tmp/perf-<pid>.map`, the file Linux `perf report` reads
//! to name code in anonymous executable memory. One line per compiled
//! function, `ADDR SIZE NAME` in hex, written (and flushed) as soon as the
//! code exists, so a profile of a run that crashes still has the names.

use crate::bytecode::Code;
use std::io::Write;

pub struct PerfMap {
    file: std::fs::File,
    path: std::path::PathBuf,
}

impl PerfMap {
    /// Creates (truncates) the map of this process.
    pub fn create() -> std::io::Result<PerfMap> {
        let path = std::path::PathBuf::from(format!("/tmp/perf-{}.map", std::process::id()));
        let file = std::fs::File::create(&path)?;
        Ok(PerfMap { file, path })
    }

    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    pub fn add(&mut self, addr: u64, size: u64, name: &str) {
        // A failed write loses names in a profile, not the run.
        let _ = writeln!(self.file, "{addr:x} {size:x} {name}");
        let _ = self.file.flush();
    }
}

/// `py::MODULE::QUALNAME`: the module is the source file's stem
/// (`__main__` for `-c` and stdin programs).
pub fn symbol(code: &Code) -> String {
    let file: &str = &code.filename;
    let module = if file.starts_with('<') { "__main__" } else { std::path::Path::new(file).file_stem().and_then(|s| s.to_str()).unwrap_or("?") };
    format!("py::{module}::{}", code.qualname_str())
}
