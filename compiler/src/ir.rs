//! Small queries on Cranelift IR shared by the passes that rewrite it
//! after translation (`divisibility`, `strength`, `translate::plain`).

use cranelift_codegen::ir::{Function, InstructionData, Opcode, Value, ValueDef};

/// The value of `v` (through aliases) if an `iconst` makes it.
pub(crate) fn constant(func: &Function, v: Value) -> Option<i64> {
    let ValueDef::Result(c, _) = func.dfg.value_def(func.dfg.resolve_aliases(v)) else { return None };
    match func.dfg.insts[c] {
        InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } => Some(imm.bits()),
        _ => None,
    }
}
