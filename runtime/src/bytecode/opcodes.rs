//! The instruction set, declared once: the `opcodes!` table yields the `Op`
//! enum, each opcode's name, operand format and length in words, which the
//! compiler, interpreter, disassembler and JIT all use.
//!
//! An instruction is 8 bytes: opcode, a flag byte `x`, and three 16-bit
//! operands `a b c` (registers are frame slots; `k` indexes constants, `n`
//! names, `C` inline caches). Jump targets are absolute 32-bit instruction
//! indices, stored in `b|c` or, for two-word instructions, in the next word.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fmt {
    /// No operands.
    None,
    /// a = register.
    R,
    /// a = dst, b = src.
    RR,
    /// a, b, c registers.
    RRR,
    /// a = dst, b = const.
    RK,
    /// a = register, b = name.
    RN,
    /// a = name.
    N,
    /// a = register, b = varname (for errors).
    RV,
    /// a = dst, b = register, c = varname.
    RRV,
    /// a = register, b = register, c = cache.
    RRC,
    /// a = dst, b = name, c = cache.
    RNC,
    /// a = register, b = name/register... c = count.
    RRI,
    /// Jump target in b|c.
    T,
    /// a = register, target in b|c.
    RT,
    /// a, b registers; next word holds the target.
    RRT2,
    /// a = dst, b = func, c = argc; next word's a = kwnames const.
    Call2,
    /// a = dst, b = code index, c = first extra register, x = flags.
    MakeFn,
    /// a = dst, b = register, c = register or NO_REG, x = small immediate.
    RRRx,
    /// a = register, b = register, c = name.
    RRN,
}

macro_rules! opcodes {
    ($($(#[$doc:meta])* $name:ident : $fmt:ident, $words:literal;)*) => {
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Op { $($(#[$doc])* $name,)* }

        pub struct OpInfo { pub name: &'static str, pub fmt: Fmt, pub words: u8 }

        pub static OP_INFO: &[OpInfo] = &[$(OpInfo { name: stringify!($name), fmt: Fmt::$fmt, words: $words },)*];
    };
}

opcodes! {
    Nop: None, 1;
    Move: RR, 1;
    LoadConst: RK, 1;
    CheckBound: RV, 1;
    DeleteFast: RV, 1;
    LoadGlobal: RNC, 1;
    StoreGlobal: RN, 1;
    DeleteGlobal: N, 1;
    LoadName: RN, 1;
    StoreName: RN, 1;
    DeleteName: N, 1;
    LoadDeref: RRV, 1;
    StoreDeref: RR, 1;
    DeleteDeref: RV, 1;
    MakeCell: R, 1;
    LoadAttr: RRC, 1;
    StoreAttr: RRC, 1;
    DeleteAttr: RN, 1;
    LoadMethod: RRC, 1;
    Add: RRR, 1;
    Sub: RRR, 1;
    Mul: RRR, 1;
    TrueDiv: RRR, 1;
    FloorDiv: RRR, 1;
    Mod: RRR, 1;
    Pow: RRR, 1;
    LShift: RRR, 1;
    RShift: RRR, 1;
    BitAnd: RRR, 1;
    BitOr: RRR, 1;
    BitXor: RRR, 1;
    MatMul: RRR, 1;
    /// In-place variant of a binary op; x = the `BinOp` index.
    Inplace: RRRx, 1;
    Neg: RR, 1;
    Pos: RR, 1;
    Invert: RR, 1;
    Not: RR, 1;
    Lt: RRR, 1;
    Le: RRR, 1;
    Eq: RRR, 1;
    Ne: RRR, 1;
    Gt: RRR, 1;
    Ge: RRR, 1;
    Is: RRR, 1;
    IsNot: RRR, 1;
    In: RRR, 1;
    NotIn: RRR, 1;
    Jump: T, 1;
    JumpIfFalse: RT, 1;
    JumpIfTrue: RT, 1;
    /// Fused compare-and-branch: jump to the next word's target if a OP b.
    JumpIfLt: RRT2, 2;
    JumpIfLe: RRT2, 2;
    JumpIfGt: RRT2, 2;
    JumpIfGe: RRT2, 2;
    JumpIfEq: RRT2, 2;
    JumpIfNe: RRT2, 2;
    GetIter: RR, 1;
    /// a = dst, b = iterator; if it yields, store and jump to the target (the
    /// loop body); when exhausted, fall through.
    ForIter: RRT2, 2;
    BuildList: RRI, 1;
    BuildTuple: RRI, 1;
    BuildSet: RRI, 1;
    BuildMap: RRI, 1;
    BuildString: RRI, 1;
    BuildSlice: RRI, 1;
    ListAppend: RR, 1;
    ListExtend: RR, 1;
    SetAdd: RR, 1;
    SetUpdate: RR, 1;
    MapAdd: RRR, 1;
    DictUpdate: RR, 1;
    DictMerge: RR, 1;
    ListToTuple: RR, 1;
    /// a = dst, b = value, c = spec register or NO_REG, x = conversion.
    FormatValue: RRRx, 1;
    GetItem: RRR, 1;
    SetItem: RRR, 1;
    DelItem: RR, 1;
    UnpackSeq: RRI, 1;
    /// c = count before the star | count after << 8.
    UnpackEx: RRI, 1;
    MakeFunction: MakeFn, 1;
    Call: RRI, 1;
    CallKw: Call2, 2;
    CallMethod: RRI, 1;
    CallMethodKw: Call2, 2;
    /// a = dst, b = func (args tuple in b+1, kwargs dict in b+2 if x = 1).
    CallEx: RRRx, 1;
    Return: R, 1;
    Yield: RR, 1;
    YieldFrom: RR, 1;
    /// x = 0: bare `raise`; 1: raise a; 2: raise a from b.
    Raise: RRRx, 1;
    Reraise: R, 1;
    PushExcInfo: R, 1;
    PopExcInfo: None, 1;
    ExcMatch: RRR, 1;
    /// a = dst; x selects a runtime constant (see `interp::eval::Common`).
    LoadCommon: RRRx, 1;
    /// a = dst, b = name, c = level.
    ImportName: RRI, 1;
    ImportFrom: RRN, 1;
    ImportStar: R, 1;
    /// Pattern matching helpers: a = dst, b = subject, x = kind.
    MatchHelper: RRRx, 1;
    /// End of a statement: its temporaries a..a+c are released (CPython's
    /// stack discipline: a temporary object dies with its statement, which
    /// `__del__`, weak references and file closing can observe).
    ClearTemps: RRI, 1;
}

pub const NO_REG: u16 = u16::MAX;

#[repr(C, align(8))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub x: u8,
    pub a: u16,
    pub b: u16,
    pub c: u16,
}

const _: () = assert!(std::mem::size_of::<Instr>() == 8);

impl Instr {
    pub const fn new(op: Op, a: u16, b: u16, c: u16) -> Instr {
        Instr { op, x: 0, a, b, c }
    }
    pub const fn with_x(op: Op, x: u8, a: u16, b: u16, c: u16) -> Instr {
        Instr { op, x, a, b, c }
    }
    /// A 32-bit payload word (targets of two-word instructions).
    pub const fn word(value: u32) -> Instr {
        Instr { op: Op::Nop, x: 0, a: 0, b: value as u16, c: (value >> 16) as u16 }
    }
    #[inline(always)]
    pub fn target(&self) -> u32 {
        self.b as u32 | (self.c as u32) << 16
    }
    pub fn set_target(&mut self, t: u32) {
        self.b = t as u16;
        self.c = (t >> 16) as u16;
    }
    pub fn info(&self) -> &'static OpInfo {
        &OP_INFO[self.op as usize]
    }
    /// A fused compare-and-branch (`JumpIfLt` ...) whose flag byte says to
    /// jump when the comparison is false (`if a < b:`; not(a < b) is not
    /// a >= b for NaN, so the test cannot be flipped instead).
    pub const FUSED_NEGATED: u8 = 1;
    /// Whether a fused compare-and-branch jumps, given the comparison.
    #[inline(always)]
    pub fn fused_jumps(&self, comparison: bool) -> bool {
        comparison != (self.x == Self::FUSED_NEGATED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instruction_is_eight_bytes() {
        assert_eq!(std::mem::size_of::<Instr>(), 8);
    }

    #[test]
    fn table_matches_enum() {
        assert_eq!(OP_INFO[Op::MatchHelper as usize].name, "MatchHelper");
        assert_eq!(OP_INFO[Op::ForIter as usize].words, 2);
    }
}
