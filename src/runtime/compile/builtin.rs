//! Builtin functions: `len`, `cap`, `append`, `make`, `new`, `delete`, `panic`,
//! `recover`, `print`, `println`, `copy`, `close`, `min`, `max`.

use super::ctx::Fcx;
use crate::lang::ast::Expr;
use crate::lang::info::Builtin;
use crate::lang::types::{Type, TypeId};
use crate::runtime::bytecode::Op;
use crate::runtime::natives::{native_id, zero_value};
use crate::runtime::value::Value;

impl Fcx<'_, '_> {
    pub(super) fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr], spread: bool) {
        let ty = self.ty(e);
        let arg_ty = |cx: &Self, i: usize| args.get(i).map_or(TypeId::INVALID, |a| cx.ty(a));
        match b {
            Builtin::Len | Builtin::Cap => {
                if let Some(a) = args.first() {
                    self.expr(a);
                }
                self.op(if b == Builtin::Len { Op::Len } else { Op::Cap });
            }
            Builtin::Append => {
                let st = arg_ty(self, 0);
                let et = self.b.types.elem(st).unwrap_or(TypeId::INVALID);
                if let Some(a) = args.first() {
                    self.expr(a);
                }
                for a in &args[1.min(args.len())..] {
                    if spread {
                        self.expr(a);
                    } else {
                        self.expr_to(a, et);
                    }
                }
                let n = args.len().saturating_sub(1) as u32;
                match self.stack_store(e, et, spread) {
                    Some((slot, k, ladder)) => self.op(Op::AppendStack {
                        n,
                        elem: et,
                        slot,
                        k,
                        ladder,
                    }),
                    None => self.op(Op::Append {
                        n,
                        spread,
                        elem: et,
                    }),
                };
            }
            Builtin::Make => {
                let t = self.b.types.under(ty).clone();
                for a in &args[1.min(args.len())..] {
                    self.expr(a);
                }
                match t {
                    Type::Slice(et) => {
                        if args.len() < 2 {
                            self.op(Op::Push(Value::Int(0)));
                        }
                        let zero = zero_value(&self.b.types, et);
                        self.op(Op::MakeSlice {
                            has_cap: args.len() > 2,
                            zero,
                        });
                    }
                    Type::Map(..) => {
                        for _ in 1..args.len() {
                            self.op(Op::Pop);
                        }
                        self.op(Op::MakeMap);
                    }
                    Type::Chan(_, et) => {
                        let zero = zero_value(&self.b.types, et);
                        self.op(Op::MakeChan {
                            has_cap: args.len() > 1,
                            zero,
                        });
                    }
                    _ => self.b.err(e.span, "poolscope: unsupported make"),
                }
            }
            Builtin::New => {
                let et = self.b.types.elem(ty).unwrap_or(TypeId::INVALID);
                let z = zero_value(&self.b.types, et);
                self.op(Op::Push(z));
                self.op(Op::NewCell);
            }
            Builtin::Delete => {
                let kt = match self.b.types.under(arg_ty(self, 0)) {
                    Type::Map(k, _) => *k,
                    _ => TypeId::INVALID,
                };
                if let [m, k] = args {
                    self.expr(m);
                    self.expr_to(k, kt);
                }
                self.op(Op::MapDelete);
            }
            Builtin::Panic => {
                if let Some(a) = args.first() {
                    self.expr_to(a, TypeId::ANY);
                }
                self.op(Op::Panic);
            }
            Builtin::Recover => {
                self.op(Op::Recover);
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    self.expr_to(a, TypeId::ANY);
                }
                let name = if b == Builtin::Print {
                    "builtin.print"
                } else {
                    "builtin.println"
                };
                let id = native_id(name).unwrap_or(0);
                self.op(Op::CallNative {
                    id,
                    argc: args.len() as u32,
                });
            }
            Builtin::Copy => {
                for a in args {
                    self.expr(a);
                }
                self.op(Op::Copy);
            }
            Builtin::Close => {
                if let Some(a) = args.first() {
                    self.expr(a);
                }
                self.op(Op::Close);
            }
            Builtin::Min | Builtin::Max => {
                let num = self.num(ty);
                let cmp = if b == Builtin::Min {
                    crate::runtime::bytecode::BinOp::Lt
                } else {
                    crate::runtime::bytecode::BinOp::Gt
                };
                let t = self.temp();
                if let Some(a) = args.first() {
                    self.expr(a);
                    self.op(Op::Store(t));
                }
                for a in args.iter().skip(1) {
                    let x = self.temp();
                    self.expr(a);
                    self.op(Op::Store(x));
                    self.op(Op::Load(x));
                    self.op(Op::Load(t));
                    self.op(Op::Bin(cmp, num));
                    let j = self.op(Op::JumpIfNot(0));
                    self.op(Op::Load(x));
                    self.op(Op::Store(t));
                    let here = self.here();
                    self.patch(j, here);
                }
                self.op(Op::Load(t));
            }
            Builtin::Clear => {
                self.b.err(e.span, "poolscope: clear is not supported");
            }
        }
    }
}

/// gc's `ssa.TypeOK`: whether a value of type `ty` can live in registers (at most four
/// words, structs of at most four such fields, arrays of at most one element).
fn can_ssa(t: &crate::lang::types::TypeTable, ty: TypeId, depth: u32) -> bool {
    if depth > 16 || crate::runtime::types::size_of(t, ty) > 32 {
        return false;
    }
    match t.under(ty) {
        Type::Struct(fs) => fs.len() <= 4 && fs.iter().all(|f| can_ssa(t, f.ty, depth + 1)),
        Type::Array(n, e) => *n <= 1 && can_ssa(t, *e, depth + 1),
        _ => true,
    }
}

/// gc's stack buffer for append backing stores: `ir.Debug.VariableMakeThreshold`.
const STACK_BUF_BYTES: u64 = 32;

impl Fcx<'_, '_> {
    /// The buffer slot, size in elements and strategy of append call `e` when
    /// `lang::stackslice` gave it a stack buffer and its elements fit.
    fn stack_store(&mut self, e: &Expr, et: TypeId, spread: bool) -> Option<(u32, u32, bool)> {
        use crate::lang::stackslice::StoreUse;
        let (key, how, root) = *self.b.stack.sites.get(&e.id)?;
        let size = crate::runtime::types::size_of(&self.b.types, et);
        if spread || size == 0 || size > STACK_BUF_BYTES {
            return None;
        }
        if let Some(r) = root {
            // gc appends in place to a field of a struct it cannot keep in registers.
            if !can_ssa(&self.b.types, self.b.ck.local(r).ty, 0) {
                return None;
            }
        }
        let slot = self.store_slot(key);
        Some((
            slot,
            (STACK_BUF_BYTES / size) as u32,
            how == StoreUse::Ladder,
        ))
    }

    fn store_slot(&mut self, key: crate::lang::stackslice::StoreKey) -> u32 {
        if let Some(&s) = self.b.stores.get(&key) {
            return s;
        }
        let s = self.temp();
        self.b.stores.insert(key, s);
        s
    }

    /// gc's `move2heap` for the slice variables the statement at `at` lets escape.
    pub(super) fn moves_to_heap(&mut self, at: crate::lang::span::Span) {
        use crate::lang::stackslice::StoreKey;
        let Some(moves) = self.b.stack.moves.get(&at).cloned() else {
            return;
        };
        for (v, keep_cap) in moves {
            let ty = self.b.ck.local(v).ty;
            let et = self.b.types.elem(ty).unwrap_or(TypeId::INVALID);
            let size = crate::runtime::types::size_of(&self.b.types, et);
            if size == 0 || size > STACK_BUF_BYTES {
                continue;
            }
            let slot = self.store_slot(StoreKey::Var(v));
            self.load_local(v);
            self.op(Op::MoveToHeap {
                slot,
                elem: et,
                keep_cap,
            });
            self.store_local(v);
        }
    }
}
