//! Running a program: compile, execute as `__main__`, and report errors the
//! way CPython does (tracebacks, SyntaxError format, SystemExit codes).

use crate::bytecode::Code;
use crate::error::{exc, PyErr};
use crate::frontend::{self, SyntaxErrorKind};
use crate::interp::{JitMode, Vm};
use crate::objects::dict::new_dict;
use crate::objects::str::{intern, new_str};
use crate::ops;
use crate::types::ExcType;
use crate::value::Value;
use std::io::Write;
use std::rc::Rc;

/// Why a source file did not compile.
#[derive(Debug, Clone)]
pub struct CompileFailure {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub line: u32,
    pub col: u32,
    /// Just past the offending range (carets from `col` up to it), or 0
    /// for one caret. Only the compiler's errors set it: the parser's
    /// positions follow CPython's single-caret `offset` rules.
    pub end_col: u32,
    pub text: String,
}

impl From<frontend::SyntaxErrorInfo> for CompileFailure {
    /// A parser error (its position follows CPython's single-caret rules).
    fn from(e: frontend::SyntaxErrorInfo) -> CompileFailure {
        CompileFailure { kind: e.kind, msg: e.msg, line: e.line, col: e.col, end_col: 0, text: e.text }
    }
}

impl CompileFailure {
    /// A compiler error in `source`, with its line's text.
    pub fn compiling(source: &str, e: crate::compile::CompileError) -> CompileFailure {
        let text = source.lines().nth((e.line as usize).saturating_sub(1)).unwrap_or("").to_string();
        CompileFailure { kind: SyntaxErrorKind::SyntaxError, msg: e.msg, line: e.line, col: e.col, end_col: e.end_col, text }
    }
}

pub fn compile_source(source: &str, filename: &str) -> Result<Rc<Code>, CompileFailure> {
    let module = frontend::parse_module(source)?;
    crate::compile::compile_module(&module, filename).map_err(|e| CompileFailure::compiling(source, e))
}

/// A SyntaxError exception object for an import that failed to compile.
pub fn syntax_error_value(f: &CompileFailure, filename: &str) -> PyErr {
    let t = match f.kind {
        SyntaxErrorKind::SyntaxError => ExcType::SyntaxError,
        SyntaxErrorKind::IndentationError => ExcType::IndentationError,
        SyntaxErrorKind::TabError => ExcType::TabError,
    };
    let e = exc(t, f.msg.clone());
    if let Some(i) = e.0.as_instance() {
        i.set_attr(&intern("filename"), new_str(filename));
        i.set_attr(&intern("lineno"), Value::int(f.line as i64));
        i.set_attr(&intern("msg"), new_str(&f.msg));
    }
    e
}

/// CPython's report of a syntax error.
pub fn format_syntax_error(f: &CompileFailure, filename: &str) -> String {
    let kind = match f.kind {
        SyntaxErrorKind::SyntaxError => "SyntaxError",
        SyntaxErrorKind::IndentationError => "IndentationError",
        SyntaxErrorKind::TabError => "TabError",
    };
    let mut out = format!("  File \"{filename}\", line {}\n", f.line);
    let trimmed = f.text.trim_start();
    if !trimmed.trim_end().is_empty() {
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
    }
    // CPython shows no caret for an unexpected indent (the whole line is wrong).
    if !trimmed.trim_end().is_empty() && f.msg != "unexpected indent" {
        let indent = f.text.chars().count() - trimmed.chars().count();
        let caret_col = (f.col as usize).saturating_sub(1).saturating_sub(indent);
        let width = if f.end_col > f.col { (f.end_col - f.col) as usize } else { 1 };
        out.push_str(&format!("    {}{}\n", " ".repeat(caret_col), "^".repeat(width)));
    }
    out.push_str(&format!("{kind}: {}\n", f.msg));
    out
}

/// Outcome of running a program: the process exit code.
/// Settings of the JIT tier for `run_main`.
pub struct JitConfig {
    pub backend: Option<Box<dyn crate::jit::JitBackend>>,
    /// Overrides both tier-up thresholds (`--jit-threshold`).
    pub threshold: Option<u32>,
    /// Machine code is generated in the background (`--jit-background`).
    pub background: bool,
}

/// Runs `source` as `__main__`; then, with `interactive`, the prompt in the
/// same namespace (`-i`, or no script on a terminal: `source` is empty).
pub fn run_main(source: &str, path: &str, argv: Vec<String>, mode: JitMode, jit: JitConfig, tooling: crate::tooling::Tooling, interactive: Option<crate::repl::LineSourceFactory>) -> i32 {
    let mut vm = Vm::new(argv, mode);
    vm.tooling = tooling;
    if vm.tooling.counting() || vm.tooling.profile.is_some() {
        // The profiler reads the tier; `--stats` also times it.
        vm.stats.clock.start(vm.tooling.counting());
    }
    if vm.tooling.profile.is_some() {
        if let Err(e) = crate::profile::start(&mut vm) {
            eprintln!("pylift: {e}; running without the profiler");
            vm.tooling.profile = None;
        }
    }
    if let Some(b) = jit.backend {
        vm.install_jit(b);
    }
    vm.jit_background = jit.background && mode == JitMode::Auto;
    if let Some(t) = jit.threshold {
        vm.jit_call_threshold = t.max(1);
        vm.jit_loop_threshold = t.max(1);
    }
    vm.main_path = path.to_string();
    // CPython shows no source lines for `-c` and stdin programs.
    if !path.starts_with('<') {
        ops::exc::register_source(path, source);
    }
    let code = match compile_source(source, path) {
        Ok(c) => c,
        Err(f) => {
            vm.flush_stdout();
            let _ = std::io::stderr().write_all(format_syntax_error(&f, path).as_bytes());
            if interactive.is_none() {
                return 1;
            }
            // `-i` still starts the prompt after a script that did not compile.
            match compile_source("", path) {
                Ok(c) => c,
                Err(_) => return 1,
            }
        }
    };
    let globals = new_dict();
    if let Some(g) = globals.as_dict() {
        g.set_str(intern("__name__"), intern("__main__"));
        g.set_str(intern("__file__"), new_str(path));
        g.set_str(intern("__builtins__"), vm.builtins.clone());
        g.set_str(intern("__doc__"), code.docstring.clone());
        g.set_str(intern("__package__"), Value::NONE);
    }
    let main = crate::objects::misc::new_module("__main__", globals.clone());
    if let Some(m) = vm.modules.as_dict() {
        m.set_str(intern("__main__"), main);
    }
    let result = vm.run_module_code(code, globals.clone());
    let mut status = match result {
        Ok(_) => 0,
        Err(e) => report_uncaught(&mut vm, e),
    };
    if let Some(make) = interactive {
        let mut lines = make();
        status = crate::repl::run(&mut vm, &globals, lines.as_mut());
    }
    vm.flush_stdout();
    vm.report_at_exit();
    // Break module-level cycles so objects are released before exit, and
    // run the __del__ methods that frees (CPython finalizes at shutdown too).
    if let Some(g) = globals.as_dict() {
        g.clear_all();
    }
    vm.run_finalizers();
    vm.flush_stdout();
    status
}

/// Prints an uncaught exception (or handles SystemExit) and returns the
/// exit status.
pub fn report_uncaught(vm: &mut Vm, e: PyErr) -> i32 {
    vm.flush_stdout();
    if e.is(ExcType::SystemExit) {
        let code = e.0.as_instance().and_then(|i| i.exc()).map(|st| st.args.clone()).and_then(|a| a.as_tuple().and_then(|t| t.items.first().cloned())).unwrap_or(Value::NONE);
        if code.is_none() {
            return 0;
        }
        if let Some(i) = code.to_i64() {
            return (i & 0xff) as i32;
        }
        let msg = ops::to_str(vm, &code).unwrap_or_default();
        let _ = writeln!(std::io::stderr(), "{msg}");
        return 1;
    }
    let text = ops::exc::format_exception(vm, &e.0);
    let _ = std::io::stderr().write_all(text.as_bytes());
    if e.is(ExcType::KeyboardInterrupt) {
        return 130;
    }
    1
}
