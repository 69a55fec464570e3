//! Expressions. `expr` returns a register holding the value (a local's own
//! register when possible); `expr_into` computes into a given register.

use super::codegen::{binop_opcode, has_walrus, CResult, Compiler, FnBody};
use super::scope::{NameKind, ScopeKind};
use crate::bytecode::{Instr, Op, NO_REG};
use crate::frontend::ast::*;
use crate::objects::str::{intern, new_str};
use crate::objects::tuple::new_tuple;
use crate::value::Value;

impl<'a> Compiler<'a> {
    /// The value of `e` in some register (possibly a local's; do not write it).
    pub fn expr(&mut self, e: &'a Expr) -> CResult<u16> {
        if let ExprKind::Name(n) = &e.kind {
            // An unbound-local check points at the name.
            let outer = self.u().pos;
            self.u().pos = crate::bytecode::Pos { col: e.loc.col, end_line: e.loc.end_line, end_col: e.loc.end_col };
            let r = self.local_reg(n);
            self.u().pos = outer;
            if let Some(r) = r {
                return Ok(r);
            }
        }
        let t = self.u().temp()?;
        self.expr_into(e, t)?;
        Ok(t)
    }

    /// The value of `e` in a fresh temporary.
    pub fn expr_temp(&mut self, e: &'a Expr) -> CResult<u16> {
        let t = self.u().temp()?;
        self.expr_into(e, t)?;
        Ok(t)
    }

    /// A left operand that stays valid while `right` is evaluated (a walrus
    /// in `right` could rebind the local `left` names).
    pub fn expr_safe_left(&mut self, left: &'a Expr, right: &'a Expr) -> CResult<u16> {
        if has_walrus(right) {
            self.expr_temp(left)
        } else {
            self.expr(left)
        }
    }

    fn load_const(&mut self, v: Value, dst: u16) {
        let k = self.u().const_index(v);
        self.u().op(Op::LoadConst, dst, k, 0);
    }

    pub fn expr_into(&mut self, e: &'a Expr, dst: u16) -> CResult<()> {
        // The expression's own instructions (emitted after its operands')
        // carry its line and range, as CPython's do.
        let outer = (self.u().line, self.u().pos);
        self.u().line = e.loc.line;
        self.u().pos = crate::bytecode::Pos { col: e.loc.col, end_line: e.loc.end_line, end_col: e.loc.end_col };
        let mark = self.u().next_temp.max(dst + 1);
        let r = self.expr_into_inner(e, dst);
        self.u().next_temp = mark;
        (self.u().line, self.u().pos) = outer;
        r
    }

    fn expr_into_inner(&mut self, e: &'a Expr, dst: u16) -> CResult<()> {
        let line = e.loc.line;
        match &e.kind {
            ExprKind::Constant(c) => {
                let v = self.constant(c, line)?;
                self.load_const(v, dst);
            }
            ExprKind::Name(n) => self.load_name_into(n, dst)?,
            ExprKind::BinOp { left, op, right } => {
                let l = self.expr_safe_left(left, right)?;
                let r = self.expr(right)?;
                self.u().line = line;
                self.u().op(binop_opcode(*op), dst, l, r);
            }
            ExprKind::UnaryOp { op, operand } => {
                // Fold negative numeric literals.
                if *op == UnaryOp::USub {
                    if let ExprKind::Constant(Constant::Int(i)) = &operand.kind {
                        if let Some(n) = i.checked_neg() {
                            self.load_const(Value::int(n), dst);
                            return Ok(());
                        }
                    }
                    if let ExprKind::Constant(Constant::Float(f)) = &operand.kind {
                        self.load_const(Value::float(-f), dst);
                        return Ok(());
                    }
                }
                let r = self.expr(operand)?;
                self.u().line = line;
                let op = match op {
                    UnaryOp::Invert => Op::Invert,
                    UnaryOp::Not => Op::Not,
                    UnaryOp::UAdd => Op::Pos,
                    UnaryOp::USub => Op::Neg,
                };
                self.u().op(op, dst, r, 0);
            }
            ExprKind::BoolOp { op, values } => {
                let t = if self.u().is_temp(dst) { dst } else { self.u().temp()? };
                let end = self.u().new_label();
                let (last, init) = values.split_last().expect("BoolOp has operands");
                for v in init {
                    self.expr_into(v, t)?;
                    let j = if *op == BoolOp::And { Op::JumpIfFalse } else { Op::JumpIfTrue };
                    self.u().jump(j, t, end);
                }
                self.expr_into(last, t)?;
                self.u().bind(end);
                if t != dst {
                    self.u().op(Op::Move, dst, t, 0);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t = if self.u().is_temp(dst) { dst } else { self.u().temp()? };
                let else_l = self.u().new_label();
                let end = self.u().new_label();
                self.jump_if(test, false, else_l)?;
                self.expr_into(body, t)?;
                self.u().jump(Op::Jump, 0, end);
                self.u().bind(else_l);
                self.expr_into(orelse, t)?;
                self.u().bind(end);
                if t != dst {
                    self.u().op(Op::Move, dst, t, 0);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                let ExprKind::Name(n) = &target.kind else {
                    return self.err("cannot use assignment expressions with this target", line);
                };
                self.expr_into(value, dst)?;
                self.store_name(n, dst)?;
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(left, ops, comparators, dst)?,
            ExprKind::Call { func, args, keywords } => self.call(func, args, keywords, dst, line)?,
            ExprKind::Attribute { value, attr } => {
                let o = self.expr(value)?;
                let c = self.u().cache(attr);
                self.u().line = line;
                self.u().op(Op::LoadAttr, dst, o, c);
            }
            ExprKind::Subscript { value, slice } => {
                let o = self.expr(value)?;
                let k = self.expr(slice)?;
                self.u().line = line;
                self.u().op(Op::GetItem, dst, o, k);
            }
            ExprKind::Slice { lower, upper, step } => {
                let base = self.u().temps(3)?;
                for (i, part) in [lower, upper, step].into_iter().enumerate() {
                    match part {
                        Some(p) => self.expr_into(p, base + i as u16)?,
                        None => self.load_const(Value::NONE, base + i as u16),
                    }
                }
                self.u().op(Op::BuildSlice, dst, base, 3);
            }
            ExprKind::List(items) => self.sequence(items, dst, Op::BuildList)?,
            ExprKind::Tuple(items) => {
                if let Some(v) = self.const_tuple(items)? {
                    self.load_const(v, dst);
                } else {
                    self.sequence(items, dst, Op::BuildTuple)?;
                }
            }
            ExprKind::Set(items) => {
                // CPython folds an all-constant display of 3+ items into a
                // frozenset constant merged into a new set; the merge decides
                // the table size and thus the iteration order, so do the same.
                if items.len() > 2 && items.iter().all(is_foldable_constant) {
                    if let Some(tuple) = self.const_tuple(items)? {
                        let t = self.u().temp()?;
                        self.load_const(tuple, t);
                        self.u().op(Op::BuildSet, dst, dst, 0);
                        self.u().opx(Op::SetUpdate, 1, dst, t, 0);
                        return Ok(());
                    }
                }
                self.sequence(items, dst, Op::BuildSet)?
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values, dst)?,
            ExprKind::JoinedStr(parts) => {
                if parts.is_empty() {
                    self.load_const(new_str(""), dst);
                    return Ok(());
                }
                let base = self.u().temps(parts.len())?;
                for (i, p) in parts.iter().enumerate() {
                    self.expr_into(p, base + i as u16)?;
                }
                if parts.len() == 1 {
                    // A lone formatted value is already a str.
                    self.u().op(Op::Move, dst, base, 0);
                } else {
                    self.u().op(Op::BuildString, dst, base, parts.len() as u16);
                }
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                let v = self.expr(value)?;
                let spec = match format_spec {
                    Some(s) => self.expr(s)?,
                    None => NO_REG,
                };
                let conv = match conversion {
                    None => 0,
                    Some('s') => 1,
                    Some('r') => 2,
                    Some(_) => 3,
                };
                self.u().line = line;
                self.u().opx(Op::FormatValue, conv, dst, v, spec);
            }
            ExprKind::Lambda { args, body } => {
                let scope_id = self.table.scope_of(e);
                let qual = self.child_qualname("<lambda>");
                self.make_function(scope_id, "<lambda>", &qual, args, FnBody::Expr(body), line, dst)?;
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, generators, CompKind::List(elt), dst)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, generators, CompKind::Set(elt), dst)?,
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, generators, CompKind::Dict(key, value), dst)?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, generators, CompKind::Gen(elt), dst)?,
            ExprKind::Yield(v) => {
                if !self.u().scope.is_function_like() {
                    return self.err("'yield' outside function", line);
                }
                let r = match v {
                    Some(v) => self.expr(v)?,
                    None => {
                        let t = self.u().temp()?;
                        self.load_const(Value::NONE, t);
                        t
                    }
                };
                self.u().line = line;
                self.u().op(Op::Yield, dst, r, 0);
            }
            ExprKind::YieldFrom(v) => {
                if !self.u().scope.is_function_like() {
                    return self.err("'yield' outside function", line);
                }
                let src = self.expr(v)?;
                let it = self.u().temp()?;
                self.u().op(Op::GetIter, it, src, 0);
                self.load_const(Value::NONE, dst);
                self.u().line = line;
                self.u().op(Op::YieldFrom, dst, it, 0);
            }
            ExprKind::Await(_) => return self.err("'await' outside async function", line),
            ExprKind::Starred(_) => return self.err("can't use starred expression here", line),
        }
        Ok(())
    }

    pub fn constant(&mut self, c: &Constant, line: u32) -> CResult<Value> {
        Ok(match c {
            Constant::None => Value::NONE,
            Constant::Bool(b) => Value::bool(*b),
            Constant::Int(i) => Value::int(*i),
            Constant::BigInt(b) => crate::objects::int::from_bigint(b.clone()),
            Constant::Float(f) => Value::float(*f),
            Constant::Str(s) => {
                if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    intern(s)
                } else {
                    new_str(s)
                }
            }
            Constant::Bytes(b) => crate::objects::misc::new_bytes(b.clone()),
            Constant::Ellipsis => Value::ELLIPSIS,
            Constant::Complex { .. } => return self.err("complex numbers are not supported by pylift yet", line),
        })
    }

    /// A tuple display made only of constants becomes one constant.
    fn const_tuple(&mut self, items: &'a [Expr]) -> CResult<Option<Value>> {
        if items.is_empty() {
            return Ok(Some(crate::objects::tuple::empty_tuple()));
        }
        let mut vals = Vec::with_capacity(items.len());
        for i in items {
            match &i.kind {
                ExprKind::Constant(c) if !matches!(c, Constant::Complex { .. }) => vals.push(self.constant(c, i.loc.line)?),
                // `-1`: CPython's AST optimizer folds negated numbers first.
                ExprKind::UnaryOp { op: UnaryOp::USub, operand } => match &operand.kind {
                    ExprKind::Constant(Constant::Int(n)) if n.checked_neg().is_some() => vals.push(Value::int(-n)),
                    ExprKind::Constant(Constant::Float(f)) => vals.push(Value::float(-f)),
                    _ => return Ok(None),
                },
                _ => return Ok(None),
            }
        }
        Ok(Some(new_tuple(vals)))
    }

    fn sequence(&mut self, items: &'a [Expr], dst: u16, build: Op) -> CResult<()> {
        let has_star = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if !has_star {
            let base = self.u().temps(items.len())?;
            for (i, it) in items.iter().enumerate() {
                self.expr_into(it, base + i as u16)?;
            }
            self.u().op(build, dst, base, items.len() as u16);
            return Ok(());
        }
        // Build incrementally: a list (or set), extended by starred parts.
        let acc = self.u().temp()?;
        let (make, add, extend) = if build == Op::BuildSet { (Op::BuildSet, Op::SetAdd, Op::SetUpdate) } else { (Op::BuildList, Op::ListAppend, Op::ListExtend) };
        self.u().op(make, acc, acc, 0);
        for it in items {
            let mark = self.u().next_temp;
            match &it.kind {
                ExprKind::Starred(inner) => {
                    let r = self.expr(inner)?;
                    self.u().op(extend, acc, r, 0);
                }
                _ => {
                    let r = self.expr(it)?;
                    self.u().op(add, acc, r, 0);
                }
            }
            self.u().next_temp = mark;
        }
        if build == Op::BuildTuple {
            self.u().op(Op::ListToTuple, dst, acc, 0);
        } else {
            self.u().op(Op::Move, dst, acc, 0);
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr], dst: u16) -> CResult<()> {
        if keys.iter().all(|k| k.is_some()) {
            let base = self.u().temps(keys.len() * 2)?;
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if let Some(k) = k {
                    self.expr_into(k, base + 2 * i as u16)?;
                }
                self.expr_into(v, base + 2 * i as u16 + 1)?;
            }
            self.u().op(Op::BuildMap, dst, base, keys.len() as u16);
            return Ok(());
        }
        let acc = self.u().temp()?;
        self.u().op(Op::BuildMap, acc, acc, 0);
        for (k, v) in keys.iter().zip(values) {
            let mark = self.u().next_temp;
            match k {
                Some(k) => {
                    let kr = self.expr_temp(k)?;
                    let vr = self.expr(v)?;
                    self.u().op(Op::MapAdd, acc, kr, vr);
                }
                None => {
                    let r = self.expr(v)?;
                    self.u().op(Op::DictUpdate, acc, r, 0);
                }
            }
            self.u().next_temp = mark;
        }
        self.u().op(Op::Move, dst, acc, 0);
        Ok(())
    }

    fn compare(&mut self, left: &'a Expr, ops: &'a [CmpOp], comparators: &'a [Expr], dst: u16) -> CResult<()> {
        let line = self.u().line;
        if ops.len() == 1 {
            let l = self.expr_safe_left(left, &comparators[0])?;
            let r = self.expr(&comparators[0])?;
            self.u().line = line;
            self.u().op(cmp_opcode(ops[0]), dst, l, r);
            return Ok(());
        }
        // a < b < c: each middle operand is evaluated once; stop at the
        // first false comparison (its result is the value).
        let t = if self.u().is_temp(dst) { dst } else { self.u().temp()? };
        let end = self.u().new_label();
        let mut l = self.expr_temp(left)?;
        for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
            let r = self.expr_temp(c)?;
            self.u().line = line;
            self.u().op(cmp_opcode(*op), t, l, r);
            if i + 1 < ops.len() {
                self.u().jump(Op::JumpIfFalse, t, end);
            }
            l = r;
        }
        self.u().bind(end);
        if t != dst {
            self.u().op(Op::Move, dst, t, 0);
        }
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword], dst: u16, line: u32) -> CResult<()> {
        let dynamic = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) || keywords.iter().any(|k| k.arg.is_none());
        if dynamic {
            return self.call_ex(func, args, keywords, dst, line);
        }
        // Zero-argument super(): pass __class__ and the first argument.
        if let ExprKind::Name(n) = &func.kind {
            if n == "super" && args.is_empty() && keywords.is_empty() && self.u().kind_of("super") != NameKind::Local && self.zero_arg_super(dst, line)?.is_some() {
                return Ok(());
            }
        }
        let n = args.len() + keywords.len();
        let method = matches!(func.kind, ExprKind::Attribute { .. });
        let base = self.u().temps(n + if method { 2 } else { 1 })?;
        let first_arg = if let ExprKind::Attribute { value, attr } = &func.kind {
            let o = self.expr(value)?;
            let c = self.u().cache(attr);
            self.u().line = func.loc.line;
            self.u().op(Op::LoadMethod, base, o, c);
            base + 2
        } else {
            self.expr_into(func, base)?;
            base + 1
        };
        for (i, a) in args.iter().enumerate() {
            self.expr_into(a, first_arg + i as u16)?;
        }
        let mut names = Vec::new();
        for (i, k) in keywords.iter().enumerate() {
            let name = k.arg.as_deref().unwrap_or("");
            if names.iter().any(|n: &Value| n.as_str() == Some(name)) {
                return self.err(format!("keyword argument repeated: {name}"), line);
            }
            names.push(intern(name));
            self.expr_into(&k.value, first_arg + (args.len() + i) as u16)?;
        }
        self.u().line = line;
        let (plain, kw) = if method { (Op::CallMethod, Op::CallMethodKw) } else { (Op::Call, Op::CallKw) };
        if keywords.is_empty() {
            self.u().op(plain, dst, base, n as u16);
        } else {
            let kt = self.u().const_index(new_tuple(names));
            self.u().op(kw, dst, base, n as u16);
            self.u().emit(Instr::new(Op::Nop, kt, 0, 0));
        }
        Ok(())
    }

    fn zero_arg_super(&mut self, dst: u16, line: u32) -> CResult<Option<()>> {
        let scope = self.u().scope;
        if !scope.is_function_like() || scope.kind == ScopeKind::Comprehension {
            return Ok(None);
        }
        let Some(first) = scope.params.first().cloned() else {
            return Ok(None);
        };
        if scope.kind_of("__class__") != NameKind::Free {
            return Ok(None);
        }
        let base = self.u().temps(3)?;
        self.load_name_into("super", base)?;
        self.load_name_into("__class__", base + 1)?;
        self.load_name_into(&first, base + 2)?;
        self.u().line = line;
        self.u().op(Op::Call, dst, base, 2);
        Ok(Some(()))
    }

    /// `f(*args, **kwargs)`: positional arguments collected into a tuple and
    /// keywords into a dict.
    fn call_ex(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword], dst: u16, line: u32) -> CResult<()> {
        let base = self.u().temps(3)?;
        self.expr_into(func, base)?;
        let acc = self.u().temp()?;
        self.u().op(Op::BuildList, acc, acc, 0);
        for a in args {
            let mark = self.u().next_temp;
            match &a.kind {
                ExprKind::Starred(inner) => {
                    let r = self.expr(inner)?;
                    // x = 1: the callee is in `acc - 3` (for the error message).
                    self.u().opx(Op::ListExtend, 1, acc, r, 0);
                }
                _ => {
                    let r = self.expr(a)?;
                    self.u().op(Op::ListAppend, acc, r, 0);
                }
            }
            self.u().next_temp = mark;
        }
        self.u().op(Op::ListToTuple, base + 1, acc, 0);
        let has_kw = !keywords.is_empty();
        if has_kw {
            self.u().op(Op::BuildMap, base + 2, base + 2, 0);
            for k in keywords {
                let mark = self.u().next_temp;
                match &k.arg {
                    Some(n) => {
                        // A one-entry dict merged with DictMerge, which
                        // rejects duplicates (MapAdd would overwrite).
                        let kr = self.u().temps(2)?;
                        self.load_const(intern(n), kr);
                        self.expr_into(&k.value, kr + 1)?;
                        let pair = self.u().temp()?;
                        self.u().op(Op::BuildMap, pair, kr, 1);
                        self.u().op(Op::DictMerge, base + 2, pair, 0);
                    }
                    None => {
                        let r = self.expr(&k.value)?;
                        self.u().op(Op::DictMerge, base + 2, r, 0);
                    }
                }
                self.u().next_temp = mark;
            }
        }
        self.u().line = line;
        self.u().opx(Op::CallEx, has_kw as u8, dst, base, 0);
        Ok(())
    }

    fn comprehension(&mut self, node: &'a Expr, generators: &'a [Comprehension], kind: CompKind<'a>, dst: u16) -> CResult<()> {
        let line = node.loc.line;
        let scope_id = self.table.scope_of(node);
        let scope = &self.table.scopes[scope_id];
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let qual = self.child_qualname(name);
        if generators.iter().any(|g| g.is_async) {
            return self.err("asynchronous comprehensions are not supported by pylift yet", line);
        }
        // The comprehension body as its own function of one argument: the
        // iterator over the first `for` clause's iterable.
        self.units.push(super::unit::Unit::new(scope, name, &qual, line));
        self.u().line = line;
        let acc = match kind {
            CompKind::Gen(_) => NO_REG,
            CompKind::List(_) => {
                let a = self.u().temp()?;
                self.u().op(Op::BuildList, a, a, 0);
                a
            }
            CompKind::Set(_) => {
                let a = self.u().temp()?;
                self.u().op(Op::BuildSet, a, a, 0);
                a
            }
            CompKind::Dict(..) => {
                let a = self.u().temp()?;
                self.u().op(Op::BuildMap, a, a, 0);
                a
            }
        };
        self.comp_loop(generators, 0, kind, acc)?;
        if acc == NO_REG {
            self.return_none()?;
        } else {
            self.u().op(Op::Return, acc, 0, 0);
            self.u().reachable = false;
        }
        let unit = self.units.pop().expect("comprehension unit");
        let flags = crate::bytecode::CodeFlags { generator: scope.is_generator, ..Default::default() };
        let code = std::rc::Rc::new(unit.finish(flags, &self.filename, 1, 0, 0)?);

        let extras = self.u().next_temp;
        let mflags = self.closure_tuple(&scope.frees, line)?;
        let base = self.u().temps(2)?;
        let ci = self.u().codes.len() as u16;
        self.u().codes.push(code);
        self.u().opx(Op::MakeFunction, mflags, base, ci, extras);
        let src = self.expr(&generators[0].iter)?;
        self.u().line = line;
        self.u().op(Op::GetIter, base + 1, src, 0);
        self.u().op(Op::Call, dst, base, 1);
        Ok(())
    }

    fn comp_loop(&mut self, generators: &'a [Comprehension], i: usize, kind: CompKind<'a>, acc: u16) -> CResult<()> {
        let g = &generators[i];
        let it = if i == 0 {
            0 // the `.0` parameter register
        } else {
            let src = self.expr(&g.iter)?;
            let it = self.u().temp()?;
            self.u().op(Op::GetIter, it, src, 0);
            it
        };
        let body_l = self.u().new_label();
        let test_l = self.u().new_label();
        self.u().jump(Op::Jump, 0, test_l);
        let direct = match &g.target.kind {
            ExprKind::Name(n) if self.u().kind_of(n) == NameKind::Local => Some(self.u().reg_of[n.as_str()]),
            _ => None,
        };
        let item = match direct {
            Some(r) => r,
            None => self.u().temp()?,
        };
        self.u().bind(body_l);
        match direct {
            Some(r) => self.mark_bound(r),
            None => self.store(&g.target, item)?,
        }
        for cond in &g.ifs {
            self.jump_if(cond, false, test_l)?;
        }
        if i + 1 < generators.len() {
            self.comp_loop(generators, i + 1, kind, acc)?;
        } else {
            let mark = self.u().next_temp;
            match kind {
                CompKind::List(elt) => {
                    let r = self.expr(elt)?;
                    self.u().op(Op::ListAppend, acc, r, 0);
                }
                CompKind::Set(elt) => {
                    let r = self.expr(elt)?;
                    self.u().op(Op::SetAdd, acc, r, 0);
                }
                CompKind::Dict(k, v) => {
                    let kr = self.expr_temp(k)?;
                    let vr = self.expr(v)?;
                    self.u().op(Op::MapAdd, acc, kr, vr);
                }
                CompKind::Gen(elt) => {
                    let r = self.expr(elt)?;
                    let t = self.u().temp()?;
                    self.u().op(Op::Yield, t, r, 0);
                }
            }
            self.u().next_temp = mark;
        }
        self.u().bind(test_l);
        self.u().jump2(Op::ForIter, item, it, body_l);
        Ok(())
    }
}

/// A display item CPython's optimizer turns into a constant.
fn is_foldable_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(c) => !matches!(c, Constant::Complex { .. }),
        ExprKind::UnaryOp { op: UnaryOp::USub, operand } => {
            matches!(&operand.kind, ExprKind::Constant(Constant::Int(n)) if n.checked_neg().is_some()) || matches!(&operand.kind, ExprKind::Constant(Constant::Float(_)))
        }
        _ => false,
    }
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn cmp_opcode(op: CmpOp) -> Op {
    match op {
        CmpOp::Eq => Op::Eq,
        CmpOp::NotEq => Op::Ne,
        CmpOp::Lt => Op::Lt,
        CmpOp::LtE => Op::Le,
        CmpOp::Gt => Op::Gt,
        CmpOp::GtE => Op::Ge,
        CmpOp::Is => Op::Is,
        CmpOp::IsNot => Op::IsNot,
        CmpOp::In => Op::In,
        CmpOp::NotIn => Op::NotIn,
    }
}
