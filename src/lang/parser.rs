//! Hand-written recursive-descent parser, following the structure of gc's
//! `cmd/compile/internal/syntax` parser so that syntax errors read the same
//! (`syntax error: unexpected newline, expected comma or )`). After an error it skips
//! to a token that can restart the construct and goes on, so several errors can be
//! reported; like gc, it reports at most one syntax error per line.
//!
//! This file holds the parser state and top-level declarations; expressions are in
//! `parse_expr.rs`, types in `parse_type.rs`, statements in `parse_stmt.rs` and
//! `parse_control.rs`.

use super::ast::*;
use super::diag::Diagnostic;
use super::lexer;
use super::span::{LineIndex, Span};
use super::token::{Token, TokenKind as T};

/// Parses a whole file. Always returns a tree; `Bad` nodes mark what could not be parsed.
pub fn parse(src: &str) -> (File, Vec<Diagnostic>) {
    let (tokens, lex_diags) = lexer::lex(src);
    let mut p = Parser::new(src, tokens);
    p.diags = lex_diags;
    let file = p.file();
    (file, p.diags)
}

/// Parses the body-less declarations of a standard-library prelude (see `stdlib.rs`),
/// numbering its expressions from `first_id` so they never collide with the program's.
pub fn parse_prelude(src: &str, first_id: u32) -> (File, Vec<Diagnostic>) {
    let (tokens, diags) = lexer::lex(src);
    let mut p = Parser::new(src, tokens);
    p.next_id = first_id;
    p.diags = diags;
    let file = p.file();
    (file, p.diags)
}

pub(super) struct Parser<'a> {
    pub(super) src: &'a str,
    toks: Vec<Token>,
    pub(super) pos: usize,
    pub(super) next_id: u32,
    pub(super) diags: Vec<Diagnostic>,
    /// Below zero inside the header of `if`/`for`/`switch`, where `T{` is not a
    /// composite literal (the `{` opens the block), as in gc.
    pub(super) expr_lev: i32,
    lines: LineIndex,
    err_lines: Vec<u32>,
    /// Function bodies being parsed (gc's `fnest`): error recovery also stops at
    /// statement keywords inside one.
    pub(super) fnest: u32,
    /// Nesting of expressions, types and blocks being parsed; past [`MAX_DEPTH`] the
    /// rest of the file is skipped, so deep input cannot overflow the stack.
    depth: u32,
}

/// Far deeper than any program a person writes, far below what the stack holds.
const MAX_DEPTH: u32 = 200;

impl<'a> Parser<'a> {
    fn new(src: &'a str, tokens: Vec<Token>) -> Parser<'a> {
        Parser {
            src,
            // Like gc's scanner, the parser never sees comments or unreadable characters
            // (those were reported by the lexer).
            toks: tokens
                .into_iter()
                .filter(|t| t.kind != T::Comment && t.kind != T::Error)
                .collect(),
            pos: 0,
            next_id: 0,
            diags: Vec::new(),
            expr_lev: 0,
            lines: LineIndex::new(src),
            err_lines: Vec::new(),
            fnest: 0,
            depth: 0,
        }
    }

    pub(super) fn tok(&self) -> T {
        self.toks.get(self.pos).map_or(T::Eof, |t| t.kind)
    }

    pub(super) fn peek_kind(&self, ahead: usize) -> T {
        self.toks.get(self.pos + ahead).map_or(T::Eof, |t| t.kind)
    }

    pub(super) fn span(&self) -> Span {
        self.toks
            .get(self.pos)
            .map_or_else(|| Span::new(self.src.len(), self.src.len()), |t| t.span)
    }

    /// End of the previous token: where a node that just ended stops.
    pub(super) fn prev_end(&self) -> u32 {
        if self.pos == 0 {
            return 0;
        }
        self.toks[self.pos - 1].span.hi
    }

    pub(super) fn text(&self) -> &'a str {
        self.span().text(self.src)
    }

    pub(super) fn bump(&mut self) {
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
    }

    /// Enters one nesting level; false (after reporting once and skipping to the end
    /// of the file) when the input is nested too deeply.
    pub(super) fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth <= MAX_DEPTH {
            return true;
        }
        if self.depth == MAX_DEPTH + 1 {
            let sp = self.span();
            self.error_at(sp, "syntax error: program too deeply nested".into());
        }
        self.pos = self.toks.len().saturating_sub(1);
        false
    }

    pub(super) fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Error recovery may stop on a token it cannot use; a loop that made no progress
    /// skips it, so every loop terminates.
    pub(super) fn ensure_progress(&mut self, before: usize) {
        if self.pos == before {
            self.bump();
        }
    }

    pub(super) fn got(&mut self, k: T) -> bool {
        if self.tok() == k {
            self.bump();
            true
        } else {
            false
        }
    }

    pub(super) fn is_semi(&self) -> bool {
        matches!(self.tok(), T::Semi { .. })
    }

    pub(super) fn got_semi(&mut self) -> bool {
        if self.is_semi() {
            self.bump();
            true
        } else {
            false
        }
    }

    /// gc's `want`: expects `k`, else reports and skips one token.
    pub(super) fn want(&mut self, k: T) -> Span {
        let sp = self.span();
        if !self.got(k) {
            self.syntax_error(&format!("expected {}", tokstring(k)));
            self.bump();
        }
        sp
    }

    pub(super) fn new_id(&mut self) -> ExprId {
        let id = ExprId(self.next_id);
        self.next_id += 1;
        id
    }

    pub(super) fn expr(&mut self, lo: u32, kind: ExprKind) -> Expr {
        let hi = self.prev_end().max(lo);
        Expr {
            id: self.new_id(),
            span: Span { lo, hi },
            kind,
        }
    }

    pub(super) fn bad_expr(&mut self) -> Expr {
        let sp = self.span();
        Expr {
            id: self.new_id(),
            span: Span::new(sp.lo as usize, sp.lo as usize),
            kind: ExprKind::Bad,
        }
    }

    /// Reports `msg` at `at` unless this line already has a syntax error.
    pub(super) fn error_at(&mut self, at: Span, msg: String) {
        let line = self.lines.line_col(at.lo).0;
        if self.err_lines.contains(&line) {
            return;
        }
        self.err_lines.push(line);
        self.diags.push(Diagnostic::new(at, msg));
    }

    /// gc's `syntaxErrorAt`: `in ...`/`at ...`/`after ...`/`expected ...` messages get
    /// `unexpected TOKEN` in front; other messages stand alone.
    pub(super) fn syntax_error_at(&mut self, at: Span, msg: &str) {
        if self.tok() == T::Eof && !self.diags.is_empty() {
            return;
        }
        let msg = if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!("syntax error: unexpected {} {msg}", self.tok_desc())
        } else if msg.starts_with("expected ") {
            format!("syntax error: unexpected {}, {msg}", self.tok_desc())
        } else {
            format!("syntax error: {msg}")
        };
        self.error_at(at, msg);
    }

    pub(super) fn syntax_error(&mut self, msg: &str) {
        self.syntax_error_at(self.span(), msg);
    }

    /// The current token as gc names it in "unexpected X".
    fn tok_desc(&self) -> String {
        match self.tok() {
            T::Ident => format!("name {}", self.text()),
            T::Int | T::Float | T::Imag | T::Char | T::String => {
                format!("literal {}", self.text())
            }
            T::Semi { auto: true } if self.span().lo as usize >= self.src.len() => "EOF".into(),
            k @ T::Semi { .. } => k.describe().into(),
            k => tokstring(k),
        }
    }

    /// gc's `advance`: skips to a token of `follow` (inside a function body also to a
    /// statement keyword), or with an empty `follow` skips exactly one token.
    pub(super) fn advance(&mut self, follow: &[T]) {
        const STOP: [T; 14] = [
            T::Break,
            T::Const,
            T::Continue,
            T::Defer,
            T::Fallthrough,
            T::For,
            T::Go,
            T::Goto,
            T::If,
            T::Return,
            T::Select,
            T::Switch,
            T::Type,
            T::Var,
        ];
        if follow.is_empty() {
            if self.tok() != T::Eof {
                self.bump();
            }
            return;
        }
        let wants = |k: T| {
            k == T::Eof
                || follow.iter().any(|f| match (f, k) {
                    (T::Semi { .. }, T::Semi { .. }) => true,
                    _ => *f == k,
                })
        };
        while !(wants(self.tok()) || (self.fnest > 0 && STOP.contains(&self.tok()))) {
            self.bump();
        }
    }

    /// After a list element: consumes the separator, or reports gc's "in CONTEXT;
    /// possibly missing SEP or CLOSE" and recovers. `false` means the list was
    /// abandoned (gc then does not expect the closing token).
    pub(super) fn list_sep(&mut self, context: &str, sep: T, close: T) -> bool {
        let got = match sep {
            T::Semi { .. } => self.got_semi(),
            _ => self.got(sep),
        };
        if got || self.tok() == close {
            return true;
        }
        self.syntax_error(&format!(
            "in {context}; possibly missing {} or {}",
            tokstring(sep),
            tokstring(close)
        ));
        self.advance(&[T::RParen, T::RBrack, T::RBrace]);
        self.tok() == close
    }

    pub(super) fn ident(&mut self) -> Ident {
        let sp = self.span();
        if self.tok() == T::Ident {
            let name = self.text().to_string();
            self.bump();
            Ident {
                id: self.new_id(),
                name,
                span: sp,
            }
        } else {
            self.syntax_error("expected name");
            self.advance(&[]);
            Ident {
                id: self.new_id(),
                name: "_".into(),
                span: Span::new(sp.lo as usize, sp.lo as usize),
            }
        }
    }

    // ---- file and top-level declarations ----

    fn file(&mut self) -> File {
        let lo = self.span().lo;
        let package = if self.tok() == T::Package {
            self.bump();
            let id = self.ident();
            self.want_semi("after package clause");
            id
        } else {
            self.syntax_error("package statement must be first");
            Ident {
                id: self.new_id(),
                name: String::new(),
                span: self.span(),
            }
        };
        let mut imports = Vec::new();
        while self.tok() == T::Import {
            self.bump();
            if self.got(T::LParen) {
                while self.tok() != T::RParen && self.tok() != T::Eof {
                    let before = self.pos;
                    imports.push(self.import_spec());
                    if !self.got_semi() && self.tok() != T::RParen {
                        self.syntax_error("expected semicolon, newline, or )");
                        self.advance(&[T::RParen]);
                    }
                    self.ensure_progress(before);
                }
                self.want(T::RParen);
            } else {
                imports.push(self.import_spec());
            }
            self.want_semi("after top level declaration");
        }
        let mut decls = Vec::new();
        while self.tok() != T::Eof {
            let before = self.pos;
            let sp = self.span();
            match self.tok() {
                T::Func => decls.push(self.func_decl()),
                T::Var | T::Const | T::Type => decls.push(Decl::Gen(self.gen_decl())),
                T::Import => {
                    self.syntax_error("imports must appear before other declarations");
                    self.bump();
                    self.advance(&[T::Import, T::Const, T::Type, T::Var, T::Func]);
                    continue;
                }
                // An inserted semicolon is consumed after each declaration; a written
                // `;` on its own is not a declaration (gc).
                T::Semi { auto: true } => {
                    self.bump();
                    continue;
                }
                _ => {
                    if self.tok() == T::LBrace
                        && decls
                            .last()
                            .is_some_and(|d| matches!(d, Decl::Func(f) if f.body.is_none()))
                    {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&[T::Import, T::Const, T::Type, T::Var, T::Func]);
                    decls.push(Decl::Bad(sp));
                    continue;
                }
            }
            if self.tok() != T::Eof && !self.got_semi() {
                self.syntax_error("after top level declaration");
                self.advance(&[T::Import, T::Const, T::Type, T::Var, T::Func]);
            }
            self.ensure_progress(before);
        }
        File {
            package,
            imports,
            decls,
            expr_count: self.next_id,
            span: Span::new(lo as usize, self.src.len()),
        }
    }

    fn want_semi(&mut self, context: &str) {
        if !self.got_semi() && self.tok() != T::Eof {
            self.syntax_error(context);
            self.advance(&[]);
            self.got_semi();
        }
    }

    fn import_spec(&mut self) -> Import {
        let lo = self.span().lo;
        let name = match self.tok() {
            T::Ident => Some(self.ident()),
            T::Period => {
                let sp = self.span();
                self.bump();
                Some(Ident {
                    id: self.new_id(),
                    name: ".".into(),
                    span: sp,
                })
            }
            _ => None,
        };
        let path_span = self.span();
        let path = if self.tok() == T::String {
            let raw = self.text();
            self.bump();
            raw.trim_matches(|c| c == '"' || c == '`').to_string()
        } else {
            self.syntax_error("missing import path");
            self.advance(&[T::RParen]);
            String::new()
        };
        Import {
            name,
            path,
            path_span,
            span: Span {
                lo,
                hi: self.prev_end(),
            },
        }
    }

    /// gc's `funcDeclOrNil`, ported so that its errors and recovery match.
    fn func_decl(&mut self) -> Decl {
        let lo = self.span().lo;
        self.bump(); // func
        let mut recv = None;
        let has_recv = self.tok() == T::LParen;
        if has_recv {
            let mut fields = self.params();
            let count: usize = fields.iter().map(|f| f.names.len().max(1)).sum();
            let at = self.span();
            match count {
                0 => self.plain_error(at, "method has no receiver"),
                1 => {}
                _ => self.plain_error(at, "method has multiple receivers"),
            }
            if !fields.is_empty() {
                recv = Some(fields.swap_remove(0));
            }
        }
        let (name, ty) = if self.tok() == T::Ident {
            let name = self.ident();
            let ty = self.signature(lo);
            (name, ty)
        } else {
            let at = self.span();
            let name = Ident {
                id: self.new_id(),
                name: "_".into(),
                span: Span::new(at.lo as usize, at.lo as usize),
            };
            self.syntax_error(if has_recv {
                "expected name"
            } else {
                "expected name or ("
            });
            self.advance(&[T::LBrace, T::Semi { auto: false }]);
            let ty = FuncType {
                params: Vec::new(),
                results: Vec::new(),
                span: Span::new(at.lo as usize, at.lo as usize),
            };
            (name, ty)
        };
        let body = if self.tok() == T::LBrace {
            self.fnest += 1;
            let b = self.block();
            self.fnest -= 1;
            Some(b)
        } else {
            None
        };
        Decl::Func(FuncDecl {
            recv,
            name,
            ty,
            body,
            span: Span {
                lo,
                hi: self.prev_end(),
            },
        })
    }

    /// A parse error that is not a "syntax error" (gc only drops an identical message
    /// on the same line for those).
    pub(super) fn plain_error(&mut self, at: Span, msg: &str) {
        let dup = self.diags.iter().any(|d| {
            d.message == msg && self.lines.line_col(d.span.lo).0 == self.lines.line_col(at.lo).0
        });
        if !dup {
            self.diags.push(Diagnostic::new(at, msg));
        }
    }

    pub(super) fn gen_decl_pub(&mut self) -> GenDecl {
        self.gen_decl()
    }

    fn gen_decl(&mut self) -> GenDecl {
        let kw = self.tok();
        self.bump();
        let grouped = self.got(T::LParen);
        let mut values: Vec<ValueSpec> = Vec::new();
        let mut types = Vec::new();
        let mut iota = 0;
        let mut closed = true;
        loop {
            let before = self.pos;
            if grouped && (self.tok() == T::RParen || self.tok() == T::Eof) {
                break;
            }
            match kw {
                T::Type => types.push(self.type_spec()),
                _ => {
                    let spec = self.value_spec(kw == T::Const, iota);
                    values.push(spec);
                    iota += 1;
                }
            }
            if !grouped {
                break;
            }
            // gc's appendGroup: list("grouped declaration", ";", ")").
            if !self.list_sep("grouped declaration", T::Semi { auto: false }, T::RParen) {
                closed = false;
                break;
            }
            self.ensure_progress(before);
        }
        if grouped && closed {
            self.want(T::RParen);
        }
        match kw {
            T::Type => GenDecl::Type(types),
            T::Const => GenDecl::Const(values),
            _ => GenDecl::Var(values),
        }
    }

    fn type_spec(&mut self) -> TypeSpec {
        let lo = self.span().lo;
        let name = self.ident();
        let alias = self.got(T::Assign);
        // gc's typeDecl: a missing type is reported "in type declaration".
        let ty = if super::parse_type::starts_type(self.tok()) {
            self.parse_type()
        } else {
            let bad = self.bad_expr();
            self.syntax_error("in type declaration");
            self.advance(&[T::Semi { auto: false }, T::RParen]);
            bad
        };
        TypeSpec {
            name,
            alias,
            ty,
            span: Span {
                lo,
                hi: self.prev_end(),
            },
        }
    }

    fn value_spec(&mut self, is_const: bool, iota: u32) -> ValueSpec {
        let lo = self.span().lo;
        let mut names = vec![self.ident()];
        while self.got(T::Comma) {
            names.push(self.ident());
        }
        let mut ty = None;
        let mut values = Vec::new();
        let at_end = |p: &Self| p.is_semi() || p.tok() == T::RParen || p.tok() == T::Eof;
        // A `var` spec needs a type or values (gc: "unexpected newline, expected type");
        // a `const` spec may repeat the previous one implicitly.
        if !is_const && at_end(self) {
            ty = Some(self.parse_type());
        } else if !at_end(self) && self.tok() != T::Assign {
            if self.tok() == T::Define {
                self.syntax_error("expected =");
                self.bump();
                values = self.expr_list();
            } else {
                ty = Some(self.parse_type());
            }
        }
        if self.got(T::Assign) {
            values = self.expr_list();
        }
        ValueSpec {
            implicit: is_const && values.is_empty() && ty.is_none(),
            names,
            ty,
            values,
            iota,
            span: Span {
                lo,
                hi: self.prev_end(),
            },
        }
    }
}

/// gc's `tokstring`: how a token kind is named in "expected X".
pub(super) fn tokstring(k: T) -> String {
    match k {
        T::Comma => "comma".into(),
        T::Semi { .. } => "semicolon or newline".into(),
        k if k.is_keyword() => format!("keyword {}", k.describe()),
        k => k.describe().into(),
    }
}
