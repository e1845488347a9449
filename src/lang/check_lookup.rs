//! Field and method lookup for the checker (Go's LookupFieldOrMethod: shallowest
//! embedding depth wins), method sets with pointer receivers, and interface
//! satisfaction with gc's reasons (`(missing method Close)`).

use super::check::*;
use super::check_types::*;
use super::types::*;

impl Checker<'_> {
    pub(super) fn comparable(&self, t: TypeId) -> bool {
        match self.tt.under(t) {
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
            Type::Struct(fields) => fields.iter().all(|f| self.comparable(f.ty)),
            Type::Array(_, e) => self.comparable(*e),
            _ => true,
        }
    }

    /// Looks up a field or method `name` of a value of type `t` (Go's LookupFieldOrMethod,
    /// shallowest depth wins).
    pub(super) fn lookup_field_or_method(&self, t: TypeId, name: &str) -> Option<Found> {
        let (base, ptr) = match self.tt.get(t) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        let mut level: Vec<(TypeId, Vec<usize>, bool)> = vec![(base, Vec::new(), ptr)];
        let mut seen = Vec::new();
        for _depth in 0..8 {
            let mut next = Vec::new();
            for (ty, path, indirect) in level {
                if seen.contains(&ty) {
                    continue;
                }
                seen.push(ty);
                if let Some(n) = self.tt.named(ty) {
                    if let Some(m) = n.methods.iter().find(|m| m.name == name) {
                        return Some(Found::Method {
                            func: m.func,
                            sig: m.sig,
                            ptr_recv: m.ptr_recv,
                            path,
                            indirect,
                        });
                    }
                }
                match self.tt.under(ty) {
                    Type::Interface(ms) => {
                        if let Some(m) = ms.iter().find(|m| m.name == name) {
                            return Some(Found::IfaceMethod { sig: m.sig });
                        }
                    }
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            let mut p = path.clone();
                            p.push(i);
                            if f.name == name {
                                return Some(Found::Field { path: p, ty: f.ty });
                            }
                            if f.embedded {
                                let (ft, fptr) = match self.tt.get(f.ty) {
                                    Type::Pointer(e) => (*e, true),
                                    _ => (f.ty, false),
                                };
                                next.push((ft, p, indirect || fptr));
                            }
                        }
                    }
                    _ => {}
                }
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        None
    }

    /// `None` if `t` implements interface `iface`, else gc's parenthesized reason, e.g.
    /// `(missing method Close)` or `(method Close has pointer receiver)`.
    pub(super) fn missing_method(&self, t: TypeId, iface: TypeId) -> Option<String> {
        let Type::Interface(want) = self.tt.under(iface).clone() else {
            return None;
        };
        for m in &want {
            if let Type::Interface(have) = self.tt.under(t) {
                match have.iter().find(|h| h.name == m.name) {
                    Some(h) if h.sig == m.sig => continue,
                    Some(h) => return Some(self.wrong_type(&m.name, h.sig, m.sig)),
                    None => return Some(format!("(missing method {})", m.name)),
                }
            }
            match self.lookup_field_or_method(t, &m.name) {
                Some(Found::Method {
                    sig,
                    ptr_recv,
                    indirect,
                    ..
                }) => {
                    if sig != m.sig {
                        return Some(self.wrong_type(&m.name, sig, m.sig));
                    }
                    if ptr_recv && !indirect {
                        return Some(format!("(method {} has pointer receiver)", m.name));
                    }
                }
                Some(Found::IfaceMethod { sig }) if sig == m.sig => {}
                _ => return Some(format!("(missing method {})", m.name)),
            }
        }
        None
    }

    pub(super) fn wrong_type(&self, name: &str, have: TypeId, want: TypeId) -> String {
        let h = self.tt.error_string(have);
        let w = self.tt.error_string(want);
        let h = h.strip_prefix("func").unwrap_or(&h);
        let w = w.strip_prefix("func").unwrap_or(&w);
        format!("(wrong type for method {name})\n\t\thave {name}{h}\n\t\twant {name}{w}")
    }

    /// Whether a type has a part in error (an undefined field or element type): gc
    /// reports nothing more about such types, to avoid follow-on errors.
    pub(super) fn contains_invalid(&self, t: TypeId) -> bool {
        self.contains_invalid_depth(t, 4)
    }

    fn contains_invalid_depth(&self, t: TypeId, depth: u32) -> bool {
        if t == TypeId::INVALID {
            return true;
        }
        if depth == 0 || self.tt.named(t).is_some() {
            return false;
        }
        match self.tt.get(t) {
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => {
                self.contains_invalid_depth(*e, depth - 1)
            }
            Type::Map(k, v) => {
                self.contains_invalid_depth(*k, depth - 1)
                    || self.contains_invalid_depth(*v, depth - 1)
            }
            Type::Struct(fields) => fields
                .iter()
                .any(|f| self.contains_invalid_depth(f.ty, depth - 1)),
            _ => false,
        }
    }
}
