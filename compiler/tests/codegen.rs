//! The JIT's code generation, without running it: every supported ISA
//! produces machine code for a set of functions (so the AArch64 path cannot
//! rot on an x86-64 host), and the CLIF of small functions matches the
//! committed snapshots (`UPDATE_SNAPSHOTS=1` rewrites them; review the diff).

use std::path::Path;
use std::rc::Rc;

const PROGRAM: &str = r#"
def add(a, b):
    return a + b

def loop_sum(n):
    s = 0
    i = 0
    while i < n:
        s += i * 7
        i += 1
    return s

def floats(x, y):
    t = x * y - 1.5
    if t < 0.0:
        return -t
    return t

def mixed(xs):
    total = 0
    for x in xs:
        if x > 3:
            total = total + x
        else:
            total -= 1
    return [total, len(xs)]

def indexing(a, t):
    a[0] = a[-1] + t[1]
    return a[1] * t[0]

def attrs(o, k):
    o.n = o.n + k
    return o.get(k) is None

def uses_everything(d, k):
    try:
        v = d[k]
    except KeyError:
        v = None
    return str(v) + "!"
"#;

fn functions() -> Vec<Rc<pylift_runtime::bytecode::Code>> {
    let module = pylift_runtime::compile_source(PROGRAM, "codegen.py").expect("test program compiles");
    module.codes.to_vec()
}

#[test]
fn every_isa_produces_code() {
    for isa in ["x86_64", "aarch64"] {
        for code in functions() {
            let size = pylift_compiler::compile_for_isa(&code, isa).unwrap_or_else(|e| panic!("{isa} {}: {e}", code.qualname_str()));
            assert!(size > 16, "{isa} {}: only {size} bytes", code.qualname_str());
        }
    }
}

#[test]
fn clif_matches_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut failures = Vec::new();
    // `add` without feedback (generic boxed code); `loop_sum` and `floats`
    // as if the interpreter had seen only ints / only floats there (unboxed
    // registers, guards, deopt exits).
    let mut cases = Vec::new();
    for code in functions() {
        let feedback = match code.qualname_str() {
            "add" => 0,
            "loop_sum" => pylift_runtime::feedback::T_INT,
            "floats" => pylift_runtime::feedback::T_FLOAT,
            // Attribute and method access through the inline caches.
            "attrs" => pylift_runtime::feedback::T_INT,
            _ => continue,
        };
        for c in code.feedback.iter() {
            c.set(feedback);
        }
        cases.push(code);
    }
    for code in &cases {
        let text = pylift_compiler::clif_text(code).expect("clif");
        let path = dir.join(format!("{}.clif", code.qualname_str()));
        if update {
            std::fs::write(&path, &text).expect("write snapshot");
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if expected != text {
            failures.push(format!("{}:\n--- expected\n{expected}\n--- got\n{text}", path.display()));
        }
    }
    assert!(failures.is_empty(), "CLIF snapshots differ (UPDATE_SNAPSHOTS=1 to accept):\n{}", failures.join("\n"));
}

#[test]
fn loop_headers_are_osr_entries() {
    let f = functions().into_iter().find(|c| c.qualname_str() == "loop_sum").expect("loop_sum");
    let text = pylift_compiler::clif_text(&f).expect("clif");
    // The entry block dispatches on start_pc to the loop header.
    assert!(text.contains("icmp eq v2"), "no OSR dispatch in:\n{text}");
}

#[test]
fn int_feedback_unboxes_the_loop() {
    let f = functions().into_iter().find(|c| c.qualname_str() == "loop_sum").expect("loop_sum");
    let boxed = pylift_compiler::clif_text(&f).expect("clif");
    for c in f.feedback.iter() {
        c.set(pylift_runtime::feedback::T_INT);
    }
    let unboxed = pylift_compiler::clif_text(&f).expect("clif");
    // Specialized code multiplies machine ints, a small literal factor
    // after one range check of the other operand (the overflow check), and
    // leaves through deoptimization exits (return codes with low byte 2).
    assert!(unboxed.contains("imul") && unboxed.contains("icmp ule"), "no checked unboxed multiply in:\n{unboxed}");
    assert!(unboxed.contains("cold"), "no deopt exits in:\n{unboxed}");
    // Without feedback nothing is speculated: calls into the runtime remain.
    assert!(boxed.matches("call fn").count() > unboxed.matches("call fn").count(), "feedback did not remove runtime calls");
}
