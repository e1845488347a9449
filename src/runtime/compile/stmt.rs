//! Statements: declarations, assignments (with Go's evaluate-then-assign order),
//! control flow with labelled break/continue, `for` loops with per-iteration
//! variables (Go ≥ 1.22) or one variable per loop (1.21), switches, defer and go.

use super::ctx::{Fcx, LoopCx};
use crate::lang::ast::{
    AssignOp, BranchKind, Expr, ExprKind, GenDecl, Stmt, StmtKind, UnaryOp, ValueSpec,
};
use crate::lang::info::{GlobalId, LocalId, Res, Selection};
use crate::lang::types::{Type, TypeId};
use crate::runtime::bytecode::{BinOp, Op};
use crate::runtime::natives::zero_value;
use crate::runtime::value::Value;

/// An assignment target, prepared before the value is computed.
pub(super) enum Target {
    Blank,
    Local(LocalId),
    /// A field path inside an unboxed local struct.
    LocalPath(u32, Vec<u32>),
    /// A pointer is on the stack.
    Ptr,
    /// Map and key are on the stack.
    Map(Value),
}

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

    fn var_spec(&mut self, spec: &ValueSpec) {
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

    /// Pushes the two values of `m[k]`, `x.(T)` or `<-ch` in comma-ok form, or the
    /// results of a multi-value call.
    fn multi_value(&mut self, e: &Expr) {
        let inner = match &e.kind {
            ExprKind::Paren(x) => x,
            _ => e,
        };
        match &inner.kind {
            ExprKind::Index(m, k) if matches!(self.b.types.under(self.ty(m)), Type::Map(..)) => {
                let (kt, vt) = match self.b.types.under(self.ty(m)) {
                    Type::Map(k, v) => (*k, *v),
                    _ => (TypeId::INVALID, TypeId::INVALID),
                };
                self.expr(m);
                self.expr_to(k, kt);
                let zero = zero_value(&self.b.types, vt);
                self.op(Op::MapIndex { ok: true, zero });
            }
            ExprKind::TypeAssert(x, Some(t)) => {
                self.expr(x);
                let ty = self.ty(t);
                let zero = zero_value(&self.b.types, ty);
                let src = self.ty(x);
                self.op(Op::Assert {
                    src,
                    ty,
                    ok: true,
                    zero,
                });
            }
            ExprKind::Unary(UnaryOp::Recv, ch) => {
                self.expr(ch);
                let et = self.b.types.elem(self.ty(ch)).unwrap_or(TypeId::INVALID);
                let zero = zero_value(&self.b.types, et);
                self.op(Op::Recv { ok: true, zero });
            }
            _ => self.expr(e),
        }
    }

    pub(super) fn is_new_local(&self, x: &Expr) -> Option<LocalId> {
        let ExprKind::Ident(id) = &x.kind else {
            return None;
        };
        match self.b.ck.res(x.id) {
            Some(Res::Local(l)) if self.b.ck.local(*l).span == id.span => Some(*l),
            _ => None,
        }
    }

    fn assign(&mut self, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) {
        if let AssignOp::Op(bop) = op {
            if let (Some(x), Some(v)) = (lhs.first(), rhs.first()) {
                let b = binop(bop);
                self.op_assign(x, b, Some(v), None);
            }
            return;
        }
        let define = op == AssignOp::Define;
        if lhs.len() == 1 && rhs.len() == 1 {
            let x = &lhs[0];
            if define {
                if let Some(l) = self.is_new_local(x) {
                    let t = self.b.ck.local(l).ty;
                    self.expr_to(&rhs[0], t);
                    self.declare_local(l);
                    return;
                }
            }
            let t = self.prepare(x);
            let to = self.ty(x);
            self.expr_to(&rhs[0], to);
            self.complete(t);
            return;
        }
        // Several targets: evaluate every value into temporaries, then assign in order.
        let temps: Vec<u32> = lhs.iter().map(|_| self.temp()).collect();
        if rhs.len() == 1 {
            self.multi_value(&rhs[0]);
            for t in temps.iter().rev() {
                self.op(Op::Store(*t));
            }
        } else {
            for (x, v) in lhs.iter().zip(rhs.iter()) {
                let to = self.ty(x);
                self.expr_to(v, to);
            }
            for t in temps.iter().rev() {
                self.op(Op::Store(*t));
            }
        }
        for (x, t) in lhs.iter().zip(temps.iter()) {
            if define {
                if let Some(l) = self.is_new_local(x) {
                    self.op(Op::Load(*t));
                    self.declare_local(l);
                    continue;
                }
            }
            let target = self.prepare(x);
            self.op(Op::Load(*t));
            self.complete(target);
        }
    }

    /// `x op= v` (or `x++` with `konst`).
    fn op_assign(&mut self, x: &Expr, bop: BinOp, v: Option<&Expr>, konst: Option<Value>) {
        let t = self.ty(x);
        let target = self.prepare(x);
        match &target {
            Target::Blank => {}
            Target::Local(l) => self.load_local(*l),
            Target::LocalPath(slot, path) => {
                self.op(Op::Load(*slot));
                for f in path.clone() {
                    self.op(Op::Field(f));
                }
            }
            Target::Ptr => {
                self.op(Op::Dup);
                self.op(Op::Deref);
            }
            Target::Map(zero) => {
                self.op(Op::Dup2);
                self.op(Op::MapIndex {
                    ok: false,
                    zero: zero.clone(),
                });
            }
        }
        match (v, konst) {
            (Some(v), _) => self.expr(v),
            (None, Some(k)) => {
                self.op(Op::Push(k));
            }
            _ => {}
        }
        let num = self.num(t);
        self.op(Op::Bin(bop, num));
        self.complete(target);
    }

    /// Evaluates the operands of an assignment target (Go evaluates them first).
    pub(super) fn prepare(&mut self, x: &Expr) -> Target {
        let ck = self.b.ck;
        match &x.kind {
            ExprKind::Paren(e) => self.prepare(e),
            ExprKind::Ident(i) if i.is_blank() => Target::Blank,
            ExprKind::Ident(_) => match ck.res(x.id) {
                Some(Res::Local(l)) => Target::Local(*l),
                Some(Res::Global(g)) => {
                    self.op(Op::Global(g.0));
                    Target::Ptr
                }
                _ => Target::Blank,
            },
            ExprKind::Index(m, k) if matches!(self.b.types.under(self.ty(m)), Type::Map(..)) => {
                let (kt, vt) = match self.b.types.under(self.ty(m)) {
                    Type::Map(k, v) => (*k, *v),
                    _ => (TypeId::INVALID, TypeId::INVALID),
                };
                self.expr(m);
                self.expr_to(k, kt);
                Target::Map(zero_value(&self.b.types, vt))
            }
            ExprKind::Selector(inner, _) => {
                if let (Some(Selection::Field { path }), Some(root)) =
                    (ck.selections.get(&x.id), self.unboxed_struct_local(inner))
                {
                    let mut p = vec![];
                    if self.field_path_plain(inner, &mut p) {
                        p.extend(path.iter().map(|&i| i as u32));
                        return Target::LocalPath(root, p);
                    }
                }
                if !self.addr_of(x) {
                    self.b.err(x.span, "poolscope: cannot assign to this");
                }
                Target::Ptr
            }
            _ => {
                if !self.addr_of(x) {
                    self.b.err(x.span, "poolscope: cannot assign to this");
                }
                Target::Ptr
            }
        }
    }

    /// The slot of the unboxed local struct that `x` (a chain of value fields) is in.
    fn unboxed_struct_local(&self, x: &Expr) -> Option<u32> {
        match &x.kind {
            ExprKind::Ident(_) => match self.b.ck.res(x.id) {
                Some(Res::Local(l))
                    if !self.boxed.contains(l)
                        && !matches!(self.b.types.under(self.ty(x)), Type::Pointer(_)) =>
                {
                    self.slots.get(l).copied()
                }
                _ => None,
            },
            ExprKind::Selector(inner, _)
                if !matches!(self.b.types.under(self.ty(inner)), Type::Pointer(_)) =>
            {
                self.unboxed_struct_local(inner)
            }
            ExprKind::Paren(e) => self.unboxed_struct_local(e),
            _ => None,
        }
    }

    fn field_path_plain(&self, x: &Expr, out: &mut Vec<u32>) -> bool {
        match &x.kind {
            ExprKind::Ident(_) => true,
            ExprKind::Paren(e) => self.field_path_plain(e, out),
            ExprKind::Selector(inner, _) => match self.b.ck.selections.get(&x.id) {
                Some(Selection::Field { path }) if self.field_path_plain(inner, out) => {
                    out.extend(path.iter().map(|&i| i as u32));
                    true
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Stores the value on top into a prepared target.
    pub(super) fn complete(&mut self, t: Target) {
        match t {
            Target::Blank => {
                self.op(Op::Pop);
            }
            Target::Local(l) => self.store_local(l),
            Target::LocalPath(slot, path) => {
                self.op(Op::Load(slot));
                self.op(Op::Swap);
                self.op(Op::SetPath(path.into_boxed_slice()));
                self.op(Op::Store(slot));
            }
            Target::Ptr => {
                self.op(Op::StorePtr);
            }
            Target::Map(_) => {
                self.op(Op::MapStore);
            }
        }
    }

    fn ret(&mut self, es: &[Expr]) {
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

    fn branch(&mut self, kind: BranchKind, label: Option<&str>, s: &Stmt) {
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
