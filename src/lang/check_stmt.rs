//! Statements for the checker: function bodies (parameters, results, captures,
//! `missing return`), blocks, expression statements, send, go/defer, branches with
//! labels, and the control statements (`if`, `for`, `range`, `switch`, type switch,
//! `select`). Assignments and declarations are in `check_assign.rs`.

use super::ast::*;
use super::check::{Checker, Entity, FuncCtx};
use super::exprstring::expr_string;
use super::info::*;
use super::span::Span;
use super::types::*;

impl Checker<'_> {
    pub(super) fn check_func_body(&mut self, _decl: usize, f: &FuncDecl) {
        let Some(Some(Res::Func(id))) = self.res.get(f.name.id.index()).cloned() else {
            return;
        };
        let Some(body) = &f.body else {
            self.error(f.name.span, "missing function body");
            return;
        };
        let sig = self.funcs[id.0 as usize].sig;
        self.fstack.push(self.func_ctx(Owner::Func(id), sig, &f.ty));
        self.push_scope();
        if let Some(recv) = &f.recv {
            let rt = self
                .exprs
                .get(recv.ty.id.index())
                .map_or(TypeId::INVALID, |i| i.ty);
            let l = match recv.names.first() {
                Some(n) => self.declare_local(n, rt, LocalKind::Receiver, false),
                None => self.anon_local(rt, LocalKind::Receiver, recv.span),
            };
            self.funcs[id.0 as usize].recv = Some(l);
        }
        let (params, results) = self.declare_params(&f.ty);
        let named = f.ty.results.iter().any(|r| !r.names.is_empty());
        let info = &mut self.funcs[id.0 as usize];
        info.params = params;
        info.results = results;
        info.named_results = named;
        self.body(body, sig);
        self.pop_scope();
        self.finish_func();
    }

    pub(super) fn func_ctx(&self, owner: Owner, sig: TypeId, ft: &FuncType) -> FuncCtx {
        FuncCtx {
            owner,
            results: self
                .tt
                .signature(sig)
                .map(|s| s.results.clone())
                .unwrap_or_default(),
            named_results: ft.results.iter().any(|r| !r.names.is_empty()),
            captures: Vec::new(),
            result_spelling: super::spelling::field_spellings(&ft.results),
            unused: Vec::new(),
        }
    }

    pub(super) fn finish_func(&mut self) -> Vec<LocalId> {
        let Some(ctx) = self.fstack.pop() else {
            return Vec::new();
        };
        let mut unused = ctx.unused;
        super::sort::sort(&mut unused);
        for (_, span, name) in unused {
            self.error(span, format!("declared and not used: {name}"));
        }
        ctx.captures
    }

    /// A function literal: its own locals, and the outer locals it captures.
    pub(super) fn func_lit(&mut self, e: &Expr, ft: &FuncType, body: &Block, sig: TypeId) {
        let nesting = self
            .fstack
            .iter()
            .filter(|f| matches!(f.owner, Owner::Lit(_)))
            .count() as u32;
        let order = self.later.len() as u32 + self.func_lits.len() as u32;
        let mark = self.diags.len();
        self.fstack.push(self.func_ctx(Owner::Lit(e.id), sig, ft));
        let saved_loop = std::mem::replace(&mut self.in_for_init, false);
        self.push_scope();
        let (params, results) = self.declare_params(ft);
        self.body(body, sig);
        self.pop_scope();
        self.in_for_init = saved_loop;
        let captures = self.finish_func();
        // types2 checks literal bodies after the enclosing function: report them then.
        let ds = self.diags.split_off(mark.min(self.diags.len()));
        self.later.push(((nesting, order), ds));
        self.func_lits.insert(
            e.id,
            FuncLitInfo {
                sig,
                params,
                results,
                named_results: ft.results.iter().any(|r| !r.names.is_empty()),
                captures,
            },
        );
    }

    pub(super) fn anon_local(&mut self, ty: TypeId, kind: LocalKind, span: Span) -> LocalId {
        let id = LocalId(self.locals.len() as u32);
        let owner = self
            .fstack
            .last()
            .map_or(Owner::Func(FuncId(0)), |f| f.owner);
        self.locals.push(LocalInfo {
            name: String::new(),
            ty,
            span,
            kind,
            owner,
            captured: false,
            loop_var: false,
        });
        self.local_used.push(true);
        self.local_depth.push(self.fstack.len());
        id
    }

    pub(super) fn declare_params(&mut self, ft: &FuncType) -> (Vec<LocalId>, Vec<LocalId>) {
        let mut lists = [Vec::new(), Vec::new()];
        for (k, fields) in [
            (LocalKind::Param, &ft.params),
            (LocalKind::Result, &ft.results),
        ] {
            let out = &mut lists[(k == LocalKind::Result) as usize];
            for f in fields {
                let ty = self
                    .exprs
                    .get(f.ty.id.index())
                    .map_or(TypeId::INVALID, |i| i.ty);
                if f.names.is_empty() {
                    out.push(self.anon_local(ty, k, f.span));
                }
                let spell = super::spelling::spelled(&f.ty);
                for n in &f.names {
                    let l = self.declare_local(n, ty, k, false);
                    if let Some(sp) = &spell {
                        self.local_spelling.insert(l, sp.clone());
                    }
                    out.push(l);
                }
            }
        }
        let [p, r] = lists;
        (p, r)
    }

    pub(super) fn body(&mut self, body: &Block, sig: TypeId) {
        self.stmts(&body.stmts);
        let has_results = self
            .tt
            .signature(sig)
            .is_some_and(|s| !s.results.is_empty());
        if has_results && !self.block_terminates(&body.stmts) {
            self.error(body.rbrace, "missing return");
        }
    }

    pub(super) fn stmts(&mut self, list: &[Stmt]) {
        for s in list {
            self.stmt(s, None);
        }
    }

    pub(super) fn block(&mut self, b: &Block) {
        self.push_scope();
        self.stmts(&b.stmts);
        self.pop_scope();
    }

    pub(super) fn stmt(&mut self, s: &Stmt, _label: Option<&Ident>) {
        match &s.kind {
            StmtKind::Decl(GenDecl::Var(specs)) => {
                for spec in specs {
                    self.local_var_spec(spec);
                }
            }
            StmtKind::Decl(GenDecl::Const(specs)) => {
                for (i, spec) in specs.iter().enumerate() {
                    let ents = self.const_spec(spec, specs, i);
                    for (n, e) in spec.names.iter().zip(ents) {
                        if !n.is_blank() {
                            if let Some(scope) = self.scopes.last_mut() {
                                scope.insert(n.name.clone(), e);
                            }
                        }
                    }
                }
            }
            StmtKind::Decl(GenDecl::Type(specs)) => {
                for spec in specs {
                    let t = if spec.alias {
                        self.resolve_type(&spec.ty)
                    } else {
                        let n = self.tt.add_named(&spec.name.name, Some("main"));
                        if let Some(scope) = self.scopes.last_mut() {
                            scope.insert(spec.name.name.clone(), Entity::Type(n));
                        }
                        let u = self.resolve_type(&spec.ty);
                        self.tt.set_underlying(n, u);
                        n
                    };
                    self.record_res(spec.name.id, Res::Type(t));
                    if let Some(scope) = self.scopes.last_mut() {
                        scope.insert(spec.name.name.clone(), Entity::Type(t));
                    }
                }
            }
            StmtKind::Labeled(_, inner) => self.stmt(inner, None),
            StmtKind::Expr(x) => self.expr_stmt(x),
            StmtKind::Send(ch, v) => self.send(ch, v),
            StmtKind::IncDec(x, inc) => self.inc_dec(x, *inc),
            StmtKind::Assign {
                lhs,
                op,
                rhs,
                op_span,
            } => self.assign_stmt(lhs, *op, rhs, *op_span),
            StmtKind::Go(call) | StmtKind::Defer(call) => {
                let what = if matches!(s.kind, StmtKind::Go(_)) {
                    "go"
                } else {
                    "defer"
                };
                if let ExprKind::Call { .. } = call.kind {
                    let x = self.expr(call);
                    if let Some(CallKind::Conversion(_)) = self.calls.get(&call.id) {
                        self.error(
                            call.span,
                            format!("{what} requires function call, not conversion"),
                        );
                    } else if let Some(CallKind::Builtin(b)) = self.calls.get(&call.id) {
                        if !b.is_statement() && !x.is_invalid() {
                            self.error(call.span, format!("{what} discards result of {}", x.expr));
                        }
                    }
                } else {
                    let x = self.expr(call);
                    if !x.is_invalid() {
                        self.error(
                            call.span,
                            format!("expression in {what} must be function call"),
                        );
                    }
                }
            }
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Branch(..) => {}
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i, None);
                }
                self.condition(cond, "if statement");
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e, None);
                }
                self.pop_scope();
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.in_for_init = true;
                    self.stmt(i, None);
                    self.in_for_init = false;
                }
                if let Some(c) = cond {
                    self.condition(c, "for statement");
                }
                if let Some(p) = post {
                    self.stmt(p, None);
                }
                self.block(body);
                self.pop_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                self.push_scope();
                self.range_clause(key.as_ref(), value.as_ref(), *define, x);
                self.block(body);
                self.pop_scope();
            }
            StmtKind::Switch { init, tag, cases } => {
                self.switch(init.as_deref(), tag.as_ref(), cases)
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                cases,
            } => self.type_switch(init.as_deref(), bind.as_ref(), x, cases),
            StmtKind::Select(clauses) => self.select(clauses),
            StmtKind::Empty | StmtKind::Bad => {}
        }
    }

    pub(super) fn condition(&mut self, c: &Expr, what: &str) {
        let mut x = self.value(c);
        if x.is_invalid() {
            return;
        }
        if !self.tt.basic(x.ty).is_some_and(|k| k.is_boolean()) {
            self.error(c.span, format!("non-boolean condition in {what}"));
            return;
        }
        if self.tt.is_untyped(x.ty) {
            self.set_type(c, &mut x, TypeId::BOOL);
        }
    }

    pub(super) fn expr_stmt(&mut self, x: &Expr) {
        let mut inner = x;
        while let ExprKind::Paren(i) = &inner.kind {
            inner = i;
        }
        let op = self.expr(x);
        if op.is_invalid() {
            return;
        }
        let ok = match &inner.kind {
            ExprKind::Call { .. } => match self.calls.get(&inner.id) {
                Some(CallKind::Call) => true,
                Some(CallKind::Builtin(b)) => b.is_statement(),
                _ => false,
            },
            ExprKind::Unary(UnaryOp::Recv, _) => true,
            _ => false,
        };
        if !ok {
            let d = self.describe(&op);
            let what = match op.mode {
                Mode::Builtin => "must be called",
                Mode::Type => "is not an expression",
                _ => "is not used",
            };
            self.error(x.span, format!("{d} {what}"));
        }
    }

    pub(super) fn send(&mut self, ch: &Expr, v: &Expr) {
        let c = self.value(ch);
        let mut x = self.value(v);
        if c.is_invalid() {
            return;
        }
        match self.tt.under(c.ty).clone() {
            Type::Chan(ChanDir::Recv, _) => {
                let d = self.describe(&c);
                self.error(
                    ch.span,
                    format!(
                        "invalid operation: cannot send to receive-only channel {} {d}",
                        self.type_name(&c)
                    ),
                );
            }
            Type::Chan(_, elem) => {
                self.assign_to(v, &mut x, elem, "send");
            }
            _ => {
                let d = self.describe(&c);
                self.error(
                    ch.span,
                    format!(
                        "invalid operation: cannot send to non-channel {} {d}",
                        self.type_name(&c)
                    ),
                );
            }
        }
    }

    /// Marks a local as captured (without counting a use) when it belongs to an
    /// enclosing function.
    pub(super) fn mark_capture(&mut self, l: LocalId) {
        let was = self.local_used[l.0 as usize];
        self.use_local(l);
        self.local_used[l.0 as usize] = was;
    }

    pub(super) fn text(e: &Expr) -> String {
        expr_string(e)
    }
}
