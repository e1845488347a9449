//! Assignments for the checker: `=`, `:=`, `op=`, `++`/`--`, `var` and `const`
//! specs (package-level and local) and `return`, with gc's count messages
//! (`assignment mismatch: 2 variables but f returns 1 value`).

use super::ast::*;
use super::check::{Checker, Entity};
use super::check_types::Operand;
use super::exprstring::expr_string;
use super::info::{LocalKind, Mode, Res};
use super::types::*;

fn unparen(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => unparen(x),
        _ => e,
    }
}

fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

impl Checker<'_> {
    /// Evaluates right-hand sides for `l` targets: one operand per target, spreading a
    /// multi-value call and expanding a comma-ok expression. `None` after a count error.
    pub(super) fn rhs_values(&mut self, l: usize, rhs: &[Expr]) -> Option<Vec<(Operand, usize)>> {
        let is_call = rhs.len() == 1 && matches!(unparen(&rhs[0]).kind, ExprKind::Call { .. });
        if rhs.len() == 1 && (l > 1 || is_call) {
            let x = self.expr(&rhs[0]);
            if x.is_invalid() {
                return None;
            }
            if let Type::Tuple(elems) = self.tt.get(x.ty).clone() {
                if x.mode == Mode::NoValue {
                    self.single(&rhs[0], x);
                    return None;
                }
                if elems.len() != l {
                    self.assign_error(rhs, l, elems.len());
                    return None;
                }
                return Some(
                    elems
                        .into_iter()
                        .map(|t| {
                            let mut o = x.clone();
                            o.ty = t;
                            o.mode = Mode::Value;
                            (o, 0)
                        })
                        .collect(),
                );
            }
            if l == 2 && (x.comma_ok || x.mode == Mode::MapIndex) {
                let ok = Operand::value(TypeId::UNTYPED_BOOL, x.expr.clone());
                return Some(vec![(x, 0), (ok, 0)]);
            }
            let x = self.single(&rhs[0], x);
            if x.is_invalid() {
                return None;
            }
            if l == 1 {
                return Some(vec![(x, 0)]);
            }
            self.assign_error(rhs, l, 1);
            return None;
        }
        let mut out = Vec::new();
        for (i, r) in rhs.iter().enumerate() {
            let x = self.value(r);
            out.push((x, i));
        }
        if rhs.len() != l {
            // types2 reports the count only when the values themselves are fine.
            if l > 0 && out.iter().all(|(x, _)| !x.is_invalid()) {
                self.assign_error(rhs, l, rhs.len());
            }
            return None;
        }
        Some(out)
    }

    pub(super) fn assign_error(&mut self, rhs: &[Expr], l: usize, r: usize) {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let r0 = &rhs[0];
        let mut inner = r0;
        while let ExprKind::Paren(x) = &inner.kind {
            inner = x;
        }
        let msg = match (&inner.kind, rhs.len()) {
            (ExprKind::Call { func, .. }, 1) => {
                format!(
                    "assignment mismatch: {vars} but {} returns {vals}",
                    expr_string(func)
                )
            }
            _ => format!("assignment mismatch: {vars} but {vals}"),
        };
        self.error(r0.span, msg);
    }

    /// The type a new variable gets from its initial value (untyped → default type).
    pub(super) fn inferred(&mut self, e: &Expr, x: &mut Operand, context: &str) -> TypeId {
        if x.is_invalid() {
            return TypeId::INVALID;
        }
        if x.is_nil() {
            self.error(e.span, format!("use of untyped nil in {context}"));
            return TypeId::INVALID;
        }
        if self.tt.is_untyped(x.ty) {
            let d = self.default_type(x.ty);
            if !self.fits_default(e, x, d, context) {
                return TypeId::INVALID;
            }
            self.set_type(e, x, d);
        }
        x.ty
    }

    /// Types of the names of a `var` spec, checking its values.
    pub(super) fn var_spec_types(&mut self, spec: &ValueSpec) -> Vec<TypeId> {
        let l = spec.names.len();
        let declared = spec.ty.as_ref().map(|t| self.resolve_type(t));
        if spec.values.is_empty() {
            return vec![declared.unwrap_or(TypeId::INVALID); l];
        }
        if spec.values.len() > l && l > 0 {
            for v in &spec.values {
                self.expr(v);
            }
            let extra = &spec.values[l];
            self.error(
                extra.span,
                format!("extra init expr {}", expr_string(extra)),
            );
            return vec![declared.unwrap_or(TypeId::INVALID); l];
        }
        let spell = spec.ty.as_ref().and_then(super::spelling::spelled);
        if let (Some(t), 1, [v]) = (declared, l, &spec.values[..]) {
            // With a declared type, a single value is checked on its own (a multi-value
            // call is "in single-value context", not an assignment count mismatch).
            let mut x = self.value(v);
            self.target_spelled = spell;
            self.assign_to(v, &mut x, t, "variable declaration");
            return vec![t];
        }
        let Some(vals) = self.rhs_values(l, &spec.values) else {
            return vec![declared.unwrap_or(TypeId::INVALID); l];
        };
        let mut out = Vec::new();
        for (mut x, i) in vals {
            let e = &spec.values[i];
            match declared {
                Some(t) => {
                    self.target_spelled = spell.clone();
                    self.assign_to(e, &mut x, t, "variable declaration");
                    out.push(t);
                }
                None => out.push(self.inferred(e, &mut x, "variable declaration")),
            }
        }
        out
    }

    /// A local `var` spec: values first, then the names come into scope.
    pub(super) fn local_var_spec(&mut self, spec: &ValueSpec) {
        let types = self.var_spec_types(spec);
        let spell = spec.ty.as_ref().and_then(super::spelling::spelled);
        for (n, t) in spec.names.iter().zip(types) {
            let l = self.declare_local(n, t, LocalKind::Var, false);
            if let Some(sp) = &spell {
                self.local_spelling.insert(l, sp.clone());
            }
        }
    }

    /// Evaluates a const spec (the last explicit expression list for an implicit one),
    /// recording the names' values; returns their entities.
    pub(super) fn const_spec(
        &mut self,
        spec: &ValueSpec,
        group: &[ValueSpec],
        idx: usize,
    ) -> Vec<Entity> {
        let src = if spec.implicit {
            group[..=idx.min(group.len().saturating_sub(1))]
                .iter()
                .rev()
                .find(|s| !s.values.is_empty())
        } else {
            Some(spec)
        };
        let saved = self.iota.replace(spec.iota as i128);
        let mut out = Vec::new();
        let (ty, values): (Option<&Expr>, &[Expr]) = match src {
            Some(s) => (s.ty.as_ref(), &s.values),
            None => (None, &[]),
        };
        if values.is_empty() {
            for n in &spec.names {
                self.error(n.span, format!("missing init expr for {}", n.name));
            }
        }
        let declared = ty.map(|t| self.resolve_type(t));
        if declared == Some(TypeId::INVALID) || values.is_empty() {
            // types2 does not look at the values of a constant whose type is broken.
            self.iota = saved;
            return vec![Entity::Const(TypeId::INVALID, ConstValue::Int(0)); spec.names.len()];
        }
        for (i, n) in spec.names.iter().enumerate() {
            let Some(v) = values.get(i) else {
                self.error(n.span, format!("missing init expr for {}", n.name));
                out.push(Entity::Const(TypeId::INVALID, ConstValue::Int(0)));
                continue;
            };
            let mut x = self.value(v);
            let mut ent = Entity::Const(TypeId::INVALID, ConstValue::Int(0));
            if !x.is_invalid() {
                if x.mode != Mode::Constant || x.val.is_none() {
                    let d = self.describe(&x);
                    self.error(v.span, format!("{d} is not constant"));
                } else {
                    if let Some(t) = declared {
                        self.assign_to(v, &mut x, t, "constant declaration");
                        x.ty = t;
                    }
                    let val = x.val.clone().unwrap_or(ConstValue::Int(0));
                    self.record(n.id, x.ty, Mode::Constant);
                    self.record_res(n.id, Res::Const);
                    self.record_const(n.id, val.clone());
                    ent = Entity::Const(x.ty, val);
                }
            }
            out.push(ent);
        }
        if values.len() > spec.names.len() && !spec.implicit {
            let extra = &values[spec.names.len()];
            self.error(extra.span, "extra init expr");
        }
        self.iota = saved;
        out
    }

    /// Evaluates an assignment target without counting it as a use of a variable.
    pub(super) fn lhs(&mut self, e: &Expr) -> Operand {
        if let ExprKind::Ident(id) = &e.kind {
            if id.is_blank() {
                self.record_res(id.id, Res::Blank);
                return Operand {
                    mode: Mode::Variable,
                    ty: TypeId::INVALID,
                    val: None,
                    comma_ok: false,
                    spelled: None,
                    expr: "_".into(),
                };
            }
            if let Some(Entity::Local(l)) = self.lookup(&id.name) {
                let was_used = self.local_used[l.0 as usize];
                let x = self.expr(e);
                self.local_used[l.0 as usize] = was_used;
                return x;
            }
        }
        let x = self.expr(e);
        if x.is_invalid() {
            return x;
        }
        if !matches!(x.mode, Mode::Variable | Mode::MapIndex) {
            let in_map = match &e.kind {
                ExprKind::Selector(b, _) => {
                    self.exprs.get(b.id.index()).map(|i| i.mode) == Some(Mode::MapIndex)
                }
                _ => false,
            };
            let msg = if in_map {
                format!("cannot assign to struct field {} in map", x.expr)
            } else {
                format!(
                    "cannot assign to {} (neither addressable nor a map index expression)",
                    x.expr
                )
            };
            self.error(e.span, msg);
            return Operand::invalid(x.expr);
        }
        x
    }

    pub(super) fn assign_stmt(
        &mut self,
        lhs: &[Expr],
        op: AssignOp,
        rhs: &[Expr],
        op_span: super::span::Span,
    ) {
        match op {
            AssignOp::Define => self.short_var_decl(lhs, rhs, op_span),
            AssignOp::Assign => {
                // gc reports the right side's errors before the left side's.
                let vals = self.rhs_values(lhs.len(), rhs);
                let targets: Vec<Operand> = lhs.iter().map(|e| self.lhs(e)).collect();
                let Some(vals) = vals else {
                    return;
                };
                for ((mut x, i), (t, le)) in vals.into_iter().zip(targets.iter().zip(lhs)) {
                    let e = &rhs[i];
                    if t.expr == "_" && t.ty == TypeId::INVALID {
                        self.inferred(e, &mut x, "assignment");
                        self.record(le.id, x.ty, Mode::Variable);
                        continue;
                    }
                    if t.is_invalid() {
                        continue;
                    }
                    self.target_spelled = t.spelled.clone();
                    self.assign_to(e, &mut x, t.ty, "assignment");
                }
            }
            AssignOp::Op(bop) => {
                let (Some(le), Some(re)) = (lhs.first(), rhs.first()) else {
                    return;
                };
                let text = format!("{} {}= {}", expr_string(le), bop.as_str(), expr_string(re));
                let t = self.lhs(le);
                let x = self.value(le);
                let y = self.value(re);
                if t.is_invalid() || x.is_invalid() || y.is_invalid() {
                    return;
                }
                let r = self.binary_operands(le.span, text, bop, le, x, re, y);
                if !r.is_invalid() {
                    let mut r = r;
                    self.assign_to(re, &mut r, t.ty, "assignment");
                }
            }
        }
    }

    pub(super) fn inc_dec(&mut self, x: &Expr, inc: bool) {
        let t = self.lhs(x);
        let v = self.value(x);
        if t.is_invalid() || v.is_invalid() {
            return;
        }
        let k = self.tt.basic(v.ty);
        if !k.is_some_and(|k| k.is_numeric()) {
            let op = if inc { "++" } else { "--" };
            let ts = self.tt.error_string(v.ty);
            self.error(
                x.span,
                format!("invalid operation: {}{op} (non-numeric type {ts})", v.expr),
            );
        }
    }

    pub(super) fn short_var_decl(
        &mut self,
        lhs: &[Expr],
        rhs: &[Expr],
        op_span: super::span::Span,
    ) {
        let vals = self.rhs_values(lhs.len(), rhs);
        let mut any_new = false;
        let mut seen: Vec<&str> = Vec::new();
        for (i, le) in lhs.iter().enumerate() {
            let ExprKind::Ident(id) = &le.kind else {
                self.expr(le);
                self.error(
                    le.span,
                    format!("non-name {} on left side of :=", expr_string(le)),
                );
                continue;
            };
            let val = vals.as_ref().and_then(|v| v.get(i)).cloned();
            if id.is_blank() {
                self.record_res(id.id, Res::Blank);
                if let Some((mut x, j)) = val {
                    self.inferred(&rhs[j], &mut x, "assignment");
                    self.record(le.id, x.ty, Mode::Variable);
                }
                continue;
            }
            if seen.contains(&id.name.as_str()) {
                self.error(le.span, format!("{} repeated on left side of :=", id.name));
                continue;
            }
            seen.push(&id.name);
            let existing = self.scopes.last().and_then(|s| s.get(&id.name)).cloned();
            if let Some(Entity::Local(l)) = existing {
                // Redeclaration: plain assignment to the existing variable.
                self.record_res(id.id, Res::Local(l));
                let t = self.locals[l.0 as usize].ty;
                self.record(le.id, t, Mode::Variable);
                self.mark_capture(l);
                if let Some((mut x, j)) = val {
                    self.assign_to(&rhs[j], &mut x, t, "assignment");
                }
                continue;
            }
            any_new = true;
            let mut spell = None;
            let ty = match val {
                Some((mut x, j)) => {
                    spell = x.spelled.clone();
                    self.inferred(&rhs[j], &mut x, "assignment")
                }
                None => TypeId::INVALID,
            };
            let loop_var = self.in_for_init;
            let l = self.declare_local(id, ty, LocalKind::Var, loop_var);
            if let Some(sp) = spell {
                self.local_spelling.insert(l, sp);
            }
        }
        if !any_new && lhs.iter().all(|e| matches!(e.kind, ExprKind::Ident(_))) {
            self.error(op_span, "no new variables on left side of :=");
        }
    }

    pub(super) fn return_stmt(&mut self, s: &Stmt, results: &[Expr]) {
        let Some(ctx) = self.fstack.last() else {
            return;
        };
        let want = ctx.results.clone();
        let named = ctx.named_results;
        let spell = ctx.result_spelling.clone();
        if results.is_empty() {
            if !want.is_empty() && !named {
                let w = self.types_summary(&want, false, false, &spell);
                self.error(
                    s.span,
                    format!("not enough return values\n\thave ()\n\twant {w}"),
                );
            }
            return;
        }
        if want.is_empty() {
            let ops: Vec<Operand> = results.iter().map(|r| self.expr(r)).collect();
            let have: Vec<TypeId> = ops.iter().map(|o| o.ty).collect();
            let h = self.types_summary(&have, false, false, &[]);
            self.error(
                results[0].span,
                format!("too many return values\n\thave {h}\n\twant ()"),
            );
            return;
        }
        // Evaluate, spreading a single multi-value call.
        let mut ops: Vec<(Operand, usize)> = Vec::new();
        if results.len() == 1 && want.len() > 1 {
            let x = self.expr(&results[0]);
            if x.is_invalid() {
                return;
            }
            match self.tt.get(x.ty).clone() {
                Type::Tuple(elems) if x.mode != Mode::NoValue => {
                    for t in elems {
                        let mut o = x.clone();
                        o.ty = t;
                        ops.push((o, 0));
                    }
                }
                _ => {
                    let x = self.single(&results[0], x);
                    if x.is_invalid() {
                        return;
                    }
                    ops.push((x, 0));
                }
            }
        } else {
            for (i, r) in results.iter().enumerate() {
                ops.push((self.value(r), i));
            }
        }
        if ops.iter().any(|(o, _)| o.is_invalid()) {
            return;
        }
        if ops.len() != want.len() {
            let have: Vec<TypeId> = ops.iter().map(|(o, _)| o.ty).collect();
            let h = self.types_summary(&have, false, false, &[]);
            let w = self.types_summary(&want, false, false, &spell);
            let (at, q) = if ops.len() > want.len() {
                (results[ops[want.len()].1].span, "too many")
            } else {
                (results[ops[ops.len() - 1].1].span, "not enough")
            };
            self.error(at, format!("{q} return values\n\thave {h}\n\twant {w}"));
            return;
        }
        for (k, ((mut x, i), t)) in ops.into_iter().zip(want).enumerate() {
            self.target_spelled = spell.get(k).cloned().flatten();
            self.assign_to(&results[i], &mut x, t, "return statement");
        }
    }
}
