//! Operators on values: integer arithmetic that wraps to the operand's kind and panics
//! on division by zero as Go does, float and string arithmetic, comparisons.

use super::bytecode::{BinOp, Num};
use super::types::wrap_int;
use super::value::Value;
use crate::lang::types::BasicKind;
use std::rc::Rc;

/// Runtime error message for integer division by zero.
pub const DIV_ZERO: &str = "runtime error: integer divide by zero";

fn unsigned64(k: BasicKind) -> bool {
    matches!(k, BasicKind::Uint | BasicKind::Uint64 | BasicKind::Uintptr)
}

/// The length of `a + b` when `op` concatenates strings, so the caller can refuse it
/// before it is built.
pub fn concat_len(op: BinOp, num: Num, a: &Value, b: &Value) -> Option<u64> {
    match (op, num) {
        (BinOp::Add, Num::Str) => Some(a.as_str().len() as u64 + b.as_str().len() as u64),
        _ => None,
    }
}

/// A comparison operator applied to `x` and `y`, the same way for integers (signed or
/// unsigned), floats (NaN compares false, and unequal) and strings (bytewise); false for
/// an operator that does not compare.
#[inline]
fn compare<T: PartialOrd + ?Sized>(op: BinOp, x: &T, y: &T) -> bool {
    use BinOp::*;
    match op {
        Eq => x == y,
        Ne => x != y,
        Lt => x < y,
        Le => x <= y,
        Gt => x > y,
        Ge => x >= y,
        _ => false,
    }
}

/// Applies `op` to `a` and `b`; `Err` carries a runtime error message.
pub fn binary(op: BinOp, num: Num, a: &Value, b: &Value) -> Result<Value, &'static str> {
    use BinOp::*;
    Ok(match num {
        Num::Int(k) => {
            let (x, y) = (a.as_int(), b.as_int());
            let u = unsigned64(k);
            let (ux, uy) = (x as u64, y as u64);
            let r = match op {
                Add => x.wrapping_add(y),
                Sub => x.wrapping_sub(y),
                Mul => x.wrapping_mul(y),
                Div | Rem if y == 0 => return Err(DIV_ZERO),
                Div if u => (ux / uy) as i64,
                Div => x.wrapping_div(y),
                Rem if u => (ux % uy) as i64,
                Rem => x.wrapping_rem(y),
                And => x & y,
                Or => x | y,
                Xor => x ^ y,
                AndNot => x & !y,
                Shl | Shr
                    if y < 0
                        && !u
                        && !matches!(
                            k,
                            BasicKind::Uint8 | BasicKind::Uint16 | BasicKind::Uint32
                        ) =>
                {
                    return Err("runtime error: negative shift amount")
                }
                Shl => {
                    if uy >= 64 {
                        0
                    } else {
                        x.wrapping_shl(uy as u32)
                    }
                }
                Shr => {
                    let signed = !u
                        && !matches!(k, BasicKind::Uint8 | BasicKind::Uint16 | BasicKind::Uint32);
                    if signed {
                        x >> uy.min(63)
                    } else if uy >= 64 {
                        0
                    } else {
                        (ux >> uy) as i64
                    }
                }
                Eq | Ne | Lt | Le | Gt | Ge if u => return Ok(Value::Bool(compare(op, &ux, &uy))),
                Eq | Ne | Lt | Le | Gt | Ge => return Ok(Value::Bool(compare(op, &x, &y))),
            };
            Value::Int(wrap_int(k, r))
        }
        Num::Float => {
            let (x, y) = (a.as_float(), b.as_float());
            match op {
                Add => Value::Float(x + y),
                Sub => Value::Float(x - y),
                Mul => Value::Float(x * y),
                Div => Value::Float(x / y),
                Eq | Ne | Lt | Le | Gt | Ge => Value::Bool(compare(op, &x, &y)),
                _ => Value::Float(0.0),
            }
        }
        Num::Str => {
            let (x, y) = (a.as_str(), b.as_str());
            match op {
                Add => {
                    let mut s = String::with_capacity(x.len() + y.len());
                    s.push_str(x);
                    s.push_str(y);
                    Value::Str(Rc::from(s))
                }
                Eq | Ne | Lt | Le | Gt | Ge => Value::Bool(compare(op, x, y)),
                _ => Value::str(""),
            }
        }
        Num::Bool | Num::Other => match op {
            Eq => Value::Bool(equal(a, b)),
            Ne => Value::Bool(!equal(a, b)),
            _ => Value::Bool(false),
        },
    })
}

/// Go's `==` on two values of the same static type.
pub fn equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x) | Value::Shown(x), Value::Str(y) | Value::Shown(y)) => x == y,
        (Value::Iface(x), Value::Iface(y)) => x.0 == y.0 && equal(&x.1, &y.1),
        (Value::Agg(x), Value::Agg(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| equal(p, q))
        }
        (Value::Func(_), _) | (_, Value::Func(_)) => false,
        _ => a == b,
    }
}

/// Unary minus.
pub fn neg(num: Num, a: &Value) -> Value {
    match num {
        Num::Int(k) => Value::Int(wrap_int(k, a.as_int().wrapping_neg())),
        _ => Value::Float(-a.as_float()),
    }
}

/// Bitwise complement `^x`.
pub fn bit_not(num: Num, a: &Value) -> Value {
    match num {
        Num::Int(k) => Value::Int(wrap_int(k, !a.as_int())),
        _ => a.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_wrap_and_divide_like_go() {
        let i8k = Num::Int(BasicKind::Int8);
        assert_eq!(
            binary(BinOp::Add, i8k, &Value::Int(127), &Value::Int(1)),
            Ok(Value::Int(-128))
        );
        let u8k = Num::Int(BasicKind::Uint8);
        assert_eq!(
            binary(BinOp::Add, u8k, &Value::Int(250), &Value::Int(10)),
            Ok(Value::Int(4))
        );
        let ik = Num::Int(BasicKind::Int);
        assert_eq!(
            binary(BinOp::Div, ik, &Value::Int(-7), &Value::Int(2)),
            Ok(Value::Int(-3))
        );
        assert_eq!(
            binary(BinOp::Rem, ik, &Value::Int(-7), &Value::Int(2)),
            Ok(Value::Int(-1))
        );
        assert_eq!(
            binary(BinOp::Div, ik, &Value::Int(1), &Value::Int(0)),
            Err(DIV_ZERO)
        );
        let uk = Num::Int(BasicKind::Uint64);
        assert_eq!(
            binary(BinOp::Lt, uk, &Value::Int(1), &Value::Int(-1)),
            Ok(Value::Bool(true))
        );
        assert_eq!(
            binary(BinOp::Shl, ik, &Value::Int(1), &Value::Int(70)),
            Ok(Value::Int(0))
        );
        assert_eq!(
            binary(BinOp::Shr, ik, &Value::Int(-8), &Value::Int(70)),
            Ok(Value::Int(-1))
        );
        assert_eq!(
            neg(Num::Int(BasicKind::Int8), &Value::Int(-128)),
            Value::Int(-128)
        );
    }
}
