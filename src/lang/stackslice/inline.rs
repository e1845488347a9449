//! Which functions gc inlines, roughly, since what a function returns only escapes if
//! gc does not inline it. gc's budget is 80 nodes; a call of a function that is not
//! inlined costs 57; `defer`, `go`, `select`, `recover`, function literals and recursion
//! keep a function out (Go 1.27's `inline.CanInline`, simplified). Calls are all priced
//! as not inlined, so a function just over the budget is taken as not inlined: its
//! results then escape, the heap growth poolscope had before it modelled inlining.

use crate::lang::ast::*;
use crate::lang::info::{Builtin, CallKind, Checked, Res};
use crate::lang::types::FuncId;

/// gc's `inlineMaxBudget`, and the cost of a call it does not inline.
const BUDGET: u32 = 80;
const CALL_COST: u32 = 57;

/// Whether gc would inline user function `f`.
pub fn inlinable(ck: &Checked, f: FuncId) -> bool {
    let Some(fi) = ck.funcs.get(f.0 as usize) else {
        return false;
    };
    let Some(Decl::Func(FuncDecl {
        body: Some(body), ..
    })) = fi.decl.and_then(|d| ck.file.decls.get(d))
    else {
        return false;
    };
    let mut cost = 0u32;
    if !stmts_ok(&body.stmts, &mut cost) {
        return false;
    }
    let mut ok = true;
    for s in &body.stmts {
        crate::lang::visit::stmt(s, &mut |e| {
            cost += 1;
            match &e.kind {
                ExprKind::FuncLit { .. } => ok = false,
                ExprKind::Call { func, .. } => match ck.calls.get(&e.id) {
                    Some(CallKind::Builtin(Builtin::Recover)) => ok = false,
                    Some(CallKind::Call) => {
                        if matches!(ck.res(func.id), Some(Res::Func(g)) if *g == f) {
                            ok = false;
                        }
                        cost += CALL_COST;
                    }
                    _ => {}
                },
                _ => {}
            }
        });
    }
    ok && cost <= BUDGET
}

/// Counts the statements of `list` into `cost`; false if one forbids inlining.
fn stmts_ok(list: &[Stmt], cost: &mut u32) -> bool {
    list.iter().all(|s| stmt_ok(s, cost))
}

fn stmt_ok(s: &Stmt, cost: &mut u32) -> bool {
    *cost += 1;
    match &s.kind {
        StmtKind::Go(_) | StmtKind::Defer(_) | StmtKind::Select(_) => false,
        StmtKind::Labeled(_, inner) => stmt_ok(inner, cost),
        StmtKind::Block(b) => stmts_ok(&b.stmts, cost),
        StmtKind::If {
            init, then, els, ..
        } => {
            init.as_deref().is_none_or(|i| stmt_ok(i, cost))
                && stmts_ok(&then.stmts, cost)
                && els.as_deref().is_none_or(|e| stmt_ok(e, cost))
        }
        StmtKind::Switch { init, cases, .. } | StmtKind::TypeSwitch { init, cases, .. } => {
            init.as_deref().is_none_or(|i| stmt_ok(i, cost))
                && cases.iter().all(|c| stmts_ok(&c.body, cost))
        }
        StmtKind::For {
            init, post, body, ..
        } => {
            init.as_deref().is_none_or(|i| stmt_ok(i, cost))
                && post.as_deref().is_none_or(|p| stmt_ok(p, cost))
                && stmts_ok(&body.stmts, cost)
        }
        StmtKind::Range { body, .. } => stmts_ok(&body.stmts, cost),
        _ => true,
    }
}
