//! Register bytecode: the opcode table, code objects, and the disassembler.

mod code;
mod disasm;
mod opcodes;

pub use code::{Code, CodeFlags, ExcEntry, InlineCache, Pos};
pub use disasm::{disassemble, disassemble_one};
pub use opcodes::{Fmt, Instr, Op, OpInfo, NO_REG, OP_INFO};
