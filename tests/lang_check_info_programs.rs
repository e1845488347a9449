//! Whole valid programs through the checker: wide programs real Go runs with status 0,
//! method bodies, every expression typed, exact untyped float constants and package
//! variables ordered through function bodies (expected values confirmed with real-go).

mod fixtures;
mod lang_common;

use fixtures::{CALLS, CAPTURES, FLOATS, METHODS, METHOD_BODY, TYPES, TYPE_SWITCH, VAR_INIT};
use lang_common::{checked, find, init_order, type_of};
use poolscope::lang::ast::ExprKind;
use poolscope::lang::info::{CallKind, Mode, Selection};
use poolscope::lang::types::ConstValue;
use poolscope::lang::visit;

/// A wide valid program (embedding, promoted methods, method values, named func and
/// slice types with methods, iota with a blank, closures, goroutines with sync, nested
/// channels, select, strings.Builder, bytes.Buffer, runtime and debug calls, local
/// types, recover): real-go runs it with exit status 0, so the checker must accept it.
const WIDE: &str = fixtures::ANIMALS_WEEKDAYS;

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
const WIDE2: &str = fixtures::CONN_INTERFACES;

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

#[test]
fn dependencies_through_functions_order_package_vars() {
    let c = checked(VAR_INIT);
    let names = init_order(&c);
    assert_eq!(names, ["base", "calls", "total", "prefix", "greeting"]);
}
