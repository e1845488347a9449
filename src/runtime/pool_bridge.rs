//! The bridge from Go's `sync.Pool` methods to the real pool engine ([`crate::pool`]):
//! each pool value gets an engine pool, each value put into a pool an object id (the same
//! pointer is the same object), and `Get`/`Put`/`runtime.GC`/`GOMAXPROCS` run the engine
//! on the calling goroutine's P. The engine's micro-step events go into the step.
//!
//! `New` is Go code: on a miss the engine says so, the VM calls `New` in a frame of kind
//! [`FrameKind::PoolNew`], and when it returns its value is registered as the k-th New
//! object ([`Machine::pool_new_returned`]).

use super::calls::Flow;
use super::machine::{FrameKind, Machine};
use super::value::{Ptr, Value};
use crate::pool::{GetOutcome, GoroutineId, ObjId, Pid, PoolId};

impl Machine {
    fn goroutine_id(&self, gi: usize) -> GoroutineId {
        GoroutineId(self.gs.get(gi).map_or(0, |g| g.id) as u64)
    }

    /// The engine pool of the `sync.Pool` at `p`, made at its first use.
    pub(crate) fn pool_id(&mut self, p: &Ptr) -> PoolId {
        if let Some(&id) = self.pool_ids.get(p) {
            return PoolId(id);
        }
        let name = format!("pool{}", self.pool_ids.len() + 1);
        let id = self.pool.new_pool(&name, false);
        self.pool_ids.insert(p.clone(), id.0);
        id
    }

    /// Remembers `x` as object `id`'s value (and its pointer, so a later Put of the same
    /// pointer is the same object).
    fn remember(&mut self, id: ObjId, x: &Value) {
        let i = id.0 as usize;
        if self.pool_objs.len() <= i {
            self.pool_objs.resize(i + 1, Value::Nil);
        }
        self.pool_objs[i] = x.clone();
        if let Some((_, Value::Ptr(p))) = x.dyn_parts() {
            self.obj_ids.insert(p.clone(), id.0);
        }
    }

    /// `p.Get()` on the goroutine's P. Returns the results, or the flow of a `New` call.
    pub(crate) fn pool_get(&mut self, gi: usize, rp: &Ptr, argc: u32) -> Result<Vec<Value>, Flow> {
        let pool = self.pool_id(rp);
        let new = self.heap.load(rp).field(0);
        let _ = self.pool.set_has_new(pool, !new.is_nil());
        let p = Pid(self.p_of(gi as u32) as u32);
        let g = self.goroutine_id(gi);
        let got = self.pool.get(pool, p, g, Some(&mut self.pool_events));
        match got {
            Ok(GetOutcome::Got { obj, .. }) => Ok(vec![self
                .pool_objs
                .get(obj.0 as usize)
                .cloned()
                .unwrap_or_default()]),
            Ok(GetOutcome::Miss { call_new: true }) => {
                self.native_ret(gi, argc, vec![]);
                Err(self.call_value(gi, new, 0, FrameKind::PoolNew { pool: pool.0 }))
            }
            Ok(GetOutcome::Miss { call_new: false }) | Err(_) => Ok(vec![Value::Nil]),
        }
    }

    /// `New` returned `v` for a Get that missed: it becomes the pool's next New object.
    pub(crate) fn pool_new_returned(&mut self, gi: usize, pool: u32, v: &Value) {
        let g = self.goroutine_id(gi);
        if let Ok(id) = self
            .pool
            .new_from_new(PoolId(pool), g, Some(&mut self.pool_events))
        {
            self.remember(id, v);
        }
    }

    /// `p.Put(x)` on the goroutine's P.
    pub(crate) fn pool_put(&mut self, gi: usize, rp: &Ptr, x: Value) {
        let pool = self.pool_id(rp);
        let p = Pid(self.p_of(gi as u32) as u32);
        let g = self.goroutine_id(gi);
        if x.is_nil() {
            let _ = self.pool.put(pool, p, g, None, Some(&mut self.pool_events));
            return;
        }
        let known = match x.dyn_parts() {
            Some((_, Value::Ptr(ptr))) => self.obj_ids.get(ptr).copied().map(ObjId),
            _ => None,
        };
        if let Some(id) = known {
            self.remember(id, &x);
            if self
                .pool
                .put(pool, p, g, Some(id), Some(&mut self.pool_events))
                .is_ok()
            {
                return;
            }
            // The same pointer is already in a pool (or was collected): Go stores it again,
            // so the engine gets a second object for the alias.
        }
        let id = self.pool.adopt(g, &self.describe(&x));
        self.remember(id, &x);
        let _ = self
            .pool
            .put(pool, p, g, Some(id), Some(&mut self.pool_events));
    }

    /// `runtime.GC()`: the pool engine's poolCleanup.
    pub(crate) fn pool_gc(&mut self) {
        self.pool.gc(Some(&mut self.pool_events));
    }

    /// How an object's value reads on its chip.
    pub fn describe(&self, x: &Value) -> String {
        let printer = super::format::Printer {
            heap: &self.heap,
            types: &self.prog.types,
            rt: &self.prog.rt,
        };
        printer.sprint(std::slice::from_ref(x))
    }
}
