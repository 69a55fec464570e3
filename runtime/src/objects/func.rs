//! Callables: Python functions, native (Rust) functions, bound methods, and
//! the cells that closures share.

use super::PyCell;
use crate::bytecode::Code;
use crate::heap::{alloc, ObjKind, Payload};
use crate::interp::Vm;
use crate::value::Value;
use crate::PyResult;
use std::rc::Rc;

pub struct FunctionData {
    pub code: Rc<Code>,
    /// The module namespace (a dict) this function's globals resolve in.
    pub globals: Value,
    pub name: PyCell<Value>,
    pub qualname: PyCell<Value>,
    /// Tuple of positional defaults, or UNDEF.
    pub defaults: PyCell<Value>,
    /// Dict of keyword-only defaults, or UNDEF.
    pub kwdefaults: PyCell<Value>,
    /// Tuple of cells for the free variables, or UNDEF.
    pub closure: Value,
    /// `__dict__` for function attributes, created on first use (UNDEF until then).
    pub dict: PyCell<Value>,
    pub doc: PyCell<Value>,
    pub module: Value,
    /// `__annotations__` (a dict), or UNDEF until set or first read.
    pub annotations: PyCell<Value>,
}

impl Payload for FunctionData {
    const KIND: ObjKind = ObjKind::Function;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.globals);
        visit(self.defaults.get());
        visit(self.kwdefaults.get());
        visit(&self.closure);
        visit(self.dict.get());
        visit(self.doc.get());
        visit(self.annotations.get());
        for c in self.code.consts.iter() {
            visit(c);
        }
    }
    fn clear(&self) {
        drop(self.defaults.replace(Value::UNDEF));
        drop(self.kwdefaults.replace(Value::UNDEF));
        drop(self.dict.replace(Value::UNDEF));
        drop(self.doc.replace(Value::NONE));
        drop(self.annotations.replace(Value::UNDEF));
        // `closure` and `globals` are immutable fields; cycles through them are
        // broken by clearing the cells and the module dict they point to.
    }
}

/// Arguments of a native call: positional values, then keyword names and
/// values (parallel slices). Borrowed straight from the caller's registers.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw_names: &'a [Value],
    pub kw_values: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kw_names: &[], kw_values: &[] }
    }
    pub fn has_kwargs(&self) -> bool {
        !self.kw_names.is_empty()
    }
    /// The keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kw_names.iter().position(|n| n.as_str() == Some(name)).map(|i| &self.kw_values[i])
    }
}

pub type NativeFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

pub struct BuiltinData {
    pub name: &'static str,
    pub func: NativeFn,
    /// The receiver for a bound built-in method (`[].append`), else UNDEF.
    pub self_: Value,
    /// For methods defined on a built-in class: that class's name (for
    /// error messages and reprs), else "".
    pub owner: &'static str,
    /// A slot wrapper (`dict.__repr__`, see `builtins/slots.rs`): only for
    /// explicit calls, skipped by implicit special-method dispatch.
    pub slot: bool,
}

impl Payload for BuiltinData {
    const KIND: ObjKind = ObjKind::Builtin;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.self_);
    }
}

pub fn new_builtin(name: &'static str, func: NativeFn) -> Value {
    alloc(BuiltinData { name, func, self_: Value::UNDEF, owner: "", slot: false })
}

pub fn new_method_builtin(owner: &'static str, name: &'static str, func: NativeFn) -> Value {
    alloc(BuiltinData { name, func, self_: Value::UNDEF, owner, slot: false })
}

pub fn new_slot_builtin(owner: &'static str, name: &'static str, func: NativeFn) -> Value {
    alloc(BuiltinData { name, func, self_: Value::UNDEF, owner, slot: true })
}

pub fn bind_builtin(b: &BuiltinData, self_: Value) -> Value {
    alloc(BuiltinData { name: b.name, func: b.func, self_, owner: b.owner, slot: b.slot })
}

pub struct BoundMethodData {
    pub func: Value,
    pub self_: Value,
}

impl Payload for BoundMethodData {
    const KIND: ObjKind = ObjKind::BoundMethod;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.self_);
    }
}

pub fn new_bound_method(func: Value, self_: Value) -> Value {
    alloc(BoundMethodData { func, self_ })
}

pub struct CellData {
    /// UNDEF while the variable is unbound.
    pub value: PyCell<Value>,
}

impl Payload for CellData {
    const KIND: ObjKind = ObjKind::Cell;
    const TRACKED: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.value.get());
    }
    fn clear(&self) {
        drop(self.value.replace(Value::UNDEF));
    }
}

pub fn new_cell(v: Value) -> Value {
    alloc(CellData { value: PyCell::new(v) })
}

impl Value {
    #[inline(always)]
    pub fn as_function(&self) -> Option<&FunctionData> {
        self.downcast::<FunctionData>()
    }
    #[inline(always)]
    pub fn as_builtin(&self) -> Option<&BuiltinData> {
        self.downcast::<BuiltinData>()
    }
    #[inline(always)]
    pub fn as_cell(&self) -> Option<&CellData> {
        self.downcast::<CellData>()
    }
}
