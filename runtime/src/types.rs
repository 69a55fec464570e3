//! The built-in classes, created once per runtime thread. Every value maps to
//! its class through `ops::type_of`; the classes' namespaces are filled by
//! `builtins`.

use crate::heap::ObjKind;
use crate::objects::class::{new_class, NativeBase};
use crate::value::Value;
use std::cell::Cell;

macro_rules! exception_types {
    ($($name:ident : $parent:ident,)*) => {
        /// The built-in exception classes.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum ExcType { BaseException, $($name,)* }
        const EXC_DEFS: &[(ExcType, &str, ExcType)] = &[$((ExcType::$name, stringify!($name), ExcType::$parent),)*];
    };
}

exception_types! {
    Exception: BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    TimeoutError: OSError,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    InterruptedError: OSError,
    ProcessLookupError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    StopAsyncIteration: Exception,
    StopIteration: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    FutureWarning: Warning,
    PendingDeprecationWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
}

pub struct Types {
    pub object: Value,
    pub type_: Value,
    pub int: Value,
    pub bool_: Value,
    pub float: Value,
    pub str_: Value,
    pub list: Value,
    pub tuple: Value,
    pub dict: Value,
    pub set: Value,
    pub frozenset: Value,
    pub range: Value,
    pub none_type: Value,
    pub not_implemented_type: Value,
    pub ellipsis_type: Value,
    pub function: Value,
    pub builtin_function: Value,
    pub method: Value,
    pub generator: Value,
    pub module: Value,
    pub cell: Value,
    pub slice: Value,
    pub property: Value,
    pub staticmethod: Value,
    pub classmethod: Value,
    pub super_: Value,
    pub dict_keys: Value,
    pub dict_values: Value,
    pub dict_items: Value,
    pub bytes: Value,
    pub bytearray: Value,
    pub getset_descriptor: Value,
    /// File classes, indexed by `FileClass`.
    pub files: Vec<Value>,
    /// Iterator classes, indexed by `IterClass`.
    pub iters: Vec<Value>,
    pub excs: Vec<Value>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum IterClass {
    List,
    Tuple,
    Range,
    StrAscii,
    Str,
    DictKeys,
    DictValues,
    DictItems,
    Set,
    Bytes,
    Seq,
    Reversed,
    ListReversed,
    Enumerate,
    Zip,
    Map,
    Filter,
    Callable,
}

const ITER_NAMES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "range_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "bytes_iterator",
    "iterator",
    "reversed",
    "list_reverseiterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "callable_iterator",
];

impl Types {
    pub fn exc(&self, t: ExcType) -> Value {
        self.excs[t as usize].clone()
    }
    pub fn iter_class(&self, c: IterClass) -> &Value {
        &self.iters[c as usize]
    }
    pub fn file_class(&self, c: crate::objects::file::FileClass) -> &Value {
        &self.files[c as usize]
    }
}

thread_local! {
    static TYPES: Cell<*const Types> = const { Cell::new(std::ptr::null()) };
}

/// The built-in classes of this thread's runtime.
#[inline]
pub fn types() -> &'static Types {
    let p = TYPES.with(|t| t.get());
    if p.is_null() {
        init();
        return types();
    }
    // SAFETY: set once by `init` to a leaked Box that lives for the thread.
    unsafe { &*p }
}

fn builtin_class(name: &str, bases: &[&Value], native: NativeBase) -> Value {
    let bases_v: Vec<Value> = bases.iter().map(|b| (*b).clone()).collect();
    let mut mro: Vec<Value> = Vec::new();
    if let Some(first) = bases.first() {
        if let Some(c) = first.as_class() {
            mro.extend(c.mro.get().iter().cloned());
        }
    }
    new_class(name, bases_v, mro, None, native, true)
}

/// Creates the built-in classes for this thread (idempotent).
pub fn init() {
    if !TYPES.with(|t| t.get()).is_null() {
        return;
    }
    let object = new_class("object", vec![], vec![], None, NativeBase::Object, true);
    let type_ = builtin_class("type", &[&object], NativeBase::Object);
    let int = builtin_class("int", &[&object], NativeBase::Int);
    let bool_ = builtin_class("bool", &[&int], NativeBase::Int);
    let b = |name: &str, native: NativeBase| builtin_class(name, &[&object], native);
    let float = b("float", NativeBase::Float);
    let str_ = b("str", NativeBase::Builtin(ObjKind::Str));
    let list = b("list", NativeBase::Builtin(ObjKind::List));
    let tuple = b("tuple", NativeBase::Builtin(ObjKind::Tuple));
    let dict = b("dict", NativeBase::Builtin(ObjKind::Dict));
    let set = b("set", NativeBase::Builtin(ObjKind::Set));
    let frozenset = b("frozenset", NativeBase::Builtin(ObjKind::Set));
    let base_exc = b("BaseException", NativeBase::Exception);
    let mut excs = vec![base_exc];
    for (t, name, parent) in EXC_DEFS {
        debug_assert_eq!(*t as usize, excs.len());
        let p = excs[*parent as usize].clone();
        excs.push(builtin_class(name, &[&p], NativeBase::Exception));
    }
    let iters = ITER_NAMES.iter().map(|n| b(n, NativeBase::Object)).collect();
    let t = Types {
        range: b("range", NativeBase::Object),
        none_type: b("NoneType", NativeBase::Object),
        not_implemented_type: b("NotImplementedType", NativeBase::Object),
        ellipsis_type: b("ellipsis", NativeBase::Object),
        function: b("function", NativeBase::Object),
        builtin_function: b("builtin_function_or_method", NativeBase::Object),
        method: b("method", NativeBase::Object),
        generator: b("generator", NativeBase::Object),
        module: b("module", NativeBase::Object),
        cell: b("cell", NativeBase::Object),
        slice: b("slice", NativeBase::Object),
        property: b("property", NativeBase::Builtin(ObjKind::Descriptor)),
        staticmethod: b("staticmethod", NativeBase::Builtin(ObjKind::Descriptor)),
        classmethod: b("classmethod", NativeBase::Builtin(ObjKind::Descriptor)),
        super_: b("super", NativeBase::Object),
        dict_keys: b("dict_keys", NativeBase::Object),
        dict_values: b("dict_values", NativeBase::Object),
        dict_items: b("dict_items", NativeBase::Object),
        bytes: b("bytes", NativeBase::Builtin(ObjKind::Bytes)),
        bytearray: b("bytearray", NativeBase::Builtin(ObjKind::Bytes)),
        getset_descriptor: b("getset_descriptor", NativeBase::Object),
        files: ["TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom", "FileIO"].iter().map(|n| b(n, NativeBase::Object)).collect(),
        iters,
        excs,
        object,
        type_,
        int,
        bool_,
        float,
        str_,
        list,
        tuple,
        dict,
        set,
        frozenset,
    };
    // Exception classes accept new attributes on instances; so do plain
    // user classes. Built-in classes themselves are immutable.
    let leaked = Box::leak(Box::new(t));
    TYPES.with(|c| c.set(leaked as *const Types));
}

pub fn exc_type_by_name(name: &str) -> Option<ExcType> {
    if name == "BaseException" {
        return Some(ExcType::BaseException);
    }
    EXC_DEFS.iter().find(|(_, n, _)| *n == name).map(|(t, _, _)| *t)
}

pub fn all_exception_types() -> impl Iterator<Item = (ExcType, &'static str)> {
    std::iter::once((ExcType::BaseException, "BaseException")).chain(EXC_DEFS.iter().map(|(t, n, _)| (*t, *n)))
}
