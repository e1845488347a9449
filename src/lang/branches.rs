//! The branch checks gc's parser makes on every function body (`syntax.checkBranches`)
//! before type checking: `break`/`continue` outside a loop, undefined or invalid labels,
//! misplaced `fallthrough`, and labels defined and not used. They are reported before
//! any type error, which matters for which ten errors gc shows.

use super::ast::*;
use super::diag::Diagnostic;

/// Branch diagnostics of every function body (and function literal) in `file`.
pub fn check_branches(file: &File) -> Vec<Diagnostic> {
    check_branches_except(file, &[])
}

/// Like [`check_branches`], but skipping every function body that contains one of the
/// `syntax_errors` positions: gc checks branches only in bodies that parsed cleanly.
pub fn check_branches_except(file: &File, syntax_errors: &[u32]) -> Vec<Diagnostic> {
    let mut out = Out {
        diags: Vec::new(),
        skip: syntax_errors.to_vec(),
    };
    check_all(file, &mut out);
    out.diags
}

/// Where diagnostics go, and the syntax error positions whose bodies are skipped.
struct Out {
    diags: Vec<Diagnostic>,
    skip: Vec<u32>,
}

fn check_all(file: &File, diags: &mut Out) {
    for d in &file.decls {
        if let Decl::Func(f) = d {
            if let Some(body) = &f.body {
                func_body(body, diags);
            }
        }
        if let Decl::Gen(GenDecl::Var(specs)) = d {
            for s in specs {
                for v in &s.values {
                    lits_in_expr(v, diags);
                }
            }
        }
    }
}

struct Label<'a> {
    ident: &'a Ident,
    used: bool,
}

/// An enclosing statement a branch may target.
#[derive(Clone, Copy)]
struct Target<'a> {
    label: Option<&'a str>,
    is_loop: bool,
    is_switch: bool,
    type_switch: bool,
}

struct Walker<'a, 'd> {
    labels: Vec<Label<'a>>,
    out: &'d mut Out,
    gotos: Vec<&'a Ident>,
}

fn func_body(body: &Block, diags: &mut Out) {
    // gc checks branches only in bodies that parsed without syntax errors.
    let broken = diags
        .skip
        .iter()
        .any(|&p| body.span.lo <= p && p <= body.span.hi);
    if broken {
        return;
    }
    let mut w = Walker {
        labels: Vec::new(),
        out: diags,
        gotos: Vec::new(),
    };
    collect_labels(&body.stmts, &mut w.labels);
    w.stmts(&body.stmts, &[], None);
    for g in std::mem::take(&mut w.gotos) {
        match w.labels.iter_mut().find(|l| l.ident.name == g.name) {
            Some(l) => l.used = true,
            None => w.out.diags.push(Diagnostic::new(
                g.span,
                format!("label {} not defined", g.name),
            )),
        }
    }
    let mut unused: Vec<_> = w
        .labels
        .iter()
        .filter(|l| !l.used)
        .map(|l| l.ident)
        .collect();
    super::sort::sort_by_key(&mut unused, |i| i.span.lo);
    for l in unused {
        w.out.diags.push(Diagnostic::new(
            l.span,
            format!("label {} defined and not used", l.name),
        ));
    }
}

fn collect_labels<'a>(stmts: &'a [Stmt], out: &mut Vec<Label<'a>>) {
    for s in stmts {
        visit_blocks(s, &mut |s| {
            if let StmtKind::Labeled(l, _) = &s.kind {
                out.push(Label {
                    ident: l,
                    used: false,
                });
            }
        });
    }
}

/// Calls `f` on `s` and every statement nested in it (not inside function literals).
fn visit_blocks<'a>(s: &'a Stmt, f: &mut dyn FnMut(&'a Stmt)) {
    f(s);
    let list = |l: &'a [Stmt], f: &mut dyn FnMut(&'a Stmt)| {
        for x in l {
            visit_blocks(x, f);
        }
    };
    match &s.kind {
        StmtKind::Labeled(_, inner) => visit_blocks(inner, f),
        StmtKind::Block(b) => list(&b.stmts, f),
        StmtKind::If { then, els, .. } => {
            list(&then.stmts, f);
            if let Some(e) = els {
                visit_blocks(e, f);
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => list(&body.stmts, f),
        StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
            for c in cases {
                list(&c.body, f);
            }
        }
        StmtKind::Select(cs) => {
            for c in cs {
                list(&c.body, f);
            }
        }
        _ => {}
    }
}

impl<'a> Walker<'a, '_> {
    fn stmts(&mut self, list: &'a [Stmt], targets: &[Target<'a>], case: Option<(usize, usize)>) {
        let n = list
            .iter()
            .rposition(|s| !matches!(s.kind, StmtKind::Empty))
            .map_or(0, |i| i + 1);
        for (i, s) in list[..n].iter().enumerate() {
            let last_in_case = case.filter(|_| i + 1 == n);
            self.stmt(s, targets, None, last_in_case);
        }
    }

    fn stmt(
        &mut self,
        s: &'a Stmt,
        targets: &[Target<'a>],
        label: Option<&'a str>,
        case: Option<(usize, usize)>,
    ) {
        let with = |t: Target<'a>| {
            let mut v = targets.to_vec();
            v.push(t);
            v
        };
        let target = |is_loop, is_switch, type_switch| Target {
            label,
            is_loop,
            is_switch,
            type_switch,
        };
        match &s.kind {
            StmtKind::Labeled(l, inner) => self.stmt(inner, targets, Some(&l.name), case),
            StmtKind::Branch(kind, l) => self.branch(s, *kind, l.as_ref(), targets, case),
            StmtKind::Block(b) => self.stmts(&b.stmts, targets, None),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.exprs_of(i);
                }
                lits_in_expr(cond, self.out);
                self.stmts(&then.stmts, targets, None);
                if let Some(e) = els {
                    self.stmt(e, targets, None, None);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                for x in [init, post].into_iter().flatten() {
                    self.exprs_of(x);
                }
                if let Some(c) = cond {
                    lits_in_expr(c, self.out);
                }
                self.stmts(&body.stmts, &with(target(true, false, false)), None);
            }
            StmtKind::Range { x, body, .. } => {
                lits_in_expr(x, self.out);
                self.stmts(&body.stmts, &with(target(true, false, false)), None);
            }
            StmtKind::Switch { init, tag, cases } => {
                if let Some(i) = init {
                    self.exprs_of(i);
                }
                if let Some(t) = tag {
                    lits_in_expr(t, self.out);
                }
                let ts = with(target(false, true, false));
                for (ci, c) in cases.iter().enumerate() {
                    for e in &c.exprs {
                        lits_in_expr(e, self.out);
                    }
                    self.stmts(&c.body, &ts, Some((ci, cases.len())));
                }
            }
            StmtKind::TypeSwitch { init, x, cases, .. } => {
                if let Some(i) = init {
                    self.exprs_of(i);
                }
                lits_in_expr(x, self.out);
                let ts = with(target(false, true, true));
                for c in cases {
                    self.stmts(&c.body, &ts, None);
                }
            }
            StmtKind::Select(cs) => {
                let ts = with(target(false, false, false));
                for c in cs {
                    if let Some(comm) = &c.comm {
                        self.exprs_of(comm);
                    }
                    self.stmts(&c.body, &ts, None);
                }
            }
            _ => self.exprs_of(s),
        }
    }

    /// Function literals inside a simple statement get their own branch check.
    fn exprs_of(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec(e, _) => {
                lits_in_expr(e, self.out)
            }
            StmtKind::Send(a, b) => {
                lits_in_expr(a, self.out);
                lits_in_expr(b, self.out);
            }
            StmtKind::Assign { lhs, rhs, .. } => {
                for e in lhs.iter().chain(rhs) {
                    lits_in_expr(e, self.out);
                }
            }
            StmtKind::Return(es) => {
                for e in es {
                    lits_in_expr(e, self.out);
                }
            }
            StmtKind::Decl(GenDecl::Var(specs)) | StmtKind::Decl(GenDecl::Const(specs)) => {
                for sp in specs {
                    for v in &sp.values {
                        lits_in_expr(v, self.out);
                    }
                }
            }
            StmtKind::Range { x, .. } => lits_in_expr(x, self.out),
            _ => {}
        }
    }

    fn branch(
        &mut self,
        s: &Stmt,
        kind: BranchKind,
        label: Option<&'a Ident>,
        targets: &[Target<'a>],
        case: Option<(usize, usize)>,
    ) {
        let Some(l) = label else {
            let msg = match kind {
                BranchKind::Break if targets.is_empty() => {
                    "break is not in a loop, switch, or select"
                }
                BranchKind::Continue if !targets.iter().any(|t| t.is_loop) => {
                    "continue is not in a loop"
                }
                BranchKind::Fallthrough => match targets.last() {
                    Some(t) if t.is_switch && t.type_switch => "cannot fallthrough in type switch",
                    Some(t) if t.is_switch => match case {
                        Some((i, n)) if i + 1 == n => "cannot fallthrough final case in switch",
                        Some(_) => return,
                        None => "fallthrough statement out of place",
                    },
                    _ => "fallthrough statement out of place",
                },
                _ => return,
            };
            self.out.diags.push(Diagnostic::new(s.span, msg));
            return;
        };
        if kind == BranchKind::Goto {
            self.gotos.push(l);
            return;
        }
        let word = if kind == BranchKind::Break {
            "break"
        } else {
            "continue"
        };
        match targets.iter().rev().find(|t| t.label == Some(&l.name)) {
            Some(t) => {
                if let Some(x) = self.labels.iter_mut().find(|x| x.ident.name == l.name) {
                    x.used = true;
                }
                if kind == BranchKind::Continue && !t.is_loop {
                    self.out.diags.push(Diagnostic::new(
                        l.span,
                        format!("invalid continue label {}", l.name),
                    ));
                }
            }
            None => {
                // A label of an enclosing non-loop statement is "invalid"; elsewhere it
                // is "not defined" for this branch.
                let msg = format!("{word} label not defined: {}", l.name);
                self.out.diags.push(Diagnostic::new(l.span, msg));
            }
        }
    }
}

/// Checks the bodies of function literals anywhere inside `e`.
fn lits_in_expr(e: &Expr, diags: &mut Out) {
    match &e.kind {
        ExprKind::FuncLit { body, .. } => func_body(body, diags),
        ExprKind::Composite { ty, elts, .. } => {
            if let Some(t) = ty {
                lits_in_expr(t, diags);
            }
            for x in elts {
                lits_in_expr(x, diags);
            }
        }
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::Unary(_, x)
        | ExprKind::Selector(x, _) => lits_in_expr(x, diags),
        ExprKind::TypeAssert(x, _) => lits_in_expr(x, diags),
        ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) | ExprKind::KeyValue(a, b) => {
            lits_in_expr(a, diags);
            lits_in_expr(b, diags);
        }
        ExprKind::Slice { x, lo, hi, max } => {
            lits_in_expr(x, diags);
            for i in [lo, hi, max].into_iter().flatten() {
                lits_in_expr(i, diags);
            }
        }
        ExprKind::Call { func, args, .. } => {
            lits_in_expr(func, diags);
            for a in args {
                lits_in_expr(a, diags);
            }
        }
        _ => {}
    }
}
