//! Selectors for the checker: `x.f` fields (through embedded structs), methods with
//! implicit `&`/`*`, interface methods, method expressions `T.M`, and qualified
//! package members (`fmt.Println`).

use super::ast::*;
use super::check::*;
use super::check_types::*;
use super::exprstring::expr_string;
use super::info::*;
use super::types::*;

impl Checker<'_> {
    pub(super) fn selector(&mut self, e: &Expr, base: &Expr, sel: &Ident) -> Operand {
        let text = expr_string(e);
        if let ExprKind::Ident(pkg) = &base.kind {
            if let Some(Entity::Package(imp)) = self.lookup(&pkg.name) {
                self.lookup_ident(pkg);
                self.record(base.id, TypeId::INVALID, Mode::Package);
                return self.pkg_member(e, pkg, imp, sel);
            }
        }
        let x = self.expr(base);
        if x.is_invalid() {
            return Operand::invalid(text);
        }
        if x.mode == Mode::Type {
            return self.method_expr(e, x.ty, sel);
        }
        let x = self.single(base, x);
        if x.is_invalid() {
            return x;
        }
        let found = self.lookup_field_or_method(x.ty, &sel.name);
        let is_ptr = matches!(self.tt.get(x.ty), Type::Pointer(_));
        match found {
            None => {
                let hint = self.case_hint(x.ty, &sel.name);
                let ts = self.tt.error_string(x.ty);
                self.error(
                    sel.span,
                    format!(
                        "{text} undefined (type {ts} has no field or method {}{hint})",
                        sel.name
                    ),
                );
                Operand::invalid(text)
            }
            Some(Found::Field { path, ty }) => {
                let mode = if x.mode == Mode::Variable || is_ptr || self.path_has_ptr(x.ty, &path) {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                self.selections.insert(e.id, Selection::Field { path });
                self.operand(e, mode, ty)
            }
            Some(Found::Method {
                func,
                sig,
                ptr_recv,
                path,
                indirect,
            }) => {
                let holder_ptr = if path.is_empty() {
                    is_ptr
                } else {
                    self.path_ends_in_ptr(x.ty, &path)
                };
                if ptr_recv && !indirect && x.mode != Mode::Variable {
                    let ts = self.tt.error_string(x.ty);
                    self.error(
                        sel.span,
                        format!("cannot call pointer method {} on {ts}", sel.name),
                    );
                    return Operand::invalid(text);
                }
                self.record_res(sel.id, Res::Func(func));
                self.selections.insert(
                    e.id,
                    Selection::Method {
                        func,
                        ptr_recv,
                        path,
                        addr: ptr_recv && !holder_ptr,
                        deref: !ptr_recv && holder_ptr,
                    },
                );
                self.operand(e, Mode::Value, sig)
            }
            Some(Found::IfaceMethod { sig }) => {
                self.selections.insert(
                    e.id,
                    Selection::IfaceMethod {
                        name: sel.name.clone(),
                    },
                );
                self.operand(e, Mode::Value, sig)
            }
        }
    }

    /// `T.Method` / `(*T).Method`: the method as a function taking the receiver first.
    pub(super) fn method_expr(&mut self, e: &Expr, t: TypeId, sel: &Ident) -> Operand {
        let text = expr_string(e);
        let recv_ptr = matches!(self.tt.get(t), Type::Pointer(_));
        match self.lookup_field_or_method(t, &sel.name) {
            Some(Found::Method {
                func,
                sig,
                ptr_recv,
                path,
                ..
            }) if path.is_empty() && (recv_ptr || !ptr_recv) => {
                let Some(s) = self.tt.signature(sig).cloned() else {
                    return Operand::invalid(text);
                };
                let mut params = vec![t];
                params.extend(s.params);
                let ft = self.tt.func(params, s.results, s.variadic);
                self.record_res(sel.id, Res::Func(func));
                self.selections.insert(
                    e.id,
                    Selection::MethodExpr {
                        func,
                        ptr_recv,
                        recv_ptr,
                    },
                );
                self.operand(e, Mode::Value, ft)
            }
            Some(Found::Method { ptr_recv: true, .. }) => {
                let ts = self.tt.error_string(t);
                self.error(
                    sel.span,
                    format!(
                        "invalid method expression {text} (needs pointer receiver (*{ts}).{})",
                        sel.name
                    ),
                );
                Operand::invalid(text)
            }
            _ => {
                let ts = self.tt.error_string(t);
                self.error(
                    sel.span,
                    format!("{text} undefined (type {ts} has no method {})", sel.name),
                );
                Operand::invalid(text)
            }
        }
    }

    /// gc's `, but does have field Foo` hint for a name that differs only in case.
    pub(super) fn case_hint(&self, t: TypeId, name: &str) -> String {
        let lower = name.to_lowercase();
        let mut cands: Vec<String> = Vec::new();
        let base = self
            .tt
            .elem(t)
            .filter(|_| matches!(self.tt.get(t), Type::Pointer(_)))
            .unwrap_or(t);
        if let Some(n) = self.tt.named(base) {
            cands.extend(n.methods.iter().map(|m| m.name.clone()));
        }
        if let Type::Struct(fs) = self.tt.under(base) {
            for f in fs {
                if f.name.to_lowercase() == lower && f.name != name {
                    return format!(", but does have field {}", f.name);
                }
            }
        }
        for c in cands {
            if c.to_lowercase() == lower && c != name {
                return format!(", but does have method {c}");
            }
        }
        String::new()
    }

    pub(super) fn embedded_types(&self, t: TypeId, path: &[usize]) -> Vec<TypeId> {
        let mut out = Vec::new();
        let mut cur = t;
        for &i in path {
            let base = match self.tt.get(cur) {
                Type::Pointer(e) => *e,
                _ => cur,
            };
            let Type::Struct(fs) = self.tt.under(base) else {
                break;
            };
            let Some(f) = fs.get(i) else { break };
            cur = f.ty;
            out.push(cur);
        }
        out
    }

    /// Whether a field path goes through a pointer (so the field is addressable).
    pub(super) fn path_has_ptr(&self, t: TypeId, path: &[usize]) -> bool {
        let tys = self.embedded_types(t, path);
        tys[..tys.len().saturating_sub(1)]
            .iter()
            .any(|t| matches!(self.tt.get(*t), Type::Pointer(_)))
    }

    pub(super) fn path_ends_in_ptr(&self, t: TypeId, path: &[usize]) -> bool {
        self.embedded_types(t, path)
            .last()
            .is_some_and(|t| matches!(self.tt.get(*t), Type::Pointer(_)))
    }

    pub(super) fn pkg_member(&mut self, e: &Expr, pkg: &Ident, imp: usize, sel: &Ident) -> Operand {
        let text = expr_string(e);
        let p = self.imports[imp].pkg;
        let exported = sel.name.starts_with(|c: char| c.is_uppercase());
        let ent = if exported {
            self.pkgs[p].scope.get(&sel.name).cloned()
        } else {
            None
        };
        let Some(ent) = ent else {
            let msg = if exported || !self.pkgs[p].scope.contains_key(&sel.name) {
                format!("undefined: {}.{}", pkg.name, sel.name)
            } else {
                format!(
                    "name {} not exported by package {}",
                    sel.name, self.pkgs[p].name
                )
            };
            self.error(sel.span, msg);
            return Operand::invalid(text);
        };
        let (res, mut x) = match ent {
            Entity::Func(f) => (
                Res::Func(f),
                self.operand(e, Mode::Value, self.funcs[f.0 as usize].sig),
            ),
            Entity::Global(g) => (
                Res::Global(g),
                self.operand(e, Mode::Variable, self.globals[g.0 as usize].ty),
            ),
            Entity::Type(t) => (Res::Type(t), self.operand(e, Mode::Type, t)),
            Entity::Const(t, v) => {
                let mut x = self.operand(e, Mode::Constant, t);
                x.val = Some(v);
                (Res::Const, x)
            }
            _ => {
                self.error(sel.span, format!("undefined: {}.{}", pkg.name, sel.name));
                return Operand::invalid(text);
            }
        };
        x.expr = text;
        self.record_res(sel.id, res.clone());
        self.selections.insert(e.id, Selection::PkgMember(res));
        x
    }
}
