//! Printing types two ways: as `fmt`'s `%T` (reflect) prints them (`*main.Conn`,
//! `[]interface {}`, `struct { A int }`), and as gc's error messages do (types of
//! package main unqualified, `any`, `struct{A int}`, and `"sync".Mutex`, whose package
//! name is ambiguous with internal/sync).

use super::types::{ChanDir, Signature, Type, TypeId, TypeTable};

impl TypeTable {
    /// The type as `fmt`'s `%T` prints it: `*main.Conn`, `[]interface {}`, `func(int) string`.
    pub fn type_string(&self, id: TypeId) -> String {
        let mut s = String::new();
        self.write(&mut s, id, Style::Reflect);
        s
    }

    /// The type as gc's error messages print it: types of package main unqualified,
    /// `any` for the empty interface, `struct{...}` without the space.
    pub fn error_string(&self, id: TypeId) -> String {
        let mut s = String::new();
        self.write(&mut s, id, Style::Gc);
        s
    }

    pub(super) fn write_list(
        &self,
        out: &mut String,
        ids: &[TypeId],
        variadic: bool,
        style: Style,
    ) {
        for (i, &t) in ids.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if variadic && i + 1 == ids.len() {
                out.push_str("...");
                let elem = self.elem(t).unwrap_or(TypeId::INVALID);
                self.write(out, elem, style);
            } else {
                self.write(out, t, style);
            }
        }
    }

    pub(super) fn write(&self, out: &mut String, id: TypeId, style: Style) {
        match self.get(id) {
            Type::Basic(k) => out.push_str(k.name()),
            Type::Named(n) => {
                match (&n.pkg, style) {
                    (Some(p), Style::Reflect) => {
                        out.push_str(p);
                        out.push('.');
                    }
                    // gc quotes the path of a package whose name is ambiguous among
                    // those loaded: sync has a namesake, internal/sync.
                    (Some(p), Style::Gc) if p == "sync" => {
                        out.push_str("\"sync\".");
                    }
                    (Some(p), Style::Gc) if p != "main" => {
                        out.push_str(p);
                        out.push('.');
                    }
                    _ => {}
                }
                out.push_str(&n.name);
            }
            Type::Pointer(e) => {
                out.push('*');
                self.write(out, *e, style);
            }
            Type::Slice(e) => {
                out.push_str("[]");
                self.write(out, *e, style);
            }
            Type::Array(n, e) => {
                out.push_str(&format!("[{n}]"));
                self.write(out, *e, style);
            }
            Type::Map(k, v) => {
                out.push_str("map[");
                self.write(out, *k, style);
                out.push(']');
                self.write(out, *v, style);
            }
            Type::Chan(dir, e) => {
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                // `chan (<-chan int)` needs parentheses to stay unambiguous.
                let paren =
                    *dir == ChanDir::Both && matches!(self.get(*e), Type::Chan(ChanDir::Recv, _));
                if paren {
                    out.push('(');
                }
                self.write(out, *e, style);
                if paren {
                    out.push(')');
                }
            }
            Type::Func(sig) => {
                out.push_str("func");
                self.write_signature(out, sig, style);
            }
            Type::Struct(fields) => {
                out.push_str(match style {
                    Style::Reflect => "struct {",
                    Style::Gc => "struct{",
                });
                for (i, f) in fields.iter().enumerate() {
                    out.push_str(if i > 0 {
                        "; "
                    } else if style == Style::Reflect {
                        " "
                    } else {
                        ""
                    });
                    if !f.embedded {
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    self.write(out, f.ty, style);
                }
                if style == Style::Reflect && !fields.is_empty() {
                    out.push(' ');
                }
                out.push('}');
            }
            Type::Interface(methods) => {
                if methods.is_empty() {
                    out.push_str(match style {
                        Style::Reflect => "interface {}",
                        Style::Gc => "any",
                    });
                    return;
                }
                out.push_str(match style {
                    Style::Reflect => "interface { ",
                    Style::Gc => "interface{",
                });
                for (i, m) in methods.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    out.push_str(&m.name);
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_signature(out, sig, style);
                    }
                }
                out.push_str(match style {
                    Style::Reflect => " }",
                    Style::Gc => "}",
                });
            }
            Type::Tuple(elems) => {
                out.push('(');
                self.write_list(out, elems, false, style);
                out.push(')');
            }
        }
    }

    pub(super) fn write_signature(&self, out: &mut String, sig: &Signature, style: Style) {
        out.push('(');
        self.write_list(out, &sig.params, sig.variadic, style);
        out.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                out.push(' ');
                self.write(out, sig.results[0], style);
            }
            _ => {
                out.push_str(" (");
                self.write_list(out, &sig.results, false, style);
                out.push(')');
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Style {
    Reflect,
    Gc,
}
