//! The front end: source text → pylift's own syntax tree (`ast`). The parser
//! crate (ruff_python_parser) is used only inside `lower`; nothing else in
//! pylift names its types.

pub mod ast;
mod lower;

pub use lower::{parse_expression, parse_module};

/// Which exception class a syntax error is reported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

/// A syntax error located like CPython reports it: `line` is 1-based, `col`
/// is the 1-based character offset of the caret within `text` (the source
/// line, without its newline), as in CPython's `SyntaxError.offset`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxErrorInfo {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub line: u32,
    pub col: u32,
    pub end_col: u32,
    pub text: String,
}
