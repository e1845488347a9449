//! Assignments in Go's order: the targets' operands first, then the values, then the
//! stores (`=`, `:=`, `op=`, `++`, comma-ok forms), and what a target is.

use super::ctx::Fcx;
use crate::lang::ast::{AssignOp, Expr, ExprKind, UnaryOp};
use crate::lang::info::{LocalId, Res, Selection};
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
    /// Pushes map `m` and key `k` (converted to the key type); returns the value type's
    /// zero value.
    pub(super) fn map_and_key(&mut self, m: &Expr, k: &Expr) -> Value {
        let (kt, vt) = match self.b.types.under(self.ty(m)) {
            Type::Map(k, v) => (*k, *v),
            _ => (TypeId::INVALID, TypeId::INVALID),
        };
        self.expr(m);
        self.expr_to(k, kt);
        zero_value(&self.b.types, vt)
    }

    /// Pushes the two values of `m[k]`, `x.(T)` or `<-ch` in comma-ok form, or the
    /// results of a multi-value call.
    pub(super) fn multi_value(&mut self, e: &Expr) {
        let inner = match &e.kind {
            ExprKind::Paren(x) => x,
            _ => e,
        };
        match &inner.kind {
            ExprKind::Index(m, k) if matches!(self.b.types.under(self.ty(m)), Type::Map(..)) => {
                let zero = self.map_and_key(m, k);
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

    pub(super) fn assign(&mut self, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) {
        if let AssignOp::Op(bop) = op {
            if let (Some(x), Some(v)) = (lhs.first(), rhs.first()) {
                let b = super::stmt::binop(bop);
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
    pub(super) fn op_assign(
        &mut self,
        x: &Expr,
        bop: BinOp,
        v: Option<&Expr>,
        konst: Option<Value>,
    ) {
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
                let zero = self.map_and_key(m, k);
                Target::Map(zero)
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
    pub(super) fn unboxed_struct_local(&self, x: &Expr) -> Option<u32> {
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

    pub(super) fn field_path_plain(&self, x: &Expr, out: &mut Vec<u32>) -> bool {
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
}
