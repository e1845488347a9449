//! `select`: the communication cases are pushed in order for the VM, which picks one
//! (or `default`, or blocks); then the chosen case's assignments and body run.

use super::ctx::Fcx;
use crate::lang::ast::{CommClause, Expr, ExprKind, Stmt, StmtKind};
use crate::lang::types::TypeId;
use crate::runtime::bytecode::{BinOp, Num, Op};
use crate::runtime::value::Value;

impl Fcx<'_, '_> {
    pub fn select(&mut self, label: Option<String>, cases: &[CommClause], _s: &Stmt) {
        // Push (kind, channel, value) for every communication clause, in order.
        let mut comm = Vec::new();
        for c in cases {
            let Some(st) = &c.comm else { continue };
            let (send, ch, v, lhs): (bool, &Expr, Option<&Expr>, &[Expr]) = match &st.kind {
                StmtKind::Send(ch, v) => (true, ch, Some(v), &[]),
                StmtKind::Expr(e) => match &e.kind {
                    ExprKind::Unary(crate::lang::ast::UnaryOp::Recv, ch) => {
                        (false, &**ch, None, &[])
                    }
                    _ => continue,
                },
                StmtKind::Assign { lhs, rhs, .. } => match rhs.first().map(|r| &r.kind) {
                    Some(ExprKind::Unary(crate::lang::ast::UnaryOp::Recv, ch)) => {
                        (false, &**ch, None, lhs.as_slice())
                    }
                    _ => continue,
                },
                _ => continue,
            };
            self.op(Op::Push(Value::Int(send as i64)));
            self.expr(ch);
            match v {
                Some(v) => {
                    let et = self.b.types.elem(self.ty(ch)).unwrap_or(TypeId::INVALID);
                    self.expr_to(v, et);
                }
                None => {
                    self.op(Op::Push(Value::Nil));
                }
            }
            comm.push((c, lhs, st));
        }
        let has_default = cases.iter().any(|c| c.comm.is_none());
        self.op(Op::Select {
            n: comm.len() as u32,
            default: has_default,
        });
        let (t_idx, t_ok, t_val) = (self.temp(), self.temp(), self.temp());
        self.op(Op::Store(t_idx));
        self.op(Op::Store(t_ok));
        self.op(Op::Store(t_val));
        let int = Num::Int(crate::lang::types::BasicKind::Int);
        let mut jumps = Vec::new();
        for k in 0..comm.len() {
            self.op(Op::Load(t_idx));
            self.op(Op::Push(Value::Int(k as i64)));
            self.op(Op::Bin(BinOp::Eq, int));
            jumps.push(self.op(Op::JumpIf(0)));
        }
        let to_default = self.op(Op::Jump(0));
        self.push_loop(label, false);
        let mut ends = Vec::new();
        for (k, (c, lhs, st)) in comm.iter().enumerate() {
            let here = self.here();
            self.patch(jumps[k], here);
            let define = matches!(
                &st.kind,
                StmtKind::Assign {
                    op: crate::lang::ast::AssignOp::Define,
                    ..
                }
            );
            for (x, t) in lhs.iter().zip([t_val, t_ok]) {
                if define {
                    if let Some(l) = self.is_new_local(x) {
                        self.op(Op::Load(t));
                        self.declare_local(l);
                        continue;
                    }
                }
                let target = self.prepare(x);
                self.op(Op::Load(t));
                self.complete(target);
            }
            self.block(&c.body);
            ends.push(self.op(Op::Jump(0)));
        }
        let here = self.here();
        self.patch(to_default, here);
        if let Some(d) = cases.iter().find(|c| c.comm.is_none()) {
            self.block(&d.body);
        }
        let end = self.here();
        for j in ends {
            self.patch(j, end);
        }
        self.pop_loop(end, end);
    }
}
