//! Straight-line block merging: a block that ends in an unconditional jump
//! to a block with no other predecessor absorbs that block.
//!
//! Why: the translation opens a block per bytecode instruction and per guard
//! continuation, so a third of the blocks it makes are entered only by the
//! jump at the end of the block before. Cranelift keeps every block through
//! its mid-end, lowering and register allocation (whose liveness work grows
//! with the number of blocks), and only drops the jumps when it emits code:
//! merging them first makes the same machine code with less compile work,
//! which the program spends interpreting while it waits.

use cranelift_codegen::entity::EntityRef;
use cranelift_codegen::ir::{BlockArg, Function, InstructionData, Value};

/// Merges every block reached only by an unconditional jump into the block
/// that jumps (chains merge into their first block).
pub fn merge(func: &mut Function) {
    let Some(entry) = func.layout.entry_block() else { return };
    // Branches into each block (a `brif` with both arms to one block counts
    // twice: such a block is not merged).
    let mut preds = vec![0u32; func.dfg.num_blocks()];
    for block in func.layout.blocks() {
        if let Some(term) = func.layout.last_inst(block) {
            for dest in func.dfg.insts[term].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables) {
                preds[dest.block(&func.dfg.value_lists).index()] += 1;
            }
        }
    }
    let blocks: Vec<_> = func.layout.blocks().collect();
    let mut args: Vec<Value> = Vec::new();
    for block in blocks {
        if !func.layout.is_block_inserted(block) {
            continue;
        }
        while let Some(term) = func.layout.last_inst(block) {
            let InstructionData::Jump { destination, .. } = func.dfg.insts[term] else { break };
            let next = destination.block(&func.dfg.value_lists);
            if next == block || next == entry || preds[next.index()] != 1 {
                break;
            }
            args.clear();
            // (Arguments other than values are not produced by pylift's
            // translation: such a jump stays.)
            let values = destination.args(&func.dfg.value_lists).all(|arg| match arg {
                BlockArg::Value(v) => {
                    args.push(v);
                    true
                }
                _ => false,
            });
            let params = func.dfg.block_params(next);
            // A block that passes its successor's own parameters is not
            // reachable (it would need its successor to run first): leave it.
            if !values || args.len() != params.len() || args.iter().any(|&a| params.contains(&func.dfg.resolve_aliases(a))) {
                break;
            }
            let params = params.to_vec();
            func.layout.remove_inst(term);
            func.dfg.detach_block_params(next);
            for (&p, &a) in params.iter().zip(&args) {
                func.dfg.change_to_alias(p, a);
            }
            while let Some(inst) = func.layout.first_inst(next) {
                func.layout.remove_inst(inst);
                func.layout.append_inst(inst, block);
            }
            func.layout.remove_block(next);
        }
    }
}
