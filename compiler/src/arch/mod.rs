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
    for (k, v) in [("opt_level", "speed"), ("is_pic", "false"), ("use_colocated_libcalls", "false")] {
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
