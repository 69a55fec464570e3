//! The bytecode compiler: syntax tree → register bytecode (`bytecode::Code`).
//!
//! Locals live in fixed registers; expression temporaries are allocated above
//! them in stack order. An expression whose value is already in a register (a
//! local variable) is used in place, so `a + b` on two locals is one
//! instruction. Exception handling uses a side table of protected ranges, as
//! CPython 3.11 does: no setup/teardown instructions on the happy path.

mod codegen;
mod expr;
mod matching;
mod scope;
mod unit;

use crate::bytecode::Code;
use crate::frontend::ast::Module;
use std::rc::Rc;

/// A compile-time error, reported as a SyntaxError at `line`.
#[derive(Debug, Clone)]
pub struct CompileError {
    pub msg: String,
    pub line: u32,
    pub col: u32,
    /// 1-based column just past the offending range (0: unknown, one caret).
    pub end_col: u32,
}

pub fn compile_module(module: &Module, filename: &str) -> Result<Rc<Code>, CompileError> {
    let table = scope::analyze(module).map_err(|(msg, line)| CompileError { msg, line, col: 0, end_col: 0 })?;
    codegen::Compiler::new(&table, filename).module(module)
}

/// One input of the interactive prompt: like a module, but the value of
/// each top-level expression statement goes to the display hook (CPython's
/// "single" mode).
pub fn compile_interactive(module: &Module, filename: &str) -> Result<Rc<Code>, CompileError> {
    let table = scope::analyze(module).map_err(|(msg, line)| CompileError { msg, line, col: 0, end_col: 0 })?;
    let mut c = codegen::Compiler::new(&table, filename);
    c.interactive = true;
    c.module(module)
}

/// Code for `exec(source, globals, locals)`: top-level names are read and
/// written through the frame's locals dict, as in a class body.
pub fn compile_exec(module: &Module, filename: &str) -> Result<Rc<Code>, CompileError> {
    let table = scope::analyze_with(module, true).map_err(|(msg, line)| CompileError { msg, line, col: 0, end_col: 0 })?;
    codegen::Compiler::new(&table, filename).module(module)
}

/// Code for `eval(source, ...)`: `module` holds the expression as its only
/// statement; the code returns its value.
pub fn compile_eval(module: &Module, filename: &str) -> Result<Rc<Code>, CompileError> {
    let table = scope::analyze_with(module, true).map_err(|(msg, line)| CompileError { msg, line, col: 0, end_col: 0 })?;
    codegen::Compiler::new(&table, filename).eval_module(module)
}
