//! Ruff's parse errors → the `SyntaxError` CPython 3.11 raises for the same
//! source: which error wins, its message, and where the caret goes.
//!
//! CPython reports one error. Its tokenizer errors (see `tokens`) and its
//! parser errors compete by position, with one twist reproduced in `choose`:
//! after a parser error, CPython tokenizes the rest of the file and a
//! tokenizer exception found there replaces the parser error.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::{Expr, Mod, Stmt};
use ruff_python_parser::{InterpolatedStringErrorType as FErr, LexicalErrorType as LexErr, ParseError, ParseErrorType as PErr, Parsed, UnsupportedSyntaxError, UnsupportedSyntaxErrorKind as Uns};
use ruff_text_size::{Ranged, TextRange};

use super::super::{SyntaxErrorInfo, SyntaxErrorKind};
use super::source::{offset32, SourceMap};
use super::tokens::{self, end, start, Strength, TokErr, TopLevel};
use super::tree::{self, comparison_hint_applies, expr_name, is_bitwise_or_level, is_complete, is_disjunction_level, is_excluded_from_hint, Around};

/// The error to report for `parsed`, or None if it is valid Python 3.11 as
/// far as parsing goes.
pub(super) fn first_error(map: &SourceMap, parsed: &Parsed<Mod>) -> Option<SyntaxErrorInfo> {
    let cx = Cx { map, tokens: parsed.tokens(), root: parsed.syntax() };
    let (tok_errs, candidates) = cx.sort_errors(parsed);
    cx.choose(&tok_errs, cx.first_candidate(&candidates)).or_else(|| {
        // Ruff found an error that none of the above accounts for (it is
        // never right to lower a tree ruff had to repair).
        let err = parsed.errors().iter().min_by_key(|e| e.location.start())?;
        Some(cx.invalid_syntax(err.location).info)
    })
}

enum Candidate<'e> {
    Parse(&'e ParseError),
    Unsupported(&'e UnsupportedSyntaxError),
}

impl Candidate<'_> {
    fn pos(&self) -> u32 {
        match self {
            Candidate::Parse(e) => e.location.start().to_u32(),
            Candidate::Unsupported(e) => e.range.start().to_u32(),
        }
    }
}

enum Class {
    /// An error CPython's tokenizer raises.
    Tokenizer(TokErr),
    /// An error CPython's parser raises.
    Parser,
    /// Not an error for pylift (syntax ruff flags as newer than 3.11 that
    /// lowering handles), or one `tokens` already accounts for.
    Ignored,
}

/// A parser error as CPython words and places it.
struct Mapped {
    info: SyntaxErrorInfo,
    /// False for errors CPython raises without tokenizing the rest of the
    /// file ("unexpected indent"), so no later tokenizer error replaces them.
    overridable: bool,
}

struct Cx<'a> {
    map: &'a SourceMap<'a>,
    tokens: &'a [Token],
    root: &'a Mod,
}

impl<'a> Cx<'a> {
    /// Splits the errors into CPython's tokenizer errors, sorted by
    /// position, and its parser errors, in the order ruff reported them.
    fn sort_errors<'p>(&self, parsed: &'p Parsed<Mod>) -> (Vec<TokErr>, Vec<Candidate<'p>>) {
        // Indentation, bracket nesting and f-strings can be wrong in
        // programs ruff accepts (tabs mixed with spaces, 201 nested
        // parentheses, line breaks in a one-line f-string).
        let mut tok_errs: Vec<TokErr> = tokens::check_indentation(self.map, self.tokens).into_iter().collect();
        tok_errs.extend(tokens::check_brackets(self.map, self.tokens));
        tok_errs.extend(tokens::check_fstring_lines(self.map, self.tokens));
        let mut candidates = Vec::new();
        if !parsed.errors().is_empty() {
            tok_errs.extend(tokens::check_numbers(self.map, self.tokens));
        }
        for err in parsed.errors() {
            match self.classify(err) {
                Class::Tokenizer(tok_err) => tok_errs.push(tok_err),
                Class::Parser => candidates.push(Candidate::Parse(err)),
                Class::Ignored => {}
            }
        }
        for err in parsed.unsupported_syntax_errors() {
            match self.classify_unsupported(err) {
                Class::Tokenizer(tok_err) => tok_errs.push(tok_err),
                Class::Parser => candidates.push(Candidate::Unsupported(err)),
                Class::Ignored => {}
            }
            // Where an f-string reuses its quote inside a replacement field,
            // 3.11 ends the string; ruff's tokens for that line (an
            // "unterminated" f-string, say) no longer match CPython's.
            if matches!(err.kind, Uns::Pep701FString(_)) && pep701_detail(err.kind) == "NestedQuote" {
                let line = self.map.line_of(err.range.start().to_u32());
                tok_errs.retain(|t| self.map.line_of(t.pos) != line);
            }
        }
        tok_errs.sort_by_key(|t| t.pos);
        (tok_errs, candidates)
    }

    /// The parser error CPython would meet first. Ruff reports parse errors
    /// in the order its parser meets them, which is what decides CPython's
    /// choice too: errors found while recovering may sit earlier in the
    /// source (`await = 1` first lacks an operand, then has an invalid
    /// target). Version-related errors are reported separately, so the
    /// earliest of those competes by position.
    fn first_candidate<'c>(&self, candidates: &'c [Candidate<'c>]) -> Option<&'c Candidate<'c>> {
        let first_parse = self.first_parse_error(candidates);
        let first_unsupported = candidates.iter().filter(|c| matches!(c, Candidate::Unsupported(_))).min_by_key(|c| c.pos());
        first_parse.into_iter().chain(first_unsupported).min_by_key(|c| c.pos())
    }

    /// The first parse error ruff reported, except that an error inside a
    /// call's arguments or a parameter list comes before ruff's complaint
    /// about their order: CPython only checks the order once they parsed.
    fn first_parse_error<'c>(&self, candidates: &'c [Candidate<'c>]) -> Option<&'c Candidate<'c>> {
        let mut parse_errors = candidates.iter().filter(|c| matches!(c, Candidate::Parse(_)));
        let first = parse_errors.next()?;
        let Candidate::Parse(err) = first else { return Some(first) };
        if !is_about_order(&err.error) {
            return Some(first);
        }
        let close = self.closing_bracket_after(err.location.start().to_u32());
        let inner = close.and_then(|close| parse_errors.find(|c| c.pos() < close));
        Some(inner.unwrap_or(first))
    }

    /// Offset of the bracket closing the innermost one open at `at`.
    fn closing_bracket_after(&self, at: u32) -> Option<u32> {
        let mut depth = 0usize;
        for tok in TopLevel::new(self.tokens).filter(|t| start(t) >= at) {
            match tok.kind() {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace if depth == 0 => return Some(start(tok)),
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
                _ => {}
            }
        }
        None
    }

    fn choose(&self, tok_errs: &[TokErr], first: Option<&Candidate>) -> Option<SyntaxErrorInfo> {
        let Some(first) = first else {
            return tok_errs.first().map(|t| t.info.clone());
        };
        let pos = first.pos();
        if let Some(t) = tok_errs.first().filter(|t| t.pos <= self.reached(first)) {
            return Some(t.info.clone());
        }
        let mapped = match first {
            Candidate::Parse(e) => self.map_parse_error(e),
            Candidate::Unsupported(e) => self.map_unsupported(e),
        };
        if !mapped.overridable {
            return Some(mapped.info);
        }
        let later = tok_errs.iter().find(|t| t.pos > pos);
        let replaces = match later.map(|t| t.strength) {
            Some(Strength::Strong) => true,
            Some(Strength::Unclosed { line }) => match self.lookahead(first, pos) {
                None => true,
                Some(failure_line) => failure_line > line,
            },
            _ => false,
        };
        match later {
            Some(t) if replaces => Some(t.info.clone()),
            _ => Some(mapped.info),
        }
    }

    /// How far CPython's tokenizer has read when its parser fails where
    /// `failed` is: when ruff misses a block after a header it points at
    /// the header's line break, but CPython has read the next line's
    /// indentation by then.
    fn reached(&self, failed: &Candidate) -> u32 {
        match failed {
            Candidate::Parse(ParseError { error: PErr::OtherError(msg), location })
                if msg.starts_with("Expected an indented block after ") && self.tokens.iter().any(|t| t.kind() == TokenKind::Newline && t.range() == *location) =>
            {
                location.end().to_u32()
            }
            _ => failed.pos(),
        }
    }

    /// The line of the last token CPython's parser read before failing at
    /// `pos`, or None if that was the end of the input. Where two
    /// expressions stand side by side, CPython parses the second one and
    /// reads the token after it.
    fn lookahead(&self, failed: &Candidate, pos: u32) -> Option<u32> {
        let failing = self.cpython_token_from(pos);
        let last = match failed {
            // The misordered argument or parameter was parsed, and so was
            // the second of two expressions side by side.
            Candidate::Parse(err) if is_about_order(&err.error) => self.cpython_token_from(err.location.end().to_u32()),
            Candidate::Parse(ParseError { error: PErr::ExpectedToken { expected, found }, .. }) if is_juxtaposition(*expected, *found) => failing.and_then(|tok| self.cpython_token_from(end(tok))),
            // `x = 0` where `==` was maybe meant: CPython parses the `0` and
            // checks the token after it.
            _ if failing.is_some_and(|t| t.kind() == TokenKind::Equal) && self.operand_before(pos).is_some() => {
                failing.and_then(|eq| self.cpython_token_from(end(eq))).and_then(|value| self.cpython_token_from(end(value)))
            }
            _ => failing,
        };
        match last {
            Some(tok) if tok.kind() == TokenKind::EndOfFile => None,
            Some(tok) => Some(self.map.line_of(start(tok)).max(self.map.line_of(pos))),
            None => Some(self.map.line_of(pos)),
        }
    }

    // ---------------------------------------------------------- classifying

    /// Sorts ruff's errors into those CPython raises from its tokenizer and
    /// from its parser.
    fn classify(&self, err: &ParseError) -> Class {
        match self.tokenizer_error(err) {
            Some(tok_err) => Class::Tokenizer(tok_err),
            // Input ending inside brackets: `tokens::check_brackets` has it.
            None if matches!(err.error, PErr::Lexical(LexErr::Eof)) => Class::Ignored,
            None => Class::Parser,
        }
    }

    fn tokenizer_error(&self, err: &ParseError) -> Option<TokErr> {
        let r = err.location;
        let at = r.start().to_u32();
        match &err.error {
            PErr::Lexical(LexErr::UnclosedStringError) => Some(self.unterminated_string(r)),
            PErr::Lexical(LexErr::FStringError(FErr::UnterminatedString | FErr::UnterminatedTripleQuotedString))
            | PErr::FStringError(FErr::UnterminatedString | FErr::UnterminatedTripleQuotedString) => (!self.fstring_has_comment(at)).then(|| self.unterminated_fstring(r)),
            PErr::Lexical(LexErr::TStringError(FErr::UnterminatedString | FErr::UnterminatedTripleQuotedString))
            | PErr::TStringError(FErr::UnterminatedString | FErr::UnterminatedTripleQuotedString) => Some(self.unterminated_fstring(r)),
            PErr::Lexical(LexErr::OtherError(_)) => tokens::check_number_at(self.map, tokens::number_start_before(self.map.source(), at as usize)),
            PErr::Lexical(LexErr::UnrecognizedToken { tok }) if !tok.is_ascii() => Some(self.invalid_character(*tok, at)),
            PErr::Lexical(LexErr::LineContinuationError) if self.fstring_at(at).is_none() => {
                let msg = "unexpected character after line continuation character";
                let cursor = self.map.source().get(at as usize + 1..).and_then(|s| s.chars().next()).map_or(at + 1, |c| at + 1 + offset32(c.len_utf8()));
                Some(TokErr { pos: at, strength: Strength::Weak, info: self.map.error_at_cursor(SyntaxErrorKind::SyntaxError, msg, cursor) })
            }
            PErr::Lexical(LexErr::Eof) => self.unexpected_eof(r),
            _ => None,
        }
    }

    fn classify_unsupported(&self, err: &UnsupportedSyntaxError) -> Class {
        match err.kind {
            // Lowered to `StmtKind::Unsupported`, which the compiler reports.
            Uns::TypeAliasStatement => Class::Ignored,
            // A line break inside a non-triple-quoted f-string: in 3.11 the
            // string simply ends at the line break.
            Uns::Pep701FString(_) if pep701_detail(err.kind) == "LineBreak" => Class::Tokenizer(self.unterminated_fstring(err.range)),
            _ => Class::Parser,
        }
    }

    fn unterminated_string(&self, r: TextRange) -> TokErr {
        let (at, stop) = (r.start().to_u32(), r.end().to_u32());
        let text = self.map.source().get(at as usize..stop as usize).unwrap_or("");
        let triple = is_triple_quoted(text);
        self.unterminated(at, stop, triple)
    }

    fn unterminated_fstring(&self, r: TextRange) -> TokErr {
        let at = r.start().to_u32();
        let opener = self.fstring_at(at).and_then(|i| self.tokens.get(i));
        let opener_text = opener.and_then(|t| self.map.source().get(start(t) as usize..end(t) as usize)).unwrap_or("");
        let mut begin = opener.map_or(at, start);
        // `t"...`: 3.11 has no t-strings, so its string starts at the quote.
        if opener.is_some_and(|t| t.kind() == TokenKind::TStringStart) {
            begin += offset32(opener_text.bytes().take_while(u8::is_ascii_alphabetic).count());
        }
        let triple = is_triple_quoted(opener_text);
        // Ruff lets replacement fields span lines (PEP 701); in 3.11 a
        // one-line f-string ends with its line.
        let stop = if triple { r.end().to_u32() } else { self.map.line_start(self.map.line_of(begin) + 1).saturating_sub(1).max(begin) };
        self.unterminated(begin, stop, triple)
    }

    /// "unterminated string literal (detected at line N)", N being the line
    /// where the tokenizer gave up: the end of the line for one-line strings,
    /// the last line of the file for triple-quoted ones.
    fn unterminated(&self, begin: u32, stop: u32, triple: bool) -> TokErr {
        let (kind, detected) = if triple { ("triple-quoted string", self.map.line_of(stop.saturating_sub(1).max(begin))) } else { ("string", self.map.line_of(stop)) };
        let msg = format!("unterminated {kind} literal (detected at line {detected})");
        TokErr { pos: begin, strength: Strength::Strong, info: self.map.error_at(SyntaxErrorKind::SyntaxError, msg, begin, begin) }
    }

    fn invalid_character(&self, c: char, at: u32) -> TokErr {
        let code = u32::from(c);
        let msg = if is_printable(c) { format!("invalid character '{c}' (U+{code:04X})") } else { format!("invalid non-printable character U+{code:04X}") };
        TokErr { pos: at, strength: Strength::Strong, info: self.map.error_at(SyntaxErrorKind::SyntaxError, msg, at, at) }
    }

    /// A backslash continuation at the very end of the input. Input ending
    /// inside brackets is left to `tokens::check_brackets`.
    fn unexpected_eof(&self, r: TextRange) -> Option<TokErr> {
        let at = r.start().to_u32();
        let text = self.map.source().get(at as usize..r.end().to_usize())?;
        let backslash = at + offset32(text.find('\\')?);
        if tokens::bracket_depth_at(self.tokens, backslash).0 > 0 {
            return None;
        }
        let line = self.map.line_of(backslash);
        let col = self.map.end_of_line_col(line);
        let info = self.map.error(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing", line, col, col);
        Some(TokErr { pos: at, strength: Strength::Weak, info })
    }

    // ------------------------------------------------------ parser messages

    fn map_parse_error(&self, err: &ParseError) -> Mapped {
        let r = err.location;
        let at_equals = self.token_from(r.start().to_u32()).is_some_and(|t| t.kind() == TokenKind::Equal && start(t) == r.start().to_u32());
        if at_equals && matches!(err.error, PErr::ExpectedToken { .. } | PErr::ExpectedExpression | PErr::OtherError(_)) {
            if let Some(mapped) = self.equals_for_comparison(r.start().to_u32()) {
                return mapped;
            }
        }
        match &err.error {
            PErr::InvalidAssignmentTarget => self.assign_target(r),
            PErr::InvalidDeleteTarget => self.named_target(r, |name| format!("cannot delete {name}")),
            PErr::InvalidAugmentedAssignmentTarget => self.named_target(r, |name| format!("'{name}' is an illegal expression for augmented assignment")),
            PErr::InvalidNamedAssignmentTarget => self.named_target(r, |name| format!("cannot use assignment expressions with {name}")),
            PErr::InvalidAnnotatedAssignmentTarget => self.annotation_target(r),
            PErr::PositionalAfterKeywordArgument => self.at_call_end("positional argument follows keyword argument", r),
            PErr::PositionalAfterKeywordUnpacking => self.at_call_end("positional argument follows keyword argument unpacking", r),
            PErr::InvalidArgumentUnpackingOrder => self.syntax("iterable argument unpacking follows keyword argument unpacking", r),
            PErr::UnparenthesizedGeneratorExpression => self.unparenthesized_generator(r),
            PErr::NonDefaultParamAfterDefaultParam => self.syntax("non-default argument follows default argument", r),
            PErr::ParamAfterVarKeywordParam => self.syntax("arguments cannot follow var-keyword argument", r),
            PErr::VarParameterWithDefault => self.var_parameter_default(r),
            PErr::ExpectedKeywordParam => self.bare_star(r),
            PErr::UnexpectedIndentation => self.unexpected_indent(r),
            PErr::ExpectedToken { expected, found } => self.expected_token(*expected, *found, r),
            PErr::ExpectedExpression => self.expected_expression(r),
            PErr::SimpleStatementsOnSameLine => self.legacy_print(r).unwrap_or_else(|| self.invalid_syntax(r)),
            PErr::InvalidStarredExpressionUsage => self.starred_usage(r),
            PErr::InvalidMatchPatternTarget => self.syntax("cannot use '_' as a target", r),
            PErr::ExpectedRealNumber => self.syntax("real number required in complex literal", r),
            PErr::ExpectedImaginaryNumber => self.syntax("imaginary number required in complex literal", r),
            PErr::IterableUnpackingInComprehension => self.syntax("iterable unpacking cannot be used in comprehension", r),
            PErr::FStringError(kind) | PErr::Lexical(LexErr::FStringError(kind)) => self.fstring_error(kind, r),
            PErr::InvalidStarPatternUsage => {
                // CPython fails at the token after the star pattern.
                let next = self.token_from(r.end().to_u32()).map_or(r.end().to_u32(), start);
                self.syntax_at("invalid syntax", next, next)
            }
            PErr::Lexical(LexErr::LineContinuationError) => self.at_string_end("f-string expression part cannot include a backslash", r.start().to_u32()),
            PErr::Lexical(LexErr::InvalidByteLiteral) => self.invalid_byte_literal(r),
            PErr::Lexical(LexErr::UnicodeError | LexErr::MissingUnicodeLbrace | LexErr::MissingUnicodeRbrace) => self.bad_escape(r),
            // `tokens::check_indentation` normally finds this first.
            PErr::Lexical(LexErr::IndentationError) => {
                let line = self.map.line_of(r.start().to_u32());
                let col = self.map.end_of_line_col(line);
                let msg = "unindent does not match any outer indentation level";
                Mapped { info: self.map.error(SyntaxErrorKind::IndentationError, msg, line, col, col), overridable: true }
            }
            PErr::OtherError(msg) => self.other_error(msg, r),
            _ => self.invalid_syntax(r),
        }
    }

    fn other_error(&self, msg: &str, r: TextRange) -> Mapped {
        let at = r.start().to_u32();
        if let Some(what) = msg.strip_prefix("Expected an indented block after ") {
            return self.expected_block(what, r);
        }
        if msg.starts_with("Only single target (not ") || msg.starts_with("Cannot have both 'except'") {
            return self.syntax(lowercase_first(msg), r);
        }
        let next = self.token_from(r.end().to_u32());
        match msg {
            "Expected `except` or `finally` after `try` block" => self.syntax("expected 'except' or 'finally' block", r),
            "Only one '*' parameter allowed" => self.syntax("* argument may appear only once", r),
            "Only one '/' separator allowed" => self.syntax("/ may appear only once", r),
            "Position-only parameter separator not allowed as first parameter" => {
                let after_star = self.tokens.iter().rev().find(|t| start(t) < at && matches!(t.kind(), TokenKind::Star | TokenKind::Lpar));
                let msg = match after_star.map(Token::kind) {
                    Some(TokenKind::Star) => "/ must be ahead of *",
                    _ => "at least one argument must precede /",
                };
                self.syntax(msg, r)
            }
            // CPython takes a bare `*` as the whole import list and fails at
            // what follows it, or at a `*` in parentheses.
            "Star import must be the only import" | "Star import cannot be parenthesized" => {
                let star = self.tokens.iter().find(|t| start(t) >= at && t.kind() == TokenKind::Star);
                let culprit = match msg {
                    "Star import cannot be parenthesized" => star,
                    _ => star.and_then(|s| self.token_from(end(s))),
                };
                let culprit = culprit.map_or(at, start);
                self.syntax_at("invalid syntax", culprit, culprit)
            }
            "Positional patterns cannot follow keyword patterns" => self.syntax("positional patterns follow keyword patterns", r),
            "Bytes literal cannot be mixed with non-bytes literals" => self.at_string_end("cannot mix bytes and nonbytes literals", at),
            "Trailing comma not allowed" => {
                let at = next.map_or(r.end().to_u32(), start);
                self.syntax_at("trailing comma not allowed without surrounding parentheses", at, at)
            }
            "Expected a parameter name" if next.is_some_and(|t| t.kind() == TokenKind::Equal) => self.syntax("expression cannot contain assignment, perhaps you meant \"==\"?", r),
            _ => self.invalid_syntax(r),
        }
    }

    fn map_unsupported(&self, err: &UnsupportedSyntaxError) -> Mapped {
        let r = err.range;
        let at = r.start().to_u32();
        match err.kind {
            Uns::TypeParameterList | Uns::TypeParamDefault => {
                // `def f[T]` fails where 3.11 wants the parameter list.
                let is_def = self.header_keyword(at) == Some(TokenKind::Def);
                self.syntax(if is_def { "expected '('" } else { "invalid syntax" }, r)
            }
            Uns::Pep701FString(_) => match pep701_detail(err.kind).as_str() {
                "Backslash" => self.at_string_end("f-string expression part cannot include a backslash", at),
                "Comment" => self.at_string_end("f-string expression part cannot include '#'", at),
                _ => self.nested_quote(r),
            },
            Uns::TemplateStrings => {
                // 3.11 reads `t` as a name followed by a plain string.
                let text = self.map.source().get(at as usize..).unwrap_or("");
                let prefix = offset32(text.bytes().take_while(u8::is_ascii_alphabetic).count());
                self.syntax_at("invalid syntax", at + prefix, r.end().to_u32())
            }
            Uns::LazyImportStatement | Uns::ParenthesizedKeywordArgumentName => {
                let msg = match err.kind {
                    Uns::LazyImportStatement => "invalid syntax",
                    _ => "expression cannot contain assignment, perhaps you meant \"==\"?",
                };
                let next = self.next_token_after(at).map_or(at, start);
                self.syntax_at(msg, next, next)
            }
            Uns::UnparenthesizedExceptionTypes => self.syntax("multiple exception types must be parenthesized", r),
            Uns::UnpackingInComprehension(_) if format!("{:?}", err.kind).contains("DictInDict") => self.syntax("dict unpacking cannot be used in dict comprehension", r),
            Uns::UnpackingInComprehension(_) => self.syntax("iterable unpacking cannot be used in comprehension", r),
            _ => self.invalid_syntax(r),
        }
    }

    // ------------------------------------------------------------- targets

    /// `1 = x`, `f() = 3`, `for 1 in x`, ...: CPython names the kind of
    /// expression, and for the single target of a plain assignment suspects
    /// a mistyped comparison.
    fn assign_target(&self, r: TextRange) -> Mapped {
        let found = self.around(r);
        let Some(node) = found.exact else {
            return self.invalid_syntax(r);
        };
        let name = expr_name(node);
        if let Some(Stmt::Assign(assign)) = found.stmt {
            if assign.targets.iter().any(|t| t.range() == r) {
                let parenthesized = r.start() > assign.range.start();
                if assign.targets.len() == 1 && comparison_hint_applies(node, parenthesized, &assign.value) {
                    return self.syntax(format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"), r);
                }
                if matches!(node, Expr::Yield(_) | Expr::YieldFrom(_)) {
                    return self.syntax("assignment to yield expression not possible", r);
                }
            }
        }
        self.syntax(format!("cannot assign to {name}"), r)
    }

    /// `f(): int`. Without an annotation after the ':' (`f():` starting a
    /// line) CPython only sees invalid syntax at the ':'.
    fn annotation_target(&self, r: TextRange) -> Mapped {
        let colon = self.token_from(r.end().to_u32()).filter(|t| t.kind() == TokenKind::Colon);
        let after = colon.and_then(|c| self.token_from(end(c))).map(Token::kind);
        match colon {
            Some(colon) if matches!(after, Some(TokenKind::Newline | TokenKind::EndOfFile) | None) => self.syntax_at("invalid syntax", start(colon), end(colon)),
            _ => self.syntax("illegal target for annotation", r),
        }
    }

    fn named_target(&self, r: TextRange, msg: impl Fn(&str) -> String) -> Mapped {
        match self.around(r).exact {
            Some(node) => self.syntax(msg(expr_name(node)), r),
            None => self.invalid_syntax(r),
        }
    }

    /// `(*a) = x` is named; other misplaced starred expressions are plain
    /// invalid syntax.
    fn starred_usage(&self, r: TextRange) -> Mapped {
        let before = self.prev_token_before(r.start().to_u32()).map(Token::kind);
        let after = self.token_from(r.end().to_u32()).map(Token::kind);
        if before == Some(TokenKind::Lpar) && after == Some(TokenKind::Rpar) {
            self.syntax("cannot use starred expression here", r)
        } else {
            self.invalid_syntax(r)
        }
    }

    // ---------------------------------------------------------- arguments

    /// CPython reports misordered call arguments at the closing parenthesis.
    fn at_call_end(&self, msg: &str, r: TextRange) -> Mapped {
        let close = self.around(r).exprs.iter().rev().find_map(|e| match e {
            Expr::Call(call) if call.arguments.range.contains_range(r) => Some(call.arguments.range.end().to_u32()),
            _ => None,
        });
        match close {
            Some(close) => {
                let at = close.saturating_sub(1);
                self.syntax_at(msg, at, close)
            }
            None => self.syntax(msg, r),
        }
    }

    /// `f(x for x in y, 1)`. In a class's bases CPython only sees invalid
    /// syntax at the `for`.
    fn unparenthesized_generator(&self, r: TextRange) -> Mapped {
        let at = r.start().to_u32();
        if self.logical_line_head(at).is_some_and(|t| t.kind() == TokenKind::Class) {
            if let Some(for_kw) = self.tokens.iter().find(|t| start(t) > at && t.kind() == TokenKind::For) {
                return self.syntax_at("invalid syntax", start(for_kw), end(for_kw));
            }
        }
        self.syntax("Generator expression must be parenthesized", r)
    }

    /// `def f(*a=1)` or `def f(**k=1)`.
    fn var_parameter_default(&self, r: TextRange) -> Mapped {
        let at = r.start().to_u32();
        let star = self.tokens.iter().rev().find(|t| start(t) < at && matches!(t.kind(), TokenKind::Star | TokenKind::DoubleStar));
        let kind = match star.map(Token::kind) {
            Some(TokenKind::DoubleStar) => "keyword",
            _ => "positional",
        };
        self.syntax(format!("var-{kind} argument cannot have default value"), r)
    }

    /// `def f(a, *, **k)`: CPython points at the bare `*`, if it is
    /// followed by `,` or `)` (`*-` is just invalid syntax at the `-`).
    fn bare_star(&self, r: TextRange) -> Mapped {
        let at = r.start().to_u32();
        let star = self.tokens.iter().rev().find(|t| start(t) <= at && t.kind() == TokenKind::Star);
        let after = star.and_then(|s| self.token_from(end(s)));
        match (star, after) {
            (Some(_), Some(after)) if !matches!(after.kind(), TokenKind::Comma | TokenKind::Rpar | TokenKind::Colon) => self.syntax_at("invalid syntax", start(after), end(after)),
            (Some(star), _) => self.syntax_at("named arguments must follow bare *", start(star), end(star)),
            (None, _) => self.syntax("named arguments must follow bare *", r),
        }
    }

    // --------------------------------------------------------------- blocks

    fn unexpected_indent(&self, r: TextRange) -> Mapped {
        let line = self.map.line_of(r.start().to_u32());
        let col = self.map.col_of(r.end().to_u32());
        let info = self.map.error(SyntaxErrorKind::IndentationError, "unexpected indent", line, col, col);
        Mapped { info, overridable: false }
    }

    /// "expected an indented block after 'if' statement on line 3"; `what`
    /// is the tail of ruff's message, which names the clause.
    fn expected_block(&self, what: &str, r: TextRange) -> Mapped {
        let at = r.start().to_u32();
        let header = self.block_header(at);
        let except_star = header.is_some_and(|i| self.tokens.get(i).is_some_and(|t| t.kind() == TokenKind::Except) && self.tokens.get(i + 1).is_some_and(|t| t.kind() == TokenKind::Star));
        let what = match what {
            "`if` statement" => "'if' statement",
            "`elif` clause" => "'elif' statement",
            "`else` clause" => "'else' statement",
            "`for` statement" => "'for' statement",
            "`while` statement" => "'while' statement",
            "`with` statement" => "'with' statement",
            "`try` statement" => "'try' statement",
            "`except` clause" if except_star => "'except*' statement",
            "`except` clause" => "'except' statement",
            "`finally` clause" => "'finally' statement",
            "`match` statement" => "'match' statement",
            "`case` block" => "'case' statement",
            "`class` definition" => "class definition",
            _ => "function definition",
        };
        let line = header.and_then(|i| self.tokens.get(i)).map_or(self.map.line_of(at), |t| self.map.line_of(start(t)));
        let msg = format!("expected an indented block after {what} on line {line}");
        let kind = SyntaxErrorKind::IndentationError;
        let at_header_newline = self.tokens.iter().any(|t| t.kind() == TokenKind::Newline && t.range() == r);
        if !at_header_newline {
            return Mapped { info: self.map.error_at(kind, msg, at, r.end().to_u32()), overridable: true };
        }
        // Ruff points at the header's line break when no statement follows;
        // CPython at the next, dedented statement (offset = its column), or
        // at the end of input.
        let next = self.tokens.iter().find(|t| start(t) >= r.end().to_u32() && !is_line_filler(t.kind()));
        let info = match next {
            Some(next) if next.kind() != TokenKind::EndOfFile => {
                let (line, col) = (self.map.line_of(start(next)), self.map.col_of(start(next)));
                self.map.error(kind, msg, line, col, col)
            }
            _ => {
                let mut eof = self.syntax_at(msg, offset32(self.map.source().len()), 0).info;
                eof.kind = kind;
                eof
            }
        };
        Mapped { info, overridable: true }
    }

    /// Index of the keyword starting the compound statement whose body was
    /// expected at `at`: the head of the logical line ended by the last
    /// NEWLINE at or before `at`.
    fn block_header(&self, at: u32) -> Option<usize> {
        let newline = self.tokens.iter().rposition(|t| start(t) <= at && t.kind() == TokenKind::Newline)?;
        let head = self.line_head_before(newline)?;
        // `async def`: CPython names the line of `def`.
        match self.tokens.get(head).map(Token::kind) {
            Some(TokenKind::Async) => Some(head + 1),
            _ => Some(head),
        }
    }

    /// Index of the first token of the logical line whose tokens precede
    /// index `idx`.
    fn line_head_before(&self, idx: usize) -> Option<usize> {
        let prev_newline = self.tokens.get(..idx)?.iter().rposition(|t| t.kind() == TokenKind::Newline);
        let from = prev_newline.map_or(0, |i| i + 1);
        (from..idx).find(|&i| self.tokens.get(i).is_some_and(|t| !is_line_filler(t.kind())))
    }

    /// The first token of the logical line containing `at`.
    fn logical_line_head(&self, at: u32) -> Option<&Token> {
        let before = self.tokens.partition_point(|t| start(t) < at);
        let prev_newline = self.tokens.get(..before)?.iter().rposition(|t| t.kind() == TokenKind::Newline);
        let from = prev_newline.map_or(0, |i| i + 1);
        self.tokens.get(from..)?.iter().find(|t| !is_line_filler(t.kind()))
    }

    // ------------------------------------------------------ expected tokens

    fn expected_token(&self, expected: TokenKind, found: TokenKind, r: TextRange) -> Mapped {
        let at = r.start().to_u32();
        if self.fstring_at(at).is_some() {
            let msg = if found.is_interpolated_string_end() { "f-string: expecting '}'" } else { "f-string: invalid syntax" };
            return self.at_string_end(msg, at);
        }
        match expected {
            TokenKind::Colon if found == TokenKind::Newline => self.syntax("expected ':'", r),
            TokenKind::Colon if matches!(found, TokenKind::Rbrace | TokenKind::Comma) && self.in_braces(at) => match self.operand_before(at) {
                Some(key) => self.dict_key_without_value(key),
                None => self.invalid_syntax(r),
            },
            // Headers whose ':' CPython's grammar demands outright, whatever
            // follows; the others only name the ':' before a line break.
            TokenKind::Colon if tokens::bracket_depth_at(self.tokens, at).0 == 0 && matches!(self.header_keyword(at), Some(TokenKind::Def | TokenKind::Else | TokenKind::Try | TokenKind::Finally)) => {
                self.syntax("expected ':'", r)
            }
            TokenKind::Else => self.expected_else(at).unwrap_or_else(|| self.invalid_syntax(r)),
            TokenKind::Lpar if self.header_keyword(at) == Some(TokenKind::Def) => self.syntax("expected '('", r),
            _ if is_juxtaposition(expected, found) => self.missing_comma(at, r).unwrap_or_else(|| self.invalid_syntax(r)),
            _ => self.invalid_syntax(r),
        }
    }

    /// `if x = 1:` and the like: CPython guesses that `==` was meant where
    /// it parses a condition or an element of a display.
    fn equals_for_comparison(&self, at: u32) -> Option<Mapped> {
        let target = self.operand_before(at)?;
        let range = target.range();
        let before = self.prev_token_before(range.start().to_u32()).map(Token::kind);
        // `f(k=x.y = 1)`: a second `=` after a keyword argument is just
        // invalid.
        if before == Some(TokenKind::Equal) {
            return Some(self.syntax_at("invalid syntax", at, at + 1));
        }
        let named_expression_position = matches!(before, Some(TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace | TokenKind::Comma | TokenKind::If | TokenKind::Elif | TokenKind::While));
        if !named_expression_position {
            return None;
        }
        if matches!(target, Expr::Name(_)) {
            return Some(self.syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", range));
        }
        if !is_bitwise_or_level(target) || is_excluded_from_hint(target) {
            return None;
        }
        let name = expr_name(target);
        Some(self.syntax(format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"), range))
    }

    /// `x if y` without `else`: CPython points at the start of `x`.
    fn expected_else(&self, at: u32) -> Option<Mapped> {
        let prev = self.prev_token_before(at)?;
        let touching = self.exprs_touching(end(prev));
        let if_expr = touching.iter().rev().find_map(|e| match e {
            Expr::If(if_expr) if if_expr.test.range().end().to_u32() == end(prev) => Some(if_expr),
            _ => None,
        })?;
        let range = TextRange::new(if_expr.body.range().start(), if_expr.test.range().end());
        Some(self.syntax("expected 'else' after 'if' expression", range))
    }

    /// Two expressions side by side inside brackets, `[1 2]`.
    fn missing_comma(&self, at: u32, r: TextRange) -> Option<Mapped> {
        let (depth, open_end) = tokens::bracket_depth_at(self.tokens, at);
        let open_end = open_end.filter(|_| depth > 0)?;
        let left = self.operand_before(at)?;
        if !is_disjunction_level(left) {
            return None;
        }
        // The iterable of a comprehension is parsed past a cut: no hint.
        let before = self.prev_token_before(left.range().start().to_u32());
        if before.is_some_and(|t| t.kind() == TokenKind::In) {
            return None;
        }
        // In a dict display, after a `key: value` pair, an expression in
        // key position is taken for a key missing its value.
        let key_position = before.is_some_and(|t| t.kind() == TokenKind::Comma);
        let in_dict = self.map.source().as_bytes().get((open_end as usize).wrapping_sub(1)) == Some(&b'{');
        if key_position && in_dict && self.dict_has_pair(open_end, left) {
            return Some(self.dict_key_without_value(left));
        }
        // CPython skips the hint for `name 'string'` (a likely misspelt
        // prefix) and for soft keywords, which may start a statement.
        let head = self.tokens.iter().find(|t| start(t) == left.range().start().to_u32())?;
        let found = self.tokens.iter().find(|t| start(t) == at)?;
        let name_string = matches!(left, Expr::Name(_)) && matches!(found.kind(), TokenKind::String | TokenKind::FStringStart);
        let soft_keyword = matches!(head.kind(), TokenKind::Match | TokenKind::Case) || (head.kind() == TokenKind::Name && self.text(head) == "_");
        if name_string || soft_keyword {
            return None;
        }
        let msg = "invalid syntax. Perhaps you forgot a comma?";
        Some(self.syntax_at(msg, left.range().start().to_u32(), r.end().to_u32()))
    }

    /// "':' expected after dictionary key", which CPython places at the
    /// last character of the key.
    fn dict_key_without_value(&self, key: &Expr) -> Mapped {
        let stop = key.range().end().to_u32();
        let line = self.map.line_of(stop);
        let col = self.map.col_of(stop);
        let info = self.map.error(SyntaxErrorKind::SyntaxError, "':' expected after dictionary key", line, col, col);
        Mapped { info, overridable: true }
    }

    /// Whether the display opened just before `open_end` has a `key: value`
    /// item before `item`.
    fn dict_has_pair(&self, open_end: u32, item: &Expr) -> bool {
        let stop = item.range().start().to_u32();
        let mut depth = 0i32;
        for tok in TopLevel::new(self.tokens).filter(|t| start(t) >= open_end && start(t) < stop) {
            match tok.kind() {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace | TokenKind::Lambda => depth += 1,
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
                TokenKind::Colon if depth == 0 => return true,
                TokenKind::Colon => depth -= 1,
                _ => {}
            }
        }
        false
    }

    fn in_braces(&self, at: u32) -> bool {
        let (depth, open_end) = tokens::bracket_depth_at(self.tokens, at);
        depth > 0 && open_end.is_some_and(|e| self.map.source().as_bytes().get((e as usize).wrapping_sub(1)) == Some(&b'{'))
    }

    fn expected_expression(&self, r: TextRange) -> Mapped {
        let at = r.start().to_u32();
        if self.fstring_at(at).is_none() {
            let prev = self.prev_token_before(at);
            let found = self.token_from(at).map(Token::kind);
            return match prev.map(Token::kind) {
                // `def f() -> :` fails on the optional annotation, then on
                // the ':' that must follow the parameters.
                Some(TokenKind::Rarrow) => self.syntax_at("expected ':'", prev.map_or(at, start), prev.map_or(at, end)),
                Some(TokenKind::Colon) if matches!(found, Some(TokenKind::Rbrace | TokenKind::Comma)) && self.in_braces(at) => {
                    let colon = prev.map_or(at, start);
                    self.syntax_at("expression expected after dictionary key and ':'", colon, colon + 1)
                }
                _ => self.invalid_syntax(r),
            };
        }
        let found = self.tokens.iter().find(|t| start(t) >= at).map(Token::kind);
        let msg = match found {
            Some(TokenKind::Rbrace | TokenKind::Exclamation | TokenKind::Colon | TokenKind::Equal) => "f-string: empty expression not allowed",
            _ => "f-string: expecting '}'",
        };
        self.at_string_end(msg, at)
    }

    /// `print 'hello'`: Python 2 statements get a pointed message.
    fn legacy_print(&self, r: TextRange) -> Option<Mapped> {
        let at = r.start().to_u32();
        let prev = self.prev_token_before(at)?;
        let name = self.text(prev);
        if prev.kind() != TokenKind::Name || !matches!(name, "print" | "exec") {
            return None;
        }
        if self.logical_line_head(start(prev)).map(start) != Some(start(prev)) {
            return None;
        }
        let msg = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
        let line_end = self.map.line_start(self.map.line_of(at) + 1);
        Some(self.syntax_at(msg, start(prev), line_end))
    }

    // -------------------------------------------------------------- strings

    fn fstring_error(&self, kind: &FErr, r: TextRange) -> Mapped {
        let at = r.start().to_u32();
        if matches!(kind, FErr::UnterminatedString | FErr::UnterminatedTripleQuotedString) && self.fstring_has_comment(at) {
            // Ruff took `#...` inside the braces for a comment running to the
            // end of the line; 3.11 forbids `#` there outright.
            let opener = self.fstring_at(at).and_then(|i| self.tokens.get(i));
            let line = self.map.line_of(opener.map_or(at, start));
            let col = self.map.end_of_line_col(line);
            let msg = "f-string expression part cannot include '#'";
            return Mapped { info: self.map.error(SyntaxErrorKind::SyntaxError, msg, line, col, col), overridable: true };
        }
        let msg = match kind {
            FErr::UnclosedLbrace => "f-string: expecting '}'",
            FErr::InvalidConversionFlag | FErr::ConversionFlagNotImmediatelyAfterExclamation => "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            FErr::SingleRbrace => "f-string: single '}' is not allowed",
            FErr::UnterminatedString | FErr::UnterminatedTripleQuotedString | FErr::NewlineInFormatSpec => "f-string: expecting '}'",
            FErr::LambdaWithoutParentheses => "f-string: invalid syntax",
        };
        self.at_string_end(msg, at)
    }

    /// Whether ruff lexed a comment inside the f-string containing `at`.
    fn fstring_has_comment(&self, at: u32) -> bool {
        let Some(opener) = self.fstring_at(at) else { return false };
        let mut depth = 0u32;
        for tok in self.tokens.get(opener..).unwrap_or(&[]) {
            match tok.kind() {
                TokenKind::FStringStart | TokenKind::TStringStart => depth += 1,
                TokenKind::FStringEnd | TokenKind::TStringEnd => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return false;
                    }
                }
                TokenKind::Comment => return true,
                _ => {}
            }
        }
        false
    }

    fn invalid_byte_literal(&self, r: TextRange) -> Mapped {
        let msg = "bytes can only contain ASCII literal characters";
        match self.token_containing(r.start().to_u32()) {
            Some(tok) => self.syntax_at(msg, start(tok), end(tok)),
            None => self.syntax(msg, r),
        }
    }

    /// A bad `\x`, `\u`, `\U` or `\N` escape, in CPython's decoder's words.
    fn bad_escape(&self, r: TextRange) -> Mapped {
        let at = r.start().to_u32();
        let msg = self.token_containing(at).and_then(|tok| {
            let text = self.text(tok);
            let (body_start, body, is_bytes) = match tok.kind() {
                TokenKind::String => string_body(text)?,
                _ => (0, text, false),
            };
            let bad = (at - start(tok)) as usize;
            tokens::escape_error(body, is_bytes, bad.saturating_sub(body_start))
        });
        let msg = msg.unwrap_or_else(|| "(unicode error) 'unicodeescape' codec can't decode bytes".to_string());
        self.at_string_end(&msg, at)
    }

    /// `f"{x["a"]}"`: in 3.11 the f-string ends at the inner quote, leaving
    /// its replacement field unfinished.
    fn nested_quote(&self, r: TextRange) -> Mapped {
        let at = r.start().to_u32();
        let opener = self.fstring_at(at).and_then(|i| self.tokens.get(i));
        let field = opener.and_then(|t| self.map.source().get(end(t) as usize..at as usize)).unwrap_or("");
        let msg = match unclosed_bracket(field) {
            Some(open @ ('(' | '[')) => format!("f-string: unmatched '{open}'"),
            _ => "f-string: expecting '}'".to_string(),
        };
        let after = skip_strings_311(self.map.source(), r.end().to_usize());
        let after = offset32(after);
        self.syntax_at(msg, after, after)
    }

    /// Errors found while CPython 3.11 parses a string's contents are
    /// placed at the token after the string (or run of adjacent strings).
    fn at_string_end(&self, msg: &str, at: u32) -> Mapped {
        let first = self.fstring_at(at).or_else(|| self.tokens.iter().position(|t| start(t) <= at && at < end(t)));
        let after = first.and_then(|i| self.after_strings(i));
        match after {
            Some(tok) => self.syntax_at(msg, start(tok), end(tok)),
            None => self.syntax_at(msg, at, at),
        }
    }

    /// The first token after the run of string tokens starting at `idx`.
    fn after_strings(&self, idx: usize) -> Option<&Token> {
        let rest = self.tokens.get(idx..)?;
        TopLevel::new(rest).find(|t| !matches!(t.kind(), TokenKind::String | TokenKind::FStringStart | TokenKind::TStringStart | TokenKind::Comment | TokenKind::NonLogicalNewline))
    }

    /// Index of the opening token of the outermost f-string (or t-string)
    /// containing `at`.
    fn fstring_at(&self, at: u32) -> Option<usize> {
        let mut depth = 0u32;
        let mut outer = None;
        for (i, tok) in self.tokens.iter().enumerate() {
            if start(tok) > at || (depth == 0 && start(tok) == at) {
                break;
            }
            match tok.kind() {
                TokenKind::FStringStart | TokenKind::TStringStart => {
                    if depth == 0 {
                        outer = Some(i);
                    }
                    depth += 1;
                }
                TokenKind::FStringEnd | TokenKind::TStringEnd => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 && end(tok) <= at {
                        outer = None;
                    }
                }
                _ => {}
            }
        }
        outer
    }

    // --------------------------------------------------------- token helpers

    fn text(&self, tok: &Token) -> &'a str {
        self.map.source().get(start(tok) as usize..end(tok) as usize).unwrap_or("")
    }

    fn token_containing(&self, at: u32) -> Option<&Token> {
        self.tokens.iter().find(|t| start(t) <= at && at < end(t).max(start(t) + 1))
    }

    /// The first token starting after `at`.
    fn next_token_after(&self, at: u32) -> Option<&Token> {
        self.tokens.iter().find(|t| start(t) > at && !is_trivia(t.kind()))
    }

    /// The first token starting at or after `at`.
    fn token_from(&self, at: u32) -> Option<&Token> {
        self.tokens.iter().find(|t| start(t) >= at && !is_trivia(t.kind()))
    }

    /// Like `token_from`, but skipping the line breaks ruff may report
    /// inside brackets, where CPython's tokenizer produces none.
    fn cpython_token_from(&self, at: u32) -> Option<&Token> {
        let tok = self.token_from(at)?;
        if is_line_filler(tok.kind()) && tokens::bracket_depth_at(self.tokens, at).0 > 0 {
            return self.tokens.iter().find(|t| start(t) >= at && !is_line_filler(t.kind()));
        }
        Some(tok)
    }

    /// The keyword starting the logical line containing `at` (`def` for
    /// `async def`).
    fn header_keyword(&self, at: u32) -> Option<TokenKind> {
        let head = self.logical_line_head(at)?;
        match head.kind() {
            TokenKind::Async => self.token_from(end(head)).map(Token::kind),
            kind => Some(kind),
        }
    }

    fn prev_token_before(&self, at: u32) -> Option<&Token> {
        self.tokens.iter().rev().find(|t| end(t) <= at && !is_trivia(t.kind()) && t.kind() != TokenKind::Dedent)
    }

    /// The outermost complete expression that ends where the token before
    /// `at` ends, within the innermost bracket open at `at`: the operand
    /// CPython's parser has just read when it fails at `at`.
    fn operand_before(&self, at: u32) -> Option<&'a Expr> {
        let (depth, open_end) = tokens::bracket_depth_at(self.tokens, at);
        let min_start = open_end.filter(|_| depth > 0).unwrap_or(0);
        let prev = self.prev_token_before(at)?;
        let operand = self.exprs_touching(end(prev)).into_iter().find(|e| {
            let r = e.range();
            r.end().to_u32() == end(prev) && r.start().to_u32() >= min_start && !matches!(e, Expr::Slice(_))
        })?;
        is_complete(operand).then_some(operand)
    }

    // ---------------------------------------------------------- tree search

    fn around(&self, r: TextRange) -> Around<'a> {
        tree::around(self.root, r)
    }

    fn exprs_touching(&self, offset: u32) -> Vec<&'a Expr> {
        tree::exprs_touching(self.root, offset)
    }

    // -------------------------------------------------------------- results

    fn syntax(&self, msg: impl Into<String>, r: TextRange) -> Mapped {
        let (at, stop) = (r.start().to_u32(), r.end().to_u32());
        let idx = self.tokens.partition_point(|t| start(t) < at);
        let newline = self.tokens.get(idx).is_some_and(|t| t.kind() == TokenKind::Newline && start(t) == at);
        // A line break ruff reports inside brackets is, for CPython, the
        // next token.
        if newline && tokens::bracket_depth_at(self.tokens, at).0 > 0 {
            if let Some(next) = self.cpython_token_from(at) {
                return self.syntax_at(msg, start(next), end(next));
            }
        }
        // CPython's NEWLINE token starts where a trailing comment does.
        let comment = idx.checked_sub(1).and_then(|i| self.tokens.get(i)).filter(|t| t.kind() == TokenKind::Comment);
        match comment {
            Some(comment) if newline && self.map.line_of(start(comment)) == self.map.line_of(at) => self.syntax_at(msg, start(comment), start(comment) + 1),
            _ => self.syntax_at(msg, at, stop),
        }
    }

    fn syntax_at(&self, msg: impl Into<String>, at: u32, stop: u32) -> Mapped {
        let src = self.map.source();
        let info = if at as usize >= src.len() {
            // CPython places errors at the end of input after the last
            // character of the last line.
            let last = offset32(src.len()).saturating_sub(u32::from(src.ends_with(['\n', '\r'])));
            let line = self.map.line_of(last);
            let col = self.map.end_of_line_col(line);
            self.map.error(SyntaxErrorKind::SyntaxError, msg, line, col, col)
        } else {
            self.map.error_at(SyntaxErrorKind::SyntaxError, msg, at, stop)
        };
        Mapped { info, overridable: true }
    }

    fn invalid_syntax(&self, r: TextRange) -> Mapped {
        self.syntax("invalid syntax", r)
    }
}

// ------------------------------------------------------------ small helpers

/// The innermost bracket left open in the text of an f-string replacement
/// field (`{{` being an escaped brace).
fn unclosed_bracket(text: &str) -> Option<char> {
    let mut open = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if open.is_empty() && chars.peek() == Some(&'{') => {
                chars.next();
            }
            '{' | '(' | '[' => open.push(c),
            '}' | ')' | ']' => {
                open.pop();
            }
            _ => {}
        }
    }
    open.last().copied()
}

/// The offset after the string literals, as Python 3.11 tokenizes them,
/// that start at byte `at` (after blanks): where CPython puts errors found
/// in the contents of a run of adjacent strings.
fn skip_strings_311(src: &str, mut at: usize) -> usize {
    let b = src.as_bytes();
    loop {
        let mut i = at;
        while b.get(i).is_some_and(|&c| matches!(c, b' ' | b'\t' | b'\x0c')) {
            i += 1;
        }
        let prefix = b.get(i..).map_or(0, |rest| rest.iter().take(3).take_while(|c| b"rRbBuUfF".contains(c)).count());
        let Some(&quote) = b.get(i + prefix).filter(|&&c| c == b'\'' || c == b'"') else { return at };
        let open = i + prefix;
        let triple = b.get(open..open + 3) == Some(&[quote; 3][..]);
        let mut k = open + if triple { 3 } else { 1 };
        loop {
            match b.get(k) {
                None => return at,
                Some(b'\\') => k += 2,
                Some(b'\n') if !triple => return at,
                Some(&c) if c == quote && (!triple || b.get(k..k + 3) == Some(&[quote; 3][..])) => {
                    at = k + if triple { 3 } else { 1 };
                    break;
                }
                Some(_) => k += 1,
            }
        }
    }
}

/// Errors about the order of arguments or parameters, which CPython only
/// checks once the whole list has parsed.
fn is_about_order(err: &PErr) -> bool {
    matches!(err, PErr::PositionalAfterKeywordArgument | PErr::PositionalAfterKeywordUnpacking | PErr::NonDefaultParamAfterDefaultParam | PErr::ParamAfterVarKeywordParam)
}

/// Which PEP 701 f-string feature an error is about. The parser crate does
/// not export the type naming them, so its variant is read from `Debug`.
fn pep701_detail(kind: Uns) -> String {
    let text = format!("{kind:?}");
    text.trim_start_matches("Pep701FString(").trim_end_matches(')').to_string()
}

fn is_trivia(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Comment | TokenKind::NonLogicalNewline)
}

fn is_line_filler(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Comment | TokenKind::NonLogicalNewline | TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent)
}

fn lowercase_first(msg: &str) -> String {
    let mut chars = msg.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// Whether a string token's text (prefix included) opens with three quotes.
fn is_triple_quoted(text: &str) -> bool {
    let rest = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    rest.starts_with("'''") || rest.starts_with("\"\"\"")
}

/// Offset of the body within a string token's text, the body, and whether
/// it is a bytes literal; None for raw strings, which have no escapes.
fn string_body(text: &str) -> Option<(usize, &str, bool)> {
    let prefix = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    let flags = text.get(..prefix)?;
    if flags.contains(['r', 'R']) {
        return None;
    }
    let quote = if is_triple_quoted(text) { 3 } else { 1 };
    let body_start = prefix + quote;
    let body_end = text.len().saturating_sub(quote).max(body_start);
    Some((body_start, text.get(body_start..body_end)?, flags.contains(['b', 'B'])))
}

/// Approximates Python's `str.isprintable` for a character CPython's
/// tokenizer rejected: separators, controls and format characters are not.
fn is_printable(c: char) -> bool {
    !(c.is_control() || c.is_whitespace() || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}'))
}

/// Whether ruff expected `expected` where an expression began: two
/// expressions side by side, as in `[1 2]` or `x[a b]`.
fn is_juxtaposition(expected: TokenKind, found: TokenKind) -> bool {
    matches!(expected, TokenKind::Comma | TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace | TokenKind::Colon | TokenKind::In) && starts_expression(found)
}

fn starts_expression(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::TStringStart
            | TokenKind::Lbrace
            | TokenKind::Lsqb
            | TokenKind::Lpar
            | TokenKind::Tilde
            | TokenKind::Not
            | TokenKind::Lambda
            | TokenKind::Await
            | TokenKind::None
            | TokenKind::True
            | TokenKind::False
            | TokenKind::Ellipsis
            | TokenKind::Match
            | TokenKind::Case
            | TokenKind::Type
            | TokenKind::Lazy
    )
}
