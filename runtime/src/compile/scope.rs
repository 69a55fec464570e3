//! Scope analysis (CPython's symtable): decides for every name in every scope
//! whether it is a fast local (a register), a cell, a free variable (a cell
//! from an enclosing function), a global, or a class/module-dict name.

use crate::frontend::ast::*;
use rustc_hash::{FxHashMap, FxHashSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    /// A register in this frame.
    Local,
    /// A register holding a cell that nested scopes share.
    Cell,
    /// A cell received from an enclosing scope.
    Free,
    /// Declared `global`, or unbound here and in every enclosing function.
    GlobalExplicit,
    GlobalImplicit,
    /// Module and class bodies: the namespace dict.
    Name,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub params: Vec<String>,
    assigned: FxHashSet<String>,
    used: FxHashSet<String>,
    globals: FxHashSet<String>,
    nonlocals: FxHashSet<String>,
    /// Names some nested scope needs from here (or above).
    child_free: FxHashSet<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    /// Final classification.
    pub names: FxHashMap<String, NameKind>,
    /// Locals in register order (params first), cells and frees.
    pub locals: Vec<String>,
    pub cells: Vec<String>,
    pub frees: Vec<String>,
    pub is_generator: bool,
    /// Names unbound by `del` or by the end of an `except ... as` block: reads
    /// of these always check for unboundness.
    pub deleted: FxHashSet<String>,
    /// A method that uses `super()` or `__class__` (needs the `__class__` cell).
    pub needs_class_cell: bool,
    pub first_line: u32,
    /// Names declared global/nonlocal after use, etc. (SyntaxError, line).
    pub error: Option<(String, u32)>,
    /// Module body compiled for `exec`/`eval` with a separate locals dict.
    pub names_in_dict: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>, line: u32) -> Scope {
        Scope {
            names_in_dict: false,
            kind,
            params: Vec::new(),
            assigned: FxHashSet::default(),
            used: FxHashSet::default(),
            globals: FxHashSet::default(),
            nonlocals: FxHashSet::default(),
            child_free: FxHashSet::default(),
            children: Vec::new(),
            parent,
            names: FxHashMap::default(),
            locals: Vec::new(),
            cells: Vec::new(),
            frees: Vec::new(),
            is_generator: false,
            deleted: FxHashSet::default(),
            needs_class_cell: false,
            first_line: line,
            error: None,
        }
    }
    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
    pub fn kind_of(&self, name: &str) -> NameKind {
        if let Some(k) = self.names.get(name) {
            return *k;
        }
        if self.is_function_like() {
            NameKind::GlobalImplicit
        } else {
            NameKind::Name
        }
    }
}

/// All scopes of a module, indexed; nodes map to their scope by address.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: FxHashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node.get(&(node as *const T as usize)).copied().unwrap_or(0)
    }
}

pub fn analyze(module: &Module) -> Result<SymbolTable, (String, u32)> {
    analyze_with(module, false)
}

/// `names_in_dict`: the module body's names live in the frame's locals dict
/// (code run by `exec`/`eval` with a locals mapping), not in its globals.
pub fn analyze_with(module: &Module, names_in_dict: bool) -> Result<SymbolTable, (String, u32)> {
    let mut top = Scope::new(ScopeKind::Module, None, 1);
    top.names_in_dict = names_in_dict;
    let mut b = Builder { scopes: vec![top], by_node: FxHashMap::default(), cur: 0 };
    b.stmts(&module.body);
    let mut t = SymbolTable { scopes: b.scopes, by_node: b.by_node };
    resolve(&mut t, 0, &FxHashSet::default())?;
    for s in &t.scopes {
        if let Some(e) = &s.error {
            return Err(e.clone());
        }
    }
    Ok(t)
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: FxHashMap<usize, usize>,
    cur: usize,
}

impl Builder {
    fn sc(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn push<T>(&mut self, node: &T, kind: ScopeKind, name: &str, line: u32) -> usize {
        let id = self.scopes.len();
        let _ = name;
        self.scopes.push(Scope::new(kind, Some(self.cur), line));
        self.scopes[self.cur].children.push(id);
        self.by_node.insert(node as *const T as usize, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn bind(&mut self, name: &str, line: u32) {
        let s = self.sc();
        if s.globals.contains(name) || s.nonlocals.contains(name) {
            return;
        }
        let _ = line;
        s.assigned.insert(name.to_string());
    }

    fn use_name(&mut self, name: &str) {
        self.sc().used.insert(name.to_string());
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn args_defaults(&mut self, args: &Arguments) {
        for d in &args.defaults {
            self.expr(d);
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d);
        }
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs).chain(args.vararg.iter()).chain(args.kwarg.iter()) {
            if let Some(ann) = &a.annotation {
                self.expr(ann);
            }
        }
    }

    fn params(&mut self, args: &Arguments) {
        let mut names: Vec<String> = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args) {
            names.push(a.name.clone());
        }
        for a in &args.kwonlyargs {
            names.push(a.name.clone());
        }
        if let Some(a) = &args.vararg {
            names.push(a.name.clone());
        }
        if let Some(a) = &args.kwarg {
            names.push(a.name.clone());
        }
        for n in &names {
            self.sc().assigned.insert(n.clone());
        }
        self.sc().params = names;
    }

    fn stmt(&mut self, s: &Stmt) {
        let line = s.loc.line;
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.args_defaults(&f.args);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                let prev = self.push(&**f, ScopeKind::Function, &f.name, line);
                self.params(&f.args);
                self.stmts(&f.body);
                self.cur = prev;
                self.bind(&f.name, line);
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                let prev = self.push(&**c, ScopeKind::Class, &c.name, line);
                self.stmts(&c.body);
                self.cur = prev;
                self.bind(&c.name, line);
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t, true);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t, false);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target, false);
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                if !self.scopes[self.cur].is_function_like() {
                    self.expr(annotation);
                }
                if let Some(v) = value {
                    self.expr(v);
                    self.target(target, false);
                } else if let ExprKind::Name(n) = &target.kind {
                    // `x: int` alone still makes x local in a function.
                    self.bind(n, line);
                } else {
                    self.target(target, false);
                }
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(iter);
                self.target(target, false);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v, false);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n, h.loc.line);
                        self.sc().deleted.insert(n.clone());
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let n = a.asname.clone().unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.bind(&n, line);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name != "*" {
                        let n = a.asname.clone().unwrap_or_else(|| a.name.clone());
                        self.bind(&n, line);
                    }
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let s = self.sc();
                    if (s.used.contains(n) || s.assigned.contains(n)) && s.error.is_none() {
                        let what = if s.assigned.contains(n) { "assigned to" } else { "used" };
                        s.error = Some((format!("name '{n}' is {what} before global declaration"), line));
                    }
                    if s.params.contains(n) && s.error.is_none() {
                        s.error = Some((format!("name '{n}' is parameter and global"), line));
                    }
                    s.globals.insert(n.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    let s = self.sc();
                    if s.kind == ScopeKind::Module && s.error.is_none() {
                        s.error = Some(("nonlocal declaration not allowed at module level".into(), line));
                    }
                    if (s.used.contains(n) || s.assigned.contains(n)) && s.error.is_none() {
                        let what = if s.assigned.contains(n) { "assigned to" } else { "used" };
                        s.error = Some((format!("name '{n}' is {what} before nonlocal declaration"), line));
                    }
                    if s.params.contains(n) && s.error.is_none() {
                        s.error = Some((format!("name '{n}' is parameter and nonlocal"), line));
                    }
                    s.nonlocals.insert(n.clone());
                }
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue | StmtKind::Unsupported(_) => {}
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e),
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => ps.iter().for_each(|p| self.pattern(p)),
            PatternKind::MatchMapping { keys, patterns, rest } => {
                keys.iter().for_each(|k| self.expr(k));
                patterns.iter().for_each(|p| self.pattern(p));
                if let Some(r) = rest {
                    self.bind(r, p.loc.line);
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls);
                patterns.iter().chain(kwd_patterns).for_each(|p| self.pattern(p));
            }
            PatternKind::MatchStar(n) => {
                if let Some(n) = n {
                    self.bind(n, p.loc.line);
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(p);
                }
                if let Some(n) = name {
                    self.bind(n, p.loc.line);
                }
            }
        }
    }

    fn target(&mut self, t: &Expr, is_del: bool) {
        match &t.kind {
            ExprKind::Name(n) => {
                self.bind(n, t.loc.line);
                if is_del {
                    self.sc().deleted.insert(n.clone());
                }
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().for_each(|i| self.target(i, is_del)),
            ExprKind::Starred(inner) => self.target(inner, is_del),
            _ => self.expr(t),
        }
    }

    fn comprehension<T>(&mut self, node: &T, name: &str, generators: &[Comprehension], elts: &[&Expr], line: u32, is_gen: bool) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        let prev = self.push(node, ScopeKind::Comprehension, name, line);
        self.sc().params = vec![".0".to_string()];
        self.sc().assigned.insert(".0".to_string());
        self.sc().is_generator = is_gen;
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target, false);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.cur = prev;
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| self.expr(v)),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    // Walrus in a comprehension binds in the enclosing function.
                    let mut s = self.cur;
                    while self.scopes[s].kind == ScopeKind::Comprehension {
                        let parent = self.scopes[s].parent.unwrap_or(0);
                        self.scopes[s].nonlocals.insert(n.clone());
                        s = parent;
                    }
                    let saved = self.cur;
                    self.cur = s;
                    self.bind(n, e.loc.line);
                    if s != saved && self.scopes[s].kind == ScopeKind::Module {
                        // At module level the comprehension's nonlocal is a global.
                        let mut c = saved;
                        while c != s {
                            self.scopes[c].nonlocals.remove(n);
                            self.scopes[c].globals.insert(n.clone());
                            c = self.scopes[c].parent.unwrap_or(0);
                        }
                    }
                    self.cur = saved;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.args_defaults(args);
                let prev = self.push(e, ScopeKind::Lambda, "<lambda>", e.loc.line);
                self.params(args);
                self.expr(body);
                self.cur = prev;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().for_each(|k| self.expr(k));
                values.iter().for_each(|v| self.expr(v));
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::JoinedStr(items) => items.iter().for_each(|i| self.expr(i)),
            ExprKind::ListComp { elt, generators } => self.comprehension(e, "<listcomp>", generators, &[elt], e.loc.line, false),
            ExprKind::SetComp { elt, generators } => self.comprehension(e, "<setcomp>", generators, &[elt], e.loc.line, false),
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, "<genexpr>", generators, &[elt], e.loc.line, true),
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, "<dictcomp>", generators, &[key, value], e.loc.line, false),
            ExprKind::Await(v) | ExprKind::YieldFrom(v) => {
                self.sc().is_generator = true;
                self.expr(v)
            }
            ExprKind::Yield(v) => {
                self.sc().is_generator = true;
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left);
                comparators.iter().for_each(|c| self.expr(c));
            }
            ExprKind::Call { func, args, keywords } => {
                if let ExprKind::Name(n) = &func.kind {
                    if n == "super" && args.is_empty() {
                        self.note_class_cell();
                    }
                }
                self.expr(func);
                args.iter().for_each(|a| self.expr(a));
                keywords.iter().for_each(|k| self.expr(&k.value));
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value);
                if let Some(s) = format_spec {
                    self.expr(s);
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Name(n) => {
                if n == "__class__" {
                    self.note_class_cell();
                }
                self.use_name(n);
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }

    /// `super()` / `__class__` inside a method: the method needs the implicit
    /// `__class__` free variable and the class body creates the cell.
    fn note_class_cell(&mut self) {
        let mut s = self.cur;
        loop {
            if self.scopes[s].kind == ScopeKind::Class {
                self.scopes[s].needs_class_cell = true;
                break;
            }
            self.scopes[s].used.insert("__class__".to_string());
            match self.scopes[s].parent {
                Some(p) => s = p,
                None => break,
            }
        }
    }
}

/// Resolves names top-down. `bound_above` holds names bound in enclosing
/// function scopes (class scopes are skipped, as in Python).
fn resolve(t: &mut SymbolTable, id: usize, bound_above: &FxHashSet<String>) -> Result<FxHashSet<String>, (String, u32)> {
    let kind = t.scopes[id].kind;
    let func_like = t.scopes[id].is_function_like();
    // Names bound here that children can close over.
    let mut for_children = bound_above.clone();
    if func_like {
        let s = &t.scopes[id];
        for n in s.assigned.iter().chain(s.params.iter()) {
            if !s.globals.contains(n) {
                for_children.insert(n.clone());
            }
        }
        for n in &s.nonlocals {
            for_children.insert(n.clone());
        }
        for n in &s.globals {
            for_children.remove(n);
        }
    }
    if kind == ScopeKind::Class && t.scopes[id].needs_class_cell {
        for_children.insert("__class__".to_string());
    }
    // Children first: they report the free names they need from us.
    let children = t.scopes[id].children.clone();
    let mut needed: FxHashSet<String> = FxHashSet::default();
    for c in children {
        let free = resolve(t, c, &for_children)?;
        needed.extend(free);
    }
    let s = &mut t.scopes[id];
    s.child_free = needed.clone();
    let mut my_free: FxHashSet<String> = FxHashSet::default();

    for n in s.nonlocals.clone() {
        if !bound_above.contains(&n) {
            return Err((format!("no binding for nonlocal '{n}' found"), s.first_line));
        }
    }

    // Locals in a deterministic order: params first, then by name.
    let mut names: Vec<String> = s.assigned.iter().chain(s.used.iter()).chain(needed.iter()).chain(s.nonlocals.iter()).chain(s.globals.iter()).cloned().collect();
    names.sort();
    names.dedup();
    let params = s.params.clone();
    let mut ordered: Vec<String> = params.clone();
    ordered.extend(names.into_iter().filter(|n| !params.contains(n)));

    for n in ordered {
        let k = if s.globals.contains(&n) {
            NameKind::GlobalExplicit
        } else if s.nonlocals.contains(&n) {
            my_free.insert(n.clone());
            NameKind::Free
        } else if func_like && (s.assigned.contains(&n) || s.params.contains(&n)) {
            if needed.contains(&n) {
                NameKind::Cell
            } else {
                NameKind::Local
            }
        } else if kind == ScopeKind::Class && n == "__class__" && s.needs_class_cell {
            NameKind::Cell
        } else if !func_like {
            // Module or class body.
            if kind == ScopeKind::Class && bound_above.contains(&n) && (!s.assigned.contains(&n) || needed.contains(&n)) {
                my_free.insert(n.clone());
                NameKind::Free
            } else if kind == ScopeKind::Module && !s.names_in_dict {
                NameKind::GlobalImplicit
            } else {
                NameKind::Name
            }
        } else if bound_above.contains(&n) {
            my_free.insert(n.clone());
            NameKind::Free
        } else {
            NameKind::GlobalImplicit
        };
        s.names.insert(n.clone(), k);
        match k {
            NameKind::Local => s.locals.push(n),
            NameKind::Cell => s.cells.push(n),
            NameKind::Free => s.frees.push(n),
            _ => {}
        }
    }
    if kind == ScopeKind::Class && s.needs_class_cell && !s.cells.contains(&"__class__".to_string()) {
        s.cells.push("__class__".to_string());
        s.names.insert("__class__".to_string(), NameKind::Cell);
    }
    // Params that are cells still occupy their argument register; they are
    // listed among locals too so argument binding finds them.
    let s = &mut t.scopes[id];
    let mut locals: Vec<String> = s.params.clone();
    for n in std::mem::take(&mut s.locals) {
        if !locals.contains(&n) {
            locals.push(n);
        }
    }
    s.locals = locals;
    Ok(my_free)
}
