//! Dispatch from an object's kind tag to its payload type, for freeing and for
//! the cycle collector. Each kind is named once, here.

use crate::heap::{payload_of, ObjHeader, ObjKind, Payload};
use crate::value::Value;

macro_rules! kind_table {
    ($($kind:ident => $ty:ty),* $(,)?) => {
        /// # Safety
        /// `p` must be an unreferenced object.
        pub(crate) unsafe fn free_by_kind(p: *mut ObjHeader) {
            // SAFETY: the kind tag names the payload type.
            unsafe {
                match (*p).kind {
                    $(ObjKind::$kind => <$ty as Payload>::free(p),)*
                }
            }
        }
        /// # Safety
        /// `p` must be a live object.
        pub(crate) unsafe fn traverse_by_kind(p: *mut ObjHeader, visit: &mut dyn FnMut(&Value)) {
            // SAFETY: the kind tag names the payload type.
            unsafe {
                match (*p).kind {
                    $(ObjKind::$kind => payload_of::<$ty>(p).traverse(visit),)*
                }
            }
        }
        /// # Safety
        /// `p` must be a live object.
        pub(crate) unsafe fn clear_by_kind(p: *mut ObjHeader) {
            // SAFETY: the kind tag names the payload type.
            unsafe {
                match (*p).kind {
                    $(ObjKind::$kind => payload_of::<$ty>(p).clear(),)*
                }
            }
        }
        #[cfg(test)]
        pub(crate) fn check_kinds() {
            $(assert_eq!(<$ty as Payload>::KIND, ObjKind::$kind);)*
        }
    };
}

kind_table! {
    Str => super::str::StrData,
    BigInt => super::int::BigIntData,
    List => super::list::ListData,
    Tuple => super::tuple::TupleData,
    Dict => super::dict::DictData,
    Set => super::set::SetData,
    Range => super::misc::RangeData,
    Function => super::func::FunctionData,
    Builtin => super::func::BuiltinData,
    BoundMethod => super::func::BoundMethodData,
    Cell => super::func::CellData,
    Class => super::class::ClassData,
    Instance => super::instance::InstanceData,
    Module => super::misc::ModuleData,
    Generator => crate::interp::generator::GeneratorData,
    Iter => super::iter::IterData,
    Slice => super::misc::SliceData,
    Descriptor => super::misc::DescriptorData,
    DictView => super::misc::DictViewData,
    Super => super::misc::SuperData,
    Bytes => super::misc::BytesData,
    File => super::file::FileData,
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_kind_maps_to_its_payload() {
        super::check_kinds();
    }
}
