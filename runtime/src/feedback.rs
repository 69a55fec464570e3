//! Type feedback: each instruction the JIT specializes has a set of bits
//! recording the union of the operand types it has seen (for `GetItem`, of
//! the results it produced and whether its container was a list; for
//! `LoadAttr`, of its results' kinds). Calls and global and method loads
//! record nothing: the JIT reads their inline caches instead. The JIT specializes on these bits
//! (an `Add` that only ever saw `T_INT` compiles to a machine add with an
//! overflow guard); the profiler reports them.

use crate::bytecode::Code;
use crate::heap::ObjKind;
use crate::value::Value;

/// One instruction's feedback: a set of the `T_*` bits.
pub type Bits = u32;

pub const T_INT: Bits = 1;
pub const T_FLOAT: Bits = 2;
pub const T_BIGINT: Bits = 4;
pub const T_STR: Bits = 8;
pub const T_LIST: Bits = 16;
pub const T_TUPLE: Bits = 32;
pub const T_INSTANCE: Bits = 64;
pub const T_OTHER: Bits = 128;
pub const T_BOOL: Bits = 256;
/// For `GetItem`: the container was a list / something else (the other
/// bits describe the results).
pub const T_IN_LIST: Bits = 512;
pub const T_IN_OTHER: Bits = 1024;
/// The bits that describe values (not containers).
pub const T_VALUES: Bits = 511;
/// For `LoadAttr` (whose other bits are the object's types): the result
/// was a small int / float / bool / anything else. Native code loads a
/// cached attribute seen only as one number kind unboxed, guarded.
pub const R_INT: Bits = 2048;
pub const R_FLOAT: Bits = 4096;
pub const R_BOOL: Bits = 8192;
pub const R_OTHER: Bits = 16384;
pub const R_ANY: Bits = R_INT | R_FLOAT | R_BOOL | R_OTHER;
/// For `GetItem` and `SetItem`: the container was a compact list (bools
/// kept as bytes: `objects::list`).
pub const T_COMPACT: Bits = 32768;
/// For `GetItem` and `SetItem`: the container was a list that is not
/// compact (its items are values). A site that saw only compact lists is
/// compiled for them alone (`deopt_items_list` otherwise).
pub const T_ITEMS: Bits = 1 << 16;

#[inline(always)]
pub fn type_bits(v: &Value) -> Bits {
    if v.is_small_int() {
        return T_INT;
    }
    if v.is_float() {
        return T_FLOAT;
    }
    if v.is_bool() {
        return T_BOOL;
    }
    match v.obj_kind() {
        Some(ObjKind::BigInt) => T_BIGINT,
        Some(ObjKind::Str) => T_STR,
        Some(ObjKind::List) => T_LIST,
        Some(ObjKind::Tuple) => T_TUPLE,
        Some(ObjKind::Instance) => T_INSTANCE,
        _ => T_OTHER,
    }
}

#[inline(always)]
pub fn record(code: &Code, pc: usize, v: &Value) {
    if let Some(c) = code.feedback.get(pc) {
        c.set(c.get() | type_bits(v));
    }
}

#[inline(always)]
pub fn record_bits(code: &Code, pc: usize, bits: Bits) {
    if let Some(c) = code.feedback.get(pc) {
        c.set(c.get() | bits);
    }
}

/// The `R_*` bit of a `LoadAttr`'s result (from the tag alone: this runs
/// at every attribute load the interpreter makes).
#[inline(always)]
pub fn result_bits(v: &Value) -> Bits {
    use crate::value::{BITS_FALSE, BITS_TRUE, TAG_INT, TAG_SHIFT};
    let bits = v.bits();
    let tag = bits >> TAG_SHIFT;
    if tag < TAG_INT {
        R_FLOAT
    } else if tag == TAG_INT {
        R_INT
    } else if bits == BITS_TRUE || bits == BITS_FALSE {
        R_BOOL
    } else {
        R_OTHER
    }
}

/// `LoadAttr`: the kind of its result (`R_*`; a load's feedback is only
/// that). Once the site has seen a result of no number kind (`R_OTHER`),
/// which makes the kinds useless to the JIT, they are not computed again.
#[inline(always)]
pub fn record_result(code: &Code, pc: usize, v: &Value) {
    if let Some(c) = code.feedback.get(pc) {
        let old = c.get();
        if old & R_OTHER == 0 {
            c.set(old | result_bits(v));
        }
    }
}

/// `GetItem`: the result's type and whether the container was a list.
#[inline(always)]
pub fn record_item(code: &Code, pc: usize, container: &Value, result: &Value) {
    if let Some(c) = code.feedback.get(pc) {
        let inside = match container.as_list() {
            Some(l) if l.is_compact() => T_IN_LIST | T_COMPACT,
            Some(_) => T_IN_LIST | T_ITEMS,
            None => T_IN_OTHER,
        };
        c.set(c.get() | type_bits(result) | inside);
    }
}

/// `SetItem`: the container's and the key's types (and `T_COMPACT` or
/// `T_ITEMS` for a list).
#[inline(always)]
pub fn record_store(code: &Code, pc: usize, container: &Value, key: &Value) {
    if let Some(c) = code.feedback.get(pc) {
        let compact = match container.as_list() {
            Some(l) if l.is_compact() => T_COMPACT,
            Some(_) => T_ITEMS,
            None => 0,
        };
        c.set(c.get() | type_bits(container) | type_bits(key) | compact);
    }
}

#[inline(always)]
pub fn record2(code: &Code, pc: usize, a: &Value, b: &Value) {
    if let Some(c) = code.feedback.get(pc) {
        c.set(c.get() | type_bits(a) | type_bits(b));
    }
}

/// Names of the bits, for dumps and reports.
pub fn describe(bits: Bits) -> String {
    let names = [
        (T_INT, "int"),
        (T_FLOAT, "float"),
        (T_BIGINT, "bigint"),
        (T_STR, "str"),
        (T_LIST, "list"),
        (T_TUPLE, "tuple"),
        (T_INSTANCE, "instance"),
        (T_OTHER, "other"),
        (T_BOOL, "bool"),
        (T_IN_LIST, "in-list"),
        (T_IN_OTHER, "in-other"),
        (R_INT, "result-int"),
        (R_FLOAT, "result-float"),
        (R_BOOL, "result-bool"),
        (R_OTHER, "result-other"),
        (T_COMPACT, "compact-list"),
        (T_ITEMS, "items-list"),
    ];
    let v: Vec<&str> = names.iter().filter(|(b, _)| bits & b != 0).map(|(_, n)| *n).collect();
    v.join("|")
}
