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
//!   types the program, or returns gc's compile errors as gc prints them (the first ten
//!   found, sorted by position, then `too many errors`).
//! - [`compile_front`]`(src, &CheckOptions)`: parse then check; syntax errors stop
//!   before checking, as with gc (the lexer's errors do not).
//!
//! Diagnostics render as `prog.go:LINE:COL: message` with [`diag::render`].
//!
//! What [`Checked`] gives the interpreter, all indexed by [`ast::ExprId`] or dense ids:
//! the type and mode of every expression (untyped constants already given their final
//! type), what each identifier resolves to ([`info::Res`]), constant values, field and
//! method selections with implicit `&`/`*` ([`info::Selection`]), calls vs conversions
//! vs built-ins ([`info::CallKind`]), every local with its owner and whether a closure
//! captures it or it is a loop variable, captures per function literal, package-level
//! initialization order, and the [`GoVersion`]. Standard-library members are declared
//! by Go source text in `stdlib.rs` and implemented by the interpreter.
//!
//! Known gaps: generics, goto semantics (labels are checked, jumps are not), complex
//! numbers, struct tags (parsed and ignored), `//go:` directives, and dot imports are
//! outside the subset. Untyped integer constants are 128-bit, not arbitrary precision.
//! gc's error recovery after a first syntax error is followed closely but not exactly.

pub mod ast;
mod branches;
mod check;
mod check_assign;
mod check_assignable;
mod check_binary;
mod check_builtin;
mod check_call;
mod check_composite;
mod check_decl;
mod check_expr;
mod check_flow;
mod check_init;
mod check_lookup;
mod check_select;
mod check_stmt;
mod check_types;
pub mod consts;
pub mod diag;
pub mod exprstring;
mod header;
pub mod info;
pub mod lexer;
mod parse_control;
mod parse_expr;
mod parse_stmt;
mod parse_type;
pub mod parser;
pub mod printer;
pub mod sort;
pub mod span;
mod spelling;
pub mod stackslice;
pub mod stdlib;
pub mod token;
mod type_print;
pub mod types;
pub mod visit;

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

/// Type-checks a parsed file. Errors come as gc prints them: at most ten, sorted by
/// position, then a `too many errors` entry if it stopped early.
pub fn check(file: ast::File, opts: &CheckOptions) -> Result<Checked, Vec<Diagnostic>> {
    check::check(file, opts)
}

/// Parses and checks `src`. As with gc, syntax errors stop before type checking, but
/// the lexer's errors (`newline in string`, `invalid character ...`) do not: they are
/// reported first, followed by the type errors.
pub fn compile_front(src: &str, opts: &CheckOptions) -> Result<Checked, Vec<Diagnostic>> {
    let (file, diags) = parse(src);
    if let Some(d) = header::header_error(src) {
        return Err(vec![d]);
    }
    if diags.iter().any(|d| d.message.starts_with("syntax error")) {
        // gc's parser checks branches as it goes, so those errors come too.
        let mut diags = diags;
        let at: Vec<u32> = diags
            .iter()
            .filter(|d| d.message.starts_with("syntax error"))
            .map(|d| d.span.lo)
            .collect();
        diags.extend(branches::check_branches_except(&file, &at));
        return Err(diag::limit_like_gc_in(diags, Some(src)));
    }
    check::check_with(file, opts, diags, Some(src))
}
