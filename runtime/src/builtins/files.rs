//! `open()` and the file classes (`_io.TextIOWrapper`, `BufferedReader`,
//! `BufferedWriter`, `BufferedRandom`, `FileIO`), which are also the classes
//! of `sys.stdin`/`stdout`/`stderr`. CPython's argument checks, messages and
//! text-mode behaviour (decoding, universal newlines) are reproduced here;
//! the buffer and OS operations are in `objects::file`.

use super::args::{int_arg, method, only_kw};
use super::codecs;
use super::oserror::{from_io, unsupported};
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::interp::Vm;
use crate::objects::file::{new_file, Backend, FileClass, FileData, FileState};
use crate::objects::func::Args;
use crate::objects::list::new_list;
use crate::objects::misc::new_bytes;
use crate::objects::str::{intern, new_str, new_string};
use crate::ops::{self, type_name};
use crate::text::codecs::Codec;
use crate::types::types;
use crate::value::Value;
use std::cell::RefCell;
use std::io::{SeekFrom, Write};

thread_local! {
    /// sys.stdin, sys.stdout, sys.stderr (created on first use).
    static STD_STREAMS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// The file object for standard stream `fd` (0, 1 or 2).
pub fn std_stream(fd: usize) -> Value {
    STD_STREAMS.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_empty() {
            for (i, name) in ["<stdin>", "<stdout>", "<stderr>"].iter().enumerate() {
                s.push(new_file(FileState {
                    backend: Some([Backend::Stdin, Backend::Stdout, Backend::Stderr].into_iter().nth(i).unwrap_or(Backend::Stdout)),
                    name: new_str(name),
                    mode: if i == 0 { "r" } else { "w" }.into(),
                    class: FileClass::TextIOWrapper,
                    readable: i == 0,
                    writable: i != 0,
                    codec: Codec::Utf8,
                    encoding: "utf-8".into(),
                    errors: if i == 2 { "backslashreplace" } else { "strict" }.into(),
                    newline: None,
                    closefd: true,
                    rbuf: Vec::new(),
                    rpos: 0,
                    wbuf: Vec::new(),
                }));
            }
        }
        s[fd.min(2)].clone()
    })
}

fn this(v: &Value) -> PyResult<&FileData> {
    v.as_file().ok_or_else(|| type_error(format!("descriptor requires a '_io.TextIOWrapper' object but received a '{}'", type_name(v))))
}

// ---- open() ----

struct OpenMode {
    readable: bool,
    writable: bool,
    creating: bool,
    appending: bool,
    truncating: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> PyResult<OpenMode> {
    let invalid = || value_error(format!("invalid mode: '{mode}'"));
    let (mut c, mut r, mut w, mut a, mut plus, mut t, mut b) = (false, false, false, false, false, false, false);
    for (i, ch) in mode.char_indices() {
        let flag = match ch {
            'x' => &mut c,
            'r' => &mut r,
            'w' => &mut w,
            'a' => &mut a,
            '+' => &mut plus,
            't' => &mut t,
            'b' => &mut b,
            _ => return Err(invalid()),
        };
        *flag = true;
        if mode[i + 1..].contains(ch) {
            return Err(invalid());
        }
    }
    if t && b {
        return Err(value_error("can't have text and binary mode at once"));
    }
    let n = [c, r, w, a].iter().filter(|x| **x).count();
    if n > 1 {
        return Err(value_error("must have exactly one of create/read/write/append mode"));
    }
    if n == 0 {
        return Err(value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    Ok(OpenMode { readable: r || plus, writable: w || a || c || plus, creating: c, appending: a, truncating: w, binary: b })
}

fn opt_str<'a>(v: Option<&'a Value>, what: &str) -> PyResult<Option<&'a str>> {
    match v.filter(|v| !v.is_none()) {
        None => Ok(None),
        Some(v) => v.as_str().map(Some).ok_or_else(|| type_error(format!("open() argument '{what}' must be str or None, not {}", type_name(v)))),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
pub fn open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const NAMES: [&str; 8] = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
    only_kw(&args, "open", &NAMES)?;
    if args.pos.len() > NAMES.len() {
        return Err(type_error(format!("open() takes at most 8 arguments ({} given)", args.pos.len() + args.kw_names.len())));
    }
    let arg = |i: usize| args.pos.get(i).or(args.kw(NAMES[i]));
    let file = arg(0).ok_or_else(|| type_error("open() missing required argument 'file' (pos 1)"))?.clone();
    let mode_s = match arg(1) {
        None => "r".to_string(),
        Some(m) => m.as_str().ok_or_else(|| type_error(format!("open() argument 'mode' must be str, not {}", type_name(m))))?.to_string(),
    };
    let buffering = match arg(2) {
        None => -1,
        Some(b) => int_arg(b, "open")?,
    };
    let encoding = opt_str(arg(3), "encoding")?;
    let errors = opt_str(arg(4), "errors")?;
    let newline = opt_str(arg(5), "newline")?;
    let closefd = match arg(6) {
        None => true,
        Some(c) => ops::truthy(vm, c)?,
    };
    if arg(7).is_some_and(|o| !o.is_none()) {
        return Err(crate::error::exc(crate::types::ExcType::NotImplementedError, "open(): the opener argument is not supported by pylift"));
    }
    let m = parse_mode(&mode_s)?;
    if m.binary && encoding.is_some() {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors.is_some() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    if m.binary && newline.is_some() {
        return Err(value_error("binary mode doesn't take a newline argument"));
    }
    // The file is opened before the text layer's arguments are checked, as
    // in CPython (so a missing file is reported before a bad encoding).
    // Unflushed writes of files still alive (CPython would have closed an
    // unreferenced one already) must be visible to the file opened now.
    crate::objects::file::flush_all_dirty();
    let os_file = open_os_file(vm, &file, &m, closefd)?;
    if buffering == 0 && !m.binary {
        return Err(value_error("can't have unbuffered text I/O"));
    }
    if let Some(nl) = newline {
        if !matches!(nl, "" | "\n" | "\r" | "\r\n") {
            return Err(value_error(format!("illegal newline value: {nl}")));
        }
    }
    let codec = match encoding {
        Some(e) => codecs::codec_named(e)?,
        None => Codec::Utf8,
    };
    let class = if !m.binary {
        FileClass::TextIOWrapper
    } else if buffering == 0 {
        FileClass::FileIO
    } else if m.readable && m.writable {
        FileClass::BufferedRandom
    } else if m.readable {
        FileClass::BufferedReader
    } else {
        FileClass::BufferedWriter
    };
    let raw_mode = if m.creating {
        if m.readable {
            "xb+"
        } else {
            "xb"
        }
    } else if m.appending {
        if m.readable {
            "ab+"
        } else {
            "ab"
        }
    } else if m.readable {
        if m.writable {
            "rb+"
        } else {
            "rb"
        }
    } else {
        "wb"
    };
    Ok(new_file(FileState {
        backend: Some(Backend::Disk(os_file)),
        name: file,
        mode: if m.binary { raw_mode.to_string() } else { mode_s },
        class,
        readable: m.readable,
        writable: m.writable,
        codec,
        encoding: encoding.unwrap_or("UTF-8").to_string(),
        errors: errors.unwrap_or("strict").to_string(),
        newline: newline.map(|s| s.to_string()),
        closefd,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
    }))
}

fn open_os_file(vm: &mut Vm, file: &Value, m: &OpenMode, closefd: bool) -> PyResult<std::fs::File> {
    let mut oo = std::fs::OpenOptions::new();
    oo.read(m.readable).write(m.writable && !m.appending).append(m.appending).truncate(m.truncating);
    if m.creating {
        oo.create_new(true);
    } else if m.truncating || m.appending {
        oo.create(true);
    }
    let path: String = if let Some(s) = file.as_str() {
        s.to_string()
    } else if let Some(b) = file.as_bytes().filter(|b| !b.mutable) {
        String::from_utf8_lossy(b.bytes.get()).into_owned()
    } else if file.is_int() && !file.is_bool() {
        let fd = int_arg(file, "open")?;
        if fd < 0 {
            return Err(value_error("negative file descriptor"));
        }
        // SAFETY: fcntl only inspects the descriptor.
        if unsafe { libc::fcntl(fd as i32, libc::F_GETFD) } == -1 {
            return Err(super::oserror::os_error(libc::EBADF, None));
        }
        use std::os::fd::FromRawFd;
        // SAFETY: the descriptor is open; with closefd=False it is released
        // (not closed) when the file object closes.
        let f = unsafe { std::fs::File::from_raw_fd(fd as i32) };
        let _ = closefd;
        return Ok(f);
    } else if let Some(f) = ops::lookup_special(file, "__fspath__") {
        let p = ops::call_special(vm, &f, file, &[])?;
        return open_os_file(vm, &p, m, closefd);
    } else {
        return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name(file))));
    };
    if !closefd {
        return Err(value_error("Cannot use closefd=False with file name"));
    }
    if path.contains('\0') {
        return Err(value_error("embedded null byte"));
    }
    let mut f = oo.open(&path).map_err(|e| from_io(&e, Some(file.clone())))?;
    if m.appending {
        // CPython starts an appending file at its end (tell() says so).
        use std::io::Seek;
        f.seek(SeekFrom::End(0)).map_err(|e| from_io(&e, Some(file.clone())))?;
    }
    // Opening a directory for reading succeeds on Linux; CPython refuses it.
    if f.metadata().is_ok_and(|md| md.is_dir()) {
        return Err(super::oserror::os_error(libc::EISDIR, Some(file.clone())));
    }
    Ok(f)
}

// ---- checks with CPython's messages ----

/// Operations whose closed-file message differs by class.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Read,
    Readline,
    Seek,
    /// tell, fileno, isatty, readable, writable, seekable on binary files.
    Plain,
    Other,
}

fn check_open(st: &FileState, op: Op) -> PyResult<()> {
    if st.backend.is_some() {
        return Ok(());
    }
    let text = st.is_text();
    Err(value_error(match op {
        Op::Read if !text && st.class != FileClass::FileIO => "read of closed file",
        Op::Readline if !text && st.class != FileClass::FileIO => "readline of closed file",
        Op::Seek if !text && st.class != FileClass::FileIO => "seek of closed file",
        Op::Plain => "I/O operation on closed file",
        _ => "I/O operation on closed file.",
    }))
}

/// Text files check for closed first; binary ones for the capability first.
fn check_readable(st: &FileState, op: Op) -> PyResult<()> {
    if st.is_text() {
        check_open(st, op)?;
    }
    if !st.readable {
        return Err(unsupported(if st.is_text() { "not readable" } else { "read" }));
    }
    check_open(st, op)
}

fn check_writable(st: &FileState) -> PyResult<()> {
    if st.is_text() {
        check_open(st, Op::Other)?;
    }
    if !st.writable {
        return Err(unsupported(if st.is_text() { "not writable" } else { "write" }));
    }
    check_open(st, Op::Other)
}

fn io_err(e: std::io::Error) -> PyErr {
    from_io(&e, None)
}

// ---- reading ----

/// A `size` argument: None or negative means "all".
fn size_arg(v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) if v.is_int() => Ok(usize::try_from(int_arg(v, "read")?).ok()),
        Some(v) => Err(type_error(format!("argument should be integer or None, not '{}'", type_name(v)))),
    }
}

fn decode(st: &FileState, b: &[u8]) -> PyResult<String> {
    codecs::decode(st.codec, b, &st.errors)
}

/// The end of the next line in the read-ahead, reading more as needed:
/// (content length, terminator length) in bytes. At end of file the line
/// is the rest, with no terminator.
fn find_line(st: &mut FileState) -> PyResult<(usize, usize)> {
    let universal = st.is_text() && st.newline.as_deref().is_none_or(|n| n.is_empty());
    let term: Vec<u8> = if st.is_text() { st.newline.clone().filter(|n| !n.is_empty()).unwrap_or_default().into_bytes() } else { b"\n".to_vec() };
    let mut from = 0;
    loop {
        let buf = st.unread();
        let found =
            if universal { buf[from..].iter().position(|&c| c == b'\n' || c == b'\r').map(|i| from + i) } else { buf[from..].windows(term.len()).position(|w| w == term.as_slice()).map(|i| from + i) };
        match found {
            Some(i) if universal && buf[i] == b'\r' => {
                if i + 1 < buf.len() {
                    return Ok((i, if buf[i + 1] == b'\n' { 2 } else { 1 }));
                }
                // A '\r' at the end of what was read: is a '\n' next?
                if !st.fill().map_err(io_err)? {
                    return Ok((i, 1));
                }
                from = i;
            }
            Some(i) => return Ok((i, term.len().max(1))),
            None => {
                from = buf.len().saturating_sub(term.len().saturating_sub(1));
                if !st.fill().map_err(io_err)? {
                    return Ok((st.unread().len(), 0));
                }
            }
        }
    }
}

/// The next line of a text file (at most `limit` characters).
fn text_readline(st: &mut FileState, limit: Option<usize>) -> PyResult<String> {
    if limit == Some(0) {
        return Ok(String::new());
    }
    let (n, t) = find_line(st)?;
    let buf = st.unread();
    let content = decode(st, &buf[..n])?;
    let translate = st.newline.is_none();
    let term = if t == 0 {
        String::new()
    } else if translate {
        "\n".to_string()
    } else {
        String::from_utf8_lossy(&buf[n..n + t]).into_owned()
    };
    let clen = content.chars().count();
    let tlen = term.chars().count();
    match limit {
        Some(lim) if clen + tlen > lim => {
            if clen >= lim {
                let prefix: String = content.chars().take(lim).collect();
                let used = codecs::encode(st.codec, &prefix, "strict").map(|b| b.len()).unwrap_or(prefix.len()).min(n);
                st.consume(used);
                Ok(prefix)
            } else {
                // The limit falls inside an untranslated "\r\n".
                st.consume(n + 1);
                Ok(content + "\r")
            }
        }
        _ => {
            st.consume(n + t);
            Ok(content + &term)
        }
    }
}

fn text_read(st: &mut FileState, size: Option<usize>) -> PyResult<String> {
    match size {
        None => {
            st.fill_all().map_err(io_err)?;
            let all = decode(st, st.unread())?;
            let n = st.unread().len();
            st.consume(n);
            Ok(if st.newline.is_none() { all.replace("\r\n", "\n").replace('\r', "\n") } else { all })
        }
        Some(n) => {
            let mut out = String::new();
            let mut got = 0;
            while got < n {
                let line = text_readline(st, Some(n - got))?;
                if line.is_empty() {
                    break;
                }
                got += line.chars().count();
                out.push_str(&line);
            }
            Ok(out)
        }
    }
}

fn binary_read(st: &mut FileState, size: Option<usize>) -> PyResult<Vec<u8>> {
    match size {
        None => st.fill_all().map_err(io_err)?,
        Some(n) => while st.unread().len() < n && st.fill().map_err(io_err)? {},
    }
    let take = size.unwrap_or(usize::MAX).min(st.unread().len());
    let out = st.unread()[..take].to_vec();
    st.consume(take);
    Ok(out)
}

fn binary_readline(st: &mut FileState, limit: Option<usize>) -> PyResult<Vec<u8>> {
    let (n, t) = find_line(st)?;
    let take = (n + t).min(limit.unwrap_or(usize::MAX));
    let out = st.unread()[..take].to_vec();
    st.consume(take);
    Ok(out)
}

/// Before reading: pending writes go to the OS first.
fn prepare_read(st: &mut FileState) -> PyResult<()> {
    st.flush_writes().map_err(io_err)
}

fn read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "read", 0, 1)?;
    let size = size_arg(a.first())?;
    let st = this(s)?.state.get_mut();
    check_readable(st, Op::Read)?;
    prepare_read(st)?;
    if matches!(st.backend, Some(Backend::Stdin)) {
        vm.flush_stdout();
    }
    if st.is_text() {
        Ok(new_string(text_read(st, size)?))
    } else {
        Ok(new_bytes(binary_read(st, size)?))
    }
}

/// One line of a file object, as `readline()` returns it ("" / b"" at end).
pub fn readline_value(vm: &mut Vm, f: &Value, limit: Option<usize>) -> PyResult<Value> {
    let st = this(f)?.state.get_mut();
    check_readable(st, Op::Readline)?;
    prepare_read(st)?;
    if matches!(st.backend, Some(Backend::Stdin)) {
        vm.flush_stdout();
    }
    if st.is_text() {
        Ok(new_string(text_readline(st, limit)?))
    } else {
        Ok(new_bytes(binary_readline(st, limit)?))
    }
}

fn readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "readline", 0, 1)?;
    let limit = size_arg(a.first())?;
    readline_value(vm, s, limit)
}

fn is_empty_line(v: &Value) -> bool {
    v.as_str().map_or_else(|| v.as_bytes().is_some_and(|b| b.bytes.get().is_empty()), |s| s.is_empty())
}

fn line_len(v: &Value) -> usize {
    v.as_str_data().map_or_else(|| v.as_bytes().map_or(0, |b| b.bytes.get().len()), |s| s.char_len())
}

fn readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "readlines", 0, 1)?;
    let hint = size_arg(a.first())?.filter(|&h| h > 0);
    {
        let st = this(s)?.state.get_mut();
        check_open(st, Op::Other)?;
    }
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = readline_value(vm, s, None)?;
        if is_empty_line(&line) {
            break;
        }
        total += line_len(&line);
        lines.push(line);
        // CPython stops once the lines so far exceed the hint.
        if hint.is_some_and(|h| total > h) {
            break;
        }
    }
    Ok(new_list(lines))
}

fn iter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "__iter__", 0, 0)?;
    check_open(this(s)?.state.get(), Op::Other)?;
    Ok(s.clone())
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "__next__", 0, 0)?;
    let line = readline_value(vm, s, None)?;
    if is_empty_line(&line) {
        return Err(crate::error::stop_iteration(Value::NONE));
    }
    Ok(line)
}

// ---- writing ----

/// Passes encoded bytes to the file (stdout through the interpreter's
/// buffered writer, so it interleaves with `print`).
fn write_bytes(vm: &mut Vm, f: &FileData, data: &[u8]) -> PyResult<()> {
    let st = f.state.get_mut();
    match st.backend {
        Some(Backend::Stdout) => {
            let _ = vm.out.write_all(data);
        }
        Some(Backend::Stderr) => {
            vm.flush_stdout();
            let _ = std::io::stderr().write_all(data);
        }
        _ => {
            if !st.unread().is_empty() {
                let rewind = !st.is_text();
                st.drop_read_ahead(rewind).map_err(io_err)?;
            }
            if st.wbuf.is_empty() {
                crate::objects::file::mark_dirty(f);
            }
            st.wbuf.extend_from_slice(data);
            if st.wbuf.len() >= crate::objects::file::CHUNK {
                st.flush_writes().map_err(io_err)?;
            }
        }
    }
    Ok(())
}

/// Writes `s` to a text file object (print's fast path); returns its length.
pub fn write_str(vm: &mut Vm, f: &Value, s: &str) -> PyResult<usize> {
    let st = this(f)?.state.get_mut();
    if !st.is_text() {
        return Err(type_error("a bytes-like object is required, not 'str'"));
    }
    check_writable(st)?;
    let translated;
    let text = match st.newline.as_deref() {
        Some(nl @ ("\r" | "\r\n")) if s.contains('\n') => {
            translated = s.replace('\n', nl);
            translated.as_str()
        }
        _ => s,
    };
    if st.codec == Codec::Utf8 {
        write_bytes(vm, this(f)?, text.as_bytes())?;
    } else {
        let data = codecs::encode(st.codec, text, &st.errors)?;
        write_bytes(vm, this(f)?, &data)?;
    }
    Ok(s.chars().count())
}

fn write_value(vm: &mut Vm, f: &Value, v: &Value) -> PyResult<usize> {
    let st = this(f)?.state.get_mut();
    if st.is_text() {
        let s = v.as_str().ok_or_else(|| type_error(format!("write() argument must be str, not {}", type_name(v))))?;
        return write_str(vm, f, s);
    }
    check_writable(st)?;
    let b = v.as_bytes().ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(v))))?;
    let data = b.bytes.get().clone();
    write_bytes(vm, this(f)?, &data)?;
    Ok(data.len())
}

fn write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "write", 1, 1)?;
    Ok(Value::int(write_value(vm, s, &a[0])? as i64))
}

fn writelines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "writelines", 1, 1)?;
    check_open(this(s)?.state.get(), Op::Other)?;
    let it = ops::iter::get_iter(vm, &a[0])?;
    while let Some(line) = ops::iter::next(vm, &it)? {
        write_value(vm, s, &line)?;
    }
    Ok(Value::NONE)
}

/// `flush()` of a file object.
pub fn flush_file(vm: &mut Vm, f: &Value) -> PyResult<()> {
    let st = this(f)?.state.get_mut();
    check_open(st, Op::Other)?;
    match st.backend {
        Some(Backend::Stdout) | Some(Backend::Stderr) => vm.flush_stdout(),
        _ => st.flush_writes().map_err(io_err)?,
    }
    Ok(())
}

fn flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "flush", 0, 0)?;
    flush_file(vm, s)?;
    Ok(Value::NONE)
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "close", 0, 0)?;
    let st = this(s)?.state.get_mut();
    if matches!(st.backend, Some(Backend::Stdout)) {
        vm.flush_stdout();
    }
    st.close().map_err(io_err)?;
    st.backend = None;
    Ok(Value::NONE)
}

// ---- positioning ----

fn tell(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "tell", 0, 0)?;
    let st = this(s)?.state.get_mut();
    check_open(st, if st.is_text() { Op::Other } else { Op::Plain })?;
    Ok(Value::int(st.tell().map_err(io_err)? as i64))
}

fn seek(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "seek", 1, 2)?;
    let st = this(s)?.state.get_mut();
    check_open(st, Op::Seek)?;
    let off = int_arg(&a[0], "seek")?;
    let whence = match a.get(1) {
        Some(w) => int_arg(w, "seek")?,
        None => 0,
    };
    let pos = if st.is_text() {
        match whence {
            0 if off < 0 => return Err(value_error(format!("negative seek position {off}"))),
            0 => SeekFrom::Start(off as u64),
            1 if off != 0 => return Err(unsupported("can't do nonzero cur-relative seeks")),
            1 => SeekFrom::Current(0),
            2 if off != 0 => return Err(unsupported("can't do nonzero end-relative seeks")),
            2 => SeekFrom::End(0),
            _ => return Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
        }
    } else {
        match whence {
            0 if off < 0 => return Err(super::oserror::os_error(libc::EINVAL, None)),
            0 => SeekFrom::Start(off as u64),
            1 => SeekFrom::Current(off),
            2 => SeekFrom::End(off),
            _ => return Err(value_error(format!("whence value {whence} unsupported"))),
        }
    };
    Ok(Value::int(st.seek(pos).map_err(io_err)? as i64))
}

fn truncate(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method(&args, "truncate", 0, 1)?;
    let st = this(s)?.state.get_mut();
    check_open(st, Op::Other)?;
    if !st.writable {
        return Err(unsupported("truncate"));
    }
    let size = match a.first().filter(|v| !v.is_none()) {
        Some(v) => int_arg(v, "truncate")?.max(0) as u64,
        None => st.tell().map_err(io_err)?,
    };
    st.flush_writes().map_err(io_err)?;
    if let Some(Backend::Disk(f)) = &st.backend {
        f.set_len(size).map_err(io_err)?;
    }
    Ok(Value::int(size as i64))
}

// ---- queries ----

fn raw_fd(st: &FileState) -> i32 {
    use std::os::fd::AsRawFd;
    match &st.backend {
        Some(Backend::Disk(f)) => f.as_raw_fd(),
        Some(Backend::Stdin) => 0,
        Some(Backend::Stdout) => 1,
        Some(Backend::Stderr) => 2,
        None => -1,
    }
}

fn fileno(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "fileno", 0, 0)?;
    let st = this(s)?.state.get();
    check_open(st, Op::Plain)?;
    Ok(Value::int(raw_fd(st) as i64))
}

fn isatty(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "isatty", 0, 0)?;
    let st = this(s)?.state.get();
    check_open(st, Op::Plain)?;
    // SAFETY: isatty only inspects the descriptor.
    Ok(Value::bool(unsafe { libc::isatty(raw_fd(st)) } == 1))
}

/// readable()/writable(): a buffered reader (writer) answers for the other
/// capability without checking for closed, as CPython's do.
fn capability(s: &Value, want_read: bool) -> PyResult<Value> {
    let st = this(s)?.state.get();
    let cap = if want_read { st.readable } else { st.writable };
    let unchecked = !cap && st.class != FileClass::FileIO && st.class != FileClass::BufferedRandom && !matches!(st.backend, Some(Backend::Stdin | Backend::Stdout | Backend::Stderr));
    if unchecked && (st.readable != st.writable) {
        return Ok(Value::FALSE);
    }
    check_open(st, Op::Plain)?;
    Ok(Value::bool(cap))
}

fn readable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "readable", 0, 0)?;
    capability(s, true)
}

fn writable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "writable", 0, 0)?;
    capability(s, false)
}

fn seekable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "seekable", 0, 0)?;
    let st = this(s)?.state.get();
    check_open(st, Op::Plain)?;
    // SAFETY: lseek with offset 0 from the current position moves nothing.
    Ok(Value::bool(unsafe { libc::lseek(raw_fd(st), 0, libc::SEEK_CUR) } != -1))
}

fn enter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "__enter__", 0, 0)?;
    check_open(this(s)?.state.get(), Op::Other)?;
    Ok(s.clone())
}

fn exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method(&args, "__exit__", 0, 3)?;
    close(vm, Args::positional(std::slice::from_ref(s)))?;
    Ok(Value::NONE)
}

pub fn file_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let st = this(v)?.state.get();
    let (class, name, mode, encoding, closed, closefd) = (st.class, st.name.clone(), st.mode.clone(), st.encoding.clone(), st.backend.is_none(), st.closefd);
    let cls = match class {
        FileClass::TextIOWrapper => "TextIOWrapper",
        FileClass::BufferedReader => "BufferedReader",
        FileClass::BufferedWriter => "BufferedWriter",
        FileClass::BufferedRandom => "BufferedRandom",
        FileClass::FileIO => "FileIO",
    };
    if class == FileClass::FileIO {
        if closed {
            return Ok("<_io.FileIO [closed]>".into());
        }
        return Ok(format!("<_io.FileIO name={} mode='{mode}' closefd={}>", ops::repr(vm, &name)?, if closefd { "True" } else { "False" }));
    }
    let name = ops::repr(vm, &name)?;
    Ok(match class {
        FileClass::TextIOWrapper => format!("<_io.{cls} name={name} mode={} encoding={}>", crate::text::str_repr(&mode), crate::text::str_repr(&encoding)),
        _ => format!("<_io.{cls} name={name}>"),
    })
}

// ---- attributes ----

fn get_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.state.get().name.clone())
}
fn get_mode(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(&this(v)?.state.get().mode))
}
fn get_closed(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(this(v)?.state.get().backend.is_none()))
}
fn get_encoding(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(&this(v)?.state.get().encoding))
}
fn get_errors(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(&this(v)?.state.get().errors))
}
fn get_none(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    this(v)?;
    Ok(Value::NONE)
}
fn get_line_buffering(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    this(v)?;
    Ok(Value::FALSE)
}
fn get_closefd(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(this(v)?.state.get().closefd))
}

type Getter = fn(&mut Vm, &Value) -> PyResult<Value>;

pub fn install() {
    let t = types();
    let common: &[(&'static str, crate::objects::func::NativeFn)] = &[
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("writelines", writelines),
        ("flush", flush),
        ("close", close),
        ("tell", tell),
        ("seek", seek),
        ("truncate", truncate),
        ("fileno", fileno),
        ("isatty", isatty),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", iter),
        ("__next__", next),
    ];
    let text_attrs: &[(&'static str, Getter)] =
        &[("name", get_name), ("mode", get_mode), ("closed", get_closed), ("encoding", get_encoding), ("errors", get_errors), ("newlines", get_none), ("line_buffering", get_line_buffering)];
    let bin_attrs: &[(&'static str, Getter)] = &[("name", get_name), ("mode", get_mode), ("closed", get_closed)];
    for (i, cls) in t.files.iter().enumerate() {
        super::set_class_attr(cls, "__module__", intern("_io"));
        let owner = ["TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom", "FileIO"][i];
        super::register_methods(cls, owner, common);
        let attrs = if i == FileClass::TextIOWrapper as usize { text_attrs } else { bin_attrs };
        for (name, get) in attrs {
            super::set_class_attr(cls, name, crate::objects::misc::new_descriptor(crate::objects::misc::DescriptorData::Getter { name, get: *get }));
        }
        if i == FileClass::FileIO as usize {
            super::set_class_attr(cls, "closefd", crate::objects::misc::new_descriptor(crate::objects::misc::DescriptorData::Getter { name: "closefd", get: get_closefd }));
        }
    }
}
