//! The interactive prompt: reads statements with `>>> ` and `... `
//! prompts, runs each in `__main__`'s namespace, echoes the repr of
//! expression statements (and keeps the last one in `builtins._`), and
//! reports exceptions without leaving. Line editing is the caller's: the
//! binary reads lines through rustyline on a terminal, and through
//! [`PlainLines`] otherwise (`-i` with a pipe).

use crate::error::PyResult;
use crate::frontend::ast::{Stmt, StmtKind};
use crate::interp::Vm;
use crate::objects::func::{new_builtin, Args};
use crate::objects::str::intern;
use crate::value::Value;
use std::cell::RefCell;
use std::io::{BufRead, Write};

/// What reading one line produced.
pub enum Input {
    Line(String),
    /// Ctrl-C at the prompt: the statement being typed is dropped.
    Interrupted,
    /// Ctrl-D or the end of input.
    Eof,
}

/// Where the prompt's lines come from.
pub trait LineSource {
    fn read_line(&mut self, prompt: &str) -> Input;
    /// A complete statement, for the history.
    fn add_history(&mut self, _entry: &str) {}
}

/// Lines from stdin without editing; like CPython, prompts go to stderr.
pub struct PlainLines;

impl LineSource for PlainLines {
    fn read_line(&mut self, prompt: &str) -> Input {
        let _ = std::io::stderr().write_all(prompt.as_bytes());
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) | Err(_) => Input::Eof,
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                    if line.ends_with('\r') {
                        line.pop();
                    }
                }
                Input::Line(line)
            }
        }
    }
}

/// How a line source is made, on the interpreter's thread.
pub type LineSourceFactory = Box<dyn FnOnce() -> Box<dyn LineSource> + Send>;

thread_local! {
    static DISPLAYHOOK: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// `sys.displayhook`: what the prompt calls with each expression statement's value.
pub fn displayhook_fn() -> Value {
    DISPLAYHOOK.with(|d| d.borrow_mut().get_or_insert_with(|| new_builtin("displayhook", displayhook)).clone())
}

fn displayhook(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = crate::builtins::args::exact(&args, "displayhook", 1)?;
    let v = &v[0];
    if v.is_none() {
        return Ok(Value::NONE);
    }
    // `_` is unbound while repr runs, as in CPython.
    if let Some(b) = vm.builtins.as_dict() {
        b.set_str(intern("_"), Value::NONE);
    }
    let text = crate::ops::repr::repr(vm, v)?;
    let _ = vm.out.write_all(text.as_bytes());
    let _ = vm.out.write_all(b"\n");
    if let Some(b) = vm.builtins.as_dict() {
        b.set_str(intern("_"), v.clone());
    }
    Ok(Value::NONE)
}

/// Does a statement starting with this line need a blank line to end it?
/// (CPython's prompt keeps reading after any compound statement header,
/// even `for x in y: body` on one line.)
fn opens_block(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| {
        matches!(
            s.kind,
            StmtKind::FunctionDef(_)
                | StmtKind::ClassDef(_)
                | StmtKind::For { .. }
                | StmtKind::While { .. }
                | StmtKind::If { .. }
                | StmtKind::With { .. }
                | StmtKind::Try { .. }
                | StmtKind::Match { .. }
        )
    })
}

/// An unindented line that belongs to the compound statement above it.
fn continues_block(line: &str) -> bool {
    let word = line.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
    matches!(word, "else" | "elif" | "except" | "finally")
}

/// Whether a syntax error only says the input stopped early: the error is
/// at its end, or a bracket or triple-quoted string is still open.
fn incomplete(e: &crate::frontend::SyntaxErrorInfo, source: &str) -> bool {
    let last_line = source.trim_end().lines().count() as u32;
    let first = source.lines().next().unwrap_or("").trim();
    let header = first.split('#').next().unwrap_or("").trim_end().ends_with(':') || first.starts_with('@');
    const AT_EOF: [&str; 6] = ["was never closed", "unterminated triple-quoted", "expected an indented block", "unexpected EOF", "expected 'except' or 'finally' block", "line continuation"];
    AT_EOF.iter().any(|m| e.msg.contains(m)) || e.line > last_line || (header && e.line >= last_line)
}

/// Runs the prompt until end of input or `SystemExit`; returns the exit status.
pub fn run(vm: &mut Vm, globals: &Value, lines: &mut dyn LineSource) -> i32 {
    let mut buf = String::new();
    // The buffer holds a whole compound statement that a blank line would end.
    let mut block_done = false;
    loop {
        vm.flush_stdout();
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        let line = match lines.read_line(prompt) {
            Input::Line(l) => l,
            Input::Interrupted => {
                buf.clear();
                block_done = false;
                let _ = writeln!(std::io::stderr(), "\nKeyboardInterrupt");
                continue;
            }
            Input::Eof => {
                let _ = writeln!(std::io::stderr());
                // An unfinished statement is compiled for its error message.
                if !buf.trim().is_empty() {
                    let source = std::mem::take(&mut buf);
                    if let Some(status) = execute(vm, globals, &source) {
                        return status;
                    }
                    continue;
                }
                return 0;
            }
        };
        let blank = line.trim().is_empty();
        if buf.is_empty() && blank {
            continue;
        }
        // After a complete block header and body, an unindented line that
        // does not continue the statement (`else:` ...) is an error: the
        // prompt wants a blank line first.
        if block_done && !blank && !line.starts_with([' ', '\t']) && !continues_block(&line) {
            let failure =
                crate::run::CompileFailure { kind: crate::frontend::SyntaxErrorKind::SyntaxError, msg: "invalid syntax".into(), line: buf.lines().count() as u32 + 1, col: 1, end_col: 0, text: line };
            vm.flush_stdout();
            let _ = std::io::stderr().write_all(crate::run::format_syntax_error(&failure, "<stdin>").as_bytes());
            buf.clear();
            block_done = false;
            continue;
        }
        buf.push_str(&line);
        buf.push('\n');
        let complete = match crate::frontend::parse_module(&buf) {
            // A block ends at a blank line.
            Ok(m) => {
                block_done = opens_block(&m.body);
                blank || !block_done
            }
            Err(e) => {
                block_done = false;
                blank || !incomplete(&e, &buf)
            }
        };
        if !complete {
            continue;
        }
        block_done = false;
        let source = std::mem::take(&mut buf);
        lines.add_history(source.trim_end());
        if let Some(status) = execute(vm, globals, &source) {
            return status;
        }
    }
}

/// Compiles and runs one input; `Some(status)` when it raised SystemExit.
fn execute(vm: &mut Vm, globals: &Value, source: &str) -> Option<i32> {
    const FILE: &str = "<stdin>";
    let code = match crate::frontend::parse_module(source) {
        Ok(m) => crate::compile::compile_interactive(&m, FILE).map_err(|e| crate::run::CompileFailure::compiling(source, e)),
        Err(e) => Err(e.into()),
    };
    let code = match code {
        Ok(c) => c,
        Err(f) => {
            vm.flush_stdout();
            let _ = std::io::stderr().write_all(crate::run::format_syntax_error(&f, FILE).as_bytes());
            return None;
        }
    };
    match vm.run_module_code(code, globals.clone()) {
        Ok(_) => None,
        Err(e) if e.is(crate::types::ExcType::SystemExit) => Some(crate::run::report_uncaught(vm, e)),
        Err(e) => {
            crate::run::report_uncaught(vm, e);
            None
        }
    }
}
