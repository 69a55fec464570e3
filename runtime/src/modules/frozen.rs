//! Standard-library modules written in Python and compiled into the binary.
//!
//! Writing these in Python keeps one semantics for them (they run through the
//! same interpreter and JIT as user code) and makes them short; anything hot
//! or needing the host (random's generator, files) is a Rust builtin they
//! import. A package is listed as `name` with `is_package`, its submodules as
//! `name.sub`.

/// `(module name, is_package, source)`, one line each (kept so by rustfmt::skip
/// so that adding a module is a one-line change).
#[rustfmt::skip]
const MODULES: &[(&str, bool, &str)] = &[
    ("enum", false, include_str!("stdlib/enum.py")),
    ("operator", false, include_str!("stdlib/operator.py")),
    ("__future__", false, include_str!("stdlib/__future__.py")),
    ("_typeforms", false, include_str!("stdlib/_typeforms.py")),
    ("bisect", false, include_str!("stdlib/bisect.py")),
    ("collections", true, include_str!("stdlib/collections/__init__.py")),
    ("copy", false, include_str!("stdlib/copy.py")),
    ("functools", false, include_str!("stdlib/functools.py")),
    ("heapq", false, include_str!("stdlib/heapq.py")),
    ("itertools", false, include_str!("stdlib/itertools.py")),
    ("keyword", false, include_str!("stdlib/keyword.py")),
    ("string", false, include_str!("stdlib/string.py")),
    ("time", false, include_str!("stdlib/time.py")),
    ("weakref", false, include_str!("stdlib/weakref.py")),
    // random: the generator is `_random` (modules/random.rs).
    ("random", false, include_str!("stdlib/random.py")),
    // json: encoder and scanner in `_json` (modules/json.rs).
    ("json", true, include_str!("stdlib/json/__init__.py")),
    ("json.decoder", false, include_str!("stdlib/json/decoder.py")),
    ("json.encoder", false, include_str!("stdlib/json/encoder.py")),
    // os: system calls in `posix` (modules/os.rs); os.path is posixpath.
    ("abc", false, include_str!("stdlib/abc.py")),
    ("contextlib", false, include_str!("stdlib/contextlib.py")),
    ("dataclasses", false, include_str!("stdlib/dataclasses.py")),
    // io: open() and the file classes are `_io` (modules/io.rs).
    ("io", false, include_str!("stdlib/io.py")),
    ("textwrap", false, include_str!("stdlib/textwrap.py")),
    ("fractions", false, include_str!("stdlib/fractions.py")),
    ("statistics", false, include_str!("stdlib/statistics.py")),
    ("os", false, include_str!("stdlib/os.py")),
    ("posixpath", false, include_str!("stdlib/posixpath.py")),
    ("types", false, include_str!("stdlib/types.py")),
    ("typing", false, include_str!("stdlib/typing.py")),
];

/// The pseudo-path shown in tracebacks and `__file__`, and the source text.
pub fn source(name: &str) -> Option<(String, &'static str)> {
    MODULES.iter().find(|(n, _, _)| *n == name).map(|(n, pkg, text)| {
        let rel = n.replace('.', "/");
        let path = if *pkg { format!("<pylift>/{rel}/__init__.py") } else { format!("<pylift>/{rel}.py") };
        (path, *text)
    })
}

/// Every embedded module's name (for `help('modules')`-style listings and tests).
pub fn names() -> impl Iterator<Item = &'static str> {
    MODULES.iter().map(|(n, _, _)| *n)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_embedded_module_compiles() {
        for name in super::names() {
            let (path, text) = super::source(name).expect("listed");
            if let Err(e) = crate::compile_source(text, &path) {
                panic!("{path}:{}: {}", e.line, e.msg);
            }
        }
    }
}
