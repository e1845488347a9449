//! Runtime questions about the checker's types ([`crate::lang::types::TypeTable`]):
//! integer wrapping, value sizes for `append`'s growth rule, method lookup for
//! interface dispatch, and the library types the VM implements natively.

use super::value::{Ptr, Value};
use crate::lang::types::{BasicKind, FuncId, Type, TypeId, TypeTable};

/// Wraps `v` to the width of integer kind `k` (unsigned 64-bit values keep their bits).
pub fn wrap_int(k: BasicKind, v: i64) -> i64 {
    use BasicKind::*;
    match k {
        Int8 => v as i8 as i64,
        Int16 => v as i16 as i64,
        Int32 | UntypedRune => v as i32 as i64,
        Uint8 => v as u8 as i64,
        Uint16 => v as u16 as i64,
        Uint32 => v as u32 as i64,
        _ => v,
    }
}

/// The library types implemented natively.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lib {
    BytesBuffer,
    StringsBuilder,
    SyncPool,
    WaitGroup,
    Mutex,
    RWMutex,
    Once,
    Duration,
    Time,
}

/// Which library type `id` is, if any.
pub fn lib_type(t: &TypeTable, id: TypeId) -> Option<Lib> {
    let n = t.named(id)?;
    Some(match (n.pkg.as_deref()?, n.name.as_str()) {
        ("bytes", "Buffer") => Lib::BytesBuffer,
        ("strings", "Builder") => Lib::StringsBuilder,
        ("sync", "Pool") => Lib::SyncPool,
        ("sync", "WaitGroup") => Lib::WaitGroup,
        ("sync", "Mutex") => Lib::Mutex,
        ("sync", "RWMutex") => Lib::RWMutex,
        ("sync", "Once") => Lib::Once,
        ("time", "Duration") => Lib::Duration,
        ("time", "Time") => Lib::Time,
        _ => return None,
    })
}

/// The size in bytes of a value of type `id` on amd64, for append's growth rule.
pub fn size_of(t: &TypeTable, id: TypeId) -> u64 {
    size_align(t, id, 0).0
}

fn size_align(t: &TypeTable, id: TypeId, depth: u32) -> (u64, u64) {
    if depth > 16 {
        return (8, 8);
    }
    if let Some(lib) = lib_type(t, id) {
        return match lib {
            Lib::BytesBuffer => (40, 8),
            Lib::StringsBuilder => (32, 8),
            Lib::SyncPool => (48, 8),
            Lib::WaitGroup => (16, 8),
            Lib::Mutex => (8, 4),
            Lib::RWMutex => (24, 8),
            Lib::Once => (12, 4),
            Lib::Duration => (8, 8),
            Lib::Time => (24, 8),
        };
    }
    match t.under(id) {
        Type::Basic(k) => match k {
            BasicKind::Bool | BasicKind::Int8 | BasicKind::Uint8 => (1, 1),
            BasicKind::Int16 | BasicKind::Uint16 => (2, 2),
            BasicKind::Int32 | BasicKind::Uint32 | BasicKind::Float32 => (4, 4),
            BasicKind::String => (16, 8),
            _ => (8, 8),
        },
        Type::Interface(_) => (16, 8),
        Type::Slice(_) => (24, 8),
        Type::Array(n, e) => {
            let (s, a) = size_align(t, *e, depth + 1);
            (s.saturating_mul(*n), a)
        }
        Type::Struct(fs) => {
            let (mut off, mut align) = (0u64, 1u64);
            for f in fs {
                let (s, a) = size_align(t, f.ty, depth + 1);
                off = off.div_ceil(a) * a + s;
                align = align.max(a);
            }
            (off.div_ceil(align) * align, align)
        }
        _ => (8, 8),
    }
}

/// Whether a value of type `id` holds no pointers (Go's `noscan`).
pub fn noscan(t: &TypeTable, id: TypeId) -> bool {
    if lib_type(t, id).is_some() {
        return matches!(
            lib_type(t, id),
            Some(Lib::Duration | Lib::Mutex | Lib::Once | Lib::WaitGroup)
        );
    }
    match t.under(id) {
        Type::Basic(k) => *k != BasicKind::String,
        Type::Array(_, e) => noscan(t, *e),
        Type::Struct(fs) => fs.iter().all(|f| noscan(t, f.ty)),
        _ => false,
    }
}

/// A method found for a dynamic type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub func: FuncId,
    /// The method has a pointer receiver.
    pub ptr_recv: bool,
    /// The dynamic type is `*T` and the method has a value receiver: dereference first.
    pub deref: bool,
}

/// Looks up method `name` in the method set of dynamic type `id` (`T`: value-receiver
/// methods; `*T`: all of T's methods).
pub fn find_method(t: &TypeTable, id: TypeId, name: &str) -> Option<Found> {
    find_method_path(t, id, name).map(|(f, _)| f)
}

/// [`find_method`] without promotion: `T`'s own methods.
fn find_direct(t: &TypeTable, id: TypeId, name: &str) -> Option<Found> {
    if let Some(n) = t.named(id) {
        let m = n.methods.iter().find(|m| m.name == name && !m.ptr_recv)?;
        return Some(Found {
            func: m.func,
            ptr_recv: false,
            deref: false,
        });
    }
    if let Type::Pointer(elem) = t.get(id) {
        let n = t.named(*elem)?;
        let m = n.methods.iter().find(|m| m.name == name)?;
        // The runtime's own error types hold their message directly: no dereference.
        let native = m.func.0 >= super::natives::RT_FUNC_BASE;
        return Some(Found {
            func: m.func,
            ptr_recv: m.ptr_recv,
            deref: !m.ptr_recv && !native,
        });
    }
    None
}

/// One step from a struct to an embedded field on the way to a promoted method: the
/// field's index, and whether the field is a pointer (`*E` embedded).
pub type Step = (u32, bool);

/// Method `name` of dynamic type `id`, also when promoted from an embedded field (the
/// shallowest one, as Go's selector rule picks), with the fields to walk to its
/// receiver. A pointer-receiver method of an embedded `E` is promoted only when the
/// field is `*E` or the dynamic type is a pointer (the field is addressable).
pub fn find_method_path(t: &TypeTable, id: TypeId, name: &str) -> Option<(Found, Vec<Step>)> {
    if let Some(f) = find_direct(t, id, name) {
        return Some((f, Vec::new()));
    }
    let (start, addressable) = match t.get(id) {
        Type::Pointer(e) => (*e, true),
        _ => (id, false),
    };
    let mut level = vec![(start, addressable, Vec::new())];
    for _depth in 0..8 {
        let mut next = Vec::new();
        for (ty, addr, path) in &level {
            let Type::Struct(fs) = t.under(*ty) else {
                continue;
            };
            for (i, f) in fs.iter().enumerate().filter(|(_, f)| f.embedded) {
                let (ety, is_ptr) = match t.get(f.ty) {
                    Type::Pointer(e) => (*e, true),
                    _ => (f.ty, false),
                };
                let mut p: Vec<Step> = path.clone();
                p.push((i as u32, is_ptr));
                let can_ptr = is_ptr || *addr;
                let m = t.named(ety).and_then(|n| {
                    n.methods
                        .iter()
                        .find(|m| m.name == name && (!m.ptr_recv || can_ptr))
                });
                if let Some(m) = m {
                    let found = Found {
                        func: m.func,
                        ptr_recv: m.ptr_recv,
                        deref: false,
                    };
                    return Some((found, p));
                }
                next.push((ety, can_ptr, p));
            }
        }
        if next.is_empty() {
            break;
        }
        level = next;
    }
    None
}

/// The receiver of a method found by [`find_method_path`] for value `v`: walks the
/// embedded fields (through pointers, nil → Go's nil dereference), then passes a pointer
/// or dereferences one as the method's receiver wants.
pub fn promoted_recv(
    heap: &super::heap::Heap,
    v: &Value,
    steps: &[Step],
    ptr_recv: bool,
) -> Result<Value, &'static str> {
    let mut cur = v.clone();
    for &(i, is_ptr) in steps {
        cur = match cur {
            Value::Ptr(p) => {
                let mut path = p.path.to_vec();
                path.push(i);
                let field = Ptr {
                    obj: p.obj,
                    path: path.into(),
                };
                if is_ptr {
                    heap.load(&field)
                } else {
                    Value::Ptr(field)
                }
            }
            agg @ Value::Agg(_) => agg.field(i),
            _ => return Err(super::exec::NIL_DEREF),
        };
    }
    match cur {
        // A pointer method may be called with a nil receiver, as in Go.
        c if ptr_recv => Ok(c),
        Value::Ptr(p) => Ok(heap.load(&p)),
        Value::Nil => Err(super::exec::NIL_DEREF),
        c => Ok(c),
    }
}

/// Whether dynamic type `id` implements interface `iface` (by method names).
pub fn implements(t: &TypeTable, id: TypeId, iface: TypeId) -> bool {
    match t.under(iface) {
        Type::Interface(ms) => ms.iter().all(|m| find_method(t, id, &m.name).is_some()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_follow_amd64_layout() {
        let mut t = TypeTable::new();
        assert_eq!(size_of(&t, TypeId::INT), 8);
        assert_eq!(size_of(&t, TypeId::STRING), 16);
        assert_eq!(size_of(&t, TypeId::ANY), 16);
        let s = t.intern(Type::Struct(vec![
            crate::lang::types::StructField {
                name: "a".into(),
                ty: TypeId::INT8,
                embedded: false,
            },
            crate::lang::types::StructField {
                name: "b".into(),
                ty: TypeId::INT,
                embedded: false,
            },
        ]));
        assert_eq!(size_of(&t, s), 16);
        assert!(noscan(&t, s));
        assert!(!noscan(&t, TypeId::STRING));
        assert_eq!(wrap_int(BasicKind::Int8, 128), -128);
        assert_eq!(wrap_int(BasicKind::Uint8, 260), 4);
    }
}
