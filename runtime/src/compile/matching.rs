//! `match` statements. Each case's pattern compiles to a chain of tests that
//! jump to the next case on the first failure. Captured values stay in the
//! registers the tests left them in and are bound to their names only once
//! the whole pattern matched (so a failed case binds nothing, as in
//! CPython), before the guard runs.

use super::codegen::{CResult, Compiler};
use super::unit::Label;
use crate::bytecode::{Instr, Op, NO_REG};
use crate::frontend::ast::*;
use crate::objects::str::intern;
use crate::objects::tuple::new_tuple;
use crate::ops::matching as helper;
use crate::value::Value;

/// Names a pattern captures, with the register holding each value.
type Captures<'a> = Vec<(&'a str, u16)>;

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult<()> {
        let subj = self.expr_temp(subject)?;
        let end = self.u().new_label();
        for (i, case) in cases.iter().enumerate() {
            if i + 1 < cases.len() && case.guard.is_none() {
                if let Some(msg) = unreachable_after(&case.pattern) {
                    return self.err(msg, case.pattern.loc.line);
                }
            }
            let mark = self.u().next_temp;
            let fail = self.u().new_label();
            let mut caps = Captures::new();
            self.pattern(&case.pattern, subj, fail, &mut caps)?;
            for (name, reg) in caps {
                self.store_name(name, reg)?;
            }
            if let Some(g) = &case.guard {
                self.jump_if(g, false, fail)?;
            }
            self.u().next_temp = mark;
            self.stmts(&case.body)?;
            if self.u().reachable {
                self.u().jump(Op::Jump, 0, end);
            }
            self.u().bind(fail);
        }
        self.u().bind(end);
        Ok(())
    }

    /// Tests `subj` against `p`, jumping to `fail` if it does not match.
    fn pattern(&mut self, p: &'a Pattern, subj: u16, fail: Label, caps: &mut Captures<'a>) -> CResult<()> {
        let line = p.loc.line;
        self.u().line = line;
        match &p.kind {
            PatternKind::MatchValue(e) => {
                let v = self.expr(e)?;
                self.u().jump2x(Op::JumpIfEq, Instr::FUSED_NEGATED, subj, v, fail);
            }
            PatternKind::MatchSingleton(c) => {
                let v = self.constant(c, line)?;
                let (t, k) = (self.u().temp()?, self.u().const_index(v));
                self.u().op(Op::LoadConst, t, k, 0);
                self.u().op(Op::Is, t, subj, t);
                self.u().jump(Op::JumpIfFalse, t, fail);
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(sub) = pattern {
                    self.pattern(sub, subj, fail, caps)?;
                }
                if let Some(n) = name {
                    self.capture(n, subj, caps, line)?;
                }
            }
            PatternKind::MatchStar(_) => return self.err("can't use starred name here", line),
            PatternKind::MatchSequence(items) => self.sequence_pattern(items, subj, fail, caps, line)?,
            PatternKind::MatchMapping { keys, patterns, rest } => self.mapping_pattern(keys, patterns, rest.as_deref(), subj, fail, caps, line)?,
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => self.class_pattern(cls, patterns, kwd_attrs, kwd_patterns, subj, fail, caps, line)?,
            PatternKind::MatchOr(alts) => self.or_pattern(alts, subj, fail, caps, line)?,
        }
        Ok(())
    }

    fn capture(&mut self, name: &'a str, reg: u16, caps: &mut Captures<'a>, line: u32) -> CResult<()> {
        if caps.iter().any(|(n, _)| *n == name) {
            return self.err(format!("multiple assignments to name '{name}' in pattern"), line);
        }
        caps.push((name, reg));
        Ok(())
    }

    /// Emits `t = helper(kind, subj, c)` and a jump to `fail` when it is false.
    fn helper_test(&mut self, kind: u8, subj: u16, c: u16, fail: Label) -> CResult<u16> {
        let t = self.u().temp()?;
        self.u().opx(Op::MatchHelper, kind, t, subj, c);
        self.u().jump(Op::JumpIfFalse, t, fail);
        Ok(t)
    }

    /// Jumps to `fail` unless len(subj) == n (or >= n when `at_least`).
    fn length_test(&mut self, subj: u16, n: usize, at_least: bool, fail: Label) -> CResult<()> {
        let len = self.u().temp()?;
        self.u().opx(Op::MatchHelper, helper::LEN, len, subj, NO_REG);
        let want = self.u().temp()?;
        let k = self.u().const_index(Value::int(n as i64));
        self.u().op(Op::LoadConst, want, k, 0);
        let op = if at_least { Op::JumpIfGe } else { Op::JumpIfEq };
        self.u().jump2x(op, Instr::FUSED_NEGATED, len, want, fail);
        Ok(())
    }

    fn sequence_pattern(&mut self, items: &'a [Pattern], subj: u16, fail: Label, caps: &mut Captures<'a>, line: u32) -> CResult<()> {
        let stars: Vec<usize> = items.iter().enumerate().filter(|(_, p)| matches!(p.kind, PatternKind::MatchStar(_))).map(|(i, _)| i).collect();
        if stars.len() > 1 {
            return self.err("multiple starred names in sequence pattern", line);
        }
        self.helper_test(helper::IS_SEQUENCE, subj, NO_REG, fail)?;
        let n = items.len();
        let star = stars.first().copied();
        self.length_test(subj, n - star.is_some() as usize, star.is_some(), fail)?;
        if items.iter().all(is_wildcard) {
            return Ok(());
        }
        let base = self.u().temps(n)?;
        match star {
            None => {
                self.u().op(Op::UnpackSeq, base, subj, n as u16);
            }
            Some(i) => {
                let (before, after) = (i as u16, (n - i - 1) as u16);
                if before > 255 || after > 255 {
                    return self.err("too many sub-patterns in sequence pattern", line);
                }
                self.u().op(Op::UnpackEx, base, subj, before | after << 8);
            }
        }
        for (i, item) in items.iter().enumerate() {
            let reg = base + i as u16;
            match &item.kind {
                PatternKind::MatchStar(Some(name)) => self.capture(name, reg, caps, item.loc.line)?,
                PatternKind::MatchStar(None) => {}
                _ => self.pattern(item, reg, fail, caps)?,
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn mapping_pattern(&mut self, keys: &'a [Expr], patterns: &'a [Pattern], rest: Option<&'a str>, subj: u16, fail: Label, caps: &mut Captures<'a>, line: u32) -> CResult<()> {
        self.helper_test(helper::IS_MAPPING, subj, NO_REG, fail)?;
        if let Some(dup) = duplicate_literal_key(keys) {
            return self.err(format!("mapping pattern checks duplicate key ({dup})"), line);
        }
        let key_tuple = if keys.is_empty() {
            NO_REG
        } else {
            self.length_test(subj, keys.len(), true, fail)?;
            let base = self.u().temps(keys.len())?;
            for (i, k) in keys.iter().enumerate() {
                self.expr_into(k, base + i as u16)?;
            }
            let t = self.u().temp()?;
            self.u().op(Op::BuildTuple, t, base, keys.len() as u16);
            let values = self.helper_test(helper::KEYS, subj, t, fail)?;
            let vbase = self.u().temps(keys.len())?;
            self.u().op(Op::UnpackSeq, vbase, values, keys.len() as u16);
            for (i, p) in patterns.iter().enumerate() {
                self.pattern(p, vbase + i as u16, fail, caps)?;
            }
            t
        };
        if let Some(name) = rest {
            let r = self.u().temp()?;
            self.u().opx(Op::MatchHelper, helper::REST, r, subj, key_tuple);
            self.capture(name, r, caps, line)?;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn class_pattern(&mut self, cls: &'a Expr, patterns: &'a [Pattern], kwd_attrs: &'a [Name], kwd_patterns: &'a [Pattern], subj: u16, fail: Label, caps: &mut Captures<'a>, line: u32) -> CResult<()> {
        for (i, a) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].contains(a) {
                return self.err(format!("attribute name repeated in class pattern: {a}"), line);
            }
        }
        let ops = self.u().temps(3)?;
        self.expr_into(cls, ops)?;
        let k = self.u().const_index(Value::int(patterns.len() as i64));
        self.u().op(Op::LoadConst, ops + 1, k, 0);
        let names = new_tuple(kwd_attrs.iter().map(|a| intern(a)).collect());
        let k = self.u().const_index(names);
        self.u().op(Op::LoadConst, ops + 2, k, 0);
        let attrs = self.helper_test(helper::CLASS, subj, ops, fail)?;
        let subs: Vec<&'a Pattern> = patterns.iter().chain(kwd_patterns).collect();
        if subs.iter().all(|p| is_wildcard(p)) {
            return Ok(());
        }
        let base = self.u().temps(subs.len())?;
        self.u().op(Op::UnpackSeq, base, attrs, subs.len() as u16);
        for (i, p) in subs.into_iter().enumerate() {
            self.pattern(p, base + i as u16, fail, caps)?;
        }
        Ok(())
    }

    /// `p1 | p2 | ...`: every alternative binds the same names; each moves
    /// its captures into one shared set of registers.
    fn or_pattern(&mut self, alts: &'a [Pattern], subj: u16, fail: Label, caps: &mut Captures<'a>, line: u32) -> CResult<()> {
        let mut names = Vec::new();
        bound_names(&alts[0], &mut names);
        let base = self.u().temps(names.len())?;
        let shared: Captures<'a> = names.iter().enumerate().map(|(j, n)| (*n, base + j as u16)).collect();
        let matched = self.u().new_label();
        for (i, alt) in alts.iter().enumerate() {
            let last = i + 1 == alts.len();
            if !last {
                if let Some(msg) = unreachable_after(alt) {
                    return self.err(msg, alt.loc.line);
                }
            }
            let next = if last { fail } else { self.u().new_label() };
            let mark = self.u().next_temp;
            let mut own = Captures::new();
            self.pattern(alt, subj, next, &mut own)?;
            if own.len() != shared.len() || own.iter().any(|(n, _)| !names.contains(n)) {
                return self.err("alternative patterns bind different names", alt.loc.line);
            }
            for (name, reg) in &own {
                if let Some((_, dst)) = shared.iter().find(|(n, _)| n == name) {
                    self.u().op(Op::Move, *dst, *reg, 0);
                }
            }
            self.u().next_temp = mark;
            if !last {
                self.u().jump(Op::Jump, 0, matched);
                self.u().bind(next);
            }
        }
        self.u().bind(matched);
        for (name, reg) in shared {
            self.capture(name, reg, caps, line)?;
        }
        Ok(())
    }
}

/// The names `p` binds, in order.
fn bound_names<'a>(p: &'a Pattern, out: &mut Vec<&'a str>) {
    match &p.kind {
        PatternKind::MatchValue(_) | PatternKind::MatchSingleton(_) => {}
        PatternKind::MatchStar(n) => out.extend(n.as_deref()),
        PatternKind::MatchAs { pattern, name } => {
            if let Some(sub) = pattern {
                bound_names(sub, out);
            }
            out.extend(name.as_deref());
        }
        PatternKind::MatchSequence(items) => items.iter().for_each(|i| bound_names(i, out)),
        PatternKind::MatchMapping { patterns, rest, .. } => {
            patterns.iter().for_each(|i| bound_names(i, out));
            out.extend(rest.as_deref());
        }
        PatternKind::MatchClass { patterns, kwd_patterns, .. } => patterns.iter().chain(kwd_patterns).for_each(|i| bound_names(i, out)),
        PatternKind::MatchOr(alts) => {
            if let Some(first) = alts.first() {
                bound_names(first, out);
            }
        }
    }
}

/// `_` (matches anything, binds nothing).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchAs { pattern: None, name: None })
}

/// The SyntaxError message when `p` matches everything, which makes what
/// follows it unreachable.
fn unreachable_after(p: &Pattern) -> Option<String> {
    match &p.kind {
        PatternKind::MatchAs { pattern: None, name: Some(n) } => Some(format!("name capture '{n}' makes remaining patterns unreachable")),
        PatternKind::MatchAs { pattern: None, name: None } => Some("wildcard makes remaining patterns unreachable".into()),
        PatternKind::MatchAs { pattern: Some(sub), .. } => unreachable_after(sub),
        PatternKind::MatchOr(alts) => alts.iter().find_map(unreachable_after),
        _ => None,
    }
}

/// A literal key that a mapping pattern repeats, as CPython reports it.
fn duplicate_literal_key(keys: &[Expr]) -> Option<String> {
    let lits: Vec<String> = keys
        .iter()
        .map(|k| match &k.kind {
            ExprKind::Constant(Constant::Str(s)) => format!("'{s}'"),
            ExprKind::Constant(Constant::Int(i)) => format!("{i}"),
            ExprKind::Constant(c) => format!("{c:?}"),
            _ => String::new(),
        })
        .collect();
    lits.iter().enumerate().find(|(i, l)| !l.is_empty() && lits[..*i].contains(l)).map(|(_, l)| l.clone())
}
