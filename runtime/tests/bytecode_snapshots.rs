//! Snapshot tests of the bytecode compiler: each `snapshots/NAME.py`
//! compiles to the disassembly committed in `snapshots/NAME.bytecode`.
//! Run with `UPDATE_SNAPSHOTS=1` to rewrite the expectations after an
//! intended codegen change, then review the diff.

use std::path::Path;

fn disassemble(path: &Path) -> String {
    let src = std::fs::read_to_string(path).expect("snapshot source");
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let code = pylift_runtime::compile_source(&src, &name).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    pylift_runtime::bytecode::disassemble(&code)
}

#[test]
fn bytecode_matches_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("snapshot dir").filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "py")).collect();
    entries.sort();
    assert!(!entries.is_empty(), "no snapshot sources");
    let mut failures = Vec::new();
    for py in entries {
        let got = disassemble(&py);
        let expected_path = py.with_extension("bytecode");
        if update {
            std::fs::write(&expected_path, &got).expect("write snapshot");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != got {
            failures.push(format!("{}:\n--- expected\n{expected}\n--- got\n{got}", py.display()));
        }
    }
    assert!(failures.is_empty(), "bytecode snapshots differ (UPDATE_SNAPSHOTS=1 to accept):\n{}", failures.join("\n"));
}
