//! The call part of the walk: `append` sites, `len`/`cap`/`copy`, conversions, and
//! arguments of user functions (analysed) and of the library (a known list).

use super::walk::{strip, Dest, Read, Site, Walk};
use super::StoreKey;
use crate::lang::ast::*;
use crate::lang::info::{Builtin, CallKind, Checked, Res, Selection};
use crate::lang::types::{FuncId, Type};

impl<'c> Walk<'c> {
    pub(super) fn call(
        &mut self,
        e: &'c Expr,
        func: &'c Expr,
        args: &'c [Expr],
        spread: bool,
        d: Dest,
    ) {
        match self.ck.calls.get(&e.id) {
            Some(CallKind::Builtin(b)) => {
                let r = match b {
                    Builtin::Len => Dest::Harmless(Read::Len),
                    Builtin::Cap => Dest::Harmless(Read::Cap),
                    Builtin::Copy => Dest::Harmless(Read::Other),
                    Builtin::Append => {
                        self.dests.insert(e.id, d);
                        let first = args.first();
                        let var = first.and_then(|a| self.local(a));
                        let self_of = match d {
                            Dest::Local(u, _) if var == Some(u) => Some(u),
                            _ => None,
                        };
                        if let Some(v) = self_of {
                            let w = 1 + self
                                .depth
                                .saturating_sub(self.vars.entry(v).or_default().decl_depth);
                            self.vars.entry(v).or_default().weight += w;
                        }
                        self.order += 1;
                        self.sites.push(Site {
                            call: e.id,
                            key: var.map_or(StoreKey::Site(e.id), StoreKey::Var),
                            self_of,
                            dest: d,
                            spread,
                            order: self.order,
                            ssa_root: first
                                .and_then(|a| self.field_root(a))
                                .filter(|r| matches!(d, Dest::Local(u, _) if u == *r)),
                        });
                        if let Some(a) = first {
                            self.expr(a, Dest::AppendArg0(e.id));
                        }
                        // Appended elements are copied into the backing store, so a slice
                        // spread into it (`s...`) does not escape; an element may.
                        let rest = if spread {
                            Dest::Harmless(Read::Other)
                        } else {
                            Dest::Escape
                        };
                        args.iter().skip(1).for_each(|a| self.expr(a, rest));
                        return;
                    }
                    _ => Dest::Escape,
                };
                args.iter().for_each(|a| self.expr(a, r));
            }
            Some(CallKind::Call) => {
                let callee = self.callee(func);
                match (callee, &strip(func).kind) {
                    // A direct call: the callee is not used as a value.
                    (Some(_), ExprKind::Ident(_)) => {}
                    _ => self.expr(func, Dest::Escape),
                }
                if let Some(f) = callee.filter(|f| self.ck.func(*f).decl.is_some()) {
                    self.call_dests.push((f, d));
                }
                for (i, a) in args.iter().enumerate() {
                    let d = match callee {
                        Some(_) if spread => Dest::Escape,
                        Some(f) if self.ck.func(f).decl.is_some() => Dest::Arg(f, i),
                        Some(f) if library_keeps_not(self.ck, f, i) => Dest::Harmless(Read::Arg),
                        _ => Dest::Escape,
                    };
                    self.expr(a, d);
                }
            }
            Some(CallKind::Conversion(t)) if matches!(self.ck.types.under(*t), Type::Basic(k) if k.is_string()) =>
            {
                // string(b) copies the bytes (or runes).
                args.iter()
                    .for_each(|a| self.expr(a, Dest::Harmless(Read::Other)));
            }
            _ => {
                self.expr(func, Dest::Escape);
                args.iter().for_each(|a| self.expr(a, Dest::Escape));
            }
        }
    }
}

impl Walk<'_> {
    /// The function or method a call expression calls statically, if any.
    fn callee(&self, func: &Expr) -> Option<FuncId> {
        let f = strip(func);
        match &f.kind {
            ExprKind::Ident(_) => match self.ck.res(f.id) {
                Some(Res::Func(id)) => Some(*id),
                _ => None,
            },
            ExprKind::Selector(..) => match self.ck.selections.get(&f.id) {
                Some(Selection::Method { func, .. }) => Some(*func),
                Some(Selection::PkgMember(Res::Func(id))) => Some(*id),
                _ => None,
            },
            _ => None,
        }
    }
}

/// Library functions whose slice argument `i` does not escape (gc's escape analysis of
/// the standard library says so): they read it, or copy it.
fn library_keeps_not(ck: &Checked, f: FuncId, i: usize) -> bool {
    let fi = ck.func(f);
    let recv = fi
        .recv_type
        .and_then(|t| ck.types.named(t))
        .map(|n| n.name.as_str());
    matches!(
        (fi.pkg.as_str(), recv, fi.name.as_str(), i),
        ("strings", None, "Join", 0)
            | ("bytes", None, "Equal" | "Contains", 0 | 1)
            | ("bytes", Some("Buffer"), "Write", 0)
            | ("strings", Some("Builder"), "Write", 0)
    )
}
