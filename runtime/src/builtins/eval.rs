//! `exec` and `eval` of source strings, compiled by the normal compiler.
//! With a locals mapping distinct from the globals, top-level names go
//! through that mapping (the code is compiled like a class body).

use crate::error::{type_error, PyResult};
use crate::frontend::ast::{Loc, Module, Stmt, StmtKind};
use crate::interp::Vm;
use crate::objects::func::Args;
use crate::objects::str::intern;
use crate::ops::type_name;
use crate::value::Value;

const FILENAME: &str = "<string>";

fn source_text(v: &Value, fname: &str) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    if let Some(b) = v.as_bytes() {
        return super::codecs::decode(crate::text::codecs::Codec::Utf8, b.bytes.get(), "strict");
    }
    Err(type_error(format!("{fname}() arg 1 must be a string, bytes or code object")))
}

/// The (globals, locals) the code runs with: the caller's when omitted.
fn namespaces(vm: &mut Vm, a: &[Value], fname: &str) -> PyResult<(Value, Value)> {
    let g = a.get(1).filter(|v| !v.is_none()).cloned();
    let l = a.get(2).filter(|v| !v.is_none()).cloned();
    if let Some(g) = &g {
        if g.as_dict().is_none() {
            return Err(type_error(if fname == "exec" {
                format!("exec() globals must be a dict, not {}", type_name(g))
            } else {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            }));
        }
    }
    if let Some(l) = &l {
        if l.as_dict().is_none() {
            return Err(type_error(format!("locals must be a mapping, not {}", type_name(l))));
        }
    }
    let (globals, locals) = match (g, l) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, l) => {
            let globals = vm.frames.last().map(|f| f.globals.clone()).unwrap_or_else(crate::objects::dict::new_dict);
            let locals = match l {
                Some(l) => l,
                None => super::functions::locals(vm, Args::positional(&[]))?,
            };
            (globals, locals)
        }
    };
    if let Some(d) = globals.as_dict() {
        if d.get_str(&intern("__builtins__")).is_none() {
            d.set_str(intern("__builtins__"), vm.builtins.clone());
        }
    }
    Ok((globals, locals))
}

fn syntax_error(f: crate::CompileFailure) -> crate::error::PyErr {
    crate::syntax_error_value(&f, FILENAME)
}

pub fn exec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = super::args::range(&args, "exec", 1, 3)?;
    let src = source_text(&a[0], "exec")?;
    let (globals, locals) = namespaces(vm, a, "exec")?;
    let module = crate::frontend::parse_module(&src).map_err(|e| syntax_error(e.into()))?;
    // Shared namespaces compile as a module body (names are globals).
    let compiled = if locals.is(&globals) { crate::compile::compile_module(&module, FILENAME) } else { crate::compile::compile_exec(&module, FILENAME) };
    let code = compiled.map_err(|e| syntax_error(crate::CompileFailure::compiling(&src, e)))?;
    vm.run_code_in(code, globals, locals)?;
    Ok(Value::NONE)
}

pub fn eval(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = super::args::range(&args, "eval", 1, 3)?;
    let src = source_text(&a[0], "eval")?;
    let (globals, locals) = namespaces(vm, a, "eval")?;
    // CPython strips leading spaces and tabs from eval's source.
    let trimmed = src.trim_start_matches([' ', '\t']);
    let expr = crate::frontend::parse_expression(trimmed).map_err(|e| syntax_error(e.into()))?;
    let loc = Loc { line: 1, col: 0, end_line: 1, end_col: 0 };
    let module = Module { body: vec![Stmt { loc, kind: StmtKind::Expr(expr) }] };
    let code = crate::compile::compile_eval(&module, FILENAME).map_err(|e| syntax_error(crate::CompileFailure::compiling(trimmed, e)))?;
    vm.run_code_in(code, globals, locals)
}
