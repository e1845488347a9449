//! The checker's compile errors against gc, one kind at a time: every expected output was
//! produced by running the program above it with `/work/shared/tools/real-go prog.go`
//! (Go 1.27) and copying its stderr verbatim; the test renders our diagnostics the same way.
//! Other files: `lang_check_errors_combined.rs` (several kinds in one program),
//! `lang_check_errors_misuse.rs` (library, statements, constants, types) and
//! `lang_check_errors_mutations.rs` (one-token mutations of valid programs).

mod lang_common;

use lang_common::assert_like_gc;

/// Checked with real-go; expected output is its stderr.
#[test]
fn declared_and_not_used() {
    let src = r#"package main

func main() {
	x := 1
	var y string
	for i := 0; i < 3; i++ {
		z := i
	}
}
"#;
    let want = r#"prog.go:4:2: declared and not used: x
prog.go:5:6: declared and not used: y
prog.go:7:3: declared and not used: z
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn imported_and_not_used() {
    let src = r#"package main

import (
	"fmt"
	"os"
	"runtime/debug"
	str "strings"
)

func main() {
	fmt.Println("hi")
}
"#;
    let want = r#"prog.go:5:2: "os" imported and not used
prog.go:6:2: "runtime/debug" imported and not used
prog.go:7:2: "strings" imported as str and not used
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn undefined() {
    let src = r#"package main

import "fmt"

func main() {
	fmt.Println(y)
	fmt.Printline("x")
	var c Conn
	_ = c
}
"#;
    let want = r#"prog.go:6:14: undefined: y
prog.go:7:6: undefined: fmt.Printline
prog.go:8:8: undefined: Conn
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn argument_count() {
    let src = r#"package main

import "fmt"

func add(a, b int) int { return a + b }

func main() {
	fmt.Println(add(1))
	fmt.Println(add(1, 2, 3))
	fmt.Println(add())
}
"#;
    let want = r#"prog.go:8:18: not enough arguments in call to add
	have (number)
	want (int, int)
prog.go:9:24: too many arguments in call to add
	have (number, number, number)
	want (int, int)
prog.go:10:14: not enough arguments in call to add
	have ()
	want (int, int)
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn mismatched_types() {
    let src = r#"package main

import "fmt"

func main() {
	a := 1
	b := "two"
	fmt.Println(a + b)
	var f float64 = 2
	fmt.Println(a * f)
	if a == b {
	}
}
"#;
    let want = r#"prog.go:8:14: invalid operation: a + b (mismatched types int and string)
prog.go:10:14: invalid operation: a * f (mismatched types int and float64)
prog.go:11:10: invalid operation: a == b (mismatched types int and string)
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn missing_return() {
    let src = r#"package main

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
}

func forever() int {
	for {
	}
}

func broken() int {
	for {
		break
	}
}

func sw(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic("no")
	}
}

func main() {
	sign(1)
	forever()
	broken()
	sw(1)
}
"#;
    let want = r#"prog.go:9:1: missing return
prog.go:20:1: missing return
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn cannot_use() {
    let src = r#"package main

type Celsius float64

type Closer interface {
	Close() error
}

type Conn struct{}

func (c Conn) Close() {}

func main() {
	var x int = "hello"
	var t Celsius = 1.5
	var f float64 = t
	var c Closer = Conn{}
	var n int
	n = 3.5
	_, _, _, _ = x, f, c, n
}
"#;
    let want = r#"prog.go:14:14: cannot use "hello" (untyped string constant) as int value in variable declaration
prog.go:16:18: cannot use t (variable of float64 type Celsius) as float64 value in variable declaration
prog.go:17:17: cannot use Conn{} (value of struct type Conn) as Closer value in variable declaration: Conn does not implement Closer (wrong type for method Close)
		have Close()
		want Close() error
prog.go:19:6: cannot use 3.5 (untyped float constant) as int value in assignment (truncated)
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn pointer_receiver() {
    let src = r#"package main

type Closer interface{ Close() error }

type Conn struct{ id int }

func (c *Conn) Close() error { return nil }

func use(c Closer) {}

func main() {
	var c Conn
	use(c)
	use(&c)
	Conn{}.Close()
}
"#;
    let want = r#"prog.go:13:6: cannot use c (variable of struct type Conn) as Closer value in argument to use: Conn does not implement Closer (method Close has pointer receiver)
prog.go:15:9: cannot call pointer method Close on Conn
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn assignment_count() {
    let src = r#"package main

func pair() (int, string) { return 1, "a" }

func main() {
	a, b, c := pair()
	var x int = pair()
	m := map[string]int{}
	v, ok, z := m["a"]
	_, _, _, _, _, _, _ = a, b, c, x, v, ok, z
}
"#;
    let want = r#"prog.go:6:13: assignment mismatch: 3 variables but pair returns 2 values
prog.go:7:14: multiple-value pair() (value of type (int, string)) in single-value context
prog.go:9:14: assignment mismatch: 3 variables but 1 value
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn return_count() {
    let src = r#"package main

func f() (int, error) {
	return 1
}

func g() {
	return 2
}

func h() int {
	return
}

func main() {
	f()
	g()
	h()
}
"#;
    let want = r#"prog.go:4:9: not enough return values
	have (number)
	want (int, error)
prog.go:8:9: too many return values
	have (number)
	want ()
prog.go:12:2: not enough return values
	have ()
	want (int)
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn branches() {
    let src = r#"package main

func main() {
outer:
	for i := 0; i < 3; i++ {
		switch i {
		case 0:
			continue outer
		case 1:
			fallthrough
		case 2:
			break inner
		}
	}
unused:
	for {
		break
	}
	continue
}
"#;
    let want = r#"prog.go:12:10: break label not defined: inner
prog.go:15:1: label unused defined and not used
prog.go:19:2: continue is not in a loop
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn not_used_values() {
    let src = r#"package main

func f() int { return 1 }

func main() {
	x := 2
	x + 1
	f
	len("abc")
	"lit"
	x == 2
}
"#;
    let want = r#"prog.go:7:2: x + 1 (value of type int) is not used
prog.go:8:2: f (value of type func() int) is not used
prog.go:9:2: len("abc") (constant 3 of type int) is not used
prog.go:10:2: "lit" (untyped string constant) is not used
prog.go:11:2: x == 2 (untyped bool value) is not used
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn ten_errors_then_stop() {
    let src = r#"package main

func main() {
	a := 1
	b := 2
	c := 3
	d := 4
	e := 5
	f := 6
	g := 7
	h := 8
	i := 9
	j := 10
	k := 11
}
"#;
    let want = r#"prog.go:4:2: declared and not used: a
prog.go:5:2: declared and not used: b
prog.go:6:2: declared and not used: c
prog.go:7:2: declared and not used: d
prog.go:8:2: declared and not used: e
prog.go:9:2: declared and not used: f
prog.go:10:2: declared and not used: g
prog.go:11:2: declared and not used: h
prog.go:12:2: declared and not used: i
prog.go:13:2: declared and not used: j
prog.go:13:2: too many errors
"#;
    assert_like_gc(src, want);
}
