//! Composite literals for the checker: struct (keyed or positional), array, slice and
//! map literals, with elided element types (`[]Point{{1, 2}}`, and `{...}` for `*T`
//! elements meaning `&T{...}`, recorded with the pointer type).

use super::ast::*;
use super::check::Checker;
use super::check_types::Operand;
use super::exprstring::expr_string;
use super::info::Mode;
use super::types::*;

impl Checker<'_> {
    /// Checks `T{...}`; `elided` is the element type when the literal's type is omitted.
    pub(super) fn composite(&mut self, e: &Expr, elided: Option<TypeId>) -> Operand {
        let text = expr_string(e);
        let ExprKind::Composite { ty, elts, rbrace } = &e.kind else {
            return Operand::invalid(text);
        };
        let t = match (ty, elided) {
            (Some(te), _) => match &te.kind {
                ExprKind::ArrayType {
                    len: Some(len),
                    elem,
                } if matches!(len.kind, ExprKind::Ellipsis(None)) => {
                    let et = self.resolve_type(elem);
                    let n = self.indexed_elems(elts, et, None);
                    let t = self.tt.intern(Type::Array(n, et));
                    self.record(te.id, t, Mode::Type);
                    // `...` stands for the length the elements give.
                    self.record(len.id, TypeId::INT, Mode::Constant);
                    self.record_const(len.id, ConstValue::Int(n as i128));
                    return self.lit_result(e, t);
                }
                _ => self.resolve_type(te),
            },
            (None, Some(t)) => t,
            (None, None) => {
                self.error(e.span, "invalid composite literal type: missing type");
                TypeId::INVALID
            }
        };
        if t == TypeId::INVALID {
            for el in elts {
                let v = match &el.kind {
                    ExprKind::KeyValue(_, v) => v,
                    _ => el,
                };
                if !matches!(v.kind, ExprKind::Composite { ty: None, .. }) {
                    self.expr(v);
                }
            }
            return Operand::invalid(text);
        }
        // An elided `*T` element means `&T{...}`.
        let base = match (ty, self.tt.get(t)) {
            (None, Type::Pointer(b)) => *b,
            _ => t,
        };
        match self.tt.under(base).clone() {
            Type::Struct(fields) => self.struct_lit(e, base, &fields, elts, *rbrace),
            Type::Array(n, elem) => {
                self.indexed_elems(elts, elem, Some(n));
            }
            Type::Slice(elem) => {
                self.indexed_elems(elts, elem, None);
            }
            Type::Map(k, v) => {
                for el in elts {
                    match &el.kind {
                        ExprKind::KeyValue(key, val) => {
                            self.element(key, k, "map literal");
                            self.element(val, v, "map literal");
                            self.record_key_value(el, v);
                        }
                        _ => {
                            self.expr(el);
                            self.error(el.span, "missing key in map literal");
                        }
                    }
                }
            }
            _ => {
                let ts = self.tt.error_string(t);
                self.error(e.span, format!("invalid composite literal type {ts}"));
                return Operand::invalid(text);
            }
        }
        self.lit_result(e, t)
    }

    pub(super) fn lit_result(&mut self, e: &Expr, t: TypeId) -> Operand {
        Operand::value(t, expr_string(e))
    }

    /// A `key: value` element node gets the value's type.
    fn record_key_value(&mut self, el: &Expr, t: TypeId) {
        if let ExprKind::KeyValue(..) = el.kind {
            self.record(el.id, t, Mode::Value);
        }
    }

    /// One element value of type `t`; an elided composite takes `t`.
    pub(super) fn element(&mut self, v: &Expr, t: TypeId, ctx: &str) {
        if let ExprKind::Composite { ty: None, .. } = v.kind {
            let x = self.composite(v, Some(t));
            let mode = if x.is_invalid() {
                Mode::Invalid
            } else {
                Mode::Value
            };
            self.record(v.id, x.ty, mode);
            return;
        }
        let mut x = self.value(v);
        self.assign_to(v, &mut x, t, ctx);
    }

    /// Elements of an array or slice literal (optionally `index: value`); returns the
    /// length (max index + 1).
    pub(super) fn indexed_elems(&mut self, elts: &[Expr], elem: TypeId, len: Option<u64>) -> u64 {
        let mut next: u64 = 0;
        let mut max: u64 = 0;
        let mut seen = Vec::new();
        for el in elts {
            let val = match &el.kind {
                ExprKind::KeyValue(k, v) => {
                    if let Some(i) = self.index_value(k, len.map(|n| n as i128)) {
                        next = i as u64;
                    }
                    v
                }
                _ => el,
            };
            if let Some(n) = len {
                if next >= n {
                    self.error(val.span, format!("index {next} is out of bounds (>= {n})"));
                }
            }
            if seen.contains(&next) {
                self.error(
                    el.span,
                    format!("duplicate index {next} in array or slice literal"),
                );
            }
            seen.push(next);
            self.element(val, elem, "array or slice literal");
            self.record_key_value(el, elem);
            next += 1;
            max = max.max(next);
        }
        max
    }

    pub(super) fn struct_lit(
        &mut self,
        e: &Expr,
        t: TypeId,
        fields: &[StructField],
        elts: &[Expr],
        rbrace: super::span::Span,
    ) {
        let ts = self.tt.error_string(t);
        if elts.is_empty() {
            return;
        }
        let keyed = matches!(elts[0].kind, ExprKind::KeyValue(..));
        if keyed {
            let mut seen: Vec<usize> = Vec::new();
            for el in elts {
                let ExprKind::KeyValue(k, v) = &el.kind else {
                    self.error(
                        el.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    self.expr(el);
                    continue;
                };
                let ExprKind::Ident(name) = &k.kind else {
                    self.error(
                        k.span,
                        format!("invalid field name {} in struct literal", expr_string(k)),
                    );
                    self.expr(v);
                    continue;
                };
                let Some(i) = fields.iter().position(|f| f.name == name.name) else {
                    self.error(
                        k.span,
                        format!("unknown field {} in struct literal of type {ts}", name.name),
                    );
                    self.expr(v);
                    continue;
                };
                if seen.contains(&i) {
                    self.error(
                        k.span,
                        format!("duplicate field name {} in struct literal", name.name),
                    );
                }
                seen.push(i);
                self.record(k.id, fields[i].ty, Mode::Variable);
                self.element(v, fields[i].ty, "struct literal");
                self.record_key_value(el, fields[i].ty);
            }
            return;
        }
        for (i, el) in elts.iter().enumerate() {
            if let ExprKind::KeyValue(_, v) = &el.kind {
                self.error(
                    el.span,
                    "mixture of field:value and value elements in struct literal",
                );
                self.expr(v);
                continue;
            }
            let Some(f) = fields.get(i) else {
                self.error(
                    el.span,
                    format!("too many values in struct literal of type {ts}"),
                );
                break;
            };
            self.element(el, f.ty, "struct literal");
        }
        if elts.len() < fields.len() {
            self.error(
                rbrace,
                format!("too few values in struct literal of type {ts}"),
            );
        }
        let _ = e;
    }
}
