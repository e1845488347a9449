//! What the checker hands the interpreter: types printed as `%T` prints them (the
//! expected strings were confirmed with real-go's `fmt.Printf("%T")`), resolutions,
//! captured loop variables, method selections with implicit `&`/`*`, conversions vs
//! calls, constant values, package-level initialization order and the Go version.
//! Whole programs checked end to end are in `lang_check_info_programs.rs`.

mod fixtures;
mod lang_common;

use fixtures::{CALLS, CAPTURES, INIT_ORDER, METHODS, TYPES, TYPE_SWITCH};
use lang_common::{checked, find, init_order, type_of};
use poolscope::lang::ast::{ExprId, ExprKind};
use poolscope::lang::info::{Builtin, CallKind, LocalKind, Mode, Res, Selection};
use poolscope::lang::types::ConstValue;
use poolscope::lang::{compile_front, CheckOptions, Checked, GoVersion};

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

#[test]
fn package_vars_initialize_in_dependency_order() {
    let c = checked(INIT_ORDER);
    let names = init_order(&c);
    assert_eq!(names, ["b", "a"]);
    assert!(c.main.is_some());
}

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
