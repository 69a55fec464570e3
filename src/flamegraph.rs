//! `--profile=FILE.svg`: the profiler's folded stacks as a flame graph
//! (inferno, the Rust port of Brendan Gregg's flamegraph.pl): an SVG that
//! opens in a browser, with search and click-to-zoom.

use std::path::Path;

pub fn write(folded: &[(String, u64)], path: &Path) -> Result<(), String> {
    let lines: Vec<String> = folded.iter().map(|(stack, n)| format!("{stack} {n}")).collect();
    let mut opts = inferno::flamegraph::Options::default();
    opts.title = "pylift --profile".to_string();
    opts.count_name = "samples (1 ms each)".to_string();
    let file = std::fs::File::create(path).map_err(|e| e.to_string())?;
    let out = std::io::BufWriter::new(file);
    inferno::flamegraph::from_lines(&mut opts, lines.iter().map(String::as_str), out).map_err(|e| e.to_string())
}
