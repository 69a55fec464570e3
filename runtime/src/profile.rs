//! `--profile`: a sampling profiler. Every millisecond of wall time (a
//! `CLOCK_MONOTONIC` POSIX timer aimed at the VM thread: CPU-time timers
//! only fire at the kernel tick, 4 ms here) a `SIGPROF` handler on the VM
//! thread copies the Python
//! stack: for each frame the word of its code object and its pc, plus the
//! tier the thread is in (`stats::TierClock`). It allocates nothing, takes
//! no lock and dereferences nothing it copies: interpreter and native frames
//! alike live in `Vm::frames` (native code pushes real frames for its direct
//! calls), so the handler only reads that buffer. The words are resolved to
//! code objects after the run, against every code object of every module.
//!
//! The frame buffer must not move while sampling: it is reserved for the
//! recursion limit up front and again, inside a window the handler skips,
//! when `sys.setrecursionlimit` raises the limit.
//!
//! Lines: a caller's pc is exact (it is stored before every call); the top
//! frame's pc is brought up to date at calls, runtime operations and, under
//! `--profile`, every loop back-edge (by the interpreter and by native code
//! alike: `CompileEnv::track_loops`), so functions are reported with the
//! line of their `def` and loops (a backward jump's range) by the loop the
//! frame was last seen in.

use crate::bytecode::Code;
use crate::interp::Vm;
use std::collections::HashMap;
use std::fmt::Write;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

/// Sampling period (wall time).
pub const PERIOD_US: i64 = 1000;
/// Frames kept per sample (see `KEEP_OUTER`).
const MAX_DEPTH: usize = 256;
/// Outermost frames kept when a stack is deeper than `MAX_DEPTH`.
const KEEP_OUTER: usize = 32;
/// Sample buffer, in words (each sample: 1 + 2 per frame).
const BUFFER_WORDS: usize = 1 << 22;

/// Where the handler finds things (byte offsets into `Vm` and `Frame`).
struct Sampler {
    vm: usize,
    tid: i64,
    frames_ptr: usize,
    frames_len: usize,
    frames_cap: usize,
    frame_size: usize,
    frame_code: usize,
    frame_pc: usize,
    tier: usize,
    buf: *mut u64,
    len: usize,
    dropped: u64,
    timer: libc::timer_t,
}

static SAMPLER: AtomicPtr<Sampler> = AtomicPtr::new(std::ptr::null_mut());
/// Set while `Vm::frames` may move (the handler then records nothing).
static FRAMES_MOVING: AtomicBool = AtomicBool::new(false);

fn gettid() -> i64 {
    // SAFETY: gettid has no arguments and cannot fail.
    unsafe { libc::syscall(libc::SYS_gettid) }
}

/// Reads a word at `base + off`.
///
/// # Safety
/// The address must be readable.
unsafe fn word(base: usize, off: usize) -> usize {
    // SAFETY: the caller guarantees the address is readable.
    unsafe { std::ptr::read_volatile((base + off) as *const usize) }
}

extern "C" fn on_sigprof(_sig: libc::c_int) {
    let p = SAMPLER.load(Ordering::Acquire);
    if p.is_null() || FRAMES_MOVING.load(Ordering::Acquire) {
        return;
    }
    // SAFETY: the sampler lives until `stop` has disarmed the timer and
    // cleared `SAMPLER`; SIGPROF is blocked while its handler runs, so only
    // this invocation touches it.
    let s = unsafe { &mut *p };
    if gettid() != s.tid {
        return;
    }
    // SAFETY: the VM outlives the sampler; its frame buffer does not move
    // while sampling (see the module comment), and the handler reads only
    // words inside `[ptr, ptr + cap * frame_size)`.
    unsafe {
        let ptr = word(s.vm, s.frames_ptr);
        let len = word(s.vm, s.frames_len);
        let cap = word(s.vm, s.frames_cap);
        if len > cap || ptr == 0 {
            return;
        }
        let depth = len.min(MAX_DEPTH);
        // A deeper stack keeps its outermost `KEEP_OUTER` frames (the roots
        // of the flame graph, the callers of totals) and the innermost rest.
        let outer = if len > depth { KEEP_OUTER } else { 0 };
        if s.len + 1 + 2 * depth > BUFFER_WORDS {
            s.dropped += 1;
            return;
        }
        let tier = std::ptr::read_volatile((s.vm + s.tier) as *const u8) as u64;
        let truncated = (len > depth) as u64;
        *s.buf.add(s.len) = depth as u64 | tier << 32 | truncated << 40;
        s.len += 1;
        for i in (0..outer).chain(len - (depth - outer)..len) {
            let f = ptr + i * s.frame_size;
            *s.buf.add(s.len) = word(f, s.frame_code) as u64;
            *s.buf.add(s.len + 1) = word(f, s.frame_pc) as u64;
            s.len += 2;
        }
    }
}

/// Whether the profiler is sampling.
pub fn active() -> bool {
    !SAMPLER.load(Ordering::Acquire).is_null()
}

/// Makes room in `Vm::frames` for the recursion limit, so pushes never move
/// the buffer while the profiler may read it.
pub fn reserve_frames(vm: &mut Vm) {
    let want = vm.recursion_limit + 64;
    if vm.frames.capacity() >= want {
        return;
    }
    FRAMES_MOVING.store(true, Ordering::Release);
    let n = want - vm.frames.len();
    vm.frames.reserve(n);
    FRAMES_MOVING.store(false, Ordering::Release);
}

/// One sample: the tier, and the stack (outermost first) as code words.
pub struct Sample {
    pub tier: crate::stats::Tier,
    pub truncated: bool,
    pub frames: Vec<(usize, usize)>,
}

/// Starts sampling the VM thread (call on that thread).
pub fn start(vm: &mut Vm) -> Result<(), String> {
    reserve_frames(vm);
    let fl = Vm::frame_layout();
    if !fl.valid() {
        return Err("--profile: the frame layout probes failed on this build".into());
    }
    let mut storage: Vec<u64> = Vec::with_capacity(BUFFER_WORDS);
    let bufp = storage.as_mut_ptr();
    std::mem::forget(storage);
    let s = Box::new(Sampler {
        vm: &*vm as *const Vm as usize,
        tid: gettid(),
        frames_ptr: fl.vm_frames_ptr as usize,
        frames_len: fl.vm_frames_len as usize,
        frames_cap: fl.vm_frames_cap as usize,
        frame_size: fl.frame_size as usize,
        frame_code: fl.frame_code as usize,
        frame_pc: fl.frame_pc as usize,
        tier: std::mem::offset_of!(Vm, stats) + crate::stats::Stats::tier_offset(),
        buf: bufp,
        len: 0,
        dropped: 0,
        timer: std::ptr::null_mut(),
    });
    let tid = s.tid;
    let s = Box::into_raw(s);
    SAMPLER.store(s, Ordering::Release);
    // SAFETY: installs a handler that is async-signal-safe (no allocation,
    // no locks), then arms the CPU-time timer.
    unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = on_sigprof as *const () as usize;
        act.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut act.sa_mask);
        if libc::sigaction(libc::SIGPROF, &act, std::ptr::null_mut()) != 0 {
            return Err(format!("--profile: cannot install the SIGPROF handler: {}", std::io::Error::last_os_error()));
        }
        let mut ev: libc::sigevent = std::mem::zeroed();
        ev.sigev_notify = libc::SIGEV_THREAD_ID;
        ev.sigev_signo = libc::SIGPROF;
        ev.sigev_notify_thread_id = tid as libc::c_int;
        let mut timer: libc::timer_t = std::ptr::null_mut();
        if libc::timer_create(libc::CLOCK_MONOTONIC, &mut ev, &mut timer) != 0 {
            return Err(format!("--profile: cannot create the sampling timer: {}", std::io::Error::last_os_error()));
        }
        (*s).timer = timer;
        let period = libc::timespec { tv_sec: 0, tv_nsec: PERIOD_US * 1000 };
        let spec = libc::itimerspec { it_interval: period, it_value: period };
        if libc::timer_settime(timer, 0, &spec, std::ptr::null_mut()) != 0 {
            return Err(format!("--profile: cannot arm the sampling timer: {}", std::io::Error::last_os_error()));
        }
    }
    Ok(())
}

/// Stops sampling and returns the samples (and how many were dropped
/// because the buffer was full).
pub fn stop() -> (Vec<Sample>, u64) {
    let p = SAMPLER.load(Ordering::Acquire);
    if p.is_null() {
        return (Vec::new(), 0);
    }
    // SAFETY: deleting the timer `start` created and ignoring the signal
    // have no other preconditions; after that no handler runs on this
    // thread (the handler only ever runs on it).
    unsafe {
        if !(*p).timer.is_null() {
            libc::timer_delete((*p).timer);
        }
        libc::signal(libc::SIGPROF, libc::SIG_IGN);
    }
    SAMPLER.store(std::ptr::null_mut(), Ordering::Release);
    // SAFETY: `start` made this box; nothing else refers to it now.
    let s = unsafe { Box::from_raw(p) };
    // SAFETY: the handler wrote `s.len` initialized words at `s.buf`.
    let words = unsafe { std::slice::from_raw_parts(s.buf, s.len) };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let h = words[i];
        let depth = (h & 0xffff_ffff) as usize;
        let tier = match (h >> 32) & 0xff {
            1 => crate::stats::Tier::Native,
            2 => crate::stats::Tier::Runtime,
            3 => crate::stats::Tier::Compiler,
            _ => crate::stats::Tier::Interpreter,
        };
        let frames = (0..depth).map(|k| (words[i + 1 + 2 * k] as usize, words[i + 2 + 2 * k] as usize)).collect();
        out.push(Sample { tier, truncated: (h >> 40) & 1 == 1, frames });
        i += 1 + 2 * depth;
    }
    // SAFETY: the buffer came from a `Vec<u64>` of this capacity.
    drop(unsafe { Vec::from_raw_parts(s.buf, 0, BUFFER_WORDS) });
    (out, s.dropped)
}

/// The word a frame stores for `rc` (what the handler copied).
fn rc_word(rc: &Rc<Code>) -> usize {
    // SAFETY: an `Rc` is one pointer word; we copy it without touching the count.
    unsafe { std::mem::transmute_copy::<Rc<Code>, usize>(rc) }
}

fn collect_words<'a>(rc: &'a Rc<Code>, map: &mut HashMap<usize, &'a Code>) {
    map.insert(rc_word(rc), rc);
    for c in rc.codes.iter() {
        collect_words(c, map);
    }
}

/// A loop of one code object, by its code word: (word, (header, jump pc)).
type LoopKey = (usize, (usize, usize));

/// The innermost loop of `loops` containing `pc`.
fn loop_at(loops: &[(usize, usize)], pc: usize) -> Option<(usize, usize)> {
    loops.iter().copied().filter(|&(h, e)| h <= pc && pc <= e).min_by_key(|&(h, e)| e - h)
}

/// Per-function sample counts: self by tier, and total.
#[derive(Default, Clone)]
struct Entry {
    self_by_tier: [u64; 4],
    total: u64,
}

pub struct Profile {
    pub samples: usize,
    pub dropped: u64,
    /// Folded stacks (`a;b;c`) with their sample counts, for flame graphs.
    pub folded: Vec<(String, u64)>,
    pub text: String,
}

fn label(code: Option<&Code>) -> String {
    match code {
        Some(c) => format!("{} ({}:{})", c.qualname_str(), short_path(&c.filename), c.firstlineno),
        None => "<unknown>".to_string(),
    }
}

fn short_path(p: &str) -> &str {
    std::path::Path::new(p).file_name().and_then(|s| s.to_str()).unwrap_or(p)
}

/// Functions listed in the text report.
const MAX_LISTED: usize = 25;

/// Attributes the samples to functions.
pub fn analyze(vm: &Vm, samples: &[Sample], dropped: u64) -> Profile {
    let mut map = HashMap::new();
    for m in &vm.module_codes {
        collect_words(m, &mut map);
    }
    // Labels by index: each distinct code word is formatted once.
    let mut labels: Vec<String> = vec!["<no Python frame>".into(), "<frames omitted>".into()];
    let mut index: HashMap<usize, usize> = HashMap::new();
    let mut entries: Vec<Entry> = vec![Entry::default(); 2];
    let mut folded: HashMap<Vec<usize>, u64> = HashMap::new();
    let mut seen = std::collections::HashSet::new();
    // Loops: (code word, (header pc, jump pc)) -> counts; each code's
    // loops are found once.
    let mut loop_entries: HashMap<LoopKey, Entry> = HashMap::new();
    let mut loops_cache: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    let mut seen_loops = std::collections::HashSet::new();
    for s in samples {
        seen_loops.clear();
        for (i, &(w, pc)) in s.frames.iter().enumerate() {
            let Some(code) = map.get(&w) else { continue };
            let loops = loops_cache.entry(w).or_insert_with(|| code.back_edges());
            let Some(lp) = loop_at(loops, pc) else { continue };
            let e = loop_entries.entry((w, lp)).or_default();
            if seen_loops.insert((w, lp)) {
                e.total += 1;
            }
            if i + 1 == s.frames.len() {
                e.self_by_tier[s.tier as usize] += 1;
            }
        }
        let mut stack: Vec<usize> = s
            .frames
            .iter()
            .map(|&(w, _)| {
                *index.entry(w).or_insert_with(|| {
                    labels.push(label(map.get(&w).copied()));
                    entries.push(Entry::default());
                    labels.len() - 1
                })
            })
            .collect();
        if stack.is_empty() {
            // Before the first frame is pushed or after the last is popped.
            stack.push(0);
        }
        entries[stack[stack.len() - 1]].self_by_tier[s.tier as usize] += 1;
        seen.clear();
        for &k in &stack {
            if seen.insert(k) {
                entries[k].total += 1;
            }
        }
        if s.truncated && stack.len() > KEEP_OUTER {
            stack.insert(KEEP_OUTER, 1);
        }
        *folded.entry(stack).or_insert(0) += 1;
    }
    // Two code objects may share a label (same name, file and line).
    let mut by_label: HashMap<String, Entry> = HashMap::new();
    for (k, e) in entries.into_iter().enumerate() {
        if e.total == 0 {
            continue;
        }
        let m = by_label.entry(labels[k].clone()).or_default();
        m.total += e.total;
        for t in 0..4 {
            m.self_by_tier[t] += e.self_by_tier[t];
        }
    }
    let entries = by_label;
    let folded: HashMap<String, u64> = folded.into_iter().fold(HashMap::new(), |mut acc, (stack, n)| {
        *acc.entry(stack.iter().map(|&k| labels[k].as_str()).collect::<Vec<_>>().join(";")).or_insert(0) += n;
        acc
    });
    let n = samples.len().max(1) as f64;
    let pct = |x: u64| 100.0 * x as f64 / n;
    let mut rows: Vec<(String, Entry)> = entries.into_iter().collect();
    rows.sort_by(|a, b| b.1.self_by_tier.iter().sum::<u64>().cmp(&a.1.self_by_tier.iter().sum::<u64>()).then(b.1.total.cmp(&a.1.total)).then(a.0.cmp(&b.0)));
    let mut text =
        format!("pylift --profile: {} samples, one per {} µs of wall time{}\n", samples.len(), PERIOD_US, if dropped > 0 { format!(" ({dropped} dropped: buffer full)") } else { String::new() });
    let _ = writeln!(text, "  {:>6} {:>6}  {:>6} {:>6} {:>6} {:>6}  function (file:line of def)", "self%", "total%", "interp", "native", "rt", "jit");
    for (name, e) in rows.iter().take(MAX_LISTED) {
        let own: u64 = e.self_by_tier.iter().sum();
        let t = e.self_by_tier;
        let _ = writeln!(text, "  {:>6.1} {:>6.1}  {:>6.1} {:>6.1} {:>6.1} {:>6.1}  {name}", pct(own), pct(e.total), pct(t[0]), pct(t[1]), pct(t[2]), pct(t[3]));
    }
    if rows.len() > MAX_LISTED {
        let _ = writeln!(text, "  ... {} more functions", rows.len() - MAX_LISTED);
    }
    text.push_str("  (self% by tier: interp = interpreter, native = compiled code, rt = runtime functions called from compiled code, jit = compiling)\n");
    let mut loops: Vec<(LoopKey, Entry)> = loop_entries.into_iter().collect();
    loops.sort_by(|a, b| b.1.total.cmp(&a.1.total).then(a.0.cmp(&b.0)));
    if !loops.is_empty() {
        let _ = writeln!(text, "  hottest loops, by the pc each frame last recorded (exact for callers; the running frame records one at calls, runtime operations and every loop back-edge):");
        let _ = writeln!(text, "  {:>6} {:>6}  {:>6} {:>6} {:>6} {:>6}  loop", "self%", "total%", "interp", "native", "rt", "jit");
        // A loop is named by its backward jump's line: loops are rotated,
        // so that is the `for`/`while` line.
        for ((w, (_, end)), e) in loops.iter().take(MAX_LISTED / 2) {
            let Some(code) = map.get(w) else { continue };
            let own: u64 = e.self_by_tier.iter().sum();
            let t = e.self_by_tier;
            let _ = writeln!(
                text,
                "  {:>6.1} {:>6.1}  {:>6.1} {:>6.1} {:>6.1} {:>6.1}  loop at {}:{} in {}",
                pct(own),
                pct(e.total),
                pct(t[0]),
                pct(t[1]),
                pct(t[2]),
                pct(t[3]),
                short_path(&code.filename),
                code.line_at(*end),
                code.qualname_str()
            );
        }
    }
    let mut folded: Vec<(String, u64)> = folded.into_iter().collect();
    folded.sort();
    Profile { samples: samples.len(), dropped, folded, text }
}
