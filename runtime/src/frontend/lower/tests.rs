//! Tests for `lower`. Expected error messages and positions were taken from
//! CPython 3.11.7 (`compile(src, "x.py", "exec")`).

use super::super::ast::{self, Constant, Expr, ExprKind, Loc, PatternKind, Stmt, StmtKind};
use super::super::{SyntaxErrorInfo, SyntaxErrorKind};
use super::{parse_expression, parse_module};
use num_bigint::BigInt;

fn parse(src: &str) -> ast::Module {
    match parse_module(src) {
        Ok(module) => module,
        Err(err) => panic!("unexpected error for {src:?}: {err:?}"),
    }
}

fn error(src: &str) -> SyntaxErrorInfo {
    match parse_module(src) {
        Ok(module) => panic!("expected an error for {src:?}, got {module:?}"),
        Err(err) => err,
    }
}

fn body_expr(stmt: &Stmt) -> &Expr {
    match &stmt.kind {
        StmtKind::Expr(e) => e,
        StmtKind::Assign { value, .. } => value,
        other => panic!("not an expression statement: {other:?}"),
    }
}

fn only_expr(src: &str) -> Expr {
    match parse(src).body.into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Expr(e)) => e,
        Some(StmtKind::Assign { value, .. }) => value,
        other => panic!("not an expression statement: {other:?}"),
    }
}

fn str_const(e: &Expr) -> &str {
    match &e.kind {
        ExprKind::Constant(Constant::Str(s)) => s,
        other => panic!("not a str constant: {other:?}"),
    }
}

const EVERYTHING: &str = r#"
"""Module docstring."""
from __future__ import annotations
import os, os.path as osp
from . import sibling
from ..pkg.mod import (a as b, c)
from m import *

@decorator
@other.decorator(1)
async def coro(p, /, q: int = 1, *args: str, r, s=2, **kw) -> None:
    global g
    await thing
    async for i in aiter():
        pass
    else:
        pass
    async with ctx() as (x, y), other:
        yield
    return [v async for v in gen() if v]

class K(Base, metaclass=Meta):
    attr: int = 3
    def method(self):
        nonlocal_name = 1
        def inner():
            nonlocal nonlocal_name
            nonlocal_name += 1
        return inner

x = y = 1
x += 2
x: list[int]
del x, y[0], y.z
for i, *rest in items:
    continue
else:
    break
while cond:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
with open("f") as fh:
    pass
try:
    raise ValueError("v") from None
except (TypeError, ValueError) as e:
    pass
except Exception:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* OSError as eg:
    pass
assert x, "message"
match command:
    case [1, 2, *others]:
        pass
    case {"k": v, **kw} if v:
        pass
    case Point(x=0, y=yy) | Point(0, yy):
        pass
    case None | True | -1 | 1 + 2j | "s" | b"b" | Color.RED:
        pass
    case (first, *_) as whole:
        pass
    case _:
        pass
e = (
    a and b or not c,
    (n := 10),
    1 + 2 - 3 * 4 / 5 // 6 % 7 ** 8 @ m << 1 >> 2 | 3 ^ 4 & 5,
    -x, +x, ~x,
    lambda p, *a, k=1, **kw: p,
    a if b else c,
    {1: 2, **d},
    {1, 2},
    [x for x in y if x],
    {x for x in y},
    {k: v for k, v in y},
    (x for x in y),
    a < b <= c > d >= e == f != g is h is not i in j not in k,
    f(1, *a, k=2, **kw),
    f"{x!r:>{width}} and {y=}",
    "plain",
    b"bytes",
    123, 1.5, 2j, True, False, None, ...,
    obj.attr,
    seq[1:2:3], seq[::], seq[1, 2], seq[*a],
    [1, *a], (1, *a),
)
def gen():
    yield from other()
    x = yield 1
"#;

#[test]
fn every_construct_lowers() {
    let module = parse(EVERYTHING);
    let kinds: Vec<&str> = module
        .body
        .iter()
        .map(|s| match &s.kind {
            StmtKind::FunctionDef(_) => "def",
            StmtKind::ClassDef(_) => "class",
            StmtKind::Import(_) => "import",
            StmtKind::ImportFrom { .. } => "from",
            StmtKind::Assign { .. } => "assign",
            StmtKind::AugAssign { .. } => "augassign",
            StmtKind::AnnAssign { .. } => "annassign",
            StmtKind::Delete(_) => "del",
            StmtKind::For { .. } => "for",
            StmtKind::While { .. } => "while",
            StmtKind::If { .. } => "if",
            StmtKind::With { .. } => "with",
            StmtKind::Try { .. } => "try",
            StmtKind::Assert { .. } => "assert",
            StmtKind::Match { .. } => "match",
            StmtKind::Expr(_) => "expr",
            _ => "other",
        })
        .collect();
    let expected =
        ["expr", "from", "import", "from", "from", "from", "def", "class", "assign", "augassign", "annassign", "del", "for", "while", "if", "with", "try", "try", "assert", "match", "assign", "def"];
    assert_eq!(kinds, expected);
}

#[test]
fn every_construct_shapes() {
    let module = parse(EVERYTHING);
    let body = &module.body;

    let StmtKind::Import(aliases) = &body[2].kind else { panic!() };
    assert_eq!(aliases[1].name, "os.path");
    assert_eq!(aliases[1].asname.as_deref(), Some("osp"));
    let StmtKind::ImportFrom { module, names, level } = &body[4].kind else { panic!() };
    assert_eq!((module.as_deref(), *level, names[0].name.as_str(), names[0].asname.as_deref()), (Some("pkg.mod"), 2, "a", Some("b")));
    let StmtKind::ImportFrom { module: None, level: 1, .. } = &body[3].kind else { panic!("{:?}", body[3]) };

    let StmtKind::FunctionDef(def) = &body[6].kind else { panic!() };
    assert!(def.is_async);
    assert_eq!(def.decorators.len(), 2);
    let args = &def.args;
    let names = |v: &[ast::Arg]| v.iter().map(|a| a.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&args.posonlyargs), ["p"]);
    assert_eq!(names(&args.args), ["q"]);
    assert_eq!(args.defaults.len(), 1);
    assert_eq!(args.vararg.as_ref().map(|a| a.name.as_str()), Some("args"));
    assert_eq!(names(&args.kwonlyargs), ["r", "s"]);
    assert!(args.kw_defaults[0].is_none() && args.kw_defaults[1].is_some());
    assert_eq!(args.kwarg.as_ref().map(|a| a.name.as_str()), Some("kw"));
    assert!(def.returns.is_some());

    let StmtKind::ClassDef(class) = &body[7].kind else { panic!() };
    assert_eq!(class.bases.len(), 1);
    assert_eq!(class.keywords[0].arg.as_deref(), Some("metaclass"));

    // `elif` chains nest in `orelse`, the last one holding the `else` body.
    let StmtKind::If { orelse, .. } = &body[14].kind else { panic!() };
    let StmtKind::If { orelse, .. } = &orelse[0].kind else { panic!() };
    let StmtKind::If { orelse, .. } = &orelse[0].kind else { panic!() };
    assert!(matches!(orelse[0].kind, StmtKind::Pass));
    assert_eq!(orelse[0].loc.line, 50);

    let StmtKind::Try { is_star: false, handlers, finalbody, .. } = &body[16].kind else { panic!() };
    assert_eq!((handlers.len(), handlers[0].name.as_deref(), finalbody.len()), (2, Some("e"), 1));
    assert!(matches!(body[17].kind, StmtKind::Try { is_star: true, .. }));

    let ExprKind::Tuple(items) = &body_expr(&body[20]).kind else { panic!() };
    assert!(matches!(items[0].kind, ExprKind::BoolOp { op: ast::BoolOp::Or, .. }));
    assert!(matches!(items[1].kind, ExprKind::NamedExpr { .. }));
    let ExprKind::Dict { keys, .. } = &items[8].kind else { panic!() };
    assert!(keys[0].is_some() && keys[1].is_none());
    let ExprKind::Compare { ops, .. } = &items[14].kind else { panic!() };
    assert_eq!(ops.len(), 10);
    let ExprKind::Call { args, keywords, .. } = &items[15].kind else { panic!() };
    assert!(matches!(args[1].kind, ExprKind::Starred(_)));
    assert_eq!((keywords[0].arg.as_deref(), keywords[1].arg.as_deref()), (Some("k"), None));
    assert!(matches!(items[23].kind, ExprKind::Constant(Constant::Bool(false))));
    assert!(matches!(items[24].kind, ExprKind::Constant(Constant::None)));
    assert!(matches!(items[25].kind, ExprKind::Constant(Constant::Ellipsis)));
    assert!(matches!(items[21].kind, ExprKind::Constant(Constant::Complex { real, imag }) if real == 0.0 && imag == 2.0));
    let ExprKind::Subscript { slice, .. } = &items[27].kind else { panic!() };
    assert!(matches!(slice.kind, ExprKind::Slice { lower: Some(_), upper: Some(_), step: Some(_) }));
    let ExprKind::Subscript { slice, .. } = &items[30].kind else { panic!() };
    assert!(matches!(&slice.kind, ExprKind::Tuple(elts) if matches!(elts[0].kind, ExprKind::Starred(_))));
}

#[test]
fn match_patterns() {
    let module = parse(EVERYTHING);
    let StmtKind::Match { cases, .. } = &module.body[19].kind else { panic!() };
    let PatternKind::MatchSequence(seq) = &cases[0].pattern.kind else { panic!() };
    assert!(matches!(&seq[2].kind, PatternKind::MatchStar(Some(n)) if n == "others"));
    assert!(matches!(&seq[0].kind, PatternKind::MatchValue(_)));

    let PatternKind::MatchMapping { keys, patterns, rest } = &cases[1].pattern.kind else { panic!() };
    assert_eq!((keys.len(), patterns.len(), rest.as_deref()), (1, 1, Some("kw")));
    assert!(cases[1].guard.is_some());

    let PatternKind::MatchOr(alts) = &cases[2].pattern.kind else { panic!() };
    let PatternKind::MatchClass { kwd_attrs, kwd_patterns, patterns, .. } = &alts[0].kind else { panic!() };
    assert_eq!(kwd_attrs, &["x", "y"]);
    assert!(patterns.is_empty());
    assert!(matches!(&kwd_patterns[1].kind, PatternKind::MatchAs { pattern: None, name: Some(n) } if n == "yy"));
    let PatternKind::MatchClass { patterns, .. } = &alts[1].kind else { panic!() };
    assert_eq!(patterns.len(), 2);

    let PatternKind::MatchOr(alts) = &cases[3].pattern.kind else { panic!() };
    assert!(matches!(alts[0].kind, PatternKind::MatchSingleton(Constant::None)));
    assert!(matches!(alts[1].kind, PatternKind::MatchSingleton(Constant::Bool(true))));
    assert!(matches!(alts[2].kind, PatternKind::MatchValue(_)));

    let PatternKind::MatchAs { pattern: Some(inner), name: Some(whole) } = &cases[4].pattern.kind else { panic!() };
    assert_eq!(whole, "whole");
    let PatternKind::MatchSequence(seq) = &inner.kind else { panic!() };
    assert!(matches!(seq[1].kind, PatternKind::MatchStar(None)));

    assert!(matches!(cases[5].pattern.kind, PatternKind::MatchAs { pattern: None, name: None }));
}

#[test]
fn locations_count_characters() {
    let module = parse("s = 'héllo'; t = 1\nπ = '日本' + x\n");
    assert_eq!(module.body[1].loc, Loc { line: 1, col: 13, end_line: 1, end_col: 18 });
    let StmtKind::Assign { targets, value } = &module.body[2].kind else { panic!() };
    assert_eq!(targets[0].loc, Loc { line: 2, col: 0, end_line: 2, end_col: 1 });
    let ExprKind::BinOp { right, .. } = &value.kind else { panic!() };
    assert_eq!(right.loc, Loc { line: 2, col: 11, end_line: 2, end_col: 12 });
    assert_eq!(value.loc, Loc { line: 2, col: 4, end_line: 2, end_col: 12 });
}

#[test]
fn locations_span_lines_and_line_endings() {
    let module = parse("x = [\r\n  1,\r\n  2]\ry = 3\n");
    assert_eq!(module.body[0].loc, Loc { line: 1, col: 0, end_line: 3, end_col: 4 });
    assert_eq!(module.body[1].loc, Loc { line: 4, col: 0, end_line: 4, end_col: 5 });
}

#[test]
fn int_literals() {
    let value = |src: &str| match only_expr(src).kind {
        ExprKind::Constant(c) => c,
        other => panic!("{other:?}"),
    };
    assert!(matches!(value("9223372036854775807"), Constant::Int(i64::MAX)));
    assert!(matches!(value("0x_ff"), Constant::Int(255)));
    assert!(matches!(value("1_000"), Constant::Int(1000)));
    let big = |s: &str| s.parse::<BigInt>().unwrap();
    assert!(matches!(value("9223372036854775808"), Constant::BigInt(b) if b == big("9223372036854775808")));
    assert!(matches!(value("123_456_789_012_345_678_901_234"), Constant::BigInt(b) if b == big("123456789012345678901234")));
    assert!(matches!(value("0xFFFF_FFFF_FFFF_FFFF_FFFF"), Constant::BigInt(b) if b == big("1208925819614629174706175")));
    assert!(matches!(value("0o7777777777777777777777"), Constant::BigInt(b) if b == big("73786976294838206463")));
    assert!(matches!(value("0b1").clone(), Constant::Int(1)));
    assert!(matches!(value("1.5e3"), Constant::Float(f) if f == 1500.0));
    assert!(matches!(value("1.5j"), Constant::Complex { real, imag } if real == 0.0 && imag == 1.5));
}

#[test]
fn implicit_concatenation() {
    assert_eq!(str_const(&only_expr("'a' \"b\" '''c'''")), "abc");
    let ExprKind::Constant(Constant::Bytes(b)) = only_expr("b'a' b'\\x00'").kind else { panic!() };
    assert_eq!(b, b"a\0");
    // A plain string joined with f-strings gives one JoinedStr, literal
    // pieces merged.
    let ExprKind::JoinedStr(parts) = only_expr("'a' f'b{x}c' 'd' f'e'").kind else { panic!() };
    assert_eq!(parts.len(), 3);
    assert_eq!(str_const(&parts[0]), "ab");
    assert!(matches!(parts[1].kind, ExprKind::FormattedValue { conversion: None, format_spec: None, .. }));
    assert_eq!(str_const(&parts[2]), "cde");
    assert!(matches!(only_expr("f''").kind, ExprKind::JoinedStr(p) if p.is_empty()));
}

#[test]
fn fstring_conversions_specs_and_self_documenting() {
    let ExprKind::JoinedStr(parts) = only_expr("f'{a!s}{b!r}{c!a}{d:>{w}.{p}f}{e:}'").kind else { panic!() };
    let conv = |e: &Expr| match &e.kind {
        ExprKind::FormattedValue { conversion, .. } => *conversion,
        _ => panic!(),
    };
    assert_eq!([conv(&parts[0]), conv(&parts[1]), conv(&parts[2])], [Some('s'), Some('r'), Some('a')]);
    let ExprKind::FormattedValue { format_spec: Some(spec), .. } = &parts[3].kind else { panic!() };
    let ExprKind::JoinedStr(spec) = &spec.kind else { panic!() };
    assert_eq!(str_const(&spec[0]), ">");
    assert!(matches!(&spec[1].kind, ExprKind::FormattedValue { value, .. } if matches!(&value.kind, ExprKind::Name(n) if n == "w")));
    assert_eq!(str_const(&spec[2]), ".");
    assert_eq!(str_const(&spec[4]), "f");
    // `{e:}` has an empty spec, as in CPython.
    let ExprKind::FormattedValue { format_spec: Some(spec), .. } = &parts[4].kind else { panic!() };
    assert!(matches!(&spec.kind, ExprKind::JoinedStr(p) if p.is_empty()));

    // `=` shows the text between the braces, whitespace included, then
    // repr() unless a conversion or a spec is given.
    let ExprKind::JoinedStr(parts) = only_expr("f'x{ a + b = }{c=!s}{d=:>4}'").kind else { panic!() };
    assert_eq!(str_const(&parts[0]), "x a + b = ");
    assert_eq!(conv(&parts[1]), Some('r'));
    assert_eq!(str_const(&parts[2]), "c=");
    assert_eq!(conv(&parts[3]), Some('s'));
    assert_eq!(str_const(&parts[4]), "d=");
    assert_eq!(conv(&parts[5]), None);
}

#[test]
fn type_alias_is_unsupported() {
    let module = parse("type X = int\n");
    assert!(matches!(module.body[0].kind, StmtKind::Unsupported(_)));
}

#[test]
fn expressions_for_eval() {
    let expr = parse_expression("a + f(b)\n").unwrap_or_else(|e| panic!("{e:?}"));
    assert!(matches!(expr.kind, ExprKind::BinOp { op: ast::BinOp::Add, .. }));
    let err = parse_expression("x = 1").unwrap_err();
    assert_eq!((err.msg.as_str(), err.line, err.col), ("invalid syntax", 1, 3));
    let err = parse_expression("f(\n").unwrap_err();
    assert_eq!((err.msg.as_str(), err.line, err.col), ("'(' was never closed", 1, 2));
    assert!(parse_expression("(x, *y)").is_ok());
    let err = parse_expression(" 1").unwrap_err();
    assert_eq!((err.kind, err.msg.as_str(), err.line, err.col), (IndentationError, "unexpected indent", 1, 1));
    let err = parse_expression("*y").unwrap_err();
    assert_eq!((err.msg.as_str(), err.line, err.col), ("invalid syntax", 1, 1));
}

use SyntaxErrorKind::{IndentationError, SyntaxError, TabError};

/// (source, kind, message, line, offset) as CPython 3.11 reports them.
const ERRORS: &[(&str, SyntaxErrorKind, &str, u32, u32)] = &[
    ("x = (1, 2\n", SyntaxError, "'(' was never closed", 1, 5),
    ("x = 1)\n", SyntaxError, "unmatched ')'", 1, 6),
    ("x = [1, 2)\n", SyntaxError, "closing parenthesis ')' does not match opening parenthesis '['", 1, 10),
    ("x = (1,\n 2]\n", SyntaxError, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 3),
    ("if x\n    pass\n", SyntaxError, "expected ':'", 1, 5),
    ("x = 'abc\n", SyntaxError, "unterminated string literal (detected at line 1)", 1, 5),
    ("x = '''abc\n\ny\n", SyntaxError, "unterminated triple-quoted string literal (detected at line 3)", 1, 5),
    ("x = [1 2]\n", SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6),
    ("f(a b)\n", SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 3),
    ("1 = x\n", SyntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
    ("f() = 3\n", SyntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
    ("a = b = 1 = c\n", SyntaxError, "cannot assign to literal", 1, 9),
    ("x = 1abc\n", SyntaxError, "invalid decimal literal", 1, 5),
    ("x = 0777\n", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5),
    ("x = 0b102\n", SyntaxError, "invalid digit '2' in binary literal", 1, 9),
    ("try:\n    pass\nx = 1\n", SyntaxError, "expected 'except' or 'finally' block", 3, 1),
    ("  x = 1\n", IndentationError, "unexpected indent", 1, 2),
    ("if x:\npass\n", IndentationError, "expected an indented block after 'if' statement on line 1", 2, 1),
    ("def f():\n    x = 1\n  y = 2\n", IndentationError, "unindent does not match any outer indentation level", 3, 8),
    ("if x:\n\tpass\n        pass\n", TabError, "inconsistent use of tabs and spaces in indentation", 3, 1),
    ("def f(x, x): pass\n", SyntaxError, "duplicate argument 'x' in function definition", 1, 10),
    ("f(x=1, x=2)\n", SyntaxError, "keyword argument repeated: x", 1, 8),
    ("f(x=1, 2)\n", SyntaxError, "positional argument follows keyword argument", 1, 9),
    ("def f(a=1, b): pass\n", SyntaxError, "non-default argument follows default argument", 1, 12),
    ("del f()\n", SyntaxError, "cannot delete function call", 1, 5),
    ("*a = x\n", SyntaxError, "starred assignment target must be in a list or tuple", 1, 1),
    ("a, *b, *c = x\n", SyntaxError, "multiple starred expressions in assignment", 1, 1),
    ("x = *a\n", SyntaxError, "can't use starred expression here", 1, 5),
    ("(a, b) += 1\n", SyntaxError, "'tuple' is an illegal expression for augmented assignment", 1, 1),
    ("print 'hello'\n", SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
    ("x = \u{20ac}\n", SyntaxError, "invalid character '\u{20ac}' (U+20AC)", 1, 5),
    ("\u{e9} = ( 1,\n", SyntaxError, "'(' was never closed", 1, 5),
    ("f'{}'\n", SyntaxError, "f-string: empty expression not allowed", 1, 6),
    ("f'{x!z}'\n", SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9),
    ("x = 1 if 2\n", SyntaxError, "expected 'else' after 'if' expression", 1, 5),
    ("x = {1: 2, 3}\n", SyntaxError, "':' expected after dictionary key", 1, 12),
    ("if x = 1: pass\n", SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4),
    ("x = \\\n", SyntaxError, "unexpected EOF while parsing", 1, 6),
    ("def f[T](x): pass\n", SyntaxError, "expected '('", 1, 6),
    ("class C[T]: pass\n", SyntaxError, "invalid syntax", 1, 8),
    ("x = 'a\\N{foo}b'\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-7: unknown Unicode character name", 1, 16),
    ("match x:\n    case a: pass\n    case b: pass\n", SyntaxError, "name capture 'a' makes remaining patterns unreachable", 2, 10),
    ("match x:\n    case [a, a]: pass\n", SyntaxError, "multiple assignments to name 'a' in pattern", 2, 14),
    ("from __future__ import braces\n", SyntaxError, "not a chance", 1, 1),
    // After a parser error CPython still reports a later tokenizer error.
    ("x = = 1\ny = 'abc\n", SyntaxError, "unterminated string literal (detected at line 2)", 2, 5),
    ("def f\n", SyntaxError, "expected '('", 1, 6),
    // CPython's NEWLINE token starts at a trailing comment.
    ("if x  # c\n    pass\n", SyntaxError, "expected ':'", 1, 7),
    // 3.11 ends an f-string at a reused quote.
    ("f\"{x[\"a\"]}\"\n", SyntaxError, "f-string: unmatched '['", 1, 7),
    ("x = {\"a\": 1, \"b\" 2}\n", SyntaxError, "':' expected after dictionary key", 1, 16),
    ("d = {\"a\": 1\n     \"b\": 2}\n", SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 11),
    ("def f():\n    if y:\nz = 1\n", IndentationError, "expected an indented block after 'if' statement on line 2", 3, 0),
    ("try:\n    pass\n", SyntaxError, "expected 'except' or 'finally' block", 2, 9),
    ("f(x=1, a.b c)\n", SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 8),
    ("[x = 1]\n", SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2),
    // Ruff accepts this; CPython's tab check does not.
    ("if x:\n  \tpass\n\t  pass\n", TabError, "inconsistent use of tabs and spaces in indentation", 3, 1),
    ("x = 1.__class__\n", SyntaxError, "invalid decimal literal", 1, 6),
    ("def f(**k=1): pass\n", SyntaxError, "var-keyword argument cannot have default value", 1, 10),
    ("class A(x for x in y): pass\n", SyntaxError, "invalid syntax", 1, 11),
    ("lambda x, x: 1\n", SyntaxError, "duplicate argument 'x' in function definition", 1, 11),
    ("match x:\n    case [a] | [b]: pass\n", SyntaxError, "alternative patterns bind different names", 2, 17),
    ("match x:\n    case _: pass\n    case 1: pass\n", SyntaxError, "wildcard makes remaining patterns unreachable", 2, 10),
    ("for *a in x: pass\n", SyntaxError, "starred assignment target must be in a list or tuple", 1, 5),
    ("x = [1, 2 3]\ny = (\n", SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 9),
    ("b'\\xe9\\x1'\n", SyntaxError, "(value error) invalid \\x escape at position 4", 1, 11),
    ("x = '\u{e9}\\x1'\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape", 1, 11),
    ("f'{1:{2:{3}}}'\n", SyntaxError, "f-string: expressions nested too deeply", 1, 15),
    ("x = 0o8\n", SyntaxError, "invalid digit '8' in octal literal", 1, 7),
    ("x = 1_\n", SyntaxError, "invalid decimal literal", 1, 6),
    ("x = 1__0\n", SyntaxError, "invalid decimal literal", 1, 6),
    ("__debug__ = 1\n", SyntaxError, "cannot assign to __debug__", 1, 1),
    ("def f(a, *, **k): pass\n", SyntaxError, "named arguments must follow bare *", 1, 10),
    // CPython reads the next line's indentation before noticing the
    // missing block.
    ("if x:\n    if y:\n  pass\n", IndentationError, "unindent does not match any outer indentation level", 3, 7),
    // The parser read on to the next line before failing, past the line of
    // the unclosed bracket.
    ("m[a][b = 0\nf()\n", SyntaxError, "'[' was never closed", 1, 5),
    ("x = (1,\n     2\ny = 3\n", SyntaxError, "'(' was never closed", 1, 5),
    ("async def f.x(): pass\n", SyntaxError, "expected '('", 1, 12),
    ("def f(a: d[str, b c]): pass\n", SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 17),
    ("x = f(a=1,\n      b)\n", SyntaxError, "positional argument follows keyword argument", 2, 8),
];

#[test]
fn syntax_errors_match_cpython() {
    let mut failures = Vec::new();
    for &(src, kind, msg, line, col) in ERRORS {
        let err = error(src);
        if (err.kind, err.msg.as_str(), err.line, err.col) != (kind, msg, line, col) {
            failures.push(format!("{src:?}\n   got {:?} {:?} {}:{}\n  want {kind:?} {msg:?} {line}:{col}", err.kind, err.msg, err.line, err.col));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn error_text_is_the_offending_line() {
    let err = error("ok = 1\nbad = (1,\n 2]\r\nmore = 3\n");
    assert_eq!((err.line, err.text.as_str()), (3, " 2]"));
}

#[test]
fn too_many_nested_parentheses() {
    let src = format!("{}{}\n", "(".repeat(201), ")".repeat(201));
    let err = error(&src);
    assert_eq!((err.msg.as_str(), err.line, err.col), ("too many nested parentheses", 1, 201));
    assert!(parse_module(&format!("{}{}\n", "(".repeat(200), ")".repeat(200))).is_ok());
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for src in ["-".repeat(100_000) + "1", "1+".repeat(50_000) + "1", "a.".repeat(20_000) + "b", "not ".repeat(20_000) + "x"] {
        let err = error(&src);
        assert_eq!(err.msg, "maximum recursion depth exceeded during compilation");
    }
    // Also when the error is found deep down, where its message depends on
    // the surrounding tree.
    for src in ["-".repeat(100_000) + "1 = 2", format!("[{}1 2]", "-".repeat(100_000)), format!("x = {}1 +", "~".repeat(100_000))] {
        let _ = error(&src);
    }
    let elifs = format!("if x: pass\n{}", "elif x: pass\n".repeat(5_000));
    assert_eq!(error(&elifs).msg, "maximum recursion depth exceeded during compilation");
    // Moderately deep code is fine.
    assert!(parse_module(&("1+".repeat(500) + "1")).is_ok());
    assert!(parse_module(&format!("if x: pass\n{}", "elif x: pass\n".repeat(500))).is_ok());
}

/// A program exercising most of the grammar, cut and garbled in many ways:
/// whatever comes out, nothing may panic.
#[test]
fn garbled_input_never_panics() {
    let sample = EVERYTHING;
    let chars: Vec<char> = sample.chars().collect();
    let mut variants: Vec<String> = Vec::new();
    for n in (0..chars.len()).step_by(chars.len() / 40 + 1) {
        variants.push(chars[..n].iter().collect());
        variants.push(chars[n..].iter().collect());
    }
    // A tiny linear congruential generator keeps the test deterministic.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |bound: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % bound.max(1)
    };
    let junk = ['(', ')', '[', ']', '{', '}', ':', '\'', '"', '\\', '\n', '\t', ' ', '#', '=', '*', 'é', '€', '0', 'x', '_', 'f', '.'];
    for _ in 0..60 {
        let mut garbled = chars.clone();
        for _ in 0..1 + next(6) {
            let at = next(garbled.len());
            match next(3) {
                0 => garbled.insert(at, junk[next(junk.len())]),
                1 if !garbled.is_empty() => {
                    garbled.remove(at.min(garbled.len() - 1));
                }
                _ => {
                    let len = next(20);
                    let end = (at + len).min(garbled.len());
                    let piece: Vec<char> = garbled[at..end].to_vec();
                    let to = next(garbled.len());
                    garbled.splice(to..to, piece);
                }
            }
        }
        variants.push(garbled.into_iter().collect());
    }
    for extra in ["\u{feff}x = 1", "\0", "\r", "\\", "'''", "f'{", "f'{x:{y:{z}}}'", "@", "\x0cif 1:\n\x0c pass", "0", "0_", "1e", "x = 0x"] {
        variants.push(extra.to_string());
    }
    assert!(variants.len() >= 50);
    for src in &variants {
        let _ = parse_module(src);
        let _ = parse_expression(src);
    }
}
