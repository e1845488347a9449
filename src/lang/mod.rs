//! The Go-subset front end: source text → tokens → AST → checked program, with spans.
//!
//! This module imports nothing else from the crate.
