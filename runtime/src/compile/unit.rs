//! Per-code-object compiler state: instructions, tables, registers, labels,
//! and the block stack used to unwind `return`/`break`/`continue` through
//! `try` and exception handlers.

use super::scope::{NameKind, Scope};
use super::CompileError;
use crate::bytecode::{Code, CodeFlags, ExcEntry, InlineCache, Instr, Op};
use crate::frontend::ast::Stmt;
use crate::objects::str::intern;
use crate::value::Value;
use rustc_hash::FxHashMap;
use std::cell::Cell;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub usize);

#[derive(Clone)]
pub enum BlockKind<'a> {
    Loop {
        cont: Label,
        brk: Label,
    },
    /// A `try` body protected by except handlers.
    ExceptBody,
    /// Inside `except ...:`; leaving it pops the handled exception and
    /// clears the `as` name.
    HandlerBody {
        name: Option<String>,
    },
    /// A `try` body whose `finally` must run on every exit.
    Finally {
        body: &'a [Stmt],
    },
    /// Inside the exceptional copy of a `finally` body.
    FinallyHandler,
    /// A `with` body: leaving it calls `exit(None, None, None)`.
    With {
        exit: u16,
    },
}

#[derive(Clone)]
pub struct Block<'a> {
    pub kind: BlockKind<'a>,
    /// Protected ranges (closed) and the currently open range start.
    pub ranges: Vec<(u32, u32)>,
    pub open: Option<u32>,
    pub handler: Option<Label>,
    pub exc_reg: u16,
}

pub struct Unit<'a> {
    pub scope: &'a Scope,
    pub name: String,
    pub qualname: String,
    pub instrs: Vec<Instr>,
    pub lines: Vec<u32>,
    pub positions: Vec<crate::bytecode::Pos>,
    /// The source range the next instructions belong to.
    pub pos: crate::bytecode::Pos,
    pub consts: Vec<Value>,
    const_keys: FxHashMap<ConstKey, u16>,
    pub names: Vec<Value>,
    name_index: FxHashMap<String, u16>,
    pub codes: Vec<Rc<Code>>,
    pub caches: Vec<InlineCache>,
    pub exc_entries: Vec<(u32, u32, Label, u16)>,
    /// Registers of locals, cells and free variables.
    pub reg_of: FxHashMap<String, u16>,
    pub first_temp: u16,
    pub next_temp: u16,
    /// The highest temporary the current statement used (+1).
    pub temp_high: u16,
    pub max_reg: u16,
    labels: Vec<Option<u32>>,
    patches: Vec<(usize, Label, bool)>,
    pub blocks: Vec<Block<'a>>,
    /// Blocks popped by an in-progress unwind, restored after the exit jump.
    pub pending_restore: Vec<Vec<Block<'a>>>,
    /// Definite assignment: `bound[r]` for local register r.
    pub bound: Vec<bool>,
    pub reachable: bool,
    pub line: u32,
    pub free_regs: Vec<u16>,
    pub cell_regs: Vec<(u16, Option<u16>)>,
    pub docstring: Value,
    pub firstlineno: u32,
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    Bits(u64),
    Str(String),
    Other(usize),
}

impl<'a> Unit<'a> {
    pub fn new(scope: &'a Scope, name: &str, qualname: &str, firstlineno: u32) -> Unit<'a> {
        let mut reg_of = FxHashMap::default();
        let mut r: u16 = 0;
        for n in &scope.locals {
            reg_of.insert(n.clone(), r);
            r += 1;
        }
        let nlocals = r;
        let mut cell_regs = Vec::new();
        for n in &scope.cells {
            let param = scope.params.iter().position(|p| p == n).map(|i| i as u16);
            reg_of.insert(n.clone(), r);
            cell_regs.push((r, param));
            r += 1;
        }
        let mut free_regs = Vec::new();
        for n in &scope.frees {
            reg_of.insert(n.clone(), r);
            free_regs.push(r);
            r += 1;
        }
        let mut bound = vec![false; nlocals as usize];
        for b in bound.iter_mut().take(scope.params.len()) {
            *b = true;
        }
        Unit {
            scope,
            name: name.to_string(),
            qualname: qualname.to_string(),
            instrs: Vec::new(),
            lines: Vec::new(),
            positions: Vec::new(),
            pos: crate::bytecode::Pos::default(),
            consts: Vec::new(),
            const_keys: FxHashMap::default(),
            names: Vec::new(),
            name_index: FxHashMap::default(),
            codes: Vec::new(),
            caches: Vec::new(),
            exc_entries: Vec::new(),
            reg_of,
            first_temp: r,
            next_temp: r,
            temp_high: r,
            max_reg: r,
            labels: Vec::new(),
            patches: Vec::new(),
            blocks: Vec::new(),
            pending_restore: Vec::new(),
            bound,
            reachable: true,
            line: firstlineno,
            free_regs,
            cell_regs,
            docstring: Value::NONE,
            firstlineno,
        }
    }

    pub fn pc(&self) -> u32 {
        self.instrs.len() as u32
    }

    pub fn emit(&mut self, i: Instr) -> usize {
        self.instrs.push(i);
        self.lines.push(self.line);
        self.positions.push(self.pos);
        self.instrs.len() - 1
    }

    pub fn op(&mut self, op: Op, a: u16, b: u16, c: u16) -> usize {
        self.emit(Instr::new(op, a, b, c))
    }

    pub fn opx(&mut self, op: Op, x: u8, a: u16, b: u16, c: u16) -> usize {
        self.emit(Instr::with_x(op, x, a, b, c))
    }

    pub fn temp(&mut self) -> Result<u16, CompileError> {
        let r = self.next_temp;
        if r >= u16::MAX - 4 {
            return Err(CompileError { msg: "too many registers in one function".into(), line: self.line, col: 0, end_col: 0 });
        }
        self.next_temp += 1;
        self.max_reg = self.max_reg.max(self.next_temp);
        self.temp_high = self.temp_high.max(self.next_temp);
        Ok(r)
    }

    pub fn temps(&mut self, n: usize) -> Result<u16, CompileError> {
        let r = self.next_temp;
        for _ in 0..n {
            self.temp()?;
        }
        Ok(r)
    }

    pub fn is_temp(&self, r: u16) -> bool {
        r >= self.first_temp
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }

    pub fn bind(&mut self, l: Label) {
        self.labels[l.0] = Some(self.pc());
        self.reachable = true;
    }

    /// Emits a one-word jump whose target is in b|c.
    pub fn jump(&mut self, op: Op, a: u16, l: Label) {
        let at = self.op(op, a, 0, 0);
        self.patch_or_set(at, l, false);
        if op == Op::Jump {
            self.reachable = false;
        }
    }

    /// Emits a two-word instruction whose target is in the second word.
    pub fn jump2(&mut self, op: Op, a: u16, b: u16, l: Label) {
        self.jump2x(op, 0, a, b, l);
    }

    /// `jump2` with the flag byte `x` (for fused compares: 1 = jump when
    /// the comparison is false).
    pub fn jump2x(&mut self, op: Op, x: u8, a: u16, b: u16, l: Label) {
        self.opx(op, x, a, b, 0);
        let at = self.emit(Instr::word(0));
        self.patch_or_set(at, l, true);
    }

    fn patch_or_set(&mut self, at: usize, l: Label, _second: bool) {
        match self.labels[l.0] {
            Some(pos) => self.instrs[at].set_target(pos),
            None => self.patches.push((at, l, _second)),
        }
    }

    pub fn const_index(&mut self, v: Value) -> u16 {
        let key = if let Some(s) = v.as_str() {
            ConstKey::Str(s.to_string())
        } else if !v.is_ptr() {
            ConstKey::Bits(v.bits())
        } else {
            ConstKey::Other(self.consts.len())
        };
        if let Some(&i) = self.const_keys.get(&key) {
            return i;
        }
        let i = self.consts.len() as u16;
        self.consts.push(v);
        self.const_keys.insert(key, i);
        i
    }

    pub fn name_idx(&mut self, name: &str) -> u16 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let i = self.names.len() as u16;
        self.names.push(intern(name));
        self.name_index.insert(name.to_string(), i);
        i
    }

    pub fn cache(&mut self, name: &str) -> u16 {
        self.caches.push(InlineCache::new(intern(name)));
        (self.caches.len() - 1) as u16
    }

    pub fn kind_of(&self, name: &str) -> NameKind {
        self.scope.kind_of(name)
    }

    // ---- exception regions ----

    pub fn push_block(&mut self, kind: BlockKind<'a>, handler: Option<Label>, exc_reg: u16) {
        let open = handler.map(|_| self.pc());
        self.blocks.push(Block { kind, ranges: Vec::new(), open, handler, exc_reg });
    }

    /// Pops the innermost block for good, recording its protected ranges.
    pub fn pop_block(&mut self) {
        if let Some(mut b) = self.blocks.pop() {
            if let Some(s) = b.open.take() {
                b.ranges.push((s, self.pc()));
            }
            if let Some(h) = b.handler {
                for (s, e) in b.ranges {
                    if e > s {
                        self.exc_entries.push((s, e, h, b.exc_reg));
                    }
                }
            }
        }
    }

    pub fn suspend(b: &mut Block<'a>, pc: u32) {
        if let Some(s) = b.open.take() {
            b.ranges.push((s, pc));
        }
    }

    pub fn resume(b: &mut Block<'a>, pc: u32) {
        if b.handler.is_some() {
            b.open = Some(pc);
        }
    }

    pub fn finish(mut self, flags: CodeFlags, filename: &Rc<str>, argcount: u16, posonly: u16, kwonly: u16) -> Result<Code, CompileError> {
        while !self.blocks.is_empty() {
            self.pop_block();
        }
        for (at, l, _) in std::mem::take(&mut self.patches) {
            let pos = self.labels[l.0].ok_or_else(|| CompileError { msg: "internal error: unbound label".into(), line: self.line, col: 0, end_col: 0 })?;
            self.instrs[at].set_target(pos);
        }
        let mut exc_table = Vec::new();
        for (s, e, h, reg) in &self.exc_entries {
            let handler = self.labels[h.0].ok_or_else(|| CompileError { msg: "internal error: unbound handler".into(), line: self.line, col: 0, end_col: 0 })?;
            exc_table.push(ExcEntry { start: *s, end: *e, handler, reg: *reg });
        }
        let n = self.instrs.len();
        let varnames: Vec<Value> = self.scope.locals.iter().map(|n| intern(n)).collect();
        Ok(Code {
            name: intern(&self.name),
            qualname: intern(&self.qualname),
            filename: filename.clone(),
            firstlineno: self.firstlineno,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            flags,
            varnames: varnames.into_boxed_slice(),
            free_regs: self.free_regs.into_boxed_slice(),
            freevar_names: self.scope.frees.iter().map(|n| intern(n)).collect(),
            cell_regs: self.cell_regs.into_boxed_slice(),
            cellvar_names: self.scope.cells.iter().map(|n| intern(n)).collect(),
            nregs: self.max_reg.max(1),
            instrs: self.instrs.into_boxed_slice(),
            lines: self.lines.into_boxed_slice(),
            positions: self.positions.into_boxed_slice(),
            consts: self.consts.into_boxed_slice(),
            names: self.names.into_boxed_slice(),
            codes: self.codes.into_boxed_slice(),
            exc_table: exc_table.into_boxed_slice(),
            caches: self.caches.into_boxed_slice(),
            feedback: (0..n).map(|_| Cell::new(0)).collect(),
            calls: Cell::new(0),
            backedges: Cell::new(0),
            docstring: self.docstring,
            jit: crate::jit::JitSlot::default(),
            simple_args: !flags.varargs && !flags.varkw && kwonly == 0 && self.scope.cells.is_empty() && self.scope.frees.is_empty(),
        })
    }
}
