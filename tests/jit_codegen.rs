//! What the JIT makes of real programs, read from its CLIF dump
//! (`PYLIFT_DUMP=clif`): calls of compiled functions become direct native
//! calls, and inlined builtins become machine instructions.

use std::process::Command;

/// Runs `source` with a low tier-up threshold and returns (stdout, the
/// CLIF of every compiled function, by name).
fn run(source: &str) -> (String, Vec<(String, String)>) {
    let dir = std::env::temp_dir().join(format!("pylift-codegen-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("case{}.py", source.len()));
    std::fs::write(&path, source).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pylift")).arg("--jit-threshold=5").arg(&path).env("PYLIFT_DUMP", "clif").output().unwrap();
    let _ = std::fs::remove_file(&path);
    // (Other tests of this process may still use the directory.)
    let _ = std::fs::remove_dir(&dir);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    let mut funcs = Vec::new();
    for chunk in err.split("\n; ").map(|c| c.trim_start_matches("; ")) {
        if let Some((name, rest)) = chunk.split_once(" entries ") {
            funcs.push((name.to_string(), rest.to_string()));
        } else if let Some((_, text)) = funcs.last_mut() {
            // A frameless function compiled with the one before.
            text.push_str("\n; ");
            text.push_str(chunk);
        }
    }
    (String::from_utf8_lossy(&out.stdout).to_string(), funcs)
}

fn clif_of<'a>(funcs: &'a [(String, String)], name: &str) -> &'a str {
    &funcs.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("{name} was not compiled")).1
}

/// Whether the CLIF calls through a pointer other than the release
/// trampoline (`preserve_all`): a direct call of another compiled function.
fn has_framed_call(clif: &str) -> bool {
    let preserving: Vec<String> = clif.lines().filter(|l| l.ends_with("preserve_all")).filter_map(|l| l.trim().split(' ').next()).map(|s| format!("call_indirect {s},")).collect();
    clif.lines().any(|l| l.contains("call_indirect") && !preserving.iter().any(|p| l.contains(p.as_str())))
}

#[test]
fn calls_of_compiled_functions_are_direct() {
    // The callee has a loop, so it is called (directly), not inlined.
    let (out, funcs) = run("def sq(x):\n    s = 0\n    for k in range(x % 3):\n        s += k\n    return x * x + s\n\ndef total(n):\n    t = 0\n    for i in range(n):\n        t += sq(i)\n    return t\n\nfor _ in range(20):\n    r = total(50)\nprint(r)\n");
    assert_eq!(out, "40441\n");
    let clif = clif_of(&funcs, "total");
    assert!(has_framed_call(clif), "no direct call in:\n{clif}");
}

#[test]
fn small_pure_callees_are_inlined() {
    let (out, funcs) = run("def sq(x):\n    return x * x\n\ndef half(x):\n    return x / 2.0\n\ndef total(n):\n    t = 0.0\n    for i in range(n):\n        t += sq(i) + half(i)\n    return t\n\nfor _ in range(20):\n    r = total(50)\nprint(r)\n");
    assert_eq!(out, "41037.5\n");
    let clif = clif_of(&funcs, "total");
    assert!(!has_framed_call(clif), "a call was not inlined in:\n{clif}");
    // `x * x` inline: unchecked, as `i` ranges within the span range
    // loops are compiled for (`imul`), or checked (`smul_overflow`).
    assert!(clif.contains("imul") || clif.contains("smul_overflow"), "no multiplication in:\n{clif}");
    assert!(clif.contains("fdiv.f64"), "no fdiv.f64 in:\n{clif}");
}

#[test]
fn builtins_become_instructions() {
    let (out, funcs) = run("from math import sqrt\n\ndef f(xs, n):\n    s = 0.0\n    m = 0\n    for i in range(n):\n        s += sqrt(i) + abs(i * -0.5)\n        m = max(m, len(xs) + min(i, 3))\n    return s, m\n\nfor _ in range(20):\n    r = f([1, 2], 100)\nprint(r)\n");
    assert_eq!(out, "(3136.4629471031476, 5)\n");
    let clif = clif_of(&funcs, "f");
    for ins in ["sqrt.f64", "fabs.f64", "select"] {
        assert!(clif.contains(ins), "no {ins} in:\n{clif}");
    }
}

#[test]
fn recursive_pure_functions_are_called_without_frames() {
    // `fib` is pure with an int argument: `total` calls its frameless
    // version (no frame push, so no `call_indirect`), which calls itself.
    let (out, funcs) = run("def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\ndef total(n):\n    t = 0\n    for i in range(n):\n        t += fib(i)\n    return t\n\nfor _ in range(20):\n    r = total(15)\nprint(r)\n");
    assert_eq!(out, "986\n");
    let clif = clif_of(&funcs, "total");
    assert!(!has_framed_call(clif), "a framed call in:\n{clif}");
    let (_, pure) = clif.split_once("; fib[pure [Int]]").unwrap_or_else(|| panic!("no frameless fib in:\n{clif}"));
    assert!(pure.contains("sadd_overflow") && !has_framed_call(pure), "frameless fib:\n{pure}");
}

#[test]
fn accumulators_of_bounded_loops_add_without_overflow_checks() {
    // `count` and `total` only grow by bounded amounts in a loop over a
    // range of known length: no overflow check, but one check where the
    // loop is entered (a deoptimization for the big start at the end).
    let (out, funcs) = run("def summarize(flags, total):\n    count = 0\n    for n in range(len(flags)):\n        if flags[n]:\n            count += 1\n            total += n\n    return count, total\n\nfs = [i % 3 == 0 for i in range(300)]\nfor _ in range(20):\n    r = summarize(fs, 0)\nprint(r, summarize(fs, 2**47 - 100))\n");
    assert_eq!(out, "(100, 14850) (100, 140737488370078)\n");
    let clif = clif_of(&funcs, "summarize");
    assert!(!clif.contains("sadd_overflow"), "an overflow check in:\n{clif}");
    assert!(clif.contains("0x4000_0000_0000_0000"), "no entry check in:\n{clif}");
}
