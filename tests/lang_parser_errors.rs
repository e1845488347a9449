//! Syntax errors reported several at a time with gc's wording and positions: each expected
//! output is real-go's stderr for the program above it.

mod fixtures;
mod lang_common;

use lang_common::assert_like_gc;

/// Checked with real-go; expected output is its stderr.
#[test]
fn syntax_errors_like_gc_s1() {
    let src = r#"package main

import "fmt"

func a() {
	x := []int{1, 2
	}
	fmt.Println(x)
}

func b() {
	if x := 1; x > 0 {
		fmt.Println("b"
	}
}

func c() {
	for i := 0; i < 3; i++ {
		fmt.Println(i))
	}
}

func main() {
	var y int = 
	a(); b(); c()
}
"#;
    let want = r#"prog.go:6:17: syntax error: unexpected newline in composite literal; possibly missing comma or }
prog.go:13:18: syntax error: unexpected newline in argument list; possibly missing comma or )
prog.go:19:17: syntax error: unexpected ) at end of statement
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn syntax_errors_like_gc_s2() {
    let src = r#"package main

func main() {
	x := 1
	if x == 1 
	{
	}
}

func f() {
	else {
	}
}

var z = 1 +

func g() {}
"#;
    let want = r#"prog.go:5:12: syntax error: unexpected newline, expected { after if clause
prog.go:11:2: syntax error: unexpected keyword else, expected }
prog.go:17:6: syntax error: unexpected name g, expected (
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn syntax_errors_like_gc_s3() {
    let src = r#"package main

import "fmt"

func main() {
	s := "unterminated
	fmt.Println(s)
	r := 'ab'
	c := `raw
}
"#;
    let want = r#"prog.go:6:20: newline in string
prog.go:8:2: declared and not used: r
prog.go:8:7: more than one character in rune literal
prog.go:9:2: declared and not used: c
prog.go:9:7: string not terminated
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn recovery_through_headers_and_bad_characters() {
    let src = r#"package main

import "fmt"

func main() {
	x := []int{1, 2
	}
	fmt.Println(x
	if x {
	}
	y := 3 +
	for i := 0; i < 3 {
	}
	var z = @
}
"#;
    let want = r#"prog.go:6:17: syntax error: unexpected newline in composite literal; possibly missing comma or }
prog.go:8:15: syntax error: unexpected newline in argument list; possibly missing comma or )
prog.go:9:2: syntax error: unexpected keyword if at end of statement
prog.go:12:2: syntax error: unexpected keyword for, expected expression
prog.go:13:2: syntax error: unexpected }, expected expression
prog.go:14:10: invalid character U+0040 '@'
prog.go:15:1: syntax error: unexpected }, expected expression
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn invalid_character_is_skipped_like_gc() {
    let src = r#"package main

func main() {
	x := 1 @ 2
}
"#;
    let want = r#"prog.go:4:9: invalid character U+0040 '@'
prog.go:4:11: syntax error: unexpected literal 2 at end of statement
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn recovery_after_a_function_lost_its_brace() {
    let src = &fixtures::mutate(
        fixtures::CONN_INTERFACES,
        &[(
            "\t\t\tif v == 2 {\n\t\t\t\tcontinue outer",
            "				continue outer",
        )],
    );
    let want = r#"prog.go:134:2: syntax error: non-declaration statement outside function body
prog.go:134:24: method has no receiver
prog.go:135:2: syntax error: non-declaration statement outside function body
prog.go:136:12: method has no receiver
prog.go:136:12: syntax error: unexpected {, expected name
prog.go:140:3: syntax error: unexpected ( after top level declaration
prog.go:141:15: method has no receiver
prog.go:141:15: syntax error: unexpected {, expected name
prog.go:142:2: syntax error: non-declaration statement outside function body
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn recovery_through_a_type_keyword_at_top_level() {
    let src = &fixtures::mutate(
        fixtures::CONN_INTERFACES,
        &[(
            "func classify(v any) string {",
            "func classify(v any) string",
        )],
    );
    let want = r#"prog.go:65:2: syntax error: non-declaration statement outside function body
prog.go:68:2: syntax error: non-declaration statement outside function body
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn struct_field_syntax_error() {
    let src = &fixtures::mutate(
        fixtures::CONN_INTERFACES,
        &[(
            "\ttags map[Point][]string\n}\n",
            "\ttags map[Point][]string\n\n",
        )],
    );
    let want = r#"prog.go:33:1: syntax error: unexpected keyword func, expected field name or embedded type
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn interface_element_syntax_error() {
    let src = &fixtures::mutate(
        fixtures::CONN_INTERFACES,
        &[("\tRead() string\n}\n", "\tRead() string\n\n")],
    );
    let want = r#"prog.go:21:1: syntax error: unexpected keyword type, expected ~ term or type
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn select_clause_without_case_recovers_like_gc() {
    let src = &fixtures::mutate(
        fixtures::ANIMALS_WEEKDAYS,
        &[("	case <-time.After(timeout):", "<-time.After(timeout):")],
    );
    let want = r#"prog.go:151:1: syntax error: unexpected <-, expected case or default or }
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn defer_takes_a_primary_expression() {
    let src = &fixtures::mutate(
        fixtures::ANIMALS_WEEKDAYS,
        &[("		defer func() {", "		defer func()& {")],
    );
    let want = r#"prog.go:173:15: syntax error: unexpected & at end of statement
prog.go:180:3: syntax error: unexpected ( after top level declaration
prog.go:182:2: syntax error: non-declaration statement outside function body
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go: `go run` reads the imports with go/parser first, so an
/// unterminated import path is reported alone, in go/scanner's words.
#[test]
fn unterminated_import_path_is_reported_by_the_go_command() {
    let src = &fixtures::mutate(
        fixtures::CONN_INTERFACES,
        &[(
            r#"	"runtime""#,
            r#"	"runtim
e""#,
        )],
    );
    let want = r#"prog.go:6:2: string literal not terminated
"#;
    assert_like_gc(src, want);
}
