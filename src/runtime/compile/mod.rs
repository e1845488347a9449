//! Compiles a checked program ([`crate::lang::Checked`]) to bytecode ([`Program`]).
//!
//! Variables that a closure captures or whose address is taken live in heap cells
//! (the local slot holds the pointer); all others live in frame slots. Every statement
//! starts with `Op::Stmt` so the VM can stop there.

mod addr;
mod assign;
mod builtin;
mod call;
mod composite;
mod control;
mod ctx;
mod expr;
mod select;
mod stmt;

use super::bytecode::{FuncCode, Op, Program, RtTypes};
use super::natives::{native_id, RT_FUNC_BASE};
use super::value::Value;
use crate::lang::ast::{Decl, Expr, ExprId, FuncDecl, GenDecl};
use crate::lang::info::{Checked, Owner};
use crate::lang::span::Span;
use crate::lang::types::{FuncId, Method, Type, TypeId, TypeTable};
use ctx::Fcx;
use std::collections::HashMap;

/// A compile error: something the interpreter does not support, with where.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    pub span: Span,
    pub msg: String,
}

/// The program being built.
pub struct Builder<'a> {
    pub ck: &'a Checked,
    pub types: TypeTable,
    pub funcs: Vec<FuncCode>,
    pub func_map: Vec<Result<u32, u16>>,
    pub names: Vec<String>,
    /// Compiled function literals by expression id.
    pub lits: HashMap<ExprId, u32>,
    pub rt: RtTypes,
    pub errors: Vec<CompileError>,
    /// Locals whose address is taken (they live in cells).
    pub addr: std::collections::HashSet<crate::lang::info::LocalId>,
    /// Which appends may use a stack buffer (`lang::stackslice`), and the hidden local
    /// slot of each buffer in its function.
    pub stack: crate::lang::stackslice::AppendPlan,
    pub stores: HashMap<crate::lang::stackslice::StoreKey, u32>,
}

fn add_rt_named(
    t: &mut TypeTable,
    pkg: &str,
    name: &str,
    fields: Vec<(&str, TypeId)>,
    methods: &[&str],
) -> TypeId {
    let native = if pkg == "runtime" {
        "runtime.Error".to_string()
    } else {
        format!("{pkg}.{name}")
    };
    let n = t.add_named(name, Some(pkg));
    let st = t.intern(Type::Struct(
        fields
            .into_iter()
            .map(|(f, ty)| crate::lang::types::StructField {
                name: f.into(),
                ty,
                embedded: false,
            })
            .collect(),
    ));
    t.set_underlying(n, st);
    for m in methods {
        let id = native_id(&format!("{native}.{m}")).unwrap_or(u16::MAX) as u32;
        let sig = if *m == "Unwrap" {
            t.func(vec![], vec![TypeId::ERROR], false)
        } else {
            TypeId::FUNC_STRING
        };
        t.add_method(
            n,
            Method {
                name: m.to_string(),
                func: FuncId(RT_FUNC_BASE.saturating_add(id)),
                ptr_recv: false,
                sig,
            },
        );
    }
    n
}

/// Compiles `ck` (whose source is `src`).
pub fn compile(ck: &Checked, src: &str) -> Result<Program, Vec<CompileError>> {
    let mut types = ck.types.clone();
    let es = add_rt_named(
        &mut types,
        "errors",
        "errorString",
        vec![("s", TypeId::STRING)],
        &["Error"],
    );
    let we = add_rt_named(
        &mut types,
        "fmt",
        "wrapError",
        vec![("msg", TypeId::STRING), ("err", TypeId::ERROR)],
        &["Error", "Unwrap"],
    );
    let rte = |t: &mut TypeTable, name: &str| {
        add_rt_named(t, "runtime", name, vec![], &["Error", "RuntimeError"])
    };
    let re = rte(&mut types, "errorString");
    let plain = rte(&mut types, "plainError");
    let bounds = rte(&mut types, "boundsError");
    let tae = rte(&mut types, "TypeAssertionError");
    let tae = types.pointer(tae);
    let errno = add_rt_named(&mut types, "syscall", "Errno", vec![], &["Error"]);
    let pe = add_rt_named(
        &mut types,
        "fs",
        "PathError",
        vec![
            ("Op", TypeId::STRING),
            ("Path", TypeId::STRING),
            ("Err", TypeId::ERROR),
        ],
        &["Error", "Unwrap"],
    );
    let lookup = |pkg: &str, name: &str| {
        (0..types.len() as u32)
            .map(TypeId)
            .find(|&i| {
                types
                    .named(i)
                    .is_some_and(|n| n.pkg.as_deref() == Some(pkg) && n.name == name)
            })
            .unwrap_or(TypeId::INVALID)
    };
    let rt = RtTypes {
        error_string_ptr: TypeId::INVALID,
        wrap_error_ptr: TypeId::INVALID,
        runtime_error: re,
        plain_error: plain,
        bounds_error: bounds,
        type_assert_error: tae,
        time: lookup("time", "Time"),
        duration: lookup("time", "Duration"),
        path_error_ptr: TypeId::INVALID,
        errno,
        err_not_exist_obj: u32::MAX,
    };
    let mut rt = rt;
    rt.error_string_ptr = types.pointer(es);
    rt.wrap_error_ptr = types.pointer(we);
    rt.path_error_ptr = types.pointer(pe);
    let mut b = Builder {
        ck,
        types,
        funcs: Vec::new(),
        func_map: Vec::new(),
        names: Vec::new(),
        lits: HashMap::new(),
        rt,
        errors: Vec::new(),
        addr: addr::addr_taken(ck),
        stack: crate::lang::stackslice::plan(ck),
        stores: HashMap::new(),
    };
    // Number every function of main first, so calls can refer to them before they
    // are compiled; library functions map to natives.
    let mut todo = Vec::new();
    for (i, f) in ck.funcs.iter().enumerate() {
        if f.pkg == "main" && f.decl.is_some() {
            b.func_map.push(Ok(b.funcs.len() as u32));
            b.funcs.push(FuncCode::default());
            todo.push(i);
        } else {
            let pkg = f.pkg.rsplit('/').next().unwrap_or(&f.pkg);
            let key = match f.recv_type.and_then(|t| ck.types.named(t)) {
                Some(n) => format!("{pkg}.{}.{}", n.name, f.name),
                None => format!("{pkg}.{}", f.name),
            };
            b.func_map.push(Err(native_id(&key).unwrap_or(u16::MAX)));
        }
    }
    for i in todo {
        let f = &ck.funcs[i];
        let Some(Decl::Func(fd)) = f.decl.and_then(|d| ck.file.decls.get(d)) else {
            continue;
        };
        let code = b.compile_func(FuncId(i as u32), fd);
        if let Ok(idx) = b.func_map[i] {
            b.funcs[idx as usize] = code;
        }
    }
    let entry = b.compile_entry();
    if !b.errors.is_empty() {
        return Err(b.errors);
    }
    // Globals are the first heap cells, in order; `os.ErrNotExist`'s errorString body is
    // one more cell after them, so the error is one fixed value as in Go.
    let err_not_exist = ck.globals.len() as u32;
    let mut globals: Vec<Value> = ck
        .globals
        .iter()
        .map(|g| match (g.pkg.as_str(), g.name.as_str()) {
            ("os", "Stdout" | "Stderr") => super::natives::std_file(g.name == "Stderr"),
            ("os", "ErrNotExist") => Value::iface(
                b.rt.error_string_ptr,
                Value::Ptr(super::value::Ptr::cell(err_not_exist)),
            ),
            _ => super::natives::zero_value(&b.types, g.ty),
        })
        .collect();
    globals.push(Value::agg(vec![Value::str("file does not exist")]));
    b.rt.err_not_exist_obj = err_not_exist;
    Ok(Program {
        types: b.types,
        funcs: b.funcs,
        globals,
        entry,
        names: b.names,
        rt: b.rt,
        func_map: b.func_map,
        src: src.to_string(),
        lines: crate::lang::span::LineIndex::new(src),
    })
}

impl<'a> Builder<'a> {
    pub fn err(&mut self, span: Span, msg: impl Into<String>) {
        if self.errors.len() < 20 {
            self.errors.push(CompileError {
                span,
                msg: msg.into(),
            });
        }
    }

    pub fn name_id(&mut self, name: &str) -> u32 {
        if let Some(i) = self.names.iter().position(|n| n == name) {
            return i as u32;
        }
        self.names.push(name.to_string());
        (self.names.len() - 1) as u32
    }

    fn compile_func(&mut self, fid: FuncId, fd: &FuncDecl) -> FuncCode {
        let ck = self.ck;
        let info = &ck.funcs[fid.0 as usize];
        let mut params: Vec<_> = info.recv.into_iter().collect();
        params.extend(info.params.iter().copied());
        let mut cx = Fcx::new(self, Owner::Func(fid), &params, &info.results, &[], fd.span);
        cx.name = match info.recv_type.and_then(|t| ck.types.named(t)) {
            // As Go's runtime names methods: `main.(*File).Close` for a pointer receiver.
            Some(n) if info.ptr_recv => format!("main.(*{}).{}", n.name, info.name),
            Some(n) => format!("main.{}.{}", n.name, info.name),
            None => format!("main.{}", info.name),
        };
        if let Some(body) = &fd.body {
            cx.prologue();
            cx.block(&body.stmts);
            cx.finish(body.rbrace)
        } else {
            cx.finish(fd.span)
        }
    }

    /// Compiles a function literal once, returning its function index.
    pub fn compile_lit(&mut self, e: &Expr, name: &str) -> u32 {
        if let Some(&i) = self.lits.get(&e.id) {
            return i;
        }
        let ck = self.ck;
        let crate::lang::ast::ExprKind::FuncLit { body, .. } = &e.kind else {
            return 0;
        };
        let Some(info) = ck.func_lits.get(&e.id) else {
            self.err(e.span, "function literal was not checked");
            return 0;
        };
        let idx = self.funcs.len() as u32;
        self.funcs.push(FuncCode::default());
        self.lits.insert(e.id, idx);
        let mut cx = Fcx::new(
            self,
            Owner::Lit(e.id),
            &info.params,
            &info.results,
            &info.captures,
            e.span,
        );
        cx.name = name.to_string();
        cx.prologue();
        cx.block(&body.stmts);
        let code = cx.finish(body.rbrace);
        self.funcs[idx as usize] = code;
        idx
    }

    /// The entry: package-level variable initializers in Go's order, then `main.main`.
    fn compile_entry(&mut self) -> u32 {
        let ck = self.ck;
        let idx = self.funcs.len() as u32;
        self.funcs.push(FuncCode::default());
        let mut cx = Fcx::new(
            self,
            Owner::Lit(ExprId(u32::MAX)),
            &[],
            &[],
            &[],
            Span::default(),
        );
        cx.name = "runtime.main".into();
        for gi in &ck.global_inits {
            let Some(Decl::Gen(GenDecl::Var(specs))) = ck.file.decls.get(gi.decl) else {
                continue;
            };
            let Some(spec) = specs.get(gi.spec) else {
                continue;
            };
            cx.stmt_marker(spec.span);
            cx.global_init(spec, &gi.globals);
        }
        match ck.main.and_then(|m| self_func(ck, m)) {
            Some(_) => {
                let m = ck.main.map(|m| m.0 as usize).unwrap_or(0);
                // The call is shown at `func main()`, where the program starts.
                let at = ck
                    .funcs
                    .get(m)
                    .and_then(|f| f.decl)
                    .and_then(|d| match ck.file.decls.get(d) {
                        Some(Decl::Func(fd)) => Some(fd.name.span),
                        _ => None,
                    })
                    .unwrap_or_default();
                if let Some(Ok(code)) = cx.b.func_map.get(m).copied() {
                    cx.stmt_marker(at);
                    cx.emit(
                        Op::Call {
                            func: code,
                            argc: 0,
                        },
                        at,
                    );
                }
            }
            None => cx.b.err(
                Span::default(),
                "function main is undeclared in the main package",
            ),
        }
        cx.emit(Op::Exit, Span::default());
        let code = cx.finish(Span::default());
        self.funcs[idx as usize] = code;
        idx
    }
}

fn self_func(ck: &Checked, m: FuncId) -> Option<()> {
    ck.funcs.get(m.0 as usize).map(|_| ())
}
