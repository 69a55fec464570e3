//! Benchmark harness: runs every program in `benches/programs/` under pylift
//! (interpreter and JIT), CPython, PyPy (if installed) and, where one exists,
//! the native Rust reference in `benches/native/`, then prints a markdown table
//! of median wall times, ratios and the project's performance targets.
//!
//! Usage: `cargo bench [-- FILTER...]` (a benchmark runs if its name contains
//! any FILTER). Environment: `PYLIFT_BIN` (pylift binary override),
//! `PYLIFT_BENCH_RUNS` (rounds, default 3), `PYLIFT_BENCH_TIMEOUT` (seconds per
//! process, default 120). Results also go to `benches/results/latest.{md,json}`,
//! and as a chart to `latest.svg`; `--chart` only redraws the
//! chart from `latest.json` (`cargo bench --bench harness -- --chart`).

mod chart;
mod native;

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use std::{env, fs, thread};

const BENCHMARKS: [&str; 12] = ["fib", "loops", "nbody", "spectral_norm", "mandelbrot", "fannkuch", "sieve", "nqueens", "richards", "raytrace", "wordfreq", "bigint"];

/// The runtimes, in table-column order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Col {
    Interp,
    Jit,
    CPython,
    PyPy,
    Native,
}

const COLS: [Col; 5] = [Col::Interp, Col::Jit, Col::CPython, Col::PyPy, Col::Native];

impl Col {
    fn key(self) -> &'static str {
        match self {
            Col::Interp => "interp",
            Col::Jit => "jit",
            Col::CPython => "cpython",
            Col::PyPy => "pypy",
            Col::Native => "native",
        }
    }
}

/// How one runtime executes a benchmark.
enum Engine {
    /// A child process: `program args... script.py`.
    Process(PathBuf, Vec<&'static str>),
    /// An in-process native reference.
    InProcess(native::NativeFn),
}

/// Everything measured for one (benchmark, runtime) pair.
enum Cell {
    /// The runtime is not available for this benchmark.
    Absent,
    Times(Vec<f64>),
    /// A run crashed, timed out or printed the wrong output ("FAIL"/"timeout"/"wrong").
    Failed(&'static str),
}

impl Cell {
    fn median(&self) -> Option<f64> {
        let Cell::Times(times) = self else {
            return None;
        };
        let mut t = times.clone();
        t.sort_by(f64::total_cmp);
        let mid = t.len() / 2;
        match t.len() {
            0 => None,
            n if n % 2 == 1 => Some(t[mid]),
            _ => Some((t[mid - 1] + t[mid]) / 2.0),
        }
    }

    fn label(&self) -> String {
        match self {
            Cell::Absent => "-".into(),
            Cell::Failed(what) => (*what).into(),
            Cell::Times(_) => format!("{:.3}", self.median().unwrap_or(f64::NAN)),
        }
    }
}

struct Config {
    runs: usize,
    timeout: Duration,
    programs: PathBuf,
    results: PathBuf,
    pylift: PathBuf,
    python: Option<PathBuf>,
    pypy: Option<PathBuf>,
}

struct Row {
    name: &'static str,
    cells: [Cell; 5],
    /// JIT compile time in extra `--jit=auto --stats=json` runs, seconds:
    /// (all threads, what the program waited for), medians of
    /// `COMPILE_SAMPLES`.
    compile: Option<(f64, f64)>,
}

impl Row {
    fn t(&self, col: Col) -> Option<f64> {
        self.cells[col as usize].median()
    }
    fn interp_vs_cpython(&self) -> Option<f64> {
        Some(self.t(Col::Interp)? / self.t(Col::CPython)?)
    }
    fn jit_speedup(&self) -> Option<f64> {
        Some(self.t(Col::Interp)? / self.t(Col::Jit)?)
    }
    fn native_speedup(&self) -> Option<f64> {
        Some(self.t(Col::Interp)? / self.t(Col::Native)?)
    }
    fn gap_closed(&self) -> Option<f64> {
        Some(self.jit_speedup()?.ln() / self.native_speedup()?.ln())
    }
    fn jit_vs_native(&self) -> Option<f64> {
        Some(self.t(Col::Jit)? / self.t(Col::Native)?)
    }
    fn jit_vs_pypy(&self) -> Option<f64> {
        Some(self.t(Col::Jit)? / self.t(Col::PyPy)?)
    }
    /// Compile time as a fraction of the JIT run's median time: (all
    /// threads, waited for).
    fn compile_share(&self) -> Option<(f64, f64)> {
        let t = self.t(Col::Jit)?;
        self.compile.map(|(all, wait)| (all / t, wait / t))
    }
}

// ---------------------------------------------------------------- running

/// `--chart`: redraws `latest.svg` from `latest.json` (this harness's own
/// format: one benchmark object per line) without running anything.
fn redraw_chart(config: &Config) {
    let path = config.results.join("latest.json");
    let Ok(text) = fs::read_to_string(&path) else {
        return eprintln!("cannot read {}", path.display());
    };
    let number_after = |line: &str, key: &str| -> Option<f64> {
        let at = line.find(key)? + key.len();
        line[at..].split([',', '}']).next()?.trim().parse().ok()
    };
    let runs = number_after(&text, "\"runs\": ").unwrap_or(0.0);
    let mut rows = Vec::new();
    let benchmarks = text.lines().skip_while(|l| !l.contains("\"benchmarks\": [")).skip(1).take_while(|l| l.trim_start().starts_with("{\"name\": \""));
    for line in benchmarks {
        let name = line.split('"').nth(3).unwrap_or("?").to_string();
        let times = COLS.map(|c| number_after(line, &format!("\"{}\": {{\"status\": \"ok\", \"median_s\": ", c.key())));
        rows.push((name, times, number_after(line, "\"gap_closed\": ")));
    }
    let chart_rows: Vec<chart::ChartRow<'_>> = rows.iter().map(|(name, times, gap)| chart::ChartRow { name, times: *times, gap: *gap }).collect();
    let svg = chart::svg(&chart_rows, &format!("medians of {runs} runs each (cargo bench); the JIT column is pylift --jit=auto"));
    match fs::write(config.results.join("latest.svg"), svg) {
        Ok(()) => eprintln!("chart written to {}", config.results.join("latest.svg").display()),
        Err(e) => eprintln!("cannot write the chart: {e}"),
    }
}

fn main() {
    let filters: Vec<String> = env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let config = configure();
    if env::args().any(|a| a == "--chart") {
        return redraw_chart(&config);
    }
    let selected: Vec<&'static str> = BENCHMARKS.into_iter().filter(|name| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))).collect();
    let show = |p: Option<&PathBuf>| p.map_or("(not found)".into(), |p| p.display().to_string());
    eprintln!("pylift: {}", config.pylift.display());
    eprintln!("python: {}", show(config.python.as_ref()));
    eprintln!("pypy:   {}", show(config.pypy.as_ref()));
    eprintln!("runs: {}, timeout: {:?}\n", config.runs, config.timeout);

    let rows: Vec<Row> = selected.iter().map(|name| bench(&config, name)).collect();
    let summary = Summary::new(&rows);
    let targets = targets(&rows, &summary);
    let markdown = markdown(&config, &rows, &summary, &targets);
    println!("{markdown}");
    let json = json(&config, &rows, &summary, &targets);
    let chart_rows: Vec<chart::ChartRow<'_>> = rows.iter().map(|r| chart::ChartRow { name: r.name, times: COLS.map(|c| r.t(c)), gap: r.gap_closed() }).collect();
    let svg = chart::svg(&chart_rows, &format!("medians of {} runs each (cargo bench); the JIT column is pylift --jit=auto", config.runs));
    let written = fs::create_dir_all(&config.results)
        .and_then(|()| fs::write(config.results.join("latest.md"), &markdown))
        .and_then(|()| fs::write(config.results.join("latest.json"), json))
        .and_then(|()| fs::write(config.results.join("latest.svg"), svg));
    match written {
        Ok(()) => eprintln!("results written to {}", config.results.display()),
        Err(e) => eprintln!("warning: cannot write results to {}: {e}", config.results.display()),
    }
}

fn configure() -> Config {
    let root = option_env!("CARGO_MANIFEST_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from);
    let env_num = |key: &str, default: u64| env::var(key).ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    let pylift = env::var_os("PYLIFT_BIN").map(PathBuf::from).or_else(|| option_env!("CARGO_BIN_EXE_pylift").map(PathBuf::from)).unwrap_or_else(|| root.join("target/release/pylift"));
    // `python3` may be a slow shim (pyenv): resolve the real interpreter once.
    let python = Command::new("python3")
        .args(["-c", "import sys;print(sys.executable)"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
        .filter(|p| p.is_file());
    let pypy = env::var_os("PATH").and_then(|paths| env::split_paths(&paths).map(|d| d.join("pypy3")).find(|p| p.is_file()));
    Config {
        runs: env_num("PYLIFT_BENCH_RUNS", 3).max(1) as usize,
        timeout: Duration::from_secs(env_num("PYLIFT_BENCH_TIMEOUT", 120)),
        programs: root.join("benches/programs"),
        results: root.join("benches/results"),
        pylift,
        python,
        pypy,
    }
}

fn engine(config: &Config, name: &str, col: Col) -> Option<Engine> {
    match col {
        Col::Interp => Some(Engine::Process(config.pylift.clone(), vec!["--jit=off"])),
        Col::Jit => Some(Engine::Process(config.pylift.clone(), vec!["--jit=auto"])),
        Col::CPython => Some(Engine::Process(config.python.clone()?, vec!["-S"])),
        Col::PyPy => Some(Engine::Process(config.pypy.clone()?, vec!["-S"])),
        Col::Native => native::lookup(name).map(Engine::InProcess),
    }
}

/// Runs one benchmark: `config.runs` rounds, each running every runtime once,
/// alternating the order between rounds. A failing runtime is not rerun.
fn bench(config: &Config, name: &'static str) -> Row {
    let script = config.programs.join(format!("{name}.py"));
    let expected = fs::read_to_string(config.programs.join(format!("{name}.expected"))).unwrap_or_else(|e| panic!("cannot read expected output for {name}: {e}"));
    let engines: Vec<Option<Engine>> = COLS.iter().map(|&c| engine(config, name, c)).collect();
    let mut cells = COLS.map(|c| if engines[c as usize].is_some() { Cell::Times(vec![]) } else { Cell::Absent });
    for round in 0..config.runs {
        let mut order: Vec<Col> = COLS.to_vec();
        if round % 2 == 1 {
            order.reverse();
        }
        let mut progress = format!("[{name}] round {}/{}:", round + 1, config.runs);
        for col in order {
            let (Some(engine), Cell::Times(times)) = (&engines[col as usize], &mut cells[col as usize]) else {
                continue;
            };
            let outcome = match engine {
                Engine::Process(program, args) => run_process(program, args, &script, config.timeout),
                Engine::InProcess(run) => Ok(time_native(*run)),
            };
            match outcome.and_then(|(t, out)| if out == expected { Ok(t) } else { Err(wrong(name, col, &out)) }) {
                Ok(t) => {
                    times.push(t);
                    let _ = write!(progress, " {} {t:.3}s", col.key());
                }
                Err(label) => {
                    let _ = write!(progress, " {} {label}", col.key());
                    cells[col as usize] = Cell::Failed(label);
                }
            }
        }
        eprintln!("{progress}");
    }
    let compile = if matches!(cells[Col::Jit as usize], Cell::Times(_)) { compile_time(config, &script) } else { None };
    Row { name, cells, compile }
}

/// Runs measured for the compile-time column (one sample of what a run
/// waited for varies 2x on this shared machine).
const COMPILE_SAMPLES: usize = 3;

/// (all threads, waited for) compile seconds of `--jit=auto` runs, from
/// their `--stats=json` counters: the median of each over
/// `COMPILE_SAMPLES` runs.
fn compile_time(config: &Config, script: &Path) -> Option<(f64, f64)> {
    let mut samples: Vec<(f64, f64)> = (0..COMPILE_SAMPLES).filter_map(|_| compile_sample(config, script)).collect();
    if samples.is_empty() {
        return None;
    }
    let mid = samples.len() / 2;
    samples.sort_by(|a, b| a.0.total_cmp(&b.0));
    let all = samples[mid].0;
    samples.sort_by(|a, b| a.1.total_cmp(&b.1));
    Some((all, samples[mid].1))
}

/// (all threads, waited for) compile seconds of one `--jit=auto` run.
fn compile_sample(config: &Config, script: &Path) -> Option<(f64, f64)> {
    let file = env::temp_dir().join(format!("pylift-bench-stats-{}.json", std::process::id()));
    let flag = format!("--stats=json:{}", file.display());
    run_process(&config.pylift, &["--jit=auto", &flag], script, config.timeout).ok()?;
    let json = fs::read_to_string(&file).ok()?;
    let _ = fs::remove_file(&file);
    let counter = |name: &str| -> Option<f64> {
        let key = format!("\n  \"{name}\": ");
        let at = json.find(&key)? + key.len();
        json[at..].chars().take_while(char::is_ascii_digit).collect::<String>().parse::<f64>().ok().map(|us| us / 1e6)
    };
    Some((counter("compile_us")?, counter("compile_wait_us")?))
}

fn time_native(run: native::NativeFn) -> (f64, String) {
    let start = Instant::now();
    let out = run();
    (start.elapsed().as_secs_f64(), out)
}

fn wrong(name: &str, col: Col, out: &str) -> &'static str {
    let first = out.lines().next().unwrap_or("");
    eprintln!("  {name}/{}: output differs from {name}.expected (first line: {first:?})", col.key());
    "wrong"
}

/// Runs `program args... script`, returning its wall time and stdout, or
/// "FAIL"/"timeout" (with the reason on stderr).
fn run_process(program: &Path, args: &[&str], script: &Path, timeout: Duration) -> Result<(f64, String), &'static str> {
    let fail = |why: String| {
        eprintln!("  {} {}: {why}", program.display(), script.display());
        "FAIL"
    };
    let start = Instant::now();
    let mut child = Command::new(program).args(args).arg(script).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().map_err(|e| fail(format!("cannot start: {e}")))?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    // A blocking wait on its own thread, so the time taken is the child's
    // (polling with sleeps added up to a millisecond to every run); the
    // timeout kills the child by pid.
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    thread::spawn(move || {
        let _ = tx.send(child.wait());
    });
    let status = match rx.recv_timeout(timeout) {
        Ok(Ok(status)) => status,
        Ok(Err(e)) => return Err(fail(format!("wait failed: {e}"))),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            eprintln!("  {} {}: timed out after {timeout:?}", program.display(), script.display());
            return Err("timeout");
        }
    };
    let elapsed = start.elapsed().as_secs_f64();
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    if !status.success() {
        let tail: Vec<&str> = stderr.lines().rev().take(3).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(fail(format!("{status}; stderr tail: {}", tail.join(" | "))));
    }
    Ok((elapsed, stdout))
}

/// Reads a child's pipe to the end on a separate thread (so it never blocks).
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut buf);
        }
        String::from_utf8_lossy(&buf).into_owned()
    })
}

// ---------------------------------------------------------------- summary

fn geomean(values: &[f64]) -> Option<f64> {
    let mean_ln = values.iter().map(|v| v.ln()).sum::<f64>() / values.len() as f64;
    (!values.is_empty()).then(|| mean_ln.exp())
}

/// An aggregate over the selected benchmarks, of which `have` of `want` had data.
struct Stat {
    value: Option<f64>,
    have: usize,
    want: usize,
}

impl Stat {
    fn geomean<'a>(rows: impl Iterator<Item = &'a Row>, f: fn(&Row) -> Option<f64>) -> Stat {
        let (mut values, mut want) = (vec![], 0);
        for row in rows {
            want += 1;
            values.extend(f(row));
        }
        Stat { value: geomean(&values), have: values.len(), want }
    }

    fn passes(&self, ok: fn(f64) -> bool) -> bool {
        self.have == self.want && self.value.is_some_and(ok)
    }

    fn describe(&self, fmt: Fmt) -> String {
        let value = self.value.map_or("n/a".into(), fmt);
        format!("{value} (over {} of {})", self.have, self.want)
    }
}

struct Summary {
    interp_vs_cpython: Stat,
    speedup_native_set: Stat,
    speedup_all: Stat,
    gap_closed: Stat,
    jit_vs_native: Stat,
    jit_vs_pypy_native_set: Stat,
    jit_vs_pypy: Stat,
}

impl Summary {
    fn new(rows: &[Row]) -> Summary {
        let native = || rows.iter().filter(|r| native::lookup(r.name).is_some());
        // Gap closed in aggregate: ln(geomean(interp/jit)) / ln(geomean(interp/native)),
        // over the native-reference benchmarks that have all three times.
        let full = || native().filter(|r| r.gap_closed().is_some());
        let jit = Stat::geomean(full(), Row::jit_speedup).value;
        let nat = Stat::geomean(full(), Row::native_speedup).value;
        Summary {
            interp_vs_cpython: Stat::geomean(rows.iter(), Row::interp_vs_cpython),
            speedup_native_set: Stat::geomean(native(), Row::jit_speedup),
            speedup_all: Stat::geomean(rows.iter(), Row::jit_speedup),
            gap_closed: Stat { value: jit.zip(nat).map(|(j, n)| j.ln() / n.ln()), have: full().count(), want: native().count() },
            jit_vs_native: Stat::geomean(native(), Row::jit_vs_native),
            jit_vs_pypy_native_set: Stat::geomean(native(), Row::jit_vs_pypy),
            jit_vs_pypy: Stat::geomean(rows.iter(), Row::jit_vs_pypy),
        }
    }

    /// (label, stat, formatter) for the table and the JSON.
    fn entries(&self) -> [(&'static str, &Stat, Fmt); 7] {
        [
            ("interp/cpython (all)", &self.interp_vs_cpython, ratio),
            ("jit speedup over interp (native set)", &self.speedup_native_set, times),
            ("jit speedup over interp (all)", &self.speedup_all, times),
            ("gap closed (native set)", &self.gap_closed, percent),
            ("jit/native (native set)", &self.jit_vs_native, times),
            ("jit/pypy (native set)", &self.jit_vs_pypy_native_set, ratio),
            ("jit/pypy (all)", &self.jit_vs_pypy, ratio),
        ]
    }
}

struct Target {
    name: &'static str,
    detail: String,
    pass: bool,
}

fn targets(rows: &[Row], sum: &Summary) -> Vec<Target> {
    let target = |name, stat: &Stat, ok: fn(f64) -> bool, fmt| Target { name, detail: stat.describe(fmt), pass: stat.passes(ok) };
    // Per-benchmark ceilings for jit/native.
    let limits: Vec<(&str, f64, Option<f64>)> = [("loops", 2.0), ("mandelbrot", 2.0), ("sieve", 2.0), ("fib", 3.0)]
        .into_iter()
        .filter_map(|(name, limit)| {
            let row = rows.iter().find(|r| r.name == name)?;
            Some((name, limit, row.jit_vs_native()))
        })
        .collect();
    let detail: Vec<String> = limits.iter().map(|&(name, limit, v)| format!("{name} {} (limit {limit}x)", v.map_or("n/a".into(), times))).collect();
    vec![
        target("interp faster than CPython (geomean interp/cpython < 1)", &sum.interp_vs_cpython, |v| v < 1.0, ratio),
        target("gap closed >= 75% (native set)", &sum.gap_closed, |v| v >= 0.75, percent),
        target("jit >= 10x interp (geomean, native set)", &sum.speedup_native_set, |v| v >= 10.0, times),
        Target {
            name: "jit within 2x native on loops/mandelbrot/sieve, 3x on fib",
            detail: if detail.is_empty() { "n/a (not selected)".into() } else { detail.join(", ") },
            pass: !limits.is_empty() && limits.iter().all(|&(_, limit, v)| v.is_some_and(|v| v <= limit)),
        },
        // Issue 3's target is over the eight benchmarks with native references;
        // the all-12 figure is reported beside it in the summary table.
        target("jit faster than PyPy (geomean jit/pypy < 1, native set)", &sum.jit_vs_pypy_native_set, |v| v < 1.0, ratio),
        compile_target(rows),
    ]
}

/// Compile time under 5% of every benchmark's JIT run: judged on the time
/// the program waited for the compiler (with background code generation,
/// the rest overlaps the run); the all-threads share is shown beside it.
fn compile_target(rows: &[Row]) -> Target {
    let shares: Vec<(&str, Option<(f64, f64)>)> = rows.iter().map(|r| (r.name, r.compile_share())).collect();
    let worst = |pick: fn((f64, f64)) -> f64| shares.iter().filter_map(|(n, s)| s.map(|s| (*n, pick(s)))).max_by(|a, b| a.1.total_cmp(&b.1));
    let detail = match (worst(|s| s.1), worst(|s| s.0)) {
        (Some((wn, w)), Some((an, a))) => format!("waited for: at most {} ({wn}); all threads: at most {} ({an})", percent(w), percent(a)),
        _ => "n/a".into(),
    };
    Target { name: "compile time under 5% of every run (waited for)", detail, pass: !shares.is_empty() && shares.iter().all(|(_, s)| s.is_some_and(|s| s.1 < 0.05)) }
}

// ---------------------------------------------------------------- output

/// Formats a ratio for display.
type Fmt = fn(f64) -> String;

fn ratio(v: f64) -> String {
    format!("{v:.2}")
}

fn times(v: f64) -> String {
    format!("{v:.2}x")
}

fn percent(v: f64) -> String {
    format!("{:.1}%", v * 100.0)
}

fn markdown(config: &Config, rows: &[Row], sum: &Summary, targets: &[Target]) -> String {
    let dash = |v: Option<f64>, f: Fmt| v.map_or("-".into(), f);
    let mut s = format!("# pylift benchmarks\n\nMedian wall time of {} run(s) per runtime.\n\n", config.runs);
    s += "| benchmark | interp (s) | jit (s) | cpython (s) | pypy (s) | native (s) \
          | interp/cpython | jit speedup over interp | gap closed | jit/native | compile (all / waited) |\n";
    s += "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for r in rows {
        let mut cols: Vec<String> = r.cells.iter().map(Cell::label).collect();
        cols.push(dash(r.interp_vs_cpython(), ratio));
        cols.push(dash(r.jit_speedup(), times));
        cols.push(dash(r.gap_closed(), percent));
        cols.push(dash(r.jit_vs_native(), times));
        cols.push(r.compile_share().map_or("-".into(), |(all, wait)| format!("{} / {}", percent(all), percent(wait))));
        let _ = writeln!(s, "| {} | {} |", r.name, cols.join(" | "));
    }
    s += "\n| geometric mean | value | benchmarks |\n|---|---:|---:|\n";
    for (name, stat, fmt) in sum.entries() {
        let _ = writeln!(s, "| {name} | {} | {} of {} |", dash(stat.value, fmt), stat.have, stat.want);
    }
    s += "\n## Targets\n\n";
    for t in targets {
        let verdict = if t.pass { "PASS" } else { "MISS" };
        let _ = writeln!(s, "- **{verdict}** {}: {}", t.name, t.detail);
    }
    s
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out + "\""
}

fn json_num(v: Option<f64>) -> String {
    v.filter(|v| v.is_finite()).map_or("null".into(), |v| format!("{v:.6}"))
}

fn json_obj(fields: &[(&str, String)]) -> String {
    let fields: Vec<String> = fields.iter().map(|(k, v)| format!("\"{k}\": {v}")).collect();
    format!("{{{}}}", fields.join(", "))
}

fn json_list(items: impl Iterator<Item = String>) -> String {
    format!("[\n    {}\n  ]", items.collect::<Vec<_>>().join(",\n    "))
}

fn json(config: &Config, rows: &[Row], sum: &Summary, targets: &[Target]) -> String {
    let path = |p: Option<&PathBuf>| p.map_or("null".into(), |p| json_str(&p.display().to_string()));
    let cell = |cell: &Cell| match cell {
        Cell::Absent => "null".into(),
        Cell::Failed(what) => json_obj(&[("status", json_str(what))]),
        Cell::Times(samples) => {
            json_obj(&[("status", json_str("ok")), ("median_s", json_num(cell.median())), ("samples_s", format!("[{}]", samples.iter().map(|&t| json_num(Some(t))).collect::<Vec<_>>().join(", ")))])
        }
    };
    let benchmarks = rows.iter().map(|r| {
        let cells: Vec<(&str, String)> = COLS.iter().map(|&c| (c.key(), cell(&r.cells[c as usize]))).collect();
        json_obj(&[
            ("name", json_str(r.name)),
            ("times", json_obj(&cells)),
            ("interp_vs_cpython", json_num(r.interp_vs_cpython())),
            ("jit_speedup", json_num(r.jit_speedup())),
            ("gap_closed", json_num(r.gap_closed())),
            ("jit_vs_native", json_num(r.jit_vs_native())),
            ("jit_vs_pypy", json_num(r.jit_vs_pypy())),
            ("compile_s", json_num(r.compile.map(|c| c.0))),
            ("compile_wait_s", json_num(r.compile.map(|c| c.1))),
        ])
    });
    let geomeans =
        sum.entries().into_iter().map(|(name, stat, _)| json_obj(&[("name", json_str(name)), ("value", json_num(stat.value)), ("have", stat.have.to_string()), ("want", stat.want.to_string())]));
    let targets = targets.iter().map(|t| json_obj(&[("name", json_str(t.name)), ("detail", json_str(&t.detail)), ("pass", t.pass.to_string())]));
    let binaries = json_obj(&[("pylift", path(Some(&config.pylift))), ("cpython", path(config.python.as_ref())), ("pypy", path(config.pypy.as_ref()))]);
    format!(
        "{{\n  \"runs\": {},\n  \"timeout_s\": {},\n  \"binaries\": {binaries},\n  \"benchmarks\": {},\n  \"geomeans\": {},\n  \"targets\": {}\n}}\n",
        config.runs,
        config.timeout.as_secs(),
        json_list(benchmarks),
        json_list(geomeans),
        json_list(targets),
    )
}
