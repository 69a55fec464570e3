//! `--compare`: runs the program twice, interpreter only and tiered, each in
//! a child process of this binary (so the two runs share no runtime state),
//! checks that their stdout and exit status agree, and reports both wall
//! times and the speedup on stderr. The tiered run's stdout is passed on, so
//! `--compare` can stand in for a plain run.

use crate::cli::{Options, Source};
use pylift_runtime::interp::JitMode;
use std::io::IsTerminal;
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Exit status when the two runs disagree.
pub const EXIT_DIFFERENT: u8 = 3;

/// The first line where two outputs differ: its number (from 1) and both
/// versions (`None`: that output ended before this line).
#[derive(Debug, PartialEq, Eq)]
pub struct Difference {
    pub line: usize,
    pub left: Option<String>,
    pub right: Option<String>,
}

/// Compares two outputs line by line (a missing final newline counts).
pub fn first_difference(left: &[u8], right: &[u8]) -> Option<Difference> {
    if left == right {
        return None;
    }
    let mut l = left.split_inclusive(|&b| b == b'\n');
    let mut r = right.split_inclusive(|&b| b == b'\n');
    let mut line = 1;
    loop {
        match (l.next(), r.next()) {
            (Some(a), Some(b)) if a == b => line += 1,
            (a, b) => {
                let show = |x: Option<&[u8]>| x.map(|s| String::from_utf8_lossy(s).into_owned());
                return Some(Difference { line, left: show(a), right: show(b) });
            }
        }
    }
}

struct RunResult {
    stdout: Vec<u8>,
    code: Option<i32>,
    wall: Duration,
}

fn mode_flag(m: JitMode) -> &'static str {
    match m {
        JitMode::Off => "--jit=off",
        JitMode::Auto => "--jit=auto",
        JitMode::Eager => "--jit=eager",
    }
}

/// What a run reads on stdin.
enum Input {
    /// This process's stdin (a terminal: an interactive run cannot be replayed).
    Inherit,
    /// These bytes, then end of file.
    Bytes(Vec<u8>),
    /// This process's stdin, forwarded as the run reads it and kept, so the
    /// next run is given exactly what arrived (never read up front: a pipe
    /// nobody closes must not hang a program that does not read it).
    Tee(Arc<Mutex<Vec<u8>>>),
}

/// Forwards this process's stdin to `pipe`, keeping a copy, until either
/// side ends (a thread: it may stay blocked on a silent pipe; the process
/// exits without waiting for it).
fn tee_stdin(mut pipe: std::process::ChildStdin, kept: Arc<Mutex<Vec<u8>>>) {
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        let mut stdin = std::io::stdin();
        loop {
            let n = match stdin.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            if let Ok(mut k) = kept.lock() {
                k.extend_from_slice(&buf[..n]);
            }
            if pipe.write_all(&buf[..n]).is_err() {
                break;
            }
        }
    });
}

fn run_child(opts: &Options, mode: JitMode, stdin: &Input) -> Result<RunResult, String> {
    let exe = std::env::current_exe().map_err(|e| format!("pylift: --compare cannot find its own binary: {e}"))?;
    let mut cmd = Command::new(exe);
    cmd.arg(mode_flag(mode));
    if let Some(t) = opts.jit_threshold {
        cmd.arg(format!("--jit-threshold={t}"));
    }
    cmd.arg(if opts.jit_background { "--jit-background=on" } else { "--jit-background=off" });
    match &opts.source {
        Source::File(p) => {
            cmd.arg(p);
        }
        Source::Command(c) => {
            cmd.arg("-c").arg(c);
        }
        // `finish` refuses --compare without a program.
        Source::Stdin | Source::Nothing => {
            cmd.arg("-");
        }
    }
    cmd.args(opts.argv.iter().skip(1));
    cmd.env_remove("PYLIFT_DUMP").env_remove("PYLIFT_JIT");
    cmd.stdout(Stdio::piped()).stderr(Stdio::inherit());
    cmd.stdin(if matches!(stdin, Input::Inherit) { Stdio::inherit() } else { Stdio::piped() });
    let t0 = Instant::now();
    let mut child = cmd.spawn().map_err(|e| format!("pylift: --compare cannot start a run: {e}"))?;
    match (stdin, child.stdin.take()) {
        // A program that stops reading early closes the pipe: not an error.
        (Input::Bytes(data), Some(mut pipe)) => {
            let _ = pipe.write_all(data);
        }
        (Input::Tee(kept), Some(pipe)) => tee_stdin(pipe, kept.clone()),
        _ => {}
    }
    let mut stdout = Vec::new();
    if let Some(mut out) = child.stdout.take() {
        out.read_to_end(&mut stdout).map_err(|e| format!("pylift: --compare cannot read a run's output: {e}"))?;
    }
    let status = child.wait().map_err(|e| format!("pylift: --compare lost a run: {e}"))?;
    Ok(RunResult { stdout, code: status.code(), wall: t0.elapsed() })
}

fn show_line(x: &Option<String>) -> String {
    match x {
        // Debug form: a missing final newline shows.
        Some(s) => format!("{s:?}"),
        None => "<end of output>".to_string(),
    }
}

/// Runs both tiers and reports; returns the exit status.
pub fn run(opts: &Options) -> u8 {
    // Both runs see the same stdin: a `-` program is read up front; input a
    // script reads is teed from the first run to the second.
    let first = if matches!(opts.source, Source::Stdin) {
        let mut buf = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
            eprintln!("pylift: cannot read stdin: {e}");
            return 1;
        }
        Input::Bytes(buf)
    } else if std::io::stdin().is_terminal() {
        Input::Inherit
    } else {
        Input::Tee(Arc::new(Mutex::new(Vec::new())))
    };
    let tiered = if opts.jit == JitMode::Off { JitMode::Auto } else { opts.jit };
    let runs = run_child(opts, JitMode::Off, &first).and_then(|a| {
        // The second run reads what the first was given.
        let second = match &first {
            Input::Tee(kept) => Input::Bytes(kept.lock().map(|k| k.clone()).unwrap_or_default()),
            Input::Bytes(b) => Input::Bytes(b.clone()),
            Input::Inherit => Input::Inherit,
        };
        run_child(opts, tiered, &second).map(|b| (a, b))
    });
    let (interp, jit) = match runs {
        Ok(r) => r,
        Err(msg) => {
            eprintln!("{msg}");
            return 1;
        }
    };
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(&jit.stdout);
    let _ = out.flush();
    let (a, b) = (mode_flag(JitMode::Off), mode_flag(tiered));
    let w = a.len().max(b.len());
    let mut e = std::io::stderr().lock();
    let mut same = true;
    if let Some(d) = first_difference(&interp.stdout, &jit.stdout) {
        same = false;
        let _ = writeln!(e, "pylift --compare: STDOUT DIFFERS at line {}:", d.line);
        let _ = writeln!(e, "  {a:<w$}  {}", show_line(&d.left));
        let _ = writeln!(e, "  {b:<w$}  {}", show_line(&d.right));
    }
    if interp.code != jit.code {
        same = false;
        let _ = writeln!(e, "pylift --compare: EXIT STATUS DIFFERS: {a} {:?}, {b} {:?}", interp.code, jit.code);
    }
    if same {
        let lines = jit.stdout.split(|&c| c == b'\n').count().saturating_sub(usize::from(jit.stdout.ends_with(b"\n")));
        let _ = writeln!(e, "pylift --compare: stdout identical ({lines} lines, {} bytes), exit status {:?} in both", jit.stdout.len(), jit.code);
    }
    let (ti, tj) = (interp.wall.as_secs_f64(), jit.wall.as_secs_f64());
    let _ = writeln!(e, "  {a:<w$}  {ti:.3} s");
    let _ = writeln!(e, "  {b:<w$}  {tj:.3} s");
    let _ = writeln!(e, "  speedup   {:.2}x (wall times of the two runs, process start included)", if tj > 0.0 { ti / tj } else { 0.0 });
    if !same {
        return EXIT_DIFFERENT;
    }
    jit.code.map_or(1, |c| c.clamp(0, 255) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_outputs_have_no_difference() {
        assert_eq!(first_difference(b"a\nb\n", b"a\nb\n"), None);
        assert_eq!(first_difference(b"", b""), None);
    }

    #[test]
    fn reports_the_first_differing_line() {
        let d = first_difference(b"a\nb\nc\n", b"a\nB\nc\n").unwrap();
        assert_eq!(d, Difference { line: 2, left: Some("b\n".into()), right: Some("B\n".into()) });
    }

    #[test]
    fn a_shorter_output_ends_first() {
        let d = first_difference(b"a\nb\n", b"a\n").unwrap();
        assert_eq!(d, Difference { line: 2, left: Some("b\n".into()), right: None });
        let d = first_difference(b"", b"x").unwrap();
        assert_eq!(d, Difference { line: 1, left: None, right: Some("x".into()) });
    }

    #[test]
    fn a_missing_final_newline_is_a_difference() {
        let d = first_difference(b"a\nb\n", b"a\nb").unwrap();
        assert_eq!(d.line, 2);
        assert_eq!((show_line(&d.left), show_line(&d.right)), ("\"b\\n\"".to_string(), "\"b\"".to_string()));
    }
}
