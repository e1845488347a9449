//! Assignability for the checker: whether a value may be assigned to a type,
//! untyped constants taking their final type (and fitting it), and gc's wording for
//! operands (`x (variable of type int)`) and for `cannot use ... as ... value in ...`.

use super::ast::*;
use super::check::*;
use super::check_types::*;
use super::consts;
use super::info::*;
use super::types::*;

impl Checker<'_> {
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
    pub(super) fn kind_prefix(&self, t: TypeId) -> String {
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
        if v == t || self.contains_invalid(v) || self.contains_invalid(t) {
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
            // A struct with an embedded field in error may have lost methods: gc does not
            // report it as not implementing anything.
            if let Type::Struct(fields) = self.tt.under(v) {
                if fields.iter().any(|f| f.embedded && f.ty == TypeId::INVALID) {
                    return Ok(());
                }
            }
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
