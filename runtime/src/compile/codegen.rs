//! Statements, functions, classes, and the unwinding of `return`, `break` and
//! `continue` through `try`/`except`/`finally`.

use super::scope::{NameKind, ScopeKind, SymbolTable};
use super::unit::{BlockKind, Label, Unit};
use super::CompileError;
use crate::bytecode::{Code, CodeFlags, Instr, Op, NO_REG};
use crate::frontend::ast::*;
use crate::objects::str::intern;
use crate::value::Value;
use std::rc::Rc;

pub type CResult<T> = Result<T, CompileError>;

pub struct Compiler<'a> {
    pub table: &'a SymbolTable,
    pub filename: Rc<str>,
    pub units: Vec<Unit<'a>>,
    /// Top-level expression statements call the display hook (the REPL).
    pub interactive: bool,
    /// `from __future__ import annotations`: annotations are not evaluated.
    pub lazy_annotations: bool,
}

/// The temporaries `mark..high` to release at the end of a statement, if
/// one of its instructions may have left an object it created in one
/// (constants, globals and copies of locals are owned elsewhere, but a
/// statement that made an object also clears the argument copies, which
/// would keep a deleted local's object alive).
fn object_temps(instrs: &[Instr], mark: u16, high: u16, calls_only: bool) -> Option<(u16, u16)> {
    let makes_object = |ins: &Instr| match ins.op {
        Op::Call | Op::CallKw | Op::CallMethod | Op::CallMethodKw | Op::CallEx | Op::BuildList | Op::BuildMap | Op::BuildSet | Op::MakeFunction => true,
        _ if calls_only => false,
        Op::UnpackSeq | Op::UnpackEx | Op::LoadMethod | Op::LoadAttr | Op::GetItem | Op::GetIter | Op::ForIter => true,
        Op::BuildTuple | Op::BuildString | Op::BuildSlice | Op::ListToTuple | Op::FormatValue => true,
        Op::Add | Op::Sub | Op::Mul | Op::TrueDiv | Op::FloorDiv | Op::Mod | Op::Pow | Op::LShift | Op::RShift | Op::BitAnd | Op::BitOr | Op::BitXor | Op::MatMul | Op::Inplace => true,
        Op::Neg | Op::Pos | Op::Invert | Op::ImportName | Op::ImportFrom | Op::MatchHelper | Op::Yield | Op::YieldFrom | Op::PushExcInfo | Op::LoadDeref => true,
        _ => false,
    };
    instrs.iter().any(|ins| makes_object(ins) && (mark..high).contains(&ins.a)).then_some((mark, high))
}

/// What a `return`/`break`/`continue` unwinds to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Exit {
    Return,
    Loop,
}

impl<'a> Compiler<'a> {
    pub fn new(table: &'a SymbolTable, filename: &str) -> Compiler<'a> {
        Compiler { table, filename: filename.into(), units: Vec::new(), interactive: false, lazy_annotations: false }
    }

    #[inline]
    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always active")
    }

    pub fn err<T>(&self, msg: impl Into<String>, line: u32) -> CResult<T> {
        // The statement or expression being compiled, as CPython underlines it.
        let (col, end_col) = match self.units.last().map(|u| (u.line, u.pos)) {
            Some((l, p)) if l == line && p.end_line == line && p.end_col > p.col => (p.col + 1, p.end_col + 1),
            _ => (0, 0),
        };
        Err(CompileError { msg: msg.into(), line, col, end_col })
    }

    pub fn module(mut self, m: &'a Module) -> CResult<Rc<Code>> {
        let scope = &self.table.scopes[0];
        self.units.push(Unit::new(scope, "<module>", "<module>", 1));
        self.lazy_annotations = m.body.iter().any(|s| match &s.kind {
            StmtKind::ImportFrom { module: Some(m), names, .. } => m == "__future__" && names.iter().any(|a| a.name == "annotations"),
            _ => false,
        });
        self.docstring(&m.body);
        self.setup_annotations(&m.body)?;
        self.stmts(&m.body)?;
        if self.u().reachable {
            self.return_none()?;
        }
        let unit = self.units.pop().expect("module unit");
        let flags = CodeFlags { name_scope: true, ..Default::default() };
        Ok(Rc::new(unit.finish(flags, &self.filename, 0, 0, 0)?))
    }

    /// A module whose single statement is an expression: returns its value.
    pub fn eval_module(mut self, m: &'a Module) -> CResult<Rc<Code>> {
        let scope = &self.table.scopes[0];
        self.units.push(Unit::new(scope, "<module>", "<module>", 1));
        let Some(Stmt { kind: StmtKind::Expr(e), loc }) = m.body.first() else {
            return self.err("eval needs an expression", 1);
        };
        self.u().line = loc.line;
        let r = self.expr(e)?;
        self.u().op(Op::Return, r, 0, 0);
        self.u().reachable = false;
        let unit = self.units.pop().expect("module unit");
        let flags = CodeFlags { name_scope: true, ..Default::default() };
        Ok(Rc::new(unit.finish(flags, &self.filename, 0, 0, 0)?))
    }

    fn docstring(&mut self, body: &'a [Stmt]) {
        if let Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(s)), .. }), .. }) = body.first() {
            self.u().docstring = crate::objects::str::new_str(s);
        }
    }

    pub fn return_none(&mut self) -> CResult<()> {
        let t = self.u().temp()?;
        let k = self.u().const_index(Value::NONE);
        self.u().op(Op::LoadConst, t, k, 0);
        self.u().op(Op::Return, t, 0, 0);
        self.u().reachable = false;
        Ok(())
    }

    pub fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.u().line = s.loc.line;
        self.u().pos = crate::bytecode::Pos { col: s.loc.col, end_line: s.loc.end_line, end_col: s.loc.end_col };
        let mark = self.u().next_temp;
        let outer_high = self.u().temp_high;
        self.u().temp_high = mark;
        let start = self.u().instrs.len();
        self.stmt_inner(s)?;
        // The objects the statement made in temporaries die with it (a
        // return or raise ends the frame or leaves it anyway).
        let high = self.u().temp_high;
        if high > mark && self.u().reachable && !matches!(s.kind, StmtKind::Return(_) | StmtKind::Raise { .. }) {
            // In a loop body the next iteration overwrites the same
            // temporaries: only objects made by calls and displays (files,
            // objects with __del__) are released at once there, so hot
            // arithmetic and indexing pay nothing.
            let in_loop = self.u().blocks.iter().any(|b| matches!(b.kind, BlockKind::Loop { .. }));
            if let Some((lo, hi)) = object_temps(&self.u().instrs[start..], mark, high, in_loop) {
                self.u().op(Op::ClearTemps, lo, 0, hi - lo);
            }
        }
        self.u().next_temp = mark;
        self.u().temp_high = outer_high.max(high);
        Ok(())
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        let line = s.loc.line;
        match &s.kind {
            StmtKind::Expr(e) if self.interactive && self.units.len() == 1 => {
                let base = self.u().temps(2)?;
                self.u().opx(Op::LoadCommon, crate::interp::COMMON_DISPLAYHOOK, base, 0, 0);
                self.expr_into(e, base + 1)?;
                self.u().op(Op::Call, base, base, 1);
            }
            StmtKind::Expr(e) => {
                self.expr(e)?;
            }
            StmtKind::Assign { targets, value } => self.assign(targets, value)?,
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, value, annotation, annotation_text, simple } => {
                if let Some(v) = value {
                    self.assign(std::slice::from_ref(target), v)?;
                } else if !matches!(target.kind, ExprKind::Name(_)) {
                    // `obj.attr: int` still evaluates the object.
                    if let ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } = &target.kind {
                        self.expr(value)?;
                    }
                }
                self.store_annotation(target, annotation, annotation_text, *simple)?;
            }
            StmtKind::Pass => {}
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse)?,
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse)?,
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async {
                    return self.err("'async for' is not supported by pylift yet", line);
                }
                self.for_stmt(target, iter, body, orelse)?
            }
            StmtKind::Break => {
                let (_, brk) = self.unwind_to_loop(line, "'break' outside loop")?;
                self.finish_exit(|c| c.u().jump(Op::Jump, 0, brk))?;
            }
            StmtKind::Continue => {
                let (cont, _) = self.unwind_to_loop(line, "'continue' not properly in loop")?;
                self.finish_exit(|c| c.u().jump(Op::Jump, 0, cont))?;
            }
            StmtKind::Return(v) => self.return_stmt(v.as_ref(), line)?,
            StmtKind::FunctionDef(f) => self.function_def(f, line)?,
            StmtKind::ClassDef(c) => self.class_def(c, line)?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Raise { exc, cause } => {
                match (exc, cause) {
                    (None, _) => {
                        self.u().opx(Op::Raise, 0, NO_REG, NO_REG, 0);
                    }
                    (Some(e), None) => {
                        let r = self.expr(e)?;
                        self.u().opx(Op::Raise, 1, r, NO_REG, 0);
                    }
                    (Some(e), Some(c)) => {
                        let r = self.expr_temp(e)?;
                        let cr = self.expr(c)?;
                        self.u().opx(Op::Raise, 2, r, cr, 0);
                    }
                }
                self.u().reachable = false;
            }
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                if *is_star {
                    return self.err("'except*' is not supported by pylift yet", line);
                }
                self.try_stmt(body, handlers, orelse, finalbody)?
            }
            StmtKind::Assert { test, msg } => {
                let ok = self.u().new_label();
                self.jump_if(test, true, ok)?;
                // The AssertionError points at the test, as in CPython.
                self.set_pos(test);
                let base = self.u().temps(2)?;
                self.u().opx(Op::LoadCommon, 0, base, 0, 0);
                let exc = if let Some(m) = msg {
                    self.expr_into(m, base + 1)?;
                    let t = self.u().temp()?;
                    self.u().op(Op::Call, t, base, 1);
                    t
                } else {
                    base
                };
                self.u().opx(Op::Raise, 1, exc, NO_REG, 0);
                self.u().bind(ok);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let t = self.u().temp()?;
                    let n = self.u().name_idx(&a.name);
                    match &a.asname {
                        Some(asname) => {
                            self.u().opx(Op::ImportName, 1, t, n, 0);
                            self.store_name(asname, t)?;
                        }
                        None => {
                            self.u().opx(Op::ImportName, 0, t, n, 0);
                            let top = a.name.split('.').next().unwrap_or("");
                            self.store_name(top, t)?;
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                let m = self.u().temp()?;
                let n = self.u().name_idx(module.as_deref().unwrap_or(""));
                self.u().opx(Op::ImportName, 1, m, n, *level as u16);
                for a in names {
                    if a.name == "*" {
                        if self.u().scope.kind != ScopeKind::Module {
                            return self.err("import * only allowed at module level", line);
                        }
                        self.u().op(Op::ImportStar, m, 0, 0);
                    } else {
                        let t = self.u().temp()?;
                        let nn = self.u().name_idx(&a.name);
                        self.u().op(Op::ImportFrom, t, m, nn);
                        self.store_name(a.asname.as_deref().unwrap_or(&a.name), t)?;
                    }
                }
            }
            StmtKind::With { items, body, is_async } => {
                if *is_async {
                    return self.err("'async with' is not supported by pylift yet", line);
                }
                self.with_stmt(items, body, line)?
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::Unsupported(what) => return self.err(format!("{what} is not supported by pylift"), line),
        }
        Ok(())
    }

    // ---- annotations ----

    /// A module or class body with annotated names starts with
    /// `__annotations__ = {}` (CPython's SETUP_ANNOTATIONS).
    fn setup_annotations(&mut self, body: &'a [Stmt]) -> CResult<()> {
        if !body.iter().any(has_annotation) {
            return Ok(());
        }
        let t = self.u().temp()?;
        self.u().op(Op::BuildMap, t, t, 0);
        self.store_name("__annotations__", t)?;
        self.u().next_temp = t;
        Ok(())
    }

    /// `x: T` in a module or class body evaluates T and records it in
    /// `__annotations__['x']`; other targets evaluate T only. Under
    /// `from __future__ import annotations` nothing is evaluated and the
    /// annotation's source text is recorded. Function bodies record nothing.
    fn store_annotation(&mut self, target: &'a Expr, annotation: &'a Expr, text: &str, simple: bool) -> CResult<()> {
        if self.u().scope.is_function_like() {
            return Ok(());
        }
        let v = if self.lazy_annotations {
            let t = self.u().temp()?;
            let kc = self.u().const_index(crate::objects::str::new_str(text));
            self.u().op(Op::LoadConst, t, kc, 0);
            t
        } else {
            self.expr_temp(annotation)?
        };
        if let (ExprKind::Name(n), true) = (&target.kind, simple) {
            let d = self.u().temp()?;
            self.load_name_into("__annotations__", d)?;
            let k = self.u().temp()?;
            let kc = self.u().const_index(crate::objects::str::new_str(n));
            self.u().op(Op::LoadConst, k, kc, 0);
            self.u().op(Op::SetItem, d, k, v);
        }
        Ok(())
    }

    // ---- names ----

    pub fn store_name(&mut self, name: &str, src: u16) -> CResult<()> {
        match self.u().kind_of(name) {
            NameKind::Local => {
                let r = self.u().reg_of[name];
                if r != src {
                    self.u().op(Op::Move, r, src, 0);
                }
                self.mark_bound(r);
            }
            NameKind::Cell | NameKind::Free => {
                let r = self.u().reg_of[name];
                self.u().op(Op::StoreDeref, r, src, 0);
            }
            NameKind::GlobalExplicit | NameKind::GlobalImplicit => {
                let n = self.u().name_idx(name);
                self.u().op(Op::StoreGlobal, src, n, 0);
            }
            NameKind::Name => {
                let n = self.u().name_idx(name);
                self.u().op(Op::StoreName, src, n, 0);
            }
        }
        Ok(())
    }

    pub fn mark_bound(&mut self, r: u16) {
        if let Some(b) = self.u().bound.get_mut(r as usize) {
            *b = true;
        }
    }

    /// The register of a local that can be read in place, emitting an
    /// unbound check if it might not be assigned yet.
    pub fn local_reg(&mut self, name: &str) -> Option<u16> {
        if self.u().kind_of(name) != NameKind::Local {
            return None;
        }
        let r = self.u().reg_of[name];
        let maybe_unbound = !self.u().bound.get(r as usize).copied().unwrap_or(false) || self.u().scope.deleted.contains(name);
        if maybe_unbound {
            let n = self.u().name_idx(name);
            self.u().op(Op::CheckBound, r, n, 0);
            if !self.u().scope.deleted.contains(name) {
                self.mark_bound(r);
            }
        }
        Some(r)
    }

    pub fn load_name_into(&mut self, name: &str, dst: u16) -> CResult<()> {
        match self.u().kind_of(name) {
            NameKind::Local => {
                let r = self.local_reg(name).unwrap_or(0);
                if r != dst {
                    self.u().op(Op::Move, dst, r, 0);
                }
            }
            NameKind::Cell | NameKind::Free => {
                let r = self.u().reg_of[name];
                let n = self.u().name_idx(name);
                self.u().op(Op::LoadDeref, dst, r, n);
            }
            NameKind::GlobalExplicit | NameKind::GlobalImplicit => {
                let c = self.u().cache(name);
                let n = self.u().name_idx(name);
                self.u().op(Op::LoadGlobal, dst, n, c);
            }
            NameKind::Name => {
                let n = self.u().name_idx(name);
                self.u().op(Op::LoadName, dst, n, 0);
            }
        }
        Ok(())
    }

    fn delete_name(&mut self, name: &str) -> CResult<()> {
        match self.u().kind_of(name) {
            NameKind::Local => {
                let r = self.u().reg_of[name];
                let n = self.u().name_idx(name);
                self.u().op(Op::DeleteFast, r, n, 0);
            }
            NameKind::Cell | NameKind::Free => {
                let r = self.u().reg_of[name];
                let n = self.u().name_idx(name);
                self.u().op(Op::DeleteDeref, r, n, 0);
            }
            NameKind::GlobalExplicit | NameKind::GlobalImplicit => {
                let n = self.u().name_idx(name);
                self.u().op(Op::DeleteGlobal, n, 0, 0);
            }
            NameKind::Name => {
                let n = self.u().name_idx(name);
                self.u().op(Op::DeleteName, n, 0, 0);
            }
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                let o = self.expr(value)?;
                let n = self.u().name_idx(attr);
                self.u().op(Op::DeleteAttr, o, n, 0);
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                let o = self.expr(value)?;
                let k = self.expr(slice)?;
                self.u().op(Op::DelItem, o, k, 0);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i)?;
                }
                Ok(())
            }
            _ => self.err("cannot delete expression", t.loc.line),
        }
    }

    // ---- assignment ----

    fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult<()> {
        // `a, b = b, a`: no tuple is built.
        if targets.len() == 1 {
            if let (ExprKind::Tuple(ts) | ExprKind::List(ts), ExprKind::Tuple(vs) | ExprKind::List(vs)) = (&targets[0].kind, &value.kind) {
                let swapped = matches!(value.kind, ExprKind::Tuple(_)) && !vs.iter().all(folds_to_constant);
                let starred = ts.iter().chain(vs.iter()).any(|e| matches!(e.kind, ExprKind::Starred(_)));
                if !starred && ts.len() == vs.len() {
                    let base = self.u().temps(vs.len())?;
                    for (i, v) in vs.iter().enumerate() {
                        self.expr_into(v, base + i as u16)?;
                    }
                    // CPython 3.11 stores two or three distinct fast locals
                    // on one line last first when the values are a tuple
                    // display it does not fold to a constant (its SWAP
                    // becomes a reordering of the stores), which the order
                    // the old values are released in shows.
                    let names: Vec<&str> = ts.iter().filter_map(|t| if let ExprKind::Name(n) = &t.kind { Some(n.as_str()) } else { None }).collect();
                    let fast = names.len() == ts.len() && names.iter().all(|n| self.u().kind_of(n) == NameKind::Local);
                    let distinct = names.iter().enumerate().all(|(i, n)| !names[..i].contains(n));
                    let reorder = swapped && (2..=3).contains(&ts.len()) && fast && distinct && ts.iter().all(|t| t.loc.line == ts[0].loc.line);
                    let order: Vec<usize> = if reorder { (0..ts.len()).rev().collect() } else { (0..ts.len()).collect() };
                    for i in order {
                        self.store(&ts[i], base + i as u16)?;
                    }
                    return Ok(());
                }
            }
            // `x = expr` on a local: compute straight into its register when
            // the expression writes its destination only at the end.
            if let ExprKind::Name(n) = &targets[0].kind {
                if self.u().kind_of(n) == NameKind::Local && single_write(value) {
                    let r = self.u().reg_of[n.as_str()];
                    self.expr_into(value, r)?;
                    self.mark_bound(r);
                    return Ok(());
                }
            }
        }
        let v = self.expr(value)?;
        for t in targets {
            self.store(t, v)?;
        }
        Ok(())
    }

    pub fn store(&mut self, target: &'a Expr, src: u16) -> CResult<()> {
        let outer = self.u().pos;
        let r = self.store_inner(target, src);
        self.u().pos = outer;
        r
    }

    /// A store's own instruction (SetItem, StoreAttr, UnpackSeq) carries the
    /// target's range, as CPython's does.
    fn set_pos(&mut self, e: &Expr) {
        self.u().pos = crate::bytecode::Pos { col: e.loc.col, end_line: e.loc.end_line, end_col: e.loc.end_col };
    }

    fn store_inner(&mut self, target: &'a Expr, src: u16) -> CResult<()> {
        let line = target.loc.line;
        match &target.kind {
            ExprKind::Name(n) => self.store_name(n, src),
            ExprKind::Attribute { value, attr } => {
                let o = self.expr(value)?;
                let c = self.u().cache(attr);
                self.set_pos(target);
                self.u().op(Op::StoreAttr, o, src, c);
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                let o = self.expr(value)?;
                let k = self.expr(slice)?;
                self.set_pos(target);
                self.u().op(Op::SetItem, o, k, src);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items.iter().position(|e| matches!(e.kind, ExprKind::Starred(_)));
                let n = items.len();
                let base = self.u().temps(n)?;
                self.set_pos(target);
                match star {
                    None => {
                        self.u().op(Op::UnpackSeq, base, src, n as u16);
                    }
                    Some(i) => {
                        if items.iter().filter(|e| matches!(e.kind, ExprKind::Starred(_))).count() > 1 {
                            return self.err("multiple starred expressions in assignment", line);
                        }
                        let before = i as u16;
                        let after = (n - i - 1) as u16;
                        if before > 255 || after > 255 {
                            return self.err("too many expressions in star-unpacking assignment", line);
                        }
                        self.u().op(Op::UnpackEx, base, src, before | after << 8);
                    }
                }
                for (i, t) in items.iter().enumerate() {
                    let t = if let ExprKind::Starred(inner) = &t.kind { &**inner } else { t };
                    self.store(t, base + i as u16)?;
                }
                Ok(())
            }
            ExprKind::Starred(_) => self.err("starred assignment target must be in a list or tuple", line),
            _ => self.err("cannot assign to expression", line),
        }
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult<()> {
        let x = binop_index(op);
        match &target.kind {
            ExprKind::Name(n) => {
                // The unbound check points at the name; the operation at
                // the statement.
                let stmt_pos = self.u().pos;
                self.set_pos(target);
                let local = self.local_reg(n);
                self.u().pos = stmt_pos;
                if let Some(r) = local {
                    let v = self.expr(value)?;
                    self.u().opx(Op::Inplace, x, r, r, v);
                } else {
                    let t = self.u().temp()?;
                    self.load_name_into(n, t)?;
                    let v = self.expr(value)?;
                    self.u().opx(Op::Inplace, x, t, t, v);
                    self.store_name(n, t)?;
                }
            }
            ExprKind::Attribute { value: obj, attr } => {
                let o = self.expr(obj)?;
                let t = self.u().temp()?;
                let c = self.u().cache(attr);
                self.u().op(Op::LoadAttr, t, o, c);
                let v = self.expr(value)?;
                self.u().opx(Op::Inplace, x, t, t, v);
                let c2 = self.u().cache(attr);
                self.u().op(Op::StoreAttr, o, t, c2);
            }
            ExprKind::Subscript { value: obj, slice } => {
                let o = self.expr(obj)?;
                let k = self.expr(slice)?;
                let t = self.u().temp()?;
                self.u().op(Op::GetItem, t, o, k);
                let v = self.expr(value)?;
                self.u().opx(Op::Inplace, x, t, t, v);
                self.u().op(Op::SetItem, o, k, t);
            }
            _ => return self.err("'expression' is an illegal expression for augmented assignment", target.loc.line),
        }
        Ok(())
    }

    // ---- control flow ----

    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<()> {
        let else_l = self.u().new_label();
        let end = self.u().new_label();
        self.jump_if(test, false, else_l)?;
        let before = self.u().bound.clone();
        self.stmts(body)?;
        let after_body = self.flow_state();
        if !orelse.is_empty() && self.u().reachable {
            self.u().jump(Op::Jump, 0, end);
        }
        self.u().bind(else_l);
        self.u().bound = before;
        self.stmts(orelse)?;
        let after_else = self.flow_state();
        self.u().bind(end);
        self.merge_states(&[after_body, after_else]);
        Ok(())
    }

    /// The definite-assignment state here, or None if unreachable.
    fn flow_state(&mut self) -> Option<Vec<bool>> {
        if self.u().reachable {
            Some(self.u().bound.clone())
        } else {
            None
        }
    }

    fn merge_states(&mut self, states: &[Option<Vec<bool>>]) {
        let live: Vec<&Vec<bool>> = states.iter().flatten().collect();
        if live.is_empty() {
            self.u().reachable = false;
            return;
        }
        let n = live[0].len();
        let merged: Vec<bool> = (0..n).map(|i| live.iter().all(|s| s[i])).collect();
        self.u().bound = merged;
        self.u().reachable = true;
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<()> {
        let body_l = self.u().new_label();
        let test_l = self.u().new_label();
        let brk = self.u().new_label();
        let before = self.u().bound.clone();
        let always = matches!(&test.kind, ExprKind::Constant(Constant::Bool(true))) || matches!(&test.kind, ExprKind::Constant(Constant::Int(i)) if *i != 0);
        if !always {
            self.u().jump(Op::Jump, 0, test_l);
        }
        self.u().bind(body_l);
        self.u().push_block(BlockKind::Loop { cont: if always { body_l } else { test_l }, brk }, None, 0);
        self.stmts(body)?;
        self.u().pop_block();
        if always {
            if self.u().reachable {
                self.u().jump(Op::Jump, 0, body_l);
            }
            self.u().bound = before;
            self.u().bind(brk);
            return Ok(());
        }
        self.u().bind(test_l);
        self.u().bound = before.clone();
        let line = test.loc.line;
        self.u().line = line;
        self.jump_if(test, true, body_l)?;
        self.u().bound = before;
        self.stmts(orelse)?;
        self.u().bind(brk);
        Ok(())
    }

    fn for_stmt(&mut self, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<()> {
        let line = self.u().line;
        let pos = self.u().pos;
        let src = self.expr(iter)?;
        let it = self.u().temp()?;
        self.u().op(Op::GetIter, it, src, 0);
        let body_l = self.u().new_label();
        let test_l = self.u().new_label();
        let brk = self.u().new_label();
        let before = self.u().bound.clone();
        self.u().jump(Op::Jump, 0, test_l);
        // The loop variable: a plain local receives the item directly.
        let direct = match &target.kind {
            ExprKind::Name(n) if self.u().kind_of(n) == NameKind::Local => Some(self.u().reg_of[n.as_str()]),
            _ => None,
        };
        let item = match direct {
            Some(r) => r,
            None => self.u().temp()?,
        };
        self.u().bind(body_l);
        match direct {
            Some(r) => self.mark_bound(r),
            None => self.store(target, item)?,
        }
        self.u().push_block(BlockKind::Loop { cont: test_l, brk }, None, 0);
        self.stmts(body)?;
        self.u().pop_block();
        self.u().bind(test_l);
        self.u().line = line;
        self.u().pos = pos;
        self.u().jump2(Op::ForIter, item, it, body_l);
        self.u().bound = before;
        self.stmts(orelse)?;
        self.u().bind(brk);
        Ok(())
    }

    /// Conditional jump on the truth of `e`, fusing comparisons and
    /// short-circuit operators into the branch structure.
    pub fn jump_if(&mut self, e: &'a Expr, when: bool, target: Label) -> CResult<()> {
        let mark = self.u().next_temp;
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => {
                self.jump_if(operand, !when, target)?;
            }
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOp::And;
                if is_and != when {
                    // and/false or or/true: any operand decides.
                    for v in values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.u().new_label();
                    let (last, init) = values.split_last().expect("BoolOp has operands");
                    for v in init {
                        self.jump_if(v, !when, skip)?;
                    }
                    self.jump_if(last, when, target)?;
                    self.u().bind(skip);
                }
            }
            ExprKind::Compare { left, ops, comparators } if ops.len() == 1 && fused_op(ops[0]).is_some() => {
                // `if a < b:` jumps when the comparison is false: the flag
                // negates the test (not(a < b) is not a >= b for NaN).
                let l = self.expr_safe_left(left, &comparators[0])?;
                let r = self.expr(&comparators[0])?;
                let op = fused_op(ops[0]).unwrap_or(Op::JumpIfEq);
                let x = if when { 0 } else { Instr::FUSED_NEGATED };
                self.u().jump2x(op, x, l, r, target);
            }
            _ => {
                let r = self.expr(e)?;
                self.u().jump(if when { Op::JumpIfTrue } else { Op::JumpIfFalse }, r, target);
            }
        }
        self.u().next_temp = mark;
        Ok(())
    }

    // ---- unwinding ----

    /// Runs the exit actions of blocks up to the innermost loop and returns
    /// its (continue, break) labels; the caller emits the jump and then
    /// `finish_exit` restores the blocks.
    fn unwind_to_loop(&mut self, line: u32, msg: &str) -> CResult<(Label, Label)> {
        let has_loop = self.u().blocks.iter().any(|b| matches!(b.kind, BlockKind::Loop { .. }));
        if !has_loop {
            return self.err(msg, line);
        }
        match self.unwind(Exit::Loop)? {
            Some(l) => Ok(l),
            None => self.err(msg, line),
        }
    }

    fn unwind(&mut self, exit: Exit) -> CResult<Option<(Label, Label)>> {
        let mut popped = Vec::new();
        let mut found = None;
        while let Some(mut b) = self.u().blocks.pop() {
            if let BlockKind::Loop { cont, brk } = b.kind {
                if exit == Exit::Loop {
                    found = Some((cont, brk));
                    self.u().blocks.push(b);
                    break;
                }
            }
            let pc = self.u().pc();
            Unit::suspend(&mut b, pc);
            let kind = b.kind.clone();
            popped.push(b);
            match kind {
                BlockKind::HandlerBody { name } => {
                    self.u().op(Op::PopExcInfo, 0, 0, 0);
                    if let Some(n) = name {
                        self.clear_name(&n)?;
                    }
                }
                BlockKind::FinallyHandler => {
                    self.u().op(Op::PopExcInfo, 0, 0, 0);
                }
                BlockKind::Finally { body } => {
                    let reachable = self.u().reachable;
                    self.stmts(body)?;
                    // A finally body that itself exits (return/break) makes
                    // the rest of this exit dead code, which is harmless.
                    self.u().reachable = reachable;
                }
                BlockKind::With { exit } => self.call_exit_none(exit)?,
                BlockKind::Loop { .. } | BlockKind::ExceptBody => {}
            }
        }
        self.u().pending_restore.push(popped);
        Ok(found)
    }

    fn finish_exit(&mut self, emit: impl FnOnce(&mut Self)) -> CResult<()> {
        emit(self);
        let popped = self.u().pending_restore.pop().unwrap_or_default();
        let pc = self.u().pc();
        for mut b in popped.into_iter().rev() {
            Unit::resume(&mut b, pc);
            self.u().blocks.push(b);
        }
        self.u().reachable = false;
        Ok(())
    }

    fn return_stmt(&mut self, v: Option<&'a Expr>, line: u32) -> CResult<()> {
        if !self.u().scope.is_function_like() {
            return self.err("'return' outside function", line);
        }
        if self.u().scope.is_generator && v.is_some() && self.u().scope.kind == ScopeKind::Comprehension {
            return self.err("'return' with value in async generator", line);
        }
        let needs_unwind = !self.u().blocks.is_empty();
        let r = match v {
            Some(e) if needs_unwind => self.expr_temp(e)?,
            Some(e) => self.expr(e)?,
            None => {
                let t = self.u().temp()?;
                let k = self.u().const_index(Value::NONE);
                self.u().op(Op::LoadConst, t, k, 0);
                t
            }
        };
        if needs_unwind {
            self.unwind(Exit::Return)?;
            self.u().line = line;
            self.finish_exit(|c| {
                c.u().op(Op::Return, r, 0, 0);
            })?;
        } else {
            self.u().op(Op::Return, r, 0, 0);
            self.u().reachable = false;
        }
        Ok(())
    }

    /// `except E as name:` ends with `name = None; del name`.
    fn clear_name(&mut self, name: &str) -> CResult<()> {
        let t = self.u().temp()?;
        let k = self.u().const_index(Value::NONE);
        self.u().op(Op::LoadConst, t, k, 0);
        self.store_name(name, t)?;
        self.delete_name(name)?;
        self.u().next_temp = t;
        Ok(())
    }

    fn try_stmt(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt], finalbody: &'a [Stmt]) -> CResult<()> {
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse);
        }
        let fin_handler = self.u().new_label();
        let end = self.u().new_label();
        let exc = self.u().temp()?;
        let start_state = self.u().bound.clone();
        self.u().push_block(BlockKind::Finally { body: finalbody }, Some(fin_handler), exc);
        self.try_except(body, handlers, orelse)?;
        self.u().pop_block();
        // Normal exit: the finally body inline.
        self.stmts(finalbody)?;
        let after = self.flow_state();
        if self.u().reachable {
            self.u().jump(Op::Jump, 0, end);
        }
        // Exceptional exit: run the body, then re-raise.
        self.u().bind(fin_handler);
        self.u().bound = start_state;
        self.u().op(Op::PushExcInfo, exc, 0, 0);
        let cleanup = self.u().new_label();
        let exc2 = self.u().temp()?;
        self.u().push_block(BlockKind::FinallyHandler, Some(cleanup), exc2);
        self.stmts(finalbody)?;
        self.u().pop_block();
        if self.u().reachable {
            self.u().op(Op::PopExcInfo, 0, 0, 0);
            self.u().op(Op::Reraise, exc, 0, 0);
        }
        self.u().bind(cleanup);
        self.u().op(Op::PopExcInfo, 0, 0, 0);
        self.u().op(Op::Reraise, exc2, 0, 0);
        self.u().reachable = false;
        self.u().bind(end);
        self.merge_states(&[after]);
        Ok(())
    }

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt]) -> CResult<()> {
        if handlers.is_empty() {
            self.stmts(body)?;
            return self.stmts(orelse);
        }
        let handler = self.u().new_label();
        let after = self.u().new_label();
        let exc = self.u().temp()?;
        let start_state = self.u().bound.clone();
        self.u().push_block(BlockKind::ExceptBody, Some(handler), exc);
        self.stmts(body)?;
        self.u().pop_block();
        self.stmts(orelse)?;
        let mut states = vec![self.flow_state()];
        if self.u().reachable {
            self.u().jump(Op::Jump, 0, after);
        }
        self.u().bind(handler);
        self.u().op(Op::PushExcInfo, exc, 0, 0);
        // Everything from here to the end of the handlers pops the handled
        // exception if it raises.
        let cleanup = self.u().new_label();
        let exc2 = self.u().temp()?;
        self.u().push_block(BlockKind::ExceptBody, Some(cleanup), exc2);
        let mut has_catch_all = false;
        for (i, h) in handlers.iter().enumerate() {
            self.u().line = h.loc.line;
            self.u().bound = start_state.clone();
            let next = self.u().new_label();
            match &h.typ {
                Some(t) => {
                    let mark = self.u().next_temp;
                    let tr = self.expr(t)?;
                    let m = self.u().temp()?;
                    self.u().op(Op::ExcMatch, m, exc, tr);
                    self.u().jump(Op::JumpIfFalse, m, next);
                    self.u().next_temp = mark;
                }
                None => {
                    if i + 1 != handlers.len() {
                        return self.err("default 'except:' must be last", h.loc.line);
                    }
                    has_catch_all = true;
                }
            }
            if let Some(n) = &h.name {
                self.store_name(n, exc)?;
            }
            let named_cleanup = self.u().new_label();
            let exc3 = self.u().temp()?;
            self.u().push_block(BlockKind::HandlerBody { name: h.name.clone() }, Some(named_cleanup), exc3);
            self.stmts(&h.body)?;
            self.u().pop_block();
            if self.u().reachable {
                self.u().op(Op::PopExcInfo, 0, 0, 0);
                if let Some(n) = &h.name {
                    self.clear_name(n)?;
                }
                states.push(self.flow_state());
                self.u().jump(Op::Jump, 0, after);
            }
            // An exception inside the handler body: clear the name, re-raise
            // to the enclosing cleanup (which pops the handled exception).
            self.u().bind(named_cleanup);
            if let Some(n) = &h.name {
                self.clear_name(n)?;
            }
            self.u().op(Op::Reraise, exc3, 0, 0);
            self.u().reachable = false;
            if h.typ.is_some() {
                self.u().bind(next);
            }
        }
        if !has_catch_all {
            self.u().op(Op::Reraise, exc, 0, 0);
            self.u().reachable = false;
        }
        self.u().pop_block();
        self.u().bind(cleanup);
        self.u().op(Op::PopExcInfo, 0, 0, 0);
        self.u().op(Op::Reraise, exc2, 0, 0);
        self.u().reachable = false;
        self.u().bind(after);
        self.merge_states(&states);
        Ok(())
    }

    /// `exit(None, None, None)`, result discarded.
    fn call_exit_none(&mut self, exit: u16) -> CResult<()> {
        let mark = self.u().next_temp;
        let base = self.u().temps(4)?;
        self.u().op(Op::Move, base, exit, 0);
        let k = self.u().const_index(Value::NONE);
        for i in 1..4 {
            self.u().op(Op::LoadConst, base + i, k, 0);
        }
        self.u().op(Op::Call, base, base, 3);
        self.u().next_temp = mark;
        Ok(())
    }

    /// `with a as x, b as y: body` (items nest left to right).
    fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt], line: u32) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let mgr = self.expr_temp(&first.context_expr)?;
        self.u().line = line;
        // Look up __exit__ before calling __enter__, as CPython does.
        let exit = self.u().temp()?;
        let c = self.u().cache("__exit__");
        self.u().op(Op::LoadAttr, exit, mgr, c);
        let base = self.u().temps(2)?;
        let c2 = self.u().cache("__enter__");
        self.u().op(Op::LoadMethod, base, mgr, c2);
        let val = self.u().temp()?;
        self.u().op(Op::CallMethod, val, base, 0);
        let handler = self.u().new_label();
        let end = self.u().new_label();
        let exc = self.u().temp()?;
        let start_state = self.u().bound.clone();
        self.u().push_block(BlockKind::With { exit }, Some(handler), exc);
        if let Some(target) = &first.optional_vars {
            self.store(target, val)?
        }
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with_stmt(rest, body, line)?;
        }
        self.u().pop_block();
        let after = self.flow_state();
        if self.u().reachable {
            self.u().line = line;
            self.call_exit_none(exit)?;
            self.u().jump(Op::Jump, 0, end);
        }
        // An exception in the body: exit(type, value, None); a true result
        // suppresses it.
        self.u().bind(handler);
        self.u().bound = start_state;
        self.u().line = line;
        self.u().op(Op::PushExcInfo, exc, 0, 0);
        let cleanup = self.u().new_label();
        let exc2 = self.u().temp()?;
        self.u().push_block(BlockKind::ExceptBody, Some(cleanup), exc2);
        let call = self.u().temps(4)?;
        self.u().op(Op::Move, call, exit, 0);
        let tb = self.u().temps(2)?;
        self.u().opx(Op::LoadCommon, crate::interp::COMMON_TYPE, tb, 0, 0);
        self.u().op(Op::Move, tb + 1, exc, 0);
        self.u().op(Op::Call, call + 1, tb, 1);
        self.u().op(Op::Move, call + 2, exc, 0);
        let k = self.u().const_index(Value::NONE);
        self.u().op(Op::LoadConst, call + 3, k, 0);
        let res = self.u().temp()?;
        self.u().op(Op::Call, res, call, 3);
        let suppressed = self.u().new_label();
        self.u().jump(Op::JumpIfTrue, res, suppressed);
        self.u().op(Op::Reraise, exc, 0, 0);
        self.u().pop_block();
        self.u().bind(suppressed);
        self.u().op(Op::PopExcInfo, 0, 0, 0);
        let suppressed_state = self.flow_state();
        self.u().jump(Op::Jump, 0, end);
        self.u().bind(cleanup);
        self.u().op(Op::PopExcInfo, 0, 0, 0);
        self.u().op(Op::Reraise, exc2, 0, 0);
        self.u().reachable = false;
        self.u().bind(end);
        self.merge_states(&[after, suppressed_state]);
        Ok(())
    }

    // ---- functions and classes ----

    fn function_def(&mut self, f: &'a FunctionDef, line: u32) -> CResult<()> {
        if f.is_async {
            return self.err("'async def' is not supported by pylift yet", line);
        }
        let mark = self.u().next_temp;
        let decos = self.u().temps(f.decorators.len())?;
        for (i, d) in f.decorators.iter().enumerate() {
            self.expr_into(d, decos + i as u16)?;
        }
        let scope_id = self.table.scope_of(f);
        let fr = self.u().temp()?;
        let qual = self.child_qualname(&f.name);
        self.make_function(scope_id, &f.name, &qual, &f.args, FnBody::Stmts(&f.body), line, fr)?;
        self.function_annotations(f, fr)?;
        let mut cur = fr;
        for i in (0..f.decorators.len()).rev() {
            let base = self.u().temps(2)?;
            self.u().op(Op::Move, base, decos + i as u16, 0);
            self.u().op(Op::Move, base + 1, cur, 0);
            self.u().op(Op::Call, fr, base, 1);
            cur = fr;
        }
        self.store_name(&f.name, cur)?;
        self.u().next_temp = mark;
        Ok(())
    }

    /// `f.__annotations__` for a def with annotations: parameters (CPython's
    /// order: regular, positional-only, *args, keyword-only, **kwargs), then
    /// 'return'; evaluated now, or their source text under future annotations.
    fn function_annotations(&mut self, f: &'a FunctionDef, func: u16) -> CResult<()> {
        let a = &f.args;
        let params = a.args.iter().chain(&a.posonlyargs).chain(a.vararg.iter()).chain(&a.kwonlyargs).chain(a.kwarg.iter());
        let mut items: Vec<(&str, &'a Expr, &str)> = params.filter_map(|p| p.annotation.as_ref().map(|e| (p.name.as_str(), e, p.annotation_text.as_str()))).collect();
        if let Some(r) = &f.returns {
            items.push(("return", r, f.returns_text.as_str()));
        }
        if items.is_empty() {
            return Ok(());
        }
        let mark = self.u().next_temp;
        let base = self.u().temps(items.len() * 2)?;
        for (i, (name, e, text)) in items.iter().enumerate() {
            let k = self.u().const_index(crate::objects::str::new_str(name));
            self.u().op(Op::LoadConst, base + 2 * i as u16, k, 0);
            if self.lazy_annotations {
                let t = self.u().const_index(crate::objects::str::new_str(text));
                self.u().op(Op::LoadConst, base + 2 * i as u16 + 1, t, 0);
            } else {
                self.expr_into(e, base + 2 * i as u16 + 1)?;
            }
        }
        let d = self.u().temp()?;
        self.u().op(Op::BuildMap, d, base, items.len() as u16);
        let c = self.u().cache("__annotations__");
        self.u().op(Op::StoreAttr, func, d, c);
        self.u().next_temp = mark;
        Ok(())
    }

    /// Builds the tuple of cells a nested scope closes over (at the next
    /// temporary) and returns the `MakeFunction` flag bit for it (0 if none).
    pub fn closure_tuple(&mut self, frees: &[String], line: u32) -> CResult<u8> {
        if frees.is_empty() {
            return Ok(0);
        }
        let slot = self.u().temp()?;
        let cells = self.u().temps(frees.len())?;
        for (i, n) in frees.iter().enumerate() {
            let r = match self.u().reg_of.get(n) {
                Some(&r) => r,
                None => return self.err(format!("internal error: no cell for free variable '{n}'"), line),
            };
            self.u().op(Op::Move, cells + i as u16, r, 0);
        }
        self.u().op(Op::BuildTuple, slot, cells, frees.len() as u16);
        self.u().next_temp = slot + 1;
        Ok(4)
    }

    pub fn child_qualname(&mut self, name: &str) -> String {
        let u = self.u();
        match u.scope.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Compiles a function body into a child code object and emits the
    /// `MakeFunction` that builds it (defaults, kw-defaults, closure) into `dst`.
    #[allow(clippy::too_many_arguments)]
    pub fn make_function(&mut self, scope_id: usize, name: &str, qualname: &str, args: &'a Arguments, body: FnBody<'a>, line: u32, dst: u16) -> CResult<()> {
        let mark = self.u().next_temp;
        // Defaults are evaluated in the enclosing scope, before the body exists.
        let mut flags = 0u8;
        let extras = self.u().next_temp;
        if !args.defaults.is_empty() {
            let base = self.u().temps(args.defaults.len())?;
            for (i, d) in args.defaults.iter().enumerate() {
                self.expr_into(d, base + i as u16)?;
            }
            let t = self.u().temp()?;
            self.u().op(Op::BuildTuple, t, base, args.defaults.len() as u16);
            // Compact: move the tuple down to the extras slot.
            self.u().op(Op::Move, extras, t, 0);
            self.u().next_temp = extras + 1;
            flags |= 1;
        }
        let kw: Vec<(&Arg, &Expr)> = args.kwonlyargs.iter().zip(args.kw_defaults.iter()).filter_map(|(a, d)| d.as_ref().map(|d| (a, d))).collect();
        if !kw.is_empty() {
            let slot = self.u().temp()?;
            let base = self.u().temps(kw.len() * 2)?;
            for (i, (a, d)) in kw.iter().enumerate() {
                let k = self.u().const_index(intern(&a.name));
                self.u().op(Op::LoadConst, base + 2 * i as u16, k, 0);
                self.expr_into(d, base + 2 * i as u16 + 1)?;
            }
            self.u().op(Op::BuildMap, slot, base, kw.len() as u16);
            self.u().next_temp = slot + 1;
            flags |= 2;
        }
        let scope = &self.table.scopes[scope_id];
        let code = self.compile_body(scope_id, name, qualname, args, body, line)?;
        flags |= self.closure_tuple(&scope.frees, line)?;
        let ci = self.u().codes.len() as u16;
        self.u().codes.push(code);
        self.u().opx(Op::MakeFunction, flags, dst, ci, extras);
        self.u().next_temp = mark.max(dst + 1);
        Ok(())
    }

    fn compile_body(&mut self, scope_id: usize, name: &str, qualname: &str, args: &'a Arguments, body: FnBody<'a>, line: u32) -> CResult<Rc<Code>> {
        let scope = &self.table.scopes[scope_id];
        self.units.push(Unit::new(scope, name, qualname, line));
        match body {
            FnBody::Stmts(stmts) => {
                self.docstring(stmts);
                self.stmts(stmts)?;
                if self.u().reachable {
                    self.return_none()?;
                }
            }
            FnBody::Expr(e) => {
                self.u().line = e.loc.line;
                let r = self.expr(e)?;
                if scope.is_generator {
                    // A generator lambda (`lambda: (yield)`) returns None.
                    self.return_none()?;
                } else {
                    self.u().op(Op::Return, r, 0, 0);
                }
            }
        }
        let unit = self.units.pop().expect("function unit");
        let flags = CodeFlags { varargs: args.vararg.is_some(), varkw: args.kwarg.is_some(), generator: scope.is_generator, name_scope: false };
        let code = unit.finish(flags, &self.filename, (args.posonlyargs.len() + args.args.len()) as u16, args.posonlyargs.len() as u16, args.kwonlyargs.len() as u16)?;
        Ok(Rc::new(code))
    }

    fn class_def(&mut self, c: &'a ClassDef, line: u32) -> CResult<()> {
        let mark = self.u().next_temp;
        let decos = self.u().temps(c.decorators.len())?;
        for (i, d) in c.decorators.iter().enumerate() {
            self.expr_into(d, decos + i as u16)?;
        }
        let scope_id = self.table.scope_of(c);
        let scope = &self.table.scopes[scope_id];
        let qual = self.child_qualname(&c.name);
        // The class body as a code object run against the new namespace.
        self.units.push(Unit::new(scope, &c.name, &qual, line));
        {
            let t = self.u().temp()?;
            self.load_name_into("__name__", t)?;
            let n = self.u().name_idx("__module__");
            self.u().op(Op::StoreName, t, n, 0);
            let k = self.u().const_index(crate::objects::str::new_str(&qual));
            self.u().op(Op::LoadConst, t, k, 0);
            let n = self.u().name_idx("__qualname__");
            self.u().op(Op::StoreName, t, n, 0);
            self.u().next_temp = t;
        }
        if let Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(s)), .. }), .. }) = c.body.first() {
            let t = self.u().temp()?;
            let k = self.u().const_index(crate::objects::str::new_str(s));
            self.u().op(Op::LoadConst, t, k, 0);
            let n = self.u().name_idx("__doc__");
            self.u().op(Op::StoreName, t, n, 0);
            self.u().next_temp = t;
        }
        self.setup_annotations(&c.body)?;
        // Cells (e.g. __class__) are created at frame entry.
        self.stmts(&c.body)?;
        if self.u().reachable {
            if let Some(&r) = self.u().reg_of.get("__class__") {
                if scope.cells.iter().any(|n| n == "__class__") {
                    let n = self.u().name_idx("__classcell__");
                    self.u().op(Op::StoreName, r, n, 0);
                }
            }
            self.return_none()?;
        }
        let unit = self.units.pop().expect("class unit");
        let code = Rc::new(unit.finish(CodeFlags { name_scope: true, ..Default::default() }, &self.filename, 0, 0, 0)?);

        let nkw = c.keywords.len();
        let base = self.u().temps(3 + c.bases.len() + nkw)?;
        self.u().opx(Op::LoadCommon, 1, base, 0, 0);
        // The body function (with a closure if it has free variables).
        let extras = self.u().next_temp;
        let flags = self.closure_tuple(&scope.frees, line)?;
        let ci = self.u().codes.len() as u16;
        self.u().codes.push(code);
        self.u().opx(Op::MakeFunction, flags, base + 1, ci, extras);
        let k = self.u().const_index(intern(&c.name));
        self.u().op(Op::LoadConst, base + 2, k, 0);
        for (i, b) in c.bases.iter().enumerate() {
            if matches!(b.kind, ExprKind::Starred(_)) {
                return self.err("starred base classes are not supported by pylift yet", line);
            }
            self.expr_into(b, base + 3 + i as u16)?;
        }
        let res = self.u().temp()?;
        if nkw == 0 {
            self.u().op(Op::Call, res, base, 2 + c.bases.len() as u16);
        } else {
            let mut names = Vec::new();
            for (i, k) in c.keywords.iter().enumerate() {
                let Some(n) = &k.arg else {
                    return self.err("**kwargs in a class definition is not supported by pylift yet", line);
                };
                names.push(intern(n));
                self.expr_into(&k.value, base + 3 + (c.bases.len() + i) as u16)?;
            }
            let kt = crate::objects::tuple::new_tuple(names);
            let kc = self.u().const_index(kt);
            self.u().op(Op::CallKw, res, base, (2 + c.bases.len() + nkw) as u16);
            self.u().emit(crate::bytecode::Instr::new(Op::Nop, kc, 0, 0));
        }
        let mut cur = res;
        for i in (0..c.decorators.len()).rev() {
            let b2 = self.u().temps(2)?;
            self.u().op(Op::Move, b2, decos + i as u16, 0);
            self.u().op(Op::Move, b2 + 1, cur, 0);
            self.u().op(Op::Call, res, b2, 1);
            cur = res;
        }
        self.store_name(&c.name, cur)?;
        self.u().next_temp = mark;
        Ok(())
    }
}

/// Whether a body has an annotated name at its own level (nested blocks
/// included, nested functions and classes not): SETUP_ANNOTATIONS' test.
fn has_annotation(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => body.iter().chain(orelse).any(has_annotation),
        StmtKind::With { body, .. } => body.iter().any(has_annotation),
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => body.iter().chain(orelse).chain(finalbody).any(has_annotation) || handlers.iter().any(|h| h.body.iter().any(has_annotation)),
        _ => false,
    }
}

pub enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

/// Expressions that write their destination register only in their final
/// instruction, so compiling them straight into a live local is safe.
pub fn single_write(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => !has_walrus(left) && !has_walrus(right),
        ExprKind::UnaryOp { .. } => true,
        ExprKind::Call { .. }
        | ExprKind::Attribute { .. }
        | ExprKind::Subscript { .. }
        | ExprKind::Constant(_)
        | ExprKind::List(_)
        | ExprKind::Tuple(_)
        | ExprKind::Dict { .. }
        | ExprKind::Set(_)
        | ExprKind::JoinedStr(_)
        | ExprKind::Lambda { .. }
        | ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::GeneratorExp { .. } => true,
        ExprKind::Compare { ops, .. } => ops.len() == 1,
        _ => false,
    }
}

pub fn has_walrus(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::NamedExpr { .. } => true,
        ExprKind::BinOp { left, right, .. } => has_walrus(left) || has_walrus(right),
        ExprKind::UnaryOp { operand, .. } => has_walrus(operand),
        ExprKind::BoolOp { values, .. } => values.iter().any(has_walrus),
        ExprKind::Compare { left, comparators, .. } => has_walrus(left) || comparators.iter().any(has_walrus),
        ExprKind::Call { func, args, keywords } => has_walrus(func) || args.iter().any(has_walrus) || keywords.iter().any(|k| has_walrus(&k.value)),
        ExprKind::IfExp { test, body, orelse } => has_walrus(test) || has_walrus(body) || has_walrus(orelse),
        ExprKind::Attribute { value, .. } | ExprKind::Starred(value) => has_walrus(value),
        ExprKind::Subscript { value, slice } => has_walrus(value) || has_walrus(slice),
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) | ExprKind::JoinedStr(v) => v.iter().any(has_walrus),
        ExprKind::Dict { keys, values } => keys.iter().flatten().any(has_walrus) || values.iter().any(has_walrus),
        ExprKind::FormattedValue { value, format_spec, .. } => has_walrus(value) || format_spec.as_ref().is_some_and(|s| has_walrus(s)),
        ExprKind::Slice { lower, upper, step } => [lower, upper, step].into_iter().flatten().any(|x| has_walrus(x)),
        // Comprehension bodies can bind enclosing names with walrus too.
        ExprKind::ListComp { .. } | ExprKind::SetComp { .. } | ExprKind::DictComp { .. } | ExprKind::GeneratorExp { .. } => true,
        _ => false,
    }
}

pub fn binop_index(op: BinOp) -> u8 {
    match op {
        BinOp::Add => 0,
        BinOp::Sub => 1,
        BinOp::Mult => 2,
        BinOp::Div => 3,
        BinOp::FloorDiv => 4,
        BinOp::Mod => 5,
        BinOp::Pow => 6,
        BinOp::LShift => 7,
        BinOp::RShift => 8,
        BinOp::BitAnd => 9,
        BinOp::BitOr => 10,
        BinOp::BitXor => 11,
        BinOp::MatMult => 12,
    }
}

pub fn binop_opcode(op: BinOp) -> Op {
    match op {
        BinOp::Add => Op::Add,
        BinOp::Sub => Op::Sub,
        BinOp::Mult => Op::Mul,
        BinOp::Div => Op::TrueDiv,
        BinOp::FloorDiv => Op::FloorDiv,
        BinOp::Mod => Op::Mod,
        BinOp::Pow => Op::Pow,
        BinOp::LShift => Op::LShift,
        BinOp::RShift => Op::RShift,
        BinOp::BitAnd => Op::BitAnd,
        BinOp::BitOr => Op::BitOr,
        BinOp::BitXor => Op::BitXor,
        BinOp::MatMult => Op::MatMul,
    }
}

fn fused_op(op: CmpOp) -> Option<Op> {
    Some(match op {
        CmpOp::Lt => Op::JumpIfLt,
        CmpOp::LtE => Op::JumpIfLe,
        CmpOp::Gt => Op::JumpIfGt,
        CmpOp::GtE => Op::JumpIfGe,
        CmpOp::Eq => Op::JumpIfEq,
        CmpOp::NotEq => Op::JumpIfNe,
        _ => return None,
    })
}

/// An expression CPython 3.11's AST optimizer folds to a constant (the
/// common cases: literals, unary and binary operators on them, tuples of
/// them; it also gives up on results above its size limits, which this
/// does not model).
fn folds_to_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::UnaryOp { operand, .. } => folds_to_constant(operand),
        ExprKind::BinOp { left, right, .. } => folds_to_constant(left) && folds_to_constant(right),
        ExprKind::Tuple(items) => items.iter().all(folds_to_constant),
        _ => false,
    }
}
