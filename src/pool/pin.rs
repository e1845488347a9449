//! `pin` / `pinSlow`: pin the goroutine to its P and find the P's `poolLocal`,
//! making the local array when the pool has none or it is too small for the pid.
//!
//! If GOMAXPROCS changes between GCs, Go re-allocates the array and loses the old
//! one: every object in it becomes garbage. The engine shows them as `Lost`.

use super::dequeue::Owner;
use super::error::PoolError;
use super::event::{emit, ArgValue, Event, EventKind, Events, GoFunc, Sink};
use super::object::{Pid, Place, PoolId};
use super::sync_pool::Pool;
use super::table::ObjectTable;

impl super::engine::Engine {
    /// Go's `pin`: returns the P's token for head operations, or `None` when the
    /// pool's local array has no poolLocal for `pid` yet, and the caller must go
    /// on through [`pin_slow`](Self::pin_slow). The caller validated `pool` and
    /// `pid` (`check_op`).
    ///
    /// (Go's pin calls pinSlow itself. Leaving it to the caller lets the fast path
    /// look `local[pid]` up once: the test here is the one its lookup repeats.)
    #[inline(always)]
    pub(crate) fn pin<S: Sink>(&mut self, pool: PoolId, pid: Pid, ev: &mut S) -> Option<Owner> {
        ev.emit(|| {
            Event::new(EventKind::Pin, GoFunc::Pin, "pool.pin")
                .p(pid)
                .pool(pool)
        });
        // (Go loads localSize before local because pinSlow stores them in the
        // opposite order; the single-threaded engine needs no such care.)
        let size = self
            .pools
            .get(pool.0 as usize)
            .map_or(0, |p| p.local_size());
        (pid.index() < size).then(|| Owner::mint(pid))
    }

    /// The rest of Put or Get (`then`) when `pin` found no `local[pid]`: pinSlow
    /// first. Out of line, so the fast path keeps its one lookup.
    #[inline(never)]
    pub(crate) fn pin_slow_then<S: Sink, R>(
        &mut self,
        pool: PoolId,
        pid: Pid,
        ev: &mut S,
        then: impl FnOnce(&mut Self, Owner, &mut S) -> Result<R, PoolError>,
    ) -> Result<R, PoolError> {
        let who = self.pin_slow(pool, pid, &mut ev.events())?;
        then(self, who, ev)
    }

    /// Once pinned: the pool (whose `local[pid]` exists) and the objects table.
    #[inline(always)]
    pub(crate) fn pinned(
        &mut self,
        pool: PoolId,
        pid: Pid,
    ) -> Result<(&mut Pool, &mut ObjectTable), PoolError> {
        let procs = self.procs as u32;
        match self.pools.get_mut(pool.0 as usize) {
            Some(p) if p.local().get(pid.index()).is_some() => Ok((p, &mut self.objects)),
            Some(_) => Err(PoolError::NoSuchP { pid, procs }),
            None => Err(PoolError::UnknownPool(pool)),
        }
    }

    /// Go's `pinSlow` (the mutex is implicit: the engine is single-threaded).
    #[inline(never)]
    pub(crate) fn pin_slow(
        &mut self,
        pool: PoolId,
        pid: Pid,
        ev: &mut Events,
    ) -> Result<Owner, PoolError> {
        let p = self.pool_mut(pool)?;
        if p.local.is_none() {
            self.all_pools.push(pool);
            emit(ev, || {
                Event::new(EventKind::Alloc, GoFunc::PinSlow, "pool.pin_slow.register")
                    .p(pid)
                    .pool(pool)
            });
        }
        // If GOMAXPROCS changes between GCs, we re-allocate the array and lose the
        // old one.
        let size = self.procs;
        let p = self.pool_mut(pool)?;
        let old_size = p.local_size();
        let old = p.local.replace(Pool::make_local(size));
        emit(ev, || {
            Event::new(EventKind::Alloc, GoFunc::PinSlow, "pool.pin_slow.new_local")
                .p(pid)
                .pool(pool)
                .arg("old_size", ArgValue::Int(old_size as i64))
                .arg("size", ArgValue::Int(size as i64))
        });
        for l in old.iter().flatten() {
            for (obj, from) in l.objects(pool, false) {
                self.drop_object(pool, obj, from, Place::Lost, GoFunc::PinSlow, ev);
            }
        }
        Ok(Owner::mint(pid))
    }
}
