//! Plain forms of scaled ints carried through block parameters.
//!
//! An `Int` register holds its value scaled (times 2^16, see
//! `Tr::unbox_scaled`); indexing a list needs the plain value, one
//! arithmetic shift away. A range loop's index is made from a plain counter
//! (`Tr::scaled`), so its plain form is at hand, but the loop body reads
//! the register through a block parameter (the loop header's: the OSR entry
//! and the back-edge both define it), and the body then shifted the scaled
//! parameter back on every iteration (`for n in range(len(xs)): xs[n]`).
//!
//! Once the function is translated, every such parameter all of whose
//! incoming values have plain forms gets a second parameter carrying them,
//! and the shifts read it. An incoming value has a plain form when it was
//! made by `Tr::scaled`, is itself such a parameter, or was unboxed from a
//! word (a shift left by the scale: an OSR entry's frame slot); for the
//! last, the shift right is made where it is defined (where the
//! interpreter hands over, not in the loop).

use super::SCALE;
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::entity::EntityRef;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{BlockArg, Function, Inst, InstBuilder, InstructionData, Opcode, Value, ValueDef};
use std::collections::HashMap;

/// What the translation records for the pass.
#[derive(Default)]
pub(super) struct Plain {
    /// Scaled values made from a plain one, with it.
    pub of: HashMap<Value, Value>,
    /// Unscaling shifts made (instruction, scaled operand).
    pub shifts: Vec<(Inst, Value)>,
}

/// How a value gets its plain form.
#[derive(Clone, Copy, PartialEq)]
enum Source {
    Known(Value),
    /// A block parameter (given a plain twin).
    Param,
    /// An instruction result shifted where it is made.
    Shift,
}

impl Plain {
    /// Rewrites `func`'s unscaling shifts to read plain forms where it can.
    pub(super) fn settle(self, func: &mut Function) {
        if self.shifts.is_empty() {
            return;
        }
        let entry = func.layout.entry_block();
        let source = |func: &Function, v: Value| -> Option<Source> {
            if let Some(&p) = self.of.get(&v) {
                return Some(Source::Known(p));
            }
            match func.dfg.value_def(v) {
                ValueDef::Param(b, _) if Some(b) != entry => Some(Source::Param),
                ValueDef::Result(inst, 0) if unboxes(func, inst) => Some(Source::Shift),
                _ => None,
            }
        };
        // Incoming values per block parameter (indexed by value number).
        let mut incoming: Vec<Vec<Value>> = vec![Vec::new(); func.dfg.num_values()];
        for block in func.layout.blocks() {
            for inst in func.layout.block_insts(block) {
                let dfg = &func.dfg;
                for call in dfg.insts[inst].branch_destination(&dfg.jump_tables, &dfg.exception_tables) {
                    let params = dfg.block_params(call.block(&dfg.value_lists));
                    for (k, arg) in call.args(&dfg.value_lists).enumerate() {
                        let BlockArg::Value(v) = arg else { continue };
                        incoming[params[k].index()].push(dfg.resolve_aliases(v));
                    }
                }
            }
        }
        // The parameters the shifts need, and those they need in turn.
        let mut wanted: Vec<Value> = Vec::new();
        let mut seen = vec![false; func.dfg.num_values()];
        let mut work: Vec<Value> = Vec::new();
        for &(_, s) in &self.shifts {
            let s = func.dfg.resolve_aliases(s);
            if source(func, s) == Some(Source::Param) && !std::mem::replace(&mut seen[s.index()], true) {
                work.push(s);
            }
        }
        while let Some(p) = work.pop() {
            wanted.push(p);
            for &a in &incoming[p.index()] {
                if source(func, a) == Some(Source::Param) && !std::mem::replace(&mut seen[a.index()], true) {
                    work.push(a);
                }
            }
        }
        // A parameter fails if one of its values has no plain form (or it
        // has none): until nothing changes.
        let mut ok = vec![false; func.dfg.num_values()];
        for &p in &wanted {
            ok[p.index()] = true;
        }
        loop {
            let mut changed = false;
            for &p in &wanted {
                if !ok[p.index()] {
                    continue;
                }
                let vals = &incoming[p.index()];
                let fine = !vals.is_empty()
                    && vals.iter().all(|&a| match source(func, a) {
                        Some(Source::Param) => ok[a.index()],
                        Some(_) => true,
                        None => false,
                    });
                if !fine {
                    ok[p.index()] = false;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        // Twins, in each block in parameter order (so the arguments appended
        // to every branch below line up with them).
        let mut twin: HashMap<Value, Value> = HashMap::new();
        let mut blocks: Vec<_> = wanted.iter().filter(|p| ok[p.index()]).filter_map(|&p| if let ValueDef::Param(b, _) = func.dfg.value_def(p) { Some((b, p)) } else { None }).collect();
        if blocks.is_empty() {
            return;
        }
        blocks.sort_by_key(|&(b, p)| (b, func.dfg.block_params(b).iter().position(|&q| q == p)));
        for &(b, p) in &blocks {
            twin.insert(p, func.dfg.append_block_param(b, I64));
        }
        // Instruction results shifted where they are made.
        let mut shifted: HashMap<Value, Value> = HashMap::new();
        let mut plain_form = |func: &mut Function, v: Value| -> Value {
            match source(func, v) {
                Some(Source::Known(p)) => p,
                Some(Source::Param) => twin[&v],
                _ => *shifted.entry(v).or_insert_with(|| {
                    let ValueDef::Result(inst, _) = func.dfg.value_def(v) else { unreachable!("checked: a result") };
                    let mut pos = FuncCursor::new(func).after_inst(inst);
                    pos.ins().sshr_imm_s(v, SCALE)
                }),
            }
        };
        // Every branch to a block with twins passes them.
        let branches: Vec<Inst> = func.layout.blocks().filter_map(|b| func.layout.last_inst(b)).collect();
        for inst in branches {
            let n = func.dfg.insts[inst].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables).len();
            for d in 0..n {
                let (target, args): (_, Vec<Value>) = {
                    let dfg = &func.dfg;
                    let call = dfg.insts[inst].branch_destination(&dfg.jump_tables, &dfg.exception_tables)[d];
                    let target = call.block(&dfg.value_lists);
                    let params = dfg.block_params(target);
                    let args = call
                        .args(&dfg.value_lists)
                        .enumerate()
                        .filter(|&(k, _)| twin.contains_key(&params[k]))
                        .filter_map(|(_, a)| if let BlockArg::Value(v) = a { Some(dfg.resolve_aliases(v)) } else { None })
                        .collect();
                    (target, args)
                };
                if args.is_empty() {
                    continue;
                }
                debug_assert!(func.dfg.block_params(target).len() > args.len());
                let plains: Vec<Value> = args.iter().map(|&a| plain_form(func, a)).collect();
                let dfg = &mut func.dfg;
                let call = &mut dfg.insts[inst].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables)[d];
                for p in plains {
                    call.append_argument(p, &mut dfg.value_lists);
                }
            }
        }
        // The shifts read the plain forms.
        for (inst, s) in self.shifts {
            let s = func.dfg.resolve_aliases(s);
            let p = match source(func, s) {
                Some(Source::Known(p)) => p,
                Some(Source::Param) if twin.contains_key(&s) => twin[&s],
                _ => continue,
            };
            func.replace(inst).iadd_imm_s(p, 0);
        }
    }
}

/// Whether `inst` is a shift left by the scale (the unboxing of a word).
fn unboxes(func: &Function, inst: Inst) -> bool {
    let dfg = &func.dfg;
    let InstructionData::Binary { opcode: Opcode::Ishl, args } = dfg.insts[inst] else { return false };
    let ValueDef::Result(c, _) = dfg.value_def(dfg.resolve_aliases(args[1])) else { return false };
    matches!(dfg.insts[c], InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } if imm.bits() == SCALE)
}
