//! The `pylift` command: parses the command line like `python3` and runs the
//! script in the runtime (interpreter and, with the JIT enabled, native code).

mod alloc;
mod cli;
mod compare;
mod flamegraph;
mod repl;

use pylift_runtime::interp::JitMode;
use std::io::Read;
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: alloc::Mimalloc = alloc::Mimalloc;

fn main() -> ExitCode {
    install_panic_hook();
    let mut opts = match cli::parse(std::env::args_os().skip(1)) {
        Ok(cli::Action::Run(o)) => o,
        Ok(cli::Action::Exit(code)) => return ExitCode::from(code),
        Err(msg) => {
            eprintln!("{msg}");
            eprintln!("usage: pylift [option] ... [-c cmd | file | -] [arg] ...");
            eprintln!("Try `pylift --help' for more information.");
            return ExitCode::from(2);
        }
    };
    if opts.tools.compare {
        return ExitCode::from(compare::run(&opts));
    }
    let tooling = match tooling_of(&mut opts.tools) {
        Ok(t) => t,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let (source, path) = match load_source(&opts.source) {
        Ok(s) => s,
        Err((msg, code)) => {
            eprintln!("{msg}");
            return ExitCode::from(code);
        }
    };
    let argv = opts.argv.clone();
    let mode = opts.jit;
    let interactive: Option<pylift_runtime::repl::LineSourceFactory> = if opts.interactive {
        if matches!(opts.source, cli::Source::Nothing) {
            eprintln!(
                "pylift {} (Python 3.11 compatible; JIT: {}) on {}",
                env!("CARGO_PKG_VERSION"),
                match mode {
                    JitMode::Off => "off",
                    JitMode::Auto => "auto",
                    JitMode::Eager => "eager",
                },
                std::env::consts::OS
            );
            eprintln!("Type exit() or Ctrl-D to leave.");
        }
        Some(Box::new(repl::line_source))
    } else {
        None
    };
    let threshold = opts.jit_threshold;
    let background = opts.jit_background;
    // The interpreter runs on a thread with a large stack so deep recursion
    // reaches Python's recursion limit long before the native stack ends.
    let worker = std::thread::Builder::new().name("pylift".into()).stack_size(pylift_runtime::VM_THREAD_STACK).spawn(move || {
        // The JIT tier is built here, in the binary, so the runtime never
        // depends on the compiler crate.
        let backend: Option<Box<dyn pylift_runtime::jit::JitBackend>> = match mode {
            JitMode::Off => None,
            // Built on a helper thread while the script is parsed.
            _ => Some(Box::new(pylift_compiler::DeferredJit::spawn(mode == JitMode::Auto, mode == JitMode::Auto && background))),
        };
        let config = pylift_runtime::run::JitConfig { backend, threshold, background };
        let code = pylift_runtime::run::run_main(&source, &path, argv, mode, config, tooling, interactive);
        exit_now(code.clamp(0, 255));
    });
    match worker {
        Ok(handle) => match handle.join() {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::from(70),
        },
        Err(e) => {
            eprintln!("pylift: cannot start the interpreter thread: {e}");
            ExitCode::from(70)
        }
    }
}

/// Ends the process from the interpreter thread once the program is done
/// (its output flushed, its finalizers run): the runtime's thread-local
/// state is not torn down object by object (CPython also skips most of
/// that), and neither are the C atexit handlers: the only one is
/// mimalloc's, which walks every arena and hands free pages back to the
/// kernel (`madvise`) just before the kernel takes the whole address space
/// anyway; 0.25-0.35 ms of every run, an empty script's 2.7 -> 2.4 ms.
fn exit_now(code: i32) -> ! {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // SAFETY: `_exit` ends the process at once; no Rust state outlives it.
    unsafe { libc::_exit(code) }
}

/// The runtime's side of the reporting flags.
fn tooling_of(t: &mut cli::Tools) -> Result<pylift_runtime::tooling::Tooling, String> {
    let perf_map =
        if t.perf_map { Some(pylift_runtime::perf_map::PerfMap::create().map_err(|e| format!("pylift: --perf-map: cannot create /tmp/perf-{}.map: {e}", std::process::id()))?) } else { None };
    let jitdump = if t.jitdump { Some(pylift_runtime::jitdump::JitDump::create().map_err(|e| format!("pylift: --jitdump: cannot create /tmp/jit-{}.dump: {e}", std::process::id()))?) } else { None };
    let profile = t.profile.take().map(|svg| pylift_runtime::tooling::ProfileRequest { svg: svg.map(|p| (p, flamegraph::write as pylift_runtime::tooling::FlameGraphWriter)) });
    Ok(pylift_runtime::tooling::Tooling { stats: t.stats.take(), dumps: std::mem::take(&mut t.dumps), perf_map, jitdump, explain: t.explain, profile })
}

/// A bug in pylift must read as one, not as a Rust panic dump.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info.payload().downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| info.payload().downcast_ref::<String>().cloned()).unwrap_or_else(|| "unknown failure".into());
        let loc = info.location().map(|l| format!(" ({}:{})", l.file(), l.line())).unwrap_or_default();
        let _ = std::io::Write::flush(&mut std::io::stdout());
        eprintln!("pylift: internal error: {msg}{loc}");
        eprintln!("This is a bug in pylift, not in your program. Please report it with the script that triggered it.");
    }));
}

fn load_source(src: &cli::Source) -> Result<(String, String), (String, u8)> {
    match src {
        cli::Source::Command(code) => Ok((code.clone(), "<string>".to_string())),
        cli::Source::Nothing => Ok((String::new(), "<stdin>".to_string())),
        cli::Source::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map_err(|e| (format!("pylift: cannot read stdin: {e}"), 1))?;
            decode(buf, "<stdin>").map(|s| (s, "<stdin>".to_string()))
        }
        cli::Source::File(p) => {
            let abs = std::path::absolute(p).unwrap_or_else(|_| p.clone());
            let shown = abs.to_string_lossy().into_owned();
            if abs.is_dir() {
                return Err((format!("pylift: can't find '__main__' module in '{}'", p.display()), 1));
            }
            let bytes = std::fs::read(&abs).map_err(|e| {
                let errno = e.raw_os_error().unwrap_or(2);
                (format!("pylift: can't open file '{shown}': [Errno {errno}] {}", describe_io(&e)), 2)
            })?;
            decode(bytes, &shown).map(|s| (s, shown))
        }
    }
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

/// Source text must be UTF-8 (PEP 3120), optionally with a BOM.
fn decode(bytes: Vec<u8>, shown: &str) -> Result<String, (String, u8)> {
    let bytes = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) { bytes[3..].to_vec() } else { bytes };
    String::from_utf8(bytes).map_err(|e| {
        let pos = e.utf8_error().valid_up_to();
        let byte = e.as_bytes().get(pos).copied().unwrap_or(0);
        let line = e.as_bytes()[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
        (format!("SyntaxError: Non-UTF-8 code starting with '\\x{byte:02x}' in file {shown} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"), 1)
    })
}
