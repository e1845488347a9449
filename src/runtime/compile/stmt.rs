//! Statements: declarations, assignments (with Go's evaluate-then-assign order),
//! control flow with labelled break/continue, `for` loops with per-iteration
//! variables (Go ≥ 1.22) or one variable per loop (1.21), switches, defer and go.

use super::ctx::{Fcx, LoopCx};
use crate::lang::ast::{BranchKind, Expr, GenDecl, Stmt, StmtKind, ValueSpec};
use crate::lang::info::{GlobalId, LocalId, Res};
use crate::lang::types::{Type, TypeId};
use crate::runtime::bytecode::{BinOp, Op};
use crate::runtime::natives::zero_value;

impl Fcx<'_, '_> {
    pub fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Block(b) => return self.block(&b.stmts),
            StmtKind::Labeled(l, inner) => {
                self.pending_label = Some(l.name.clone());
                return self.stmt(inner);
            }
            StmtKind::Empty => return,
            _ => {}
        }
        let label = self.pending_label.take();
        if !std::mem::take(&mut self.no_marker) {
            self.stmt_marker(s.span);
        }
        self.moves_to_heap(s.span);
        match &s.kind {
            StmtKind::Decl(GenDecl::Var(specs)) => {
                for spec in specs {
                    self.var_spec(spec);
                }
            }
            StmtKind::Decl(_) => {}
            StmtKind::Expr(e) => {
                self.expr(e);
                let n = self.result_count(e);
                for _ in 0..n {
                    self.op(Op::Pop);
                }
            }
            StmtKind::Send(ch, v) => {
                self.expr(ch);
                let et = self.b.types.elem(self.ty(ch)).unwrap_or(TypeId::INVALID);
                self.expr_to(v, et);
                self.op(Op::Send);
            }
            StmtKind::IncDec(x, inc) => {
                let t = self.ty(x);
                let one = self.const_value(&crate::lang::types::ConstValue::Int(1), t);
                self.op_assign(
                    x,
                    if *inc { BinOp::Add } else { BinOp::Sub },
                    None,
                    Some(one),
                );
            }
            StmtKind::Assign { lhs, op, rhs, .. } => self.assign(lhs, *op, rhs),
            StmtKind::Go(call) => {
                let argc = self.call_parts(call);
                self.op(Op::Go { argc });
            }
            StmtKind::Defer(call) => {
                let argc = self.call_parts(call);
                self.op(Op::Defer { argc });
            }
            StmtKind::Return(es) => self.ret(es),
            StmtKind::Branch(kind, l) => self.branch(*kind, l.as_ref().map(|i| i.name.as_str()), s),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.simple(i);
                }
                self.expr(cond);
                let j = self.op(Op::JumpIfNot(0));
                self.block(&then.stmts);
                if let Some(e) = els {
                    let end = self.op(Op::Jump(0));
                    let here = self.here();
                    self.patch(j, here);
                    self.stmt(e);
                    let here = self.here();
                    self.patch(end, here);
                } else {
                    let here = self.here();
                    self.patch(j, here);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_loop(
                label,
                init.as_deref(),
                cond.as_ref(),
                post.as_deref(),
                &body.stmts,
            ),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range(label, key.as_ref(), value.as_ref(), *define, x, &body.stmts),
            StmtKind::Switch { init, tag, cases } => {
                self.switch(label, init.as_deref(), tag.as_ref(), cases)
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                cases,
            } => self.type_switch(label, init.as_deref(), bind.is_some(), x, cases),
            StmtKind::Select(cases) => self.select(label, cases, s),
            StmtKind::Block(_) | StmtKind::Labeled(..) | StmtKind::Empty => {}
            StmtKind::Bad => self.b.err(s.span, "syntax error"),
        }
    }

    /// The init/post statement of an `if`, `for` or `switch`, without its own step.
    pub fn simple(&mut self, s: &Stmt) {
        self.no_marker = true;
        self.stmt(s);
        self.no_marker = false;
    }

    pub fn result_count(&self, e: &Expr) -> usize {
        let t = self.ty(e);
        match self.b.types.get(t) {
            Type::Tuple(ts) => ts.len(),
            _ => 1,
        }
    }

    pub(super) fn var_spec(&mut self, spec: &ValueSpec) {
        let ck = self.b.ck;
        let locals: Vec<Option<LocalId>> = spec
            .names
            .iter()
            .map(|n| match ck.res(n.id) {
                Some(Res::Local(l)) => Some(*l),
                _ => None,
            })
            .collect();
        if spec.values.is_empty() {
            for l in locals.iter().flatten() {
                let z = zero_value(&self.b.types, ck.local(*l).ty);
                self.op(Op::Push(z));
                self.declare_local(*l);
            }
            return;
        }
        if spec.values.len() == 1 && locals.len() > 1 {
            self.multi_value(&spec.values[0]);
            for l in locals.iter().rev() {
                match l {
                    Some(l) => self.declare_local(*l),
                    None => {
                        self.op(Op::Pop);
                    }
                }
            }
            return;
        }
        for (l, v) in locals.iter().zip(spec.values.iter()) {
            let to = l.map_or(TypeId::INVALID, |l| ck.local(l).ty);
            self.expr_to(v, to);
        }
        for l in locals.iter().rev() {
            match l {
                Some(l) => self.declare_local(*l),
                None => {
                    self.op(Op::Pop);
                }
            }
        }
    }

    /// A package-level `var` spec, run by the entry function.
    pub fn global_init(&mut self, spec: &ValueSpec, globals: &[Option<GlobalId>]) {
        let ck = self.b.ck;
        if spec.values.is_empty() {
            return;
        }
        if spec.values.len() == 1 && globals.len() > 1 {
            self.multi_value(&spec.values[0]);
        } else {
            for (g, v) in globals.iter().zip(spec.values.iter()) {
                let to = g.map_or(TypeId::INVALID, |g| ck.globals[g.0 as usize].ty);
                self.expr_to(v, to);
            }
        }
        for g in globals.iter().rev() {
            match g {
                Some(g) => {
                    self.op(Op::Global(g.0));
                    self.op(Op::Swap);
                    self.op(Op::StorePtr);
                }
                None => {
                    self.op(Op::Pop);
                }
            }
        }
    }

    pub(super) fn ret(&mut self, es: &[Expr]) {
        let results = self.results.clone();
        if es.len() == 1 && results.len() > 1 {
            self.expr(&es[0]);
            for r in results.iter().rev() {
                self.store_local(*r);
            }
        } else if !es.is_empty() {
            for (e, r) in es.iter().zip(results.iter()) {
                let t = self.b.ck.local(*r).ty;
                self.expr_to(e, t);
            }
            for r in results.iter().rev() {
                self.store_local(*r);
            }
        }
        self.op(Op::Return);
    }

    pub(super) fn branch(&mut self, kind: BranchKind, label: Option<&str>, s: &Stmt) {
        if kind == BranchKind::Fallthrough {
            return; // the switch links the clause to the next body
        }
        let idx = match label {
            Some(l) => self
                .loops
                .iter()
                .rposition(|c| c.label.as_deref() == Some(l)),
            None => match kind {
                BranchKind::Continue => self.loops.iter().rposition(|c| c.is_loop),
                _ => self.loops.len().checked_sub(1),
            },
        };
        let Some(idx) = idx else {
            if kind != BranchKind::Fallthrough {
                self.b.err(s.span, "poolscope: unsupported branch");
            }
            return;
        };
        let j = self.op(Op::Jump(0));
        match kind {
            BranchKind::Break => self.loops[idx].breaks.push(j),
            BranchKind::Continue => self.loops[idx].continues.push(j),
            _ => self.b.err(s.span, "poolscope: goto is not supported"),
        }
    }

    pub fn push_loop(&mut self, label: Option<String>, is_loop: bool) {
        self.loops.push(LoopCx {
            label,
            is_loop,
            breaks: Vec::new(),
            continues: Vec::new(),
        });
    }

    /// Pops a loop, pointing its breaks at `end` and continues at `cont`.
    pub fn pop_loop(&mut self, cont: u32, end: u32) {
        if let Some(l) = self.loops.pop() {
            for b in l.breaks {
                self.patch(b, end);
            }
            for c in l.continues {
                self.patch(c, cont);
            }
        }
    }
}

/// The VM operator for an `op=` assignment.
pub fn binop(b: crate::lang::ast::BinaryOp) -> BinOp {
    use crate::lang::ast::BinaryOp as B;
    match b {
        B::Add => BinOp::Add,
        B::Sub => BinOp::Sub,
        B::Mul => BinOp::Mul,
        B::Quo => BinOp::Div,
        B::Rem => BinOp::Rem,
        B::And => BinOp::And,
        B::Or => BinOp::Or,
        B::Xor => BinOp::Xor,
        B::Shl => BinOp::Shl,
        B::Shr => BinOp::Shr,
        B::AndNot => BinOp::AndNot,
        _ => BinOp::Add,
    }
}
