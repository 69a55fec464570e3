//! Byte offsets (what ruff reports) → lines and character columns (what
//! pylift's AST and CPython's `SyntaxError` use).
//!
//! The table is built once per parse. Lines are found by binary search over
//! line starts; columns count code points, found by binary search over the
//! positions of multi-byte characters, so a lookup is O(log n) whatever the
//! line length.

use super::super::ast::Loc;
use super::super::{SyntaxErrorInfo, SyntaxErrorKind};

pub(super) struct SourceMap<'s> {
    src: &'s str,
    /// Byte offset of the first character of each line; `line_starts[0] == 0`.
    line_starts: Vec<u32>,
    /// For each multi-byte character: its byte offset and the number of bytes
    /// beyond one per character in the source up to and including it.
    wide: Vec<(u32, u32)>,
}

impl<'s> SourceMap<'s> {
    pub(super) fn new(src: &'s str) -> Self {
        let mut line_starts = vec![0];
        let mut wide = Vec::new();
        let mut extra = 0u32;
        let mut chars = src.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next = offset32(i + c.len_utf8());
            match c {
                // "\r\n" is one line break; a lone '\r' is one too, as in ruff.
                '\r' if chars.peek().is_some_and(|&(_, n)| n == '\n') => {}
                '\n' | '\r' => line_starts.push(next),
                _ if c.len_utf8() > 1 => {
                    extra += offset32(c.len_utf8() - 1);
                    wide.push((offset32(i), extra));
                }
                _ => {}
            }
        }
        SourceMap { src, line_starts, wide }
    }

    pub(super) fn source(&self) -> &'s str {
        self.src
    }

    /// 1-based number of the line containing `offset`.
    pub(super) fn line_of(&self, offset: u32) -> u32 {
        offset32(self.line_starts.partition_point(|&s| s <= offset).max(1))
    }

    /// Byte offset where 1-based line `line` starts (the end of the source
    /// for lines past the end).
    pub(super) fn line_start(&self, line: u32) -> u32 {
        let idx = (line as usize).saturating_sub(1);
        self.line_starts.get(idx).copied().unwrap_or(offset32(self.src.len()))
    }

    /// Number of characters in `src[..offset]`.
    fn chars_before(&self, offset: u32) -> u32 {
        let i = self.wide.partition_point(|&(pos, _)| pos < offset);
        let extra = if i == 0 { 0 } else { self.wide.get(i - 1).map_or(0, |&(_, e)| e) };
        offset.saturating_sub(extra)
    }

    /// 0-based character column of `offset` within its line.
    pub(super) fn col_of(&self, offset: u32) -> u32 {
        let start = self.line_start(self.line_of(offset));
        self.chars_before(offset).saturating_sub(self.chars_before(start))
    }

    pub(super) fn loc(&self, start: u32, end: u32) -> Loc {
        Loc { line: self.line_of(start), col: self.col_of(start), end_line: self.line_of(end), end_col: self.col_of(end) }
    }

    /// The text of 1-based line `line` without its line break.
    pub(super) fn line_text(&self, line: u32) -> &'s str {
        let start = self.line_start(line) as usize;
        let end = self.line_start(line.saturating_add(1)) as usize;
        let text = self.src.get(start..end).unwrap_or("");
        text.trim_end_matches(['\n', '\r'])
    }

    fn line_len_chars(&self, line: u32) -> u32 {
        offset32(self.line_text(line).chars().count())
    }

    /// An error with an explicit CPython position: `col` is CPython's 1-based
    /// `offset` on `line`.
    pub(super) fn error(&self, kind: SyntaxErrorKind, msg: impl Into<String>, line: u32, col: u32, end_col: u32) -> SyntaxErrorInfo {
        SyntaxErrorInfo { kind, msg: msg.into(), line, col, end_col, text: self.line_text(line).to_string() }
    }

    /// An error pointing at the source range `start..end`, the way CPython
    /// points at a token or node: the caret is under its first character.
    pub(super) fn error_at(&self, kind: SyntaxErrorKind, msg: impl Into<String>, start: u32, end: u32) -> SyntaxErrorInfo {
        let line = self.line_of(start);
        let col = self.col_of(start) + 1;
        let end_col = if self.line_of(end) == line { self.col_of(end.max(start)) + 1 } else { self.line_len_chars(line) + 1 };
        self.error(kind, msg, line, col, end_col.max(col))
    }

    /// Like `error_at`, for a node that has already been lowered.
    pub(super) fn error_at_loc(&self, msg: impl Into<String>, loc: Loc) -> SyntaxErrorInfo {
        let end_col = if loc.end_line == loc.line { loc.end_col + 1 } else { self.line_len_chars(loc.line) + 1 };
        self.error(SyntaxErrorKind::SyntaxError, msg, loc.line, loc.col + 1, end_col.max(loc.col + 1))
    }

    /// An error whose caret CPython puts just after the character that ends
    /// at byte `cursor` (the tokenizer's cursor position), i.e. `offset` is
    /// the number of characters before the cursor on its line.
    pub(super) fn error_at_cursor(&self, kind: SyntaxErrorKind, msg: impl Into<String>, cursor: u32) -> SyntaxErrorInfo {
        let cursor = cursor.min(offset32(self.src.len()));
        let line = self.line_of(cursor);
        let col = self.col_of(cursor);
        self.error(kind, msg, line, col, col)
    }

    /// 1 + the character length of line `line`: where CPython puts the caret
    /// for errors detected at the end of a line.
    pub(super) fn end_of_line_col(&self, line: u32) -> u32 {
        self.line_len_chars(line) + 1
    }
}

/// Source offsets fit in u32: ruff refuses sources of 4 GiB or more.
pub(super) fn offset32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
