//! Strength reduction of products of induction variables: `p * c` (or
//! `(p << k) * c`) inside the loop of an induction variable `p` becomes a
//! value of its own carried around the loop, stepped by `step * c`.
//!
//! Why: `for b in range(40): x = a * 31 + b * 17` multiplied the loop's
//! counter (scaled to the tagged form, then by 17) every iteration: a
//! shift and a 3-cycle multiply on the way to everything `x` decides.
//! Carried instead, `b * 17` costs one add. Cranelift does no such
//! rewriting. Exact whatever the values: the arithmetic is modulo 2**64
//! on both sides (`(p + s) * c == p * c + s * c`), and overflow checks
//! never come through here (they are `smul_overflow`, left alone).

use crate::ir::constant;
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{Block, BlockArg, Function, Inst, InstBuilder, InstructionData, Opcode, Value, ValueDef};

/// An induction variable: parameter `k` (value `p`) of loop header
/// `header`, every back-edge passing `p + step`.
#[derive(Clone, Copy)]
struct Induction {
    header: Block,
    p: Value,
    step: i64,
}

/// Rewrites the products in loops (two rounds: a carried product is an
/// induction variable itself).
pub fn reduce(func: &mut Function) {
    for _ in 0..2 {
        if !round(func) {
            return;
        }
    }
}

fn round(func: &mut Function) -> bool {
    let cfg = ControlFlowGraph::with_function(func);
    let dom = DominatorTree::with_function(func, &cfg);
    let ivs = inductions(func, &cfg, &dom);
    if ivs.is_empty() {
        return false;
    }
    // Products `p * m` inside their variable's loop.
    let mut sites: Vec<(Inst, Induction, i64)> = Vec::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            let Some((x, c)) = times_constant(func, inst) else { continue };
            let (base, m) = match unshift(func, x) {
                Some((b, k)) => (b, c.wrapping_shl(k)),
                None => (x, c),
            };
            if let Some(iv) = ivs.iter().find(|iv| iv.p == base) {
                if in_loop(func, &cfg, &dom, iv.header, block) {
                    sites.push((inst, *iv, m));
                }
            }
        }
    }
    if sites.is_empty() {
        return false;
    }
    let mut carried: Vec<(Value, i64, Value)> = Vec::new();
    for (inst, iv, m) in sites {
        let r = func.dfg.first_result(inst);
        func.layout.remove_inst(inst);
        func.dfg.clear_results(inst);
        if let Some(&(_, _, q)) = carried.iter().find(|c| c.0 == iv.p && c.1 == m) {
            func.dfg.change_to_alias(r, q);
            continue;
        }
        let q = func.dfg.append_block_param(iv.header, I64);
        carried.push((iv.p, m, q));
        let step = iv.step.wrapping_mul(m);
        for pred in cfg.pred_iter(iv.header).collect::<Vec<_>>() {
            let back = dom.block_dominates(iv.header, pred.block);
            let n = func.dfg.insts[pred.inst].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables).len();
            for d in 0..n {
                let call = func.dfg.insts[pred.inst].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables)[d];
                if call.block(&func.dfg.value_lists) != iv.header {
                    continue;
                }
                let mut pos = FuncCursor::new(func).at_inst(pred.inst);
                let next = if back {
                    pos.ins().iadd_imm_s(q, step)
                } else {
                    let BlockArg::Value(init) = call.args(&pos.func.dfg.value_lists).nth(param_index(pos.func, iv)).expect("an argument per parameter") else {
                        unreachable!("inductions() takes only value arguments")
                    };
                    let mc = pos.ins().iconst(I64, m);
                    pos.ins().imul(init, mc)
                };
                let dfg = &mut func.dfg;
                dfg.insts[pred.inst].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables)[d].append_argument(next, &mut dfg.value_lists);
            }
        }
        func.dfg.change_to_alias(r, q);
    }
    true
}

/// The position of `iv.p` among its header's parameters.
fn param_index(func: &Function, iv: Induction) -> usize {
    func.dfg.block_params(iv.header).iter().position(|&v| v == iv.p).expect("a parameter of its header")
}

/// The 64-bit header parameters every back-edge steps by one constant
/// (and every edge passes a plain value).
fn inductions(func: &Function, cfg: &ControlFlowGraph, dom: &DominatorTree) -> Vec<Induction> {
    let dfg = &func.dfg;
    let mut out = Vec::new();
    for header in func.layout.blocks() {
        let preds: Vec<_> = cfg.pred_iter(header).collect();
        if !preds.iter().any(|p| dom.block_dominates(header, p.block)) {
            continue;
        }
        for (k, &p) in dfg.block_params(header).iter().enumerate() {
            if dfg.value_type(p) != I64 {
                continue;
            }
            let mut step = None;
            let ok = preds.iter().all(|pred| {
                let back = dom.block_dominates(header, pred.block);
                dfg.insts[pred.inst].branch_destination(&dfg.jump_tables, &dfg.exception_tables).iter().filter(|c| c.block(&dfg.value_lists) == header).all(|c| match c.args(&dfg.value_lists).nth(k) {
                    Some(BlockArg::Value(v)) if back => match plus_constant(func, dfg.resolve_aliases(v)) {
                        Some((x, s)) if x == p && step.is_none_or(|t| t == s) => {
                            step = Some(s);
                            true
                        }
                        _ => false,
                    },
                    Some(BlockArg::Value(_)) => true,
                    _ => false,
                })
            });
            if let (true, Some(step)) = (ok, step) {
                out.push(Induction { header, p, step });
            }
        }
    }
    out
}

/// Whether `block` is in the natural loop of `header`: dominated by it and
/// reaching one of its back-edges.
fn in_loop(func: &Function, cfg: &ControlFlowGraph, dom: &DominatorTree, header: Block, block: Block) -> bool {
    if !dom.block_dominates(header, block) {
        return false;
    }
    // Backwards from the back-edges, not past the header.
    let mut seen = vec![false; func.dfg.num_blocks()];
    let mut work: Vec<Block> = cfg.pred_iter(header).map(|p| p.block).filter(|&b| dom.block_dominates(header, b)).collect();
    while let Some(b) = work.pop() {
        if b == block {
            return true;
        }
        if std::mem::replace(&mut seen[b.as_u32() as usize], true) || b == header {
            continue;
        }
        work.extend(cfg.pred_iter(b).map(|p| p.block));
    }
    block == header
}

/// `x * c` for a 64-bit `imul` with a constant operand.
fn times_constant(func: &Function, inst: Inst) -> Option<(Value, i64)> {
    let InstructionData::Binary { opcode: Opcode::Imul, args } = func.dfg.insts[inst] else { return None };
    if func.dfg.value_type(func.dfg.first_result(inst)) != I64 {
        return None;
    }
    let [a, b] = args.map(|v| func.dfg.resolve_aliases(v));
    match (constant(func, a), constant(func, b)) {
        (_, Some(c)) => Some((a, c)),
        (Some(c), _) => Some((b, c)),
        _ => None,
    }
}

/// `(x, k)` for `v = x << k` with a constant `k`.
fn unshift(func: &Function, v: Value) -> Option<(Value, u32)> {
    let ValueDef::Result(i, _) = func.dfg.value_def(v) else { return None };
    let InstructionData::Binary { opcode: Opcode::Ishl, args } = func.dfg.insts[i] else { return None };
    let k = constant(func, func.dfg.resolve_aliases(args[1]))?;
    Some((func.dfg.resolve_aliases(args[0]), (k & 63) as u32))
}

/// `(x, s)` for `v = x + s` with a constant `s`.
fn plus_constant(func: &Function, v: Value) -> Option<(Value, i64)> {
    let ValueDef::Result(i, _) = func.dfg.value_def(v) else { return None };
    match func.dfg.insts[i] {
        InstructionData::Binary { opcode: Opcode::Iadd, args } => {
            let [a, b] = args.map(|v| func.dfg.resolve_aliases(v));
            match (constant(func, a), constant(func, b)) {
                (_, Some(s)) => Some((a, s)),
                (Some(s), _) => Some((b, s)),
                _ => None,
            }
        }
        _ => None,
    }
}
