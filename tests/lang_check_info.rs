//! What the checker hands the interpreter: types printed as `%T` prints them (the
//! expected strings were confirmed with real-go's `fmt.Printf("%T")`), resolutions,
//! captured loop variables, method selections with implicit `&`/`*`, conversions vs
//! calls, constant values, package-level initialization order and the Go version.

use poolscope::lang::ast::{Expr, ExprId, ExprKind};
use poolscope::lang::info::{Builtin, CallKind, LocalKind, Mode, Res, Selection};
use poolscope::lang::types::ConstValue;
use poolscope::lang::{compile_front, visit, CheckOptions, Checked, GoVersion};

fn checked(src: &str) -> Checked {
    match compile_front(src, &CheckOptions::default()) {
        Ok(c) => c,
        Err(d) => panic!("{}", poolscope::lang::diag::render("prog.go", src, &d)),
    }
}

/// The first expression (in source order) whose text is exactly `text`.
fn find<'a>(c: &'a Checked, src: &str, text: &str) -> &'a Expr {
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
fn init_order(c: &Checked) -> Vec<&str> {
    c.global_inits
        .iter()
        .flat_map(|g| g.globals.iter().flatten())
        .map(|g| c.globals[g.0 as usize].name.as_str())
        .collect()
}

fn type_of(c: &Checked, src: &str, text: &str) -> String {
    let e = find(c, src, text);
    c.types.type_string(c.ty(e.id))
}

// Confirmed with real-go: fmt.Printf("%T\n", ...) of each expression prints these.
const TYPES: &str = r#"package main

import (
	"bytes"
	"errors"
	"fmt"
	"sync"
	"time"
)

type Conn struct{ id int }
type Celsius float64

func main() {
	p := &Conn{id: 1}
	v := Conn{2}
	b := new(bytes.Buffer)
	m := map[string]int{"a": 1}
	s := []int{1, 2}
	ch := make(chan int)
	var rc <-chan int = ch
	t := Celsius(1.5)
	f := func(n int) string { return "" }
	r := 'a'
	x := 2.5
	var i any = 1
	e := errors.New("e")
	d := 3 * time.Millisecond
	var pool sync.Pool
	anon := struct{ A int }{1}
	fmt.Printf("%T %T %T %T %T %T %T %T %T %T %T %T %T %T %T %T\n", p, v, b, m, s, ch, rc, t, f, r, x, i, e, d, &pool, anon)
}
"#;

#[test]
fn types_print_like_percent_t() {
    let c = checked(TYPES);
    let want = [
        ("p", "*main.Conn"),
        ("v", "main.Conn"),
        ("b", "*bytes.Buffer"),
        ("m", "map[string]int"),
        ("s", "[]int"),
        ("ch", "chan int"),
        ("rc", "<-chan int"),
        ("t", "main.Celsius"),
        ("f", "func(int) string"),
        ("r", "int32"),
        ("x", "float64"),
        ("e", "error"),
        ("d", "time.Duration"),
        ("&pool", "*sync.Pool"),
        ("anon", "struct { A int }"),
    ];
    for (text, ty) in want {
        assert_eq!(type_of(&c, TYPES, text), ty, "type of {text}");
    }
    // An untyped constant assigned to an interface takes its default type.
    let one = find(&c, TYPES, "1");
    assert_eq!(c.types.type_string(c.ty(one.id)), "int");
    assert_eq!(c.mode(one.id), Mode::Constant);
}

const CAPTURES: &str = r#"package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println(i, total) }()
	}
	for _, w := range []string{"a"} {
		fmt.Println(w)
	}
	n := 1
	fmt.Println(n)
}
"#;

fn local_named<'a>(c: &'a Checked, name: &str) -> &'a poolscope::lang::info::LocalInfo {
    c.locals.iter().find(|l| l.name == name).expect("local")
}

#[test]
fn locals_know_capture_and_loop_variables() {
    let c = checked(CAPTURES);
    let i = local_named(&c, "i");
    assert!(i.captured && i.loop_var);
    let total = local_named(&c, "total");
    assert!(total.captured && !total.loop_var);
    let w = local_named(&c, "w");
    assert!(!w.captured && w.loop_var);
    let n = local_named(&c, "n");
    assert!(!n.captured && !n.loop_var && n.kind == LocalKind::Var);
    // The closure lists what it captures, in first-use order.
    let lit = c.func_lits.values().next().expect("one literal");
    let names: Vec<&str> = lit
        .captures
        .iter()
        .map(|l| c.local(*l).name.as_str())
        .collect();
    assert_eq!(names, ["i", "total"]);
}

const METHODS: &str = r#"package main

type Conn struct{ id int }

func (c *Conn) Close() error { return nil }
func (c Conn) ID() int { return c.id }

type Closer interface{ Close() error }

func main() {
	var v Conn
	p := &Conn{}
	v.Close()
	p.ID()
	var cl Closer = p
	cl.Close()
	_ = Conn.ID
}
"#;

#[test]
fn selections_record_implicit_address_and_deref() {
    let c = checked(METHODS);
    let sel = |text: &str| c.selections.get(&find(&c, METHODS, text).id).cloned();
    match sel("v.Close") {
        Some(Selection::Method {
            ptr_recv: true,
            addr: true,
            deref: false,
            ..
        }) => {}
        other => panic!("v.Close: {other:?}"),
    }
    match sel("p.ID") {
        Some(Selection::Method {
            ptr_recv: false,
            addr: false,
            deref: true,
            ..
        }) => {}
        other => panic!("p.ID: {other:?}"),
    }
    assert_eq!(
        sel("cl.Close"),
        Some(Selection::IfaceMethod {
            name: "Close".into()
        })
    );
    assert!(matches!(
        sel("Conn.ID"),
        Some(Selection::MethodExpr {
            ptr_recv: false,
            recv_ptr: false,
            ..
        })
    ));
    assert_eq!(type_of(&c, METHODS, "Conn.ID"), "func(main.Conn) int");
}

const CALLS: &str = r#"package main

import (
	"fmt"
	"time"
)

type Celsius float64

const (
	A = iota * 10
	B
	C
)

const K = 1 << 3

func twice(x int) int { return 2 * x }

func main() {
	s := []int{1}
	fmt.Println(Celsius(2), twice(K), len(s), A, B, C, time.Millisecond)
}
"#;

#[test]
fn calls_conversions_builtins_and_constants() {
    let c = checked(CALLS);
    let call = |text: &str| c.calls.get(&find(&c, CALLS, text).id).cloned();
    let celsius = find(&c, CALLS, "Celsius");
    let Some(Res::Type(ct)) = c.res(celsius.id).cloned() else {
        panic!("Celsius is a type")
    };
    assert_eq!(call("Celsius(2)"), Some(CallKind::Conversion(ct)));
    assert_eq!(call("twice(K)"), Some(CallKind::Call));
    assert_eq!(call("len(s)"), Some(CallKind::Builtin(Builtin::Len)));
    assert_eq!(type_of(&c, CALLS, "len(s)"), "int");
    let konst = |text: &str| c.const_value(find(&c, CALLS, text).id).cloned();
    assert_eq!(konst("K"), Some(ConstValue::Int(8)));
    assert_eq!(konst("B"), Some(ConstValue::Int(10)));
    assert_eq!(konst("C"), Some(ConstValue::Int(20)));
    assert_eq!(konst("time.Millisecond"), Some(ConstValue::Int(1_000_000)));
    assert_eq!(konst("Celsius(2)"), Some(ConstValue::Float(2.0)));
    assert_eq!(type_of(&c, CALLS, "Celsius(2)"), "main.Celsius");
    // fmt.Println resolves to the prelude's body-less function of package fmt.
    let println = find(&c, CALLS, "fmt.Println");
    match c.selections.get(&println.id) {
        Some(Selection::PkgMember(Res::Func(f))) => {
            let info = c.func(*f);
            assert_eq!((info.pkg.as_str(), info.name.as_str()), ("fmt", "Println"));
            assert!(info.decl.is_none());
        }
        other => panic!("fmt.Println: {other:?}"),
    }
}

const INIT_ORDER: &str = r#"package main

var a = b + 1
var b = f()

func f() int { return 1 }

func main() { println(a) }
"#;

#[test]
fn package_vars_initialize_in_dependency_order() {
    let c = checked(INIT_ORDER);
    let names = init_order(&c);
    assert_eq!(names, ["b", "a"]);
    assert!(c.main.is_some());
}

const TYPE_SWITCH: &str = r#"package main

import "fmt"

func main() {
	var x any = "s"
	switch v := x.(type) {
	case string:
		fmt.Println(v + "!")
	case int, bool:
		fmt.Println(v)
	}
}
"#;

#[test]
fn type_switch_clauses_get_their_own_variable() {
    let c = checked(TYPE_SWITCH);
    let ExprKind::TypeAssert(..) = find(&c, TYPE_SWITCH, "x.(type)").kind else {
        panic!("guard")
    };
    let vs: Vec<String> = c
        .locals
        .iter()
        .filter(|l| l.name == "v")
        .map(|l| c.types.type_string(l.ty))
        .collect();
    assert_eq!(vs, ["string", "interface {}"]);
}

#[test]
fn go_version_is_carried_to_the_runtime() {
    let opts = CheckOptions {
        go_version: GoVersion::Go121,
    };
    let c = compile_front(CAPTURES, &opts).expect("valid");
    assert!(!c.options.go_version.per_iteration_loop_vars());
    // Every expression id of the program has a slot in the per-expression tables.
    assert!(c.file.expr_count as usize <= c.exprs.len());
    assert!(c.ty(ExprId(c.file.expr_count + 1_000_000)) == poolscope::lang::types::TypeId::INVALID);
}

/// A wide valid program (embedding, promoted methods, method values, named func and
/// slice types with methods, iota with a blank, closures, goroutines with sync, nested
/// channels, select, strings.Builder, bytes.Buffer, runtime and debug calls, local
/// types, recover): real-go runs it with exit status 0, so the checker must accept it.
const WIDE: &str = r#"package main

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

#[test]
fn wide_valid_program_is_accepted_with_gc_constant_values() {
    let c = checked(WIDE);
    let konst = |text: &str| c.const_value(find(&c, WIDE, text).id).cloned();
    // real-go prints 250 3 3.5 -1 for these.
    assert_eq!(konst("uint8(200)+50"), Some(ConstValue::Int(250)));
    assert_eq!(konst("7/2"), Some(ConstValue::Int(3)));
    assert_eq!(konst("7.0/2"), Some(ConstValue::Float(3.5)));
    assert_eq!(konst("-7%3"), Some(ConstValue::Int(-1)));
    assert_eq!(type_of(&c, WIDE, "uint8(200)+50"), "uint8");
    assert_eq!(type_of(&c, WIDE, "Monday"), "main.Weekday");
    assert_eq!(konst("Wednesday"), Some(ConstValue::Int(3)));
    // Promoted method through an embedded pointer, used as a method value.
    match c.selections.get(&find(&c, WIDE, "d.Name").id) {
        Some(Selection::Method {
            path,
            ptr_recv: true,
            addr: false,
            ..
        }) => assert_eq!(path, &[0]),
        other => panic!("d.Name: {other:?}"),
    }
    assert_eq!(type_of(&c, WIDE, "<-<-results"), "int");
}

const METHOD_BODY: &str = r#"package main

import "fmt"

type S struct {
	n    int
	grid [2][3]int
}

func (s *S) Inc() {
	s.n += 2
	s.grid[1][2] = 7
	x := 0
	x = s.n
	fmt.Println(x)
}

func main() {
	s := &S{}
	s.Inc()
}
"#;

#[test]
fn method_bodies_have_typed_receivers_and_selections() {
    let c = checked(METHOD_BODY);
    let recv = c
        .funcs
        .iter()
        .find(|f| f.name == "Inc")
        .and_then(|f| f.recv);
    let recv = recv.expect("receiver local");
    assert_eq!(c.types.type_string(c.local(recv).ty), "*main.S");
    assert!(matches!(
        c.selections.get(&find(&c, METHOD_BODY, "s.n").id),
        Some(Selection::Field { .. })
    ));
    // Assignment targets are typed too.
    assert_eq!(type_of(&c, METHOD_BODY, "s.grid[1][2]"), "int");
    assert_eq!(type_of(&c, METHOD_BODY, "s.grid[1]"), "[3]int");
    let x_target = find(&c, METHOD_BODY, "x");
    assert_eq!(c.types.type_string(c.ty(x_target.id)), "int");
}

/// In a valid program every expression is checked: it has a mode, and a type unless it
/// names a package or a built-in.
#[test]
fn every_expression_of_valid_programs_is_typed() {
    let mut missing = Vec::new();
    for src in [
        TYPES,
        CAPTURES,
        METHODS,
        CALLS,
        TYPE_SWITCH,
        WIDE,
        METHOD_BODY,
    ] {
        let c = checked(src);
        visit::walk_file(&c.file, &mut |e| {
            let mode = c.mode(e.id);
            let blank = matches!(&e.kind, ExprKind::Ident(id) if id.name == "_");
            let typed = matches!(mode, Mode::Package | Mode::Builtin)
                || c.ty(e.id) != poolscope::lang::types::TypeId::INVALID;
            if !blank && (mode == Mode::Invalid || !typed) {
                missing.push(format!("{:?} ({:?})", e.span.text(src), mode));
            }
        });
    }
    assert!(missing.is_empty(), "unchecked expressions: {missing:#?}");
}

// real-go prints: 0.3 1 1 5 0.3 3 / 0.30000000000000004 0.8 1.21 -0.3 / ... 1.5
const FLOATS: &str = r#"package main

import "fmt"

const third = 1.0 / 3.0

func main() {
	fmt.Println(0.1+0.2, third*3, 1e-3*1000, 2.5/0.5, 0.1*3, (0.1+0.2)*10)
	const a float64 = 0.1
	const b float64 = 0.2
	fmt.Println(a+b, 0.7+0.1, 1.1*1.1, -0.1-0.2)
	x := 0.1
	fmt.Println(x+0.2, 3/2*1.5, 1/3.0)
}
"#;

#[test]
fn untyped_float_constants_are_exact_like_go() {
    let c = checked(FLOATS);
    let float = |text: &str| match c.const_value(find(&c, FLOATS, text).id) {
        Some(ConstValue::Float(f)) => *f,
        Some(ConstValue::Int(i)) => *i as f64,
        other => panic!("{text}: {other:?}"),
    };
    let want = [
        ("0.1+0.2", 0.3),
        ("third*3", 1.0),
        ("1e-3*1000", 1.0),
        ("2.5/0.5", 5.0),
        ("0.1*3", 0.3),
        ("(0.1+0.2)*10", 3.0),
        // Typed float64 constants round at each step, like the f64 sum.
        ("a+b", 0.30000000000000004),
        ("0.7+0.1", 0.8),
        ("1.1*1.1", 1.21),
        ("-0.1-0.2", -0.3),
        ("3/2*1.5", 1.5),
        ("1/3.0", 1.0 / 3.0),
    ];
    for (text, v) in want {
        assert_eq!(float(text), v, "{text}");
    }
    // x+0.2 is not constant: computed at run time in float64.
    assert!(c.const_value(find(&c, FLOATS, "x+0.2").id).is_none());
}

/// A second wide valid program (real-go runs it, exit 0): embedded value structs with
/// promoted fields and methods, interface embedding, method values from interfaces,
/// mutual recursion, f(g()) spreading, typed constants of time.Duration, compound
/// assignments, select with send and receive cases, type switch on error/Stringer.
const WIDE2: &str = r#"package main

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

#[test]
fn second_wide_program_resolves_promoted_fields_and_conversions() {
    let c = checked(WIDE2);
    match c.selections.get(&find(&c, WIDE2, "c.X").id) {
        Some(Selection::Field { path }) => assert_eq!(path, &[0, 0, 0]),
        other => panic!("c.X: {other:?}"),
    }
    assert_eq!(
        c.selections.get(&find(&c, WIDE2, "rc.Close").id),
        Some(&Selection::IfaceMethod {
            name: "Close".into()
        })
    );
    let conv = find(&c, WIDE2, "(*Conn)(nil)");
    match c.calls.get(&conv.id) {
        Some(CallKind::Conversion(t)) => assert_eq!(c.types.type_string(*t), "*main.Conn"),
        other => panic!("(*Conn)(nil): {other:?}"),
    }
    assert_eq!(type_of(&c, WIDE2, "twice(split())"), "string");
    assert_eq!(type_of(&c, WIDE2, "Timeout"), "time.Duration");
    assert_eq!(
        c.const_value(find(&c, WIDE2, "Timeout").id),
        Some(&ConstValue::Int(5_000_000_000))
    );
}

/// Golden `types_package_var_init` (real-go prints the `extra()` line, then
/// `42 40 1 hello, world`): `calls` must be initialized before `total`, because
/// `total` calls `extra`, which uses `calls`.
const VAR_INIT: &str = r#"package main

import "fmt"

var total = base + extra()

var base = 40

var calls = 0

func extra() int {
	calls++
	fmt.Println("extra() runs during package initialisation, base =", base)
	return 2
}

var (
	greeting = prefix + "world"
	prefix   = "hello, "
)

func main() {
	fmt.Println("main starts")
	fmt.Println(total, base, calls, greeting)
}
"#;

#[test]
fn dependencies_through_functions_order_package_vars() {
    let c = checked(VAR_INIT);
    let names = init_order(&c);
    assert_eq!(names, ["base", "calls", "total", "prefix", "greeting"]);
}
