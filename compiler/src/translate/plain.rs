//! Plain forms of scaled ints carried through block parameters.
//!
//! An `Int` register holds its value scaled (times 2^16, see
//! `Tr::unbox_scaled`): overflow of +, -, * is then the machine's. Indexing
//! a list needs the plain value, one arithmetic shift away. A range loop's
//! index is made from a plain counter (`Tr::scaled`), so its plain form is
//! at hand, but the loop body reads the register through a block parameter
//! (the loop header's: the OSR entry and the back-edge both define it), and
//! the body then shifted the scaled parameter back on every iteration
//! (`for n in range(len(xs)): xs[n]`).
//!
//! Once the function is translated, a parameter an unscaling shift reads
//! (or a Python comparison, below), all of whose incoming values have plain
//! forms, gets a second parameter carrying them (its twin), and the shifts
//! read it. A value has a plain form when it was made by `Tr::scaled`, is
//! a parameter with a twin, is a scaled constant, is the sum, difference or
//! product of operands with plain forms (one level: `j += i`, `j = i * i`;
//! where the scaled result did not overflow the plain one is its plain
//! form, and where it did, native code leaves at the overflow check before
//! any use), or was unboxed from a word (a shift left by the scale: an OSR
//! entry's frame slot, shifted back where it is defined).
//!
//! A twin that stands beside a scaled value still needed costs its own
//! arithmetic, so a Python comparison (`j <= limit`) gets its operands'
//! twins only if every other use of the scaled parameters goes with them
//! (`killable`: comparisons, shifts, the exits' boxing and raw stores, and
//! the steps feeding the parameters themselves); then the comparison reads
//! the plain forms, the exits scale them where they store (cold), and the
//! scaled loop values go unused: `dead_params` removes them with their
//! arithmetic. The sieve's inner loop is left with a plain index stepping
//! by a plain step and compared with a plain bound.

use super::SCALE;
use crate::ir::constant;
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::entity::EntityRef;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{BlockArg, Function, Inst, InstBuilder, InstructionData, Opcode, Value, ValueDef};
use std::collections::{HashMap as StdMap, HashSet as StdSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Maps and sets of entity numbers (values, instructions) with a cheap
/// multiplicative hash: this pass runs on every compilation, and SipHash
/// was a third of its time.
type HashMap<K, V> = StdMap<K, V, BuildHasherDefault<EntityHasher>>;
type HashSet<K> = StdSet<K, BuildHasherDefault<EntityHasher>>;

#[derive(Default)]
pub(super) struct EntityHasher(u64);

impl Hasher for EntityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

/// What the translation records for the pass.
#[derive(Default)]
pub(super) struct Plain {
    /// Scaled values made from a plain one, with it.
    pub of: HashMap<Value, Value>,
    /// Unscaling shifts made (instruction, scaled operand).
    pub shifts: Vec<(Inst, Value)>,
    /// Comparisons of two scaled ints for Python's comparison operators
    /// (not overflow checks, which rely on the scaled form wrapping):
    /// they compare as the plain forms do.
    pub compares: Vec<Inst>,
    /// The logical shifts boxing a scaled int (`Tr::box_int`), with it:
    /// its payload is the plain form's low 48 bits.
    pub boxings: Vec<(Inst, Value)>,
    /// Exits' stores of a scaled int into its frame slot (the VM boxes
    /// it: `EXIT_RAW_REGS`), with it: they scale the plain form there, in
    /// the exit, rather than keep the scaled value alive in the loop.
    pub raw_stores: Vec<(Inst, Value)>,
    /// (Filled by `settle`: the values of `of`, and the recorded
    /// instructions, for lookups.)
    plain_values: HashSet<Value>,
    recorded: HashSet<Inst>,
}

/// How a value gets its plain form.
#[derive(Clone, Copy, PartialEq)]
enum Source {
    Known(Value),
    /// A block parameter (given a plain twin).
    Param,
    /// An instruction result shifted where it is made.
    Shift,
    /// A constant: its plain form is a constant too.
    Const(i64),
    /// The sum (difference) of two values: of their plain forms.
    Arith(Opcode, Value, Value),
    /// The product of two values, one of them plain (`Tr::int_op`
    /// multiplies the scaled operand by the other's plain form): the other
    /// one's plain form times it.
    Mul(Value, Value),
}

/// How deep `Source::Arith` operands are followed.
const ARITH_DEPTH: u32 = 1;

impl Plain {
    /// How `v` (resolved) gets a plain form, if it can.
    fn source(&self, func: &Function, v: Value) -> Option<Source> {
        if let Some(&p) = self.of.get(&v) {
            return Some(Source::Known(p));
        }
        let dfg = &func.dfg;
        match dfg.value_def(v) {
            ValueDef::Param(b, _) if Some(b) != func.layout.entry_block() => Some(Source::Param),
            ValueDef::Result(inst, 0) => match dfg.insts[inst] {
                InstructionData::Binary { opcode: Opcode::Ishl, args } if constant(func, args[1]) == Some(SCALE) => Some(Source::Shift),
                InstructionData::Binary { opcode: op @ (Opcode::Iadd | Opcode::Isub), args } if dfg.value_type(v) == I64 => {
                    Some(Source::Arith(op, dfg.resolve_aliases(args[0]), dfg.resolve_aliases(args[1])))
                }
                InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } if dfg.value_type(v) == I64 && imm.bits() & ((1 << SCALE) - 1) == 0 => Some(Source::Const(imm.bits() >> SCALE)),
                InstructionData::Binary { opcode: Opcode::Imul | Opcode::SmulOverflow, args } if dfg.value_type(v) == I64 => {
                    let (a, b) = (dfg.resolve_aliases(args[0]), dfg.resolve_aliases(args[1]));
                    if self.is_plain(func, b) {
                        Some(Source::Mul(a, b))
                    } else if self.is_plain(func, a) {
                        Some(Source::Mul(b, a))
                    } else {
                        None
                    }
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `v` is a plain int: an unscaling shift's result, a plain
    /// value `Tr::scaled` scaled, or a constant.
    fn is_plain(&self, func: &Function, v: Value) -> bool {
        let ValueDef::Result(inst, 0) = func.dfg.value_def(v) else { return false };
        match func.dfg.insts[inst] {
            InstructionData::Binary { opcode: Opcode::Sshr, args } => constant(func, args[1]) == Some(SCALE),
            InstructionData::UnaryImm { opcode: Opcode::Iconst, .. } => true,
            _ => self.plain_values.contains(&v),
        }
    }

    /// The block parameters `v`'s plain form would come from, whether it
    /// has one otherwise (`ok`: the parameters that do, so far).
    fn needs(&self, func: &Function, v: Value, depth: u32, params: &mut Vec<Value>, ok: &dyn Fn(Value) -> bool) -> bool {
        match self.source(func, v) {
            Some(Source::Known(_) | Source::Shift | Source::Const(_)) => true,
            Some(Source::Param) => {
                params.push(v);
                ok(v)
            }
            Some(Source::Arith(_, a, b)) if depth > 0 => {
                let x = self.needs(func, a, depth - 1, params, ok);
                let y = self.needs(func, b, depth - 1, params, ok);
                x && y
            }
            Some(Source::Mul(a, _)) if depth > 0 => self.needs(func, a, depth - 1, params, ok),
            _ => false,
        }
    }

    /// Per value, the instructions that read it (branch arguments apart).
    fn users(&self, func: &Function) -> HashMap<Value, Vec<Inst>> {
        let mut users: HashMap<Value, Vec<Inst>> = HashMap::default();
        for block in func.layout.blocks() {
            for inst in func.layout.block_insts(block) {
                for &v in func.dfg.inst_args(inst) {
                    users.entry(func.dfg.resolve_aliases(v)).or_default().push(inst);
                }
            }
        }
        users
    }

    /// Whether every instruction reading `v` is one the pass rewrites, or
    /// an add or subtract (`depth` deep) whose result is so too, and every
    /// parameter `v` is passed to is so too (`passes`; `visiting`: those on
    /// the way, taken to be): then the scaled `v` goes unused once they
    /// read its plain form.
    fn killable(&self, func: &Function, users: &HashMap<Value, Vec<Inst>>, passes: &HashMap<Value, Vec<Value>>, v: Value, depth: u32, visiting: &mut Vec<Value>) -> bool {
        if visiting.contains(&v) {
            return true;
        }
        visiting.push(v);
        let insts_ok = users.get(&v).is_none_or(|list| {
            list.iter().all(|&i| {
                self.recorded.contains(&i)
                    || (depth > 0
                        && matches!(func.dfg.insts[i].opcode(), Opcode::Iadd | Opcode::Isub)
                        && func.dfg.inst_results(i).len() == 1
                        && self.killable(func, users, passes, func.dfg.first_result(i), depth - 1, visiting))
            })
        });
        insts_ok && passes.get(&v).is_none_or(|qs| qs.iter().all(|&q| self.source(func, q) == Some(Source::Param) && self.killable(func, users, passes, q, depth, visiting)))
    }

    /// Rewrites `func`'s unscaling shifts, comparisons and boxings to read
    /// plain forms where it can: the scaled values then often go unused in
    /// a loop (`dead_params` removes them), which keeps the plain ones.
    pub(super) fn settle(mut self, func: &mut Function) {
        if self.shifts.is_empty() && self.compares.is_empty() {
            return;
        }
        self.plain_values = self.of.values().copied().collect();
        self.recorded = self.compares.iter().copied().chain(self.shifts.iter().chain(&self.boxings).chain(&self.raw_stores).map(|&(i, _)| i)).collect();
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
        let all = |_: Value| true;
        // (Only parameters read directly: a value computed in the loop keeps
        // its shift, as making its plain form would repeat its arithmetic.
        // And for a comparison only one whose scaled form then goes unused,
        // with what it steps: a twin for a value also needed scaled, as
        // `i` in `s += i * 7`, would only add the twin's arithmetic.)
        let users = if self.compares.is_empty() { HashMap::default() } else { self.users(func) };
        let mut passes: HashMap<Value, Vec<Value>> = HashMap::default();
        if !self.compares.is_empty() {
            for (k, vals) in incoming.iter().enumerate() {
                for &v in vals {
                    passes.entry(v).or_default().push(Value::new(k));
                }
            }
        }
        let mut seeds: Vec<Value> = self.shifts.iter().map(|&(_, v)| func.dfg.resolve_aliases(v)).filter(|&v| self.source(func, v) == Some(Source::Param)).collect();
        for &c in &self.compares {
            let args: Vec<Value> = func.dfg.inst_args(c).iter().map(|&v| func.dfg.resolve_aliases(v)).collect();
            let fine = |v: Value| match self.source(func, v) {
                Some(Source::Param) => self.killable(func, &users, &passes, v, 2, &mut Vec::new()),
                Some(Source::Known(_) | Source::Const(_)) => true,
                _ => false,
            };
            if args.iter().all(|&v| fine(v)) {
                seeds.extend(args.into_iter().filter(|&v| self.source(func, v) == Some(Source::Param)));
            }
        }
        for s in seeds {
            if !std::mem::replace(&mut seen[s.index()], true) {
                work.push(s);
            }
        }
        while let Some(p) = work.pop() {
            wanted.push(p);
            for &a in &incoming[p.index()] {
                let mut params = Vec::new();
                self.needs(func, a, ARITH_DEPTH, &mut params, &all);
                for q in params {
                    if !std::mem::replace(&mut seen[q.index()], true) {
                        work.push(q);
                    }
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
                let fine = !vals.is_empty() && vals.iter().all(|&a| self.needs(func, a, ARITH_DEPTH, &mut Vec::new(), &|q| ok[q.index()]));
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
        let mut twin: HashMap<Value, Value> = HashMap::default();
        let mut blocks: Vec<_> = wanted.iter().filter(|p| ok[p.index()]).filter_map(|&p| if let ValueDef::Param(b, _) = func.dfg.value_def(p) { Some((b, p)) } else { None }).collect();
        if !blocks.is_empty() {
            blocks.sort_by_key(|&(b, p)| (b, func.dfg.block_params(b).iter().position(|&q| q == p)));
            for &(b, p) in &blocks {
                twin.insert(p, func.dfg.append_block_param(b, I64));
            }
        }
        let mut made: HashMap<Value, Value> = HashMap::default();
        // Every branch to a block with twins passes them.
        let branches: Vec<Inst> = func.layout.blocks().filter_map(|b| func.layout.last_inst(b)).collect();
        for inst in branches {
            let n = func.dfg.insts[inst].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables).len();
            for d in 0..n {
                let args: Vec<Value> = {
                    let dfg = &func.dfg;
                    let call = dfg.insts[inst].branch_destination(&dfg.jump_tables, &dfg.exception_tables)[d];
                    let params = dfg.block_params(call.block(&dfg.value_lists));
                    call.args(&dfg.value_lists)
                        .enumerate()
                        .filter(|&(k, _)| twin.contains_key(&params[k]))
                        .filter_map(|(_, a)| if let BlockArg::Value(v) = a { Some(dfg.resolve_aliases(v)) } else { None })
                        .collect()
                };
                if args.is_empty() {
                    continue;
                }
                let plains: Vec<Value> = args.iter().map(|&a| self.plain_form(func, a, &twin, &mut made)).collect();
                let dfg = &mut func.dfg;
                let call = &mut dfg.insts[inst].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables)[d];
                for p in plains {
                    call.append_argument(p, &mut dfg.value_lists);
                }
            }
        }
        // Plain forms made or carried anyway: the rewrites take only those
        // (making one would put its arithmetic beside the scaled one).
        let at_hand = |func: &Function, made: &HashMap<Value, Value>, v: Value| match self.source(func, v) {
            Some(Source::Param) => twin.contains_key(&v),
            Some(Source::Known(_) | Source::Const(_)) => true,
            _ => made.contains_key(&v),
        };
        // The shifts read the plain forms.
        for &(inst, s) in &self.shifts {
            let s = func.dfg.resolve_aliases(s);
            if at_hand(func, &made, s) {
                let p = self.plain_form(func, s, &twin, &mut made);
                func.replace(inst).iadd_imm_s(p, 0);
            }
        }
        // The comparisons compare them, where both sides have one.
        for &inst in &self.compares {
            let InstructionData::IntCompare { cond, args, .. } = func.dfg.insts[inst] else { continue };
            let (a, b) = (func.dfg.resolve_aliases(args[0]), func.dfg.resolve_aliases(args[1]));
            if at_hand(func, &made, a) && at_hand(func, &made, b) {
                let (pa, pb) = (self.plain_form(func, a, &twin, &mut made), self.plain_form(func, b, &twin, &mut made));
                func.replace(inst).icmp(cond, pa, pb);
            }
        }
        // The exits' raw stores scale them where they store.
        for &(inst, s) in &self.raw_stores {
            let s = func.dfg.resolve_aliases(s);
            let is_store = func.dfg.insts[inst].opcode() == Opcode::Store && func.dfg.inst_args(inst).first().map(|&a| func.dfg.resolve_aliases(a)) == Some(s);
            if is_store && at_hand(func, &made, s) && !matches!(self.source(func, s), Some(Source::Known(_) | Source::Const(_))) {
                let p = self.plain_form(func, s, &twin, &mut made);
                let scaled = FuncCursor::new(func).at_inst(inst).ins().ishl_imm_s(p, SCALE);
                func.dfg.inst_args_mut(inst)[0] = scaled;
            }
        }
        // The boxings take their payload from them.
        for &(inst, s) in &self.boxings {
            let s = func.dfg.resolve_aliases(s);
            if at_hand(func, &made, s) {
                let p = self.plain_form(func, s, &twin, &mut made);
                func.replace(inst).band_imm_s(p, (1i64 << (64 - SCALE)) - 1);
            }
        }
    }

    /// `v`'s plain form (`needs` said it has one), made where `v` is
    /// defined if it is not at hand.
    fn plain_form(&self, func: &mut Function, v: Value, twin: &HashMap<Value, Value>, made: &mut HashMap<Value, Value>) -> Value {
        if let Some(&p) = made.get(&v) {
            return p;
        }
        let p = match self.source(func, v) {
            Some(Source::Known(p)) => return p,
            Some(Source::Param) => return twin[&v],
            Some(Source::Arith(op, a, b)) => {
                let (pa, pb) = (self.plain_form(func, a, twin, made), self.plain_form(func, b, twin, made));
                let at = def_inst(func, v);
                let mut pos = FuncCursor::new(func).after_inst(at);
                if op == Opcode::Iadd {
                    pos.ins().iadd(pa, pb)
                } else {
                    pos.ins().isub(pa, pb)
                }
            }
            Some(Source::Mul(a, b)) => {
                let pa = self.plain_form(func, a, twin, made);
                let at = def_inst(func, v);
                FuncCursor::new(func).after_inst(at).ins().imul(pa, b)
            }
            Some(Source::Const(k)) => {
                let at = def_inst(func, v);
                FuncCursor::new(func).after_inst(at).ins().iconst(I64, k)
            }
            _ => {
                let at = def_inst(func, v);
                FuncCursor::new(func).after_inst(at).ins().sshr_imm_s(v, SCALE)
            }
        };
        made.insert(v, p);
        p
    }
}

/// The instruction that defines `v` (a result).
fn def_inst(func: &Function, v: Value) -> Inst {
    match func.dfg.value_def(v) {
        ValueDef::Result(inst, _) => inst,
        _ => unreachable!("plain forms are made only beside instruction results"),
    }
}
