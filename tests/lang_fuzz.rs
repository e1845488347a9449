//! The front end must never panic on any input (a panic in Wasm kills the page):
//! random bytes, random token soups, and valid programs with random edits all go
//! through lex → parse → check without panicking.

mod fixtures;

use poolscope::lang::{compile_front, lex, parse, CheckOptions};
use proptest::prelude::*;

/// A valid program exercising most of the subset; the mutation tests start from it.
const SEED: &str = fixtures::POOL_DIV_SELECT;

const WORDS: [&str; 60] = [
    "package",
    "main",
    "import",
    "\"fmt\"",
    "func",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "var",
    "const",
    "type",
    "struct",
    "interface",
    "map",
    "chan",
    "<-",
    "go",
    "defer",
    "return",
    "if",
    "else",
    "for",
    "range",
    "switch",
    "case",
    "default",
    "select",
    "break",
    "continue",
    "fallthrough",
    ":=",
    "=",
    "+=",
    "++",
    ",",
    ";",
    ".",
    ":",
    "...",
    "x",
    "y",
    "int",
    "string",
    "any",
    "nil",
    "1",
    "2.5",
    "'a'",
    "\"s\"",
    "*",
    "&",
    "+",
    "==",
    "\n",
    "fmt.Println",
    "make",
    "append",
];

fn run_all(src: &str) {
    let _ = lex(src);
    let _ = parse(src);
    let _ = compile_front(src, &CheckOptions::default());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let src = String::from_utf8_lossy(&bytes).into_owned();
        run_all(&src);
    }

    #[test]
    fn token_soup_never_panics(words in proptest::collection::vec(0..WORDS.len(), 0..80)) {
        let mut src = String::from("package main\n");
        for w in words {
            src.push_str(WORDS[w]);
            src.push(' ');
        }
        run_all(&src);
    }

    #[test]
    fn edited_programs_never_panic(
        edits in proptest::collection::vec((0..SEED.len(), 0..WORDS.len(), 0..4usize), 1..6)
    ) {
        let mut src = SEED.to_string();
        for (at, w, len) in edits {
            let mut at = at.min(src.len());
            while !src.is_char_boundary(at) {
                at -= 1;
            }
            let mut end = (at + len).min(src.len());
            while !src.is_char_boundary(end) {
                end -= 1;
            }
            src.replace_range(at..end, WORDS[w]);
        }
        run_all(&src);
    }

    #[test]
    fn truncated_programs_never_panic(cut in 0..SEED.len()) {
        let mut cut = cut;
        while !SEED.is_char_boundary(cut) {
            cut -= 1;
        }
        run_all(&SEED[..cut]);
    }
}

#[test]
fn seed_program_checks() {
    // The mutation base must itself be valid, or the edits test only error paths.
    if let Err(d) = compile_front(SEED, &CheckOptions::default()) {
        panic!("{}", poolscope::lang::diag::render("prog.go", SEED, &d));
    }
}

/// Deep nesting must end in a diagnostic, not a stack overflow (test threads have small
/// stacks, like the browser's).
#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let n = 20_000;
    let cases = [
        format!(
            "package main\nfunc main() {{ x := {}1{} }}\n",
            "(".repeat(n),
            ")".repeat(n)
        ),
        format!("package main\nfunc main() {{ x := 1{} }}\n", "+1".repeat(n)),
        format!("package main\nfunc main() {{ x.{} }}\n", "y.".repeat(n)),
        format!("package main\nfunc main() {{ f{} }}\n", "()".repeat(n)),
        format!("package main\nvar x {}int\n", "[]".repeat(n)),
        format!("package main\nvar x {}int\n", "*".repeat(n)),
        format!("package main\nfunc main() {{ {} }}\n", "{".repeat(n)),
        format!(
            "package main\nfunc main() {{ if true {{}}{} }}\n",
            " else if true {}".repeat(n)
        ),
        format!("package main\nfunc main() {{ x := {}0 }}\n", "-".repeat(n)),
    ];
    for src in &cases {
        let result = compile_front(src, &CheckOptions::default());
        assert!(result.is_err(), "deep program accepted: {}", &src[..60]);
    }
}
