//! Expressions for the parser (see `parser.rs`): operators by precedence, operands,
//! postfix selectors, index and slice expressions, calls and composite literals. Types
//! are expressions too, as in gc (`T(x)`, `[]int{1}`, `make([]int, n)`); type syntax
//! itself is in `parse_type.rs`.

use super::ast::*;
use super::parser::Parser;
use super::token::TokenKind as T;

fn binary_op(k: T) -> Option<BinaryOp> {
    use BinaryOp::*;
    Some(match k {
        T::Add => Add,
        T::Sub => Sub,
        T::Mul => Mul,
        T::Quo => Quo,
        T::Rem => Rem,
        T::And => And,
        T::Or => Or,
        T::Xor => Xor,
        T::Shl => Shl,
        T::Shr => Shr,
        T::AndNot => AndNot,
        T::LAnd => LAnd,
        T::LOr => LOr,
        T::Eql => Eq,
        T::Neq => Ne,
        T::Lss => Lt,
        T::Leq => Le,
        T::Gtr => Gt,
        T::Geq => Ge,
        _ => return None,
    })
}

impl Parser<'_> {
    pub(super) fn expr_list(&mut self) -> Vec<Expr> {
        let mut list = vec![self.parse_expr()];
        while self.got(T::Comma) {
            list.push(self.parse_expr());
        }
        list
    }

    pub(super) fn parse_expr(&mut self) -> Expr {
        if !self.enter() {
            self.leave();
            return self.bad_expr();
        }
        let x = self.binary_expr(1);
        self.leave();
        x
    }

    pub(super) fn binary_expr(&mut self, min_prec: u8) -> Expr {
        let mut x = self.unary_expr();
        // Each operator nests the tree one level deeper (left-associative chains too).
        let mut levels = 0;
        while let Some(op) = binary_op(self.tok()) {
            let prec = op.precedence();
            if prec < min_prec {
                break;
            }
            levels += 1;
            if !self.enter() {
                break;
            }
            self.bump();
            let y = self.binary_expr(prec + 1);
            let lo = x.span.lo;
            x = self.expr(lo, ExprKind::Binary(op, Box::new(x), Box::new(y)));
        }
        for _ in 0..levels {
            self.leave();
        }
        x
    }

    pub(super) fn unary_expr(&mut self) -> Expr {
        if !self.enter() {
            self.leave();
            return self.bad_expr();
        }
        let x = self.unary_inner();
        self.leave();
        x
    }

    fn unary_inner(&mut self) -> Expr {
        let lo = self.span().lo;
        let op = match self.tok() {
            T::Add => UnaryOp::Pos,
            T::Sub => UnaryOp::Neg,
            T::Not => UnaryOp::Not,
            T::Xor => UnaryOp::BitNot,
            T::And => UnaryOp::Addr,
            T::Mul => {
                self.bump();
                let x = self.unary_expr();
                return self.expr(lo, ExprKind::Star(Box::new(x)));
            }
            T::Arrow => {
                self.bump();
                if self.tok() == T::Chan {
                    // `<-chan T` in expression position (`make(<-chan int)`).
                    self.bump();
                    let elem = self.parse_type();
                    return self.expr(lo, ExprKind::ChanType(ChanDir::Recv, Box::new(elem)));
                }
                let x = self.unary_expr();
                return self.expr(lo, ExprKind::Unary(UnaryOp::Recv, Box::new(x)));
            }
            _ => return self.primary_expr(),
        };
        self.bump();
        let x = self.unary_expr();
        self.expr(lo, ExprKind::Unary(op, Box::new(x)))
    }

    pub(super) fn operand(&mut self) -> Expr {
        let lo = self.span().lo;
        match self.tok() {
            T::Ident => {
                let id = self.ident();
                Expr {
                    id: id.id,
                    span: id.span,
                    kind: ExprKind::Ident(id),
                }
            }
            T::Int | T::Float | T::Imag | T::Char | T::String => {
                let kind = match self.tok() {
                    T::Int => LitKind::Int,
                    T::Float => LitKind::Float,
                    T::Imag => LitKind::Imag,
                    T::Char => LitKind::Rune,
                    _ => LitKind::String,
                };
                let raw = self.text().to_string();
                self.bump();
                self.expr(lo, ExprKind::BasicLit(kind, raw))
            }
            T::LParen => {
                self.bump();
                self.expr_lev += 1;
                let x = self.parse_expr_or_type();
                self.expr_lev -= 1;
                self.want(T::RParen);
                self.expr(lo, ExprKind::Paren(Box::new(x)))
            }
            T::Func => {
                self.bump();
                let ty = self.signature(lo);
                if self.tok() == T::LBrace {
                    self.expr_lev += 1;
                    self.fnest += 1;
                    let body = self.block();
                    self.fnest -= 1;
                    self.expr_lev -= 1;
                    self.expr(lo, ExprKind::FuncLit { ty, body })
                } else {
                    self.expr(lo, ExprKind::FuncType(ty))
                }
            }
            T::LBrack | T::Map | T::Chan | T::Struct | T::Interface | T::Mul | T::Arrow => {
                self.parse_type()
            }
            _ => {
                let x = self.bad_expr();
                self.syntax_error("expected expression");
                self.advance(&[T::RParen, T::RBrack, T::RBrace]);
                x
            }
        }
    }

    pub(super) fn parse_expr_or_type(&mut self) -> Expr {
        self.parse_expr()
    }

    pub(super) fn primary_expr(&mut self) -> Expr {
        let mut x = self.operand();
        let mut levels = 0;
        let x = loop {
            levels += 1;
            if !self.enter() {
                break x;
            }
            x = match self.suffix(x) {
                Ok(next) => next,
                Err(done) => break done,
            };
        };
        for _ in 0..levels {
            self.leave();
        }
        x
    }

    /// One postfix operation on `x` (selector, index, call, literal body), or `Err(x)`
    /// when there is none.
    fn suffix(&mut self, mut x: Expr) -> Result<Expr, Expr> {
        {
            let lo = x.span.lo;
            match self.tok() {
                T::Period => {
                    self.bump();
                    match self.tok() {
                        T::Ident => {
                            let sel = self.ident();
                            x = self.expr(lo, ExprKind::Selector(Box::new(x), sel));
                        }
                        T::LParen => {
                            self.bump();
                            if self.got(T::Type) {
                                self.want(T::RParen);
                                x = self.expr(lo, ExprKind::TypeAssert(Box::new(x), None));
                            } else {
                                let t = self.parse_type();
                                self.want(T::RParen);
                                x = self
                                    .expr(lo, ExprKind::TypeAssert(Box::new(x), Some(Box::new(t))));
                            }
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            self.advance(&[T::Semi { auto: false }, T::RParen]);
                            return Err(x);
                        }
                    }
                }
                T::LBrack => {
                    self.bump();
                    self.expr_lev += 1;
                    x = self.index_or_slice(x);
                    self.expr_lev -= 1;
                }
                T::LParen => {
                    self.bump();
                    self.expr_lev += 1;
                    let mut args = Vec::new();
                    let mut ellipsis = None;
                    let mut closed = true;
                    while self.tok() != T::RParen && self.tok() != T::Eof {
                        let before = self.pos;
                        args.push(self.parse_expr_or_type());
                        if self.tok() == T::Ellipsis {
                            ellipsis = Some(self.span());
                            self.bump();
                        }
                        if !self.list_sep("argument list", T::Comma, T::RParen) {
                            closed = false;
                            break;
                        }
                        self.ensure_progress(before);
                    }
                    self.expr_lev -= 1;
                    let rparen = if closed {
                        self.want(T::RParen)
                    } else {
                        self.span()
                    };
                    x = self.expr(
                        lo,
                        ExprKind::Call {
                            func: Box::new(x),
                            args,
                            ellipsis,
                            rparen,
                        },
                    );
                }
                T::LBrace if self.is_literal_type(&x) => {
                    x = self.composite(Some(x), lo);
                }
                _ => return Err(x),
            }
        }
        Ok(x)
    }

    /// gc's rule: `T{` starts a composite literal if `T` can be a literal type, except
    /// that in a control clause header a plain (possibly qualified) type name cannot.
    pub(super) fn is_literal_type(&self, x: &Expr) -> bool {
        match &x.kind {
            ExprKind::Ident(_) => self.expr_lev >= 0,
            ExprKind::Selector(inner, _) => {
                matches!(inner.kind, ExprKind::Ident(_)) && self.expr_lev >= 0
            }
            ExprKind::ArrayType { .. } | ExprKind::MapType(..) | ExprKind::StructType(_) => true,
            _ => false,
        }
    }

    pub(super) fn index_or_slice(&mut self, x: Expr) -> Expr {
        let lo = x.span.lo;
        let mut idx: [Option<Box<Expr>>; 3] = [None, None, None];
        if self.tok() != T::Colon {
            let i = if self.tok() == T::RBrack {
                // x[]: gc accepts it but complains.
                self.syntax_error("expected operand");
                self.bad_expr()
            } else {
                self.parse_expr_or_type()
            };
            if self.got(T::RBrack) {
                return self.expr(lo, ExprKind::Index(Box::new(x), Box::new(i)));
            }
            idx[0] = Some(Box::new(i));
        }
        let mut colons = 0;
        while colons < 2 && self.got(T::Colon) {
            colons += 1;
            if self.tok() != T::Colon && self.tok() != T::RBrack {
                idx[colons] = Some(Box::new(self.parse_expr()));
            }
        }
        if colons == 0 {
            self.syntax_error("expected comma, : or ]");
            self.advance(&[T::RBrack]);
        }
        if colons == 2 && (idx[1].is_none() || idx[2].is_none()) {
            let sp = self.span();
            self.error_at(
                sp,
                "middle and final index required in 3-index slice".into(),
            );
        }
        self.want(T::RBrack);
        let [lo_i, hi_i, max_i] = idx;
        self.expr(
            lo,
            ExprKind::Slice {
                x: Box::new(x),
                lo: lo_i,
                hi: hi_i,
                max: max_i,
            },
        )
    }

    /// `{ elements }` after the literal's type (or with an elided type when `ty` is None).
    pub(super) fn composite(&mut self, ty: Option<Expr>, lo: u32) -> Expr {
        self.want(T::LBrace);
        self.expr_lev += 1;
        let mut elts = Vec::new();
        let mut closed = true;
        while self.tok() != T::RBrace && self.tok() != T::Eof {
            let before = self.pos;
            let e = self.element();
            let e = if self.got(T::Colon) {
                let v = self.element();
                let l = e.span.lo;
                self.expr(l, ExprKind::KeyValue(Box::new(e), Box::new(v)))
            } else {
                e
            };
            elts.push(e);
            if !self.list_sep("composite literal", T::Comma, T::RBrace) {
                closed = false;
                break;
            }
            self.ensure_progress(before);
        }
        self.expr_lev -= 1;
        let rbrace = if closed {
            self.want(T::RBrace)
        } else {
            self.span()
        };
        self.expr(
            lo,
            ExprKind::Composite {
                ty: ty.map(Box::new),
                elts,
                rbrace,
            },
        )
    }

    pub(super) fn element(&mut self) -> Expr {
        if self.tok() == T::LBrace {
            let lo = self.span().lo;
            self.composite(None, lo)
        } else {
            self.parse_expr()
        }
    }

    // ---- types ----
}
