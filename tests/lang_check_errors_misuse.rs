//! Compile errors for misusing the library (sync, pools, channels), statements, constants
//! and types, with the types spelled as gc spells them (each expected output is
//! real-go's stderr for the program above it).

mod lang_common;

use lang_common::assert_like_gc;
use poolscope::lang::{compile_front, diag, CheckOptions};

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
