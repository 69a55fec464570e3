//! `--jitdump`: `/tmp/jit-<pid>.dump` in Linux perf's jitdump format
//! (tools/perf/Documentation/jitdump-specification.txt): a header, then one
//! `JIT_CODE_LOAD` record per compiled function with its name, address and
//! machine code, so `perf record -k mono` + `perf inject --jit` can
//! annotate native code instruction by instruction. perf finds the file
//! because the process maps it executable once (the mapping is the marker).

use std::io::Write;

const MAGIC: u32 = 0x4A69_5444;
const VERSION: u32 = 1;
const HEADER_SIZE: u32 = 40;
const JIT_CODE_LOAD: u32 = 0;

#[cfg(target_arch = "aarch64")]
const ELF_MACH: u32 = 183; // EM_AARCH64
#[cfg(not(target_arch = "aarch64"))]
const ELF_MACH: u32 = 62; // EM_X86_64

pub struct JitDump {
    file: std::fs::File,
    path: std::path::PathBuf,
    index: u64,
}

/// perf's clock for `-k mono`.
fn timestamp() -> u64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: a valid out pointer; CLOCK_MONOTONIC always exists.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

impl JitDump {
    pub fn create() -> std::io::Result<JitDump> {
        let pid = std::process::id();
        let path = std::path::PathBuf::from(format!("/tmp/jit-{pid}.dump"));
        let mut file = std::fs::OpenOptions::new().read(true).write(true).create(true).truncate(true).open(&path)?;
        let mut h = Vec::with_capacity(HEADER_SIZE as usize);
        for w in [MAGIC, VERSION, HEADER_SIZE, ELF_MACH, 0, pid] {
            h.extend_from_slice(&w.to_ne_bytes());
        }
        h.extend_from_slice(&timestamp().to_ne_bytes());
        h.extend_from_slice(&0u64.to_ne_bytes()); // flags
        file.write_all(&h)?;
        file.flush()?;
        // The marker mapping perf looks for (one page, executable, never
        // unmapped: it must be there when `perf record` scans the maps).
        // SAFETY: maps the first page of a file we own; nothing uses the
        // mapping's memory.
        let p = unsafe { libc::mmap(std::ptr::null_mut(), 4096, libc::PROT_READ | libc::PROT_EXEC, libc::MAP_PRIVATE, std::os::fd::AsRawFd::as_raw_fd(&file), 0) };
        if p == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        Ok(JitDump { file, path, index: 0 })
    }

    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// A `JIT_CODE_LOAD` record for `size` bytes of code at `addr`.
    pub fn add(&mut self, addr: u64, size: u64, name: &str) {
        // SAFETY: `addr..addr + size` is the function's finalized (readable,
        // executable) machine code, which is never freed.
        let code = unsafe { std::slice::from_raw_parts(addr as *const u8, size as usize) };
        let total = 56 + name.len() as u32 + 1 + size as u32;
        let mut r = Vec::with_capacity(total as usize);
        r.extend_from_slice(&JIT_CODE_LOAD.to_ne_bytes());
        r.extend_from_slice(&total.to_ne_bytes());
        r.extend_from_slice(&timestamp().to_ne_bytes());
        r.extend_from_slice(&std::process::id().to_ne_bytes());
        // SAFETY: gettid has no arguments and cannot fail.
        let tid = unsafe { libc::syscall(libc::SYS_gettid) } as u32;
        r.extend_from_slice(&tid.to_ne_bytes());
        for w in [addr, addr, size, self.index] {
            r.extend_from_slice(&w.to_ne_bytes());
        }
        r.extend_from_slice(name.as_bytes());
        r.push(0);
        r.extend_from_slice(code);
        self.index += 1;
        // A failed write loses names in a profile, not the run.
        let _ = self.file.write_all(&r);
        let _ = self.file.flush();
    }
}
