//! Put of a buffer whose contents were not reset.
//!
//! A `*bytes.Buffer` or `*strings.Builder` Put with bytes still in it hands them to the
//! next Get ([`Kind::DirtyPut`]), unless whoever got it resets it before use. So the
//! Put is flagged only when the holder did not call `Reset` (or `Truncate(0)`) since its
//! Get: a program that resets right after Get, as lesson 5's fixed half does, Puts a
//! used buffer safely.

use super::{pointer, Kind};
use crate::runtime::machine::Machine;
use crate::runtime::value::Value;

impl Machine {
    /// Bytes held by a `*bytes.Buffer` (unread ones) or `*strings.Builder`; None for
    /// any other value.
    fn buffer_len(&self, x: &Value) -> Option<usize> {
        let (ty, inner) = x.dyn_parts()?;
        let Value::Ptr(p) = inner else { return None };
        match self.prog.types.type_string(ty).as_str() {
            "*bytes.Buffer" => {
                let fields = self.heap.load(p);
                let len = match fields.field(0) {
                    Value::Slice(s) => s.len as usize,
                    _ => 0,
                };
                Some(len.saturating_sub(fields.field(1).as_int().max(0) as usize))
            }
            "*strings.Builder" => match self.heap.load(p) {
                Value::Buf(b) => Some(b.len()),
                _ => Some(0),
            },
            _ => None,
        }
    }

    /// The Put of `x` (pool object `id`) on `line`.
    pub(super) fn pit_dirty_put(&mut self, id: u32, x: &Value, line: u32) {
        let Some(n) = self.buffer_len(x).filter(|&n| n > 0) else {
            return;
        };
        if self.tracked_mut(id).is_some_and(|t| t.reset) {
            return;
        }
        let ty = x
            .dyn_parts()
            .map(|(t, _)| self.prog.types.type_string(t))
            .unwrap_or_default();
        self.pitfall(
            Kind::DirtyPut,
            line,
            vec![format!("#{id}"), ty, n.to_string()],
        );
    }

    /// A `bytes.Buffer` or `strings.Builder` method with arguments `a` (receiver first):
    /// a use of the buffer, and a reset when it is `Reset` or `Truncate(0)`.
    pub(crate) fn pit_buffer_call(&mut self, gi: usize, name: &str, a: &[Value]) {
        if self.pitfalls.tracked.is_empty() {
            return;
        }
        let Some(method) = name
            .strip_prefix("bytes.Buffer.")
            .or_else(|| name.strip_prefix("strings.Builder."))
        else {
            return;
        };
        let Some(p) = a.first().and_then(pointer).cloned() else {
            return;
        };
        self.pit_access(gi, &p);
        let resets = method == "Reset"
            || (method == "Truncate" && a.get(1).is_some_and(|n| n.as_int() == 0));
        if resets {
            if let Some(t) = self.tracked_at(&p) {
                t.reset = true;
            }
        }
    }
}
