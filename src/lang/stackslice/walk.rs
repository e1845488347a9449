//! The walk behind [`super::plan`]: it follows every mention of a local slice variable
//! and every `append`, recording where each value goes (for the escape approximation)
//! and what gc's slice pass would make of each mention.

use super::StoreKey;
use crate::lang::ast::*;
use crate::lang::info::{Builtin, CallKind, Checked, LocalId, Res, Selection};
use crate::lang::span::Span;
use crate::lang::types::{FuncId, Type};
use std::collections::{HashMap, HashSet};

/// Where a value goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Dest {
    /// Read and dropped without escaping: `len`, `cap`, index base, comparisons.
    Harmless(Read),
    /// Assigned to local `u` by the statement at the span.
    Local(LocalId, Span),
    /// Returned by the statement at the span, from function `f` (`None`: a function
    /// literal, whose results always escape).
    Return(Span, Option<FuncId>),
    /// Argument `i` of user function `f`.
    Arg(FuncId, usize),
    /// First argument of the append call, whose result goes to the boxed dest.
    AppendArg0(ExprId),
    /// Sliced (`x[a:b]`), the result going to the dest of the slice expression.
    SliceBase(ExprId),
    Escape,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Read {
    Len,
    Cap,
    Index,
    Range(Span),
    /// An argument of a library function that does not keep it (`strings.Join`).
    Arg,
    /// Doesn't escape, but the slice pass does not understand it (`s == nil`, `copy`,
    /// `string(b)`, `append(x, s...)`).
    Other,
}

/// What the slice pass learns about one variable.
#[derive(Default)]
pub(super) struct SliceVar {
    /// A mention it does not understand: the variable is dropped.
    pub(super) dropped: bool,
    pub(super) transitions: Vec<(Span, u32)>,
    pub(super) weight: u32,
    pub(super) cap_used: bool,
    pub(super) decl_depth: u32,
    pub(super) args: Vec<(FuncId, usize)>,
}

/// One `append` call.
pub(super) struct Site {
    pub(super) call: ExprId,
    pub(super) key: StoreKey,
    /// `s = append(s, ...)` of this variable.
    pub(super) self_of: Option<LocalId>,
    pub(super) dest: Dest,
    pub(super) spread: bool,
    /// Code order (SSA order: a `for` body before its post statement).
    pub(super) order: u32,
    /// `b.f = append(b.f, ...)` of local struct `b`.
    pub(super) ssa_root: Option<LocalId>,
}

pub(super) struct Walk<'c> {
    pub(super) ck: &'c Checked,
    pub(super) depth: u32,
    pub(super) under_addr: u32,
    pub(super) order: u32,
    /// Destinations of the append and slice expressions met, by id.
    pub(super) dests: HashMap<ExprId, Dest>,
    pub(super) sites: Vec<Site>,
    pub(super) vars: HashMap<LocalId, SliceVar>,
    pub(super) escaped: HashSet<LocalId>,
    pub(super) flows: Vec<(LocalId, LocalId)>,
    pub(super) args: Vec<(LocalId, FuncId, usize)>,
    /// Named slice results: a bare `return` is a transition for them.
    pub(super) named_results: Vec<LocalId>,
    /// Function literals met and not walked yet: body, results, named results.
    pub(super) lits: Vec<(&'c Block, Vec<LocalId>, bool)>,
    /// Local struct and interface variables (not captured): escape analysis follows
    /// them too, as holders of slices.
    pub(super) structs: HashSet<LocalId>,
    /// The function being walked (`None` in a function literal).
    pub(super) cur_fn: Option<FuncId>,
    /// Variables returned by a function, and where each call of a function puts its
    /// result; functions used as values (their calls cannot be seen).
    pub(super) result_flows: Vec<(LocalId, FuncId)>,
    pub(super) call_dests: Vec<(FuncId, Dest)>,
    pub(super) func_values: HashSet<FuncId>,
}

impl<'c> Walk<'c> {
    pub(super) fn local(&self, e: &Expr) -> Option<LocalId> {
        match &strip(e).kind {
            ExprKind::Ident(_) => match self.ck.res(strip(e).id) {
                Some(Res::Local(l)) if self.vars.contains_key(l) => Some(*l),
                _ => None,
            },
            _ => None,
        }
    }

    /// The local struct `b` at the root of field selection `b.f.g` (value fields only),
    /// when `e` is one.
    pub(super) fn field_root(&self, e: &Expr) -> Option<LocalId> {
        let e = strip(e);
        match &e.kind {
            ExprKind::Selector(x, _) => match self.ck.selections.get(&e.id) {
                Some(Selection::Field { path }) if path.len() == 1 => {
                    if !matches!(
                        self.ck.types.under(self.ck.ty(strip(x).id)),
                        Type::Struct(_)
                    ) {
                        return None;
                    }
                    self.field_root(x)
                }
                _ => None,
            },
            ExprKind::Ident(_) => match self.ck.res(e.id) {
                Some(Res::Local(l)) if self.structs.contains(l) => Some(*l),
                _ => None,
            },
            _ => None,
        }
    }

    /// A mention of local struct `b` (or of a field of it) whose value goes to `d`:
    /// slices and structs carry backing stores along; other fields carry none.
    fn struct_mention(&mut self, e: &Expr, root: LocalId, d: Dest) {
        let carries = matches!(
            self.ck.types.under(self.ck.ty(strip(e).id)),
            Type::Slice(_) | Type::Struct(_)
        ) || matches!(strip(e).kind, ExprKind::Ident(_));
        if carries {
            self.flow_to(root, d);
        }
    }

    pub(super) fn drop_var(&mut self, v: LocalId) {
        if let Some(i) = self.vars.get_mut(&v) {
            i.dropped = true;
        }
    }

    /// A mention of tracked variable `v` whose value goes to `d`.
    pub(super) fn mention(&mut self, v: LocalId, d: Dest) {
        let dest_of = |w: &Self, id: ExprId| w.dests.get(&id).copied().unwrap_or(Dest::Escape);
        match d {
            Dest::Harmless(r) => {
                let i = self.vars.entry(v).or_default();
                match r {
                    Read::Len | Read::Index => {}
                    Read::Cap => i.cap_used = true,
                    Read::Range(at) => i.transitions.push((at, self.depth)),
                    // gc's slice pass understands a call argument that does not leak, and
                    // counts it as a use of the capacity.
                    Read::Arg => i.cap_used = true,
                    Read::Other => i.dropped = true,
                }
            }
            Dest::Local(u, at) => {
                self.flows.push((v, u));
                self.vars
                    .entry(v)
                    .or_default()
                    .transitions
                    .push((at, self.depth));
            }
            Dest::Return(at, f) => {
                self.flow_to(v, Dest::Return(at, f));
                self.vars
                    .entry(v)
                    .or_default()
                    .transitions
                    .push((at, self.depth));
            }
            Dest::Arg(f, i) => {
                self.args.push((v, f, i));
                self.vars.entry(v).or_default().args.push((f, i));
            }
            Dest::AppendArg0(call) => {
                let rd = dest_of(self, call);
                let is_self = matches!(rd, Dest::Local(u, _) if u == v);
                self.flow_to(v, rd);
                if !is_self {
                    self.drop_var(v);
                }
            }
            Dest::SliceBase(x) => {
                let rd = dest_of(self, x);
                let is_self = matches!(rd, Dest::Local(u, _) if u == v);
                self.flow_to(v, rd);
                if is_self {
                    self.vars.entry(v).or_default().cap_used = true;
                } else {
                    self.drop_var(v);
                }
            }
            Dest::Escape => {
                self.escaped.insert(v);
                self.drop_var(v);
            }
        }
    }

    /// `v`'s backing store goes wherever `d` sends a value (escape analysis only).
    fn flow_to(&mut self, v: LocalId, d: Dest) {
        match d {
            Dest::Harmless(_) => {}
            Dest::Local(u, _) => self.flows.push((v, u)),
            Dest::Arg(f, i) => self.args.push((v, f, i)),
            Dest::AppendArg0(c) | Dest::SliceBase(c) => {
                let next = self.dests.get(&c).copied().unwrap_or(Dest::Escape);
                self.flow_to(v, next)
            }
            // What a function returns goes where its callers put it: gc inlines small
            // functions first (see `Walk::result_escapes`).
            Dest::Return(_, Some(f)) => self.result_flows.push((v, f)),
            Dest::Return(_, None) | Dest::Escape => {
                self.escaped.insert(v);
            }
        }
    }

    pub(super) fn stmts(&mut self, list: &'c [Stmt]) {
        for s in list {
            self.stmt(s);
        }
    }

    pub(super) fn block(&mut self, b: &'c Block) {
        self.stmts(&b.stmts)
    }

    /// `lhs = rhs` (or `:=`) at statement span `at`.
    pub(super) fn assign(&mut self, lhs: &'c Expr, rhs: Option<&'c Expr>, at: Span) {
        match &strip(lhs).kind {
            ExprKind::Ident(id) if id.is_blank() => self.assign_to(None, true, rhs, at),
            ExprKind::Ident(_) => {
                let target = match self.ck.res(strip(lhs).id) {
                    Some(Res::Local(l)) => Some(*l),
                    _ => None,
                };
                self.assign_to(target, false, rhs, at)
            }
            _ => match self.field_root(lhs) {
                // `b.f = v`: v is stored in local struct b.
                Some(root) => {
                    if let Some(r) = rhs {
                        self.expr(r, Dest::Local(root, at));
                    }
                }
                None => {
                    self.lvalue(lhs);
                    self.assign_to(None, false, rhs, at)
                }
            },
        }
    }

    /// Assigns `rhs` to local `target` (`None`: blank if `blank`, else somewhere that
    /// is not a local variable).
    pub(super) fn assign_to(
        &mut self,
        target: Option<LocalId>,
        blank: bool,
        rhs: Option<&'c Expr>,
        at: Span,
    ) {
        let tracked = target.filter(|u| self.vars.contains_key(u));
        if let Some(u) = tracked {
            // The slice pass understands `s = nil`, `s = []T{...}`, `s = s[i:j]` and
            // `s = append(s, ...)`; any other value drops `s`.
            let ok = match rhs {
                None => true,
                Some(r) => match &strip(r).kind {
                    ExprKind::Ident(_) => matches!(self.ck.res(strip(r).id), Some(Res::Nil)),
                    ExprKind::Composite { .. } => {
                        self.vars.entry(u).or_default().cap_used = true;
                        true
                    }
                    ExprKind::Slice { x, .. } => self.local(x) == Some(u),
                    ExprKind::Call { args, .. } => {
                        self.is_append(r) && args.first().and_then(|a| self.local(a)) == Some(u)
                    }
                    _ => false,
                },
            };
            if !ok {
                self.drop_var(u);
            }
        }
        if let Some(r) = rhs {
            let d = match (tracked, target, blank) {
                (_, _, true) => Dest::Harmless(Read::Other),
                (Some(u), _, _) => Dest::Local(u, at),
                (None, Some(u), _) if self.structs.contains(&u) => Dest::Local(u, at),
                // A local of another type (an interface) or no local: it escapes.
                _ => Dest::Escape,
            };
            self.expr(r, d);
        }
    }

    /// An assignment target other than a plain variable.
    pub(super) fn lvalue(&mut self, e: &'c Expr) {
        match &strip(e).kind {
            ExprKind::Index(x, i) => {
                self.expr(x, Dest::Harmless(Read::Index));
                self.expr(i, Dest::Escape);
            }
            ExprKind::Ident(_) => {}
            _ if self.field_root(e).is_some() => {}
            _ => self.expr(e, Dest::Escape),
        }
    }

    pub(super) fn is_append(&self, e: &Expr) -> bool {
        matches!(
            self.ck.calls.get(&strip(e).id),
            Some(CallKind::Builtin(Builtin::Append))
        )
    }

    pub(super) fn expr(&mut self, e: &'c Expr, d: Dest) {
        let d = if self.under_addr > 0 { Dest::Escape } else { d };
        match &e.kind {
            ExprKind::Ident(_) => {
                if let Some(v) = self.local(e) {
                    self.mention(v, d);
                } else if let Some(root) = self.field_root(e) {
                    self.struct_mention(e, root, d);
                } else if let Some(Res::Func(f)) = self.ck.res(e.id) {
                    self.func_values.insert(*f);
                }
            }
            ExprKind::Selector(..) if self.field_root(e).is_some() => {
                if let Some(root) = self.field_root(e) {
                    self.struct_mention(e, root, d);
                }
            }
            ExprKind::Paren(x) => self.expr(x, d),
            ExprKind::Unary(UnaryOp::Addr, x) => {
                self.under_addr += 1;
                self.expr(x, Dest::Escape);
                self.under_addr -= 1;
            }
            ExprKind::Index(x, i) => {
                self.expr(x, Dest::Harmless(Read::Index));
                self.expr(i, Dest::Escape);
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.dests.insert(e.id, d);
                self.expr(x, Dest::SliceBase(e.id));
                for b in lo.iter().chain(hi.iter()).chain(max.iter()) {
                    self.expr(b, Dest::Escape);
                }
            }
            ExprKind::Binary(op, a, b) => {
                let r = if op.is_comparison() {
                    Dest::Harmless(Read::Other)
                } else {
                    Dest::Escape
                };
                self.expr(a, r);
                self.expr(b, r);
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
                ..
            } => self.call(e, func, args, ellipsis.is_some(), d),
            ExprKind::FuncLit { body, .. } => {
                if let Some(l) = self.ck.func_lits.get(&e.id) {
                    self.lits.push((body, l.results.clone(), l.named_results));
                }
            }
            _ => {
                let mut kids = Vec::new();
                crate::lang::visit::walk_expr(e, &mut |k| {
                    if k.id != e.id {
                        kids.push(k.id);
                    }
                });
                // Any tracked variable mentioned below here escapes (composite literal
                // elements, selectors, conversions, type assertions).
                for k in kids {
                    if let Some(Res::Local(l)) = self.ck.res(k) {
                        let l = *l;
                        if self.vars.contains_key(&l) {
                            self.mention(l, Dest::Escape);
                        } else if self.structs.contains(&l) {
                            self.escaped.insert(l);
                        }
                    }
                }
            }
        }
    }
}

pub(super) fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}
