//! Compile errors of several kinds in one program, reported together in gc's order and
//! wording (each expected output is real-go's stderr for the program above it).

mod lang_common;

use lang_common::assert_like_gc;

/// Checked with real-go; expected output is its stderr.
#[test]
fn combined_t1() {
    let src = r#"package main

import "fmt"

type Closer interface{ Close() error }
type Conn struct{ id int }

func (c *Conn) Close() error { return nil }

const big = 300

func main() {
	var c Conn
	var cl Closer = c
	var b int8 = big
	var s string = 1
	const k int = 3
	var t string = k
	var e error = "x"
	fmt.Println(cl, b, s, t, e)
	ch := make(chan int)
	ch <- "a"
	var f func(int) string = nil
	_ = f(1, 2)
}
"#;
    let want = r#"prog.go:14:18: cannot use c (variable of struct type Conn) as Closer value in variable declaration: Conn does not implement Closer (method Close has pointer receiver)
prog.go:15:15: cannot use big (untyped int constant 300) as int8 value in variable declaration (overflows)
prog.go:16:17: cannot use 1 (untyped int constant) as string value in variable declaration
prog.go:18:17: cannot use k (constant 3 of type int) as string value in variable declaration
prog.go:19:16: cannot use "x" (constant of type string) as error value in variable declaration: string does not implement error (missing method Error)
prog.go:22:8: cannot use "a" (untyped string constant) as int value in send
prog.go:24:11: too many arguments in call to f
	have (number, number)
	want (int)
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn combined_t2() {
    let src = r#"package main

import (
	"fmt"
	"os"
	"runtime/debug"
)

func two() (int, string) { return 1, "a" }
func one() int {
	return 1, 2
}
func none() {}

func main() {
	x := 1
	a, b := two(), 1
	var m map[string]int
	m.foo()
	x.y = 3
	none() + 1
	z := none()
	var u = nil
	fmt.Println(a, b, z, u)
	return 1
}
"#;
    let want = r#"prog.go:5:2: "os" imported and not used
prog.go:6:2: "runtime/debug" imported and not used
prog.go:11:12: too many return values
	have (number, number)
	want (int)
prog.go:17:10: multiple-value two() (value of type (int, string)) in single-value context
prog.go:19:4: m.foo undefined (type map[string]int has no field or method foo)
prog.go:20:4: x.y undefined (type int has no field or method y)
prog.go:21:2: none() (no value) used as value
prog.go:22:7: none() (no value) used as value
prog.go:23:10: use of untyped nil in variable declaration
prog.go:25:9: too many return values
	have (number)
	want ()
prog.go:6:2: too many errors
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn combined_t3() {
    let src = r#"package main

import "fmt"

type T struct{ Foo int }

func main() {
	x := 1
	var t T
	t.foo = 1
	x + "a"
	fmt.Println(x + "a", x == "a", 1.5 << 2, x << 1.5)
	var s []int
	_ = s == s
	_ = t < t
	_ = -"a"
	_ = !x
	var ch chan<- int
	<-ch
	_ = <-x
	_ = *x
	_ = &1
	_ = x.(int)
	_ = s[1.5]
}
"#;
    let want = r#"prog.go:10:4: t.foo undefined (type T has no field or method foo, but does have field Foo)
prog.go:11:2: invalid operation: x + "a" (mismatched types int and untyped string)
prog.go:12:14: invalid operation: x + "a" (mismatched types int and untyped string)
prog.go:12:28: invalid operation: x == "a" (mismatched types int and untyped string)
prog.go:12:33: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
prog.go:12:48: 1.5 (untyped float constant) truncated to uint
prog.go:14:6: invalid operation: s == s (slice can only be compared to nil)
prog.go:15:6: invalid operation: t < t (operator < not defined on struct)
prog.go:16:7: invalid operation: operator - not defined on "a" (untyped string constant)
prog.go:17:7: invalid operation: operator ! not defined on x (variable of type int)
prog.go:17:7: too many errors
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn combined_t4() {
    let src = r#"package main

type T struct{ a, b int }

func main() {
	_ = T{1}
	_ = T{1, 2, 3}
	_ = T{c: 1}
	_ = T{a: 1, 2}
	_ = []int{"a"}
	_ = map[string]int{1: 1}
	var x int
	x = "s"
	x++
	y := 2
	y += 1
	z := 3
	z = 4
	var i interface{ M() }
	_ = i.(T)
	_ = x
	for {
		continue L
	}
	break
}
"#;
    let want = r#"prog.go:6:9: too few values in struct literal of type T
prog.go:7:14: too many values in struct literal of type T
prog.go:8:8: unknown field c in struct literal of type T
prog.go:9:14: mixture of field:value and value elements in struct literal
prog.go:10:12: cannot use "a" (untyped string constant) as int value in array or slice literal
prog.go:11:21: cannot use 1 (untyped int constant) as string value in map literal
prog.go:13:6: cannot use "s" (untyped string constant) as int value in assignment
prog.go:20:6: impossible type assertion: i.(T)
	T does not implement interface{M()} (missing method M)
prog.go:23:12: continue label not defined: L
prog.go:25:2: break is not in a loop, switch, or select
prog.go:20:6: too many errors
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn combined_t5() {
    let src = r#"package main

type T struct{ a int }

func f() (int, int) { return 1, 2 }

func main() {
	x := 1
	x++
	y := 2
	y += 1
	z := 3
	z = 4
	var p T
	p.a = 1
	var q *T
	q.a = 2
	var m map[int]int
	m[1] = 2
	a, b := f()
	_ = a
	c := f()
	d, e := 1
	var g, h = 1, 2, 3
	_, _ = g, h
}
"#;
    let want = r#"prog.go:12:2: declared and not used: z
prog.go:20:5: declared and not used: b
prog.go:22:2: declared and not used: c
prog.go:22:7: assignment mismatch: 1 variable but f returns 2 values
prog.go:23:2: declared and not used: d
prog.go:23:5: declared and not used: e
prog.go:23:10: assignment mismatch: 2 variables but 1 value
prog.go:24:19: extra init expr 3
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn combined_t6() {
    let src = r#"package main

import "fmt"

func f(a int, s ...string) {}

func g() (x int) {
	if x > 0 {
		return
	} else {
		return 1, 2
	}
}

func h() int {
	switch {
	case true:
		return 1
	}
}

func k() int {
	for {
	}
}

func main() {
	f()
	f(1, "a", 2)
	f(1, []string{}...)
	fmt.Println("a" + 1)
	var v int = nil
	var w = undefinedThing
	h(1)
	main := 3
	_ = v + w + main
}
"#;
    let want = r#"prog.go:11:13: too many return values
	have (number, number)
	want (int)
prog.go:20:1: missing return
prog.go:28:2: not enough arguments in call to f
	have ()
	want (int, ...string)
prog.go:29:12: cannot use 2 (untyped int constant) as string value in argument to f
prog.go:31:14: invalid operation: "a" + 1 (mismatched types untyped string and untyped int)
prog.go:32:14: cannot use nil as int value in variable declaration
prog.go:33:10: undefined: undefinedThing
prog.go:34:4: too many arguments in call to h
	have (number)
	want ()
"#;
    assert_like_gc(src, want);
}
