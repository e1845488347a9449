//! What the checker learned about a program, for the interpreter: the type and mode of
//! every expression, what every identifier resolves to, constant values, method
//! resolution for selectors, calls vs conversions, and every variable with whether a
//! closure captures it. Everything is indexed by [`ExprId`] or by the dense ids below.

use std::collections::HashMap;

use super::ast::{ExprId, File};
use super::span::Span;
use super::types::{ConstValue, FuncId, TypeId, TypeTable};

/// Which Go language version's semantics to use. Only loop variables differ in the
/// subset: from 1.22 each iteration of a `for` loop has fresh variables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum GoVersion {
    /// Go 1.21 and older: one variable per loop.
    Go121,
    /// Go 1.22 and later (the default): one variable per iteration.
    #[default]
    Go122,
}

impl GoVersion {
    /// Parses `1.21`, `go1.21`, `1.22`, `1.27`, ...
    pub fn parse(s: &str) -> Option<GoVersion> {
        let s = s.strip_prefix("go").unwrap_or(s);
        let minor: u32 = s.strip_prefix("1.")?.split('.').next()?.parse().ok()?;
        Some(if minor <= 21 {
            GoVersion::Go121
        } else {
            GoVersion::Go122
        })
    }

    /// The version as go.mod and the UI spell it: `1.21`, `1.22`.
    pub fn number(self) -> &'static str {
        match self {
            GoVersion::Go121 => "1.21",
            GoVersion::Go122 => "1.22",
        }
    }

    pub fn per_iteration_loop_vars(self) -> bool {
        self == GoVersion::Go122
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckOptions {
    pub go_version: GoVersion,
}

/// Index into [`Checked::locals`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(pub u32);

/// Index into [`Checked::globals`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalId(pub u32);

/// How an expression may be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Not checked (unreachable id, or part of an erroneous expression).
    Invalid,
    /// A call of a function without results.
    NoValue,
    /// A computed value.
    Value,
    /// An addressable value (a variable, `*p`, `s[i]` of a slice, a field of those).
    Variable,
    /// `m[k]`: assignable but not addressable; may be used with `, ok`.
    MapIndex,
    /// A constant; its value is in [`Checked::consts`].
    Constant,
    /// The expression denotes a type (`[]int`, `main.Conn`); `ty` is that type.
    Type,
    /// A built-in function name (`len`, `append`, ...).
    Builtin,
    /// An imported package name (`fmt` in `fmt.Println`).
    Package,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExprInfo {
    /// The expression's type after its context decided untyped constants: `1` in
    /// `var x any = 1` is `int`, `nil` in `var p *T = nil` is `*T`. A call with several
    /// results has a [`super::types::Type::Tuple`]; one without results has `VOID`.
    pub ty: TypeId,
    pub mode: Mode,
}

impl Default for ExprInfo {
    fn default() -> Self {
        ExprInfo {
            ty: TypeId::INVALID,
            mode: Mode::Invalid,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Copy,
    Delete,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Recover,
}

impl Builtin {
    /// Built-ins whose call may stand alone as a statement (the others are values
    /// that would be "not used").
    pub fn is_statement(self) -> bool {
        use Builtin::*;
        matches!(
            self,
            Panic | Print | Println | Recover | Close | Delete | Copy | Clear
        )
    }
}

/// What an identifier (a use or a declaration) denotes.
#[derive(Clone, Debug, PartialEq)]
pub enum Res {
    Local(LocalId),
    Global(GlobalId),
    /// A function (of main or of the standard library prelude).
    Func(FuncId),
    Type(TypeId),
    /// A named constant; its value is in [`Checked::consts`] under the same id.
    Const,
    Builtin(Builtin),
    /// An imported package, by import path (`runtime/debug`).
    Package(String),
    Nil,
    /// `_` on the left of an assignment or in a declaration.
    Blank,
}

/// What `x.sel` is.
#[derive(Clone, Debug, PartialEq)]
pub enum Selection {
    /// A struct field. `path` lists field indices from `x`'s struct through embedded
    /// fields; pointers met on the way are dereferenced implicitly.
    Field { path: Vec<usize> },
    /// A method of a concrete type. `path` walks embedded fields to the receiver, as for
    /// fields. `addr`: the method has a pointer receiver and `x` is an addressable value,
    /// so it is called on `&x`. `deref`: the method has a value receiver and `x` is a
    /// pointer, so it is called on `*x` (nil pointer → panic at the call).
    Method {
        func: FuncId,
        ptr_recv: bool,
        path: Vec<usize>,
        addr: bool,
        deref: bool,
    },
    /// A method called through an interface value: dispatch on the dynamic type.
    IfaceMethod { name: String },
    /// A method expression `T.Method` or `(*T).Method`: a function whose first
    /// parameter is the receiver (`recv_ptr`: written with `*T`, so a value-receiver
    /// method is called on the dereferenced pointer).
    MethodExpr {
        func: FuncId,
        ptr_recv: bool,
        recv_ptr: bool,
    },
    /// A member of an imported package (`fmt.Println`, `sync.Pool`, `time.Millisecond`).
    PkgMember(Res),
}

/// What a call expression `f(args)` is.
#[derive(Clone, Debug, PartialEq)]
pub enum CallKind {
    /// `T(x)`: a conversion to `T`.
    Conversion(TypeId),
    Builtin(Builtin),
    /// A call of a function, method or function value.
    Call,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LocalKind {
    Param,
    /// A result parameter (named or not: unnamed results get a local too, so deferred
    /// closures and `return` have a slot to write).
    Result,
    Receiver,
    Var,
}

/// The function a local belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Owner {
    Func(FuncId),
    /// A function literal, by its expression id.
    Lit(ExprId),
}

#[derive(Clone, Debug, PartialEq)]
pub struct LocalInfo {
    pub name: String,
    pub ty: TypeId,
    pub span: Span,
    pub kind: LocalKind,
    pub owner: Owner,
    /// A function literal reads or writes it (so it must live in a shared cell).
    pub captured: bool,
    /// Declared by the init statement of a three-clause `for` or by a `for range` with
    /// `:=`: per-iteration under Go 1.22+, one per loop under 1.21.
    pub loop_var: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GlobalInfo {
    pub name: String,
    /// `main`, or the standard package declaring it (`os` for `os.Args`).
    pub pkg: String,
    pub ty: TypeId,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncInfo {
    pub name: String,
    /// `main`, or the standard package (`fmt`, `sync`, ...): those have no body and are
    /// implemented by the interpreter, found by `(pkg, receiver type name, name)`.
    pub pkg: String,
    /// For a method: the receiver's defined type (not the pointer).
    pub recv_type: Option<TypeId>,
    pub ptr_recv: bool,
    /// Signature without receiver (a [`super::types::Type::Func`]).
    pub sig: TypeId,
    /// Index in `File::decls` of its declaration (`None` for the standard library).
    pub decl: Option<usize>,
    pub recv: Option<LocalId>,
    pub params: Vec<LocalId>,
    pub results: Vec<LocalId>,
    /// Results are named (`func f() (n int)`), so a bare `return` is allowed.
    pub named_results: bool,
}

/// A function literal: its signature, parameters and the outer locals it captures.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncLitInfo {
    pub sig: TypeId,
    pub params: Vec<LocalId>,
    pub results: Vec<LocalId>,
    pub named_results: bool,
    /// Locals of enclosing functions it uses, in first-use order.
    pub captures: Vec<LocalId>,
}

/// One package-level `var` spec to run before `main`, in Go's initialization order.
#[derive(Clone, Debug, PartialEq)]
pub struct GlobalInit {
    /// Index in `File::decls` of the `var` declaration, and of the spec inside it.
    pub decl: usize,
    pub spec: usize,
    pub globals: Vec<Option<GlobalId>>,
}

/// A type-checked program.
#[derive(Clone, Debug)]
pub struct Checked {
    pub file: File,
    pub options: CheckOptions,
    pub types: TypeTable,
    /// By `ExprId`.
    pub exprs: Vec<ExprInfo>,
    /// By `ExprId`, for identifiers (uses and declarations).
    pub res: Vec<Option<Res>>,
    /// By `ExprId`: the value of every constant expression (and constant names).
    pub consts: Vec<Option<ConstValue>>,
    pub selections: HashMap<ExprId, Selection>,
    /// By the call expression's id.
    pub calls: HashMap<ExprId, CallKind>,
    pub locals: Vec<LocalInfo>,
    pub globals: Vec<GlobalInfo>,
    pub funcs: Vec<FuncInfo>,
    pub func_lits: HashMap<ExprId, FuncLitInfo>,
    pub global_inits: Vec<GlobalInit>,
    /// `main.main`.
    pub main: Option<FuncId>,
}

impl Checked {
    pub fn ty(&self, id: ExprId) -> TypeId {
        self.exprs.get(id.index()).map_or(TypeId::INVALID, |e| e.ty)
    }

    pub fn mode(&self, id: ExprId) -> Mode {
        self.exprs.get(id.index()).map_or(Mode::Invalid, |e| e.mode)
    }

    pub fn res(&self, id: ExprId) -> Option<&Res> {
        self.res.get(id.index())?.as_ref()
    }

    pub fn const_value(&self, id: ExprId) -> Option<&ConstValue> {
        self.consts.get(id.index())?.as_ref()
    }

    pub fn local(&self, id: LocalId) -> &LocalInfo {
        &self.locals[id.0 as usize]
    }

    pub fn func(&self, id: FuncId) -> &FuncInfo {
        &self.funcs[id.0 as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_version_parses_both_spellings() {
        assert_eq!(GoVersion::parse("1.21"), Some(GoVersion::Go121));
        assert_eq!(GoVersion::parse("go1.20"), Some(GoVersion::Go121));
        assert_eq!(GoVersion::parse("1.22"), Some(GoVersion::Go122));
        assert_eq!(GoVersion::parse("go1.27.1"), Some(GoVersion::Go122));
        assert_eq!(GoVersion::parse("2"), None);
        assert!(!GoVersion::Go121.per_iteration_loop_vars());
        assert!(GoVersion::default().per_iteration_loop_vars());
    }
}
