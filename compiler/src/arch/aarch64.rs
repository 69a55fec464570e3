//! AArch64 glue: flags that only make sense on this ISA.

use cranelift_codegen::settings::{Builder, Configurable};

pub fn tune(b: &mut Builder) -> Result<(), String> {
    b.set("preserve_frame_pointers", "true").map_err(|e| e.to_string())
}
