//! Compile errors for one-token mutations of valid programs (the shapes the fuzzers found):
//! each test changes a shared fixture (`tests/fixtures/`) and compares our diagnostics
//! with real-go's stderr for exactly that text; gc reports each problem once and no
//! follow-on errors.

mod fixtures;
mod lang_common;

use lang_common::assert_like_gc;

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn constant_with_undefined_type_is_reported_once() {
    let src = &fixtures::mutate(
        fixtures::CONN_INTERFACES,
        &[(
            r#"	"sync"
	"time""#,
            r#"	"sync""#,
        )],
    );
    let want = r#"prog.go:43:15: undefined: time
prog.go:156:64: undefined: time
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn array_length_must_be_a_constant_integer() {
    let src = &fixtures::mutate(
        fixtures::CONN_INTERFACES,
        &[("	var nilMap map[string]int", "	var nilMapmap[string]int")],
    );
    let want = r#"prog.go:107:6: declared and not used: nilMapmap
prog.go:107:16: invalid array length string
prog.go:108:26: undefined: nilMap
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn same_message_twice_on_a_line_is_reported_once() {
    let src = &fixtures::mutate(
        fixtures::ANIMALS_WEEKDAYS,
        &[(
            r#"	"sync"
	"time""#,
            r#"	"sync""#,
        )],
    );
    let want = r#"prog.go:148:13: undefined: time
prog.go:150:9: undefined: time
prog.go:181:38: undefined: time
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn packages_are_quoted_only_with_a_hint() {
    let src = &fixtures::mutate(
        fixtures::ANIMALS_WEEKDAYS,
        &[(
            r#"	buf.Write([]byte("xy"))"#,
            r#"	buf.Writinte([]byte("xy"))"#,
        )],
    );
    let want = r#"prog.go:158:6: buf.Writinte undefined (type bytes.Buffer has no field or method Writinte)
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn sync_types_are_quoted_by_path() {
    let src = r#"package main

import (
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var p sync.Pool
	var x int = wg
	var y int = &p
	var z int = time.Second
	_, _, _ = x, y, z
}
"#;
    let want = r#"prog.go:11:14: cannot use wg (variable of struct type "sync".WaitGroup) as int value in variable declaration
prog.go:12:14: cannot use &p (value of type *"sync".Pool) as int value in variable declaration
prog.go:13:14: cannot use time.Second (constant 1000000000 of int64 type time.Duration) as int value in variable declaration
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn named_results_show_in_multi_value_messages() {
    let src = &fixtures::mutate(
        fixtures::LESSON16,
        &[(
            r#"	buf.WriteString(fmt.Sprintf("req %d:", id))"#,
            r#"&	buf.WriteString(fmt.Sprintf("req %d:", id))"#,
        )],
    );
    let want = r#"prog.go:39:3: multiple-value buf.WriteString(fmt.Sprintf("req %d:", id)) (value of type (n int, err error)) in single-value context
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn malformed_literal_is_not_checked_further() {
    let src = &fixtures::mutate(fixtures::LESSON16, &[("		buf.WriteByte(' ')", "')")]);
    let want = r#"prog.go:41:3: newline in rune literal
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn nil_is_not_a_type() {
    let src = &fixtures::mutate(
        fixtures::LESSON16,
        &[("	defer func() {", "	defer func(nil) {")],
    );
    let want = r#"prog.go:35:8: not enough arguments in call to func(nil) {…}
	have ()
	want (unknown type)
prog.go:35:13: nil (untyped nil) is not a type
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn right_side_errors_come_first_in_assignments() {
    let src = &fixtures::mutate(
        fixtures::FINAL_FALLTHROUGH,
        &[(
            "\ts := []int{1, 2, 3}\n\ts = append(s, 4)",
            "	s = append(s, 4)",
        )],
    );
    let want = r#"prog.go:47:13: undefined: s
prog.go:48:22: undefined: s
prog.go:49:3: undefined: s
prog.go:51:20: undefined: s
prog.go:59:12: undefined: s
prog.go:62:4: cannot fallthrough final case in switch
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn unused_type_switch_variable_has_the_old_wording() {
    let src = &fixtures::mutate(
        fixtures::FINAL_FALLTHROUGH,
        &[("\t\t_ = t\n\tcase nil:", "	case nil:")],
    );
    let want = r#"prog.go:63:4: cannot fallthrough final case in switch
prog.go:74:9: t declared and not used
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn undefined_embedded_type_causes_no_follow_on_errors() {
    let src = &fixtures::mutate(
        fixtures::ANIMALS_WEEKDAYS,
        &[("\ntype Base struct{ name string }", "")],
    );
    let want = r#"prog.go:25:10: undefined: Base
prog.go:28:3: undefined: Base
prog.go:73:27: undefined: Base
prog.go:75:12: undefined: Base
prog.go:76:9: d.Name undefined (type Dog has no field or method Name)
prog.go:122:14: undefined: Base
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go: an unknown package member is reported at its name.
#[test]
fn undefined_package_member_in_a_type_is_reported_at_the_member() {
    let src = &fixtures::mutate(
        fixtures::POOL_USE_AFTER_PUT,
        &[(
            "var pool = sync.Pool{New: func() any { return new(bytes.Buffer) }}",
            "var pool = sync.Pool{New: func() any { return new(bytes.Bxuffer) }}",
        )],
    );
    let want = r#"prog.go:9:57: undefined: bytes.Bxuffer
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn new_of_an_unknown_package_type_is_undefined() {
    let src = &fixtures::mutate(
        fixtures::POOL_DIV_SELECT,
        &[(
            r#"import (
	"bytes""#,
            "import (",
        )],
    );
    let want = r#"prog.go:20:51: undefined: bytes
prog.go:32:22: undefined: bytes
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn invalid_assertion_leaves_its_package_unused() {
    let src = &fixtures::mutate(
        fixtures::POOL_DIV_SELECT,
        &[(
            "\nvar pool = sync.Pool{New: func() any { return new(bytes.Buffer) }}",
            "",
        )],
    );
    let want = r#"prog.go:4:2: "bytes" imported and not used
prog.go:7:2: "sync" imported and not used
prog.go:32:9: undefined: pool
prog.go:33:8: undefined: pool
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn constant_without_value_names_the_constant() {
    let src = &fixtures::mutate(fixtures::POOL_DIV_SELECT, &[("	A = iota", "	A iota")]);
    let want = r#"prog.go:17:2: missing init expr for A
prog.go:17:4: iota (constant) is not a type
prog.go:18:2: missing init expr for B
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go: no count mismatch is reported when a value is itself in error.
#[test]
fn no_assignment_mismatch_over_broken_values() {
    let src = &fixtures::mutate(
        fixtures::CONN_INTERFACES,
        &[("	u := uint64(1) << 63", "	u := uin,t64(1) << 63")],
    );
    let want = r#"prog.go:114:7: undefined: uin
prog.go:114:11: undefined: t64
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go: a non-name declared by a range clause.
#[test]
fn range_cannot_declare_a_non_name() {
    let src = &fixtures::mutate(
        fixtures::ANIMALS_WEEKDAYS,
        &[(
            r#"	for i, r := range "héllo" {"#,
            r#"	for i,+ r := range "héllo" {"#,
        )],
    );
    let want = r#"prog.go:94:8: invalid syntax tree: cannot declare +r
prog.go:96:7: undefined: r
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go: a type with a part in error causes no follow-on mismatch.
#[test]
fn types_with_errors_inside_cause_no_follow_on_mismatch() {
    let src = &fixtures::mutate(
        fixtures::ANIMALS_WEEKDAYS,
        &[(
            "\tanon := struct {\n\t\tA int\n\t\tB string",
            "\tanon := struct {\n\t\tAint\n\t\tB string",
        )],
    );
    let want = r#"prog.go:116:3: undefined: Aint
"#;
    assert_like_gc(src, want);
}
