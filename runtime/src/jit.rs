//! The runtime's side of the JIT tier: the interface the compiler crate
//! implements (installed by the binary, so `runtime` never depends on
//! `compiler`), tier-up bookkeeping, and the `extern "C"` entry points that
//! native code calls.
//!
//! Native code works directly on the interpreter's frame (the register stack
//! slots of the frame), so leaving native code at any instruction is just
//! "resume the interpreter at this pc": every exit is a deoptimization
//! point, and instructions the code generator does not specialize are run by
//! `pylift_jit_step`, which executes exactly one instruction with the
//! interpreter's semantics (one semantics, one place).

use crate::bytecode::Code;
use crate::error::PyErr;
use crate::heap::ObjHeader;
use crate::interp::Vm;
use crate::stats::Tier;
use crate::value::Value;
use std::cell::Cell;

/// `entry(vm, regs, start_pc)`: runs the function from `start_pc` (0, or a
/// loop header for on-stack replacement) and returns an exit code.
pub type NativeEntry = unsafe extern "C" fn(vm: *mut Vm, regs: *mut Value, start_pc: u32) -> u64;

/// Exit codes: the low byte says why; a resume carries the pc to resume at
/// in the bits above; a deoptimization carries its reason in the second
/// byte and the pc from bit 16.
pub const EXIT_RESUME: u64 = 0;
pub const EXIT_ERROR: u64 = 1;
pub const EXIT_DEOPT: u64 = 2;
/// The frame reached a `Return` (its pc in bits 8..40, the returned
/// register from bit 40): a caller (Rust, or native code that pushed the
/// frame) pops the frame itself instead of resuming the interpreter.
pub const EXIT_RETURN: u64 = 3;
/// A loop back-edge found a collection due: the runtime collects and
/// re-enters the frame's native code at the loop header (pc from bit 8).
/// (Calling the collector from the loop itself would make every value the
/// loop keeps in a register live across a call: spilled on every iteration.)
pub const EXIT_SAFEPOINT: u64 = 4;
/// Bit position of the returned register in an `EXIT_RETURN` code.
pub const EXIT_RETURN_REG_SHIFT: u64 = 40;
/// Bit position, in `EXIT_DEOPT`, `EXIT_RESUME` and `EXIT_SAFEPOINT` codes,
/// of a mask of the registers 0..16 that native code left holding a scaled
/// small int (the int shifted left by 16 bits, as it computes with them)
/// instead of the boxed int: the exit's write-back of such a register is
/// one store, and the runtime boxes it (`box_exit_ints`) before anything
/// reads the frame. (Half of a function's code is its exits' write-backs;
/// boxing there made an int's a quarter of it.)
pub const EXIT_RAW_SHIFT: u64 = 48;
/// The registers an exit code's raw-int mask can name.
pub const EXIT_RAW_REGS: u16 = 16;

/// Boxes the scaled ints exit code `exit` says native code left in
/// registers `regs[0..16]` (see `EXIT_RAW_SHIFT`); returns the code without
/// its mask.
///
/// # Safety
/// `regs` is the frame whose native code returned `exit`.
pub unsafe fn box_exit_ints(exit: u64, regs: *mut Value) -> u64 {
    let mask = (exit >> EXIT_RAW_SHIFT) as u16;
    if mask == 0 || !matches!(exit & 0xff, EXIT_DEOPT | EXIT_RESUME | EXIT_SAFEPOINT) {
        return exit;
    }
    for r in (0..EXIT_RAW_REGS as usize).filter(|r| mask & (1 << r) != 0) {
        // SAFETY: the slot holds a scaled int, which owns nothing: it is
        // overwritten without a drop.
        unsafe {
            let slot = regs.add(r);
            let scaled = (*slot).bits() as i64;
            std::ptr::write(slot, Value::int(scaled >> 16));
        }
    }
    exit & ((1 << EXIT_RAW_SHIFT) - 1)
}

pub fn exit_return(pc: u32, reg: u16) -> u64 {
    EXIT_RETURN | (pc as u64) << 8 | (reg as u64) << EXIT_RETURN_REG_SHIFT
}

/// The pc an `EXIT_RESUME` or `EXIT_RETURN` code carries.
pub fn exit_pc(exit: u64) -> usize {
    ((exit >> 8) & 0xffff_ffff) as usize
}

pub fn exit_resume(pc: u32) -> u64 {
    EXIT_RESUME | (pc as u64) << 8
}

pub fn exit_safepoint(pc: u32) -> u64 {
    EXIT_SAFEPOINT | (pc as u64) << 8
}

pub fn exit_deopt(pc: u32, reason: DeoptReason) -> u64 {
    EXIT_DEOPT | (reason as u64) << 8 | (pc as u64) << 16
}

/// Recompiles after which a `GlobalKeys` deopt stops the lookup from being
/// folded (as a rebinding does).
const GLOBAL_KEYS_REFOLDS: u32 = 2;

/// Why native code gave up a speculation and resumed the interpreter
/// (reported with the `deopt_` prefix).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum DeoptReason {
    /// A register expected to hold a small int held something else.
    IntGuard,
    /// A register expected to hold a float held something else.
    FloatGuard,
    /// A register expected to hold an int or a float held something else.
    NumberGuard,
    /// An int result left the small-int range (the interpreter makes a big int).
    Overflow,
    /// Division or modulo by zero (the interpreter raises).
    ZeroDivision,
    /// A shift count out of the inline range.
    ShiftCount,
    /// A `for` loop's iterator was not the kind (range, list) it was compiled for.
    RangeIter,
    /// Entering native code: the frame's values did not match the entry types.
    EntryGuard,
    /// A result of the runtime path did not have the type later code expects.
    ResultGuard,
    /// A global folded to a constant was rebound.
    GlobalChanged,
    /// A guard inside an inlined callee failed (the interpreter makes the
    /// call; the recompiled caller calls instead of inlining there).
    InlineGuard,
    /// A register expected to hold a list (it only ever had) held something else.
    ListGuard,
    /// A frameless call of a pure function could not finish natively (an
    /// overflow, a type guard, the recursion limit): the interpreter makes
    /// the call for real; the recompiled caller makes a framed call there.
    PureCall,
    /// A guard failed in a branch arm native code computed before the
    /// branch was decided (if-conversion): the interpreter takes the
    /// branch; the recompiled code branches there.
    IfConverted,
    /// A global or builtin was added or deleted, so a folded lookup's
    /// dict keys changed (usually a module still defining its globals):
    /// unlike a rebinding, the recompile folds the lookup again.
    GlobalKeys,
    /// A `for` loop's range went beyond the ±2**22 its index arithmetic was
    /// compiled for (the recompile makes no such assumption).
    RangeSpan,
    /// A global folded to a constant, checked once where a call-free loop
    /// is entered instead of at each lookup inside it, had changed (the
    /// recompile checks at the lookups).
    GlobalHoisted,
    /// A list indexed in native code was compact (bools kept as bytes,
    /// `objects::list`): the recompile indexes compact lists natively.
    CompactList,
    /// A list whose items native code took to be all floats or all small
    /// ints (once per straight-line run, instead of one type check per
    /// item) was not: the recompile checks each item.
    TypedList,
    /// A register whose range a loop's arithmetic relied on (an
    /// accumulator the loop adds bounded amounts to, an operand the loop
    /// does not change) was beyond it where the loop was entered: the
    /// recompile checks each operation for overflow.
    EntryRange,
    /// A list native code took to be compact, as only compact lists were
    /// seen there, held its items as values: the recompile handles both.
    ItemsList,
    /// A range loop indexing a list by its variable was entered with the
    /// range reaching past the list's end (or starting below 0), where the
    /// loop was compiled to index with no bounds check: the recompile
    /// checks each index.
    IndexBound,
}

impl DeoptReason {
    pub const ALL: [DeoptReason; 22] = [
        DeoptReason::IntGuard,
        DeoptReason::FloatGuard,
        DeoptReason::NumberGuard,
        DeoptReason::Overflow,
        DeoptReason::ZeroDivision,
        DeoptReason::ShiftCount,
        DeoptReason::RangeIter,
        DeoptReason::EntryGuard,
        DeoptReason::ResultGuard,
        DeoptReason::GlobalChanged,
        DeoptReason::InlineGuard,
        DeoptReason::ListGuard,
        DeoptReason::PureCall,
        DeoptReason::IfConverted,
        DeoptReason::GlobalKeys,
        DeoptReason::RangeSpan,
        DeoptReason::GlobalHoisted,
        DeoptReason::CompactList,
        DeoptReason::TypedList,
        DeoptReason::EntryRange,
        DeoptReason::ItemsList,
        DeoptReason::IndexBound,
    ];
    pub fn name(self) -> &'static str {
        match self {
            DeoptReason::IntGuard => "deopt_int_guard",
            DeoptReason::FloatGuard => "deopt_float_guard",
            DeoptReason::NumberGuard => "deopt_number_guard",
            DeoptReason::Overflow => "deopt_overflow",
            DeoptReason::ZeroDivision => "deopt_zero_division",
            DeoptReason::ShiftCount => "deopt_shift_count",
            DeoptReason::RangeIter => "deopt_iterator_kind",
            DeoptReason::EntryGuard => "deopt_entry_guard",
            DeoptReason::ResultGuard => "deopt_result_guard",
            DeoptReason::GlobalChanged => "deopt_global_changed",
            DeoptReason::InlineGuard => "deopt_inline_guard",
            DeoptReason::ListGuard => "deopt_list_guard",
            DeoptReason::PureCall => "deopt_pure_call",
            DeoptReason::IfConverted => "deopt_if_converted",
            DeoptReason::GlobalKeys => "deopt_global_keys",
            DeoptReason::RangeSpan => "deopt_range_span",
            DeoptReason::GlobalHoisted => "deopt_global_hoisted",
            DeoptReason::CompactList => "deopt_compact_list",
            DeoptReason::TypedList => "deopt_typed_list",
            DeoptReason::EntryRange => "deopt_entry_range",
            DeoptReason::ItemsList => "deopt_items_list",
            DeoptReason::IndexBound => "deopt_index_bound",
        }
    }
    /// One line for the `--stats` table.
    pub fn describe(self) -> &'static str {
        match self {
            DeoptReason::IntGuard => "deopts: a register expected to hold a small int held something else",
            DeoptReason::FloatGuard => "deopts: a register expected to hold a float held something else",
            DeoptReason::NumberGuard => "deopts: a register expected to hold an int or a float held something else",
            DeoptReason::Overflow => "deopts: an int result left the small-int range",
            DeoptReason::ZeroDivision => "deopts: division or modulo by zero",
            DeoptReason::ShiftCount => "deopts: a shift count out of the inline range",
            DeoptReason::RangeIter => "deopts: a for loop's iterator was not the kind it was compiled for",
            DeoptReason::EntryGuard => "deopts: entering native code, the frame's values did not have the entry types",
            DeoptReason::ResultGuard => "deopts: a runtime result did not have the type later code expects",
            DeoptReason::GlobalChanged => "deopts: a global folded to a constant was rebound",
            DeoptReason::InlineGuard => "deopts: a guard inside an inlined callee failed (the call is made instead)",
            DeoptReason::ListGuard => "deopts: a register expected to hold a list held something else",
            DeoptReason::PureCall => "deopts: a frameless call of a pure function could not finish natively (the call is made for real)",
            DeoptReason::IfConverted => "deopts: a guard failed in a branch arm computed before the branch was decided (the branch is taken for real)",
            DeoptReason::GlobalKeys => "deopts: a global or builtin was added or deleted, so a folded lookup's keys changed (the recompile folds it again)",
            DeoptReason::RangeSpan => "deopts: a for loop's range went beyond the +-2**22 its index arithmetic was compiled for (the recompile assumes nothing)",
            DeoptReason::GlobalHoisted => "deopts: a folded global checked where a call-free loop is entered had changed (the recompile checks it at each lookup)",
            DeoptReason::CompactList => "deopts: a list indexed in native code kept its bools as bytes (the recompile handles such lists natively)",
            DeoptReason::TypedList => "deopts: a list native code took to hold only floats (only ints) held something else (the recompile checks each item)",
            DeoptReason::EntryRange => "deopts: a register a loop's arithmetic was compiled to need no overflow checks for (an accumulator: within +-2**46; an operand the loop does not change: within +-2**44; an induction variable: between its entry bound and its condition's) was beyond that where the loop was entered (the recompile checks each operation)",
            DeoptReason::ItemsList => "deopts: a list native code took to be compact (only such were indexed there) held its items as values (the recompile handles both forms)",
            DeoptReason::IndexBound => "deopts: a range loop compiled to index a list by its variable with no bounds check was entered with the range reaching past the list's end or below 0 (the recompile checks each index)",
        }
    }
    pub fn from_u8(b: u8) -> Option<DeoptReason> {
        DeoptReason::ALL.get(b as usize).copied()
    }
}

/// Built-in functions native code computes inline when it knows the
/// argument types (the call site checks it is calling that very builtin;
/// any other callee or argument calls the builtin, one semantics).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intrinsic {
    /// `len(list)`, `len(tuple)`.
    Len,
    /// `abs(int)`, `abs(float)`.
    Abs,
    /// `min(a, b)`, `max(a, b)` of two ints or two floats.
    Min,
    Max,
    /// `math.sqrt` of an int or a float.
    Sqrt,
    /// `range(...)` of ints whose only use is the `GetIter` right after
    /// (a `for` loop): the range iterator is made directly.
    Range,
}

impl Intrinsic {
    /// The intrinsic `callee` is, for a positional call with `nargs` arguments.
    pub fn of(callee: &Value, nargs: u16) -> Option<Intrinsic> {
        if callee.is(&crate::types::types().range) {
            return (1..=3).contains(&nargs).then_some(Intrinsic::Range);
        }
        let b = callee.as_builtin()?;
        if !b.self_.is_undef() {
            return None;
        }
        let k = crate::builtins::intrinsic_of(b.func)?;
        (k.arity() == nargs).then_some(k)
    }

    pub fn arity(self) -> u16 {
        match self {
            Intrinsic::Len | Intrinsic::Abs | Intrinsic::Sqrt => 1,
            Intrinsic::Min | Intrinsic::Max => 2,
            Intrinsic::Range => 3,
        }
    }
}

/// Deoptimizations a compiled function may take before it is thrown away
/// and recompiled with what the interpreter has seen since.
pub const DEOPTS_BEFORE_RECOMPILE: u32 = 8;
/// Recompilations before a function stays interpreted for good.
pub const MAX_RECOMPILES: u32 = 4;

/// Why a function was not compiled (reported with the `refuse_` prefix).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    Generator,
    TooLarge,
    /// Most instructions would run through the single-step fallback.
    MostlyInterpreted,
    Backend,
    /// Deoptimized and recompiled too often.
    DeoptStorm,
}

impl Refusal {
    /// Every reason, in `as usize` order (the `--stats` rows).
    pub const ALL: [Refusal; 5] = [Refusal::Generator, Refusal::TooLarge, Refusal::MostlyInterpreted, Refusal::Backend, Refusal::DeoptStorm];

    pub fn name(self) -> &'static str {
        match self {
            Refusal::Generator => "refuse_generator",
            Refusal::TooLarge => "refuse_too_large",
            Refusal::MostlyInterpreted => "refuse_mostly_interpreted",
            Refusal::Backend => "refuse_backend_error",
            Refusal::DeoptStorm => "refuse_deopt_storm",
        }
    }

    /// One line for the `--stats` table.
    pub fn describe(self) -> &'static str {
        match self {
            Refusal::Generator => "refusals: generator functions with no loop free of yield (only such loops are compiled in a generator)",
            Refusal::TooLarge => "refusals: functions too large to compile",
            Refusal::MostlyInterpreted => "refusals: code that would run mostly through the runtime (--jit=auto)",
            Refusal::Backend => "refusals: the code generator failed",
            Refusal::DeoptStorm => "refusals: deoptimized and recompiled too often",
        }
    }
}

pub struct Compiled {
    pub entry: NativeEntry,
    pub code_size: usize,
    /// Instruction indexes where native code may be entered (0 and loop heads).
    pub entries: Vec<u32>,
    /// Objects the code compares against by address (direct-call targets):
    /// kept alive as long as the code can run, so an address cannot be
    /// reused by another object.
    pub pins: Vec<Value>,
    /// The Cranelift IR / the machine code's disassembly, when
    /// `CompileEnv::clif` / `asm` asked for them (`--dump`).
    pub clif: Option<String>,
    pub asm: Option<String>,
    /// Further functions compiled with it (frameless versions of the pure
    /// functions it calls): (address, size in bytes, name suffix).
    pub parts: Vec<(usize, usize, String)>,
    /// Time its machine code took to generate on the JIT's background
    /// thread (`JitBackend::start`), while the program ran on; 0 when
    /// compiled by `JitBackend::compile`.
    pub background_nanos: u64,
}

/// What the compiler may specialize on besides the code: the globals and
/// builtins the function runs with (global loads fold to constants under a
/// version guard; native code is only entered with these globals); and what
/// the tooling wants from this compilation.
pub struct CompileEnv<'a> {
    pub globals: &'a Value,
    pub builtins: &'a Value,
    /// Native code counts its loop iterations (`stats::CodeCounts`).
    pub count: bool,
    /// Native code records the loop it runs in its frame's pc at every
    /// back-edge, so the sampling profiler sees inner native loops.
    pub track_loops: bool,
    /// Return the IR / the disassembly in `Compiled`.
    pub clif: bool,
    pub asm: bool,
    /// The loop headers to make OSR entries for (`JitSlot::wanted`); every
    /// loop header when `None` (`--jit=eager`). The function entry is
    /// always made.
    pub loop_entries: Option<&'a [u32]>,
}

/// The JIT compiler, as the interpreter sees it.
pub trait JitBackend {
    /// Compiles `code` now.
    fn compile(&mut self, code: &Code, env: &CompileEnv<'_>) -> Result<Compiled, Refusal>;
    /// Translates `code` now and generates its machine code in the
    /// background; returns the job to `collect`.
    fn start(&mut self, code: &Code, env: &CompileEnv<'_>) -> Result<u64, Refusal>;
    /// Whether job `job`'s machine code is generated (cheap: asked at
    /// every interpreted back-edge of a loop being compiled).
    fn ready(&self, job: u64) -> bool;
    /// Job `job`'s code, installed and ready to run, once it is `ready`;
    /// None while it is not (never waits).
    fn collect(&mut self, job: u64) -> Option<Result<Compiled, Refusal>>;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitState {
    Cold,
    /// Machine code being generated in the background (`JitSlot::job`):
    /// the interpreter runs the code meanwhile.
    Compiling,
    Compiled,
    Refused,
}

/// Per-code-object JIT state.
pub struct JitSlot {
    pub state: Cell<JitState>,
    /// While `Compiling`: the backend's job, and the time the VM thread
    /// spent starting it (translating), in nanoseconds.
    pub job: Cell<(u64, u64)>,
    /// The native code's function, if it can be called (has an entry at
    /// pc 0): native callers read this cell.
    pub entry: Cell<Option<NativeEntry>>,
    /// The native code's function, for its entries (`entries`).
    pub native: Cell<Option<NativeEntry>>,
    /// The pcs the native code can be entered at: pc 0 (a call) unless it
    /// was compiled for its loops only (see `Vm::call_entry_for`), and OSR
    /// entries at loop headers.
    pub entries: crate::objects::PyCell<Vec<u32>>,
    /// The loop headers the next compilation makes OSR entries for: the
    /// loop that made the code hot, and loops that ran on in the
    /// interpreter past code without their entry (`Vm::missed_entry`).
    pub wanted: crate::objects::PyCell<Vec<u32>>,
    /// Interpreted back-edges to a loop header the native code has no
    /// entry for.
    pub missed: Cell<u32>,
    /// The native code has an entry at every loop header it can enter.
    pub every_entry: Cell<bool>,
    /// The globals dict (its bits) the native code was specialized for.
    pub globals: Cell<u64>,
    /// Instructions where a deoptimization happened: recompiles do not
    /// speculate there again.
    pub deopt_sites: crate::objects::PyCell<Vec<u32>>,
    /// Calls where a frameless call of a pure function failed: recompiles
    /// make a framed call there.
    pub pure_refused: crate::objects::PyCell<Vec<u32>>,
    /// Branches where an if-converted arm failed a guard: recompiles
    /// branch there.
    pub branchy: crate::objects::PyCell<Vec<u32>>,
    /// Whether the code is a small function without loops (`small_leaf`),
    /// once asked.
    pub leaf: Cell<Option<bool>>,
    /// Deoptimizations of the current native code.
    pub deopts: Cell<u32>,
    pub recompiles: Cell<u32>,
    /// An entry guard failed: recompiles join types without speculating.
    pub no_join_speculation: Cell<bool>,
    /// A range loop went beyond ±2**22: recompiles assume no bound on
    /// range loop variables (`deopt_range_span`).
    pub no_span_speculation: Cell<bool>,
    /// A folded global checked at a loop's entry had changed: recompiles
    /// check folded globals at each lookup (`deopt_global_hoisted`).
    pub no_guard_hoisting: Cell<bool>,
    /// A list indexed natively was compact: recompiles index compact lists
    /// natively at every site (`deopt_compact_list`).
    pub compact_lists: Cell<bool>,
    /// A list taken to be compact was not: recompiles test each list's
    /// form (`deopt_items_list`).
    pub items_lists: Cell<bool>,
    /// A list taken to hold only floats (ints) did not: recompiles check
    /// the type of each item loaded (`deopt_typed_list`).
    pub no_typed_lists: Cell<bool>,
    /// A register a loop relied on the range of was beyond it where the
    /// loop was entered: recompiles check every operation
    /// (`deopt_entry_range`).
    pub no_entry_ranges: Cell<bool>,
    /// A range loop whose list indexes by its variable were compiled
    /// unchecked was entered with a range the list does not cover:
    /// recompiles check each index (`deopt_index_bound`).
    pub no_index_bounds: Cell<bool>,
    /// The objects any compilation pinned (`Compiled::pins`), each held
    /// once: native code is never freed, so neither is what it refers to
    /// by address.
    pub pins: crate::objects::PyCell<Vec<Value>>,
    /// Why the code is `Refused` (for `--explain`).
    pub refusal: Cell<Option<Refusal>>,
    /// Deoptimizations per (pc, reason) (for `--explain`).
    pub deopt_log: crate::objects::PyCell<Vec<(u32, Option<DeoptReason>, u64)>>,
    /// Calls and loop iterations by tier (see `stats::CodeCounts`).
    pub counts: crate::stats::CodeCounts,
    /// The class of the left operand of binary operators that called a
    /// Python method (`__add__`...), per pc; UNDEF where several were seen.
    /// Native code calls that method directly for instances of the class.
    pub operator_classes: crate::objects::PyCell<Vec<(u32, Value)>>,
}

impl JitSlot {
    /// Unlinks the native code (never freed: frames running it go on).
    fn discard_code(&self) {
        self.entry.set(None);
        self.native.set(None);
        self.entries.get_mut().clear();
    }

    /// Of a compilation's `pins`, those to hold on to: one reference per
    /// object, none for objects this code already pins (for good: code is
    /// never freed); the others are released. Applied where a compilation
    /// is made (so a background job waiting to land holds no extra
    /// references) and where it is installed, so `sys.getrefcount` moves
    /// neither while a compilation is pending nor when it lands.
    pub fn unpinned(&self, pins: Vec<Value>) -> Vec<Value> {
        let held = self.pins.get();
        let mut kept: Vec<Value> = Vec::with_capacity(pins.len());
        for v in pins {
            if !held.iter().chain(kept.iter()).any(|p| p.bits() == v.bits()) {
                kept.push(v);
            }
        }
        kept
    }
}

impl Default for JitSlot {
    fn default() -> Self {
        JitSlot {
            state: Cell::new(JitState::Cold),
            job: Cell::new((0, 0)),
            entry: Cell::new(None),
            native: Cell::new(None),
            entries: crate::objects::PyCell::new(Vec::new()),
            wanted: crate::objects::PyCell::new(Vec::new()),
            missed: Cell::new(0),
            every_entry: Cell::new(false),
            globals: Cell::new(0),
            deopt_sites: crate::objects::PyCell::new(Vec::new()),
            pure_refused: crate::objects::PyCell::new(Vec::new()),
            branchy: crate::objects::PyCell::new(Vec::new()),
            leaf: Cell::new(None),
            deopts: Cell::new(0),
            recompiles: Cell::new(0),
            no_join_speculation: Cell::new(false),
            no_span_speculation: Cell::new(false),
            no_guard_hoisting: Cell::new(false),
            compact_lists: Cell::new(false),
            items_lists: Cell::new(false),
            no_typed_lists: Cell::new(false),
            no_entry_ranges: Cell::new(false),
            no_index_bounds: Cell::new(false),
            pins: crate::objects::PyCell::new(Vec::new()),
            operator_classes: crate::objects::PyCell::new(Vec::new()),
            refusal: Cell::new(None),
            deopt_log: crate::objects::PyCell::new(Vec::new()),
            counts: crate::stats::CodeCounts::default(),
        }
    }
}

impl JitSlot {
    pub fn deopted_at(&self, pc: usize) -> bool {
        self.deopt_sites.get().contains(&(pc as u32))
    }

    /// Records that the binary operator at `pc` had an instance of `class`
    /// on its left.
    pub fn note_operator_class(&self, pc: usize, class: &Value) {
        let v = self.operator_classes.get_mut();
        match v.iter_mut().find(|(p, _)| *p == pc as u32) {
            Some((_, c)) if !c.is(class) => *c = Value::UNDEF,
            Some(_) => {}
            None => v.push((pc as u32, class.clone())),
        }
    }

    /// The one class the binary operator at `pc` saw on its left, if any.
    pub fn operator_class(&self, pc: usize) -> Option<Value> {
        self.operator_classes.get().iter().find(|(p, _)| *p == pc as u32).map(|(_, c)| c.clone()).filter(|c| !c.is_undef())
    }

    /// Whether a frameless call at `pc` failed before.
    pub fn pure_refused_at(&self, pc: usize) -> bool {
        self.pure_refused.get().contains(&(pc as u32))
    }
}

/// Instructions a function may have to be left to its callers' loops
/// (`Vm::leave_to_caller`): about what inlining takes.
const LEAF_MAX_INSTRS: usize = 48;

/// Whether `code` is small and has no loop (no backward jump): a callee
/// the compiled loop that calls it would inline.
pub(crate) fn small_leaf(code: &Code) -> bool {
    if let Some(b) = code.jit.leaf.get() {
        return b;
    }
    let leaf = code.instrs.len() <= LEAF_MAX_INSTRS && !code.flags.generator && code.back_edges().is_empty();
    code.jit.leaf.set(Some(leaf));
    leaf
}

impl Vm {
    /// A small function without loops that just reached the call
    /// threshold, called from an interpreted loop that is not compiled yet
    /// (`caller`): it is left to that loop's compilation, which inlines it,
    /// rather than compiled on its own first (a compilation the program
    /// would wait for, of code that then hardly runs). Called from anywhere
    /// else (a compiled or refused caller, code without loops), it is
    /// compiled as usual.
    pub(crate) fn leave_to_caller(&self, caller: &Code, callee: &Code) -> bool {
        if callee.jit.state.get() != JitState::Cold {
            return false;
        }
        let waiting = match caller.jit.state.get() {
            // Its code is on the way.
            JitState::Compiling => true,
            // Its loop is warming up (and so gets hot first).
            JitState::Cold => caller.backedges.get() > 0,
            JitState::Compiled | JitState::Refused => false,
        };
        waiting && !std::ptr::eq(caller, callee) && small_leaf(callee)
    }
}

impl Vm {
    /// Compiles `code` if it is due; returns its native entry if it has one
    /// (for the top frame, which runs `code`).
    pub(crate) fn jit_entry_for(&mut self, code: &Code, hot: bool) -> Option<NativeEntry> {
        match code.jit.state.get() {
            JitState::Compiled => {
                // Specialized for one globals dict: other frames interpret.
                let g = self.frames.last().map_or(0, |f| f.globals.bits());
                return if g == code.jit.globals.get() { code.jit.native.get() } else { None };
            }
            JitState::Refused => return None,
            JitState::Compiling => return self.collect_compiled(code),
            JitState::Cold => {}
        }
        if !hot {
            return None;
        }
        let globals = self.frames.last().map(|f| f.globals.clone())?;
        let builtins = self.builtins.clone();
        let (clif, asm) = self.tooling.wants_native_text(code);
        let count = self.tooling.counting();
        let t0 = std::time::Instant::now();
        let track_loops = self.tooling.profile.is_some();
        let wanted = code.jit.wanted.get().clone();
        // Every entry for code made hot by calls (it is likely to be called
        // again, and its frames already running — recursion — resume their
        // loops), for generators (entered only at loop headers) and under
        // `--jit=eager` (for testing: every loop of the suite runs natively).
        let every = wanted.is_empty() || code.flags.generator || self.jit_mode == crate::interp::JitMode::Eager;
        code.jit.every_entry.set(every);
        let loop_entries = (!every).then_some(wanted.as_slice());
        let env = CompileEnv { globals: &globals, builtins: &builtins, count, track_loops, clif, asm, loop_entries };
        // Dumps print in compilation order, so they compile in the foreground.
        let background = self.jit_background && !clif && !asm;
        let prev = self.stats.clock.enter(Tier::Compiler);
        let backend = self.jit.as_mut()?;
        code.jit.globals.set(globals.bits());
        if background {
            let started = backend.start(code, &env);
            self.stats.clock.enter(prev);
            let nanos = t0.elapsed().as_nanos() as u64;
            return match started {
                Ok(job) => {
                    code.jit.job.set((job, nanos));
                    code.jit.state.set(JitState::Compiling);
                    None
                }
                Err(reason) => self.install_compiled(code, Err(reason), nanos),
            };
        }
        let result = backend.compile(code, &env);
        self.stats.clock.enter(prev);
        self.install_compiled(code, result, t0.elapsed().as_nanos() as u64)
    }

    /// The native entry for a call of `code` (the top frame, at pc 0),
    /// compiling it if it is `hot`. Code compiled for a loop of a function
    /// called less than the call threshold has no entry at pc 0 (its
    /// straight-line code before the loop, which runs once per call, is not
    /// compiled: a third of the IR of a function like `sieve`, compiled
    /// while the program waits in the interpreter): its calls run in the
    /// interpreter up to the loop, and enter native code there. Once it is
    /// called often enough it is compiled again, with every entry.
    pub(crate) fn call_entry_for(&mut self, code: &Code, hot: bool) -> Option<NativeEntry> {
        let native = self.jit_entry_for(code, hot)?;
        // (`entry` is set only for code with an entry at pc 0.)
        if code.jit.entry.get().is_some() {
            return Some(native);
        }
        if !hot || code.jit.state.get() != JitState::Compiled {
            return None;
        }
        if std::env::var_os("PYLIFT_JIT_LOG").is_some() {
            eprintln!("pylift-jit: {} compiled for its loops is called often: recompiling with its function entry", code.qualname_str());
        }
        let slot = &code.jit;
        slot.discard_code();
        slot.wanted.get_mut().clear();
        slot.state.set(JitState::Cold);
        self.stats.counters.entry_recompiles += 1;
        let native = self.jit_entry_for(code, true)?;
        code.jit.entry.get().and(Some(native))
    }

    /// `code` is being compiled in the background: installs its native code
    /// if it is ready, and returns the entry as `jit_entry_for` would.
    fn collect_compiled(&mut self, code: &Code) -> Option<NativeEntry> {
        let (job, started_nanos) = code.jit.job.get();
        if !self.jit.as_ref().is_some_and(|b| b.ready(job)) {
            return None;
        }
        let t0 = std::time::Instant::now();
        let prev = self.stats.clock.enter(Tier::Compiler);
        let result = self.jit.as_mut().and_then(|b| b.collect(job));
        self.stats.clock.enter(prev);
        // (Ready but not collectable would be a backend bug: the code stays
        // interpreted rather than asking again at every back-edge.)
        let result = result.unwrap_or(Err(Refusal::Backend));
        self.install_compiled(code, result, started_nanos + t0.elapsed().as_nanos() as u64)?;
        self.jit_entry_for(code, false)
    }

    /// Makes a finished compilation of `code` current (or records why it
    /// was refused); `nanos` is the time the VM thread spent on it.
    fn install_compiled(&mut self, code: &Code, result: Result<Compiled, Refusal>, nanos: u64) -> Option<NativeEntry> {
        let log = std::env::var_os("PYLIFT_JIT_LOG").is_some();
        match result {
            Ok(c) => {
                if log {
                    eprintln!("pylift-jit: compiled {} ({} bytes, {} µs, {} µs in the background)", code.qualname_str(), c.code_size, nanos / 1000, c.background_nanos / 1000);
                }
                self.note_compiled(code, &c, nanos);
                code.jit.native.set(Some(c.entry));
                code.jit.entry.set(c.entries.contains(&0).then_some(c.entry));
                code.jit.deopts.set(0);
                *code.jit.entries.get_mut() = c.entries;
                // (Another compilation of this code may have landed since
                // this one was made.)
                let fresh = code.jit.unpinned(c.pins);
                code.jit.pins.get_mut().extend(fresh);
                code.jit.state.set(JitState::Compiled);
                Some(c.entry)
            }
            Err(reason) => {
                if log {
                    eprintln!("pylift-jit: {} {}", reason.name(), code.qualname_str());
                }
                self.refuse(code, reason);
                None
            }
        }
    }

    /// `code` stays interpreted for `reason`.
    #[cold]
    pub(crate) fn refuse(&mut self, code: &Code, reason: Refusal) {
        self.stats.note_refusal(reason);
        code.jit.refusal.set(Some(reason));
        code.jit.state.set(JitState::Refused);
    }

    /// Counts, records and reports (perf map, dumps) one compilation.
    fn note_compiled(&mut self, code: &Code, c: &Compiled, nanos: u64) {
        let loops = c.entries.iter().filter(|&&pc| pc != 0).count() as u64;
        let k = &mut self.stats.counters;
        k.functions_compiled += 1;
        k.background_compiles += u64::from(c.background_nanos > 0);
        k.loops_compiled += loops;
        k.code_bytes += c.code_size as u64;
        k.pure_functions_compiled += c.parts.len() as u64;
        k.code_bytes += c.parts.iter().map(|p| p.1 as u64).sum::<u64>();
        let addr = c.entry as usize as u64;
        let rec = crate::stats::CompileRecord {
            function: code.qualname_str().to_string(),
            file: code.filename.to_string(),
            line: code.firstlineno,
            nanos,
            background_nanos: c.background_nanos,
            bytes: c.code_size as u64,
            loops,
            addr,
        };
        if let Some(pm) = self.tooling.perf_map.as_mut() {
            pm.add(addr, c.code_size as u64, &crate::perf_map::symbol(code));
        }
        if let Some(jd) = self.tooling.jitdump.as_mut() {
            jd.add(addr, c.code_size as u64, &crate::perf_map::symbol(code));
        }
        for (addr, size, suffix) in &c.parts {
            let name = format!("{}{suffix}", crate::perf_map::symbol(code));
            if let Some(pm) = self.tooling.perf_map.as_mut() {
                pm.add(*addr as u64, *size as u64, &name);
            }
            if let Some(jd) = self.tooling.jitdump.as_mut() {
                jd.add(*addr as u64, *size as u64, &name);
            }
        }
        self.stats.compiles.push(rec);
        use crate::tooling::{normalize_addresses, DumpKind};
        if let Some(text) = &c.clif {
            self.tooling.print_native_text(code, DumpKind::Clif, &format!("; {} entries {:?}\n{}", code.qualname_str(), c.entries, normalize_addresses(text)));
        }
        if let Some(text) = &c.asm {
            self.tooling.print_native_text(code, DumpKind::Asm, &format!("; asm {} ({} bytes) entries {:?}\n{}", code.qualname_str(), c.code_size, c.entries, normalize_addresses(text)));
        }
    }
}

impl Vm {
    /// The native entry of the top frame's `code` at loop header `target`
    /// (on-stack replacement), compiling the code if it is `hot` there,
    /// with an entry at that loop. Code compiled without one gets it once
    /// the loop has run on (`missed_entry`).
    pub(crate) fn loop_entry_for(&mut self, code: &Code, target: u32, hot: bool) -> Option<NativeEntry> {
        if hot && code.jit.state.get() == JitState::Cold {
            Self::want_entry(code, target);
        }
        let entry = self.jit_entry_for(code, hot)?;
        if code.jit.entries.get().contains(&target) {
            return Some(entry);
        }
        if !self.missed_entry(code, target) {
            return None;
        }
        // Compiled again (in the background: interpreted meanwhile).
        let entry = self.jit_entry_for(code, true)?;
        code.jit.entries.get().contains(&target).then_some(entry)
    }

    /// `code` is getting hot at the loop whose header is `target`: its
    /// compilation makes an OSR entry there.
    fn want_entry(code: &Code, target: u32) {
        if !code.jit.wanted.get().contains(&target) {
            code.jit.wanted.get_mut().push(target);
        }
    }

    /// The interpreter ran a back-edge to `target` in a frame of `code`,
    /// whose native code has no entry there (it was compiled for other
    /// loops, or called; a deoptimization or GC exit resumed the frame in
    /// this loop). Once the loop has run on for a loop threshold the code
    /// is thrown away and compiled again with that entry; true then.
    fn missed_entry(&mut self, code: &Code, target: u32) -> bool {
        let slot = &code.jit;
        // Compiled for every loop it can enter, or for this one: the
        // compiler could make no entry there.
        if slot.every_entry.get() || slot.wanted.get().contains(&target) {
            return false;
        }
        let n = slot.missed.get() + 1;
        slot.missed.set(n);
        if n < self.jit_loop_threshold || slot.state.get() != JitState::Compiled {
            return false;
        }
        slot.missed.set(0);
        Self::want_entry(code, target);
        if std::env::var_os("PYLIFT_JIT_LOG").is_some() {
            eprintln!("pylift-jit: {} ran on at pc {target} without an entry: recompiling", code.qualname_str());
        }
        slot.discard_code();
        slot.state.set(JitState::Cold);
        self.stats.counters.entry_recompiles += 1;
        true
    }

    /// A deoptimization exit of `code`'s native code at `pc`: count it,
    /// remember the site, and after repeated deopts throw the code away so
    /// the next tier-up recompiles with what has been seen (or, after
    /// repeated recompiles, keep the function interpreted).
    pub(crate) fn note_deopt(&mut self, code: &Code, pc: u32, reason: Option<DeoptReason>) {
        let name = reason.map_or("deopt_unknown", |r| r.name());
        self.stats.note_deopt(reason);
        if std::env::var_os("PYLIFT_JIT_LOG").is_some() {
            eprintln!("pylift-jit: {name} in {} at pc {pc} (line {})", code.qualname_str(), code.line_at(pc as usize));
        }
        let slot = &code.jit;
        {
            let log = slot.deopt_log.get_mut();
            match log.iter_mut().find(|e| e.0 == pc && e.1 == reason) {
                Some(e) => e.2 += 1,
                None => log.push((pc, reason, 1)),
            }
        }
        if reason == Some(DeoptReason::PureCall) {
            // The call itself is fine to speculate on: only not frameless.
            if !slot.pure_refused_at(pc as usize) {
                slot.pure_refused.get_mut().push(pc);
            }
        } else if reason == Some(DeoptReason::IfConverted) {
            // The branch's condition is fine to speculate on: only not
            // the arms before it is decided.
            if !slot.branchy.get().contains(&pc) {
                slot.branchy.get_mut().push(pc);
            }
        } else if matches!(
            reason,
            Some(DeoptReason::CompactList | DeoptReason::ItemsList | DeoptReason::TypedList | DeoptReason::EntryRange | DeoptReason::IndexBound | DeoptReason::RangeSpan | DeoptReason::GlobalHoisted)
        ) {
            // Nothing to stop speculating on at the site: the recompile
            // changes how the whole function handles lists, ranges, loop
            // entries and hoisted fold checks (below). (Marking a range loop's `ForIter`
            // deoptimized made a loop over more than 2**22 values step
            // through the runtime: 4x slower.)
        } else if reason == Some(DeoptReason::GlobalKeys) && slot.recompiles.get() < GLOBAL_KEYS_REFOLDS {
            // Nothing to stop speculating on: the lookup folds again (a
            // module that keeps adding globals stops that after a few
            // recompiles, below).
        } else if !slot.deopted_at(pc as usize) {
            slot.deopt_sites.get_mut().push(pc);
        }
        if reason == Some(DeoptReason::EntryGuard) {
            // The frame's values did not have the types a loop header
            // speculated; the speculation was made at some merge upstream
            // of the header, so recompiles do not speculate at merges.
            slot.no_join_speculation.set(true);
        }
        // What the recompile of the whole function stops (or starts) doing.
        match reason {
            Some(DeoptReason::RangeSpan) => slot.no_span_speculation.set(true),
            Some(DeoptReason::GlobalHoisted) => slot.no_guard_hoisting.set(true),
            Some(DeoptReason::CompactList) => slot.compact_lists.set(true),
            Some(DeoptReason::ItemsList) => slot.items_lists.set(true),
            Some(DeoptReason::TypedList) => slot.no_typed_lists.set(true),
            Some(DeoptReason::EntryRange) => slot.no_entry_ranges.set(true),
            Some(DeoptReason::IndexBound) => slot.no_index_bounds.set(true),
            _ => {}
        }
        // A failed fold check fails again on every run of the code (keys
        // versions only grow; a rebound global stays rebound): throw the
        // code away now rather than deoptimizing at each entry.
        let stale = matches!(reason, Some(DeoptReason::GlobalKeys | DeoptReason::GlobalChanged | DeoptReason::GlobalHoisted));
        let n = if stale { DEOPTS_BEFORE_RECOMPILE.max(slot.deopts.get() + 1) } else { slot.deopts.get() + 1 };
        slot.deopts.set(n);
        if n < DEOPTS_BEFORE_RECOMPILE || slot.state.get() != JitState::Compiled {
            return;
        }
        slot.discard_code();
        let r = slot.recompiles.get() + 1;
        slot.recompiles.set(r);
        if r > MAX_RECOMPILES {
            slot.state.set(JitState::Refused);
            slot.refusal.set(Some(Refusal::DeoptStorm));
            self.stats.note_refusal(Refusal::DeoptStorm);
        } else {
            // Back off: tier up again only after the thresholds are reached anew.
            slot.state.set(JitState::Cold);
            self.stats.counters.recompiles += 1;
            let c = &slot.counts;
            c.calls_carry.set(c.calls_carry.get() + code.calls.get() as u64);
            c.backedges_carry.set(c.backedges_carry.get() + code.backedges.get() as u64);
            code.calls.set(0);
            code.backedges.set(0);
        }
    }
}

fn vm_of<'a>(vm: *mut Vm) -> &'a mut Vm {
    // SAFETY: native code only ever receives the live VM pointer it was
    // entered with, on the VM's own thread.
    unsafe { &mut *vm }
}

/// A runtime function's result as native code's status word: the success
/// code, or `on_error` with the exception left pending in `Vm::jit_error`.
fn status(vm: &mut Vm, r: Result<u32, PendingError>, on_error: u32) -> u32 {
    r.unwrap_or_else(|e| {
        vm.jit_error = Some(e);
        on_error
    })
}

/// Runs `f` with the tier clock in `tier` (a runtime function native code
/// called), then back in native code.
#[inline(always)]
fn in_tier<T>(vm: &mut Vm, tier: crate::stats::Tier, f: impl FnOnce(&mut Vm) -> T) -> T {
    let prev = vm.stats.clock.enter(tier);
    let r = f(vm);
    vm.stats.clock.enter(prev);
    r
}

/// Executes the single instruction at `pc` of the top frame. 0 = done,
/// 1 = an exception is pending (`Vm::jit_error`).
#[no_mangle]
pub extern "C" fn pylift_jit_step(vm: *mut Vm, pc: u32) -> u32 {
    let vm = vm_of(vm);
    // The interpreter's own code for one instruction: interpreter time.
    let r = in_tier(vm, Tier::Interpreter, |vm| vm.step_instruction(pc as usize).map(|()| 0));
    status(vm, r, 1)
}

/// An instruction with an inline cache (see `Vm::jit_cached_op`): 0 = done,
/// 1 = an exception is pending.
#[no_mangle]
pub extern "C" fn pylift_jit_cached(vm: *mut Vm, pc: u32) -> u32 {
    let vm = vm_of(vm);
    let r = in_tier(vm, Tier::Runtime, |vm| vm.jit_cached_op(pc as usize).map(|()| 0));
    status(vm, r, 1)
}

/// A call instruction (see `Vm::jit_call`): 0 = done, 1 = exception pending.
#[no_mangle]
pub extern "C" fn pylift_jit_call(vm: *mut Vm, pc: u32) -> u32 {
    let vm = vm_of(vm);
    let r = in_tier(vm, Tier::Runtime, |vm| vm.jit_call(pc as usize).map(|()| 0));
    status(vm, r, 1)
}

/// A direct call from native code (see `FrameLayout`) whose callee did
/// not simply return: the callee frame is the top frame and `exit` is what
/// its native code returned. Finishes the call as `Vm::call_function` would
/// (resume the interpreter after a deoptimization, unwind or handle an
/// exception) and stores the result in the caller's destination register
/// of the call at `pc`: 0 = done, 1 = an exception is pending.
#[no_mangle]
pub extern "C" fn pylift_jit_call_exit(vm: *mut Vm, exit: u64, pc: u32) -> u32 {
    let vm = vm_of(vm);
    // Native code pushed the callee's frame borrowing its code, function
    // and globals (see `translate/calls.rs`): give it its own references
    // now that Rust code may pop it.
    // An instantiation's frame borrows the new object too (`init_obj`).
    let init_obj = vm.frames.last().map_or(Value::UNDEF, |f| {
        std::mem::forget((f.code.clone(), f.func.clone(), f.globals.clone(), f.init_obj.clone()));
        f.init_obj.clone()
    });
    let r = in_tier(vm, Tier::Runtime, |vm| {
        let v = vm.finish_native_call(exit, vm.frames.len())?;
        // The frame returned to native code, not to an interpreted caller:
        // the rule of `Class(...)` is applied here.
        crate::ops::init_result(init_obj, v).map(|v| vm.set_call_result(pc as usize, v))
    });
    status(vm, r.map(|()| 0).map_err(|e| (e, false)), 1)
}

/// The iterator of `range(start, stop, step)` (`step` is not zero), as
/// `iter(range(...))` makes it, from the three words at `state`; returns
/// the new reference's bits. (Through memory: native code calls this at
/// the exits of range loops, and register arguments would pin the loop's
/// counter to an argument register there, which made the register
/// allocator keep it on the stack through the whole loop.)
///
/// # Safety
/// `state` points at three readable `i64`s.
#[no_mangle]
pub unsafe extern "C" fn pylift_jit_range_iter(state: *const i64) -> u64 {
    // SAFETY: the caller's promise.
    let (start, stop, step) = unsafe { (*state, *state.add(1), *state.add(2)) };
    crate::ops::iter::range_iter(start, stop, step).into_bits()
}

/// Truth value of a register for a conditional jump: 0, 1, or 2 on error.
#[no_mangle]
pub extern "C" fn pylift_jit_truthy(vm: *mut Vm, bits: u64, pc: u32) -> u32 {
    let vm = vm_of(vm);
    // SAFETY: `bits` is a register's value; we borrow it without owning.
    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
    match in_tier(vm, Tier::Runtime, |vm| crate::ops::truthy(vm, &v)) {
        Ok(b) => b as u32,
        Err(e) => {
            if let Some(f) = vm.frames.last_mut() {
                f.pc = pc as usize;
            }
            vm.jit_error = Some((e, false));
            2
        }
    }
}

/// Frees an object whose count native code dropped to zero.
#[no_mangle]
pub extern "C" fn pylift_jit_release(p: *mut ObjHeader) {
    let p = ((p as u64) & crate::value::PAYLOAD_MASK) as *mut ObjHeader;
    // SAFETY: native code owned the last reference.
    unsafe { crate::heap::decref_zero(p) };
}

// Attribute access for native code, through the instruction's inline
// cache (the interpreter's: one cache, filled by whichever tier misses).
// These are leaves: they run no Python code and never raise (dropping an
// overwritten value only queues finalizers), so native code calls them
// with its frame as it is. A miss returns `MISS`/0 and native code runs
// the instruction through the runtime, which refills the cache.

/// The "cache does not apply" answer of the attribute helpers (an unbound
/// value: no attribute holds one).
pub const ATTR_MISS: u64 = crate::value::BITS_UNDEF;

/// `LoadAttr`: the attribute (an owned reference's bits) or `ATTR_MISS`.
///
/// # Safety
/// `obj` is a live value (borrowed); `cache` one of the running code's
/// inline caches. So for the other attribute helpers.
#[no_mangle]
pub unsafe extern "C" fn pylift_jit_load_attr(obj: u64, cache: *const crate::bytecode::InlineCache) -> u64 {
    // SAFETY: `obj` is a register's value, borrowed; `cache` is one of the
    // compiled code's caches (code objects outlive their native code).
    let (obj, cache) = (std::mem::ManuallyDrop::new(unsafe { Value::from_bits(obj) }), unsafe { &*cache });
    crate::ops::attr::load_attr_cached(&obj, cache).map_or(ATTR_MISS, Value::into_bits)
}

/// `StoreAttr` of `value` (borrowed): 1 if done, 0 on a miss.
///
/// # Safety
/// As `pylift_jit_load_attr`; `value` is a live value (borrowed).
#[no_mangle]
pub unsafe extern "C" fn pylift_jit_store_attr(obj: u64, value: u64, cache: *const crate::bytecode::InlineCache) -> u32 {
    // SAFETY: as in `pylift_jit_load_attr`.
    let (obj, value, cache) = unsafe { (std::mem::ManuallyDrop::new(Value::from_bits(obj)), std::mem::ManuallyDrop::new(Value::from_bits(value)), &*cache) };
    u32::from(crate::ops::attr::store_attr_cached(&obj, cache, &value))
}

/// `LoadMethod`: on a hit (1) the callable and the self to pass (or
/// UNDEF) are written to `out[0]` and `out[1]`, two frame slots whose old
/// values are released; 0 on a miss.
///
/// # Safety
/// As `pylift_jit_load_attr`; `out` points at two registers of the
/// running frame.
#[no_mangle]
pub unsafe extern "C" fn pylift_jit_load_method(obj: u64, cache: *const crate::bytecode::InlineCache, out: *mut Value) -> u32 {
    // SAFETY: as in `pylift_jit_load_attr`; `out` points at two registers
    // of the running frame, which hold valid values.
    let (obj, cache) = (std::mem::ManuallyDrop::new(unsafe { Value::from_bits(obj) }), unsafe { &*cache });
    match crate::ops::attr::load_method_cached(&obj, cache) {
        Some((m, s)) => {
            // SAFETY: see above; both results are owned before either store.
            unsafe {
                *out = m;
                *out.add(1) = s;
            }
            1
        }
        None => 0,
    }
}

/// `GetIter` of a built-in iterable (`ops::iter::builtin_iter`): the new
/// iterator (owned) or `ATTR_MISS` (the runtime then runs the instruction).
/// A leaf, like the attribute helpers.
#[no_mangle]
pub extern "C" fn pylift_jit_get_iter(obj: u64) -> u64 {
    // SAFETY: `obj` is a register's value, borrowed.
    let obj = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(obj) });
    crate::ops::iter::builtin_iter(&obj).map_or(ATTR_MISS, Value::into_bits)
}

/// Replaces the list in frame slot `slot` by a list iterator over it at
/// `index` (which takes the slot's reference): native code writing a
/// virtual iterator into the frame.
///
/// # Safety
/// `slot` is a register of the running frame that owns a list.
#[no_mangle]
pub unsafe extern "C" fn pylift_jit_list_iter(slot: *mut Value, index: u64) {
    // SAFETY: guaranteed by the caller; the slot is overwritten at once.
    let list = unsafe { std::ptr::read(slot) };
    let it = crate::objects::iter::new_iter(crate::objects::iter::IterState::List { list, index: index as usize });
    // SAFETY: as above (the old value was moved out).
    unsafe { std::ptr::write(slot, it) };
}

/// `BuildSlice` of three borrowed values: the new slice object (owned).
#[no_mangle]
pub extern "C" fn pylift_jit_build_slice(start: u64, stop: u64, step: u64) -> u64 {
    // SAFETY: register values, borrowed (cloned into the slice).
    let [a, b, c] = [start, stop, step].map(|w| std::mem::ManuallyDrop::new(unsafe { Value::from_bits(w) }));
    crate::objects::misc::new_slice((*a).clone(), (*b).clone(), (*c).clone()).into_bits()
}

/// `obj[start:stop:step]` (a `BuildSlice` and the `GetItem` using it) of a
/// list or tuple with small-int or None bounds, making no slice object
/// (`ops::subscript::get_slice_fast`): the new sequence or `ATTR_MISS`.
#[no_mangle]
pub extern "C" fn pylift_jit_get_slice(obj: u64, start: u64, stop: u64, step: u64) -> u64 {
    // SAFETY: register values, borrowed.
    let [o, a, b, c] = [obj, start, stop, step].map(|w| std::mem::ManuallyDrop::new(unsafe { Value::from_bits(w) }));
    crate::ops::subscript::get_slice_fast(&o, &a, &b, &c).map_or(ATTR_MISS, Value::into_bits)
}

/// `LoadDeref`: the value of the cell `cell` (a new reference's bits), or
/// `ATTR_MISS` when it is unbound (the runtime raises) or not a cell.
#[no_mangle]
pub extern "C" fn pylift_jit_load_deref(cell: u64) -> u64 {
    // SAFETY: a register's value, borrowed.
    let c = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(cell) });
    c.as_cell().map(|c| c.value.get().clone()).filter(|v| !v.is_undef()).map_or(ATTR_MISS, Value::into_bits)
}

/// `StoreDeref`: the cell `cell` gets `v` (both borrowed); what it held
/// is released (its finalizer, if any, is only queued).
#[no_mangle]
pub extern "C" fn pylift_jit_store_deref(cell: u64, v: u64) {
    // SAFETY: register values, borrowed.
    let [c, v] = [cell, v].map(|w| std::mem::ManuallyDrop::new(unsafe { Value::from_bits(w) }));
    if let Some(c) = c.as_cell() {
        drop(c.value.replace((*v).clone()));
    }
}

/// `ListAppend` (a comprehension's): `list.append(v)`, both borrowed.
#[no_mangle]
pub extern "C" fn pylift_jit_list_append(list: u64, v: u64) {
    // SAFETY: register values, borrowed.
    let [l, v] = [list, v].map(|w| std::mem::ManuallyDrop::new(unsafe { Value::from_bits(w) }));
    if let Some(l) = l.as_list() {
        l.push((*v).clone());
    }
}

/// `ForIter` of a built-in iterator whose step runs no Python code
/// (`ops::iter::leaf_steppable`: enumerate, zip, dict views, tuples,
/// strings...): 1 = the next item was written into `*out` (the destination
/// register, whose old value is released), 2 = exhausted, 0 = not such an
/// iterator (the runtime steps it).
///
/// # Safety
/// `it` is a live value (borrowed); `out` a register of the running frame.
#[no_mangle]
pub unsafe extern "C" fn pylift_jit_iter_next(it: u64, out: *mut Value) -> u32 {
    // SAFETY: a register's value, borrowed.
    let it = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(it) });
    if !crate::ops::iter::leaf_steppable(&it) {
        return 0;
    }
    match crate::ops::iter::next_leaf(&it) {
        Some(v) => {
            // SAFETY: the caller's register; the old value is released
            // (a finalizer it runs is only queued).
            unsafe { *out = v };
            1
        }
        None => 2,
    }
}

/// `ForIter` fused with the `UnpackSeq` of its item into the `n`
/// registers at `out` (`ops::iter::next_leaf_unpacked`): 1 = written (the
/// registers' old values released), 2 = exhausted, 0 = not that case
/// (nothing consumed; the instructions run the usual way).
///
/// # Safety
/// `it` is a live value (borrowed); `out` the first of `n` registers of the
/// running frame.
#[no_mangle]
pub unsafe extern "C" fn pylift_jit_iter_next_unpack(it: u64, out: *mut Value, n: u64) -> u32 {
    // SAFETY: a register's value, borrowed.
    let it = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(it) });
    if !crate::ops::iter::leaf_steppable(&it) {
        return 0;
    }
    // SAFETY: the caller's registers; their old values are released.
    let mut put = |i: usize, v: Value| unsafe { *out.add(i) = v };
    match crate::ops::iter::next_leaf_unpacked(&it, n as usize, &mut put) {
        Some(true) => 1,
        Some(false) => 2,
        None => 0,
    }
}

/// A call from native code of the built-in function `f` with the `n`
/// positional values at `args` (borrowed), made at the call at `pc`: the
/// result (a new reference's bits), or `ATTR_MISS` when it raised (the
/// error is pending). What `Vm::call_with` does for a built-in, without
/// decoding the instruction or building its argument list.
///
/// # Safety
/// `args` points at `n` live values.
#[no_mangle]
pub unsafe extern "C" fn pylift_jit_call_builtin(vm: *mut Vm, f: u64, args: *const Value, n: u64, pc: u32) -> u64 {
    let vm = vm_of(vm);
    // SAFETY: the callee register's value and the caller's stack array.
    let f = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(f) });
    let pos = unsafe { std::slice::from_raw_parts(args, n as usize) };
    if let Some(fr) = vm.frames.last_mut() {
        fr.pc = pc as usize;
    }
    vm.run_finalizers();
    match in_tier(vm, Tier::Runtime, |vm| vm.call_builtin(&f, crate::objects::func::Args::positional(pos))) {
        Ok(v) => v.into_bits(),
        Err(e) => {
            vm.jit_error = Some((e, false));
            ATTR_MISS
        }
    }
}

/// `BuildTuple`/`BuildList` (`list` = 1): a new sequence of the `n`
/// values at `items` (borrowed), as the new reference's bits.
///
/// # Safety
/// `items` points at `n` live values.
#[no_mangle]
pub unsafe extern "C" fn pylift_jit_build_seq(list: u32, items: *const Value, n: u64) -> u64 {
    // SAFETY: the caller's stack array of `n` values.
    let items = unsafe { std::slice::from_raw_parts(items, n as usize) }.to_vec();
    if list == 1 {
        crate::objects::list::new_list(items).into_bits()
    } else {
        crate::objects::tuple::new_tuple(items).into_bits()
    }
}

/// A new instance of `cls` (a plain class: see `ops::plain_init`, whose
/// `__new__` is `object.__new__`), for `cls(...)` called by native code,
/// which then runs `__init__` directly; the new reference's bits.
#[no_mangle]
pub extern "C" fn pylift_jit_new_instance(cls: u64) -> u64 {
    // SAFETY: the class is pinned by the calling code (borrowed).
    let c = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(cls) });
    crate::objects::instance::new_instance((*c).clone()).into_bits()
}

/// `__init__`, called directly by native code for `cls(...)`, returned
/// `result` (owned), which is not None: the error `cls(...)` raises, set
/// at the call at `pc`.
#[no_mangle]
pub extern "C" fn pylift_jit_init_error(vm: *mut Vm, result: u64, pc: u32) {
    let vm = vm_of(vm);
    // SAFETY: native code hands over its reference.
    let v = unsafe { Value::from_bits(result) };
    if let Some(f) = vm.frames.last_mut() {
        f.pc = pc as usize;
    }
    if let Err(e) = crate::ops::init_result(Value::NONE, v) {
        vm.jit_error = Some((e, false));
    }
}

/// The binary operator of the instruction at `pc` (`binop`: its index in
/// `ops::arith::BINOPS`) called its left operand's method directly from native code, which returned
/// NotImplemented: sets the TypeError of `a op b` (see
/// `ops::arith::unsupported_operands` for when nothing else applies).
#[no_mangle]
pub extern "C" fn pylift_jit_operator_unsupported(vm: *mut Vm, a: u64, b: u64, binop: u32, pc: u32) {
    let vm = vm_of(vm);
    // SAFETY: operand registers, borrowed.
    let [x, y] = [a, b].map(|w| std::mem::ManuallyDrop::new(unsafe { Value::from_bits(w) }));
    if let Some(f) = vm.frames.last_mut() {
        f.pc = pc as usize;
    }
    let Some(&binop) = crate::ops::arith::BINOPS.get(binop as usize) else {
        vm.jit_error = Some((crate::error::internal_error("operator_unsupported: not a binary operator"), false));
        return;
    };
    vm.jit_error = Some((crate::ops::arith::unsupported_operands(&x, &y, binop), false));
}

/// Releases the registers `regs[i]` for each bit `i` of `mask`, leaving
/// them unbound (native code entering a loop header mid-run, for the
/// registers dead there).
///
/// # Safety
/// `regs` points at the running frame's registers and every bit of `mask`
/// names one of them.
#[no_mangle]
pub unsafe extern "C" fn pylift_jit_clear_regs(regs: *mut Value, mask: u64) {
    for i in 0..64 {
        if mask & (1 << i) != 0 {
            // SAFETY: the bits name registers of the running frame.
            unsafe { *regs.add(i) = Value::UNDEF };
        }
    }
}

/// The error a native exit reported, with its "re-raise" flag.
pub type PendingError = (PyErr, bool);

/// A fused compare-and-branch (`JumpIfLt` ...) that native code could not
/// decide inline: 0 = not taken, 1 = taken, 2 = error.
#[no_mangle]
pub extern "C" fn pylift_jit_compare(vm: *mut Vm, pc: u32) -> u32 {
    let vm = vm_of(vm);
    let r = in_tier(vm, Tier::Runtime, |vm| vm.jit_compare(pc as usize)).map(u32::from).map_err(|e| (e, false));
    status(vm, r, 2)
}

/// `ForIter` at `pc`: 1 = the next item is in its register, 0 = exhausted,
/// 2 = error.
#[no_mangle]
pub extern "C" fn pylift_jit_for_iter(vm: *mut Vm, pc: u32) -> u32 {
    let vm = vm_of(vm);
    let r = in_tier(vm, Tier::Runtime, |vm| vm.jit_for_iter(pc as usize)).map(u32::from).map_err(|e| (e, false));
    status(vm, r, 2)
}

/// Byte offsets native code uses to read lists and tuples in place.
#[derive(Clone, Copy, Debug)]
pub struct SeqLayout {
    /// From the object header to the list's element pointer / length.
    pub list_ptr: i32,
    pub list_len: i32,
    /// From the object header to a compact list's byte pointer / length
    /// (the length is 0 for a list that is not compact: `objects::list`).
    pub list_bools_ptr: i32,
    pub list_bools_len: i32,
    /// From the object header to a list's item kinds (a byte of
    /// `objects::list::ALL_FLOATS`/`ALL_INTS` bits).
    pub list_kinds: i32,
    /// From the object header to the tuple's element pointer / length.
    pub tuple_ptr: i32,
    pub tuple_len: i32,
    pub kind_offset: i32,
    pub list_kind: u8,
    pub tuple_kind: u8,
    pub iter_kind: u8,
    /// From the object header to a range iterator's state tag byte, the
    /// tag value of `IterState::Range`, and its `next`/`stop`/`step` words.
    pub iter_tag: i32,
    pub range_tag: u8,
    pub range_next: i32,
    pub range_stop: i32,
    pub range_step: i32,
    /// A list iterator's tag value and its `list`/`index` words.
    pub list_iter_tag: u8,
    pub list_iter_list: i32,
    pub list_iter_index: i32,
    /// From the object header to a dict's `keys_version`.
    pub dict_keys_version: i32,
    /// Instances: the kind, and from the object header to the class
    /// value, the attribute storage's tag byte (and its `Shaped` value),
    /// the shape pointer and the slot values' pointer and length.
    pub instance_kind: u8,
    pub inst_class: i32,
    pub inst_attrs_tag: i32,
    pub shaped_tag: u8,
    pub inst_shape: i32,
    pub inst_values_ptr: i32,
    pub inst_values_len: i32,
    /// From a shape pointer (as stored) to the shape's id (a u32).
    pub shape_id: i32,
    /// From a class object's header to its version (a u64).
    pub class_version: i32,
    /// From a function object's header to its defaults tuple (a value).
    pub func_defaults: i32,
}

impl SeqLayout {
    /// Whether the instance probes found every word (else native code
    /// leaves instance attributes to the helpers).
    pub fn instances_valid(&self) -> bool {
        [self.inst_shape, self.inst_values_ptr, self.inst_values_len, self.shape_id].iter().all(|&o| o >= 0)
    }
}

/// Finds where `Vec<Value>` and `Box<[Value]>` keep their pointer and
/// length in this build (Rust does not fix those layouts, so we look).
pub fn seq_layout() -> SeqLayout {
    use crate::heap::{Obj, ObjKind};
    use crate::objects::list::ListData;
    use crate::objects::tuple::TupleData;
    fn find(words: &[usize], ptr: usize, len: usize) -> (i32, i32) {
        let p = words.iter().position(|&w| w == ptr).unwrap_or(0);
        let l = words.iter().position(|&w| w == len).unwrap_or(1);
        ((p * 8) as i32, (l * 8) as i32)
    }
    let mut v: Vec<Value> = Vec::with_capacity(7);
    v.push(Value::NONE);
    v.push(Value::NONE);
    v.push(Value::NONE);
    /// A vector's three words (pointer, capacity and length, in some order).
    fn vec_words<T>(v: &Vec<T>) -> [usize; 3] {
        // SAFETY: a Vec is three words; we only read them.
        unsafe { *(v as *const Vec<T> as *const [usize; 3]) }
    }
    let (lp, ll) = find(&vec_words(&v), v.as_ptr() as usize, 3);
    let mut bytes: Vec<u8> = Vec::with_capacity(11);
    bytes.extend_from_slice(&[1, 0, 1, 1, 0]);
    let (bp, bl) = find(&vec_words(&bytes), bytes.as_ptr() as usize, 5);
    let (items_at, bools_at, kinds_at) = crate::objects::list::field_offsets();
    let b: Box<[Value]> = vec![Value::NONE, Value::NONE].into_boxed_slice();
    let bptr = b.as_ptr() as usize;
    let box_words: [usize; 2] = {
        // SAFETY: a boxed slice is a (pointer, length) pair; we only read it.
        let raw = &b as *const Box<[Value]> as *const [usize; 2];
        unsafe { *raw }
    };
    let (tp, tl) = find(&box_words, bptr, 2);
    // A range iterator with recognisable words, read back in place.
    let it = crate::objects::iter::new_iter(crate::objects::iter::IterState::Range { next: 0x1357_9bdf_0246, stop: 0x2468_ace0_1357, step: 0x0369_cf25_8be1 });
    let it_ptr = (it.bits() & crate::value::PAYLOAD_MASK) as *const u8;
    let iter_base = std::mem::offset_of!(Obj<crate::objects::iter::IterData>, data);
    let state_size = std::mem::size_of::<crate::objects::iter::IterState>();
    // SAFETY: reads the live iterator object's state bytes.
    let state_words: Vec<i64> = (0..state_size / 8).map(|i| unsafe { std::ptr::read_unaligned(it_ptr.add(iter_base + i * 8) as *const i64) }).collect();
    let word_of = |w: i64| state_words.iter().position(|&x| x == w).map_or(-1, |i| (iter_base + i * 8) as i32);
    // SAFETY: `repr(C, u8)` puts the tag in the first byte of the state.
    let range_tag = unsafe { *it_ptr.add(iter_base) };
    let probe_list = crate::objects::list::new_list(Vec::new());
    let lit = crate::objects::iter::new_iter(crate::objects::iter::IterState::List { list: probe_list.clone(), index: 0x2b5d_7f91_3c4e });
    let lit_ptr = (lit.bits() & crate::value::PAYLOAD_MASK) as *const u8;
    // SAFETY: as above, for the list iterator.
    let lit_words: Vec<i64> = (0..state_size / 8).map(|i| unsafe { std::ptr::read_unaligned(lit_ptr.add(iter_base + i * 8) as *const i64) }).collect();
    let lit_word = |w: i64| lit_words.iter().position(|&x| x == w).map_or(-1, |i| (iter_base + i * 8) as i32);
    // SAFETY: as above.
    let list_iter_tag = unsafe { *lit_ptr.add(iter_base) };
    // Instance attributes: an `Attrs` with a recognisable shape and values.
    let shape = crate::objects::instance::Shape::root();
    let mut values: Vec<Value> = Vec::with_capacity(5);
    values.push(Value::NONE);
    let values_ptr = values.as_ptr() as usize;
    // SAFETY: an `Rc` is one pointer word; we only read it.
    let shape_word: usize = unsafe { *(&shape as *const std::rc::Rc<crate::objects::instance::Shape> as *const usize) };
    let shape_id = (std::rc::Rc::as_ptr(&shape) as usize - shape_word + std::mem::offset_of!(crate::objects::instance::Shape, id)) as i32;
    let attrs = crate::objects::instance::Attrs::Shaped { shape: shape.clone(), values };
    // Word 0 is the tag byte and padding (not initialized: never read as a
    // word); the fields, all whole words, follow it.
    let attrs_words: Vec<usize> = (1..std::mem::size_of::<crate::objects::instance::Attrs>() / 8)
        // SAFETY: reads field words of a live `Attrs`.
        .map(|i| unsafe { *(&attrs as *const crate::objects::instance::Attrs as *const usize).add(i) })
        .collect();
    let attrs_word = |w: usize| attrs_words.iter().position(|&x| x == w).map_or(-1, |i| (i * 8 + 8) as i32);
    // SAFETY: `repr(C, u8)`: the tag is the first byte.
    let shaped_tag = unsafe { *(&attrs as *const crate::objects::instance::Attrs as *const u8) };
    let inst_base = std::mem::offset_of!(Obj<crate::objects::instance::InstanceData>, data);
    let attrs_base = (inst_base + std::mem::offset_of!(crate::objects::instance::InstanceData, attrs)) as i32;
    let values_at = attrs_word(values_ptr);
    drop(attrs);
    let list_base = std::mem::offset_of!(Obj<ListData>, data) as i32;
    let tuple_base = std::mem::offset_of!(Obj<TupleData>, data) as i32;
    SeqLayout {
        list_ptr: list_base + items_at as i32 + lp,
        list_len: list_base + items_at as i32 + ll,
        list_bools_ptr: list_base + bools_at as i32 + bp,
        list_bools_len: list_base + bools_at as i32 + bl,
        list_kinds: list_base + kinds_at as i32,
        tuple_ptr: tuple_base + tp,
        tuple_len: tuple_base + tl,
        kind_offset: std::mem::offset_of!(crate::heap::ObjHeader, kind) as i32,
        list_kind: ObjKind::List as u8,
        tuple_kind: ObjKind::Tuple as u8,
        iter_kind: ObjKind::Iter as u8,
        iter_tag: iter_base as i32,
        range_tag,
        range_next: word_of(0x1357_9bdf_0246),
        range_stop: word_of(0x2468_ace0_1357),
        range_step: word_of(0x0369_cf25_8be1),
        list_iter_tag,
        list_iter_list: lit_word(probe_list.bits() as i64),
        list_iter_index: lit_word(0x2b5d_7f91_3c4e),
        dict_keys_version: (std::mem::offset_of!(Obj<crate::objects::dict::DictData>, data) + std::mem::offset_of!(crate::objects::dict::DictData, keys_version)) as i32,
        instance_kind: ObjKind::Instance as u8,
        // `PyCell` is `repr(transparent)`: the value is the field.
        inst_class: (inst_base + std::mem::offset_of!(crate::objects::instance::InstanceData, class)) as i32,
        inst_attrs_tag: attrs_base,
        shaped_tag,
        inst_shape: attrs_base + attrs_word(shape_word),
        inst_values_ptr: attrs_base + values_at,
        inst_values_len: attrs_base + values_at - lp + ll,
        shape_id,
        class_version: (std::mem::offset_of!(Obj<crate::objects::class::ClassData>, data) + crate::objects::class::ClassData::version_offset()) as i32,
        func_defaults: (std::mem::offset_of!(Obj<crate::objects::func::FunctionData>, data) + std::mem::offset_of!(crate::objects::func::FunctionData, defaults)) as i32,
    }
}

/// Byte offsets native code uses to push and pop interpreter frames itself,
/// for direct calls between compiled functions: the callee gets a real
/// `Frame` (tracebacks, deoptimization and the runtime see nothing
/// special), built without a round trip through Rust.
#[derive(Clone, Copy, Debug)]
pub struct FrameLayout {
    /// `Vm::frames`' buffer pointer, length and capacity.
    pub vm_frames_ptr: i32,
    pub vm_frames_len: i32,
    pub vm_frames_cap: i32,
    /// `Vm::exc_stack`'s length.
    pub vm_exc_len: i32,
    pub vm_recursion_limit: i32,
    pub vm_native_stack_limit: i32,
    /// The register stack's base pointer and clean-top index.
    pub vm_stack: i32,
    pub vm_stack_clean_top: i32,
    pub frame_size: i32,
    pub frame_code: i32,
    pub frame_func: i32,
    pub frame_globals: i32,
    pub frame_locals: i32,
    pub frame_base: i32,
    pub frame_pc: i32,
    pub frame_ret_slot: i32,
    pub frame_exc_depth: i32,
    pub frame_generator: i32,
    pub frame_init_obj: i32,
    /// From the word an `Rc` holds to its strong count.
    pub rc_strong: i32,
}

impl FrameLayout {
    /// Whether every probe found its word (else native code must not push
    /// frames itself: direct calls are not compiled).
    pub fn valid(&self) -> bool {
        let vec = [self.vm_frames_ptr, self.vm_frames_len, self.vm_frames_cap];
        let distinct = vec[0] != vec[1] && vec[1] != vec[2] && vec[0] != vec[2];
        distinct && vec.iter().chain([&self.vm_exc_len, &self.rc_strong]).all(|&o| o >= 0)
    }
}

/// Where a `Vec<T>` keeps its (pointer, length, capacity) words, found by
/// looking at one (Rust does not fix the layout).
pub(crate) fn vec_words<T>() -> (i32, i32, i32) {
    let mut v: Vec<T> = Vec::with_capacity(7);
    let cap = v.capacity();
    // SAFETY: a zero-length Vec never reads its elements; we only read its
    // three header words.
    let words: [usize; 3] = unsafe { *(&v as *const Vec<T> as *const [usize; 3]) };
    let ptr = v.as_mut_ptr() as usize;
    // -1: not found (the layout is then unusable; see `FrameLayout::valid`).
    let at = |x: usize| words.iter().position(|&w| w == x).map_or(-1, |i| i as i32 * 8);
    (at(ptr), at(0), at(cap))
}

/// The offset of an `Rc`'s strong count from the word the `Rc` holds.
pub(crate) fn rc_strong_offset() -> i32 {
    let rc = std::rc::Rc::new(0x5a5a_u64);
    let keep = (rc.clone(), rc.clone(), rc.clone(), rc.clone());
    // SAFETY: an Rc is one pointer word; we read the word and the three
    // words it points at (the counts and the value).
    let word: usize = unsafe { std::mem::transmute_copy(&rc) };
    let found = (0..3).find(|&i| unsafe { *((word + i * 8) as *const usize) } == std::rc::Rc::strong_count(&rc));
    drop(keep);
    found.map_or(-1, |i| i as i32 * 8)
}

/// The runtime functions native code calls, by symbol name, for the
/// compiler to register with its JIT module.
pub fn helper_symbols() -> Vec<(&'static str, *const u8)> {
    vec![
        ("pylift_jit_step", pylift_jit_step as *const u8),
        ("pylift_jit_cached", pylift_jit_cached as *const u8),
        ("pylift_jit_call", pylift_jit_call as *const u8),
        ("pylift_jit_call_exit", pylift_jit_call_exit as *const u8),
        ("pylift_jit_range_iter", pylift_jit_range_iter as *const u8),
        ("pylift_jit_truthy", pylift_jit_truthy as *const u8),
        ("pylift_jit_compare", pylift_jit_compare as *const u8),
        ("pylift_jit_for_iter", pylift_jit_for_iter as *const u8),
        ("pylift_jit_release", pylift_jit_release as *const u8),
        ("pylift_jit_load_attr", pylift_jit_load_attr as *const u8),
        ("pylift_jit_store_attr", pylift_jit_store_attr as *const u8),
        ("pylift_jit_load_method", pylift_jit_load_method as *const u8),
        ("pylift_jit_get_iter", pylift_jit_get_iter as *const u8),
        ("pylift_jit_build_slice", pylift_jit_build_slice as *const u8),
        ("pylift_jit_get_slice", pylift_jit_get_slice as *const u8),
        ("pylift_jit_clear_regs", pylift_jit_clear_regs as *const u8),
        ("pylift_jit_list_iter", pylift_jit_list_iter as *const u8),
        ("pylift_jit_new_instance", pylift_jit_new_instance as *const u8),
        ("pylift_jit_init_error", pylift_jit_init_error as *const u8),
        ("pylift_jit_operator_unsupported", pylift_jit_operator_unsupported as *const u8),
        ("pylift_jit_load_deref", pylift_jit_load_deref as *const u8),
        ("pylift_jit_store_deref", pylift_jit_store_deref as *const u8),
        ("pylift_jit_list_append", pylift_jit_list_append as *const u8),
        ("pylift_jit_build_seq", pylift_jit_build_seq as *const u8),
        ("pylift_jit_iter_next", pylift_jit_iter_next as *const u8),
        ("pylift_jit_iter_next_unpack", pylift_jit_iter_next_unpack as *const u8),
        ("pylift_jit_call_builtin", pylift_jit_call_builtin as *const u8),
    ]
}

#[cfg(test)]
mod tests {
    /// The probes behind direct calls find every word on this toolchain (a
    /// failure would silently turn direct calls off).
    #[test]
    fn instance_layout_probes_succeed() {
        let l = super::seq_layout();
        assert!(l.instances_valid(), "{} {} {} {}", l.inst_shape, l.inst_values_ptr, l.inst_values_len, l.shape_id);
        assert_ne!(l.inst_shape, l.inst_values_ptr);
        assert_ne!(l.inst_values_ptr, l.inst_values_len);
    }

    #[test]
    fn frame_layout_probes_succeed() {
        let fl = crate::interp::Vm::frame_layout();
        assert!(fl.valid(), "{fl:?}");
        assert_eq!(fl.frame_size as usize, std::mem::size_of::<crate::interp::Frame>());
    }
}
