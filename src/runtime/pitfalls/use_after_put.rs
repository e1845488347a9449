//! An object used after it was Put back.
//!
//! Every pointer that goes through a pool is tracked by the heap object it points into
//! (and its path inside, so `&items[0]` and `&items[1]` are told apart): who Put it last
//! (goroutine, line) and who has got it since. A read or write through a pointer into it
//! (`Deref`, `StorePtr`, a buffer method, `fmt` printing it) is checked:
//! - nobody got it since its Put: it is being used while it sits in the pool
//!   ([`Kind::UseAfterPut`]); any Get may hand it out meanwhile;
//! - the goroutine that Put it uses it while another goroutine holds it
//!   ([`Kind::UseAfterPutTaken`]): two goroutines share one object.
//!
//! When the same goroutine Puts and Gets an object again, a stale pointer and the new
//! one are the same value, so a use through the stale one can't be told apart: not
//! flagged. The other way round, a goroutine that Put an object, and later receives it
//! from the goroutine that got it (say by a channel), is wrongly flagged as sharing it:
//! rare.

use super::{pointer, Kind};
use crate::runtime::machine::Machine;
use crate::runtime::value::{Ptr, Value};

/// A pooled pointer's history.
#[derive(Clone, Debug)]
pub(super) struct Tracked {
    /// The pointer's path inside its heap object (`&a[i]`, `&s.f`); accesses at or
    /// below it are uses of the object.
    path: Box<[u32]>,
    id: u32,
    /// Its last Put: goroutine id and line.
    pub(super) put: Option<(u32, u32)>,
    /// Who got it since that Put (by Get, or from New): goroutine id and line.
    holder: Option<(u32, u32)>,
    /// Reset (or Truncate(0)) since it was last got ([`super::dirty_put`]).
    pub(super) reset: bool,
}

impl Machine {
    /// Starts tracking pool object `id` holding `v`, if `v` is a pointer.
    pub(crate) fn pit_track(&mut self, id: u32, v: &Value) {
        let Some(p) = pointer(v) else { return };
        if self.pitfalls.by_id.contains_key(&id) {
            return;
        }
        self.pitfalls.by_id.insert(id, p.clone());
        let parts = self.pitfalls.tracked.entry(p.obj).or_default();
        if parts.iter().any(|t| t.path == p.path) {
            return; // the same pointer under another id: one history
        }
        parts.push(Tracked {
            path: p.path.clone(),
            id,
            put: None,
            holder: None,
            reset: false,
        });
        self.pit_adopted(id, v);
    }

    /// The history of exactly pointer `p`.
    pub(super) fn tracked_at(&mut self, p: &Ptr) -> Option<&mut Tracked> {
        let parts = self.pitfalls.tracked.get_mut(&p.obj)?;
        parts.iter_mut().find(|t| t.path == p.path)
    }

    pub(super) fn tracked_mut(&mut self, id: u32) -> Option<&mut Tracked> {
        let p = self.pitfalls.by_id.get(&id)?.clone();
        self.tracked_at(&p)
    }

    /// Goroutine `gi` got pool object `id` (from Get, or made by New).
    pub(crate) fn pit_got(&mut self, gi: usize, id: u32, v: &Value) {
        self.pit_track(id, v);
        let holder = Some((self.gid(gi), self.line_here(gi)));
        if let Some(t) = self.tracked_mut(id) {
            t.holder = holder;
            t.reset = false;
        }
    }

    /// Goroutine `gi` puts `x`, pool object `id`, back: the Put detectors look at it,
    /// then it counts as in the pool.
    pub(crate) fn pit_put(&mut self, gi: usize, id: u32, x: &Value) {
        self.pit_track(id, x);
        let line = match self.pitfalls.defer_span {
            Some(s) => self.line_of(s),
            None => self.line_here(gi),
        };
        self.pit_dirty_put(id, x, line);
        self.pit_defer_put(gi, x);
        let put = Some((self.gid(gi), line));
        if let Some(t) = self.tracked_mut(id) {
            t.put = put;
            t.holder = None;
        }
    }

    /// Goroutine `gi` prints `values` with `fmt` (or writes to the first one, an
    /// `io.Writer`): each pointer among them is read or written through.
    pub(crate) fn pit_print<'a>(&mut self, gi: usize, values: impl Iterator<Item = &'a Value>) {
        if self.pitfalls.tracked.is_empty() {
            return;
        }
        let ptrs: Vec<Ptr> = values.filter_map(pointer).cloned().collect();
        for p in &ptrs {
            self.pit_access(gi, p);
        }
    }

    /// Goroutine `gi` reads or writes through `p`.
    pub(crate) fn pit_access(&mut self, gi: usize, p: &Ptr) {
        if self.pitfalls.tracked.is_empty() {
            return;
        }
        let Some(parts) = self.pitfalls.tracked.get(&p.obj) else {
            return;
        };
        let Some(t) = parts.iter().find(|t| p.path.starts_with(&t.path)) else {
            return;
        };
        let (id, put, holder) = (t.id, t.put, t.holder);
        let Some((putter, put_line)) = put else {
            return;
        };
        let g = self.gid(gi);
        let obj = format!("#{id}");
        match holder {
            None => {
                let line = self.line_here(gi);
                self.pitfall(Kind::UseAfterPut, line, vec![obj, put_line.to_string()]);
            }
            Some((h, got_line)) if putter == g && h != g => {
                let line = self.line_here(gi);
                let args = vec![
                    g.to_string(),
                    obj,
                    put_line.to_string(),
                    h.to_string(),
                    got_line.to_string(),
                ];
                self.pitfall(Kind::UseAfterPutTaken, line, args);
            }
            Some(_) => {}
        }
    }
}
