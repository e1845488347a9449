//! Types for the checker: the operand type, type expressions → [`TypeId`] (arrays,
//! maps, channels, structs, interfaces with embedded interfaces flattened), and
//! function signatures. Lookup is in `check_lookup.rs`, assignability and operand
//! wording in `check_assignable.rs`.

use super::ast::*;
use super::check::{Checker, Entity};
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

    pub(super) fn type_expr(&mut self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::Ident(id) => match self.lookup_ident(id) {
                Some(Entity::Type(t)) => t,
                Some(Entity::Nil) => {
                    self.error(e.span, "nil (untyped nil) is not a type");
                    TypeId::INVALID
                }
                Some(Entity::Const(..)) => {
                    self.error(e.span, format!("{} (constant) is not a type", id.name));
                    TypeId::INVALID
                }
                Some(_) => {
                    // types2 describes the operand: `x (variable of type int) is not a type`.
                    let x = self.expr(e);
                    if !x.is_invalid() {
                        let d = self.describe(&x);
                        self.error(e.span, format!("{d} is not a type"));
                    }
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
                                self.error(
                                    sel.span,
                                    format!("undefined: {}.{}", pkg.name, sel.name),
                                );
                                TypeId::INVALID
                            }
                        };
                    }
                }
                if let ExprKind::Ident(base) = &x.kind {
                    if self.lookup(&base.name).is_none() {
                        self.error(x.span, format!("undefined: {}", base.name));
                        return TypeId::INVALID;
                    }
                }
                let s = super::exprstring::expr_string(e);
                self.error(e.span, format!("{s} is not a type"));
                TypeId::INVALID
            }
            ExprKind::Paren(x) => self.resolve_type(x),
            ExprKind::Star(x) => {
                // A pointer to a type in error is in error too (no follow-on messages).
                let t = self.resolve_type(x);
                if t == TypeId::INVALID {
                    return TypeId::INVALID;
                }
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
        // types2's arrayLength, message for message.
        if let ExprKind::Ident(id) = &len.kind {
            match self.lookup(&id.name) {
                None => {
                    self.error(
                        len.span,
                        format!(
                            "undefined array length {} or missing type constraint",
                            id.name
                        ),
                    );
                    return 0;
                }
                Some(Entity::Const(..)) | Some(Entity::Lazy(_)) => {}
                Some(_) => {
                    self.error(len.span, format!("invalid array length {}", id.name));
                    return 0;
                }
            }
        }
        let x = self.expr(len);
        if x.is_invalid() {
            return 0;
        }
        if x.mode != Mode::Constant {
            let d = self.describe(&x);
            self.error(len.span, format!("array length {d} must be constant"));
            return 0;
        }
        let k = self.tt.basic(x.ty).unwrap_or(BasicKind::Invalid);
        let n = match &x.val {
            Some(ConstValue::Int(n)) => Some(*n),
            Some(ConstValue::Float(f)) if f.fract() == 0.0 && k.is_untyped() => Some(*f as i128),
            _ => None,
        };
        match n {
            Some(n) if (0..1 << 40).contains(&n) && (k.is_untyped() || k.is_integer()) => n as u64,
            _ => {
                let d = self.describe(&x);
                let msg = if k.is_integer() {
                    format!("invalid array length {d}")
                } else {
                    format!("array length {d} must be integer")
                };
                self.error(len.span, msg);
                0
            }
        }
    }

    pub(super) fn struct_type(&mut self, fields: &[Field]) -> TypeId {
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

    pub(super) fn interface_type(&mut self, elems: &[InterfaceElem]) -> TypeId {
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
        super::sort::sort_by(&mut methods, |a, b| a.name.cmp(&b.name));
        self.tt.intern(Type::Interface(methods))
    }

    /// The function type of a signature; records parameter types.
    pub(super) fn signature(&mut self, ft: &FuncType) -> TypeId {
        let (params, variadic) = self.field_types(&ft.params, true);
        let (results, _) = self.field_types(&ft.results, false);
        self.tt.func(params, results, variadic)
    }

    pub(super) fn field_types(&mut self, fields: &[Field], params: bool) -> (Vec<TypeId>, bool) {
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
