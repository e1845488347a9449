//! Package-level declarations for the checker: the names of a package (the program's
//! or a standard-library prelude's), their types, method sets and function signatures,
//! and lazy resolution of package-level `var` and `const` specs in dependency order.

use super::ast::*;
use super::check::*;
use super::info::*;
use super::types::*;

impl<'a> Checker<'a> {
    /// Declares every top-level name of package `p`, resolves its types, method
    /// signatures, variables and constants (function bodies come later).
    pub(super) fn declare_package(&mut self, p: usize) {
        self.cur_pkg = p;
        let file = self.files[p];
        let pkg_name = self.pkgs[p].name.clone();
        let pkg_path = self.pkgs[p].path.clone();
        // 1. Names of types, functions, vars and consts.
        let mut type_specs = Vec::new();
        for (di, d) in file.decls.iter().enumerate() {
            match d {
                Decl::Gen(GenDecl::Type(specs)) => {
                    for spec in specs {
                        let ty = if spec.alias {
                            TypeId::INVALID
                        } else {
                            self.tt.add_named(&spec.name.name, Some(&pkg_name))
                        };
                        self.declare_pkg_name(&spec.name, Entity::Type(ty));
                        self.record_res(spec.name.id, Res::Type(ty));
                        type_specs.push((spec, ty));
                    }
                }
                Decl::Gen(GenDecl::Var(specs)) | Decl::Gen(GenDecl::Const(specs)) => {
                    let is_const = matches!(d, Decl::Gen(GenDecl::Const(_)));
                    for (si, spec) in specs.iter().enumerate() {
                        let lazy = self.lazies.len();
                        self.lazies.push(Lazy {
                            pkg: p,
                            decl: di,
                            spec: si,
                            is_const,
                            state: LazyState::Pending,
                        });
                        for n in &spec.names {
                            if !n.is_blank() {
                                self.declare_pkg_name(n, Entity::Lazy(lazy));
                            }
                        }
                    }
                }
                Decl::Func(f) if f.recv.is_none() => {
                    let id = FuncId(self.funcs.len() as u32);
                    self.funcs.push(FuncInfo {
                        name: f.name.name.clone(),
                        pkg: pkg_path.clone(),
                        recv_type: None,
                        ptr_recv: false,
                        sig: TypeId::INVALID,
                        decl: (p == 0).then_some(di),
                        recv: None,
                        params: Vec::new(),
                        results: Vec::new(),
                        named_results: false,
                    });
                    if f.name.name == "init" {
                        continue;
                    }
                    if f.name.name == "main" && p == 0 {
                        let ft = &f.ty;
                        if !ft.params.is_empty() || !ft.results.is_empty() {
                            self.error(
                                f.name.span,
                                "func main must have no arguments and no return values",
                            );
                        }
                    }
                    self.declare_pkg_name(&f.name, Entity::Func(id));
                    self.record_res(f.name.id, Res::Func(id));
                }
                _ => {}
            }
        }
        // 2. Underlying types, in order; aliases take their target.
        for (spec, ty) in type_specs {
            let target = self.resolve_type(&spec.ty);
            if spec.alias {
                self.pkgs[p]
                    .scope
                    .insert(spec.name.name.clone(), Entity::Type(target));
                self.record_res(spec.name.id, Res::Type(target));
            } else {
                if self.tt.underlying(target) == TypeId::INVALID && target != TypeId::INVALID {
                    self.error(
                        spec.name.span,
                        format!("invalid recursive type {}", spec.name.name),
                    );
                }
                self.tt.set_underlying(ty, target);
            }
        }
        // 3. Signatures of functions and methods.
        let mut next_plain = self
            .funcs
            .iter()
            .position(|f| f.pkg == pkg_path)
            .unwrap_or(self.funcs.len());
        for (di, d) in file.decls.iter().enumerate() {
            let Decl::Func(f) = d else { continue };
            let sig = self.signature(&f.ty);
            let spell = (
                super::spelling::field_spellings(&f.ty.params),
                super::spelling::field_spellings(&f.ty.results),
            );
            let names: Vec<String> =
                f.ty.results
                    .iter()
                    .flat_map(|r| {
                        if r.names.is_empty() {
                            vec![String::new()]
                        } else {
                            r.names.iter().map(|n| n.name.clone()).collect()
                        }
                    })
                    .collect();
            let fid = if f.recv.is_none() {
                FuncId(next_plain as u32)
            } else {
                FuncId(self.funcs.len() as u32)
            };
            if names.iter().any(|n| !n.is_empty()) {
                self.result_names.insert(fid, names);
            }
            if f.recv.is_none() {
                self.funcs[next_plain].sig = sig;
                self.func_spelling.insert(FuncId(next_plain as u32), spell);
                next_plain += 1;
                continue;
            }
            self.func_spelling
                .insert(FuncId(self.funcs.len() as u32), spell);
            self.declare_method(p, di, f, sig);
        }
        // 4. Package-level variables and constants, in source order.
        for l in 0..self.lazies.len() {
            if self.lazies[l].pkg == p {
                self.resolve_lazy(l);
            }
        }
    }

    pub(super) fn declare_method(&mut self, p: usize, di: usize, f: &FuncDecl, sig: TypeId) {
        let Some(recv) = &f.recv else { return };
        let (base_expr, ptr) = match &recv.ty.kind {
            ExprKind::Star(inner) => (&**inner, true),
            _ => (&recv.ty, false),
        };
        let base = self.resolve_type(base_expr);
        // The receiver's own type expression (`*Conn`) gives the receiver variable's type.
        let recv_ty = if ptr && base != TypeId::INVALID {
            self.tt.pointer(base)
        } else {
            base
        };
        self.record(recv.ty.id, recv_ty, Mode::Type);
        let id = FuncId(self.funcs.len() as u32);
        self.funcs.push(FuncInfo {
            name: f.name.name.clone(),
            pkg: self.pkgs[p].path.clone(),
            recv_type: Some(base),
            ptr_recv: ptr,
            sig,
            decl: (p == 0).then_some(di),
            recv: None,
            params: Vec::new(),
            results: Vec::new(),
            named_results: false,
        });
        self.record_res(f.name.id, Res::Func(id));
        if let Some(n) = self.tt.named(base) {
            if n.pkg.as_deref() != Some(self.pkgs[p].name.as_str()) {
                let t = self.tt.error_string(base);
                self.error(
                    base_expr.span,
                    format!("cannot define new methods on non-local type {t}"),
                );
                return;
            }
        }
        let Some(named) = self.tt.named(base).cloned() else {
            if base != TypeId::INVALID {
                let t = self.tt.error_string(base);
                self.error(
                    base_expr.span,
                    format!("cannot define new methods on non-local type {t}"),
                );
            }
            return;
        };
        if matches!(self.tt.under(base), Type::Pointer(_) | Type::Interface(_)) {
            let t = self.tt.error_string(base);
            self.error(
                base_expr.span,
                format!("invalid receiver type {t} (pointer or interface type)"),
            );
            return;
        }
        if named.methods.iter().any(|m| m.name == f.name.name) {
            self.error(
                f.name.span,
                format!("method {}.{} already declared", named.name, f.name.name),
            );
            return;
        }
        if let Type::Struct(fields) = self.tt.under(base) {
            if fields.iter().any(|fl| fl.name == f.name.name) {
                self.error(
                    f.name.span,
                    format!("field and method with the same name {}", f.name.name),
                );
                return;
            }
        }
        self.tt.add_method(
            base,
            Method {
                name: f.name.name.clone(),
                func: id,
                ptr_recv: ptr,
                sig,
            },
        );
    }

    pub(super) fn declare_pkg_name(&mut self, name: &Ident, e: Entity) {
        if name.is_blank() {
            return;
        }
        let scope = &mut self.pkgs[self.cur_pkg].scope;
        if scope.contains_key(&name.name) {
            self.error(name.span, format!("{} redeclared in this block", name.name));
            return;
        }
        scope.insert(name.name.clone(), e);
    }

    /// Resolves one package-level var/const spec (all its names).
    pub(super) fn resolve_lazy(&mut self, l: usize) {
        match self.lazies[l].state {
            LazyState::Done => return,
            LazyState::InProgress => {
                let (p, d, s) = (self.lazies[l].pkg, self.lazies[l].decl, self.lazies[l].spec);
                if let Some(spec) = self.spec(p, d, s) {
                    let n = &spec.names[0];
                    self.error(
                        n.span,
                        format!(
                            "initialization cycle or invalid recursive reference to {}",
                            n.name
                        ),
                    );
                }
                return;
            }
            LazyState::Pending => {}
        }
        self.lazies[l].state = LazyState::InProgress;
        let (p, d, s, is_const) = {
            let z = &self.lazies[l];
            (z.pkg, z.decl, z.spec, z.is_const)
        };
        // Checked in package context: no function scopes.
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_fstack = std::mem::take(&mut self.fstack);
        let saved_pkg = self.cur_pkg;
        self.cur_pkg = p;
        if let Some(spec) = self.spec(p, d, s) {
            if is_const {
                let group = self.const_group(p, d);
                let entities = self.const_spec(spec, group, s);
                for (n, e) in spec.names.iter().zip(entities) {
                    if !n.is_blank() {
                        self.pkgs[p].scope.insert(n.name.clone(), e);
                    }
                }
            } else {
                let ids = self.global_var_spec(spec, p);
                if p == 0 {
                    self.global_inits.push(GlobalInit {
                        decl: d,
                        spec: s,
                        globals: ids,
                    });
                }
            }
        }
        self.cur_pkg = saved_pkg;
        self.scopes = saved_scopes;
        self.fstack = saved_fstack;
        self.lazies[l].state = LazyState::Done;
    }

    pub(super) fn spec(&self, p: usize, d: usize, s: usize) -> Option<&'a ValueSpec> {
        match self.files[p].decls.get(d)? {
            Decl::Gen(GenDecl::Var(specs)) | Decl::Gen(GenDecl::Const(specs)) => specs.get(s),
            _ => None,
        }
    }

    pub(super) fn const_group(&self, p: usize, d: usize) -> &'a [ValueSpec] {
        match self.files[p].decls.get(d) {
            Some(Decl::Gen(GenDecl::Const(specs))) => specs,
            _ => &[],
        }
    }

    pub(super) fn global_var_spec(&mut self, spec: &ValueSpec, p: usize) -> Vec<Option<GlobalId>> {
        let types = self.var_spec_types(spec);
        let mut ids = Vec::new();
        for (n, ty) in spec.names.iter().zip(types) {
            if n.is_blank() {
                self.record_res(n.id, Res::Blank);
                ids.push(None);
                continue;
            }
            let g = GlobalId(self.globals.len() as u32);
            self.globals.push(GlobalInfo {
                name: n.name.clone(),
                pkg: self.pkgs[p].path.clone(),
                ty,
                span: n.span,
            });
            self.record_res(n.id, Res::Global(g));
            self.record(n.id, ty, Mode::Variable);
            if let Some(sp) = spec.ty.as_ref().and_then(super::spelling::spelled) {
                self.global_spelling.insert(g, sp);
            }
            self.pkgs[p].scope.insert(n.name.clone(), Entity::Global(g));
            ids.push(Some(g));
        }
        ids
    }
}
