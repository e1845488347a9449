//! Expressions: constants, variables, operators, selectors, indexing, literals,
//! function literals, type assertions. Each pushes its value (calls with several
//! results push them all).

use super::addr::Cur;
use super::ctx::Fcx;
use crate::lang::ast::{BinaryOp, Expr, ExprKind, UnaryOp};
use crate::lang::info::{Mode, Res, Selection};
use crate::lang::types::{BasicKind, ConstValue, Type, TypeId};
use crate::runtime::bytecode::{BinOp, Num, Op, SliceOf};
use crate::runtime::natives::zero_value;
use crate::runtime::types::wrap_int;
use crate::runtime::value::Value;
use std::rc::Rc;

impl Fcx<'_, '_> {
    /// The arithmetic flavour of type `t`.
    pub fn num(&self, t: TypeId) -> Num {
        match self.b.types.basic(t) {
            Some(k) if k.is_integer() => Num::Int(match k {
                BasicKind::UntypedInt => BasicKind::Int,
                BasicKind::UntypedRune => BasicKind::Int32,
                k => k,
            }),
            Some(k) if k.is_float() => Num::Float,
            Some(k) if k.is_string() => Num::Str,
            Some(k) if k.is_boolean() => Num::Bool,
            _ => Num::Other,
        }
    }

    pub fn const_value(&self, c: &ConstValue, t: TypeId) -> Value {
        let basic = self.b.types.basic(t);
        match c {
            ConstValue::Bool(b) => Value::Bool(*b),
            ConstValue::String(s) => Value::Str(Rc::from(s.as_str())),
            ConstValue::Int(i) => match basic {
                Some(k) if k.is_float() => Value::Float(*i as f64),
                Some(k) if k.is_integer() => Value::Int(wrap_int(k, *i as i64)),
                _ => Value::Int(*i as i64),
            },
            ConstValue::Float(f) => match basic {
                Some(k) if k.is_integer() => Value::Int(*f as i64),
                _ => Value::Float(*f),
            },
        }
    }

    /// Pushes `e` converted for assignment to type `to` (concrete → interface boxing).
    pub fn expr_to(&mut self, e: &Expr, to: TypeId) {
        self.expr(e);
        let from = self.ty(e);
        self.convert_assign(from, to);
    }

    pub fn convert_assign(&mut self, from: TypeId, to: TypeId) {
        let t = &self.b.types;
        if to != TypeId::INVALID
            && t.is_interface(to)
            && !t.is_interface(from)
            && from != TypeId::UNTYPED_NIL
        {
            let from = match t.basic(from).and_then(|k| k.default_type()) {
                Some(d) if t.is_untyped(from) => d,
                _ => from,
            };
            self.op(Op::ToIface(from));
        }
    }

    pub fn expr(&mut self, e: &Expr) {
        let ck = self.b.ck;
        let ty = self.ty(e);
        if ck.mode(e.id) == Mode::Constant {
            if let Some(c) = ck.const_value(e.id) {
                let v = self.const_value(c, ty);
                self.op(Op::Push(v));
                return;
            }
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(_) => match ck.res(e.id) {
                Some(Res::Local(l)) => self.load_local(*l),
                Some(Res::Global(g)) => {
                    self.op(Op::Global(g.0));
                    self.op(Op::Deref);
                }
                Some(Res::Nil) => {
                    self.op(Op::Push(Value::Nil));
                }
                Some(Res::Func(f)) => self.func_value(*f),
                _ => {
                    self.b.err(e.span, "poolscope: unsupported identifier use");
                    self.op(Op::Push(Value::Nil));
                }
            },
            ExprKind::BasicLit(..) => {
                self.b
                    .err(e.span, "poolscope: literal without constant value");
                self.op(Op::Push(Value::Nil));
            }
            ExprKind::FuncLit { .. } => {
                let name = format!("{}.func{}", self.name, self.b.lits.len() + 1);
                let f = self.b.compile_lit(e, &name);
                let caps = self
                    .b
                    .ck
                    .func_lits
                    .get(&e.id)
                    .map(|i| i.captures.clone())
                    .unwrap_or_default();
                for c in &caps {
                    if !self.local_cell(*c) {
                        self.b
                            .err(e.span, "poolscope: captured variable is not in a cell");
                    }
                }
                self.op(Op::Closure {
                    func: f,
                    ncaps: caps.len() as u32,
                });
            }
            ExprKind::Composite { elts, .. } => self.composite(e, ty, elts),
            ExprKind::Selector(x, _) => self.selector(e, x),
            ExprKind::Index(x, i) => {
                let xt = self.ty(x);
                match self.b.types.under(xt).clone() {
                    Type::Map(_, vt) => {
                        self.expr(x);
                        let kt = match self.b.types.under(xt) {
                            Type::Map(k, _) => *k,
                            _ => TypeId::INVALID,
                        };
                        self.expr_to(i, kt);
                        let zero = zero_value(&self.b.types, vt);
                        self.op(Op::MapIndex { ok: false, zero });
                    }
                    Type::Pointer(_) => {
                        self.expr(x);
                        self.expr(i);
                        self.op(Op::ElemPtr);
                        self.op(Op::Deref);
                    }
                    _ => {
                        self.expr(x);
                        self.expr(i);
                        self.op(Op::Index);
                    }
                }
            }
            ExprKind::Slice { x, lo, hi, max } => {
                let xt = self.ty(x);
                let of = match self.b.types.under(xt) {
                    Type::Basic(_) => SliceOf::String,
                    Type::Array(..) => SliceOf::ArrayPtr,
                    Type::Pointer(_) => SliceOf::ArrayPtr,
                    _ => SliceOf::Slice,
                };
                if matches!(self.b.types.under(xt), Type::Array(..)) {
                    self.addr_of(x);
                } else {
                    self.expr(x);
                }
                for b in [lo, hi, max].into_iter().flatten() {
                    self.expr(b);
                }
                self.op(Op::Slice {
                    of,
                    lo: lo.is_some(),
                    hi: hi.is_some(),
                    max: max.is_some(),
                });
            }
            ExprKind::TypeAssert(x, _) => {
                self.expr(x);
                let zero = zero_value(&self.b.types, ty);
                let src = self.ty(x);
                self.op(Op::Assert {
                    src,
                    ty,
                    ok: false,
                    zero,
                });
            }
            ExprKind::Call { .. } => self.call(e),
            ExprKind::Star(x) => {
                self.expr(x);
                self.op(Op::Deref);
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x),
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b),
            ExprKind::KeyValue(_, v) => self.expr(v),
            _ => {
                self.b.err(e.span, "poolscope: unsupported expression");
                self.op(Op::Push(Value::Nil));
            }
        }
    }

    pub(super) fn unary(&mut self, e: &Expr, op: UnaryOp, x: &Expr) {
        let t = self.ty(x);
        match op {
            UnaryOp::Pos => self.expr(x),
            UnaryOp::Neg => {
                self.expr(x);
                let n = self.num(t);
                self.op(Op::Neg(n));
            }
            UnaryOp::Not => {
                self.expr(x);
                self.op(Op::Not);
            }
            UnaryOp::BitNot => {
                self.expr(x);
                let n = self.num(t);
                self.op(Op::BitNot(n));
            }
            UnaryOp::Addr => {
                if !self.addr_of(x) {
                    self.b.err(e.span, "poolscope: cannot take this address");
                    self.op(Op::Push(Value::Nil));
                }
            }
            UnaryOp::Recv => {
                self.expr(x);
                let zero = zero_value(
                    &self.b.types,
                    self.b.types.elem(t).unwrap_or(TypeId::INVALID),
                );
                self.op(Op::Recv { ok: false, zero });
            }
        }
    }

    pub(super) fn binary(&mut self, op: BinaryOp, a: &Expr, b: &Expr) {
        use BinaryOp as B;
        if matches!(op, B::LAnd | B::LOr) {
            self.expr(a);
            self.op(Op::Dup);
            let j = if op == B::LAnd {
                self.op(Op::JumpIfNot(0))
            } else {
                self.op(Op::JumpIf(0))
            };
            self.op(Op::Pop);
            self.expr(b);
            let here = self.here();
            self.patch(j, here);
            return;
        }
        let (ta, tb) = (self.ty(a), self.ty(b));
        // Comparing an interface with a concrete value boxes the concrete side.
        let (ia, ib) = (self.b.types.is_interface(ta), self.b.types.is_interface(tb));
        self.expr(a);
        if ib && !ia {
            self.convert_assign(ta, tb);
        }
        self.expr(b);
        if ia && !ib {
            self.convert_assign(tb, ta);
        }
        let num = if op.is_shift() {
            self.num(ta)
        } else if self.b.types.is_untyped(ta) {
            self.num(tb)
        } else {
            self.num(ta)
        };
        let bop = match op {
            B::Add => BinOp::Add,
            B::Sub => BinOp::Sub,
            B::Mul => BinOp::Mul,
            B::Quo => BinOp::Div,
            B::Rem => BinOp::Rem,
            B::And => BinOp::And,
            B::Or => BinOp::Or,
            B::Xor => BinOp::Xor,
            B::Shl => BinOp::Shl,
            B::Shr => BinOp::Shr,
            B::AndNot => BinOp::AndNot,
            B::Eq => BinOp::Eq,
            B::Ne => BinOp::Ne,
            B::Lt => BinOp::Lt,
            B::Le => BinOp::Le,
            B::Gt => BinOp::Gt,
            B::Ge => BinOp::Ge,
            B::LAnd | B::LOr => BinOp::Eq,
        };
        self.op(Op::Bin(bop, num));
    }

    pub(super) fn selector(&mut self, e: &Expr, x: &Expr) {
        let ck = self.b.ck;
        match ck.selections.get(&e.id).cloned() {
            Some(Selection::Field { path }) => {
                let cur = self.start_walk(x);
                let cur = self.walk_fields(cur, &path);
                self.cur_value(cur);
            }
            Some(Selection::PkgMember(res)) => match res {
                Res::Global(g) => {
                    self.op(Op::Global(g.0));
                    self.op(Op::Deref);
                }
                Res::Func(f) => self.func_value(f),
                _ => {
                    self.b.err(e.span, "poolscope: unsupported package member");
                    self.op(Op::Push(Value::Nil));
                }
            },
            Some(Selection::Method {
                func,
                path,
                addr,
                deref,
                ..
            }) => {
                // A method value: bind the receiver now.
                self.receiver(x, &path, addr, deref);
                match self.b.func_map.get(func.0 as usize).copied() {
                    Some(Ok(code)) => self.op(Op::Bind { func: code }),
                    Some(Err(id)) => self.op(Op::BindNative { id }),
                    None => self.op(Op::Pop),
                };
            }
            Some(Selection::IfaceMethod { name }) => {
                // A method value through an interface: dispatch now, bind the receiver.
                self.expr(x);
                let n = self.b.name_id(&name);
                self.op(Op::BindIface { name: n });
            }
            Some(Selection::MethodExpr {
                func,
                ptr_recv,
                recv_ptr,
            }) => {
                if recv_ptr && !ptr_recv {
                    self.b.err(
                        e.span,
                        "poolscope: method expressions (*T).M of value methods are not supported",
                    );
                }
                self.func_value(func);
            }
            None => {
                self.b.err(e.span, "poolscope: unsupported selector");
                self.op(Op::Push(Value::Nil));
            }
        }
    }

    /// Pushes the receiver for a method call or method value.
    pub fn receiver(&mut self, x: &Expr, path: &[usize], addr: bool, deref: bool) {
        if path.is_empty() {
            if addr {
                if !self.addr_of(x) {
                    self.expr(x);
                    self.op(Op::NewCell);
                }
            } else {
                self.expr(x);
                if deref {
                    self.op(Op::Deref);
                }
            }
            return;
        }
        let cur = self.start_walk(x);
        let cur = self.walk_fields(cur, path);
        match (cur, addr, deref) {
            (Cur::Addr(_), true, _) => {}
            (Cur::Val(_), true, _) => {
                self.op(Op::NewCell);
            }
            (c, false, d) => {
                self.cur_value(c);
                if d {
                    self.op(Op::Deref);
                }
            }
        }
    }

    /// Pushes a top-level function as a value.
    pub fn func_value(&mut self, f: crate::lang::types::FuncId) {
        match self.b.func_map.get(f.0 as usize).copied() {
            Some(Ok(code)) => self.op(Op::Closure {
                func: code,
                ncaps: 0,
            }),
            Some(Err(id)) => self.op(Op::NativeFunc { id }),
            None => self.op(Op::Push(Value::Nil)),
        };
    }
}
