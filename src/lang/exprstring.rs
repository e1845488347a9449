//! Prints an expression the way gc's error messages quote it (types2's `ExprString`, the
//! syntax package's short form): normalized spacing, and function bodies and composite
//! literal contents shortened to `{…}`.

use super::ast::*;

pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e);
    s
}

fn write_list(out: &mut String, list: &[Expr]) {
    for (i, e) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, e);
    }
}

fn write_fields(out: &mut String, fields: &[Field], sep: &str) {
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
        write_expr(out, &f.ty);
    }
}

pub(super) fn write_signature(out: &mut String, ty: &FuncType) {
    out.push('(');
    write_fields(out, &ty.params, ", ");
    out.push(')');
    let named = ty.results.iter().any(|f| !f.names.is_empty());
    match ty.results.len() {
        0 => {}
        1 if !named => {
            out.push(' ');
            write_expr(out, &ty.results[0].ty);
        }
        _ => {
            out.push_str(" (");
            write_fields(out, &ty.results, ", ");
            out.push(')');
        }
    }
}

fn write_expr(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Ident(id) => out.push_str(&id.name),
        ExprKind::BasicLit(_, raw) => out.push_str(raw),
        ExprKind::Composite { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(out, t);
            }
            out.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { ty, .. } => {
            out.push_str("func");
            write_signature(out, ty);
            out.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(out, x);
            out.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(out, x);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index(x, i) => {
            write_expr(out, x);
            out.push('[');
            write_expr(out, i);
            out.push(']');
        }
        ExprKind::Slice { x, lo, hi, max } => {
            write_expr(out, x);
            out.push('[');
            if let Some(l) = lo {
                write_expr(out, l);
            }
            out.push(':');
            if let Some(h) = hi {
                write_expr(out, h);
            }
            if let Some(m) = max {
                out.push(':');
                write_expr(out, m);
            }
            out.push(']');
        }
        ExprKind::TypeAssert(x, t) => {
            write_expr(out, x);
            out.push_str(".(");
            match t {
                Some(t) => write_expr(out, t),
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
            write_expr(out, func);
            out.push('(');
            write_list(out, args);
            if ellipsis.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            write_expr(out, x);
        }
        ExprKind::Unary(op, x) => {
            out.push_str(op.as_str());
            write_expr(out, x);
        }
        ExprKind::Binary(op, x, y) => {
            write_expr(out, x);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(out, y);
        }
        ExprKind::KeyValue(k, v) => {
            write_expr(out, k);
            out.push_str(": ");
            write_expr(out, v);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            if let Some(l) = len {
                write_expr(out, l);
            }
            out.push(']');
            write_expr(out, elem);
        }
        ExprKind::MapType(k, v) => {
            out.push_str("map[");
            write_expr(out, k);
            out.push(']');
            write_expr(out, v);
        }
        ExprKind::ChanType(dir, elem) => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(out, elem);
        }
        ExprKind::FuncType(ty) => {
            out.push_str("func");
            write_signature(out, ty);
        }
        ExprKind::StructType(fields) => {
            out.push_str("struct{");
            write_fields(out, fields, "; ");
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
                        write_signature(out, ty);
                    }
                    InterfaceElem::Embed(t) => write_expr(out, t),
                }
            }
            out.push('}');
        }
        ExprKind::Ellipsis(t) => {
            out.push_str("...");
            if let Some(t) = t {
                write_expr(out, t);
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
