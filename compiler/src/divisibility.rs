//! Divisibility tests by multiplication: `x % c == 0` for a non-negative
//! `x` (the translation's `urem`) and a constant `c` becomes one multiply
//! and one compare.
//!
//! Why: Cranelift lowers `urem x, c` to a high multiply, a shift, a
//! multiply and a subtraction (two of them on the one multiplier port), and
//! compares the remainder with zero after that. For odd `c`, multiplying by
//! its inverse modulo 2**64 maps the multiples of `c` exactly onto
//! `0..=u64::MAX / c` (and everything else above), so `x % c == 0` is
//! `x * inv(c) <= u64::MAX / c`; an even `c = d * 2**s` rotates the product
//! right by `s` first (a multiple of `c` has `s` low zero bits, which the
//! rotation moves to the top). `for b in range(40): if (a * 31 + b * 17) %
//! 3 == 0` spent a quarter of its loop on the remainder.

use crate::ir::constant;
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{Function, InstBuilder, InstructionData, Opcode, Value, ValueDef};

/// Rewrites every `icmp eq|ne (urem x, c), 0` (the remainder possibly
/// shifted left, as scaled ints are) on 64-bit values.
pub fn rewrite(func: &mut Function) {
    let mut sites = Vec::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            if let InstructionData::IntCompare { cond: cond @ (IntCC::Equal | IntCC::NotEqual), args, .. } = func.dfg.insts[inst] {
                let [a, b] = args.map(|v| func.dfg.resolve_aliases(v));
                let found = match (constant(func, a), constant(func, b)) {
                    (_, Some(0)) => remainder(func, a),
                    (Some(0), _) => remainder(func, b),
                    _ => None,
                };
                if let Some((x, c)) = found {
                    sites.push((inst, cond, x, c));
                }
            }
        }
    }
    for (inst, cond, x, c) in sites {
        let s = c.trailing_zeros();
        let d = c >> s;
        let mut pos = FuncCursor::new(func).at_inst(inst);
        let inv = pos.ins().iconst(I64, inverse(d) as i64);
        let mut p = pos.ins().imul(x, inv);
        if s > 0 {
            p = pos.ins().rotr_imm_s(p, i64::from(s));
        }
        let (cc, bound) = (if cond == IntCC::Equal { IntCC::UnsignedLessThanOrEqual } else { IntCC::UnsignedGreaterThan }, u64::MAX / c);
        func.replace(inst).icmp_imm_s(cc, p, bound as i64);
    }
}

/// `(x, c)` when `v` is `urem x, c` of 64-bit values with a constant
/// `c >= 2` that is not a power of two (those are masks already), possibly
/// shifted left by less than the bits the remainder leaves free (so the
/// shifted value is zero exactly when the remainder is).
fn remainder(func: &Function, v: Value) -> Option<(Value, u64)> {
    if func.dfg.value_type(v) != I64 {
        return None;
    }
    let ValueDef::Result(i, _) = func.dfg.value_def(v) else { return None };
    match func.dfg.insts[i] {
        InstructionData::Binary { opcode: Opcode::Urem, args } => {
            let [x, c] = args.map(|a| func.dfg.resolve_aliases(a));
            let c = constant(func, c)? as u64;
            (c >= 3 && !c.is_power_of_two()).then_some((x, c))
        }
        InstructionData::Binary { opcode: Opcode::Ishl, args } => {
            let [r, k] = args.map(|a| func.dfg.resolve_aliases(a));
            let k = constant(func, k)?;
            let (x, c) = remainder(func, r)?;
            // The remainder is below c: shifted by k it keeps every bit.
            ((0..64).contains(&k) && 64 - (c - 1).leading_zeros() + k as u32 <= 64).then_some((x, c))
        }
        _ => None,
    }
}

/// The inverse of odd `d` modulo 2**64 (Newton's iteration: each step
/// doubles the correct low bits, from 3 at `d` itself).
fn inverse(d: u64) -> u64 {
    let mut inv = d;
    for _ in 0..5 {
        inv = inv.wrapping_mul(2u64.wrapping_sub(d.wrapping_mul(inv)));
    }
    inv
}

#[cfg(test)]
mod tests {
    use super::inverse;

    /// The test agrees with the remainder for odd and even divisors, at
    /// multiples, next to them and at the ends of the unsigned range.
    #[test]
    fn multiply_test_agrees_with_remainder() {
        for c in [3u64, 5, 6, 7, 10, 12, 24, 1000003, 3 << 20, u64::MAX / 3] {
            let s = c.trailing_zeros();
            let inv = inverse(c >> s);
            assert_eq!((c >> s).wrapping_mul(inv), 1);
            let mut xs = vec![0u64, 1, 2, u64::MAX, u64::MAX - 1, u64::MAX / c * c];
            for k in [1u64, 2, 3, 1000, 123_456_789] {
                let m = k.wrapping_mul(c);
                xs.extend([m, m.wrapping_add(1), m.wrapping_sub(1)]);
            }
            for x in xs {
                let test = x.wrapping_mul(inv).rotate_right(s) <= u64::MAX / c;
                assert_eq!(test, x % c == 0, "x={x} c={c}");
            }
        }
    }
}
