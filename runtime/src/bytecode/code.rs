//! Code objects: one compiled function (or module, or class body), plus the
//! per-instruction side tables the profiler and the JIT use: type feedback,
//! inline caches and tier-up counters.

use super::opcodes::Instr;
use crate::objects::PyCell;
use crate::value::Value;
use std::cell::Cell;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkw: bool,
    pub generator: bool,
    /// Module and class bodies: names resolve through a locals dict.
    pub name_scope: bool,
}

/// One exception-table entry: instructions in [start, end) jump to `handler`
/// with the exception in register `reg`. Inner ranges come first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub reg: u16,
}

/// An inline cache for attribute, method and global lookups. Its meaning
/// depends on the instruction (see `ops::attr` and `interp::eval`); `key1`/
/// `key2` are guards (class/dict versions), `index` a slot, `value` a cached
/// object.
pub struct InlineCache {
    pub name: Value,
    pub key1: Cell<u64>,
    pub key2: Cell<u64>,
    pub index: Cell<u32>,
    pub tag: Cell<u8>,
    pub value: PyCell<Value>,
    /// For attribute stores that add an attribute: the shape after the add.
    pub shape: PyCell<Option<Rc<crate::objects::instance::Shape>>>,
    /// Earlier states, most recent last (a polymorphic site: receivers of
    /// a few classes). Attribute lookups that miss the current state try
    /// these and swap the one that hits in (`ops::attr`).
    pub poly: PyCell<Vec<CacheEntry>>,
}

/// A saved state of an `InlineCache` (its fields but the name).
pub struct CacheEntry {
    key1: u64,
    key2: u64,
    index: u32,
    tag: u8,
    value: Value,
    shape: Option<Rc<crate::objects::instance::Shape>>,
}

impl InlineCache {
    /// How many earlier states a cache keeps.
    pub const POLY_ENTRIES: usize = 3;

    pub fn new(name: Value) -> InlineCache {
        InlineCache { name, key1: Cell::new(0), key2: Cell::new(0), index: Cell::new(0), tag: Cell::new(0), value: PyCell::new(Value::UNDEF), shape: PyCell::new(None), poly: PyCell::new(Vec::new()) }
    }

    /// The saved states as (key1, key2, index, tag, value), most recent
    /// first (for the JIT: what a polymorphic site has seen).
    pub fn saved_states(&self) -> Vec<(u64, u64, u32, u8, Value)> {
        self.poly.get().iter().rev().map(|e| (e.key1, e.key2, e.index, e.tag, e.value.clone())).collect()
    }

    /// Saves the current state (if filled) before the cache is refilled,
    /// forgetting the oldest saved one when full.
    pub fn remember(&self) {
        if self.tag.get() == 0 {
            return;
        }
        let e = CacheEntry { key1: self.key1.get(), key2: self.key2.get(), index: self.index.get(), tag: self.tag.get(), value: self.value.get().clone(), shape: self.shape.get().clone() };
        let poly = self.poly.get_mut();
        if poly.len() >= Self::POLY_ENTRIES {
            poly.remove(0);
        }
        poly.push(e);
    }

    /// Exchanges the current state with saved state `i` (twice restores).
    pub fn swap_with(&self, i: usize) {
        let Some(e) = self.poly.get_mut().get_mut(i) else { return };
        e.key1 = self.key1.replace(e.key1);
        e.key2 = self.key2.replace(e.key2);
        e.index = self.index.replace(e.index);
        e.tag = self.tag.replace(e.tag);
        std::mem::swap(&mut e.value, self.value.get_mut());
        std::mem::swap(&mut e.shape, self.shape.get_mut());
    }
}

pub struct Code {
    pub name: Value,
    pub qualname: Value,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub argcount: u16,
    pub posonlyargcount: u16,
    pub kwonlyargcount: u16,
    pub flags: CodeFlags,
    /// Named locals occupy registers 0..nlocals (parameters first).
    pub varnames: Box<[Value]>,
    /// Registers that receive the closure's cells at entry, in order.
    pub free_regs: Box<[u16]>,
    pub freevar_names: Box<[Value]>,
    /// Registers holding cells created by this frame, with the name and, for
    /// parameters, the argument register whose value seeds the cell.
    pub cell_regs: Box<[(u16, Option<u16>)]>,
    pub cellvar_names: Box<[Value]>,
    /// Total registers (locals, cells, temporaries).
    pub nregs: u16,
    pub instrs: Box<[Instr]>,
    /// Source line of each instruction.
    pub lines: Box<[u32]>,
    /// Per instruction, the source range of the expression (or statement)
    /// it belongs to, for the `~~~^^^` lines under traceback entries.
    pub positions: Box<[Pos]>,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    pub codes: Box<[Rc<Code>]>,
    pub exc_table: Box<[ExcEntry]>,
    pub caches: Box<[InlineCache]>,
    /// Type feedback, one bit set per instruction: the union of the `feedback::T_*`
    /// bits of the operands seen there.
    pub feedback: Box<[Cell<crate::feedback::Bits>]>,
    /// Tier-up counters.
    pub calls: Cell<u32>,
    pub backedges: Cell<u32>,
    pub docstring: Value,
    /// No *args/**kwargs, keyword-only parameters, cells or free variables:
    /// an exact positional call just copies the arguments.
    pub simple_args: bool,
    /// The JIT tier's state for this code object.
    pub jit: crate::jit::JitSlot,
}

/// A source range: 0-based character columns; `end_line` is 1-based.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

impl Code {
    pub fn position_at(&self, pc: usize) -> Option<Pos> {
        self.positions.get(pc).copied()
    }
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.firstlineno)
    }
    pub fn name_str(&self) -> &str {
        self.name.as_str().unwrap_or("?")
    }
    pub fn qualname_str(&self) -> &str {
        self.qualname.as_str().unwrap_or("?")
    }
    /// Where the instruction at `pc` jumps, if it is a jump (its target
    /// operand, or the word after a fused compare-and-branch).
    pub fn jump_target(&self, pc: usize) -> Option<usize> {
        let ins = self.instrs[pc];
        match ins.info().fmt {
            super::opcodes::Fmt::T | super::opcodes::Fmt::RT => Some(ins.target() as usize),
            super::opcodes::Fmt::RRT2 => self.instrs.get(pc + 1).map(|w| w.target() as usize),
            _ => None,
        }
    }
    /// The backward jumps, in code order: (target, pc of the jump). A loop
    /// runs from a target to the last backward jump to it.
    pub fn back_edges(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut pc = 0;
        while pc < self.instrs.len() {
            if let Some(t) = self.jump_target(pc).filter(|&t| t <= pc) {
                out.push((t, pc));
            }
            pc += self.instrs[pc].info().words.max(1) as usize;
        }
        out
    }
    /// The innermost handler covering `pc`.
    pub fn find_handler(&self, pc: usize) -> Option<&ExcEntry> {
        let pc = pc as u32;
        self.exc_table.iter().find(|e| e.start <= pc && pc < e.end)
    }
}
