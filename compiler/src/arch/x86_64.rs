//! x86-64 glue: flags that only make sense on this ISA.

use cranelift_codegen::settings::{Builder, Configurable};

/// `n` bytes of no-operation instructions (the recommended multi-byte
/// forms: as few instructions as possible), for padding before code.
pub fn nops(n: usize) -> Vec<u8> {
    const FORMS: [&[u8]; 9] = [
        &[0x90],
        &[0x66, 0x90],
        &[0x0f, 0x1f, 0x00],
        &[0x0f, 0x1f, 0x40, 0x00],
        &[0x0f, 0x1f, 0x44, 0x00, 0x00],
        &[0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00],
        &[0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00],
        &[0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
        &[0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
    ];
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let k = (n - out.len()).min(FORMS.len());
        out.extend_from_slice(FORMS[k - 1]);
    }
    out
}

pub fn tune(b: &mut Builder) -> Result<(), String> {
    // Frame pointers let `perf` walk through JIT frames.
    b.set("preserve_frame_pointers", "true").map_err(|e| e.to_string())
}
