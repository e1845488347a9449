//! `fmt.Sprint`, `Sprintln` and `Sprintf` on top of the value printer.

use super::format::{Printer, Spec};
use super::value::Value;
use crate::lang::types::BasicKind;

impl Printer<'_> {
    /// `fmt.Sprint`: operands separated by a space when neither side is a string.
    pub fn sprint(&self, args: &[Value]) -> String {
        let sp = Spec {
            verb: 'v',
            ..Default::default()
        };
        let mut out = String::new();
        let mut prev_string = false;
        for (i, a) in args.iter().enumerate() {
            let is_string = match a {
                Value::Iface(b) => matches!(self.types.basic(b.0), Some(BasicKind::String)),
                _ => false,
            };
            if i > 0 && !is_string && !prev_string {
                out.push(' ');
            }
            out.push_str(&self.operand(a, &sp));
            prev_string = is_string;
        }
        out
    }

    /// `fmt.Sprintln`: operands separated by spaces, then a newline.
    pub fn sprintln(&self, args: &[Value]) -> String {
        let sp = Spec {
            verb: 'v',
            ..Default::default()
        };
        let parts: Vec<String> = args.iter().map(|a| self.operand(a, &sp)).collect();
        let mut s = parts.join(" ");
        s.push('\n');
        s
    }

    /// `fmt.Sprintf`.
    pub fn sprintf(&self, format: &str, args: &[Value]) -> String {
        let mut out = String::new();
        let mut argi = 0;
        for piece in parse_format(format) {
            match piece {
                Piece::Text(t) => out.push_str(&t),
                Piece::Verb(sp) => {
                    if sp.verb == '%' {
                        out.push('%');
                    } else if let Some(a) = args.get(argi) {
                        argi += 1;
                        out.push_str(&self.operand(a, &sp));
                    } else {
                        out.push_str(&format!("%!{}(MISSING)", sp.verb));
                    }
                }
            }
        }
        if argi < args.len() {
            out.push_str("%!(EXTRA ");
            let extra: Vec<String> = args[argi..]
                .iter()
                .map(|a| match a {
                    Value::Iface(b) => {
                        let v = self.operand(
                            a,
                            &Spec {
                                verb: 'v',
                                ..Default::default()
                            },
                        );
                        format!("{}={}", self.types.type_string(b.0), v)
                    }
                    _ => "<nil>".to_string(),
                })
                .collect();
            out.push_str(&extra.join(", "));
            out.push(')');
        }
        out
    }
}

/// A piece of a format string.
#[derive(Clone, Debug)]
pub enum Piece {
    Text(String),
    Verb(Spec),
}

/// Splits a `Printf` format into text and verbs.
pub fn parse_format(f: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut it = f.chars().peekable();
    while let Some(c) = it.next() {
        if c != '%' {
            text.push(c);
            continue;
        }
        if !text.is_empty() {
            out.push(Piece::Text(std::mem::take(&mut text)));
        }
        let mut sp = Spec::default();
        while let Some(&fl) = it.peek() {
            match fl {
                '-' => sp.minus = true,
                '+' => sp.plus = true,
                '#' => sp.sharp = true,
                ' ' => sp.space = true,
                '0' => sp.zero = true,
                _ => break,
            }
            it.next();
        }
        let num = |it: &mut std::iter::Peekable<std::str::Chars>| {
            let mut n: Option<usize> = None;
            while let Some(d) = it.peek().and_then(|c| c.to_digit(10)) {
                n = Some(
                    n.unwrap_or(0)
                        .saturating_mul(10)
                        .saturating_add(d as usize)
                        .min(10_000),
                );
                it.next();
            }
            n
        };
        sp.width = num(&mut it);
        if it.peek() == Some(&'.') {
            it.next();
            sp.prec = Some(num(&mut it).unwrap_or(0));
        }
        match it.next() {
            Some(v) => sp.verb = v,
            None => {
                out.push(Piece::Text("%!(NOVERB)".into()));
                continue;
            }
        }
        if sp.minus {
            sp.zero = false;
        }
        if (sp.verb == 'v' || sp.verb == 'w') && sp.plus {
            sp.plus = false;
            sp.plus_v = true;
        }
        out.push(Piece::Verb(sp));
    }
    if !text.is_empty() {
        out.push(Piece::Text(text));
    }
    out
}

/// The verb each operand of `format` is printed with (`v` past the end).
pub fn verbs_of(format: &str) -> Vec<char> {
    parse_format(format)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Verb(sp) if sp.verb != '%' => Some(if sp.sharp && sp.verb == 'v' {
                '#'
            } else {
                sp.verb
            }),
            _ => None,
        })
        .collect()
}
