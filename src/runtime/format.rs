//! `fmt`'s printing of values: `Print`, `Println` and `Printf`-style verbs with flags,
//! width and precision, following `fmt/print.go` (`&{...}` for pointers to structs at
//! the top level, maps sorted by key, `%!d(string=x)` for bad verbs, `Error()` and
//! `String()` results used by `%v` and `%s`).

use super::bytecode::{Program, RtTypes};
use super::fmtnum::{float_e, float_f, float_g, float_shortest, quote, quote_rune};
use super::heap::{Heap, Key};
use super::value::Value;
use crate::lang::types::{BasicKind, Type, TypeId, TypeTable};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

/// Parsed `%[flags][width][.prec]verb`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Spec {
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    /// `%+v`: struct field names (the `+` is not a sign flag then).
    pub plus_v: bool,
    pub width: Option<usize>,
    pub prec: Option<usize>,
    pub verb: char,
}

/// What the printer needs to look at values.
pub struct Printer<'a> {
    pub heap: &'a Heap,
    pub types: &'a TypeTable,
    pub rt: &'a RtTypes,
    /// By checker `FuncId`: compiled function or native (to find user methods).
    pub func_map: &'a [Result<u32, u16>],
    /// First pass: user `Error()`/`String()` calls needed, in printing order.
    pub collect: Option<RefCell<Vec<(u32, Value)>>>,
    /// Second pass: their results, in the same order.
    pub results: RefCell<VecDeque<String>>,
    /// Inside an unexported field: fmt cannot call methods there.
    pub hidden: Cell<u32>,
}

/// A printer for `m`'s values; `results` are user method texts from a first pass.
pub fn printer<'a>(heap: &'a Heap, prog: &'a Program, results: Vec<String>) -> Printer<'a> {
    Printer {
        heap,
        types: &prog.types,
        rt: &prog.rt,
        func_map: &prog.func_map,
        collect: None,
        results: RefCell::new(results.into()),
        hidden: Cell::new(0),
    }
}

fn pad(s: String, sp: &Spec) -> String {
    let Some(w) = sp.width else { return s };
    let n = s.chars().count();
    if n >= w {
        return s;
    }
    let fill = w - n;
    if sp.minus {
        s + &" ".repeat(fill)
    } else if sp.zero {
        let (sign, rest) = if s.starts_with(['-', '+']) {
            s.split_at(1)
        } else {
            ("", s.as_str())
        };
        format!("{sign}{}{rest}", "0".repeat(fill))
    } else {
        " ".repeat(fill) + &s
    }
}

impl Printer<'_> {
    /// The text of a value whose dynamic type has a native `Error`/`String` method.
    pub fn native_text(&self, ty: TypeId, v: &Value) -> Option<String> {
        if self.rt.is_runtime_error(ty) {
            return Some(v.as_str().to_string());
        }
        if ty == self.rt.error_string_ptr || ty == self.rt.wrap_error_ptr {
            if let Value::Ptr(p) = v {
                return Some(self.heap.load(p).field(0).as_str().to_string());
            }
        }
        if ty == self.rt.errno {
            return Some(super::natives_log::ENOENT_TEXT.to_string());
        }
        if ty == self.rt.path_error_ptr {
            // Go's (*PathError).Error: Op + " " + Path + ": " + Err.Error().
            let Value::Ptr(p) = v else { return None };
            let e = self.heap.load(p);
            let inner = match e.field(2).dyn_parts() {
                Some((t, x)) => self.native_text(t, x).unwrap_or_default(),
                None => "<nil>".into(),
            };
            return Some(format!(
                "{} {}: {inner}",
                e.field(0).as_str(),
                e.field(1).as_str()
            ));
        }
        if super::types::lib_type(self.types, ty) == Some(super::types::Lib::Duration) {
            return Some(super::natives::duration_string(v.as_int()));
        }
        None
    }

    /// Formats operand `arg` (an interface value) with `sp`.
    pub fn operand(&self, arg: &Value, sp: &Spec) -> String {
        let wsp;
        let sp = if sp.verb == 'w' {
            wsp = Spec { verb: 'v', ..*sp };
            &wsp
        } else {
            sp
        };
        match arg {
            Value::Nil => match sp.verb {
                'v' | 's' | 'T' => pad("<nil>".into(), sp),
                c => format!("%!{c}(<nil>)"),
            },
            Value::Shown(s) => self.string(s, sp),
            Value::Iface(b) => {
                if sp.verb == 'T' {
                    return pad(self.types.type_string(b.0), sp);
                }
                if matches!(sp.verb, 'v' | 's' | 'q' | 'x' | 'X') && !sp.sharp {
                    if let Some(t) = self.native_text(b.0, &b.1) {
                        return self.string(&t, sp);
                    }
                }
                let mut out = String::new();
                self.value(&mut out, b.0, &b.1, sp, 0);
                out
            }
            other => {
                let mut out = String::new();
                self.value(&mut out, TypeId::INVALID, other, sp, 0);
                out
            }
        }
    }

    fn string(&self, s: &str, sp: &Spec) -> String {
        match sp.verb {
            'v' | 's' => {
                let s = match sp.prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s.to_string(),
                };
                pad(s, sp)
            }
            'q' => pad(quote(s), sp),
            'x' => pad(s.bytes().map(|b| format!("{b:02x}")).collect(), sp),
            'X' => pad(s.bytes().map(|b| format!("{b:02X}")).collect(), sp),
            c => format!("%!{c}(string={s})"),
        }
    }

    fn bad(&self, ty: TypeId, v: &Value, sp: &Spec) -> String {
        let mut inner = String::new();
        self.value(
            &mut inner,
            ty,
            v,
            &Spec {
                verb: 'v',
                ..Default::default()
            },
            0,
        );
        format!("%!{}({}={})", sp.verb, self.types.type_string(ty), inner)
    }

    fn int(&self, ty: TypeId, k: BasicKind, x: i64, sp: &Spec) -> String {
        let unsigned = k.is_unsigned();
        let mag: u128 = if unsigned || x >= 0 {
            if unsigned {
                x as u64 as u128
            } else {
                x as u128
            }
        } else {
            (x as i128).unsigned_abs()
        };
        let neg = !unsigned && x < 0;
        let digits = match sp.verb {
            'd' | 'v' => mag.to_string(),
            'x' => format!("{mag:x}"),
            'X' => format!("{mag:X}"),
            'o' => format!("{mag:o}"),
            'b' => format!("{mag:b}"),
            'c' => {
                return pad(
                    char::from_u32(x as u32).unwrap_or('\u{FFFD}').to_string(),
                    sp,
                )
            }
            'q' => return pad(quote_rune(x as u32), sp),
            'U' => return pad(format!("U+{:04X}", x), sp),
            _ => return self.bad(ty, &Value::Int(x), sp),
        };
        let mut digits = digits;
        if let Some(p) = sp.prec {
            while digits.len() < p {
                digits.insert(0, '0');
            }
        }
        if sp.sharp {
            match sp.verb {
                'x' => digits.insert_str(0, "0x"),
                'X' => digits.insert_str(0, "0X"),
                'o' => digits.insert(0, '0'),
                _ => {}
            }
        }
        let sign = if neg {
            "-"
        } else if sp.plus {
            "+"
        } else if sp.space {
            " "
        } else {
            ""
        };
        pad(format!("{sign}{digits}"), sp)
    }

    fn float(&self, ty: TypeId, f: f64, sp: &Spec) -> String {
        let s = match sp.verb {
            'v' | 'g' => match sp.prec {
                None => float_shortest(f),
                p => float_g(f, p),
            },
            'f' | 'F' => float_f(f, sp.prec.unwrap_or(6)),
            'e' => float_e(f, sp.prec.unwrap_or(6)),
            _ => return self.bad(ty, &Value::Float(f), sp),
        };
        let s = if sp.plus && !s.starts_with('-') && !s.starts_with('+') {
            format!("+{s}")
        } else {
            s
        };
        pad(s, sp)
    }

    /// The user method fmt calls on a value of dynamic type `ty`: `Error()` for errors,
    /// else `String()`; with the receiver to pass.
    pub fn user_method(&self, ty: TypeId, v: &Value) -> Option<(u32, Value)> {
        let t = self.types;
        let (found, steps) = super::types::find_method_path(t, ty, "Error")
            .or_else(|| super::types::find_method_path(t, ty, "String"))?;
        let code = match self.func_map.get(found.func.0 as usize) {
            Some(Ok(c)) => *c,
            _ => return None,
        };
        let recv = if !steps.is_empty() {
            super::types::promoted_recv(self.heap, v, &steps, found.ptr_recv).ok()?
        } else if found.deref {
            match v {
                Value::Ptr(p) => self.heap.load(p),
                _ => return None, // nil pointer, value method: fmt prints <nil>
            }
        } else {
            v.clone()
        };
        Some((code, recv))
    }

    /// Appends value `v` of type `ty` to `out`.
    pub fn value(&self, out: &mut String, ty: TypeId, v: &Value, sp: &Spec, depth: u32) {
        if depth > 16 {
            out.push_str("...");
            return;
        }
        if matches!(sp.verb, 'v' | 's' | 'x' | 'X' | 'q') && !sp.sharp && self.hidden.get() == 0 {
            if let Some((code, recv)) = self.user_method(ty, v) {
                if let Some(c) = &self.collect {
                    c.borrow_mut().push((code, recv));
                    return;
                }
                let s = self.results.borrow_mut().pop_front().unwrap_or_default();
                out.push_str(&self.string(&s, sp));
                return;
            }
        }
        if depth > 0 {
            if let Some(t) = self.native_text(ty, v) {
                if matches!(sp.verb, 'v' | 's') {
                    out.push_str(&t);
                    return;
                }
            }
        }
        if let Value::Shown(s) = v {
            out.push_str(&self.string(s, sp));
            return;
        }
        let t = self.types;
        match t.under(ty) {
            Type::Basic(k) => {
                let s = match k {
                    BasicKind::Bool | BasicKind::UntypedBool => match sp.verb {
                        'v' | 't' => pad(v.as_bool().to_string(), sp),
                        _ => self.bad(ty, v, sp),
                    },
                    k if k.is_integer() => self.int(ty, *k, v.as_int(), sp),
                    k if k.is_float() => self.float(ty, v.as_float(), sp),
                    k if k.is_string() => match sp.verb {
                        'v' | 's' | 'q' | 'x' | 'X' => self.string(v.as_str(), sp),
                        _ => self.bad(ty, v, sp),
                    },
                    _ => "<nil>".into(),
                };
                out.push_str(&s);
            }
            Type::Interface(_) => match v {
                Value::Iface(b) => self.value(out, b.0, &b.1, sp, depth + 1),
                Value::Shown(s) => out.push_str(s),
                _ => out.push_str(&pad("<nil>".into(), sp)),
            },
            Type::Pointer(e) => match v {
                Value::Ptr(p) => {
                    let inner = t.under(*e);
                    if depth == 0
                        && matches!(
                            inner,
                            Type::Struct(_) | Type::Array(..) | Type::Slice(_) | Type::Map(..)
                        )
                    {
                        out.push('&');
                        self.value(out, *e, &self.heap.load(p), sp, depth + 1);
                    } else {
                        out.push_str(&pad(format!("0xc{:09x}", 0x10000 + p.obj as u64 * 16), sp));
                    }
                }
                _ => out.push_str(&pad("<nil>".into(), sp)),
            },
            Type::Struct(fields) => {
                out.push('{');
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    if sp.plus_v {
                        out.push_str(&f.name);
                        out.push(':');
                    }
                    let hidden = !f.name.starts_with(|c: char| c.is_uppercase());
                    if hidden {
                        self.hidden.set(self.hidden.get() + 1);
                    }
                    self.value(out, f.ty, &v.field(i as u32), sp, depth + 1);
                    if hidden {
                        self.hidden.set(self.hidden.get() - 1);
                    }
                }
                out.push('}');
            }
            Type::Array(_, e) => {
                let items = match v {
                    Value::Agg(a) => a.to_vec(),
                    _ => Vec::new(),
                };
                self.list(out, *e, &items, sp, depth);
            }
            Type::Slice(e) => {
                let items = self.heap.slice_elems(v);
                let is_bytes = t.basic(*e) == Some(BasicKind::Uint8);
                if is_bytes && matches!(sp.verb, 's' | 'q' | 'x' | 'X') {
                    let bytes: Vec<u8> = items.iter().map(|b| b.as_int() as u8).collect();
                    out.push_str(&self.string(&String::from_utf8_lossy(&bytes), sp));
                    return;
                }
                let items = items.to_vec();
                self.list(out, *e, &items, sp, depth);
            }
            Type::Map(kt, vt) => {
                out.push_str("map[");
                if let Value::Map(id) = v {
                    if let Some(m) = self.heap.map(*id) {
                        let mut entries: Vec<(&Key, &(Value, Value))> = m.entries.iter().collect();
                        crate::lang::sort::sort_by(&mut entries, |a, b| a.0.cmp(b.0));
                        for (i, (_, (k, val))) in entries.into_iter().enumerate() {
                            if i > 0 {
                                out.push(' ');
                            }
                            self.value(out, *kt, k, sp, depth + 1);
                            out.push(':');
                            self.value(out, *vt, val, sp, depth + 1);
                        }
                    }
                }
                out.push(']');
            }
            Type::Func(_) | Type::Chan(..) => match v {
                Value::Nil => out.push_str(&pad("<nil>".into(), sp)),
                Value::Chan(id) => out.push_str(&format!("0xc{:09x}", 0x20000 + *id as u64 * 96)),
                _ => out.push_str("0x47b2c0"),
            },
            _ => {
                if let Some(s) = self.lib_value(ty, v) {
                    out.push_str(&s);
                } else {
                    out.push_str(&pad("<nil>".into(), sp));
                }
            }
        }
    }

    fn lib_value(&self, ty: TypeId, v: &Value) -> Option<String> {
        match super::types::lib_type(self.types, ty)? {
            super::types::Lib::BytesBuffer | super::types::Lib::StringsBuilder => match v {
                Value::Buf(b) => Some(format!("{{{:?} 0 0}}", b.as_slice())),
                _ => Some("{[] 0 0}".into()),
            },
            _ => Some("{}".into()),
        }
    }

    fn list(&self, out: &mut String, elem: TypeId, items: &[Value], sp: &Spec, depth: u32) {
        out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            self.value(out, elem, x, sp, depth + 1);
        }
        out.push(']');
    }
}
