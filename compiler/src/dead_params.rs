//! Dead block-parameter elimination: a block parameter whose value is only
//! ever passed on to other dead parameters is removed, with its arguments.
//!
//! Why: `cranelift-frontend` gives every variable still defined at a loop
//! header a parameter there, and a loop that no longer reads a value (a
//! range's step folded to a constant, a list pointer re-read from the frame)
//! still carries it around the back-edge. Cranelift keeps such cycles alive
//! (its `remove_constant_phis` removes only parameters that always receive
//! the same value), so they occupy registers in the loop and push the values
//! that are used onto the stack: in a loop with ten live values on x86-64
//! the induction variable was spilled and reloaded every iteration.

use cranelift_codegen::ir::{BlockArg, Function, Value};
use std::collections::HashSet;

/// Removes the parameters (other than the entry block's) that no
/// instruction uses except as a branch argument to another removed one.
pub fn remove(func: &mut Function) {
    let Some(entry) = func.layout.entry_block() else { return };
    let dfg = &func.dfg;
    // Edges: (parameter it feeds, value passed).
    let mut edges: Vec<(Value, Value)> = Vec::new();
    let mut live: HashSet<Value> = HashSet::new();
    let mut work: Vec<Value> = Vec::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            for &v in dfg.inst_args(inst) {
                let v = dfg.resolve_aliases(v);
                if live.insert(v) {
                    work.push(v);
                }
            }
            for call in dfg.insts[inst].branch_destination(&dfg.jump_tables, &dfg.exception_tables) {
                let params = dfg.block_params(call.block(&dfg.value_lists));
                for (k, arg) in call.args(&dfg.value_lists).enumerate() {
                    match arg {
                        BlockArg::Value(v) => edges.push((params[k], dfg.resolve_aliases(v))),
                        // Not produced by pylift's translation; keep its target's parameter.
                        _ => {
                            if live.insert(params[k]) {
                                work.push(params[k]);
                            }
                        }
                    }
                }
            }
        }
    }
    // A live parameter makes the values passed to it live.
    let mut feeds: std::collections::HashMap<Value, Vec<Value>> = std::collections::HashMap::new();
    for &(p, v) in &edges {
        feeds.entry(p).or_default().push(v);
    }
    while let Some(p) = work.pop() {
        for &v in feeds.get(&p).map(Vec::as_slice).unwrap_or(&[]) {
            if live.insert(v) {
                work.push(v);
            }
        }
    }
    let blocks: Vec<_> = func.layout.blocks().filter(|&b| b != entry).collect();
    let mut dead: Vec<(cranelift_codegen::ir::Block, usize, Value)> = Vec::new();
    for &block in &blocks {
        for (k, &p) in func.dfg.block_params(block).iter().enumerate().rev() {
            if !live.contains(&p) {
                dead.push((block, k, p));
            }
        }
    }
    if dead.is_empty() {
        return;
    }
    // Highest index first within each block, so earlier indices stay valid.
    let insts: Vec<_> = blocks.iter().chain(std::iter::once(&entry)).flat_map(|&b| func.layout.block_insts(b).collect::<Vec<_>>()).collect();
    let dfg = &mut func.dfg;
    for inst in insts {
        let calls = dfg.insts[inst].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables);
        for call in calls.iter_mut() {
            let target = call.block(&dfg.value_lists);
            for &(_, k, _) in dead.iter().filter(|d| d.0 == target) {
                call.remove(k, &mut dfg.value_lists);
            }
        }
    }
    for &(_, _, p) in &dead {
        dfg.remove_block_param(p);
    }
}

#[cfg(test)]
mod tests {
    use super::remove;
    use cranelift_codegen::ir::{types::I64, AbiParam, Function, InstBuilder, Signature, UserFuncName};
    use cranelift_codegen::isa::CallConv;
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    /// A loop carrying `i` (used: compared and returned) and `k` (only
    /// passed around the back-edge): `k`'s parameter and arguments go.
    #[test]
    fn removes_a_cycle_of_unused_parameters_and_keeps_used_ones() {
        let mut sig = Signature::new(CallConv::SystemV);
        sig.params.push(AbiParam::new(I64));
        sig.returns.push(AbiParam::new(I64));
        let mut func = Function::with_name_signature(UserFuncName::testcase("t"), sig);
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let (entry, header, body, exit) = (b.create_block(), b.create_block(), b.create_block(), b.create_block());
        b.append_block_params_for_function_params(entry);
        let i = b.append_block_param(header, I64);
        let k = b.append_block_param(header, I64);
        b.switch_to_block(entry);
        let n = b.block_params(entry)[0];
        let zero = b.ins().iconst(I64, 0);
        b.ins().jump(header, &[zero.into(), n.into()]);
        b.switch_to_block(header);
        let more = b.ins().icmp(cranelift_codegen::ir::condcodes::IntCC::SignedLessThan, i, n);
        b.ins().brif(more, body, &[], exit, &[]);
        b.switch_to_block(body);
        let i1 = b.ins().iadd_imm(i, 1);
        b.ins().jump(header, &[i1.into(), k.into()]);
        b.switch_to_block(exit);
        b.ins().return_(&[i]);
        b.seal_all_blocks();
        b.finalize(cranelift_codegen::isa::TargetFrontendConfig { default_call_conv: CallConv::SystemV, pointer_width: target_lexicon::PointerWidth::U64, page_size_align_log2: 12 });
        remove(&mut func);
        assert_eq!(func.dfg.block_params(header), &[i]);
        let text = func.display().to_string();
        let jumps: Vec<&str> = text.lines().filter(|l| l.contains("jump block1(")).collect();
        assert!(jumps.len() == 2 && jumps.iter().all(|l| !l.contains(',')), "{text}");
        cranelift_codegen::verify_function(&func, &cranelift_codegen::settings::Flags::new(cranelift_codegen::settings::builder())).unwrap();
    }
}
