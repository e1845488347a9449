//! Composite literals: structs (keyed or positional), arrays and slices (with indexed
//! elements), maps, and `&T{...}` elided in outer literals.

use super::ctx::Fcx;
use crate::lang::ast::{Expr, ExprKind};
use crate::lang::types::{ConstValue, Type, TypeId};
use crate::runtime::bytecode::Op;
use crate::runtime::natives::zero_value;

impl Fcx<'_, '_> {
    pub(super) fn composite(&mut self, e: &Expr, ty: TypeId, elts: &[Expr]) {
        let t = self.b.types.under(ty).clone();
        match t {
            Type::Struct(fields) => {
                let keyed = elts
                    .iter()
                    .any(|x| matches!(x.kind, ExprKind::KeyValue(..)));
                if keyed {
                    let z = zero_value(&self.b.types, ty);
                    self.op(Op::Push(z));
                    for el in elts {
                        let ExprKind::KeyValue(k, v) = &el.kind else {
                            continue;
                        };
                        let name = match &k.kind {
                            ExprKind::Ident(i) => i.name.clone(),
                            _ => String::new(),
                        };
                        let Some(i) = fields.iter().position(|f| f.name == name) else {
                            continue;
                        };
                        self.expr_to(v, fields[i].ty);
                        self.op(Op::SetPath(Box::new([i as u32])));
                    }
                } else {
                    for (el, f) in elts.iter().zip(fields.iter()) {
                        self.expr_to(el, f.ty);
                    }
                    if elts.is_empty() {
                        let z = zero_value(&self.b.types, ty);
                        self.op(Op::Push(z));
                    } else {
                        self.op(Op::MakeAgg(fields.len() as u32));
                    }
                }
            }
            Type::Slice(et) | Type::Array(_, et) => {
                let zero = zero_value(&self.b.types, et);
                let mut items: Vec<(i64, &Expr)> = Vec::new();
                let mut idx = 0i64;
                for el in elts {
                    let v = match &el.kind {
                        ExprKind::KeyValue(k, v) => {
                            idx = match self.b.ck.const_value(k.id) {
                                Some(ConstValue::Int(i)) => *i as i64,
                                _ => idx,
                            };
                            &**v
                        }
                        _ => el,
                    };
                    items.push((idx, v));
                    idx += 1;
                }
                let len = match t {
                    Type::Array(n, _) => n as i64,
                    _ => items.iter().map(|(i, _)| i + 1).max().unwrap_or(0),
                };
                if len > 1 << 20 {
                    self.b.err(e.span, "poolscope: composite literal too large");
                    return;
                }
                let sequential = items.iter().enumerate().all(|(k, (i, _))| k as i64 == *i)
                    && items.len() as i64 == len;
                if sequential {
                    for (_, v) in &items {
                        self.expr_to(v, et);
                    }
                } else {
                    for k in 0..len {
                        match items.iter().find(|(i, _)| *i == k) {
                            Some((_, v)) => self.expr_to(v, et),
                            None => {
                                self.op(Op::Push(zero.clone()));
                            }
                        }
                    }
                }
                if matches!(t, Type::Array(..)) {
                    self.op(Op::MakeAgg(len as u32));
                } else {
                    self.op(Op::MakeSliceLit {
                        n: len as u32,
                        zero,
                    });
                }
            }
            Type::Map(kt, vt) => {
                let mut n = 0;
                for el in elts {
                    if let ExprKind::KeyValue(k, v) = &el.kind {
                        self.expr_to(k, kt);
                        self.expr_to(v, vt);
                        n += 1;
                    }
                }
                self.op(Op::MapLit(n));
            }
            Type::Pointer(inner) => {
                // `&T{...}` elided inside another literal (`[]*T{{...}}`).
                self.composite(e, inner, elts);
                self.op(Op::NewCell);
            }
            _ => {
                let z = zero_value(&self.b.types, ty);
                self.op(Op::Push(z));
            }
        }
    }
}
