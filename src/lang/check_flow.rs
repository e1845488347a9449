//! Control statements for the checker that declare per-clause variables: `for range`,
//! `switch`, type switches and `select`, and the terminating-statement analysis behind
//! `missing return` (Go spec, "Terminating statements").

use super::ast::*;
use super::check::{Checker, Entity};
use super::info::*;
use super::types::*;

impl Checker<'_> {
    pub(super) fn range_clause(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
    ) {
        let mut r = self.value(x);
        if r.is_invalid() {
            for e in [key, value].into_iter().flatten() {
                if define {
                    if let ExprKind::Ident(id) = &e.kind {
                        let l = self.declare_local(id, TypeId::INVALID, LocalKind::Var, true);
                        self.local_used[l.0 as usize] = true;
                    }
                }
            }
            return;
        }
        let is_int = self.tt.basic(r.ty).is_some_and(|k| k.is_integer());
        if is_int && self.go_version == GoVersion::Go121 {
            let d = self.describe(&r);
            self.error(
                x.span,
                format!("cannot range over {d}: requires go1.22 or later (-lang was set to go1.21; check go.mod)"),
            );
        }
        if self.tt.is_untyped(r.ty) {
            if let Some(d) = self.tt.basic(r.ty).and_then(|k| k.default_type()) {
                self.set_type(x, &mut r, d);
            }
        }
        let one_var = |c: &mut Self, r: &super::check_types::Operand| {
            let d = c.describe(r);
            if let Some(v) = value {
                c.error(
                    v.span,
                    format!("range over {d} permits only one iteration variable"),
                );
            }
        };
        let (kt, vt) = match self.tt.under(r.ty).clone() {
            Type::Basic(k) if k.is_integer() => {
                one_var(self, &r);
                (r.ty, TypeId::INVALID)
            }
            Type::Basic(k) if k.is_string() => (TypeId::INT, TypeId::INT32),
            Type::Slice(e) | Type::Array(_, e) => (TypeId::INT, e),
            Type::Pointer(p) => match self.tt.under(p).clone() {
                Type::Array(_, e) => (TypeId::INT, e),
                _ => {
                    let d = self.describe(&r);
                    self.error(x.span, format!("cannot range over {d}"));
                    (TypeId::INVALID, TypeId::INVALID)
                }
            },
            Type::Map(k, v) => (k, v),
            Type::Chan(ChanDir::Send, _) => {
                let d = self.describe(&r);
                self.error(
                    x.span,
                    format!(
                        "invalid operation: range {} receive from send-only channel {d}",
                        r.expr
                    ),
                );
                (TypeId::INVALID, TypeId::INVALID)
            }
            Type::Chan(_, e) => {
                one_var(self, &r);
                (e, TypeId::INVALID)
            }
            _ => {
                let d = self.describe(&r);
                self.error(x.span, format!("cannot range over {d}"));
                (TypeId::INVALID, TypeId::INVALID)
            }
        };
        for (e, t) in [(key, kt), (value, vt)] {
            let Some(e) = e else { continue };
            if define {
                match &e.kind {
                    ExprKind::Ident(id) => {
                        self.declare_local(id, t, LocalKind::Var, true);
                    }
                    _ => self.error(
                        e.span,
                        format!("invalid syntax tree: cannot declare {}", Self::text(e)),
                    ),
                }
            } else if !matches!(&e.kind, ExprKind::Ident(id) if id.is_blank()) {
                let mut v = super::check_types::Operand::value(t, Self::text(x));
                let target = self.expr(e);
                if !target.is_invalid() && t != TypeId::INVALID {
                    self.assign_to(e, &mut v, target.ty, "range");
                }
            }
        }
    }

    pub(super) fn switch(&mut self, init: Option<&Stmt>, tag: Option<&Expr>, cases: &[CaseClause]) {
        self.push_scope();
        if let Some(i) = init {
            self.stmts(std::slice::from_ref(i));
        }
        let mut t = tag.map(|e| {
            let mut x = self.value(e);
            if self.tt.is_untyped(x.ty) && !x.is_invalid() {
                if let Some(d) = self.tt.basic(x.ty).and_then(|k| k.default_type()) {
                    self.set_type(e, &mut x, d);
                }
            }
            (e, x)
        });
        let mut defaults = 0;
        for (ci, c) in cases.iter().enumerate() {
            if c.default {
                defaults += 1;
                if defaults > 1 {
                    self.error(c.span, "multiple defaults in switch");
                }
            }
            for e in &c.exprs {
                let mut x = self.value(e);
                if x.is_invalid() {
                    continue;
                }
                // As types2's caseValues: convert an untyped case value to the tag's type
                // first (conversion wording), then compare.
                if let Some((_, tx)) = &t {
                    let target = tx.ty;
                    let convert = self.tt.is_untyped(x.ty)
                        && !x.is_nil()
                        && !tx.is_invalid()
                        && !self.tt.is_untyped(target)
                        && !self.tt.is_interface(target);
                    if convert {
                        if let Err(why) = self.convert_untyped(&mut x, target) {
                            let d = self.describe(&x);
                            let ts = self.tt.error_string(target);
                            let msg = match why.as_str() {
                                " (truncated)" => format!("{d} truncated to {ts}"),
                                " (overflows)" => format!("{d} overflows {ts}"),
                                _ => format!("cannot convert {d} to type {ts}"),
                            };
                            self.error(e.span, msg);
                            continue;
                        }
                        self.set_type(e, &mut x, target);
                    }
                }
                match &mut t {
                    Some((te, tx)) if !tx.is_invalid() => {
                        let text = format!("{} == {}", Self::text(e), tx.expr);
                        let (te, tx) = (*te, tx.clone());
                        let r =
                            self.binary_operands(e.span, text, BinaryOp::Eq, e, x, te, tx.clone());
                        if r.is_invalid() {
                            // binary_operands reported it in its own words; gc says:
                            if let Some(last) = self.diags.last_mut() {
                                if last.message.contains("mismatched types") {
                                    last.span = e.span;
                                    let xt = self.exprs[e.id.index()].ty;
                                    let a = self.tt.error_string(xt);
                                    let b = self.tt.error_string(tx.ty);
                                    last.message = format!(
                                        "invalid case {} in switch on {} (mismatched types {a} and {b})",
                                        Self::text(e),
                                        tx.expr
                                    );
                                }
                            }
                        }
                    }
                    Some(_) => {}
                    None => {
                        if !self.tt.basic(x.ty).is_some_and(|k| k.is_boolean()) {
                            let ts = self.tt.error_string(x.ty);
                            self.error(
                                e.span,
                                format!(
                                    "invalid case {} in switch (mismatched types {ts} and bool)",
                                    Self::text(e)
                                ),
                            );
                        } else if self.tt.is_untyped(x.ty) {
                            self.set_type(e, &mut x, TypeId::BOOL);
                        }
                    }
                }
            }
            let _ = ci;
            self.push_scope();
            self.stmts(&c.body);
            self.pop_scope();
        }
        self.pop_scope();
    }

    pub(super) fn type_switch(
        &mut self,
        init: Option<&Stmt>,
        bind: Option<&Ident>,
        guard: &Expr,
        cases: &[CaseClause],
    ) {
        self.push_scope();
        if let Some(i) = init {
            self.stmts(std::slice::from_ref(i));
        }
        let ExprKind::TypeAssert(xe, None) = &guard.kind else {
            self.pop_scope();
            return;
        };
        let x = self.value(xe);
        let iface = !x.is_invalid() && self.tt.is_interface(x.ty);
        if !x.is_invalid() && !iface {
            let d = self.describe(&x);
            self.error(xe.span, format!("{d} is not an interface"));
        }
        self.record(guard.id, x.ty, Mode::Value);
        if let Some(b) = bind {
            self.record(b.id, x.ty, Mode::Variable);
        }
        let mut any_used = false;
        for c in cases {
            let mut single = None;
            for e in &c.exprs {
                if let ExprKind::Ident(id) = &e.kind {
                    if id.name == "nil" && matches!(self.lookup(&id.name), Some(Entity::Nil)) {
                        self.record_res(id.id, Res::Nil);
                        self.record(e.id, TypeId::UNTYPED_NIL, Mode::Value);
                        single = Some(None);
                        continue;
                    }
                }
                let t = self.resolve_type(e);
                single = Some(Some(t));
                if iface && t != TypeId::INVALID && !self.tt.is_interface(t) {
                    if let Some(reason) = self.missing_method(t, x.ty) {
                        let d = self.describe(&x);
                        let ts = self.tt.error_string(t);
                        self.error(e.span, format!("impossible type switch case: {d} cannot have dynamic type {ts} {reason}"));
                    }
                }
            }
            let vt = match (c.exprs.len(), single) {
                (1, Some(Some(t))) => t,
                _ => x.ty,
            };
            self.push_scope();
            if let Some(b) = bind {
                let id = Ident {
                    id: c.implicit,
                    name: b.name.clone(),
                    span: b.span,
                };
                let l = self.declare_local(&id, vt, LocalKind::Var, false);
                self.stmts(&c.body);
                any_used |= self.local_used[l.0 as usize];
                self.local_used[l.0 as usize] = true;
            } else {
                self.stmts(&c.body);
            }
            self.pop_scope();
        }
        if let Some(b) = bind {
            if !any_used {
                self.error(b.span, format!("{} declared and not used", b.name));
            }
        }
        self.pop_scope();
    }

    pub(super) fn select(&mut self, clauses: &[CommClause]) {
        for c in clauses {
            self.push_scope();
            if let Some(comm) = &c.comm {
                let valid = match &comm.kind {
                    StmtKind::Send(..) => true,
                    StmtKind::Expr(e) => is_recv(e),
                    StmtKind::Assign { rhs, .. } => rhs.len() == 1 && is_recv(&rhs[0]),
                    _ => false,
                };
                if valid {
                    self.stmts(std::slice::from_ref(comm));
                } else {
                    // gc's parser reports this at the statement's position, which for a
                    // binary expression is its operator (one space after the left side).
                    let at = match &comm.kind {
                        StmtKind::Expr(Expr {
                            kind: ExprKind::Binary(op, _, y),
                            ..
                        }) => {
                            let lo = y.span.lo.saturating_sub(op.as_str().len() as u32 + 1);
                            super::span::Span { lo, hi: lo }
                        }
                        _ => comm.span,
                    };
                    self.error(
                        at,
                        "select case must be send or receive (possibly with assignment)",
                    );
                }
            }
            self.stmts(&c.body);
            self.pop_scope();
        }
    }

    // ---- terminating statements ----

    pub(super) fn block_terminates(&self, list: &[Stmt]) -> bool {
        // Trailing empty statements do not count.
        let last = list
            .iter()
            .rev()
            .find(|s| !matches!(s.kind, StmtKind::Empty));
        last.is_some_and(|s| self.terminates(s, None))
    }

    pub(super) fn terminates(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Branch(BranchKind::Goto, _) => true,
            StmtKind::Expr(e) => self.is_panic_call(e),
            StmtKind::Block(b) => self.block_terminates(&b.stmts),
            StmtKind::If { then, els, .. } => {
                self.block_terminates(&then.stmts)
                    && els.as_ref().is_some_and(|e| self.terminates(e, None))
            }
            StmtKind::Labeled(l, inner) => self.terminates(inner, Some(&l.name)),
            StmtKind::For { cond, body, .. } => {
                cond.is_none() && !has_break(&body.stmts, label, true)
            }
            StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
                cases.iter().any(|c| c.default)
                    && cases.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.block_terminates(&c.body)
                                || matches!(
                                    c.body.last().map(|s| &s.kind),
                                    Some(StmtKind::Branch(BranchKind::Fallthrough, _))
                                ))
                    })
            }
            StmtKind::Select(clauses) => clauses
                .iter()
                .all(|c| !has_break(&c.body, label, true) && self.block_terminates(&c.body)),
            _ => false,
        }
    }

    pub(super) fn is_panic_call(&self, e: &Expr) -> bool {
        let mut e = e;
        while let ExprKind::Paren(i) = &e.kind {
            e = i;
        }
        matches!(
            self.calls.get(&e.id),
            Some(CallKind::Builtin(Builtin::Panic))
        )
    }
}

fn is_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Unary(UnaryOp::Recv, _) => true,
        ExprKind::Paren(x) => is_recv(x),
        _ => false,
    }
}

/// Whether `list` contains a `break` that leaves the enclosing statement: an unlabelled
/// one not nested in another breakable statement (`top`), or one naming `label`.
fn has_break(list: &[Stmt], label: Option<&str>, top: bool) -> bool {
    list.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &Stmt, label: Option<&str>, top: bool) -> bool {
    match &s.kind {
        StmtKind::Branch(BranchKind::Break, l) => match l {
            None => top,
            Some(l) => Some(l.name.as_str()) == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| stmt_has_break(e, label, top))
        }
        StmtKind::Labeled(_, inner) => stmt_has_break(inner, label, top),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
            cases.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select(cs) => cs.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}
