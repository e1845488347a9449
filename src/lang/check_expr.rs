//! Expressions for the checker: identifiers, literals, indexing, slicing, type
//! assertions and unary operators (with constant folding). Selectors are in
//! `check_select.rs`, binary operators in `check_binary.rs`, calls in `check_call.rs`,
//! composite literals in `check_composite.rs`.

use super::ast::*;
use super::check::{Checker, Entity};
use super::check_types::Operand;
use super::consts;
use super::exprstring::expr_string;
use super::info::{Mode, Res};
use super::types::*;

impl Checker<'_> {
    /// Resolves an identifier (resolving a pending package-level var/const first),
    /// records what it denotes and marks imports used.
    pub(super) fn lookup_ident(&mut self, id: &Ident) -> Option<Entity> {
        let mut ent = self.lookup(&id.name)?;
        if let Entity::Lazy(l) = ent {
            self.resolve_lazy(l);
            let p = self.lazies[l].pkg;
            ent = self.pkgs[p].scope.get(&id.name).cloned()?;
            if matches!(ent, Entity::Lazy(_)) {
                return None;
            }
        }
        let res = match &ent {
            Entity::Local(l) => Res::Local(*l),
            Entity::Global(g) => Res::Global(*g),
            Entity::Func(f) => Res::Func(*f),
            Entity::Type(t) => Res::Type(*t),
            Entity::Const(..) => Res::Const,
            Entity::Builtin(b) => Res::Builtin(*b),
            Entity::Package(i) => {
                self.imports[*i].used = true;
                Res::Package(self.imports[*i].path.clone())
            }
            Entity::Nil => Res::Nil,
            Entity::Lazy(_) => return None,
        };
        self.record_res(id.id, res);
        Some(ent)
    }

    /// Evaluates an expression that must be a single value.
    pub(super) fn value(&mut self, e: &Expr) -> Operand {
        let x = self.expr(e);
        self.single(e, x)
    }

    pub(super) fn single(&mut self, e: &Expr, x: Operand) -> Operand {
        if x.is_invalid() {
            return x;
        }
        match x.mode {
            Mode::NoValue => {
                self.error(e.span, format!("{} (no value) used as value", x.expr));
                Operand::invalid(x.expr)
            }
            Mode::Type => {
                self.error(e.span, format!("{} (type) is not an expression", x.expr));
                Operand::invalid(x.expr)
            }
            Mode::Builtin => {
                self.error(e.span, format!("{} (built-in) must be called", x.expr));
                Operand::invalid(x.expr)
            }
            _ if matches!(self.tt.get(x.ty), Type::Tuple(_)) => {
                let d = self.describe(&x);
                self.error(
                    e.span,
                    format!("multiple-value {d} in single-value context"),
                );
                Operand::invalid(x.expr)
            }
            _ => x,
        }
    }

    /// Evaluates any expression (value, type, built-in, no-value call, tuple) and
    /// records its type, mode and constant value.
    pub(super) fn expr(&mut self, e: &Expr) -> Operand {
        let x = self.expr_inner(e);
        let mode = if x.is_invalid() {
            Mode::Invalid
        } else {
            x.mode
        };
        self.record(e.id, x.ty, mode);
        if let Some(v) = &x.val {
            self.record_const(e.id, v.clone());
        }
        x
    }

    pub(super) fn operand(&self, e: &Expr, mode: Mode, ty: TypeId) -> Operand {
        Operand {
            mode,
            ty,
            val: None,
            comma_ok: false,
            spelled: None,
            expr: expr_string(e),
        }
    }

    pub(super) fn expr_inner(&mut self, e: &Expr) -> Operand {
        let text = expr_string(e);
        match &e.kind {
            ExprKind::Ident(id) => self.ident_expr(e, id),
            // A literal the lexer found malformed was reported there; like gc, its
            // value is invalid from then on.
            ExprKind::BasicLit(kind, raw) if !well_formed(*kind, raw) => Operand::invalid(text),
            ExprKind::BasicLit(kind, raw) => match consts::literal_value(*kind, raw) {
                Ok(v) => {
                    let ty = match kind {
                        LitKind::Int => TypeId::UNTYPED_INT,
                        LitKind::Float => TypeId::UNTYPED_FLOAT,
                        LitKind::Rune => TypeId::UNTYPED_RUNE,
                        _ => TypeId::UNTYPED_STRING,
                    };
                    let mut x = self.operand(e, Mode::Constant, ty);
                    x.val = Some(v);
                    x
                }
                Err(msg) => {
                    self.error(e.span, msg);
                    Operand::invalid(text)
                }
            },
            ExprKind::Composite { .. } => self.composite(e, None),
            ExprKind::FuncLit { ty, body } => {
                let sig = self.signature(ty);
                self.func_lit(e, ty, body, sig);
                self.operand(e, Mode::Value, sig)
            }
            ExprKind::Paren(inner) => {
                let mut x = self.expr(inner);
                x.expr = text;
                x
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Index(x, i) => self.index(e, x, i),
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(e, x, [lo, hi, max]),
            ExprKind::TypeAssert(x, t) => self.type_assert(e, x, t.as_deref()),
            ExprKind::Call { .. } => self.call(e),
            ExprKind::Star(inner) => {
                let x = self.expr(inner);
                if x.is_invalid() {
                    return Operand::invalid(text);
                }
                if x.mode == Mode::Type {
                    let t = self.tt.pointer(x.ty);
                    return self.operand(e, Mode::Type, t);
                }
                let x = self.single(inner, x);
                if x.is_invalid() {
                    return x;
                }
                if x.is_nil() {
                    self.error(inner.span, "invalid operation: cannot indirect nil");
                    return Operand::invalid(text);
                }
                match self.tt.under(x.ty) {
                    Type::Pointer(elem) => {
                        let elem = *elem;
                        self.operand(e, Mode::Variable, elem)
                    }
                    _ => {
                        let d = self.describe(&x);
                        self.error(
                            inner.span,
                            format!("invalid operation: cannot indirect {d}"),
                        );
                        Operand::invalid(text)
                    }
                }
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x),
            ExprKind::Binary(op, x, y) => self.binary(e, *op, x, y),
            ExprKind::KeyValue(..) => {
                self.error(e.span, "unexpected key:value expression");
                Operand::invalid(text)
            }
            ExprKind::ArrayType { .. }
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => {
                let t = self.resolve_type(e);
                self.operand(e, Mode::Type, t)
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of ...");
                Operand::invalid(text)
            }
            ExprKind::Bad => Operand::invalid(text),
        }
    }

    pub(super) fn ident_expr(&mut self, e: &Expr, id: &Ident) -> Operand {
        if id.is_blank() {
            self.error(e.span, "cannot use _ as value");
            return Operand::invalid(id.name.clone());
        }
        let Some(ent) = self.lookup_ident(id) else {
            self.error(e.span, format!("undefined: {}", id.name));
            return Operand::invalid(id.name.clone());
        };
        match ent {
            Entity::Local(l) => {
                self.use_local(l);
                let ty = self.locals[l.0 as usize].ty;
                let mut x = self.operand(e, Mode::Variable, ty);
                x.spelled = self.local_spelling.get(&l).cloned();
                x
            }
            Entity::Global(g) => {
                let ty = self.globals[g.0 as usize].ty;
                let mut x = self.operand(e, Mode::Variable, ty);
                x.spelled = self.global_spelling.get(&g).cloned();
                x
            }
            Entity::Func(f) => {
                let ty = self.funcs[f.0 as usize].sig;
                self.operand(e, Mode::Value, ty)
            }
            Entity::Type(t) => self.operand(e, Mode::Type, t),
            Entity::Const(t, v) => {
                let mut x = self.operand(e, Mode::Constant, t);
                x.val = Some(v);
                x
            }
            Entity::Builtin(_) => self.operand(e, Mode::Builtin, TypeId::INVALID),
            Entity::Nil => self.operand(e, Mode::Value, TypeId::UNTYPED_NIL),
            Entity::Package(_) => {
                self.error(
                    e.span,
                    format!("use of package {} without selector", id.name),
                );
                Operand::invalid(id.name.clone())
            }
            Entity::Lazy(_) => Operand::invalid(id.name.clone()),
        }
    }

    /// An integer index (or slice bound); `len` is the known length for bound checks.
    pub(super) fn index_value(&mut self, i: &Expr, len: Option<i128>) -> Option<i128> {
        let mut x = self.value(i);
        if x.is_invalid() {
            return None;
        }
        let is_int = self.tt.basic(x.ty).is_some_and(|k| k.is_integer())
            || (x.ty == TypeId::UNTYPED_FLOAT
                && matches!(&x.val, Some(ConstValue::Float(f)) if f.fract() == 0.0));
        if !is_int {
            let d = self.describe(&x);
            let msg = if x.ty == TypeId::UNTYPED_FLOAT {
                format!("invalid argument: index {d} truncated to int")
            } else {
                format!("invalid argument: index {d} must be integer")
            };
            self.error(i.span, msg);
            return None;
        }
        if self.tt.is_untyped(x.ty) {
            self.set_type(i, &mut x, TypeId::INT);
        }
        let v = match &x.val {
            Some(ConstValue::Int(v)) => *v,
            Some(ConstValue::Float(f)) => *f as i128,
            _ => return None,
        };
        if v < 0 {
            let d = self.describe(&x);
            self.error(
                i.span,
                format!("invalid argument: index {d} must not be negative"),
            );
            return None;
        }
        if let Some(n) = len {
            if v >= n {
                self.error(
                    i.span,
                    format!("invalid argument: index {v} out of bounds [0:{n}]"),
                );
            }
        }
        Some(v)
    }

    pub(super) fn index(&mut self, e: &Expr, base: &Expr, i: &Expr) -> Operand {
        let text = expr_string(e);
        let x = self.value(base);
        if x.is_invalid() {
            self.value(i);
            return Operand::invalid(text);
        }
        let under = self.tt.under(x.ty).clone();
        match under {
            Type::Basic(k) if k.is_string() => {
                let len = match &x.val {
                    Some(ConstValue::String(s)) => Some(s.len() as i128),
                    _ => None,
                };
                let idx = self.index_value(i, len);
                let mut r = self.operand(e, Mode::Value, TypeId::UINT8);
                if let (Some(ConstValue::String(s)), Some(n)) = (&x.val, idx) {
                    if let Some(b) = s.as_bytes().get(n as usize) {
                        r.mode = Mode::Constant;
                        r.val = Some(ConstValue::Int(*b as i128));
                    }
                }
                r
            }
            Type::Slice(elem) => {
                self.index_value(i, None);
                self.operand(e, Mode::Variable, elem)
            }
            Type::Array(n, elem) => {
                self.index_value(i, Some(n as i128));
                let mode = if x.mode == Mode::Variable {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                self.operand(e, mode, elem)
            }
            Type::Pointer(p) if matches!(self.tt.under(p), Type::Array(..)) => {
                let Type::Array(n, elem) = self.tt.under(p).clone() else {
                    return Operand::invalid(text);
                };
                self.index_value(i, Some(n as i128));
                self.operand(e, Mode::Variable, elem)
            }
            Type::Map(k, v) => {
                let mut key = self.value(i);
                self.assign_to(i, &mut key, k, "map index");
                let mut r = self.operand(e, Mode::MapIndex, v);
                r.comma_ok = true;
                r
            }
            _ => {
                self.value(i);
                let d = self.describe(&x);
                self.error(e.span, format!("invalid operation: cannot index {d}"));
                Operand::invalid(text)
            }
        }
    }

    pub(super) fn slice_expr(
        &mut self,
        e: &Expr,
        base: &Expr,
        idx: [&Option<Box<Expr>>; 3],
    ) -> Operand {
        let text = expr_string(e);
        let x = self.value(base);
        for i in idx.iter().copied().flatten() {
            self.index_value(i, None);
        }
        if x.is_invalid() {
            return Operand::invalid(text);
        }
        let under = self.tt.under(x.ty).clone();
        let ty = match under {
            Type::Basic(k) if k.is_string() => {
                if idx[2].is_some() {
                    self.error(e.span, "invalid operation: 3-index slice of string");
                    return Operand::invalid(text);
                }
                if k == BasicKind::UntypedString {
                    TypeId::STRING
                } else {
                    x.ty
                }
            }
            Type::Slice(_) => x.ty,
            Type::Array(_, elem) => {
                if x.mode != Mode::Variable {
                    let d = self.describe(&x);
                    self.error(
                        e.span,
                        format!("invalid operation: {d} (slice of unaddressable value)"),
                    );
                    return Operand::invalid(text);
                }
                self.tt.slice(elem)
            }
            Type::Pointer(p) => match self.tt.under(p).clone() {
                Type::Array(_, elem) => self.tt.slice(elem),
                _ => {
                    let d = self.describe(&x);
                    self.error(e.span, format!("cannot slice {d}"));
                    return Operand::invalid(text);
                }
            },
            _ => {
                let d = self.describe(&x);
                self.error(e.span, format!("cannot slice {d}"));
                return Operand::invalid(text);
            }
        };
        self.operand(e, Mode::Value, ty)
    }

    pub(super) fn type_assert(&mut self, e: &Expr, base: &Expr, t: Option<&Expr>) -> Operand {
        let text = expr_string(e);
        let x = self.value(base);
        let Some(t) = t else {
            self.error(
                e.span,
                "invalid syntax tree: use of .(type) outside type switch",
            );
            return Operand::invalid(text);
        };
        if x.is_invalid() {
            // types2 does not look at the type then (so its package stays unused).
            return Operand::invalid(text);
        }
        let ty = self.resolve_type(t);
        if ty == TypeId::INVALID {
            return Operand::invalid(text);
        }
        if !self.tt.is_interface(x.ty) {
            let d = self.describe(&x);
            self.error(
                base.span,
                format!("invalid operation: {d} is not an interface"),
            );
            return Operand::invalid(text);
        }
        if !self.tt.is_interface(ty) {
            if let Some(reason) = self.missing_method(ty, x.ty) {
                let ts = self.tt.error_string(ty);
                let is = self.tt.error_string(x.ty);
                self.error(
                    base.span,
                    format!("impossible type assertion: {text}\n\t{ts} does not implement {is} {reason}"),
                );
                return Operand::invalid(text);
            }
        }
        let mut r = self.operand(e, Mode::Value, ty);
        r.comma_ok = true;
        r
    }

    pub(super) fn unary(&mut self, e: &Expr, op: UnaryOp, inner: &Expr) -> Operand {
        let text = expr_string(e);
        if op == UnaryOp::Addr {
            let mut base = inner;
            while let ExprKind::Paren(b) = &base.kind {
                base = b;
            }
            let x = self.value(inner);
            if x.is_invalid() {
                return Operand::invalid(text);
            }
            let is_lit = matches!(base.kind, ExprKind::Composite { .. });
            if x.mode != Mode::Variable && !is_lit {
                let d = self.describe(&x);
                self.error(
                    inner.span,
                    format!("invalid operation: cannot take address of {d}"),
                );
                return Operand::invalid(text);
            }
            let t = self.tt.pointer(x.ty);
            return self.operand(e, Mode::Value, t);
        }
        if op == UnaryOp::Recv {
            let x = self.value(inner);
            if x.is_invalid() {
                return Operand::invalid(text);
            }
            return match self.tt.under(x.ty).clone() {
                Type::Chan(ChanDir::Send, _) => {
                    let d = self.describe(&x);
                    self.error(
                        inner.span,
                        format!(
                            "invalid operation: cannot receive from send-only channel {} {d}",
                            self.type_name(&x)
                        ),
                    );
                    Operand::invalid(text)
                }
                Type::Chan(_, elem) => {
                    let mut r = self.operand(e, Mode::Value, elem);
                    r.comma_ok = true;
                    r
                }
                _ => {
                    let d = self.describe(&x);
                    self.error(
                        inner.span,
                        format!(
                            "invalid operation: cannot receive from non-channel {} {d}",
                            self.type_name(&x)
                        ),
                    );
                    Operand::invalid(text)
                }
            };
        }
        let mut x = self.value(inner);
        if x.is_invalid() {
            return Operand::invalid(text);
        }
        let k = self.tt.basic(x.ty).unwrap_or(BasicKind::Invalid);
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => k.is_numeric(),
            UnaryOp::Not => k.is_boolean(),
            _ => k.is_integer(),
        };
        if !ok {
            let d = self.describe(&x);
            self.error(
                inner.span,
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.as_str()
                ),
            );
            return Operand::invalid(text);
        }
        x.expr = text;
        if let Some(v) = &x.val {
            match consts::unary(op, v, k) {
                Some(nv) => {
                    if !k.is_untyped() && consts::represent(&nv, k).is_err() {
                        let ts = self.tt.error_string(x.ty);
                        let vs = consts::const_string(&nv);
                        self.error(
                            e.span,
                            format!("{} (constant {vs} of type {ts}) overflows {ts}", x.expr),
                        );
                        return Operand::invalid(x.expr);
                    }
                    x.val = Some(nv);
                }
                None => x.val = None,
            }
        }
        if x.val.is_none() || x.mode != Mode::Constant {
            x.mode = Mode::Value;
        }
        x
    }
}

/// Whether a rune or string literal is closed (the lexer reported it otherwise).
fn well_formed(kind: LitKind, raw: &str) -> bool {
    let closed = |q: char| raw.len() >= 2 && raw.starts_with(q) && raw.ends_with(q);
    match kind {
        LitKind::Rune => raw.len() >= 3 && closed('\''),
        LitKind::String => closed('"') || closed('`'),
        _ => true,
    }
}
