//! The compiled program: a flat list of instructions per function, run by a stack VM.
//!
//! Every statement starts with [`Op::Stmt`]; the VM stops a step just before the next
//! one, so a step is one statement. Calls push a frame (data), never a Rust call.

use super::value::Value;
use crate::lang::span::Span;
use crate::lang::types::{TypeId, TypeTable};

/// Arithmetic flavour of a binary or unary operator, fixed by the operand type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Num {
    /// Signed or unsigned integer of the given kind (wraps to its width).
    Int(crate::lang::types::BasicKind),
    Float,
    Str,
    Bool,
    /// Pointers, interfaces, channels, structs, nil: equality only.
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// What a slice expression applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SliceOf {
    Slice,
    String,
    /// A pointer to an array (`a[:]` on an addressable array).
    ArrayPtr,
}

/// One instruction.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Statement boundary; the step ends before it. Its span is the statement's.
    Stmt,
    Push(Value),
    Pop,
    Dup,
    /// Duplicates the two top values (`a b` → `a b a b`).
    Dup2,
    Swap,
    Load(u32),
    Store(u32),
    /// Pushes captured cell `i` of the running closure (a pointer).
    Capture(u32),
    /// Pushes the pointer to global `i` (globals are heap cells `0..n`).
    Global(u32),
    /// Replaces the local holding a value by a fresh cell holding it.
    BoxLocal(u32),
    /// Pops a value, pushes a pointer to a fresh cell holding it.
    NewCell,
    /// Pops a pointer, pushes the value it points at (nil → runtime error).
    Deref,
    /// Pops a value then a pointer, stores through it.
    StorePtr,
    /// Pops a struct, pushes its field `i`.
    Field(u32),
    /// Pops a pointer, pushes the pointer to field `i` (nil → runtime error).
    FieldPtr(u32),
    /// Pops a new value then a struct; pushes the struct with the value at `path`.
    SetPath(Box<[u32]>),
    /// `x[i]` for slices, arrays and strings.
    Index,
    /// Pops index and slice (or array pointer), pushes a pointer to the element.
    ElemPtr,
    /// Pops key and map; pushes value (and `ok` if set). `Value` is the zero value.
    MapIndex {
        ok: bool,
        zero: Value,
    },
    /// Pops value, key and map; stores (nil map → panic).
    MapStore,
    MapDelete,
    Slice {
        of: SliceOf,
        lo: bool,
        hi: bool,
        max: bool,
    },
    Bin(BinOp, Num),
    Neg(Num),
    Not,
    BitNot(Num),
    /// Converts the top value to the given type (numeric, string ↔ bytes/runes).
    Convert {
        from: TypeId,
        to: TypeId,
    },
    /// Wraps a concrete value in an interface with dynamic type `ty`.
    ToIface(TypeId),
    /// Type assertion to `ty` (interface or concrete); `ok` pushes a bool too.
    Assert {
        src: TypeId,
        ty: TypeId,
        ok: bool,
        zero: Value,
    },
    /// Pushes the dynamic type id of an interface (−1 for nil), for type switches.
    DynType,
    /// Pops an interface, pushes whether it holds type `ty` (or implements it).
    IsType(TypeId),
    Jump(u32),
    JumpIf(u32),
    JumpIfNot(u32),
    /// Calls compiled function `func` with `argc` arguments on the stack.
    Call {
        func: u32,
        argc: u32,
    },
    /// Calls the function value below the arguments.
    CallValue {
        argc: u32,
    },
    /// Calls method `name` on the interface below the arguments.
    CallIface {
        name: u32,
        argc: u32,
    },
    /// Calls a library function or native method (receiver first when it has one).
    CallNative {
        id: u16,
        argc: u32,
    },
    /// Makes a closure of `func` from `ncaps` cells on the stack.
    Closure {
        func: u32,
        ncaps: u32,
    },
    /// Makes a bound method value from the receiver on the stack.
    Bind {
        func: u32,
    },
    /// Makes a method value by dynamic dispatch on the interface on the stack.
    BindIface {
        name: u32,
    },
    /// Makes a native method value (`buf.WriteString`) from the receiver on the stack.
    BindNative {
        id: u16,
    },
    /// Makes a native function value (`fmt.Println` used as a value).
    NativeFunc {
        id: u16,
    },
    /// Pops a function value and `argc` arguments into a defer record.
    Defer {
        argc: u32,
    },
    /// Pops a function value and `argc` arguments, starts a goroutine.
    Go {
        argc: u32,
    },
    Return,
    /// `panic(v)`.
    Panic,
    Recover,
    /// Builds a struct/array from `n` values.
    MakeAgg(u32),
    /// Builds a slice from `n` values; `zero` pads the capacity.
    MakeSliceLit {
        n: u32,
        zero: Value,
    },
    /// `make([]T, len[, cap])`.
    MakeSlice {
        has_cap: bool,
        zero: Value,
    },
    MakeMap,
    MakeChan {
        has_cap: bool,
        zero: Value,
    },
    /// Builds a map literal from `n` key/value pairs.
    MapLit(u32),
    /// `append(s, n values...)`; `spread` when the last arg is `xs...`.
    Append {
        n: u32,
        spread: bool,
        elem: TypeId,
    },
    /// `append(s, n values...)` that may grow into the frame's stack buffer of `k`
    /// elements, remembered in hidden local `slot` (nil: not used yet in this call).
    /// `ladder`: grow one size class at a time inside it (gc's `growsliceBuf`).
    AppendStack {
        n: u32,
        elem: TypeId,
        slot: u32,
        k: u32,
        ladder: bool,
    },
    /// gc's `move2heap`: pops a slice and pushes it back, copied to the heap if it is in
    /// the stack buffer of hidden local `slot`; `keep_cap` keeps its capacity, else the
    /// copy's capacity is its length rounded up to a size class.
    MoveToHeap {
        slot: u32,
        elem: TypeId,
        keep_cap: bool,
    },
    Len,
    Cap,
    Copy,
    /// Pops a map, pushes a slice of its keys in (seeded) iteration order.
    MapKeys,
    /// Pops key and map, pushes whether the key is present.
    MapHas,
    /// Pops index `i` and string `s`; pushes the rune at `i` and the index after it.
    StrNext,
    /// `<-ch` (with `ok`).
    Recv {
        ok: bool,
        zero: Value,
    },
    Send,
    Close,
    /// `select` over `n` cases described on the stack; pushes the chosen index.
    Select {
        n: u32,
        default: bool,
    },
    /// Ends the goroutine normally (end of `main` ends the program).
    Exit,
}

/// One compiled function.
#[derive(Clone, Debug, Default)]
pub struct FuncCode {
    pub name: String,
    pub nparams: u32,
    /// Zero values of every local, in slot order (params first).
    pub zeros: Vec<Value>,
    /// Slots of the results, in order.
    pub results: Vec<u32>,
    /// Which result slots hold cells (captured named results).
    pub boxed_results: Vec<bool>,
    pub code: Vec<Op>,
    /// Span of each instruction (the enclosing statement's for `Stmt`).
    pub spans: Vec<Span>,
    /// Index of the final `Return`, where a recovered frame resumes.
    pub ret_pc: u32,
    pub span: Span,
}

/// A whole compiled program.
#[derive(Clone, Debug)]
pub struct Program {
    pub types: TypeTable,
    pub funcs: Vec<FuncCode>,
    /// Zero values of globals (heap cells `0..n`).
    pub globals: Vec<Value>,
    /// The synthetic function running global initializers, then `main.main`.
    pub entry: u32,
    /// Interned method names for `CallIface`.
    pub names: Vec<String>,
    /// Extra types the runtime needs: `*errors.errorString` etc.
    pub rt: RtTypes,
    /// By the checker's `FuncId`: the compiled function (`Ok`) or native id (`Err`).
    pub func_map: Vec<Result<u32, u16>>,
    pub src: String,
    /// Line starts of `src`, for step captions.
    pub lines: crate::lang::span::LineIndex,
}

impl RtTypes {
    /// The dynamic type Go gives a runtime panic with message `msg`.
    pub fn error_type(&self, msg: &str) -> TypeId {
        if msg.starts_with("runtime error: index out of range")
            || msg.starts_with("runtime error: slice bounds")
        {
            self.bounds_error
        } else if msg.starts_with("interface conversion") {
            self.type_assert_error
        } else if msg.starts_with("runtime error:") {
            self.runtime_error
        } else {
            self.plain_error
        }
    }

    /// Whether `t` is one of the runtime's error types (whose value is the message).
    pub fn is_runtime_error(&self, t: TypeId) -> bool {
        t == self.runtime_error
            || t == self.plain_error
            || t == self.bounds_error
            || t == self.type_assert_error
    }
}

/// Types the runtime creates values of.
#[derive(Clone, Copy, Debug)]
pub struct RtTypes {
    pub error_string_ptr: TypeId,
    pub wrap_error_ptr: TypeId,
    /// `runtime.errorString` (divide by zero, nil dereference).
    pub runtime_error: TypeId,
    /// `runtime.plainError` (nil map assignment, closed channels).
    pub plain_error: TypeId,
    /// `runtime.boundsError` (index and slice bounds).
    pub bounds_error: TypeId,
    /// `*runtime.TypeAssertionError`.
    pub type_assert_error: TypeId,
    /// `time.Time` (a struct holding virtual nanoseconds).
    pub time: TypeId,
    /// `time.Duration`.
    pub duration: TypeId,
    /// `*fs.PathError` (what a failed `os.Open` returns; fields Op, Path, Err).
    pub path_error_ptr: TypeId,
    /// `syscall.Errno`; the only one the engine makes is ENOENT.
    pub errno: TypeId,
    /// The heap cell of `os.ErrNotExist`'s errorString (ENOENT `Is` it).
    pub err_not_exist_obj: u32,
}
