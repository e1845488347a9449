//! Calls for the checker: function and method calls with gc's argument-count messages
//! (`not enough arguments in call to f` + `have (...)`/`want (...)`) and conversions
//! `T(x)`. Built-in functions are in `check_builtin.rs`.

use super::ast::*;
use super::check::Checker;
use super::check_types::Operand;
use super::consts;
use super::exprstring::expr_string;
use super::info::{CallKind, Mode};
use super::types::*;

impl Checker<'_> {
    pub(super) fn call(&mut self, e: &Expr) -> Operand {
        let text = expr_string(e);
        let ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return Operand::invalid(text);
        };
        let f = self.expr(func);
        if f.is_invalid() {
            for a in args {
                self.expr(a);
            }
            return Operand::invalid(text);
        }
        match f.mode {
            Mode::Type => self.conversion(e, f.ty, args),
            Mode::Builtin => {
                let b = match &func.kind {
                    ExprKind::Ident(id) => match self.res.get(id.id.index()) {
                        Some(Some(super::info::Res::Builtin(b))) => Some(*b),
                        _ => None,
                    },
                    ExprKind::Paren(_) => None,
                    _ => None,
                };
                match b {
                    Some(b) => {
                        self.calls.insert(e.id, CallKind::Builtin(b));
                        self.builtin(e, b, args, ellipsis.is_some())
                    }
                    None => Operand::invalid(text),
                }
            }
            _ => {
                let f = self.single(func, f);
                if f.is_invalid() {
                    return f;
                }
                let Some(sig) = self.tt.signature(f.ty).cloned() else {
                    let d = self.describe(&f);
                    let ts = self.tt.error_string(f.ty);
                    self.error(
                        e.span,
                        format!("invalid operation: cannot call {d}: {ts} is not a function"),
                    );
                    for a in args {
                        self.expr(a);
                    }
                    return Operand::invalid(text);
                };
                self.calls.insert(e.id, CallKind::Call);
                let fname = expr_string(func);
                let spell = self.callee_spelling(func);
                self.arguments(e, &fname, &sig, args, ellipsis.is_some(), &spell);
                let (mode, ty) = match sig.results.len() {
                    0 => (Mode::NoValue, TypeId::VOID),
                    1 => (Mode::Value, sig.results[0]),
                    _ => (Mode::Value, self.tt.tuple(sig.results.clone())),
                };
                // gc prints a multi-value result with its names: `(n int, err error)`.
                let spelled = self.result_tuple_spelling(func, &sig);
                Operand {
                    mode,
                    ty,
                    val: None,
                    comma_ok: false,
                    spelled,
                    expr: text,
                }
            }
        }
    }

    /// `typesSummary` of types2: untyped numbers are `number`, other untyped kinds lose
    /// the `untyped ` prefix; a variadic last parameter prints as `...T`.
    pub(super) fn types_summary(
        &self,
        list: &[TypeId],
        variadic: bool,
        dots: bool,
        spell: &[Option<String>],
    ) -> String {
        let mut parts = Vec::new();
        for (i, &t) in list.iter().enumerate() {
            let spelled = spell.get(i).cloned().flatten();
            let mut s = if t == TypeId::INVALID {
                "unknown type".to_string()
            } else if self.tt.is_untyped(t) {
                let k = self.tt.basic(t).unwrap_or(BasicKind::Invalid);
                if k.is_numeric() {
                    "number".into()
                } else {
                    k.name().replace("untyped ", "")
                }
            } else if let Some(sp) = &spelled {
                sp.clone()
            } else {
                self.tt.error_string(t)
            };
            if i + 1 == list.len() {
                if variadic {
                    if !s.starts_with("...") {
                        let elem = self.tt.elem(t).unwrap_or(t);
                        s = format!("...{}", self.tt.error_string(elem));
                    }
                } else if dots {
                    s.push_str("...");
                }
            }
            parts.push(s);
        }
        format!("({})", parts.join(", "))
    }

    /// `(n int, err error)` for a call of a function with several named results.
    fn result_tuple_spelling(&self, func: &Expr, sig: &Signature) -> Option<String> {
        if sig.results.len() < 2 {
            return None;
        }
        let id = self.callee(func)?;
        let names = self.result_names.get(&id)?;
        let spells = self
            .func_spelling
            .get(&id)
            .map(|(_, r)| r.clone())
            .unwrap_or_default();
        let parts: Vec<String> = sig
            .results
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let ts = spells
                    .get(i)
                    .cloned()
                    .flatten()
                    .unwrap_or_else(|| self.tt.error_string(*t));
                match names.get(i) {
                    Some(n) if !n.is_empty() => format!("{n} {ts}"),
                    _ => ts,
                }
            })
            .collect();
        Some(format!("({})", parts.join(", ")))
    }

    /// The function or method a call expression calls, if it is a declared one.
    fn callee(&self, func: &Expr) -> Option<FuncId> {
        match &func.kind {
            ExprKind::Ident(id) => match self.res.get(id.id.index()) {
                Some(Some(super::info::Res::Func(f))) => Some(*f),
                _ => None,
            },
            ExprKind::Selector(..) => match self.selections.get(&func.id) {
                Some(super::info::Selection::Method { func, .. }) => Some(*func),
                Some(super::info::Selection::PkgMember(super::info::Res::Func(f))) => Some(*f),
                _ => None,
            },
            _ => None,
        }
    }

    /// Parameter spellings of the function a call expression calls, if known.
    fn callee_spelling(&self, func: &Expr) -> Vec<Option<String>> {
        self.callee(func)
            .and_then(|f| self.func_spelling.get(&f))
            .map(|(p, _)| p.clone())
            .unwrap_or_default()
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn arguments(
        &mut self,
        call: &Expr,
        fname: &str,
        sig: &Signature,
        args: &[Expr],
        dots: bool,
        spell: &[Option<String>],
    ) {
        // f(g()) where g returns several values spreads them over the parameters.
        let mut ops: Vec<(Operand, &Expr)> = Vec::new();
        if args.len() == 1 && !dots {
            let x = self.expr(&args[0]);
            if let Type::Tuple(elems) = self.tt.get(x.ty).clone() {
                if x.mode != Mode::NoValue && elems.len() > 1 {
                    for t in elems {
                        let mut o = x.clone();
                        o.ty = t;
                        o.mode = Mode::Value;
                        ops.push((o, &args[0]));
                    }
                } else {
                    let x = self.single(&args[0], x);
                    ops.push((x, &args[0]));
                }
            } else {
                let x = self.single(&args[0], x);
                ops.push((x, &args[0]));
            }
        } else {
            for a in args {
                let x = self.value(a);
                ops.push((x, a));
            }
        }
        let nargs = ops.len();
        let mut npars = sig.params.len();
        let mut params = sig.params.clone();
        let mut spells: Vec<Option<String>> = spell.to_vec();
        spells.resize(params.len(), None);
        if sig.variadic {
            if !dots {
                if nargs + 1 >= npars {
                    let last = params.pop().unwrap_or(TypeId::INVALID);
                    let elem = self.tt.elem(last).unwrap_or(TypeId::INVALID);
                    let elem_spell = spells
                        .pop()
                        .flatten()
                        .map(|s| s.trim_start_matches("...").to_string());
                    while params.len() < nargs {
                        params.push(elem);
                        spells.push(elem_spell.clone());
                    }
                    npars = nargs;
                } else {
                    npars -= 1;
                }
            }
        } else if dots {
            self.error(
                call.span,
                format!("cannot use ... in call to non-variadic {fname}"),
            );
            return;
        }
        if nargs != npars {
            let (at, q) = if nargs > npars {
                (ops[npars].1.span, "too many")
            } else if nargs > 0 {
                (ops[nargs - 1].1.span, "not enough")
            } else {
                (call.span, "not enough")
            };
            let have: Vec<TypeId> = ops.iter().map(|(o, _)| o.ty).collect();
            let have_spell: Vec<Option<String>> =
                ops.iter().map(|(o, _)| o.spelled.clone()).collect();
            let have = self.types_summary(&have, false, dots, &have_spell);
            let want = self.types_summary(&sig.params, sig.variadic, false, spell);
            self.error(
                at,
                format!("{q} arguments in call to {fname}\n\thave {have}\n\twant {want}"),
            );
            return;
        }
        let ctx = format!("argument to {fname}");
        for (((mut x, a), t), sp) in ops.into_iter().zip(params).zip(spells) {
            self.target_spelled = sp;
            self.assign_to(a, &mut x, t, &ctx);
        }
    }

    pub(super) fn conversion(&mut self, e: &Expr, t: TypeId, args: &[Expr]) -> Operand {
        let text = expr_string(e);
        let spelled = match &e.kind {
            ExprKind::Call { func, .. } => super::spelling::spelled(func),
            _ => None,
        };
        let ts = spelled.clone().unwrap_or_else(|| self.tt.error_string(t));
        if args.len() != 1 {
            for a in args {
                self.expr(a);
            }
            let msg = if args.is_empty() {
                format!("missing argument in conversion to {ts}")
            } else {
                format!("too many arguments in conversion to {ts}")
            };
            self.error(e.span, msg);
            return Operand::invalid(text);
        }
        self.calls.insert(e.id, CallKind::Conversion(t));
        let mut x = self.value(&args[0]);
        if x.is_invalid() || t == TypeId::INVALID {
            return Operand::invalid(text);
        }
        let mut r = Operand::value(t, text);
        r.spelled = spelled;
        let tk = self.tt.basic(t);
        // Constant conversions stay constant when the result type is basic.
        if let (Some(v), Some(tk)) = (x.val.clone(), tk) {
            let xk = self.tt.basic(x.ty).unwrap_or(BasicKind::Invalid);
            if tk.is_string() && xk.is_integer() {
                let s = match v {
                    ConstValue::Int(i) => u32::try_from(i)
                        .ok()
                        .and_then(char::from_u32)
                        .unwrap_or('\u{FFFD}')
                        .to_string(),
                    _ => String::new(),
                };
                self.update_untyped(&args[0], TypeId::INT32);
                r.mode = Mode::Constant;
                r.val = Some(ConstValue::String(s));
                return r;
            }
            let kinds_ok = (xk.is_numeric() && tk.is_numeric())
                || (xk.is_string() && tk.is_string())
                || (xk.is_boolean() && tk.is_boolean());
            if kinds_ok {
                let conv = if xk.is_float() && tk.is_integer() && !xk.is_untyped() {
                    // float64(2.5) → int is a constant conversion that truncates? No: Go
                    // reports it; only exact values convert.
                    consts::represent(&v, tk)
                } else {
                    consts::represent(&v, tk)
                };
                match conv {
                    Ok(nv) => {
                        if self.tt.is_untyped(x.ty) {
                            self.set_type(&args[0], &mut x, t);
                        }
                        r.mode = Mode::Constant;
                        r.val = Some(nv);
                        return r;
                    }
                    Err(why) => {
                        let d = self.describe(&x);
                        let suffix = match why {
                            consts::NotRepresentable::Truncated => " (truncated)",
                            _ => "",
                        };
                        self.error(
                            args[0].span,
                            format!("cannot convert {d} to type {ts}{suffix}"),
                        );
                        return Operand::invalid(r.expr);
                    }
                }
            }
        }
        if self.tt.is_untyped(x.ty) {
            if x.is_nil() {
                if self.nilable(t) {
                    self.set_type(&args[0], &mut x, t);
                    return r;
                }
            } else {
                let d = self.default_type(x.ty);
                let target = if self.tt.is_interface(t) || tk.is_none() {
                    d
                } else {
                    t
                };
                self.set_type(&args[0], &mut x, target);
            }
        }
        if !self.convertible(x.ty, t) {
            let d = self.describe(&x);
            self.error(args[0].span, format!("cannot convert {d} to type {ts}"));
            return Operand::invalid(r.expr);
        }
        r
    }

    pub(super) fn convertible(&self, v: TypeId, t: TypeId) -> bool {
        if self.assignable_type(v, t).is_ok() && !self.tt.is_interface(v) || v == t {
            return true;
        }
        if self.tt.is_interface(t) {
            return self.missing_method(v, t).is_none();
        }
        let (vu, tu) = (self.tt.underlying(v), self.tt.underlying(t));
        if vu == tu {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (self.tt.get(vu), self.tt.get(tu)) {
            if self.tt.underlying(*a) == self.tt.underlying(*b) {
                return true;
            }
        }
        let (vk, tk) = (self.tt.basic(v), self.tt.basic(t));
        if let (Some(a), Some(b)) = (vk, tk) {
            if a.is_numeric() && b.is_numeric() {
                return true;
            }
            if a.is_integer() && b.is_string() {
                return true;
            }
            if a.is_string() && b.is_string() {
                return true;
            }
        }
        let byte_or_rune_slice = |x: TypeId| match self.tt.under(x) {
            Type::Slice(e) => matches!(
                self.tt.basic(*e),
                Some(BasicKind::Uint8) | Some(BasicKind::Int32)
            ),
            _ => false,
        };
        (tk.is_some_and(|k| k.is_string()) && byte_or_rune_slice(v))
            || (vk.is_some_and(|k| k.is_string()) && byte_or_rune_slice(t))
    }
}
