//! What the command line asked the runtime to report (`--stats`, `--dump`,
//! `--perf-map`, `--explain`), and the reports made at exit. The options
//! themselves are parsed by the binary (`src/cli.rs`, the options table);
//! this is the runtime's side of them. Nothing here runs unless asked for.

use crate::bytecode::Code;
use crate::interp::Vm;
use std::cell::Cell;
use std::io::Write;
use std::path::PathBuf;

/// Where `--stats` goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatsOutput {
    /// A table on stderr.
    Text,
    /// JSON written to this file (`--stats=json` writes `pylift-stats.json`).
    Json(PathBuf),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DumpKind {
    Bytecode,
    Clif,
    Asm,
}

impl DumpKind {
    pub fn name(self) -> &'static str {
        match self {
            DumpKind::Bytecode => "bytecode",
            DumpKind::Clif => "clif",
            DumpKind::Asm => "asm",
        }
    }
}

/// `--dump=KIND[:NAME]`: one function by name (its qualified name, or its
/// plain name), or every function without NAME.
#[derive(Debug)]
pub struct DumpRequest {
    pub kind: DumpKind,
    pub name: Option<String>,
    /// Whether something was dumped (else the run ends with a note why not).
    pub done: Cell<bool>,
}

impl DumpRequest {
    /// Parses the value of `--dump=` (`bytecode:NAME`, `clif:NAME`,
    /// `asm:NAME`, or a kind alone for every function).
    pub fn parse(v: &str) -> Result<DumpRequest, String> {
        let (kind, name) = match v.split_once(':') {
            Some((k, n)) => (k, Some(n)),
            None => (v, None),
        };
        let kind = match kind {
            "bytecode" => DumpKind::Bytecode,
            "clif" => DumpKind::Clif,
            "asm" => DumpKind::Asm,
            other => return Err(format!("pylift: invalid --dump kind '{other}' (expected bytecode, clif or asm, as --dump=KIND:FUNCTION)")),
        };
        if name == Some("") {
            return Err(format!("pylift: --dump={}: needs a function name after ':'", kind.name()));
        }
        Ok(DumpRequest { kind, name: name.map(str::to_string), done: Cell::new(false) })
    }

    fn matches(&self, kind: DumpKind, code: &Code) -> bool {
        self.kind == kind && self.name.as_deref().is_none_or(|n| n == code.qualname_str() || n == code.name_str())
    }
}

/// Writes a flame graph of folded stacks (`a;b;c`, samples) to a file; the
/// binary provides it (the runtime does not depend on the SVG crate).
pub type FlameGraphWriter = fn(&[(String, u64)], &std::path::Path) -> Result<(), String>;

/// `--profile[=FILE.svg]`.
pub struct ProfileRequest {
    pub svg: Option<(PathBuf, FlameGraphWriter)>,
}

#[derive(Default)]
pub struct Tooling {
    pub stats: Option<StatsOutput>,
    pub dumps: Vec<DumpRequest>,
    pub perf_map: Option<crate::perf_map::PerfMap>,
    pub jitdump: Option<crate::jitdump::JitDump>,
    pub explain: bool,
    pub profile: Option<ProfileRequest>,
}

impl Tooling {
    /// Whether native code must count loop iterations and the clock run.
    pub fn counting(&self) -> bool {
        self.stats.is_some() || self.explain
    }

    /// (clif, asm): whether a compilation of `code` must return its text.
    pub fn wants_native_text(&self, code: &Code) -> (bool, bool) {
        let want = |k| self.dumps.iter().any(|d| d.matches(k, code));
        (want(DumpKind::Clif), want(DumpKind::Asm))
    }

    /// Prints the text a compilation of `code` returned for the dumps.
    pub fn print_native_text(&self, code: &Code, kind: DumpKind, text: &str) {
        print_dump(text);
        for d in self.dumps.iter().filter(|d| d.matches(kind, code)) {
            d.done.set(true);
        }
    }

    /// `--dump=bytecode[:NAME]` for a module about to run: the whole module
    /// without a name, else every code object of that name in it.
    pub fn dump_bytecode(&self, module: &Code) {
        for d in self.dumps.iter().filter(|d| d.kind == DumpKind::Bytecode) {
            if d.name.is_none() {
                print_dump(&crate::bytecode::disassemble(module));
                d.done.set(true);
                continue;
            }
            let mut found = Vec::new();
            visit_codes(module, &mut |c| {
                if d.matches(DumpKind::Bytecode, c) {
                    found.push(crate::bytecode::disassemble_one(c));
                }
            });
            for text in found {
                print_dump(&text);
                d.done.set(true);
            }
        }
    }
}

/// Calls `f` on `code` and every code object nested in it.
pub fn visit_codes(code: &Code, f: &mut dyn FnMut(&Code)) {
    f(code);
    for c in code.codes.iter() {
        visit_codes(c, f);
    }
}

/// Appends `code` and every code object nested in it to `out`.
pub fn collect_codes<'a>(code: &'a Code, out: &mut Vec<&'a Code>) {
    out.push(code);
    for c in code.codes.iter() {
        collect_codes(c, out);
    }
}

/// Dumps go to stderr, after the program's buffered output so far.
pub fn print_dump(text: &str) {
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(text.as_bytes());
    if !text.ends_with('\n') {
        let _ = e.write_all(b"\n");
    }
}

impl Vm {
    /// Every code object of every module run so far.
    pub fn all_codes(&self) -> Vec<&Code> {
        let mut out = Vec::new();
        for m in &self.module_codes {
            collect_codes(m, &mut out);
        }
        out
    }

    /// The reports due at exit (`--stats`, `--explain`, notes about dumps
    /// that found nothing). Errors writing a report are reported, not fatal.
    pub fn report_at_exit(&mut self) {
        self.flush_stdout();
        if let Some(req) = self.tooling.profile.take() {
            let (samples, dropped) = crate::profile::stop();
            let p = crate::profile::analyze(self, &samples, dropped);
            print_dump(&p.text);
            if p.samples == 0 {
                eprintln!("pylift --profile: no samples: the run took less than one sampling period");
            } else if let Some((path, write)) = req.svg {
                match write(&p.folded, &path) {
                    Ok(()) => eprintln!("pylift --profile: flame graph of {} samples written to {}", p.samples, path.display()),
                    Err(e) => eprintln!("pylift: --profile: cannot write {}: {e}", path.display()),
                }
            }
        }
        if let Some(out) = self.tooling.stats.clone() {
            let mut codes = Vec::new();
            for m in &self.module_codes {
                collect_codes(m, &mut codes);
            }
            self.stats.finish(codes.into_iter());
            match out {
                StatsOutput::Text => print_dump(&self.stats.text()),
                StatsOutput::Json(path) => {
                    if let Err(e) = std::fs::write(&path, self.stats.json()) {
                        eprintln!("pylift: cannot write --stats=json to {}: {e}", path.display());
                    }
                }
            }
        }
        if self.tooling.explain {
            print_dump(&crate::explain::report(self));
        }
        for d in &self.tooling.dumps {
            if d.done.get() {
                continue;
            }
            let what = d.name.as_deref().unwrap_or("any function");
            let named = self.all_codes().into_iter().find(|c| d.matches(d.kind, c));
            let why = match (d.kind, named) {
                (DumpKind::Bytecode, _) => "no code object has that name".to_string(),
                _ if self.jit.is_none() => "the JIT is off".to_string(),
                (_, None) if d.name.is_some() => "no code object has that name".to_string(),
                (_, Some(c)) if c.jit.refusal.get().is_some() => format!("the JIT refused it ({})", c.jit.refusal.get().map_or("", |r| r.name())),
                (_, Some(c)) if c.flags.generator => "generators are not compiled (refuse_generator)".to_string(),
                _ => "it was never compiled (not hot enough: --jit=eager compiles every function at its first call)".to_string(),
            };
            eprintln!("pylift: --dump={}: nothing dumped for {what}: {why}", d.kind.name());
        }
    }
}

/// Replaces numbers that are addresses (heap objects, code cells, the
/// runtime's statics: they change from run to run) by `<addr>`, so dumps of
/// two runs can be diffed. A number is taken for an address when its low 48
/// bits (the NaN-box payload) are at least 2^32: tag constants, small ints
/// and offsets are kept.
pub fn normalize_addresses(text: &str) -> String {
    normalize_wide_moves(&normalize_numbers(text))
}

/// A number that is an address (see `normalize_addresses`).
fn is_address(v: u64) -> bool {
    v & crate::value::PAYLOAD_MASK >= 1 << 32
}

/// AArch64 builds a 64-bit constant 16 bits at a time (`movz x0, #a` then
/// `movk x0, x0, #b, LSL #16` ...): a run of such moves into one register
/// whose value is an address gets `<addr>` for every piece.
fn normalize_wide_moves(text: &str) -> String {
    // (register, 16-bit piece, shift) of a movz/movk line.
    fn piece(line: &str) -> Option<(&str, bool, u64)> {
        let l = line.trim_start();
        let (op, rest) = l.split_once(' ')?;
        let movz = match op {
            "movz" => true,
            "movk" => false,
            _ => return None,
        };
        let reg = rest.split(',').next()?.trim();
        let imm_at = rest.find('#')?;
        let digits: String = rest[imm_at + 1..].chars().take_while(|c| c.is_ascii_digit()).collect();
        let imm: u64 = digits.parse().ok()?;
        let shift: u64 = rest.split("LSL #").nth(1).and_then(|x| x.trim().parse().ok()).unwrap_or(0);
        Some((reg, movz, imm.checked_shl(shift as u32)?)).filter(|_| shift < 64 && !reg.is_empty())
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let mut masked = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let Some((reg, true, first)) = piece(lines[i]) else {
            i += 1;
            continue;
        };
        let (mut value, mut j) = (first, i + 1);
        while let Some((r, false, p)) = lines.get(j).and_then(|l| piece(l)) {
            if r != reg {
                break;
            }
            value |= p;
            j += 1;
        }
        if is_address(value) {
            masked[i..j].iter_mut().for_each(|m| *m = true);
        }
        i = j;
    }
    let out: Vec<String> = lines
        .iter()
        .zip(&masked)
        .map(|(l, &m)| {
            if !m {
                return l.to_string();
            }
            // Keep everything but the piece's number.
            let at = l.find('#').unwrap_or(l.len());
            let end = l[at..].find(',').map_or(l.len(), |e| at + e);
            format!("{}#<addr>{}", &l[..at], &l[end..])
        })
        .collect();
    out.join("\n")
}

fn normalize_numbers(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        let at_word_start = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        if at_word_start && b[i].is_ascii_digit() {
            let hex = b[i] == b'0' && i + 1 < b.len() && b[i + 1] == b'x';
            let start = if hex { i + 2 } else { i };
            let mut j = start;
            while j < b.len() && (b[j] == b'_' || if hex { b[j].is_ascii_hexdigit() } else { b[j].is_ascii_digit() }) {
                j += 1;
            }
            let digits: String = text[start..j].chars().filter(|&c| c != '_').collect();
            let neg = !hex && i > 0 && b[i - 1] == b'-';
            let value = if hex { u64::from_str_radix(&digits, 16).ok() } else { digits.parse::<u64>().ok().map(|v| if neg { v.wrapping_neg() } else { v }) };
            let ends_word = j >= b.len() || !(b[j].is_ascii_alphanumeric());
            if let (Some(v), true) = (value, ends_word && j > start) {
                if is_address(v) {
                    if neg {
                        out.pop();
                    }
                    out.push_str("<addr>");
                    i = j;
                    continue;
                }
            }
            out.push_str(&text[i..j]);
            i = j;
            continue;
        }
        let ch = text[i..].chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dump_requests_parse_or_explain() {
        let d = DumpRequest::parse("clif:fib").unwrap();
        assert_eq!((d.kind, d.name.as_deref()), (DumpKind::Clif, Some("fib")));
        assert_eq!(DumpRequest::parse("bytecode").unwrap().name, None);
        assert!(DumpRequest::parse("bogus:f").unwrap_err().contains("invalid --dump kind 'bogus'"));
        assert!(DumpRequest::parse("asm:").is_err());
    }

    #[test]
    fn addresses_are_normalized_and_constants_kept() {
        let t = "v1 = iconst.i64 0x7f12_3456_7890\nv2 = iconst.i64 0xfff9_0000_0000_0000\nv3 = iconst.i64 42\n movabsq $140737488355328, %rax\n movq $-4503599627370496, %r1\n load v1+64";
        let n = normalize_addresses(t);
        assert_eq!(n, "v1 = iconst.i64 <addr>\nv2 = iconst.i64 0xfff9_0000_0000_0000\nv3 = iconst.i64 42\n movabsq $<addr>, %rax\n movq $-4503599627370496, %r1\n load v1+64");
    }

    #[test]
    fn aarch64_wide_moves_of_addresses_are_normalized() {
        let t = "  movz x0, #18392\n  movk x0, x0, #30720, LSL #16\n  movk x0, x0, #32743, LSL #32\n  ldr x1, [x0]\n  movz x1, #5\n  movk x1, x1, #65531, LSL #48\n  movz x3, #2";
        let n = normalize_addresses(t);
        assert_eq!(n, "  movz x0, #<addr>\n  movk x0, x0, #<addr>, LSL #16\n  movk x0, x0, #<addr>, LSL #32\n  ldr x1, [x0]\n  movz x1, #5\n  movk x1, x1, #65531, LSL #48\n  movz x3, #2");
    }
}
