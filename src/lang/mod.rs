//! The Go-subset front end: source text → tokens → AST → checked program, with spans.
//!
//! This module imports nothing else from the crate. The public API:
//!
//! - [`lex`]`(src) -> Vec<Token>`: every token with its span, comments and inserted
//!   semicolons included; [`token::Token::class`] gives highlighting classes. Never fails:
//!   unreadable characters become [`token::TokenKind::Error`] tokens.
//! - [`parse`]`(src) -> (ast::File, Vec<Diagnostic>)`: always returns a tree (with `Bad`
//!   nodes where the text could not be parsed) and every syntax error found.
//! - [`check`]`(file, &CheckOptions) -> Result<Checked, Vec<Diagnostic>>`: resolves and
//!   types the program, or returns gc's compile errors sorted by position.
//! - [`compile_front`]`(src, &CheckOptions)`: parse then check; syntax errors stop
//!   before checking, as with gc.
//!
//! Diagnostics render as `prog.go:LINE:COL: message` with [`diag::render`].

pub mod ast;
pub mod diag;
pub mod exprstring;
pub mod info;
pub mod lexer;
mod parse_expr;
mod parse_stmt;
pub mod parser;
pub mod span;
pub mod stdlib;
pub mod token;
pub mod types;

pub use diag::Diagnostic;
pub use info::{CheckOptions, Checked, GoVersion};
pub use token::{Token, TokenClass, TokenKind};

/// All tokens of `src`, ending with `Eof`. Never fails.
pub fn lex(src: &str) -> Vec<Token> {
    lexer::lex(src).0
}

/// Parses a whole file; the tree is usable even when diagnostics are returned.
pub fn parse(src: &str) -> (ast::File, Vec<Diagnostic>) {
    parser::parse(src)
}

/// Type-checks a parsed file.
pub fn check(file: ast::File, opts: &CheckOptions) -> Result<Checked, Vec<Diagnostic>> {
    let _ = (&file, opts);
    Err(vec![Diagnostic::new(
        file.span,
        "type checking is not implemented yet",
    )])
}

/// Parses and checks `src`. Syntax errors are reported alone, as gc does.
pub fn compile_front(src: &str, opts: &CheckOptions) -> Result<Checked, Vec<Diagnostic>> {
    let (file, mut diags) = parse(src);
    if !diags.is_empty() {
        diag::sort_diagnostics(&mut diags);
        return Err(diags);
    }
    check(file, opts)
}
