//! Calls: static calls, method calls (concrete and through interfaces), function
//! values, library natives, builtins and conversions; and the "function value plus
//! arguments" form that `defer` and `go` evaluate at the statement.

use super::ctx::Fcx;
use crate::lang::ast::{Expr, ExprKind};
use crate::lang::info::{Builtin, CallKind, Res, Selection};
use crate::lang::types::{Type, TypeId};
use crate::runtime::bytecode::Op;
use crate::runtime::natives::{native_id, zero_value};
use crate::runtime::value::Value;

/// How a call reaches its function.
pub(super) enum Target {
    Code(u32),
    Native(u16),
    Iface(u32),
    /// A function value already pushed below the arguments.
    Value,
}

impl Fcx<'_, '_> {
    pub(super) fn sig_of(&self, t: TypeId) -> (Vec<TypeId>, bool) {
        match self.b.types.under(t) {
            Type::Func(s) => (s.params.clone(), s.variadic),
            _ => (Vec::new(), false),
        }
    }

    /// Pushes the arguments converted to the parameter types; packs variadic ones.
    /// Returns how many values were pushed.
    pub(super) fn args(
        &mut self,
        args: &[Expr],
        params: &[TypeId],
        variadic: bool,
        spread: bool,
    ) -> u32 {
        // f(g()) with g returning several values.
        if args.len() == 1 {
            if let Type::Tuple(ts) = self.b.types.get(self.ty(&args[0])).clone() {
                if ts.len() > 1 {
                    self.expr(&args[0]);
                    let temps: Vec<u32> = ts.iter().map(|_| self.temp()).collect();
                    for t in temps.iter().rev() {
                        self.op(Op::Store(*t));
                    }
                    let fixed = if variadic {
                        params.len() - 1
                    } else {
                        params.len()
                    };
                    for (i, (t, ty)) in temps.iter().zip(ts.iter()).enumerate() {
                        self.op(Op::Load(*t));
                        let to = if i < fixed {
                            params.get(i).copied()
                        } else {
                            params.last().and_then(|s| self.b.types.elem(*s))
                        };
                        self.convert_assign(*ty, to.unwrap_or(*ty));
                    }
                    if variadic {
                        let extra = ts.len().saturating_sub(fixed) as u32;
                        let et = params
                            .last()
                            .and_then(|s| self.b.types.elem(*s))
                            .unwrap_or(TypeId::ANY);
                        let zero = zero_value(&self.b.types, et);
                        self.op(Op::MakeSliceLit { n: extra, zero });
                        return fixed as u32 + 1;
                    }
                    return ts.len() as u32;
                }
            }
        }
        if !variadic || spread {
            for (i, a) in args.iter().enumerate() {
                let to = params.get(i).copied().unwrap_or(TypeId::INVALID);
                self.expr_to(a, to);
            }
            return args.len() as u32;
        }
        let fixed = params.len().saturating_sub(1);
        for (i, a) in args.iter().take(fixed).enumerate() {
            self.expr_to(a, params[i]);
        }
        let et = params
            .last()
            .and_then(|s| self.b.types.elem(*s))
            .unwrap_or(TypeId::ANY);
        let extra = args.len().saturating_sub(fixed);
        if extra == 0 {
            self.op(Op::Push(Value::Nil));
        } else {
            for a in &args[fixed..] {
                self.expr_to(a, et);
            }
            let zero = zero_value(&self.b.types, et);
            self.op(Op::MakeSliceLit {
                n: extra as u32,
                zero,
            });
        }
        fixed as u32 + 1
    }

    /// Pushes the receiver (if any) and returns how the callee is reached and its type.
    pub(super) fn callee(&mut self, f: &Expr, as_value: bool) -> (Target, TypeId, u32) {
        let ck = self.b.ck;
        let fty = self.ty(f);
        let inner = match &f.kind {
            ExprKind::Paren(x) => x,
            _ => f,
        };
        let static_fn = match &inner.kind {
            ExprKind::Ident(_) => match ck.res(inner.id) {
                Some(Res::Func(id)) => Some(*id),
                _ => None,
            },
            ExprKind::Selector(..) => match ck.selections.get(&inner.id) {
                Some(Selection::PkgMember(Res::Func(id))) => Some(*id),
                _ => None,
            },
            _ => None,
        };
        if let Some(id) = static_fn {
            if as_value {
                self.func_value(id);
                return (Target::Value, fty, 0);
            }
            return match self.b.func_map.get(id.0 as usize).copied() {
                Some(Ok(c)) => (Target::Code(c), fty, 0),
                Some(Err(n)) if n != u16::MAX => (Target::Native(n), fty, 0),
                _ => {
                    let name = ck.func(id).name.clone();
                    self.b.err(
                        f.span,
                        format!("poolscope: {}.{name} is not supported", ck.func(id).pkg),
                    );
                    (Target::Value, fty, 0)
                }
            };
        }
        if let ExprKind::Selector(x, sel) = &inner.kind {
            match ck.selections.get(&inner.id).cloned() {
                Some(Selection::Method {
                    func,
                    path,
                    addr,
                    deref,
                    ..
                }) => {
                    if as_value {
                        self.expr(inner);
                        return (Target::Value, fty, 0);
                    }
                    self.receiver(x, &path, addr, deref);
                    return match self.b.func_map.get(func.0 as usize).copied() {
                        Some(Ok(c)) => (Target::Code(c), fty, 1),
                        Some(Err(n)) if n != u16::MAX => (Target::Native(n), fty, 1),
                        _ => {
                            self.b.err(
                                f.span,
                                format!("poolscope: method {} is not supported", sel.name),
                            );
                            (Target::Native(0), fty, 1)
                        }
                    };
                }
                Some(Selection::IfaceMethod { name }) => {
                    if as_value {
                        self.b.err(
                            f.span,
                            "poolscope: interface method values are not supported",
                        );
                    }
                    self.expr(x);
                    let n = self.b.name_id(&name);
                    return (Target::Iface(n), fty, 1);
                }
                _ => {}
            }
        }
        self.expr(f);
        (Target::Value, fty, 0)
    }

    /// What call `e` (calling `func`) is; builtins are also recognized by their name.
    pub(super) fn call_kind(&self, e: &Expr, func: &Expr) -> Option<CallKind> {
        let ck = self.b.ck;
        ck.calls
            .get(&e.id)
            .cloned()
            .or_else(|| match (&func.kind, ck.res(func.id)) {
                (ExprKind::Ident(_), Some(Res::Builtin(b))) => Some(CallKind::Builtin(*b)),
                _ => None,
            })
    }

    /// A call expression.
    pub fn call(&mut self, e: &Expr) {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return;
        };

        let kind = self.call_kind(e, func);
        match kind {
            Some(CallKind::Conversion(to)) => {
                if let Some(a) = args.first() {
                    self.expr(a);
                    let from = self.ty(a);
                    if self.b.types.is_interface(to) {
                        self.convert_assign(from, to);
                    } else {
                        self.op(Op::Convert { from, to });
                    }
                }
            }
            Some(CallKind::Builtin(b)) => self.builtin(e, b, args, ellipsis.is_some()),
            _ => {
                let (target, fty, recv) = self.callee(func, false);
                let (params, variadic) = self.sig_of(fty);
                let argc = self.args(args, &params, variadic, ellipsis.is_some()) + recv;
                match target {
                    Target::Code(c) => self.op(Op::Call { func: c, argc }),
                    Target::Native(id) => self.op(Op::CallNative { id, argc }),
                    Target::Iface(name) => self.op(Op::CallIface { name, argc }),
                    Target::Value => self.op(Op::CallValue { argc }),
                };
            }
        }
    }

    /// For `defer` and `go`: pushes the function value and the evaluated arguments.
    pub fn call_parts(&mut self, e: &Expr) -> u32 {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            self.op(Op::Push(Value::Nil));
            return 0;
        };

        match self.call_kind(e, func) {
            Some(CallKind::Builtin(b)) => {
                let name = match b {
                    Builtin::Print => "builtin.print",
                    Builtin::Println => "builtin.println",
                    Builtin::Close => "builtin.close",
                    Builtin::Panic => "builtin.panic",
                    _ => "",
                };
                match native_id(name) {
                    Some(id) => {
                        self.op(Op::NativeFunc { id });
                        for a in args {
                            if b == Builtin::Close {
                                self.expr(a);
                            } else {
                                self.expr_to(a, TypeId::ANY);
                            }
                        }
                        args.len() as u32
                    }
                    None => {
                        // Other builtins: wrap in a closure-free thunk is not supported.
                        self.b.err(
                            e.span,
                            "poolscope: defer/go of this builtin is not supported",
                        );
                        self.op(Op::Push(Value::Nil));
                        0
                    }
                }
            }
            Some(CallKind::Conversion(_)) => {
                self.b.err(e.span, "poolscope: defer of a conversion");
                self.op(Op::Push(Value::Nil));
                0
            }
            _ => {
                let (target, fty, recv) = self.callee(func, false);
                match target {
                    Target::Code(c) if recv == 1 => {
                        self.op(Op::Bind { func: c });
                    }
                    Target::Code(c) => {
                        self.op(Op::Closure { func: c, ncaps: 0 });
                    }
                    Target::Native(id) if recv == 1 => {
                        self.op(Op::BindNative { id });
                    }
                    Target::Native(id) => {
                        self.op(Op::NativeFunc { id });
                    }
                    Target::Iface(name) => {
                        // Bind the dynamic method now: evaluated at the defer statement.
                        self.op(Op::BindIface { name });
                    }
                    Target::Value => {}
                }
                let (params, variadic) = self.sig_of(fty);
                self.args(args, &params, variadic, ellipsis.is_some())
            }
        }
    }
}
