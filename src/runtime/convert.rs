//! Conversions between types (`T(x)`: numeric, string ↔ bytes/runes, to interfaces)
//! and type assertions with Go's `interface conversion` panics.

use super::calls::Flow;
use super::heap::grow_cap;
use super::machine::Machine;
use super::types::{implements, size_of, wrap_int};
use super::value::Value;
use crate::lang::types::{BasicKind, Type, TypeId};
use std::rc::Rc;

impl Machine {
    /// Converts `v` from type `from` to type `to`.
    pub fn convert(&mut self, v: Value, from: TypeId, to: TypeId) -> Value {
        let prog = self.prog.clone();
        let t = &prog.types;
        let (fb, tb) = (t.basic(from), t.basic(to));
        match (fb, tb) {
            (Some(f), Some(k)) if k.is_integer() => {
                if f.is_float() {
                    let x = v.as_float();
                    let i = if k.is_unsigned() && x >= 9.2e18 {
                        x as u64 as i64
                    } else {
                        x as i64
                    };
                    Value::Int(wrap_int(k, i))
                } else {
                    Value::Int(wrap_int(k, v.as_int()))
                }
            }
            (Some(f), Some(k)) if k.is_float() => {
                let x = if f.is_unsigned()
                    && matches!(f, BasicKind::Uint | BasicKind::Uint64 | BasicKind::Uintptr)
                {
                    v.as_int() as u64 as f64
                } else {
                    v.as_float()
                };
                Value::Float(if k == BasicKind::Float32 {
                    x as f32 as f64
                } else {
                    x
                })
            }
            (Some(f), Some(k)) if k.is_string() && f.is_integer() => {
                let c = char::from_u32(v.as_int() as u32).unwrap_or('\u{FFFD}');
                Value::Str(Rc::from(c.to_string()))
            }
            (_, Some(k)) if k.is_string() => match t.under(from) {
                Type::Slice(e) => {
                    let elems = self.heap.slice_elems(&v);
                    let s: String = if t.basic(*e) == Some(BasicKind::Int32) {
                        elems
                            .iter()
                            .map(|r| char::from_u32(r.as_int() as u32).unwrap_or('\u{FFFD}'))
                            .collect()
                    } else {
                        let bytes: Vec<u8> = elems.iter().map(|b| b.as_int() as u8).collect();
                        String::from_utf8_lossy(&bytes).into_owned()
                    };
                    Value::Str(Rc::from(s))
                }
                _ => v,
            },
            (Some(f), None) if f.is_string() => match t.under(to) {
                Type::Slice(e) => {
                    let s = v.as_str().to_string();
                    let elems: Vec<Value> = if t.basic(*e) == Some(BasicKind::Int32) {
                        s.chars().map(|c| Value::Int(c as i64)).collect()
                    } else {
                        s.bytes().map(|b| Value::Int(b as i64)).collect()
                    };
                    let n = elems.len();
                    let cap = if n == 0 {
                        0
                    } else {
                        grow_cap(n as u64, 0, size_of(t, *e), true) as usize
                    };
                    if n == 0 {
                        return self.heap.new_slice(Vec::new(), 0, &Value::Int(0));
                    }
                    self.heap.new_slice(elems, cap.max(n), &Value::Int(0))
                }
                _ => v,
            },
            _ => {
                if t.is_interface(to) && !t.is_interface(from) {
                    if v.is_nil() && from == TypeId::UNTYPED_NIL {
                        return Value::Nil;
                    }
                    return Value::iface(from, v);
                }
                v
            }
        }
    }

    pub(crate) fn assert_op(
        &mut self,
        gi: usize,
        src: TypeId,
        ty: TypeId,
        ok: bool,
        zero: &Value,
    ) -> Flow {
        let v = self.popv(gi);
        let prog = self.prog.clone();
        let t = &prog.types;
        let target_iface = t.is_interface(ty);
        let hit = match v.dyn_parts() {
            None => None,
            Some((dt, inner)) => {
                if target_iface {
                    implements(t, dt, ty).then(|| v.clone())
                } else {
                    (dt == ty).then(|| inner.clone())
                }
            }
        };
        match (hit, ok) {
            (Some(x), false) => self.pushv(gi, x),
            (Some(x), true) => {
                self.pushv(gi, x);
                self.pushv(gi, Value::Bool(true))
            }
            (None, true) => {
                self.pushv(
                    gi,
                    if target_iface {
                        Value::Nil
                    } else {
                        zero.clone()
                    },
                );
                self.pushv(gi, Value::Bool(false))
            }
            (None, false) => {
                let msg = match v.dyn_parts() {
                    None => format!(
                        "interface conversion: {} is nil, not {}",
                        t.type_string(src),
                        t.type_string(ty)
                    ),
                    Some((dt, _)) if target_iface => {
                        let missing = match t.under(ty) {
                            Type::Interface(ms) => ms
                                .iter()
                                .find(|m| super::types::find_method(t, dt, &m.name).is_none())
                                .map(|m| m.name.clone())
                                .unwrap_or_default(),
                            _ => String::new(),
                        };
                        format!(
                            "interface conversion: {} is not {}: missing method {missing}",
                            t.type_string(dt),
                            t.type_string(ty)
                        )
                    }
                    Some((dt, _)) => format!(
                        "interface conversion: {} is {}, not {}",
                        t.type_string(src),
                        t.type_string(dt),
                        t.type_string(ty)
                    ),
                };
                let e = Value::iface(prog.rt.type_assert_error, Value::str(&msg));
                Flow::Panic(e)
            }
        }
    }
}
