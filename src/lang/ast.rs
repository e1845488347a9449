//! The syntax tree of the Go subset, shaped like `go/ast`: every node keeps its byte
//! span, and every expression (identifiers included, also the names being declared)
//! carries a dense [`ExprId`] so the checker's results can be stored in plain vectors.
//!
//! As in `go/ast`, type syntax is expression syntax (`[]int`, `map[string]int`,
//! `*T`, `func(int) string`): the parser cannot tell `T(x)` (conversion) from `f(x)`
//! (call), nor `*p` from `*T`, so the checker decides and records it in
//! [`super::info::Checked`].

use super::span::Span;

/// Dense id of an expression node, `0..File::expr_count`. Identifiers that declare
/// something (a variable, a parameter, a field, a function name) get one too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

impl ExprId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A name at one place in the source. `id` is the node's [`ExprId`], shared with the
/// wrapping [`Expr`] when the identifier is used as an expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub id: ExprId,
    pub name: String,
    pub span: Span,
}

impl Ident {
    /// `_` declares nothing and cannot be read.
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

/// A whole source file: `package main`, its imports and top-level declarations.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
    /// Number of [`ExprId`]s handed out: every id is below this.
    pub expr_count: u32,
    pub span: Span,
}

/// `import "fmt"` or `import name "runtime/debug"`.
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    /// An explicit local name (`_` and `.` included), if written.
    pub name: Option<Ident>,
    /// The import path without quotes, e.g. `runtime/debug`.
    pub path: String,
    /// Span of the quoted path; gc reports "imported and not used" here.
    pub path_span: Span,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)] // few decls per file; boxing buys nothing
pub enum Decl {
    Func(FuncDecl),
    /// `var`, `const` or `type`, possibly grouped in parentheses.
    Gen(GenDecl),
    /// Unparsable top-level text; a diagnostic was already reported.
    Bad(Span),
}

/// `func (recv) name(params) results { body }`.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    pub name: Ident,
    pub ty: FuncType,
    /// `None` only for body-less declarations (the standard library's prelude).
    pub body: Option<Block>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum GenDecl {
    Var(Vec<ValueSpec>),
    Const(Vec<ValueSpec>),
    Type(Vec<TypeSpec>),
}

/// One line of a `var` or `const` declaration: `a, b int = 1, 2`.
///
/// For `const`, `iota` is the index of the spec within its group, and a spec that
/// repeats the previous expression list implicitly (`const ( A = iota; B; C )`) has
/// `values` empty and `implicit` set; the checker re-evaluates the last explicit list.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub iota: u32,
    pub implicit: bool,
    pub span: Span,
}

/// `type Name Type` (a new defined type) or `type Name = Type` (an alias).
#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

/// A parameter, result, receiver or struct field group: `a, b int`, `int`, `...any`,
/// or an embedded struct field (`names` empty).
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub names: Vec<Ident>,
    /// The type; for a variadic last parameter it is [`ExprKind::Ellipsis`].
    pub ty: Expr,
    pub span: Span,
}

/// `func(params) results`, the signature part of a declaration, literal or type.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

/// A method (`Close() error`) or embedded interface (`error`) in an interface type.
#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    Method { name: Ident, ty: FuncType },
    Embed(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub id: ExprId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Ident(Ident),
    /// A literal exactly as written (`0x1F`, `'a'`, `"a\n"`, `` `raw` ``); the checker
    /// computes its constant value.
    BasicLit(LitKind, String),
    /// `T{elts}`; `ty` is `None` for an elided type inside another literal
    /// (`[]Point{{1, 2}}`).
    Composite {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
        /// Span of the closing brace.
        rbrace: Span,
    },
    FuncLit {
        ty: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.sel`: field, method, or qualified package member (`fmt.Println`).
    Selector(Box<Expr>, Ident),
    Index(Box<Expr>, Box<Expr>),
    /// `x[lo:hi]` or `x[lo:hi:max]`.
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch header.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        /// Span of `...` in `f(xs...)`.
        ellipsis: Option<Span>,
        /// Span of the closing parenthesis.
        rparen: Span,
    },
    /// `*x`: a pointer dereference, or a pointer type.
    Star(Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `key: value` inside a composite literal.
    KeyValue(Box<Expr>, Box<Expr>),
    // ---- type syntax ----
    /// `[N]T`, `[...]T` (`len` is an [`ExprKind::Ellipsis`] without element) or, with
    /// `len` `None`, the slice type `[]T`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    FuncType(FuncType),
    StructType(Vec<Field>),
    InterfaceType(Vec<InterfaceElem>),
    /// `...T` as the type of a variadic parameter (or `...` alone in `[...]T`).
    Ellipsis(Option<Box<Expr>>),
    /// Unparsable expression; a diagnostic was already reported.
    Bad,
}

/// An element of a composite literal: `value` or `key: value`.
pub type Element = Expr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    /// `chan T`
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::BitNot => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinaryOp {
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LAnd => "&&",
            LOr => "||",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
        }
    }

    /// Go's precedence: 5 `* / % << >> & &^`, 4 `+ - | ^`, 3 comparisons, 2 `&&`, 1 `||`.
    pub fn precedence(self) -> u8 {
        use BinaryOp::*;
        match self {
            Mul | Quo | Rem | Shl | Shr | And | AndNot => 5,
            Add | Sub | Or | Xor => 4,
            Eq | Ne | Lt | Le | Gt | Ge => 3,
            LAnd => 2,
            LOr => 1,
        }
    }

    pub fn is_comparison(self) -> bool {
        use BinaryOp::*;
        matches!(self, Eq | Ne | Lt | Le | Gt | Ge)
    }

    pub fn is_shift(self) -> bool {
        matches!(self, BinaryOp::Shl | BinaryOp::Shr)
    }
}

/// `{ stmts }`.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
    /// Span of the closing brace (gc reports `missing return` there).
    pub rbrace: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`, e.g. `+=` is `Op(Add)`.
    Op(BinaryOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `var`, `const` or `type` inside a function.
    Decl(GenDecl),
    Labeled(Ident, Box<Stmt>),
    Expr(Expr),
    /// `ch <- v`
    Send(Expr, Expr),
    /// `x++` (`true`) or `x--` (`false`).
    IncDec(Expr, bool),
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
        /// Span of the operator token.
        op_span: Span,
    },
    /// `go f(x)`; the expression is a call (otherwise a diagnostic was reported).
    Go(Expr),
    /// `defer f(x)`.
    Defer(Expr),
    Return(Vec<Expr>),
    Branch(BranchKind, Option<Ident>),
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// Another `If` statement or a `Block`.
        els: Option<Box<Stmt>>,
    },
    /// Expression switch; `tag` `None` is the tagless `switch { ... }`.
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        cases: Vec<CaseClause>,
    },
    /// `switch v := x.(type) { ... }`; `bind` is `v`.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        /// The `x.(type)` expression.
        x: Expr,
        cases: Vec<CaseClause>,
    },
    Select(Vec<CommClause>),
    /// `for init; cond; post {}`, `for cond {}` and `for {}`.
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x {}` / `for k = range x {}` / `for range x {}`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        /// `:=` (new variables) rather than `=`.
        define: bool,
        x: Expr,
        body: Block,
    },
    Empty,
    /// Unparsable statement; a diagnostic was already reported.
    Bad,
}

/// `case a, b:` or `default:` (empty `exprs` and `default` set). In a type switch the
/// expressions are types (`nil` allowed).
#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    pub exprs: Vec<Expr>,
    pub default: bool,
    pub body: Vec<Stmt>,
    pub span: Span,
    /// In a type switch with a binding, the implicit variable declared for this clause
    /// shares the binding's name; this id identifies it in `Checked`.
    pub implicit: ExprId,
}

/// `case v, ok := <-ch:`, `case ch <- v:`, `case <-ch:` or `default:` (comm `None`).
#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    /// A [`StmtKind::Send`], an [`StmtKind::Expr`] receive, or an [`StmtKind::Assign`]
    /// whose right side is a receive.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}
