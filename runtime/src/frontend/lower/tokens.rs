//! The errors CPython 3.11's tokenizer raises, recomputed from ruff's token
//! stream: inconsistent indentation, unbalanced brackets, malformed numbers
//! and bad string escapes. Ruff either accepts these (tabs mixed with
//! spaces) or reports them as generic parse errors, and CPython's messages
//! and caret positions for them come from how its tokenizer scans, which is
//! reproduced here.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_text_size::Ranged;

use super::super::{SyntaxErrorInfo, SyntaxErrorKind};
use super::source::{offset32, SourceMap};

/// How a tokenizer error competes with the parser's first error (see
/// `diagnose::choose`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Strength {
    /// Raised as an exception by the tokenizer itself: wins over an earlier
    /// parser error, because CPython tokenizes the rest of the file after a
    /// parse error and lets these replace it.
    Strong,
    /// Reported through the tokenizer's status code: only wins if the parser
    /// reaches it before failing.
    Weak,
    /// End of input inside brackets opened on `line`: "'(' was never closed",
    /// which replaces a later parser error only if that error is on a later
    /// line than the bracket.
    Unclosed { line: u32 },
}

pub(super) struct TokErr {
    /// Byte offset where CPython's tokenizer detects the error, used to order
    /// it against the parser's errors.
    pub(super) pos: u32,
    pub(super) strength: Strength,
    pub(super) info: SyntaxErrorInfo,
}

/// The tokens CPython 3.11 would see: in 3.11 a whole f-string is one STRING
/// token, so everything between an f-string's start and end is skipped and
/// the start token stands for the string.
pub(super) struct TopLevel<'t> {
    iter: std::slice::Iter<'t, Token>,
    depth: u32,
}

impl<'t> TopLevel<'t> {
    pub(super) fn new(tokens: &'t [Token]) -> Self {
        TopLevel { iter: tokens.iter(), depth: 0 }
    }
}

impl<'t> Iterator for TopLevel<'t> {
    type Item = &'t Token;

    fn next(&mut self) -> Option<&'t Token> {
        loop {
            let tok = self.iter.next()?;
            match tok.kind() {
                TokenKind::FStringStart | TokenKind::TStringStart => {
                    self.depth += 1;
                    if self.depth == 1 {
                        return Some(tok);
                    }
                }
                TokenKind::FStringEnd | TokenKind::TStringEnd => self.depth = self.depth.saturating_sub(1),
                _ if self.depth == 0 => return Some(tok),
                _ => {}
            }
        }
    }
}

pub(super) fn start(tok: &Token) -> u32 {
    tok.start().to_u32()
}

pub(super) fn end(tok: &Token) -> u32 {
    tok.end().to_u32()
}

// ---------------------------------------------------------------- indentation

/// CPython's limit on nested indentation levels (MAXINDENT).
const MAX_INDENT: usize = 100;

/// Replays CPython's indentation bookkeeping on every logical line: columns
/// are computed with tab stops of 8 and, separately, of 1; if the two
/// disagree about whether a line is indented more, less or the same, the
/// indentation depends on the tab size and CPython raises TabError.
pub(super) fn check_indentation(map: &SourceMap, tokens: &[Token]) -> Option<TokErr> {
    let mut stack: Vec<(u32, u32)> = vec![(0, 0)];
    let mut at_line_start = true;
    // Ruff may end a logical line inside brackets while recovering from an
    // error; CPython never does.
    let mut brackets = 0usize;
    for tok in TopLevel::new(tokens) {
        match tok.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => brackets += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => brackets = brackets.saturating_sub(1),
            _ => {}
        }
        match tok.kind() {
            TokenKind::Newline if brackets > 0 => continue,
            TokenKind::Newline => {
                at_line_start = true;
                continue;
            }
            TokenKind::NonLogicalNewline | TokenKind::Comment | TokenKind::Indent | TokenKind::Dedent => continue,
            TokenKind::EndOfFile => break,
            _ if !at_line_start => continue,
            _ => at_line_start = false,
        }
        let line = map.line_of(start(tok));
        // A line starting with a backslash continues onto the next one
        // and does not count for indentation.
        let text = map.line_text(line);
        if text.trim_start_matches([' ', '\t', '\x0c']).starts_with('\\') {
            continue;
        }
        let (col, altcol) = indent_width(map.source(), map.line_start(line));
        if let Some(err) = indent_step(&mut stack, col, altcol) {
            return Some(indent_error(map, err, line));
        }
    }
    None
}

/// In "eval" mode CPython's tokenizer still measures the indentation of
/// the first line, and an indented expression is an "unexpected indent";
/// ruff skips leading blanks there.
pub(super) fn check_eval_indentation(map: &SourceMap, tokens: &[Token]) -> Option<SyntaxErrorInfo> {
    let first = tokens.iter().find(|t| !matches!(t.kind(), TokenKind::NonLogicalNewline | TokenKind::Newline | TokenKind::Comment | TokenKind::Indent | TokenKind::Dedent))?;
    let line = map.line_of(start(first));
    let indent = map.col_of(start(first));
    let indented = indent > 0 && map.line_text(line).starts_with([' ', '\t', '\x0c']);
    indented.then(|| map.error(SyntaxErrorKind::IndentationError, "unexpected indent", line, indent, indent))
}

enum IndentError {
    Inconsistent,
    Dedent,
    TooDeep,
}

/// The indentation of the line starting at `line_start`, measured with tab
/// stops of 8 and of 1. The whole leading whitespace counts, even where
/// ruff's first token on the line is an error token covering some of it.
fn indent_width(src: &str, line_start: u32) -> (u32, u32) {
    let indent = src.get(line_start as usize..).unwrap_or("");
    let (mut col, mut altcol) = (0u32, 0u32);
    for b in indent.bytes() {
        match b {
            b' ' => {
                col += 1;
                altcol += 1;
            }
            b'\t' => {
                col = (col / 8 + 1) * 8;
                altcol += 1;
            }
            // Form feed resets the column (CPython does this "for Emacs users").
            b'\x0c' => (col, altcol) = (0, 0),
            _ => break,
        }
    }
    (col, altcol)
}

fn indent_step(stack: &mut Vec<(u32, u32)>, col: u32, altcol: u32) -> Option<IndentError> {
    let &(top, alttop) = stack.last()?;
    if col == top {
        return (altcol != alttop).then_some(IndentError::Inconsistent);
    }
    if col > top {
        if stack.len() >= MAX_INDENT {
            return Some(IndentError::TooDeep);
        }
        if altcol <= alttop {
            return Some(IndentError::Inconsistent);
        }
        stack.push((col, altcol));
        return None;
    }
    while stack.len() > 1 && stack.last().is_some_and(|&(c, _)| col < c) {
        stack.pop();
    }
    let &(top, alttop) = stack.last()?;
    if col != top {
        Some(IndentError::Dedent)
    } else {
        (altcol != alttop).then_some(IndentError::Inconsistent)
    }
}

fn indent_error(map: &SourceMap, err: IndentError, line: u32) -> TokErr {
    let info = match err {
        IndentError::Inconsistent => map.error(SyntaxErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", line, 1, 1),
        IndentError::TooDeep => map.error(SyntaxErrorKind::IndentationError, "too many levels of indentation", line, 1, 1),
        IndentError::Dedent => {
            let col = map.end_of_line_col(line);
            map.error(SyntaxErrorKind::IndentationError, "unindent does not match any outer indentation level", line, col, col)
        }
    };
    TokErr { pos: map.line_start(line), strength: Strength::Weak, info }
}

// ------------------------------------------------------------------- f-strings

/// A one-line f-string that runs onto another line. Ruff accepts line
/// breaks inside replacement fields (PEP 701); in 3.11 the string simply
/// ends unterminated at the first line break not escaped by a backslash.
pub(super) fn check_fstring_lines(map: &SourceMap, tokens: &[Token]) -> Option<TokErr> {
    let src = map.source();
    let mut depth = 0u32;
    let mut opener: Option<&Token> = None;
    for tok in tokens {
        match tok.kind() {
            TokenKind::FStringStart => {
                if depth == 0 {
                    opener = Some(tok);
                }
                depth += 1;
            }
            TokenKind::FStringEnd => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    if let Some(err) = opener.take().and_then(|o| line_break_in_fstring(map, o, end(tok))) {
                        return Some(err);
                    }
                }
            }
            // A `#` in a replacement field, which ruff lexes as a comment
            // running to the end of the line, is its own error.
            TokenKind::Comment if opener.is_some_and(|o| map.line_of(start(o)) == map.line_of(start(tok))) => {
                opener = None;
            }
            _ => {}
        }
    }
    opener.and_then(|o| line_break_in_fstring(map, o, offset32(src.len())))
}

fn line_break_in_fstring(map: &SourceMap, opener: &Token, stop: u32) -> Option<TokErr> {
    let src = map.source();
    let text = src.get(start(opener) as usize..end(opener) as usize)?;
    let quotes = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    if quotes.len() >= 3 {
        return None;
    }
    let body = src.get(end(opener) as usize..stop as usize)?.as_bytes();
    let mut i = 0;
    while let Some(&c) = body.get(i) {
        match c {
            b'\\' => i += 2,
            b'\n' | b'\r' => {
                let line = map.line_of(end(opener) + offset32(i));
                let msg = format!("unterminated string literal (detected at line {line})");
                let at = start(opener);
                let info = map.error_at(SyntaxErrorKind::SyntaxError, msg, at, at);
                return Some(TokErr { pos: at, strength: Strength::Strong, info });
            }
            _ => i += 1,
        }
    }
    None
}

// ------------------------------------------------------------------- brackets

/// CPython's limit on nested brackets (MAXLEVEL).
const MAX_LEVEL: usize = 200;

/// The first bracket error: too deep, unmatched or mismatched closer, or a
/// bracket still open at the end of the input.
pub(super) fn check_brackets(map: &SourceMap, tokens: &[Token]) -> Option<TokErr> {
    let mut stack: Vec<(char, u32)> = Vec::new();
    for tok in TopLevel::new(tokens) {
        let at = start(tok);
        let strong = |msg: String| TokErr { pos: at, strength: Strength::Strong, info: map.error_at(SyntaxErrorKind::SyntaxError, msg, at, at) };
        let close = match tok.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                if stack.len() >= MAX_LEVEL {
                    return Some(strong("too many nested parentheses".to_string()));
                }
                stack.push((bracket_char(tok.kind()), at));
                continue;
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => bracket_char(tok.kind()),
            _ => continue,
        };
        let Some((open, open_at)) = stack.pop() else {
            return Some(strong(format!("unmatched '{close}'")));
        };
        if matching_close(open) != close {
            let mut msg = format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'");
            let open_line = map.line_of(open_at);
            if open_line != map.line_of(at) {
                msg.push_str(&format!(" on line {open_line}"));
            }
            return Some(strong(msg));
        }
    }
    let &(open, open_at) = stack.last()?;
    let info = map.error_at(SyntaxErrorKind::SyntaxError, format!("'{open}' was never closed"), open_at, open_at);
    Some(TokErr { pos: offset32(map.source().len()), strength: Strength::Unclosed { line: map.line_of(open_at) }, info })
}

fn bracket_char(kind: TokenKind) -> char {
    match kind {
        TokenKind::Lpar => '(',
        TokenKind::Rpar => ')',
        TokenKind::Lsqb => '[',
        TokenKind::Rsqb => ']',
        TokenKind::Lbrace => '{',
        _ => '}',
    }
}

fn matching_close(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// How many brackets are open just before byte `offset`.
pub(super) fn bracket_depth_at(tokens: &[Token], offset: u32) -> (usize, Option<u32>) {
    let mut open: Vec<u32> = Vec::new();
    for tok in TopLevel::new(tokens).take_while(|t| start(t) < offset) {
        match tok.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => open.push(end(tok)),
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                open.pop();
            }
            _ => {}
        }
    }
    (open.len(), open.last().copied())
}

// -------------------------------------------------------------------- numbers

/// The first number literal that CPython's tokenizer rejects, such as `1abc`
/// (ruff lexes `1` and `abc`), `0x`, `1_` or `0777`.
pub(super) fn check_numbers(map: &SourceMap, tokens: &[Token]) -> Option<TokErr> {
    TopLevel::new(tokens).find_map(|tok| check_number_at(map, start(tok) as usize))
}

/// Checks the number literal starting at byte `at`, if one does.
pub(super) fn check_number_at(map: &SourceMap, at: usize) -> Option<TokErr> {
    let bytes = map.source().as_bytes();
    let starts_number = match bytes.get(at) {
        Some(b'0'..=b'9') => true,
        Some(b'.') => bytes.get(at + 1).is_some_and(u8::is_ascii_digit),
        _ => false,
    };
    if !starts_number {
        return None;
    }
    let err = NumberScan { bytes, i: at }.scan().err()?;
    let info = match err.range_end {
        Some(end) => {
            let line = map.line_of(offset32(at));
            map.error(SyntaxErrorKind::SyntaxError, err.msg, line, map.col_of(offset32(at)) + 1, map.col_of(offset32(end)))
        }
        None => map.error_at_cursor(SyntaxErrorKind::SyntaxError, err.msg, offset32(err.cursor)),
    };
    Some(TokErr { pos: offset32(at), strength: Strength::Strong, info })
}

/// Where the number literal around byte `at` starts, for errors ruff reports
/// in the middle of one (`1._` yields no token for `1.`).
pub(super) fn number_start_before(src: &str, at: usize) -> usize {
    let bytes = src.as_bytes();
    let mut i = at;
    while i > 0 && bytes.get(i - 1).is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.') {
        i -= 1;
    }
    // Step over names and attribute dots before the literal, as in `x.1_`.
    while i < at {
        match bytes.get(i) {
            Some(c) if c.is_ascii_alphabetic() || *c == b'_' => {
                while bytes.get(i).is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_') {
                    i += 1;
                }
            }
            Some(b'.') if !bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => i += 1,
            _ => break,
        }
    }
    i
}

struct NumErr {
    msg: String,
    /// Where the tokenizer's cursor was: the caret goes just before it.
    cursor: usize,
    /// For errors CPython reports as a range from the literal's start.
    range_end: Option<usize>,
}

/// A transcription of the number branch of CPython 3.11's `tok_get`, so that
/// the message and the caret position come out the same. Reading past the
/// end yields '\n', as CPython always sees a final newline.
struct NumberScan<'b> {
    bytes: &'b [u8],
    i: usize,
}

type Scan<T> = Result<T, NumErr>;

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}

impl NumberScan<'_> {
    fn next(&mut self) -> u8 {
        let c = self.bytes.get(self.i).copied().unwrap_or(b'\n');
        self.i += 1;
        c
    }

    fn backup(&mut self) {
        self.i = self.i.saturating_sub(1);
    }

    fn fail<T>(&self, msg: impl Into<String>) -> Scan<T> {
        Err(NumErr { msg: msg.into(), cursor: self.i, range_end: None })
    }

    fn scan(mut self) -> Scan<()> {
        let start = self.i;
        let c = self.next();
        if c == b'.' {
            let c = self.next();
            return self.fraction(c);
        }
        if c != b'0' {
            let c = self.decimal_tail()?;
            return self.after_integer(c);
        }
        let c = self.next();
        match c {
            b'x' | b'X' => self.radix_digits(16, "hexadecimal"),
            b'o' | b'O' => self.radix_digits(8, "octal"),
            b'b' | b'B' => self.radix_digits(2, "binary"),
            _ => self.after_leading_zero(c, start),
        }
    }

    /// Digits after `0x`/`0o`/`0b`, with single underscores between them.
    fn radix_digits(&mut self, radix: u32, kind: &str) -> Scan<()> {
        let is_digit = |c: u8| (c as char).is_digit(radix);
        let mut c = self.next();
        loop {
            if c == b'_' {
                c = self.next();
            }
            if !is_digit(c) {
                // A decimal digit that is too big for the radix is named.
                if radix < 10 && c.is_ascii_digit() {
                    return self.fail(format!("invalid digit '{}' in {kind} literal", c as char));
                }
                self.backup();
                return self.fail(format!("invalid {kind} literal"));
            }
            loop {
                c = self.next();
                if !is_digit(c) {
                    break;
                }
            }
            if c != b'_' {
                break;
            }
        }
        if radix < 10 && c.is_ascii_digit() {
            return self.fail(format!("invalid digit '{}' in {kind} literal", c as char));
        }
        self.verify_end(c, kind)
    }

    /// A decimal literal starting with `0`: only zeros may follow unless it
    /// turns out to be a float or imaginary literal.
    fn after_leading_zero(&mut self, mut c: u8, start: usize) -> Scan<()> {
        loop {
            if c == b'_' {
                c = self.next();
                if !c.is_ascii_digit() {
                    self.backup();
                    return self.fail("invalid decimal literal");
                }
            }
            if c != b'0' {
                break;
            }
            c = self.next();
        }
        let zeros_end = self.i;
        let nonzero = c.is_ascii_digit();
        if nonzero {
            c = self.decimal_tail()?;
        }
        match c {
            b'.' => {
                let c = self.next();
                self.fraction(c)
            }
            b'e' | b'E' => self.exponent(c),
            b'j' | b'J' => self.imaginary(),
            _ if nonzero => {
                self.backup();
                let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
                Err(NumErr { msg: msg.to_string(), cursor: start, range_end: Some(zeros_end) })
            }
            _ => self.verify_end(c, "decimal"),
        }
    }

    /// The rest of a decimal literal after its integer digits; `c` is the
    /// first character after them.
    fn after_integer(&mut self, c: u8) -> Scan<()> {
        if c == b'.' {
            let c = self.next();
            return self.fraction(c);
        }
        self.exponent_or_end(c)
    }

    fn fraction(&mut self, mut c: u8) -> Scan<()> {
        if c.is_ascii_digit() {
            c = self.decimal_tail()?;
        }
        self.exponent_or_end(c)
    }

    fn exponent_or_end(&mut self, c: u8) -> Scan<()> {
        match c {
            b'e' | b'E' => self.exponent(c),
            b'j' | b'J' => self.imaginary(),
            _ => self.verify_end(c, "decimal"),
        }
    }

    fn exponent(&mut self, e: u8) -> Scan<()> {
        let mut c = self.next();
        if c == b'+' || c == b'-' {
            c = self.next();
            if !c.is_ascii_digit() {
                self.backup();
                return self.fail("invalid decimal literal");
            }
        } else if !c.is_ascii_digit() {
            // `1e` followed by something else: the number ends before the
            // `e`, which must then not start an identifier.
            self.backup();
            return self.verify_end(e, "decimal");
        }
        let c = self.decimal_tail()?;
        match c {
            b'j' | b'J' => self.imaginary(),
            _ => self.verify_end(c, "decimal"),
        }
    }

    fn imaginary(&mut self) -> Scan<()> {
        let c = self.next();
        self.verify_end(c, "imaginary")
    }

    /// Digits with single underscores between them; returns the character
    /// after the last digit (already consumed).
    fn decimal_tail(&mut self) -> Scan<u8> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != b'_' {
                return Ok(c);
            }
            let c = self.next();
            if !c.is_ascii_digit() {
                self.backup();
                return self.fail("invalid decimal literal");
            }
        }
    }

    /// A number may not run into an identifier (`1abc`), except for the
    /// keywords that can follow a number in valid code (`1if x else y`),
    /// which CPython 3.11 only warns about. `c` has been consumed.
    fn verify_end(&mut self, c: u8, kind: &str) -> Scan<()> {
        let keyword_follows = match c {
            b'a' => self.lookahead(b"nd"),
            b'e' => self.lookahead(b"lse"),
            b'f' => self.lookahead(b"or"),
            b'i' => matches!(self.bytes.get(self.i), Some(b'f' | b'n' | b's')),
            b'o' => self.lookahead(b"r"),
            b'n' => self.lookahead(b"ot"),
            _ => false,
        };
        if !keyword_follows && is_ident_char(c) {
            self.backup();
            return self.fail(format!("invalid {kind} literal"));
        }
        Ok(())
    }

    /// Whether the text at the cursor is `rest` followed by a non-identifier
    /// character; the cursor does not move.
    fn lookahead(&self, rest: &[u8]) -> bool {
        let end = self.i + rest.len();
        self.bytes.get(self.i..end) == Some(rest) && !is_ident_char(self.bytes.get(end).copied().unwrap_or(b'\n'))
    }
}

// -------------------------------------------------------------------- escapes

/// CPython's message for the first bad escape in the body of a string
/// literal. `bad` is where ruff located an escape error, relative to `body`;
/// it is needed to tell which `\N{...}` names are unknown, as checking names
/// would need the Unicode name table.
pub(super) fn escape_error(body: &str, is_bytes: bool, bad: usize) -> Option<String> {
    if is_bytes {
        return bytes_escape_error(body.as_bytes());
    }
    let b = body.as_bytes();
    // CPython 3.11 first rewrites each non-ASCII character as a 10-byte
    // `\UXXXXXXXX` escape and a backslash before one as `\u005c`, and the
    // decoder's error positions count bytes of that rewritten text.
    let (mut i, mut pos) = (0usize, 0usize);
    while i < b.len() {
        let c = b.get(i).copied().unwrap_or(0);
        if c >= 0x80 {
            i += utf8_len(c);
            pos += 10;
            continue;
        }
        i += 1;
        pos += 1;
        if c != b'\\' {
            continue;
        }
        let esc_start = pos - 1;
        let esc_byte = i - 1;
        match b.get(i).copied() {
            None => break,
            Some(n) if n >= 0x80 => pos += 5,
            Some(n) => {
                i += 1;
                pos += 1;
                let reason = match n {
                    b'x' => hex_escape(b, &mut i, &mut pos, 2, "truncated \\xXX escape"),
                    b'u' => hex_escape(b, &mut i, &mut pos, 4, "truncated \\uXXXX escape"),
                    b'U' => hex_escape(b, &mut i, &mut pos, 8, "truncated \\UXXXXXXXX escape"),
                    b'N' => named_escape(b, &mut i, &mut pos, named_contains(b, esc_byte, bad)),
                    _ => None,
                };
                if let Some(reason) = reason {
                    let end = pos.saturating_sub(1).max(esc_start);
                    return Some(format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {esc_start}-{end}: {reason}"));
                }
            }
        }
    }
    None
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        _ => 2,
    }
}

/// `n` hex digits after `\x`, `\u` or `\U`; on failure the position is
/// left at the first non-digit, where CPython's decoder stops.
fn hex_escape(b: &[u8], i: &mut usize, pos: &mut usize, n: usize, truncated: &'static str) -> Option<&'static str> {
    let mut value: u32 = 0;
    for _ in 0..n {
        let Some(digit) = b.get(*i).and_then(|&c| (c as char).to_digit(16)) else {
            return Some(truncated);
        };
        value = value.saturating_mul(16).saturating_add(digit);
        *i += 1;
        *pos += 1;
    }
    (value > 0x10FFFF).then_some("illegal Unicode character")
}

/// Whether ruff's error offset falls inside the `\N{...}` escape at `esc`.
fn named_contains(b: &[u8], esc: usize, bad: usize) -> bool {
    let close = b.get(esc..).and_then(|rest| rest.iter().position(|&c| c == b'}'));
    close.is_some_and(|close| (esc..=esc + close).contains(&bad))
}

/// `\N{name}`; `unknown` says whether ruff rejected the name.
fn named_escape(b: &[u8], i: &mut usize, pos: &mut usize, unknown: bool) -> Option<&'static str> {
    const MALFORMED: &str = "malformed \\N character escape";
    if b.get(*i) != Some(&b'{') {
        return Some(MALFORMED);
    }
    *i += 1;
    *pos += 1;
    let name_start = *i;
    while b.get(*i).is_some_and(|&c| c != b'}') {
        *pos += if b.get(*i).is_some_and(|&c| c >= 0x80) { 10 } else { 1 };
        *i += 1;
    }
    if *i >= b.len() || *i == name_start {
        return Some(MALFORMED);
    }
    *i += 1;
    *pos += 1;
    unknown.then_some("unknown Unicode character name")
}

fn bytes_escape_error(b: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < b.len() {
        if b.get(i) == Some(&b'\\') {
            if b.get(i + 1) == Some(&b'x') && !b.get(i + 2..i + 4).is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
                return Some(format!("(value error) invalid \\x escape at position {i}"));
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    None
}
