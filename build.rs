//! Links the `pylift` binary as a position-dependent executable on Linux.
//!
//! A PIE binary makes the dynamic loader apply ~14,000 relative relocations
//! (Rust's vtables and string tables) and copy-on-write ~60 pages at every
//! start: `pylift` on an empty script took 2.55 ms with PIE and 2.43 ms
//! without (`perf stat -r 200`, 140 fewer page faults). Every benchmark and
//! every short script pays startup, so it is worth the binary's address
//! randomisation (Debian builds CPython's interpreter the same way). The
//! libraries and the JIT's code are unaffected.
fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
