//! ISA selection. Everything ISA-specific lives under `arch/`; the rest of
//! the compiler is ISA-neutral Cranelift IR.

#[cfg(target_arch = "aarch64")]
mod aarch64;
#[cfg(target_arch = "x86_64")]
mod x86_64;

use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};

fn flags() -> Result<settings::Flags, String> {
    let mut b = settings::builder();
    // (`machine_code_cfg_info`: block offsets and edges of the machine
    // code, for `loop_pad`.)
    for (k, v) in [("opt_level", "speed"), ("is_pic", "false"), ("use_colocated_libcalls", "false"), ("machine_code_cfg_info", "true")] {
        b.set(k, v).map_err(|e| e.to_string())?;
    }
    // The IR verifier costs about a third of compile time: on in debug
    // builds (tests), off in release builds.
    b.set("enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" }).map_err(|e| e.to_string())?;
    #[cfg(target_arch = "x86_64")]
    x86_64::tune(&mut b)?;
    #[cfg(target_arch = "aarch64")]
    aarch64::tune(&mut b)?;
    Ok(settings::Flags::new(b))
}

/// Loop headers are aligned to this many bytes (see `loop_pad`).
const LOOP_ALIGN: u32 = 32;

/// Padding to put before a function's machine code (no-operation
/// instructions, which a call through the function's address runs first),
/// so that its hot loop starts on a `LOOP_ALIGN` boundary. The hot loop's
/// header is the first block holding marked code (`marked`: the offsets of
/// code of the loop's first instructions; see `translate::HOT_LOOP`) that
/// a back-edge (`bb_edges`: `(from, to)` block offsets, `to <= from`)
/// enters; or, if none, the block a back-edge from such a block enters
/// (the marked code is then the loop's latch).
///
/// Why: Cranelift does not align loop headers, and where a small hot loop
/// falls relative to 64-byte lines changed its speed by up to 40% on this
/// host (the sieve's seven-instruction inner loop: 1.28 ms per round with
/// its header at 32 or 0 mod 64, 1.8 ms at 3 or 27), so that an unrelated
/// change moving it by a few bytes made a benchmark slower or faster.
/// Only on x86-64 (functions start 32-byte aligned there).
pub fn loop_pad(isa: &dyn cranelift_codegen::isa::TargetIsa, bb_starts: &[u32], bb_edges: &[(u32, u32)], marked: &[u32]) -> Vec<u8> {
    if isa.triple().architecture != target_lexicon::Architecture::X86_64 || marked.is_empty() {
        return Vec::new();
    }
    // The block each marked offset is in, then the first of them a
    // back-edge enters.
    let block_of = |o: u32| bb_starts.iter().copied().filter(|&b| b <= o).max();
    // The first marked block a back-edge enters; else the block a
    // back-edge from a marked block enters (the marked code being the
    // loop's latch).
    let blocks: Vec<u32> = marked.iter().filter_map(|&o| block_of(o)).collect();
    let back = || bb_edges.iter().filter(|&&(from, to)| to <= from);
    let entered = blocks.iter().copied().filter(|&b| back().any(|&(_, to)| to == b)).min();
    let Some(header) = entered.or_else(|| blocks.iter().filter_map(|&b| back().filter(|&&(from, _)| from == b).map(|&(_, to)| to).max()).min()) else { return Vec::new() };
    let pad = (LOOP_ALIGN - header % LOOP_ALIGN) % LOOP_ALIGN;
    #[cfg(target_arch = "x86_64")]
    return x86_64::nops(pad as usize);
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = pad;
        Vec::new()
    }
}

/// The host's ISA, with its CPU features detected at run time.
pub fn host_isa() -> Result<OwnedTargetIsa, String> {
    let builder = cranelift_native::builder().map_err(|e| e.to_string())?;
    builder.finish(flags()?).map_err(|e| e.to_string())
}

/// A named ISA (cross-compilation, for tests of the other backends).
pub fn isa_by_name(name: &str) -> Result<OwnedTargetIsa, String> {
    let builder = cranelift_codegen::isa::lookup_by_name(name).map_err(|e| e.to_string())?;
    let mut b = settings::builder();
    b.set("opt_level", "speed").map_err(|e| e.to_string())?;
    builder.finish(settings::Flags::new(b)).map_err(|e| e.to_string())
}
