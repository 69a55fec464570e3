//! The `_io` module: `open`, the file classes and `UnsupportedOperation`
//! (all defined in `builtins::files` / `builtins::oserror`). `io`
//! (stdlib/io.py) re-exports them and adds StringIO, BytesIO and the ABCs.

use super::{add_fn, add_value};
use crate::error::PyResult;
use crate::interp::Vm;
use crate::types::types;
use crate::value::Value;

pub fn init(_vm: &mut Vm, d: &Value) -> PyResult<()> {
    add_fn(d, "open", crate::builtins::files::open);
    add_value(d, "UnsupportedOperation", crate::builtins::oserror::unsupported_operation_class()?);
    for (i, name) in ["TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom", "FileIO"].iter().enumerate() {
        add_value(d, name, types().files[i].clone());
    }
    add_value(d, "SEEK_SET", Value::small_int(0));
    add_value(d, "SEEK_CUR", Value::small_int(1));
    add_value(d, "SEEK_END", Value::small_int(2));
    add_value(d, "DEFAULT_BUFFER_SIZE", Value::small_int(crate::objects::file::CHUNK as i64));
    Ok(())
}
