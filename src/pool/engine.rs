//! The [`Engine`]: every pool of a program, the objects table, GOMAXPROCS and Go's
//! `allPools`/`oldPools`. It is plain data (`Clone`, no clock, no randomness), so
//! the interpreter can snapshot it for time travel and a run replays exactly.
//!
//! The operations live beside it: `pin.rs`, `put.rs`, `get.rs`, `cleanup.rs`.

use super::error::PoolError;
use super::event::{emit, ArgValue, Event, EventKind, Events, GoFunc};
use super::object::{GoroutineId, ObjId, ObjectInfo, Origin, Pid, Place, PoolId};
use super::stats::PoolStats;
use super::sync_pool::Pool;
use super::table::ObjectTable;

/// The engine's limit on GOMAXPROCS (Go has none below the int range; a
/// playground needs far fewer Ps).
pub const MAX_PROCS: usize = 1 << 16;

/// Where a Get found its object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GetSource {
    /// `local[pid].private`.
    Private,
    /// `local[pid].shared.popHead()`.
    OwnShared,
    /// getSlow: `local[from_p].shared.popTail()`. Go's loop ends with the
    /// getter's own P; a popTail there can only succeed when another goroutine
    /// races with this Get, which the atomic engine never does, so here `from_p`
    /// is always another P.
    Stolen { from_p: Pid },
    /// getSlow: `victim[pid].private`.
    VictimPrivate,
    /// getSlow: `victim[from_p].shared.popTail()`.
    VictimStolen { from_p: Pid },
}

/// What Get did. New is Go code: on `Miss { call_new: true }` the interpreter runs
/// New and registers its result with [`Engine::new_from_new`]; with `call_new:
/// false` Get returns nil.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GetOutcome {
    Got { obj: ObjId, source: GetSource },
    Miss { call_new: bool },
}

/// What Put did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PutOutcome {
    /// Put(nil).
    Ignored,
    /// Stored in `local[pid].private`.
    Private,
    /// Pushed on `local[pid].shared` (the event has the ring's size, head, tail).
    Shared { ring: u32, slot: u32 },
}

/// All pools of one program run.
#[derive(Clone, Debug)]
pub struct Engine {
    /// GOMAXPROCS. Pools read it only in pinSlow, so a change takes effect for a
    /// pool at its next pin from a P beyond its local array.
    pub(crate) procs: usize,
    /// Every pool, indexed by `PoolId`.
    pub(crate) pools: Vec<Pool>,
    /// Every object's origin and place; moved together with the structures, and
    /// checked against them by `check_conservation`.
    pub(crate) objects: ObjectTable,
    /// allPools is the set of pools that have non-empty primary caches (appended
    /// by pinSlow when a pool's local is nil; emptied by poolCleanup).
    pub(crate) all_pools: Vec<PoolId>,
    /// oldPools is the set of pools that may have non-empty victim caches.
    pub(crate) old_pools: Vec<PoolId>,
    /// Number of poolCleanup calls (GCs) so far.
    pub(crate) gcs: u64,
}

impl Engine {
    /// An engine with no pools and `GOMAXPROCS = procs` (clamped to
    /// `1..=MAX_PROCS`).
    pub fn new(procs: usize) -> Engine {
        Engine {
            procs: procs.clamp(1, MAX_PROCS),
            pools: Vec::new(),
            objects: ObjectTable::default(),
            all_pools: Vec::new(),
            old_pools: Vec::new(),
            gcs: 0,
        }
    }

    /// Declares a `sync.Pool` value; `name` is for the UI.
    pub fn new_pool(&mut self, name: &str, has_new: bool) -> PoolId {
        self.pools.push(Pool::new(name, has_new));
        PoolId(self.pools.len() as u32 - 1)
    }

    /// The program assigned (or cleared) `p.New`.
    pub fn set_has_new(&mut self, pool: PoolId, has_new: bool) -> Result<(), PoolError> {
        self.pool_mut(pool)?.has_new = has_new;
        Ok(())
    }

    pub fn gomaxprocs(&self) -> usize {
        self.procs
    }

    /// `runtime.GOMAXPROCS(n)`: returns the old value. As in Go, pools notice on
    /// their next `pin` from a P beyond their local array (see `pin_slow`).
    pub fn set_procs(&mut self, n: usize, mut ev: Events) -> Result<usize, PoolError> {
        if n == 0 || n > MAX_PROCS {
            return Err(PoolError::BadProcs(n.min(u32::MAX as usize) as u32));
        }
        let old = std::mem::replace(&mut self.procs, n);
        emit(&mut ev, || {
            Event::new(EventKind::Procs, GoFunc::Gomaxprocs, "pool.gomaxprocs")
                .arg("old", ArgValue::Int(old as i64))
                .arg("new", ArgValue::Int(n as i64))
        });
        Ok(old)
    }

    /// Number of GCs (poolCleanup calls) so far.
    pub fn gc_count(&self) -> u64 {
        self.gcs
    }

    /// Registers a value the program made and is about to Put.
    pub fn adopt(&mut self, goroutine: GoroutineId, description: &str) -> ObjId {
        self.objects.insert(
            Origin::Program {
                description: description.into(),
            },
            Place::Held { goroutine },
        )
    }

    /// Registers the value New returned for a Get that missed, counting the call.
    pub fn new_from_new(
        &mut self,
        pool: PoolId,
        goroutine: GoroutineId,
        mut ev: Events,
    ) -> Result<ObjId, PoolError> {
        let p = self.pool_mut(pool)?;
        p.stats.new_calls += 1;
        let k = p.stats.new_calls as u32;
        let to = Place::Held { goroutine };
        let obj = self.objects.insert(Origin::New { pool, k }, to);
        emit(&mut ev, || {
            Event::new(EventKind::NewObject, GoFunc::New, "pool.new.call")
                .pool(pool)
                .obj(obj)
                .to(to)
                .arg("k", ArgValue::Int(k as i64))
                .arg("goroutine", ArgValue::Goroutine(goroutine))
        });
        Ok(obj)
    }

    /// The object's type has a `Close` method.
    pub fn mark_closer(&mut self, obj: ObjId) -> Result<(), PoolError> {
        self.object_mut(obj)?.closer = true;
        Ok(())
    }

    /// The program called `Close` on the object.
    pub fn mark_closed(&mut self, obj: ObjId, mut ev: Events) -> Result<(), PoolError> {
        self.object_mut(obj)?.closed = true;
        emit(&mut ev, || {
            Event::new(EventKind::Closed, GoFunc::Close, "pool.object.closed").obj(obj)
        });
        Ok(())
    }

    /// Where the object is now.
    pub fn place_of(&self, obj: ObjId) -> Option<Place> {
        self.objects.place(obj)
    }

    pub fn object(&self, obj: ObjId) -> Option<&ObjectInfo> {
        self.objects.get(obj)
    }

    /// Every object ever seen, by id, with its place.
    pub fn objects(&self) -> impl Iterator<Item = (ObjId, Place, &ObjectInfo)> {
        self.objects.iter()
    }

    /// Number of objects ever registered (ids are `0..object_count()`).
    pub fn object_count(&self) -> usize {
        self.objects.len()
    }

    pub fn pool(&self, pool: PoolId) -> Option<&Pool> {
        self.pools.get(pool.0 as usize)
    }

    pub fn pool_ids(&self) -> impl Iterator<Item = PoolId> {
        (0..self.pools.len() as u32).map(PoolId)
    }

    pub fn stats(&self, pool: PoolId) -> Option<&PoolStats> {
        self.pool(pool).map(|p| &p.stats)
    }

    /// Go's `allPools`.
    pub fn all_pools(&self) -> &[PoolId] {
        &self.all_pools
    }

    /// Go's `oldPools`.
    pub fn old_pools(&self) -> &[PoolId] {
        &self.old_pools
    }

    pub(crate) fn pool_mut(&mut self, pool: PoolId) -> Result<&mut Pool, PoolError> {
        self.pools
            .get_mut(pool.0 as usize)
            .ok_or(PoolError::UnknownPool(pool))
    }

    fn object_mut(&mut self, obj: ObjId) -> Result<&mut ObjectInfo, PoolError> {
        self.objects
            .get_mut(obj)
            .ok_or(PoolError::UnknownObject(obj))
    }

    /// Validates an operation's pool and P.
    #[inline]
    pub(crate) fn check_op(&self, pool: PoolId, pid: Pid) -> Result<(), PoolError> {
        if pool.0 as usize >= self.pools.len() {
            return Err(PoolError::UnknownPool(pool));
        }
        if pid.index() >= self.procs {
            return Err(PoolError::NoSuchP {
                pid,
                procs: self.procs as u32,
            });
        }
        Ok(())
    }
}
