//! File objects (what `open()` returns, and `sys.stdin`/`stdout`/`stderr`):
//! one payload for text and binary files. The Python-visible behaviour
//! (text decoding, newline translation, CPython's errors) is in
//! `builtins::files`; this file holds the state and the byte-level buffer
//! operations on the operating-system file.

use super::PyCell;
use crate::heap::{alloc, ObjKind, Payload};
use crate::text::codecs::Codec;
use crate::value::Value;
use std::io::{Read, Seek, SeekFrom, Write};

/// Read chunk size, as CPython's (so what a text file's reads pull in before
/// a write in `r+` mode matches).
pub const CHUNK: usize = 8192;

pub enum Backend {
    Disk(std::fs::File),
    /// The process's standard streams. Output to stdout goes through the
    /// interpreter's buffered writer (`Vm::out`), so it is written by
    /// `builtins::files`, not here.
    Stdin,
    Stdout,
    Stderr,
}

/// Which CPython class the object presents as.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FileClass {
    TextIOWrapper,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
    FileIO,
}

pub struct FileState {
    /// `None` once closed.
    pub backend: Option<Backend>,
    pub name: Value,
    /// The `mode` attribute.
    pub mode: String,
    pub class: FileClass,
    pub readable: bool,
    pub writable: bool,
    pub codec: Codec,
    /// The `encoding` attribute, as given (or "UTF-8").
    pub encoding: String,
    pub errors: String,
    /// `newline=`: `None` is universal-newlines mode.
    pub newline: Option<String>,
    /// `closefd=False` leaves the descriptor open on close.
    pub closefd: bool,
    /// Bytes read from the OS and not consumed yet: `rbuf[rpos..]`.
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    /// Bytes written and not yet passed to the OS.
    pub wbuf: Vec<u8>,
}

impl FileState {
    pub fn is_text(&self) -> bool {
        self.class == FileClass::TextIOWrapper
    }

    pub fn unread(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    pub fn consume(&mut self, n: usize) {
        self.rpos = (self.rpos + n).min(self.rbuf.len());
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
    }

    /// Reads one more chunk from the OS into the buffer; false at end of file.
    pub fn fill(&mut self) -> std::io::Result<bool> {
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let mut chunk = [0u8; CHUNK];
        let n = loop {
            let r = match &mut self.backend {
                Some(Backend::Disk(f)) => f.read(&mut chunk),
                Some(Backend::Stdin) => std::io::stdin().read(&mut chunk),
                _ => Ok(0),
            };
            match r {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => break r?,
            }
        };
        self.rbuf.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    }

    /// Everything up to end of file, appended to the buffer.
    pub fn fill_all(&mut self) -> std::io::Result<()> {
        while self.fill()? {}
        Ok(())
    }

    /// Passes buffered writes to the OS.
    pub fn flush_writes(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        if let Some(Backend::Disk(f)) = &mut self.backend {
            f.write_all(&data)?;
        }
        Ok(())
    }

    /// Drops read-ahead before a write or seek. A binary file moves the OS
    /// position back to the logical one (as BufferedRandom does); a text
    /// file does not (CPython's text layer has consumed the whole chunk).
    pub fn drop_read_ahead(&mut self, rewind: bool) -> std::io::Result<()> {
        let unread = self.unread().len() as i64;
        self.rbuf.clear();
        self.rpos = 0;
        if rewind && unread > 0 {
            if let Some(Backend::Disk(f)) = &mut self.backend {
                f.seek(SeekFrom::Current(-unread))?;
            }
        }
        Ok(())
    }

    /// The logical position: the OS position less the unread read-ahead,
    /// plus the unflushed writes.
    pub fn tell(&mut self) -> std::io::Result<u64> {
        self.flush_writes()?;
        let unread = self.unread().len() as u64;
        match &mut self.backend {
            Some(Backend::Disk(f)) => Ok(f.stream_position()?.saturating_sub(unread)),
            _ => Err(std::io::Error::from_raw_os_error(libc::ESPIPE)),
        }
    }

    pub fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        self.flush_writes()?;
        let unread = self.unread().len() as i64;
        self.rbuf.clear();
        self.rpos = 0;
        match &mut self.backend {
            Some(Backend::Disk(f)) => {
                let pos = match pos {
                    SeekFrom::Current(n) => SeekFrom::Current(n - unread),
                    p => p,
                };
                f.seek(pos)
            }
            _ => Err(std::io::Error::from_raw_os_error(libc::ESPIPE)),
        }
    }

    /// Closes the OS file (flushing first); the first error is returned but
    /// the file is closed regardless.
    pub fn close(&mut self) -> std::io::Result<()> {
        let r = self.flush_writes();
        if let Some(Backend::Disk(f)) = self.backend.take() {
            if !self.closefd {
                use std::os::fd::IntoRawFd;
                let _ = f.into_raw_fd();
            }
        }
        r
    }
}

impl Drop for FileState {
    fn drop(&mut self) {
        // An unclosed file is flushed when collected, as in CPython.
        let _ = self.close();
    }
}

pub struct FileData {
    pub state: PyCell<FileState>,
}

thread_local! {
    /// Files with buffered writes not yet passed to the OS.
    static DIRTY: std::cell::RefCell<Vec<*const FileData>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Records that `f` holds buffered writes (so `flush_all_dirty` finds it).
pub fn mark_dirty(f: &FileData) {
    let p = f as *const FileData;
    DIRTY.with(|d| {
        let mut d = d.borrow_mut();
        if !d.contains(&p) {
            d.push(p);
        }
    });
}

/// Passes every live file's buffered writes to the OS. CPython closes a
/// file the moment its last reference goes; pylift may keep a temporary
/// alive in a register a little longer, so `open(p, 'w').write(s)` followed
/// by reading `p` relies on this being called first.
pub fn flush_all_dirty() {
    let files = DIRTY.with(|d| std::mem::take(&mut *d.borrow_mut()));
    for p in files {
        // SAFETY: a FileData removes itself from the list when dropped, so
        // every pointer in it is live.
        let f = unsafe { &*p };
        let _ = f.state.get_mut().flush_writes();
    }
}

impl Drop for FileData {
    fn drop(&mut self) {
        let p = self as *const FileData;
        // try_with: files may be dropped while thread-locals are torn down.
        let _ = DIRTY.try_with(|d| d.borrow_mut().retain(|x| *x != p));
    }
}

impl Payload for FileData {
    const KIND: ObjKind = ObjKind::File;
}

pub fn new_file(state: FileState) -> Value {
    alloc(FileData { state: PyCell::new(state) })
}

impl Value {
    pub fn as_file(&self) -> Option<&FileData> {
        self.downcast::<FileData>()
    }
}
