//! Types for the checker: type expressions → [`TypeId`], signatures, field and method
//! lookup (with embedding, pointer receivers and method sets), interface satisfaction,
//! assignability, and gc's wording for operands (`x (variable of type int)`).

use super::ast::*;
use super::check::{Checker, Entity};
use super::consts;
use super::info::{Mode, Res};
use super::types::*;

/// An evaluated expression.
#[derive(Clone, Debug)]
pub(super) struct Operand {
    /// `Mode::Invalid` means an error was already reported for it.
    pub(super) mode: Mode,
    pub(super) ty: TypeId,
    pub(super) val: Option<ConstValue>,
    /// `x.(T)`, `<-ch`: may be used in a `v, ok` assignment.
    pub(super) comma_ok: bool,
    /// gc's rendering of the expression, for messages.
    pub(super) expr: String,
    /// The operand's type as the source spells it, when that differs from how the type
    /// table prints it (`byte`, `rune`, `interface{}`): gc keeps the spelling.
    pub(super) spelled: Option<String>,
}

impl Operand {
    pub(super) fn invalid(expr: String) -> Operand {
        Operand {
            mode: Mode::Invalid,
            ty: TypeId::INVALID,
            val: None,
            comma_ok: false,
            spelled: None,
            expr,
        }
    }

    /// A computed (non-constant) value.
    pub(super) fn value(ty: TypeId, expr: String) -> Operand {
        Operand {
            mode: Mode::Value,
            ty,
            val: None,
            comma_ok: false,
            spelled: None,
            expr,
        }
    }

    pub(super) fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid || (self.ty == TypeId::INVALID && self.mode != Mode::Builtin)
    }

    pub(super) fn is_nil(&self) -> bool {
        self.ty == TypeId::UNTYPED_NIL
    }
}

/// Result of looking up `x.name`.
#[derive(Clone, Debug)]
pub(super) enum Found {
    Field {
        path: Vec<usize>,
        ty: TypeId,
    },
    Method {
        func: FuncId,
        sig: TypeId,
        ptr_recv: bool,
        path: Vec<usize>,
        /// The receiver is reached through a pointer (the operand or an embedded `*T`).
        indirect: bool,
    },
    IfaceMethod {
        sig: TypeId,
    },
}

impl Checker<'_> {
    /// Resolves a type expression (recording it as a type).
    pub(super) fn resolve_type(&mut self, e: &Expr) -> TypeId {
        let t = self.type_expr(e);
        self.record(e.id, t, Mode::Type);
        t
    }

    fn type_expr(&mut self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::Ident(id) => match self.lookup_ident(id) {
                Some(Entity::Type(t)) => t,
                Some(_) => {
                    self.error(e.span, format!("{} is not a type", id.name));
                    TypeId::INVALID
                }
                None => {
                    self.error(e.span, format!("undefined: {}", id.name));
                    TypeId::INVALID
                }
            },
            ExprKind::Selector(x, sel) => {
                if let ExprKind::Ident(pkg) = &x.kind {
                    if let Some(Entity::Package(imp)) = self.lookup(&pkg.name) {
                        self.imports[imp].used = true;
                        self.record_res(pkg.id, Res::Package(self.imports[imp].path.clone()));
                        self.record(x.id, TypeId::INVALID, Mode::Package);
                        let p = self.imports[imp].pkg;
                        return match self.pkgs[p].scope.get(&sel.name).cloned() {
                            Some(Entity::Type(t)) if is_exported(&sel.name) => {
                                self.record_res(sel.id, Res::Type(t));
                                t
                            }
                            Some(_) if is_exported(&sel.name) => {
                                self.error(
                                    e.span,
                                    format!("{}.{} is not a type", pkg.name, sel.name),
                                );
                                TypeId::INVALID
                            }
                            _ => {
                                self.error(e.span, format!("undefined: {}.{}", pkg.name, sel.name));
                                TypeId::INVALID
                            }
                        };
                    }
                }
                let s = super::exprstring::expr_string(e);
                self.error(e.span, format!("{s} is not a type"));
                TypeId::INVALID
            }
            ExprKind::Paren(x) => self.resolve_type(x),
            ExprKind::Star(x) => {
                let t = self.resolve_type(x);
                self.tt.pointer(t)
            }
            ExprKind::ArrayType { len: None, elem } => {
                let t = self.resolve_type(elem);
                self.tt.slice(t)
            }
            ExprKind::ArrayType {
                len: Some(len),
                elem,
            } => {
                let n = if matches!(len.kind, ExprKind::Ellipsis(None)) {
                    self.error(
                        len.span,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    0
                } else {
                    self.array_len(len)
                };
                let t = self.resolve_type(elem);
                self.tt.intern(Type::Array(n, t))
            }
            ExprKind::MapType(k, v) => {
                let kt = self.resolve_type(k);
                let vt = self.resolve_type(v);
                if kt != TypeId::INVALID && !self.comparable(kt) {
                    let s = self.tt.error_string(kt);
                    self.error(k.span, format!("invalid map key type {s}"));
                }
                self.tt.intern(Type::Map(kt, vt))
            }
            ExprKind::ChanType(dir, elem) => {
                let t = self.resolve_type(elem);
                self.tt.intern(Type::Chan(*dir, t))
            }
            ExprKind::FuncType(ft) => self.signature(ft),
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::Bad => TypeId::INVALID,
            _ => {
                let s = super::exprstring::expr_string(e);
                self.error(e.span, format!("{s} is not a type"));
                TypeId::INVALID
            }
        }
    }

    /// The length of an array type: a non-negative integer constant.
    pub(super) fn array_len(&mut self, len: &Expr) -> u64 {
        let x = self.expr(len);
        match &x.val {
            Some(ConstValue::Int(n)) if *n >= 0 && *n < (1 << 40) => *n as u64,
            _ if x.is_invalid() => 0,
            _ => {
                self.error(
                    len.span,
                    format!("array length {} must be constant", x.expr),
                );
                0
            }
        }
    }

    fn struct_type(&mut self, fields: &[Field]) -> TypeId {
        let mut out: Vec<StructField> = Vec::new();
        for f in fields {
            let ty = self.resolve_type(&f.ty);
            if f.names.is_empty() {
                let name = embedded_name(&f.ty);
                out.push(StructField {
                    name,
                    ty,
                    embedded: true,
                });
                continue;
            }
            for n in &f.names {
                if !n.is_blank() && out.iter().any(|o| o.name == n.name) {
                    self.error(n.span, format!("{} redeclared", n.name));
                }
                self.record(n.id, ty, Mode::Variable);
                out.push(StructField {
                    name: n.name.clone(),
                    ty,
                    embedded: false,
                });
            }
        }
        self.tt.intern(Type::Struct(out))
    }

    fn interface_type(&mut self, elems: &[InterfaceElem]) -> TypeId {
        let mut methods: Vec<IfaceMethod> = Vec::new();
        for el in elems {
            match el {
                InterfaceElem::Method { name, ty } => {
                    let sig = self.signature(ty);
                    if methods.iter().any(|m| m.name == name.name) {
                        self.error(name.span, format!("duplicate method {}", name.name));
                        continue;
                    }
                    methods.push(IfaceMethod {
                        name: name.name.clone(),
                        sig,
                    });
                }
                InterfaceElem::Embed(t) => {
                    let et = self.resolve_type(t);
                    match self.tt.under(et).clone() {
                        Type::Interface(ms) => {
                            for m in ms {
                                if !methods.iter().any(|x| x.name == m.name) {
                                    methods.push(m);
                                }
                            }
                        }
                        _ if et == TypeId::INVALID => {}
                        _ => {
                            let s = self.tt.error_string(et);
                            self.error(
                                t.span,
                                format!("cannot use {s} as interface (not an interface)"),
                            );
                        }
                    }
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.tt.intern(Type::Interface(methods))
    }

    /// The function type of a signature; records parameter types.
    pub(super) fn signature(&mut self, ft: &FuncType) -> TypeId {
        let (params, variadic) = self.field_types(&ft.params, true);
        let (results, _) = self.field_types(&ft.results, false);
        self.tt.func(params, results, variadic)
    }

    fn field_types(&mut self, fields: &[Field], params: bool) -> (Vec<TypeId>, bool) {
        let mut out = Vec::new();
        let mut variadic = false;
        for (i, f) in fields.iter().enumerate() {
            let ty = match &f.ty.kind {
                ExprKind::Ellipsis(Some(elem)) => {
                    if !params || i + 1 != fields.len() || f.names.len() > 1 {
                        self.error(f.ty.span, "can only use ... with final parameter in list");
                    }
                    variadic = true;
                    let e = self.resolve_type(elem);
                    let t = self.tt.slice(e);
                    self.record(f.ty.id, t, Mode::Type);
                    t
                }
                _ => self.resolve_type(&f.ty),
            };
            for _ in 0..f.names.len().max(1) {
                out.push(ty);
            }
        }
        (out, variadic)
    }

    pub(super) fn comparable(&self, t: TypeId) -> bool {
        match self.tt.under(t) {
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
            Type::Struct(fields) => fields.iter().all(|f| self.comparable(f.ty)),
            Type::Array(_, e) => self.comparable(*e),
            _ => true,
        }
    }

    /// Looks up a field or method `name` of a value of type `t` (Go's LookupFieldOrMethod,
    /// shallowest depth wins).
    pub(super) fn lookup_field_or_method(&self, t: TypeId, name: &str) -> Option<Found> {
        let (base, ptr) = match self.tt.get(t) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        let mut level: Vec<(TypeId, Vec<usize>, bool)> = vec![(base, Vec::new(), ptr)];
        let mut seen = Vec::new();
        for _depth in 0..8 {
            let mut next = Vec::new();
            for (ty, path, indirect) in level {
                if seen.contains(&ty) {
                    continue;
                }
                seen.push(ty);
                if let Some(n) = self.tt.named(ty) {
                    if let Some(m) = n.methods.iter().find(|m| m.name == name) {
                        return Some(Found::Method {
                            func: m.func,
                            sig: m.sig,
                            ptr_recv: m.ptr_recv,
                            path,
                            indirect,
                        });
                    }
                }
                match self.tt.under(ty) {
                    Type::Interface(ms) => {
                        if let Some(m) = ms.iter().find(|m| m.name == name) {
                            return Some(Found::IfaceMethod { sig: m.sig });
                        }
                    }
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            let mut p = path.clone();
                            p.push(i);
                            if f.name == name {
                                return Some(Found::Field { path: p, ty: f.ty });
                            }
                            if f.embedded {
                                let (ft, fptr) = match self.tt.get(f.ty) {
                                    Type::Pointer(e) => (*e, true),
                                    _ => (f.ty, false),
                                };
                                next.push((ft, p, indirect || fptr));
                            }
                        }
                    }
                    _ => {}
                }
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        None
    }

    /// `None` if `t` implements interface `iface`, else gc's parenthesized reason, e.g.
    /// `(missing method Close)` or `(method Close has pointer receiver)`.
    pub(super) fn missing_method(&self, t: TypeId, iface: TypeId) -> Option<String> {
        let Type::Interface(want) = self.tt.under(iface).clone() else {
            return None;
        };
        for m in &want {
            if let Type::Interface(have) = self.tt.under(t) {
                match have.iter().find(|h| h.name == m.name) {
                    Some(h) if h.sig == m.sig => continue,
                    Some(h) => return Some(self.wrong_type(&m.name, h.sig, m.sig)),
                    None => return Some(format!("(missing method {})", m.name)),
                }
            }
            match self.lookup_field_or_method(t, &m.name) {
                Some(Found::Method {
                    sig,
                    ptr_recv,
                    indirect,
                    ..
                }) => {
                    if sig != m.sig {
                        return Some(self.wrong_type(&m.name, sig, m.sig));
                    }
                    if ptr_recv && !indirect {
                        return Some(format!("(method {} has pointer receiver)", m.name));
                    }
                }
                Some(Found::IfaceMethod { sig }) if sig == m.sig => {}
                _ => return Some(format!("(missing method {})", m.name)),
            }
        }
        None
    }

    fn wrong_type(&self, name: &str, have: TypeId, want: TypeId) -> String {
        let h = self.tt.error_string(have);
        let w = self.tt.error_string(want);
        let h = h.strip_prefix("func").unwrap_or(&h);
        let w = w.strip_prefix("func").unwrap_or(&w);
        format!("(wrong type for method {name})\n\t\thave {name}{h}\n\t\twant {name}{w}")
    }

    /// gc's description of an operand: `x (variable of type int)`,
    /// `1 (untyped int constant)`, `c (variable of struct type Conn)`, `nil`.
    pub(super) fn describe(&self, x: &Operand) -> String {
        if x.is_nil() {
            return "nil".into();
        }
        let mut s = format!("{} (", x.expr);
        let untyped = self.tt.is_untyped(x.ty);
        if untyped {
            s.push_str(self.tt.basic(x.ty).map_or("", |k| k.name()));
            s.push(' ');
        }
        s.push_str(match x.mode {
            Mode::NoValue => "no value",
            Mode::Builtin => "built-in",
            Mode::Type => "type",
            Mode::Constant => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            _ if x.comma_ok => "comma, ok expression",
            _ => "value",
        });
        if let (Mode::Constant, Some(v)) = (x.mode, &x.val) {
            let vs = consts::const_string(v);
            if vs != x.expr {
                s.push(' ');
                s.push_str(&vs);
            }
        }
        if !untyped && !matches!(x.mode, Mode::NoValue | Mode::Builtin | Mode::Type) {
            s.push_str(" of ");
            match &x.spelled {
                Some(sp) => {
                    s.push_str("type ");
                    s.push_str(sp);
                }
                None => {
                    s.push_str(&self.kind_prefix(x.ty));
                    s.push_str("type ");
                    s.push_str(&self.tt.error_string(x.ty));
                }
            }
        }
        s.push(')');
        s
    }

    /// `struct `, `interface `, `float64 ` for defined types (and `any`), as types2 does.
    fn kind_prefix(&self, t: TypeId) -> String {
        if self.tt.named(t).is_none() && t != TypeId::ANY {
            return String::new();
        }
        let k = match self.tt.under(t) {
            Type::Basic(b) => b.name(),
            Type::Array(..) => "array",
            Type::Slice(_) => "slice",
            Type::Struct(_) => "struct",
            Type::Pointer(_) => "pointer",
            Type::Func(_) => "func",
            Type::Interface(_) => "interface",
            Type::Map(..) => "map",
            Type::Chan(..) => "chan",
            Type::Tuple(_) => "tuple",
            Type::Named(_) => "",
        };
        format!("{k} ")
    }

    /// Whether a (typed) value of type `v` may be assigned to `t`; `Err` carries the
    /// reason suffix gc appends (`: Conn does not implement Closer (...)`).
    pub(super) fn assignable_type(&self, v: TypeId, t: TypeId) -> Result<(), String> {
        if v == t || v == TypeId::INVALID || t == TypeId::INVALID {
            return Ok(());
        }
        let (vu, tu) = (self.tt.underlying(v), self.tt.underlying(t));
        // Predeclared types are named (defined) types too.
        let named =
            |x: TypeId| self.tt.named(x).is_some() || matches!(self.tt.get(x), Type::Basic(_));
        if vu == tu && (!named(v) || !named(t)) && !self.tt.is_interface(t) {
            return Ok(());
        }
        if self.tt.is_interface(t) {
            return match self.missing_method(v, t) {
                None => Ok(()),
                Some(reason) => Err(format!(
                    ": {} does not implement {} {reason}",
                    self.tt.error_string(v),
                    self.tt.error_string(t)
                )),
            };
        }
        if self.tt.is_interface(v) {
            return Err(": need type assertion".into());
        }
        if let (Type::Chan(ChanDir::Both, ve), Type::Chan(_, te)) =
            (self.tt.get(vu), self.tt.get(tu))
        {
            if ve == te && (!named(v) || !named(t)) {
                return Ok(());
            }
        }
        Err(String::new())
    }

    /// Checks that `x` can be assigned to a `t` ("in {context}"), converting untyped
    /// operands and recording their final type. Reports gc's message otherwise.
    pub(super) fn assign_to(
        &mut self,
        e: &Expr,
        x: &mut Operand,
        t: TypeId,
        context: &str,
    ) -> bool {
        let target = self.target_spelled.take();
        if x.is_invalid() || t == TypeId::INVALID {
            return false;
        }
        if x.mode == Mode::NoValue {
            self.error(e.span, format!("{} (no value) used as value", x.expr));
            return false;
        }
        if matches!(self.tt.get(x.ty), Type::Tuple(_)) {
            let d = self.describe(x);
            self.error(
                e.span,
                format!("multiple-value {d} in single-value context"),
            );
            return false;
        }
        if self.tt.is_untyped(x.ty) {
            if x.is_nil() {
                if self.nilable(t) {
                    self.set_type(e, x, t);
                    return true;
                }
                let ts = target.clone().unwrap_or_else(|| self.tt.error_string(t));
                self.error(e.span, format!("cannot use nil as {ts} value in {context}"));
                return false;
            }
            if self.tt.is_interface(t) {
                // The constant takes its default type, where it must fit.
                let d = self.default_type(x.ty);
                if !self.fits_default(e, x, d, context) {
                    return false;
                }
                self.set_type(e, x, d);
            } else {
                match self.convert_untyped(x, t) {
                    Ok(()) => {
                        self.set_type(e, x, t);
                        return true;
                    }
                    Err(suffix) => {
                        let d = self.describe(x);
                        let ts = target.clone().unwrap_or_else(|| self.tt.error_string(t));
                        self.error(
                            e.span,
                            format!("cannot use {d} as {ts} value in {context}{suffix}"),
                        );
                        return false;
                    }
                }
            }
        }
        match self.assignable_type(x.ty, t) {
            Ok(()) => true,
            Err(reason) => {
                let d = self.describe(x);
                let ts = target.clone().unwrap_or_else(|| self.tt.error_string(t));
                self.error(
                    e.span,
                    format!("cannot use {d} as {ts} value in {context}{reason}"),
                );
                false
            }
        }
    }

    /// Checks that untyped constant `x` fits its default type `d` (gc: `cannot use
    /// 1 << 70 (untyped int constant ...) as int value in ... (overflows)`).
    pub(super) fn fits_default(
        &mut self,
        e: &Expr,
        x: &mut Operand,
        d: TypeId,
        context: &str,
    ) -> bool {
        if x.val.is_none() || d == TypeId::INVALID {
            return true;
        }
        match self.convert_untyped(x, d) {
            Ok(()) => true,
            Err(suffix) => {
                let desc = self.describe(x);
                let ts = self.tt.error_string(d);
                self.error(
                    e.span,
                    format!("cannot use {desc} as {ts} value in {context}{suffix}"),
                );
                false
            }
        }
    }

    /// How messages name an operand's type: its spelling if known.
    pub(super) fn type_name(&self, x: &Operand) -> String {
        x.spelled
            .clone()
            .unwrap_or_else(|| self.tt.error_string(x.ty))
    }

    /// The default type of an untyped kind (`INVALID` for typed or nil).
    pub(super) fn default_type(&self, t: TypeId) -> TypeId {
        self.tt
            .basic(t)
            .and_then(|k| k.default_type())
            .unwrap_or(TypeId::INVALID)
    }

    pub(super) fn nilable(&self, t: TypeId) -> bool {
        matches!(
            self.tt.under(t),
            Type::Pointer(_)
                | Type::Slice(_)
                | Type::Map(..)
                | Type::Chan(..)
                | Type::Func(_)
                | Type::Interface(_)
        ) || t == TypeId::UNTYPED_NIL
    }

    /// Checks that untyped `x` fits type `t` (not an interface); `Err` is the suffix
    /// gc appends (` (overflows)`, ` (truncated)`, or nothing for a kind mismatch).
    pub(super) fn convert_untyped(&mut self, x: &mut Operand, t: TypeId) -> Result<(), String> {
        let Some(tk) = self.tt.basic(t) else {
            return Err(String::new());
        };
        let xk = self.tt.basic(x.ty).unwrap_or(BasicKind::Invalid);
        let kind_ok = (xk.is_boolean() && tk.is_boolean())
            || (xk.is_numeric() && tk.is_numeric())
            || (xk.is_string() && tk.is_string());
        if !kind_ok {
            return Err(String::new());
        }
        if let Some(v) = &x.val {
            match consts::represent(v, tk) {
                Ok(nv) => x.val = Some(nv),
                Err(consts::NotRepresentable::Overflows) => return Err(" (overflows)".into()),
                Err(consts::NotRepresentable::Truncated) => return Err(" (truncated)".into()),
                Err(consts::NotRepresentable::Mismatch) => return Err(String::new()),
            }
        }
        Ok(())
    }

    /// Gives an untyped expression its final type, down through parentheses and
    /// operators, and records it (also the converted constant value).
    pub(super) fn set_type(&mut self, e: &Expr, x: &mut Operand, t: TypeId) {
        x.ty = t;
        self.update_untyped(e, t);
        if let Some(v) = &x.val {
            self.record_const(e.id, v.clone());
        }
    }

    pub(super) fn update_untyped(&mut self, e: &Expr, t: TypeId) {
        let cur = self
            .exprs
            .get(e.id.index())
            .map_or(TypeId::INVALID, |i| i.ty);
        if !self.tt.is_untyped(cur) {
            return;
        }
        let mode = self.exprs[e.id.index()].mode;
        self.record(e.id, t, mode);
        match &e.kind {
            ExprKind::Paren(x) => self.update_untyped(x, t),
            ExprKind::Unary(_, x) => self.update_untyped(x, t),
            ExprKind::Binary(op, x, y) if !op.is_comparison() => {
                self.update_untyped(x, t);
                if !op.is_shift() {
                    self.update_untyped(y, t);
                }
            }
            ExprKind::Binary(_, x, y) => {
                // Operands of an untyped comparison take their default types.
                for o in [x, y] {
                    let ot = self
                        .exprs
                        .get(o.id.index())
                        .map_or(TypeId::INVALID, |i| i.ty);
                    if let Some(d) = self.tt.basic(ot).and_then(|k| k.default_type()) {
                        self.update_untyped(o, d);
                    }
                }
            }
            _ => {}
        }
    }
}

fn is_exported(name: &str) -> bool {
    name.starts_with(|c: char| c.is_uppercase())
}

/// The implicit name of an embedded field: the type name without `*` or package.
fn embedded_name(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(id) => id.name.clone(),
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Selector(_, sel) => sel.name.clone(),
        _ => "?".into(),
    }
}
