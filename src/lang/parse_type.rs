//! Types for the parser (see `parser.rs`): type names, pointers, arrays and slices,
//! maps, channels, function signatures with gc's grouping of parameter names, struct
//! and interface types.

use super::ast::*;
use super::parser::Parser;
use super::span::Span;
use super::token::TokenKind as T;

impl Parser<'_> {
    /// A type; reports "expected type" (and returns `Bad`) when there is none.
    pub(super) fn parse_type(&mut self) -> Expr {
        if !self.enter() {
            self.leave();
            return self.bad_expr();
        }
        let x = self.type_inner();
        self.leave();
        x
    }

    pub(super) fn type_inner(&mut self) -> Expr {
        let lo = self.span().lo;
        match self.tok() {
            T::Ident => {
                let id = self.ident();
                let x = Expr {
                    id: id.id,
                    span: id.span,
                    kind: ExprKind::Ident(id),
                };
                if self.tok() == T::Period {
                    self.bump();
                    let sel = self.ident();
                    return self.expr(lo, ExprKind::Selector(Box::new(x), sel));
                }
                x
            }
            T::Mul => {
                self.bump();
                let elem = self.parse_type();
                self.expr(lo, ExprKind::Star(Box::new(elem)))
            }
            T::LBrack => {
                self.bump();
                if self.got(T::RBrack) {
                    let elem = self.parse_type();
                    return self.expr(
                        lo,
                        ExprKind::ArrayType {
                            len: None,
                            elem: Box::new(elem),
                        },
                    );
                }
                let len = if self.tok() == T::Ellipsis {
                    let l = self.span().lo;
                    self.bump();
                    self.expr(l, ExprKind::Ellipsis(None))
                } else {
                    self.expr_lev += 1;
                    let e = self.parse_expr();
                    self.expr_lev -= 1;
                    e
                };
                self.want(T::RBrack);
                let elem = self.parse_type();
                self.expr(
                    lo,
                    ExprKind::ArrayType {
                        len: Some(Box::new(len)),
                        elem: Box::new(elem),
                    },
                )
            }
            T::Map => {
                self.bump();
                self.want(T::LBrack);
                let k = self.parse_type();
                self.want(T::RBrack);
                let v = self.parse_type();
                self.expr(lo, ExprKind::MapType(Box::new(k), Box::new(v)))
            }
            T::Chan => {
                self.bump();
                let dir = if self.got(T::Arrow) {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                let elem = self.parse_type();
                self.expr(lo, ExprKind::ChanType(dir, Box::new(elem)))
            }
            T::Arrow => {
                self.bump();
                if !self.got(T::Chan) {
                    self.syntax_error("expected keyword chan");
                }
                let elem = self.parse_type();
                self.expr(lo, ExprKind::ChanType(ChanDir::Recv, Box::new(elem)))
            }
            T::Func => {
                self.bump();
                let ty = self.signature(lo);
                self.expr(lo, ExprKind::FuncType(ty))
            }
            T::Struct => self.struct_type(),
            T::Interface => self.interface_type(),
            T::LParen => {
                self.bump();
                let t = self.parse_type();
                self.want(T::RParen);
                self.expr(lo, ExprKind::Paren(Box::new(t)))
            }
            _ => {
                let x = self.bad_expr();
                self.syntax_error("expected type");
                self.advance(&[
                    T::Comma,
                    T::Colon,
                    T::Semi { auto: false },
                    T::RParen,
                    T::RBrack,
                    T::RBrace,
                ]);
                x
            }
        }
    }

    pub(super) fn struct_type(&mut self) -> Expr {
        let lo = self.span().lo;
        self.bump();
        self.want(T::LBrace);
        let mut fields = Vec::new();
        let mut closed = true;
        while self.tok() != T::RBrace && self.tok() != T::Eof {
            let before = self.pos;
            let flo = self.span().lo;
            if !matches!(self.tok(), T::Ident | T::Mul | T::LParen) {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[T::Semi { auto: false }, T::RBrace]);
                if !self.got_semi() {
                    self.ensure_progress(before);
                }
                continue;
            }
            let field = if self.tok() == T::Mul
                || (self.tok() == T::Ident
                    && matches!(
                        self.peek_kind(1),
                        T::Semi { .. } | T::RBrace | T::Period | T::String
                    )) {
                // Embedded field: `T`, `*T`, `pkg.T` (after `*` gc wants a type name).
                let ty = if self.tok() == T::Mul && self.peek_kind(1) != T::Ident {
                    let bad = self.bad_expr();
                    self.bump();
                    self.syntax_error("expected name");
                    self.advance(&[T::Semi { auto: false }, T::RBrace]);
                    bad
                } else {
                    self.parse_type()
                };
                Field {
                    names: vec![],
                    ty,
                    span: Span {
                        lo: flo,
                        hi: self.prev_end(),
                    },
                }
            } else {
                let mut names = vec![self.ident()];
                while self.got(T::Comma) {
                    names.push(self.ident());
                }
                let ty = self.parse_type();
                Field {
                    names,
                    ty,
                    span: Span {
                        lo: flo,
                        hi: self.prev_end(),
                    },
                }
            };
            fields.push(field);
            self.got(T::String); // a tag; irrelevant here
            if !self.list_sep("struct type", T::Semi { auto: false }, T::RBrace) {
                closed = false;
                break;
            }
            self.ensure_progress(before);
        }
        if closed {
            self.want(T::RBrace);
        }
        self.expr(lo, ExprKind::StructType(fields))
    }

    pub(super) fn interface_type(&mut self) -> Expr {
        let lo = self.span().lo;
        self.bump();
        self.want(T::LBrace);
        let mut elems = Vec::new();
        let mut closed = true;
        while self.tok() != T::RBrace && self.tok() != T::Eof {
            let before = self.pos;
            if self.tok() == T::Ident && self.peek_kind(1) == T::LParen {
                let name = self.ident();
                let l = name.span.lo;
                let ty = self.signature(l);
                elems.push(InterfaceElem::Method { name, ty });
            } else if !starts_type(self.tok()) {
                self.syntax_error("expected ~ term or type");
                self.advance(&[T::Semi { auto: false }, T::RParen, T::RBrack, T::RBrace]);
                // gc's list() then takes the separator.
                if !self.got_semi() {
                    self.ensure_progress(before);
                }
                continue;
            } else {
                let t = self.parse_type();
                elems.push(InterfaceElem::Embed(t));
            }
            if !self.list_sep("interface type", T::Semi { auto: false }, T::RBrace) {
                closed = false;
                break;
            }
            self.ensure_progress(before);
        }
        if closed {
            self.want(T::RBrace);
        }
        self.expr(lo, ExprKind::InterfaceType(elems))
    }

    /// `(params) results` after `func` (or after a method name); `lo` starts the span.
    pub(super) fn signature(&mut self, lo: u32) -> FuncType {
        // gc's funcType: want `(` (skipping one token if it is missing), then the list.
        let params = self.params();
        let results = match self.tok() {
            T::LParen => self.params(),
            T::Ident
            | T::Mul
            | T::LBrack
            | T::Map
            | T::Chan
            | T::Func
            | T::Struct
            | T::Interface
            | T::Arrow => {
                let rlo = self.span().lo;
                let ty = self.parse_type();
                vec![Field {
                    names: vec![],
                    ty,
                    span: Span {
                        lo: rlo,
                        hi: self.prev_end(),
                    },
                }]
            }
            _ => Vec::new(),
        };
        FuncType {
            params,
            results,
            span: Span {
                lo,
                hi: self.prev_end(),
            },
        }
    }

    /// `(a, b int, c ...string)` or `(int, string)`: entries are parsed as types first;
    /// if any entry is `name Type`, every bare entry is a name sharing the next type.
    pub(super) fn params(&mut self) -> Vec<Field> {
        self.want(T::LParen);
        // (name-or-type, explicit type)
        let mut entries: Vec<(Expr, Option<Expr>, u32)> = Vec::new();
        let mut closed = true;
        while self.tok() != T::RParen && self.tok() != T::Eof {
            let before = self.pos;
            let lo = self.span().lo;
            let first = self.param_type();
            let ty = match self.tok() {
                k if starts_type(k) || k == T::Ellipsis => Some(self.param_type()),
                _ => None,
            };
            entries.push((first, ty, lo));
            if !self.list_sep("parameter list", T::Comma, T::RParen) {
                closed = false;
                break;
            }
            self.ensure_progress(before);
        }
        if closed {
            self.want(T::RParen);
        }
        let named = entries.iter().any(|e| e.1.is_some());
        if !named {
            return entries
                .into_iter()
                .map(|(ty, _, lo)| {
                    let hi = ty.span.hi;
                    Field {
                        names: vec![],
                        ty,
                        span: Span { lo, hi },
                    }
                })
                .collect();
        }
        let mut fields = Vec::new();
        let mut pending: Vec<Ident> = Vec::new();
        let mut group_lo = None;
        for (first, ty, lo) in entries {
            group_lo.get_or_insert(lo);
            let name = match first.kind {
                ExprKind::Ident(id) => id,
                _ => {
                    self.error_at(
                        first.span,
                        "syntax error: mixed named and unnamed parameters".into(),
                    );
                    continue;
                }
            };
            pending.push(name);
            if let Some(ty) = ty {
                let span = Span {
                    lo: group_lo.take().unwrap_or(lo),
                    hi: ty.span.hi,
                };
                fields.push(Field {
                    names: std::mem::take(&mut pending),
                    ty,
                    span,
                });
            }
        }
        if let Some(last) = pending.last() {
            let sp = last.span;
            self.error_at(
                sp,
                "syntax error: mixed named and unnamed parameters".into(),
            );
        }
        fields
    }

    pub(super) fn param_type(&mut self) -> Expr {
        if self.tok() == T::Ellipsis {
            let lo = self.span().lo;
            self.bump();
            if !starts_type(self.tok()) {
                self.syntax_error("... is missing type");
                let bad = self.bad_expr();
                return self.expr(lo, ExprKind::Ellipsis(Some(Box::new(bad))));
            }
            let t = self.parse_type();
            return self.expr(lo, ExprKind::Ellipsis(Some(Box::new(t))));
        }
        self.parse_type()
    }
}

/// Tokens a type can start with.
pub(super) fn starts_type(k: T) -> bool {
    matches!(
        k,
        T::Ident
            | T::Mul
            | T::LBrack
            | T::Map
            | T::Chan
            | T::Arrow
            | T::Func
            | T::Struct
            | T::Interface
            | T::LParen
    )
}
