//! Constant arithmetic for the checker: literal values, operators on constants, and
//! whether a constant is representable in a type ("overflows"/"truncated").
//!
//! Go's untyped constants have arbitrary precision; i128 and f64 cover what learners'
//! programs compute, and an i128 overflow is reported as a constant overflow.

use super::ast::{BinaryOp, LitKind, UnaryOp};
use super::types::{BasicKind, ConstValue};

/// The value of a literal as written, or an error message.
pub fn literal_value(kind: LitKind, raw: &str) -> Result<ConstValue, String> {
    match kind {
        LitKind::Int => parse_int(raw)
            .map(ConstValue::Int)
            .ok_or_else(|| format!("integer constant overflow: {raw}")),
        LitKind::Float => raw
            .replace('_', "")
            .parse::<f64>()
            .map(ConstValue::Float)
            .map_err(|_| format!("invalid float literal {raw}")),
        LitKind::Imag => Err("complex numbers are not supported".into()),
        LitKind::Rune => {
            let inner = raw.strip_prefix('\'').and_then(|s| s.strip_suffix('\''));
            // A malformed rune literal was reported by the lexer; its value is its
            // first character (0 if none), so checking goes on quietly.
            let chars = unquote(inner.unwrap_or(""), '\'').unwrap_or_default();
            Ok(ConstValue::Int(chars.first().map_or(0, |c| *c as i128)))
        }
        LitKind::String => {
            if let Some(inner) = raw.strip_prefix('`') {
                let s = inner.strip_suffix('`').unwrap_or(inner);
                return Ok(ConstValue::String(s.replace('\r', "")));
            }
            let inner = raw.strip_prefix('"').and_then(|s| s.strip_suffix('"'));
            let bytes = unquote_bytes(inner.unwrap_or(""));
            Ok(ConstValue::String(
                String::from_utf8(bytes.clone())
                    .unwrap_or_else(|_| String::from_utf8_lossy(&bytes).into_owned()),
            ))
        }
    }
}

fn parse_int(raw: &str) -> Option<i128> {
    let s = raw.replace('_', "");
    let (digits, radix) = if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (h.to_string(), 16)
    } else if let Some(b) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (b.to_string(), 2)
    } else if let Some(o) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (o.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s, 10)
    };
    i128::from_str_radix(&digits, radix).ok()
}

/// Decodes escapes of a rune literal body into chars.
fn unquote(s: &str, _quote: char) -> Option<Vec<char>> {
    let bytes = unquote_bytes(s);
    // A single \xNN or octal escape in a rune literal is a byte value, not UTF-8.
    if s.starts_with("\\x")
        || (s.starts_with('\\') && s[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return Some(bytes.iter().map(|&b| b as char).collect());
    }
    String::from_utf8(bytes).ok().map(|t| t.chars().collect())
}

/// Decodes Go escapes (`\n`, `\x41`, `\101`, `\u00e9`, ...) into bytes.
fn unquote_bytes(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let Some(e) = chars.next() else { break };
        let simple = match e {
            'a' => Some(7),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(b'\n'),
            'r' => Some(b'\r'),
            't' => Some(b'\t'),
            'v' => Some(11),
            '\\' => Some(b'\\'),
            '\'' => Some(b'\''),
            '"' => Some(b'"'),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            continue;
        }
        let (n, radix, first) = match e {
            'x' => (2, 16, None),
            'u' => (4, 16, None),
            'U' => (8, 16, None),
            '0'..='7' => (2, 8, Some(e)),
            _ => continue,
        };
        let mut digits: String = first.into_iter().collect();
        for _ in 0..n {
            if let Some(d) = chars.next() {
                digits.push(d);
            }
        }
        let v = u32::from_str_radix(&digits, radix).unwrap_or(0);
        if e == 'u' || e == 'U' {
            let c = char::from_u32(v).unwrap_or('\u{FFFD}');
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        } else {
            out.push(v as u8);
        }
    }
    out
}

pub fn to_f64(v: &ConstValue) -> Option<f64> {
    match v {
        ConstValue::Int(i) => Some(*i as f64),
        ConstValue::Float(f) => Some(*f),
        _ => None,
    }
}

/// `op x` on a constant; `bits`/`unsigned` describe a typed integer (for `^x`).
pub fn unary(op: UnaryOp, v: &ConstValue, kind: BasicKind) -> Option<ConstValue> {
    Some(match (op, v) {
        (UnaryOp::Pos, _) => v.clone(),
        (UnaryOp::Neg, ConstValue::Int(i)) => ConstValue::Int(i.checked_neg()?),
        (UnaryOp::Neg, ConstValue::Float(f)) => ConstValue::Float(-f),
        (UnaryOp::Not, ConstValue::Bool(b)) => ConstValue::Bool(!b),
        (UnaryOp::BitNot, ConstValue::Int(i)) => {
            if kind.is_unsigned() {
                let bits = kind.int_bits().unwrap_or(64);
                let mask = if bits >= 128 { -1 } else { (1i128 << bits) - 1 };
                ConstValue::Int(!i & mask)
            } else {
                ConstValue::Int(!i)
            }
        }
        _ => return None,
    })
}

/// `x op y` on constants. `integer` says the operation's type is an integer type (so
/// `/` truncates). `Err` carries gc's message (division by zero).
pub fn binary(
    op: BinaryOp,
    x: &ConstValue,
    y: &ConstValue,
    integer: bool,
) -> Result<Option<ConstValue>, &'static str> {
    use BinaryOp::*;
    use ConstValue as C;
    if op.is_comparison() {
        let ord = match (x, y) {
            (C::Int(a), C::Int(b)) => a.partial_cmp(b),
            (C::String(a), C::String(b)) => a.partial_cmp(b),
            (C::Bool(a), C::Bool(b)) if matches!(op, Eq | Ne) => a.partial_cmp(b),
            _ => to_f64(x)
                .zip(to_f64(y))
                .and_then(|(a, b)| a.partial_cmp(&b)),
        };
        let Some(ord) = ord else { return Ok(None) };
        use std::cmp::Ordering::*;
        let r = match op {
            Eq => ord == Equal,
            Ne => ord != Equal,
            Lt => ord == Less,
            Le => ord != Greater,
            Gt => ord == Greater,
            _ => ord != Less,
        };
        return Ok(Some(C::Bool(r)));
    }
    Ok(match (x, y) {
        (C::Bool(a), C::Bool(b)) => match op {
            LAnd => Some(C::Bool(*a && *b)),
            LOr => Some(C::Bool(*a || *b)),
            _ => None,
        },
        (C::String(a), C::String(b)) if op == Add => Some(C::String(format!("{a}{b}"))),
        (C::Int(a), C::Int(b)) if integer || !matches!(op, Quo) => {
            let (a, b) = (*a, *b);
            if matches!(op, Quo | Rem) && b == 0 {
                return Err("invalid operation: division by zero");
            }
            match op {
                Add => a.checked_add(b),
                Sub => a.checked_sub(b),
                Mul => a.checked_mul(b),
                Quo => a.checked_div(b),
                Rem => a.checked_rem(b),
                And => Some(a & b),
                Or => Some(a | b),
                Xor => Some(a ^ b),
                AndNot => Some(a & !b),
                Shl => u32::try_from(b).ok().filter(|s| *s < 127).and_then(|s| {
                    let r = a.checked_shl(s)?;
                    (r >> s == a).then_some(r)
                }),
                Shr => u32::try_from(b).ok().map(|s| a >> s.min(127)),
                _ => None,
            }
            .map(C::Int)
        }
        _ => {
            let (Some(a), Some(b)) = (to_f64(x), to_f64(y)) else {
                return Ok(None);
            };
            if op == Quo && b == 0.0 {
                return Err("invalid operation: division by zero");
            }
            let r = match op {
                Add => a + b,
                Sub => a - b,
                Mul => a * b,
                Quo => a / b,
                _ => return Ok(None),
            };
            Some(C::Float(r))
        }
    })
}

/// Why a constant does not fit a type.
#[derive(Debug, PartialEq, Eq)]
pub enum NotRepresentable {
    Overflows,
    Truncated,
    /// Wrong kind altogether (a string constant as an int).
    Mismatch,
}

/// Converts `v` to a constant of basic kind `k` if it is representable there.
pub fn represent(v: &ConstValue, k: BasicKind) -> Result<ConstValue, NotRepresentable> {
    use BasicKind::*;
    use ConstValue as C;
    match v {
        C::Bool(_) if k.is_boolean() => Ok(v.clone()),
        C::String(_) if k.is_string() => Ok(v.clone()),
        C::Int(i) if k.is_integer() => {
            if k.is_untyped() {
                return Ok(v.clone());
            }
            let bits = k.int_bits().unwrap_or(64);
            let (min, max) = if k.is_unsigned() {
                (0i128, (1i128 << bits) - 1)
            } else {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            };
            if *i < min || *i > max {
                Err(NotRepresentable::Overflows)
            } else {
                Ok(v.clone())
            }
        }
        C::Float(f) if k.is_integer() => {
            if f.fract() != 0.0 || !f.is_finite() {
                return Err(NotRepresentable::Truncated);
            }
            if f.abs() > 1.7e38 {
                return Err(NotRepresentable::Overflows);
            }
            represent(&C::Int(*f as i128), k)
        }
        C::Int(i) if k.is_float() => Ok(C::Float(if k == Float32 {
            *i as f32 as f64
        } else {
            *i as f64
        })),
        C::Float(f) if k.is_float() => {
            if k == Float32 {
                let r = *f as f32;
                if r.is_infinite() && f.is_finite() {
                    return Err(NotRepresentable::Overflows);
                }
                Ok(C::Float(r as f64))
            } else {
                Ok(v.clone())
            }
        }
        _ => Err(NotRepresentable::Mismatch),
    }
}

/// A constant as gc prints it in messages: `300`, `1.5`, `"hi"`, `true`.
pub fn const_string(v: &ConstValue) -> String {
    match v {
        ConstValue::Bool(b) => b.to_string(),
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e21 {
                format!("{}", *f as i128)
            } else {
                let s = format!("{f}");
                if s.len() > 12 {
                    format!("{f:e}").replace('e', "e+").replace("e+-", "e-")
                } else {
                    s
                }
            }
        }
        ConstValue::String(s) => quote(s),
    }
}

/// Go's `strconv.Quote`.
pub fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals() {
        assert_eq!(literal_value(LitKind::Int, "0x1F"), Ok(ConstValue::Int(31)));
        assert_eq!(literal_value(LitKind::Int, "0o17"), Ok(ConstValue::Int(15)));
        assert_eq!(literal_value(LitKind::Int, "017"), Ok(ConstValue::Int(15)));
        assert_eq!(
            literal_value(LitKind::Int, "1_000"),
            Ok(ConstValue::Int(1000))
        );
        assert_eq!(literal_value(LitKind::Rune, "'a'"), Ok(ConstValue::Int(97)));
        assert_eq!(
            literal_value(LitKind::Rune, "'\\n'"),
            Ok(ConstValue::Int(10))
        );
        assert_eq!(
            literal_value(LitKind::Rune, "'é'"),
            Ok(ConstValue::Int(233))
        );
        assert_eq!(
            literal_value(LitKind::String, "\"a\\tb\\x41\\u00e9\""),
            Ok(ConstValue::String("a\tbAé".into()))
        );
        assert_eq!(
            literal_value(LitKind::String, "`raw\\n`"),
            Ok(ConstValue::String("raw\\n".into()))
        );
    }

    #[test]
    fn arithmetic_and_representability() {
        let r = binary(
            BinaryOp::Quo,
            &ConstValue::Int(7),
            &ConstValue::Int(2),
            true,
        );
        assert_eq!(r, Ok(Some(ConstValue::Int(3))));
        let r = binary(
            BinaryOp::Quo,
            &ConstValue::Int(7),
            &ConstValue::Int(2),
            false,
        );
        assert_eq!(r, Ok(Some(ConstValue::Float(3.5))));
        assert!(binary(
            BinaryOp::Rem,
            &ConstValue::Int(7),
            &ConstValue::Int(0),
            true
        )
        .is_err());
        assert_eq!(
            represent(&ConstValue::Int(300), BasicKind::Int8),
            Err(NotRepresentable::Overflows)
        );
        assert_eq!(
            represent(&ConstValue::Int(255), BasicKind::Uint8),
            Ok(ConstValue::Int(255))
        );
        assert_eq!(
            represent(&ConstValue::Float(1.5), BasicKind::Int),
            Err(NotRepresentable::Truncated)
        );
        assert_eq!(
            unary(UnaryOp::BitNot, &ConstValue::Int(0), BasicKind::Uint8),
            Some(ConstValue::Int(255))
        );
        assert_eq!(
            const_string(&ConstValue::String("a\"b\n".into())),
            "\"a\\\"b\\n\""
        );
    }
}

/// An exact rational `num/den` (den > 0), for untyped float constant arithmetic: Go
/// computes untyped constants exactly, so `0.1 + 0.2` is exactly `0.3`, not the f64 sum.
pub type Rat = (i128, i128);

fn gcd(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.unsigned_abs(), b.unsigned_abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1) as i128
}

fn reduce((n, d): Rat) -> Option<Rat> {
    if d == 0 {
        return None;
    }
    let g = gcd(n, d);
    let (n, d) = (n / g, d / g);
    Some(if d < 0 {
        (n.checked_neg()?, d.checked_neg()?)
    } else {
        (n, d)
    })
}

/// The exact value of a decimal literal or of Rust's shortest round-trip rendering of
/// an f64 (`1.5e-3`, `0.30000000000000004`).
pub fn decimal_rat(s: &str) -> Option<Rat> {
    let s = s.replace('_', "");
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().ok()?),
        None => (s.as_str(), 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let (neg, int) = match int.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, int),
    };
    let digits = format!("{int}{frac}");
    let mut n: i128 = if digits.is_empty() {
        0
    } else {
        digits.parse().ok()?
    };
    if neg {
        n = -n;
    }
    if n == 0 {
        return Some((0, 1));
    }
    let scale = exp.checked_sub(frac.len() as i32)?;
    if scale.unsigned_abs() > 40 {
        return None; // beyond i128 anyway; fall back to f64
    }
    let mut d: i128 = 1;
    for _ in 0..scale.unsigned_abs() {
        if scale > 0 {
            n = n.checked_mul(10)?;
        } else {
            d = d.checked_mul(10)?;
        }
    }
    reduce((n, d))
}

/// `a op b` exactly, for `+ - * /`; `None` on overflow or another operator.
pub fn rat_binary(op: BinaryOp, a: Rat, b: Rat) -> Option<Rat> {
    let (an, ad) = a;
    let (bn, bd) = b;
    let r = match op {
        BinaryOp::Add => (
            an.checked_mul(bd)?.checked_add(bn.checked_mul(ad)?)?,
            ad.checked_mul(bd)?,
        ),
        BinaryOp::Sub => (
            an.checked_mul(bd)?.checked_sub(bn.checked_mul(ad)?)?,
            ad.checked_mul(bd)?,
        ),
        BinaryOp::Mul => (an.checked_mul(bn)?, ad.checked_mul(bd)?),
        BinaryOp::Quo => (an.checked_mul(bd)?, ad.checked_mul(bn)?),
        _ => return None,
    };
    reduce(r)
}

/// The f64 nearest to `n/d` (exact when both fit in 53 bits, as IEEE division rounds
/// correctly).
pub fn rat_to_f64((n, d): Rat) -> f64 {
    n as f64 / d as f64
}

#[cfg(test)]
mod rat_tests {
    use super::*;

    #[test]
    fn untyped_float_arithmetic_is_exact() {
        let a = decimal_rat("0.1").unwrap();
        let b = decimal_rat("0.2").unwrap();
        let sum = rat_binary(BinaryOp::Add, a, b).unwrap();
        assert_eq!(sum, (3, 10));
        assert_eq!(rat_to_f64(sum), 0.3);
        let third = rat_binary(BinaryOp::Quo, (1, 1), (3, 1)).unwrap();
        assert_eq!(rat_binary(BinaryOp::Mul, third, (3, 1)), Some((1, 1)));
        assert_eq!(decimal_rat("2.5e-3"), Some((1, 400)));
        assert_eq!(decimal_rat("1e3"), Some((1000, 1)));
        assert_eq!(decimal_rat("-0.5"), Some((-1, 2)));
        // Huge exponents must not loop for ages.
        assert_eq!(decimal_rat("0e999999999"), Some((0, 1)));
        assert_eq!(decimal_rat("1e999999999"), None);
    }
}
