//! Addresses: which locals have their address taken (so they live in cells), and
//! compiling `&x`, `&s.f`, `&a[i]`, field reads through pointers, and assignment targets.

use super::ctx::Fcx;
use crate::lang::ast::{Expr, ExprKind, Stmt, StmtKind, UnaryOp};
use crate::lang::info::{Checked, LocalId, Res, Selection};
use crate::lang::types::{Type, TypeId};
use crate::runtime::bytecode::Op;
use std::collections::HashSet;

/// Calls `f` on every expression of the file (pre-order).
pub fn each_expr(ck: &Checked, f: &mut dyn FnMut(&Expr)) {
    for d in &ck.file.decls {
        match d {
            crate::lang::ast::Decl::Func(fd) => {
                if let Some(b) = &fd.body {
                    b.stmts.iter().for_each(|s| walk_stmt(s, f));
                }
            }
            crate::lang::ast::Decl::Gen(g) => walk_gen(g, f),
            crate::lang::ast::Decl::Bad(_) => {}
        }
    }
}

fn walk_gen(g: &crate::lang::ast::GenDecl, f: &mut dyn FnMut(&Expr)) {
    if let crate::lang::ast::GenDecl::Var(specs) | crate::lang::ast::GenDecl::Const(specs) = g {
        for s in specs {
            s.values.iter().for_each(|e| walk_expr(e, f));
        }
    }
}

fn walk_stmt(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    match &s.kind {
        StmtKind::Decl(g) => walk_gen(g, f),
        StmtKind::Labeled(_, s) => walk_stmt(s, f),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec(e, _) => {
            walk_expr(e, f)
        }
        StmtKind::Send(a, b) => {
            walk_expr(a, f);
            walk_expr(b, f);
        }
        StmtKind::Assign { lhs, rhs, .. } => {
            lhs.iter().chain(rhs.iter()).for_each(|e| walk_expr(e, f))
        }
        StmtKind::Return(es) => es.iter().for_each(|e| walk_expr(e, f)),
        StmtKind::Block(b) => b.stmts.iter().for_each(|s| walk_stmt(s, f)),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            init.iter().for_each(|s| walk_stmt(s, f));
            walk_expr(cond, f);
            then.stmts.iter().for_each(|s| walk_stmt(s, f));
            els.iter().for_each(|s| walk_stmt(s, f));
        }
        StmtKind::Switch { init, tag, cases } => {
            init.iter().for_each(|s| walk_stmt(s, f));
            tag.iter().for_each(|e| walk_expr(e, f));
            for c in cases {
                c.exprs.iter().for_each(|e| walk_expr(e, f));
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::TypeSwitch { init, x, cases, .. } => {
            init.iter().for_each(|s| walk_stmt(s, f));
            walk_expr(x, f);
            for c in cases {
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::Select(cs) => {
            for c in cs {
                c.comm.iter().for_each(|s| walk_stmt(s, f));
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            init.iter().for_each(|s| walk_stmt(s, f));
            cond.iter().for_each(|e| walk_expr(e, f));
            post.iter().for_each(|s| walk_stmt(s, f));
            body.stmts.iter().for_each(|s| walk_stmt(s, f));
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            key.iter().chain(value.iter()).for_each(|e| walk_expr(e, f));
            walk_expr(x, f);
            body.stmts.iter().for_each(|s| walk_stmt(s, f));
        }
        StmtKind::Branch(..) | StmtKind::Empty | StmtKind::Bad => {}
    }
}

fn walk_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::Composite { elts, .. } => elts.iter().for_each(|x| walk_expr(x, f)),
        ExprKind::FuncLit { body, .. } => body.stmts.iter().for_each(|s| walk_stmt(s, f)),
        ExprKind::Paren(x)
        | ExprKind::Selector(x, _)
        | ExprKind::Star(x)
        | ExprKind::Unary(_, x) => walk_expr(x, f),
        ExprKind::TypeAssert(x, _) => walk_expr(x, f),
        ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) | ExprKind::KeyValue(a, b) => {
            walk_expr(a, f);
            walk_expr(b, f);
        }
        ExprKind::Slice { x, lo, hi, max } => {
            walk_expr(x, f);
            lo.iter()
                .chain(hi.iter())
                .chain(max.iter())
                .for_each(|e| walk_expr(e, f));
        }
        ExprKind::Call { func, args, .. } => {
            walk_expr(func, f);
            args.iter().for_each(|a| walk_expr(a, f));
        }
        _ => {}
    }
}

/// The type of `e`, falling back to the declared type of a variable the checker did
/// not annotate (assignment targets).
pub fn expr_ty(ck: &Checked, e: &Expr) -> TypeId {
    let t = ck.ty(e.id);
    if t != TypeId::INVALID {
        return t;
    }
    match (&e.kind, ck.res(e.id)) {
        (ExprKind::Ident(_), Some(Res::Local(l))) => ck.local(*l).ty,
        (ExprKind::Ident(_), Some(Res::Global(g))) => ck.globals[g.0 as usize].ty,
        (ExprKind::Paren(x), _) => expr_ty(ck, x),
        _ => t,
    }
}

/// The local variable an addressable expression is rooted in (`x` in `x.f[2]` for
/// struct and array values; not through pointers or slices).
fn root_local(ck: &Checked, e: &Expr) -> Option<LocalId> {
    match &e.kind {
        ExprKind::Ident(_) => match ck.res(e.id) {
            Some(Res::Local(l)) => Some(*l),
            _ => None,
        },
        ExprKind::Paren(x) => root_local(ck, x),
        ExprKind::Selector(x, _) => match ck.selections.get(&e.id) {
            Some(Selection::Field { .. })
                if !matches!(ck.types.under(expr_ty(ck, x)), Type::Pointer(_)) =>
            {
                root_local(ck, x)
            }
            _ => None,
        },
        ExprKind::Index(x, _) if matches!(ck.types.under(expr_ty(ck, x)), Type::Array(..)) => {
            root_local(ck, x)
        }
        _ => None,
    }
}

/// Locals whose address is taken: by `&`, by calling a pointer method on them, or by
/// slicing an array.
pub fn addr_taken(ck: &Checked) -> HashSet<LocalId> {
    let mut set = HashSet::new();
    each_expr(ck, &mut |e| match &e.kind {
        ExprKind::Unary(UnaryOp::Addr, x) => set.extend(root_local(ck, x)),
        ExprKind::Selector(x, _) => {
            if let Some(Selection::Method { addr: true, .. }) = ck.selections.get(&e.id) {
                set.extend(root_local(ck, x));
            }
            // Selecting a field of a struct that lives in a cell needs the cell too.
        }
        ExprKind::Slice { x, .. } | ExprKind::Index(x, _)
            if matches!(ck.types.under(expr_ty(ck, x)), Type::Array(..)) =>
        {
            set.extend(root_local(ck, x))
        }
        _ => {}
    });
    set
}

/// Where a field walk stands: a value of a type, or a pointer to one.
#[derive(Clone, Copy)]
pub enum Cur {
    Val(TypeId),
    Addr(TypeId),
}

impl Fcx<'_, '_> {
    fn field_ty(&self, st: TypeId, i: usize) -> TypeId {
        match self.b.types.under(st) {
            Type::Struct(fs) => fs.get(i).map_or(TypeId::INVALID, |f| f.ty),
            _ => TypeId::INVALID,
        }
    }

    /// Walks `path` of struct fields from the value or pointer on top of the stack.
    pub fn walk_fields(&mut self, mut cur: Cur, path: &[usize]) -> Cur {
        for &i in path {
            cur = match cur {
                Cur::Val(t) => {
                    if let Type::Pointer(e) = self.b.types.under(t).clone() {
                        Cur::Addr(e)
                    } else {
                        Cur::Val(t)
                    }
                }
                c => c,
            };
            cur = match cur {
                Cur::Val(t) => {
                    self.op(Op::Field(i as u32));
                    Cur::Val(self.field_ty(t, i))
                }
                Cur::Addr(t) => {
                    self.op(Op::FieldPtr(i as u32));
                    let ft = self.field_ty(t, i);
                    Cur::Addr(ft)
                }
            };
            // A pointer-typed field reached by address: load it, to walk on through it.
            if let Cur::Addr(ft) = cur {
                if matches!(self.b.types.under(ft), Type::Pointer(_)) && path.last() != Some(&i) {
                    self.op(Op::Deref);
                    cur = Cur::Val(ft);
                }
            }
        }
        cur
    }

    /// Turns a walk result into a value on the stack.
    pub fn cur_value(&mut self, cur: Cur) {
        if let Cur::Addr(_) = cur {
            self.op(Op::Deref);
        }
    }

    /// Where `x` stands before a field walk: its address if it lives in memory we can
    /// address cheaply, else its value.
    pub fn start_walk(&mut self, x: &Expr) -> Cur {
        let t = self.ty(x);
        if let Type::Pointer(e) = self.b.types.under(t).clone() {
            self.expr(x);
            return Cur::Addr(e);
        }
        if self.addressable_cheap(x) && self.addr_of(x) {
            return Cur::Addr(t);
        }
        self.expr(x);
        Cur::Val(t)
    }

    fn addressable_cheap(&self, x: &Expr) -> bool {
        match &x.kind {
            ExprKind::Ident(_) => match self.b.ck.res(x.id) {
                Some(Res::Local(l)) => self.boxed.contains(l) || self.caps.contains_key(l),
                Some(Res::Global(_)) => true,
                _ => false,
            },
            ExprKind::Paren(e) => self.addressable_cheap(e),
            ExprKind::Star(_) => true,
            ExprKind::Selector(..) | ExprKind::Index(..) => {
                matches!(self.b.ck.mode(x.id), crate::lang::info::Mode::Variable)
                    && self.root_addressable(x)
            }
            _ => false,
        }
    }

    fn root_addressable(&self, x: &Expr) -> bool {
        match &x.kind {
            ExprKind::Selector(inner, _) => {
                matches!(self.b.types.under(self.ty(inner)), Type::Pointer(_))
                    || self.addressable_cheap(inner)
            }
            ExprKind::Index(inner, _) => {
                matches!(self.b.types.under(self.ty(inner)), Type::Slice(_))
                    || self.addressable_cheap(inner)
            }
            _ => false,
        }
    }

    /// Pushes the address of `x`; false if `x` has none we can make.
    pub fn addr_of(&mut self, x: &Expr) -> bool {
        let ck = self.b.ck;
        match &x.kind {
            ExprKind::Paren(e) => self.addr_of(e),
            ExprKind::Ident(_) => match ck.res(x.id) {
                Some(Res::Local(l)) => self.local_cell(*l),
                Some(Res::Global(g)) => {
                    self.op(Op::Global(g.0));
                    true
                }
                _ => false,
            },
            ExprKind::Star(p) => {
                self.expr(p);
                true
            }
            ExprKind::Composite { .. } => {
                self.expr(x);
                self.op(Op::NewCell);
                true
            }
            ExprKind::Selector(inner, _) => {
                let Some(Selection::Field { path }) = ck.selections.get(&x.id).cloned() else {
                    return false;
                };
                let cur = self.start_walk(inner);
                match self.walk_fields(cur, &path) {
                    Cur::Addr(_) => true,
                    Cur::Val(_) => {
                        // A field of a non-addressable value: copy it into a fresh cell.
                        self.op(Op::NewCell);
                        true
                    }
                }
            }
            ExprKind::Index(inner, idx) => {
                let t = self.ty(inner);
                match self.b.types.under(t).clone() {
                    Type::Slice(_) => {
                        self.expr(inner);
                        self.expr(idx);
                        self.op(Op::ElemPtr);
                        true
                    }
                    Type::Pointer(_) => {
                        self.expr(inner);
                        self.expr(idx);
                        self.op(Op::ElemPtr);
                        true
                    }
                    Type::Array(..) => {
                        if !self.addr_of(inner) {
                            self.expr(inner);
                            self.op(Op::NewCell);
                        }
                        self.expr(idx);
                        self.op(Op::ElemPtr);
                        true
                    }
                    _ => false,
                }
            }
            _ => {
                self.expr(x);
                self.op(Op::NewCell);
                true
            }
        }
    }
}
