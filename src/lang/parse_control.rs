//! Control statements for the parser: the `if`/`for`/`switch` headers (where `T{` is
//! not a composite literal), `if`/`else` chains, `for` and `range`, expression and
//! type switches, and `select`.

use super::ast::*;
use super::parser::Parser;
use super::span::Span;
use super::token::TokenKind as T;

impl Parser<'_> {
    /// gc's `header`: `init; cond` of `if`/`switch`, or `init; cond; post` of `for`
    /// (the post statement is returned third), ported step by step so that errors and
    /// recovery match. The keyword has been consumed.
    pub(super) fn header(&mut self, kw: T) -> (Option<Stmt>, Option<Stmt>, Option<Stmt>) {
        if self.tok() == T::LBrace {
            if kw == T::If {
                self.syntax_error("missing condition in if statement");
            }
            return (None, None, None);
        }
        let outer = self.expr_lev;
        self.expr_lev = -1;
        let mut init = None;
        if !self.is_semi() {
            if self.got(T::Var) {
                self.syntax_error(&format!(
                    "var declaration not allowed in {} initializer",
                    kw.describe()
                ));
            }
            let s = self.simple_stmt(kw == T::For);
            if matches!(s.kind, StmtKind::Range { .. }) {
                self.expr_lev = outer;
                return (None, Some(s), None);
            }
            init = Some(s);
        }
        let mut cond = None;
        let mut post = None;
        let mut semi: Option<(Span, bool)> = None;
        if self.tok() != T::LBrace {
            if self.is_semi() {
                semi = Some((self.span(), matches!(self.tok(), T::Semi { auto: true })));
                self.bump();
            } else {
                // Asking for `{` rather than `;` gives the better message.
                self.want(T::LBrace);
                if self.tok() != T::LBrace {
                    self.advance(&[T::LBrace, T::RBrace]);
                }
            }
            if kw == T::For {
                if !self.is_semi() {
                    if self.tok() == T::LBrace {
                        self.syntax_error("expected for loop condition");
                        self.expr_lev = outer;
                        return (init, None, None);
                    }
                    cond = Some(self.simple_stmt(false));
                }
                if !self.got_semi() {
                    self.syntax_error("expected semicolon or newline");
                    self.advance(&[]);
                }
                if self.tok() != T::LBrace {
                    let p = self.simple_stmt(false);
                    if let StmtKind::Assign {
                        op: AssignOp::Define,
                        op_span,
                        ..
                    } = p.kind
                    {
                        self.error_at(
                            op_span,
                            "syntax error: cannot declare in post statement of for loop".into(),
                        );
                    }
                    post = Some(p);
                }
            } else if self.tok() != T::LBrace {
                cond = Some(self.simple_stmt(false));
            }
        } else {
            cond = init.take();
        }
        if cond.is_none() && kw == T::If {
            if let Some((at, newline)) = semi {
                let msg = if newline {
                    let what = if at.lo as usize >= self.src.len() {
                        "EOF"
                    } else {
                        "newline"
                    };
                    format!("syntax error: unexpected {what}, expected {{ after if clause")
                } else {
                    "syntax error: missing condition in if statement".to_string()
                };
                self.error_at(at, msg);
            }
        }
        self.expr_lev = outer;
        (init, cond, post)
    }

    /// The condition of `if`/`for`/`switch` as an expression; gc's "cannot use ... as
    /// value" for any other statement (an `=` typed for `==` above all).
    pub(super) fn cond_expr(&mut self, s: Option<Stmt>) -> Option<Expr> {
        match s {
            None => None,
            Some(Stmt {
                kind: StmtKind::Expr(x),
                ..
            }) => Some(x),
            Some(s) => {
                let (at, text) = match &s.kind {
                    StmtKind::Assign {
                        lhs,
                        op: AssignOp::Assign,
                        rhs,
                        op_span,
                    } => (
                        *op_span,
                        format!("assignment {} = {}", emphasize(lhs), emphasize(rhs)),
                    ),
                    StmtKind::Assign { op_span, .. } => {
                        (*op_span, s.span.text(self.src).to_string())
                    }
                    _ => (s.span, s.span.text(self.src).to_string()),
                };
                self.error_at(at, format!("syntax error: cannot use {text} as value"));
                Some(self.bad_expr())
            }
        }
    }

    pub(super) fn if_stmt(&mut self) -> Stmt {
        // `else if` chains nest: count them against the depth limit.
        if !self.enter() {
            self.leave();
            return self.stmt_at(self.span().lo, StmtKind::Bad);
        }
        let s = self.if_inner();
        self.leave();
        s
    }

    pub(super) fn if_inner(&mut self) -> Stmt {
        let lo = self.span().lo;
        self.bump();
        let (init, cond, _) = self.header(T::If);
        let cond = match self.cond_expr(cond) {
            Some(c) => c,
            None => self.bad_expr(),
        };
        let then = self.block_after("if clause");
        let els = if self.got(T::Else) {
            match self.tok() {
                T::If => Some(Box::new(self.if_stmt())),
                T::LBrace => {
                    let blo = self.span().lo;
                    let b = self.block();
                    Some(Box::new(self.stmt_at(blo, StmtKind::Block(b))))
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[T::Ident, T::RBrace]);
                    None
                }
            }
        } else {
            None
        };
        self.stmt_at(
            lo,
            StmtKind::If {
                init: init.map(Box::new),
                cond,
                then,
                els,
            },
        )
    }

    pub(super) fn for_stmt(&mut self) -> Stmt {
        let lo = self.span().lo;
        self.bump();
        let (init, cond, post) = self.header(T::For);
        if let Some(Stmt {
            kind:
                StmtKind::Range {
                    key,
                    value,
                    define,
                    x,
                    ..
                },
            ..
        }) = cond
        {
            let body = self.block_after("for clause");
            return self.stmt_at(
                lo,
                StmtKind::Range {
                    key,
                    value,
                    define,
                    x,
                    body,
                },
            );
        }
        let cond = self.cond_expr(cond);
        if let Some(p) = &post {
            if let StmtKind::Assign {
                op: AssignOp::Define,
                ..
            } = p.kind
            {
                self.error_at(
                    p.span,
                    "syntax error: cannot declare in post statement of for loop".into(),
                );
            }
        }
        let body = self.block_after("for clause");
        self.stmt_at(
            lo,
            StmtKind::For {
                init: init.map(Box::new),
                cond,
                post: post.map(Box::new),
                body,
            },
        )
    }

    pub(super) fn switch_stmt(&mut self) -> Stmt {
        let lo = self.span().lo;
        self.bump();
        let (init, tag, _) = self.header(T::Switch);
        let init = init.map(Box::new);
        if self.tok() != T::LBrace {
            self.syntax_error("missing { after switch clause");
            self.advance(&[T::Case, T::Default, T::RBrace]);
        }
        self.got(T::LBrace);
        let mut cases = Vec::new();
        while self.tok() != T::Eof && self.tok() != T::RBrace {
            let before = self.pos;
            cases.push(self.case_clause());
            self.ensure_progress(before);
        }
        self.want(T::RBrace);
        // A type switch guard: `x.(type)` or `v := x.(type)`.
        let kind = match tag {
            Some(Stmt {
                kind: StmtKind::Expr(x),
                ..
            }) if matches!(x.kind, ExprKind::TypeAssert(_, None)) => StmtKind::TypeSwitch {
                init,
                bind: None,
                x,
                cases,
            },
            Some(Stmt {
                kind:
                    StmtKind::Assign {
                        mut lhs,
                        op: AssignOp::Define,
                        mut rhs,
                        ..
                    },
                span,
            }) if lhs.len() == 1
                && rhs.len() == 1
                && matches!(rhs[0].kind, ExprKind::TypeAssert(_, None)) =>
            {
                let x = rhs.pop().unwrap_or_else(|| self.bad_expr());
                let bind = match lhs.pop().map(|e| e.kind) {
                    Some(ExprKind::Ident(id)) => Some(id),
                    _ => {
                        self.error_at(
                            span,
                            "syntax error: invalid variable name in type switch".into(),
                        );
                        None
                    }
                };
                StmtKind::TypeSwitch {
                    init,
                    bind,
                    x,
                    cases,
                }
            }
            tag => {
                let tag = self.cond_expr(tag);
                StmtKind::Switch { init, tag, cases }
            }
        };
        self.stmt_at(lo, kind)
    }

    pub(super) fn case_clause(&mut self) -> CaseClause {
        // gc's caseClause: anything but `case`/`default` is reported, then the clause
        // is read from the next `:` on.
        let lo = self.span().lo;
        let default = self.tok() == T::Default;
        let exprs = match self.tok() {
            T::Case => {
                self.bump();
                self.expr_list()
            }
            T::Default => {
                self.bump();
                Vec::new()
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[T::Colon, T::Case, T::Default, T::RBrace]);
                Vec::new()
            }
        };
        self.want(T::Colon);
        let body = self.stmt_list();
        CaseClause {
            exprs,
            default,
            body,
            span: Span {
                lo,
                hi: self.prev_end(),
            },
            implicit: self.new_id(),
        }
    }

    pub(super) fn select_stmt(&mut self) -> Stmt {
        let lo = self.span().lo;
        self.bump();
        if self.tok() != T::LBrace {
            self.syntax_error("missing { after select clause");
            self.advance(&[T::Case, T::Default, T::RBrace]);
        }
        self.got(T::LBrace);
        let mut clauses = Vec::new();
        while self.tok() != T::Eof && self.tok() != T::RBrace {
            let before = self.pos;
            let clo = self.span().lo;
            let comm = match self.tok() {
                T::Case => {
                    self.bump();
                    Some(Box::new(self.simple_stmt(false)))
                }
                T::Default => {
                    self.bump();
                    None
                }
                _ => {
                    self.syntax_error("expected case or default or }");
                    self.advance(&[T::Colon, T::Case, T::Default, T::RBrace]);
                    None
                }
            };
            self.want(T::Colon);
            let body = self.stmt_list();
            clauses.push(CommClause {
                comm,
                body,
                span: Span {
                    lo: clo,
                    hi: self.prev_end(),
                },
            });
            self.ensure_progress(before);
        }
        self.want(T::RBrace);
        self.stmt_at(lo, StmtKind::Select(clauses))
    }
}

/// gc's `emphasize`: a list rendered as source, a lone binary expression in parentheses.
fn emphasize(list: &[Expr]) -> String {
    let text: Vec<String> = list.iter().map(super::exprstring::expr_string).collect();
    let joined = text.join(", ");
    match list {
        [Expr {
            kind: ExprKind::Binary(..),
            ..
        }] => format!("({joined})"),
        _ => joined,
    }
}
