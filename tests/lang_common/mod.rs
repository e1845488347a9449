//! Helpers shared by the lang test files: rendering our diagnostics as gc prints them,
//! and finding what the checker recorded for a piece of source text.

// Each test binary uses only some of the helpers.
#![allow(dead_code)]

use poolscope::lang::ast::Expr;
use poolscope::lang::{compile_front, diag, visit, CheckOptions, Checked};

/// Our diagnostics for `src`, rendered as gc prints them (empty when it compiles).
pub fn gc_errors(src: &str) -> String {
    match compile_front(src, &CheckOptions::default()) {
        Ok(_) => String::new(),
        Err(d) => diag::render("prog.go", src, &d),
    }
}

/// Our diagnostics for `src` are exactly `want`, which real Go printed for it.
pub fn assert_like_gc(src: &str, want: &str) {
    let got = gc_errors(src);
    assert_eq!(got, want, "\n--- ours ---\n{got}\n--- gc ---\n{want}");
}

/// `src` checked, or a panic showing its diagnostics.
pub fn checked(src: &str) -> Checked {
    match compile_front(src, &CheckOptions::default()) {
        Ok(c) => c,
        Err(d) => panic!("{}", diag::render("prog.go", src, &d)),
    }
}

/// The first expression (in source order) whose text is exactly `text`.
pub fn find<'a>(c: &'a Checked, src: &str, text: &str) -> &'a Expr {
    let mut found: Option<*const Expr> = None;
    visit::walk_file(&c.file, &mut |e| {
        if found.is_none() && e.span.text(src) == text {
            found = Some(e as *const Expr);
        }
    });
    let Some(p) = found else {
        panic!("no expression {text:?}")
    };
    // SAFETY: the pointer was taken from `c.file`, which outlives the returned reference.
    unsafe { &*p }
}

/// Names of the package variables in initialization order.
pub fn init_order(c: &Checked) -> Vec<&str> {
    c.global_inits
        .iter()
        .flat_map(|g| g.globals.iter().flatten())
        .map(|g| c.globals[g.0 as usize].name.as_str())
        .collect()
}

/// The type of the first expression spelled `text`, as `%T` prints it.
pub fn type_of(c: &Checked, src: &str, text: &str) -> String {
    let e = find(c, src, text);
    c.types.type_string(c.ty(e.id))
}
