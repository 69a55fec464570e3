//! Exceptions: raising (`raise X from Y`), matching (`except`), traceback
//! entries, and printing in CPython's format.

use super::{isinstance, type_of};
use crate::bytecode::Code;
use crate::error::{type_error, PyErr, PyResult};
use crate::interp::Vm;
use crate::objects::instance::TracebackEntry;
use crate::types::{types, ExcType};
use crate::value::Value;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::rc::Rc;

pub fn add_traceback(exc: &Value, code: &Rc<Code>, line: u32, pc: usize) {
    if let Some(st) = exc.as_instance().and_then(|i| i.exc()) {
        st.traceback.push(TracebackEntry { code: code.clone(), line, pc: pc as u32 });
    }
}

fn is_exception_class(v: &Value) -> bool {
    v.as_class().is_some_and(|c| c.is_subclass_of(&types().exc(ExcType::BaseException)))
}

fn is_exception_instance(v: &Value) -> bool {
    isinstance(v, &types().exc(ExcType::BaseException))
}

/// The exception object `raise v [from cause]` raises.
pub fn make_raisable(vm: &mut Vm, v: &Value, cause: Option<&Value>) -> PyResult<PyErr> {
    let exc = if is_exception_class(v) {
        vm.call(v, &[])?
    } else if is_exception_instance(v) {
        v.clone()
    } else {
        return Err(type_error("exceptions must derive from BaseException"));
    };
    if !is_exception_instance(&exc) {
        return Err(type_error(format!("calling {} should have returned an instance of BaseException, not {}", super::repr::repr_string_simple(v), super::type_name(&exc))));
    }
    if let Some(c) = cause {
        let cause_v = if c.is_none() {
            Value::NONE
        } else if is_exception_class(c) {
            vm.call(c, &[])?
        } else if is_exception_instance(c) {
            c.clone()
        } else {
            return Err(type_error("exception causes must derive from BaseException"));
        };
        if let Some(st) = exc.as_instance().and_then(|i| i.exc()) {
            st.cause = cause_v;
            st.suppress_context = true;
        }
    }
    Ok(PyErr(exc))
}

/// `except typ:` — a class or a tuple of classes.
pub fn exception_matches(exc: &Value, typ: &Value) -> PyResult<bool> {
    if let Some(t) = typ.as_tuple() {
        // Only one level of tuple is allowed (CPython checks every item).
        if t.items.iter().any(|i| !is_exception_class(i)) {
            return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        return Ok(t.items.iter().any(|item| isinstance(exc, item)));
    }
    if !is_exception_class(typ) {
        return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    Ok(isinstance(exc, typ))
}

/// The value a StopIteration carries.
pub fn stop_value(e: &PyErr) -> Value {
    e.0.as_instance().and_then(|i| i.exc()).and_then(|st| st.args.as_tuple().and_then(|t| t.items.first().cloned())).unwrap_or(Value::NONE)
}

thread_local! {
    static SOURCES: RefCell<FxHashMap<String, Rc<Vec<String>>>> = RefCell::new(FxHashMap::default());
}

/// Makes a file's text available for traceback source lines.
pub fn register_source(filename: &str, text: &str) {
    let lines: Vec<String> = text.lines().map(|l| l.to_string()).collect();
    SOURCES.with(|s| s.borrow_mut().insert(filename.to_string(), Rc::new(lines)));
}

pub fn source_line(filename: &str, line: u32) -> Option<String> {
    let lines = SOURCES.with(|s| s.borrow().get(filename).cloned()).or_else(|| {
        if filename.starts_with('<') {
            return None;
        }
        let text = std::fs::read_to_string(filename).ok()?;
        register_source(filename, &text);
        SOURCES.with(|s| s.borrow().get(filename).cloned())
    })?;
    lines.get((line as usize).checked_sub(1)?).cloned()
}

/// The full CPython-style report of an uncaught exception, with chained
/// causes and contexts first.
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(vm, exc, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, exc: &Value, out: &mut String, seen: &mut Vec<Value>) {
    seen.push(exc.clone());
    if let Some(st) = exc.as_instance().and_then(|i| i.exc()) {
        let (cause, context, suppress) = (st.cause.clone(), st.context.clone(), st.suppress_context);
        if !cause.is_undef() && !cause.is_none() && !seen.iter().any(|s| s.is(&cause)) {
            format_chain(vm, &cause, out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if !suppress && !context.is_undef() && !context.is_none() && !seen.iter().any(|s| s.is(&context)) {
            format_chain(vm, &context, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    format_one(vm, exc, out);
}

fn format_one(vm: &mut Vm, exc: &Value, out: &mut String) {
    let entries: Vec<(Rc<str>, u32, String, Option<crate::bytecode::Pos>)> = exc
        .as_instance()
        .and_then(|i| i.exc())
        .map(|st| st.traceback.iter().rev().map(|e| (e.code.filename.clone(), e.line, e.code.name_str().to_string(), e.code.position_at(e.pc as usize))).collect())
        .unwrap_or_default();
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let mut i = 0;
        while i < entries.len() {
            let mut j = i + 1;
            while j < entries.len() && entries[j] == entries[i] {
                j += 1;
            }
            let run = j - i;
            for _ in 0..run.min(3) {
                push_entry(out, &entries[i]);
            }
            if run > 3 {
                let more = run - 3;
                out.push_str(&format!("  [Previous line repeated {} more time{}]\n", more, if more == 1 { "" } else { "s" }));
            }
            i = j;
        }
    }
    out.push_str(&exception_line(vm, exc));
    out.push('\n');
}

fn push_entry(out: &mut String, (file, line, name, pos): &(Rc<str>, u32, String, Option<crate::bytecode::Pos>)) {
    out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
    if let Some(src) = source_line(file, *line) {
        let t = src.trim();
        if !t.is_empty() {
            out.push_str(&format!("    {t}\n"));
            if let Some(markers) = pos.and_then(|p| marker_line(&src, *line, p)) {
                out.push_str(&markers);
            }
        }
    }
}

/// CPython 3.11's line of markers under a traceback's source line: `^`
/// under the failing expression's range, or `~~~^^^~~~` singling out the
/// operator of a binary operation or the brackets of a subscript; none when
/// the range covers the whole line.
fn marker_line(src: &str, line: u32, pos: crate::bytecode::Pos) -> Option<String> {
    let chars: Vec<char> = src.chars().collect();
    let stripped = src.trim();
    let stripped_len = stripped.chars().count();
    let indent = chars.len() - src.trim_start().chars().count();
    let start = pos.col as usize + 1;
    let mut end = pos.end_col as usize + 1;
    let mut anchors = None;
    if pos.end_line == line {
        if end <= start || end - 1 > chars.len() {
            return None;
        }
        let segment: String = chars[start - 1..end - 1].iter().collect();
        anchors = caret_anchors(&segment);
    } else {
        end = indent + stripped_len + 1;
    }
    let width = end.saturating_sub(start);
    if width == 0 {
        return None;
    }
    let spans_line = width >= stripped_len;
    let anchored = anchors.is_some_and(|(l, r)| r > l);
    if spans_line && !anchored {
        return None;
    }
    let mut m = String::from("    ");
    m.push_str(&" ".repeat(start.saturating_sub(indent + 1)));
    match anchors {
        Some((l, r)) => {
            m.push_str(&"~".repeat(l));
            m.push_str(&"^".repeat(r.saturating_sub(l)));
            m.push_str(&"~".repeat(width.saturating_sub(r)));
        }
        None => m.push_str(&"^".repeat(width)),
    }
    m.push('\n');
    Some(m)
}

/// Within an expression's text: where a binary operator or a subscript's
/// brackets start and end (CPython's `_extract_caret_anchors_from_line_segment`).
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use crate::frontend::ast::ExprKind;
    let e = crate::frontend::parse_expression(segment).ok()?;
    let seg: Vec<char> = segment.chars().collect();
    match &e.kind {
        ExprKind::BinOp { left, right, .. } if left.loc.end_line == 1 && right.loc.line == 1 => {
            let (op_start, op_end) = (left.loc.end_col as usize, right.loc.col as usize);
            let op: String = seg.get(op_start..op_end)?.iter().collect();
            let offset = op.chars().count() - op.trim_start().chars().count();
            let left_anchor = op_start + offset;
            let mut right_anchor = left_anchor + 1;
            let op_chars: Vec<char> = op.chars().collect();
            if offset + 1 < op_chars.len() && !op_chars[offset + 1].is_whitespace() {
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        ExprKind::Subscript { value, slice } if value.loc.end_line == 1 && slice.loc.end_line == 1 => Some((value.loc.end_col as usize, slice.loc.end_col as usize + 1)),
        _ => None,
    }
}

/// `ValueError: message` (the last line of a traceback).
pub fn exception_line(vm: &mut Vm, exc: &Value) -> String {
    let cls = type_of(exc);
    let c = cls.as_class();
    let mut name = c.map(|c| c.qualname.get().as_str().unwrap_or("?").to_string()).unwrap_or_default();
    if let Some(c) = c {
        let module = c.dict.as_dict().and_then(|d| d.get_str(&crate::objects::str::intern("__module__")));
        if let Some(m) = module.as_ref().and_then(|m| m.as_str()) {
            if m != "__main__" && m != "builtins" {
                name = format!("{m}.{name}");
            }
        }
    }
    let msg = match super::str_of(vm, exc) {
        Ok(s) => s.as_str().unwrap_or("").to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}
