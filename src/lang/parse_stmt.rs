//! Statements for the parser (see `parser.rs`): blocks and statement lists, simple
//! statements (assignments, sends, inc/dec, labels), `go`/`defer`/`return`/branches.
//! Control statements are in `parse_control.rs`.

use super::ast::*;
use super::parser::Parser;
use super::span::Span;
use super::token::TokenKind as T;

impl Parser<'_> {
    /// gc's `blockStmt(context)`: a missing `{` is "expected { after for clause", and
    /// recovery skips to a name or `}`.
    pub(super) fn block_after(&mut self, context: &str) -> Block {
        if self.tok() != T::LBrace {
            let lo = self.span().lo;
            self.syntax_error(&format!("expected {{ after {context}"));
            self.advance(&[T::Ident, T::RBrace]);
            let rbrace = self.span();
            if self.got(T::RBrace) {
                return Block {
                    stmts: Vec::new(),
                    span: Span {
                        lo,
                        hi: self.prev_end(),
                    },
                    rbrace,
                };
            }
            let stmts = if self.enter() {
                self.stmt_list()
            } else {
                Vec::new()
            };
            self.leave();
            let rbrace = self.span();
            self.want(T::RBrace);
            return Block {
                stmts,
                span: Span {
                    lo,
                    hi: self.prev_end(),
                },
                rbrace,
            };
        }
        self.block()
    }

    pub(super) fn block(&mut self) -> Block {
        let lo = self.span().lo;
        self.want(T::LBrace);
        let stmts = if self.enter() {
            self.stmt_list()
        } else {
            Vec::new()
        };
        self.leave();
        let rbrace = self.span();
        self.want(T::RBrace);
        Block {
            stmts,
            span: Span {
                lo,
                hi: self.prev_end(),
            },
            rbrace,
        }
    }

    pub(super) fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut list = Vec::new();
        loop {
            while self.got_semi() {}
            if matches!(self.tok(), T::RBrace | T::Eof | T::Case | T::Default) {
                break;
            }
            if !can_start_stmt(self.tok()) {
                // gc's stmtOrNil returns nil: the block then wants its `}`.
                break;
            }
            let before = self.span().lo;
            list.push(self.stmt());
            if matches!(self.tok(), T::RBrace | T::Case | T::Default) {
                continue;
            }
            if !self.got_semi() {
                self.syntax_error("at end of statement");
                self.advance(&[T::Semi { auto: false }, T::RBrace, T::Case, T::Default]);
                self.got_semi();
            }
            // Never loop without consuming input.
            if self.span().lo == before && !matches!(self.tok(), T::RBrace | T::Eof) {
                self.bump();
            }
        }
        list
    }

    pub(super) fn stmt_at(&self, lo: u32, kind: StmtKind) -> Stmt {
        Stmt {
            span: Span {
                lo,
                hi: self.prev_end().max(lo),
            },
            kind,
        }
    }

    pub(super) fn stmt(&mut self) -> Stmt {
        let lo = self.span().lo;
        match self.tok() {
            T::Var | T::Const | T::Type => {
                let d = self.gen_decl_stmt();
                self.stmt_at(lo, StmtKind::Decl(d))
            }
            T::LBrace => {
                let b = self.block();
                self.stmt_at(lo, StmtKind::Block(b))
            }
            T::If => self.if_stmt(),
            T::For => self.for_stmt(),
            T::Switch => self.switch_stmt(),
            T::Select => self.select_stmt(),
            T::Go | T::Defer => {
                let is_go = self.tok() == T::Go;
                self.bump();
                // gc's callStmt reads a primary expression; it only rejects a
                // parenthesized call, a non-call is a type error ("expression in defer
                // must be function call").
                let x = self.primary_expr();
                if let ExprKind::Paren(_) = &x.kind {
                    let what = if is_go { "go" } else { "defer" };
                    self.error_at(
                        x.span,
                        format!("syntax error: expression in {what} must not be parenthesized"),
                    );
                }
                self.stmt_at(
                    lo,
                    if is_go {
                        StmtKind::Go(x)
                    } else {
                        StmtKind::Defer(x)
                    },
                )
            }
            T::Return => {
                self.bump();
                let results = if self.is_semi() || self.tok() == T::RBrace {
                    Vec::new()
                } else {
                    self.expr_list()
                };
                self.stmt_at(lo, StmtKind::Return(results))
            }
            T::Break | T::Continue | T::Goto | T::Fallthrough => {
                let kind = match self.tok() {
                    T::Break => BranchKind::Break,
                    T::Continue => BranchKind::Continue,
                    T::Goto => BranchKind::Goto,
                    _ => BranchKind::Fallthrough,
                };
                self.bump();
                let label = if self.tok() == T::Ident && kind != BranchKind::Fallthrough {
                    Some(self.ident())
                } else {
                    None
                };
                self.stmt_at(lo, StmtKind::Branch(kind, label))
            }
            T::Semi { .. } => self.stmt_at(lo, StmtKind::Empty),
            T::Ident if self.peek_kind(1) == T::Colon => {
                // gc's labeledStmtOrNil: a label before `}` labels an empty statement.
                let label = self.ident();
                let colon = self.span();
                self.bump(); // :
                if self.tok() == T::RBrace {
                    let empty = self.stmt_at(self.span().lo, StmtKind::Empty);
                    return self.stmt_at(lo, StmtKind::Labeled(label, Box::new(empty)));
                }
                if !can_start_stmt(self.tok()) {
                    self.error_at(colon, "syntax error: missing statement after label".into());
                    let empty = self.stmt_at(self.span().lo, StmtKind::Empty);
                    return self.stmt_at(lo, StmtKind::Labeled(label, Box::new(empty)));
                }
                let s = self.stmt();
                self.stmt_at(lo, StmtKind::Labeled(label, Box::new(s)))
            }
            _ => self.simple_stmt(false),
        }
    }

    fn gen_decl_stmt(&mut self) -> GenDecl {
        self.gen_decl_pub()
    }

    /// An expression, send, inc/dec, assignment or short variable declaration; with
    /// `range_ok`, also the `k, v := range x` of a `for` header (body left empty).
    pub(super) fn simple_stmt(&mut self, range_ok: bool) -> Stmt {
        let lo = self.span().lo;
        if range_ok && self.tok() == T::Range {
            self.bump();
            let x = self.parse_expr();
            return self.range_stmt(lo, None, None, false, x);
        }
        let mut lhs = self.expr_list();
        let op_span = self.span();
        let op = match self.tok() {
            T::Define => AssignOp::Define,
            T::Assign => AssignOp::Assign,
            T::AddAssign => AssignOp::Op(BinaryOp::Add),
            T::SubAssign => AssignOp::Op(BinaryOp::Sub),
            T::MulAssign => AssignOp::Op(BinaryOp::Mul),
            T::QuoAssign => AssignOp::Op(BinaryOp::Quo),
            T::RemAssign => AssignOp::Op(BinaryOp::Rem),
            T::AndAssign => AssignOp::Op(BinaryOp::And),
            T::OrAssign => AssignOp::Op(BinaryOp::Or),
            T::XorAssign => AssignOp::Op(BinaryOp::Xor),
            T::ShlAssign => AssignOp::Op(BinaryOp::Shl),
            T::ShrAssign => AssignOp::Op(BinaryOp::Shr),
            T::AndNotAssign => AssignOp::Op(BinaryOp::AndNot),
            T::Inc | T::Dec if lhs.len() == 1 => {
                let inc = self.tok() == T::Inc;
                self.bump();
                let x = lhs.pop().unwrap_or_else(|| self.bad_expr());
                return self.stmt_at(lo, StmtKind::IncDec(x, inc));
            }
            T::Arrow if lhs.len() == 1 => {
                self.bump();
                let v = self.parse_expr();
                let ch = lhs.pop().unwrap_or_else(|| self.bad_expr());
                return self.stmt_at(lo, StmtKind::Send(ch, v));
            }
            _ => {
                if lhs.len() > 1 {
                    self.syntax_error("expected := or = or comma");
                    self.advance(&[T::Semi { auto: false }, T::RBrace]);
                    return self.stmt_at(lo, StmtKind::Bad);
                }
                let x = lhs.pop().unwrap_or_else(|| self.bad_expr());
                return self.stmt_at(lo, StmtKind::Expr(x));
            }
        };
        self.bump();
        if range_ok && self.tok() == T::Range && matches!(op, AssignOp::Define | AssignOp::Assign) {
            self.bump();
            let x = self.parse_expr();
            if lhs.len() > 2 {
                let sp = lhs[2].span;
                self.error_at(
                    sp,
                    "range clause permits at most two iteration variables".into(),
                );
            }
            let mut it = lhs.into_iter();
            let key = it.next();
            let value = it.next();
            return self.range_stmt(lo, key, value, op == AssignOp::Define, x);
        }
        let rhs = if matches!(op, AssignOp::Op(_)) {
            vec![self.parse_expr()]
        } else {
            self.expr_list()
        };
        self.stmt_at(
            lo,
            StmtKind::Assign {
                lhs,
                op,
                rhs,
                op_span,
            },
        )
    }

    pub(super) fn range_stmt(
        &mut self,
        lo: u32,
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
    ) -> Stmt {
        let body = Block {
            stmts: Vec::new(),
            span: Span::default(),
            rbrace: Span::default(),
        };
        self.stmt_at(
            lo,
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            },
        )
    }
}

/// gc's `stmtOrNil`: the tokens a statement can start with.
fn can_start_stmt(k: T) -> bool {
    matches!(
        k,
        T::Ident
            | T::Var
            | T::Const
            | T::Type
            | T::LBrace
            | T::Add
            | T::Sub
            | T::Mul
            | T::And
            | T::Xor
            | T::Not
            | T::Int
            | T::Float
            | T::Imag
            | T::Char
            | T::String
            | T::Func
            | T::LParen
            | T::LBrack
            | T::Struct
            | T::Map
            | T::Chan
            | T::Interface
            | T::Arrow
            | T::For
            | T::Switch
            | T::Select
            | T::If
            | T::Fallthrough
            | T::Break
            | T::Continue
            | T::Go
            | T::Defer
            | T::Goto
            | T::Return
            | T::Semi { .. }
    )
}
