//! Lexer tests: Go's automatic semicolon insertion, byte spans, highlighting classes,
//! and bad input turning into error tokens plus diagnostics (never a failure).

use poolscope::lang::lexer;
use poolscope::lang::{lex, TokenClass, TokenKind};

/// Token texts, with inserted semicolons shown as `⏎`.
fn texts(src: &str) -> Vec<String> {
    lex(src)
        .iter()
        .filter(|t| t.kind != TokenKind::Eof && t.kind != TokenKind::Comment)
        .map(|t| match t.kind {
            TokenKind::Semi { auto: true } => "⏎".to_string(),
            _ => t.span.text(src).to_string(),
        })
        .collect()
}

#[test]
fn semicolons_are_inserted_after_line_enders() {
    let src = "x := f(a)\ny++\nreturn\nbreak\ns[i]\n}\n'c'\n\"s\"\n1.5\n";
    assert_eq!(
        texts(src),
        [
            "x", ":=", "f", "(", "a", ")", "⏎", "y", "++", "⏎", "return", "⏎", "break", "⏎", "s",
            "[", "i", "]", "⏎", "}", "⏎", "'c'", "⏎", "\"s\"", "⏎", "1.5", "⏎"
        ]
    );
}

#[test]
fn no_semicolon_after_operators_commas_or_open_brackets() {
    let src = "a +\nb,\nc(\n)\nif x {\n}";
    assert_eq!(
        texts(src),
        ["a", "+", "b", ",", "c", "(", ")", "⏎", "if", "x", "{", "}", "⏎"]
    );
}

#[test]
fn comments_act_like_the_newline_they_contain() {
    // A line comment keeps the newline after it; a block comment spanning lines
    // counts as a newline; one on a single line does not.
    assert_eq!(texts("x // c\ny"), ["x", "⏎", "y", "⏎"]);
    assert_eq!(texts("x /* a\nb */ y"), ["x", "⏎", "y", "⏎"]);
    assert_eq!(texts("x /* a */ y"), ["x", "y", "⏎"]);
}

#[test]
fn inserted_semicolons_sit_at_the_newline_and_eof_is_empty() {
    let src = "ab\ncd";
    let toks = lex(src);
    assert_eq!(toks[1].kind, TokenKind::Semi { auto: true });
    assert_eq!((toks[1].span.lo, toks[1].span.hi), (2, 2));
    let eof = toks.last().expect("eof");
    assert_eq!(eof.kind, TokenKind::Eof);
    assert_eq!((eof.span.lo, eof.span.hi), (5, 5));
}

#[test]
fn spans_are_byte_ranges_even_after_multibyte_text() {
    let src = "s := \"héllo\" + `raw\nline` // é\n";
    for t in lex(src) {
        assert!(src.is_char_boundary(t.span.lo as usize));
        assert!(src.is_char_boundary(t.span.hi as usize));
    }
    let texts = texts(src);
    assert_eq!(texts, ["s", ":=", "\"héllo\"", "+", "`raw\nline`", "⏎"]);
}

#[test]
fn numbers_in_all_forms() {
    let src = "0x1F 0b101 0o17 017 1_000 3.14 .5 1e9 2.5e-3 1i";
    let kinds: Vec<TokenKind> = lex(src)
        .iter()
        .map(|t| t.kind)
        .filter(|k| !matches!(k, TokenKind::Semi { .. } | TokenKind::Eof))
        .collect();
    use TokenKind::*;
    assert_eq!(
        kinds,
        [Int, Int, Int, Int, Int, Float, Float, Float, Float, Imag]
    );
}

#[test]
fn highlight_classes() {
    let src = "func f(n int) string { return fmt.Sprint(len(\"x\"), 1, nil) } // c";
    let classes: Vec<(String, TokenClass)> = lex(src)
        .iter()
        .map(|t| (t.span.text(src).to_string(), t.class(src)))
        .collect();
    let class_of = |text: &str| {
        classes
            .iter()
            .find(|(t, _)| t == text)
            .map(|(_, c)| *c)
            .expect("token")
    };
    assert_eq!(class_of("func"), TokenClass::Keyword);
    assert_eq!(class_of("f"), TokenClass::Ident);
    assert_eq!(class_of("int"), TokenClass::TypeName);
    assert_eq!(class_of("string"), TokenClass::TypeName);
    assert_eq!(class_of("len"), TokenClass::Builtin);
    assert_eq!(class_of("nil"), TokenClass::Builtin);
    assert_eq!(class_of("\"x\""), TokenClass::String);
    assert_eq!(class_of("1"), TokenClass::Number);
    assert_eq!(class_of("// c"), TokenClass::Comment);
    assert_eq!(class_of("."), TokenClass::Punctuation);
    assert_eq!(class_of("("), TokenClass::Punctuation);
    let semi = lex(src)
        .into_iter()
        .find(|t| matches!(t.kind, TokenKind::Semi { auto: true }))
        .expect("semi");
    assert_eq!(semi.class(src), TokenClass::Invisible);
}

#[test]
fn bad_characters_become_error_tokens_with_gc_messages() {
    // Checked with real-go: `x := 1 @ 2` reports "invalid character U+0040 '@'".
    let src = "x := 1 @ 2\ns := \"open\n";
    let (toks, diags) = lexer::lex(src);
    assert!(toks
        .iter()
        .any(|t| t.kind == TokenKind::Error && t.span.text(src) == "@"));
    let msgs: Vec<&str> = diags.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(msgs, ["invalid character U+0040 '@'", "newline in string"]);
    // "newline in string" is reported where the line ends, as gc does.
    assert_eq!(diags[1].span.lo as usize, src.len() - 1);
    assert_eq!(toks.last().map(|t| t.kind), Some(TokenKind::Eof));
}

#[test]
fn unterminated_literals_and_comments_still_end_in_eof() {
    for src in [
        "`raw",
        "/* never closed",
        "'a",
        "\"\\q\"",
        "x\u{feff}",
        "x\u{0}",
    ] {
        let (toks, diags) = lexer::lex(src);
        assert_eq!(toks.last().map(|t| t.kind), Some(TokenKind::Eof), "{src:?}");
        assert!(!diags.is_empty(), "{src:?} should be reported");
    }
}

#[test]
fn leading_byte_order_mark_is_ignored_and_nul_is_reported() {
    // Checked with real-go: a BOM before `package` is fine; a NUL byte inside a string
    // literal gives "invalid NUL character" at the NUL.
    let src = "\u{feff}package main\ny := \"a\u{0}b\"\n";
    let (toks, diags) = lexer::lex(src);
    assert_eq!(toks[0].kind, TokenKind::Package);
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].message, "invalid NUL character");
    assert_eq!(&src[diags[0].span.lo as usize..][..1], "\u{0}");
}
