//! The tooling's view of code generation holds on every ISA: `--dump=asm`
//! text (Cranelift's disassembly) exists for x86-64 and AArch64, and the
//! loop counting `--stats` compiles in adds code on both, only when asked.

const PROGRAM: &str = "def loop_sum(n):\n    s = 0\n    i = 0\n    while i < n:\n        s += i * 2\n        i += 1\n    return s\n";

#[test]
fn disassembly_and_counting_on_every_isa() {
    let module = pylift_runtime::compile_source(PROGRAM, "tooling_isa.py").expect("compiles");
    let code = &module.codes[0];
    for (isa, mnemonic) in [("x86_64", "movq"), ("aarch64", "ldr")] {
        let (plain, text) = pylift_compiler::disasm_for_isa(code, isa, false).unwrap();
        assert!(text.contains(mnemonic) && text.contains("ret"), "{isa}:\n{text}");
        let (counted, counted_text) = pylift_compiler::disasm_for_isa(code, isa, true).unwrap();
        assert!(counted > plain, "{isa}: counting adds the back-edge increment ({counted} vs {plain} bytes)");
        assert_ne!(text, counted_text);
        assert_eq!(pylift_compiler::compile_for_isa(code, isa).unwrap(), plain, "{isa}: counting is off by default");
    }
}

#[test]
fn aarch64_dumps_normalize_addresses() {
    // AArch64 builds addresses 16 bits at a time: the dump's normalization
    // must hide every piece (the GC flag's address, for one, is in the code).
    let module = pylift_runtime::compile_source(PROGRAM, "tooling_isa.py").expect("compiles");
    let (_, text) = pylift_compiler::disasm_for_isa(&module.codes[0], "aarch64", false).unwrap();
    let n = pylift_runtime::tooling::normalize_addresses(&text);
    assert!(n.contains("#<addr>, LSL #32"), "{n}");
    for line in n.lines().filter(|l| l.contains("LSL #32")) {
        assert!(line.contains("<addr>") || !line.contains("movk"), "a raw address piece is left: {line}");
    }
}
