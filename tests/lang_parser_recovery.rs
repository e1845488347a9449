//! How the parser recovers after a syntax error, like gc (or like the go command and
//! go/parser where they report first): mostly one-token mutations of shared fixtures
//! (`tests/fixtures/`), each compared with real-go's stderr for exactly that text.

mod fixtures;
mod lang_common;

use lang_common::assert_like_gc;

/// Checked with real-go (a one-token mutation of a lesson program).
#[test]
fn abandoned_struct_type_does_not_also_want_its_brace() {
    let src = &fixtures::mutate(
        fixtures::LESSON16,
        &[("\tlines   []string\n}", "	lines   []string")],
    );
    let want = r#"prog.go:25:1: syntax error: unexpected keyword func, expected field name or embedded type
prog.go:27:2: syntax error: unexpected keyword defer, expected field name or embedded type
prog.go:28:15: syntax error: unexpected ++ in struct type; possibly missing semicolon or newline or }
prog.go:29:40: syntax error: unexpected ) after top level declaration
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go: the go command parses the file header with go/parser first.
#[test]
fn junk_after_an_import_path_is_go_parsers_error() {
    let src = &fixtures::mutate(fixtures::CONN_INTERFACES, &[(r#"	"sync""#, r#"	"sync"1"#)]);
    let want = r#"prog.go:8:8: expected ';', found 1
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go: the go command parses the file header with go/parser first.
#[test]
fn missing_package_name_is_go_parsers_error() {
    let src = &fixtures::mutate(fixtures::LESSON16, &[("package main", "package")]);
    let want = r#"prog.go:5:1: expected 'IDENT', found 'import'
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go: the go command parses the file header with go/parser first.
#[test]
fn missing_package_clause_is_go_parsers_error() {
    let src = &fixtures::mutate(
        fixtures::LESSON16,
        &[(
            "// goroutines sharing one pool.\npackage main",
            "// goroutines sharing one pool.",
        )],
    );
    let want = r#"prog.go:4:1: expected 'package', found 'import'
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go: the go command parses the file header with go/parser first.
#[test]
fn missing_import_path_is_go_parsers_error() {
    let src = &fixtures::mutate(fixtures::LESSON16, &[(r#"	"bytes""#, r#"<-	"bytes""#)]);
    let want = r#"prog.go:6:1: missing import path
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn empty_index_expects_an_operand() {
    let src = &fixtures::mutate(
        fixtures::FINAL_FALLTHROUGH,
        &[("	s := []int{1, 2, 3}", r#"	s := "s"[]int{1, 2, 3}"#)],
    );
    let want = r#"prog.go:47:11: syntax error: unexpected ], expected operand
prog.go:48:2: syntax error: non-declaration statement outside function body
prog.go:67:24: syntax error: unexpected {, expected name
prog.go:74:2: syntax error: non-declaration statement outside function body
prog.go:77:2: syntax error: non-declaration statement outside function body
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn branch_errors_come_with_syntax_errors() {
    let src = &fixtures::mutate(
        fixtures::FINAL_FALLTHROUGH,
        &[(
            "func (c *Conn) Close() error { return nil }",
            "func (c *Conn) Close() error { return nil",
        )],
    );
    let want = r#"prog.go:17:24: syntax error: unexpected name string at end of statement
prog.go:63:4: cannot fallthrough final case in switch
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn label_before_closing_brace_is_fine() {
    let src = &fixtures::mutate(fixtures::FINAL_FALLTHROUGH, &[("	case nil:", "nil:")]);
    let want = r#"prog.go:63:4: cannot fallthrough final case in switch
prog.go:77:1: label nil defined and not used
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn unclosed_parameter_list_in_interface() {
    let src = &fixtures::mutate(
        fixtures::ANIMALS_WEEKDAYS,
        &[("	Sound() string", "	Sound( string")],
    );
    let want = r#"prog.go:16:15: syntax error: unexpected newline in parameter list; possibly missing comma or )
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn embedded_pointer_needs_a_type_name() {
    let src = &fixtures::mutate(
        fixtures::ANIMALS_WEEKDAYS,
        &[("\tage int\n}\n", "\tage int\n*}\n")],
    );
    let want = r#"prog.go:31:2: syntax error: unexpected }, expected name
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go: `var wg` alone needs a type.
#[test]
fn var_without_type_or_value_is_a_syntax_error() {
    let src = &fixtures::mutate(
        fixtures::POOL_USE_AFTER_PUT,
        &[("	var wg sync.WaitGroup", "	var wg")],
    );
    let want = r#"prog.go:14:8: syntax error: unexpected newline, expected type
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn interface_recovery_takes_the_separator() {
    let src = &fixtures::mutate(
        fixtures::CONN_INTERFACES,
        &[("\tClose() error\n}\n", "\tClose() error\n\n")],
    );
    let want = r#"prog.go:16:1: syntax error: unexpected keyword type, expected ~ term or type
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn func_literal_without_parameters_recovers_like_gc() {
    let src = &fixtures::mutate(
        fixtures::CONN_INTERFACES,
        &[("\treturn odd(n - 1)\n}\n", "\treturn odd(n - 1)\n\n")],
    );
    let want = r#"prog.go:57:6: syntax error: unexpected name odd, expected (
prog.go:64:6: syntax error: unexpected name classify, expected (
prog.go:79:6: syntax error: unexpected name main, expected (
prog.go:80:28: syntax error: unexpected ] at end of statement
prog.go:85:2: syntax error: non-declaration statement outside function body
prog.go:88:2: syntax error: non-declaration statement outside function body
prog.go:90:38: syntax error: unexpected {, expected (
prog.go:108:2: syntax error: non-declaration statement outside function body
prog.go:110:2: syntax error: non-declaration statement outside function body
prog.go:112:2: syntax error: non-declaration statement outside function body
prog.go:112:2: too many errors
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn no_branch_errors_in_a_body_with_syntax_errors() {
    let src = &fixtures::mutate(
        fixtures::DEFER_IN_LOOP,
        &[("			r := open(id)", "			r :(= open(id)")],
    );
    let want = r#"prog.go:26:8: syntax error: unexpected =, expected expression
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn stray_semicolon_at_top_level() {
    let src = &fixtures::mutate(
        fixtures::ANIMALS_WEEKDAYS,
        &[(
            "type Base struct{ name string }\n\nfunc (b *Base) Name() string { return b.name }",
            "type Base struct{ name string }\n;\nfunc (b *Base) Name() string { return b.name }",
        )],
    );
    let want = r#"prog.go:25:1: syntax error: non-declaration statement outside function body
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn grouped_declaration_list_like_gc() {
    let src = &fixtures::mutate(
        fixtures::ANIMALS_WEEKDAYS,
        &[("	Sunday Weekday = iota", "	Sunday Weekday iota")],
    );
    let want = r#"prog.go:51:17: syntax error: unexpected name iota in grouped declaration; possibly missing semicolon or newline or )
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go: `<-` in a type must be followed by `chan`.
#[test]
fn receive_arrow_in_a_type_wants_keyword_chan() {
    let src = &fixtures::mutate(
        fixtures::CONN_INTERFACES,
        &[("	tags map[Point][]string", "	tag<-s map[Point][]string")],
    );
    let want = r#"prog.go:30:7: syntax error: unexpected name s, expected keyword chan
"#;
    assert_like_gc(src, want);
}
