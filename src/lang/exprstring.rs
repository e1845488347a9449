//! Prints an expression the way gc's error messages quote it (types2's `ExprString`, the
//! syntax package's short form): normalized spacing, and function bodies and composite
//! literal contents shortened to `{…}`.

use super::ast::*;

pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e, None);
    s
}

/// The whole expression, function bodies and literal elements included, for the
/// source printer; nested statements are indented from `indent` tabs.
pub fn expr_source(e: &Expr, indent: usize) -> String {
    let mut s = String::new();
    write_expr(&mut s, e, Some(indent));
    s
}

fn write_list(out: &mut String, list: &[Expr], full: Option<usize>) {
    for (i, e) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, e, full);
    }
}

fn write_fields(out: &mut String, fields: &[Field], sep: &str, full: Option<usize>) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            out.push_str(&n.name);
        }
        if !f.names.is_empty() {
            out.push(' ');
        }
        write_expr(out, &f.ty, full);
    }
}

pub(super) fn write_signature(out: &mut String, ty: &FuncType, full: Option<usize>) {
    out.push('(');
    write_fields(out, &ty.params, ", ", full);
    out.push(')');
    let named = ty.results.iter().any(|f| !f.names.is_empty());
    match ty.results.len() {
        0 => {}
        1 if !named => {
            out.push(' ');
            write_expr(out, &ty.results[0].ty, full);
        }
        _ => {
            out.push_str(" (");
            write_fields(out, &ty.results, ", ", full);
            out.push(')');
        }
    }
}

fn write_expr(out: &mut String, e: &Expr, full: Option<usize>) {
    match &e.kind {
        ExprKind::Ident(id) => out.push_str(&id.name),
        ExprKind::BasicLit(_, raw) => out.push_str(raw),
        ExprKind::Composite { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(out, t, full);
            }
            match full {
                None => out.push_str(if elts.is_empty() { "{}" } else { "{…}" }),
                Some(_) => {
                    out.push('{');
                    write_list(out, elts, full);
                    out.push('}');
                }
            }
        }
        ExprKind::FuncLit { ty, body } => {
            out.push_str("func");
            write_signature(out, ty, full);
            match full {
                None => out.push_str(" {…}"),
                Some(indent) => {
                    out.push(' ');
                    out.push_str(&super::printer::block_source(body, indent));
                }
            }
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(out, x, full);
            out.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(out, x, full);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index(x, i) => {
            write_expr(out, x, full);
            out.push('[');
            write_expr(out, i, full);
            out.push(']');
        }
        ExprKind::Slice { x, lo, hi, max } => {
            write_expr(out, x, full);
            out.push('[');
            if let Some(l) = lo {
                write_expr(out, l, full);
            }
            out.push(':');
            if let Some(h) = hi {
                write_expr(out, h, full);
            }
            if let Some(m) = max {
                out.push(':');
                write_expr(out, m, full);
            }
            out.push(']');
        }
        ExprKind::TypeAssert(x, t) => {
            write_expr(out, x, full);
            out.push_str(".(");
            match t {
                Some(t) => write_expr(out, t, full),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
            ..
        } => {
            write_expr(out, func, full);
            out.push('(');
            write_list(out, args, full);
            if ellipsis.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            write_expr(out, x, full);
        }
        ExprKind::Unary(op, x) => {
            out.push_str(op.as_str());
            write_expr(out, x, full);
        }
        ExprKind::Binary(op, x, y) => {
            write_expr(out, x, full);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(out, y, full);
        }
        ExprKind::KeyValue(k, v) => {
            write_expr(out, k, full);
            out.push_str(": ");
            write_expr(out, v, full);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            if let Some(l) = len {
                write_expr(out, l, full);
            }
            out.push(']');
            write_expr(out, elem, full);
        }
        ExprKind::MapType(k, v) => {
            out.push_str("map[");
            write_expr(out, k, full);
            out.push(']');
            write_expr(out, v, full);
        }
        ExprKind::ChanType(dir, elem) => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(out, elem, full);
        }
        ExprKind::FuncType(ty) => {
            out.push_str("func");
            write_signature(out, ty, full);
        }
        ExprKind::StructType(fields) => {
            out.push_str("struct{");
            write_fields(out, fields, "; ", full);
            out.push('}');
        }
        ExprKind::InterfaceType(elems) => {
            out.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, ty } => {
                        out.push_str(&name.name);
                        write_signature(out, ty, full);
                    }
                    InterfaceElem::Embed(t) => write_expr(out, t, full),
                }
            }
            out.push('}');
        }
        ExprKind::Ellipsis(t) => {
            out.push_str("...");
            if let Some(t) = t {
                write_expr(out, t, full);
            }
        }
        ExprKind::Bad => out.push_str("BadExpr"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::parser::parse;

    fn first_call_arg(src: &str) -> String {
        let (file, diags) = parse(src);
        assert!(diags.is_empty(), "{diags:?}");
        let Decl::Func(f) = &file.decls[0] else {
            panic!("no func")
        };
        let body = f.body.as_ref().expect("body");
        let StmtKind::Expr(e) = &body.stmts[0].kind else {
            panic!("not an expression statement")
        };
        let ExprKind::Call { args, .. } = &e.kind else {
            panic!("not a call")
        };
        expr_string(&args[0])
    }

    #[test]
    fn normalizes_spacing_and_shortens_bodies() {
        let s = "package main\nfunc main() {\n\tf(x+y*2, 3)\n}\n";
        assert_eq!(first_call_arg(s), "x + y * 2");
        let s = "package main\nfunc main() {\n\tf(func(a int) string { return \"\" })\n}\n";
        assert_eq!(first_call_arg(s), "func(a int) string {…}");
        let s = "package main\nfunc main() {\n\tf([]int{1, 2}[0:1])\n}\n";
        assert_eq!(first_call_arg(s), "[]int{…}[0:1]");
        let s = "package main\nfunc main() {\n\tf(<-ch, m[\"k\"])\n}\n";
        assert_eq!(first_call_arg(s), "<-ch");
        let s = "package main\nfunc main() {\n\tf(p.(*bytes.Buffer).Len())\n}\n";
        assert_eq!(first_call_arg(s), "p.(*bytes.Buffer).Len()");
    }
}
