//! Prints a syntax tree back as Go source (gofmt-like layout, comments not kept). Used
//! to test the parser by round trip: printing, re-parsing and printing again must give
//! the same text, so nothing the parser keeps is lost or misread.

use super::ast::*;
use super::exprstring::expr_source;

/// The whole file as source text.
pub fn file_source(f: &File) -> String {
    let mut out = format!("package {}\n", f.package.name);
    if !f.imports.is_empty() {
        out.push_str("\nimport (\n");
        for imp in &f.imports {
            out.push('\t');
            if let Some(n) = &imp.name {
                out.push_str(&n.name);
                out.push(' ');
            }
            out.push_str(&format!("\"{}\"\n", imp.path));
        }
        out.push_str(")\n");
    }
    for d in &f.decls {
        out.push('\n');
        match d {
            Decl::Func(fd) => {
                out.push_str("func ");
                if let Some(r) = &fd.recv {
                    out.push('(');
                    out.push_str(&field(r, 0));
                    out.push_str(") ");
                }
                out.push_str(&fd.name.name);
                out.push_str(&signature(&fd.ty, 0));
                if let Some(b) = &fd.body {
                    out.push(' ');
                    out.push_str(&block_source(b, 0));
                }
                out.push('\n');
            }
            Decl::Gen(g) => {
                out.push_str(&gen_decl(g, 0));
                out.push('\n');
            }
            Decl::Bad(_) => out.push_str("// bad declaration\n"),
        }
    }
    out
}

fn tabs(n: usize) -> String {
    "\t".repeat(n)
}

fn list(es: &[Expr], indent: usize) -> String {
    es.iter()
        .map(|e| expr_source(e, indent))
        .collect::<Vec<_>>()
        .join(", ")
}

fn field(f: &Field, indent: usize) -> String {
    let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
    let ty = expr_source(&f.ty, indent);
    if names.is_empty() {
        ty
    } else {
        format!("{} {ty}", names.join(", "))
    }
}

fn signature(t: &FuncType, indent: usize) -> String {
    let params: Vec<String> = t.params.iter().map(|f| field(f, indent)).collect();
    let mut s = format!("({})", params.join(", "));
    let named = t.results.iter().any(|f| !f.names.is_empty());
    let results: Vec<String> = t.results.iter().map(|f| field(f, indent)).collect();
    match results.len() {
        0 => {}
        1 if !named => s.push_str(&format!(" {}", results[0])),
        _ => s.push_str(&format!(" ({})", results.join(", "))),
    }
    s
}

fn gen_decl(g: &GenDecl, indent: usize) -> String {
    let (kw, specs): (&str, Vec<String>) = match g {
        GenDecl::Var(specs) => ("var", specs.iter().map(|s| value_spec(s, indent)).collect()),
        GenDecl::Const(specs) => (
            "const",
            specs.iter().map(|s| value_spec(s, indent)).collect(),
        ),
        GenDecl::Type(specs) => (
            "type",
            specs
                .iter()
                .map(|s| {
                    let eq = if s.alias { "= " } else { "" };
                    format!("{} {eq}{}", s.name.name, expr_source(&s.ty, indent))
                })
                .collect(),
        ),
    };
    if specs.len() == 1 {
        return format!("{kw} {}", specs[0]);
    }
    let mut s = format!("{kw} (\n");
    for spec in specs {
        s.push_str(&format!("{}{spec}\n", tabs(indent + 1)));
    }
    s.push_str(&format!("{})", tabs(indent)));
    s
}

fn value_spec(s: &ValueSpec, indent: usize) -> String {
    let names: Vec<&str> = s.names.iter().map(|n| n.name.as_str()).collect();
    let mut out = names.join(", ");
    if let Some(t) = &s.ty {
        out.push(' ');
        out.push_str(&expr_source(t, indent));
    }
    if !s.values.is_empty() {
        out.push_str(" = ");
        out.push_str(&list(&s.values, indent));
    }
    out
}

/// `{ ... }` with statements indented one tab more than `indent`.
pub fn block_source(b: &Block, indent: usize) -> String {
    if b.stmts.is_empty() {
        return "{\n".to_string() + &tabs(indent) + "}";
    }
    let mut s = String::from("{\n");
    stmt_lines(&mut s, &b.stmts, indent + 1);
    s.push_str(&tabs(indent));
    s.push('}');
    s
}

fn stmt_lines(out: &mut String, stmts: &[Stmt], indent: usize) {
    for st in stmts {
        if matches!(st.kind, StmtKind::Empty) {
            continue;
        }
        if let StmtKind::Labeled(l, inner) = &st.kind {
            out.push_str(&format!("{}{}:\n", tabs(indent.saturating_sub(1)), l.name));
            stmt_lines(out, std::slice::from_ref(inner), indent);
            continue;
        }
        out.push_str(&tabs(indent));
        out.push_str(&stmt(st, indent));
        out.push('\n');
    }
}

fn simple(s: &Option<Box<Stmt>>, indent: usize) -> String {
    s.as_ref().map_or(String::new(), |s| stmt(s, indent))
}

fn stmt(s: &Stmt, indent: usize) -> String {
    let e = |x: &Expr| expr_source(x, indent);
    match &s.kind {
        StmtKind::Decl(g) => gen_decl(g, indent),
        StmtKind::Labeled(l, inner) => format!("{}: {}", l.name, stmt(inner, indent)),
        StmtKind::Expr(x) => e(x),
        StmtKind::Send(a, b) => format!("{} <- {}", e(a), e(b)),
        StmtKind::IncDec(x, inc) => format!("{}{}", e(x), if *inc { "++" } else { "--" }),
        StmtKind::Assign { lhs, op, rhs, .. } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(b) => format!("{}=", b.as_str()),
            };
            format!("{} {op} {}", list(lhs, indent), list(rhs, indent))
        }
        StmtKind::Go(x) => format!("go {}", e(x)),
        StmtKind::Defer(x) => format!("defer {}", e(x)),
        StmtKind::Return(xs) if xs.is_empty() => "return".into(),
        StmtKind::Return(xs) => format!("return {}", list(xs, indent)),
        StmtKind::Branch(k, l) => {
            let kw = match k {
                BranchKind::Break => "break",
                BranchKind::Continue => "continue",
                BranchKind::Goto => "goto",
                BranchKind::Fallthrough => "fallthrough",
            };
            match l {
                Some(l) => format!("{kw} {}", l.name),
                None => kw.into(),
            }
        }
        StmtKind::Block(b) => block_source(b, indent),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            let init = init
                .as_ref()
                .map_or(String::new(), |i| format!("{}; ", stmt(i, indent)));
            let mut s = format!("if {init}{} {}", e(cond), block_source(then, indent));
            if let Some(x) = els {
                s.push_str(" else ");
                s.push_str(&stmt(x, indent));
            }
            s
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            let head = match (init, cond, post) {
                (None, None, None) => String::new(),
                (None, Some(c), None) => format!("{} ", e(c)),
                _ => format!(
                    "{}; {}; {} ",
                    simple(init, indent),
                    cond.as_ref().map_or(String::new(), e),
                    simple(post, indent)
                ),
            };
            format!("for {head}{}", block_source(body, indent))
        }
        StmtKind::Range {
            key,
            value,
            define,
            x,
            body,
        } => {
            let vars: Vec<String> = [key, value].into_iter().flatten().map(e).collect();
            let head = if vars.is_empty() {
                String::new()
            } else {
                format!("{} {} ", vars.join(", "), if *define { ":=" } else { "=" })
            };
            format!("for {head}range {} {}", e(x), block_source(body, indent))
        }
        StmtKind::Switch { init, tag, cases } => {
            let init = init
                .as_ref()
                .map_or(String::new(), |i| format!("{}; ", stmt(i, indent)));
            let tag = tag.as_ref().map_or(String::new(), |t| format!("{} ", e(t)));
            format!("switch {init}{tag}{}", cases_source(cases, indent))
        }
        StmtKind::TypeSwitch {
            init,
            bind,
            x,
            cases,
        } => {
            let init = init
                .as_ref()
                .map_or(String::new(), |i| format!("{}; ", stmt(i, indent)));
            let bind = bind
                .as_ref()
                .map_or(String::new(), |b| format!("{} := ", b.name));
            format!(
                "switch {init}{bind}{} {}",
                e(x),
                cases_source(cases, indent)
            )
        }
        StmtKind::Select(clauses) => {
            let mut s = String::from("select {\n");
            for c in clauses {
                match &c.comm {
                    Some(comm) => {
                        s.push_str(&format!("{}case {}:\n", tabs(indent), stmt(comm, indent)))
                    }
                    None => s.push_str(&format!("{}default:\n", tabs(indent))),
                }
                stmt_lines(&mut s, &c.body, indent + 1);
            }
            s.push_str(&tabs(indent));
            s.push('}');
            s
        }
        StmtKind::Empty => String::new(),
        StmtKind::Bad => "/* bad statement */".into(),
    }
}

fn cases_source(cases: &[CaseClause], indent: usize) -> String {
    let mut s = String::from("{\n");
    for c in cases {
        if c.default {
            s.push_str(&format!("{}default:\n", tabs(indent)));
        } else {
            s.push_str(&format!(
                "{}case {}:\n",
                tabs(indent),
                list(&c.exprs, indent)
            ));
        }
        stmt_lines(&mut s, &c.body, indent + 1);
    }
    s.push_str(&tabs(indent));
    s.push('}');
    s
}
