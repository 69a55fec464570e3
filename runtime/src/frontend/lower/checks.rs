//! Errors CPython 3.11 raises after parsing — from its `__future__` check,
//! its symbol table or its code generator — that are cheap to find on the
//! finished tree: misplaced or unknown `__future__` imports, duplicate
//! parameters, repeated keyword arguments, misplaced starred expressions,
//! bindings of `__debug__`, and the static rules of `match` patterns.
//!
//! CPython runs these phases one after the other over the whole module, so
//! an error of an earlier phase anywhere wins; within each phase the first
//! error in source order wins.

use super::super::ast::{self, Expr, ExprKind, Loc, Pattern, PatternKind, Stmt, StmtKind};
use super::super::{SyntaxErrorInfo, SyntaxErrorKind};
use super::source::SourceMap;

pub(super) fn check_module(map: &SourceMap, module: &ast::Module) -> Result<(), SyntaxErrorInfo> {
    if let Some(err) = future_error(map, &module.body) {
        return Err(err);
    }
    let mut checker = Checker { map, symtable_error: None, compile_error: None };
    checker.stmts(&module.body);
    checker.finish()
}

pub(super) fn check_expression(map: &SourceMap, expr: &Expr) -> Result<(), SyntaxErrorInfo> {
    let mut checker = Checker { map, symtable_error: None, compile_error: None };
    checker.expr(expr);
    checker.finish()
}

const DEBUG: &str = "__debug__";

/// The features `from __future__ import` accepts in 3.11.
const FUTURE_FEATURES: [&str; 10] =
    ["nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"];

/// `from __future__ import ...` must name known features and come first in
/// the module, after the docstring if any.
fn future_error(map: &SourceMap, body: &[Stmt]) -> Option<SyntaxErrorInfo> {
    let docstring = body.first().is_some_and(|s| matches!(&s.kind, StmtKind::Expr(Expr { kind: ExprKind::Constant(ast::Constant::Str(_)), .. })));
    let mut at_start = true;
    for (i, stmt) in body.iter().enumerate() {
        let names = match &stmt.kind {
            StmtKind::ImportFrom { module: Some(module), names, level: 0 } if module == "__future__" => names,
            _ => {
                at_start &= i == 0 && docstring;
                continue;
            }
        };
        if !at_start {
            // CPython passes the 0-based column here (and shows 0 as 1).
            let msg = "from __future__ imports must occur at the beginning of the file";
            let col = stmt.loc.col.max(1);
            return Some(map.error(SyntaxErrorKind::SyntaxError, msg, stmt.loc.line, col, col));
        }
        for alias in names {
            if alias.name == "braces" {
                return Some(map.error_at_loc("not a chance", stmt.loc));
            }
            if !FUTURE_FEATURES.contains(&alias.name.as_str()) {
                return Some(map.error_at_loc(format!("future feature {} is not defined", alias.name), stmt.loc));
            }
        }
    }
    None
}

struct Checker<'a> {
    map: &'a SourceMap<'a>,
    symtable_error: Option<SyntaxErrorInfo>,
    compile_error: Option<SyntaxErrorInfo>,
}

/// State while checking one `case` pattern, as in CPython's compiler.
struct PatternState {
    /// Names bound so far.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here: only as the last
    /// alternative of the last (or a guarded) case.
    allow_irrefutable: bool,
    /// CPython reports name clashes at the pattern it compiled last.
    last_loc: Loc,
}

impl Checker<'_> {
    fn finish(self) -> Result<(), SyntaxErrorInfo> {
        match self.symtable_error.or(self.compile_error) {
            Some(err) => Err(err),
            None => Ok(()),
        }
    }

    fn symtable_fail(&mut self, msg: String, loc: Loc) {
        if self.symtable_error.is_none() {
            self.symtable_error = Some(self.map.error_at_loc(msg, loc));
        }
    }

    fn fail(&mut self, msg: impl Into<String>, loc: Loc) {
        if self.compile_error.is_none() {
            self.compile_error = Some(self.map.error_at_loc(msg, loc));
        }
    }

    fn check_binding(&mut self, name: &str, loc: Loc) {
        if name == DEBUG {
            self.fail("cannot assign to __debug__", loc);
        }
    }

    // ------------------------------------------------------------ statements

    fn stmts(&mut self, body: &[Stmt]) {
        for stmt in body {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                self.check_binding(&def.name, stmt.loc);
                self.exprs(&def.decorators);
                self.arguments(&def.args, stmt.loc);
                self.opt_expr(def.returns.as_ref());
                self.stmts(&def.body);
            }
            StmtKind::ClassDef(class) => {
                self.check_binding(&class.name, stmt.loc);
                self.exprs(&class.decorators);
                self.elements(&class.bases);
                self.keywords(&class.keywords);
                self.stmts(&class.body);
            }
            StmtKind::Return(value) => self.opt_expr(value.as_ref()),
            StmtKind::Delete(targets) => targets.iter().for_each(|t| self.delete_target(t)),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                targets.iter().for_each(|t| self.target(t));
            }
            StmtKind::AugAssign { target, value, .. } => {
                // CPython only checks a plain name here; `x.__debug__ += 1`
                // compiles.
                match &target.kind {
                    ExprKind::Name(name) => self.check_binding(name, target.loc),
                    _ => self.expr(target),
                }
                self.expr(value);
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                self.opt_expr(value.as_ref());
                self.target(target);
                self.expr(annotation);
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(iter);
                self.target(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr);
                    if let Some(vars) = &item.optional_vars {
                        self.target(vars);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                self.opt_expr(exc.as_ref());
                self.opt_expr(cause.as_ref());
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.stmts(body);
                for handler in handlers {
                    self.opt_expr(handler.typ.as_ref());
                    if let Some(name) = &handler.name {
                        self.check_binding(name, handler.loc);
                    }
                    self.stmts(&handler.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                self.opt_expr(msg.as_ref());
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    // `import a.b` binds `a`.
                    let bound = alias.asname.as_deref().unwrap_or_else(|| alias.name.split('.').next().unwrap_or(""));
                    self.check_binding(bound, stmt.loc);
                }
            }
            StmtKind::Expr(value) => self.expr(value),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass | StmtKind::Break | StmtKind::Continue | StmtKind::Unsupported(_) => {}
        }
    }

    /// `def`/`lambda` parameters: duplicates (a symbol-table error) and
    /// `__debug__`, both of which CPython reports at the whole definition
    /// (`owner`) except duplicates, which point at the parameter.
    fn arguments(&mut self, args: &ast::Arguments, owner: Loc) {
        self.exprs(&args.defaults);
        args.kw_defaults.iter().for_each(|d| self.opt_expr(d.as_ref()));
        let all = args.posonlyargs.iter().chain(&args.args).chain(&args.vararg).chain(&args.kwonlyargs).chain(&args.kwarg);
        let mut seen: Vec<&str> = Vec::new();
        for arg in all {
            if seen.contains(&arg.name.as_str()) {
                self.symtable_fail(format!("duplicate argument '{}' in function definition", arg.name), arg.loc);
            }
            seen.push(&arg.name);
            self.check_binding(&arg.name, owner);
        }
        for arg in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs).chain(&args.kwarg) {
            self.opt_expr(arg.annotation.as_ref());
        }
        // `*args: *Ts` is the one place a starred annotation is allowed.
        if let Some(annotation) = args.vararg.as_ref().and_then(|a| a.annotation.as_ref()) {
            self.element(annotation);
        }
    }

    fn keywords(&mut self, keywords: &[ast::Keyword]) {
        let mut seen: Vec<&str> = Vec::new();
        for keyword in keywords {
            if let Some(name) = keyword.arg.as_deref() {
                if seen.contains(&name) {
                    self.fail(format!("keyword argument repeated: {name}"), keyword.loc);
                }
                seen.push(name);
            }
            self.expr(&keyword.value);
        }
    }

    // --------------------------------------------------------------- targets

    /// A target of `=`, `for`, `with ... as` or a comprehension.
    fn target(&mut self, target: &Expr) {
        match &target.kind {
            ExprKind::Starred(_) => self.fail("starred assignment target must be in a list or tuple", target.loc),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let starred = elts.iter().filter(|e| matches!(e.kind, ExprKind::Starred(_))).count();
                if starred > 1 {
                    self.fail("multiple starred expressions in assignment", target.loc);
                }
                for elt in elts {
                    match &elt.kind {
                        ExprKind::Starred(inner) => self.target(inner),
                        _ => self.target(elt),
                    }
                }
            }
            ExprKind::Name(name) => self.check_binding(name, target.loc),
            ExprKind::Attribute { value, attr } => {
                self.expr(value);
                self.check_binding(attr, target.loc);
            }
            _ => self.expr(target),
        }
    }

    fn delete_target(&mut self, target: &Expr) {
        match &target.kind {
            ExprKind::Name(name) if name == DEBUG => self.fail("cannot delete __debug__", target.loc),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().for_each(|e| self.delete_target(e)),
            _ => self.expr(target),
        }
    }

    // ----------------------------------------------------------- expressions

    fn exprs(&mut self, exprs: &[Expr]) {
        exprs.iter().for_each(|e| self.expr(e));
    }

    fn opt_expr(&mut self, expr: Option<&Expr>) {
        if let Some(expr) = expr {
            self.expr(expr);
        }
    }

    /// Items of a display or call arguments, where `*x` is allowed.
    fn elements(&mut self, exprs: &[Expr]) {
        exprs.iter().for_each(|e| self.element(e));
    }

    fn element(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Starred(inner) => self.expr(inner),
            _ => self.expr(expr),
        }
    }

    /// An expression whose value is used as is, where `*x` is not allowed.
    fn expr(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Starred(inner) => {
                self.fail("can't use starred expression here", expr.loc);
                self.expr(inner);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) | ExprKind::Set(elts) => self.elements(elts),
            ExprKind::Call { func, args, keywords } => {
                self.expr(func);
                self.elements(args);
                for keyword in keywords {
                    if keyword.arg.as_deref() == Some(DEBUG) {
                        self.fail("cannot assign to __debug__", expr.loc);
                    }
                }
                self.keywords(keywords);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.target(target);
            }
            ExprKind::Lambda { args, body } => {
                self.arguments(args, expr.loc);
                self.expr(body);
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehensions(generators);
                self.expr(elt);
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehensions(generators);
                self.expr(key);
                self.expr(value);
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                match &value.kind {
                    ExprKind::Starred(_) => self.fail("f-string: cannot use starred expression here", value.loc),
                    _ => self.expr(value),
                }
                if let Some(spec) = format_spec {
                    self.expr(spec);
                }
            }
            _ => self.sub_exprs(expr),
        }
    }

    /// The remaining kinds, whose children are all plain expressions.
    fn sub_exprs(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().for_each(|k| self.opt_expr(k.as_ref()));
                self.exprs(values);
            }
            ExprKind::Await(value) | ExprKind::YieldFrom(value) => self.expr(value),
            ExprKind::Yield(value) => self.opt_expr(value.as_deref()),
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left);
                self.exprs(comparators);
            }
            ExprKind::JoinedStr(parts) => self.exprs(parts),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part);
                }
            }
            _ => {}
        }
    }

    fn comprehensions(&mut self, generators: &[ast::Comprehension]) {
        for generator in generators {
            self.expr(&generator.iter);
            self.target(&generator.target);
            self.exprs(&generator.ifs);
        }
    }

    // ---------------------------------------------------------------- match

    fn match_stmt(&mut self, subject: &Expr, cases: &[ast::MatchCase]) {
        self.expr(subject);
        for (i, case) in cases.iter().enumerate() {
            let mut state = PatternState { stores: Vec::new(), allow_irrefutable: case.guard.is_some() || i + 1 == cases.len(), last_loc: case.pattern.loc };
            self.pattern(&case.pattern, &mut state);
            self.opt_expr(case.guard.as_ref());
            self.stmts(&case.body);
        }
    }

    fn pattern(&mut self, pattern: &Pattern, state: &mut PatternState) {
        state.last_loc = pattern.loc;
        match &pattern.kind {
            PatternKind::MatchValue(value) => self.expr(value),
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(patterns) => {
                let stars = patterns.iter().filter(|p| matches!(p.kind, PatternKind::MatchStar(_))).count();
                if stars > 1 {
                    self.fail("multiple starred names in sequence pattern", pattern.loc);
                    return;
                }
                patterns.iter().for_each(|p| self.sub_pattern(p, state));
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.exprs(keys);
                patterns.iter().for_each(|p| self.sub_pattern(p, state));
                if let Some(rest) = rest {
                    self.store(rest, state);
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.expr(cls);
                for (i, attr) in kwd_attrs.iter().enumerate() {
                    if kwd_attrs.get(..i).is_some_and(|before| before.contains(attr)) {
                        let loc = kwd_patterns.get(i).map_or(pattern.loc, |p| p.loc);
                        self.fail(format!("attribute name repeated in class pattern: {attr}"), loc);
                    }
                }
                patterns.iter().chain(kwd_patterns).for_each(|p| self.sub_pattern(p, state));
            }
            PatternKind::MatchStar(name) => {
                if let Some(name) = name {
                    self.store(name, state);
                }
            }
            PatternKind::MatchAs { pattern: None, name } => {
                if !state.allow_irrefutable {
                    let msg = match name {
                        Some(name) => format!("name capture '{name}' makes remaining patterns unreachable"),
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    self.fail(msg, pattern.loc);
                }
                if let Some(name) = name {
                    self.store(name, state);
                }
            }
            PatternKind::MatchAs { pattern: Some(inner), name } => {
                self.pattern(inner, state);
                if let Some(name) = name {
                    self.store(name, state);
                }
            }
            PatternKind::MatchOr(alternatives) => self.alternatives(alternatives, state),
        }
    }

    /// A pattern nested in a sequence, mapping or class pattern may always
    /// be irrefutable.
    fn sub_pattern(&mut self, pattern: &Pattern, state: &mut PatternState) {
        let allow = std::mem::replace(&mut state.allow_irrefutable, true);
        self.pattern(pattern, state);
        state.allow_irrefutable = allow;
    }

    /// `p1 | p2 | ...`: every alternative must bind the same names, and only
    /// the last may be irrefutable.
    fn alternatives(&mut self, alternatives: &[Pattern], state: &mut PatternState) {
        let outer = std::mem::take(&mut state.stores);
        let allow = state.allow_irrefutable;
        let mut bound: Option<Vec<String>> = None;
        for (i, alternative) in alternatives.iter().enumerate() {
            state.stores = Vec::new();
            state.allow_irrefutable = allow && i + 1 == alternatives.len();
            self.pattern(alternative, state);
            let mut names = std::mem::take(&mut state.stores);
            names.sort();
            match &bound {
                None => bound = Some(names),
                Some(first) if *first != names => self.fail("alternative patterns bind different names", state.last_loc),
                Some(_) => {}
            }
        }
        state.stores = outer;
        state.allow_irrefutable = allow;
        for name in bound.unwrap_or_default() {
            self.store(&name, state);
        }
    }

    fn store(&mut self, name: &str, state: &mut PatternState) {
        if state.stores.iter().any(|n| n == name) {
            self.fail(format!("multiple assignments to name '{name}' in pattern"), state.last_loc);
        } else {
            state.stores.push(name.to_string());
        }
    }
}
