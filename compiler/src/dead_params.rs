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

use cranelift_codegen::entity::EntityRef;
use cranelift_codegen::ir::{Block, BlockArg, Function, InstBuilder, Value};

/// Removes the parameters (other than the entry block's) that no
/// instruction uses except as a branch argument to another removed one.
pub fn remove(func: &mut Function) {
    let Some(entry) = func.layout.entry_block() else { return };
    let dfg = &func.dfg;
    // Indexed by value number: this runs on every compile, so no hashing.
    let mut live = vec![false; dfg.num_values()];
    let mut work: Vec<Value> = Vec::new();
    let mark = |v: Value, live: &mut [bool], work: &mut Vec<Value>| {
        if !std::mem::replace(&mut live[v.index()], true) {
            work.push(v);
        }
    };
    // Edges: (parameter it feeds, value passed), and (result of a pure
    // instruction, operand): a value is live if an instruction with an
    // effect reads it, or a live one depends on it. (So a loop value that
    // only feeds its own next value goes, with that arithmetic: a scaled
    // counter whose uses `translate::plain` moved to its plain form.)
    let mut edges: Vec<(Value, Value)> = Vec::new();
    let mut pure: Vec<cranelift_codegen::ir::Inst> = Vec::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            if is_pure(func, inst) {
                let r = dfg.first_result(inst);
                edges.extend(dfg.inst_args(inst).iter().map(|&v| (r, dfg.resolve_aliases(v))));
                pure.push(inst);
            } else {
                for &v in dfg.inst_args(inst) {
                    mark(dfg.resolve_aliases(v), &mut live, &mut work);
                }
            }
            for call in dfg.insts[inst].branch_destination(&dfg.jump_tables, &dfg.exception_tables) {
                let params = dfg.block_params(call.block(&dfg.value_lists));
                for (k, arg) in call.args(&dfg.value_lists).enumerate() {
                    match arg {
                        BlockArg::Value(v) => edges.push((params[k], dfg.resolve_aliases(v))),
                        // Not produced by pylift's translation; keep its target's parameter.
                        _ => mark(params[k], &mut live, &mut work),
                    }
                }
            }
        }
    }
    // A live parameter (result) makes the values passed to it (its
    // operands) live.
    edges.sort_unstable_by_key(|e| e.0);
    while let Some(p) = work.pop() {
        let from = edges.partition_point(|e| e.0 < p);
        for &(_, v) in edges[from..].iter().take_while(|e| e.0 == p) {
            mark(v, &mut live, &mut work);
        }
    }
    // Per block, highest index first, so earlier indices stay valid.
    let mut dead: Vec<(Block, usize, Value)> = Vec::new();
    for block in func.layout.blocks().filter(|&b| b != entry) {
        for (k, &p) in func.dfg.block_params(block).iter().enumerate().rev() {
            if !live[p.index()] {
                dead.push((block, k, p));
            }
        }
    }
    if dead.is_empty() {
        return;
    }
    // Pure instructions nothing live reads may read a parameter about to
    // go: they become constants (Cranelift removes them).
    for inst in pure {
        let r = func.dfg.first_result(inst);
        if !live[r.index()] {
            let ty = func.dfg.value_type(r);
            func.replace(inst).iconst(ty, 0);
        }
    }
    // The range of `dead` each block's parameters occupy.
    let mut span = vec![(0, 0); func.dfg.num_blocks()];
    for (i, d) in dead.iter().enumerate() {
        let s = &mut span[d.0.index()];
        *s = if s.1 == 0 { (i, i + 1) } else { (s.0, i + 1) };
    }
    let insts: Vec<_> = func.layout.blocks().flat_map(|b| func.layout.block_insts(b)).collect();
    let dfg = &mut func.dfg;
    for inst in insts {
        let calls = dfg.insts[inst].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables);
        for call in calls.iter_mut() {
            let target = call.block(&dfg.value_lists);
            let (from, to) = span[target.index()];
            for &(_, k, _) in &dead[from..to] {
                call.remove(k, &mut dfg.value_lists);
            }
        }
    }
    for &(_, _, p) in &dead {
        dfg.remove_block_param(p);
    }
}

/// Removes the parameters that receive one value on every edge, apart
/// from themselves (a loop's back-edges passing a value the loop does not
/// change): each becomes an alias of that value.
///
/// Why: `cranelift-frontend` removes such a parameter only when every edge
/// already resolves to the value as the block is sealed; a loop header's
/// parameter whose back-edges pass a parameter of a block sealed later
/// (that itself turns out to be the header's) stays. Cranelift's
/// `remove_constant_phis` removes only parameters that receive one value
/// defined by an instruction, not another parameter (a pre-header's). A
/// value the loop does not change but that arrives as such a parameter is
/// defined in the loop as far as Cranelift is concerned, so nothing
/// computed from it is hoisted (`a * 31` in `for b in range(40)` entered by
/// OSR: see `translate::rewind`).
pub fn remove_trivial(func: &mut Function) {
    let Some(entry) = func.layout.entry_block() else { return };
    #[derive(Clone, Copy, PartialEq)]
    enum Seen {
        Nothing,
        One(Value),
        Many,
    }
    let insts: Vec<_> = func.layout.blocks().flat_map(|b| func.layout.block_insts(b)).filter(|&i| func.dfg.insts[i].opcode().is_branch()).collect();
    // Bounded: each round removes at least one parameter.
    loop {
        let dfg = &func.dfg;
        let mut seen = vec![Seen::Nothing; dfg.num_values()];
        for &inst in &insts {
            for call in dfg.insts[inst].branch_destination(&dfg.jump_tables, &dfg.exception_tables) {
                let params = dfg.block_params(call.block(&dfg.value_lists));
                for (k, arg) in call.args(&dfg.value_lists).enumerate() {
                    let p = params[k];
                    let s = &mut seen[p.index()];
                    match arg {
                        BlockArg::Value(v) => {
                            let v = dfg.resolve_aliases(v);
                            *s = match *s {
                                _ if v == p => *s,
                                Seen::Nothing => Seen::One(v),
                                Seen::One(w) if w == v => *s,
                                _ => Seen::Many,
                            };
                        }
                        _ => *s = Seen::Many,
                    }
                }
            }
        }
        // Per block, highest index first, so earlier indices stay valid;
        // not one whose value is another parameter going in this round.
        let mut trivial: Vec<(Block, usize, Value, Value)> = Vec::new();
        for block in func.layout.blocks().filter(|&b| b != entry) {
            for (k, &p) in dfg.block_params(block).iter().enumerate().rev() {
                if let Seen::One(v) = seen[p.index()] {
                    let going =
                        |x: Value| matches!(seen[x.index()], Seen::One(_)) && dfg.value_is_attached(x) && matches!(dfg.value_def(x), cranelift_codegen::ir::ValueDef::Param(b, _) if b != entry);
                    if !going(v) {
                        trivial.push((block, k, p, v));
                    }
                }
            }
        }
        if trivial.is_empty() {
            return;
        }
        let dfg = &mut func.dfg;
        for &inst in &insts {
            let calls = dfg.insts[inst].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables);
            for call in calls.iter_mut() {
                let target = call.block(&dfg.value_lists);
                for &(_, k, _, _) in trivial.iter().filter(|t| t.0 == target) {
                    call.remove(k, &mut dfg.value_lists);
                }
            }
        }
        for &(_, _, p, v) in &trivial {
            dfg.remove_block_param(p);
            dfg.change_to_alias(p, v);
        }
    }
}

/// Whether `inst` computes its one result from its operands alone (the
/// integer arithmetic the translation makes).
fn is_pure(func: &Function, inst: cranelift_codegen::ir::Inst) -> bool {
    use cranelift_codegen::ir::Opcode::*;
    matches!(func.dfg.insts[inst].opcode(), Iadd | Isub | Imul | Ishl | Sshr | Ushr | Band | Bor | Bxor | Icmp | Iconst | Uextend | Sextend) && func.dfg.inst_results(inst).len() == 1
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
        let i1 = b.ins().iadd_imm_s(i, 1);
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
