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
    let names: Vec<&str> = c
        .global_inits
        .iter()
        .flat_map(|g| g.globals.iter().flatten())
        .map(|g| c.globals[g.0 as usize].name.as_str())
        .collect();
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
