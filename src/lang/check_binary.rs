//! Binary operators for the checker: matching operand types (untyped constants take
//! the other side's type), comparisons, shifts, operator applicability and constant
//! folding, with gc's messages (`invalid operation: x + s (mismatched types int and
//! string)`).

use super::ast::*;
use super::check::Checker;
use super::check_types::Operand;
use super::consts;
use super::exprstring::expr_string;
use super::info::Mode;
use super::span::Span;
use super::types::*;

impl Checker<'_> {
    pub(super) fn binary(&mut self, e: &Expr, op: BinaryOp, xe: &Expr, ye: &Expr) -> Operand {
        let text = expr_string(e);
        let x = self.value(xe);
        let y = self.value(ye);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(text);
        }
        if op.is_shift() {
            return self.shift(e, xe, x, ye, y);
        }
        self.binary_operands(e.span, text, op, xe, x, ye, y)
    }

    /// `x op y` on evaluated operands (also used by `op=` and switch cases); `text` is
    /// the expression as gc quotes it.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn binary_operands(
        &mut self,
        span: Span,
        text: String,
        op: BinaryOp,
        xe: &Expr,
        mut x: Operand,
        ye: &Expr,
        mut y: Operand,
    ) -> Operand {
        if op.is_shift() {
            // `x <<= n`: same rules as a shift expression.
            let fake = Expr {
                id: xe.id,
                span,
                kind: ExprKind::Binary(op, Box::new(xe.clone()), Box::new(ye.clone())),
            };
            return self.shift(&fake, xe, x, ye, y);
        }
        let matched = self.match_types(op, xe, &mut x, ye, &mut y);
        if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            // An untyped constant did not convert; reported already.
            return Operand::invalid(text);
        }
        if !matched && !op.is_comparison() {
            let (a, b) = (self.type_name(&x), self.type_name(&y));
            self.error(
                xe.span,
                format!("invalid operation: {text} (mismatched types {a} and {b})"),
            );
            return Operand::invalid(text);
        }
        if op.is_comparison() {
            return self.comparison(xe.span, ye.span, op, x, y, text);
        }
        let k = self.tt.basic(x.ty).unwrap_or(BasicKind::Invalid);
        let defined = match op {
            BinaryOp::LAnd | BinaryOp::LOr => k.is_boolean(),
            BinaryOp::Add => k.is_numeric() || k.is_string(),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Quo => k.is_numeric(),
            _ => k.is_integer(),
        };
        if !defined {
            let d = self.describe(&x);
            self.error(
                xe.span,
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.as_str()
                ),
            );
            return Operand::invalid(text);
        }
        if matches!(op, BinaryOp::Quo | BinaryOp::Rem) && k.is_integer() {
            if let Some(ConstValue::Int(0)) = y.val {
                self.error(ye.span, "invalid operation: division by zero");
                return Operand::invalid(text);
            }
        }
        let mut r = Operand::value(x.ty, text);
        if let (Some(a), Some(b)) = (&x.val, &y.val) {
            if k == BasicKind::UntypedFloat {
                if let Some(v) = self.exact_float(op, a, b) {
                    r.mode = Mode::Constant;
                    r.val = Some(v);
                    return r;
                }
            }
            match consts::binary(op, a, b, k.is_integer()) {
                Ok(Some(v)) => {
                    // Typed constants must stay representable in their type.
                    if !k.is_untyped() {
                        if let Err(consts::NotRepresentable::Overflows) = consts::represent(&v, k) {
                            let ts = self.tt.error_string(x.ty);
                            let vs = consts::const_string(&v);
                            self.error(
                                span,
                                format!("{} (constant {vs} of type {ts}) overflows {ts}", r.expr),
                            );
                            return Operand::invalid(r.expr);
                        }
                    }
                    // An untyped integer quotient of floats stays a float constant.
                    let v = match (v, k) {
                        (ConstValue::Int(i), k) if k.is_float() => ConstValue::Float(i as f64),
                        (v, _) => v,
                    };
                    r.mode = Mode::Constant;
                    r.val = Some(v);
                }
                Ok(None) => {}
                Err(msg) => {
                    self.error(ye.span, msg);
                    return Operand::invalid(r.expr);
                }
            }
        }
        r
    }

    /// Untyped float constants are exact in Go (`0.1 + 0.2` is `0.3`): compute with
    /// rationals when both values are known exactly, and remember the result's
    /// rational under its f64 so later operations stay exact.
    fn exact_float(&mut self, op: BinaryOp, a: &ConstValue, b: &ConstValue) -> Option<ConstValue> {
        let ra = self.rat_of(a)?;
        let rb = self.rat_of(b)?;
        if op == BinaryOp::Quo && rb.0 == 0 {
            return None;
        }
        let r = consts::rat_binary(op, ra, rb)?;
        let f = consts::rat_to_f64(r);
        self.rationals.insert(f.to_bits(), r);
        Some(ConstValue::Float(f))
    }

    /// The exact value of a constant: integers as n/1, floats by the rational they were
    /// computed from, else by their shortest decimal rendering (what a literal said).
    pub(super) fn rat_of(&self, v: &ConstValue) -> Option<consts::Rat> {
        match v {
            ConstValue::Int(i) => Some((*i, 1)),
            ConstValue::Float(f) => match self.rationals.get(&f.to_bits()) {
                Some(r) => Some(*r),
                None if f.is_finite() => consts::decimal_rat(&format!("{f:e}")),
                None => None,
            },
            _ => None,
        }
    }

    /// Gives both operands one type, as types2's `matchTypes`; false if they mismatch.
    pub(super) fn match_types(
        &mut self,
        op: BinaryOp,
        xe: &Expr,
        x: &mut Operand,
        ye: &Expr,
        y: &mut Operand,
    ) -> bool {
        let xu = self.tt.is_untyped(x.ty);
        let yu = self.tt.is_untyped(y.ty);
        match (xu, yu) {
            (false, false) => {
                if x.ty == y.ty {
                    return true;
                }
                op.is_comparison()
                    && (self.assignable_type(x.ty, y.ty).is_ok()
                        || self.assignable_type(y.ty, x.ty).is_ok())
            }
            (true, false) => {
                let name = self.type_name(y);
                self.implicit(xe, x, y.ty, &name)
            }
            (false, true) => {
                let name = self.type_name(x);
                self.implicit(ye, y, x.ty, &name)
            }
            (true, true) => {
                let (a, b) = (
                    self.tt.basic(x.ty).unwrap_or(BasicKind::Invalid),
                    self.tt.basic(y.ty).unwrap_or(BasicKind::Invalid),
                );
                if a.is_numeric() && b.is_numeric() {
                    // int < rune < float: the "larger" kind wins.
                    let rank = |k: BasicKind| match k {
                        BasicKind::UntypedInt => 0,
                        BasicKind::UntypedRune => 1,
                        _ => 2,
                    };
                    let t = if rank(a) >= rank(b) { x.ty } else { y.ty };
                    if let Some(v) = &x.val {
                        if t == TypeId::UNTYPED_FLOAT {
                            x.val = consts::to_f64(v).map(ConstValue::Float);
                        }
                    }
                    if let Some(v) = &y.val {
                        if t == TypeId::UNTYPED_FLOAT {
                            y.val = consts::to_f64(v).map(ConstValue::Float);
                        }
                    }
                    self.update_untyped(xe, t);
                    self.update_untyped(ye, t);
                    x.ty = t;
                    y.ty = t;
                    return true;
                }
                a == b
            }
        }
    }

    /// Converts untyped `x` to the other operand's type `t` for an operation.
    /// Converts untyped `x` to the other operand's type `t` (named `t_name`). As
    /// types2, a constant that cannot be represented there is reported as a conversion
    /// error (`1.5 (untyped float constant) truncated to byte`) and `x` made invalid;
    /// kinds that never mix (a string and a number) are a type mismatch (false).
    pub(super) fn implicit(&mut self, e: &Expr, x: &mut Operand, t: TypeId, t_name: &str) -> bool {
        if x.is_nil() {
            // The operand stays "nil" for the comparison rules; the record gets `t`.
            if self.nilable(t) {
                self.update_untyped(e, t);
                return true;
            }
            return false;
        }
        if self.tt.is_interface(t) {
            let d = self.default_type(x.ty);
            self.set_type(e, x, d);
            return true;
        }
        let xk = self.tt.basic(x.ty).unwrap_or(BasicKind::Invalid);
        let may_convert = match self.tt.basic(t) {
            Some(tk) => {
                xk.is_boolean() == tk.is_boolean()
                    && xk.is_string() == tk.is_string()
                    && xk.is_numeric() == tk.is_numeric()
            }
            None => false,
        };
        if let Err(why) = self.convert_untyped(x, t) {
            if !may_convert {
                return false;
            }
            let d = self.describe(x);
            let msg = match why.as_str() {
                " (truncated)" => format!("{d} truncated to {t_name}"),
                " (overflows)" => format!("{d} overflows {t_name}"),
                _ => format!("cannot convert {d} to type {t_name}"),
            };
            self.error(e.span, msg);
            x.mode = Mode::Invalid;
            return false;
        }
        self.set_type(e, x, t);
        true
    }

    pub(super) fn comparison(
        &mut self,
        xspan: Span,
        yspan: Span,
        op: BinaryOp,
        x: Operand,
        y: Operand,
        text: String,
    ) -> Operand {
        // As types2: a type mismatch is reported at the second operand, an operator
        // that is not defined at the operand lacking it.
        let eq = matches!(op, BinaryOp::Eq | BinaryOp::Ne);
        let kind_string = |c: &Self, t: TypeId| match c.tt.under(t) {
            Type::Struct(_) => "struct".to_string(),
            Type::Pointer(_) => "pointer".to_string(),
            Type::Interface(_) => "interface".to_string(),
            Type::Slice(_) => "slice".to_string(),
            Type::Map(..) => "map".to_string(),
            Type::Chan(..) => "chan".to_string(),
            Type::Func(_) => "func".to_string(),
            Type::Array(..) => "array".to_string(),
            _ => c.tt.error_string(t),
        };
        let mismatch = !x.is_nil()
            && !y.is_nil()
            && x.ty != y.ty
            && self.assignable_type(x.ty, y.ty).is_err()
            && self.assignable_type(y.ty, x.ty).is_err();
        let err: Option<(Span, String)> = if mismatch {
            let (a, b) = (self.type_name(&x), self.type_name(&y));
            Some((yspan, format!("mismatched types {a} and {b}")))
        } else if eq {
            if x.is_nil() && y.is_nil() {
                Some((
                    xspan,
                    format!("operator {} not defined on nil", op.as_str()),
                ))
            } else if x.is_nil() || y.is_nil() {
                let other = if x.is_nil() { &y } else { &x };
                (!self.nilable(other.ty)).then(|| {
                    let (a, b) = (self.type_name(&x), self.type_name(&y));
                    (yspan, format!("mismatched types {a} and {b}"))
                })
            } else {
                let bad = [(&x, xspan), (&y, yspan)]
                    .into_iter()
                    .find(|(o, _)| !self.comparable(o.ty));
                bad.map(|(o, sp)| {
                    let why = match self.tt.under(o.ty) {
                        Type::Slice(_) => "slice can only be compared to nil".to_string(),
                        Type::Map(..) => "map can only be compared to nil".to_string(),
                        Type::Func(_) => "func can only be compared to nil".to_string(),
                        _ => format!("{} cannot be compared", self.tt.error_string(o.ty)),
                    };
                    (sp, why)
                })
            }
        } else {
            let ordered = |c: &Self, t: TypeId| {
                c.tt.basic(t)
                    .is_some_and(|k| k.is_numeric() || k.is_string())
            };
            if !ordered(self, x.ty) {
                Some((
                    xspan,
                    format!(
                        "operator {} not defined on {}",
                        op.as_str(),
                        kind_string(self, x.ty)
                    ),
                ))
            } else if !ordered(self, y.ty) {
                Some((
                    yspan,
                    format!(
                        "operator {} not defined on {}",
                        op.as_str(),
                        kind_string(self, y.ty)
                    ),
                ))
            } else {
                None
            }
        };
        if let Some((at, msg)) = err {
            self.error(at, format!("invalid operation: {text} ({msg})"));
            return Operand::invalid(text);
        }
        let mut r = Operand::value(TypeId::UNTYPED_BOOL, text);
        if let (Some(a), Some(b)) = (&x.val, &y.val) {
            if let Ok(Some(v)) = consts::binary(op, a, b, false) {
                r.mode = Mode::Constant;
                r.val = Some(v);
            }
        }
        r
    }

    pub(super) fn shift(
        &mut self,
        e: &Expr,
        xe: &Expr,
        mut x: Operand,
        ye: &Expr,
        mut y: Operand,
    ) -> Operand {
        let text = expr_string(e);
        // The count: an integer, or an untyped constant representable as uint.
        let yk = self.tt.basic(y.ty).unwrap_or(BasicKind::Invalid);
        if self.tt.is_untyped(y.ty) {
            let ok = match &y.val {
                Some(ConstValue::Int(i)) => *i >= 0,
                Some(ConstValue::Float(f)) => f.fract() == 0.0 && *f >= 0.0,
                _ => yk.is_integer(),
            };
            if !ok {
                let d = self.describe(&y);
                let msg = if matches!(y.val, Some(ConstValue::Float(_))) {
                    format!("{d} truncated to uint")
                } else if matches!(y.val, Some(ConstValue::Int(_))) {
                    format!("invalid shift count {d}")
                } else {
                    format!("invalid operation: shift count {d} must be integer")
                };
                self.error(ye.span, msg);
                return Operand::invalid(text);
            }
            if let Some(v) = &y.val {
                y.val = Some(ConstValue::Int(consts::to_f64(v).unwrap_or(0.0) as i128));
            }
            self.set_type(ye, &mut y, TypeId::UINT);
        } else if !yk.is_integer() {
            let d = self.describe(&y);
            self.error(
                ye.span,
                format!("invalid operation: shift count {d} must be integer"),
            );
            return Operand::invalid(text);
        }
        let xk = self.tt.basic(x.ty).unwrap_or(BasicKind::Invalid);
        let x_int = match &x.val {
            Some(ConstValue::Float(f)) if xk.is_untyped() => f.fract() == 0.0,
            _ => xk.is_integer(),
        };
        if !x_int {
            let d = self.describe(&x);
            self.error(
                xe.span,
                format!("invalid operation: shifted operand {d} must be integer"),
            );
            return Operand::invalid(text);
        }
        if let Some(ConstValue::Float(f)) = x.val {
            x.val = Some(ConstValue::Int(f as i128));
            x.ty = TypeId::UNTYPED_INT;
        }
        let mut r = Operand::value(x.ty, text);
        if let (Some(a), Some(b)) = (&x.val, &y.val) {
            let op = match &e.kind {
                ExprKind::Binary(op, ..) => *op,
                _ => BinaryOp::Shl,
            };
            match consts::binary(op, a, b, true) {
                Ok(Some(v)) => {
                    if !xk.is_untyped() && consts::represent(&v, xk).is_err() {
                        let ts = self.tt.error_string(x.ty);
                        let vs = consts::const_string(&v);
                        self.error(
                            e.span,
                            format!("{} (constant {vs} of type {ts}) overflows {ts}", r.expr),
                        );
                        return Operand::invalid(r.expr);
                    }
                    r.mode = Mode::Constant;
                    r.val = Some(v);
                }
                _ => {
                    self.error(e.span, format!("constant shift overflow: {}", r.expr));
                    return Operand::invalid(r.expr);
                }
            }
        } else if self.tt.is_untyped(x.ty) {
            // A non-constant shift of an untyped constant: the constant becomes int.
            self.set_type(xe, &mut x, TypeId::INT);
            r.ty = TypeId::INT;
        }
        r
    }
}
