//! Questions about ruff's (possibly error-recovered) tree that `diagnose`
//! asks to word an error as CPython does: which node spans a range, which
//! expressions end at an offset, and what CPython's grammar calls them.

use ruff_python_ast::visitor::source_order::{walk_expr, walk_stmt, SourceOrderVisitor, TraversalSignal};
use ruff_python_ast::{self as rast, AnyNodeRef, Expr, Mod, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// The innermost statement and the expressions containing `range`.
pub(super) fn around(root: &Mod, range: TextRange) -> Around<'_> {
    let mut v = Around { range, stmt: None, exact: None, exprs: Vec::new(), guard: DepthGuard::default() };
    v.visit_mod(root);
    v
}

/// The expressions (outermost first) whose range includes `offset`,
/// counting their ends.
pub(super) fn exprs_touching(root: &Mod, offset: u32) -> Vec<&Expr> {
    let mut v = Touching { offset: TextSize::new(offset), found: Vec::new(), guard: DepthGuard::default() };
    v.visit_mod(root);
    v.found
}

/// Keeps the visitors' recursion bounded on absurdly nested input.
#[derive(Default)]
struct DepthGuard {
    entered: Vec<bool>,
    depth: usize,
}

const MAX_SEARCH_DEPTH: usize = 1000;

impl DepthGuard {
    fn enter(&mut self, wanted: bool) -> TraversalSignal {
        let go = wanted && self.depth < MAX_SEARCH_DEPTH;
        self.entered.push(go);
        if go {
            self.depth += 1;
            TraversalSignal::Traverse
        } else {
            TraversalSignal::Skip
        }
    }

    fn leave(&mut self) {
        if self.entered.pop() == Some(true) {
            self.depth -= 1;
        }
    }
}

/// The innermost statement and the expressions (outermost first) that
/// contain `range`, and the outermost expression spanning exactly `range`.
pub(super) struct Around<'a> {
    range: TextRange,
    pub(super) stmt: Option<&'a Stmt>,
    pub(super) exact: Option<&'a Expr>,
    pub(super) exprs: Vec<&'a Expr>,
    guard: DepthGuard,
}

impl<'a> SourceOrderVisitor<'a> for Around<'a> {
    fn enter_node(&mut self, node: AnyNodeRef<'a>) -> TraversalSignal {
        self.guard.enter(node.range().contains_range(self.range))
    }

    fn leave_node(&mut self, _node: AnyNodeRef<'a>) {
        self.guard.leave();
    }

    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if stmt.range().contains_range(self.range) {
            self.stmt = Some(stmt);
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if expr.range().contains_range(self.range) {
            self.exprs.push(expr);
            if self.exact.is_none() && expr.range() == self.range {
                self.exact = Some(expr);
            }
        }
        walk_expr(self, expr);
    }
}

/// The expressions (outermost first) whose range includes `offset`,
/// counting their ends.
struct Touching<'a> {
    offset: TextSize,
    found: Vec<&'a Expr>,
    guard: DepthGuard,
}

impl<'a> SourceOrderVisitor<'a> for Touching<'a> {
    fn enter_node(&mut self, node: AnyNodeRef<'a>) -> TraversalSignal {
        self.guard.enter(node.range().contains_inclusive(self.offset))
    }

    fn leave_node(&mut self, _node: AnyNodeRef<'a>) {
        self.guard.leave();
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        // Ruff stands in an empty name for a missing expression.
        if expr.range().contains_inclusive(self.offset) && !expr.range().is_empty() {
            self.found.push(expr);
        }
        walk_expr(self, expr);
    }
}

/// Whether an expression has no parts ruff made up while recovering from
/// an error (empty names), i.e. CPython would have parsed it.
pub(super) fn is_complete(expr: &Expr) -> bool {
    let mut v = FindInvalid { invalid: false, guard: DepthGuard::default() };
    v.visit_expr(expr);
    !v.invalid
}

struct FindInvalid {
    invalid: bool,
    guard: DepthGuard,
}

impl<'a> SourceOrderVisitor<'a> for FindInvalid {
    fn enter_node(&mut self, _node: AnyNodeRef<'a>) -> TraversalSignal {
        self.guard.enter(!self.invalid)
    }

    fn leave_node(&mut self, _node: AnyNodeRef<'a>) {
        self.guard.leave();
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if matches!(expr, Expr::Name(name) if name.is_invalid() || name.id.is_empty()) {
            self.invalid = true;
        }
        walk_expr(self, expr);
    }
}

/// What CPython calls an expression in its "cannot assign to ..." messages
/// (`_PyPegen_get_expr_name`).
pub(super) fn expr_name(expr: &Expr) -> &'static str {
    match expr {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        _ => "expression",
    }
}

/// Expressions that CPython's `bitwise_or` grammar rule can produce, i.e.
/// no boolean operators, comparisons or anything looser.
pub(super) fn is_bitwise_or_level(expr: &Expr) -> bool {
    match expr {
        Expr::UnaryOp(op) => op.op != rast::UnaryOp::Not,
        Expr::Tuple(t) => t.parenthesized,
        Expr::Generator(g) => g.parenthesized,
        Expr::BoolOp(_) | Expr::Compare(_) | Expr::If(_) | Expr::Lambda(_) | Expr::Named(_) | Expr::Starred(_) | Expr::Yield(_) | Expr::YieldFrom(_) => false,
        _ => true,
    }
}

/// Expressions CPython's `disjunction` rule can produce.
pub(super) fn is_disjunction_level(expr: &Expr) -> bool {
    is_bitwise_or_level(expr) || matches!(expr, Expr::BoolOp(_) | Expr::Compare(_) | Expr::UnaryOp(_))
}

/// Targets for which CPython never suggests `==`.
pub(super) fn is_excluded_from_hint(expr: &Expr) -> bool {
    matches!(expr, Expr::List(_) | Expr::Tuple(_) | Expr::Generator(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_))
}

/// CPython's "Maybe you meant '==' instead of '='?" rule: a single target
/// that could be the left side of a comparison, followed by `=` and a value
/// starting with something that could be its right side.
pub(super) fn comparison_hint_applies(target: &Expr, parenthesized: bool, value: &Expr) -> bool {
    (is_bitwise_or_level(target) || parenthesized) && !is_excluded_from_hint(target) && starts_with_bitwise_or(value)
}

fn starts_with_bitwise_or(expr: &Expr) -> bool {
    match expr {
        Expr::Tuple(t) if !t.parenthesized => t.elts.first().is_some_and(starts_with_bitwise_or),
        Expr::BoolOp(b) => b.values.first().is_some_and(starts_with_bitwise_or),
        Expr::Compare(c) => starts_with_bitwise_or(&c.left),
        Expr::If(i) => starts_with_bitwise_or(&i.body),
        Expr::UnaryOp(op) => op.op != rast::UnaryOp::Not,
        Expr::Lambda(_) | Expr::Starred(_) | Expr::Yield(_) | Expr::YieldFrom(_) => false,
        _ => true,
    }
}
