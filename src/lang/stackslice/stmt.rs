//! The statement part of the walk: declarations, assignments, returns, loops (which
//! deepen the loop depth gc's slice pass weighs appends by) and the rest.

use super::walk::{strip, Dest, Read, Walk};
use crate::lang::ast::*;
use crate::lang::info::Res;

impl<'c> Walk<'c> {
    pub(super) fn stmt(&mut self, s: &'c Stmt) {
        match &s.kind {
            StmtKind::Decl(GenDecl::Var(specs)) => {
                for spec in specs {
                    for (k, n) in spec.names.iter().enumerate() {
                        let target = match self.ck.res(n.id) {
                            Some(Res::Local(l)) => Some(*l),
                            _ => None,
                        };
                        if let Some(i) = target.and_then(|l| self.vars.get_mut(&l)) {
                            i.decl_depth = self.depth;
                        }
                        let value = if spec.values.len() == spec.names.len() {
                            spec.values.get(k)
                        } else {
                            None
                        };
                        self.assign_to(target, n.is_blank(), value, s.span);
                    }
                    if spec.values.len() != spec.names.len() {
                        spec.values.iter().for_each(|v| self.expr(v, Dest::Escape));
                    }
                }
            }
            StmtKind::Decl(_) | StmtKind::Branch(..) | StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Labeled(_, inner) => self.stmt(inner),
            StmtKind::Expr(e) | StmtKind::IncDec(e, _) => self.expr(e, Dest::Escape),
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                // Arguments of go and defer are saved: they escape.
                if let ExprKind::Call { func, args, .. } = &strip(e).kind {
                    self.expr(func, Dest::Escape);
                    args.iter().for_each(|a| self.expr(a, Dest::Escape));
                } else {
                    self.expr(e, Dest::Escape);
                }
            }
            StmtKind::Send(a, b) => {
                self.expr(a, Dest::Escape);
                self.expr(b, Dest::Escape);
            }
            StmtKind::Assign { lhs, op, rhs, .. } => {
                if lhs.len() == rhs.len() && !matches!(op, AssignOp::Op(_)) {
                    if *op == AssignOp::Define {
                        for l in lhs {
                            if let Some(v) = self.local(l) {
                                let depth = self.depth;
                                if let Some(i) = self.vars.get_mut(&v) {
                                    i.decl_depth = depth;
                                }
                            }
                        }
                    }
                    for (l, r) in lhs.iter().zip(rhs) {
                        self.assign(l, Some(r), s.span);
                    }
                } else {
                    for l in lhs {
                        match self.local(l) {
                            Some(v) => self.drop_var(v),
                            None => self.lvalue(l),
                        }
                    }
                    rhs.iter().for_each(|r| self.expr(r, Dest::Escape));
                }
            }
            StmtKind::Return(es) => {
                for e in es {
                    self.expr(e, Dest::Return(s.span, self.cur_fn));
                }
                if es.is_empty() {
                    for r in self.named_results.clone() {
                        let depth = self.depth;
                        self.vars
                            .entry(r)
                            .or_default()
                            .transitions
                            .push((s.span, depth));
                    }
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                init.iter().for_each(|i| self.stmt(i));
                self.expr(cond, Dest::Escape);
                self.block(then);
                els.iter().for_each(|e| self.stmt(e));
            }
            StmtKind::Switch { init, tag, cases } => {
                init.iter().for_each(|i| self.stmt(i));
                tag.iter().for_each(|t| self.expr(t, Dest::Escape));
                for c in cases {
                    c.exprs.iter().for_each(|e| self.expr(e, Dest::Escape));
                    self.stmts(&c.body);
                }
            }
            StmtKind::TypeSwitch { init, x, cases, .. } => {
                init.iter().for_each(|i| self.stmt(i));
                self.expr(x, Dest::Escape);
                cases.iter().for_each(|c| self.stmts(&c.body));
            }
            StmtKind::Select(cs) => {
                for c in cs {
                    c.comm.iter().for_each(|s| self.stmt(s));
                    self.stmts(&c.body);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.depth += 1;
                init.iter().for_each(|i| self.stmt(i));
                cond.iter().for_each(|c| self.expr(c, Dest::Escape));
                self.block(body);
                post.iter().for_each(|p| self.stmt(p));
                self.depth -= 1;
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                self.expr(x, Dest::Harmless(Read::Range(s.span)));
                self.depth += 1;
                for k in key.iter().chain(value.iter()) {
                    match self.local(k) {
                        Some(v) => self.drop_var(v),
                        None => self.lvalue(k),
                    }
                }
                self.block(body);
                self.depth -= 1;
            }
        }
    }
}
