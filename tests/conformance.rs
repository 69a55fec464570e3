//! Conformance suite: runs every `tests/cases/*.py` through `pylift` in each JIT
//! mode and compares the result with what CPython 3.11 produced.
//!
//! Expected-result files next to `<name>.py` (see `tests/cases/regen.sh`):
//! - `<name>.out`  exact expected stdout (required).
//! - `<name>.err`  expected last non-empty line of stderr.
//! - `<name>.code` expected exit code; default is 1 when `.err` exists, else 0.
//! - `<name>.tb`   expected full stderr (with CPython 3.11's `~~^^` marker
//!   lines), compared after reducing `File "..."` paths to their basename.
//!
//! Usage: `cargo test --test conformance [-- FILTER...]`. Filters are substrings
//! of `<name>::<mode>`. `PYLIFT_TEST_MODES=off,auto` restricts the modes,
//! `PYLIFT_BIN` overrides the binary, `PYLIFT_TEST_TIMEOUT` (seconds) the timeout.
//! Cases listed in `tests/cases/KNOWN_FAILURES` (`name` or `name::mode`) are
//! expected to fail; if one passes it is reported as XPASS and counts as failure.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use std::{env, fs, thread};

/// `hot` is `--jit=auto` with a tier-up threshold of 2: functions and loops
/// compile after a couple of interpreted runs, with type feedback, so every
/// case also exercises the type-specialized code, its guards and deopts.
const MODES: [&str; 4] = ["off", "auto", "eager", "hot"];
const DEFAULT_TIMEOUT_SECS: u64 = 10;
const MAX_DETAIL_LINES: usize = 20;

struct Options {
    filters: Vec<String>,
    threads: Option<usize>,
}

/// A case and its expected results.
struct Case {
    name: String,
    stdout: String,
    err: Option<String>,
    code: i32,
    tb: Option<String>,
}

struct Job {
    case: usize,
    mode: &'static str,
    id: String,
    known_failure: bool,
}

struct RunOutput {
    stdout: String,
    stderr: String,
    code: Option<i32>,
    timed_out: bool,
}

enum Outcome {
    Ok,
    Failed(Vec<String>),
    ExpectedFailure,
    UnexpectedPass,
}

fn main() {
    let opts = parse_args();
    let cases_dir = cases_dir();
    let cases = load_cases(&cases_dir);
    let known = load_known_failures(&cases_dir.join("KNOWN_FAILURES"));
    let jobs = plan_jobs(&cases, &selected_modes(), &opts.filters, &known);
    let binary = pylift_binary();
    if !binary.is_file() {
        fatal(&format!("pylift binary not found at {}", binary.display()));
    }
    let timeout = env::var("PYLIFT_TEST_TIMEOUT").ok().and_then(|s| s.parse().ok());
    let timeout = Duration::from_secs(timeout.unwrap_or(DEFAULT_TIMEOUT_SECS));
    let threads = opts.threads.unwrap_or_else(|| thread::available_parallelism().map_or(4, |n| n.get()));

    println!("\nrunning {} tests ({} cases, binary {})", jobs.len(), cases.len(), binary.display());
    let started = Instant::now();
    let outcomes = run_all(&binary, &cases_dir, &cases, &jobs, threads, timeout);
    let ok = report(&jobs, &outcomes, started.elapsed());
    std::process::exit(if ok { 0 } else { 1 });
}

/// One job per (case, mode) whose `<name>::<mode>` contains any filter.
fn plan_jobs(cases: &[Case], modes: &[&'static str], filters: &[String], known: &HashSet<String>) -> Vec<Job> {
    if filters.is_empty() {
        for entry in known {
            let name = entry.split("::").next().unwrap_or_default();
            if !cases.iter().any(|c| c.name == name) {
                println!("warning: KNOWN_FAILURES entry `{entry}` matches no case");
            }
        }
    }
    let mut jobs = Vec::new();
    for (index, case) in cases.iter().enumerate() {
        for &mode in modes {
            let id = format!("{}::{mode}", case.name);
            if filters.is_empty() || filters.iter().any(|f| id.contains(f.as_str())) {
                let known_failure = known.contains(&case.name) || known.contains(&id);
                jobs.push(Job { case: index, mode, id, known_failure });
            }
        }
    }
    jobs
}

/// Prints failure details and the summary lines; returns true when nothing failed.
fn report(jobs: &[Job], outcomes: &[Outcome], elapsed: Duration) -> bool {
    let (mut passed, mut xfailed) = (0, 0);
    let xpass_note = vec!["  passed, but it is listed in tests/cases/KNOWN_FAILURES: remove it".to_string()];
    let mut failures = Vec::new();
    for (job, outcome) in jobs.iter().zip(outcomes) {
        match outcome {
            Outcome::Ok => passed += 1,
            Outcome::ExpectedFailure => xfailed += 1,
            Outcome::UnexpectedPass => failures.push((job, &xpass_note)),
            Outcome::Failed(details) => failures.push((job, details)),
        }
    }
    if !failures.is_empty() {
        println!("\nfailures:");
        for (job, details) in &failures {
            println!("\n---- case::{} ----", job.id);
            for line in details.iter().take(MAX_DETAIL_LINES) {
                println!("{line}");
            }
            if details.len() > MAX_DETAIL_LINES {
                println!("  ... ({} more lines)", details.len() - MAX_DETAIL_LINES);
            }
        }
        println!("\nfailures:");
        for (job, _) in &failures {
            println!("    case::{}", job.id);
        }
    }
    let failed = failures.len();
    let status = if failed == 0 { "ok" } else { "FAILED" };
    println!("\n{passed} passed, {failed} failed");
    println!("test result: {status}. {passed} passed; {failed} failed; {xfailed} expected failures; finished in {:.2}s\n", elapsed.as_secs_f64());
    failed == 0
}

fn fatal(msg: &str) -> ! {
    eprintln!("conformance: {msg}");
    std::process::exit(2);
}

fn parse_args() -> Options {
    let mut opts = Options { filters: Vec::new(), threads: None };
    let mut args = env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--test-threads" => opts.threads = args.next().and_then(|n| n.parse().ok()),
            // libtest flags that take a separate value: skip the value as well.
            "--format" | "--color" | "--logfile" | "--skip" | "-Z" | "--shuffle-seed" => {
                args.next();
            }
            _ if arg.starts_with("--test-threads=") => {
                opts.threads = arg["--test-threads=".len()..].parse().ok();
            }
            _ if arg.starts_with('-') => {} // --nocapture, --quiet, --ignored, ...
            _ => opts.filters.push(arg.strip_prefix("case::").unwrap_or(&arg).to_string()),
        }
    }
    opts
}

/// `PYLIFT_TEST_MODES=off,auto` restricts the modes (kept in canonical order).
fn selected_modes() -> Vec<&'static str> {
    let Ok(spec) = env::var("PYLIFT_TEST_MODES") else {
        return MODES.to_vec();
    };
    let wanted: Vec<&str> = spec.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    if let Some(bad) = wanted.iter().find(|w| !MODES.contains(w)) {
        fatal(&format!("unknown mode `{bad}` in PYLIFT_TEST_MODES (expected {MODES:?})"));
    }
    MODES.into_iter().filter(|m| wanted.contains(m)).collect()
}

// `option_env!` (always set under cargo) lets the file also build standalone
// with rustc, given PYLIFT_CASES_DIR and PYLIFT_BIN.
fn cases_dir() -> PathBuf {
    env::var_os("PYLIFT_CASES_DIR")
        .map(PathBuf::from)
        .or_else(|| option_env!("CARGO_MANIFEST_DIR").map(|root| Path::new(root).join("tests/cases")))
        .unwrap_or_else(|| fatal("set PYLIFT_CASES_DIR (not built by cargo)"))
}

/// `PYLIFT_BIN` wins; otherwise the binary cargo built for this test target.
fn pylift_binary() -> PathBuf {
    env::var_os("PYLIFT_BIN").map(PathBuf::from).or_else(|| option_env!("CARGO_BIN_EXE_pylift").map(PathBuf::from)).unwrap_or_else(|| fatal("set PYLIFT_BIN (not built by cargo)"))
}

fn read_optional(path: &Path) -> Option<String> {
    fs::read(path).ok().map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

fn load_cases(dir: &Path) -> Vec<Case> {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| fatal(&format!("cannot read {}: {e}", dir.display())));
    let mut names: Vec<String> = entries.filter_map(|entry| entry.ok()?.file_name().into_string().ok()).filter_map(|file| file.strip_suffix(".py").map(str::to_string)).collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let file = |ext: &str| dir.join(format!("{name}.{ext}"));
            let stdout = read_optional(&file("out")).unwrap_or_else(|| fatal(&format!("{name}.py has no {name}.out (run tests/cases/regen.sh)")));
            let err = read_optional(&file("err")).map(|s| s.trim_end().to_string());
            let code = match read_optional(&file("code")) {
                Some(text) => text.trim().parse().unwrap_or_else(|_| fatal(&format!("bad {name}.code"))),
                None => i32::from(err.is_some()),
            };
            let tb = read_optional(&file("tb"));
            Case { name, stdout, err, code, tb }
        })
        .collect()
}

fn load_known_failures(path: &Path) -> HashSet<String> {
    let text = read_optional(path).unwrap_or_default();
    text.lines().map(|line| line.split('#').next().unwrap_or_default().trim()).filter(|line| !line.is_empty()).map(str::to_string).collect()
}

/// Runs all jobs on a small thread pool, printing `test ...` lines in job order
/// as soon as every earlier job has finished.
fn run_all(binary: &Path, dir: &Path, cases: &[Case], jobs: &[Job], threads: usize, timeout: Duration) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Outcome)>();
    let mut slots: Vec<Option<Outcome>> = jobs.iter().map(|_| None).collect();
    thread::scope(|scope| {
        for _ in 0..threads.clamp(1, jobs.len().max(1)) {
            let (next, tx) = (&next, tx.clone());
            scope.spawn(move || loop {
                let index = next.fetch_add(1, Ordering::SeqCst);
                let Some(job) = jobs.get(index) else { break };
                let case = &cases[job.case];
                let outcome = match run_pylift(binary, dir, &case.name, job.mode, timeout) {
                    Ok(run) => judge(job, case, &run),
                    Err(e) => Outcome::Failed(vec![format!("  could not run pylift: {e}")]),
                };
                if tx.send((index, outcome)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut printed = 0;
        for (index, outcome) in rx {
            slots[index] = Some(outcome);
            while let Some(Some(outcome)) = slots.get(printed) {
                let verdict = match outcome {
                    Outcome::Ok => "ok",
                    Outcome::Failed(_) => "FAILED",
                    Outcome::ExpectedFailure => "xfail",
                    Outcome::UnexpectedPass => "XPASS (remove from KNOWN_FAILURES)",
                };
                println!("test case::{} ... {verdict}", jobs[printed].id);
                printed += 1;
            }
        }
    });
    slots.into_iter().map(|slot| slot.expect("every job reports an outcome")).collect()
}

fn run_pylift(binary: &Path, dir: &Path, name: &str, mode: &str, timeout: Duration) -> std::io::Result<RunOutput> {
    let mode_args: Vec<String> = match mode {
        "hot" => vec!["--jit=auto".into(), "--jit-threshold=2".into()],
        m => vec![format!("--jit={m}")],
    };
    let mut child = Command::new(binary).args(&mode_args).arg(format!("{name}.py")).current_dir(dir).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    let (status, timed_out) = loop {
        if let Some(status) = child.try_wait()? {
            break (status, false);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            break (child.wait()?, true);
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    // A leftover grandchild could keep the pipes open forever: bound the wait.
    let collect = |rx: mpsc::Receiver<Vec<u8>>| String::from_utf8_lossy(&rx.recv_timeout(Duration::from_secs(2)).unwrap_or_default()).into_owned();
    Ok(RunOutput { stdout: collect(stdout), stderr: collect(stderr), code: exit_code(status), timed_out })
}

/// Reads a child pipe to the end on its own thread so neither pipe can fill up.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut buf);
        }
        let _ = tx.send(buf);
    });
    rx
}

/// The exit code, with death by signal N reported as 128 + N like a shell does.
fn exit_code(status: ExitStatus) -> Option<i32> {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return Some(128 + signal);
        }
    }
    status.code()
}

fn judge(job: &Job, expected: &Case, run: &RunOutput) -> Outcome {
    match (compare(expected, run), job.known_failure) {
        (Ok(()), false) => Outcome::Ok,
        (Ok(()), true) => Outcome::UnexpectedPass,
        (Err(_), true) => Outcome::ExpectedFailure,
        (Err(details), false) => Outcome::Failed(details),
    }
}

fn compare(expected: &Case, run: &RunOutput) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    if run.timed_out {
        problems.push("  timeout".to_string());
    } else if run.stderr.contains("panicked at") || run.stderr.contains("RUST_BACKTRACE") {
        problems.push("  crash: Rust panic in pylift".to_string());
    }
    if run.stdout != expected.stdout {
        problems.extend(first_difference("stdout", &expected.stdout, &run.stdout));
    }
    if !run.timed_out && run.code != Some(expected.code) {
        let actual = run.code.map_or_else(|| "none".to_string(), |c| c.to_string());
        problems.push(format!("  exit code: expected {}, got {actual}", expected.code));
    }
    if let Some(want) = &expected.err {
        let got = run.stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or_default().trim_end();
        if got != want {
            problems.push("  last stderr line differs".to_string());
            problems.push(format!("    expected: {}", clip(want)));
            problems.push(format!("    actual:   {}", clip(got)));
        }
    }
    if let Some(tb) = &expected.tb {
        let (want, got) = (normalize_traceback(tb), normalize_traceback(&run.stderr));
        if want != got {
            problems.extend(first_difference("stderr (traceback)", &want, &got));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    let tail: Vec<&str> = run.stderr.lines().collect();
    if !tail.is_empty() {
        problems.push("  stderr tail:".to_string());
        let shown = tail.len().min(8);
        problems.extend(tail[tail.len() - shown..].iter().map(|line| format!("    | {}", clip(line))));
    }
    Err(problems)
}

fn first_difference(what: &str, expected: &str, actual: &str) -> Vec<String> {
    let (want, got): (Vec<&str>, Vec<&str>) = (expected.split('\n').collect(), actual.split('\n').collect());
    let line = want.iter().zip(&got).position(|(a, b)| a != b).unwrap_or(want.len().min(got.len()));
    let show = |lines: &[&str]| lines.get(line).map_or_else(|| "<end of output>".to_string(), |l| format!("{:?}", clip(l)));
    vec![
        format!("  {what} differs at line {} (expected {} lines, got {})", line + 1, expected.lines().count(), actual.lines().count()),
        format!("    expected: {}", show(&want)),
        format!("    actual:   {}", show(&got)),
    ]
}

/// Reduces `File "dir/x.py"` to `File "x.py"`.
fn normalize_traceback(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        match line.strip_prefix("  File \"").and_then(|rest| rest.split_once('"')) {
            Some((path, rest)) => {
                let base = path.rsplit(['/', '\\']).next().unwrap_or(path);
                out.push_str(&format!("  File \"{base}\"{rest}"));
            }
            None => out.push_str(line.trim_end()),
        }
        out.push('\n');
    }
    out
}

fn clip(line: &str) -> String {
    const LIMIT: usize = 160;
    match line.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}...", &line[..cut]),
        None => line.to_string(),
    }
}
