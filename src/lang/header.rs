//! `go run` reads the package clause and the imports with go/parser before gc sees the
//! file, so errors there are go/parser's, reported alone and worded its way
//! (`expected 'package', found 'import'`, `missing import path`,
//! `string literal not terminated`). This walks those tokens as go/parser does.

use super::diag::Diagnostic;
use super::span::Span;
use super::token::{Token, TokenKind as T};

/// The first go/parser error in the package clause or imports of `src`, if any.
pub fn header_error(src: &str) -> Option<Diagnostic> {
    let toks: Vec<Token> = super::lex(src)
        .into_iter()
        .filter(|t| t.kind != T::Comment)
        .collect();
    let mut h = Header { src, toks, pos: 0 };
    h.file().err()
}

struct Header<'a> {
    src: &'a str,
    toks: Vec<Token>,
    pos: usize,
}

type Step = Result<(), Diagnostic>;

impl Header<'_> {
    fn tok(&self) -> Token {
        self.toks.get(self.pos).copied().unwrap_or(Token {
            kind: T::Eof,
            span: Span::new(self.src.len(), self.src.len()),
        })
    }

    fn next(&mut self) {
        if self.pos < self.toks.len() {
            self.pos += 1;
        }
    }

    /// go/scanner's error for an unterminated string, found before the parser's.
    fn scan_check(&self) -> Step {
        let t = self.tok();
        if t.kind == T::String {
            let text = t.span.text(self.src);
            if text.len() < 2 || !text.ends_with(&text[..1]) {
                return Err(Diagnostic::new(t.span, "string literal not terminated"));
            }
        }
        Ok(())
    }

    /// go/parser's errorExpected: `expected X, found Y`.
    fn expected(&self, what: &str) -> Diagnostic {
        let t = self.tok();
        let found = match t.kind {
            T::Semi { auto: true } => "newline".to_string(),
            T::Ident | T::Int | T::Float | T::Imag | T::Char | T::String => {
                t.span.text(self.src).to_string()
            }
            T::Semi { auto: false } => "';'".to_string(),
            T::Comma => "','".to_string(),
            T::Eof => "'EOF'".to_string(),
            k => format!("'{}'", k.describe()),
        };
        Diagnostic::new(t.span, format!("expected {what}, found {found}"))
    }

    fn expect(&mut self, k: T, what: &str) -> Step {
        self.scan_check()?;
        if self.tok().kind == k {
            self.next();
            Ok(())
        } else {
            Err(self.expected(what))
        }
    }

    fn expect_semi(&mut self) -> Step {
        self.scan_check()?;
        match self.tok().kind {
            T::RParen | T::RBrace | T::Semi { .. } => {
                if matches!(self.tok().kind, T::Semi { .. }) {
                    self.next();
                }
                Ok(())
            }
            _ => Err(self.expected("';'")),
        }
    }

    fn file(&mut self) -> Step {
        self.expect(T::Package, "'package'")?;
        self.expect(T::Ident, "'IDENT'")?;
        self.expect_semi()?;
        while self.tok().kind == T::Import {
            self.next();
            if self.tok().kind == T::LParen {
                self.next();
                while !matches!(self.tok().kind, T::RParen | T::Eof) {
                    self.import_spec()?;
                }
                self.expect(T::RParen, "')'")?;
                self.expect_semi()?;
            } else {
                self.import_spec()?;
            }
        }
        Ok(())
    }

    fn import_spec(&mut self) -> Step {
        self.scan_check()?;
        if matches!(self.tok().kind, T::Ident | T::Period) {
            self.next();
        }
        self.scan_check()?;
        match self.tok().kind {
            T::String => self.next(),
            T::Int | T::Float | T::Imag | T::Char => {
                return Err(Diagnostic::new(
                    self.tok().span,
                    "import path must be a string",
                ))
            }
            _ => return Err(Diagnostic::new(self.tok().span, "missing import path")),
        }
        self.expect_semi()
    }
}
