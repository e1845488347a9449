//! Walks every expression of a file in source order (pre-order), including those
//! inside statements, declarations, types and function literals. Used by tests and by
//! tools that need to find nodes (e.g. the expression under a cursor).

use super::ast::*;

/// Calls `f` on every expression in `file`.
pub fn walk_file(file: &File, f: &mut dyn FnMut(&Expr)) {
    for d in &file.decls {
        match d {
            Decl::Func(fd) => {
                if let Some(r) = &fd.recv {
                    field(r, f);
                }
                func_type(&fd.ty, f);
                if let Some(b) = &fd.body {
                    stmts(&b.stmts, f);
                }
            }
            Decl::Gen(g) => gen_decl(g, f),
            Decl::Bad(_) => {}
        }
    }
}

fn gen_decl(g: &GenDecl, f: &mut dyn FnMut(&Expr)) {
    match g {
        GenDecl::Var(specs) | GenDecl::Const(specs) => {
            for s in specs {
                if let Some(t) = &s.ty {
                    walk_expr(t, f);
                }
                for v in &s.values {
                    walk_expr(v, f);
                }
            }
        }
        GenDecl::Type(specs) => {
            for s in specs {
                walk_expr(&s.ty, f);
            }
        }
    }
}

fn field(fl: &Field, f: &mut dyn FnMut(&Expr)) {
    walk_expr(&fl.ty, f);
}

fn func_type(t: &FuncType, f: &mut dyn FnMut(&Expr)) {
    for p in t.params.iter().chain(&t.results) {
        field(p, f);
    }
}

fn stmts(list: &[Stmt], f: &mut dyn FnMut(&Expr)) {
    for s in list {
        stmt(s, f);
    }
}

/// Calls `f` on every expression in `s`.
pub fn stmt(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    match &s.kind {
        StmtKind::Decl(g) => gen_decl(g, f),
        StmtKind::Labeled(_, inner) => stmt(inner, f),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec(e, _) => {
            walk_expr(e, f)
        }
        StmtKind::Send(a, b) => {
            walk_expr(a, f);
            walk_expr(b, f);
        }
        StmtKind::Assign { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs) {
                walk_expr(e, f);
            }
        }
        StmtKind::Return(es) => {
            for e in es {
                walk_expr(e, f);
            }
        }
        StmtKind::Branch(..) | StmtKind::Empty | StmtKind::Bad => {}
        StmtKind::Block(b) => stmts(&b.stmts, f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                stmt(i, f);
            }
            walk_expr(cond, f);
            stmts(&then.stmts, f);
            if let Some(e) = els {
                stmt(e, f);
            }
        }
        StmtKind::Switch { init, tag, cases } => {
            if let Some(i) = init {
                stmt(i, f);
            }
            if let Some(t) = tag {
                walk_expr(t, f);
            }
            clauses(cases, f);
        }
        StmtKind::TypeSwitch { init, x, cases, .. } => {
            if let Some(i) = init {
                stmt(i, f);
            }
            walk_expr(x, f);
            clauses(cases, f);
        }
        StmtKind::Select(cs) => {
            for c in cs {
                if let Some(comm) = &c.comm {
                    stmt(comm, f);
                }
                stmts(&c.body, f);
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                stmt(i, f);
            }
            if let Some(c) = cond {
                walk_expr(c, f);
            }
            if let Some(p) = post {
                stmt(p, f);
            }
            stmts(&body.stmts, f);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in [key, value].into_iter().flatten() {
                walk_expr(e, f);
            }
            walk_expr(x, f);
            stmts(&body.stmts, f);
        }
    }
}

fn clauses(cases: &[CaseClause], f: &mut dyn FnMut(&Expr)) {
    for c in cases {
        for e in &c.exprs {
            walk_expr(e, f);
        }
        stmts(&c.body, f);
    }
}

/// Calls `f` on `e` and every expression inside it.
pub fn walk_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::BasicLit(..) | ExprKind::Bad => {}
        ExprKind::Composite { ty, elts, .. } => {
            if let Some(t) = ty {
                walk_expr(t, f);
            }
            for x in elts {
                walk_expr(x, f);
            }
        }
        ExprKind::FuncLit { ty, body } => {
            func_type(ty, f);
            stmts(&body.stmts, f);
        }
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::Unary(_, x)
        | ExprKind::Selector(x, _) => walk_expr(x, f),
        ExprKind::TypeAssert(x, t) => {
            walk_expr(x, f);
            if let Some(t) = t {
                walk_expr(t, f);
            }
        }
        ExprKind::Index(a, b)
        | ExprKind::Binary(_, a, b)
        | ExprKind::KeyValue(a, b)
        | ExprKind::MapType(a, b) => {
            walk_expr(a, f);
            walk_expr(b, f);
        }
        ExprKind::Slice { x, lo, hi, max } => {
            walk_expr(x, f);
            for i in [lo, hi, max].into_iter().flatten() {
                walk_expr(i, f);
            }
        }
        ExprKind::Call { func, args, .. } => {
            walk_expr(func, f);
            for a in args {
                walk_expr(a, f);
            }
        }
        ExprKind::ArrayType { len, elem } => {
            if let Some(l) = len {
                walk_expr(l, f);
            }
            walk_expr(elem, f);
        }
        ExprKind::ChanType(_, x) => walk_expr(x, f),
        ExprKind::FuncType(t) => func_type(t, f),
        ExprKind::StructType(fields) => {
            for fl in fields {
                field(fl, f);
            }
        }
        ExprKind::InterfaceType(elems) => {
            for el in elems {
                match el {
                    InterfaceElem::Method { ty, .. } => func_type(ty, f),
                    InterfaceElem::Embed(t) => walk_expr(t, f),
                }
            }
        }
        ExprKind::Ellipsis(t) => {
            if let Some(t) = t {
                walk_expr(t, f);
            }
        }
    }
}
