//! Python source → pylift's `ast`, by way of ruff's parser.
//!
//! Parsing is done by `ruff_python_parser` targeting Python 3.11. Ruff
//! recovers from errors and reports them in its own words; when it reports
//! any, `diagnose` works out the `SyntaxError` CPython 3.11 would raise
//! instead. A clean tree is then converted node by node (this file), and
//! `checks` adds the errors CPython only detects after parsing (repeated
//! keyword arguments, misplaced starred expressions, ...).

mod checks;
mod diagnose;
mod source;
#[cfg(test)]
mod tests;
mod tokens;
mod tree;

use num_bigint::BigInt;
use ruff_python_ast::{self as rast, Mod, PythonVersion};
use ruff_python_parser::{parse_unchecked, Mode, ParseOptions, Parsed};
use ruff_text_size::Ranged;

use super::ast::{self, Constant, ExprKind, Loc, PatternKind, StmtKind};
use super::{SyntaxErrorInfo, SyntaxErrorKind};
use source::SourceMap;

/// Parses a whole module (`compile(source, ..., "exec")`).
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxErrorInfo> {
    let map = SourceMap::new(source);
    let parsed = parse(source, Mode::Module);
    let result = lower_module(&map, &parsed);
    dispose(parsed);
    result
}

/// Parses a single expression (`compile(source, ..., "eval")`).
pub fn parse_expression(source: &str) -> Result<ast::Expr, SyntaxErrorInfo> {
    let map = SourceMap::new(source);
    let parsed = parse(source, Mode::Expression);
    let result = lower_expression(&map, &parsed);
    dispose(parsed);
    result
}

fn parse(source: &str, mode: Mode) -> Parsed<Mod> {
    parse_unchecked(source, ParseOptions::from(mode).with_target_version(PythonVersion::PY311))
}

fn lower_module(map: &SourceMap, parsed: &Parsed<Mod>) -> Result<ast::Module, SyntaxErrorInfo> {
    if let Some(err) = diagnose::first_error(map, parsed) {
        return Err(err);
    }
    let Mod::Module(module) = parsed.syntax() else {
        return Err(map.error_at(SyntaxErrorKind::SyntaxError, "invalid syntax", 0, 0));
    };
    let mut lowerer = Lowerer::new(map);
    let body = lowerer.stmts(&module.body);
    lowerer.finish()?;
    let module = ast::Module { body };
    checks::check_module(map, &module)?;
    Ok(module)
}

fn lower_expression(map: &SourceMap, parsed: &Parsed<Mod>) -> Result<ast::Expr, SyntaxErrorInfo> {
    if let Some(err) = tokens::check_eval_indentation(map, parsed.tokens()).or_else(|| diagnose::first_error(map, parsed)) {
        return Err(err);
    }
    let Mod::Expression(expression) = parsed.syntax() else {
        return Err(map.error_at(SyntaxErrorKind::SyntaxError, "invalid syntax", 0, 0));
    };
    let mut lowerer = Lowerer::new(map);
    let expr = lowerer.expr(&expression.body);
    lowerer.finish()?;
    checks::check_expression(map, &expr)?;
    Ok(expr)
}

/// Nesting that ruff's tree may have and still be dropped on any thread:
/// its drop recurses, using a few dozen bytes of stack per level.
const SAFE_DROP_DEPTH: usize = 2_500;

/// Drops ruff's tree. Ruff parses arbitrarily deep input without
/// overflowing the stack, but its tree is freed recursively, so a tree that
/// may be deep (as told by its longest logical line) is freed on a helper
/// thread with a large stack. Should that thread fail to start, the tree is
/// leaked rather than risking an overflow.
fn dispose(parsed: Parsed<Mod>) {
    if nesting_bound(parsed.tokens()) <= SAFE_DROP_DEPTH {
        return;
    }
    let parsed = std::mem::ManuallyDrop::new(parsed);
    let dropper = std::thread::Builder::new().name("pylift-ast-drop".to_string()).stack_size(256 << 20).spawn(move || drop(std::mem::ManuallyDrop::into_inner(parsed)));
    if let Ok(handle) = dropper {
        let _ = handle.join();
    }
}

/// An upper bound on the depth of the tree parsed from `tokens`: every
/// level of an expression takes at least one token of its logical line,
/// and every level of statements one indent.
fn nesting_bound(tokens: &[ruff_python_ast::token::Token]) -> usize {
    use ruff_python_ast::token::TokenKind;
    let (mut line_tokens, mut longest_line, mut indent, mut deepest_indent) = (0usize, 0usize, 0usize, 0usize);
    for token in tokens {
        match token.kind() {
            TokenKind::Newline => line_tokens = 0,
            TokenKind::Indent => {
                indent += 1;
                deepest_indent = deepest_indent.max(indent);
            }
            TokenKind::Dedent => indent = indent.saturating_sub(1),
            _ => {
                line_tokens += 1;
                longest_line = longest_line.max(line_tokens);
            }
        }
    }
    2 * longest_line + 4 * deepest_indent + 16
}

/// Deepest nesting of statements, expressions and patterns accepted. CPython
/// gives up at about 3000 levels ("maximum recursion depth exceeded during
/// compilation"); this limit is lower so that lowering, and the compiler
/// after it, fit in a thread's default stack.
const MAX_DEPTH: u32 = 1000;

/// Converts a ruff tree that parsed without errors. The conversion functions
/// cannot fail; the rare node that has no pylift shape (and that ruff let
/// through) records an error and yields a placeholder, and `finish` reports
/// the first such error.
struct Lowerer<'a> {
    map: &'a SourceMap<'a>,
    depth: u32,
    /// How many format specs enclose the f-string replacement field being
    /// lowered; 3.11 allows two.
    spec_depth: u32,
    error: Option<SyntaxErrorInfo>,
}

impl<'a> Lowerer<'a> {
    fn new(map: &'a SourceMap<'a>) -> Self {
        Lowerer { map, depth: 0, spec_depth: 0, error: None }
    }

    fn finish(self) -> Result<(), SyntaxErrorInfo> {
        self.error.map_or(Ok(()), Err)
    }

    /// The source text of a node.
    fn source_of(&self, node: &impl Ranged) -> String {
        self.map.source().get(node.start().to_usize()..node.end().to_usize()).unwrap_or("").to_string()
    }

    /// An annotation as `from __future__ import annotations` records it:
    /// its source, except that a string literal is normalized to its repr
    /// (as CPython's unparsing gives `'Node'` for `"Node"`).
    fn annotation_source(&self, ann: &rast::Expr) -> String {
        match ann {
            rast::Expr::StringLiteral(s) => crate::text::str_repr(s.value.to_str()),
            _ => self.source_of(ann),
        }
    }

    fn loc(&self, node: &impl Ranged) -> Loc {
        self.map.loc(node.start().to_u32(), node.end().to_u32())
    }

    fn fail(&mut self, msg: &str, loc: Loc) {
        if self.error.is_none() {
            self.error = Some(self.map.error_at_loc(msg, loc));
        }
    }

    /// Enters one level of nesting; false (after recording why) if the
    /// input is too deep or lowering has already failed.
    fn descend(&mut self, loc: Loc) -> bool {
        if self.depth >= MAX_DEPTH {
            self.fail("maximum recursion depth exceeded during compilation", loc);
        }
        if self.error.is_some() {
            return false;
        }
        self.depth += 1;
        true
    }

    fn ascend(&mut self) {
        self.depth -= 1;
    }

    // ------------------------------------------------------------ statements

    fn stmts(&mut self, body: &[rast::Stmt]) -> Vec<ast::Stmt> {
        body.iter().map(|s| self.stmt(s)).collect()
    }

    fn stmt(&mut self, stmt: &rast::Stmt) -> ast::Stmt {
        let loc = self.loc(stmt);
        if !self.descend(loc) {
            return ast::Stmt { loc, kind: StmtKind::Pass };
        }
        let kind = self.stmt_kind(stmt);
        self.ascend();
        ast::Stmt { loc, kind }
    }

    fn stmt_kind(&mut self, stmt: &rast::Stmt) -> StmtKind {
        use rast::Stmt as S;
        match stmt {
            S::FunctionDef(def) => StmtKind::FunctionDef(Box::new(self.function_def(def))),
            S::ClassDef(class) => StmtKind::ClassDef(Box::new(self.class_def(class))),
            S::Return(ret) => StmtKind::Return(self.opt_expr(ret.value.as_deref())),
            S::Delete(del) => StmtKind::Delete(self.exprs(&del.targets)),
            S::TypeAlias(_) => StmtKind::Unsupported("type alias"),
            S::Assign(assign) => StmtKind::Assign { targets: self.exprs(&assign.targets), value: self.expr(&assign.value) },
            S::AugAssign(aug) => StmtKind::AugAssign { target: self.expr(&aug.target), op: bin_op(aug.op), value: self.expr(&aug.value) },
            S::AnnAssign(ann) => StmtKind::AnnAssign {
                target: self.expr(&ann.target),
                annotation: self.expr(&ann.annotation),
                annotation_text: self.annotation_source(&ann.annotation),
                value: self.opt_expr(ann.value.as_deref()),
                simple: ann.simple,
            },
            S::For(f) => StmtKind::For { target: self.expr(&f.target), iter: self.expr(&f.iter), body: self.stmts(&f.body), orelse: self.stmts(&f.orelse), is_async: f.is_async },
            S::While(w) => StmtKind::While { test: self.expr(&w.test), body: self.stmts(&w.body), orelse: self.stmts(&w.orelse) },
            S::If(i) => StmtKind::If { test: self.expr(&i.test), body: self.stmts(&i.body), orelse: self.elif_chain(&i.elif_else_clauses) },
            S::With(w) => StmtKind::With { items: w.items.iter().map(|item| self.with_item(item)).collect(), body: self.stmts(&w.body), is_async: w.is_async },
            S::Match(m) => StmtKind::Match { subject: self.expr(&m.subject), cases: m.cases.iter().map(|case| self.match_case(case)).collect() },
            S::Raise(r) => StmtKind::Raise { exc: self.opt_expr(r.exc.as_deref()), cause: self.opt_expr(r.cause.as_deref()) },
            S::Try(t) => StmtKind::Try {
                body: self.stmts(&t.body),
                handlers: t.handlers.iter().map(|h| self.except_handler(h)).collect(),
                orelse: self.stmts(&t.orelse),
                finalbody: self.stmts(&t.finalbody),
                is_star: t.is_star,
            },
            S::Assert(a) => StmtKind::Assert { test: self.expr(&a.test), msg: self.opt_expr(a.msg.as_deref()) },
            S::Import(import) => StmtKind::Import(import.names.iter().map(|a| self.alias(a)).collect()),
            S::ImportFrom(from) => StmtKind::ImportFrom { module: from.module.as_ref().map(ident), names: from.names.iter().map(|a| self.alias(a)).collect(), level: from.level },
            S::Global(g) => StmtKind::Global(g.names.iter().map(ident).collect()),
            S::Nonlocal(n) => StmtKind::Nonlocal(n.names.iter().map(ident).collect()),
            S::Expr(e) => StmtKind::Expr(self.expr(&e.value)),
            S::Pass(_) => StmtKind::Pass,
            S::Break(_) => StmtKind::Break,
            S::Continue(_) => StmtKind::Continue,
            S::IpyEscapeCommand(_) => StmtKind::Unsupported("IPython escape command"),
        }
    }

    // Type parameters (`def f[T]()`) never get here: they are a syntax
    // error in 3.11, reported by `diagnose`.
    fn function_def(&mut self, def: &rast::StmtFunctionDef) -> ast::FunctionDef {
        ast::FunctionDef {
            name: ident(&def.name),
            decorators: def.decorator_list.iter().map(|d| self.expr(&d.expression)).collect(),
            args: self.arguments(&def.parameters),
            returns: self.opt_expr(def.returns.as_deref()),
            returns_text: def.returns.as_deref().map(|r| self.annotation_source(r)).unwrap_or_default(),
            body: self.stmts(&def.body),
            is_async: def.is_async,
        }
    }

    fn class_def(&mut self, class: &rast::StmtClassDef) -> ast::ClassDef {
        ast::ClassDef {
            name: ident(&class.name),
            decorators: class.decorator_list.iter().map(|d| self.expr(&d.expression)).collect(),
            bases: self.exprs(class.bases()),
            keywords: class.keywords().iter().map(|k| self.keyword(k)).collect(),
            body: self.stmts(&class.body),
        }
    }

    /// `elif` clauses become an `If` nested in the previous `orelse`, as in
    /// CPython; built from the last clause backwards so long chains do not
    /// recurse here. Clause `k` ends up `k` levels deeper than the first,
    /// which the depth limit accounts for.
    fn elif_chain(&mut self, clauses: &[rast::ElifElseClause]) -> Vec<ast::Stmt> {
        let Some(last) = clauses.last() else { return Vec::new() };
        let mut orelse = Vec::new();
        for (k, clause) in clauses.iter().enumerate().rev() {
            if self.error.is_some() {
                // Too deep: stop before building an even deeper tree.
                return Vec::new();
            }
            let nesting = u32::try_from(k).unwrap_or(MAX_DEPTH);
            self.depth = self.depth.saturating_add(nesting);
            let body = self.stmts(&clause.body);
            orelse = match &clause.test {
                None => body,
                Some(test) => {
                    let loc = self.map.loc(clause.start().to_u32(), last.end().to_u32());
                    vec![ast::Stmt { loc, kind: StmtKind::If { test: self.expr(test), body, orelse } }]
                }
            };
            self.depth -= nesting;
        }
        orelse
    }

    fn with_item(&mut self, item: &rast::WithItem) -> ast::WithItem {
        ast::WithItem { context_expr: self.expr(&item.context_expr), optional_vars: self.opt_expr(item.optional_vars.as_deref()) }
    }

    fn except_handler(&mut self, handler: &rast::ExceptHandler) -> ast::ExceptHandler {
        let rast::ExceptHandler::ExceptHandler(h) = handler;
        ast::ExceptHandler { typ: self.opt_expr(h.type_.as_deref()), name: h.name.as_ref().map(ident), body: self.stmts(&h.body), loc: self.loc(h) }
    }

    fn alias(&mut self, alias: &rast::Alias) -> ast::Alias {
        ast::Alias { name: ident(&alias.name), asname: alias.asname.as_ref().map(ident), loc: self.loc(alias) }
    }

    // ------------------------------------------------------------ parameters

    /// Ruff keeps each default next to its parameter; CPython's layout has
    /// the defaults of the trailing positional parameters in one list and
    /// one optional default per keyword-only parameter.
    fn arguments(&mut self, params: &rast::Parameters) -> ast::Arguments {
        let posonlyargs = params.posonlyargs.iter().map(|p| self.arg(&p.parameter)).collect();
        let args = params.args.iter().map(|p| self.arg(&p.parameter)).collect();
        let defaults = params.posonlyargs.iter().chain(&params.args).filter_map(|p| p.default.as_deref()).map(|d| self.expr(d)).collect();
        let vararg = params.vararg.as_deref().map(|p| self.arg(p));
        let kwonlyargs = params.kwonlyargs.iter().map(|p| self.arg(&p.parameter)).collect();
        let kw_defaults = params.kwonlyargs.iter().map(|p| self.opt_expr(p.default.as_deref())).collect();
        let kwarg = params.kwarg.as_deref().map(|p| self.arg(p));
        ast::Arguments { posonlyargs, args, defaults, vararg, kwonlyargs, kw_defaults, kwarg }
    }

    fn arg(&mut self, param: &rast::Parameter) -> ast::Arg {
        let annotation_text = param.annotation.as_deref().map(|a| self.annotation_source(a)).unwrap_or_default();
        ast::Arg { name: ident(&param.name), annotation: self.opt_expr(param.annotation.as_deref()), annotation_text, loc: self.loc(param) }
    }

    fn keyword(&mut self, keyword: &rast::Keyword) -> ast::Keyword {
        ast::Keyword { arg: keyword.arg.as_ref().map(ident), value: self.expr(&keyword.value), loc: self.loc(keyword) }
    }

    // ---------------------------------------------------------------- match

    fn match_case(&mut self, case: &rast::MatchCase) -> ast::MatchCase {
        ast::MatchCase { pattern: self.pattern(&case.pattern), guard: self.opt_expr(case.guard.as_deref()), body: self.stmts(&case.body) }
    }

    fn patterns(&mut self, patterns: &[rast::Pattern]) -> Vec<ast::Pattern> {
        patterns.iter().map(|p| self.pattern(p)).collect()
    }

    fn pattern(&mut self, pattern: &rast::Pattern) -> ast::Pattern {
        let loc = self.loc(pattern);
        if !self.descend(loc) {
            return ast::Pattern { loc, kind: PatternKind::MatchAs { pattern: None, name: None } };
        }
        let kind = self.pattern_kind(pattern);
        self.ascend();
        ast::Pattern { loc, kind }
    }

    fn pattern_kind(&mut self, pattern: &rast::Pattern) -> PatternKind {
        use rast::Pattern as P;
        match pattern {
            P::MatchValue(v) => PatternKind::MatchValue(self.expr(&v.value)),
            P::MatchSingleton(s) => PatternKind::MatchSingleton(match s.value {
                rast::Singleton::None => Constant::None,
                rast::Singleton::True => Constant::Bool(true),
                rast::Singleton::False => Constant::Bool(false),
            }),
            P::MatchSequence(s) => PatternKind::MatchSequence(self.patterns(&s.patterns)),
            P::MatchMapping(m) => PatternKind::MatchMapping { keys: self.exprs(&m.keys), patterns: self.patterns(&m.patterns), rest: m.rest.as_ref().map(ident) },
            P::MatchClass(c) => PatternKind::MatchClass {
                cls: self.expr(&c.cls),
                patterns: self.patterns(&c.arguments.patterns),
                kwd_attrs: c.arguments.keywords.iter().map(|k| ident(&k.attr)).collect(),
                kwd_patterns: c.arguments.keywords.iter().map(|k| self.pattern(&k.pattern)).collect(),
            },
            P::MatchStar(s) => PatternKind::MatchStar(capture_name(s.name.as_ref())),
            P::MatchAs(a) => PatternKind::MatchAs { pattern: a.pattern.as_deref().map(|p| Box::new(self.pattern(p))), name: capture_name(a.name.as_ref()) },
            P::MatchOr(o) => PatternKind::MatchOr(self.patterns(&o.patterns)),
        }
    }

    // ----------------------------------------------------------- expressions

    fn exprs(&mut self, exprs: &[rast::Expr]) -> Vec<ast::Expr> {
        exprs.iter().map(|e| self.expr(e)).collect()
    }

    fn opt_expr(&mut self, expr: Option<&rast::Expr>) -> Option<ast::Expr> {
        expr.map(|e| self.expr(e))
    }

    fn boxed(&mut self, expr: &rast::Expr) -> Box<ast::Expr> {
        Box::new(self.expr(expr))
    }

    fn opt_boxed(&mut self, expr: Option<&rast::Expr>) -> Option<Box<ast::Expr>> {
        expr.map(|e| self.boxed(e))
    }

    fn expr(&mut self, expr: &rast::Expr) -> ast::Expr {
        let loc = self.loc(expr);
        if !self.descend(loc) {
            return ast::Expr { loc, kind: ExprKind::Constant(Constant::None) };
        }
        let kind = self.expr_kind(expr, loc);
        self.ascend();
        ast::Expr { loc, kind }
    }

    fn expr_kind(&mut self, expr: &rast::Expr, loc: Loc) -> ExprKind {
        use rast::Expr as E;
        match expr {
            E::BoolOp(b) => ExprKind::BoolOp {
                op: match b.op {
                    rast::BoolOp::And => ast::BoolOp::And,
                    rast::BoolOp::Or => ast::BoolOp::Or,
                },
                values: self.exprs(&b.values),
            },
            E::Named(n) => ExprKind::NamedExpr { target: self.boxed(&n.target), value: self.boxed(&n.value) },
            E::BinOp(b) => ExprKind::BinOp { left: self.boxed(&b.left), op: bin_op(b.op), right: self.boxed(&b.right) },
            E::UnaryOp(u) => ExprKind::UnaryOp { op: unary_op(u.op), operand: self.boxed(&u.operand) },
            E::Lambda(l) => ExprKind::Lambda { args: Box::new(l.parameters.as_deref().map(|p| self.arguments(p)).unwrap_or_default()), body: self.boxed(&l.body) },
            E::If(i) => ExprKind::IfExp { test: self.boxed(&i.test), body: self.boxed(&i.body), orelse: self.boxed(&i.orelse) },
            E::Dict(d) => {
                let (mut keys, mut values) = (Vec::new(), Vec::new());
                for item in &d.items {
                    keys.push(self.opt_expr(item.key.as_ref()));
                    values.push(self.expr(&item.value));
                }
                ExprKind::Dict { keys, values }
            }
            E::Set(s) => ExprKind::Set(self.exprs(&s.elts)),
            E::ListComp(c) => ExprKind::ListComp { elt: self.boxed(&c.elt), generators: self.comprehensions(&c.generators) },
            E::SetComp(c) => ExprKind::SetComp { elt: self.boxed(&c.elt), generators: self.comprehensions(&c.generators) },
            E::DictComp(c) => match &c.key {
                Some(key) => ExprKind::DictComp { key: self.boxed(key), value: self.boxed(&c.value), generators: self.comprehensions(&c.generators) },
                // `{**d for d in x}` (3.15); `diagnose` reports it first.
                None => self.unsupported_expr("dict unpacking cannot be used in dict comprehension", loc),
            },
            E::Generator(g) => ExprKind::GeneratorExp { elt: self.boxed(&g.elt), generators: self.comprehensions(&g.generators) },
            E::Await(a) => ExprKind::Await(self.boxed(&a.value)),
            E::Yield(y) => ExprKind::Yield(self.opt_boxed(y.value.as_deref())),
            E::YieldFrom(y) => ExprKind::YieldFrom(self.boxed(&y.value)),
            E::Compare(c) => ExprKind::Compare { left: self.boxed(&c.left), ops: c.ops.iter().map(|&op| cmp_op(op)).collect(), comparators: self.exprs(&c.comparators) },
            E::Call(c) => ExprKind::Call { func: self.boxed(&c.func), args: self.exprs(&c.arguments.args), keywords: c.arguments.keywords.iter().map(|k| self.keyword(k)).collect() },
            E::FString(f) => self.fstring(&f.value, loc),
            E::StringLiteral(s) => ExprKind::Constant(Constant::Str(s.value.to_str().to_string())),
            E::BytesLiteral(b) => ExprKind::Constant(Constant::Bytes(b.value.bytes().collect())),
            E::NumberLiteral(n) => ExprKind::Constant(self.number(&n.value, loc)),
            E::BooleanLiteral(b) => ExprKind::Constant(Constant::Bool(b.value)),
            E::NoneLiteral(_) => ExprKind::Constant(Constant::None),
            E::EllipsisLiteral(_) => ExprKind::Constant(Constant::Ellipsis),
            E::Attribute(a) => ExprKind::Attribute { value: self.boxed(&a.value), attr: ident(&a.attr) },
            E::Subscript(s) => ExprKind::Subscript { value: self.boxed(&s.value), slice: self.boxed(&s.slice) },
            E::Starred(s) => ExprKind::Starred(self.boxed(&s.value)),
            E::Name(n) => ExprKind::Name(n.id.to_string()),
            E::List(l) => ExprKind::List(self.exprs(&l.elts)),
            E::Tuple(t) => ExprKind::Tuple(self.exprs(&t.elts)),
            E::Slice(s) => ExprKind::Slice { lower: self.opt_boxed(s.lower.as_deref()), upper: self.opt_boxed(s.upper.as_deref()), step: self.opt_boxed(s.step.as_deref()) },
            // t-strings (3.14) and IPython escapes (not in module mode) are
            // rejected by `diagnose`; nothing in 3.11 looks like them.
            E::TString(_) | E::IpyEscapeCommand(_) => self.unsupported_expr("invalid syntax", loc),
        }
    }

    fn unsupported_expr(&mut self, msg: &str, loc: Loc) -> ExprKind {
        self.fail(msg, loc);
        ExprKind::Constant(Constant::None)
    }

    fn comprehensions(&mut self, generators: &[rast::Comprehension]) -> Vec<ast::Comprehension> {
        generators.iter().map(|g| ast::Comprehension { target: self.expr(&g.target), iter: self.expr(&g.iter), ifs: self.exprs(&g.ifs), is_async: g.is_async }).collect()
    }

    fn number(&mut self, number: &rast::Number, loc: Loc) -> Constant {
        match number {
            rast::Number::Int(int) => match int.as_i64() {
                Some(small) => Constant::Int(small),
                // Ruff keeps the literal's text for ints beyond u64 and the
                // value for the rest; its Display gives back either.
                None => match parse_big_int(&int.to_string()) {
                    Some(big) => Constant::BigInt(big),
                    None => {
                        self.fail("invalid syntax", loc);
                        Constant::None
                    }
                },
            },
            rast::Number::Float(f) => Constant::Float(*f),
            rast::Number::Complex { real, imag } => Constant::Complex { real: *real, imag: *imag },
        }
    }

    // ------------------------------------------------------------- f-strings

    /// An f-string, possibly implicitly concatenated with plain strings,
    /// becomes one JoinedStr whose adjacent literal pieces are merged.
    fn fstring(&mut self, value: &rast::FStringValue, loc: Loc) -> ExprKind {
        let mut parts = JoinedParts::new(loc);
        for part in value.iter() {
            match part {
                rast::FStringPart::Literal(lit) => parts.push_str(&lit.value),
                rast::FStringPart::FString(f) => self.fstring_elements(&f.elements, &mut parts, loc),
            }
        }
        ExprKind::JoinedStr(parts.finish())
    }

    /// `string` is the location of the whole string, where CPython 3.11
    /// reports errors found inside it.
    fn fstring_elements(&mut self, elements: &rast::InterpolatedStringElements, parts: &mut JoinedParts, string: Loc) {
        for element in elements.iter() {
            match element {
                rast::InterpolatedStringElement::Literal(lit) => parts.push_str(&lit.value),
                rast::InterpolatedStringElement::Interpolation(interp) => {
                    // `f"{x = }"` first shows its own source text, exactly as
                    // written between the braces, then the value.
                    if let Some(debug) = &interp.debug_text {
                        parts.push_str(debug.as_str());
                    }
                    let value = self.formatted_value(interp, string);
                    parts.push_expr(value);
                }
            }
        }
    }

    fn formatted_value(&mut self, interp: &rast::InterpolatedElement, string: Loc) -> ast::Expr {
        let loc = self.loc(interp);
        if self.spec_depth >= 2 && self.error.is_none() {
            let col = string.end_col + 1;
            let msg = "f-string: expressions nested too deeply";
            self.error = Some(self.map.error(SyntaxErrorKind::SyntaxError, msg, string.end_line, col, col));
        }
        // The expression is a context of its own: an f-string in it starts
        // counting format specs afresh.
        let outer_specs = std::mem::replace(&mut self.spec_depth, 0);
        let value = self.boxed(&interp.expression);
        self.spec_depth = outer_specs + 1;
        let format_spec = interp.format_spec.as_deref().map(|spec| {
            let spec_loc = self.loc(spec);
            let mut parts = JoinedParts::new(spec_loc);
            self.fstring_elements(&spec.elements, &mut parts, string);
            Box::new(ast::Expr { loc: spec_loc, kind: ExprKind::JoinedStr(parts.finish()) })
        });
        self.spec_depth = outer_specs;
        // A self-documenting `{x=}` shows repr(x) unless a conversion or a
        // format spec says otherwise.
        let conversion = match interp.conversion.to_char() {
            Some(c) => Some(c),
            None if interp.debug_text.is_some() && format_spec.is_none() => Some('r'),
            None => None,
        };
        ast::Expr { loc, kind: ExprKind::FormattedValue { value, conversion, format_spec } }
    }
}

/// The parts of a JoinedStr under construction: literal text accumulates
/// until the next FormattedValue, and empty literals are dropped.
struct JoinedParts {
    loc: Loc,
    text: String,
    parts: Vec<ast::Expr>,
}

impl JoinedParts {
    fn new(loc: Loc) -> Self {
        JoinedParts { loc, text: String::new(), parts: Vec::new() }
    }

    fn push_str(&mut self, s: &str) {
        self.text.push_str(s);
    }

    fn push_expr(&mut self, expr: ast::Expr) {
        self.flush();
        self.parts.push(expr);
    }

    /// CPython 3.11 gives the literal pieces the location of the whole string.
    fn flush(&mut self) {
        if !self.text.is_empty() {
            let text = std::mem::take(&mut self.text);
            self.parts.push(ast::Expr { loc: self.loc, kind: ExprKind::Constant(Constant::Str(text)) });
        }
    }

    fn finish(mut self) -> Vec<ast::Expr> {
        self.flush();
        self.parts
    }
}

fn ident(id: &rast::Identifier) -> String {
    id.id.to_string()
}

/// A capture name in a pattern; `_` captures nothing.
fn capture_name(id: Option<&rast::Identifier>) -> Option<String> {
    id.map(ident).filter(|name| name != "_")
}

/// An int literal's text (`0x_ff`, `1_000`, ...) → its value.
fn parse_big_int(text: &str) -> Option<BigInt> {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    let prefix = digits.get(..2).map(str::to_ascii_lowercase);
    let (radix, body) = match prefix.as_deref() {
        Some("0x") => (16, digits.get(2..)?),
        Some("0o") => (8, digits.get(2..)?),
        Some("0b") => (2, digits.get(2..)?),
        _ => (10, digits.as_str()),
    };
    BigInt::parse_bytes(body.as_bytes(), radix)
}

fn bin_op(op: rast::Operator) -> ast::BinOp {
    use rast::Operator as O;
    match op {
        O::Add => ast::BinOp::Add,
        O::Sub => ast::BinOp::Sub,
        O::Mult => ast::BinOp::Mult,
        O::MatMult => ast::BinOp::MatMult,
        O::Div => ast::BinOp::Div,
        O::Mod => ast::BinOp::Mod,
        O::Pow => ast::BinOp::Pow,
        O::LShift => ast::BinOp::LShift,
        O::RShift => ast::BinOp::RShift,
        O::BitOr => ast::BinOp::BitOr,
        O::BitXor => ast::BinOp::BitXor,
        O::BitAnd => ast::BinOp::BitAnd,
        O::FloorDiv => ast::BinOp::FloorDiv,
    }
}

fn unary_op(op: rast::UnaryOp) -> ast::UnaryOp {
    match op {
        rast::UnaryOp::Invert => ast::UnaryOp::Invert,
        rast::UnaryOp::Not => ast::UnaryOp::Not,
        rast::UnaryOp::UAdd => ast::UnaryOp::UAdd,
        rast::UnaryOp::USub => ast::UnaryOp::USub,
    }
}

fn cmp_op(op: rast::CmpOp) -> ast::CmpOp {
    use rast::CmpOp as C;
    match op {
        C::Eq => ast::CmpOp::Eq,
        C::NotEq => ast::CmpOp::NotEq,
        C::Lt => ast::CmpOp::Lt,
        C::LtE => ast::CmpOp::LtE,
        C::Gt => ast::CmpOp::Gt,
        C::GtE => ast::CmpOp::GtE,
        C::Is => ast::CmpOp::Is,
        C::IsNot => ast::CmpOp::IsNot,
        C::In => ast::CmpOp::In,
        C::NotIn => ast::CmpOp::NotIn,
    }
}
