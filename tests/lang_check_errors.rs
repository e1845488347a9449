//! The checker's compile errors against gc: every expected output below was produced by
//! running the program above it with `/work/shared/tools/real-go prog.go` (Go 1.27) and
//! copying its stderr verbatim; the test renders our diagnostics the same way.

use poolscope::lang::{compile_front, diag, CheckOptions};

fn gc_errors(src: &str) -> String {
    match compile_front(src, &CheckOptions::default()) {
        Ok(_) => String::new(),
        Err(d) => diag::render("prog.go", src, &d),
    }
}

fn assert_like_gc(src: &str, want: &str) {
    let got = gc_errors(src);
    assert_eq!(got, want, "\n--- ours ---\n{got}\n--- gc ---\n{want}");
}

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

/// Checked with real-go; expected output is its stderr.
#[test]
fn pool_and_sync_misuse() {
    let src = r#"package main

import (
	"bytes"
	"fmt"
	"sync"
)

var pool = sync.Pool{New: func() interface{} { return new(bytes.Buffer) }}

func main() {
	var b *bytes.Buffer = pool.Get()
	s := []int{}
	append(s, 1)
	pool.Put()
	pool.New = func() int { return 1 }
	var wg sync.WaitGroup
	wg.Add("1")
	defer wg.Done
	go fmt.Println
	fmt.Println(b.Len)
	var mu sync.Mutex
	mu.lock()
}
"#;
    let want = r#"prog.go:12:24: cannot use pool.Get() (value of interface type any) as *bytes.Buffer value in variable declaration: need type assertion
prog.go:14:2: append(s, 1) (value of type []int) is not used
prog.go:15:2: not enough arguments in call to pool.Put
	have ()
	want (any)
prog.go:16:13: cannot use func() int {…} (value of type func() int) as func() any value in assignment
prog.go:18:9: cannot use "1" (untyped string constant) as int value in argument to wg.Add
prog.go:19:8: expression in defer must be function call
prog.go:20:5: expression in go must be function call
prog.go:23:5: mu.lock undefined (type "sync".Mutex has no field or method lock, but does have method Lock)
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn assignments_calls_and_builtins() {
    let src = r#"package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Inc() { c.n++ }

func get() (int, error) { return 0, nil }

func main() {
	c := Counter{}
	c.Inc()
	v := get()
	x, err := get()
	x, err := get()
	var m map[string]int
	m.x = 1
	for i := range 3 {
		i = "a"
	}
	ch := make(chan int)
	close(ch, 1)
	fmt.Println(c, v, x, err, m)
	y := nil
	const k = len([]int{})
	var z int
	z()
}
"#;
    let want = r#"prog.go:14:7: assignment mismatch: 1 variable but get returns 2 values
prog.go:16:9: no new variables on left side of :=
prog.go:18:4: m.x undefined (type map[string]int has no field or method x)
prog.go:19:6: declared and not used: i
prog.go:20:7: cannot use "a" (untyped string constant) as int value in assignment
prog.go:23:2: invalid operation: too many arguments for close(ch, 1) (expected 1, found 2)
prog.go:25:2: declared and not used: y
prog.go:25:7: use of untyped nil in assignment
prog.go:26:12: len([]int{}) (value of type int) is not constant
prog.go:28:2: invalid operation: cannot call z (variable of type int): int is not a function
prog.go:19:6: too many errors
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn switch_cases_and_statements() {
    let src = r#"package main

import "fmt"

func f(n int) string {
	switch n {
	case "a":
		return "x"
	case 1, 1.5:
		return "y"
	}
	return 1
}

func g() {
	defer fmt.Println("a")
	recover
	x := [3]int{}
	x[5] = 1
	s := "str"
	s[0] = 'a'
	var p *int
	p.foo()
	var i interface{ M() }
	i.N()
	_ = x
}

func main() { f(1); g() }
"#;
    let want = r#"prog.go:7:7: cannot convert "a" (untyped string constant) to type int
prog.go:9:10: 1.5 (untyped float constant) truncated to int
prog.go:12:9: cannot use 1 (untyped int constant) as string value in return statement
prog.go:17:2: recover (built-in) must be called
prog.go:19:4: invalid argument: index 5 out of bounds [0:3]
prog.go:21:2: cannot assign to s[0] (neither addressable nor a map index expression)
prog.go:23:4: p.foo undefined (type *int has no field or method foo)
prog.go:25:4: i.N undefined (type interface{M()} has no field or method N)
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn constants_must_fit_their_type() {
    let src = r#"package main

import "fmt"

func main() {
	fmt.Println(1 << 70)
	var f float32 = 1e100
	var i any = 1 << 70
	var u uint = -1
	x := 5
	var y int8 = x
	const k = 300
	var z int8 = k
	fmt.Println(f, i, u, y, z, 'a' * 1.5, "s" + 1)
}
"#;
    let want = r#"prog.go:6:14: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in argument to fmt.Println (overflows)
prog.go:7:18: cannot use 1e100 (untyped float constant 1e+100) as float32 value in variable declaration (overflows)
prog.go:8:14: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in variable declaration (overflows)
prog.go:9:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
prog.go:11:15: cannot use x (variable of type int) as int8 value in variable declaration
prog.go:13:15: cannot use k (untyped int constant 300) as int8 value in variable declaration (overflows)
prog.go:14:40: invalid operation: "s" + 1 (mismatched types untyped string and untyped int)
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn short_var_decl_constant_overflow() {
    let src = r#"package main

func main() {
	x := 1 << 70
	_ = x
}
"#;
    let want = r#"prog.go:4:7: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment (overflows)
"#;
    assert_like_gc(src, want);
}

/// Checked with `real-go --go 1.21`: ranging over an integer needs Go 1.22, so the
/// version option is part of checking, not only of loop-variable semantics.
#[test]
fn range_over_int_needs_go_1_22() {
    let src = r#"package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Println(i)
	}
	for range 2 {
	}
}
"#;
    let want = r#"prog.go:6:17: cannot range over 3 (untyped int constant): requires go1.22 or later (-lang was set to go1.21; check go.mod)
prog.go:9:12: cannot range over 2 (untyped int constant): requires go1.22 or later (-lang was set to go1.21; check go.mod)
"#;
    let opts = CheckOptions {
        go_version: poolscope::lang::GoVersion::Go121,
    };
    let got = match compile_front(src, &opts) {
        Ok(_) => String::new(),
        Err(d) => diag::render("prog.go", src, &d),
    };
    assert_eq!(got, want);
    assert!(compile_front(src, &CheckOptions::default()).is_ok());
}

/// Checked with real-go. gc names types as the program spells them (`byte`, `rune`,
/// `interface{}` but `any` when written `any`), and an untyped constant that does not fit
/// the other operand's type is a conversion error, not a mismatch.
#[test]
fn types_keep_their_spelling_in_messages() {
    let src = r#"package main

import (
	"bytes"
	"fmt"
)

func takes(b []byte, r rune, xs ...byte) interface{} { return nil }

func half(x interface{}) byte {
	return "no"
}

func main() {
	var b byte = 300
	var r rune = "x"
	var i interface{} = 1
	var s string = i
	var any2 any = 2
	var t string = any2
	c := byte(1)
	var n int = c
	var buf bytes.Buffer
	buf.Write("str")
	takes("a", 1, 2)
	takes()
	fmt.Println(b, r, s, t, n, c + 1.5, half(1))
}
"#;
    let want = r#"prog.go:11:9: cannot use "no" (untyped string constant) as byte value in return statement
prog.go:15:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)
prog.go:16:15: cannot use "x" (untyped string constant) as rune value in variable declaration
prog.go:18:17: cannot use i (variable of type interface{}) as string value in variable declaration: need type assertion
prog.go:20:17: cannot use any2 (variable of interface type any) as string value in variable declaration: need type assertion
prog.go:22:14: cannot use c (variable of type byte) as int value in variable declaration
prog.go:24:12: cannot use "str" (untyped string constant) as []byte value in argument to buf.Write
prog.go:25:8: cannot use "a" (untyped string constant) as []byte value in argument to takes
prog.go:26:2: not enough arguments in call to takes
	have ()
	want ([]byte, rune, ...byte)
prog.go:27:33: 1.5 (untyped float constant) truncated to byte
prog.go:27:33: too many errors
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn channels_methods_and_builtins_misuse() {
    let src = r#"package main

import (
	"bytes"
	"fmt"
)

type Conn struct{ x int }

func (c *Conn) Close() error { return nil }

func (b bytes.Buffer) Foo() {}

func main() {
	m := map[string]Conn{}
	m["a"].x = 1
	m["a"].Close()
	go func() {}
	var rc <-chan int
	rc <- 1
	ch := make(chan int)
	for i, v := range ch {
		fmt.Println(i, v)
	}
	fmt.Println(len(5), new(5), make(int), make([]int))
	var x int
	_ = x.(int)
	panic()
	select {
	case x > 1:
	}
}
"#;
    let want = r#"prog.go:12:9: cannot define new methods on non-local type bytes.Buffer
prog.go:16:2: cannot assign to struct field m["a"].x in map
prog.go:17:9: cannot call pointer method Close on Conn
prog.go:18:5: expression in go must be function call
prog.go:20:2: invalid operation: cannot send to receive-only channel <-chan int rc (variable of type <-chan int)
prog.go:22:9: range over ch (variable of type chan int) permits only one iteration variable
prog.go:25:18: invalid argument: 5 (untyped int constant) for built-in len
prog.go:25:22: new(5) requires go1.26 or later (-lang was set to go1.22; check go.mod)
prog.go:25:35: invalid argument: cannot make int: type must be slice, map, or channel
prog.go:25:41: invalid operation: make([]int) expects 2 or 3 arguments; found 1
prog.go:25:41: too many errors
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn receives_sends_and_select_cases() {
    let src = r#"package main

import "fmt"

func main() {
	var x int
	_ = x.(int)
	panic()
	ch := make(chan<- int)
	v := <-ch
	<-x
	x <- 1
	fmt.Println(v)
	select {
	case x > 1:
	}
}
"#;
    let want = r#"prog.go:7:6: invalid operation: x (variable of type int) is not an interface
prog.go:8:2: invalid operation: not enough arguments for panic() (expected 1, found 0)
prog.go:10:9: invalid operation: cannot receive from send-only channel chan<- int ch (variable of type chan<- int)
prog.go:11:4: invalid operation: cannot receive from non-channel int x (variable of type int)
prog.go:12:2: invalid operation: cannot send to non-channel int x (variable of type int)
prog.go:15:9: select case must be send or receive (possibly with assignment)
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn constant_with_undefined_type_is_reported_once() {
    let src = r#"package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type Closer interface {
	Close() error
}

type ReadCloser interface {
	Closer
	Read() string
}

type Point struct{ X, Y int }

type Inner struct{ Point }

func (p Point) Sum() int { return p.X + p.Y }

type Conn struct {
	Inner
	buf  [4]byte
	tags map[Point][]string
}

func (c *Conn) Close() error { return nil }
func (c *Conn) Read() string { return "r" }

var _ Closer = (*Conn)(nil)

var ErrClosed = errors.New("closed")

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

const Timeout time.Duration = 5 * time.Second

func split() (string, error) { return "a", nil }

func twice(s string, err error) string { return s + s }

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case int, int64:
		return fmt.Sprint("int ", x)
	default:
		return "other"
	}
}

func main() {
	c := &Conn{tags: map[Point][]string{}}
	c.X = 1
	c.Inner.Point.Y = 2
	fmt.Println(c.Sum(), c.Point.Sum(), len(c.buf))
	var rc ReadCloser = c
	closeFn := rc.Close
	defer closeFn()
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	handlers := map[string]func(int) int{"dbl": func(x int) int { return 2 * x }}
	fmt.Println(handlers["dbl"](21), twice(split()), even(10))
	a := []int{1, 2}
	b := []int{3}
	a = append(a, b...)
	bs := append([]byte("x"), "yz"...)
	s := "héllo"
	s += "!"
	fmt.Println(a, string(bs), s[0] == 'h', string(rune(s[1])), len("héllo"))
	arr := [3]Point{{1, 2}, {3, 4}}
	px := &arr[0].X
	*px = 9
	p := new(int)
	*p = 5
	pp := &p
	**pp = 6
	c.tags[Point{1, 2}] = append(c.tags[Point{1, 2}], "t")
	var nilMap map[string]int
	fmt.Println(arr[0], *p, nilMap["x"], c.tags)
	var e error = ErrClosed
	fmt.Println(e == ErrClosed, errors.Is(e, ErrClosed))
	var target *MyErr
	err := fmt.Errorf("wrap: %w", &MyErr{"boom"})
	fmt.Println(errors.As(err, &target), target.msg, Timeout)
	u := uint64(1) << 63
	x := 100
	x &^= 4
	x <<= 2
	x %= 7
	fmt.Println(u, x)
	i := 0
	for ; i < 3; {
		i++
	}
	for i < 5 {
		i++
	}
outer:
	for _, row := range [][]int{{1, 2}, {3}} {
		for _, v := range row {
			if v == 2 {
				continue outer
			}
		}
	}
	ch := make(chan func(), 1)
	done := make(chan bool)
	go func() {
		f := <-ch
		f()
		done <- true
	}()
	ch <- func() { fmt.Println("ran") }
	<-done
	out := make(chan int, 1)
	select {
	case out <- 1:
	case v := <-out:
		fmt.Println(v)
	}
	switch n := 3; {
	case n > 2:
		fmt.Println("big")
		fallthrough
	case n > 100:
		fmt.Println("fell")
	}
	fmt.Println(classify(nil), classify(e), classify(7), classify(time.Second), classify(1.5))
	dst := make([]int, 3)
	copy(dst[1:], []int{7, 8})
	dst = dst[:0]
	three := a[0:1:2]
	fmt.Println(dst, three, cap(three), strings.Split("a,b", ",")[0], runtime.NumGoroutine() > 0)
	fmt.Printf("%5.2f|%-4d|%q\n", 3.14159, 7, "q")
	_, err2 := split()
	nested := struct {
		A struct{ B int }
	}{}
	nested.A.B = 1
	fmt.Println(err2, nested)
}
"#;
    let want = r#"prog.go:43:15: undefined: time
prog.go:156:64: undefined: time
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn array_length_must_be_a_constant_integer() {
    let src = r#"package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
)

type Closer interface {
	Close() error
}

type ReadCloser interface {
	Closer
	Read() string
}

type Point struct{ X, Y int }

type Inner struct{ Point }

func (p Point) Sum() int { return p.X + p.Y }

type Conn struct {
	Inner
	buf  [4]byte
	tags map[Point][]string
}

func (c *Conn) Close() error { return nil }
func (c *Conn) Read() string { return "r" }

var _ Closer = (*Conn)(nil)

var ErrClosed = errors.New("closed")

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

const Timeout time.Duration = 5 * time.Second

func split() (string, error) { return "a", nil }

func twice(s string, err error) string { return s + s }

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case int, int64:
		return fmt.Sprint("int ", x)
	default:
		return "other"
	}
}

func main() {
	c := &Conn{tags: map[Point][]string{}}
	c.X = 1
	c.Inner.Point.Y = 2
	fmt.Println(c.Sum(), c.Point.Sum(), len(c.buf))
	var rc ReadCloser = c
	closeFn := rc.Close
	defer closeFn()
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	handlers := map[string]func(int) int{"dbl": func(x int) int { return 2 * x }}
	fmt.Println(handlers["dbl"](21), twice(split()), even(10))
	a := []int{1, 2}
	b := []int{3}
	a = append(a, b...)
	bs := append([]byte("x"), "yz"...)
	s := "héllo"
	s += "!"
	fmt.Println(a, string(bs), s[0] == 'h', string(rune(s[1])), len("héllo"))
	arr := [3]Point{{1, 2}, {3, 4}}
	px := &arr[0].X
	*px = 9
	p := new(int)
	*p = 5
	pp := &p
	**pp = 6
	c.tags[Point{1, 2}] = append(c.tags[Point{1, 2}], "t")
	var nilMapmap[string]int
	fmt.Println(arr[0], *p, nilMap["x"], c.tags)
	var e error = ErrClosed
	fmt.Println(e == ErrClosed, errors.Is(e, ErrClosed))
	var target *MyErr
	err := fmt.Errorf("wrap: %w", &MyErr{"boom"})
	fmt.Println(errors.As(err, &target), target.msg, Timeout)
	u := uint64(1) << 63
	x := 100
	x &^= 4
	x <<= 2
	x %= 7
	fmt.Println(u, x)
	i := 0
	for ; i < 3; {
		i++
	}
	for i < 5 {
		i++
	}
outer:
	for _, row := range [][]int{{1, 2}, {3}} {
		for _, v := range row {
			if v == 2 {
				continue outer
			}
		}
	}
	ch := make(chan func(), 1)
	done := make(chan bool)
	go func() {
		f := <-ch
		f()
		done <- true
	}()
	ch <- func() { fmt.Println("ran") }
	<-done
	out := make(chan int, 1)
	select {
	case out <- 1:
	case v := <-out:
		fmt.Println(v)
	}
	switch n := 3; {
	case n > 2:
		fmt.Println("big")
		fallthrough
	case n > 100:
		fmt.Println("fell")
	}
	fmt.Println(classify(nil), classify(e), classify(7), classify(time.Second), classify(1.5))
	dst := make([]int, 3)
	copy(dst[1:], []int{7, 8})
	dst = dst[:0]
	three := a[0:1:2]
	fmt.Println(dst, three, cap(three), strings.Split("a,b", ",")[0], runtime.NumGoroutine() > 0)
	fmt.Printf("%5.2f|%-4d|%q\n", 3.14159, 7, "q")
	_, err2 := split()
	nested := struct {
		A struct{ B int }
	}{}
	nested.A.B = 1
	fmt.Println(err2, nested)
}
"#;
    let want = r#"prog.go:107:6: declared and not used: nilMapmap
prog.go:107:16: invalid array length string
prog.go:108:26: undefined: nilMap
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn same_message_twice_on_a_line_is_reported_once() {
    let src = r#"package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
)

type Animal interface {
	Sound() string
}

type Named interface {
	Animal
	Name() string
}

type Base struct{ name string }

func (b *Base) Name() string { return b.name }

type Dog struct {
	*Base
	age int
}

func (d Dog) Sound() string { return "woof" }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type HandlerFunc func(int) int

func (h HandlerFunc) Call(x int) int { return h(x) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	_
	Wednesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue", "Wed"}[d] }

var ErrBoom = errors.New("boom")

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func variadic(prefix string, xs ...int) int { return len(prefix) + len(xs) }

func pair() (a, b int) { return 1, 2 }

func main() {
	var n Named = Dog{Base: &Base{"rex"}, age: 3}
	fmt.Println(n.Name(), n.Sound())
	d := Dog{&Base{"fido"}, 1}
	f := d.Name
	fmt.Println(f(), d.age, IntList{1, 2, 3}.Sum(), HandlerFunc(func(x int) int { return x * 2 }).Call(4))
	fmt.Println(Monday, Wednesday, Weekday(0))
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	add := adder()
	add(1)
	fmt.Println(fib(10), add(2), variadic("ab", 1, 2), variadic("x", []int{1, 2, 3}...))
	a, b := pair()
	a, b = b, a
	shift := 3
	fmt.Println(a, b, 1<<shift, uint8(200)+50, 7/2, 7.0/2, -7%3)
	for i, r := range "héllo" {
		_ = i
		_ = r
	}
	m := map[string]struct{ X, Y int }{"p": {1, 2}}
	grid := [][]int{{1}, {2, 3}}
	grid[1] = append(grid[1], 4)
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	copy(sl, []int{9})
	fmt.Println(m["p"].X, grid, arr, len(arr), min(3, 1, 2), max(2.5, 1))
	if v, ok := m["q"]; !ok {
		fmt.Println("missing", v)
	}
	switch x := len(sl); {
	case x > 2:
		fmt.Println("big")
	}
	for k := range m {
		delete(m, k)
	}
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon, anon == struct {
		A int
		B string
	}{1, "b"})
	var p1, p2 *Base
	var e error
	fmt.Println(p1 == p2, e == nil, errors.Is(fmt.Errorf("wrap: %w", ErrBoom), ErrBoom))
	done := make(chan struct{})
	results := make(chan chan int, 1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			count += i
		}()
	}
	wg.Wait()
	close(done)
	<-done
	inner := make(chan int, 1)
	results <- inner
	inner <- 5
	fmt.Println(<-<-results, count, len(inner), cap(inner))
	var once sync.Once
	once.Do(func() { fmt.Println("once") })
	timeout := time.Duration(2) * time.Millisecond
	select {
	case <-time.After(timeout):
		fmt.Println("timeout", timeout)
	}
	var sb strings.Builder
	sb.WriteString("a")
	sb.WriteByte('b')
	var buf bytes.Buffer
	buf.Write([]byte("xy"))
	buf.WriteRune('é')
	fmt.Println(sb.String(), buf.String(), string(rune(65)), []byte("A"), strings.Repeat("-", 3))
	runtime.GOMAXPROCS(1)
	runtime.GC()
	debug.SetGCPercent(100)
	var _ = count
	if count < 0 {
		os.Exit(3)
	}
	type local struct{ v int }
	l := &local{v: 1}
	l.v++
	fmt.Printf("%T %v\n", l, l.v)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered", r)
			}
		}()
		var arr2 []int
		_ = arr2[5]
	}()
	const big = 1 << 40
	fmt.Println(big/1024, float64(big), time.Second*2)
}
"#;
    let want = r#"prog.go:148:13: undefined: time
prog.go:150:9: undefined: time
prog.go:181:38: undefined: time
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn packages_are_quoted_only_with_a_hint() {
    let src = r#"package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"
)

type Animal interface {
	Sound() string
}

type Named interface {
	Animal
	Name() string
}

type Base struct{ name string }

func (b *Base) Name() string { return b.name }

type Dog struct {
	*Base
	age int
}

func (d Dog) Sound() string { return "woof" }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type HandlerFunc func(int) int

func (h HandlerFunc) Call(x int) int { return h(x) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	_
	Wednesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue", "Wed"}[d] }

var ErrBoom = errors.New("boom")

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func variadic(prefix string, xs ...int) int { return len(prefix) + len(xs) }

func pair() (a, b int) { return 1, 2 }

func main() {
	var n Named = Dog{Base: &Base{"rex"}, age: 3}
	fmt.Println(n.Name(), n.Sound())
	d := Dog{&Base{"fido"}, 1}
	f := d.Name
	fmt.Println(f(), d.age, IntList{1, 2, 3}.Sum(), HandlerFunc(func(x int) int { return x * 2 }).Call(4))
	fmt.Println(Monday, Wednesday, Weekday(0))
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	add := adder()
	add(1)
	fmt.Println(fib(10), add(2), variadic("ab", 1, 2), variadic("x", []int{1, 2, 3}...))
	a, b := pair()
	a, b = b, a
	shift := 3
	fmt.Println(a, b, 1<<shift, uint8(200)+50, 7/2, 7.0/2, -7%3)
	for i, r := range "héllo" {
		_ = i
		_ = r
	}
	m := map[string]struct{ X, Y int }{"p": {1, 2}}
	grid := [][]int{{1}, {2, 3}}
	grid[1] = append(grid[1], 4)
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	copy(sl, []int{9})
	fmt.Println(m["p"].X, grid, arr, len(arr), min(3, 1, 2), max(2.5, 1))
	if v, ok := m["q"]; !ok {
		fmt.Println("missing", v)
	}
	switch x := len(sl); {
	case x > 2:
		fmt.Println("big")
	}
	for k := range m {
		delete(m, k)
	}
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon, anon == struct {
		A int
		B string
	}{1, "b"})
	var p1, p2 *Base
	var e error
	fmt.Println(p1 == p2, e == nil, errors.Is(fmt.Errorf("wrap: %w", ErrBoom), ErrBoom))
	done := make(chan struct{})
	results := make(chan chan int, 1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			count += i
		}()
	}
	wg.Wait()
	close(done)
	<-done
	inner := make(chan int, 1)
	results <- inner
	inner <- 5
	fmt.Println(<-<-results, count, len(inner), cap(inner))
	var once sync.Once
	once.Do(func() { fmt.Println("once") })
	timeout := time.Duration(2) * time.Millisecond
	select {
	case <-time.After(timeout):
		fmt.Println("timeout", timeout)
	}
	var sb strings.Builder
	sb.WriteString("a")
	sb.WriteByte('b')
	var buf bytes.Buffer
	buf.Writinte([]byte("xy"))
	buf.WriteRune('é')
	fmt.Println(sb.String(), buf.String(), string(rune(65)), []byte("A"), strings.Repeat("-", 3))
	runtime.GOMAXPROCS(1)
	runtime.GC()
	debug.SetGCPercent(100)
	var _ = count
	if count < 0 {
		os.Exit(3)
	}
	type local struct{ v int }
	l := &local{v: 1}
	l.v++
	fmt.Printf("%T %v\n", l, l.v)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered", r)
			}
		}()
		var arr2 []int
		_ = arr2[5]
	}()
	const big = 1 << 40
	fmt.Println(big/1024, float64(big), time.Second*2)
}
"#;
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
    let src = r#"// Lesson 16: processBuffer with defer Reset+Put, a mutex with defer Unlock, and
// goroutines sharing one pool.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

var buffers = sync.Pool{New: func() any {
	stats.mu.Lock()
	defer stats.mu.Unlock()
	stats.news++
	return new(bytes.Buffer)
}}

var stats struct {
	mu      sync.Mutex
	news    int
	handled int
	lines   []string
}

func record(line string) {
	stats.mu.Lock()
	defer stats.mu.Unlock()
	stats.handled++
	stats.lines = append(stats.lines, line)
}

func processBuffer(id int, words []string) {
	buf := buffers.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		buffers.Put(buf)
	}()
&	buf.WriteString(fmt.Sprintf("req %d:", id))
	for _, w := range words {
		buf.WriteByte(' ')
		buf.WriteString(strings.ToUpper(w))
	}
	record(buf.String())
}

func main() {
	requests := [][]string{{"get", "put"}, {"new"}, {"defer", "reset"}, {"gc"}, {"victim"}}
	var wg sync.WaitGroup
	for id, words := range requests {
		wg.Add(1)
		go func() {
			defer wg.Done()
			processBuffer(id+1, words)
		}()
	}
	wg.Wait()
	// Lines are in the order the goroutines ran: with one P, the last one started
	// runs first (runnext), then the rest in order.
	for _, l := range stats.lines {
		fmt.Println(l)
	}
	fmt.Println("handled", stats.handled, "requests with", stats.news, "buffer(s)")
}
"#;
    let want = r#"prog.go:39:3: multiple-value buf.WriteString(fmt.Sprintf("req %d:", id)) (value of type (n int, err error)) in single-value context
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn malformed_literal_is_not_checked_further() {
    let src = r#"// Lesson 16: processBuffer with defer Reset+Put, a mutex with defer Unlock, and
// goroutines sharing one pool.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

var buffers = sync.Pool{New: func() any {
	stats.mu.Lock()
	defer stats.mu.Unlock()
	stats.news++
	return new(bytes.Buffer)
}}

var stats struct {
	mu      sync.Mutex
	news    int
	handled int
	lines   []string
}

func record(line string) {
	stats.mu.Lock()
	defer stats.mu.Unlock()
	stats.handled++
	stats.lines = append(stats.lines, line)
}

func processBuffer(id int, words []string) {
	buf := buffers.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		buffers.Put(buf)
	}()
	buf.WriteString(fmt.Sprintf("req %d:", id))
	for _, w := range words {
')
		buf.WriteString(strings.ToUpper(w))
	}
	record(buf.String())
}

func main() {
	requests := [][]string{{"get", "put"}, {"new"}, {"defer", "reset"}, {"gc"}, {"victim"}}
	var wg sync.WaitGroup
	for id, words := range requests {
		wg.Add(1)
		go func() {
			defer wg.Done()
			processBuffer(id+1, words)
		}()
	}
	wg.Wait()
	// Lines are in the order the goroutines ran: with one P, the last one started
	// runs first (runnext), then the rest in order.
	for _, l := range stats.lines {
		fmt.Println(l)
	}
	fmt.Println("handled", stats.handled, "requests with", stats.news, "buffer(s)")
}
"#;
    let want = r#"prog.go:41:3: newline in rune literal
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go; expected output is its stderr.
#[test]
fn nil_is_not_a_type() {
    let src = r#"// Lesson 16: processBuffer with defer Reset+Put, a mutex with defer Unlock, and
// goroutines sharing one pool.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

var buffers = sync.Pool{New: func() any {
	stats.mu.Lock()
	defer stats.mu.Unlock()
	stats.news++
	return new(bytes.Buffer)
}}

var stats struct {
	mu      sync.Mutex
	news    int
	handled int
	lines   []string
}

func record(line string) {
	stats.mu.Lock()
	defer stats.mu.Unlock()
	stats.handled++
	stats.lines = append(stats.lines, line)
}

func processBuffer(id int, words []string) {
	buf := buffers.Get().(*bytes.Buffer)
	defer func(nil) {
		buf.Reset()
		buffers.Put(buf)
	}()
	buf.WriteString(fmt.Sprintf("req %d:", id))
	for _, w := range words {
		buf.WriteByte(' ')
		buf.WriteString(strings.ToUpper(w))
	}
	record(buf.String())
}

func main() {
	requests := [][]string{{"get", "put"}, {"new"}, {"defer", "reset"}, {"gc"}, {"victim"}}
	var wg sync.WaitGroup
	for id, words := range requests {
		wg.Add(1)
		go func() {
			defer wg.Done()
			processBuffer(id+1, words)
		}()
	}
	wg.Wait()
	// Lines are in the order the goroutines ran: with one P, the last one started
	// runs first (runnext), then the rest in order.
	for _, l := range stats.lines {
		fmt.Println(l)
	}
	fmt.Println("handled", stats.handled, "requests with", stats.news, "buffer(s)")
}
"#;
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
    let src = r#"package main

import (
	"bytes"
	"fmt"
	"sync"
)

type Conn struct {
	id   int
	name string
}

type Celsius float64

func (c *Conn) Close() error { return nil }
func (c Conn) String() string { return fmt.Sprintf("conn%d", c.id) }

var pool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

const (
	A = iota
	B
	C
)

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	q = a / b
	return
}

func main() {
	buf := pool.Get().(*bytes.Buffer)
	buf.Reset()
	defer pool.Put(buf)
	m := map[string]int{"a": 1, "b": 2}
	if v, ok := m["a"]; ok && v > 0 {
		fmt.Println(v)
	} else if x := 3; x > 2 {
	} else {
	}
	s = append(s, 4)
	for i := 0; i < len(s); i++ {
		s[i] *= 2
	}
	for i, v := range s[1:3] {
		_ = i + v
	}
	for range 3 {
	}
outer:
	for {
		switch {
		case len(s) > 2:
			break outer
		default:
			fallthrough
		}
	}
	ch := make(chan int, 1)
	go func(c chan<- int) { c <- 1 }(ch)
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	default:
	}
	var i interface{} = Conn{1, "x"}
	switch t := i.(type) {
	case Conn, *Conn:
		_ = t
	case nil:
	}
	p := &Conn{id: 1}
	p.id++
	fmt.Println(Celsius(1.5), A, B, C, *p, []byte("hi"), <-ch)
}
"#;
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
    let src = r#"package main

import (
	"bytes"
	"fmt"
	"sync"
)

type Conn struct {
	id   int
	name string
}

type Celsius float64

func (c *Conn) Close() error { return nil }
func (c Conn) String() string { return fmt.Sprintf("conn%d", c.id) }

var pool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

const (
	A = iota
	B
	C
)

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	q = a / b
	return
}

func main() {
	buf := pool.Get().(*bytes.Buffer)
	buf.Reset()
	defer pool.Put(buf)
	m := map[string]int{"a": 1, "b": 2}
	if v, ok := m["a"]; ok && v > 0 {
		fmt.Println(v)
	} else if x := 3; x > 2 {
	} else {
	}
	s := []int{1, 2, 3}
	s = append(s, 4)
	for i := 0; i < len(s); i++ {
		s[i] *= 2
	}
	for i, v := range s[1:3] {
		_ = i + v
	}
	for range 3 {
	}
outer:
	for {
		switch {
		case len(s) > 2:
			break outer
		default:
			fallthrough
		}
	}
	ch := make(chan int, 1)
	go func(c chan<- int) { c <- 1 }(ch)
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	default:
	}
	var i interface{} = Conn{1, "x"}
	switch t := i.(type) {
	case Conn, *Conn:
	case nil:
	}
	p := &Conn{id: 1}
	p.id++
	fmt.Println(Celsius(1.5), A, B, C, *p, []byte("hi"), <-ch)
}
"#;
    let want = r#"prog.go:63:4: cannot fallthrough final case in switch
prog.go:74:9: t declared and not used
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn undefined_embedded_type_causes_no_follow_on_errors() {
    let src = r#"package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"
)

type Animal interface {
	Sound() string
}

type Named interface {
	Animal
	Name() string
}


func (b *Base) Name() string { return b.name }

type Dog struct {
	*Base
	age int
}

func (d Dog) Sound() string { return "woof" }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type HandlerFunc func(int) int

func (h HandlerFunc) Call(x int) int { return h(x) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	_
	Wednesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue", "Wed"}[d] }

var ErrBoom = errors.New("boom")

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func variadic(prefix string, xs ...int) int { return len(prefix) + len(xs) }

func pair() (a, b int) { return 1, 2 }

func main() {
	var n Named = Dog{Base: &Base{"rex"}, age: 3}
	fmt.Println(n.Name(), n.Sound())
	d := Dog{&Base{"fido"}, 1}
	f := d.Name
	fmt.Println(f(), d.age, IntList{1, 2, 3}.Sum(), HandlerFunc(func(x int) int { return x * 2 }).Call(4))
	fmt.Println(Monday, Wednesday, Weekday(0))
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	add := adder()
	add(1)
	fmt.Println(fib(10), add(2), variadic("ab", 1, 2), variadic("x", []int{1, 2, 3}...))
	a, b := pair()
	a, b = b, a
	shift := 3
	fmt.Println(a, b, 1<<shift, uint8(200)+50, 7/2, 7.0/2, -7%3)
	for i, r := range "héllo" {
		_ = i
		_ = r
	}
	m := map[string]struct{ X, Y int }{"p": {1, 2}}
	grid := [][]int{{1}, {2, 3}}
	grid[1] = append(grid[1], 4)
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	copy(sl, []int{9})
	fmt.Println(m["p"].X, grid, arr, len(arr), min(3, 1, 2), max(2.5, 1))
	if v, ok := m["q"]; !ok {
		fmt.Println("missing", v)
	}
	switch x := len(sl); {
	case x > 2:
		fmt.Println("big")
	}
	for k := range m {
		delete(m, k)
	}
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon, anon == struct {
		A int
		B string
	}{1, "b"})
	var p1, p2 *Base
	var e error
	fmt.Println(p1 == p2, e == nil, errors.Is(fmt.Errorf("wrap: %w", ErrBoom), ErrBoom))
	done := make(chan struct{})
	results := make(chan chan int, 1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			count += i
		}()
	}
	wg.Wait()
	close(done)
	<-done
	inner := make(chan int, 1)
	results <- inner
	inner <- 5
	fmt.Println(<-<-results, count, len(inner), cap(inner))
	var once sync.Once
	once.Do(func() { fmt.Println("once") })
	timeout := time.Duration(2) * time.Millisecond
	select {
	case <-time.After(timeout):
		fmt.Println("timeout", timeout)
	}
	var sb strings.Builder
	sb.WriteString("a")
	sb.WriteByte('b')
	var buf bytes.Buffer
	buf.Write([]byte("xy"))
	buf.WriteRune('é')
	fmt.Println(sb.String(), buf.String(), string(rune(65)), []byte("A"), strings.Repeat("-", 3))
	runtime.GOMAXPROCS(1)
	runtime.GC()
	debug.SetGCPercent(100)
	var _ = count
	if count < 0 {
		os.Exit(3)
	}
	type local struct{ v int }
	l := &local{v: 1}
	l.v++
	fmt.Printf("%T %v\n", l, l.v)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered", r)
			}
		}()
		var arr2 []int
		_ = arr2[5]
	}()
	const big = 1 << 40
	fmt.Println(big/1024, float64(big), time.Second*2)
}
"#;
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
    let src = r#"package main

import (
	"bytes"
	"fmt"
	"sync"
)

var pool = sync.Pool{New: func() any { return new(bytes.Bxuffer) }}

// g1 puts its buffer back but keeps writing to it; by then g2 has got the same
// buffer from the pool, so g1's late write lands in g2's request.
func main() {
	var wg sync.WaitGroup
	turn := make(chan bool)
	var seenByG2 string
	wg.Add(2)
	go func() {
		defer wg.Done()
		buf := pool.Get().(*bytes.Buffer)
		buf.WriteString("g1 request")
		pool.Put(buf)
		turn <- true // g2's turn
		<-turn
		buf.WriteString(" +late write from g1")
		turn <- true
	}()
	go func() {
		defer wg.Done()
		<-turn
		buf := pool.Get().(*bytes.Buffer)
		buf.Reset()
		buf.WriteString("g2 request")
		turn <- true // g1's turn
		<-turn
		seenByG2 = buf.String()
		buf.Reset()
		pool.Put(buf)
	}()
	wg.Wait()
	fmt.Println("g2 sends:", seenByG2)
}
"#;
    let want = r#"prog.go:9:57: undefined: bytes.Bxuffer
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn new_of_an_unknown_package_type_is_undefined() {
    let src = r#"package main

import (
	"errors"
	"fmt"
	"sync"
)

type Conn struct{ id int }

func (c *Conn) Close() error { return nil }

type Celsius float64

const (
	A = iota
	B
)

var pool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("boom")
		}
	}()
	return a / b, nil
}

func main() {
	buf := pool.Get().(*bytes.Buffer)
	defer pool.Put(buf)
	m := map[string][]int{"a": {1, 2}}
	ch := make(chan int, 1)
	go func() { ch <- len(m["a"]) }()
	select {
	case v, ok := <-ch:
		fmt.Println(v, ok)
	default:
	}
	for i, s := range []string{"x", "y"} {
		fmt.Printf("%d %s %T\n", i, s, Celsius(1))
	}
	var x any = &Conn{id: A + B}
	switch c := x.(type) {
	case *Conn:
		c.Close()
	}
	q, err := div(1, 0)
	fmt.Println(q, err)
}
"#;
    let want = r#"prog.go:20:51: undefined: bytes
prog.go:32:22: undefined: bytes
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go (a one-token mutation of a valid program).
#[test]
fn invalid_assertion_leaves_its_package_unused() {
    let src = r#"package main

import (
	"bytes"
	"errors"
	"fmt"
	"sync"
)

type Conn struct{ id int }

func (c *Conn) Close() error { return nil }

type Celsius float64

const (
	A = iota
	B
)


func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("boom")
		}
	}()
	return a / b, nil
}

func main() {
	buf := pool.Get().(*bytes.Buffer)
	defer pool.Put(buf)
	m := map[string][]int{"a": {1, 2}}
	ch := make(chan int, 1)
	go func() { ch <- len(m["a"]) }()
	select {
	case v, ok := <-ch:
		fmt.Println(v, ok)
	default:
	}
	for i, s := range []string{"x", "y"} {
		fmt.Printf("%d %s %T\n", i, s, Celsius(1))
	}
	var x any = &Conn{id: A + B}
	switch c := x.(type) {
	case *Conn:
		c.Close()
	}
	q, err := div(1, 0)
	fmt.Println(q, err)
}
"#;
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
    let src = r#"package main

import (
	"bytes"
	"errors"
	"fmt"
	"sync"
)

type Conn struct{ id int }

func (c *Conn) Close() error { return nil }

type Celsius float64

const (
	A iota
	B
)

var pool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("boom")
		}
	}()
	return a / b, nil
}

func main() {
	buf := pool.Get().(*bytes.Buffer)
	defer pool.Put(buf)
	m := map[string][]int{"a": {1, 2}}
	ch := make(chan int, 1)
	go func() { ch <- len(m["a"]) }()
	select {
	case v, ok := <-ch:
		fmt.Println(v, ok)
	default:
	}
	for i, s := range []string{"x", "y"} {
		fmt.Printf("%d %s %T\n", i, s, Celsius(1))
	}
	var x any = &Conn{id: A + B}
	switch c := x.(type) {
	case *Conn:
		c.Close()
	}
	q, err := div(1, 0)
	fmt.Println(q, err)
}
"#;
    let want = r#"prog.go:17:2: missing init expr for A
prog.go:17:4: iota (constant) is not a type
prog.go:18:2: missing init expr for B
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go: no count mismatch is reported when a value is itself in error.
#[test]
fn no_assignment_mismatch_over_broken_values() {
    let src = r#"package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
)

type Closer interface {
	Close() error
}

type ReadCloser interface {
	Closer
	Read() string
}

type Point struct{ X, Y int }

type Inner struct{ Point }

func (p Point) Sum() int { return p.X + p.Y }

type Conn struct {
	Inner
	buf  [4]byte
	tags map[Point][]string
}

func (c *Conn) Close() error { return nil }
func (c *Conn) Read() string { return "r" }

var _ Closer = (*Conn)(nil)

var ErrClosed = errors.New("closed")

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

const Timeout time.Duration = 5 * time.Second

func split() (string, error) { return "a", nil }

func twice(s string, err error) string { return s + s }

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case int, int64:
		return fmt.Sprint("int ", x)
	default:
		return "other"
	}
}

func main() {
	c := &Conn{tags: map[Point][]string{}}
	c.X = 1
	c.Inner.Point.Y = 2
	fmt.Println(c.Sum(), c.Point.Sum(), len(c.buf))
	var rc ReadCloser = c
	closeFn := rc.Close
	defer closeFn()
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	handlers := map[string]func(int) int{"dbl": func(x int) int { return 2 * x }}
	fmt.Println(handlers["dbl"](21), twice(split()), even(10))
	a := []int{1, 2}
	b := []int{3}
	a = append(a, b...)
	bs := append([]byte("x"), "yz"...)
	s := "héllo"
	s += "!"
	fmt.Println(a, string(bs), s[0] == 'h', string(rune(s[1])), len("héllo"))
	arr := [3]Point{{1, 2}, {3, 4}}
	px := &arr[0].X
	*px = 9
	p := new(int)
	*p = 5
	pp := &p
	**pp = 6
	c.tags[Point{1, 2}] = append(c.tags[Point{1, 2}], "t")
	var nilMap map[string]int
	fmt.Println(arr[0], *p, nilMap["x"], c.tags)
	var e error = ErrClosed
	fmt.Println(e == ErrClosed, errors.Is(e, ErrClosed))
	var target *MyErr
	err := fmt.Errorf("wrap: %w", &MyErr{"boom"})
	fmt.Println(errors.As(err, &target), target.msg, Timeout)
	u := uin,t64(1) << 63
	x := 100
	x &^= 4
	x <<= 2
	x %= 7
	fmt.Println(u, x)
	i := 0
	for ; i < 3; {
		i++
	}
	for i < 5 {
		i++
	}
outer:
	for _, row := range [][]int{{1, 2}, {3}} {
		for _, v := range row {
			if v == 2 {
				continue outer
			}
		}
	}
	ch := make(chan func(), 1)
	done := make(chan bool)
	go func() {
		f := <-ch
		f()
		done <- true
	}()
	ch <- func() { fmt.Println("ran") }
	<-done
	out := make(chan int, 1)
	select {
	case out <- 1:
	case v := <-out:
		fmt.Println(v)
	}
	switch n := 3; {
	case n > 2:
		fmt.Println("big")
		fallthrough
	case n > 100:
		fmt.Println("fell")
	}
	fmt.Println(classify(nil), classify(e), classify(7), classify(time.Second), classify(1.5))
	dst := make([]int, 3)
	copy(dst[1:], []int{7, 8})
	dst = dst[:0]
	three := a[0:1:2]
	fmt.Println(dst, three, cap(three), strings.Split("a,b", ",")[0], runtime.NumGoroutine() > 0)
	fmt.Printf("%5.2f|%-4d|%q\n", 3.14159, 7, "q")
	_, err2 := split()
	nested := struct {
		A struct{ B int }
	}{}
	nested.A.B = 1
	fmt.Println(err2, nested)
}
"#;
    let want = r#"prog.go:114:7: undefined: uin
prog.go:114:11: undefined: t64
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go: a non-name declared by a range clause.
#[test]
fn range_cannot_declare_a_non_name() {
    let src = r#"package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"
)

type Animal interface {
	Sound() string
}

type Named interface {
	Animal
	Name() string
}

type Base struct{ name string }

func (b *Base) Name() string { return b.name }

type Dog struct {
	*Base
	age int
}

func (d Dog) Sound() string { return "woof" }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type HandlerFunc func(int) int

func (h HandlerFunc) Call(x int) int { return h(x) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	_
	Wednesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue", "Wed"}[d] }

var ErrBoom = errors.New("boom")

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func variadic(prefix string, xs ...int) int { return len(prefix) + len(xs) }

func pair() (a, b int) { return 1, 2 }

func main() {
	var n Named = Dog{Base: &Base{"rex"}, age: 3}
	fmt.Println(n.Name(), n.Sound())
	d := Dog{&Base{"fido"}, 1}
	f := d.Name
	fmt.Println(f(), d.age, IntList{1, 2, 3}.Sum(), HandlerFunc(func(x int) int { return x * 2 }).Call(4))
	fmt.Println(Monday, Wednesday, Weekday(0))
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	add := adder()
	add(1)
	fmt.Println(fib(10), add(2), variadic("ab", 1, 2), variadic("x", []int{1, 2, 3}...))
	a, b := pair()
	a, b = b, a
	shift := 3
	fmt.Println(a, b, 1<<shift, uint8(200)+50, 7/2, 7.0/2, -7%3)
	for i,+ r := range "héllo" {
		_ = i
		_ = r
	}
	m := map[string]struct{ X, Y int }{"p": {1, 2}}
	grid := [][]int{{1}, {2, 3}}
	grid[1] = append(grid[1], 4)
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	copy(sl, []int{9})
	fmt.Println(m["p"].X, grid, arr, len(arr), min(3, 1, 2), max(2.5, 1))
	if v, ok := m["q"]; !ok {
		fmt.Println("missing", v)
	}
	switch x := len(sl); {
	case x > 2:
		fmt.Println("big")
	}
	for k := range m {
		delete(m, k)
	}
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon, anon == struct {
		A int
		B string
	}{1, "b"})
	var p1, p2 *Base
	var e error
	fmt.Println(p1 == p2, e == nil, errors.Is(fmt.Errorf("wrap: %w", ErrBoom), ErrBoom))
	done := make(chan struct{})
	results := make(chan chan int, 1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			count += i
		}()
	}
	wg.Wait()
	close(done)
	<-done
	inner := make(chan int, 1)
	results <- inner
	inner <- 5
	fmt.Println(<-<-results, count, len(inner), cap(inner))
	var once sync.Once
	once.Do(func() { fmt.Println("once") })
	timeout := time.Duration(2) * time.Millisecond
	select {
	case <-time.After(timeout):
		fmt.Println("timeout", timeout)
	}
	var sb strings.Builder
	sb.WriteString("a")
	sb.WriteByte('b')
	var buf bytes.Buffer
	buf.Write([]byte("xy"))
	buf.WriteRune('é')
	fmt.Println(sb.String(), buf.String(), string(rune(65)), []byte("A"), strings.Repeat("-", 3))
	runtime.GOMAXPROCS(1)
	runtime.GC()
	debug.SetGCPercent(100)
	var _ = count
	if count < 0 {
		os.Exit(3)
	}
	type local struct{ v int }
	l := &local{v: 1}
	l.v++
	fmt.Printf("%T %v\n", l, l.v)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered", r)
			}
		}()
		var arr2 []int
		_ = arr2[5]
	}()
	const big = 1 << 40
	fmt.Println(big/1024, float64(big), time.Second*2)
}
"#;
    let want = r#"prog.go:94:8: invalid syntax tree: cannot declare +r
prog.go:96:7: undefined: r
"#;
    assert_like_gc(src, want);
}

/// Checked with real-go: a type with a part in error causes no follow-on mismatch.
#[test]
fn types_with_errors_inside_cause_no_follow_on_mismatch() {
    let src = r#"package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"
)

type Animal interface {
	Sound() string
}

type Named interface {
	Animal
	Name() string
}

type Base struct{ name string }

func (b *Base) Name() string { return b.name }

type Dog struct {
	*Base
	age int
}

func (d Dog) Sound() string { return "woof" }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type HandlerFunc func(int) int

func (h HandlerFunc) Call(x int) int { return h(x) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	_
	Wednesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue", "Wed"}[d] }

var ErrBoom = errors.New("boom")

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func variadic(prefix string, xs ...int) int { return len(prefix) + len(xs) }

func pair() (a, b int) { return 1, 2 }

func main() {
	var n Named = Dog{Base: &Base{"rex"}, age: 3}
	fmt.Println(n.Name(), n.Sound())
	d := Dog{&Base{"fido"}, 1}
	f := d.Name
	fmt.Println(f(), d.age, IntList{1, 2, 3}.Sum(), HandlerFunc(func(x int) int { return x * 2 }).Call(4))
	fmt.Println(Monday, Wednesday, Weekday(0))
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	add := adder()
	add(1)
	fmt.Println(fib(10), add(2), variadic("ab", 1, 2), variadic("x", []int{1, 2, 3}...))
	a, b := pair()
	a, b = b, a
	shift := 3
	fmt.Println(a, b, 1<<shift, uint8(200)+50, 7/2, 7.0/2, -7%3)
	for i, r := range "héllo" {
		_ = i
		_ = r
	}
	m := map[string]struct{ X, Y int }{"p": {1, 2}}
	grid := [][]int{{1}, {2, 3}}
	grid[1] = append(grid[1], 4)
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	copy(sl, []int{9})
	fmt.Println(m["p"].X, grid, arr, len(arr), min(3, 1, 2), max(2.5, 1))
	if v, ok := m["q"]; !ok {
		fmt.Println("missing", v)
	}
	switch x := len(sl); {
	case x > 2:
		fmt.Println("big")
	}
	for k := range m {
		delete(m, k)
	}
	anon := struct {
		Aint
		B string
	}{1, "b"}
	fmt.Println(anon, anon == struct {
		A int
		B string
	}{1, "b"})
	var p1, p2 *Base
	var e error
	fmt.Println(p1 == p2, e == nil, errors.Is(fmt.Errorf("wrap: %w", ErrBoom), ErrBoom))
	done := make(chan struct{})
	results := make(chan chan int, 1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			count += i
		}()
	}
	wg.Wait()
	close(done)
	<-done
	inner := make(chan int, 1)
	results <- inner
	inner <- 5
	fmt.Println(<-<-results, count, len(inner), cap(inner))
	var once sync.Once
	once.Do(func() { fmt.Println("once") })
	timeout := time.Duration(2) * time.Millisecond
	select {
	case <-time.After(timeout):
		fmt.Println("timeout", timeout)
	}
	var sb strings.Builder
	sb.WriteString("a")
	sb.WriteByte('b')
	var buf bytes.Buffer
	buf.Write([]byte("xy"))
	buf.WriteRune('é')
	fmt.Println(sb.String(), buf.String(), string(rune(65)), []byte("A"), strings.Repeat("-", 3))
	runtime.GOMAXPROCS(1)
	runtime.GC()
	debug.SetGCPercent(100)
	var _ = count
	if count < 0 {
		os.Exit(3)
	}
	type local struct{ v int }
	l := &local{v: 1}
	l.v++
	fmt.Printf("%T %v\n", l, l.v)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered", r)
			}
		}()
		var arr2 []int
		_ = arr2[5]
	}()
	const big = 1 << 40
	fmt.Println(big/1024, float64(big), time.Second*2)
}
"#;
    let want = r#"prog.go:116:3: undefined: Aint
"#;
    assert_like_gc(src, want);
}
