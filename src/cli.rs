//! Command-line options, declared once in `OPTIONS`: `--help` is generated
//! from the table. Parsing stops at the script name (or `-c`/`-`), like
//! python3, so everything after it goes to `sys.argv`.

use pylift_runtime::interp::JitMode;
use pylift_runtime::tooling::{DumpRequest, StatsOutput};
use std::ffi::OsString;
use std::path::PathBuf;

pub enum Source {
    File(PathBuf),
    Command(String),
    Stdin,
    /// No program: only the interactive prompt.
    Nothing,
}

pub struct Options {
    pub source: Source,
    pub argv: Vec<String>,
    pub jit: JitMode,
    pub jit_threshold: Option<u32>,
    /// Generate machine code on a background thread (`--jit=auto` only).
    pub jit_background: bool,
    pub tools: Tools,
    /// Start the interactive prompt (after the program, if there is one).
    pub interactive: bool,
}

/// The reporting flags (`--stats`, `--compare`, `--dump`, ...).
#[derive(Default)]
pub struct Tools {
    pub stats: Option<StatsOutput>,
    pub compare: bool,
    pub perf_map: bool,
    pub jitdump: bool,
    pub explain: bool,
    pub dumps: Vec<DumpRequest>,
    /// `--profile` (Some(None)) or `--profile=FILE.svg`.
    pub profile: Option<Option<PathBuf>>,
}

impl Tools {
    /// Whether anything besides `--compare` was asked for.
    fn any_report(&self) -> bool {
        self.stats.is_some() || self.perf_map || self.jitdump || self.explain || !self.dumps.is_empty() || self.profile.is_some()
    }
}

pub enum Action {
    Run(Options),
    Exit(u8),
}

/// (flag, environment variable, default, description)
pub const OPTIONS: &[(&str, &str, &str, &str)] = &[
    ("--jit=off|auto|eager", "PYLIFT_JIT", "auto", "execution tiers: interpreter only, tiered (interpreter then native code for hot code), or compile everything at first use"),
    ("--jit-threshold=N", "", "100 calls / 1000 loop iterations", "calls or loop back-edges before code is compiled (both)"),
    ("--jit-background=on|off", "PYLIFT_JIT_BACKGROUND", "on", "with --jit=auto, generate machine code on a background thread while the program runs on in the interpreter (off: the program waits for each compilation, as with --jit=eager)"),
    ("--stats[=json[:FILE]]", "", "pylift-stats.json", "at exit, print the JIT and runtime counters (compiles, OSR entries, deopts and refusals by reason, calls and loop iterations by tier, time per tier) to stderr, or write them as JSON to FILE"),
    ("--compare", "", "", "run the program twice, interpreter only (--jit=off) and tiered (--jit=auto, or the --jit given), check that stdout is identical (exit 3 if not, showing the first differing line) and print both wall times and the speedup"),
    ("--perf-map", "", "", "write /tmp/perf-<pid>.map (address, size, py::module::function of every compiled function) for `perf report`"),
    ("--jitdump", "", "", "write /tmp/jit-<pid>.dump (perf's jitdump: name, address and machine code of every compiled function) for `perf record -k mono` + `perf inject --jit`"),
    ("--dump=KIND[:NAME]", "PYLIFT_DUMP", "", "dump function NAME (or every function) to stderr: KIND is bytecode, clif (Cranelift IR when compiled) or asm (machine code when compiled); addresses print as <addr>"),
    ("--profile[=FILE.svg]", "", "", "sample the Python stack every ms of CPU time; at exit print the functions that took the time (self and total, self by tier) to stderr, and with FILE.svg write a flame graph"),
    ("--explain", "", "", "at exit, for the hottest functions: compiled or not and why (refuse_* reason), and every deopt site with its line, reason and count"),
    ("-i", "", "", "after the program (or with none), start the interactive prompt; without a program and with a terminal on stdin it starts anyway"),
    ("-c CMD", "", "", "run the program passed as a string"),
    ("-", "", "", "read the program from standard input"),
    ("--version, -V", "", "", "print the version and exit"),
    ("--help, -h", "", "", "print this help and exit"),
];

fn help() -> String {
    let mut s = String::from("usage: pylift [option] ... [-c cmd | file | -] [arg] ...\n\nOptions:\n");
    for (flag, env, default, desc) in OPTIONS {
        s.push_str(&format!("  {flag:<24} {desc}"));
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

fn parse_on_off(flag: &str, v: &str) -> Result<bool, String> {
    match v {
        "on" => Ok(true),
        "off" => Ok(false),
        other => Err(format!("pylift: invalid {flag} value '{other}' (expected on or off)")),
    }
}

fn parse_stats(v: &str) -> Result<StatsOutput, String> {
    match v {
        "" | "text" => Ok(StatsOutput::Text),
        "json" => Ok(StatsOutput::Json(PathBuf::from("pylift-stats.json"))),
        s if s.starts_with("json:") && s.len() > 5 => Ok(StatsOutput::Json(PathBuf::from(&s[5..]))),
        other => Err(format!("pylift: invalid --stats value '{other}' (expected --stats, --stats=json or --stats=json:FILE)")),
    }
}

/// Checks flag combinations once the whole command line is read.
fn finish(o: Options) -> Result<Action, String> {
    if o.tools.compare && o.tools.any_report() {
        return Err("pylift: --compare runs the program twice: use --stats, --dump, --perf-map, --jitdump, --explain and --profile without it".into());
    }
    if o.tools.compare && (o.interactive || matches!(o.source, Source::Nothing)) {
        return Err("pylift: --compare needs a program (a file, -c CMD or -) and does not start the prompt".into());
    }
    if o.jit == JitMode::Off {
        if let Some(d) = o.tools.dumps.iter().find(|d| d.kind != pylift_runtime::tooling::DumpKind::Bytecode) {
            return Err(format!("pylift: --dump={} needs the JIT, but --jit=off was given", d.kind.name()));
        }
    }
    Ok(Action::Run(o))
}

pub fn parse(args: impl Iterator<Item = OsString>) -> Result<Action, String> {
    let mut jit = match std::env::var("PYLIFT_JIT") {
        Ok(v) if !v.is_empty() => parse_jit(&v)?,
        _ => JitMode::Auto,
    };
    let mut tools = Tools::default();
    // PYLIFT_DUMP=KIND[:NAME] is `--dump=KIND[:NAME]`.
    if let Ok(v) = std::env::var("PYLIFT_DUMP") {
        if !v.is_empty() {
            tools.dumps.push(DumpRequest::parse(&v).map_err(|e| format!("{e} (in PYLIFT_DUMP)"))?);
        }
    }
    let mut jit_threshold = None;
    let mut jit_background = match std::env::var("PYLIFT_JIT_BACKGROUND") {
        Ok(v) if !v.is_empty() => parse_on_off("PYLIFT_JIT_BACKGROUND", &v)?,
        _ => true,
    };
    let mut interactive = false;
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
                return finish(Options { source: Source::Command(code), argv, jit, jit_threshold, jit_background, tools, interactive });
            }
            "-" => {
                let mut argv = vec!["-".to_string()];
                argv.extend(args.into_iter().rev());
                return finish(Options { source: Source::Stdin, argv, jit, jit_threshold, jit_background, tools, interactive });
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
            s if s.starts_with("--jit-background=") => jit_background = parse_on_off("--jit-background", &s["--jit-background=".len()..])?,
            "--stats" => tools.stats = Some(StatsOutput::Text),
            s if s.starts_with("--stats=") => tools.stats = Some(parse_stats(&s[8..])?),
            "--compare" => tools.compare = true,
            "--perf-map" => tools.perf_map = true,
            "--jitdump" => tools.jitdump = true,
            "--explain" => tools.explain = true,
            "--profile" => tools.profile = Some(None),
            s if s.starts_with("--profile=") => {
                let f = &s["--profile=".len()..];
                if !f.ends_with(".svg") || f.len() <= 4 {
                    return Err(format!("pylift: --profile={f}: the flame graph file must end in .svg"));
                }
                tools.profile = Some(Some(PathBuf::from(f)));
            }
            "--dump" => return Err("pylift: --dump needs a value: --dump=bytecode:NAME, --dump=clif:NAME or --dump=asm:NAME".into()),
            s if s.starts_with("--dump=") => tools.dumps.push(DumpRequest::parse(&s[7..])?),
            // python3 flags that change nothing here.
            "-i" => interactive = true,
            "-S" | "-s" | "-E" | "-B" | "-u" | "-I" | "-O" => {}
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("pylift: unknown option {s}")),
            _ => {
                let mut argv = vec![a.clone()];
                argv.extend(args.into_iter().rev());
                return finish(Options { source: Source::File(PathBuf::from(a)), argv, jit, jit_threshold, jit_background, tools, interactive });
            }
        }
    }
    // No script: the prompt on a terminal (or with -i), else the program
    // is read from stdin, as python3 does.
    use std::io::IsTerminal;
    let source = if interactive || std::io::stdin().is_terminal() { Source::Nothing } else { Source::Stdin };
    let interactive = matches!(source, Source::Nothing);
    finish(Options { source, argv: vec![String::new()], jit, jit_threshold, jit_background, tools, interactive })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_args(args: &[&str]) -> Result<Options, String> {
        match parse(args.iter().map(OsString::from))? {
            Action::Run(o) => Ok(o),
            Action::Exit(_) => Err("exited".into()),
        }
    }

    #[test]
    fn reporting_flags_parse() {
        let o = parse_args(&["--stats=json:out.json", "--perf-map", "--jitdump", "--explain", "--dump=asm:f", "--dump=bytecode", "--profile=p.svg", "x.py", "--stats"]).unwrap();
        assert_eq!(o.tools.stats, Some(StatsOutput::Json(PathBuf::from("out.json"))));
        assert!(o.tools.perf_map && o.tools.jitdump && o.tools.explain);
        assert_eq!(o.tools.dumps.len(), 2);
        assert_eq!(o.tools.profile, Some(Some(PathBuf::from("p.svg"))));
        // Flags after the script belong to the script.
        assert_eq!(o.argv, vec!["x.py", "--stats"]);
        assert_eq!(parse_args(&["--stats=json", "x.py"]).unwrap().tools.stats, Some(StatsOutput::Json(PathBuf::from("pylift-stats.json"))));
        assert_eq!(parse_args(&["--stats", "x.py"]).unwrap().tools.stats, Some(StatsOutput::Text));
    }

    #[test]
    fn bad_combinations_are_usage_errors() {
        for (args, msg) in [
            (&["--stats=csv", "x.py"][..], "invalid --stats value 'csv'"),
            (&["--profile=p.png", "x.py"][..], "must end in .svg"),
            (&["--compare", "--explain", "x.py"][..], "--compare runs the program twice"),
            (&["--jit=off", "--dump=asm:f", "x.py"][..], "needs the JIT"),
            (&["--dump", "x.py"][..], "--dump needs a value"),
        ] {
            let e = parse_args(args).err().unwrap_or_else(|| panic!("{args:?} parsed"));
            assert!(e.contains(msg), "{args:?}: {e}");
        }
        assert!(parse_args(&["--jit=off", "--dump=bytecode:f", "x.py"]).is_ok());
    }
}
