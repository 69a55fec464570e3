//! A stable textual form of a code object (`--dump=bytecode:NAME` and the
//! bytecode snapshot tests).

use super::code::Code;
use super::opcodes::{Fmt, Instr, Op, NO_REG};
use crate::ops::repr_for_disasm;
use std::fmt::Write;

pub fn disassemble(code: &Code) -> String {
    let mut out = disassemble_one(code);
    for c in code.codes.iter() {
        out.push('\n');
        out.push_str(&disassemble(c));
    }
    out
}

/// One code object, without the code objects nested in it (`--dump=bytecode:NAME`).
pub fn disassemble_one(code: &Code) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "code {} (args={}, posonly={}, kwonly={}, regs={}, flags={:?})", code.qualname_str(), code.argcount, code.posonlyargcount, code.kwonlyargcount, code.nregs, code.flags);
    if !code.varnames.is_empty() {
        let names: Vec<&str> = code.varnames.iter().map(|n| n.as_str().unwrap_or("?")).collect();
        let _ = writeln!(out, "  locals: {}", names.join(", "));
    }
    let mut pc = 0;
    let mut last_line = 0;
    while pc < code.instrs.len() {
        let ins = code.instrs[pc];
        let info = ins.info();
        let line = code.line_at(pc);
        let line_col = if line != last_line { format!("{line:>4}") } else { "    ".to_string() };
        last_line = line;
        let ops = operands(code, pc);
        let _ = writeln!(out, "{line_col} {pc:>5} {:<14}{}", info.name, ops);
        pc += info.words as usize;
    }
    for e in code.exc_table.iter() {
        let _ = writeln!(out, "  except [{}, {}) -> {} (r{})", e.start, e.end, e.handler, e.reg);
    }
    out
}

fn reg(r: u16) -> String {
    if r == NO_REG {
        "-".into()
    } else {
        format!("r{r}")
    }
}

fn name(code: &Code, i: u16) -> String {
    code.names.get(i as usize).and_then(|n| n.as_str()).unwrap_or("?").to_string()
}

fn operands(code: &Code, pc: usize) -> String {
    let ins = code.instrs[pc];
    let next_target = || code.instrs.get(pc + 1).map_or(0, |w| w.target());
    match ins.info().fmt {
        Fmt::None => String::new(),
        Fmt::R => reg(ins.a),
        Fmt::RR => format!("{} {}", reg(ins.a), reg(ins.b)),
        Fmt::RRR => format!("{} {} {}", reg(ins.a), reg(ins.b), reg(ins.c)),
        Fmt::RK => {
            let k = code.consts.get(ins.b as usize).map_or("?".to_string(), repr_for_disasm);
            format!("{} {}", reg(ins.a), k)
        }
        Fmt::RN => format!("{} {}", reg(ins.a), name(code, ins.b)),
        Fmt::N => name(code, ins.a),
        Fmt::RV => format!("{} ({})", reg(ins.a), var(code, ins.b)),
        Fmt::RRV => format!("{} {} ({})", reg(ins.a), reg(ins.b), var(code, ins.c)),
        Fmt::RRC | Fmt::RNC => {
            let n = code.caches.get(ins.c as usize).and_then(|c| c.name.as_str()).unwrap_or("?");
            if ins.op == Op::LoadGlobal {
                format!("{} {}", reg(ins.a), n)
            } else {
                format!("{} {} .{}", reg(ins.a), reg(ins.b), n)
            }
        }
        Fmt::RRI => match ins.op {
            Op::ImportName => format!("{} {} level={}", reg(ins.a), name(code, ins.b), ins.c),
            Op::UnpackEx => format!("{} {} {}+{}", reg(ins.a), reg(ins.b), ins.c & 0xff, ins.c >> 8),
            _ => format!("{} {} #{}", reg(ins.a), reg(ins.b), ins.c),
        },
        Fmt::T => format!("-> {}", ins.target()),
        Fmt::RT => format!("{} -> {}", reg(ins.a), ins.target()),
        Fmt::RRT2 if ins.x == Instr::FUSED_NEGATED && ins.op != Op::ForIter => format!("{} {} -> {} (if false)", reg(ins.a), reg(ins.b), next_target()),
        Fmt::RRT2 => format!("{} {} -> {}", reg(ins.a), reg(ins.b), next_target()),
        Fmt::Call2 => {
            let kw = code.instrs.get(pc + 1).map_or(0, |w| w.a);
            let names = code.consts.get(kw as usize).map_or("?".to_string(), repr_for_disasm);
            format!("{} {} #{} kw={}", reg(ins.a), reg(ins.b), ins.c, names)
        }
        Fmt::MakeFn => {
            let n = code.codes.get(ins.b as usize).map_or("?", |c| c.qualname_str());
            format!("{} <code {}> extras={} flags={}", reg(ins.a), n, reg(ins.c), ins.x)
        }
        Fmt::RRRx => format!("{} {} {} x={}", reg(ins.a), reg(ins.b), reg(ins.c), ins.x),
        Fmt::RRN => format!("{} {} {}", reg(ins.a), reg(ins.b), name(code, ins.c)),
    }
}

fn var(code: &Code, i: u16) -> String {
    code.varnames.get(i as usize).or_else(|| code.cellvar_names.get(i as usize)).and_then(|n| n.as_str()).unwrap_or("?").to_string()
}
