//! sync.Pool holding connections: GC drops them without `Close`.
//!
//! The pool engine already counts leaks (`pool::Engine::mark_closer`, `mark_closed`,
//! `pool.leak` events): an object whose type has a `Close` method, dropped by GC (or lost
//! with a replaced local array) before anything called `Close` on it. These hooks tell
//! the engine which objects are closers and when one is closed, and turn this step's
//! leaks into one warning at the step's line ([`Kind::ConnLeak`], lesson 7).

use super::{pointer, Kind};
use crate::lang::span::Span;
use crate::pool::ObjId;
use crate::runtime::machine::Machine;
use crate::runtime::value::Value;

impl Machine {
    /// Pool object `id` holding `v` is known to the pool: a closer if its type has a
    /// `Close` method.
    pub(super) fn pit_adopted(&mut self, id: u32, v: &Value) {
        let Some((ty, _)) = v.dyn_parts() else { return };
        if crate::runtime::types::find_method(&self.prog.types, ty, "Close").is_none() {
            return;
        }
        if self.pool.mark_closer(ObjId(id)).is_ok() {
            self.pitfalls.open_closers += 1;
        }
    }

    /// Goroutine `gi` calls compiled function `func` with its arguments from stack index
    /// `bp`: a `Close` method on a pooled object closes it.
    pub(crate) fn pit_call(&mut self, gi: usize, func: u32, bp: usize) {
        if self.pitfalls.open_closers == 0 {
            return;
        }
        let is_close = self
            .prog
            .funcs
            .get(func as usize)
            .is_some_and(|f| f.name.ends_with(".Close"));
        if !is_close {
            return;
        }
        let recv = self.gs.get(gi).and_then(|g| g.stack.get(bp));
        let Some(&id) = recv.and_then(pointer).and_then(|p| self.obj_ids.get(p)) else {
            return;
        };
        let Some(o) = self.pool.object(ObjId(id)) else {
            return;
        };
        if !o.closer || o.closed {
            return;
        }
        // A leaked object was already taken off the count (a late Close of it must not
        // hide another object's Close).
        let counted = !o.leaked;
        if self.pool.mark_closed(ObjId(id), None).is_ok() && counted {
            self.pitfalls.open_closers = self.pitfalls.open_closers.saturating_sub(1);
        }
    }

    /// The pool engine reported `pool.leak` for `obj`.
    pub(crate) fn pit_leak(&mut self, obj: ObjId) {
        self.pitfalls.leaked.push(obj.0);
        self.pitfalls.open_closers = self.pitfalls.open_closers.saturating_sub(1);
    }

    /// The step ran the statement at `span`: warns of the objects GC dropped unclosed
    /// in it.
    pub(crate) fn pit_flush_leaks(&mut self, span: Span) {
        if self.pitfalls.leaked.is_empty() {
            return;
        }
        let line = self.line_of(span);
        let leaked = std::mem::take(&mut self.pitfalls.leaked);
        let ty = leaked
            .first()
            .and_then(|id| self.pool_objs.get(id))
            .and_then(|v| v.dyn_parts())
            .map(|(t, _)| self.prog.types.type_string(t))
            .unwrap_or_default();
        self.pitfall(Kind::ConnLeak, line, vec![leaked.len().to_string(), ty]);
    }
}
