//! Values as the VM holds them. A value carries no type: the compiler knows every
//! static type, and interfaces ([`Value::Iface`]) carry their dynamic [`TypeId`].
//!
//! Aggregates are reference-counted and copied on write (`Rc::make_mut`), which gives
//! Go's value semantics with cheap clones, so a whole machine can be snapshotted.

use crate::lang::types::TypeId;
use std::rc::Rc;

/// A pointer: a heap object plus a path of field / element indices inside it.
/// Address-taken and captured variables live in heap cells, so `&x`, `&s.f` and
/// `&a[i]` are all pointers of this one shape. Equal pointers are equal addresses.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ptr {
    pub obj: u32,
    pub path: Box<[u32]>,
}

impl Ptr {
    pub fn cell(obj: u32) -> Ptr {
        Ptr {
            obj,
            path: Box::new([]),
        }
    }

    /// The pointer to field or element `i` of what `self` points at.
    pub fn child(&self, i: u32) -> Ptr {
        let mut p = Vec::with_capacity(self.path.len() + 1);
        p.extend_from_slice(&self.path);
        p.push(i);
        Ptr {
            obj: self.obj,
            path: p.into_boxed_slice(),
        }
    }
}

/// A slice header: a backing array object, offset, length and capacity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceRef {
    pub arr: u32,
    pub off: u32,
    pub len: u32,
    pub cap: u32,
}

/// A function value.
#[derive(Clone, Debug, PartialEq)]
pub enum Func {
    /// A compiled function with the cells it captured (empty for top-level funcs).
    Closure { func: u32, caps: Rc<[Value]> },
    /// A method value `x.M`: the receiver is bound when the value is made.
    Bound { func: u32, recv: Box<Value> },
    /// A method value on a native type (`buf.WriteString`), or a library function.
    Native { id: u16, recv: Option<Box<Value>> },
}

/// A Go value.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Value {
    /// The zero value of pointers, slices, maps, chans, funcs and interfaces.
    #[default]
    Nil,
    Bool(bool),
    /// Every integer kind, wrapped to its width by the instruction that made it.
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    Ptr(Ptr),
    /// A struct or array value.
    Agg(Rc<Vec<Value>>),
    Slice(SliceRef),
    Map(u32),
    Chan(u32),
    Func(Rc<Func>),
    /// A non-nil interface: dynamic type and value.
    Iface(Rc<(TypeId, Value)>),
    /// The bytes of a `bytes.Buffer` or `strings.Builder` value.
    Buf(Rc<Vec<u8>>),
    /// Text an `Error()` or `String()` method already produced for `fmt`.
    Shown(Rc<str>),
    /// Several results of one call.
    Tuple(Rc<Vec<Value>>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    pub fn iface(ty: TypeId, v: Value) -> Value {
        Value::Iface(Rc::new((ty, v)))
    }

    pub fn agg(v: Vec<Value>) -> Value {
        Value::Agg(Rc::new(v))
    }

    pub fn as_int(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            Value::Float(f) => *f as i64,
            Value::Bool(b) => *b as i64,
            _ => 0,
        }
    }

    pub fn as_float(&self) -> f64 {
        match self {
            Value::Float(f) => *f,
            Value::Int(i) => *i as f64,
            _ => 0.0,
        }
    }

    pub fn as_bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }

    pub fn as_str(&self) -> &str {
        match self {
            Value::Str(s) | Value::Shown(s) => s,
            _ => "",
        }
    }

    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }

    /// Field or element `i` of an aggregate.
    pub fn field(&self, i: u32) -> Value {
        match self {
            Value::Agg(fs) => fs.get(i as usize).cloned().unwrap_or_default(),
            _ => Value::Nil,
        }
    }

    /// The value at `path` inside `self`.
    pub fn at_path(&self, path: &[u32]) -> Value {
        let mut v = self;
        for &i in path {
            match v {
                Value::Agg(fs) => match fs.get(i as usize) {
                    Some(x) => v = x,
                    None => return Value::Nil,
                },
                _ => return Value::Nil,
            }
        }
        v.clone()
    }

    /// Stores `nv` at `path` inside `self` (copy on write).
    pub fn set_path(&mut self, path: &[u32], nv: Value) {
        match path.split_first() {
            None => *self = nv,
            Some((&i, rest)) => {
                if let Value::Agg(fs) = self {
                    if let Some(slot) = Rc::make_mut(fs).get_mut(i as usize) {
                        slot.set_path(rest, nv);
                    }
                }
            }
        }
    }

    /// Unwraps an interface into (dynamic type, value); `None` for a nil interface.
    pub fn dyn_parts(&self) -> Option<(TypeId, &Value)> {
        match self {
            Value::Iface(b) => Some((b.0, &b.1)),
            _ => None,
        }
    }
}
