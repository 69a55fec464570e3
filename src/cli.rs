//! Command-line options, declared once in `OPTIONS`: `--help` is generated
//! from the table. Parsing stops at the script name (or `-c`/`-`), like
//! python3, so everything after it goes to `sys.argv`.

use pylift_runtime::interp::JitMode;
use std::ffi::OsString;
use std::path::PathBuf;

pub enum Source {
    File(PathBuf),
    Command(String),
    Stdin,
}

pub struct Options {
    pub source: Source,
    pub argv: Vec<String>,
    pub jit: JitMode,
    pub jit_threshold: Option<u32>,
}

pub enum Action {
    Run(Options),
    Exit(u8),
}

/// (flag, environment variable, default, description)
pub const OPTIONS: &[(&str, &str, &str, &str)] = &[
    ("--jit=off|auto|eager", "PYLIFT_JIT", "auto", "execution tiers: interpreter only, tiered (interpreter then native code for hot code), or compile everything at first use"),
    ("--jit-threshold=N", "", "100 calls / 1000 loop iterations", "calls or loop back-edges before code is compiled (both)"),
    ("-c CMD", "", "", "run the program passed as a string"),
    ("-", "", "", "read the program from standard input"),
    ("--version, -V", "", "", "print the version and exit"),
    ("--help, -h", "", "", "print this help and exit"),
];

fn help() -> String {
    let mut s = String::from("usage: pylift [option] ... [-c cmd | file | -] [arg] ...\n\nOptions:\n");
    for (flag, env, default, desc) in OPTIONS {
        s.push_str(&format!("  {flag:<22} {desc}"));
        if !default.is_empty() {
            s.push_str(&format!(" (default: {default})"));
        }
        if !env.is_empty() {
            s.push_str(&format!(" [env: {env}]"));
        }
        s.push('\n');
    }
    s
}

fn parse_jit(v: &str) -> Result<JitMode, String> {
    match v {
        "off" => Ok(JitMode::Off),
        "auto" => Ok(JitMode::Auto),
        "eager" => Ok(JitMode::Eager),
        other => Err(format!("pylift: invalid --jit mode '{other}' (expected off, auto or eager)")),
    }
}

pub fn parse(args: impl Iterator<Item = OsString>) -> Result<Action, String> {
    let mut jit = match std::env::var("PYLIFT_JIT") {
        Ok(v) if !v.is_empty() => parse_jit(&v)?,
        _ => JitMode::Auto,
    };
    let mut jit_threshold = None;
    let mut args: Vec<String> = args.map(|a| a.to_string_lossy().into_owned()).collect::<Vec<_>>();
    args.reverse();
    while let Some(a) = args.pop() {
        match a.as_str() {
            "-h" | "--help" => {
                print!("{}", help());
                return Ok(Action::Exit(0));
            }
            "-V" | "--version" => {
                println!("pylift {} (Python 3.11 compatible)", env!("CARGO_PKG_VERSION"));
                return Ok(Action::Exit(0));
            }
            "-c" => {
                let code = args.pop().ok_or("Argument expected for the -c option")?;
                let mut argv = vec!["-c".to_string()];
                argv.extend(args.into_iter().rev());
                return Ok(Action::Run(Options { source: Source::Command(code), argv, jit, jit_threshold }));
            }
            "-" => {
                let mut argv = vec!["-".to_string()];
                argv.extend(args.into_iter().rev());
                return Ok(Action::Run(Options { source: Source::Stdin, argv, jit, jit_threshold }));
            }
            "--jit" => {
                let v = args.pop().ok_or("pylift: --jit needs a value")?;
                jit = parse_jit(&v)?;
            }
            s if s.starts_with("--jit=") => jit = parse_jit(&s[6..])?,
            s if s.starts_with("--jit-threshold=") => {
                let n = s["--jit-threshold=".len()..].parse::<u32>().map_err(|_| format!("pylift: invalid --jit-threshold '{}'", &s[16..]))?;
                jit_threshold = Some(n);
            }
            // python3 flags that change nothing here.
            "-S" | "-s" | "-E" | "-B" | "-u" | "-I" | "-O" => {}
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("pylift: unknown option {s}")),
            _ => {
                let mut argv = vec![a.clone()];
                argv.extend(args.into_iter().rev());
                return Ok(Action::Run(Options { source: Source::File(PathBuf::from(a)), argv, jit, jit_threshold }));
            }
        }
    }
    // No script: read the program from stdin (the REPL comes later).
    Ok(Action::Run(Options { source: Source::Stdin, argv: vec![String::new()], jit, jit_threshold }))
}
