//! `--explain`: at exit, for the hottest code objects (by calls plus loop
//! iterations), whether the JIT compiled them and, if not, why (the
//! `refuse_*` reason, or not hot enough), and every site where native code
//! deoptimized, with its source line, reason and count.

use crate::bytecode::Code;
use crate::interp::Vm;
use crate::jit::JitState;
use crate::stats::CodeCounts;
use std::fmt::Write;

/// Code objects listed (the hottest first).
const MAX_LISTED: usize = 20;

fn heat(code: &Code) -> u64 {
    let (ci, cn) = CodeCounts::calls(code);
    let (li, ln) = CodeCounts::loop_iterations(code);
    ci + cn + li + ln
}

/// Why `code` runs (or ran) in the interpreter, or how it was compiled.
fn verdict(vm: &Vm, code: &Code) -> String {
    let compiles = vm.stats.compiles.iter().filter(|c| c.function == code.qualname_str() && c.file == *code.filename && c.line == code.firstlineno).count();
    match code.jit.state.get() {
        JitState::Compiled => format!("compiled ({compiles} compilation{})", if compiles == 1 { "" } else { "s" }),
        JitState::Refused => match code.jit.refusal.get() {
            Some(r) => format!("not compiled: {}", r.name()),
            None => "not compiled".to_string(),
        },
        // Generator frames never reach the tier-up check.
        _ if code.flags.generator => format!("not compiled: {} (generators stay interpreted)", crate::jit::Refusal::Generator.name()),
        JitState::Compiling => "being compiled in the background when the program ended".to_string(),
        JitState::Cold if vm.jit.is_none() => "not compiled: the JIT is off (--jit=off)".to_string(),
        JitState::Cold if compiles > 0 => format!("interpreted since its code was thrown away after deoptimizations ({compiles} compilations; recompiled when hot again)"),
        JitState::Cold => {
            format!("not compiled: not hot enough (tier-up after {} calls or {} loop iterations)", vm.jit_call_threshold, vm.jit_loop_threshold)
        }
    }
}

pub fn report(vm: &Vm) -> String {
    let mut codes: Vec<&Code> = vm.all_codes().into_iter().filter(|c| heat(c) > 0).collect();
    codes.sort_by_key(|c| std::cmp::Reverse(heat(c)));
    let mut s = String::from("pylift --explain: hot code, hottest first (calls and loop iterations: interpreted / native)\n");
    for code in codes.iter().take(MAX_LISTED) {
        let (ci, cn) = CodeCounts::calls(code);
        let (li, ln) = CodeCounts::loop_iterations(code);
        let _ = writeln!(s, "  {} ({}:{}): {}", code.qualname_str(), code.filename, code.firstlineno, verdict(vm, code));
        let _ = writeln!(s, "      calls {ci} / {cn}, loop iterations {li} / {ln}");
        let log = code.jit.deopt_log.get();
        let mut sites: Vec<_> = log.iter().collect();
        sites.sort_by_key(|e| (std::cmp::Reverse(e.2), e.0));
        for (pc, reason, n) in sites {
            let name = reason.map_or("deopt_unknown", |r| r.name());
            let _ = writeln!(s, "      {name} at line {} (pc {pc}): {n} time{}", code.line_at(*pc as usize), if *n == 1 { "" } else { "s" });
        }
    }
    if codes.len() > MAX_LISTED {
        let _ = writeln!(s, "  ... {} more code objects ran", codes.len() - MAX_LISTED);
    }
    s
}
