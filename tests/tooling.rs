//! The reporting flags on real scripts: `--stats`, `--compare`,
//! `--perf-map`, `--dump`, `--explain`. Each test checks content (counts,
//! addresses, names), never timings.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_pylift");

/// A script in a fresh temporary directory, removed (with whatever the
/// test wrote beside the script) when the value is dropped.
struct Script(PathBuf);

impl std::ops::Deref for Script {
    type Target = PathBuf;
    fn deref(&self) -> &PathBuf {
        &self.0
    }
}

impl AsRef<std::ffi::OsStr> for Script {
    fn as_ref(&self) -> &std::ffi::OsStr {
        self.0.as_os_str()
    }
}

impl AsRef<Path> for Script {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Script {
    fn drop(&mut self) {
        if let Some(dir) = self.0.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

fn script(name: &str, source: &str) -> Script {
    let dir = std::env::temp_dir().join(format!("pylift-tooling-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, source).unwrap();
    Script(path)
}

/// Runs pylift with compilation in the foreground, so what is compiled
/// when does not depend on timing (except where a test says otherwise).
fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).env_remove("PYLIFT_DUMP").env_remove("PYLIFT_JIT").env("PYLIFT_JIT_BACKGROUND", "off").output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A function with a hot loop, called a few times, and a small function
/// made hot by calls (through `map`: called from an interpreted loop still
/// warming up, it would be left to that loop's compilation).
const HOT: &str = "def work(n):\n    t = 0\n    for i in range(n):\n        t += i * 3 % 7\n    return t\n\ndef sq(x):\n    return x * x\n\ns = 0\nfor k in range(5):\n    s += work(20000)\ns += sum(map(sq, range(300)))\nprint(s)\n";
const HOT_OUT: &str = "9255035\n";

/// Reads one integer field of the `--stats=json` output.
fn field(json: &str, name: &str) -> u64 {
    let key = format!("\"{name}\": ");
    let at = json.find(&key).unwrap_or_else(|| panic!("no {name} in {json}")) + key.len();
    json[at..].chars().take_while(|c| c.is_ascii_digit()).collect::<String>().parse().unwrap()
}

fn stats_json(mode: &str, path: &Path) -> String {
    let out_file = path.with_extension(format!("{mode}.json"));
    let o = run(&[&format!("--jit={mode}"), &format!("--stats=json:{}", out_file.display()), path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), HOT_OUT);
    std::fs::read_to_string(&out_file).unwrap()
}

#[test]
fn stats_count_compiles_osr_and_work_by_tier() {
    let path = script("stats", HOT);
    let off = stats_json("off", &path);
    let auto = stats_json("auto", &path);
    for k in ["functions_compiled", "loops_compiled", "osr_entries", "calls_native", "loop_iterations_native", "code_bytes"] {
        assert_eq!(field(&off, k), 0, "{k} under --jit=off: {off}");
    }
    assert!(field(&auto, "functions_compiled") >= 2, "{auto}");
    assert!(field(&auto, "loops_compiled") >= 1, "{auto}");
    assert!(field(&auto, "osr_entries") >= 1, "{auto}");
    assert!(field(&auto, "code_bytes") > 0, "{auto}");
    assert!(field(&auto, "calls_native") > 0, "{auto}");
    assert!(field(&auto, "loop_iterations_native") > 0, "{auto}");
    // The same work, split differently between the tiers.
    let calls = |j: &str| field(j, "calls_interpreted") + field(j, "calls_native");
    let iters = |j: &str| field(j, "loop_iterations_interpreted") + field(j, "loop_iterations_native");
    assert_eq!(calls(&off), 305, "{off}");
    assert_eq!(calls(&auto), 305, "{auto}");
    assert_eq!(iters(&off), iters(&auto), "off: {off}\nauto: {auto}");
    assert!(iters(&off) >= 100_000, "{off}");
    assert!(auto.contains("\"function\": \"work\""), "{auto}");
    // Every deopt reason and refusal reason has its row.
    assert!(auto.contains("\"deopt_int_guard\": ") && auto.contains("\"refuse_generator\": "), "{auto}");
}

#[test]
fn stats_table_goes_to_stderr() {
    let path = script("table", HOT);
    let o = run(&["--stats", path.to_str().unwrap()]);
    assert!(o.status.success());
    assert_eq!(String::from_utf8_lossy(&o.stdout), HOT_OUT, "the table must not mix with the program's output");
    let e = stderr(&o);
    for row in ["functions_compiled", "osr_entries", "deopt_overflow", "refuse_mostly_interpreted", "time_native_us", "compile time per function (all, waited for):"] {
        assert!(e.contains(row), "no {row} in:\n{e}");
    }
    let bad = run(&["--stats=xml", path.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("invalid --stats value 'xml'"), "{}", stderr(&bad));
}

#[test]
fn compare_agrees_and_reports_both_times() {
    let path = script("compare", HOT);
    let o = run(&["--compare", path.to_str().unwrap()]);
    let e = stderr(&o);
    assert!(o.status.success(), "{e}");
    assert_eq!(String::from_utf8_lossy(&o.stdout), HOT_OUT, "the program's output, once");
    assert!(e.contains("stdout identical (1 lines"), "{e}");
    assert!(e.contains("--jit=off") && e.contains("--jit=auto") && e.contains("speedup"), "{e}");
    // The program's own failure is the same in both runs: its status is kept.
    let fail = script("compare_fail", "print('a')\nraise SystemExit(4)\n");
    let o = run(&["--compare", fail.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(stderr(&o).contains("exit status Some(4) in both"), "{}", stderr(&o));
    let both = run(&["--compare", "--stats", path.to_str().unwrap()]);
    assert_eq!(both.status.code(), Some(2));
}

#[test]
fn compare_reads_stdin_programs_once() {
    let mut child = Command::new(BIN).args(["--compare", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"print(sum(range(10)))\n").unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "45\n");
    assert!(stderr(&o).contains("stdout identical"), "{}", stderr(&o));
}

#[test]
fn compare_gives_both_runs_the_same_input() {
    let path = script("cmp_input", "import sys\nfor line in sys.stdin:\n    print(line.strip()[::-1])\n");
    let mut child = Command::new(BIN).args(["--compare", path.to_str().unwrap()]).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"abc\nxyz\n").unwrap();
    let o = child.wait_with_output().unwrap();
    // Had only the first run seen the input, the outputs would differ (exit 3).
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "cba\nzyx\n");
}

/// Executable mappings of a live process: (start, end).
fn exec_mappings(pid: u32) -> Vec<(u64, u64)> {
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).unwrap();
    maps.lines()
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            let range = it.next()?;
            let perms = it.next()?;
            let (a, b) = range.split_once('-')?;
            perms.contains('x').then(|| (u64::from_str_radix(a, 16).unwrap(), u64::from_str_radix(b, 16).unwrap()))
        })
        .collect()
}

#[test]
fn perf_map_names_compiled_code_in_jit_memory() {
    // The program waits on stdin once its code is compiled, so the test can
    // look at the live process's memory map.
    let path = script("perfmod", &format!("{HOT}print('ready', flush=True)\ninput()\n"));
    let mut child = Command::new(BIN).args(["--perf-map", "--jit-background=off", path.to_str().unwrap()]).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let pid = child.id();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    assert_eq!(lines.next().unwrap().unwrap(), HOT_OUT.trim());
    assert_eq!(lines.next().unwrap().unwrap(), "ready");
    let map = std::fs::read_to_string(format!("/tmp/perf-{pid}.map")).unwrap();
    let exec = exec_mappings(pid);
    child.stdin.take().unwrap().write_all(b"\n").unwrap();
    assert!(child.wait().unwrap().success());
    let _ = std::fs::remove_file(format!("/tmp/perf-{pid}.map"));
    let mut names = Vec::new();
    for line in map.lines() {
        let mut it = line.splitn(3, ' ');
        let addr = u64::from_str_radix(it.next().unwrap(), 16).unwrap();
        let size = u64::from_str_radix(it.next().unwrap(), 16).unwrap();
        let name = it.next().unwrap().to_string();
        assert!(size > 0, "{line}");
        assert!(exec.iter().any(|&(a, b)| a <= addr && addr + size <= b), "{line} is not in executable memory: {exec:x?}");
        names.push(name);
    }
    assert!(names.contains(&"py::perfmod::work".to_string()), "{map}");
    assert!(names.contains(&"py::perfmod::sq".to_string()), "{map}");
}

const DUMPED: &str = "def g(x):\n    return x - 1\n\ndef f(x):\n    return g(x) * 2 + 1\n\nprint(f(3), g(3))\n";

/// Whether `text` still has a number that looks like an address (the
/// rule of `tooling::normalize_addresses`: low 48 bits at least 2^32).
fn has_raw_address(text: &str) -> Option<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .filter_map(|w| {
            let (neg, digits) = match w.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, w),
            };
            // Hex is unsigned (`-0x28(%rbp)` is an offset); a negative
            // decimal is a two's-complement constant (CLIF's `iconst`).
            let v = match digits.strip_prefix("0x") {
                Some(h) => u64::from_str_radix(&h.replace('_', ""), 16).ok()?,
                None => digits.parse::<u64>().ok().map(|v| if neg { v.wrapping_neg() } else { v })?,
            };
            (v & 0xffff_ffff_ffff >= 1 << 32).then(|| w.to_string())
        })
        .next()
}

fn dump(kind: &str, path: &Path) -> String {
    let o = run(&["--jit=eager", &format!("--dump={kind}"), path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "5 2\n");
    stderr(&o)
}

#[test]
fn dumps_one_function_by_name_stably() {
    let path = script("dump", DUMPED);
    let bc = dump("bytecode:f", &path);
    assert!(bc.starts_with("code f (args=1"), "{bc}");
    assert!(bc.contains("Call"), "{bc}");
    assert!(!bc.contains("code g") && !bc.contains("code <module>"), "{bc}");
    let clif = dump("clif:f", &path);
    assert!(clif.starts_with("; f entries [0]\n") && clif.contains("function "), "{clif}");
    assert!(!clif.contains("; g entries"), "{clif}");
    let asm = dump("asm:f", &path);
    assert!(asm.starts_with("; asm f ("), "{asm}");
    assert!(asm.lines().count() > 10 && asm.contains("ret"), "{asm}");
    // Stable enough to diff: a second run prints the same text.
    assert_eq!(dump("clif:f", &path), clif);
    assert_eq!(dump("asm:f", &path), asm);
    // The direct call of g refers to g's code by address: printed as <addr>.
    assert!(clif.contains("<addr>") && asm.contains("<addr>"), "{clif}\n{asm}");
    assert_eq!(has_raw_address(&clif), None, "{clif}");
    assert_eq!(has_raw_address(&asm), None, "{asm}");
}

#[test]
fn bad_dump_requests_are_usage_errors() {
    let path = script("dumpbad", DUMPED);
    let o = run(&["--dump=bogus:f", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("invalid --dump kind 'bogus'"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"));
    let o = run(&["--jit=off", "--dump=clif:f", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("needs the JIT"), "{}", stderr(&o));
    // A name that never compiles: the run works and says why nothing came.
    let o = run(&["--dump=clif:nosuch", path.to_str().unwrap()]);
    assert!(o.status.success());
    assert!(stderr(&o).contains("--dump=clif: nothing dumped for nosuch"), "{}", stderr(&o));
}

#[test]
fn env_dump_still_works() {
    let path = script("envdump", DUMPED);
    let o = Command::new(BIN).args(["--jit=eager", path.to_str().unwrap()]).env("PYLIFT_DUMP", "bytecode").output().unwrap();
    assert!(o.status.success());
    let e = stderr(&o);
    assert!(e.contains("code <module>") && e.contains("code f (") && e.contains("code g ("), "{e}");
}

#[test]
fn explain_says_what_compiled_and_why_not() {
    let src = "def gen(n):\n    for i in range(n):\n        yield i\n\ndef add(x):\n    return x + 1\n\ndef cold(x):\n    return x\n\nt = sum(map(add, range(300)))\nfor k in range(300):\n    t += sum(gen(5))\nt += add(0.5)\nt += add(1.5)\nt += cold(1)\nprint(t)\n";
    let path = script("explain", src);
    let o = run(&["--explain", path.to_str().unwrap()]);
    let e = stderr(&o);
    assert!(o.status.success(), "{e}");
    assert_eq!(String::from_utf8_lossy(&o.stdout), "48155.0\n");
    let entry = |name: &str| e.lines().skip_while(|l| !l.trim_start().starts_with(&format!("{name} ("))).take(3).collect::<Vec<_>>().join("\n");
    assert!(entry("add").contains("): compiled"), "{e}");
    assert!(entry("add").contains("deopt_") && entry("add").contains("at line 6"), "{e}");
    assert!(entry("gen").contains("refuse_generator"), "{e}");
    assert!(entry("cold").contains("not hot enough"), "{e}");
    let json = path.with_extension("json");
    let o = run(&[&format!("--stats=json:{}", json.display()), path.to_str().unwrap()]);
    assert!(o.status.success());
    let j = std::fs::read_to_string(&json).unwrap();
    assert_eq!(field(&j, "refuse_generator"), 1, "the hot generator is counted once: {j}");
    assert!(field(&j, "deopt_int_guard") + field(&j, "deopt_number_guard") + field(&j, "deopt_float_guard") >= 1, "{j}");
    let off = run(&["--jit=off", "--explain", path.to_str().unwrap()]);
    assert!(stderr(&off).contains("the JIT is off"), "{}", stderr(&off));
}

/// `slow` takes nearly all the time in the interpreter or the runtime
/// functions it calls (`str`, `list.append`), `fast` in native code.
const PROFILED: &str = "def slow(n):\n    s = []\n    for i in range(n):\n        s.append(str(i))\n    return len(''.join(s))\n\ndef fast(n):\n    t = 0\n    for i in range(n):\n        t += i % 7\n    return t\n\nprint(slow(400000), fast(30000000))\n";

#[test]
fn profile_finds_the_hot_functions_by_tier() {
    let path = script("prof", PROFILED);
    let svg = path.with_extension("svg");
    let o = run(&[&format!("--profile={}", svg.display()), path.to_str().unwrap()]);
    let e = stderr(&o);
    assert!(o.status.success(), "{e}");
    assert_eq!(String::from_utf8_lossy(&o.stdout), "2288890 89999995\n");
    let row = |name: &str| -> Vec<f64> {
        let line = e.lines().find(|l| l.contains(&format!("  {name} (prof.py:"))).unwrap_or_else(|| panic!("no {name} row in:\n{e}"));
        line.split_whitespace().take(6).map(|x| x.parse().unwrap()).collect()
    };
    let (slow, fast, module) = (row("slow"), row("fast"), row("<module>"));
    // Columns: self%, total%, then self% in interp, native, rt, jit.
    assert!(slow[0] > 20.0 && slow[2] + slow[4] > 20.0, "slow runs in the interpreter or the runtime:\n{e}");
    assert!(fast[3] > 5.0, "fast runs natively:\n{e}");
    assert!(module[1] > 90.0, "the samples are under <module>:\n{e}");
    let lp = |line: u32, f: &str| {
        e.lines()
            .find(|l| l.ends_with(&format!("loop at prof.py:{line} in {f}")))
            .unwrap_or_else(|| panic!("no loop at {line}:\n{e}"))
            .split_whitespace()
            .take(6)
            .map(|x| x.parse::<f64>().unwrap())
            .collect::<Vec<_>>()
    };
    let slow_loop = lp(3, "slow");
    assert!(slow_loop[2] + slow_loop[4] > 20.0 && lp(9, "fast")[3] > 5.0, "loops by tier:\n{e}");
    let svg_text = std::fs::read_to_string(&svg).unwrap();
    assert!(svg_text.starts_with("<?xml") && svg_text.contains("<svg"), "{}", &svg_text[..200.min(svg_text.len())]);
    assert!(svg_text.contains("slow (prof.py:1)") && svg_text.contains("fast (prof.py:7)"), "the flame graph names the functions");
    // A program that never runs still ends cleanly (the profiler stops with the VM).
    let broken = script("prof_syntax", "x = (\n");
    let o = run(&["--profile", "--stats", broken.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("SyntaxError") && !stderr(&o).contains("internal error"), "{}", stderr(&o));
    let bad = run(&["--profile=out.png", path.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("must end in .svg"), "{}", stderr(&bad));
}

/// An outer loop whose time is all in an inner loop that makes no call.
/// `nest` is compiled at its 100th call, so later calls run natively from
/// its first instruction (no entry inside a loop to record).
const NESTED: &str = "def nest(n):\n    t = 0\n    for i in range(n):\n        j = 0\n        while j < 2000:\n            t += j ^ i\n            j += 1\n    return t\n\ns = 0\nfor k in range(600):\n    s += nest(30)\nprint(s)\n";

#[test]
fn profile_charges_native_inner_loops_to_themselves() {
    let path = script("prof_nested", NESTED);
    let o = run(&["--profile", path.to_str().unwrap()]);
    let e = stderr(&o);
    assert!(o.status.success(), "{e}");
    let self_pct = |line: u32| -> f64 { e.lines().find(|l| l.ends_with(&format!("loop at prof_nested.py:{line} in nest"))).map_or(0.0, |l| l.split_whitespace().next().unwrap().parse().unwrap()) };
    // Back-edges record the loop header in the frame: the inner `while`
    // (line 5) gets the time, not the `for` around it (line 3).
    assert!(self_pct(5) > 50.0 && self_pct(5) > self_pct(3), "inner loop attribution:\n{e}");
}

#[test]
fn jitdump_records_match_the_perf_map() {
    let path = script("jd", HOT);
    let o = run(&["--perf-map", "--jitdump", "--stats", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The pid is in the file names; find ours by the script's names.
    let e = stderr(&o);
    let compiled = e.lines().filter(|l| l.contains(" bytes ") && l.contains("(") && l.contains("jd.py")).count();
    let pid = std::fs::read_dir("/tmp")
        .unwrap()
        .filter_map(|d| d.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_prefix("jit-")?.strip_suffix(".dump")?.parse::<u32>().ok())
        .filter(|pid| std::fs::read_to_string(format!("/tmp/perf-{pid}.map")).is_ok_and(|m| m.contains("py::jd::work")))
        .max()
        .expect("a jitdump next to its perf map");
    let dump = std::fs::read(format!("/tmp/jit-{pid}.dump")).unwrap();
    let map = std::fs::read_to_string(format!("/tmp/perf-{pid}.map")).unwrap();
    let _ = std::fs::remove_file(format!("/tmp/jit-{pid}.dump"));
    let _ = std::fs::remove_file(format!("/tmp/perf-{pid}.map"));
    let u32_at = |i: usize| u32::from_ne_bytes(dump[i..i + 4].try_into().unwrap());
    let u64_at = |i: usize| u64::from_ne_bytes(dump[i..i + 8].try_into().unwrap());
    assert_eq!(u32_at(0), 0x4A69_5444, "magic");
    assert_eq!(u32_at(4), 1, "version");
    assert_eq!(u32_at(8), 40, "header size");
    assert_eq!(u32_at(20), pid);
    let mut at = 40;
    let mut records = Vec::new();
    while at < dump.len() {
        let (id, size) = (u32_at(at), u32_at(at + 4) as usize);
        assert_eq!(id, 0, "JIT_CODE_LOAD");
        let (vma, code_size) = (u64_at(at + 24), u64_at(at + 40));
        let name_end = dump[at + 56..].iter().position(|&b| b == 0).unwrap() + at + 56;
        let name = String::from_utf8(dump[at + 56..name_end].to_vec()).unwrap();
        assert_eq!(size, name_end + 1 - at + code_size as usize, "record size covers name and code");
        records.push(format!("{vma:x} {code_size:x} {name}"));
        at += size;
    }
    assert_eq!(at, dump.len(), "records end at the end of the file");
    assert_eq!(records, map.lines().collect::<Vec<_>>(), "one record per perf-map line, same address, size and name");
    assert_eq!(records.len(), compiled, "one record per compilation:\n{e}");
}

#[test]
fn background_compilation_installs_code_while_the_program_runs() {
    // The loop runs for half a second whatever the speed, so the machine
    // code generated in the background is ready long before it ends and
    // the loop finishes natively; the main thread waited only for the
    // translation.
    let path = script(
        "background",
        "import time\n\ndef spin(seconds):\n    n = 0\n    t = 0\n    start = time.time()\n    while time.time() - start < seconds:\n        for i in range(100):\n            t += i * 3 % 7\n        n += 1\n    return t // n\n\nprint(spin(0.5))\n",
    );
    let out_file = path.with_extension("json");
    let o = Command::new(BIN).args([&format!("--stats=json:{}", out_file.display()), "--jit-background=on", path.to_str().unwrap()]).env_remove("PYLIFT_JIT").output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "297\n");
    let json = std::fs::read_to_string(&out_file).unwrap();
    assert!(field(&json, "background_compiles") >= 1, "{json}");
    assert!(field(&json, "loop_iterations_native") > 0, "{json}");
    assert!(field(&json, "compile_wait_us") <= field(&json, "compile_us"), "{json}");
    // Without it, the program waits for the whole compilation.
    let o = run(&[&format!("--stats=json:{}", out_file.display()), path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let json = std::fs::read_to_string(&out_file).unwrap();
    assert_eq!(field(&json, "background_compiles"), 0, "{json}");
    assert_eq!(field(&json, "compile_wait_us"), field(&json, "compile_us"), "{json}");
}

#[test]
fn code_compiled_for_a_loop_gets_its_function_entry_once_called_often() {
    // `work` is compiled for its loop (called once): no function entry, so
    // its next calls run in the interpreter up to the loop and enter native
    // code there (OSR); called often, it is compiled again with its entry
    // and the calls run natively.
    let path = script(
        "loops_only",
        "def work(n):\n    t = 0\n    for i in range(n):\n        t += i * 3 % 7\n    return t\n\ns = work(100000)\nk = 0\nwhile k < 300:\n    s += work(30)\n    k += 1\nprint(s)\n",
    );
    let out_file = path.with_extension("json");
    let o = run(&["--jit=auto", "--jit-background=off", &format!("--stats=json:{}", out_file.display()), path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "326101\n");
    let json = std::fs::read_to_string(&out_file).unwrap();
    assert_eq!(field(&json, "functions_compiled"), 2, "{json}");
    assert_eq!(field(&json, "entry_recompiles"), 1, "{json}");
    // Calls before the recompile entered at the loop; after it, at pc 0.
    assert!(field(&json, "osr_entries") >= 50, "{json}");
    assert!(field(&json, "calls_native") >= 150, "{json}");
}

#[test]
fn allocating_loops_keep_their_gc_safe_points() {
    // A native loop that allocates cycles exits for collections at its
    // back-edge; one that calls nothing has no safe point to exit at; a
    // recursive pure function called from a loop makes no frames.
    let path = script(
        "safepoints",
        "class Node:\n    pass\n\ndef churn(n):\n    t = 0\n    for i in range(n):\n        a = Node()\n        a.me = a\n        t += i\n    return t\n\ndef count(n):\n    t = 0\n    for i in range(n):\n        t += i % 7\n    return t\n\ndef fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(churn(200000), count(200000), sum(fib(k) for k in range(18)))\n",
    );
    let out_file = path.with_extension("json");
    let o = run(&[&format!("--stats=json:{}", out_file.display()), path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "19999900000 599994 4180\n");
    let json = std::fs::read_to_string(&out_file).unwrap();
    assert!(field(&json, "gc_safepoint_exits") > 0, "{json}");
    assert!(field(&json, "pure_functions_compiled") >= 1, "{json}");
}

#[test]
fn globals_added_between_runs_refold_without_deopt_storms() {
    // Each global added between the calls changes the module's keys, so
    // the folded lookups' checks fail once; the code is thrown away at
    // the first failure (not after a deopt at every loop entry), and the
    // recompile folds (and hoists) the lookups again.
    let path = script(
        "refold",
        "def ev(i, j):\n    return 1.0 / (i + j + 1)\n\ndef work(n):\n    s = 0.0\n    for i in range(n):\n        for j in range(n):\n            s += ev(i, j)\n    return s\n\nprint(work(300))\nx1 = 1\nprint(work(300))\nx2 = 2\nprint(work(300))\n",
    );
    let out_file = path.with_extension("json");
    let o = run(&[&format!("--stats=json:{}", out_file.display()), path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "415.3887250020824\n".repeat(3));
    let json = std::fs::read_to_string(&out_file).unwrap();
    assert_eq!(field(&json, "deopt_global_hoisted"), 0, "{json}");
    assert_eq!(field(&json, "deopts"), 2, "{json}");
    assert_eq!(field(&json, "recompiles"), 2, "{json}");
}

#[test]
fn small_callees_of_warming_loops_are_left_to_the_loop() {
    // `ev` reaches the call threshold while the loop calling it warms up:
    // it is not compiled on its own, the loop's compilation inlines it;
    // `other`, called from code without a loop, is compiled as usual.
    let path = script(
        "leaf",
        "def ev(i, j):\n    return 1.0 / (i + j + 1)\n\ndef mul(n):\n    s = 0.0\n    for i in range(n):\n        s += ev(i, 1)\n    return s\n\ndef other(x):\n    return x * 2\n\ndef rec(k):\n    return 0 if k < 0 else other(k) + rec(k - 1)\n\nprint(mul(5000), rec(300))\n",
    );
    let o = run(&["--explain", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "8.094708812992438 90300\n");
    let e = stderr(&o);
    let entry = |name: &str| e.lines().skip_while(|l| !l.trim_start().starts_with(&format!("{name} ("))).take(1).collect::<Vec<_>>().join("\n");
    assert!(entry("mul").contains("): compiled"), "{e}");
    assert!(entry("ev").contains("not compiled"), "{e}");
    assert!(entry("other").contains("): compiled") || entry("rec").contains("): compiled"), "{e}");
}

#[test]
fn loops_without_an_entry_get_one_when_they_run_on() {
    // The first loop makes `two` hot: its code gets an OSR entry there
    // (and at the function's start) only. Native code runs on into the
    // second loop, which allocates, until a collection exits at its
    // back-edge; the frame then runs on in the interpreter until the code
    // is compiled again with that loop's entry, and the loop ends natively.
    let path = script("missed", "def two(n):\n    t = 0\n    for i in range(n):\n        t += i & 7\n    for i in range(n):\n        t += len([i, i, i])\n    return t\n\nprint(two(300000))\n");
    let out_file = path.with_extension("json");
    let o = run(&["--jit=auto", "--jit-background=off", &format!("--stats=json:{}", out_file.display()), path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "1950000\n");
    let j = std::fs::read_to_string(&out_file).unwrap();
    assert_eq!(field(&j, "entry_recompiles"), 1, "{j}");
    assert_eq!(field(&j, "functions_compiled"), 2, "{j}");
    assert!(field(&j, "gc_safepoint_exits") >= 1, "{j}");
    // Interpreted: a loop threshold before the compilation and one after
    // the first collection exit.
    assert!(field(&j, "loop_iterations_interpreted") < 3_000, "{j}");
    assert!(field(&j, "loop_iterations_native") > 597_000, "{j}");
}
