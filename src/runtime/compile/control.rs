//! Loops and switches: three-clause `for` with Go 1.22 per-iteration variables (or
//! 1.21's one per loop), `for range` over ints, slices, arrays, strings, maps and
//! channels, expression and type switches, `select`.

use super::ctx::Fcx;
use crate::lang::ast::{CaseClause, Expr, ExprKind, Stmt, StmtKind};
use crate::lang::info::{LocalId, Res};
use crate::lang::types::{Type, TypeId};
use crate::runtime::bytecode::{BinOp, Num, Op};
use crate::runtime::natives::zero_value;
use crate::runtime::value::Value;

impl Fcx<'_, '_> {
    pub(super) fn per_iteration(&self) -> bool {
        self.b.ck.options.go_version.per_iteration_loop_vars()
    }

    /// Locals declared by a `for` init statement.
    pub(super) fn declared_by(&self, s: &Stmt) -> Vec<LocalId> {
        let StmtKind::Assign { lhs, .. } = &s.kind else {
            return Vec::new();
        };
        lhs.iter()
            .filter_map(|x| match (&x.kind, self.b.ck.res(x.id)) {
                (ExprKind::Ident(i), Some(Res::Local(l))) if self.b.ck.local(*l).span == i.span => {
                    Some(*l)
                }
                _ => None,
            })
            .collect()
    }

    pub fn for_loop(
        &mut self,
        label: Option<String>,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &[Stmt],
    ) {
        let loop_vars = init.map(|i| self.declared_by(i)).unwrap_or_default();
        if let Some(i) = init {
            self.simple(i);
        }
        let top = self.here();
        let mut exit = None;
        if let Some(c) = cond {
            self.stmt_marker(c.span);
            self.expr(c);
            exit = Some(self.op(Op::JumpIfNot(0)));
        }
        self.push_loop(label, true);
        self.block(body);
        let cont = self.here();
        // Go 1.22: the next iteration gets fresh copies of the loop variables, made
        // before the post statement so closures of this iteration keep their own.
        if self.per_iteration() {
            for l in &loop_vars {
                if self.boxed.contains(l) {
                    let slot = self.slots[l];
                    self.op(Op::Load(slot));
                    self.op(Op::Deref);
                    self.op(Op::NewCell);
                    self.op(Op::Store(slot));
                }
            }
        }
        if let Some(p) = post {
            self.simple(p);
        }
        self.op(Op::Jump(top));
        let end = self.here();
        if let Some(x) = exit {
            self.patch(x, end);
        }
        self.pop_loop(cont, end);
    }

    /// Assigns the value on top to a range variable.
    pub(super) fn range_assign(&mut self, x: Option<&Expr>, define: bool) {
        let Some(x) = x else {
            self.op(Op::Pop);
            return;
        };
        let ck = self.b.ck;
        match (&x.kind, ck.res(x.id)) {
            (ExprKind::Ident(i), _) if i.is_blank() => {
                self.op(Op::Pop);
            }
            (_, Some(Res::Local(l))) if define => {
                let l = *l;
                if self.per_iteration() || !self.boxed.contains(&l) {
                    self.declare_local(l);
                } else {
                    self.store_local(l);
                }
            }
            (_, Some(Res::Local(l))) => self.store_local(*l),
            (_, Some(Res::Global(g))) => {
                self.op(Op::Global(g.0));
                self.op(Op::Swap);
                self.op(Op::StorePtr);
            }
            _ => {
                self.op(Op::Pop);
            }
        }
    }

    pub fn range(
        &mut self,
        label: Option<String>,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &[Stmt],
    ) {
        let xt = self.ty(x);
        let under = self.b.types.under(xt).clone();
        // Go 1.21: one variable for the whole loop, so make its cell once.
        if define && !self.per_iteration() {
            for v in [key, value].into_iter().flatten() {
                if let Some(Res::Local(l)) = self.b.ck.res(v.id) {
                    let l = *l;
                    if self.boxed.contains(&l) {
                        let z = zero_value(&self.b.types, self.b.ck.local(l).ty);
                        self.op(Op::Push(z));
                        self.declare_local(l);
                    }
                }
            }
        }
        let coll = self.temp();
        let idx = self.temp();
        let n = self.temp();
        self.expr(x);
        self.op(Op::Store(coll));
        let int = Num::Int(crate::lang::types::BasicKind::Int);
        match under {
            Type::Chan(..) => {
                let top = self.here();
                self.stmt_marker(x.span);
                self.op(Op::Load(coll));
                let zero = zero_value(
                    &self.b.types,
                    self.b.types.elem(xt).unwrap_or(TypeId::INVALID),
                );
                self.op(Op::Recv { ok: true, zero });
                let exit = self.op(Op::JumpIfNot(0));
                self.range_assign(key, define);
                self.push_loop(label, true);
                self.block(body);
                self.op(Op::Jump(top));
                let end = self.here();
                self.patch(exit, end);
                // The value left by the last failed receive.
                self.op(Op::Pop);
                let after = self.here();
                self.pop_loop(top, after);
                return;
            }
            Type::Map(..) => {
                self.op(Op::Load(coll));
                self.op(Op::MapKeys);
                self.op(Op::Store(n));
            }
            _ => {}
        }
        self.op(Op::Push(Value::Int(0)));
        self.op(Op::Store(idx));
        let top = self.here();
        self.stmt_marker(x.span);
        self.op(Op::Load(idx));
        match &under {
            Type::Basic(k) if k.is_integer() => self.op(Op::Load(coll)),
            Type::Map(..) => {
                self.op(Op::Load(n));
                self.op(Op::Len)
            }
            _ => {
                self.op(Op::Load(coll));
                self.op(Op::Len)
            }
        };
        self.op(Op::Bin(BinOp::Lt, int));
        let exit = self.op(Op::JumpIfNot(0));
        let mut next_idx_done = false;
        match &under {
            Type::Basic(k) if k.is_integer() => {
                self.op(Op::Load(idx));
                self.range_assign(key, define);
            }
            Type::Basic(_) => {
                // Strings: key is the byte index, value the rune; idx advances by its width.
                self.op(Op::Load(idx));
                self.range_assign(key, define);
                self.op(Op::Load(coll));
                self.op(Op::Load(idx));
                self.op(Op::StrNext);
                self.op(Op::Store(idx));
                self.range_assign(value, define);
                next_idx_done = true;
            }
            Type::Map(..) => {
                // Keys deleted during the loop are skipped.
                self.op(Op::Load(n));
                self.op(Op::Load(idx));
                self.op(Op::Index);
                let k = self.temp();
                self.op(Op::Store(k));
                self.op(Op::Load(coll));
                self.op(Op::Load(k));
                self.op(Op::MapHas);
                let skip = self.op(Op::JumpIfNot(0));
                self.op(Op::Load(k));
                self.range_assign(key, define);
                if value.is_some() {
                    self.op(Op::Load(coll));
                    self.op(Op::Load(k));
                    let vt = self.b.types.elem(xt).unwrap_or(TypeId::INVALID);
                    let zero = zero_value(&self.b.types, vt);
                    self.op(Op::MapIndex { ok: false, zero });
                    self.range_assign(value, define);
                }
                self.push_loop(label.clone(), true);
                self.block(body);
                let cont = self.here();
                let here = self.here();
                self.patch(skip, here);
                self.op(Op::Load(idx));
                self.op(Op::Push(Value::Int(1)));
                self.op(Op::Bin(BinOp::Add, int));
                self.op(Op::Store(idx));
                self.op(Op::Jump(top));
                let end = self.here();
                self.patch(exit, end);
                self.pop_loop(cont, end);
                return;
            }
            _ => {
                self.op(Op::Load(idx));
                self.range_assign(key, define);
                if value.is_some() {
                    self.op(Op::Load(coll));
                    self.op(Op::Load(idx));
                    self.op(Op::Index);
                    self.range_assign(value, define);
                }
            }
        }
        self.push_loop(label, true);
        self.block(body);
        let cont = self.here();
        if !next_idx_done {
            self.op(Op::Load(idx));
            self.op(Op::Push(Value::Int(1)));
            self.op(Op::Bin(BinOp::Add, int));
            self.op(Op::Store(idx));
        }
        self.op(Op::Jump(top));
        let end = self.here();
        self.patch(exit, end);
        self.pop_loop(cont, end);
    }

    pub fn switch(
        &mut self,
        label: Option<String>,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        cases: &[CaseClause],
    ) {
        if let Some(i) = init {
            self.simple(i);
        }
        let t = self.temp();
        let tag_ty = tag.map(|e| self.ty(e)).unwrap_or(TypeId::BOOL);
        match tag {
            Some(e) => self.expr(e),
            None => {
                self.op(Op::Push(Value::Bool(true)));
            }
        }
        self.op(Op::Store(t));
        // Tests first, in order; each jumps to its body.
        let mut to_body = Vec::new();
        for c in cases {
            let mut js = Vec::new();
            for e in &c.exprs {
                self.op(Op::Load(t));
                let et = self.ty(e);
                self.expr(e);
                let (ti, ei) = (
                    self.b.types.is_interface(tag_ty),
                    self.b.types.is_interface(et),
                );
                if ti && !ei {
                    self.convert_assign(et, tag_ty);
                }
                let num = if tag.is_none() {
                    Num::Bool
                } else {
                    self.num(tag_ty)
                };
                self.op(Op::Bin(BinOp::Eq, num));
                js.push(self.op(Op::JumpIf(0)));
            }
            to_body.push(js);
        }
        let default_jump = self.op(Op::Jump(0));
        self.push_loop(label, false);
        let mut ends = Vec::new();
        let mut fall_from: Option<usize> = None;
        for (i, c) in cases.iter().enumerate() {
            let start = self.here();
            for j in &to_body[i] {
                self.patch(*j, start);
            }
            if c.default {
                self.patch(default_jump, start);
            }
            if let Some(f) = fall_from.take() {
                self.patch(f, start);
            }
            self.block(&c.body);
            let falls = c.body.last().is_some_and(|s| {
                matches!(
                    s.kind,
                    StmtKind::Branch(crate::lang::ast::BranchKind::Fallthrough, _)
                )
            });
            let j = self.op(Op::Jump(0));
            if falls {
                fall_from = Some(j);
            } else {
                ends.push(j);
            }
        }
        let end = self.here();
        if !cases.iter().any(|c| c.default) {
            self.patch(default_jump, end);
        }
        for j in ends.into_iter().chain(fall_from) {
            self.patch(j, end);
        }
        self.pop_loop(end, end);
    }

    pub fn type_switch(
        &mut self,
        label: Option<String>,
        init: Option<&Stmt>,
        bind: bool,
        x: &Expr,
        cases: &[CaseClause],
    ) {
        if let Some(i) = init {
            self.simple(i);
        }
        let inner = match &x.kind {
            ExprKind::TypeAssert(v, _) => &**v,
            _ => x,
        };
        let t = self.temp();
        self.expr(inner);
        self.op(Op::Store(t));
        let mut to_body = Vec::new();
        for c in cases {
            let mut js = Vec::new();
            for e in &c.exprs {
                self.op(Op::Load(t));
                let ty = match self.b.ck.res(e.id) {
                    Some(Res::Nil) => TypeId::UNTYPED_NIL,
                    _ => self.ty(e),
                };
                self.op(Op::IsType(ty));
                js.push(self.op(Op::JumpIf(0)));
            }
            to_body.push(js);
        }
        let default_jump = self.op(Op::Jump(0));
        self.push_loop(label, false);
        let mut ends = Vec::new();
        for (i, c) in cases.iter().enumerate() {
            let start = self.here();
            for j in &to_body[i] {
                self.patch(*j, start);
            }
            if c.default {
                self.patch(default_jump, start);
            }
            if bind {
                if let Some(Res::Local(l)) = self.b.ck.res(c.implicit) {
                    let l = *l;
                    self.op(Op::Load(t));
                    let lt = self.b.ck.local(l).ty;
                    if c.exprs.len() == 1 && !self.b.types.is_interface(lt) {
                        let zero = zero_value(&self.b.types, lt);
                        let src = self.ty(inner);
                        self.op(Op::Assert {
                            src,
                            ty: lt,
                            ok: true,
                            zero,
                        });
                        self.op(Op::Pop);
                    }
                    self.declare_local(l);
                }
            }
            self.block(&c.body);
            ends.push(self.op(Op::Jump(0)));
        }
        let end = self.here();
        if !cases.iter().any(|c| c.default) {
            self.patch(default_jump, end);
        }
        for j in ends {
            self.patch(j, end);
        }
        self.pop_loop(end, end);
    }
}
