//! Go types as the checker computes them, stored in one [`TypeTable`] and named by
//! [`TypeId`].
//!
//! Structural types (`[]int`, `map[string]int`, `func(int) string`, ...) are interned,
//! so two identical types always have the same id and identity is `==` on ids. Defined
//! types (`type Conn struct{...}`, `bytes.Buffer`, `error`) are created once per
//! declaration and never interned: they are identical only to themselves. `byte` and
//! `rune` are the same ids as `uint8` and `int32`, and `any` is the same id as
//! `interface{}`, as in Go.
//!
//! Types print two ways: [`TypeTable::type_string`] as `%T` (reflect) does, and
//! [`TypeTable::error_string`] as gc's error messages do (both in `type_print.rs`).

/// Index into [`TypeTable`]. The predeclared types have fixed ids (the constants below),
/// so the interpreter can match on them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// Index of a function or method declaration in [`super::info::Checked::funcs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BasicKind {
    /// The type of an erroneous expression; never reported twice.
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    String,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
}

/// All basic kinds in [`TypeId`] order: `TypeId(i)` is `BASICS[i]`.
pub const BASICS: [BasicKind; 22] = [
    BasicKind::Invalid,
    BasicKind::Bool,
    BasicKind::Int,
    BasicKind::Int8,
    BasicKind::Int16,
    BasicKind::Int32,
    BasicKind::Int64,
    BasicKind::Uint,
    BasicKind::Uint8,
    BasicKind::Uint16,
    BasicKind::Uint32,
    BasicKind::Uint64,
    BasicKind::Uintptr,
    BasicKind::Float32,
    BasicKind::Float64,
    BasicKind::String,
    BasicKind::UntypedBool,
    BasicKind::UntypedInt,
    BasicKind::UntypedRune,
    BasicKind::UntypedFloat,
    BasicKind::UntypedString,
    BasicKind::UntypedNil,
];

impl TypeId {
    pub const INVALID: TypeId = TypeId(0);
    pub const BOOL: TypeId = TypeId(1);
    pub const INT: TypeId = TypeId(2);
    pub const INT8: TypeId = TypeId(3);
    pub const INT16: TypeId = TypeId(4);
    pub const INT32: TypeId = TypeId(5);
    pub const INT64: TypeId = TypeId(6);
    pub const UINT: TypeId = TypeId(7);
    pub const UINT8: TypeId = TypeId(8);
    pub const UINT16: TypeId = TypeId(9);
    pub const UINT32: TypeId = TypeId(10);
    pub const UINT64: TypeId = TypeId(11);
    pub const UINTPTR: TypeId = TypeId(12);
    pub const FLOAT32: TypeId = TypeId(13);
    pub const FLOAT64: TypeId = TypeId(14);
    pub const STRING: TypeId = TypeId(15);
    pub const UNTYPED_BOOL: TypeId = TypeId(16);
    pub const UNTYPED_INT: TypeId = TypeId(17);
    pub const UNTYPED_RUNE: TypeId = TypeId(18);
    pub const UNTYPED_FLOAT: TypeId = TypeId(19);
    pub const UNTYPED_STRING: TypeId = TypeId(20);
    pub const UNTYPED_NIL: TypeId = TypeId(21);
    /// `interface{}` / `any`.
    pub const ANY: TypeId = TypeId(22);
    /// The predeclared `error` interface (a defined type with method `Error() string`).
    pub const ERROR: TypeId = TypeId(23);
    /// `func() string`, the signature of `Error`.
    pub const FUNC_STRING: TypeId = TypeId(24);
    /// The empty tuple: the "type" of a call to a function without results.
    pub const VOID: TypeId = TypeId(25);
    /// `[]byte`.
    pub const BYTES: TypeId = TypeId(26);

    pub fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Func(Signature),
    Struct(Vec<StructField>),
    /// Method set sorted by name (as Go keeps it), embedded interfaces already flattened.
    Interface(Vec<IfaceMethod>),
    /// The result list of a call with zero or several results.
    Tuple(Vec<TypeId>),
    Named(Named),
}

pub use super::ast::ChanDir;

/// A function type. For a variadic function the last parameter is the slice type `[]T`
/// and `variadic` is set (printed `...T`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructField {
    pub name: String,
    pub ty: TypeId,
    /// Embedded field: `name` is the type's name and its fields and methods are promoted.
    pub embedded: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IfaceMethod {
    pub name: String,
    /// A [`Type::Func`].
    pub sig: TypeId,
}

/// A defined type: `type Celsius float64` in `main`, `bytes.Buffer`, `error`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Named {
    pub name: String,
    /// Package name as `%T` prints it (`main`, `bytes`, `debug`); `None` for `error`.
    pub pkg: Option<String>,
    /// Never itself `Named`. `INVALID` while the declaration is being resolved.
    pub underlying: TypeId,
    /// Declared methods, in declaration order.
    pub methods: Vec<Method>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: String,
    pub func: FuncId,
    /// Declared with a pointer receiver (`func (c *Conn) Close()`): only in the method set
    /// of `*T`, callable on addressable `T` values through an implicit `&`.
    pub ptr_recv: bool,
    /// The method's signature without receiver (a [`Type::Func`]).
    pub sig: TypeId,
}

/// The value of a constant expression. Go's untyped constants have arbitrary precision;
/// 128-bit integers and f64 cover what the subset's programs use, and overflow of the
/// target type is reported by the checker.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    Int(i128),
    Float(f64),
    String(String),
}

/// All types of one checked program.
#[derive(Clone, Debug)]
pub struct TypeTable {
    types: Vec<Type>,
    interned: std::collections::HashMap<Type, TypeId>,
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    /// A table holding the predeclared types at their fixed ids.
    pub fn new() -> TypeTable {
        let mut t = TypeTable {
            types: Vec::new(),
            interned: Default::default(),
        };
        for k in BASICS {
            t.intern(Type::Basic(k));
        }
        let any = t.intern(Type::Interface(Vec::new()));
        debug_assert_eq!(any, TypeId::ANY);
        let err = t.add_named("error", None);
        debug_assert_eq!(err, TypeId::ERROR);
        let sig = t.func(vec![], vec![TypeId::STRING], false);
        debug_assert_eq!(sig, TypeId::FUNC_STRING);
        let iface = t.intern(Type::Tuple(vec![]));
        debug_assert_eq!(iface, TypeId::VOID);
        let bytes = t.intern(Type::Slice(TypeId::UINT8));
        debug_assert_eq!(bytes, TypeId::BYTES);
        let error_iface = t.intern(Type::Interface(vec![IfaceMethod {
            name: "Error".into(),
            sig,
        }]));
        t.set_underlying(err, error_iface);
        t
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.index()]
    }

    /// The id of a structural type, creating it on first use.
    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.interned.get(&ty) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty.clone());
        self.interned.insert(ty, id);
        id
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }

    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(Type::Func(Signature {
            params,
            results,
            variadic,
        }))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(elems))
    }

    /// A new defined type whose underlying type is set later (types may refer to
    /// themselves: `type Node struct { next *Node }`).
    pub fn add_named(&mut self, name: &str, pkg: Option<&str>) -> TypeId {
        let id = TypeId(self.types.len() as u32);
        self.types.push(Type::Named(Named {
            name: name.to_string(),
            pkg: pkg.map(str::to_string),
            underlying: TypeId::INVALID,
            methods: Vec::new(),
        }));
        id
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        let u = self.underlying(underlying);
        if let Type::Named(n) = &mut self.types[named.index()] {
            n.underlying = u;
        }
    }

    pub fn add_method(&mut self, named: TypeId, method: Method) {
        if let Type::Named(n) = &mut self.types[named.index()] {
            n.methods.push(method);
        }
    }

    pub fn named(&self, id: TypeId) -> Option<&Named> {
        match self.get(id) {
            Type::Named(n) => Some(n),
            _ => None,
        }
    }

    /// The underlying type: itself for everything but defined types.
    pub fn underlying(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Named(n) => n.underlying,
            _ => id,
        }
    }

    /// The underlying type's structure.
    pub fn under(&self, id: TypeId) -> &Type {
        self.get(self.underlying(id))
    }

    pub fn basic(&self, id: TypeId) -> Option<BasicKind> {
        match self.under(id) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn signature(&self, id: TypeId) -> Option<&Signature> {
        match self.under(id) {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }

    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Interface(_))
    }

    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Basic(k) if k.is_untyped())
    }

    /// Element type of a pointer, slice, array, channel, or value type of a map.
    pub fn elem(&self, id: TypeId) -> Option<TypeId> {
        match self.under(id) {
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => Some(*e),
            Type::Map(_, v) => Some(*v),
            _ => None,
        }
    }
}

impl BasicKind {
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            String => "string",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedString | UntypedNil
        )
    }

    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_float(self) -> bool {
        matches!(
            self,
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
        )
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float()
    }

    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }

    /// Size in bits of a sized integer type (`int`, `uint` and `uintptr` are 64 bits, as
    /// on the amd64/arm64/wasm targets real Go runs on here).
    pub fn int_bits(self) -> Option<u32> {
        use BasicKind::*;
        match self {
            Int8 | Uint8 => Some(8),
            Int16 | Uint16 => Some(16),
            Int32 | Uint32 => Some(32),
            Int | Int64 | Uint | Uint64 | Uintptr => Some(64),
            _ => None,
        }
    }

    /// The type an untyped constant of this kind gets when nothing else decides:
    /// `int`, `int32` (rune), `float64`, `string`, `bool`.
    pub fn default_type(self) -> Option<TypeId> {
        use BasicKind::*;
        match self {
            UntypedBool => Some(TypeId::BOOL),
            UntypedInt => Some(TypeId::INT),
            UntypedRune => Some(TypeId::INT32),
            UntypedFloat => Some(TypeId::FLOAT64),
            UntypedString => Some(TypeId::STRING),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predeclared_ids_are_fixed() {
        let t = TypeTable::new();
        for (i, k) in BASICS.iter().enumerate() {
            assert_eq!(t.get(TypeId(i as u32)), &Type::Basic(*k));
        }
        assert_eq!(t.type_string(TypeId::ANY), "interface {}");
        assert_eq!(t.type_string(TypeId::ERROR), "error");
        assert_eq!(t.type_string(TypeId::BYTES), "[]uint8");
        assert!(t.is_interface(TypeId::ERROR));
    }

    #[test]
    fn interning_gives_identity() {
        let mut t = TypeTable::new();
        let a = t.slice(TypeId::INT);
        let b = t.slice(TypeId::INT);
        assert_eq!(a, b);
        let n1 = t.add_named("T", Some("main"));
        let n2 = t.add_named("T", Some("main"));
        assert_ne!(n1, n2);
    }

    #[test]
    fn prints_like_percent_t_and_like_gc() {
        let mut t = TypeTable::new();
        let conn = t.add_named("Conn", Some("main"));
        let st = t.intern(Type::Struct(vec![StructField {
            name: "id".into(),
            ty: TypeId::INT,
            embedded: false,
        }]));
        t.set_underlying(conn, st);
        let p = t.pointer(conn);
        assert_eq!(t.type_string(p), "*main.Conn");
        assert_eq!(t.error_string(p), "*Conn");
        assert_eq!(t.type_string(st), "struct { id int }");
        assert_eq!(t.error_string(st), "struct{id int}");
        let m = t.intern(Type::Map(TypeId::STRING, TypeId::INT));
        assert_eq!(t.type_string(m), "map[string]int");
        let f = t.func(vec![TypeId::INT], vec![TypeId::STRING], false);
        assert_eq!(t.type_string(f), "func(int) string");
        let any_slice = t.slice(TypeId::ANY);
        let v = t.func(
            vec![TypeId::STRING, any_slice],
            vec![TypeId::INT, TypeId::ERROR],
            true,
        );
        assert_eq!(
            t.type_string(v),
            "func(string, ...interface {}) (int, error)"
        );
        assert_eq!(t.error_string(v), "func(string, ...any) (int, error)");
        let c = t.intern(Type::Chan(ChanDir::Recv, TypeId::INT));
        assert_eq!(t.type_string(c), "<-chan int");
        let buf = t.add_named("Buffer", Some("bytes"));
        let pb = t.pointer(buf);
        assert_eq!(t.error_string(pb), "*bytes.Buffer");
        let tup = t.tuple(vec![TypeId::INT, TypeId::ERROR]);
        assert_eq!(t.error_string(tup), "(int, error)");
    }
}
